//! `claimcheck check` runs the internal-consistency rules with no records at all: the
//! binary on the bundled sample and on correct copy.

mod common;

use common::{code, json, run_in_checkout};

fn check(args: &[&str]) -> (i32, serde_json::Value) {
    let out = run_in_checkout(&[&["check"], args, &["--format", "json"]].concat());
    (code(&out), json(&out))
}

/// (rule, line, related lines, fingerprint) of the internal-consistency findings.
fn findings(json: &serde_json::Value) -> Vec<(String, u64, Vec<u64>, String)> {
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap().iter())
        .filter(|x| {
            let rule = x["rule"].as_str().unwrap();
            rule.starts_with("arithmetic/") || rule.starts_with("consistency/")
        })
        .map(|x| {
            (
                x["rule"].as_str().unwrap().to_string(),
                x["line"].as_u64().unwrap(),
                x["related"]
                    .as_array()
                    .map(|r| r.iter().map(|r| r["line"].as_u64().unwrap()).collect())
                    .unwrap_or_default(),
                x["fingerprint"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn sample_article_fails_with_the_change_and_the_conflict() {
    let (code, json) = check(&["articles/deportation-target.txt"]);
    assert_eq!(code, 1);
    let got = findings(&json);
    let rules: Vec<(&str, u64, &[u64])> = got
        .iter()
        .map(|(r, l, rel, _)| (r.as_str(), *l, rel.as_slice()))
        .collect();
    assert_eq!(
        rules,
        vec![
            ("arithmetic/percent-change", 8, &[][..]),
            ("consistency/conflicting-values", 15, &[7][..]),
        ]
    );
    // the pasted paragraph's copy of the error is the same finding, folded into the
    // first with a note
    let notes = json["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "arithmetic/percent-change")
        .map(|f| f["notes"].clone())
        .unwrap();
    assert!(notes
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n == "repeated on line 12, in a duplicated passage"));
}

#[test]
fn correct_copy_passes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fine.txt");
    std::fs::write(
        &path,
        "Ridership climbed from 200 to 260 a day, a 30% rise.\n\
         Of the 1,000 riders asked, 640 were commuters and the remaining 360 were visitors.\n\
         The 260 daily riders are more than the 200 counted a year ago.\n",
    )
    .unwrap();
    let (code, json) = check(&[path.to_str().unwrap()]);
    assert_eq!(findings(&json), vec![]);
    assert_eq!(code, 0);
}

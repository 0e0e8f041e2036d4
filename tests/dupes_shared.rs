//! `claimcheck dupes` on the shared material beside the checkout (../shared): the seed
//! article and the BBC corpus audit against its ground truth. Each test skips with a note
//! when the material is absent. Only values are asserted, never the copy's sentences.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde_json::Value;

mod common;

use common::{code, json, run_in_checkout};

fn dupes(args: &[&str]) -> (i32, Value) {
    let out = run_in_checkout(&[&["dupes"], args, &["--format", "json"]].concat());
    (code(&out), json(&out))
}

fn findings(report: &Value) -> Vec<&Value> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap())
        .collect()
}

fn present(path: &str) -> bool {
    if Path::new(path).exists() {
        return true;
    }
    println!("skipped: {path} is not here");
    false
}

#[test]
fn seed_article_is_one_passage_of_720_words() {
    let seed = "../shared/articles/deportations-seed.txt";
    if !present(seed) {
        return;
    }
    let (code, report) = dupes(&[seed]);
    assert_eq!(code, 0);
    let found = findings(&report);
    assert_eq!(found.len(), 1, "{found:?}");
    let f = found[0];
    assert_eq!(f["rule"], "duplicate/passage");
    assert_eq!(
        (f["line"].as_u64(), f["end_line"].as_u64()),
        (Some(16), Some(29))
    );
    assert_eq!(f["words"], 720);
    assert_eq!(f["similarity"], 1.0);
    assert!(f.get("diff").is_none());
    let r = &f["related"][0];
    assert_eq!(r["path"], f["path"]);
    assert_eq!(
        (r["line"].as_u64(), r["end_line"].as_u64()),
        (Some(2), Some(15))
    );
}

#[test]
fn bundled_target_article_repeats_lines_5_to_8() {
    let (_, report) = dupes(&["articles/deportation-target.txt"]);
    let found = findings(&report);
    assert_eq!(found.len(), 1);
    let f = found[0];
    assert_eq!(f["rule"], "duplicate/passage");
    assert_eq!(
        (f["line"].as_u64(), f["end_line"].as_u64()),
        (Some(9), Some(12))
    );
    let r = &f["related"][0];
    assert_eq!(
        (r["line"].as_u64(), r["end_line"].as_u64()),
        (Some(5), Some(8))
    );
    assert_eq!(f["similarity"], 1.0);
}

/// Union-find over file names: copies reported as a group (each later copy pointing at
/// the first) connect every pair in the group.
struct Groups(HashMap<String, String>);

impl Groups {
    fn root(&self, x: &str) -> String {
        let mut x = x.to_string();
        while let Some(p) = self.0.get(&x).filter(|p| **p != x) {
            x = p.clone();
        }
        x
    }
    fn join(&mut self, a: &str, b: &str) {
        let (ra, rb) = (self.root(a), self.root(b));
        self.0.insert(ra, rb);
    }
}

#[test]
fn bbc_audit_matches_the_ground_truth() {
    let dir = "../shared/corpora/bbc/articles";
    let truth = "../shared/corpora/bbc/duplicates.json";
    if !present(dir) || !present(truth) {
        return;
    }
    let truth: Value = serde_json::from_str(&std::fs::read_to_string(truth).unwrap()).unwrap();
    let (code, report) = dupes(&["--min-words", "40", dir]);
    assert!(code == 0 || code == 1, "exit {code}");
    let found = findings(&report);
    let rel = |p: &Value| {
        let p = p.as_str().unwrap();
        p[p.find("articles/").unwrap() + "articles/".len()..].to_string()
    };

    // the one non-UTF-8 file is read with a warning, not a stop
    let encoding: Vec<String> = found
        .iter()
        .filter(|f| f["rule"] == "input/encoding")
        .map(|f| rel(&f["path"]))
        .collect();
    assert_eq!(encoding, vec!["sport/199.txt"]);

    let dupes: Vec<&&Value> = found
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("duplicate/"))
        .collect();
    // no article repeats a passage inside itself
    assert!(truth["within_file"].as_array().unwrap().is_empty());
    assert!(dupes.iter().all(|f| f["rule"] == "duplicate/cross-file"));

    let mut direct = BTreeSet::new();
    let mut groups = Groups(HashMap::new());
    for f in &dupes {
        let (a, b) = (rel(&f["path"]), rel(&f["related"][0]["path"]));
        assert!(f["words"].as_u64().unwrap() >= 30, "{f}");
        groups.join(&a, &b);
        direct.insert(if a < b { (a, b) } else { (b, a) });
    }
    let pair = |v: &Value, a: &str, b: &str| {
        (
            v[a].as_str().unwrap().to_string(),
            v[b].as_str().unwrap().to_string(),
        )
    };
    let passage: BTreeSet<(String, String)> = truth["passage_pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| pair(p, "a", "b"))
        .collect();
    let exact: Vec<(String, String)> = truth["exact_pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().to_string(),
                p[1].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(passage.len(), 253);
    assert_eq!(exact.len(), 101);

    // every pair the ground truth lists is reported, directly or through its group
    let missing: Vec<&(String, String)> = passage
        .iter()
        .chain(&exact)
        .filter(|(a, b)| {
            !direct.contains(&(a.clone(), b.clone())) && groups.root(a) != groups.root(b)
        })
        .collect();
    assert!(missing.is_empty(), "not reported: {missing:?}");
    // exact duplicates are reported as such, directly
    for (a, b) in &exact {
        let f = dupes
            .iter()
            .find(|f| {
                let (x, y) = (rel(&f["path"]), rel(&f["related"][0]["path"]));
                (&x, &y) == (b, a) || (&x, &y) == (a, b)
            })
            .unwrap_or_else(|| panic!("exact pair {a} {b} not reported directly"));
        assert_eq!(f["similarity"], 1.0, "{a} {b}");
    }
    // and no pair is reported that shares less than 40 words in a row
    let extra: Vec<&(String, String)> = direct.iter().filter(|p| !passage.contains(*p)).collect();
    assert!(
        extra.is_empty(),
        "reported but sharing < 40 words: {extra:?}"
    );

    // one finding per stretch of copy: findings in one file never overlap
    let mut spans: Vec<(String, u64, u64)> = dupes
        .iter()
        .map(|f| {
            (
                rel(&f["path"]),
                f["start"].as_u64().unwrap(),
                f["end"].as_u64().unwrap(),
            )
        })
        .collect();
    spans.sort();
    for w in spans.windows(2) {
        assert!(w[0].0 != w[1].0 || w[0].2 <= w[1].1, "overlap: {w:?}");
    }
}

/// Issue 17: the BBC audit as groups. Every exact pair of the ground truth is a
/// whole-article group of its own, the human report leads with the summary, and the HTML
/// page of groups is under 2 MB.
#[test]
fn bbc_audit_groups_exact_copies_and_fits_a_small_page() {
    let dir = "../shared/corpora/bbc/articles";
    let truth = "../shared/corpora/bbc/duplicates.json";
    if !present(dir) || !present(truth) {
        return;
    }
    let truth: Value = serde_json::from_str(&std::fs::read_to_string(truth).unwrap()).unwrap();
    let (_, report) = dupes(&["--min-words", "40", "--first-copy", "path", dir]);
    let groups = report["groups"].as_array().unwrap();
    let rel = |p: &Value| {
        let p = p.as_str().unwrap();
        p[p.find("articles/").unwrap() + "articles/".len()..].to_string()
    };
    // the complete copies of each article group (a third file may hold part of it)
    let article_groups: Vec<BTreeSet<String>> = groups
        .iter()
        .filter(|g| g["kind"] == "article")
        .map(|g| {
            g["members"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|m| m["complete"] == true)
                .map(|m| rel(&m["path"]))
                .collect()
        })
        .collect();
    for p in truth["exact_pairs"].as_array().unwrap() {
        let (a, b) = (p[0].as_str().unwrap(), p[1].as_str().unwrap());
        assert!(
            article_groups
                .iter()
                .any(|g| g.contains(a) && g.contains(b)),
            "exact pair {a} {b} is not one article group"
        );
    }
    // every finding names its group, and every group's id is unique
    let ids: BTreeSet<&str> = groups.iter().map(|g| g["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), groups.len());
    for f in findings(&report)
        .into_iter()
        .filter(|f| f["rule"] == "duplicate/cross-file")
    {
        assert!(ids.contains(f["group"].as_str().unwrap()), "{f}");
    }

    let out = run_in_checkout(&["dupes", "--min-words", "40", "--first-copy", "path", dir]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Duplicate audit of 2225 articles: "),
        "{}",
        &text[..200]
    );
    assert!(text
        .lines()
        .take(12)
        .any(|l| l.contains("(101 word for word)") || l.contains("word for word)")));

    let page = tempfile::tempdir().unwrap();
    let html = page.path().join("audit.html");
    let out = run_in_checkout(&[
        "dupes",
        "--min-words",
        "40",
        "--format",
        "html",
        "-o",
        html.to_str().unwrap(),
        dir,
    ]);
    assert!(code(&out) <= 1);
    let size = std::fs::metadata(&html).unwrap().len();
    assert!(size < 2_000_000, "the audit page is {size} bytes");
    let page = std::fs::read_to_string(&html).unwrap();
    assert_eq!(page.matches("<details id=\"g").count(), groups.len());
}

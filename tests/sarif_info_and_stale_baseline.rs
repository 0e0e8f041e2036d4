//! SARIF leaves info findings out unless `--sarif-include-info`; a baseline's entries that
//! no longer match are counted on stderr; a suppression's reason may be single-quoted.

mod common;

use common::{code, run, stderr, write};

fn rules(o: &std::process::Output) -> Vec<String> {
    let log: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap().to_string())
        .collect()
}

const COPY: &str = "Rents went from 100 to 134 last year, a 15 per cent increase.\n";

#[test]
fn sarif_leaves_info_out_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/rents.txt", COPY);
    let o = run(dir.path(), &["check", "--format", "sarif"]);
    assert_eq!(code(&o), 1);
    assert_eq!(rules(&o), ["arithmetic/percent-change"]);
    let o = run(
        dir.path(),
        &["check", "--format", "sarif", "--sarif-include-info"],
    );
    assert_eq!(
        rules(&o),
        [
            "record/unsourced",
            "record/unsourced",
            "arithmetic/percent-change",
            "record/unsourced"
        ]
    );
}

#[test]
fn stale_baseline_entries_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/rents.txt", COPY);
    let o = run(dir.path(), &["check", "--write-baseline", "base.json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    write(
        dir.path(),
        "articles/rents.txt",
        "Rents went from 100 to 134 last year, a 34 per cent increase.\n",
    );
    let o = run(dir.path(), &["check", "--baseline", "base.json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // the percent-change error and the unsourced "15 per cent" were fixed
    assert_eq!(
        stderr(&o),
        "note: 2 baseline entries no longer match (fixed or changed since); --write-baseline refreshes the file\n"
    );
}

#[test]
fn a_single_quoted_reason_suppresses() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "articles/rents.md",
        "<!-- claimcheck: ignore arithmetic/percent-change reason='the rise is over two years' -->\nRents went from 100 to 134 last year, a 15 per cent increase.\n",
    );
    let o = run(
        dir.path(),
        &["check", "--format", "json", "--select", "arithmetic"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["suppressed"][0]["reason"], "the rise is over two years");
}

//! Issue 19, item 3: `-o`, `--write-baseline` and `draft --write` never replace one of
//! the run's own inputs (an article, a record file, a snapshot, the config, the baseline
//! read); the file is left as it was and the run exits 2 saying why.

mod common;

use common::{code, run, stderr};

fn newsroom() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::write(
        dir.path(),
        "articles/a.txt",
        "Spending rose 4% to £1.2bn last year.\n",
    );
    common::write(
        dir.path(),
        "claims/c.yaml",
        "- id: spend\n  value: 1200000000\n  kind: money\n  currency: GBP\n  match: [spending]\n  sources:\n    - id: s\n",
    );
    common::write(dir.path(), "sources/s.yaml", "- id: s\n  title: Budget\n");
    common::write(dir.path(), "claimcheck.yaml", "fail_on: never\n");
    dir
}

fn refused(dir: &std::path::Path, args: &[&str], target: &str, flag: &str) {
    let before = std::fs::read(dir.join(target)).unwrap();
    let out = run(dir, args);
    assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("error: {target}: is one of this run's inputs")),
        "{args:?}: {err}"
    );
    assert!(err.contains(&format!("{flag} would replace it")), "{err}");
    assert_eq!(
        std::fs::read(dir.join(target)).unwrap(),
        before,
        "{target} changed"
    );
}

#[test]
fn output_onto_an_article_a_record_or_the_config_is_refused() {
    let dir = newsroom();
    let d = dir.path();
    for target in [
        "articles/a.txt",
        "claims/c.yaml",
        "sources/s.yaml",
        "claimcheck.yaml",
    ] {
        refused(d, &["check", "articles", "-o", target], target, "-o");
        refused(
            d,
            &["check", "articles", "--write-baseline", target],
            target,
            "--write-baseline",
        );
        refused(d, &["dupes", "articles", "-o", target], target, "-o");
    }
    // another name for the same file is caught too
    refused(
        d,
        &[
            "check",
            "articles/a.txt",
            "-o",
            "articles/../articles/a.txt",
        ],
        "articles/../articles/a.txt",
        "-o",
    );
}

#[test]
fn output_onto_the_baseline_read_is_refused_but_rewriting_the_baseline_is_not() {
    let dir = newsroom();
    let d = dir.path();
    let out = run(d, &["check", "articles", "--write-baseline", "base.json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    refused(
        d,
        &[
            "check",
            "articles",
            "--baseline",
            "base.json",
            "-o",
            "base.json",
        ],
        "base.json",
        "-o",
    );
    let again = run(
        d,
        &[
            "check",
            "articles",
            "--baseline",
            "base.json",
            "--write-baseline",
            "base.json",
        ],
    );
    assert_eq!(code(&again), 0, "{}", stderr(&again));
}

#[test]
fn draft_write_onto_an_input_is_refused() {
    let dir = newsroom();
    let d = dir.path();
    for target in ["articles/a.txt", "claims/c.yaml", "claimcheck.yaml"] {
        let before = std::fs::read(d.join(target)).unwrap();
        let out = run(d, &["draft", "articles/a.txt", "--write", target]);
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert_eq!(std::fs::read(d.join(target)).unwrap(), before);
    }
}

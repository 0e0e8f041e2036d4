//! `--format concise`, `--min-severity`, `--quiet` hiding info, `--select`/`--ignore`
//! by id or family, `--statistics`, and the same selectors and per-glob `overrides` in
//! `claimcheck.yaml`.

use std::path::Path;

mod common;

use common::{code, run, stderr, stdout, write};

fn newsroom(d: &Path) {
    write(
        d,
        "articles/rents.txt",
        "Rents went from 100 to 134 last year, a 15 per cent increase.\n",
    );
    write(
        d,
        "articles/opinion/col.txt",
        "Rents went from 200 to 268 last year, a 15 per cent increase, I say.\n",
    );
}

const COL_ERROR: &str = "articles/opinion/col.txt:1:41: error[arithmetic/percent-change] from 200 to 268 is +34%; the copy says a 15 per cent increase\n";
const RENTS_ERROR: &str = "articles/rents.txt:1:41: error[arithmetic/percent-change] from 100 to 134 is +34%; the copy says a 15 per cent increase\n";

#[test]
fn one_line_each_errors_first_within_a_file() {
    let dir = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    let o = run(dir.path(), &["check", "--format", "concise"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!(
            "{COL_ERROR}\
articles/opinion/col.txt:1:17: info[record/unsourced] no record links to 200
articles/opinion/col.txt:1:24: info[record/unsourced] no record links to 268
articles/opinion/col.txt:1:41: info[record/unsourced] no record links to 15 per cent
{RENTS_ERROR}\
articles/rents.txt:1:17: info[record/unsourced] no record links to 100
articles/rents.txt:1:24: info[record/unsourced] no record links to 134
articles/rents.txt:1:41: info[record/unsourced] no record links to 15 per cent
2 files, 6 claims (0 supported, 0 contradicted, 6 unsourced, 0 ambiguous, 0 unverifiable), 8 findings (2 errors, 0 warnings, 6 info), 0 suppressed
"
        )
    );
}

#[test]
fn quiet_and_min_severity_hide_what_is_below() {
    let dir = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    let o = run(dir.path(), &["check", "--format", "concise", "-q"]);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), format!("{COL_ERROR}{RENTS_ERROR}"));
    // the human report under -q: the two errors, no info
    let o = run(dir.path(), &["check", "-q"]);
    assert!(!stdout(&o).contains("info["), "{}", stdout(&o));
    assert_eq!(stdout(&o).matches("error[").count(), 2);
    // below the minimum, findings neither show nor fail the run
    let o = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--min-severity",
            "info",
            "--fail-on",
            "info",
            "--ignore",
            "arithmetic",
        ],
    );
    assert_eq!(code(&o), 1);
    let o = run(
        dir.path(),
        &[
            "check",
            "--min-severity",
            "error",
            "--fail-on",
            "info",
            "--ignore",
            "arithmetic",
            "-q",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert_eq!(stdout(&o), "");
}

#[test]
fn select_and_ignore_take_ids_and_families() {
    let dir = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    let rules = |args: &[&str]| -> Vec<String> {
        let o = run(
            dir.path(),
            &[
                &[
                    "check",
                    "--format",
                    "concise",
                    "-q",
                    "--min-severity",
                    "info",
                ][..],
                args,
            ]
            .concat(),
        );
        let mut r: Vec<String> = stdout(&o)
            .lines()
            .filter_map(|l| Some(l.split_once('[')?.1.split_once(']')?.0.to_string()))
            .collect();
        r.dedup();
        r
    };
    assert_eq!(rules(&["--select", "record/"]), ["record/unsourced"]);
    assert_eq!(
        rules(&["--select", "arithmetic/percent-change"]),
        ["arithmetic/percent-change"]
    );
    assert_eq!(
        rules(&["--ignore", "record"]),
        ["arithmetic/percent-change"]
    );
    assert_eq!(
        rules(&[
            "--select",
            "record,arithmetic",
            "--ignore",
            "record/unsourced"
        ]),
        ["arithmetic/percent-change"]
    );
    let o = run(dir.path(), &["check", "--select", "recrd"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "error: --select/--ignore: \"recrd\" names no rule; give a rule id (`claimcheck explain` lists them) or a family: arithmetic, consistency, duplicate, figure, input, provenance, record, suppress\n"
    );
}

#[test]
fn statistics_count_by_rule() {
    let dir = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    let o = run(dir.path(), &["check", "--statistics"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        "     6  info     record/unsourced\n     2  error    arithmetic/percent-change\n     8  total\n"
    );
}

#[test]
fn config_selectors_and_overrides() {
    let dir = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    write(
        dir.path(),
        "claimcheck.yaml",
        "select: [arithmetic, record/]\nignore: [consistency]\noverrides:\n  - files: \"articles/opinion/**\"\n    rules:\n      arithmetic/percent-change: warning\n      record/unsourced: off\n",
    );
    let o = run(dir.path(), &["check", "--format", "concise"]);
    assert_eq!(
        stdout(&o),
        format!(
            "articles/opinion/col.txt:1:41: warning[arithmetic/percent-change] from 200 to 268 is +34%; the copy says a 15 per cent increase
{RENTS_ERROR}\
articles/rents.txt:1:17: info[record/unsourced] no record links to 100
articles/rents.txt:1:24: info[record/unsourced] no record links to 134
articles/rents.txt:1:41: info[record/unsourced] no record links to 15 per cent
2 files, 6 claims (0 supported, 0 contradicted, 6 unsourced, 0 ambiguous, 0 unverifiable), 5 findings (1 error, 1 warning, 3 info), 0 suppressed
"
        )
    );
    // --show-settings lists them
    let o = run(dir.path(), &["check", "--show-settings"]);
    let shown = stdout(&o);
    assert!(
        shown.ends_with("paths:\n- articles\nselect:\n- arithmetic\n- record/\nignore:\n- consistency\noverrides:\n- files: articles/opinion/**\n  rules:\n    record/unsourced: off\n    arithmetic/percent-change: warning\n"),
        "{shown}"
    );
    // a selector naming no rule is located in the file
    write(dir.path(), "claimcheck.yaml", "ignore:\n  - recrd\n");
    let o = run(dir.path(), &["check"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).starts_with("error: claimcheck.yaml:2:3: ignore: \"recrd\" names no rule"),
        "{}",
        stderr(&o)
    );
}

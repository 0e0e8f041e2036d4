//! The suppression forms as a user writes them, run through the binary: a block between
//! `off` and `on`, a whole-file directive, a directive line in plain text, and a stale
//! suppression reported as `suppress/unused` (but not when its rule is switched off).

mod common;

use common::{code, run, stdout, write};

/// `check --format concise` in `dir` on `files`, with extra `args`.
fn concise(dir: &std::path::Path, files: &[&str], args: &[&str]) -> (i32, String) {
    let mut all = vec!["check", "--format", "concise"];
    all.extend_from_slice(args);
    all.extend_from_slice(files);
    let o = run(dir, &all);
    (code(&o), stdout(&o))
}

#[test]
fn off_on_blocks_whole_files_and_text_lines_silence_what_they_cover() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "block.md",
        "Intro: the hall seats 120 people.\n\n<!-- claimcheck: off record/unsourced reason=\"figures from the council's own minutes\" -->\n\nThe plan adds 12 parks.\n\nIt also adds 3 schools.\n\n<!-- claimcheck: on -->\n\nA further 7 parks were refused.\n",
    );
    write(
        dir.path(),
        "wire.md",
        "<!-- claimcheck: ignore-file record/unsourced reason=\"wire copy: the agency sources its figures\" -->\n\nExports rose to 40 tonnes.\n",
    );
    write(
        dir.path(),
        "plain.txt",
        "The library lends 300 books a week.\n\n<!-- claimcheck: ignore record/unsourced reason=\"desk count, page 4 of the minutes\" -->\nIt has 25 study desks.\n",
    );
    let (status, out) = concise(
        dir.path(),
        &["block.md", "wire.md", "plain.txt"],
        &["--min-severity", "info"],
    );
    assert_eq!(
        out.lines().filter(|l| l.contains('[')).collect::<Vec<_>>(),
        vec![
            "block.md:1:23: info[record/unsourced] no record links to 120 people",
            "block.md:11:11: info[record/unsourced] no record links to 7 parks",
            "plain.txt:1:19: info[record/unsourced] no record links to 300 books",
        ],
        "{out}"
    );
    assert_eq!(status, 0, "{out}");
}

#[test]
fn a_suppression_that_silences_nothing_is_reported_unless_its_rule_is_off() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "stale.md",
        "The hall seats 120 people.\n\n<!-- claimcheck: ignore arithmetic/sum reason=\"table added up by hand\" -->\nThe plan adds 12 parks.\n",
    );
    let (_, out) = concise(dir.path(), &["stale.md"], &["--min-severity", "warning"]);
    assert_eq!(
        out.lines().filter(|l| l.contains('[')).collect::<Vec<_>>(),
        vec!["stale.md:3:1: warning[suppress/unused] this suppression of arithmetic/sum silences nothing: no such finding is in what it covers; remove it, or move it to the paragraph it was meant for"],
        "{out}"
    );
    let (_, out) = concise(dir.path(), &["stale.md"], &["--ignore", "arithmetic"]);
    assert!(!out.contains("suppress/unused"), "{out}");
}

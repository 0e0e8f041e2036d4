//! The claims and sources folders are never checked as copy, whether a folder walk meets
//! them or a pre-commit hook names their files; `--force-exclude` applies `exclude` to
//! named files; symbolic links are followed only inside the project.

use std::path::Path;

mod common;

use common::{code, json, json_paths, run, stderr, write};

const ARTICLE: &str = "The library lent 4,000 books last year.\n";

/// A newsroom whose snapshot and claims README hold figures a copy check would flag
/// (a sum that does not add up).
fn newsroom(dir: &Path) {
    write(dir, "articles/lending.txt", ARTICLE);
    write(
        dir,
        "sources/snapshots/report.txt",
        "Branches lent 2 and 3 books, a total of 9 books.\n",
    );
    write(dir, "sources/sources.yaml", "[]\n");
    write(
        dir,
        "claims/README.md",
        "Records go here. Two and 3 make 9 of them in total.\n",
    );
    write(dir, "claims/lending.yaml", "[]\n");
}

#[test]
fn a_walk_of_the_whole_project_reads_only_the_articles() {
    let dir = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    let o = run(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json_paths(&o), ["articles/lending.txt"]);
}

/// What the pre-commit hook does when a commit archives a snapshot: the staged files are
/// named, none of them is copy, and the run passes with nothing to check.
#[test]
fn named_record_files_are_left_out_and_the_run_passes() {
    let dir = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    let o = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "sources/snapshots/report.txt",
            "claims/README.md",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json_paths(&o), Vec::<String>::new());
    let o = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "sources/snapshots/report.txt",
            "articles/lending.txt",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json_paths(&o), ["articles/lending.txt"]);
}

#[test]
fn force_exclude_applies_exclude_to_named_files() {
    let dir = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    write(
        dir.path(),
        "claimcheck.yaml",
        "exclude: [\"articles/archive/**\"]\n",
    );
    write(
        dir.path(),
        "articles/archive/old.txt",
        "Two and 3 make 9 in total.\n",
    );
    let named = ["articles/archive/old.txt", "articles/lending.txt"];
    let o = run(
        dir.path(),
        &[&["check", "--format", "json"][..], &named[..]].concat(),
    );
    assert_eq!(
        json_paths(&o),
        ["articles/archive/old.txt", "articles/lending.txt"],
        "a file named is read without --force-exclude"
    );
    let o = run(
        dir.path(),
        &[
            &["check", "--format", "json", "--force-exclude"][..],
            &named[..],
        ]
        .concat(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json_paths(&o), ["articles/lending.txt"]);
    let o = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--force-exclude",
            "articles/archive/old.txt",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json_paths(&o), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn links_inside_the_project_are_followed_and_others_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    write(
        dir.path(),
        "drafts/budget.md",
        "The council spent 12 pounds.\n",
    );
    write(
        outside.path(),
        "elsewhere.md",
        "The council spent 15 pounds.\n",
    );
    std::os::unix::fs::symlink("../drafts/budget.md", dir.path().join("articles/budget.md"))
        .unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("elsewhere.md"),
        dir.path().join("articles/elsewhere.md"),
    )
    .unwrap();
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    let files = v["files"].as_array().unwrap();
    let shown: Vec<(&str, Vec<&str>)> = files
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap(),
                f["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x["rule"].as_str().unwrap())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("articles/budget.md", vec!["record/unsourced"]),
            ("articles/elsewhere.md", vec!["input/binary"]),
            ("articles/lending.txt", vec!["record/unsourced"]),
        ]
    );
    let warning = &files[1]["findings"][0]["message"];
    assert!(
        warning.as_str().unwrap().contains("is a symbolic link to ")
            && warning
                .as_str()
                .unwrap()
                .contains("outside the folder checked"),
        "{warning}"
    );
}

/// A file named twice, once through `./`, is read once (no duplicate of itself).
#[test]
fn a_file_named_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    newsroom(dir.path());
    let o = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "articles/lending.txt",
            "./articles/lending.txt",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json_paths(&o), ["articles/lending.txt"]);
}

//! `check --changed-since REF` in a real git repository: findings only on changed files
//! and, inside copy, only in changed paragraphs.

use std::path::Path;
use std::process::{Command, Output};

mod common;

use common::{json, run, write};

fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn has_git() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn check(dir: &Path, args: &[&str]) -> Output {
    run(dir, &[&["check"], args].concat())
}

/// `(path, line)` of every reported finding.
fn located(o: &Output) -> Vec<(String, u64)> {
    let v = json(o);
    let mut out = Vec::new();
    for f in v["files"].as_array().unwrap() {
        for x in f["findings"].as_array().unwrap() {
            out.push((
                x["path"].as_str().unwrap().to_string(),
                x["line"].as_u64().unwrap(),
            ));
        }
    }
    out
}

/// Three paragraphs, each holding a malformed ignore comment (an `input/suppression`
/// finding on lines 1, 3 and 5).
const ARTICLE: &str = "Staff returned <!-- claimcheck: check --> on Monday.\n\nThe cafe <!-- claimcheck: check --> opens later.\n\nVisitors <!-- claimcheck: check --> were pleased.\n";

#[test]
fn only_changed_files_and_paragraphs_are_reported() {
    if !has_git() {
        eprintln!("git is not installed; skipping");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    write(d, "articles/a.md", ARTICLE);
    write(d, "articles/b.md", ARTICLE);
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "copy"]);

    let all = check(d, &["articles", "--format", "json"]);
    assert_eq!(all.status.code(), Some(1));
    assert_eq!(located(&all).len(), 6);

    // Nothing changed: nothing reported, and that passes.
    let none = check(
        d,
        &["articles", "--format", "json", "--changed-since", "HEAD"],
    );
    assert_eq!(
        none.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&none.stderr)
    );
    assert_eq!(located(&none), vec![]);

    // Edit the middle paragraph of b.md: only its finding is reported.
    write(
        d,
        "articles/b.md",
        ARTICLE.replace("opens later", "opens at noon"),
    );
    // A new, untracked article counts as changed in full.
    write(d, "articles/c.md", ARTICLE);
    let some = check(
        d,
        &["articles", "--format", "json", "--changed-since", "HEAD"],
    );
    assert_eq!(some.status.code(), Some(1));
    assert_eq!(
        located(&some),
        vec![
            ("articles/b.md".to_string(), 3),
            ("articles/c.md".to_string(), 1),
            ("articles/c.md".to_string(), 3),
            ("articles/c.md".to_string(), 5),
        ]
    );

    // Run from inside articles/: paths are shown from there and still match git's.
    let inside = check(
        &d.join("articles"),
        &[".", "--format", "json", "--changed-since", "HEAD"],
    );
    assert_eq!(located(&inside)[0], ("b.md".to_string(), 3));
}

#[test]
fn a_bad_ref_is_exit_2() {
    if !has_git() {
        eprintln!("git is not installed; skipping");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q"]);
    write(dir.path(), "a.md", "Copy.\n");
    let o = check(dir.path(), &["a.md", "--changed-since", "no-such-ref"]);
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.starts_with("error: --changed-since: `git "), "{e}");
    assert_eq!(e.lines().count(), 1, "{e}");
    let o = check(dir.path(), &["a.md", "--changed-since=--output=x"]);
    assert_eq!(o.status.code(), Some(2));
}

/// A passage pasted into a changed file from one that did not change: the unchanged
/// file is left out of the report, yet the finding's first copy still has its line.
#[test]
fn a_first_copy_in_an_unchanged_file_keeps_its_line() {
    if !has_git() {
        eprintln!("git is not installed; skipping");
        return;
    }
    const PASSAGE: &str = "The harbour board met on Monday to agree the dredging plan for the east channel, which has silted up over three winters and now turns away the larger ferries at low tide.";
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    write(d, "a.txt", format!("Intro a.\n\nMore.\n\n{PASSAGE}\n"));
    write(d, "b.txt", "Intro b.\n");
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "copy"]);
    write(d, "b.txt", format!("Intro b.\n\n{PASSAGE}\n"));

    let o = check(
        d,
        &[
            ".",
            "--format",
            "json",
            "--changed-since",
            "HEAD",
            "--min-words",
            "12",
            "--fail-on",
            "never",
        ],
    );
    let v = json(&o);
    let files: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(files, vec!["b.txt"]);
    let dupe = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "duplicate/cross-file")
        .expect("the pasted passage is reported");
    assert_eq!((&dupe["line"], &dupe["column"]), (&3.into(), &1.into()));
    let first = &dupe["related"][0];
    assert_eq!(first["path"], "a.txt");
    assert_eq!((&first["line"], &first["column"]), (&5.into(), &1.into()));
}

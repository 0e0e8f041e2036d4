//! `check --changed-since REF` beyond changed copy: a changed record re-checks every
//! figure linked to it, a changed snapshot every figure resting on its source; a passage
//! pasted into a changed file is reported there, not on the untouched copies; files
//! whose names git quotes, and untracked ones, count as changed.

use std::path::Path;

mod common;

use common::{code, git, has_git, json, run, stderr, write};

/// `(path, rule, line)` of every finding reported, with `--fail-on never`.
fn reported(dir: &Path, extra: &[&str]) -> Vec<(String, String, u64)> {
    let o = run(
        dir,
        &[
            &["check", "--format", "json", "--fail-on", "never"][..],
            extra,
        ]
        .concat(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    let mut out = Vec::new();
    let in_copy = v["files"].as_array().unwrap().iter();
    let records = v["record_findings"].as_array().into_iter().flatten();
    for x in in_copy
        .flat_map(|f| f["findings"].as_array().unwrap())
        .chain(records)
    {
        {
            out.push((
                x["path"].as_str().unwrap().to_string(),
                x["rule"].as_str().unwrap().to_string(),
                x["line"].as_u64().unwrap(),
            ));
        }
    }
    out
}

const RECORDS: &str = "- id: ferry-passengers\n  statement: Ferry passengers in May\n  value: 48310\n  kind: number\n  unit: passengers\n  match: [passengers]\n  sources:\n    - id: port-report\n      quote: \"48,310 passengers\"\n- id: ferry-sailings\n  statement: Ferry sailings in May\n  value: 310\n  kind: number\n  unit: sailings\n  match: [sailings]\n";

const SOURCES_HEAD: &str =
    "- id: port-report\n  title: Port report\n  snapshot: snapshots/port.txt\n  sha256: ";

fn newsroom(d: &Path) {
    write(
        d,
        "articles/ferry.txt",
        "The ferry carried 48,310 passengers in May.\n\nIt made 310 sailings.\n",
    );
    write(d, "claims/ferry.yaml", RECORDS);
    let snapshot = "In May the ferry carried 48,310 passengers.\n";
    write(d, "sources/snapshots/port.txt", snapshot);
    write(
        d,
        "sources/sources.yaml",
        format!("{SOURCES_HEAD}{}\n", sha256(snapshot)),
    );
}

fn sha256(text: &str) -> String {
    // The binary has no hash command; hash by archiving a copy with `sources add`.
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "sources/sources.yaml", "[]\n");
    write(dir.path(), "copy.txt", text);
    let o = run(dir.path(), &["sources", "add", "copy.txt", "--id", "x"]);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    out.split("(sha256 ")
        .nth(1)
        .and_then(|s| s.split(')').next())
        .unwrap_or_else(|| panic!("{out}{}", stderr(&o)))
        .to_string()
}

#[test]
fn a_changed_record_rechecks_the_figures_linked_to_it() {
    if !has_git() {
        eprintln!("git is not installed; skipping");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    newsroom(d);
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "newsroom"]);
    assert_eq!(
        reported(d, &["articles", "--changed-since", "HEAD"]),
        vec![]
    );

    // The passengers record is changed: its figure is contradicted now, and reported;
    // the sailings figure, on an unchanged record, is not.
    write(
        d,
        "claims/ferry.yaml",
        RECORDS.replace("value: 48310", "value: 43810"),
    );
    assert_eq!(
        reported(d, &["articles", "--changed-since", "HEAD"]),
        vec![("articles/ferry.txt".into(), "record/contradicted".into(), 1)]
    );
    git(d, &["checkout", "claims/ferry.yaml"]);

    // The snapshot changes (its hash no longer matches): the figure resting on it is
    // unverifiable now, and the provenance error is reported on the source record.
    write(
        d,
        "sources/snapshots/port.txt",
        "In May the ferry carried 41,000 passengers.\n",
    );
    let found = reported(d, &["articles", "--changed-since", "HEAD"]);
    assert!(
        found
            .iter()
            .any(|(p, r, _)| p == "sources/sources.yaml" && r == "provenance/hash-mismatch"),
        "{found:?}"
    );
    let o = run(
        d,
        &[
            "check",
            "articles",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--changed-since",
            "HEAD",
        ],
    );
    let v = json(&o);
    let ferry = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "articles/ferry.txt")
        .expect("the article resting on the changed snapshot is checked again");
    let verdicts: Vec<&str> = ferry["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["verdict"].as_str().unwrap())
        .collect();
    assert!(verdicts.contains(&"unverifiable"), "{verdicts:?}");
}

const PASSAGE: &str = "The harbour board met on Monday to agree the dredging plan for the east channel, which has silted up over three winters and now turns away the larger ferries at low tide.";

#[test]
fn a_pasted_passage_is_reported_on_the_changed_file() {
    if !has_git() {
        eprintln!("git is not installed; skipping");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    write(d, "b-old.txt", format!("Intro b.\n\n{PASSAGE}\n"));
    write(d, "c-old.txt", format!("Intro c.\n\n{PASSAGE}\n"));
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "copy"]);
    // The new copy sorts first, so the finder files the repeats at the old ones.
    write(d, "a-new.txt", format!("{PASSAGE}\n"));
    let o = run(
        d,
        &[
            "check",
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
    let files = v["files"].as_array().unwrap();
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["a-new.txt"]);
    let dupes: Vec<&serde_json::Value> = files[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "duplicate/cross-file")
        .collect();
    assert_eq!(dupes.len(), 1, "{dupes:#?}");
    let d0 = dupes[0];
    assert_eq!((&d0["line"], &d0["column"]), (&1.into(), &1.into()));
    assert_eq!(
        d0["message"],
        "Line 1 repeats line 3 of b-old.txt word for word (32 words)"
    );
    let related: Vec<(&str, &str, u64)> = d0["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["path"].as_str().unwrap(),
                r["message"].as_str().unwrap(),
                r["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        related,
        [
            ("b-old.txt", "older copy", 3),
            ("c-old.txt", "older copy", 3)
        ]
    );
}

#[cfg(unix)]
#[test]
fn names_git_quotes_and_untracked_files_count_as_changed() {
    if !has_git() {
        eprintln!("git is not installed; skipping");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    let names = ["q\"uote.md", "back\\slash.md", "tab\there.md", "sp ace.md"];
    let para = "Staff returned <!-- claimcheck: check --> on Monday.\n\nVisitors <!-- claimcheck: check --> were pleased.\n";
    for n in names {
        write(d, &format!("articles/{n}"), para);
    }
    git(d, &["add", "."]);
    git(d, &["commit", "-qm", "copy"]);
    // the second paragraph of each tracked file changes; one new file is untracked
    for n in names {
        write(
            d,
            &format!("articles/{n}"),
            para.replace("were pleased", "were glad"),
        );
    }
    write(d, "articles/new\"one.md", para);
    let mut found = reported(d, &["articles", "--changed-since", "HEAD"]);
    found.sort();
    let mut want: Vec<(String, String, u64)> = names
        .iter()
        .map(|n| (format!("articles/{n}"), "input/suppression".to_string(), 3))
        .collect();
    want.push(("articles/new\"one.md".into(), "input/suppression".into(), 1));
    want.push(("articles/new\"one.md".into(), "input/suppression".into(), 3));
    want.sort();
    assert_eq!(found, want);
}

//! Issue 17, items 1–3: `dupes` gathers copies of one passage into groups with a stable
//! id and an earliest copy (front-matter `date:`, else modification time, else path),
//! tells whole-article copies from shared passages, leads the human report with a
//! summary, and writes the audit as CSV, JSON Lines and one HTML page of groups. Every
//! sentence is written for these tests; Exampleton is a made-up village.

use std::path::Path;

use serde_json::Value;

mod common;

use common::{code, json, run, stdout, write};

const P1: &str = "The parish council met on Tuesday evening in the old school hall to discuss plans for a new footpath beside the river, and residents who walk their dogs along the bank said the existing track turns to mud every winter.";
const P2: &str = "The chair of the council promised that a survey of the ground would be carried out before any money was committed, and several people asked whether the path could be wide enough for wheelchairs and pushchairs.";
const P3: &str = "Local shops have offered to put up posters asking for volunteers to help clear brambles from the route in the spring, and a decision is expected at the next meeting once the costs are known.";

fn article(date: Option<&str>, paragraphs: &[&str]) -> String {
    let front = date.map_or(String::new(), |d| {
        format!("---\ntitle: Exampleton\ndate: {d}\n---\n\n")
    });
    front + &paragraphs.join("\n\n") + "\n"
}

/// Writes `files` into a fresh folder.
fn archive(files: &[(&str, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        write(dir.path(), name, text);
    }
    dir
}

fn dupes_json(dir: &Path, extra: &[&str]) -> Value {
    let out = run(dir, &[&["dupes", ".", "--format", "json"], extra].concat());
    assert!(code(&out) <= 1, "{}", common::stderr(&out));
    json(&out)
}

#[test]
fn a_copy_dated_earlier_is_the_first_copy_whatever_its_path() {
    // z.md was written first (its front matter says so): every copy points at it
    let dir = archive(&[
        ("a.md", article(Some("2024-03-05"), &[P1, P2, P3])),
        ("m.md", article(Some("2024-03-09"), &[P1, P2, P3])),
        ("z.md", article(Some("2024-03-01"), &[P1, P2, P3])),
    ]);
    let report = dupes_json(dir.path(), &[]);
    let groups = report["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let g = &groups[0];
    assert_eq!(g["kind"], "article");
    assert_eq!(g["copies"], 3);
    let members = g["members"].as_array().unwrap();
    assert_eq!(members[0]["path"], "z.md");
    assert_eq!(members[0]["first"], true);
    assert_eq!(members[0]["date"], "2024-03-01");
    assert_eq!(members[0]["dated_by"], "front matter");
    let findings: Vec<&Value> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap())
        .collect();
    assert_eq!(findings.len(), 2);
    for f in findings {
        assert_eq!(f["related"][0]["path"], "z.md", "{f:#?}");
        assert_eq!(f["group"], g["id"]);
    }
    // by path, a.md is first
    let by_path = dupes_json(dir.path(), &["--first-copy", "path"]);
    assert_eq!(by_path["groups"][0]["members"][0]["path"], "a.md");
}

#[test]
fn without_dates_the_earliest_modified_file_is_the_first_copy() {
    let dir = archive(&[
        ("a.txt", article(None, &[P1, P2, P3])),
        ("b.txt", article(None, &[P1, P2, P3])),
    ]);
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
    let f = std::fs::File::options()
        .write(true)
        .open(dir.path().join("b.txt"))
        .unwrap();
    f.set_modified(old).unwrap();
    let report = dupes_json(dir.path(), &[]);
    let first = &report["groups"][0]["members"][0];
    assert_eq!(first["path"], "b.txt");
    assert_eq!(first["dated_by"], "modified");
    assert_eq!(first["date"], "2023-11-14");
}

#[test]
fn the_group_id_stays_when_copies_come_and_lines_move() {
    let dir = archive(&[
        (
            "a.md",
            article(Some("2024-01-01"), &["One", P1, P2, "Other words here."]),
        ),
        ("b.md", article(Some("2024-01-02"), &["Two", P1, P2])),
    ]);
    let id = dupes_json(dir.path(), &[])["groups"][0]["id"].clone();
    assert!(id.as_str().unwrap().starts_with('g'));
    // a later copy joins the group; the first copy's lines move down
    write(
        dir.path(),
        "c.md",
        article(Some("2024-02-01"), &["Three", P1, P2]),
    );
    write(
        dir.path(),
        "a.md",
        article(
            Some("2024-01-01"),
            &["One", "A new first paragraph.", P1, P2, "Other words here."],
        ),
    );
    let report = dupes_json(dir.path(), &[]);
    let groups = report["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["id"], id);
    assert_eq!(groups[0]["copies"], 3);
    assert_eq!(groups[0]["kind"], "passage");
}

#[test]
fn whole_article_copies_are_told_apart_from_shared_passages() {
    let dir = archive(&[
        ("a.txt", article(None, &["Exampleton path", P1, P2, P3])),
        ("b.txt", article(None, &["Exampleton path", P1, P2, P3])),
        (
            "c.txt",
            article(
                None,
                &["Another story", "Nothing in common here at all.", P3],
            ),
        ),
        (
            "d.txt",
            article(None, &["A third story", P3, "And an ending of its own."]),
        ),
    ]);
    let out = run(dir.path(), &["dupes", ".", "--first-copy", "path"]);
    let text = stdout(&out);
    // the summary leads
    assert!(
        text.starts_with("Duplicate audit of 4 articles: 2 groups of copies, 4 articles involved"),
        "{text}"
    );
    assert!(text.contains("whole-article copies: 1 article repeats another whole or all but a tenth (1 word for word), in 1 group"), "{text}");
    assert!(text.contains("shared passages: 1 group"), "{text}");
    assert!(
        text.contains("groups by size: 1 of 2 copies, 1 of 3 copies"),
        "{text}"
    );
    let report = dupes_json(dir.path(), &["--first-copy", "path"]);
    let kinds: Vec<(&str, u64)> = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["kind"].as_str().unwrap(), g["copies"].as_u64().unwrap()))
        .collect();
    assert_eq!(kinds, vec![("article", 2), ("passage", 3)]);
    // -q: findings only
    let quiet = stdout(&run(dir.path(), &["dupes", ".", "-q"]));
    assert!(!quiet.contains("Duplicate audit"));
}

#[test]
fn csv_and_jsonl_have_one_row_per_copy() {
    let dir = archive(&[
        ("a.txt", article(None, &["Exampleton path", P1, P2, P3])),
        (
            "b, with a comma.txt",
            article(None, &["Exampleton path", P1, P2, P3]),
        ),
        (
            "c.txt",
            article(None, &["Another story", P2, "And an ending of its own."]),
        ),
    ]);
    let csv = stdout(&run(
        dir.path(),
        &["dupes", ".", "--format", "csv", "--first-copy", "path"],
    ));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "group,kind,copies,role,path,line,end_line,start,end,words,similarity,whole,date,dated_by,first_copy,first_copy_line,first_copy_end_line"
    );
    // the article twice, and its second paragraph in a third file: two groups
    assert_eq!(lines.len(), 5, "{csv}");
    assert!(lines[1].contains(",first,a.txt,"), "{csv}");
    assert!(lines[2].contains(",copy,\"b, with a comma.txt\","), "{csv}");
    assert!(
        lines.iter().skip(1).all(|l| l.contains(",path,a.txt,")),
        "{csv}"
    );
    let jsonl = stdout(&run(
        dir.path(),
        &["dupes", ".", "--format", "jsonl", "--first-copy", "path"],
    ));
    let rows: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 4);
    for r in &rows {
        for key in [
            "group",
            "kind",
            "path",
            "line",
            "end_line",
            "words",
            "similarity",
            "first_copy",
        ] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
        assert_eq!(r["first_copy"], "a.txt");
        assert_eq!(r["copies"], 2);
    }
    assert_eq!(rows[0]["role"], "first");
    assert_eq!(rows[0]["similarity"], 1.0);
}

#[test]
fn the_html_audit_lists_groups_not_files() {
    let mut p1_changed = P1.replace("Tuesday", "Wednesday");
    p1_changed.push(' ');
    let dir = archive(&[
        ("a.txt", article(None, &["Exampleton path", P1, P2, P3])),
        (
            "b.txt",
            article(None, &["Exampleton path", &p1_changed, P2, P3]),
        ),
        (
            "lonely.txt",
            article(None, &["Nothing shared", "Only this."]),
        ),
    ]);
    let out = run(
        dir.path(),
        &[
            "dupes",
            ".",
            "--format",
            "html",
            "-o",
            "audit.html",
            "--first-copy",
            "path",
        ],
    );
    assert_eq!(code(&out), 0, "{}", common::stderr(&out));
    let page = std::fs::read_to_string(dir.path().join("audit.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert_eq!(page.matches("<details id=\"g").count(), 1);
    // the passage once, each copy's differences
    assert_eq!(page.matches("Local shops have offered").count(), 1);
    assert!(page.contains("<del>Tuesday</del>"), "{page}");
    assert!(page.contains("<ins>Wednesday</ins>"), "{page}");
    // not a page of files: the article with nothing shared is not on it
    assert!(!page.contains("lonely.txt"));
    assert!(!page.contains("http"), "no external requests");
}

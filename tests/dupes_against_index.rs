//! Issue 17, items 5, 7 and 8: `claimcheck index build ARCHIVE -o INDEX`, `index add`,
//! `dupes --against INDEX NEW...` without the archive's files, an `add` that dies before
//! committing leaves the index as it was, fingerprints spilled past `--max-memory` and
//! exported as JSON Lines, and `dupes --baseline`. Every sentence is written for these
//! tests; Exampleton is a made-up village.

use std::path::Path;

use serde_json::Value;

mod common;

use common::{code, json, run, stderr, write};

const P1: &str = "The parish council met on Tuesday evening in the old school hall to discuss plans for a new footpath beside the river, and residents who walk their dogs along the bank said the existing track turns to mud every winter.";
const P2: &str = "The chair of the council promised that a survey of the ground would be carried out before any money was committed, and several people asked whether the path could be wide enough for wheelchairs and pushchairs.";
const P3: &str = "Local shops have offered to put up posters asking for volunteers to help clear brambles from the route in the spring, and a decision is expected at the next meeting once the costs are known.";

fn article(title: &str, paragraphs: &[&str]) -> String {
    format!("{title}\n\n{}\n", paragraphs.join("\n\n"))
}

/// An archive of `n` articles with nothing in common, plus one holding P1 and P2.
fn archive(dir: &Path, n: usize) {
    for i in 0..n {
        let own: Vec<String> = (0..4)
            .map(|j| format!("Filler paragraph {j} of story {i} speaks of item{i}x{j} and thing{j}y{i} alone, with words like alpha{i} beta{j} gamma{i}{j} delta{j}{i} epsilon{i} only."))
            .collect();
        let refs: Vec<&str> = own.iter().map(String::as_str).collect();
        write(
            dir,
            &format!("archive/s{i:03}.txt"),
            article(&format!("Story {i}"), &refs),
        );
    }
    write(
        dir,
        "archive/path.txt",
        article("Exampleton path", &[P1, P2]),
    );
}

fn findings(report: &Value) -> Vec<Value> {
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap().clone())
        .collect()
}

#[test]
fn new_copy_is_compared_with_the_index_without_the_archive_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    archive(d, 30);
    let out = run(d, &["index", "build", "archive", "-o", "archive.idx"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("31 articles"), "{}", stderr(&out));
    assert!(stderr(&out).contains(" MB"), "the index size is reported");
    // the archive's files are gone: only the index answers
    std::fs::rename(d.join("archive"), d.join("moved")).unwrap();
    write(d, "new/draft.txt", article("Draft", &[P3, P1, P2]));
    let out = run(
        d,
        &[
            "dupes",
            "--against",
            "archive.idx",
            "new/draft.txt",
            "--format",
            "json",
            "--first-copy",
            "path",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let report = json(&out);
    let found = findings(&report);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["path"], "new/draft.txt");
    assert_eq!(found[0]["related"][0]["path"], "archive/path.txt");
    assert_eq!(found[0]["related"][0]["line"], 3);
    assert_eq!(found[0]["similarity"], 1.0);
    assert_eq!(
        report["groups"][0]["members"][0]["path"],
        "archive/path.txt"
    );
    // nothing shared, nothing reported
    write(d, "new/other.txt", article("Other", &[P3]));
    let out = run(
        d,
        &[
            "dupes",
            "--against",
            "archive.idx",
            "new/other.txt",
            "--format",
            "json",
        ],
    );
    assert!(findings(&json(&out)).is_empty());
}

#[test]
fn index_add_takes_new_and_changed_articles_and_a_crash_leaves_it_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    archive(d, 5);
    assert_eq!(
        code(&run(d, &["index", "build", "archive", "-o", "a.idx"])),
        0
    );
    write(
        d,
        "later/p3.txt",
        article(
            "Posters",
            &[P3, "An ending of its own, written for this test alone."],
        ),
    );
    write(d, "draft.txt", article("Draft", &[P3]));
    let against = |d: &Path| {
        findings(&json(&run(
            d,
            &[
                "dupes",
                "--against",
                "a.idx",
                "draft.txt",
                "--format",
                "json",
            ],
        )))
    };
    assert!(against(d).is_empty());
    // an add that dies before its commit: nothing of it is visible
    let out = common::bin()
        .current_dir(d)
        .args(["index", "add", "a.idx", "later"])
        .env("CLAIMCHECK_TEST_CRASH_BEFORE_COMMIT", "1")
        .output()
        .unwrap();
    assert_ne!(code(&out), 0);
    assert!(against(d).is_empty(), "a half-done add must not show");
    // done properly, the new article is found
    let out = run(d, &["index", "add", "a.idx", "later"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("1 added"), "{}", stderr(&out));
    let found = against(d);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["related"][0]["path"], "later/p3.txt");
    // the same copy again is unchanged; changed copy replaces the old
    let out = run(d, &["index", "add", "a.idx", "later"]);
    assert!(stderr(&out).contains("1 unchanged"), "{}", stderr(&out));
    write(
        d,
        "later/p3.txt",
        article("Posters", &["Nothing of the draft is left in this one."]),
    );
    let out = run(d, &["index", "add", "a.idx", "later"]);
    assert!(stderr(&out).contains("1 replaced"), "{}", stderr(&out));
    assert!(against(d).is_empty());
}

#[test]
fn a_build_that_dies_leaves_the_old_index_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    archive(d, 3);
    assert_eq!(
        code(&run(d, &["index", "build", "archive", "-o", "a.idx"])),
        0
    );
    let before = std::fs::read(d.join("a.idx")).unwrap();
    write(d, "archive/more.txt", article("More", &[P3]));
    let out = common::bin()
        .current_dir(d)
        .args(["index", "build", "archive", "-o", "a.idx"])
        .env("CLAIMCHECK_TEST_CRASH_BEFORE_COMMIT", "1")
        .output()
        .unwrap();
    assert_ne!(code(&out), 0);
    assert_eq!(std::fs::read(d.join("a.idx")).unwrap(), before);
    write(d, "draft.txt", article("Draft", &[P1, P2]));
    let out = run(
        d,
        &[
            "dupes",
            "--against",
            "a.idx",
            "draft.txt",
            "--format",
            "json",
        ],
    );
    assert_eq!(findings(&json(&out)).len(), 1);
    // and built again, it is replaced whole
    assert_eq!(
        code(&run(d, &["index", "build", "archive", "-o", "a.idx"])),
        0
    );
    assert!(!d.join("a.idx.partial").exists());
}

#[test]
fn a_small_memory_budget_spills_sorted_runs_and_finds_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    archive(d, 60);
    write(d, "draft.txt", article("Draft", &[P1, P2]));
    for (name, mem) in [("big.idx", "512M"), ("small.idx", "1M")] {
        let out = run(
            d,
            &["index", "build", "archive", "-o", name, "--max-memory", mem],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let a = run(
        d,
        &[
            "dupes",
            "--against",
            "big.idx",
            "draft.txt",
            "--format",
            "json",
        ],
    );
    let b = run(
        d,
        &[
            "dupes",
            "--against",
            "small.idx",
            "draft.txt",
            "--format",
            "json",
        ],
    );
    assert_eq!(findings(&json(&a)), findings(&json(&b)));
    assert_eq!(findings(&json(&a)).len(), 1);
    // spilling itself, through the library with a budget of a few entries
    let settings = claimcheck::settings::Settings::default();
    let stats = claimcheck::index::store::build(
        &settings,
        &[d.join("archive")],
        &d.join("tiny.idx"),
        &claimcheck::index::store::BuildOptions {
            min_words: 30,
            max_memory: 64,
            emit_fingerprints: Some(d.join("fps")),
            by_path: true,
            crash_before_commit: false,
        },
    )
    .unwrap();
    assert!(stats.spilled_runs > 1, "{stats:?}");
    let c = run(
        d,
        &[
            "dupes",
            "--against",
            d.join("tiny.idx").to_str().unwrap(),
            "draft.txt",
            "--format",
            "json",
        ],
    );
    assert_eq!(findings(&json(&a)).len(), findings(&json(&c)).len());
    // the exported fingerprints: one object per fingerprint, path and word position
    let rows =
        claimcheck::index::store::read_jsonl(&d.join("fps/fingerprints-00000.jsonl")).unwrap();
    assert!(!rows.is_empty());
    for r in &rows {
        assert_eq!(r["fingerprint"].as_str().unwrap().len(), 16);
        assert!(r["path"].as_str().unwrap().contains("archive"));
        assert!(r["word"].is_u64());
    }
}

#[test]
fn a_min_words_below_the_index_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    archive(d, 2);
    run(
        d,
        &[
            "index",
            "build",
            "archive",
            "-o",
            "a.idx",
            "--min-words",
            "40",
        ],
    );
    write(d, "draft.txt", article("Draft", &[P1]));
    let out = run(
        d,
        &[
            "dupes",
            "--against",
            "a.idx",
            "draft.txt",
            "--min-words",
            "30",
        ],
    );
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--min-words 40"), "{}", stderr(&out));
    let out = run(d, &["dupes", "--against", "missing.idx", "draft.txt"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no archive index"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn dupes_baseline_hides_known_copies_and_reports_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", article("A", &[P1, P2]));
    write(d, "b.txt", article("B", &[P1, P2]));
    let out = run(
        d,
        &[
            "dupes",
            ".",
            "--write-baseline",
            "known.json",
            "--first-copy",
            "path",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(
        d,
        &[
            "dupes",
            ".",
            "--baseline",
            "known.json",
            "--format",
            "json",
            "--first-copy",
            "path",
        ],
    );
    let report = json(&out);
    assert!(findings(&report).is_empty());
    assert!(report["groups"].as_array().unwrap().is_empty());
    write(d, "c.txt", article("C", &[P3, P1, P2]));
    let report = json(&run(
        d,
        &[
            "dupes",
            ".",
            "--baseline",
            "known.json",
            "--format",
            "json",
            "--first-copy",
            "path",
        ],
    ));
    let found = findings(&report);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["path"], "c.txt");
    assert_eq!(report["groups"].as_array().unwrap().len(), 1);
}

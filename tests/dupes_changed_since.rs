//! Issue 17, item 8: `dupes --changed-since REF` in a real git repository reports only
//! copies in files changed since REF, while their first copies are still found in every
//! article. Sentences written for this test; Exampleton is a made-up village.

use std::path::Path;
use std::process::Command;

mod common;

use common::{json, run, write};

const P1: &str = "The parish council met on Tuesday evening in the old school hall to discuss plans for a new footpath beside the river, and residents who walk their dogs along the bank said the existing track turns to mud every winter.";

fn git(dir: &Path, args: &[&str]) -> bool {
    Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn only_copies_in_changed_files_are_reported_against_every_article() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    if !git(d, &["init", "-q"]) {
        println!("skipped: git is not here");
        return;
    }
    write(d, "a.txt", format!("A\n\n{P1}\n"));
    write(d, "b.txt", format!("B\n\n{P1}\n"));
    write(d, "c.txt", "C\n\nNothing shared yet.\n");
    assert!(git(d, &["add", "."]) && git(d, &["commit", "-q", "-m", "one"]));
    // a new copy of the committed a.txt's passage, and one of a passage not yet shared
    write(d, "c.txt", format!("C\n\nNothing shared yet.\n\n{P1}\n"));
    let out = run(
        d,
        &[
            "dupes",
            ".",
            "--changed-since",
            "HEAD",
            "--format",
            "json",
            "--first-copy",
            "path",
        ],
    );
    let report = json(&out);
    let found: Vec<&serde_json::Value> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap())
        .collect();
    // b.txt's copy was there before: only c.txt's is new, pointing at a.txt
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["path"], "c.txt");
    assert_eq!(found[0]["related"][0]["path"], "a.txt");
    let groups = report["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1);
}

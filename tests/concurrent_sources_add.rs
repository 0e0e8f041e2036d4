//! Issue 19, item 1: `sources add` run many times at once loses no record, orphans no
//! snapshot, and never adds one id twice.

mod common;

use std::process::Child;

use common::{bin, code};

fn spawn_add(dir: &std::path::Path, id: &str) -> Child {
    bin()
        .current_dir(dir)
        .args(["sources", "add", "doc.txt", "--id", id])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

#[derive(serde::Deserialize)]
struct Rec {
    id: String,
    snapshot: String,
}

#[test]
fn fifty_concurrent_adds_leave_fifty_records_in_valid_yaml() {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "doc.txt", "The budget rose 4% to £1.2bn.\n");
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    let children: Vec<Child> = (0..50)
        .map(|i| spawn_add(dir.path(), &format!("src-{i:02}")))
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    }
    let text = std::fs::read_to_string(dir.path().join("sources/sources.yaml")).unwrap();
    let recs: Vec<Rec> = serde_yaml::from_str(&text).unwrap();
    let mut ids: Vec<String> = recs.iter().map(|r| r.id.clone()).collect();
    ids.sort();
    let want: Vec<String> = (0..50).map(|i| format!("src-{i:02}")).collect();
    assert_eq!(ids, want);
    // every snapshot has its record and every record its snapshot
    let mut snaps: Vec<String> = std::fs::read_dir(dir.path().join("sources/snapshots"))
        .unwrap()
        .map(|e| format!("snapshots/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    snaps.sort();
    let mut named: Vec<String> = recs.iter().map(|r| r.snapshot.clone()).collect();
    named.sort();
    assert_eq!(snaps, named);
    let verify = common::run(dir.path(), &["verify"]);
    assert_eq!(code(&verify), 0, "{}", common::stderr(&verify));
}

#[test]
fn two_adds_of_one_id_at_once_add_it_once() {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "doc.txt", "The budget rose 4% to £1.2bn.\n");
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    for _ in 0..5 {
        let _ = std::fs::remove_dir_all(dir.path().join("sources"));
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        let pair = [spawn_add(dir.path(), "same"), spawn_add(dir.path(), "same")];
        let codes: Vec<i32> = pair
            .into_iter()
            .map(|c| code(&c.wait_with_output().unwrap()))
            .collect();
        let mut sorted = codes.clone();
        sorted.sort();
        assert_eq!(sorted, [0, 2], "{codes:?}");
        let text = std::fs::read_to_string(dir.path().join("sources/sources.yaml")).unwrap();
        let recs: Vec<Rec> = serde_yaml::from_str(&text).unwrap();
        assert_eq!(recs.len(), 1);
        let verify = common::run(dir.path(), &["verify"]);
        assert_eq!(code(&verify), 0, "{}", common::stderr(&verify));
    }
}

//! Issue 19, item 10: a FIFO, a device or another file that is not a regular one is
//! refused at once wherever a file is read (article, snapshot, baseline, config,
//! `sources add` input) rather than waited on or read forever; the baseline and config
//! are read with a cap, and empty or non-UTF-8 ones are errors at their line:col.
#![cfg(unix)]

mod common;

use std::time::Duration;

use common::{code, stderr};

/// Runs claimcheck in `dir`, killed after 20 s (a hang fails the test, not CI).
fn run_bounded(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut child = common::bin()
        .current_dir(dir)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    for _ in 0..200 {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    panic!("claimcheck {args:?} hung");
}

fn mkfifo(path: &std::path::Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

const NOT_REGULAR: &str = "is not a regular file (a FIFO, device or socket), so it is not read";

#[test]
fn fifos_and_devices_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    common::write(d, "a.txt", "Spending rose 4%.\n");
    mkfifo(&d.join("fifo.txt"));
    for args in [
        &["check", "fifo.txt"][..],
        &["check", "a.txt", "--baseline", "fifo.txt"],
        &["check", "a.txt", "--config", "fifo.txt"],
        &["check", "a.txt", "--baseline", "/dev/zero"],
        &["check", "a.txt", "--config", "/dev/zero"],
        &["sources", "add", "fifo.txt", "--id", "f"],
        &["sources", "add", "/dev/zero", "--id", "z"],
    ] {
        let out = run_bounded(d, args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(
            stderr(&out).contains(NOT_REGULAR),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert!(!d.join("sources/snapshots").exists());
}

#[test]
fn a_fifo_snapshot_does_not_hang_verify() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("sources/snapshots")).unwrap();
    mkfifo(&d.join("sources/snapshots/f.txt"));
    let sha = "0".repeat(64);
    common::write(
        d,
        "sources/s.yaml",
        format!("- id: f\n  snapshot: snapshots/f.txt\n  sha256: {sha}\n"),
    );
    let out = run_bounded(d, &["verify"]);
    assert!(
        common::stdout(&out).contains(&format!("could not be read ({NOT_REGULAR})")),
        "{}",
        common::stdout(&out)
    );
}

#[test]
fn empty_and_non_utf8_baselines_are_errors_at_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    common::write(d, "a.txt", "Spending rose 4%.\n");
    common::write(d, "empty.json", "");
    common::write(d, "latin.json", b"{\"version\": 1,\n \"findings\": [\xff]}");
    let out = run_bounded(d, &["check", "a.txt", "--baseline", "empty.json"]);
    assert_eq!(
        stderr(&out),
        "error: empty.json:1:1: the baseline is empty; write one with --write-baseline\n"
    );
    let out = run_bounded(d, &["check", "a.txt", "--baseline", "latin.json"]);
    assert_eq!(
        stderr(&out),
        "error: latin.json:2:15: the baseline is not UTF-8 (byte 0xff)\n"
    );
}

#[test]
fn a_large_snapshot_is_hashed_without_being_held() {
    // 80 MiB, over the size whose quotes are looked up: hashed, and the quote reported
    // as not looked up rather than the run failing or holding the file
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let path = d.join("sources/snapshots/big.txt");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(80 << 20).unwrap();
    drop(f);
    let sha = {
        let out = std::process::Command::new("sha256sum")
            .arg(&path)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)[..64].to_string()
    };
    common::write(
        d,
        "sources/s.yaml",
        format!("- id: big\n  snapshot: snapshots/big.txt\n  sha256: {sha}\n"),
    );
    common::write(
        d,
        "claims/c.yaml",
        "- id: x\n  value: 3\n  match: [spending]\n  sources:\n    - id: big\n      quote: spending was 3\n",
    );
    let out = run_bounded(d, &["verify"]);
    let text = common::stdout(&out);
    assert!(!text.contains("hash-mismatch"), "{text}");
    assert!(text.contains("which could not be looked up (83886080 bytes, over the 64 MiB a quoted snapshot may have)"), "{text}");
}

//! What the binary's tests share: running `claimcheck` as a user runs it, reading what it
//! printed, and laying out a newsroom file by file in a temporary folder.
//!
//! Each test file that runs the binary includes this module (`mod common;`) and uses the
//! part it needs, so some helpers are unused in any one of them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The built binary, with colour off whatever the caller's environment says, so outputs
/// compare as plain text, and without the GitHub Actions step summary, which a test run
/// inside Actions must not write to.
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    c.env("NO_COLOR", "1")
        .env("CLICOLOR", "0")
        .env_remove("GITHUB_STEP_SUMMARY");
    c
}

/// `claimcheck ARGS` run in `dir`.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("running claimcheck {args:?}: {e}"))
}

/// `claimcheck ARGS` run at the checkout's root, on the bundled sample newsroom.
pub fn run_in_checkout(args: &[&str]) -> Output {
    run(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// The exit status; -1 when a signal ended the process.
pub fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Standard output read as JSON; a failure shows both streams, which usually say why.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}\nstdout: {}\nstderr: {}",
            truncated(&stdout(o)),
            truncated(&stderr(o))
        )
    })
}

/// The first 500 characters, enough to see what went wrong without flooding the log.
fn truncated(s: &str) -> String {
    s.chars().take(500).collect()
}

/// Writes `bytes` to `dir/rel`, making the folders on the way.
pub fn write(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

/// An empty config, a `claims/` folder, and one source record `s` ("Staffing return") for
/// claim records to cite: the newsroom a test of many records of one quantity starts from.
pub fn staffing_newsroom(dir: &Path) {
    std::fs::create_dir_all(dir.join("claims")).unwrap();
    write(dir, "claimcheck.yaml", "");
    write(dir, "sources/s.yaml", "- id: s\n  title: Staffing return\n");
}

/// `git ARGS` in `dir` as a test user (name, email, `main` as the first branch), which
/// must succeed; its standard output, trimmed.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

/// Whether git is installed (tests that need it skip themselves otherwise).
pub fn has_git() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The paths of the files a `check --format json` run reported, in order.
pub fn json_paths(o: &Output) -> Vec<String> {
    json(o)["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect()
}

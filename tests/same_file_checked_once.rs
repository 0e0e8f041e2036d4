//! Issue 19, item 14: a file named twice (`a.txt ./a.txt .`) is checked once, and
//! standard input named twice (`check - -`) is read once.

mod common;

use common::{json, run};

#[test]
fn one_file_under_several_names_is_checked_once() {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "a.txt", "Spending rose 4% to £1.2bn.\n");
    let out = run(
        dir.path(),
        &["check", "a.txt", "./a.txt", ".", "--format", "json"],
    );
    let paths: Vec<String> = json(&out)["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths, ["a.txt"]);
}

#[test]
fn standard_input_named_twice_is_read_once() {
    use std::io::Write;
    let mut child = common::bin()
        .args(["extract", "-", "a-missing-file.txt", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Spending rose 4%.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        common::stdout(&out),
        "-:1:15\tpercent\t4\texact\t-\t\"4%\"\n"
    );
}

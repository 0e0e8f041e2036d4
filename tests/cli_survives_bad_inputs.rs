//! Through the binary: a folder run never aborts on one bad
//! file, bad paths and flags end with exit 2 and one line per problem, a closed pipe is
//! not an error, and writes never leave a torn or clobbered file.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Output, Stdio};

mod common;

use common::{bin, code, json, run, stderr, stdout, write};

/// A newsroom with one file of each awkward kind, and an empty claimcheck.yaml so no
/// config above the temporary folder applies.
fn newsroom() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "claimcheck.yaml", "");
    write(d, "articles/a-good.txt", "The plant employs 420 people.\n");
    write(d, "articles/b-cp1252.txt", b"Tickets cost \xa312 each.\n");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..2000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8));
    write(d, "articles/c-image.txt", png);
    write(d, "articles/d-empty.md", "");
    write(
        d,
        "articles/e-crlf.txt",
        "First line.\r\nThen 35 buses ran.\r\n",
    );
    write(d, "articles/f-cr.md", "# Notes\rAbout 60 staff left.\r");
    write(d, "articles/g-bom.md", "\u{feff}Nearly 90 shops shut.\n");
    dir
}

/// (path, rule) of every finding but `record/unsourced`, and (path, text, line, column) of every claim.
type Seen = (Vec<(String, String)>, Vec<(String, String, u64, u64)>);

fn seen(v: &serde_json::Value) -> Seen {
    let mut findings = Vec::new();
    let mut claims = Vec::new();
    for f in v["files"].as_array().unwrap() {
        let path = f["path"].as_str().unwrap().to_string();
        // Every figure here is unsourced (there are no records); that is not what these
        // tests are about.
        for x in f["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|x| x["rule"] != "record/unsourced")
        {
            findings.push((path.clone(), x["rule"].as_str().unwrap().to_string()));
        }
        for c in f["claims"].as_array().unwrap() {
            claims.push((
                path.clone(),
                c["text"].as_str().unwrap().to_string(),
                c["line"].as_u64().unwrap(),
                c["column"].as_u64().unwrap(),
            ));
        }
    }
    (findings, claims)
}

#[test]
fn a_folder_of_awkward_files_is_checked_in_full() {
    let dir = newsroom();
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let v = json(&o);
    let (findings, claims) = seen(&v);
    assert_eq!(
        findings,
        [
            ("articles/b-cp1252.txt".into(), "input/encoding".into()),
            ("articles/c-image.txt".into(), "input/binary".into()),
        ]
    );
    let located: Vec<(&str, &str, u64, u64)> = claims
        .iter()
        .map(|(p, t, l, c)| (p.as_str(), t.as_str(), *l, *c))
        .collect();
    assert_eq!(
        located,
        [
            ("articles/a-good.txt", "420", 1, 19),
            ("articles/b-cp1252.txt", "\u{a3}12", 1, 14),
            ("articles/e-crlf.txt", "35", 2, 6),
            ("articles/f-cr.md", "About 60", 2, 1),
            ("articles/g-bom.md", "Nearly 90", 1, 1),
        ]
    );
    assert_eq!(v["summary"]["files"], 7);
}

#[test]
fn a_missing_path_among_others_reports_the_others_then_exits_2() {
    let dir = newsroom();
    for (cmd, format) in [("check", "json"), ("extract", "json")] {
        let o = run(
            dir.path(),
            &[cmd, "articles/a-good.txt", "gone.txt", "--format", format],
        );
        assert_eq!(code(&o), 2, "{cmd}");
        assert_eq!(
            stderr(&o),
            "error: gone.txt: no such file or directory\n",
            "{cmd}"
        );
        let (_, claims) = seen(&json(&o));
        assert_eq!(claims.len(), 1, "{cmd}");
    }
    // alone, it is the only line written
    let o = run(dir.path(), &["extract", "gone.txt"]);
    assert_eq!(code(&o), 2);
    assert_eq!(stdout(&o), "");
    assert_eq!(stderr(&o), "error: gone.txt: no such file or directory\n");
}

#[test]
fn a_folder_where_a_file_is_expected_is_exit_2() {
    let dir = newsroom();
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    for args in [
        &["check", "articles", "--baseline", "folder"][..],
        &["check", "articles", "--config", "folder"],
        &["check", "articles", "--write-baseline", "folder"],
    ] {
        let o = run(dir.path(), args);
        assert_eq!(code(&o), 2, "{args:?}");
        assert_eq!(
            stderr(&o),
            "error: folder: is a directory, not a file\n",
            "{args:?}"
        );
    }
    // the folder is still a folder, and still empty
    assert_eq!(
        std::fs::read_dir(dir.path().join("folder"))
            .unwrap()
            .count(),
        0
    );
}

/// Whether this process can read a file whose permissions forbid it (root can).
fn permissions_are_ignored(path: &Path) -> bool {
    std::fs::read(path).is_ok()
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_in_a_folder_is_exit_2_after_the_others() {
    use std::os::unix::fs::PermissionsExt;
    let dir = newsroom();
    let locked = write(dir.path(), "articles/h-locked.txt", "Some 5 lines.\n");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if permissions_are_ignored(&locked) {
        eprintln!("note: running as root, which reads files whatever their mode; skipped");
        return;
    }
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "error: articles/h-locked.txt: permission denied\n"
    );
    assert_eq!(json(&o)["summary"]["files"], 7);
}

/// Spawns the binary, reads one line of its output and closes the pipe.
fn read_one_line_then_close(dir: &Path, args: &[&str]) -> (String, Output) {
    let mut child = bin()
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    {
        let out = child.stdout.take().unwrap();
        BufReader::new(out).read_line(&mut first).unwrap();
        // dropped here: the reader goes away with most of the output unread
    }
    (first, child.wait_with_output().unwrap())
}

#[test]
fn output_to_a_closed_pipe_exits_0_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "claimcheck.yaml", "");
    // far more output than a pipe buffers (64 KiB), so writes meet the closed pipe
    let line = "Officials said 1,250 homes were built and 300 more were planned.\n";
    write(dir.path(), "big.txt", line.repeat(5_000));
    for args in [
        &["extract", "big.txt"][..],
        &["extract", "big.txt", "--format", "json"],
        &["extract", "big.txt", "--format", "yaml"],
        &["check", "big.txt", "--format", "json"],
        &["check", "big.txt", "--fail-on", "never"],
    ] {
        let (first, o) = read_one_line_then_close(dir.path(), args);
        assert!(!first.is_empty(), "{args:?}");
        assert_eq!(stderr(&o), "", "{args:?}");
        assert_eq!(code(&o), 0, "{args:?}");
    }
}

#[test]
fn draft_and_init_never_overwrite_and_leave_no_temporary_files() {
    let dir = newsroom();
    let d = dir.path();
    let existing = write(d, "drafts.yaml", "# kept\n");
    let o = run(
        d,
        &["draft", "articles/a-good.txt", "--write", "drafts.yaml"],
    );
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "error: drafts.yaml: already exists; not overwritten\n"
    );
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "# kept\n");

    let fresh = tempfile::tempdir().unwrap();
    let o = run(fresh.path(), &["init"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let config = std::fs::read(fresh.path().join("claimcheck.yaml")).unwrap();
    let o = run(fresh.path(), &["init"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        std::fs::read(fresh.path().join("claimcheck.yaml")).unwrap(),
        config
    );

    // a write into a folder that does not exist fails without creating anything
    let o = run(
        d,
        &["check", "articles", "--write-baseline", "nowhere/b.json"],
    );
    assert_eq!(code(&o), 2);
    assert!(!d.join("nowhere").exists());
    for root in [d, fresh.path()] {
        let names: Vec<String> = std::fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().all(|n| !n.starts_with(".tmp")),
            "temporary files left: {names:?}"
        );
    }
}

#[test]
fn extract_over_a_folder_warns_about_skipped_and_decoded_files_and_exits_0() {
    let dir = newsroom();
    let o = run(dir.path(), &["extract", "articles"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "warning: articles/b-cp1252.txt:1:14: the file is not UTF-8 (first bad byte at line 1, column 14); read as Windows-1252, so offsets count the decoded text\n\
         warning: articles/c-image.txt:1:1: the file is an image, not copy, so it was skipped; convert it to text (.txt, .md or .html) to check it\n"
    );
    // every figure of every kind, "First" (an ordinal) included
    assert_eq!(stdout(&o).lines().count(), 6);
}

/// Runs the binary with `input` on stdin.
fn run_stdin(dir: &Path, args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn stdin_is_decoded_like_a_file() {
    let dir = newsroom();
    let o = run_stdin(
        dir.path(),
        &["extract", "-"],
        b"Line one.\rFares rose to \x8015.\r\n",
    );
    assert_eq!(code(&o), 0);
    assert_eq!(
        stdout(&o),
        "-:2:15\tmoney\t15 EUR\texact\t-\t\"\u{20ac}15\"\n"
    );
    assert_eq!(
        stderr(&o),
        "warning: -:2:15: the file is not UTF-8 (first bad byte at line 2, column 15); read as Windows-1252, so offsets count the decoded text\n"
    );
    // binary on standard input is skipped, and then no article was read: exit 2, unless
    // an empty run is accepted
    let o = run_stdin(dir.path(), &["extract", "-"], &[0, 1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("error: no article found in -"),
        "{}",
        stderr(&o)
    );
    let o = run_stdin(
        dir.path(),
        &["extract", "-", "--allow-empty"],
        &[0, 1, 2, 3, 4, 5, 6, 7, 8],
    );
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), "");
    assert_eq!(
        stderr(&o),
        "warning: -:1:1: the file looks binary (it has NUL or control bytes), so it was skipped\n"
    );
}

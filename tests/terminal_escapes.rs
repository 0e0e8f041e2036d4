//! Issue 19, items 5 and 6 (and the `\` of item 14): file names, copy, record ids and
//! source titles carrying newlines, ESC sequences, OSC 8 links or bidi overrides never
//! reach a terminal, a CI log or a page as themselves, nor forge a workflow command or a
//! draft record.
#![cfg(unix)]

mod common;

use common::{run, stderr, stdout};

const ESC: char = '\u{1b}';
const RLO: char = '\u{202e}';

/// A newsroom whose article has a hostile name and hostile copy, and whose records carry
/// a hostile title.
fn hostile() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let name = "articles/x\n::error file=forged.txt::forged\u{1b}[31m\u{202e}.txt".to_string();
    common::write(
        dir.path(),
        &name,
        "Spending rose from 100 to 134, a 15% increase \u{1b}]8;;http://evil.example\u{7}click\u{1b}]8;;\u{7} \u{202e}said.\n\nSpending rose from 100 to 134, a 15% increase \u{1b}]8;;http://evil.example\u{7}click\u{1b}]8;;\u{7} \u{202e}said.\n",
    );
    common::write(
        dir.path(),
        "claims/c.yaml",
        "- id: spend\n  value: 200\n  match: [spending]\n  sources:\n    - id: s\n",
    );
    common::write(
        dir.path(),
        "sources/s.yaml",
        "- id: s\n  title: \"Budget \\e[2J\\u202e\"\n",
    );
    (dir, name)
}

fn assert_clean(what: &str, text: &str) {
    assert!(!text.contains(ESC), "{what}: raw ESC in\n{text}");
    // machine formats carry the name as it is (JSON, SARIF and YAML escape controls;
    // a bidi character there is data, not display)
    let machine = ["json", "sarif", "yaml"].iter().any(|m| what.contains(m));
    assert!(
        machine || !text.contains(RLO),
        "{what}: raw U+202E in\n{text}"
    );
    assert!(!text.contains('\u{7}'), "{what}: raw BEL in\n{text}");
    // (a newline inside an HTML text node or a JSON string starts no command)
    let line_based = !what.starts_with("html") && !what.contains("json") && !what.contains("sarif");
    for line in text.lines().filter(|_| line_based) {
        assert!(
            !line.starts_with("::error file=forged"),
            "{what}: a forged workflow command:\n{text}"
        );
    }
}

#[test]
fn every_format_and_stream_escapes_hostile_names_and_copy() {
    let (dir, _) = hostile();
    let d = dir.path();
    for format in ["human", "github", "html", "json", "sarif"] {
        let out = run(d, &["check", "articles", "--format", format]);
        assert_clean(format, &stdout(&out));
        assert_clean(&format!("{format} stderr"), &stderr(&out));
        if format == "human" {
            assert!(stdout(&out)
                .contains("x\\n::error file=forged.txt::forged\\x1b[31m\\u{202e}.txt:1:"));
        }
        if format == "html" {
            assert!(stdout(&out).contains("\\u{202e}"), "bidi shown visibly");
        }
    }
    for format in ["text", "yaml", "json"] {
        let out = run(d, &["extract", "articles", "--format", format]);
        assert_clean(&format!("extract {format}"), &stdout(&out));
    }
    let out = run(d, &["verify"]);
    assert_clean("verify", &format!("{}{}", stdout(&out), stderr(&out)));
}

#[test]
fn the_github_overflow_lines_escape_paths() {
    let (dir, name) = hostile();
    // more findings than GitHub annotates, so the overflow lines are written
    let body = "Spending rose from 100 to 134, a 15% increase.\n\n".repeat(60);
    common::write(dir.path(), &name, body);
    let out = run(dir.path(), &["check", "articles", "--format", "github"]);
    let text = stdout(&out);
    assert!(text.contains("not annotated"), "{text}");
    assert_clean("github overflow", &text);
}

#[test]
fn a_draft_cannot_be_injected_by_a_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let name = "articles/a\n- id: injected\n  value: 1\n#.txt";
    common::write(
        dir.path(),
        name,
        "The council spent 4,200 pounds on signs.\n",
    );
    let out = run(dir.path(), &["draft", name]);
    let yaml = stdout(&out);
    let recs: Vec<serde_yaml::Value> = serde_yaml::from_str(&yaml).unwrap();
    assert_eq!(recs.len(), 1, "{yaml}");
    assert!(!yaml.contains("\n- id: injected"), "{yaml}");
}

#[test]
fn errors_on_stderr_escape_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "check",
            "missing\n::error::forged\u{1b}[2J.txt",
            "also-missing.txt",
        ],
    );
    let err = stderr(&out);
    assert_clean("stderr", &err);
    assert!(
        err.contains("missing\\n::error::forged\\x1b[2J.txt"),
        "{err}"
    );
}

#[test]
fn a_backslash_in_a_unix_file_name_is_shown_as_a_backslash() {
    let dir = tempfile::tempdir().unwrap();
    common::write(
        dir.path(),
        "a\\b.txt",
        "Spending rose from 100 to 134, a 15% increase.\n",
    );
    let out = run(dir.path(), &["check", "a\\b.txt"]);
    assert!(stdout(&out).contains("--> a\\b.txt:1:"), "{}", stdout(&out));
}

//! Issue 19, items 2 and 4: `sources add` onto a record file of any valid shape leaves a
//! file that parses to the old records plus the new one (or refuses, writing nothing),
//! and never writes outside sources/.

mod common;

use common::{code, run, stderr};

#[derive(serde::Deserialize, Debug, PartialEq)]
struct Rec {
    id: String,
}

fn add_onto(old: &str) -> (i32, String, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "doc.txt", "Spending rose 4% to £1.2bn.\n");
    common::write(dir.path(), "sources/sources.yaml", old);
    let out = run(
        dir.path(),
        &["sources", "add", "doc.txt", "--id", "new-one"],
    );
    let text = std::fs::read_to_string(dir.path().join("sources/sources.yaml")).unwrap();
    (code(&out), stderr(&out), text, dir)
}

fn ids(text: &str) -> Vec<String> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_yaml::from_str::<Vec<Rec>>(body)
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
        .into_iter()
        .map(|r| r.id)
        .collect()
}

#[test]
fn each_valid_shape_takes_the_record_and_still_parses() {
    for old in [
        "[]\n",
        "[{id: a}]\n",
        "  - id: a\n    title: Indented\n",
        "- id: a\n...\n",
        "---\n- id: a\n",
        "# only a comment\n",
        "\u{feff}- id: a\n",
        "- id: a\n  title: no newline at the end",
    ] {
        let (code, err, text, dir) = add_onto(old);
        assert_eq!(code, 0, "{old:?}: {err}");
        let want: Vec<String> = if old.contains("id: a") {
            vec!["a".into(), "new-one".into()]
        } else {
            vec!["new-one".into()]
        };
        assert_eq!(ids(&text), want, "{old:?} became {text:?}");
        let verify = run(dir.path(), &["verify"]);
        assert_ne!(code_of(&verify), 2, "{old:?}: {}", stderr(&verify));
    }
}

fn code_of(o: &std::process::Output) -> i32 {
    code(o)
}

#[test]
fn comments_are_kept_when_appending() {
    let old = "# our sources\n- id: a # first\n";
    let (code, err, text, _dir) = add_onto(old);
    assert_eq!(code, 0, "{err}");
    assert!(text.starts_with(old), "{text}");
}

#[test]
fn a_flow_list_with_comments_is_refused_and_left_as_it_was() {
    let old = "# ours\n[{id: a}]\n";
    let (code, err, text, dir) = add_onto(old);
    assert_eq!(code, 2);
    assert!(err.contains("would lose its comments"), "{err}");
    assert_eq!(text, old);
    assert!(!dir.path().join("sources/snapshots/new-one.txt").exists());
}

#[cfg(unix)]
#[test]
fn a_snapshots_symlink_leading_out_of_sources_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    common::write(dir.path(), "doc.txt", "Spending rose 4%.\n");
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("sources/snapshots")).unwrap();
    let out = run(dir.path(), &["sources", "add", "doc.txt", "--id", "x"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.starts_with("error: sources/snapshots: leaves sources through a symlink"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    assert!(!dir.path().join("sources/sources.yaml").exists());
}

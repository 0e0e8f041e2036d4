//! Issue 19, item 15: a stable fuzz harness over YAML record loading and `sources add`,
//! driven by proptest and run for a fixed time budget (`CLAIMCHECK_FUZZ_SECONDS`,
//! default 8 s a target, so CI stays short; set it higher to fuzz for longer).
//! Document parsing, extraction, the rules and the JSON are fuzzed the same way by
//! tests/pipeline_on_any_input.rs.
//!
//! Asserted for any record text built from hostile YAML pieces (tags, anchors, flow and
//! indented lists, `---` and `...`, a BOM, NUL and control bytes, `.nan`, `.inf`, huge
//! numbers): loading never panics; an error names its file with a line and column of 1
//! or more inside the file; records loaded are located inside their file; and `sources
//! add` onto a sources file that loads leaves one that loads with the new record, or
//! refuses and leaves it byte for byte.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

use claimcheck::error::Error;
use claimcheck::records::load::{load, Folders};

fn budget() -> Duration {
    let secs = std::env::var("CLAIMCHECK_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    Duration::from_secs(secs)
}

/// Runs `check` on values of `strategy` until the budget is spent.
fn fuzz<S: Strategy>(strategy: S, mut check: impl FnMut(S::Value)) -> usize
where
    S::Value: std::fmt::Debug,
{
    let mut runner = TestRunner::deterministic();
    let deadline = Instant::now() + budget();
    let mut n = 0;
    while Instant::now() < deadline {
        let Ok(tree) = strategy.new_tree(&mut runner) else {
            continue;
        };
        check(tree.current());
        n += 1;
    }
    n
}

fn scalar() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("3".to_string()),
        Just("-2.5e3".to_string()),
        Just(".nan".to_string()),
        Just(".inf".to_string()),
        Just("1e400".to_string()),
        Just("9007199254740993".to_string()),
        Just("!!float 3".to_string()),
        Just("!tag x".to_string()),
        Just("&a 5".to_string()),
        Just("*a".to_string()),
        Just("\"quoted: # not a comment\"".to_string()),
        Just("'it''s'".to_string()),
        Just("[a, b]".to_string()),
        Just("{x: 1}".to_string()),
        Just("|\n    block\n    text".to_string()),
        Just("2024-13-45".to_string()),
        Just("~".to_string()),
        "[a-z ]{0,12}".prop_map(|s| s),
        any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ]
}

fn key() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "id",
        "value",
        "low",
        "high",
        "match",
        "sources",
        "statement",
        "kind",
        "unit",
        "currency",
        "as_of",
        "tolerance",
        "title",
        "snapshot",
        "sha256",
        "url",
        "bogus",
    ])
}

fn item() -> impl Strategy<Value = String> {
    (
        "[a-z]{1,3}",
        prop::collection::vec((key(), scalar()), 0..5),
        prop::sample::select(vec![0usize, 2]),
    )
        .prop_map(|(id, fields, indent)| {
            let pad = " ".repeat(indent);
            let mut s = format!("{pad}- id: {id}\n");
            for (k, v) in fields {
                s.push_str(&format!("{pad}  {k}: {v}\n"));
            }
            s
        })
}

fn record_text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(
            prop_oneof![
                4 => item(),
                1 => Just("---\n".to_string()),
                1 => Just("...\n".to_string()),
                1 => Just("# comment ! [x]\n".to_string()),
                1 => Just("[{id: f}]\n".to_string()),
                1 => Just("\0\n".to_string()),
                1 => Just("\u{1b}[2J\n".to_string()),
                1 => Just("\n".to_string()),
            ],
            0..6,
        ),
        any::<bool>(),
    )
        .prop_map(|(parts, bom)| {
            let body = parts.concat();
            if bom {
                format!("\u{feff}{body}")
            } else {
                body
            }
        })
}

fn folders(dir: &std::path::Path) -> Folders {
    Folders {
        claims: dir.join("claims"),
        sources: dir.join("sources"),
        claims_named: false,
        sources_named: false,
        max_bytes: 1 << 20,
    }
}

fn assert_error_placed(e: &Error, texts: &[String]) {
    match e {
        Error::At { line, column, .. } => {
            assert!(*line >= 1 && *column >= 1, "{e}");
            let lines = texts
                .iter()
                .map(|t| t.lines().count() + 1)
                .max()
                .unwrap_or(1);
            assert!(*line <= lines, "{e} past the end ({lines} lines)");
        }
        Error::Many(all) => all.iter().for_each(|e| assert_error_placed(e, texts)),
        Error::Io { .. } | Error::Usage(_) => {}
    }
    // one line per error, whatever the file held
    for line in e.to_string().split("\nerror: ") {
        assert!(!line.contains('\n') && !line.contains('\u{1b}'), "{line:?}");
    }
}

#[test]
fn loading_any_record_text_never_panics_and_places_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("claims")).unwrap();
    std::fs::create_dir_all(d.join("sources")).unwrap();
    let n = fuzz((record_text(), record_text()), |(claims, sources)| {
        std::fs::write(d.join("claims/c.yaml"), &claims).unwrap();
        std::fs::write(d.join("sources/s.yaml"), &sources).unwrap();
        match load(&folders(d)) {
            Ok(set) => {
                for loc in set.claim_locs.iter().chain(set.source_locs.values()) {
                    let text = set.files.iter().find(|f| f.path == loc.path).unwrap();
                    assert!(loc.offset <= text.text.len());
                }
            }
            Err(e) => assert_error_placed(&e, &[claims, sources]),
        }
    });
    assert!(n > 0);
}

#[test]
fn sources_add_onto_any_loadable_file_keeps_it_loadable() {
    let mut appended = 0;
    let n = fuzz(record_text(), |sources| {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("sources")).unwrap();
        let file = d.join("sources/sources.yaml");
        std::fs::write(&file, &sources).unwrap();
        let Ok(before) = load(&folders(d)) else {
            return;
        };
        std::fs::write(d.join("doc.txt"), "Spending was 3.\n").unwrap();
        let added = claimcheck::records::add::add(&claimcheck::records::add::AddRequest {
            file: d.join("doc.txt"),
            id: "zz-new".into(),
            url: None,
            title: Some("A: title, with # and \"quotes\"".into()),
            publisher: None,
            published: None,
            sources_dir: d.join("sources"),
            max_record_bytes: 1 << 20,
        });
        match added {
            Ok(_) => {
                let after = load(&folders(d)).unwrap_or_else(|e| {
                    panic!(
                        "{e}\nbefore:\n{sources}\nafter:\n{}",
                        std::fs::read_to_string(&file).unwrap()
                    )
                });
                assert_eq!(after.sources.len(), before.sources.len() + 1);
                assert!(after.sources.contains_key("zz-new"));
                appended += 1;
            }
            Err(_) => {
                assert_eq!(std::fs::read_to_string(&file).unwrap(), sources);
                assert!(!d.join("sources/snapshots/zz-new.txt").exists());
            }
        }
    });
    assert!(n > 0 && appended > 0, "{n} files, {appended} appended to");
}

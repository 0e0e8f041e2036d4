//! Issue 14's experiment, as a newsroom data desk would run it: `draft` on 50 real BBC
//! business articles (001–050), each draft given a source and otherwise left as drafted,
//! then `check` on those 50 and on 50 others (051–100). Records must link back to their
//! own figures (≥ 98% supported, none ambiguous) and never to the other articles' figures
//! (no `record/contradicted`, at most two `record/ambiguous`). The same drafts with their
//! `articles:` scope deleted are checked too and held to the same line on the other
//! articles: that is the matching rule alone, without the scope's help (docs/records.md,
//! "Linking precision, measured").
//!
//! Skips (with a note) when ../shared is not beside the checkout.

use std::path::{Path, PathBuf};
use std::process::Command;

const CORPUS: &str = "../shared/corpora/bbc/articles/business";

/// Verdict counts and record findings of one `check --format json` run.
#[derive(Debug, Default)]
struct Tally {
    claims: usize,
    supported: usize,
    ambiguous_claims: usize,
    contradicted: usize,
    ambiguous: usize,
}

fn copy_range(from: &Path, to: &Path, range: std::ops::RangeInclusive<u32>) {
    std::fs::create_dir_all(to).unwrap();
    for n in range {
        let name = format!("{n:03}.txt");
        std::fs::copy(from.join(&name), to.join(&name)).unwrap();
    }
}

fn check(dir: &Path, articles: &str) -> Tally {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(dir)
        .args(["check", articles, "--format", "json", "--fail-on", "never"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut t = Tally::default();
    for f in doc["files"].as_array().unwrap() {
        for c in f["claims"].as_array().unwrap() {
            t.claims += 1;
            match c["verdict"].as_str().unwrap() {
                "supported" => t.supported += 1,
                "ambiguous" => t.ambiguous_claims += 1,
                _ => {}
            }
        }
        for x in f["findings"].as_array().unwrap() {
            match x["rule"].as_str().unwrap() {
                "record/contradicted" => t.contradicted += 1,
                "record/ambiguous" => t.ambiguous += 1,
                _ => {}
            }
        }
    }
    t
}

/// Drafts records for `drafted/` (with no records yet, so for every figure).
fn draft(dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(dir)
        .args(["draft", "articles/drafted"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Gives every drafted record the desk's source and writes them to claims/, with or
/// without their `articles:` scope; returns how many records there are.
fn give_source(dir: &Path, yaml: &str, scoped: bool) -> usize {
    let mut kept = String::new();
    let mut lines = yaml.lines().peekable();
    while let Some(line) = lines.next() {
        if !scoped && line == "  articles:" {
            while lines.peek().is_some_and(|l| l.starts_with("  - ")) {
                lines.next();
            }
            continue;
        }
        if line == "  sources: []" {
            kept.push_str("  sources:\n  - id: desk-figures\n");
            continue;
        }
        kept.push_str(line);
        kept.push('\n');
    }
    std::fs::create_dir_all(dir.join("claims")).unwrap();
    std::fs::write(dir.join("claims/drafts.yaml"), &kept).unwrap();
    kept.matches("\n- id: ").count()
}

#[test]
fn drafted_records_link_only_to_their_own_figures() {
    let corpus = PathBuf::from(CORPUS);
    if !corpus.is_dir() {
        eprintln!(
            "note: {CORPUS} is not beside the checkout; skipping the linking-precision experiment"
        );
        return;
    }
    let started = std::time::Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    copy_range(&corpus, &dir.join("articles/drafted"), 1..=50);
    copy_range(&corpus, &dir.join("articles/other"), 51..=100);
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    std::fs::write(
        dir.join("sources/desk.yaml"),
        "- id: desk-figures\n  title: The figures as the desk checked them (a stand-in for the real sources)\n",
    )
    .unwrap();

    let yaml = draft(dir);
    let records = give_source(dir, &yaml, true);
    let own = check(dir, "articles/drafted");
    let other = check(dir, "articles/other");
    give_source(dir, &yaml, false);
    let own_wide = check(dir, "articles/drafted");
    let other_wide = check(dir, "articles/other");
    let pct = |t: &Tally| 100.0 * t.supported as f64 / t.claims.max(1) as f64;
    eprintln!(
        "{records} records drafted from 50 articles; own articles: {}/{} supported ({:.1}%), {} ambiguous; \
         other 50: {} contradicted, {} ambiguous",
        own.supported,
        own.claims,
        pct(&own),
        own.ambiguous_claims,
        other.contradicted,
        other.ambiguous
    );
    eprintln!(
        "scope deleted: own {:.1}% supported, {} contradicted, {} ambiguous; other 50: {} contradicted, {} ambiguous ({:.1?})",
        pct(&own_wide),
        own_wide.contradicted,
        own_wide.ambiguous,
        other_wide.contradicted,
        other_wide.ambiguous,
        started.elapsed()
    );
    assert!(pct(&own) >= 98.0, "{own:?}");
    assert_eq!(own.ambiguous_claims, 0, "{own:?}");
    assert_eq!(other.contradicted, 0, "{other:?}");
    assert!(other.ambiguous <= 2, "{other:?}");
    // the terms alone, without the scope's help, hold the same line on the other articles
    assert!(pct(&own_wide) >= 98.0, "{own_wide:?}");
    assert_eq!(other_wide.contradicted, 0, "{other_wide:?}");
    assert!(other_wide.ambiguous <= 2, "{other_wide:?}");
}

//! Issue 19, item 9: work that once grew with the square of its input now grows with
//! it. Each test times the same step at 1× and 16× the input and bounds the ratio: a
//! linear step gives about 16, a quadratic one 256, so a bound of 64 tells them apart on
//! any machine without any absolute timing.

#[path = "hostile_fixture/mod.rs"]
mod hostile_fixture;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use claimcheck::run::{self, CheckOptions};
use claimcheck::settings::{Overrides, Settings};

/// The least of three timings of `f`, so a stall of the machine does not count.
fn best_of_three(mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

const BOUND: f64 = 64.0;

fn assert_linear(what: &str, one: Duration, sixteen: Duration) {
    // (a floor of a millisecond: below it the clock, not the work, is measured)
    let ratio = sixteen.as_secs_f64() / one.as_secs_f64().max(0.001);
    assert!(
        ratio < BOUND,
        "{what}: 16× the input took {ratio:.0}× as long ({one:?} → {sixteen:?})"
    );
}

fn report_of(dir: &Path, file: &str, copy: &str) -> claimcheck::report::Report {
    let path: PathBuf = dir.join(file);
    std::fs::write(&path, copy).unwrap();
    let settings = Settings::resolve_in(&Overrides::default(), dir).unwrap();
    run::check(&settings, &[path], &CheckOptions::default()).unwrap()
}

#[test]
fn the_human_renderer_is_linear_on_one_long_line() {
    let dir = tempfile::tempdir().unwrap();
    let time = |n: usize| {
        let copy = format!("<p>{}</p>\n", hostile_fixture::wrong_changes_on_one_line(n));
        let report = report_of(dir.path(), &format!("a{n}.html"), &copy);
        let findings: usize = report.files.iter().map(|f| f.findings.len()).sum();
        assert!(findings >= n, "{findings} findings for {n} sentences");
        best_of_three(|| {
            let mut out = Vec::new();
            claimcheck::report::human::render(&report, false, &mut out).unwrap();
            assert!(!out.is_empty());
        })
    };
    let one = time(60);
    let sixteen = time(60 * 16);
    assert_linear("human report of a long line", one, sixteen);
}

#[test]
fn quotes_from_a_large_snapshot_are_looked_up_in_linear_time() {
    // n quotes from a snapshot n times as long: a search per quote is quadratic
    let time = |n: usize| {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("sources/snapshots")).unwrap();
        std::fs::create_dir_all(d.join("claims")).unwrap();
        let mut snap = String::new();
        for i in 0..n * 20 {
            snap.push_str(&format!(
                "Line {i} of the annual report lists {i} removals. "
            ));
        }
        std::fs::write(d.join("sources/snapshots/r.txt"), &snap).unwrap();
        let sha = claimcheck::hash::sha256_hex(snap.as_bytes());
        std::fs::write(
            d.join("sources/s.yaml"),
            format!("- id: r\n  snapshot: snapshots/r.txt\n  sha256: {sha}\n"),
        )
        .unwrap();
        let mut claims = String::new();
        for i in 0..n {
            // each quote from the far end of the snapshot, or absent
            let q = if i % 2 == 0 {
                n * 20 - 1 - i
            } else {
                n * 40 + i
            };
            claims.push_str(&format!(
                "- id: c{i}\n  value: {i}\n  match: [removals, item{i}]\n  sources:\n    - id: r\n      quote: \"lists {q} removals\"\n"
            ));
        }
        std::fs::write(d.join("claims/c.yaml"), claims).unwrap();
        let settings = Settings::resolve_in(&Overrides::default(), d).unwrap();
        let folders = claimcheck::records::load::Folders {
            claims: d.join("claims"),
            sources: d.join("sources"),
            ..claimcheck::records::load::Folders::from_settings(&settings)
        };
        best_of_three(|| {
            let set = claimcheck::records::load::load(&folders).unwrap();
            let missing = set
                .problems
                .iter()
                .filter(|p| p.rule.as_str() == "provenance/quote-not-found")
                .count();
            assert_eq!(missing, n / 2);
        })
    };
    let one = time(25);
    let sixteen = time(25 * 16);
    assert_linear("quotes looked up in a snapshot", one, sixteen);
}

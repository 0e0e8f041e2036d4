//! Issue 19, item 9: work that once grew with the square of its input now grows with
//! it. Each test times the same step at 1× and 16× the input and bounds the ratio: a
//! linear step gives about 16, a quadratic one 256, so a bound of 64 tells them apart on
//! any machine without any absolute timing.

mod common;
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

/// `n` records of one quantity ("staff" of the council, as of 2020) differing only in
/// value, and copy stating each value once, every tenth a little off (none fits it).
fn one_quantity_many_values(d: &Path, n: usize) -> PathBuf {
    common::staffing_newsroom(d);
    let mut claims = String::new();
    let mut copy = String::new();
    for i in 0..n {
        // (past the years, which a bare number might be read as)
        let v = 20_000 + i * 7;
        claims.push_str(&format!(
            "- id: staff-{i}\n  value: {v}\n  unit: staff\n  as_of: 2020\n  match: [staff, council]\n  sources: [{{id: s}}]\n"
        ));
        let stated = if i % 10 == 0 { v + 3 } else { v };
        copy.push_str(&match i % 3 {
            0 => format!("In 2020 the council had {stated} staff.\n\n"),
            1 => format!("The council's staff numbered {stated} in 2020.\n\n"),
            _ => format!("Staff at the council stood at {stated} in 2020, the return says.\n\n"),
        });
    }
    std::fs::write(d.join("claims/c.yaml"), claims).unwrap();
    let article = d.join("staffing.txt");
    std::fs::write(&article, copy).unwrap();
    article
}

#[test]
fn many_values_of_one_quantity_link_in_linear_time() {
    // every figure once looked at every record of the quantity: n² (2,000 took 5 s, 1.6 GB)
    let time = |n: usize| {
        let dir = tempfile::tempdir().unwrap();
        let article = one_quantity_many_values(dir.path(), n);
        let settings = Settings::resolve_in(&Overrides::default(), dir.path()).unwrap();
        best_of_three(|| {
            let report = run::check(
                &settings,
                std::slice::from_ref(&article),
                &CheckOptions::default(),
            )
            .unwrap();
            let file = report
                .files
                .iter()
                .find(|f| f.path.ends_with("staffing.txt"));
            let claims = &file.unwrap().claims;
            let count =
                |v: claimcheck::link::Verdict| claims.iter().filter(|c| c.verdict == v).count();
            assert_eq!(claims.len(), n);
            assert_eq!(count(claimcheck::link::Verdict::Supported), n - n / 10);
            // a value between two records fits neither: the two nearest tie, as before
            assert_eq!(count(claimcheck::link::Verdict::Ambiguous), n / 10);
        })
    };
    let one = time(100);
    let sixteen = time(100 * 16);
    assert_linear("many values of one quantity", one, sixteen);
}

#[test]
fn drafts_of_many_figures_of_one_quantity_are_made_in_linear_time() {
    // every draft is tried against the article: with one quantity's figures throughout,
    // each figure met every draft (8,000 lines took over two minutes)
    let time = |n: usize| {
        let dir = tempfile::tempdir().unwrap();
        let mut copy = String::new();
        for i in 0..n {
            // (past the years, which a bare number after "last year" might be read as)
            let v = 20_000 + i * 7;
            copy.push_str(&match i % 2 {
                0 => format!("The council employed {v} staff last year.\n\n"),
                _ => format!("Staff at the council numbered {v} last year.\n\n"),
            });
        }
        let article = dir.path().join("staffing.txt");
        std::fs::write(&article, copy).unwrap();
        let settings = Settings::resolve_in(&Overrides::default(), dir.path()).unwrap();
        best_of_three(|| {
            let (yaml, count) =
                claimcheck::draft::draft_paths(&settings, std::slice::from_ref(&article)).unwrap();
            assert_eq!(count, n);
            assert!(yaml.contains(&format!("value: {}\n", 20_000 + (n - 1) * 7)));
        })
    };
    let one = time(60);
    let sixteen = time(60 * 16);
    assert_linear("draft of one quantity's figures", one, sixteen);
}

#[test]
fn markdown_backtick_runs_are_masked_in_linear_time() {
    use claimcheck::document::{Document, Format};
    // in each paragraph, runs of every length up to 32, none closed (no two alike), a
    // figure after each; then runs that do close, many to a paragraph. Code spans are
    // matched by run length, so an open run must not be searched for again and again
    let time = |k: usize| {
        let open: String = (1..=32)
            .map(|len| format!("{} rose 5% ", "`".repeat(len)))
            .collect::<String>()
            + "\n\n";
        let text = open.repeat(k / 32) + &"`` x ` y ``` z ".repeat(k);
        best_of_three(|| {
            let d = Document::from_text("ticks.md", text.clone(), Format::Markdown);
            let figures = claimcheck::extract::extract(&d);
            assert_eq!(figures.len(), k / 32 * 32, "one 5% after each open run");
        })
    };
    let one = time(640);
    let sixteen = time(640 * 16);
    assert_linear("Markdown backtick runs", one, sixteen);
}

#[test]
fn duplicates_at_the_least_min_words_are_found_in_linear_time() {
    use claimcheck::document::{Document, Format};
    // a few words in many orders: at three words every position starts a repeat
    let time = |n: usize| {
        let words = [
            "the", "council", "said", "staff", "rose", "fell", "by", "half",
        ];
        let mut seed = 7u64;
        let mut body = String::new();
        for _ in 0..n {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            body.push_str(words[(seed >> 33) as usize % words.len()]);
            body.push(' ');
        }
        let a = Document::from_text("a.txt", format!("{body}.\n"), Format::Text);
        let b = Document::from_text("b.txt", format!("{body}.\n"), Format::Text);
        best_of_three(|| {
            let found = claimcheck::dupes::find(&[&a, &b], claimcheck::settings::MIN_MIN_WORDS);
            assert!(!found.is_empty());
        })
    };
    let one = time(2_000);
    let sixteen = time(2_000 * 16);
    assert_linear("dupes at --min-words 3", one, sixteen);
}

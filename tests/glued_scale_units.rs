//! Issue 15: "Nm", "Nbn" and "Nk" glued to a figure are millions, billions and thousands
//! in prose, unless the sentence or the counted noun is about a length or a distance
//! (races, heights, "200m freestyle"). Our own sentences first, then every sentence of
//! the BBC corpus beside the checkout (../shared, skipped when absent): no money or
//! count there is read in metres. Only values are asserted, never the corpus's copy.

use claimcheck::document::{Document, Format};
use claimcheck::extract::{extract, Claim, Kind};

#[path = "common/bbc.rs"]
mod bbc;

fn read(s: &str) -> Vec<(String, f64, Option<String>)> {
    let doc = Document::from_text("a.txt", s, Format::Text);
    extract(&doc)
        .into_iter()
        .filter(|c| c.kind.is_quantity())
        .map(|c| {
            (
                c.text,
                (c.value.unwrap_or(f64::NAN) * 100.0).round() / 100.0,
                c.unit,
            )
        })
        .collect()
}

fn one(s: &str) -> (f64, Option<String>) {
    let got = read(s);
    assert_eq!(got.len(), 1, "{s}: {got:?}");
    (got[0].1, got[0].2.clone())
}

#[test]
fn glued_m_bn_k_are_scales_in_prose() {
    for (s, value, unit) in [
        (
            "Jobs in the sector fell to 2.1m people.",
            2_100_000.0,
            Some("people"),
        ),
        (
            "Last night 8.2m watched the final episode.",
            8_200_000.0,
            None,
        ),
        (
            "The archive now holds 300m scanned letters.",
            300_000_000.0,
            None,
        ),
        (
            "Some 100m people voted in the poll.",
            100_000_000.0,
            Some("people"),
        ),
        ("Membership reached 40k by the spring.", 40_000.0, None),
        ("Shares worth 3bn changed hands.", 3_000_000_000.0, None),
        ("The appeal raised 40k for the ward.", 40_000.0, None),
        ("A crowd of 25k watched the derby.", 25_000.0, None),
        ("The club now has 10k members.", 10_000.0, Some("members")),
    ] {
        assert_eq!(one(s), (value, unit.map(str::to_string)), "{s}");
    }
}

#[test]
fn glued_k_is_kilometres_when_a_run_is_meant() {
    for (s, value) in [
        ("She won the 10k race in 31 minutes.", 10.0),
        ("More than 900 ran the 5k on Sunday.", 5.0),
        ("He finished the 10k in a record time.", 10.0),
    ] {
        assert_eq!(one_quantity(s), (value, Some("km".to_string())), "{s}");
    }
}

/// The one figure of a sentence that also has a count of people in it.
fn one_quantity(s: &str) -> (f64, Option<String>) {
    let got: Vec<_> = read(s)
        .into_iter()
        .filter(|f| f.2.as_deref() == Some("km"))
        .collect();
    assert_eq!(got.len(), 1, "{s}: {got:?}");
    (got[0].1, got[0].2.clone())
}

#[test]
fn glued_m_is_metres_when_the_words_measure_a_length() {
    for (s, value) in [
        ("She won the 200m freestyle on Sunday.", 200.0),
        ("He came second in the 400m hurdles.", 400.0),
        ("The 1500m runners set off at noon.", 1500.0),
        ("The new footbridge is 4.5m wide.", 4.5),
        (
            "The climbers camped at 6,400m before the summit push.",
            6400.0,
        ),
        ("Her best jump this season is 6.71m.", 6.71),
    ] {
        assert_eq!(one(s), (value, Some("m".to_string())), "{s}");
    }
}

/// Whether a sentence is plainly about a length, a height or a race: a word of one, or
/// the figure named as a race ("in the 400m").
fn about_length(sentence: &str, figure: &str) -> bool {
    const CUES: &[&str] = &[
        "metre",
        "meter",
        "race",
        "relay",
        "hurdle",
        "sprint",
        "freestyle",
        "backstroke",
        "breaststroke",
        "butterfly",
        "medley",
        "jump",
        "vault",
        "throw",
        "final",
        "champion",
        "title",
        "gold",
        "silver",
        "bronze",
        "medal",
        "record",
        "heat",
        "distance",
        "run",
        "track",
        "indoor",
        "olympic",
        "athlet",
        "best",
        "second",
        "secs",
        "high",
        "tall",
        "long",
        "wide",
        "deep",
        "altitude",
        "length",
        "km",
        "feet",
        "ft",
        "cleared",
        "clocked",
        "lap",
        "mark",
        "event",
        "fastest",
        "quickest",
        "european",
        "grand prix",
        "compete",
        "hammer",
        "javelin",
        "discus",
        "pole",
        "triple",
        "heptathlon",
        "decathlon",
        "to go",
        "victory",
        "crown",
        "ranking",
        "commentate",
        "marathon",
        "competitor",
        "won",
        "win",
        "penalty",
        "penalties",
        "line",
        "barrier",
        "harriers",
        "men's",
        "women's",
    ];
    let lower = sentence.to_lowercase();
    lower.contains(&format!("the {figure}")) || CUES.iter().any(|c| lower.contains(c))
}

fn bbc_claims() -> Option<Vec<Claim>> {
    Some(bbc::articles()?.iter().flat_map(extract).collect())
}

#[test]
fn no_money_or_count_in_the_bbc_corpus_is_read_in_metres() {
    let Some(claims) = bbc_claims() else {
        return;
    };
    let mut metres = 0;
    let mut wrong = Vec::new();
    for c in &claims {
        let unit = c.unit.as_deref();
        if c.kind == Kind::Money {
            assert!(
                !matches!(unit, Some("m" | "bn" | "k" | "km")),
                "money read with unit {unit:?}: {} (value {:?})",
                c.text,
                c.value
            );
        }
        if c.kind == Kind::Number && unit == Some("m") {
            metres += 1;
            // a length, never millions of something
            assert!(
                c.value.is_some_and(|v| v < 20_000.0),
                "{} {:?}",
                c.text,
                c.value
            );
            if !about_length(&c.sentence, &c.text) {
                wrong.push(format!("{} ({:?})", c.text, c.value));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "read in metres in sentences about no length: {wrong:?}"
    );
    // the corpus's athletics copy gives a few hundred lengths: the test is not vacuous
    assert!(metres > 200, "{metres} lengths");
    // and millions glued as "m" are read as millions
    let millions = claims
        .iter()
        .filter(|c| c.text.ends_with('m') && c.value.is_some_and(|v| v >= 1e6))
        .count();
    assert!(millions > 1000, "{millions} millions");
}

//! The seed article in ../shared/articles: the figures it holds, with their value,
//! kind, qualifier and line, and no more than one quantity that is not a claim.

use claimcheck::document::{Document, Format};
use claimcheck::extract::{extract, Claim, Kind, Qualifier};

const SEED: &str = "../shared/articles/deportations-seed.txt";

fn claims() -> Option<(String, Vec<Claim>)> {
    let text = std::fs::read_to_string(SEED).ok()?;
    let doc = Document::from_text(SEED, text.clone(), Format::Text);
    Some((text, extract(&doc)))
}

/// (line, kind, value, qualifier) of every figure in it.
const EXPECTED: &[(usize, Kind, f64, Qualifier)] = &[
    (1, Kind::Number, 1e6, Qualifier::AtMost),
    (2, Kind::Number, 400_000.0, Qualifier::JustOver),
    (4, Kind::Number, 1.4e6, Qualifier::Approximate),
    (5, Kind::Number, 30.0, Qualifier::AtMost),
    (6, Kind::Number, 117_000.0, Qualifier::MoreThan),
    (7, Kind::Number, 212_000.0, Qualifier::Approximate),
    (7, Kind::Number, 271_000.0, Qualifier::Exact),
    (7, Kind::Number, 1e6, Qualifier::Exact),
    (8, Kind::Number, 47_000.0, Qualifier::MoreThan),
    (8, Kind::Number, 100.0, Qualifier::Approximate),
    (8, Kind::Number, 134.0, Qualifier::Exact),
    (8, Kind::Percent, 15.0, Qualifier::Exact),
    (8, Kind::Number, 1e6, Qualifier::Exact),
    (11, Kind::Number, 1e6, Qualifier::Exact),
    (13, Kind::Duration, 24.0, Qualifier::Exact),
    (33, Kind::Money, 10.0, Qualifier::Exact),
];

fn matches(c: &Claim, e: &(usize, Kind, f64, Qualifier)) -> bool {
    c.line == e.0 && c.kind == e.1 && c.value == Some(e.2) && c.qualifier == e.3
}

#[test]
fn seed_figures_are_found() {
    let Some((_, claims)) = claims() else {
        println!("skipped: {SEED} not present");
        return;
    };
    for e in EXPECTED {
        assert!(
            claims.iter().any(|c| matches(c, e)),
            "missing {e:?}; found {:?}",
            claims
                .iter()
                .map(|c| (c.line, c.kind, c.value, c.qualifier))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn seed_units_and_currency() {
    let Some((_, claims)) = claims() else {
        println!("skipped: {SEED} not present");
        return;
    };
    let unit = |line: usize, v: f64| {
        claims
            .iter()
            .find(|c| c.line == line && c.value == Some(v))
            .and_then(|c| c.unit.clone())
    };
    assert_eq!(unit(6, 117_000.0).as_deref(), Some("deportations"));
    assert_eq!(unit(8, 1e6).as_deref(), Some("removals"));
    assert_eq!(unit(11, 1e6).as_deref(), Some("removals"));
    assert_eq!(unit(13, 24.0).as_deref(), Some("hours"));
    let pound = claims
        .iter()
        .find(|c| c.line == 33 && c.kind == Kind::Money)
        .unwrap();
    assert_eq!(pound.currency.as_deref(), Some("GBP"));
    let million = claims.iter().find(|c| c.line == 4).unwrap();
    assert_eq!(million.precision, 50_000.0);
    assert_eq!(
        claims
            .iter()
            .find(|c| c.line == 7 && c.value == Some(271_000.0))
            .unwrap()
            .precision,
        500.0
    );
}

#[test]
fn seed_has_at_most_one_quantity_that_is_not_a_claim() {
    let Some((_, claims)) = claims() else {
        println!("skipped: {SEED} not present");
        return;
    };
    // The copy repeats lines 2–14 as lines 16–28; a repeated figure is the same claim.
    let fold = |line: usize| {
        if (16..=28).contains(&line) {
            line - 14
        } else {
            line
        }
    };
    let extra = claims
        .iter()
        .filter(|c| c.kind.is_quantity())
        .filter(|c| {
            let key = (
                fold(c.line),
                c.kind,
                c.value.unwrap_or(f64::NAN),
                c.qualifier,
            );
            !EXPECTED
                .iter()
                .any(|e| key.0 == e.0 && key.1 == e.1 && key.2 == e.2 && key.3 == e.3)
        })
        .map(|c| (fold(c.line), c.text.clone()))
        .collect::<std::collections::BTreeSet<_>>();
    assert!(extra.len() <= 1, "figures that are not claims: {extra:?}");
}

#[test]
fn seed_spans_are_exact() {
    let Some((text, claims)) = claims() else {
        println!("skipped: {SEED} not present");
        return;
    };
    assert!(!claims.is_empty());
    for c in &claims {
        assert_eq!(&text[c.start..c.end], c.text);
    }
}

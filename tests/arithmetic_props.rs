//! Property tests: copy whose arithmetic is right (to the precision it states) is never
//! flagged, whatever the figures. The sentences are generated here.

#[path = "fixtures/rules/support.rs"]
mod support;

use proptest::prelude::*;
use support::{run, Source};

/// "12,345": a whole number as copy writes it.
fn copy(n: u64) -> String {
    claimcheck::num::format(n as f64, 0)
}

fn quiet(text: &str) -> Result<(), TestCaseError> {
    for source in [Source::HandBuilt, Source::Extractor] {
        let (_, found) = run(text, source);
        prop_assert!(
            found.is_empty(),
            "{source:?} flagged correct copy: {text}\n{:#?}",
            found.iter().map(|f| &f.message).collect::<Vec<_>>()
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn correct_percent_changes_pass(a in 10u64..200_000, b in 10u64..200_000) {
        prop_assume!(a != b);
        let change = (b as f64 - a as f64) / a as f64 * 100.0;
        let word = if change > 0.0 { "rise" } else { "fall" };
        let text = format!(
            "Arrests went from {} to {}, a {}% {word}.",
            copy(a),
            copy(b),
            change.abs().round()
        );
        quiet(&text)?;
    }

    #[test]
    fn correct_shares_pass(w in 2u64..100_000, frac in 0.0f64..1.0) {
        let p = ((w as f64) * frac).floor() as u64;
        let share = p as f64 / w as f64 * 100.0;
        let text = format!(
            "In all, {} of the {} staff, or {}%, left.",
            copy(p),
            copy(w),
            share.round()
        );
        quiet(&text)?;
    }

    #[test]
    fn correct_sums_pass(x in 1u64..50_000, y in 1u64..50_000) {
        let text = format!(
            "The {} staff are made up of {} nurses and {} porters.",
            copy(x + y),
            copy(x),
            copy(y)
        );
        quiet(&text)?;
    }

    #[test]
    fn true_comparisons_pass(a in 1u64..100_000, d in 1u64..50_000) {
        let text = format!(
            "The {} homes built this year are fewer than the {} homes built last year.",
            copy(a),
            copy(a + d)
        );
        quiet(&text)?;
    }

    #[test]
    fn exact_doublings_pass(a in 1u64..100_000) {
        let text = format!("Visits doubled from {} to {}.", copy(a), copy(2 * a));
        quiet(&text)?;
    }
}

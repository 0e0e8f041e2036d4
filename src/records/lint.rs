//! `verify`'s lints on claim records: terms too common to identify a figure, terms of
//! another kind, duplicate quantities, claims with no source, a `currency` that is not an
//! ISO 4217 code and an `as_of` that is not a date. Each is a [`Problem`] located in its
//! record file, reported beside the provenance findings (never a stop of the run).

use super::locate::{self, Item};
use super::provenance::Problem;
use super::{ClaimRecord, Loc, RecordFile, RecordKind};
use crate::rules::record::{DUPLICATE_QUANTITY, INVALID_FIELD, NO_SOURCE, WEAK_MATCH};
use crate::rules::Rule;

/// Currency words: a term of a record that is not money says it would fit amounts.
const MONEY_WORDS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "francs",
    "marks",
];
/// Words of a percentage: a term of a record that is not a percent.
const PERCENT_WORDS: &[&str] = &["percent", "per cent", "pct", "percentage"];

/// The lints on `claims` (each with its item and file index in `files`).
pub(super) fn lint(
    files: &[RecordFile],
    claims: &[(ClaimRecord, Loc, Item, usize)],
) -> Vec<Problem> {
    let mut out = Vec::new();
    // each quantity's first record, found by hash (a scan per record was quadratic)
    let mut seen: std::collections::HashMap<String, (&ClaimRecord, usize)> =
        std::collections::HashMap::new();
    for (rec, loc, item, fx) in claims {
        let Some(file) = files.get(*fx) else {
            continue;
        };
        let at =
            |key: &str| locate::key_in(&file.text, item.span.clone(), key, 0).unwrap_or(loc.offset);
        let mut push = |rule: &Rule, offset: usize, message: String| {
            out.push(super::provenance::problem_at(
                rule, file, offset, &rec.id, message, false,
            ));
        };
        weak_terms(rec, at("match"), &mut push);
        if rec.sources.is_empty() {
            push(
                &NO_SOURCE,
                at("sources"),
                format!(
                    "claim `{}` cites no source, so no figure it fits can be supported",
                    rec.id
                ),
            );
        }
        if let Some(why) = rec
            .currency
            .as_deref()
            .and_then(super::model::currency_problem)
        {
            push(
                &INVALID_FIELD,
                at("currency"),
                format!("claim `{}`: {why}", rec.id),
            );
        }
        if let Some(why) = rec.as_of.as_deref().and_then(super::model::as_of_problem) {
            push(
                &INVALID_FIELD,
                at("as_of"),
                format!("claim `{}`: {why}", rec.id),
            );
        }
        let key = quantity(rec);
        if let Some((first, ffx)) = seen.get(&key) {
            let first_at = files.get(*ffx).map_or("", |f| f.path.as_str());
            push(
                &DUPLICATE_QUANTITY,
                loc.offset,
                format!(
                    "claim `{}` gives the same quantity as `{}` (in {first_at}): same value, terms, subject, period and scope",
                    rec.id, first.id
                ),
            );
        } else {
            seen.insert(key, (rec, *fx));
        }
    }
    out
}

/// A term that is a stop word or too common to identify a figure, and terms that
/// describe figures of another kind.
fn weak_terms(rec: &ClaimRecord, at: usize, push: &mut impl FnMut(&Rule, usize, String)) {
    let unit: Vec<String> = rec
        .unit
        .iter()
        .flat_map(|u| crate::link::stems(u))
        .collect();
    for term in &rec.match_words {
        let t = term.trim();
        let years = t.chars().all(|c| c.is_ascii_digit()) && t.len() == 4;
        let names_unit = crate::link::stems(t).all(|s| unit.contains(&s));
        let common = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(crate::link::is_common);
        let lower = t.to_lowercase();
        let money_word = MONEY_WORDS.contains(&lower.as_str());
        // a money word on a record of another kind is said once, as a term of another kind
        let said_below = money_word && rec.kind != RecordKind::Money;
        if common && !years && !names_unit && !said_below {
            push(
                &WEAK_MATCH,
                at,
                format!(
                    "claim `{}`: match term `{t}` is too common to identify a figure; name what the figure counts and whose it is",
                    rec.id
                ),
            );
        }
        let other_kind = if rec.kind != RecordKind::Money && money_word {
            Some("amounts of money")
        } else if rec.kind != RecordKind::Percent && PERCENT_WORDS.contains(&lower.as_str()) {
            Some("percentages")
        } else {
            None
        };
        if let Some(kind) = other_kind {
            push(
                &WEAK_MATCH,
                at,
                format!(
                    "claim `{}` is a {} record, but its term `{t}` would fit {kind}",
                    rec.id,
                    rec.kind.as_str()
                ),
            );
        }
    }
}

/// What makes two records the same quantity.
fn quantity(rec: &ClaimRecord) -> String {
    let mut terms: Vec<String> = rec
        .match_words
        .iter()
        .flat_map(|t| crate::link::stems(t))
        .collect();
    terms.sort_unstable();
    terms.dedup();
    format!(
        "{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{}",
        rec.kind.as_str(),
        rec.currency,
        rec.value,
        rec.low,
        rec.high,
        rec.as_of,
        rec.subject,
        rec.articles,
        terms.join(" ")
    )
}

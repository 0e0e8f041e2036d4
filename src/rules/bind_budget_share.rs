//! A share of a sum of money named by its subject, its amount given in an earlier
//! sentence: "Kestrel council has set a budget of £310m. … The budget includes £124m for
//! adult social care, 40% of the total." The share's sentence opens with "The budget"
//! (or bill, fund, package, grant), holds the part and says the share is "of the total"
//! or of that word; the whole is the one amount of its currency an earlier sentence of
//! the paragraph or the one before gives beside the same word. Bound across sentences,
//! the relation is [`Relation::Across`], judged at warning severity.

use crate::document::Document;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames};

/// The words for a sum of money a share may be of, as a subject names it.
const SUMS: &[&str] = &[
    "budget",
    "bill",
    "fund",
    "package",
    "grant",
    "programme",
    "plan",
];

/// How many words either side of an earlier amount may name the sum ("a budget of
/// £310m", "its £310m budget").
const WORDS_NEAR: usize = 3;

/// Binds each share of money "of the total" whose sentence names a sum but not its
/// amount to the amount an earlier sentence gives for it.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s, part) in super::bind::shares_of_money(frames) {
        let Some(sum) = sum_named(prose, s) else {
            continue;
        };
        super::bind::share_of_one_earlier_whole(
            frames,
            (i, s, part),
            |f| names_near(prose, f, sum),
            sum,
            out,
        );
    }
}

/// Binds each share of money set after a part said to be "of the total" ("Education
/// accounts for $19.3 billion of the total, or 40 percent") to the one amount an earlier
/// sentence gives beside a word for a sum ("signed a $48.2 billion budget").
pub(crate) fn recognise_part_of_the_total(
    doc: &Document,
    frames: &Frames<'_>,
    out: &mut Vec<Relation>,
) {
    let prose = doc.prose();
    for (i, s, part) in super::bind::shares_of_money(frames) {
        let between = prose
            .get(part.claim.end..s.claim.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(rest) = between
            .strip_prefix(" of the total")
            .or_else(|| between.strip_prefix(" of its total"))
        else {
            continue;
        };
        let words: Vec<&str> = rest
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        if !words
            .iter()
            .all(|w| *w == "or" || super::bind::ROUGHLY.contains(w))
        {
            continue;
        }
        super::bind::share_of_one_earlier_whole(
            frames,
            (i, s, part),
            |f| SUMS.iter().any(|sum| names_near(prose, f, sum)),
            "the total",
            out,
        );
    }
}

/// The sum a share's sentence is of: it opens with "The budget" (or another of [`SUMS`])
/// and the share is "of the total", "of it" or of that word.
fn sum_named(prose: &str, s: &Figure<'_>) -> Option<&'static str> {
    let opening = prose.get(s.frame.sentence.start..s.claim.start)?;
    let mut words = opening.split_whitespace();
    if words.next()? != "The" {
        return None;
    }
    let head = words
        .next()?
        .trim_matches(|c: char| !c.is_ascii_alphabetic())
        .to_ascii_lowercase();
    let sum = *SUMS.iter().find(|w| **w == head)?;
    let after = prose
        .get(s.claim.end..s.frame.sentence.end)?
        .to_ascii_lowercase();
    let rest = after.trim_start().strip_prefix("of ")?;
    let rest = rest
        .strip_prefix("the ")
        .or_else(|| rest.strip_prefix("its "))
        .unwrap_or(rest);
    // ("of the total." closes the clause; "of the total transport spend" is another whole)
    let named = ["total", sum]
        .iter()
        .any(|w| rest.strip_prefix(w).is_some_and(super::bind::closes_clause));
    named.then_some(sum)
}

/// Whether `sum` stands within [`WORDS_NEAR`] words of `f`, inside its sentence.
fn names_near(prose: &str, f: &Figure<'_>, sum: &str) -> bool {
    let is_sum = |w: &str| w.eq_ignore_ascii_case(sum);
    let before = prose
        .get(f.frame.sentence.start..f.claim.start)
        .unwrap_or("");
    let after = prose.get(f.claim.end..f.frame.sentence.end).unwrap_or("");
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    words(before)
        .iter()
        .rev()
        .take(WORDS_NEAR)
        .any(|w| is_sum(w))
        || words(after).iter().take(WORDS_NEAR).any(|w| is_sum(w))
}

//! A profit margin against the revenue an earlier sentence gives: "Revenue rose 9% to
//! $6.54 billion. Operating income was $667 million, giving an operating margin of
//! 10.2%." A margin is profit over revenue, and earnings copy gives the revenue first
//! and the profit with its margin after. (A margin whose own sentence gives both, "a
//! profit of £2m on sales of £20m, a margin of 10%", is `arithmetic/share`'s.)
//!
//! The binding is narrow on purpose:
//! - the percentage is named a margin ("a margin of 10.2%", "an operating margin of",
//!   "a 10.2% margin") and its sentence gives one current amount of money before it, the
//!   profit, named as one ("operating income", "pre-tax profit", "earnings");
//! - the revenue is the one current amount of that currency, larger than the profit,
//!   in the sentence right before (only white space between), whose clause names
//!   revenue, sales or turnover, dated as the profit is where both are dated.
//!
//! Bound across sentences, the relation is [`Relation::Across`], judged at warning
//! severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames};

use super::bind::{
    across_share, classes_of, current_level, dated_alike, last_clause, lower_head, lower_tail,
    only_one, own_figures, sentence_just_before, stated_shares,
};

/// Before a margin's percentage: "a margin of ", "an operating margin of about ",
/// "margins widened to ".
static MARGIN_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:(?P<q>operating|pre-?tax|gross|net|underlying|trading) )?margins? (?:of|was|were|stood at|rose to|fell to|widened to|narrowed to|improved to|grew to|shrank to) (?:about |around |almost |nearly |just over |just under |some )?$",
    )
});

/// After a margin's percentage: " margin", " operating margin", " profit margin".
static MARGIN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^ (?:profit |(?P<q>operating|pre-?tax|gross|net|underlying|trading) )?margin\b",
    )
});

/// Binds each margin whose sentence gives the profit to the revenue the sentence before
/// gives.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    // (a byte search first: most copy gives no margin)
    if !super::bind::holds_any(prose, &["margin"]) {
        return;
    }
    for (_, s) in stated_shares(frames) {
        let before = lower_tail(prose, s.frame.sentence.start..s.claim.start, 60);
        let after = lower_head(prose, s.claim.end..s.frame.sentence.end, 40);
        let Some(named) = MARGIN_OF
            .captures(&before)
            .or_else(|| MARGIN_AFTER.captures(&after))
        else {
            continue;
        };
        let kind = named.name("q").map(|q| q.as_str().replace('-', ""));
        let Some(profit) = profit_before(doc, frames, s, kind.as_deref()) else {
            continue;
        };
        if let Some(revenue) = revenue_just_before(doc, frames, profit) {
            out.push(across_share(
                profit.id,
                revenue.id,
                s.id,
                "the revenue the sentence before gives".to_string(),
            ));
        }
    }
}

/// The one amount of money before margin `s` in its sentence, a current level named as
/// a profit (as the `kind` of profit the margin names, when it names one: "net income
/// …, an operating margin of 11%" is of another profit): the margin's numerator.
fn profit_before<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    s: &Figure<'a>,
    kind: Option<&str>,
) -> Option<&'f Figure<'a>> {
    let prose = doc.prose();
    let sentence = s.frame.sentence.clone();
    let amounts: Vec<&Figure<'a>> = own_figures(frames, sentence.start..s.claim.start)
        .into_iter()
        .filter(|f| f.claim.kind.is_quantity())
        .collect();
    let [profit] = amounts.as_slice() else {
        return None;
    };
    let named = lower_tail(prose, sentence.start..profit.claim.start, 200);
    let fits = profit.claim.kind == Kind::Money
        && current_level(prose, profit)
        && profit.claim.value.is_some_and(|v| v > 0.0)
        && classes_of(last_clause(&named))
            .iter()
            .any(|c| c == "profit")
        && kind.is_none_or(|k| named.replace('-', "").contains(k));
    fits.then_some(*profit)
}

/// The one current amount of `profit`'s currency, larger than it, in the sentence right
/// before its own, whose clause names revenue, sales or turnover.
fn revenue_just_before<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    profit: &Figure<'a>,
) -> Option<&'f Figure<'a>> {
    let prose = doc.prose();
    let before = sentence_just_before(doc, profit.frame.sentence.start)?;
    only_one(own_figures(frames, before.clone()).into_iter().filter(|f| {
        let clause = lower_tail(prose, before.start..f.claim.start, 200);
        let clause = last_clause(&clause);
        f.claim.kind == Kind::Money
            && crate::rules::figure::comparable(f.claim, profit.claim)
            && current_level(prose, f)
            && dated_alike(f, profit)
            && !of_an_earlier_time(prose, f)
            && f.claim.value > profit.claim.value
            && classes_of(clause).iter().any(|c| c == "sales")
            && !placed(crate::document::tail(
                prose.get(before.start..f.claim.start).unwrap_or(""),
                200,
            ))
    }))
}

/// Whether the words after revenue `f` date it before the profit's time: "$5.9 billion a
/// year earlier", "in the previous year".
fn of_an_earlier_time(prose: &str, f: &Figure<'_>) -> bool {
    lower_head(prose, f.claim.end..f.frame.sentence.end, 40)
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(w, "earlier" | "ago" | "before" | "previous" | "prior"))
}

/// Whether the words before a revenue narrow it to a place or a part of the business
/// ("Sales in Europe rose to", "Its US revenue"): a margin is of the whole.
fn placed(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).enumerate().any(|(i, pair)| {
        let capital = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
        let measure = |w: &str| {
            classes_of(&w.to_ascii_lowercase())
                .iter()
                .any(|c| c == "sales")
        };
        matches!(pair[0], "in" | "at" | "from") && capital(pair[1])
            || i > 0 && capital(pair[0]) && measure(pair[1])
    })
}

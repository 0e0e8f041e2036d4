//! A share "of the total" of an amount of money against the one total the story is
//! about: "Tax receipts reached a record £827bn. … Income tax raised £268bn, almost a
//! third of the total", "… or 54 per cent of all receipts". The other share binders need
//! the whole named by the words its sentence opens with (sales, the budget, a kind of a
//! noun); many stories give their total once, in the first paragraph, and then its
//! parts with their shares.
//!
//! The binding is narrow on purpose:
//! - the share follows its part, an amount of money, and closes its clause with "of all"
//!   and a noun the whole's sentence names before it ("of all receipts" after "Tax
//!   receipts reached £827bn"), or with "of the total" when the part's clause shares a
//!   word with the whole's ("Income tax raised £268bn" and "Tax receipts reached");
//! - no other relation has read the share;
//! - the whole is the largest current amount of the part's currency before it, within a
//!   few paragraphs, at least twice every other there larger than the part (a rival
//!   total, or this year's beside next year's, is no main one), dated as the part is or
//!   not at all, a forecast when the part is one, not said to go on one thing ("will
//!   spend £12m on roads"), and beside no undated earlier level larger than the part
//!   ("a budget of £200m for next year, up from a budget of £190m": which is "the
//!   total"?);
//! - the share read against it is within a factor of three of the one the copy states: a
//!   share many times off is of another whole ("the trust spent £12m on agency staff, 5%
//!   of the total" of its own budget, not of the NHS's £160bn).
//!
//! Bound across sentences, the relation is [`Relation::Across`], judged at warning
//! severity.

use std::collections::HashSet;

use crate::document::Document;
use crate::frame::relation::Relation;
use crate::frame::{Figure, FigureId, Frames};

use super::bind::{
    across_share, current_level, dated_alike, dominant, earlier_alike, lower_head, lower_tail,
    shares_of_money,
};

/// How far back the total may stand: a few short paragraphs of news copy.
const REACH: usize = 2_000;

/// Binds each share "of the total" of an amount to the story's one main total.
pub(crate) fn recognise(
    doc: &Document,
    frames: &Frames<'_>,
    bound: &[Relation],
    out: &mut Vec<Relation>,
) {
    let prose = doc.prose();
    let read: HashSet<FigureId> = bound
        .iter()
        .chain(out.iter())
        .filter_map(stated_share)
        .collect();
    let mut found = Vec::new();
    for (_, s, part) in shares_of_money(frames) {
        if read.contains(&s.id) {
            continue;
        }
        let Some(named) = whole_named(prose, s) else {
            continue;
        };
        let Some(whole) = main_total(prose, frames, part) else {
            continue;
        };
        let whole_words = lower_tail(prose, whole.frame.sentence.start..whole.claim.start, 300);
        let names_it = match named.as_deref() {
            Some(noun) => whole_words
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| crate::lexicon::same_lemma(w, noun)),
            // ("Councils will receive £412m. … Primary schools will get £228m, 55% of the
            // total": the part must share a word with the whole, "Tax receipts reached
            // £827bn. … Income tax raised £268bn")
            None => {
                let part_words = lower_tail(prose, part.frame.sentence.start..s.claim.start, 300);
                let theirs = content_words(&whole_words);
                content_words(&part_words)
                    .iter()
                    .any(|w| theirs.contains(w))
            }
        };
        if names_it && plausible(part, whole, s) {
            found.push(across_share(
                part.id,
                whole.id,
                s.id,
                "the one main total of the story".to_string(),
            ));
        }
    }
    out.extend(found);
}

/// The share a relation states, when it reads one.
fn stated_share(rel: &Relation) -> Option<FigureId> {
    match rel {
        Relation::Share(s) => s.stated,
        Relation::Across(a) => stated_share(&a.inner),
        _ => None,
    }
}

/// How share `s` names its whole, closing its clause: "of the total" (`Some(None)`) or
/// "of all receipts" (`Some(Some("receipts"))`).
fn whole_named(prose: &str, s: &Figure<'_>) -> Option<Option<String>> {
    if super::bind_total_share::of_the_total(prose, s) {
        return Some(None);
    }
    let after = lower_head(prose, s.claim.end..s.frame.sentence.end, 80);
    let rest = after.trim_start().strip_prefix("of all ")?;
    let noun: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let closes = super::bind::closes_clause(rest.get(noun.len()..).unwrap_or(""));
    (noun.len() > 2 && closes).then_some(Some(noun))
}

/// The largest current amount of `part`'s currency before it within [`REACH`], when it
/// is at least twice every other there larger than the part.
fn main_total<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    part: &Figure<'a>,
) -> Option<&'f Figure<'a>> {
    let wholes: Vec<&Figure<'a>> = earlier_alike(frames, part, REACH)
        .filter(|f| {
            f.claim.value > part.claim.value
                && current_level(prose, f)
                && !spent_on_a_part(prose, f)
                && !from_a_named_level(prose, f)
                && dated_alike(f, part)
        })
        .collect();
    let whole = dominant(wholes)?;
    // ("a budget of £200m for next year, up from a budget of £190m. The budget includes
    // £60m": the two budgets are dated alike; "£412m last year, up 9% on the £378m of
    // 2023" dates the earlier one apart)
    let undated_other = frames.within(whole.frame.sentence.clone()).iter().any(|f| {
        f.id != whole.id
            && f.claim.kind == part.claim.kind
            && crate::rules::figure::comparable(f.claim, part.claim)
            && f.claim.value > part.claim.value
            && (f.frame.period.is_none() || f.frame.period == whole.frame.period)
    });
    // (a forecast's share is of a forecast total: "will get £228m, about 55% of the
    // total" after "will receive £412m next year")
    (!undated_other && whole.frame.projected == part.frame.projected).then_some(whole)
}

/// Whether `part` over `whole` is within a factor of three of share `s`: a share many
/// times off is of another whole.
fn plausible(part: &Figure<'_>, whole: &Figure<'_>, s: &Figure<'_>) -> bool {
    match (part.claim.value, whole.claim.value, s.claim.value) {
        (Some(p), Some(w), Some(stated)) if w > 0.0 && stated > 0.0 => {
            let share = p / w * 100.0;
            share <= stated * 3.0 && share >= stated / 3.0
        }
        _ => false,
    }
}

/// Whether the amount `f` is said to go on one thing ("will spend £12m on roads", "£3m
/// for schools"): a part of a budget, no total of it. A time is no thing: "£200m for
/// next year".
fn spent_on_a_part(prose: &str, f: &Figure<'_>) -> bool {
    let after = lower_head(prose, f.claim.end..f.frame.sentence.end, 40);
    let mut words = after
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let next = words.next().unwrap_or("");
    let time = matches!(
        next,
        "next" | "this" | "last" | "the" | "each" | "every" | "a" | "2024" | "2025" | "2026"
    ) || next.len() == 4 && next.starts_with("20");
    matches!(first, "on" | "to" | "towards") || first == "for" && !time
}

/// Whether the amount `f` is an earlier level named by its noun after "from": "up from
/// a budget of £190m", which `current_level` reads only when "from" stands right before
/// it.
fn from_a_named_level(prose: &str, f: &Figure<'_>) -> bool {
    let tail = lower_tail(prose, f.frame.sentence.start..f.claim.start, 40);
    tail.rfind(" from ").is_some_and(|at| {
        tail.get(at + 6..)
            .is_some_and(|rest| rest.split_whitespace().count() <= 3 && rest.ends_with("of "))
    })
}

/// The words of `text` that say what is measured: lemmas of three letters or more, or
/// their measure class ("spent" and "spending" are one), leaving out stop words and the
/// words of time and scale every figure's sentence may hold.
fn content_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
        if w.len() < 3
            || crate::lexicon::is_stop(w)
            || matches!(
                w,
                "year"
                    | "years"
                    | "month"
                    | "months"
                    | "week"
                    | "quarter"
                    | "day"
                    | "last"
                    | "next"
                    | "this"
                    | "per"
                    | "cent"
                    | "million"
                    | "billion"
                    | "total"
                    | "record"
                    | "will"
                    | "would"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
            )
        {
            continue;
        }
        let lemma = crate::lexicon::lemma(w);
        let word = crate::lexicon::measure_class(&lemma)
            .map_or_else(|| lemma.into_owned(), str::to_string);
        if !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

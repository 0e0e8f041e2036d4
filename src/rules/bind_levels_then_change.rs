//! A change said alone, right after the sentence that gives the two levels it is between:
//! "Reservoirs are 41% full, down from 68% a year ago. Stocks have fallen by 27
//! percentage points in a year." News copy gives the levels first and the change in the
//! next sentence (often the next paragraph), in points between two rates or as a
//! percentage; no phrasing in one sentence binds them. The mirror of
//! [`super::bind_change_then_levels`], and as narrow:
//! - the change is said as one ("fallen by 27 points", "rose 12%"), and its sentence
//!   holds no level or percentage of its own: no figure but spans of time, and other
//!   changes in points beside a change in points;
//! - the sentence before holds exactly one level now and one it came from ("from",
//!   "compared with", "a year ago, when"), of one kind, currency and unit, and no
//!   change of its own; a change in points needs two rates;
//! - the two sentences are of one measure: the change's sentence opens by pointing back,
//!   or shares a word with the levels' sentence, and does not open by turning to
//!   another ("In contrast", "Meanwhile", "However"), set the change beside another
//!   ("grew faster than the region, where the population rose by 5.1%") or measure it
//!   on another base ("Sales per store rose 4%");
//! - they agree on the time: a change over a year ("in a year", "over the past year")
//!   needs levels a year apart ("a year ago", "last year"), and a change with another
//!   span is not bound.
//!
//! Bound so, the relation is [`Relation::Across`], judged by `arithmetic/percent-change`
//! at warning severity.

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Change, Relation};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

use super::bind::{current_level, figures_of_sentence_just_before, lower, one_level_pair};
use super::bind_change_then_levels::{direction, said_as_a_change};
use super::bind_total_share::earlier_level;

/// Binds each change with no levels of its own to the two levels of the sentence
/// before.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, c) in frames.figures.iter().enumerate() {
        let points = in_points(c);
        if !(points || c.claim.kind == Kind::Percent && c.frame.role == Role::Change)
            || !said_as_a_change(prose, c)
            || crate::rules::arithmetic::percent_change::said_on_another_basis(prose, c.claim)
        {
            continue;
        }
        let own = frames.within(c.frame.sentence.clone());
        // (other changes in points may follow: "by 27 points in a year, and by 9 points
        // in the last four weeks"; any other percentage may be of something else)
        let levels_of_its_own = own.iter().any(|f| {
            f.id != c.id
                && matches!(f.claim.kind, Kind::Number | Kind::Money | Kind::Percent)
                && !(points && in_points(f))
        });
        if levels_of_its_own {
            continue;
        }
        let Some(before) = figures_of_sentence_just_before(prose, frames, i) else {
            continue;
        };
        // (a rate's frame may read "41%, down from 68%" as a change; the words say it is
        // a level when nothing before it says it changed by that much)
        let change_there = before.iter().any(|f| {
            (f.frame.role == Role::Change && f.claim.kind != Kind::Percent)
                || in_points(f)
                || said_as_a_change(prose, f)
        });
        if change_there {
            continue;
        }
        let kinds = [Kind::Number, Kind::Money, Kind::Percent];
        let Some((to, from)) = one_level_pair(prose, &before, &kinds, |f| level_now(prose, f))
        else {
            continue;
        };
        if points && to.claim.kind != Kind::Percent
            || !same_time(prose, &own_words(prose, own, c), to)
            || !one_measure(prose, c, to)
        {
            continue;
        }
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Change(Change {
                from: from.id,
                to: to.id,
                stated: c.id,
                direction: direction(prose, c),
                points,
            })),
            measure: "the levels the sentence before gives".to_string(),
            words: None,
        }));
    }
}

/// Whether `f` is a level now: a level, or a rate ("41% full", "a rate of 5.2%"), that
/// is no earlier one.
fn level_now(prose: &str, f: &Figure<'_>) -> bool {
    current_level(prose, f)
        || f.claim.kind == Kind::Percent
            && !said_as_a_change(prose, f)
            && !earlier_level(prose, f)
            && !super::bind_previous_total::compared(prose, f)
}

/// Whether `f` is a change in points: "27 percentage points", "by 9 points".
fn in_points(f: &Figure<'_>) -> bool {
    matches!(
        f.claim.unit.as_deref(),
        Some("percentage_points" | "points" | "point")
    )
}

/// Words of a span of a year, in the change's sentence.
const A_YEAR_SPAN: &[&str] = &[
    "in a year",
    "over the year",
    "over the past year",
    "over the last year",
    "in the past year",
    "in the last year",
    "year on year",
    "since last year",
];

/// Words that date a level a year before, in the levels' sentence.
const A_YEAR_BEFORE: &[&str] = &[
    "a year ago",
    "a year earlier",
    "a year before",
    "last year",
    "the year before",
    "the previous year",
    "12 months ago",
    "12 months earlier",
];

/// Words that name some other span of time a change is over ("in the last four weeks",
/// "since 2015", "this quarter").
const OTHER_SPAN: &[&str] = &[
    "decade", "years", "month", "months", "week", "weeks", "quarter", "since", "day", "days",
];

/// The words of the change `c`'s own clause, lower-cased: its sentence from the change
/// before it to the change after it ("by 27 points in a year, and by 9 points in the
/// last four weeks" gives the first "… in a year, and by", the second "… in the last
/// four weeks").
fn own_words(prose: &str, own: &[Figure<'_>], c: &Figure<'_>) -> String {
    let is_change =
        |f: &&Figure<'_>| f.id != c.id && (in_points(f) || f.claim.kind == Kind::Percent);
    // (after a change before it, from the "and" or comma that opens this one's clause)
    let start = own
        .iter()
        .rev()
        .filter(is_change)
        .find(|f| f.claim.end <= c.claim.start)
        .map(|f| f.claim.end)
        .map_or(c.frame.sentence.start, |end| {
            let gap = prose.get(end..c.claim.start).unwrap_or("");
            let opens = [", ", " and "]
                .iter()
                .filter_map(|w| gap.rfind(w).map(|k| k + w.len()))
                .max()
                .unwrap_or(0);
            end + opens
        });
    let end = own
        .iter()
        .filter(is_change)
        .find(|f| f.claim.start >= c.claim.end)
        .map_or(c.frame.sentence.end, |f| f.claim.start);
    lower(prose, start..end)
}

/// Whether a word names a year: "2015".
fn year_word(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the change whose clause says `change_words` and the levels of the sentence of
/// `to` are over one stretch of time (see the module's doc).
fn same_time(prose: &str, change_words: &str, to: &Figure<'_>) -> bool {
    let level_words = lower(prose, to.frame.sentence.clone());
    let has = |text: &str, list: &[&str]| list.iter().any(|w| text.contains(w));
    if has(change_words, A_YEAR_SPAN) {
        return has(&level_words, A_YEAR_BEFORE);
    }
    !change_words
        .split(|ch: char| !ch.is_ascii_alphanumeric())
        .any(|w| OTHER_SPAN.contains(&w) || year_word(w))
}

/// Whether the two sentences are of one measure: the change's opens by pointing back
/// ("It has fallen", "They are down"), or a word before the change names something the
/// levels' sentence names ("Stocks … stocks", "Wessland … Wessland").
fn one_measure(prose: &str, c: &Figure<'_>, to: &Figure<'_>) -> bool {
    let content = |text: &str| -> Vec<String> {
        text.split(|ch: char| !ch.is_alphabetic())
            .filter(|w| w.len() > 3 && !lexicon::is_stop(w))
            .map(lexicon::stem)
            .collect()
    };
    let subject = lower(prose, c.frame.sentence.start..c.claim.start);
    // ("In contrast, its European sales fell 2.5%": another measure)
    if [
        "in contrast",
        "by contrast",
        "meanwhile",
        "however",
        "but ",
        "elsewhere",
        "separately",
    ]
    .iter()
    .any(|w| subject.starts_with(w))
    {
        return false;
    }
    // ("Sales per store rose 4%", "grew faster than the region, where the population
    // rose by 5.1%": a measure of another base, or of something set beside it)
    let levels = lower(prose, to.frame.sentence.clone());
    if [" per ", " each ", " a head", "average", " than "]
        .iter()
        .any(|w| subject.contains(w) && !levels.contains(w.trim()))
        || subject.contains(" than ")
    {
        return false;
    }
    let opens_pointing = subject
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "it" | "they" | "this" | "that"));
    let level_words = content(&levels);
    opens_pointing || content(&subject).iter().any(|w| level_words.contains(w))
}

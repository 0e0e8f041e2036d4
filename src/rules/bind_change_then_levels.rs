//! A percentage change said before the levels it is of, which the next sentence gives:
//! "Eastholm's population grew by 7.5% in a decade. The count of 404,200 people in 2021
//! was 28,200 more than in 2011, when 376,000 people lived there." The change's sentence
//! must give no other percentage and no level it came from or reached, and the change
//! must be no level a rate came from ("down from 16.3%") and be said as a change ("fell
//! by 12%"); the next sentence must be of what the change measures (a pronoun pointing
//! back, a word of the change's subject, never another measure than one the change
//! names, "a 40% drop in profits. Sales were …"); it must give, run on from it, exactly
//! one level now and one it came from ("from", "compared with", "in 2011, when"), of one
//! kind and currency, and no percentage of its own. So that a yearly change is never set
//! against a month's levels, the two sentences must agree on the time: when the levels
//! are dated by years, the change's span ("in a decade", "over five years", "since
//! 2011", "last year") must be the years between them; when they are not, the change
//! must name no span either, and the levels no day or month the change does not name.
//! Bound across sentences, the relation is
//! [`Relation::Across`], judged by `arithmetic/percent-change` at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Change, Relation};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

use super::bind::{current_level, lower, one_level_pair};
use super::bind_total_share::earlier_level;

/// A span of time a change is said over: "in a decade", "over the past five years",
/// "since 2011", "last year".
static SPAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:in|over|during|across) (?:a|the|the past|the last) (?P<decade>decade)\b|\b(?:in|over|during) (?:the (?:past|last) )?(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2}) years\b|\bsince (?P<since>(?:19|20)\d\d)\b|\b(?P<year>last year|a year|in a year|over the year|year on year|over the past year|over the last year)\b",
    )
});

/// A year named in copy: "in 2011", "March 2021".
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"\b(?P<y>(?:19|20)\d\d)\b"));

/// Binds each percentage change with no levels of its own to the two levels the next
/// sentence gives.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, c) in frames.figures.iter().enumerate() {
        if c.claim.kind != Kind::Percent || c.frame.role != Role::Change {
            continue;
        }
        let own = frames.within(c.frame.sentence.clone());
        let levels_of_its_own = own.iter().any(|f| {
            f.id != c.id
                && matches!(f.claim.kind, Kind::Number | Kind::Money)
                && (earlier_level(prose, f) || super::bind_headline::reached(prose, f))
        });
        // ("prices were 11.8% higher on the year, down from 16.3%": two percentages are
        // rates, the one a change came from no change of the levels after)
        let percentages = own.iter().filter(|f| f.claim.kind == Kind::Percent).count();
        if levels_of_its_own
            || percentages != 1
            || earlier_level(prose, c)
            || !said_as_a_change(prose, c)
            // ("sales rose 9% at constant currency": not the change of reported levels)
            || crate::rules::arithmetic::percent_change::said_on_another_basis(prose, c.claim)
        {
            continue;
        }
        let Some(next) = next_sentence(prose, frames, i) else {
            continue;
        };
        if next.iter().any(|f| f.claim.kind == Kind::Percent) {
            continue;
        }
        let Some((to, from)) = one_level_pair(prose, &next, &[Kind::Number, Kind::Money], |f| {
            current_level(prose, f)
        }) else {
            continue;
        };
        if !same_time(prose, c, to) || !same_measure_named(prose, c, to) {
            continue;
        }
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Change(Change {
                from: from.id,
                to: to.id,
                stated: c.id,
                direction: direction(prose, c),
                points: false,
            })),
            measure: "the levels the sentence after gives".to_string(),
            words: None,
        }));
    }
}

/// Whether the words right before a percentage make it the size of a change: "fell by
/// 12%", "rose 19%", "after growing by about 7.5%" (not "cut, about 40%", a share).
pub(super) fn said_as_a_change(prose: &str, c: &Figure<'_>) -> bool {
    let before = lower(prose, c.frame.sentence.start..c.claim.start);
    let mut words = before.split_whitespace().rev();
    let mut last = words.next().unwrap_or("");
    if super::bind::ROUGHLY.contains(&last) {
        last = words.next().unwrap_or("");
    }
    matches!(last, "by" | "up" | "down")
        || lexicon::CHANGE_UP.contains(&last)
        || lexicon::CHANGE_DOWN.contains(&last)
}

/// Whether the levels' sentence is of what the change measures: it opens with a pronoun
/// pointing back ("It now has", "They reached") or names a word of the change's subject
/// ("Membership … members", "population … people"), and never when the change names a
/// measure of its own after it that the levels' sentence does not ("a 40% drop in
/// profits. Sales were £90m").
fn same_measure_named(prose: &str, c: &Figure<'_>, to: &Figure<'_>) -> bool {
    let content = |text: &str| -> Vec<String> {
        text.split(|ch: char| !ch.is_alphabetic())
            .filter(|w| w.len() > 3 && !lexicon::is_stop(w))
            .map(lexicon::stem)
            .collect()
    };
    let levels = lower(prose, to.frame.sentence.clone());
    let level_words = content(&levels);
    let after = lower(prose, c.claim.end..c.frame.sentence.end);
    // ("a 40% drop in profits", "a rise of 7% in sales")
    // (not a span of time: "by 7.5% in a decade", "in March", "in 2024")
    let named_after = after
        .split_once(" in ")
        .filter(|(gap, _)| gap.split_whitespace().count() <= 2)
        .and_then(|(_, rest)| {
            rest.split_whitespace()
                .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()))
                .find(|w| !matches!(*w, "a" | "an" | "the" | "its" | "their" | "his" | "her"))
        })
        .filter(|w| {
            !w.starts_with(|ch: char| ch.is_ascii_digit())
                && crate::extract::time_unit(w).is_none()
                && !matches!(*w, "decade" | "decades" | "quarter" | "half")
                && lexicon::month_number(w).is_none()
        })
        .map(lexicon::stem);
    if let Some(measure) = named_after {
        return level_words.contains(&measure);
    }
    let opens_pointing = levels
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "it" | "they" | "this" | "that" | "there"));
    let subject = lower(prose, c.frame.sentence.start..c.claim.start);
    let population = |words: &str| {
        words
            .split(|ch: char| !ch.is_alphabetic())
            .any(|w| lexicon::both_population(w, "people"))
    };
    opens_pointing
        || content(&subject).iter().any(|w| level_words.contains(w))
        || population(&subject) && population(&levels)
}

/// The figures of the sentence right after that of figure `i`, when only white space
/// stands between the two.
fn next_sentence<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    i: usize,
) -> Option<Vec<&'f Figure<'a>>> {
    let here = &frames.figures.get(i)?.frame.sentence;
    let first = frames.figures[i..]
        .iter()
        .find(|f| f.frame.sentence != *here)?;
    let sentence = first.frame.sentence.clone();
    if !prose.get(here.end..sentence.start)?.trim().is_empty() {
        return None;
    }
    Some(
        frames.figures[i..]
            .iter()
            .filter(|f| f.frame.sentence == sentence)
            .collect(),
    )
}

/// Which way the words before a change say it went: +1, -1, or 0 when they do not say.
pub(super) fn direction(prose: &str, c: &Figure<'_>) -> i8 {
    let before = lower(prose, c.frame.sentence.start..c.claim.start);
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    if words.iter().any(|w| {
        lexicon::CHANGE_UP.contains(w) || matches!(*w, "growing" | "grew" | "grown" | "up")
    }) {
        1
    } else if words
        .iter()
        .any(|w| lexicon::CHANGE_DOWN.contains(w) || *w == "down")
    {
        -1
    } else {
        0
    }
}

/// Whether the change of `c` and the levels of the sentence of `to` are over one stretch
/// of time (see the module's doc).
fn same_time(prose: &str, c: &Figure<'_>, to: &Figure<'_>) -> bool {
    let change_words = lower(prose, c.frame.sentence.clone());
    let level_words = lower(prose, to.frame.sentence.clone());
    let years: Vec<u32> = YEAR
        .captures_iter(&level_words)
        .filter_map(|y| y.name("y")?.as_str().parse().ok())
        .collect();
    let span = SPAN.captures(&change_words);
    // (undated levels must not be of days or months the change does not name: "Shares
    // fell 3% on Tuesday. They closed at $41.20 on Wednesday, down from $44 on Monday")
    let times = |text: &str| -> Vec<String> {
        text.split(|ch: char| !ch.is_ascii_alphabetic())
            .filter(|w| {
                lexicon::month_number(w).is_some()
                    || lexicon::WEEKDAYS.contains(w)
                    || matches!(*w, "week" | "month" | "quarter")
            })
            .map(str::to_string)
            .collect()
    };
    match (years.as_slice(), span) {
        ([], None) => {
            let named = times(&change_words);
            times(&level_words).iter().all(|t| named.contains(t))
        }
        ([a, b], Some(span)) => {
            let between = a.abs_diff(*b);
            if span.name("decade").is_some() {
                between == 10
            } else if let Some(n) = span.name("n") {
                words_to_number(n.as_str()) == Some(between)
            } else if let Some(since) = span.name("since") {
                since.as_str().parse::<u32>().is_ok_and(|y| y == *a.min(b))
            } else {
                between == 1
            }
        }
        _ => false,
    }
}

/// The count a span names in words or digits: "five" 5, "10" 10.
fn words_to_number(w: &str) -> Option<u32> {
    match crate::extract::count_word(w) {
        Some(n) => Some(n as u32),
        None => w.parse().ok(),
    }
}

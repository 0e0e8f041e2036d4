//! A share of a total whose amount an earlier sentence gives, named by what it measures:
//! "Sales fell 6.5 per cent to £1.87bn. … Online sales rose by £60m to £560m, and now make
//! up 30 per cent of the total." The share's sentence opens with a kind of a measure
//! ("Online sales", "UK revenue") and says the share is "of the total"; the whole is the
//! one level of money an earlier sentence of the paragraph or the one before gives, that
//! sentence opening with the measure itself ("Sales", "Total sales", "Its revenue"), not
//! with the same kind of it. Bound across sentences, the relation is
//! [`Relation::Across`], judged at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames, Role};

/// The measures of money a business story gives a total of and then a part.
const MEASURES: &[&str] = &[
    "sales",
    "revenue",
    "revenues",
    "turnover",
    "exports",
    "imports",
    "spending",
    "income",
    "donations",
    "bookings",
];

/// How many words from a sentence's start the measure may stand ("Its online sales").
const OPENING_WORDS: usize = 3;

/// Binds each share "of the total" whose sentence opens with a kind of a measure to the
/// total an earlier sentence gives for the measure itself.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s, part) in super::bind::shares_of_money(frames) {
        if !of_the_total(prose, s) {
            continue;
        }
        // the share's sentence opens with a kind of the measure: "Online sales"
        let Some((Some(kind), measure)) = opening_measure(prose, s.frame.sentence.start) else {
            continue;
        };
        let keep = |f: &Figure<'_>| {
            f.frame.role == Role::Level
                && !earlier_level(prose, f)
                && opening_measure(prose, f.frame.sentence.start)
                    .is_some_and(|(k, m)| m == measure && k.as_deref() != Some(&kind))
        };
        super::bind::share_of_one_earlier_whole(frames, (i, s, part), keep, measure, out);
    }
}

/// Binds each share "of the total" of a kind of a measure ("while online sales rose 6%
/// to £412m and now make up 31% of the total") to the total of the measure its own
/// sentence opens with ("Sales were flat at £1.32bn, …"): the sentence's first figure.
pub(crate) fn recognise_in_sentence(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    static KIND_JOINED: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(
            r"\b(?:while|and|but|whereas|with) (?:its |their )?(?P<kind>[a-z]+) (?P<measure>[a-z]+)\b",
        )
    });
    let prose = doc.prose();
    for (_, s, part) in super::bind::shares_of_money(frames) {
        if !of_the_total(prose, s) {
            continue;
        }
        let sentence = &s.frame.sentence;
        let Some((None, measure)) = opening_measure(prose, sentence.start) else {
            continue;
        };
        let Some(whole) = frames.within(sentence.clone()).first() else {
            continue;
        };
        let between = prose
            .get(whole.claim.end..part.claim.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        let kind_named = KIND_JOINED.captures_iter(&between).any(|c| {
            c.name("measure").is_some_and(|m| m.as_str() == measure)
                && c.name("kind")
                    .is_some_and(|k| !matches!(k.as_str(), "the" | "total" | "group"))
        });
        let fits = whole.id != part.id
            && whole.claim.kind == Kind::Money
            && whole.claim.currency == part.claim.currency
            && whole.frame.role == Role::Level
            && !earlier_level(prose, whole)
            && whole.claim.value > part.claim.value;
        if kind_named && fits {
            out.push(super::bind::across_share(
                part.id,
                whole.id,
                s.id,
                format!("the {measure} its sentence opens with"),
            ));
        }
    }
}

/// Binds each share "of the total" whose sentence opens with a kind of a plural noun
/// ("Primary schools will get £228m, about 55% of the total") to the one amount an
/// earlier sentence opening with the noun itself gives first ("Schools in Brackenshire
/// will receive £412m next year, an increase of £14m on this year's £398m").
pub(crate) fn recognise_kind_of_subject(
    doc: &Document,
    frames: &Frames<'_>,
    out: &mut Vec<Relation>,
) {
    let prose = doc.prose();
    for (i, s, part) in super::bind::shares_of_money(frames) {
        if !of_the_total(prose, s) {
            continue;
        }
        let opening = opening_words(prose, s.frame.sentence.start);
        let [kind, noun, ..] = &opening[..] else {
            continue;
        };
        let plural = noun.len() > 3 && noun.ends_with('s') && !noun.ends_with("ss");
        if !plural
            || matches!(
                kind.as_str(),
                "the" | "its" | "their" | "total" | "all" | "a" | "an"
            )
        {
            continue;
        }
        let keep = |f: &Figure<'_>| {
            let first_amount = frames
                .within(f.frame.sentence.clone())
                .iter()
                .find(|g| g.claim.kind == Kind::Money)
                .is_some_and(|g| g.id == f.id);
            let words = opening_words(prose, f.frame.sentence.start);
            let opens_with_noun = match &words[..] {
                [first, ..] if first == noun => true,
                [det, second, ..] => {
                    matches!(det.as_str(), "the" | "all" | "its" | "their") && second == noun
                }
                _ => false,
            };
            first_amount
                && opens_with_noun
                && f.frame.role == Role::Level
                && !earlier_level(prose, f)
        };
        let measure = format!("the {noun} an earlier sentence opens with");
        super::bind::share_of_one_earlier_whole(frames, (i, s, part), keep, &measure, out);
    }
}

/// The first [`OPENING_WORDS`] words of the sentence at `start`, lower-cased, letters
/// only.
fn opening_words(prose: &str, start: usize) -> Vec<String> {
    let mut end = (start + 80).min(prose.len());
    while !prose.is_char_boundary(end) {
        end -= 1;
    }
    prose
        .get(start..end)
        .unwrap_or("")
        .split_whitespace()
        .take(OPENING_WORDS)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_ascii_alphabetic())
                .to_ascii_lowercase()
        })
        .collect()
}

/// Whether the share is "of the total" (or "of its total"), closing its clause.
pub(super) fn of_the_total(prose: &str, s: &Figure<'_>) -> bool {
    let Some(after) = prose.get(s.claim.end..s.frame.sentence.end) else {
        return false;
    };
    let after = after.trim_start().to_ascii_lowercase();
    ["of the total", "of its total", "of their total"]
        .iter()
        .any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(super::bind::closes_clause)
        })
}

/// The measure a sentence opens with, within [`OPENING_WORDS`] words, and the word of
/// kind before it ("online" of "Online sales"; none for "Sales", "Total sales" or "Its
/// sales").
fn opening_measure(prose: &str, start: usize) -> Option<(Option<String>, &'static str)> {
    let words = opening_words(prose, start);
    let at = words.iter().position(|w| MEASURES.contains(&w.as_str()))?;
    let measure = *MEASURES.iter().find(|m| **m == words[at])?;
    let kind = at
        .checked_sub(1)
        .map(|k| words[k].clone())
        .filter(|w| !matches!(w.as_str(), "the" | "its" | "their" | "total" | "group" | ""));
    Some((kind, measure))
}

/// Whether a level is the earlier one of a change ("from £2bn the year before", "compared
/// with 38,400 in 2011", "in 2011, when 376,000 people lived there", "up 9% on the 44.2
/// million the year before", "up 16% on the previous year's 10,700").
pub(super) fn earlier_level(prose: &str, f: &Figure<'_>) -> bool {
    /// "in 2011, when 376,000 people lived there", "a decade ago, when there were": a
    /// level set at an earlier time by a clause of its own.
    static WHEN_EARLIER: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(
            r"(?:\b(?:19|20)\d\d|\bago|\bearlier|\bbefore|\blast year),? when(?: [a-z']+){0,3}$|\b(?:up|down)\b[^,.;]{0,30}\bon(?: the| its| their)?(?: [a-z]+)?(?: [a-z]+(?:'|’)s)?$",
        )
    });
    prose
        .get(f.frame.sentence.start..f.claim.start)
        .is_some_and(|before| {
            let before = before.trim_end().to_ascii_lowercase();
            ["from", "compared with", "compared to"]
                .iter()
                .any(|w| before.ends_with(w))
                || WHEN_EARLIER.is_match(crate::document::tail(&before, 60))
        })
}

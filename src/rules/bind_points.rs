//! A change in points from a stated rate, to the rate the article gives elsewhere: "The
//! base rate has risen 1.25 percentage points this year from a low of 3.5%" with "in May
//! the central bank pushed rates up to 4.75%" a paragraph before. The later rate is
//! the one percentage elsewhere that follows "to" and whose words name the rate's noun;
//! bound across sentences, the relation is [`Relation::Across`], judged at warning
//! severity.

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Change, Relation};
use crate::frame::{Figure, Frames};
use crate::lexicon;

/// How many words before a rate may name its noun.
const WORDS_BEFORE: usize = 4;

/// Binds each "rose N points from A%" with no later rate of its own to the one rate
/// given elsewhere.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, p) in frames.figures.iter().enumerate() {
        let after = prose.get(p.claim.end..p.frame.sentence.end).unwrap_or("");
        let lower_after = crate::document::head(after, 24).to_ascii_lowercase();
        // "1.25 percentage points" is read as one figure; "25 points" leaves the word
        let in_points = p.claim.text.to_ascii_lowercase().contains("point")
            || p.claim.kind == Kind::Number
                && (lower_after.starts_with(" percentage point")
                    || lower_after.starts_with(" point"));
        if !in_points {
            continue;
        }
        let before = prose
            .get(p.frame.sentence.start..p.claim.start)
            .unwrap_or("");
        let before = crate::document::tail(before, 200);
        let direction = direction_of(before);
        if direction == 0 {
            continue;
        }
        // the earlier rate: the next percentage in the sentence, after "from"
        let Some(from) = frames.figures.get(i + 1).filter(|f| {
            f.frame.sentence == p.frame.sentence
                && f.claim.kind == Kind::Percent
                && prose
                    .get(p.claim.end..f.claim.start)
                    .is_some_and(|gap| gap.to_ascii_lowercase().contains(" from "))
        }) else {
            continue;
        };
        // a later rate in the sentence is the sentence recogniser's, and one before the
        // change is the level it reached ("held rates at 4.75%, … when they were cut by
        // a quarter of a percentage point from 5%"): no rate elsewhere is bound
        let later_here = frames
            .within(p.frame.sentence.clone())
            .iter()
            .any(|f| f.claim.kind == Kind::Percent && f.id != p.id && f.id != from.id);
        let Some(noun) = rate_noun(before) else {
            continue;
        };
        if later_here {
            continue;
        }
        let candidates: Vec<&Figure<'_>> = frames
            .figures
            .iter()
            .filter(|f| f.frame.sentence != p.frame.sentence && f.claim.kind == Kind::Percent)
            .filter(|f| !f.claim.text.to_ascii_lowercase().contains("point"))
            .filter(|f| !f.frame.projected)
            .filter(|f| reached_rate(prose, f, &noun))
            .collect();
        let Some(to) = super::bind::one_value(&candidates) else {
            continue;
        };
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Change(Change {
                from: from.id,
                to: to.id,
                stated: p.id,
                direction,
                points: true,
            })),
            measure: noun,
            words: None,
        }));
    }
}

/// Which way the words just before a change say it went.
fn direction_of(before: &str) -> i8 {
    let words: Vec<String> = before
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let last = words.iter().rev().take(3);
    let mut d = 0;
    for w in last {
        if lexicon::CHANGE_UP.contains(&w.as_str()) {
            d = 1;
        } else if lexicon::CHANGE_DOWN.contains(&w.as_str()) {
            d = -1;
        }
    }
    d
}

/// The noun of the rate a change is in: "rate" in "The base rate has risen".
fn rate_noun(before: &str) -> Option<String> {
    before
        .split(|c: char| !c.is_ascii_alphabetic())
        .map(lexicon::lemma)
        .find(|w| matches!(w.as_ref(), "rate" | "yield" | "unemployment" | "inflation"))
        .map(|w| w.into_owned())
}

/// Whether `f` is a rate the copy says something reached: "to" just before it, and the
/// rate's noun (or a pronoun that may stand for it) among the few words before that.
fn reached_rate(prose: &str, f: &Figure<'_>, noun: &str) -> bool {
    let before = prose
        .get(f.frame.sentence.start..f.claim.start)
        .unwrap_or("");
    let words: Vec<String> = crate::document::tail(before, 80)
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| lexicon::lemma(w).into_owned())
        .collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    // "pushed them up to 5.5%": a pronoun may stand for the rate, so such a figure
    // counts as a rival
    last == "to"
        && rest
            .iter()
            .rev()
            .take(WORDS_BEFORE)
            .any(|w| w == noun || matches!(w.as_str(), "it" | "them" | "they"))
}

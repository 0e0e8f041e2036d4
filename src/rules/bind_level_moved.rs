//! An amount said to take a quantity named in the sentence before to a new level: "The
//! trust's deficit reached £52m in the year to March. Savings of £38m would cut the
//! deficit to £14m", "The fund stood at £5.6bn. The budget will raise it by £1.2bn to
//! £6.8bn". The earlier level is the one level of the sentence before whose words name
//! the quantity ("deficit"), or any one level when the sentence points back ("it"), never
//! the level a change came from ("up from £31m") nor a difference. Bound across
//! sentences, the relation is a [`Difference`] in [`Relation::Across`], judged by
//! `arithmetic/sum` at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Difference, DifferenceWording, Relation};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

use super::bind::lower;

/// Verbs that take a quantity down, then up, as a regex alternation.
const DOWN: &str = "cut|cuts|cutting|reduce|reduces|reducing|reduced|lower|lowers|lowering|lowered|bring down|brings down|bringing down|brought down";
const UP: &str = "raise|raises|raising|raised|lift|lifts|lifting|lifted|increase|increases|increasing|push up|pushes up|pushing up|pushed up";
/// Verbs that take a quantity to a level either way: the levels say which.
const EITHER: &str = "take|takes|taking|took|bring|brings|bringing|brought";

/// Between the amount and the level: " would cut the deficit to ", " will bring the
/// total to " (the amount said first, as the subject).
static AMOUNT_THEN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"^(?: a year| a month)? (?:would|will|could|should|is to|are to|is expected to|are expected to|are set to|is set to) (?P<verb>{DOWN}|{UP}|{EITHER}) (?:the |its |their )?(?P<noun>[a-z'-]+)(?: down| up)? to (?:about |around |some |just over |just under )?$"
    ))
});

/// Before the amount: "will cut the deficit by ", "raise it by " (the amount after the
/// verb, and " to " between it and the level).
static VERB_THEN_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"\b(?P<verb>{DOWN}|{UP}|{EITHER}) (?:the |its |their )?(?P<noun>[a-z'-]+)(?: down| up)? by (?:about |around |some |nearly |almost |more than )?$"
    ))
});

/// Binds each amount said to take a quantity of the sentence before to a new level.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, pair) in frames.figures.windows(2).enumerate() {
        let [d, b] = pair else { continue };
        if d.frame.sentence != b.frame.sentence
            || !money_or_count(d)
            || b.claim.kind != d.claim.kind
            || b.claim.currency != d.claim.currency
        {
            continue;
        }
        let between = lower(prose, d.claim.end..b.claim.start);
        let before = lower(prose, d.frame.sentence.start..d.claim.start);
        let read = AMOUNT_THEN_VERB.captures(&between).or_else(|| {
            (between == " to ")
                .then(|| VERB_THEN_AMOUNT.captures(&before))
                .flatten()
        });
        let Some(cap) = read else { continue };
        let (Some(verb), Some(noun)) = (cap.name("verb"), cap.name("noun")) else {
            continue;
        };
        let said = |list: &str| list.split('|').any(|v| v == verb.as_str());
        let Some(a) = one_level_named(prose, frames, i, b, noun.as_str()) else {
            continue;
        };
        let (Some(av), Some(bv)) = (a.claim.value, b.claim.value) else {
            continue;
        };
        // (the levels move the way the verb says, else they are two quantities)
        let down = bv < av;
        if said(DOWN) && !down || said(UP) && down {
            continue;
        }
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Difference(Difference {
                from: a.id,
                to: b.id,
                stated: d.id,
                direction: if down { -1 } else { 1 },
                words: verb.as_str().to_string(),
                wording: DifferenceWording::Verb,
            })),
            measure: format!("the {} the sentence before gives", noun.as_str()),
            words: None,
        }));
    }
}

/// Whether `f` is an amount of money or a count, as a level.
fn money_or_count(f: &Figure<'_>) -> bool {
    matches!(f.claim.kind, Kind::Money | Kind::Number) && f.frame.role == Role::Level
}

/// The one level of the sentence before figure `i` of `b`'s kind and currency whose
/// sentence names `noun` before it ("The trust's deficit reached £52m"), or any one such
/// level when `noun` points back ("it"); no earlier level of a change.
fn one_level_named<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    i: usize,
    b: &Figure<'a>,
    noun: &str,
) -> Option<&'f Figure<'a>> {
    let pointing = matches!(noun, "it" | "them" | "this" | "that");
    let stem = lexicon::stem(noun);
    let before = super::bind::figures_of_sentence_just_before(prose, frames, i)?;
    super::bind::only_one(before.into_iter().filter(|f| {
        let words = prose
            .get(f.frame.sentence.start..f.claim.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        money_or_count(f)
            && super::bind::same_measure(f.claim, b.claim)
            && super::bind::current_level(prose, f)
            && (pointing
                || words
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| !w.is_empty() && lexicon::stem(w) == stem))
    }))
}

//! A change named at the start of a sentence, of the levels the sentence before gave:
//! "UK inflation fell to 3.2% in the year to March, down from 3.8% in February. The fall
//! of 0.6 percentage points was bigger than economists had expected." The sentence
//! before must give exactly one level reached ("to 3.2%") and one it came from ("from
//! 3.8%"), of one kind, or, saying neither, one level set against another ("on this
//! year's £398m", "compared with") and one other level, no change amount; the change must say its direction ("fall", "rise") and is read in
//! points when it says so. Bound across sentences, the relation is a [`Change`] in
//! [`Relation::Across`], judged by `arithmetic/percent-change` at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Change, Relation};
use crate::frame::{Figure, Frames};

use super::bind::lower;

/// The opening of a sentence that names a change, up to its size: "The fall of ", "This
/// rise of about ", "The increase in prices of ".
static CHANGE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:the|this|that) (?P<w>fall|drop|decline|decrease|cut|rise|increase|jump|gain)(?: in [a-z' ]{1,30}?)? of (?:about |around |roughly |some |nearly |almost |more than |just over |just under )?$",
    )
});

/// The opening of a sentence that names a change with its size before the noun, up to
/// the size: "The ", "This ", "That almost " (as in "The 0.3 percentage-point drop").
static SIZE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:the|this|that) (?:about |around |roughly |some |nearly |almost |more than |just over |just under )?$",
    )
});

/// What follows a change's size when the noun comes after it: " percentage-point drop",
/// " point fall", " rise" (a percentage's sign is in its figure: "The 5% rise").
static NOUN_AFTER_SIZE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?P<pts>[ -]percentage[ -]points?|[ -]points?)?[ -](?P<w>fall|drop|decline|decrease|cut|rise|increase|jump|gain)\b",
    )
});

/// The words before a level that set it against the one a change reached: "on this
/// year's", "against", "compared with".
static SET_AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?:\bon(?: the| its| their| this year's| last year's| [a-z]+'s)?|\bagainst(?: the| its| their)?|\bcompared (?:with|to)(?: the| its| their)?)$",
    )
});

/// The words before the amount of a change ("an increase of", "up", "by"): no level.
static AMOUNT_OF_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?:\b(?:increase|rise|fall|drop|cut|decrease|reduction|gain|jump) of(?: about| around| some| nearly| almost)?|\bup|\bdown|\bby)$",
    )
});

/// Binds each change named at the start of a sentence to the two levels of the one
/// before.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, d) in frames.figures.iter().enumerate() {
        let opening = lower(prose, d.frame.sentence.start..d.claim.start);
        let after = lower(prose, d.claim.end..d.frame.sentence.end);
        let (noun, points_after) = match CHANGE_NAMED.captures(opening.trim_start()) {
            Some(cap) => (cap.name("w").map(|w| w.as_str().to_string()), false),
            None if SIZE_FIRST.is_match(opening.trim_start()) => {
                match NOUN_AFTER_SIZE.captures(&after) {
                    Some(cap) => (
                        cap.name("w").map(|w| w.as_str().to_string()),
                        cap.name("pts").is_some(),
                    ),
                    None => continue,
                }
            }
            None => continue,
        };
        let Some(w) = noun else { continue };
        let direction = match w.as_str() {
            "rise" | "increase" | "jump" | "gain" => 1,
            _ => -1,
        };
        let unit = d.claim.unit.as_deref().unwrap_or("");
        let points = matches!(unit, "points" | "point" | "percentage_points")
            || points_after
            || after.starts_with(" percentage point");
        let Some(before) = super::bind::figures_of_sentence_just_before(prose, frames, i) else {
            continue;
        };
        let after_word = |f: &&Figure<'_>, word: &str| {
            lower(prose, f.frame.sentence.start..f.claim.start)
                .trim_end()
                .ends_with(word)
        };
        // (the levels compared: percentages for a change in points, else the change's
        // own kind unless it is a percentage, which may be of any levels)
        let level_kind = |f: &&Figure<'_>| {
            if points {
                f.claim.kind == Kind::Percent
            } else {
                matches!(f.claim.kind, Kind::Number | Kind::Money | Kind::Percent)
                    && (d.claim.kind == Kind::Percent || f.claim.kind == d.claim.kind)
            }
        };
        let mut reached: Vec<_> = before
            .iter()
            .filter(|f| level_kind(f) && after_word(f, " to"))
            .collect();
        let mut came_from: Vec<_> = before
            .iter()
            .filter(|f| level_kind(f) && after_word(f, "from"))
            .collect();
        // "will receive £412m next year, an increase of £14m on this year's £398m": the
        // level set against another ("on", "compared with", "against"), and the one level
        // standing now beside it, no change amount
        // ("The rise of 4.5% in pupil numbers": a change of another measure)
        let of_another = after.starts_with(" in ") || after.starts_with(" of ");
        if reached.is_empty() && came_from.is_empty() && !of_another {
            let set_against = |f: &&Figure<'_>| {
                super::bind_total_share::earlier_level(prose, f) || {
                    // (an apostrophe set typographic reads as a plain one: "this year’s")
                    let lead = lower(prose, f.frame.sentence.start..f.claim.start)
                        .replace('\u{2019}', "'");
                    SET_AGAINST.is_match(lead.trim_end())
                }
            };
            came_from = before
                .iter()
                .filter(|f| level_kind(f) && set_against(f))
                .collect();
            reached = before
                .iter()
                .filter(|f| {
                    level_kind(f)
                        && !set_against(f)
                        && f.frame.role == crate::frame::Role::Level
                        && !AMOUNT_OF_CHANGE.is_match(
                            lower(prose, f.frame.sentence.start..f.claim.start).trim_end(),
                        )
                })
                .collect();
        }
        let ([to], [from]) = (reached.as_slice(), came_from.as_slice()) else {
            continue;
        };
        if to.claim.kind != from.claim.kind || to.claim.currency != from.claim.currency {
            continue;
        }
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Change(Change {
                from: from.id,
                to: to.id,
                stated: d.id,
                direction,
                points,
            })),
            measure: "the levels the sentence before gives".to_string(),
            words: None,
        }));
    }
}

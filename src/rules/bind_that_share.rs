//! Shares that open their sentence by pointing back to the level just given. "The
//! company lost 182 million litres a day through leaks. That is about 21% of the 870
//! million litres it supplies": the share names its whole, and its part is the one level
//! of the sentence before that counts what the whole counts. "Food banks handed out
//! 61,200 parcels. More than a third of the parcels, 21,400, went to families": the
//! share names its part, and its whole is the one level of the sentence before that
//! counts what the share is "of". An earlier level ("up from 164 million litres") and a
//! difference ("18 million litres more") are never the other figure; with two candidates,
//! or none, nothing is bound. Bound across sentences, the relation is
//! [`Relation::Across`], judged at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames, Role};
use crate::rules::figure::counts;

use super::bind::{current_level, lower, only_one, same_measure, stated_shares};
use super::bind_previous_total::rate_over_time;

/// The opening of a sentence that points back to what the one before gave, up to its
/// share: "That is", "This represents", "It amounts to".
static POINTING_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:that|this|it)(?:'s|’s| is| was| would be| represents| represented| amounts to| amounted to| equates to| equated to| is equivalent to| was equivalent to)$",
    )
});

/// What may stand between a share opening its sentence and the part it names: "of the
/// parcels, ", "of them, about ".
static OF_THEM_THEN_PART: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^ of (?:(?:the|these|those|its|their|all the|all) )?(?P<noun>[a-z'-]+)(?: [a-z'-]+)?,? (?:or |some |about |around |roughly |nearly |almost |just over |more than )?$",
    )
});

/// A sentence that opens by naming a whole of the sentence before and gives the share of
/// it that a part is: "Of the structures destroyed, about 69 percent were homes", "Of
/// those killed, 60% were civilians". The text before the share, then after it.
static OF_THE_WHOLE_THEN_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:of|among) (?:the|those|these|all the|all) (?P<whole>[a-z'-]+)(?: [a-z'-]+)?,$",
    )
});

/// What names the part after such a share: " were homes", " of them were homes".
static WERE_THE_PART: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?: of them)? (?:were|was|are|is|have been|had been) (?:(?:the|their|its) )?(?P<part>[a-z'-]+)\b",
    )
});

/// What may stand between the share and its whole: "of", "of the", "of its".
static OF_THE_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^ of (?:the |its |their |all |all the |his |her )?$")
});

/// Binds each share that points back ("That is 21% of the 870 million litres") to the
/// one level of the sentence before that counts what its whole counts.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s) in stated_shares(frames) {
        let opening = prose
            .get(s.frame.sentence.start..s.claim.start)
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if !POINTING_BACK.is_match(&opening) {
            continue;
        }
        let Some(whole) = frames.figures.get(i + 1).filter(|w| {
            w.frame.sentence == s.frame.sentence
                && matches!(w.claim.kind, Kind::Number | Kind::Money)
                && prose
                    .get(s.claim.end..w.claim.start)
                    .is_some_and(|between| OF_THE_WHOLE.is_match(&between.to_ascii_lowercase()))
        }) else {
            continue;
        };
        out.extend(share_of_the_level_before(prose, frames, (i, s), whole));
    }
}

/// The opening of a sentence that points back to what the one before gave and goes on
/// to a whole: "That is still below the ", "This was ".
static POINTING_BACK_THEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?:that|this|it)(?:'s|’s| is| was| remains| remained)\b")
});

/// What names the whole just before a share as the level pointed at: " of that level",
/// " of it", " of the peak".
static OF_THAT_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^ of (?:it|that|this|(?:that|this|the) (?:level|figure|total|number|peak|record|amount|sum))(?:[.,;)]| -|$)",
    )
});

/// Binds each share that closes a sentence pointing back ("That is still below the 53
/// million made before the pandemic, about 91% of that level") to the whole just before
/// it and the one level of the sentence before that counts what the whole counts.
pub(crate) fn recognise_whole_before_share(
    doc: &Document,
    frames: &Frames<'_>,
    out: &mut Vec<Relation>,
) {
    let prose = doc.prose();
    for (i, s) in stated_shares(frames) {
        let opening = lower(prose, s.frame.sentence.start..s.claim.start);
        if !POINTING_BACK_THEN.is_match(opening.trim_start()) {
            continue;
        }
        let after = lower(prose, s.claim.end..s.frame.sentence.end);
        if !OF_THAT_LEVEL.is_match(&after) {
            continue;
        }
        let Some(whole) = i
            .checked_sub(1)
            .and_then(|w| frames.figures.get(w))
            .filter(|w| {
                w.frame.sentence == s.frame.sentence
                    && matches!(w.claim.kind, Kind::Number | Kind::Money)
                    && w.frame.role == Role::Level
            })
        else {
            continue;
        };
        // (the whole is the only figure before the share: "That is 40% of the 53
        // million" is read by the binder above)
        let first = frames
            .within(s.frame.sentence.clone())
            .first()
            .is_some_and(|f| f.id == whole.id);
        if !first {
            continue;
        }
        out.extend(share_of_the_level_before(prose, frames, (i, s), whole));
    }
}

/// Binds each share that opens its sentence and names its part ("More than a third of
/// the parcels, 21,400, went to families") to the one level of the sentence before that
/// counts what the share is of.
pub(crate) fn recognise_part_named(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s) in stated_shares(frames) {
        let opens = prose
            .get(s.frame.sentence.start..s.claim.start)
            .is_some_and(|before| before.trim().is_empty());
        let Some(part) = frames.figures.get(i + 1).filter(|p| {
            opens
                && p.frame.sentence == s.frame.sentence
                && matches!(p.claim.kind, Kind::Number | Kind::Money)
                && p.frame.role == Role::Level
        }) else {
            continue;
        };
        let between = prose
            .get(s.claim.end..part.claim.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(noun) = OF_THEM_THEN_PART
            .captures(&between)
            .and_then(|cap| cap.name("noun"))
            .map(|m| m.as_str().to_string())
        else {
            continue;
        };
        let Some(whole) = one_whole_before(prose, frames, i, part, &noun) else {
            continue;
        };
        out.push(super::bind::across_share(
            part.id,
            whole.id,
            s.id,
            format!("the one level of the sentence before that counts the {noun}"),
        ));
    }
}

/// Binds each share of a sentence that opens by naming the whole and closes by naming
/// the part ("Of the structures destroyed, about 69 percent were homes") to the one
/// count of each noun in the sentence before ("destroyed 212 structures, including 146
/// homes").
pub(crate) fn recognise_whole_then_part(
    doc: &Document,
    frames: &Frames<'_>,
    out: &mut Vec<Relation>,
) {
    let prose = doc.prose();
    for (i, s) in stated_shares(frames) {
        let opening = lower(prose, s.frame.sentence.start..s.claim.start);
        let after = lower(prose, s.claim.end..s.frame.sentence.end);
        let (Some(whole_noun), Some(part_noun)) = (
            OF_THE_WHOLE_THEN_SHARE
                .captures(opening.trim())
                .and_then(|c| c.name("whole").map(|m| m.as_str().to_string())),
            WERE_THE_PART
                .captures(&after)
                .and_then(|c| c.name("part").map(|m| m.as_str().to_string())),
        ) else {
            continue;
        };
        let Some(before) = super::bind::figures_of_sentence_just_before(prose, frames, i) else {
            continue;
        };
        let one_counting = |noun: &str| {
            only_one(before.iter().copied().filter(|f| {
                f.claim.kind == Kind::Number
                    && f.frame.role == Role::Level
                    && counts(f.claim, noun)
                    && !super::bind_total_share::earlier_level(prose, f)
            }))
        };
        let (Some(whole), Some(part)) = (one_counting(&whole_noun), one_counting(&part_noun))
        else {
            continue;
        };
        if whole.id == part.id || part.claim.value >= whole.claim.value {
            continue;
        }
        out.push(super::bind::across_share(
            part.id,
            whole.id,
            s.id,
            format!("the {whole_noun} and the {part_noun} the sentence before counts"),
        ));
    }
}

/// The share `s` (figure `i`) of `whole` that the one level of the sentence before like
/// the whole is ([`one_level_like`]), which the share's sentence points back to.
fn share_of_the_level_before(
    prose: &str,
    frames: &Frames<'_>,
    (i, s): (usize, &Figure<'_>),
    whole: &Figure<'_>,
) -> Option<Relation> {
    let part = one_level_like(prose, frames, i, whole)?;
    Some(super::bind::across_share(
        part.id,
        whole.id,
        s.id,
        "the level of the sentence before, which the share points back to".to_string(),
    ))
}

/// The one level of the sentence before share `i` of `part`'s kind and currency that
/// counts `noun` ("the parcels"; any, for "them"), larger than the part.
fn one_whole_before<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    i: usize,
    part: &Figure<'a>,
    noun: &str,
) -> Option<&'f Figure<'a>> {
    let pointing = matches!(noun, "them" | "those" | "these");
    let before = super::bind::figures_of_sentence_just_before(prose, frames, i)?;
    let whole = only_one(before.into_iter().filter(|f| {
        same_measure(f.claim, part.claim)
            && current_level(prose, f)
            && (pointing || counts(f.claim, noun))
    }))?;
    (whole.claim.value > part.claim.value).then_some(whole)
}

/// The one level of the sentence before share `i` that counts what `whole` counts, in
/// its kind, unit and currency and as a rate or not as it is, smaller than it.
fn one_level_like<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    i: usize,
    whole: &Figure<'a>,
) -> Option<&'f Figure<'a>> {
    let before = super::bind::figures_of_sentence_just_before(prose, frames, i)?;
    let part = only_one(before.into_iter().filter(|f| {
        same_measure(f.claim, whole.claim)
            && current_level(prose, f)
            // (a count must name what it counts, as the whole does; money its currency)
            && (whole.claim.kind == Kind::Money || f.claim.unit.is_some())
            && rate_over_time(prose, f) == rate_over_time(prose, whole)
    }))?;
    (part.claim.value < whole.claim.value).then_some(part)
}

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
use crate::rules::arithmetic::period_rate::per_period_follows;
use crate::rules::figure::same_unit;

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

/// What may stand between the share and its whole: "of", "of the", "of its".
static OF_THE_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^ of (?:the |its |their |all |all the |his |her )?$")
});

/// Binds each share that points back ("That is 21% of the 870 million litres") to the
/// one level of the sentence before that counts what its whole counts.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s) in frames.figures.iter().enumerate() {
        if s.claim.kind != Kind::Percent || matches!(s.frame.role, Role::Change | Role::Multiple) {
            continue;
        }
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
        let Some(part) = one_level_like(prose, frames, i, whole) else {
            continue;
        };
        out.push(super::bind::across_share(
            part.id,
            whole.id,
            s.id,
            "the level of the sentence before, which the share points back to".to_string(),
        ));
    }
}

/// Binds each share that opens its sentence and names its part ("More than a third of
/// the parcels, 21,400, went to families") to the one level of the sentence before that
/// counts what the share is of.
pub(crate) fn recognise_part_named(
    doc: &Document,
    frames: &Frames<'_>,
    out: &mut Vec<Relation>,
) {
    let prose = doc.prose();
    for (i, s) in frames.figures.iter().enumerate() {
        if s.claim.kind != Kind::Percent || matches!(s.frame.role, Role::Change | Role::Multiple) {
            continue;
        }
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
    let mut levels = before.into_iter().filter(|f| {
        f.claim.kind == part.claim.kind
            && f.claim.currency == part.claim.currency
            && f.frame.role == Role::Level
            && (pointing || crate::rules::figure::counts(f.claim, noun))
            && same_unit(f.claim, part.claim)
            && !super::bind_total_share::earlier_level(prose, f)
            && !super::bind_previous_total::compared(prose, f)
    });
    let whole = levels.next()?;
    (levels.next().is_none() && whole.claim.value > part.claim.value).then_some(whole)
}

/// The one level of the sentence before share `i` that counts what `whole` counts, in
/// its kind, unit and currency and as a rate or not as it is, smaller than it.
fn one_level_like<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    i: usize,
    whole: &Figure<'a>,
) -> Option<&'f Figure<'a>> {
    let rate = |f: &Figure<'_>| {
        prose
            .get(f.claim.end..f.frame.sentence.end)
            .is_some_and(|after| per_period_follows(&after.to_ascii_lowercase()))
    };
    let before = super::bind::figures_of_sentence_just_before(prose, frames, i)?;
    let mut levels = before.into_iter().filter(|f| {
        f.claim.kind == whole.claim.kind
            && f.frame.role == Role::Level
            && f.claim.currency == whole.claim.currency
            // (a count must name what it counts, as the whole does; money its currency)
            && (whole.claim.kind == Kind::Money || f.claim.unit.is_some())
            && same_unit(f.claim, whole.claim)
            && rate(f) == rate(whole)
            && !super::bind_total_share::earlier_level(prose, f)
            && !super::bind_previous_total::compared(prose, f)
    });
    let part = levels.next()?;
    (levels.next().is_none() && part.claim.value < whole.claim.value).then_some(part)
}

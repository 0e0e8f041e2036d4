//! A percentage change said in the sentence after the level and the amount it restates:
//! "The prison population has reached a record 88,400, up 4,200 on a year ago. That is
//! an increase of 5 per cent." The level before the change is the level less the
//! amount, so the percentage can be checked though neither sentence gives that level.
//!
//! The skeletons read such a sentence with the one before as one (`figure::skeletons`)
//! when the phrasings fit across the full stop ("… up from 356,000 a year earlier. That
//! is a rise of 56,000, or 16%"), at error severity; this binder reads the level and its
//! move wherever they stand in the sentence before ("…, up 4,200 on a year ago,
//! according to figures published yesterday").
//!
//! The binding is narrow on purpose: the sentence opens by pointing back ("That is",
//! "This was", "It represents") with a noun of change and its percentage, its first
//! figure; the sentence right before (nothing but white space between) gives exactly one
//! level and one amount said as a move ("up 4,200", "down 300"), of one kind and unit,
//! moving the way the noun says. Bound across sentences, the relation is
//! [`Relation::Across`], judged by `arithmetic/percent-change` at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{AmountChange, Relation};
use crate::frame::{Figure, Frames, Role};

use super::arithmetic::amount_change::TIME_ASIDE;
use super::bind::{across, holds_any, lower, own_figures, sentence_just_before};

/// The opening of a sentence that restates the change before it as a percentage: "that
/// is an increase of ", "this represents a fall of about ".
static THAT_IS_A_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:that|this|it)(?: figure| rise| fall)? (?:is|was|represents|represented|marks|marked) (?:an? )?(?P<w>increase|rise|jump|climb|fall|drop|decrease|decline|reduction) of (?:about |around |roughly |some |nearly |almost |just over |just under |more than )?$",
    )
});

/// A time said right after a level, before its move ([`TIME_ASIDE`]).
static TIME_ASIDE_FIRST: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(&format!("^{TIME_ASIDE}")));

/// Binds each "That is an increase of C%" to the level and amount of the sentence before.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    let opens = |t: &str| holds_any(t, &["That ", "This ", "It "]);
    if !opens(prose) {
        return;
    }
    for sentence in frames.sentences(doc) {
        let text = prose.get(sentence.clone()).unwrap_or("");
        if !opens(crate::document::head(text, 5)) {
            continue;
        }
        let here = own_figures(frames, sentence.clone());
        let Some(stated) = here.first().filter(|f| f.claim.kind == Kind::Percent) else {
            continue;
        };
        let opening = lower(prose, sentence.start..stated.claim.start);
        let Some(cap) = THAT_IS_A_CHANGE.captures(&opening) else {
            continue;
        };
        let rises = matches!(
            cap.name("w").map(|m| m.as_str()),
            Some("increase" | "rise" | "jump" | "climb")
        );
        let Some((level, amount, direction)) = level_and_move_before(doc, frames, sentence.start)
        else {
            continue;
        };
        if (direction > 0) != rises {
            continue;
        }
        out.push(across(
            Relation::AmountChange(AmountChange {
                amount: amount.id,
                stated: stated.id,
                level: level.id,
                direction,
                level_is_before: false,
            }),
            "the level and the move the sentence before gives".to_string(),
        ));
    }
}

/// The one level and the one amount said as a move ("up 4,200", "down by 300") of the
/// sentence right before the one starting at `start`, with the move's direction.
fn level_and_move_before<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    start: usize,
) -> Option<(&'f Figure<'a>, &'f Figure<'a>, i8)> {
    let prose = doc.prose();
    let before = sentence_just_before(doc, start)?;
    let quantities: Vec<&Figure<'a>> = own_figures(frames, before)
        .into_iter()
        .filter(|f| f.claim.kind.is_quantity() && f.claim.kind != Kind::Percent)
        .collect();
    let [level, amount] = quantities[..] else {
        return None;
    };
    let said_before = lower(prose, level.claim.end..amount.claim.start);
    // (a time the level is of may stand before its move: "£827bn in the last financial
    // year, up £41bn")
    let said_before = TIME_ASIDE_FIRST
        .find(&said_before)
        .map_or(said_before.as_str(), |m| &said_before[m.end()..]);
    let direction = match said_before.trim_start_matches(',').trim() {
        "up" | "up by" => 1,
        "down" | "down by" => -1,
        _ => return None,
    };
    let fits = level.frame.role == Role::Level
        && crate::rules::figure::comparable(level.claim, amount.claim)
        && crate::rules::figure::same_unit(level.claim, amount.claim)
        && level.claim.value > amount.claim.value;
    fits.then_some((level, amount, direction))
}

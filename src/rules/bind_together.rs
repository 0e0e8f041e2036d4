//! A total that adds up the amounts of the sentence before: "Income tax raised £268bn and
//! national insurance £176bn. Together the two taxes brought in £444bn." A sentence that
//! opens "Together", "Taken together", "Between them" or "Combined" sums what the one
//! before it gives.
//!
//! The binding is narrow on purpose: the total is the first amount of its sentence; the
//! parts are every current amount of the sentence right before (only white space
//! between) of the total's kind, currency and unit, at least two, each smaller than the
//! total, and as many as the opening says when it counts them ("the two", "both", "the
//! three"). A sentence before that gives such an amount as an earlier level or a change
//! ("up from £250bn", "up £4bn") is left alone. Bound across sentences, the relation is [`Relation::Across`], judged by
//! `arithmetic/sum` at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames};

use super::bind::{across_sum, current_level, holds_any, lower, own_figures, sentence_just_before};

/// The opening of a sentence that adds up the one before, up to its total: "together
/// the two taxes brought in ", "between them, they employ about ".
static TOGETHER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:together|taken together|between them|combined),?(?: [a-z'-]+){0,6}? (?:about |around |roughly |some |nearly |almost |just over |just under |more than |a total of )?$",
    )
});

/// Binds each total that opens "Together" to the amounts of the sentence before.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    let opens = |t: &str| {
        holds_any(
            t,
            &["Together", "Taken together", "Between them", "Combined"],
        )
    };
    if !opens(prose) {
        return;
    }
    for sentence in frames.sentences(doc) {
        if !opens(crate::document::head(
            prose.get(sentence.clone()).unwrap_or(""),
            16,
        )) {
            continue;
        }
        // (the first amount the opening leads to that the sentence before adds up to:
        // "the three" in "Combined, the three firms employ 7,700" is a figure too)
        let Some((total, parts, opening)) = own_figures(frames, sentence.clone())
            .into_iter()
            .filter(|f| f.claim.kind.is_quantity() && f.claim.kind != Kind::Percent)
            .find_map(|f| {
                // (the opening is a few words: a figure far into a long sentence is none)
                if f.claim.start.saturating_sub(sentence.start) > 160 {
                    return None;
                }
                let opening = lower(prose, sentence.start..f.claim.start);
                // ("Together with Tamar they employ 8,000": a third party is added)
                if !TOGETHER.is_match(&opening) || opening.starts_with("together with") {
                    return None;
                }
                let parts = parts_just_before(doc, frames, sentence.start, f)?;
                Some((f, parts, opening))
            })
        else {
            continue;
        };
        let counted = [
            ("both ", 2),
            ("the two ", 2),
            ("the three ", 3),
            ("the four ", 4),
        ]
        .iter()
        .find(|(w, _)| opening.contains(w))
        .map(|&(_, n)| n);
        if counted.is_some_and(|n| n != parts.len()) {
            continue;
        }
        out.push(across_sum(
            total.id,
            parts.iter().map(|f| f.id).collect(),
            true,
            "the amounts the sentence before gives".to_string(),
        ));
    }
}

/// Every current amount like `total` in the sentence right before the one starting at
/// `start`, when there are at least two and each is smaller than it.
fn parts_just_before<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    start: usize,
    total: &Figure<'a>,
) -> Option<Vec<&'f Figure<'a>>> {
    let prose = doc.prose();
    let before = sentence_just_before(doc, start)?;
    let alike: Vec<&Figure<'a>> = own_figures(frames, before)
        .into_iter()
        .filter(|f| {
            f.claim.kind == total.claim.kind
                && crate::rules::figure::comparable(f.claim, total.claim)
                && crate::rules::figure::same_unit(f.claim, total.claim)
        })
        .collect();
    let fits = alike.len() >= 2
        && alike
            .iter()
            .all(|f| current_level(prose, f) && f.claim.value < total.claim.value);
    fits.then_some(alike)
}

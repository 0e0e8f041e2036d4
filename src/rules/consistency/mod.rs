//! The copy contradicting itself: one quantity, two values; comparisons that do not hold.

use crate::document::Document;
use crate::extract::Claim;
use crate::frame::{Frames, Relation};
use crate::rules::figure::Skeleton;

pub(crate) mod comparison;
pub(crate) mod conflicting;
pub(crate) mod conversion_rate;
pub(crate) mod projected_amounts;
pub(crate) mod repeated_sentence;

// Each rule's id, severity and docs live beside its code.
pub use comparison::COMPARISON;
pub use conflicting::CONFLICTING_VALUES;
pub use conversion_rate::CONVERSION_RATE;

/// Whether a comparison may stand in a sentence with these figures.
pub(crate) fn wants(text: &str, figs: &[&Claim]) -> bool {
    comparison::HINT.is_match(text) || figs.iter().any(|f| crate::interval::is_word_fraction(f))
}

/// The comparisons the copy of one sentence makes.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    comparison::recognise(frames, skel, out);
}

/// Consistency findings for one document, given its figures in document order (framed
/// here): the findings of [`crate::rules::check`] of this family, so every reading
/// (the cross-sentence binder, a difference not read as a comparison) is the same.
pub fn check(doc: &Document, claims: &[Claim]) -> Vec<crate::finding::Finding> {
    let frames = crate::frame::frame(doc, claims);
    let mut out = crate::rules::check(doc, &frames);
    out.retain(|f| f.rule.as_str().starts_with("consistency/"));
    out
}

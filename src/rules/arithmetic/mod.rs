//! Arithmetic inside the copy: changes, multiples, shares and sums against the figures given.

use crate::document::Document;
use crate::extract::Claim;
use crate::frame::{Frames, Relation};
use crate::rules::figure::Skeleton;

/// Words that a two-figure sentence needs for any arithmetic rule but the percentage
/// ones to apply: multiples, "most of", parts, a rate over a period.
static HINT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"[Dd]oubl|[Tt]ripl|[Tt]rebl|[Qq]uadrupl|[Hh]alv|fold|[Tt]wice|[Hh]alf|times|third|quarter|fifth|tenth|[Mm]ost|[Mm]ajority|of which|of whom|of them|includ|annually|monthly|weekly|daily|{}",
        period_rate::PER_PERIOD
    ))
});

pub(crate) mod amount_change;
pub(crate) mod answers;
pub(crate) mod average;
pub(crate) mod balance;
pub(crate) mod complement;
pub(crate) mod conversion;
pub(crate) mod difference;
pub(crate) mod duration_multiple;
pub(crate) mod games;
pub(crate) mod length_conversion;
pub(crate) mod list_count;
pub(crate) mod measure_conversion;
pub(crate) mod multiple;
pub(crate) mod percent_change;
pub(crate) mod period_rate;
pub(crate) mod rate_per;
pub(crate) mod share;
pub(crate) mod share_apposition;
pub(crate) mod spread_over_time;
pub(crate) mod sum;
pub(crate) mod two_shares;
pub(crate) mod year_span;

// Each rule's id, severity and docs live beside its code.
pub use average::AVERAGE;
pub use conversion::CONVERSION;
pub use list_count::LIST_COUNT;
pub use multiple::MULTIPLE;
pub use percent_change::PERCENT_CHANGE;
pub use share::SHARE;
pub use sum::SUM;

/// Whether an arithmetic phrasing may stand in a sentence with these figures: building
/// a skeleton costs more than this test.
pub(crate) fn wants(text: &str, figs: &[&Claim]) -> bool {
    figs.len() >= 3
        || figs.iter().any(|f| f.kind == crate::extract::Kind::Percent)
        || HINT.is_match(text)
        || difference::wants(figs)
}

/// The arithmetic relations the copy of one sentence states.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    percent_change::recognise(frames, skel, out);
    amount_change::recognise(frames, skel, out);
    multiple::recognise(frames, skel, out);
    share::recognise(frames, skel, out);
    share_apposition::recognise(frames, skel, out);
    sum::recognise(frames, skel, out);
    games::recognise(frames, skel, out);
    complement::recognise(frames, skel, out);
    answers::recognise(frames, skel, out);
    average::recognise(frames, skel, out);
    spread_over_time::recognise(frames, skel, out);
    period_rate::recognise(frames, skel, out);
    rate_per::recognise(frames, skel, out);
    difference::recognise(frames, skel, out);
    two_shares::recognise(frames, skel, out);
}

/// Arithmetic findings for one document, given its figures in document order (framed
/// here): the findings of [`crate::rules::check`] of this family, so every reading
/// (the cross-sentence binder, a difference not read as a comparison) is the same.
pub fn check(doc: &Document, claims: &[Claim]) -> Vec<crate::finding::Finding> {
    let frames = crate::frame::frame(doc, claims);
    let mut out = crate::rules::check(doc, &frames);
    out.retain(|f| f.rule.as_str().starts_with("arithmetic/"));
    out
}

//! The copy contradicting itself: one quantity, two values; comparisons that do not hold.

use super::Rule;
use crate::finding::Severity;

/// `consistency/conflicting-values`: The same quantity is given two different values in one document.
pub const CONFLICTING_VALUES: Rule = Rule {
    id: crate::rules::RuleId::ConflictingValues,
    default_severity: Severity::Error,
    summary: "The same quantity is given two different values in one document.",
    doc: r#"Finds the same quantity stated twice with values that cannot both be true: the same counted
noun (with the same modifiers: "criminal removals" is not "removals"), the same period
("last year" and "last fiscal year" are one; "this year" and 2023 are not), the same
place, and both actual or both projected. The finding is at the later figure, with
`related` pointing at the first.

Left alone: repeats of the same value (a pasted paragraph), figures for different periods
or places, figures with no counted noun or no stated period, two values in one sentence (a
contrast the writer made), and rates ("a year").

**Why.** A reader who meets two values for one thing trusts neither.

**Tolerance.** Each figure is read as every value that rounds to it; approximate figures
±10%; "more than 117,000" and "120,000" agree.

**Example.**

    The agency carried out 271,000 removals last year.
    ...
    Its annual report puts removals last fiscal year at 217,000 removals.

**Fix.** Correct the figure that is wrong (transposed digits are common), or say how the
two counts differ."#,
};

/// `consistency/comparison`: A comparison between two figures does not hold for their values.
pub const COMPARISON: Rule = Rule {
    id: crate::rules::RuleId::Comparison,
    default_severity: Severity::Error,
    summary: "A comparison between two figures does not hold for their values.",
    doc: r#"Checks a comparison the copy makes between two of its figures: "fewer than the B", "more
than the B", "exceeds", "far exceeds", "below", "higher than", "outnumber", "topped",
"more than double the B", "less than half the B", "more than three times the B".

A qualifier on a single figure ("more than 117,000 deportations") is not a comparison: the
second figure must carry a determiner ("than the 271,000", "than last year's 290") or a
multiple.

**Why.** A comparison that points the wrong way says the opposite of the figures.

**Tolerance.** Figures as for `arithmetic/percent-change`; the rule fires only when no
reading of the two figures satisfies the comparison.

**Example.**

    The council approved 310 homes this year, fewer than the 290 homes approved last year.

**Fix.** Correct a figure or turn the comparison round."#,
};

use crate::document::Document;
use crate::extract::Claim;
use crate::frame::{Frames, Relation};
use crate::rules::figure::Skeleton;

pub(crate) mod comparison;
pub(crate) mod conflicting;

/// Whether a comparison may stand in a sentence with these figures.
pub(crate) fn wants(text: &str, figs: &[&Claim]) -> bool {
    comparison::HINT.is_match(text) || figs.iter().any(|f| crate::interval::is_word_fraction(f))
}

/// The comparisons the copy of one sentence makes.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    comparison::recognise(frames, skel, out);
}

/// Consistency findings for one document, given its figures in document order (framed
/// here: the full pipeline frames once and calls [`crate::rules::check`]).
pub fn check(doc: &Document, claims: &[Claim]) -> Vec<crate::finding::Finding> {
    let frames = crate::frame::frame(doc, claims);
    let mut relations = Vec::new();
    for skel in crate::rules::figure::skeletons(doc, &frames, wants) {
        recognise(&frames, &skel, &mut relations);
    }
    conflicting::recognise(doc, &frames, &mut relations);
    crate::rules::judge_all(doc, &frames, &relations)
}

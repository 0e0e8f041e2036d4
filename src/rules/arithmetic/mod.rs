//! Arithmetic inside the copy: changes, multiples, shares and sums against the figures given.

use super::Rule;
use crate::finding::Severity;

/// `arithmetic/percent-change`: A stated percentage change does not follow from the figures it compares.
pub const PERCENT_CHANGE: Rule = Rule {
    id: "arithmetic/percent-change",
    default_severity: Severity::Error,
    summary: "A stated percentage change does not follow from the figures it compares.",
    doc: "A stated percentage change does not follow from the figures it compares.",
};

/// `arithmetic/multiple`: Doubled, tripled, halved or N times does not match the figures given.
pub const MULTIPLE: Rule = Rule {
    id: "arithmetic/multiple",
    default_severity: Severity::Error,
    summary: "Doubled, tripled, halved or N times does not match the figures given.",
    doc: "Doubled, tripled, halved or N times does not match the figures given.",
};

/// `arithmetic/share`: A share or fraction does not match its parts.
pub const SHARE: Rule = Rule {
    id: "arithmetic/share",
    default_severity: Severity::Error,
    summary: "A share or fraction does not match its parts.",
    doc: "A share or fraction does not match its parts.",
};

/// `arithmetic/sum`: Parts stated as the whole do not add up to it.
pub const SUM: Rule = Rule {
    id: "arithmetic/sum",
    default_severity: Severity::Error,
    summary: "Parts stated as the whole do not add up to it.",
    doc: "Parts stated as the whole do not add up to it.",
};

use crate::document::Document;
use crate::extract::Claim;
use crate::finding::Finding;

pub(crate) mod figure;
mod multiple;
pub(crate) mod pattern;
mod percent_change;
mod share;
mod sum;

/// Arithmetic findings for one document, given its figures in document order. Only
/// sentences with two or more figures are looked at, so the cost follows the figures.
pub fn check(doc: &Document, claims: &[Claim]) -> Vec<Finding> {
    let mut out = Vec::new();
    for skel in figure::skeletons(doc, claims, 2) {
        percent_change::check(doc, &skel, &mut out);
        multiple::check(doc, &skel, &mut out);
        share::check(doc, &skel, &mut out);
        sum::check(doc, &skel, &mut out);
    }
    out
}

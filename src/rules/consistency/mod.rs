//! The copy contradicting itself: one quantity, two values; comparisons that do not hold.

use super::Rule;
use crate::finding::Severity;

/// `consistency/conflicting-values`: The same quantity is given two different values in one document.
pub const CONFLICTING_VALUES: Rule = Rule {
    id: "consistency/conflicting-values",
    default_severity: Severity::Error,
    summary: "The same quantity is given two different values in one document.",
    doc: "The same quantity is given two different values in one document.",
};

/// `consistency/comparison`: A comparison between two figures does not hold for their values.
pub const COMPARISON: Rule = Rule {
    id: "consistency/comparison",
    default_severity: Severity::Error,
    summary: "A comparison between two figures does not hold for their values.",
    doc: "A comparison between two figures does not hold for their values.",
};

use crate::document::Document;
use crate::extract::Claim;
use crate::finding::Finding;

mod comparison;
mod conflicting;

/// Consistency findings for one document, given its figures in document order.
pub fn check(doc: &Document, claims: &[Claim]) -> Vec<Finding> {
    let mut out = Vec::new();
    for skel in crate::rules::arithmetic::figure::skeletons(doc, claims, 2) {
        comparison::check(doc, &skel, &mut out);
    }
    conflicting::check(doc, claims, &mut out);
    out
}

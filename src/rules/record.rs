//! Rules on figures against their records: contradicted, ambiguous, unsourced.

use super::Rule;
use crate::finding::Severity;

/// `record/contradicted`: A figure disagrees with the record it links to.
pub const CONTRADICTED: Rule = Rule {
    id: "record/contradicted",
    default_severity: Severity::Error,
    summary: "A figure disagrees with the record it links to.",
    doc: "A figure disagrees with the record it links to.",
};

/// `record/ambiguous`: Two records fit a figure equally well.
pub const AMBIGUOUS: Rule = Rule {
    id: "record/ambiguous",
    default_severity: Severity::Warning,
    summary: "Two records fit a figure equally well.",
    doc: "Two records fit a figure equally well.",
};

/// `record/unsourced`: No record links to the figure.
pub const UNSOURCED: Rule = Rule {
    id: "record/unsourced",
    default_severity: Severity::Info,
    summary: "No record links to the figure.",
    doc: "No record links to the figure.",
};

//! Duplicated passages within and across documents.

use super::Rule;
use crate::finding::Severity;

/// `duplicate/passage`: A passage is repeated within a document.
pub const PASSAGE: Rule = Rule {
    id: "duplicate/passage",
    default_severity: Severity::Warning,
    summary: "A passage is repeated within a document.",
    doc: "A passage is repeated within a document.",
};

/// `duplicate/cross-file`: A passage is shared by two documents.
pub const CROSS_FILE: Rule = Rule {
    id: "duplicate/cross-file",
    default_severity: Severity::Warning,
    summary: "A passage is shared by two documents.",
    doc: "A passage is shared by two documents.",
};

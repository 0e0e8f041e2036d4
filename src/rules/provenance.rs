//! Rules on sources: their archived snapshots and the quotes claimed from them.

use super::Rule;
use crate::finding::Severity;

/// `provenance/hash-mismatch`: A snapshot's bytes do not hash to its recorded sha256.
pub const HASH_MISMATCH: Rule = Rule {
    id: "provenance/hash-mismatch",
    default_severity: Severity::Error,
    summary: "A snapshot's bytes do not hash to its recorded sha256.",
    doc: "A snapshot's bytes do not hash to its recorded sha256.",
};

/// `provenance/quote-not-found`: A claim's quote is absent from its source's snapshot.
pub const QUOTE_NOT_FOUND: Rule = Rule {
    id: "provenance/quote-not-found",
    default_severity: Severity::Error,
    summary: "A claim's quote is absent from its source's snapshot.",
    doc: "A claim's quote is absent from its source's snapshot.",
};

/// `provenance/missing-snapshot`: A source has no archived copy.
pub const MISSING_SNAPSHOT: Rule = Rule {
    id: "provenance/missing-snapshot",
    default_severity: Severity::Warning,
    summary: "A source has no archived copy.",
    doc: "A source has no archived copy.",
};

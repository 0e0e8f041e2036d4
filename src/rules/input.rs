//! Problems with the input itself: encoding, binary files, malformed suppressions.

use super::Rule;
use crate::finding::Severity;

/// `input/encoding`: The file is not UTF-8 and was read as Windows-1252.
pub const ENCODING: Rule = Rule {
    id: "input/encoding",
    default_severity: Severity::Warning,
    summary: "The file is not UTF-8 and was read as Windows-1252.",
    doc: "The file is not UTF-8 and was read as Windows-1252.",
};

/// `input/binary`: The file looks binary and was skipped.
pub const BINARY: Rule = Rule {
    id: "input/binary",
    default_severity: Severity::Warning,
    summary: "The file looks binary and was skipped.",
    doc: "The file looks binary and was skipped.",
};

/// `input/suppression`: An inline suppression is malformed or gives no reason.
pub const SUPPRESSION: Rule = Rule {
    id: "input/suppression",
    default_severity: Severity::Error,
    summary: "An inline suppression is malformed or gives no reason.",
    doc: "An inline suppression is malformed or gives no reason.",
};

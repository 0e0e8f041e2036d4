//! Problems with the input itself: encoding, binary files, malformed suppressions.

use super::Rule;
use crate::finding::Severity;

/// `input/encoding`: The file is not UTF-8 and was read as Windows-1252.
pub const ENCODING: Rule = Rule {
    id: super::RuleId::Encoding,
    default_severity: Severity::Warning,
    summary: "The file is not UTF-8 and was read as Windows-1252.",
    doc: "The file is not UTF-8 and was read as Windows-1252.",
};

/// `input/binary`: The file looks binary and was skipped.
pub const BINARY: Rule = Rule {
    id: super::RuleId::Binary,
    default_severity: Severity::Warning,
    summary: "The file looks binary and was skipped.",
    doc: "The file looks binary and was skipped.",
};

/// `input/suppression`: An inline suppression is malformed or gives no reason.
pub const SUPPRESSION: Rule = Rule {
    id: super::RuleId::Suppression,
    default_severity: Severity::Error,
    summary: "An inline suppression is malformed or gives no reason.",
    doc: "An inline suppression is malformed or gives no reason.

In Markdown and HTML copy, `<!-- claimcheck: ignore RULE reason=\"why\" -->` silences RULE
(or several, separated by commas) for the paragraph that follows the comment. The reason
is required, so every silenced finding says why in review. A comment that starts with
`claimcheck:` but gives no reason, an empty one, names no rule or a rule that does not
exist, or uses another word than `ignore`, silences nothing and is reported here, so a
typo never hides a finding quietly.

Example: `<!-- claimcheck: ignore record/unsourced -->` is flagged; write
`<!-- claimcheck: ignore record/unsourced reason=\"figure from the council minutes\" -->`.

Suppressed findings are listed under `suppressed` in the JSON report and left out of
SARIF. For findings in plain-text copy, or many at once, use `check --baseline`.",
};

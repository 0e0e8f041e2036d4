//! Rules on sources: their archived snapshots and the quotes claimed from them.

use super::Rule;
use crate::finding::Severity;

/// `provenance/hash-mismatch`: A snapshot's bytes do not hash to its recorded sha256.
pub const HASH_MISMATCH: Rule = Rule {
    id: super::RuleId::HashMismatch,
    default_severity: Severity::Error,
    summary: "A snapshot's bytes do not hash to its recorded sha256.",
    doc: r#"`verify` (and `check`, for the sources the copy's figures rest on) re-hashes every
archived snapshot under sources/ and compares it with the source record's `sha256`. A
mismatch means the archived copy changed after it was recorded, so the figures resting on
it are reported `unverifiable`.

**Example.** `sha256: 0000…` on a source whose snapshot hashes to `5e1a…`; the finding
points at the `sha256:` line of the source record.

**How to fix.** If the snapshot was replaced on purpose, check the claims citing it
against the new copy and record its new sha256 (`sha256sum sources/snapshots/FILE`);
otherwise restore the archived copy from version control."#,
};

/// `provenance/quote-not-found`: A claim's quote is absent from its source's snapshot.
pub const QUOTE_NOT_FOUND: Rule = Rule {
    id: super::RuleId::QuoteNotFound,
    default_severity: Severity::Error,
    summary: "A claim's quote is absent from its source's snapshot.",
    doc: r#"A claim record cites a source with a `quote`, and the quote is not in that source's
snapshot. White space (line breaks, runs of spaces, non-breaking spaces) and curly or
straight quote marks are folded before comparing; case and wording are not.

**Example.** `quote: "1,240 ships"` when the snapshot reads "1,204 ships".

**How to fix.** Copy the quote verbatim from the snapshot, or correct the claim's value
if the quote was right and the number was not."#,
};

/// `provenance/missing-snapshot`: A source has no archived copy.
pub const MISSING_SNAPSHOT: Rule = Rule {
    id: super::RuleId::MissingSnapshot,
    default_severity: Severity::Warning,
    summary: "A source has no archived copy.",
    doc: r#"A source record has no `snapshot`, so nothing archived in the repository shows what
the source said when it was cited, and its figures cannot be re-checked if the original
changes or disappears. (A `snapshot` that names a missing file, a folder, or a path
outside sources/ is an error that stops the run.)

**How to fix.** Archive a copy with `claimcheck sources add FILE --id ID`, which stores it
under sources/snapshots/ with its sha256; or set the rule to `off` for sources that are
statements as reported elsewhere."#,
};

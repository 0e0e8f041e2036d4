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

/// `input/unsupported`: A file named to be checked is not copy (a PDF, a Word document, an
/// image): checking its bytes as text would give junk figures and a green run.
pub const UNSUPPORTED: Rule = Rule {
    id: super::RuleId::Unsupported,
    default_severity: Severity::Error,
    summary: "A file named on the command line is not copy claimcheck can read.",
    doc: "A file named on the command line is not copy claimcheck can read.

A PDF, Word (DOCX, DOC), OpenDocument, RTF, slide deck, spreadsheet or image file named
on the command line, or piped to standard input, is recognised by its first bytes and
stops the run with one line naming the file and its format, and exit status 2: checking
its bytes as text would report junk figures and pass. Convert it to text, Markdown or
HTML first (for a PDF, `pdftotext`; for Word, export as HTML or plain text).

In a folder walk such files are skipped with an `input/binary` warning instead, so one
stray file does not stop the check of a whole archive.

Example: `claimcheck check report.pdf` prints
`error: report.pdf:1:1: input/unsupported: a PDF document is not copy claimcheck can read; convert it to text first (.txt, .md or .html)`.",
};

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
(or several, separated by commas) for the paragraph that follows the comment;
`<!-- claimcheck: off RULE reason=\"why\" -->` silences it until
`<!-- claimcheck: on RULE -->` (or `on` with no rule, or the end of the file); and
`<!-- claimcheck: ignore-file RULE reason=\"why\" -->` for the whole file. The reason
is required, so every silenced finding says why in review. A comment that starts with
`claimcheck:` but gives no reason, an empty one, names no rule or a rule that does not
exist, or uses another word than `ignore`, `off`, `on` or `ignore-file`, silences nothing and is reported here, so a
typo never hides a finding quietly.

Example: `<!-- claimcheck: ignore record/unsourced -->` is flagged; write
`<!-- claimcheck: ignore record/unsourced reason=\"figure from the council minutes\" -->`.

Suppressed findings are listed under `suppressed` in the JSON report and left out of
SARIF. In plain-text copy a directive is a line holding only the comment. For many
findings at once, use `check --baseline`.",
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

/// `suppress/unused`: An inline suppression silences nothing.
pub const UNUSED_SUPPRESSION: Rule = Rule {
    id: super::RuleId::UnusedSuppression,
    default_severity: Severity::Warning,
    summary: "An inline suppression silences nothing.",
    doc: "An inline suppression silences nothing.

A `claimcheck: ignore`, `off` or `ignore-file` comment that covers no finding of the rules
it names is reported by `check`: the figure it was written for has been corrected,
moved, or linked to a record, and a suppression left behind would silently hide the next
real finding in its paragraph. Remove it, or move it to the paragraph it was meant for.
Not reported when one of its rules is turned off for the file (`--ignore`, `--select`,
`rules:` or `overrides:`), since then nothing of that rule was looked for. A misspelt rule
id is `input/suppression`, with a \"did you mean\" hint.

Example: `<!-- claimcheck: ignore record/unsourced reason=\"pending\" -->` above a
paragraph whose figures are all sourced.",
};

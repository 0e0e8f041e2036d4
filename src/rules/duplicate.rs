//! Duplicated passages within and across documents (found by [`crate::dupes`]).

use super::Rule;
use crate::finding::Severity;

/// `duplicate/passage`: A passage is repeated within a document.
pub const PASSAGE: Rule = Rule {
    id: super::RuleId::DuplicatePassage,
    default_severity: Severity::Warning,
    summary: "A passage is repeated within a document.",
    doc: "A passage is repeated within a document, word for word or with small edits.

**What it checks.** Every run of at least `min_words` words (default 30; `--min-words`,
or `dupes: min_words:` in claimcheck.yaml) that appears twice in one article. Words are
compared after folding case, punctuation, quotation-mark style and line wrapping, and
with Markdown/HTML markup masked, so a paragraph re-pasted with curly quotes or a
different line break still counts. Runs separated by small edits — a changed figure, a
swapped word, a clause of up to a dozen words inserted — are one near repeat, provided
one stretch of it is exact for `min_words` words (copy reworded throughout is a rewrite,
not a duplicate, and is left alone). The finding
covers the whole repeated block (a block of fourteen paragraphs pasted twice is one
finding, not fourteen), points at the first copy as `related`, and gives the block's
length in words (counted as a word processor counts them, between spaces; a note gives
the number compared when that differs), its similarity (1.0 for an exact copy) and, for a
near repeat, a word-level diff of the repeat against the first copy: one `@@ lines A–B ~
C–D @@` hunk per change (first copy ~ repeat), with the removed words (`-`), the added
ones (`+`) and three words of context.

**Why it matters.** A block pasted twice is the commonest CMS accident and reads as
carelessness; a near repeat is worse, because its two copies disagree (one says 600
metres, the other 650) and at most one is right.

**Example.** Lines 16–29 of an article repeat lines 2–15 word for word: one finding at
lines 16–29, related lines 2–15, 720 words, similarity 1.0.

**How to fix.** Delete the repeat. For a near repeat, decide which copy is right (the
diff shows where they differ), keep it, and delete the other. A deliberate repeat (a
recap) can be silenced with `<!-- claimcheck: ignore duplicate/passage reason=\"...\" -->`.",
};

/// `duplicate/cross-file`: A passage is shared by two documents.
pub const CROSS_FILE: Rule = Rule {
    id: super::RuleId::DuplicateCrossFile,
    default_severity: Severity::Warning,
    summary: "A passage is shared by two documents.",
    doc: "A passage is shared by two documents, word for word or with small edits.

**What it checks.** Every run of at least `min_words` words (default 30) that appears in
two of the documents checked together, compared as for `duplicate/passage` (case,
punctuation, quote marks and wrapping folded; markup masked; small edits bridged). Files
are taken in path order: the finding is on the later file and its `related` names the
earlier file and span. A passage in several files is reported as one group — each later
copy points at the first — not as every pair; an article duplicated whole is one finding
per extra copy.

**Why it matters.** Recycled paragraphs go stale apart: one copy is corrected and the
other is not. In a duplicate-content audit the same finding lists the articles to merge
or redirect.

**Example.** `politics/b.txt` lines 3–5 repeat lines 7–9 of `politics/a.txt` with one word
changed: one finding on `politics/b.txt`, similarity 0.98, a diff showing the word.

**How to fix.** Check the shared passage against its sources once, correct every copy,
and where the copies are whole articles keep one. A shared boilerplate paragraph that is
meant to be there can be silenced inline or kept in a `--baseline`.",
};

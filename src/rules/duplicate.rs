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

/// The passages of one document that repeat an earlier one (the spans of its
/// `duplicate/passage` findings), and the findings folded into their first copy so far.
///
/// A passage pasted twice carries its errors twice: a finding inside a repeat that is
/// the same finding (same rule, same fingerprint) as an earlier one is folded into that
/// one with a note rather than reported again. `check` folds them as they are made
/// ([`folds`](Self::folds), [`kept_at`](Self::kept_at); see `check_parts`), so copy
/// pasted thousands of times never holds a finding for every copy of every figure
/// (issue 19, item 8); the report is folded again when it is finalized
/// ([`keeps`](Self::keeps)), for what was not folded as it was made.
#[derive(Debug, Default)]
pub struct PastedRepeats {
    /// The repeats, sorted by start (they do not overlap one another).
    spans: Vec<std::ops::Range<usize>>,
    /// The first finding of each rule and fingerprint: its place in the kept list.
    first_of: std::collections::HashMap<(super::RuleId, String), usize>,
    /// The lines each kept finding is repeated on, by its place in the kept list.
    lines: std::collections::BTreeMap<usize, Vec<usize>>,
}

impl PastedRepeats {
    /// Repeats at `spans` (the spans of a document's `duplicate/passage` findings).
    pub fn new(mut spans: Vec<std::ops::Range<usize>>) -> PastedRepeats {
        spans.sort_by_key(|r| r.start);
        PastedRepeats {
            spans,
            ..PastedRepeats::default()
        }
    }

    fn inside_repeat(&self, span: &std::ops::Range<usize>) -> bool {
        let i = self.spans.partition_point(|r| r.start <= span.start);
        i > 0 && self.spans.get(i - 1).is_some_and(|r| span.end <= r.end)
    }

    /// Whether `f` (fingerprinted) stays: not when it is the same finding as an earlier
    /// one inside a repeated passage of `doc`, whose repeat lines [`finish`](Self::finish)
    /// then notes. `at` is where `f`, kept, stands in the list `finish` is given.
    pub fn keeps(
        &mut self,
        doc: &crate::document::Document,
        f: &crate::finding::Finding,
        at: usize,
    ) -> bool {
        if self.folds(doc, f) {
            return false;
        }
        self.kept_at(f, at);
        true
    }

    /// Whether `f` (fingerprinted) is folded into an earlier finding kept ([`kept_at`](Self::kept_at)):
    /// the same finding inside a repeated passage of `doc`. Its line is then noted.
    pub fn folds(&mut self, doc: &crate::document::Document, f: &crate::finding::Finding) -> bool {
        if f.rule == PASSAGE.id || !self.inside_repeat(&f.span) {
            return false;
        }
        let key = (f.rule, f.fingerprint.clone());
        let Some(&i) = self.first_of.get(&key) else {
            return false;
        };
        self.lines
            .entry(i)
            .or_default()
            .push(doc.line_col(f.span.start).0);
        true
    }

    /// Notes that `f` is kept, at `at` of the list [`finish`](Self::finish) is given.
    pub fn kept_at(&mut self, f: &crate::finding::Finding, at: usize) {
        self.first_of
            .entry((f.rule, f.fingerprint.clone()))
            .or_insert(at);
    }

    /// Notes each kept finding with the lines it is repeated on.
    pub fn finish(self, kept: &mut [crate::finding::Finding]) {
        for (i, on) in self.lines {
            if let Some(f) = kept.get_mut(i) {
                f.notes.push(repeated_note(&on));
            }
        }
    }
}

/// One note for every repeat of a finding: "repeated on line 9, in a duplicated
/// passage", "repeated on lines 9, 14 and 20, …", or, past a handful, "repeated 36,197
/// times in duplicated passages (on lines 9, 14, 20, …)" rather than one note a repeat.
pub fn repeated_note(lines: &[usize]) -> String {
    const SHOWN: usize = 3;
    let mut distinct = lines.to_vec();
    distinct.dedup();
    let names: Vec<String> = distinct.iter().take(SHOWN).map(usize::to_string).collect();
    match lines {
        [one] => format!("repeated on line {one}, in a duplicated passage"),
        ls if ls.len() <= SHOWN && distinct.len() == ls.len() => match names.split_last() {
            Some((last, rest)) => format!(
                "repeated on lines {} and {last}, in duplicated passages",
                rest.join(", ")
            ),
            None => String::new(),
        },
        ls => format!(
            "repeated {} times in duplicated passages (on line{} {}{})",
            crate::num::format(ls.len() as f64, 0),
            if distinct.len() == 1 { "" } else { "s" },
            names.join(", "),
            if distinct.len() > SHOWN { ", …" } else { "" }
        ),
    }
}

//! The one diagnostic type: every rule returns [`Finding`]s and every format renders them.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::rules::RuleId;

/// How much a finding matters; `--fail-on` and per-rule settings compare against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A second place a finding concerns: the first copy of a duplicate, the earlier value of
/// a conflicting figure. Like a finding, it holds a byte span; renderers turn it into line
/// and column.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub path: String,
    pub span: Range<usize>,
    pub message: String,
}

impl Related {
    pub fn new(doc: &Document, span: Range<usize>, message: impl Into<String>) -> Self {
        Related {
            path: doc.path.clone(),
            span,
            message: message.into(),
        }
    }
}

/// One line of a finding's diff: `-` what the copy says, `+` what the record or the
/// computation says, ` ` context, `@` a hunk header (`@@ lines 2–15 ~ 16–29 @@`).
#[derive(Debug, Clone, PartialEq)]
pub struct DiffLine {
    pub sign: char,
    pub text: String,
}

/// What only a duplicate finding carries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duplicate {
    /// The passage's length in words.
    pub words: usize,
    /// How alike the two copies are, 0 to 1.
    pub similarity: f64,
    /// The [`DuplicateGroup`] this copy belongs to (`dupes` only; see [`group_label`]).
    pub group: Option<u64>,
}

/// Copies of one passage, within and across documents, as `dupes` groups them: every
/// place a passage was found, merged where copies overlap in a document, so a passage in
/// twenty files is one group of twenty members rather than nineteen pairs.
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateGroup {
    /// Stable id (see [`group_label`]): a hash of the earliest copy's words, so it stays
    /// the same when later copies come and go or lines move.
    pub id: u64,
    /// Every copy is a whole article (or nearly: nine tenths of its words), rather than a
    /// passage shared by articles that differ elsewhere.
    pub whole_articles: bool,
    /// Some copy repeats another in the same document (`duplicate/passage`).
    pub within_document: bool,
    /// The members, earliest copy first.
    pub members: Vec<GroupMember>,
}

impl DuplicateGroup {
    /// "article" or "passage".
    pub fn kind(&self) -> &'static str {
        if self.whole_articles {
            "article"
        } else {
            "passage"
        }
    }

    /// The earliest copy.
    pub fn first(&self) -> &GroupMember {
        &self.members[0]
    }

    /// The passage's length: the earliest copy's words.
    pub fn words(&self) -> usize {
        self.members.first().map_or(0, |m| m.words)
    }

    /// How many documents hold a copy.
    pub fn documents(&self) -> usize {
        let mut paths: Vec<&str> = self.members.iter().map(|m| m.path.as_str()).collect();
        paths.sort_unstable();
        paths.dedup();
        paths.len()
    }
}

/// One copy in a [`DuplicateGroup`].
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMember {
    pub path: String,
    /// Bytes of the file at `path`.
    pub span: Range<usize>,
    /// Whitespace-separated words of the copy, as an editor counts them.
    pub words: usize,
    /// How alike this copy is to the copy it was compared with (1 for the earliest, and
    /// for a copy word for word).
    pub similarity: f64,
    /// The copy is (nine tenths of) its whole document.
    pub whole: bool,
    /// The copy is every word of its document.
    pub complete: bool,
    /// The date that made the earliest copy earliest: a `date:` in the front matter or
    /// the file's modification time, as YYYY-MM-DD; `None` when only the path ordered it.
    pub date: Option<String>,
    /// Where `date` came from: "front matter", "modified", or "path".
    pub dated_by: &'static str,
}

/// A group id as reports write it: `g` and 12 hex digits.
pub fn group_label(id: u64) -> String {
    format!("g{:012x}", id & 0xffff_ffff_ffff)
}

/// One problem in the copy or the records. Positions are byte spans into the file at
/// `path`; line and column are worked out by the renderers (see
/// [`crate::report::Locator`]), so nothing here depends on how they are shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    pub path: String,
    /// Bytes of the file at `path`.
    pub span: Range<usize>,
    /// One sentence: what was computed and what the copy says.
    pub message: String,
    pub expected: Option<String>,
    pub actual: Option<String>,
    pub related: Vec<Related>,
    /// `= note:` lines: the computation, the tolerance applied, the record's source.
    pub notes: Vec<String>,
    /// Copy against record or computation, or a duplicate's word diff.
    pub diff: Vec<DiffLine>,
    /// Duplicates only: the passage's length and how alike its copies are.
    pub duplicate: Option<Duplicate>,
    /// Content fingerprint (rule + normalised text + key): stable across line shifts,
    /// used by baselines and SARIF `partialFingerprints`. Filled in when findings are
    /// finalized.
    pub fingerprint: String,
    /// What, besides the text, tells this finding apart: a record id, the other place.
    pub key: String,
}

impl Finding {
    /// A finding of `rule` (at its default severity) at `span` of `doc`.
    pub fn new(
        rule: RuleId,
        doc: &Document,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            rule,
            severity: rule.default_severity(),
            path: doc.path.clone(),
            span,
            message: message.into(),
            expected: None,
            actual: None,
            related: Vec::new(),
            notes: Vec::new(),
            diff: Vec::new(),
            duplicate: None,
            fingerprint: String::new(),
            key: String::new(),
        }
    }

    pub fn expected(mut self, v: impl Into<String>) -> Self {
        self.expected = Some(v.into());
        self
    }

    pub fn actual(mut self, v: impl Into<String>) -> Self {
        self.actual = Some(v.into());
        self
    }

    pub fn note(mut self, v: impl Into<String>) -> Self {
        self.notes.push(v.into());
        self
    }

    pub fn related(mut self, r: Related) -> Self {
        self.related.push(r);
        self
    }

    pub fn diff_line(mut self, sign: char, text: impl Into<String>) -> Self {
        self.diff.push(DiffLine {
            sign,
            text: text.into(),
        });
        self
    }

    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.key = key.into();
        self
    }

    /// Sets the fingerprint from the rule, the finding's text with whitespace, case and
    /// digits' separators folded, and its key.
    pub fn fill_fingerprint(&mut self, doc_text: &str) {
        let text = doc_text.get(self.span.clone()).unwrap_or("");
        let mut h = crate::hash::Hasher::default();
        h.update(self.rule.as_str().as_bytes());
        h.update(&[0]);
        // The words joined by one space and lower-cased, hashed word by word (a
        // whole-article duplicate's span is the article): the same bytes as lower-casing
        // the joined text, since a space ends the context of a final sigma.
        let mut lower: Vec<u8> = Vec::new();
        for (i, word) in text.split_whitespace().enumerate() {
            if i > 0 {
                h.update(b" ");
            }
            if !word.is_ascii() {
                h.update(word.to_lowercase().as_bytes());
            } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
                lower.clear();
                lower.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
                h.update(&lower);
            } else {
                h.update(word.as_bytes());
            }
        }
        h.update(&[0]);
        h.update(self.key.as_bytes());
        h.update(&[0]);
        self.fingerprint = h.finish_hex()[..32].to_string();
    }

    /// The order reports use: path, offset, rule (by its id, as ever), end.
    pub fn sort_key(&self) -> (&str, usize, &'static str, usize) {
        (
            &self.path,
            self.span.start,
            self.rule.as_str(),
            self.span.end,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    /// The fingerprint as first defined: the span's words joined by one space, the
    /// whole lower-cased, then hashed with the rule and key. Baselines store it, so
    /// streaming the hash must not change a bit of it.
    fn fingerprint_as_defined(rule: RuleId, text: &str, key: &str) -> String {
        let normal = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let mut h = crate::hash::Hasher::default();
        for part in [rule.as_str(), &normal, key] {
            h.update(part.as_bytes());
            h.update(&[0]);
        }
        h.finish_hex()[..32].to_string()
    }

    #[test]
    fn streamed_fingerprint_is_the_defined_one() {
        for text in [
            "",
            "One",
            "  The Council SPENT £3.2bn\n\non  2,400 Homes. ",
            "ΟΔΟΣ ΣΑΣ Σ ΑΣ\u{a0}ΟΣ",
            "İstanbul Straße ÉCOLE\u{2003}x",
            "mixed\tCASE\r\nlines",
        ] {
            let doc = Document::from_text("a.txt", text, Format::Text);
            let mut f = Finding::new(RuleId::DuplicatePassage, &doc, 0..text.len(), "m").key("k");
            f.fill_fingerprint(text);
            assert_eq!(
                f.fingerprint,
                fingerprint_as_defined(RuleId::DuplicatePassage, text, "k"),
                "{text:?}"
            );
        }
    }
}

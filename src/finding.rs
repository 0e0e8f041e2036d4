//! The one diagnostic type: every rule returns [`Finding`]s and every format renders them.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::document::Document;

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
/// a conflicting figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start: usize,
    pub end: usize,
    pub message: String,
}

impl Related {
    pub fn new(doc: &Document, span: Range<usize>, message: impl Into<String>) -> Self {
        let (line, column) = doc.line_col(span.start);
        let (end_line, end_column) = doc.line_col(span.end);
        Related {
            path: doc.path.clone(),
            line,
            column,
            end_line,
            end_column,
            start: span.start,
            end: span.end,
            message: message.into(),
        }
    }
}

/// One line of a finding's diff: `-` what the copy says, `+` what the record or the
/// computation says, ` ` context, `@` a hunk header (`@@ lines 2–15 ~ 16–29 @@`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiffLine {
    pub sign: char,
    pub text: String,
}

/// One problem in the copy or the records.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start: usize,
    pub end: usize,
    /// One sentence: what was computed and what the copy says.
    pub message: String,
    pub expected: Option<String>,
    pub actual: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// `= note:` lines: the computation, the tolerance applied, the record's source.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Copy against record or computation, or a duplicate's word diff.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<DiffLine>,
    /// Duplicates: the passage's length in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<usize>,
    /// Duplicates: how alike the two copies are, 0 to 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// Content fingerprint (rule + normalised text + key): stable across line shifts,
    /// used by baselines and SARIF `partialFingerprints`. Filled in when findings are
    /// finalized.
    pub fingerprint: String,
    /// What, besides the text, tells this finding apart: a record id, the other place.
    #[serde(skip)]
    pub key: String,
}

impl Finding {
    /// A finding of `rule` (its default severity from the registry) at `span` of `doc`.
    pub fn new(rule: &str, doc: &Document, span: Range<usize>, message: impl Into<String>) -> Self {
        let (line, column) = doc.line_col(span.start);
        let (end_line, end_column) = doc.line_col(span.end);
        Finding {
            rule: rule.to_string(),
            severity: crate::rules::default_severity(rule),
            path: doc.path.clone(),
            line,
            column,
            end_line,
            end_column,
            start: span.start,
            end: span.end,
            message: message.into(),
            expected: None,
            actual: None,
            related: Vec::new(),
            notes: Vec::new(),
            diff: Vec::new(),
            words: None,
            similarity: None,
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
        let text = doc_text.get(self.start..self.end).unwrap_or("");
        let normal: String = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let mut h = crate::hash::Hasher::default();
        for part in [self.rule.as_str(), &normal, &self.key] {
            h.update(part.as_bytes());
            h.update(&[0]);
        }
        self.fingerprint = h.finish_hex()[..32].to_string();
    }

    /// The order reports use: path, offset, rule.
    pub fn sort_key(&self) -> (&str, usize, &str, usize) {
        (&self.path, self.start, &self.rule, self.end)
    }
}

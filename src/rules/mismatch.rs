//! [`Mismatch`]: what a rule found, in the terms every finding states it, and the one
//! place that turns it into a [`Finding`].
//!
//! A rule says what it flags (its span), what was computed or recorded, what the copy
//! says, which figures it read and how; the wording every finding shares — the "X is
//! {computed}; the copy says {copy}" sentence, `expected`/`actual`, the `-`/`+` diff
//! lines, the tolerance note, the related places, the dedup key — is written here once.
//!
//! ```text
//! Mismatch::computed(RuleId::Share, c.start..c.end, what, computed, Side::copy(said(c)))
//!     .computed_with(format!("computed {} ÷ {} × 100", bare(a), bare(b)), [a, b])
//!     .tolerance(Tolerance::Arithmetic, Some(format!("'{copy}' read as …")))
//!     .key([said(a), said(b), copy])
//!     .into_finding(doc)
//! ```

use std::fmt::Display;
use std::ops::Range;

use crate::document::Document;
use crate::extract::Claim;
use crate::finding::{Finding, Related};
use crate::interval::Tolerance;
use crate::rules::figure::{reading, TOLERANCE_NOTE};
use crate::rules::RuleId;

/// The tolerance note a finding carries when its figures were read as [`Tolerance::Consistency`].
const CONSISTENCY_NOTE: &str =
    "tolerance: each figure read as every value that rounds to it; approximate figures ±10%; \"nearly X\" from a tenth below X up to X";

/// One side of a mismatch: its value (the finding's `expected` or `actual`) and its
/// diff line, `{label}: {line}`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Side {
    /// "copy", "computed", "earlier", "record".
    label: &'static str,
    value: String,
    /// The diff line's text when it says more than the value ("43,810 passengers" for
    /// "43,810"); the value otherwise.
    line: Option<String>,
}

impl Side {
    fn new(label: &'static str, value: impl Into<String>) -> Side {
        Side {
            label,
            value: value.into(),
            line: None,
        }
    }

    /// What the copy says: `actual`, and the `- copy:` line.
    pub fn copy(value: impl Into<String>) -> Side {
        Side::new("copy", value)
    }

    /// What the figures give: `expected`, and the `+ computed:` line.
    pub fn computed(value: impl Into<String>) -> Side {
        Side::new("computed", value)
    }

    /// What the copy said first: `expected`, and the `+ earlier:` line.
    pub fn earlier(value: impl Into<String>) -> Side {
        Side::new("earlier", value)
    }

    /// What the record gives: `expected`, and the `+ record:` line.
    pub fn record(value: impl Into<String>) -> Side {
        Side::new("record", value)
    }

    /// The diff line says `line` rather than the bare value.
    pub fn shown(mut self, line: impl Into<String>) -> Side {
        self.line = Some(line.into());
        self
    }

    /// The text of the diff line after its label.
    fn text(&self) -> &str {
        self.line.as_deref().unwrap_or(&self.value)
    }
}

/// How a mismatch's one-sentence message is worded.
#[derive(Debug, Clone, PartialEq)]
enum Message {
    /// "{what} is {computed}; the copy says {copy}", with " ({gloss})" after the copy
    /// when the rule says how it read it.
    Computed { what: String, gloss: Option<String> },
    /// The rule's own sentence.
    Own(String),
}

/// What a rule found wrong with a figure, before it is a [`Finding`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mismatch {
    rule: RuleId,
    span: Range<usize>,
    message: Message,
    /// What the copy says (`actual`, the `-` line).
    copy: Option<Side>,
    /// What it should say (`expected`, the `+` line).
    right: Option<Side>,
    /// Other places the finding concerns, with their labels.
    related: Vec<(Range<usize>, String)>,
    notes: Vec<String>,
    key: String,
    /// Set when the rule judges this case milder than its default (a bound missed by a
    /// hair is a warning).
    severity: Option<crate::finding::Severity>,
}

impl Mismatch {
    /// A mismatch of `rule` at `span`, in the rule's own words.
    pub fn new(rule: RuleId, span: Range<usize>, message: impl Into<String>) -> Mismatch {
        Mismatch {
            rule,
            span,
            message: Message::Own(message.into()),
            copy: None,
            right: None,
            related: Vec::new(),
            notes: Vec::new(),
            key: String::new(),
            severity: None,
        }
    }

    /// Moves the finding to `span` (the words that state the relation), keeping its old
    /// place as a related location labelled `label`.
    pub fn relocate(mut self, span: Range<usize>, label: impl Into<String>) -> Mismatch {
        let old = std::mem::replace(&mut self.span, span);
        self.related.insert(0, (old, label.into()));
        self
    }

    /// A severity other than the rule's default, for a case the rule judges milder.
    pub fn severity(mut self, severity: crate::finding::Severity) -> Mismatch {
        self.severity = Some(severity);
        self
    }

    /// A value computed from the copy's figures that the copy states otherwise: "{what}
    /// is {computed}; the copy says {copy}".
    pub fn computed(
        rule: RuleId,
        span: Range<usize>,
        what: impl Into<String>,
        computed: impl Into<String>,
        copy: Side,
    ) -> Mismatch {
        Mismatch {
            message: Message::Computed {
                what: what.into(),
                gloss: None,
            },
            ..Mismatch::new(rule, span, "")
                .copy(copy)
                .right(Side::computed(computed))
        }
    }

    /// How the rule read the copy's words, in brackets after them in the message: "the
    /// copy says doubled (1.9 to 2.1 times)".
    pub fn gloss(mut self, gloss: impl Into<String>) -> Mismatch {
        if let Message::Computed { gloss: g, .. } = &mut self.message {
            *g = Some(gloss.into());
        }
        self
    }

    /// What the copy says.
    pub fn copy(mut self, side: Side) -> Mismatch {
        self.copy = Some(side);
        self
    }

    /// What the figures or the records say it should be.
    pub fn right(mut self, side: Side) -> Mismatch {
        self.right = Some(side);
        self
    }

    /// Another figure the finding concerns, shown at its place with `label`.
    pub fn related(mut self, figure: &Claim, label: impl Into<String>) -> Mismatch {
        self.related.push((figure.start..figure.end, label.into()));
        self
    }

    /// A `= note:` line.
    pub fn note(mut self, note: impl Into<String>) -> Mismatch {
        self.notes.push(note.into());
        self
    }

    /// The computation and how its two figures were read: "{formula}, with '100' read
    /// as 100 and '134' read as 134".
    pub fn computed_with(self, formula: impl Display, [a, b]: [&Claim; 2]) -> Mismatch {
        let note = format!("{formula}, with {} and {}", reading(a), reading(b));
        self.note(note)
    }

    /// Two figures compared as they were read: "compared '5' read as 5 with …".
    pub fn compared(self, a: &Claim, b: &Claim) -> Mismatch {
        let note = format!("compared {} with {}", reading(a), reading(b));
        self.note(note)
    }

    /// The tolerance the figures were read with, and what the rule adds to it.
    pub fn tolerance(self, tolerance: Tolerance, detail: Option<String>) -> Mismatch {
        let base = match tolerance {
            Tolerance::Consistency => CONSISTENCY_NOTE,
            // a record finding states the interval its figure allows in its own note
            // (rules/record.rs), so `Record` has no wording of its own here
            Tolerance::Arithmetic | Tolerance::Stated | Tolerance::Record => TOLERANCE_NOTE,
        };
        let note = match detail {
            Some(d) => format!("{base}; {d}"),
            None => base.to_string(),
        };
        self.note(note)
    }

    /// What, besides the text, tells this finding apart: `parts` joined by `|`.
    pub fn key<I>(mut self, parts: I) -> Mismatch
    where
        I: IntoIterator,
        I::Item: Display,
    {
        let parts: Vec<String> = parts.into_iter().map(|p| p.to_string()).collect();
        self.key = parts.join("|");
        self
    }

    /// The finding, at the rule's default severity, in `doc`.
    pub fn into_finding(self, doc: &Document) -> Finding {
        let message = match self.message {
            Message::Own(m) => m,
            Message::Computed { what, gloss } => {
                let computed = self.right.as_ref().map_or("", |s| s.value.as_str());
                let copy = self.copy.as_ref().map_or("", Side::text);
                let gloss = gloss.map(|g| format!(" ({g})")).unwrap_or_default();
                format!("{what} is {computed}; the copy says {copy}{gloss}")
            }
        };
        let mut f = Finding::new(self.rule, doc, self.span, message).key(self.key);
        f.expected = self.right.as_ref().map(|s| s.value.clone());
        f.actual = self.copy.as_ref().map(|s| s.value.clone());
        for (sign, side) in [('-', &self.copy), ('+', &self.right)] {
            if let Some(s) = side {
                f = f.diff_line(sign, format!("{}: {}", s.label, s.text()));
            }
        }
        for (span, label) in self.related {
            f = f.related(Related::new(doc, span, label));
        }
        f.notes = self.notes;
        // a note or two, kept with every finding until the report is written: no spare room
        f.notes.shrink_to_fit();
        if let Some(severity) = self.severity {
            f.severity = severity;
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;
    use crate::finding::DiffLine;

    fn line(sign: char, text: &str) -> DiffLine {
        DiffLine {
            sign,
            text: text.to_string(),
        }
    }

    #[test]
    fn a_computed_mismatch_writes_the_sentence_the_sides_and_the_notes() {
        let doc = Document::from_text("a.txt", "It rose from 100 to 134, or 15%.", Format::Text);
        let claims = crate::extract::extract(&doc);
        let (a, b, c) = (&claims[0], &claims[1], &claims[2]);
        let f = Mismatch::computed(
            RuleId::PercentChange,
            c.start..c.end,
            "from 100 to 134",
            "+34%",
            Side::copy("+15%").shown("a 15% increase"),
        )
        .gloss("14.5% to 15.5%")
        .computed_with("computed (134 − 100) ÷ 100 × 100", [a, b])
        .tolerance(Tolerance::Arithmetic, Some("the stated change".into()))
        .related(a, "from here")
        .key(["100", "134", "15%"])
        .into_finding(&doc);
        assert_eq!(
            f.message,
            "from 100 to 134 is +34%; the copy says a 15% increase (14.5% to 15.5%)"
        );
        assert_eq!(f.span, c.start..c.end);
        assert_eq!(f.expected.as_deref(), Some("+34%"));
        assert_eq!(f.actual.as_deref(), Some("+15%"));
        assert_eq!(
            f.diff,
            [
                line('-', "copy: a 15% increase"),
                line('+', "computed: +34%")
            ]
        );
        assert_eq!(
            f.notes,
            [
                "computed (134 − 100) ÷ 100 × 100, with '100' read as 100 and '134' read as 134"
                    .to_string(),
                format!("{TOLERANCE_NOTE}; the stated change"),
            ]
        );
        assert_eq!(f.related.len(), 1);
        assert_eq!(f.related[0].span, a.start..a.end);
        assert_eq!(f.related[0].message, "from here");
        assert_eq!(f.key, "100|134|15%");
    }

    #[test]
    fn a_mismatch_in_the_rules_own_words_has_only_what_it_is_given() {
        let doc = Document::from_text("a.txt", "It cost 5 pounds.", Format::Text);
        let f = Mismatch::new(RuleId::Unsourced, 8..9, "no record links to 5")
            .note("a note")
            .into_finding(&doc);
        assert_eq!(f.message, "no record links to 5");
        assert_eq!((f.expected, f.actual), (None, None));
        assert!(f.diff.is_empty() && f.related.is_empty() && f.key.is_empty());
        assert_eq!(f.notes, ["a note"]);
        assert_eq!(f.severity, RuleId::Unsourced.default_severity());
    }
}

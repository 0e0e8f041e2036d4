//! Figures in prose: every numeral in the copy with its value, interval and exact span.
//!
//! Extraction reads [`Document::prose`] of plain text, and the decoded view of Markdown
//! and HTML ([`Document::view`]: entities decoded, one unit per block element) with every
//! figure then located in the file. It never does I/O, so it can be run on anything, in
//! parallel, and tested on strings.

use serde::Serialize;

use crate::document::Document;

mod change_words;
mod claim;
mod counting_words;
mod elided;
mod elided_currency;
mod measures;
mod names;
mod no_figure;
mod nouns;
mod numeral;
pub mod parts;
mod patterns;
mod qualifier;
mod scan;
mod token;
pub mod units;
mod words;
mod year_forms;

/// What a figure measures. Years, dates and durations are recognised so that they are
/// never mistaken for counts; only `number`, `percent` and `money` are claims to check.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Number,
    Percent,
    Money,
    Ordinal,
    Year,
    Date,
    Duration,
}

impl Kind {
    /// Whether a figure of this kind is a quantity the copy asserts (and so is linked,
    /// counted and checked), rather than a point or span of time or a rank.
    pub fn is_quantity(self) -> bool {
        matches!(self, Kind::Number | Kind::Percent | Kind::Money)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Ordinal => "ordinal",
            Kind::Year => "year",
            Kind::Date => "date",
            Kind::Duration => "duration",
        }
    }
}

/// How the words around a figure bound it (docs/json.md lists the qualifiers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approximate,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    JustOver,
    Nearly,
    Range,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approximate => "approximate",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
            Qualifier::JustOver => "just_over",
            Qualifier::Nearly => "nearly",
            Qualifier::Range => "range",
        }
    }
}

/// One figure found in the copy: docs/json.md's claim object.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// Exactly `document.text[start..end]` in plain text; in Markdown and HTML, that copy
    /// as a reader sees it (`&pound;4.5m` is `£4.5m`).
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub kind: Kind,
    /// The figure in its own unit; null for a range (see `low`/`high`).
    #[serde(serialize_with = "crate::num::serialize_opt")]
    pub value: Option<f64>,
    /// The interval the words allow; null where unbounded.
    #[serde(serialize_with = "crate::num::serialize_opt")]
    pub low: Option<f64>,
    #[serde(serialize_with = "crate::num::serialize_opt")]
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// The counted noun: the head of the noun phrase the figure quantifies ("removals"),
    /// lower-cased; null when none. An elided noun is recovered from a parallel figure
    /// ("from 310 councillors to 276").
    pub unit: Option<String>,
    /// The words between the figure and its counted noun that describe it, lower-cased
    /// and space-separated ("31 separate phishing campaigns" → "separate phishing");
    /// null when none. Kept apart from `unit` so that linking and consistency compare
    /// like with like ("campaigns") while the description stays available.
    pub describes: Option<String>,
    /// ISO 4217 code for money.
    pub currency: Option<String>,
    /// The sentence the figure stands in, whitespace folded.
    pub sentence: std::sync::Arc<str>,
    /// Half the unit of the last stated digit, in the figure's own unit: "271,000" →
    /// 500, "1.4 million" → 50,000, "15" → 0.5. Record matching and arithmetic widen the
    /// interval by it, since copy rounds.
    #[serde(skip)]
    pub precision: f64,
}

/// Every figure in `doc`, in order of position. Figures of every kind are returned;
/// callers that want claims filter on [`Kind::is_quantity`].
pub fn extract(doc: &Document) -> Vec<Claim> {
    match doc.view() {
        None => finite(scan::scan(doc)),
        Some(view) => in_file(doc, view, scan::scan(view.doc())),
    }
}

/// The singular of a unit of time as copy writes it ("hrs", "minutes", "secs" → "hour",
/// "minute", "second"), for rules that set lengths in different units beside each other.
pub fn time_unit(w: &str) -> Option<&'static str> {
    patterns::time_unit_name(w)
}

/// The value of one number word from "one" to "ninety" ("four", "ten", "twenty"), for
/// rules that read a count said in words inside a figure's text ("three out of four").
pub fn count_word(w: &str) -> Option<f64> {
    use patterns::NumWord::{Teen, Tens, Unit};
    match patterns::num_word(&w.to_ascii_lowercase())? {
        Unit(v) | Teen(v) | Tens(v) => Some(v),
        _ => None,
    }
}

/// Figures read from a marked-up file's decoded view, located in the file: spans, line
/// and column point into its bytes (`text` and `sentence` stay as a reader sees them).
fn in_file(doc: &Document, view: &crate::document::View, claims: Vec<Claim>) -> Vec<Claim> {
    let mut claims = finite(claims);
    claims.retain(|c| !view.crosses_code(c.start..c.end));
    for c in &mut claims {
        let span = view.source_span(c.start..c.end);
        (c.start, c.end) = (span.start, span.end);
        (c.line, c.column) = doc.line_col(span.start);
    }
    claims
}

/// `claims` without those whose numbers are not finite.
fn finite(mut claims: Vec<Claim>) -> Vec<Claim> {
    // A numeral too long for a float ("999…" over 309 digits) is no figure copy asserts,
    // and an infinite value could be neither compared nor written as JSON.
    claims.retain(|c| {
        [c.value, c.low, c.high]
            .into_iter()
            .flatten()
            .all(f64::is_finite)
    });
    claims
}

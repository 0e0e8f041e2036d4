//! The two record types as YAML writes them. Unknown fields are refused so a typo such
//! as `sha265:` is an error at its line rather than a silently ignored field.
//!
//! Checks on single values that serde cannot locate precisely (a sha256 of 64 hex digits,
//! a snapshot path that stays inside sources/) are functions here, run by the loader.

use serde::{Deserialize, Serialize};

/// What a claim record measures; copy figures of another kind never link to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordKind {
    #[default]
    Number,
    Percent,
    Money,
}

/// A fact the newsroom has sourced: its value and the words that tie copy to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimRecord {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    #[serde(default)]
    pub kind: RecordKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Words that must stand near a figure for it to link (see `link`).
    #[serde(rename = "match")]
    pub match_words: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    #[serde(default)]
    pub sources: Vec<ClaimSource>,
}

impl ClaimRecord {
    /// The interval the record states: its value, or its `low`/`high` (`None` unbounded).
    pub fn bounds(&self) -> (Option<f64>, Option<f64>) {
        match self.value {
            Some(v) => (Some(v), Some(v)),
            None => (self.low, self.high),
        }
    }
}

/// A claim record's citation of a source, with the words it takes from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimSource {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A document a claim rests on, with its archived copy when there is one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<String>,
    /// Relative to sources/, never outside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// Lowercase hex sha256 of the snapshot's bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// Why a `sha256` value is not one: it must be 64 hex digits.
pub fn sha256_problem(h: &str) -> Option<String> {
    (h.len() != 64 || !h.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| format!("sha256 must be 64 hex digits, found `{h}`"))
}

/// Why a snapshot path written in a record would leave sources/, judged on its text alone
/// (symlinks are checked once the file is found).
pub fn snapshot_path_problem(p: &str) -> Option<&'static str> {
    let path = std::path::Path::new(p);
    if p.is_empty() {
        Some("is empty")
    } else if path.is_absolute() || p.starts_with('/') || p.starts_with('\\') || p.contains(':') {
        Some("is absolute; write it relative to sources/")
    } else if path
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir))
    {
        Some("leaves sources/")
    } else {
        None
    }
}

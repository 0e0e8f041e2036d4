//! [`RuleId`]: every rule as a value, written and read as its `family/name` id.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{arithmetic, consistency, duplicate, input, malformed, provenance, record, Rule};

/// A rule, named. Serialised, displayed and parsed as its id (`arithmetic/percent-change`),
/// so every document and config that names rules is unchanged; [`RuleId::rule`] gives its
/// severity and documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RuleId {
    Contradicted,
    Ambiguous,
    Unsourced,
    WeakMatch,
    DuplicateQuantity,
    NoSource,
    InvalidField,
    HashMismatch,
    QuoteNotFound,
    MissingSnapshot,
    PercentChange,
    Multiple,
    Share,
    Sum,
    Conversion,
    Average,
    ListCount,
    Malformed,
    ConflictingValues,
    Comparison,
    ConversionRate,
    DuplicatePassage,
    DuplicateCrossFile,
    Encoding,
    Binary,
    Suppression,
    Unsupported,
    UnusedSuppression,
}

impl RuleId {
    /// Every rule, in the order docs/rules.md, `explain` and SARIF list them.
    pub const ALL: [RuleId; 28] = [
        RuleId::Contradicted,
        RuleId::Ambiguous,
        RuleId::Unsourced,
        RuleId::WeakMatch,
        RuleId::DuplicateQuantity,
        RuleId::NoSource,
        RuleId::InvalidField,
        RuleId::HashMismatch,
        RuleId::QuoteNotFound,
        RuleId::MissingSnapshot,
        RuleId::PercentChange,
        RuleId::Multiple,
        RuleId::Share,
        RuleId::Sum,
        RuleId::Conversion,
        RuleId::Average,
        RuleId::ListCount,
        RuleId::Malformed,
        RuleId::ConflictingValues,
        RuleId::Comparison,
        RuleId::ConversionRate,
        RuleId::DuplicatePassage,
        RuleId::DuplicateCrossFile,
        RuleId::Encoding,
        RuleId::Binary,
        RuleId::Suppression,
        RuleId::Unsupported,
        RuleId::UnusedSuppression,
    ];

    /// The id as users write it: `family/name`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RuleId::Contradicted => "record/contradicted",
            RuleId::Ambiguous => "record/ambiguous",
            RuleId::Unsourced => "record/unsourced",
            RuleId::WeakMatch => "record/weak-match",
            RuleId::DuplicateQuantity => "record/duplicate-quantity",
            RuleId::NoSource => "record/no-source",
            RuleId::InvalidField => "record/invalid-field",
            RuleId::HashMismatch => "provenance/hash-mismatch",
            RuleId::QuoteNotFound => "provenance/quote-not-found",
            RuleId::MissingSnapshot => "provenance/missing-snapshot",
            RuleId::PercentChange => "arithmetic/percent-change",
            RuleId::Multiple => "arithmetic/multiple",
            RuleId::Share => "arithmetic/share",
            RuleId::Sum => "arithmetic/sum",
            RuleId::Conversion => "arithmetic/conversion",
            RuleId::Average => "arithmetic/average",
            RuleId::ListCount => "arithmetic/list-count",
            RuleId::Malformed => "figure/malformed",
            RuleId::ConflictingValues => "consistency/conflicting-values",
            RuleId::Comparison => "consistency/comparison",
            RuleId::ConversionRate => "consistency/conversion-rate",
            RuleId::DuplicatePassage => "duplicate/passage",
            RuleId::DuplicateCrossFile => "duplicate/cross-file",
            RuleId::Encoding => "input/encoding",
            RuleId::Binary => "input/binary",
            RuleId::Suppression => "input/suppression",
            RuleId::Unsupported => "input/unsupported",
            RuleId::UnusedSuppression => "suppress/unused",
        }
    }

    /// The rule's severity, summary and documentation.
    pub const fn rule(self) -> &'static Rule {
        match self {
            RuleId::Contradicted => &record::CONTRADICTED,
            RuleId::Ambiguous => &record::AMBIGUOUS,
            RuleId::Unsourced => &record::UNSOURCED,
            RuleId::WeakMatch => &record::WEAK_MATCH,
            RuleId::DuplicateQuantity => &record::DUPLICATE_QUANTITY,
            RuleId::NoSource => &record::NO_SOURCE,
            RuleId::InvalidField => &record::INVALID_FIELD,
            RuleId::HashMismatch => &provenance::HASH_MISMATCH,
            RuleId::QuoteNotFound => &provenance::QUOTE_NOT_FOUND,
            RuleId::MissingSnapshot => &provenance::MISSING_SNAPSHOT,
            RuleId::PercentChange => &arithmetic::PERCENT_CHANGE,
            RuleId::Multiple => &arithmetic::MULTIPLE,
            RuleId::Share => &arithmetic::SHARE,
            RuleId::Sum => &arithmetic::SUM,
            RuleId::Conversion => &arithmetic::CONVERSION,
            RuleId::Average => &arithmetic::AVERAGE,
            RuleId::ListCount => &arithmetic::LIST_COUNT,
            RuleId::Malformed => &malformed::MALFORMED,
            RuleId::ConflictingValues => &consistency::CONFLICTING_VALUES,
            RuleId::Comparison => &consistency::COMPARISON,
            RuleId::ConversionRate => &consistency::CONVERSION_RATE,
            RuleId::DuplicatePassage => &duplicate::PASSAGE,
            RuleId::DuplicateCrossFile => &duplicate::CROSS_FILE,
            RuleId::Encoding => &input::ENCODING,
            RuleId::Binary => &input::BINARY,
            RuleId::Suppression => &input::SUPPRESSION,
            RuleId::Unsupported => &input::UNSUPPORTED,
            RuleId::UnusedSuppression => &input::UNUSED_SUPPRESSION,
        }
    }

    /// Shorthand for `self.rule().default_severity`.
    pub fn default_severity(self) -> crate::finding::Severity {
        self.rule().default_severity
    }

    /// Whether this is one of the `duplicate/` rules.
    pub fn is_duplicate(self) -> bool {
        matches!(self, RuleId::DuplicatePassage | RuleId::DuplicateCrossFile)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A rule id equals the string it is written as, so tests and callers can compare with
/// `"record/unsourced"` directly.
impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A string that names no rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule {0:?}; `claimcheck explain` lists the rules")]
pub struct UnknownRule(pub String);

impl FromStr for RuleId {
    type Err = UnknownRule;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        RuleId::ALL
            .into_iter()
            .find(|id| id.as_str() == s)
            .ok_or_else(|| UnknownRule(s.to_string()))
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Checked inside the visitor, while the parser still points at the string, so a
        // YAML error carries the id's own line and column.
        d.deserialize_str(Visitor)
    }
}

struct Visitor;

impl serde::de::Visitor<'_> for Visitor {
    type Value = RuleId;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a rule id such as record/unsourced")
    }

    fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<RuleId, E> {
        id.parse().map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_round_trips_through_its_string_and_its_rule() {
        for id in RuleId::ALL {
            assert_eq!(id.as_str().parse::<RuleId>(), Ok(id));
            assert_eq!(id.rule().id, id);
            assert_eq!(id.to_string(), id.as_str());
            assert_eq!(
                serde_json::to_string(&id).unwrap(),
                format!("\"{}\"", id.as_str())
            );
            assert_eq!(
                serde_json::from_str::<RuleId>(&format!("\"{id}\"")).unwrap(),
                id
            );
        }
    }

    #[test]
    fn an_unknown_id_says_where_the_list_is() {
        let e = "record/unsorced".parse::<RuleId>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown rule \"record/unsorced\"; `claimcheck explain` lists the rules"
        );
    }
}

//! The rule registry: every rule's id, default severity and documentation, in code.
//!
//! The same text is shown by `claimcheck explain RULE`, used as the SARIF rule
//! description and generated into docs/rules.md, so it is written once, here and in the
//! family modules.

use crate::finding::Severity;

pub mod arithmetic;
pub mod consistency;
pub mod duplicate;
pub mod input;
pub mod provenance;
pub mod record;

/// A rule's identity and documentation.
#[derive(Debug)]
pub struct Rule {
    /// `family/name`, as docs/rules.md lists it.
    pub id: &'static str,
    pub default_severity: Severity,
    /// One line: what it flags.
    pub summary: &'static str,
    /// Markdown: what it checks, why it matters, an example, how to fix it.
    pub doc: &'static str,
}

/// Every rule, in the order docs/rules.md lists them.
pub const RULES: &[&Rule] = &[
    &record::CONTRADICTED,
    &record::AMBIGUOUS,
    &record::UNSOURCED,
    &provenance::HASH_MISMATCH,
    &provenance::QUOTE_NOT_FOUND,
    &provenance::MISSING_SNAPSHOT,
    &arithmetic::PERCENT_CHANGE,
    &arithmetic::MULTIPLE,
    &arithmetic::SHARE,
    &arithmetic::SUM,
    &consistency::CONFLICTING_VALUES,
    &consistency::COMPARISON,
    &duplicate::PASSAGE,
    &duplicate::CROSS_FILE,
    &input::ENCODING,
    &input::BINARY,
    &input::SUPPRESSION,
];

/// The rule with this id.
pub fn lookup(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// The default severity of `id`; unknown ids (which only a programming error produces)
/// are errors so they are never silently lost.
pub fn default_severity(id: &str) -> Severity {
    lookup(id).map_or(Severity::Error, |r| r.default_severity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
        for r in RULES {
            assert!(r.id.contains('/'), "{}", r.id);
            assert!(!r.summary.is_empty() && !r.doc.is_empty(), "{}", r.id);
        }
    }
}

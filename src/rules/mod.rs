//! The rule registry: every rule's id, default severity and documentation, in code.
//!
//! The same text is shown by `claimcheck explain RULE`, used as the SARIF rule
//! description and generated into docs/rules.md, so it is written once, here and in the
//! family modules.

use crate::finding::Severity;

pub mod arithmetic;
pub mod consistency;
pub mod duplicate;
mod id;
pub mod input;
pub mod provenance;
pub mod record;

pub use id::{RuleId, UnknownRule};

/// A rule's identity and documentation.
#[derive(Debug)]
pub struct Rule {
    /// `family/name`, as docs/rules.md lists it.
    pub id: RuleId,
    pub default_severity: Severity,
    /// One line: what it flags.
    pub summary: &'static str,
    /// Markdown: what it checks, why it matters, an example, how to fix it.
    pub doc: &'static str,
}

/// Every rule, in the order docs/rules.md lists them ([`RuleId::ALL`]'s order).
pub fn all() -> impl Iterator<Item = &'static Rule> {
    RuleId::ALL.into_iter().map(RuleId::rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut ids: Vec<&str> = all().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RuleId::ALL.len());
        for r in all() {
            assert!(r.id.as_str().contains('/'), "{}", r.id);
            assert!(!r.summary.is_empty() && !r.doc.is_empty(), "{}", r.id);
        }
    }
}

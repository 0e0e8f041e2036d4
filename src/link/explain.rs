//! `check --explain-links`: for each figure, the records the linker looked at and why
//! each was taken or refused, as plain text for a data editor tuning `match` terms.
//! Writing only: the decisions are made in [`super::link_framed`].

use std::fmt::Write as _;

use super::CheckedClaims;

/// The explanation for the figures of one article at `path`: one block per figure that
/// any record was looked at for, then a line counting the figures no record shares a
/// word with.
pub fn render(path: &str, claims: &CheckedClaims) -> String {
    let mut out = String::new();
    let mut untouched = 0;
    for c in claims.iter() {
        if c.considered.is_empty() {
            untouched += 1;
            continue;
        }
        let record = c
            .record
            .as_deref()
            .map_or(String::new(), |r| format!(" `{r}`"));
        let _ = writeln!(
            out,
            "{path}:{}:{}: {} → {}{record}",
            c.claim.line,
            c.claim.column,
            c.claim.text,
            c.verdict.as_str()
        );
        for k in &c.considered {
            let mark = if k.taken { "taken  " } else { "refused" };
            let _ = writeln!(out, "  {mark} `{}`: {}", k.record, k.why);
        }
    }
    if untouched > 0 {
        let _ = writeln!(
            out,
            "{path}: {untouched} figure{} with no record sharing a term",
            if untouched == 1 { "" } else { "s" }
        );
    }
    out
}

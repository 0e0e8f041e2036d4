//! Provenance: every snapshot re-hashed, every quote looked up in its source's snapshot.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use super::locate::{self, Item};
use super::{ClaimRecord, Loc, RecordFile, SourceRecord};
use crate::rules::provenance::{HASH_MISMATCH, MISSING_SNAPSHOT, QUOTE_NOT_FOUND};

/// One provenance problem, located in a record file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub rule: crate::rules::RuleId,
    pub at: Loc,
    /// End of the located span (the value on that line).
    pub end: usize,
    pub message: String,
    /// The source concerned.
    pub source: String,
    /// Whether claims resting on the source become unverifiable.
    pub breaks: bool,
    pub expected: Option<String>,
    pub actual: Option<String>,
}

/// Checks every source: a snapshot to re-hash, and the quotes claims take from it.
pub(super) fn check(
    files: &[RecordFile],
    claims: &[(ClaimRecord, Loc, Item, usize)],
    sources: &BTreeMap<String, SourceRecord>,
    source_items: &HashMap<String, (Item, usize)>,
    dir: &Path,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut snapshots: HashMap<&str, Vec<u8>> = HashMap::new();
    for (id, src) in sources {
        let Some((item, fx)) = source_items.get(id) else {
            continue;
        };
        let Some(file) = files.get(*fx) else {
            continue;
        };
        if let Some(bytes) = snapshot(file, item, id, src, dir, &mut out) {
            snapshots.insert(id.as_str(), bytes);
        }
    }
    quotes(files, claims, &snapshots, &mut out);
    out
}

/// The snapshot of source `id`, read and re-hashed; `None`, with a problem in `out`,
/// when there is none or it cannot be read. A hash mismatch is a problem too, but the
/// snapshot is still returned for its quotes.
fn snapshot(
    file: &RecordFile,
    item: &Item,
    id: &str,
    src: &SourceRecord,
    dir: &Path,
    out: &mut Vec<Problem>,
) -> Option<Vec<u8>> {
    let Some(snap) = &src.snapshot else {
        out.push(problem(
            &MISSING_SNAPSHOT,
            file,
            item.id_at,
            id,
            format!("source `{id}` has no archived snapshot, so its figures cannot be re-checked"),
        ));
        return None;
    };
    let bytes = match std::fs::read(dir.join(snap)) {
        Ok(b) => b,
        Err(e) => {
            let offset =
                locate::key_in(&file.text, item.span.clone(), "snapshot", 0).unwrap_or(item.id_at);
            let mut p = problem(
                &MISSING_SNAPSHOT,
                file,
                offset,
                id,
                format!(
                    "snapshot `{snap}` of source `{id}` could not be read ({}), so its figures cannot be verified",
                    crate::error::describe_io(&e)
                ),
            );
            // the record names an archived copy that is gone: what rests on it is
            // unverifiable, unlike a source that never had one
            p.breaks = true;
            out.push(p);
            return None;
        }
    };
    let actual = crate::hash::sha256_hex(&bytes);
    if let Some(expected) = &src.sha256 {
        if !expected.eq_ignore_ascii_case(&actual) {
            let offset =
                locate::key_in(&file.text, item.span.clone(), "sha256", 0).unwrap_or(item.id_at);
            let mut p = problem(
                &HASH_MISMATCH,
                file,
                offset,
                id,
                format!(
                    "snapshot `{snap}` of source `{id}` hashes to {actual}, not the recorded sha256"
                ),
            );
            p.expected = Some(expected.clone());
            p.actual = Some(actual);
            out.push(p);
        }
    }
    Some(bytes)
}

/// Every quote a claim takes from a source with a snapshot is in that snapshot.
fn quotes(
    files: &[RecordFile],
    claims: &[(ClaimRecord, Loc, Item, usize)],
    snapshots: &HashMap<&str, Vec<u8>>,
    out: &mut Vec<Problem>,
) {
    for (rec, _, item, fx) in claims {
        let Some(file) = files.get(*fx) else {
            continue;
        };
        for cited in &rec.sources {
            let (Some(quote), Some(bytes)) = (&cited.quote, snapshots.get(cited.id.as_str()))
            else {
                continue;
            };
            let hay = fold(&String::from_utf8_lossy(bytes));
            if hay.contains(&fold(quote)) {
                continue;
            }
            let from = locate::nested_id(&file.text, item.span.clone(), &cited.id, item.id_at)
                .unwrap_or(item.span.start);
            let offset =
                locate::key_in(&file.text, item.span.clone(), "quote", from).unwrap_or(item.id_at);
            out.push(problem(
                &QUOTE_NOT_FOUND,
                file,
                offset,
                &cited.id,
                format!(
                    "claim `{}` quotes \"{quote}\", which is not in the snapshot of source `{}`",
                    rec.id, cited.id
                ),
            ));
        }
    }
}

fn problem(
    rule: &crate::rules::Rule,
    file: &RecordFile,
    offset: usize,
    source: &str,
    message: String,
) -> Problem {
    let breaks = rule.default_severity == crate::finding::Severity::Error;
    problem_at(rule, file, offset, source, message, breaks)
}

/// A problem of `rule` on the line of `file` at `offset`; `breaks` when it stops the
/// records from being used (a lint never does).
pub(super) fn problem_at(
    rule: &crate::rules::Rule,
    file: &RecordFile,
    offset: usize,
    source: &str,
    message: String,
    breaks: bool,
) -> Problem {
    let rest = file.text.get(offset..).unwrap_or("");
    let end = offset + rest.find(['\n', '\r']).unwrap_or(rest.len());
    Problem {
        rule: rule.id,
        at: Loc {
            path: file.path.clone(),
            offset,
        },
        end,
        message,
        source: source.to_string(),
        breaks,
        expected: None,
        actual: None,
    }
}

/// Text as quotes are compared: curly quotes and apostrophes made straight, non-breaking
/// spaces and runs of white space folded to one space, case kept.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.chars() {
        let ch = match ch {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
            '\u{00A0}' | '\u{2007}' | '\u{202F}' => ' ',
            c => c,
        };
        if ch.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fold_straightens_quotes_and_white_space() {
        assert_eq!(
            super::fold("  \u{201C}271,484\n\tremovals\u{201D} it\u{2019}s "),
            "\"271,484 removals\" it's"
        );
    }
}

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
    // Only the snapshots some quote is looked up in are kept, each folded once.
    let quoted: std::collections::HashSet<&str> = claims
        .iter()
        .flat_map(|c| c.0.sources.iter())
        .filter(|s| s.quote.is_some())
        .map(|s| s.id.as_str())
        .collect();
    let mut snapshots: HashMap<&str, Snapshot> = HashMap::new();
    for (id, src) in sources {
        let Some((item, fx)) = source_items.get(id) else {
            continue;
        };
        let Some(file) = files.get(*fx) else {
            continue;
        };
        let keep = quoted.contains(id.as_str());
        if let Some(snap) = snapshot(file, item, id, src, dir, keep, &mut out) {
            snapshots.insert(id.as_str(), snap);
        }
    }
    quotes(files, claims, &snapshots, &mut out);
    out
}

/// Largest snapshot whose quotes are looked up (it is then held, folded, in memory); a
/// larger one is still hashed, streaming.
pub const MAX_QUOTED_SNAPSHOT_BYTES: u64 = 64 * 1024 * 1024;

/// A snapshot as quotes are looked up in it: its folded text, or why it was not kept.
enum Snapshot {
    Folded(String),
    TooLarge(u64),
}

/// The snapshot of source `id`, re-hashed as it is read (never held whole unless `keep`,
/// for its quotes); `None`, with a problem in `out`, when there is none or it cannot be
/// read (a FIFO or device is refused, not waited on). A hash mismatch is a problem too,
/// but the snapshot is still returned for its quotes.
fn snapshot(
    file: &RecordFile,
    item: &Item,
    id: &str,
    src: &SourceRecord,
    dir: &Path,
    keep: bool,
    out: &mut Vec<Problem>,
) -> Option<Snapshot> {
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
    let read = read_snapshot(&dir.join(snap), keep);
    let (actual, kept) = match read {
        Ok(r) => r,
        Err(e) => {
            let offset =
                locate::key_in(&file.text, item.span.clone(), "snapshot", 0).unwrap_or(item.id_at);
            let mut p = problem(
                &MISSING_SNAPSHOT,
                file,
                offset,
                id,
                format!(
                    "snapshot `{snap}` of source `{id}` could not be read ({e}), so its figures cannot be verified",
                ),
            );
            // the record names an archived copy that is gone: what rests on it is
            // unverifiable, unlike a source that never had one
            p.breaks = true;
            out.push(p);
            return None;
        }
    };
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
    kept
}

/// The sha256 of the file at `path`, read in blocks, and (when `keep`) its folded text,
/// or its size when it is too large to hold.
fn read_snapshot(path: &Path, keep: bool) -> Result<(String, Option<Snapshot>), String> {
    use std::io::Read;
    let describe = |e: crate::error::Error| match e {
        crate::error::Error::Io { message, .. } => message,
        other => other.to_string(),
    };
    let mut file = crate::fsutil::open_regular(path).map_err(describe)?;
    let size = file.metadata().map_or(0, |m| m.len());
    let io = |e: std::io::Error| crate::error::describe_io(&e);
    if keep && size <= MAX_QUOTED_SNAPSHOT_BYTES {
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        (&mut file)
            .take(MAX_QUOTED_SNAPSHOT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        let mut hasher = crate::hash::Hasher::default();
        hasher.update(&bytes);
        // (a file that grew past the limit while read: hash the rest as it comes)
        let grew = std::io::copy(&mut file, &mut hasher).map_err(io)? > 0;
        let sha = hasher.finish_hex();
        let snap = if grew || bytes.len() as u64 > MAX_QUOTED_SNAPSHOT_BYTES {
            Snapshot::TooLarge(size.max(bytes.len() as u64))
        } else {
            Snapshot::Folded(fold(&String::from_utf8_lossy(&bytes)))
        };
        return Ok((sha, Some(snap)));
    }
    let mut hasher = crate::hash::Hasher::default();
    let n = std::io::copy(&mut file, &mut hasher).map_err(io)?;
    Ok((hasher.finish_hex(), keep.then_some(Snapshot::TooLarge(n))))
}

/// The folded quotes found in each source's snapshot, all of one source's quotes sought
/// in one pass over it (Aho-Corasick), so a thousand quotes from a large snapshot cost
/// one read of it rather than a thousand.
fn found_quotes<'a>(
    claims: &'a [(ClaimRecord, Loc, Item, usize)],
    snapshots: &HashMap<&str, Snapshot>,
) -> std::collections::HashSet<(&'a str, String)> {
    let mut by_source: HashMap<&str, Vec<String>> = HashMap::new();
    for cited in claims.iter().flat_map(|c| c.0.sources.iter()) {
        if let Some(q) = &cited.quote {
            by_source
                .entry(cited.id.as_str())
                .or_default()
                .push(fold(q));
        }
    }
    let mut found = std::collections::HashSet::new();
    for (id, mut quotes) in by_source {
        let Some(Snapshot::Folded(hay)) = snapshots.get(id) else {
            continue;
        };
        quotes.sort();
        quotes.dedup();
        let Ok(ac) = aho_corasick::AhoCorasick::new(&quotes) else {
            continue;
        };
        let mut seen = vec![false; quotes.len()];
        let mut left = quotes.len();
        for m in ac.find_overlapping_iter(hay.as_str()) {
            let i = m.pattern().as_usize();
            if seen.get(i) == Some(&false) {
                seen[i] = true;
                left -= 1;
                found.extend(quotes.get(i).map(|q| (id, q.clone())));
                if left == 0 {
                    break;
                }
            }
        }
        // (an empty quote is in every snapshot)
        if quotes.first().is_some_and(String::is_empty) {
            found.insert((id, String::new()));
        }
    }
    found
}

/// Every quote a claim takes from a source with a snapshot is in that snapshot.
fn quotes(
    files: &[RecordFile],
    claims: &[(ClaimRecord, Loc, Item, usize)],
    snapshots: &HashMap<&str, Snapshot>,
    out: &mut Vec<Problem>,
) {
    let found = found_quotes(claims, snapshots);
    for (rec, _, item, fx) in claims {
        let Some(file) = files.get(*fx) else {
            continue;
        };
        for cited in &rec.sources {
            let (Some(quote), Some(snap)) = (&cited.quote, snapshots.get(cited.id.as_str())) else {
                continue;
            };
            let why = match snap {
                Snapshot::Folded(_) if found.contains(&(cited.id.as_str(), fold(quote))) => {
                    continue
                }
                Snapshot::Folded(_) => "which is not in".to_string(),
                Snapshot::TooLarge(n) => format!(
                    "which could not be looked up ({n} bytes, over the {} MiB a quoted snapshot may have) in",
                    MAX_QUOTED_SNAPSHOT_BYTES >> 20
                ),
            };
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
                    "claim `{}` quotes \"{quote}\", {why} the snapshot of source `{}`",
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

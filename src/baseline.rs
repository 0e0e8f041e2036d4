//! Baselines: findings recorded once (`check --write-baseline FILE`) and not reported
//! again (`check --baseline FILE`), so a newsroom can adopt claimcheck on an archive and
//! fail CI only on what is new.
//!
//! Entries are keyed by the finding's content fingerprint (rule + normalised text +
//! key), never by line, so edits above a finding do not bring it back. Each entry
//! silences one finding: the same fingerprint recorded twice silences two.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fsutil::{write_atomic, Overwrite};
use crate::report::Report;
use crate::suppress::Suppressed;

/// The baseline file: `{"version": 1, "findings": [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

/// One recorded finding. Only `fingerprint` is matched; the rest is there so a person
/// reading the file (or its diff in review) knows what was accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    /// Read as a rule id, so a baseline naming no rule is an error at its place.
    pub rule: crate::rules::RuleId,
    pub path: String,
    pub message: String,
}

/// Largest baseline read: a baseline of a large newsroom is a few megabytes.
pub const MAX_BASELINE_BYTES: u64 = 256 * 1024 * 1024;

impl Baseline {
    /// Every finding `report` shows, in report order.
    pub fn from_report(report: &Report) -> Baseline {
        Baseline {
            version: 1,
            findings: report
                .findings()
                .map(|f| Entry {
                    fingerprint: f.fingerprint.clone(),
                    rule: f.rule,
                    path: f.path.clone(),
                    message: f.message.clone(),
                })
                .collect(),
        }
    }

    /// Reads a baseline; a malformed one (empty, not UTF-8, not JSON) is an error at its
    /// line and column.
    pub fn load(path: &Path) -> Result<Baseline> {
        let text = crate::fsutil::read_text_capped(path, MAX_BASELINE_BYTES, "baseline")?;
        let b: Baseline = serde_json::from_str(&text).map_err(|e| Error::At {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            message: strip_location(&e.to_string()),
        })?;
        if b.version != 1 {
            return Err(Error::Usage(format!(
                "{}: baseline version {} is not supported (this claimcheck writes version 1)",
                path.display(),
                b.version
            )));
        }
        Ok(b)
    }

    /// Writes the baseline atomically, replacing the file.
    pub fn write(&self, path: &Path) -> Result<()> {
        let mut json = serde_json::to_string_pretty(self)
            .map_err(|e| Error::Usage(format!("could not write the baseline: {e}")))?;
        json.push('\n');
        write_atomic(path, json.as_bytes(), Overwrite::Allow)
    }

    /// Moves the findings of `report` that this baseline records into
    /// `report.suppressed` (marked `baseline`), and says how many of its entries matched
    /// nothing: findings fixed or changed since, which a refreshed baseline would drop.
    pub fn apply(&self, report: &mut Report) -> usize {
        let mut left: HashMap<&str, usize> = HashMap::new();
        for e in &self.findings {
            *left.entry(e.fingerprint.as_str()).or_default() += 1;
        }
        let mut suppressed = Vec::new();
        for file in &mut report.files {
            file.findings
                .retain(|f| match left.get_mut(f.fingerprint.as_str()) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        suppressed.push(Suppressed::new(f, "baseline", None));
                        false
                    }
                    _ => true,
                });
        }
        report.suppressed.extend(suppressed);
        left.values().sum()
    }
}

/// serde_json appends " at line L column C"; the location is shown in front instead.
fn strip_location(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(p) => msg[..p].to_string(),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::document::{Document, Format};
    use crate::finding::Finding;
    use crate::report::{Command, FileReport};

    fn report(text: &str) -> Report {
        let doc = Document::from_text("a.txt", text, Format::Text);
        let findings = ["12 parks", "3 schools", "12 parks"]
            .iter()
            .map(|needle| {
                let start = doc.text.find(needle).unwrap();
                let mut f = Finding::new(
                    crate::rules::RuleId::Unsourced,
                    &doc,
                    start..start + 8,
                    "fake",
                );
                f.fill_fingerprint(&doc.text);
                f
            })
            .collect();
        Report {
            command: Command::Check,
            files: vec![FileReport {
                path: doc.path.clone(),
                sha256: doc.sha256.clone(),
                claims: Default::default(),
                findings,
                doc: Arc::new(doc),
            }],
            suppressed: Vec::new(),
            records_digest: None,
            records_date: None,
            records_read: 0,
            sources_read: 0,
            errors: Vec::new(),
            other_docs: Vec::new(),
            groups: Vec::new(),
        }
    }

    #[test]
    fn survives_line_shifts_and_counts_repeats() {
        let before = report("It adds 12 parks and 3 schools.\n");
        let baseline = Baseline::from_report(&before);
        assert_eq!(baseline.findings.len(), 3);
        let mut after = report("A new first line.\n\nIt adds 12 parks and 3 schools.\n");
        let at = after.locator();
        assert_eq!(at.finding(&after.files[0].findings[0]).line, 3);
        baseline.apply(&mut after);
        assert_eq!(after.findings().count(), 0);
        assert_eq!(after.suppressed.len(), 3);
        assert!(after.suppressed.iter().all(|s| s.by == "baseline"));
        let s = &after.suppressed[0];
        assert_eq!(after.locator().line_col(&s.path, s.span.start).0, 3);
    }

    #[test]
    fn new_findings_are_still_reported() {
        let mut baseline = Baseline::from_report(&report("It adds 12 parks and 3 schools.\n"));
        baseline.findings.remove(2); // only one "12 parks" accepted
        let mut now = report("It adds 12 parks and 3 schools.\n");
        assert_eq!(baseline.apply(&mut now), 0);
        let left: Vec<usize> = now.findings().map(|f| f.span.start).collect();
        assert_eq!(left, vec![8]);
    }

    #[test]
    fn stale_entries_are_counted() {
        let baseline = Baseline::from_report(&report("It adds 12 parks and 3 schools.\n"));
        let mut now = report("It adds 12 parks and 3 schools.\n");
        // the "3 schools" finding was fixed: its entry matches nothing
        now.files[0].findings.remove(1);
        assert_eq!(baseline.apply(&mut now), 1);
    }

    #[test]
    fn round_trips_and_rejects_bad_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("baseline.json");
        let b = Baseline::from_report(&report("It adds 12 parks and 3 schools.\n"));
        b.write(&p).unwrap();
        assert_eq!(Baseline::load(&p).unwrap(), b);
        std::fs::write(&p, "{\"version\": 1,\n \"findigs\": []}").unwrap();
        let e = Baseline::load(&p).unwrap_err().to_string();
        assert!(
            e.ends_with(
                "baseline.json:2:10: unknown field `findigs`, expected `version` or `findings`"
            ),
            "{e}"
        );
        std::fs::write(&p, "{\"version\": 2, \"findings\": []}").unwrap();
        assert!(Baseline::load(&p).is_err());
    }
}

//! The JSON document docs/json.md describes, `"version": 1`.
//!
//! `check` writes `{"version": 1, "files": [{"path", "sha256", "claims", "findings"}],
//! "record_findings", "records_digest", "records_date", "suppressed", "errors", "summary"}`; `dupes` the
//! same without `claims`; `verify` `{"version": 1, "findings", "records_digest",
//! "summary"}`. Every field is described in docs/json.md. Fields may be added within
//! version 1, never renamed or dropped, so consumers read by name.

use std::io::{self, Write};

use serde::Serialize;

use super::{Command, Locator, Report, Summary};
use crate::finding::{DiffLine, Finding, Related, Severity};
use crate::link::CheckedClaims;
use crate::rules::RuleId;
use crate::suppress::Suppressed;

/// A finding as the document writes it: the internal [`Finding`] with its span given a
/// line and column, in the field order docs/json.md fixes.
#[derive(Serialize)]
struct FindingOut<'a> {
    rule: RuleId,
    severity: Severity,
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
    message: &'a str,
    expected: Option<&'a str>,
    actual: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<RelatedOut<'a>>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    notes: &'a [String],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    diff: Vec<DiffOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    words: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    similarity: Option<f64>,
    /// `dupes`: the group of copies this one belongs to (see `groups`).
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    fingerprint: &'a str,
}

impl<'a> FindingOut<'a> {
    fn new(f: &'a Finding, at: &Locator) -> Self {
        let p = at.finding(f);
        FindingOut {
            rule: f.rule,
            severity: f.severity,
            path: &f.path,
            line: p.line,
            column: p.column,
            end_line: p.end_line,
            end_column: p.end_column,
            start: f.span.start,
            end: f.span.end,
            message: &f.message,
            expected: f.expected.as_deref(),
            actual: f.actual.as_deref(),
            related: f.related.iter().map(|r| RelatedOut::new(r, at)).collect(),
            notes: &f.notes,
            diff: f.diff.iter().map(DiffOut::from).collect(),
            words: f.duplicate.map(|d| d.words),
            similarity: f.duplicate.map(|d| d.similarity),
            group: f
                .duplicate
                .and_then(|d| d.group)
                .map(crate::finding::group_label),
            fingerprint: &f.fingerprint,
        }
    }
}

#[derive(Serialize)]
struct RelatedOut<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
    message: &'a str,
}

impl<'a> RelatedOut<'a> {
    fn new(r: &'a Related, at: &Locator) -> Self {
        let p = at.related(r);
        RelatedOut {
            path: &r.path,
            line: p.line,
            column: p.column,
            end_line: p.end_line,
            end_column: p.end_column,
            start: r.span.start,
            end: r.span.end,
            message: &r.message,
        }
    }
}

#[derive(Serialize)]
struct DiffOut<'a> {
    sign: char,
    text: &'a str,
}

impl<'a> From<&'a DiffLine> for DiffOut<'a> {
    fn from(d: &'a DiffLine) -> Self {
        DiffOut {
            sign: d.sign,
            text: &d.text,
        }
    }
}

#[derive(Serialize)]
struct SuppressedOut<'a> {
    rule: RuleId,
    path: &'a str,
    line: usize,
    column: usize,
    fingerprint: &'a str,
    by: &'a str,
    reason: Option<&'a str>,
}

impl<'a> SuppressedOut<'a> {
    fn new(s: &'a Suppressed, at: &Locator) -> Self {
        let (line, column) = at.line_col(&s.path, s.span.start);
        SuppressedOut {
            rule: s.rule,
            path: &s.path,
            line,
            column,
            fingerprint: &s.fingerprint,
            by: &s.by,
            reason: s.reason.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    path: &'a str,
    sha256: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    claims: Option<&'a CheckedClaims>,
    findings: FindingsOut<'a>,
}

/// A file's findings, each given its line and column as it is written rather than all
/// first: a file with a finding for every figure never holds them twice (issue 19).
struct FindingsOut<'a> {
    findings: &'a [Finding],
    at: &'a Locator<'a>,
}

impl Serialize for FindingsOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.findings.iter().map(|f| FindingOut::new(f, self.at)))
    }
}

/// What follows `"files"` in the check and dupes document, in its order (`version` and
/// `files` are written before it, `files` a batch of files at a time on every core).
#[derive(Serialize)]
struct CheckTail<'a> {
    /// Findings located in the record files (provenance of the sources used), kept out of
    /// `files` so that it lists only the copy checked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    record_findings: Vec<FindingOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records_digest: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records_date: Option<&'a str>,
    suppressed: Vec<SuppressedOut<'a>>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    errors: &'a [String],
    /// `dupes` only: the duplicate findings as groups of copies, docs/dupes.md.
    #[serde(skip_serializing_if = "Option::is_none")]
    groups: Option<Vec<GroupOut<'a>>>,
    summary: Summary,
}

/// A group of copies of one passage: docs/dupes.md describes every field.
#[derive(Serialize)]
struct GroupOut<'a> {
    id: String,
    kind: &'static str,
    copies: usize,
    words: usize,
    members: Vec<MemberOut<'a>>,
}

#[derive(Serialize)]
struct MemberOut<'a> {
    path: &'a str,
    line: usize,
    end_line: usize,
    start: usize,
    end: usize,
    words: usize,
    similarity: f64,
    whole: bool,
    complete: bool,
    first: bool,
    date: Option<&'a str>,
    dated_by: &'static str,
}

fn groups_out<'a>(groups: &'a [crate::finding::DuplicateGroup], at: &Locator) -> Vec<GroupOut<'a>> {
    groups
        .iter()
        .map(|g| GroupOut {
            id: crate::finding::group_label(g.id),
            kind: g.kind(),
            copies: g.members.len(),
            words: g.words(),
            members: g
                .members
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let p = at.position(
                        &m.path,
                        &(m.span.start..m.span.end.saturating_sub(1).max(m.span.start)),
                    );
                    MemberOut {
                        path: &m.path,
                        line: p.line,
                        end_line: p.end_line,
                        start: m.span.start,
                        end: m.span.end,
                        words: m.words,
                        similarity: m.similarity,
                        whole: m.whole,
                        complete: m.complete,
                        first: i == 0,
                        date: m.date.as_deref(),
                        dated_by: m.dated_by,
                    }
                })
                .collect(),
        })
        .collect()
}

#[derive(Serialize)]
struct VerifyOut<'a> {
    version: u32,
    findings: Vec<FindingOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records_digest: Option<&'a str>,
    /// How many claim and source records were read and checked.
    records_checked: RecordsChecked,
    summary: Summary,
}

/// `verify`'s count of the records it checked.
#[derive(Serialize)]
struct RecordsChecked {
    claims: usize,
    sources: usize,
}

fn findings_out<'a>(fs: &'a [Finding], at: &Locator) -> Vec<FindingOut<'a>> {
    fs.iter().map(|f| FindingOut::new(f, at)).collect()
}

/// Writes the report as one pretty-printed JSON document and a newline.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let summary = report.summary();
    let at = report.locator();
    // Written straight from the structs, in their field order, rather than through a
    // `serde_json::Value` tree: a corpus audit's report can be larger than the corpus.
    match report.command {
        Command::Verify => serde_json::to_writer_pretty(
            &mut *out,
            &VerifyOut {
                version: 1,
                findings: report.findings().map(|f| FindingOut::new(f, &at)).collect(),
                records_digest: report.records_digest.as_deref(),
                records_checked: RecordsChecked {
                    claims: report.records_read.saturating_sub(report.sources_read),
                    sources: report.sources_read,
                },
                summary,
            },
        ),
        Command::Check | Command::Dupes => {
            out.write_all(b"{\n  \"version\": 1,\n  \"files\": [")?;
            let files: Vec<&super::FileReport> = report
                .files
                .iter()
                .filter(|f| !f.is_record_file())
                .collect();
            write_files(report, &files, &at, out)?;
            out.write_all(if files.is_empty() { b"]," } else { b"\n  ]," })?;
            // the rest of the object, rendered alone: its fields are at the indent they
            // have in the whole document, so only its opening brace is dropped
            let tail = serde_json::to_vec_pretty(&CheckTail {
                record_findings: report
                    .files
                    .iter()
                    .filter(|f| f.is_record_file())
                    .flat_map(|f| findings_out(&f.findings, &at))
                    .collect(),
                records_digest: report.records_digest.as_deref(),
                records_date: report.records_date.as_deref(),
                suppressed: report
                    .suppressed
                    .iter()
                    .map(|s| SuppressedOut::new(s, &at))
                    .collect(),
                errors: &report.errors,
                groups: (report.command == Command::Dupes).then(|| groups_out(&report.groups, &at)),
                summary,
            })
            .map_err(io::Error::other)?;
            out.write_all(tail.get(1..).unwrap_or_default())?;
            return writeln!(out);
        }
    }
    .map_err(io::Error::other)?;
    writeln!(out)
}

/// Files of this many figures and findings or fewer are rendered on every core, a batch
/// at a time; a larger one is written straight out, never held whole in memory.
const SMALL_FILE: usize = 2_000;

/// How many files are rendered at once before they are written.
const BATCH: usize = 512;

/// The entries of `"files"`, each as `to_writer_pretty` writes an element of the array:
/// a line break and four spaces before it, every line inside indented four more.
fn write_files(
    report: &Report,
    files: &[&super::FileReport],
    at: &Locator,
    out: &mut dyn Write,
) -> io::Result<()> {
    use rayon::prelude::*;
    fn file_out<'a>(report: &Report, f: &'a super::FileReport, at: &'a Locator<'a>) -> FileOut<'a> {
        FileOut {
            path: &f.path,
            sha256: &f.sha256,
            claims: (report.command == Command::Check).then_some(&f.claims),
            findings: FindingsOut {
                findings: &f.findings,
                at,
            },
        }
    }
    let small = |f: &&super::FileReport| f.claims.len() + f.findings.len() <= SMALL_FILE;
    let mut first = true;
    for batch in files.chunks(BATCH) {
        let rendered: Vec<Option<Vec<u8>>> = batch
            .par_iter()
            .map(|f| {
                small(f)
                    .then(|| serde_json::to_vec_pretty(&file_out(report, f, at)).ok())
                    .flatten()
            })
            .collect();
        for (f, text) in batch.iter().zip(rendered) {
            out.write_all(if first { b"\n    " } else { b",\n    " })?;
            first = false;
            let mut indented = Indented(&mut *out);
            match text {
                Some(text) => indented.write_all(&text)?,
                None => serde_json::to_writer_pretty(&mut indented, &file_out(report, f, at))
                    .map_err(io::Error::other)?,
            }
        }
    }
    Ok(())
}

/// A writer that indents every line after the first by four spaces: a value rendered on
/// its own, set inside the `"files"` array. (JSON strings hold no raw line break, so
/// every one is between tokens.)
struct Indented<'w>(&'w mut dyn Write);

impl Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let mut lines = buf.split(|&b| b == b'\n');
        if let Some(line) = lines.next() {
            self.0.write_all(line)?;
        }
        for line in lines {
            self.0.write_all(b"\n    ")?;
            self.0.write_all(line)?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

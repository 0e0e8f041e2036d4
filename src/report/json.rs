//! The JSON document docs/json.md describes, `"version": 1`.
//!
//! `check` writes `{"version": 1, "files": [{"path", "sha256", "claims", "findings"}],
//! "record_findings", "records_digest", "records_date", "suppressed", "errors", "summary"}`; `dupes` the
//! same without `claims`; `verify` `{"version": 1, "findings", "records_digest",
//! "summary"}`. Every field is described in docs/json.md. Fields may be added within
//! version 1, never renamed or dropped, so consumers read by name.

use std::io::{self, Write};

use serde::Serialize;

use super::{Command, Report, Summary};
use crate::finding::Finding;
use crate::link::CheckedClaim;
use crate::suppress::Suppressed;

#[derive(Serialize)]
struct FileOut<'a> {
    path: &'a str,
    sha256: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    claims: Option<&'a [CheckedClaim]>,
    findings: &'a [Finding],
}

#[derive(Serialize)]
struct CheckOut<'a> {
    version: u32,
    files: Vec<FileOut<'a>>,
    /// Findings located in the record files (provenance of the sources used), kept out of
    /// `files` so that it lists only the copy checked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    record_findings: Vec<&'a Finding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records_digest: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records_date: Option<&'a str>,
    suppressed: &'a [Suppressed],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    errors: &'a [String],
    summary: Summary,
}

#[derive(Serialize)]
struct VerifyOut<'a> {
    version: u32,
    findings: Vec<&'a Finding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records_digest: Option<&'a str>,
    summary: Summary,
}

/// Writes the report as one pretty-printed JSON document and a newline.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let summary = report.summary();
    // Written straight from the structs, in their field order, rather than through a
    // `serde_json::Value` tree: a corpus audit's report can be larger than the corpus.
    match report.command {
        Command::Verify => serde_json::to_writer_pretty(
            &mut *out,
            &VerifyOut {
                version: 1,
                findings: report.findings().collect(),
                records_digest: report.records_digest.as_deref(),
                summary,
            },
        ),
        Command::Check | Command::Dupes => serde_json::to_writer_pretty(
            &mut *out,
            &CheckOut {
                version: 1,
                files: report
                    .files
                    .iter()
                    .filter(|f| !f.is_record_file())
                    .map(|f| FileOut {
                        path: &f.path,
                        sha256: &f.sha256,
                        claims: (report.command == Command::Check).then_some(f.claims.as_slice()),
                        findings: &f.findings,
                    })
                    .collect(),
                record_findings: report
                    .files
                    .iter()
                    .filter(|f| f.is_record_file())
                    .flat_map(|f| f.findings.iter())
                    .collect(),
                records_digest: report.records_digest.as_deref(),
                records_date: report.records_date.as_deref(),
                suppressed: &report.suppressed,
                errors: &report.errors,
                summary,
            },
        ),
    }
    .map_err(io::Error::other)?;
    writeln!(out)
}

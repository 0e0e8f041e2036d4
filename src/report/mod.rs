//! Renderers: each takes the finished [`Report`] and writes one format. Renderers never
//! reach back into detection.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use crate::document::Document;
use crate::finding::{Finding, Severity};
use crate::link::{CheckedClaims, Verdict};
use crate::suppress::Suppressed;

pub mod concise;
/// Escaping for each output (see [`crate::escape`]), used by every renderer.
pub use crate::escape;
pub mod extract;
pub mod fix;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod sarif;

/// Which command produced the report; decides what a format shows (claims or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Check,
    Dupes,
    Verify,
}

/// The output formats of `check`, `dupes` and `verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-like diagnostics for people
    Human,
    /// the versioned JSON document docs/json.md describes
    Json,
    /// SARIF 2.1.0 for code-scanning tools
    Sarif,
    /// GitHub Actions workflow commands (annotations)
    Github,
    /// one self-contained HTML page for editors
    Html,
    /// one line per finding: `path:line:col: severity[rule] message`, errors first
    Concise,
}

/// One checked file: an article, or a record file that findings are located in.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub path: String,
    pub sha256: String,
    pub claims: CheckedClaims,
    pub findings: Vec<Finding>,
    /// The document, for renderers that show copy (human snippets, HTML).
    pub doc: Arc<Document>,
}

impl FileReport {
    /// Whether this is a record file (YAML), present only to locate provenance findings,
    /// rather than copy that was checked.
    pub fn is_record_file(&self) -> bool {
        self.path.ends_with(".yaml") || self.path.ends_with(".yml")
    }
}

/// Everything a run found, finalized (severities applied, suppressed, sorted).
#[derive(Debug, Clone)]
pub struct Report {
    pub command: Command,
    pub files: Vec<FileReport>,
    pub suppressed: Vec<Suppressed>,
    /// sha256 over the record set used (claims + sources, canonical order).
    pub records_digest: Option<String>,
    /// The newest `retrieved`/`published` date among the records used.
    pub records_date: Option<String>,
    /// How many claim and source records were read: `verify` with none has checked
    /// nothing, and must not say that all hold.
    pub records_read: usize,
    /// How many of those were source records, so `verify` can say "10 claims and 8
    /// sources checked".
    pub sources_read: usize,
    /// Inputs that could not be read: the run is incomplete.
    pub errors: Vec<String>,
    /// Documents that related places point into but that are not among `files` (left
    /// out by `--changed-since`), so that every span can still be given a line.
    pub other_docs: Vec<Arc<Document>>,
    /// `dupes`: the duplicate findings gathered into groups of copies of one passage.
    pub groups: Vec<crate::finding::DuplicateGroup>,
}

/// Counts for the summary line and the JSON `summary` object.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub claims: usize,
    /// Claims by verdict; every verdict present, zero or not.
    pub verdicts: BTreeMap<&'static str, usize>,
    pub findings: usize,
    /// Findings by severity; every severity present.
    pub severities: BTreeMap<&'static str, usize>,
    pub suppressed: usize,
}

impl Report {
    /// The report of a run that could not be done (invalid records, a bad config or
    /// baseline): nothing checked, `error` its only content. Written when a document was
    /// asked for, so that a CI step reading it (a SARIF upload) finds a valid document
    /// saying why, rather than no file and a second, confusing error.
    pub fn failed(command: Command, error: String) -> Report {
        Report {
            command,
            files: Vec::new(),
            suppressed: Vec::new(),
            records_digest: None,
            records_date: None,
            records_read: 0,
            sources_read: 0,
            errors: vec![error],
            other_docs: Vec::new(),
            groups: Vec::new(),
        }
    }

    /// All findings in report order.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.files.iter().flat_map(|f| f.findings.iter())
    }

    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            // Record files appear in `files` only to locate provenance findings; the count
            // is of the copy checked.
            files: self.files.iter().filter(|f| !f.is_record_file()).count(),
            suppressed: self.suppressed.len(),
            ..Summary::default()
        };
        for v in Verdict::ALL {
            s.verdicts.insert(v.as_str(), 0);
        }
        for sev in [Severity::Error, Severity::Warning, Severity::Info] {
            s.severities.insert(sev.as_str(), 0);
        }
        for f in &self.files {
            s.claims += f.claims.len();
            for v in f.claims.verdicts() {
                *s.verdicts.entry(v.as_str()).or_default() += 1;
            }
        }
        for f in self.findings() {
            s.findings += 1;
            *s.severities.entry(f.severity.as_str()).or_default() += 1;
        }
        s
    }

    /// The document at `path`, among the files or the other documents read (a linear
    /// search: for one lookup; [`Report::locator`] indexes them all).
    pub fn doc(&self, path: &str) -> Option<&Document> {
        self.files
            .iter()
            .map(|f| f.doc.as_ref())
            .chain(self.other_docs.iter().map(Arc::as_ref))
            .find(|d| d.path == path)
    }

    /// The line index of every document this report's spans point into.
    pub fn locator(&self) -> Locator<'_> {
        Locator::new(
            self.files
                .iter()
                .map(|f| f.doc.as_ref())
                .chain(self.other_docs.iter().map(Arc::as_ref)),
        )
    }

    /// Leaves out the findings below `min` (`--min-severity`, and `--quiet`'s info):
    /// for display, so what is left out neither shows nor fails the run.
    pub fn keep_at_least(&mut self, min: crate::finding::Severity) {
        for f in &mut self.files {
            f.findings.retain(|x| x.severity >= min);
        }
    }

    /// How many findings of each rule, most first (then by rule id): `--statistics`.
    pub fn statistics(&self) -> Vec<(crate::rules::RuleId, Severity, usize)> {
        let mut counts: BTreeMap<(crate::rules::RuleId, Severity), usize> = BTreeMap::new();
        for f in self.findings() {
            *counts.entry((f.rule, f.severity)).or_default() += 1;
        }
        let mut v: Vec<_> = counts.into_iter().map(|((r, s), n)| (r, s, n)).collect();
        v.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.as_str().cmp(b.0.as_str())));
        v
    }

    /// The highest severity reported, if any.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings().map(|f| f.severity).max()
    }
}

/// A span as people read it: 1-based lines, columns counted in characters, the end just
/// after the span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// Turns a path and a byte span into a [`Position`]: byte offsets inside, line and column
/// only at the edge. Each document's own line index does the counting; this finds the
/// document by path.
#[derive(Debug, Clone, Default)]
pub struct Locator<'a> {
    docs: HashMap<&'a str, &'a Document>,
}

impl<'a> Locator<'a> {
    /// A locator over `docs`; of two with one path, the first is used.
    pub fn new(docs: impl IntoIterator<Item = &'a Document>) -> Self {
        let mut map = HashMap::new();
        for d in docs {
            map.entry(d.path.as_str()).or_insert(d);
        }
        Locator { docs: map }
    }

    /// The document at `path`, if the report read it.
    pub fn doc(&self, path: &str) -> Option<&'a Document> {
        self.docs.get(path).copied()
    }

    /// Line and column of `offset` in the file at `path`; line 1, column 1 for a file
    /// the report did not read (only a programming error makes one).
    pub fn line_col(&self, path: &str, offset: usize) -> (usize, usize) {
        self.doc(path).map_or((1, 1), |d| d.line_col(offset))
    }

    /// Where `span` of the file at `path` starts and ends.
    pub fn position(&self, path: &str, span: &Range<usize>) -> Position {
        let (line, column) = self.line_col(path, span.start);
        let (end_line, end_column) = self.line_col(path, span.end);
        Position {
            line,
            column,
            end_line,
            end_column,
        }
    }

    /// Where a finding is.
    pub fn finding(&self, f: &Finding) -> Position {
        self.position(&f.path, &f.span)
    }

    /// Where a related place is.
    pub fn related(&self, r: &crate::finding::Related) -> Position {
        self.position(&r.path, &r.span)
    }
}

/// How a report is written, beyond its format; main fills it from flags and environment
/// so that renderers never read the environment themselves (and tests need not set it).
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// ANSI colour (human only): main decides (a terminal, no `NO_COLOR`, no `--output`).
    pub color: bool,
    /// `--quiet`: the human report leaves out its summary line.
    pub quiet: bool,
    /// `$GITHUB_STEP_SUMMARY`: where the github format appends the findings it could not
    /// annotate (GitHub shows only 10 of each kind per step).
    pub step_summary: Option<std::path::PathBuf>,
    /// `--rules-url`: the published docs/rules.md that SARIF's `helpUri` points into;
    /// else the repository Cargo.toml names, if any.
    pub rules_url: Option<String>,
}

/// Writes `report` in `format`.
pub fn render(format: Format, report: &Report, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let opts = RenderOptions {
        color,
        ..RenderOptions::default()
    };
    render_with(format, report, &opts, out)
}

/// Writes `report` in `format` with every option.
pub fn render_with(
    format: Format,
    report: &Report,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Human => human::render_with(report, opts.color, opts.quiet, out),
        Format::Json => json::render(report, out),
        Format::Sarif => sarif::render(report, opts.rules_url.as_deref(), out),
        Format::Github => github::render(report, opts.step_summary.as_deref(), out),
        Format::Html => html::render(report, out),
        Format::Concise => concise::render(report, opts.quiet, out),
    }
}

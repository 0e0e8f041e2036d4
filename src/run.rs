//! The pipeline: read → extract → link → check → finalize → [`Report`].
//!
//! Each stage is a function of the previous stage's data; reading happens first and
//! rendering is left to the caller, so everything here can be tested without a terminal.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::document::Document;
use crate::error::Result;
use crate::finding::Finding;
use crate::input::{self, Input, Loaded};
use crate::link::CheckedClaims;
use crate::records::RecordSet;
use crate::report::{Command, FileReport, Report};
use crate::rules::RuleId;
use crate::settings::Settings;

/// A document with everything the per-document stages found.
struct Checked {
    doc: Arc<Document>,
    claims: CheckedClaims,
    findings: Vec<Finding>,
}

/// What reading the inputs gave: documents with their read warnings, skipped files'
/// warnings, and errors for inputs that could not be read.
pub struct ReadAll {
    pub docs: Vec<(Document, Vec<Finding>)>,
    pub skipped: Vec<Finding>,
    pub errors: Vec<String>,
}

/// Reads every input; unreadable ones become errors (the run is incomplete) and binary
/// ones warnings, without stopping the others.
pub fn read_all(inputs: &[Input]) -> ReadAll {
    let loaded: Vec<Result<Loaded>> = inputs.par_iter().map(input::load).collect();
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    let mut errors = Vec::new();
    for l in loaded {
        match l {
            Ok(Loaded::Doc(d, w)) => docs.push((d, w)),
            Ok(Loaded::Skipped(f)) => skipped.push(f),
            Err(e) => errors.push(e.to_string()),
        }
    }
    ReadAll {
        docs,
        skipped,
        errors,
    }
}

/// What `extract` read: the documents, warnings about how files were read
/// (`input/encoding`, `input/binary` for skipped files), and inputs that could not be
/// read. The figures are found as they are written (see [`extract::parts`]).
pub struct ReadDocs {
    pub docs: Vec<Document>,
    pub warnings: Vec<Finding>,
    pub errors: Vec<String>,
}

/// Reads every input for `extract`, keeping read warnings apart from errors: a binary
/// file in a folder is skipped with a warning, not a failed run.
pub fn read_warned(inputs: &[Input]) -> ReadDocs {
    let ReadAll {
        docs,
        skipped,
        errors,
    } = read_all(inputs);
    let mut warnings = skipped;
    let docs = docs
        .into_iter()
        .map(|(d, w)| {
            warnings.extend(w);
            d
        })
        .collect();
    warnings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    ReadDocs {
        docs,
        warnings,
        errors,
    }
}

/// What `check` needs besides settings and inputs.
#[derive(Debug, Default, Clone)]
pub struct CheckOptions {
    /// Paths whose findings are reported (for `--changed-since`); `None` reports all.
    pub only_paths: Option<Vec<String>>,
    /// Lines changed since a git ref (`--changed-since`): detection still covers every
    /// file, but only findings touching changed paragraphs are reported.
    pub changes: Option<crate::changed::Changes>,
    /// Progress on stderr for long runs (hidden by default).
    pub progress: crate::progress::Progress,
    /// Standard input is read as this file (`--stdin-filename`).
    pub stdin_filename: Option<PathBuf>,
    /// A run that finds no article is accepted (`--allow-empty`) rather than refused.
    pub allow_empty: bool,
    /// `--force-exclude`: the config's `exclude` globs apply to files named on the
    /// command line too (as a pre-commit hook names them), not only to folder walks.
    pub force_exclude: bool,
    /// `dupes --first-copy path`: the earliest copy of a passage is the one in the first
    /// path, whatever the dates say (reproducible across checkouts, which reset times).
    pub first_copy_by_path: bool,
}

/// The inputs `paths` name, with standard input named as `opts` says, less the files
/// that are never copy (see [`input::LeftOut`]); and how many files named on the command line
/// were left out that way.
fn inputs_of(
    settings: &Settings,
    paths: &[PathBuf],
    opts: &CheckOptions,
) -> Result<(Vec<Input>, usize)> {
    let inputs = input::collect(paths, &settings.exclude, &root(settings))?;
    let left_out = input::LeftOut::new(
        [settings.claims.as_path(), settings.sources.as_path()],
        opts.force_exclude.then_some(settings.exclude.as_slice()),
        &root(settings),
    )?;
    let named: std::collections::HashSet<&Path> = paths
        .iter()
        .filter(|p| !p.is_dir())
        .map(PathBuf::as_path)
        .collect();
    let mut named_left_out = 0;
    let inputs = inputs
        .into_iter()
        .filter(|i| {
            let path = match i {
                Input::File(p) | Input::NotCopy(p, _) | Input::LinkNotFollowed(p, _) => p,
                _ => return true,
            };
            let is_named = named.contains(path.as_path());
            let out = left_out.leaves_out(path, is_named);
            named_left_out += usize::from(out && is_named);
            !out
        })
        .collect();
    Ok((
        input::name_stdin(inputs, opts.stdin_filename.as_deref()),
        named_left_out,
    ))
}

/// Refuses a run that read no article at all (and could read everything it was given):
/// pointed at the wrong folder, CI would otherwise pass green on nothing.
pub fn require_articles(
    paths: &[PathBuf],
    articles: usize,
    skipped: usize,
    allow_empty: bool,
) -> Result<()> {
    if articles > 0 || allow_empty {
        return Ok(());
    }
    let named: Vec<String> = paths.iter().map(|p| input::display_path(p)).collect();
    let skipped = match skipped {
        0 => String::new(),
        1 => "; 1 file was skipped as not copy".to_string(),
        n => format!("; {n} files were skipped as not copy"),
    };
    Err(crate::error::Error::Usage(format!(
        "no article found in {} (folders are walked for .txt, .md, .markdown, .html and .htm files{skipped}); --allow-empty accepts a run with nothing to check",
        named.join(", ")
    )))
}

/// The full check: records, figures, arithmetic, consistency, duplicates.
pub fn check(settings: &Settings, paths: &[PathBuf], opts: &CheckOptions) -> Result<Report> {
    let records = load_records(settings)?;
    let (inputs, named_left_out) = inputs_of(settings, paths, opts)?;
    let ReadAll {
        docs,
        skipped,
        errors,
    } = read_all(&inputs);
    if errors.is_empty() {
        let allow_empty = opts.allow_empty || named_left_out > 0;
        require_articles(paths, docs.len(), skipped.len(), allow_empty)?;
    }
    let docs: Vec<(Arc<Document>, Vec<Finding>)> =
        docs.into_iter().map(|(d, w)| (Arc::new(d), w)).collect();
    // the repeated passages first, so that a figure's findings inside a repeat are
    // folded into the first copy's as they are made (issue 19, item 8)
    let duplicates = {
        let all: Vec<&Document> = docs.iter().map(|(d, _)| d.as_ref()).collect();
        crate::dupes::find(&all, settings.min_words)
    };
    let early = EarlyFold::new(settings, opts, &duplicates);
    opts.progress.start(docs.len());
    let mut checked: Vec<Checked> = docs
        .into_par_iter()
        .map(|(doc, warnings)| {
            let repeats = early.repeats(&doc);
            let c = check_document(doc, warnings, &records, repeats);
            opts.progress.inc();
            c
        })
        .collect();
    opts.progress.finish();
    file_findings(&mut checked, duplicates);
    let mut files = file_reports(checked);
    files.extend(skipped.into_iter().map(skipped_file));
    let used = used_sources(&files, &records);
    files.extend(provenance_files(&records, Some(&used)));
    let read: Vec<Arc<Document>> = files.iter().map(|f| f.doc.clone()).collect();
    if let Some(only) = &opts.only_paths {
        files.retain(|f| only.contains(&f.path));
    }
    if let Some(changes) = &opts.changes {
        changes.filter_with(&mut files, &touched_records(changes, &records));
    }
    let other_docs = left_out(read, &files);
    let mut report = finalize(Command::Check, files, settings, &records, errors);
    report.other_docs = other_docs;
    Ok(report)
}

/// The records a change since the ref touches though no copy changed (see
/// [`crate::changed::Touched`]): claim records whose lines changed, sources whose
/// record or snapshot changed, and the claim records citing those sources.
fn touched_records(
    changes: &crate::changed::Changes,
    records: &RecordSet,
) -> crate::changed::Touched {
    use std::collections::HashSet;
    let texts: std::collections::HashMap<&str, &str> = records
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.text.as_str()))
        .collect();
    let claim_locs: Vec<(&str, &str, usize)> = records
        .claims
        .iter()
        .zip(&records.claim_locs)
        .map(|(c, l)| (c.id.as_str(), l.path.as_str(), l.offset))
        .collect();
    let source_locs: Vec<(&str, &str, usize)> = records
        .source_locs
        .iter()
        .map(|(id, l)| (id.as_str(), l.path.as_str(), l.offset))
        .collect();
    let mut sources: HashSet<&str> = changes.changed_entries(&source_locs, &texts);
    for (id, s) in &records.sources {
        let snap = s.snapshot.as_deref().map(|p| records.sources_dir.join(p));
        if snap.is_some_and(|p| changes.has_file(&p.to_string_lossy())) {
            sources.insert(id.as_str());
        }
    }
    let mut claims: HashSet<String> = changes
        .changed_entries(&claim_locs, &texts)
        .into_iter()
        .map(str::to_string)
        .collect();
    for c in &records.claims {
        if c.sources.iter().any(|s| sources.contains(s.id.as_str())) {
            claims.insert(c.id.clone());
        }
    }
    crate::changed::Touched {
        records: claims,
        sources: sources.into_iter().map(str::to_string).collect(),
    }
}

/// One buffer's findings, as `check` would report them for it alone (an editor's open
/// file, for `claimcheck lsp`): figures against `records`, arithmetic, consistency,
/// repeats inside it; rule settings and inline suppressions applied.
pub fn check_buffer(settings: &Settings, records: &RecordSet, doc: Document) -> Vec<Finding> {
    let mut checked = vec![check_document(
        Arc::new(doc),
        Vec::new(),
        records,
        Vec::new(),
    )];
    add_duplicates(&mut checked, settings.min_words);
    let files = file_reports(checked);
    let report = finalize(Command::Check, files, settings, records, Vec::new());
    report.files.into_iter().flat_map(|f| f.findings).collect()
}

/// Duplicates only.
pub fn dupes(settings: &Settings, paths: &[PathBuf]) -> Result<Report> {
    dupes_with(settings, paths, &CheckOptions::default())
}

/// [`dupes`], with standard input named and an empty run accepted as `opts` says; the
/// first copy of a passage is its earliest by date (see [`dated`]) unless
/// `opts.first_copy_by_path`, and the findings are gathered into [`Report::groups`].
/// With `opts.changes`, every article is still searched, but only findings touching
/// changed paragraphs are reported.
pub fn dupes_with(settings: &Settings, paths: &[PathBuf], opts: &CheckOptions) -> Result<Report> {
    let (inputs, named_left_out) = inputs_of(settings, paths, opts)?;
    let ReadAll {
        docs,
        skipped,
        errors,
    } = read_all(&inputs);
    if errors.is_empty() {
        let allow_empty = opts.allow_empty || named_left_out > 0;
        require_articles(paths, docs.len(), skipped.len(), allow_empty)?;
    }
    let mut checked: Vec<Checked> = docs
        .into_iter()
        .map(|(doc, mut warnings)| {
            warnings.extend(crate::suppress::malformed(&doc));
            Checked {
                doc: Arc::new(doc),
                claims: Default::default(),
                findings: warnings,
            }
        })
        .collect();
    let dates: std::collections::HashMap<String, Option<i64>> = if opts.first_copy_by_path {
        std::collections::HashMap::new()
    } else {
        checked
            .par_iter()
            .map(|c| (c.doc.path.clone(), dated(&c.doc).at))
            .collect()
    };
    let docs: Vec<&Document> = checked.iter().map(|c| c.doc.as_ref()).collect();
    let found = crate::dupes::find_dated(&docs, settings.min_words, &|d: &Document| {
        dates.get(&d.path).copied().flatten()
    });
    file_findings(&mut checked, found);
    let mut files: Vec<FileReport> = checked
        .into_iter()
        .map(|c| FileReport {
            path: c.doc.path.clone(),
            sha256: c.doc.sha256.clone(),
            claims: Default::default(),
            findings: c.findings,
            doc: c.doc,
        })
        .collect();
    files.extend(skipped.into_iter().map(skipped_file));
    let read: Vec<Arc<Document>> = files.iter().map(|f| f.doc.clone()).collect();
    if let Some(changes) = &opts.changes {
        changes.filter(&mut files);
    }
    let other_docs = left_out(read, &files);
    let mut report = finalize(
        Command::Dupes,
        files,
        settings,
        &RecordSet::default(),
        errors,
    );
    report.other_docs = other_docs;
    group_duplicates(&mut report, opts.first_copy_by_path);
    Ok(report)
}

/// The documents `read` that `files` no longer hold (left out by `--changed-since`):
/// they may still be pointed at (the first copy of a duplicate), so they stay at hand
/// for line numbers.
fn left_out(read: Vec<Arc<Document>>, files: &[FileReport]) -> Vec<Arc<Document>> {
    let kept: std::collections::HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    read.into_iter()
        .filter(|d| !kept.contains(d.path.as_str()))
        .collect()
}

/// When `doc` was written, for telling the earliest copy: a `date:` in its front matter,
/// else its file's modification time.
pub fn dated(doc: &Document) -> crate::dupes::group::Dated {
    use crate::dupes::group::Dated;
    if let Some(at) = crate::dupes::dates::front_matter(&doc.text) {
        return Dated {
            at: Some(at),
            by: "front matter",
        };
    }
    match crate::index::modified(&doc.path) {
        Some(at) => Dated {
            at: Some(at),
            by: "modified",
        },
        None => Dated::NONE,
    }
}

/// Gathers the report's duplicate findings into groups of copies (again, after a
/// baseline or `--changed-since` took some away), each finding marked with its group.
pub fn group_duplicates(report: &mut Report, by_path: bool) {
    let docs: std::collections::HashMap<String, Arc<Document>> = report
        .files
        .iter()
        .map(|f| f.doc.clone())
        .chain(report.other_docs.iter().cloned())
        .map(|d| (d.path.clone(), d))
        .collect();
    let lookup = |p: &str| docs.get(p).map(Arc::as_ref);
    let date_of = |p: &str| match (by_path, docs.get(p)) {
        (false, Some(d)) => dated(d),
        _ => crate::dupes::group::Dated::NONE,
    };
    let findings = report.files.iter_mut().flat_map(|f| f.findings.iter_mut());
    report.groups = crate::dupes::group::groups(findings, &lookup, &date_of);
}

/// Provenance of every record.
pub fn verify(settings: &Settings) -> Result<Report> {
    let records = load_records(settings)?;
    Ok(finalize(
        Command::Verify,
        provenance_files(&records, None),
        settings,
        &records,
        Vec::new(),
    ))
}

fn root(settings: &Settings) -> PathBuf {
    settings
        .config
        .as_deref()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The claim and source records the settings name.
pub fn load_records(settings: &Settings) -> Result<RecordSet> {
    crate::records::load::load(&crate::records::load::Folders::from_settings(settings))
}

/// The provenance findings of `records` (only those about sources in `used`, when given),
/// each in a report of the record file it is located in.
fn provenance_files(
    records: &RecordSet,
    used: Option<&std::collections::HashSet<String>>,
) -> Vec<FileReport> {
    records
        .files
        .iter()
        .filter_map(|file| {
            let doc = Document::from_text(
                file.path.clone(),
                file.text.clone(),
                crate::document::Format::Text,
            );
            let findings: Vec<Finding> = records
                .problems
                .iter()
                .filter(|p| p.at.path == file.path)
                // `check` shows the provenance of the sources its figures rest on; the
                // record lints are `verify`'s
                .filter(|p| {
                    used.is_none_or(|u| {
                        u.contains(&p.source)
                            && !matches!(
                                p.rule,
                                RuleId::WeakMatch
                                    | RuleId::DuplicateQuantity
                                    | RuleId::NoSource
                                    | RuleId::InvalidField
                            )
                    })
                })
                .map(|p| {
                    let mut f = Finding::new(p.rule, &doc, p.at.offset..p.end, p.message.clone())
                        .key(p.source.clone());
                    f.expected = p.expected.clone();
                    f.actual = p.actual.clone();
                    f
                })
                .collect();
            (!findings.is_empty()).then(|| FileReport {
                path: doc.path.clone(),
                sha256: doc.sha256.clone(),
                claims: Default::default(),
                findings,
                doc: Arc::new(doc),
            })
        })
        .collect()
}

/// The sources cited by the records that figures in `files` linked to.
fn used_sources(files: &[FileReport], records: &RecordSet) -> std::collections::HashSet<String> {
    let ids: std::collections::HashSet<&str> =
        files.iter().flat_map(|f| f.claims.records()).collect();
    records
        .claims
        .iter()
        .filter(|r| ids.contains(r.id.as_str()))
        .flat_map(|r| r.sources.iter().map(|s| s.id.clone()))
        .collect()
}

/// Which documents may have their findings folded into a repeated passage's first copy
/// while they are made rather than when the report is finalized: those where the two
/// give the same report, with no inline suppression (which could silence a first copy
/// and not its repeat), `duplicate/passage` on for the file (off, nothing is folded), and
/// no `--changed-since` (which could leave out a first copy and keep its repeat).
struct EarlyFold<'a> {
    /// The spans of each document's `duplicate/passage` findings, by path.
    passages: std::collections::HashMap<String, Vec<std::ops::Range<usize>>>,
    globs: Vec<globset::GlobMatcher>,
    top: PathBuf,
    settings: &'a Settings,
}

impl<'a> EarlyFold<'a> {
    fn new(settings: &'a Settings, opts: &CheckOptions, duplicates: &[Finding]) -> Self {
        let mut passages: std::collections::HashMap<String, Vec<std::ops::Range<usize>>> =
            Default::default();
        if opts.changes.is_none() {
            for f in duplicates {
                if f.rule == crate::rules::duplicate::PASSAGE.id {
                    passages
                        .entry(f.path.clone())
                        .or_default()
                        .push(f.span.clone());
                }
            }
        }
        EarlyFold {
            passages,
            globs: settings.override_globs(),
            top: input::resolved(&root(settings)),
            settings,
        }
    }

    /// The repeated passages of `doc` to fold its findings into, or none.
    fn repeats(&self, doc: &Document) -> Vec<std::ops::Range<usize>> {
        let Some(spans) = self.passages.get(&doc.path) else {
            return Vec::new();
        };
        let rel = if self.globs.is_empty() {
            PathBuf::new()
        } else {
            input::relative_to(Path::new(&doc.path), &self.top)
        };
        let passage = crate::rules::duplicate::PASSAGE;
        let on = self
            .settings
            .severity_in(&rel, &self.globs, passage.id, passage.default_severity)
            .is_some();
        if on && crate::suppress::directives(doc).0.is_empty() {
            spans.clone()
        } else {
            Vec::new()
        }
    }
}

fn check_document(
    doc: Arc<Document>,
    warnings: Vec<Finding>,
    records: &RecordSet,
    repeats: Vec<std::ops::Range<usize>>,
) -> Checked {
    let checked = crate::check_parts::check_document(&doc, records, repeats);
    let malformed = crate::suppress::malformed(&doc);
    let mut findings = checked.linked;
    // sized once, not doubled
    findings.reserve_exact(warnings.len() + malformed.len() + checked.ruled.len());
    findings.extend(warnings);
    findings.extend(malformed);
    findings.extend(checked.ruled);
    Checked {
        doc,
        claims: checked.claims,
        findings,
    }
}

/// Each checked document as a file of the report.
fn file_reports(checked: Vec<Checked>) -> Vec<FileReport> {
    checked
        .into_iter()
        .map(|c| FileReport {
            path: c.doc.path.clone(),
            sha256: c.doc.sha256.clone(),
            claims: c.claims,
            findings: c.findings,
            doc: c.doc,
        })
        .collect()
}

/// Runs the duplicate finder over all documents and files each finding under its path.
fn add_duplicates(checked: &mut [Checked], min_words: usize) {
    let docs: Vec<&Document> = checked.iter().map(|c| c.doc.as_ref()).collect();
    let found = crate::dupes::find(&docs, min_words);
    file_findings(checked, found);
}

/// Files each finding under the document at its path.
fn file_findings(checked: &mut [Checked], found: Vec<Finding>) {
    // by path, not a scan per finding: a large audit has tens of thousands of both
    let by_path: std::collections::HashMap<String, usize> = checked
        .iter()
        .enumerate()
        .map(|(i, c)| (c.doc.path.clone(), i))
        .collect();
    // room made once per document: pushed one by one onto a document's long list of
    // findings, the list doubled and at that moment held three times its findings
    let mut per_doc = vec![0usize; checked.len()];
    for f in &found {
        if let Some(&i) = by_path.get(&f.path) {
            per_doc[i] += 1;
        }
    }
    for (c, n) in checked.iter_mut().zip(per_doc) {
        c.findings.reserve_exact(n);
    }
    for f in found {
        if let Some(&i) = by_path.get(&f.path) {
            checked[i].findings.push(f);
        }
    }
}

pub(crate) fn skipped_file(f: Finding) -> FileReport {
    let doc = Arc::new(Document::new(
        f.path.clone(),
        String::new(),
        crate::document::Format::Text,
        String::new(),
    ));
    FileReport {
        path: f.path.clone(),
        sha256: String::new(),
        claims: Default::default(),
        findings: vec![f],
        doc,
    }
}

/// Applies rule settings and suppressions, fingerprints and sorts.
pub(crate) fn finalize(
    command: Command,
    mut files: Vec<FileReport>,
    settings: &Settings,
    records: &RecordSet,
    errors: Vec<String>,
) -> Report {
    let mut suppressed = Vec::new();
    let globs = settings.override_globs();
    let top = input::resolved(&root(settings));
    // each file on its own, on every core: an archive audit finalizes tens of thousands
    let per_file: Vec<Vec<crate::suppress::Suppressed>> = files
        .par_iter_mut()
        .map(|file| {
            let findings = std::mem::take(&mut file.findings);
            // `overrides:` globs are relative to the config's folder, as `exclude` is
            // (resolving costs system calls, so only when there are overrides).
            let rel = if globs.is_empty() {
                PathBuf::new()
            } else {
                input::relative_to(Path::new(&file.path), &top)
            };
            let kept: Vec<Finding> = findings
                .into_iter()
                .filter_map(|mut f| {
                    f.severity = settings.severity_in(&rel, &globs, f.rule, f.severity)?;
                    f.fill_fingerprint(&file.doc.text);
                    Some(f)
                })
                .collect();
            // what ran on this file: only `check` runs every rule; a rule switched off
            // here looked for nothing a suppression could have been used on, and a copy
            // in another file is found only when that file is checked too
            let checked = |rule: RuleId| {
                command == Command::Check
                    && rule != RuleId::DuplicateCrossFile
                    && settings
                        .severity_in(&rel, &globs, rule, rule.rule().default_severity)
                        .is_some()
            };
            let (mut kept, s) =
                crate::suppress::apply_inline_reporting_unused(&file.doc, kept, checked);
            sort_findings(&mut kept);
            kept.dedup_by(|a, b| a.sort_key() == b.sort_key() && a.message == b.message);
            file.findings = fold_pasted_repeats(kept, &file.doc);
            s
        })
        .collect();
    suppressed.extend(per_file.into_iter().flatten());
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Report {
        command,
        files,
        suppressed,
        records_digest: (!records.digest.is_empty()).then(|| records.digest.clone()),
        records_date: records.date.clone(),
        records_read: records.claims.len() + records.sources.len(),
        sources_read: records.sources.len(),
        errors,
        other_docs: Vec::new(),
        groups: Vec::new(),
    }
}

/// Sorts `findings` by [`Finding::sort_key`], keeping the order of equal ones, as
/// `sort_by` would, but without its scratch copy of the list: the places are sorted and
/// the findings then moved into them by swaps, so a file with a finding for every
/// figure never holds its findings twice (issue 19, item 8).
fn sort_findings(findings: &mut [Finding]) {
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by(|&a, &b| match (findings.get(a), findings.get(b)) {
        (Some(a), Some(b)) => a.sort_key().cmp(&b.sort_key()),
        _ => std::cmp::Ordering::Equal,
    });
    // the finding at `order[i]` goes to `i`: each cycle of the permutation by swaps
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while let Some(&from) = order.get(at).filter(|&&f| f != DONE) {
            order[at] = DONE;
            if from == start {
                break;
            }
            findings.swap(at, from);
            at = from;
        }
    }
}

/// A passage pasted twice carries its errors twice. The copy inside the repeat is the
/// same finding as the one in the first copy (same rule, same fingerprint), so it is
/// folded into it with a note rather than reported again: one mistake, one finding, and
/// the `duplicate/passage` finding already points at the repeat.
fn fold_pasted_repeats(mut findings: Vec<Finding>, doc: &Document) -> Vec<Finding> {
    let passage = crate::rules::duplicate::PASSAGE.id;
    let spans: Vec<std::ops::Range<usize>> = findings
        .iter()
        .filter(|f| f.rule == passage)
        .map(|f| f.span.clone())
        .collect();
    if spans.is_empty() {
        return findings;
    }
    let mut repeats = crate::rules::duplicate::PastedRepeats::new(spans);
    // Which findings stay, decided first and the rest dropped in place: a second list of
    // the kept ones held, in long pasted copy, twice the findings at once (issue 19).
    let keep: Vec<bool> = findings
        .iter()
        .enumerate()
        .map(|(at, f)| repeats.keeps(doc, f, at))
        .collect();
    repeats.finish(&mut findings);
    let mut kept = keep.into_iter();
    findings.retain(|_| kept.next().unwrap_or(true));
    findings.shrink_to_fit();
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_sort_by_place_keeping_the_order_of_equal_ones() {
        let doc = Document::from_text("a.txt", "x".repeat(40), crate::document::Format::Text);
        // places with ties (same start, rule and end, told apart by message), in an order
        // that makes cycles of several lengths
        let places = [9, 3, 9, 0, 27, 3, 14, 0, 9, 1, 30, 3];
        let findings: Vec<Finding> = places
            .iter()
            .enumerate()
            .map(|(i, &at)| Finding::new(RuleId::Unsourced, &doc, at..at + 2, format!("{i}")))
            .collect();
        let mut expected = findings.clone();
        expected.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        let mut sorted = findings;
        sort_findings(&mut sorted);
        let messages = |fs: &[Finding]| fs.iter().map(|f| f.message.clone()).collect::<Vec<_>>();
        assert_eq!(messages(&sorted), messages(&expected));
        assert_eq!(
            messages(&sorted),
            ["3", "7", "9", "1", "5", "11", "0", "2", "8", "6", "4", "10"]
        );
    }

    #[test]
    fn sorting_no_finding_or_one_leaves_it_as_it_was() {
        let doc = Document::from_text("a.txt", "abc", crate::document::Format::Text);
        let mut none: Vec<Finding> = Vec::new();
        sort_findings(&mut none);
        assert!(none.is_empty());
        let mut one = vec![Finding::new(RuleId::Unsourced, &doc, 0..1, "m")];
        sort_findings(&mut one);
        assert_eq!(one[0].message, "m");
    }
}

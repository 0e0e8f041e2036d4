//! The archive beside the copy: when each article was written (its file's modification
//! time, for telling the earliest copy of a duplicated passage), and the persistent
//! archive index that `claimcheck index` builds and `dupes --against` reads.

use std::time::UNIX_EPOCH;

/// The modification time of the file at `path`, in whole seconds since 1970; `None` for
/// standard input, a file that is gone, or a filesystem without times.
pub fn modified(path: &str) -> Option<i64> {
    if path == "-" {
        return None;
    }
    let t = std::fs::metadata(path).ok()?.modified().ok()?;
    let secs = t.duration_since(UNIX_EPOCH).ok()?.as_secs();
    i64::try_from(secs).ok()
}

pub mod store;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::document::Document;
use crate::error::{Error, Result};
use crate::report::{Command, FileReport, Report};
use crate::run::{CheckOptions, ReadAll};
use crate::settings::Settings;

/// How many archived articles are taken for one fingerprint: the earliest few, as the
/// finder pairs a later copy with the first copies only.
const PER_FINGERPRINT: usize = 8;

/// `dupes --against INDEX PATHS`: what the new copy at `paths` shares with the archive
/// in the index (and with itself), without reading the archive's files. The archive's
/// copies are always the first copies; findings are made only in the new articles.
pub fn against(
    index: &Path,
    settings: &Settings,
    paths: &[PathBuf],
    opts: &CheckOptions,
) -> Result<Report> {
    let idx = store::Index::open(index)?;
    if settings.min_words < idx.min_words {
        return Err(Error::Usage(format!(
            "the index {} was built for runs of {} words or more; ask --min-words {} or more",
            index.display(),
            idx.min_words,
            idx.min_words
        )));
    }
    let inputs = crate::input::collect(paths, &settings.exclude, Path::new("."))?;
    let inputs = crate::input::name_stdin(inputs, opts.stdin_filename.as_deref());
    let ReadAll {
        docs,
        skipped,
        errors,
    } = crate::run::read_all(&inputs);
    if errors.is_empty() {
        crate::run::require_articles(paths, docs.len(), skipped.len(), opts.allow_empty)?;
    }
    let mut fps: Vec<u64> = docs
        .iter()
        .flat_map(|(d, _)| crate::dupes::fingerprints(d, idx.min_words))
        .collect();
    fps.sort_unstable();
    fps.dedup();
    let new_paths: std::collections::HashSet<&str> =
        docs.iter().map(|(d, _)| d.path.as_str()).collect();
    let archive: Vec<(Document, store::DocRecord)> = idx
        .candidates(&fps, PER_FINGERPRINT)?
        .into_iter()
        .filter(|(d, _)| !new_paths.contains(d.path.as_str()))
        .collect();
    let dates: std::collections::HashMap<&str, i64> = archive
        .iter()
        .map(|(d, r)| (d.path.as_str(), r.date.unwrap_or(i64::MIN)))
        .collect();
    let all: Vec<&Document> = archive
        .iter()
        .map(|(d, _)| d)
        .chain(docs.iter().map(|(d, _)| d))
        .collect();
    let found = crate::dupes::find_dated(&all, settings.min_words, &|d: &Document| {
        dates.get(d.path.as_str()).copied()
    });
    let mut by_path: std::collections::HashMap<String, Vec<crate::finding::Finding>> =
        std::collections::HashMap::new();
    for f in found {
        if new_paths.contains(f.path.as_str()) {
            by_path.entry(f.path.clone()).or_default().push(f);
        }
    }
    let mut files: Vec<FileReport> = docs
        .into_iter()
        .map(|(doc, mut warnings)| {
            warnings.extend(by_path.remove(&doc.path).unwrap_or_default());
            FileReport {
                path: doc.path.clone(),
                sha256: doc.sha256.clone(),
                claims: Default::default(),
                findings: warnings,
                doc: Arc::new(doc),
            }
        })
        .collect();
    files.extend(skipped.into_iter().map(crate::run::skipped_file));
    if let Some(changes) = &opts.changes {
        changes.filter(&mut files);
    }
    let mut report = crate::run::finalize(
        Command::Dupes,
        files,
        settings,
        &crate::records::RecordSet::default(),
        errors,
    );
    report.other_docs = archive.into_iter().map(|(d, _)| Arc::new(d)).collect();
    crate::run::group_duplicates(&mut report, opts.first_copy_by_path);
    Ok(report)
}

//! `claimcheck sources add`: archive a document under sources/snapshots/, hash it, and
//! append its source record to sources/sources.yaml.
//!
//! One file, sources/sources.yaml, receives every added record so a newsroom's sources
//! stay in one reviewable list (records written by hand may live in any sources/*.yaml).
//! Nothing is overwritten: an existing id or snapshot file is refused, the snapshot is
//! written with no-clobber, and the record file is replaced atomically with its old
//! text plus the new record.

use std::path::{Path, PathBuf};

use super::load::{load, Folders};
use super::SourceRecord;
use crate::error::{Error, Result};
use crate::fsutil::{write_atomic, Overwrite};

/// The file `sources add` appends to, inside the sources folder.
pub const SOURCES_FILE: &str = "sources.yaml";

/// What to archive and how to describe it.
#[derive(Debug, Clone)]
pub struct AddRequest {
    pub file: PathBuf,
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<String>,
    pub sources_dir: PathBuf,
    pub max_record_bytes: u64,
}

/// What was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Added {
    pub snapshot: PathBuf,
    pub record_file: PathBuf,
    pub sha256: String,
}

/// Archives `req.file` and appends its record; the sources folder's records must load
/// cleanly first, so a broken file is never appended to.
pub fn add(req: &AddRequest) -> Result<Added> {
    check_id(&req.id)?;
    if let Some(date) = &req.published {
        if !is_date(date) {
            return Err(Error::Usage(format!(
                "--published must be a date as YYYY-MM-DD, not `{date}`"
            )));
        }
    }
    let existing = load(&Folders {
        // No claims folder: only the sources are read.
        claims: PathBuf::new(),
        sources: req.sources_dir.clone(),
        claims_named: false,
        sources_named: false,
        max_bytes: req.max_record_bytes,
    })?;
    if let Some(loc) = existing.source_locs.get(&req.id) {
        let text = existing
            .files
            .iter()
            .find(|f| f.path == loc.path)
            .map_or("", |f| f.text.as_str());
        let (line, column) = super::locate::line_col(text, loc.offset);
        return Err(Error::Usage(format!(
            "source id `{}` already exists at {}:{line}:{column}; nothing written",
            req.id, loc.path
        )));
    }
    let shown = crate::input::display_path(&req.file);
    let meta = std::fs::metadata(&req.file).map_err(|e| Error::io(&shown, &e))?;
    if meta.is_dir() {
        return Err(Error::Io {
            path: shown.into(),
            message: "is a directory, not a file".into(),
        });
    }
    let bytes = std::fs::read(&req.file).map_err(|e| Error::io(&shown, &e))?;
    let sha256 = crate::hash::sha256_hex(&bytes);
    let ext = req
        .file
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| e.chars().all(|c| c.is_ascii_alphanumeric()))
        .unwrap_or("txt");
    let rel = format!("snapshots/{}.{ext}", req.id);
    let snapshot = req.sources_dir.join(&rel);
    let snap_dir = req.sources_dir.join("snapshots");
    std::fs::create_dir_all(&snap_dir).map_err(|e| Error::io(&snap_dir, &e))?;
    write_atomic(&snapshot, &bytes, Overwrite::Refuse)?;

    let record = SourceRecord {
        id: req.id.clone(),
        title: req.title.clone(),
        publisher: req.publisher.clone(),
        url: req.url.clone(),
        published: req.published.clone(),
        retrieved: None,
        snapshot: Some(rel),
        sha256: Some(sha256.clone()),
    };
    let record_file = req.sources_dir.join(SOURCES_FILE);
    let written = append_record(&record_file, &record);
    if written.is_err() {
        // The record was not written: take back the snapshot this call created.
        let _ = std::fs::remove_file(&snapshot);
    }
    written?;
    Ok(Added {
        snapshot,
        record_file,
        sha256,
    })
}

fn append_record(path: &Path, record: &SourceRecord) -> Result<()> {
    let mut text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(path, &e)),
    };
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    if !text.is_empty() {
        text.push('\n');
    }
    let yaml = super::yaml::to_string(&[record]).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    text.push_str(&yaml);
    write_atomic(path, text.as_bytes(), Overwrite::Allow)
}

/// Ids name snapshot files, so they are kept to letters, digits, `-`, `_` and `.`.
fn check_id(id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && !id.starts_with('.')
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "source id `{id}` must be letters, digits, `-`, `_` or `.` (not starting with `.`)"
        )))
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

//! `claimcheck sources add`: archive a document under sources/snapshots/, hash it, and
//! append its source record to sources/sources.yaml.
//!
//! One file, sources/sources.yaml, receives every added record so a newsroom's sources
//! stay in one reviewable list (records written by hand may live in any sources/*.yaml).
//! Nothing is overwritten: an existing id or snapshot file is refused, the snapshot is
//! written with no-clobber, and the record file is replaced atomically with its old
//! text plus the new record (or, when its shape cannot take an appended item, its
//! records written afresh). The sources folder is locked for the whole add.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::load::{load, Folders};
use super::SourceRecord;
use crate::error::{Error, Result};
use crate::fsutil::{write_atomic, FolderLock, Overwrite};

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
///
/// The whole read-modify-write runs under a lock on the sources folder: two adds at
/// once take turns, the second sees the first's record (so one id is never added twice),
/// and a snapshot whose record could not be written is taken back.
pub fn add(req: &AddRequest) -> Result<Added> {
    check_id(&req.id)?;
    if let Some(date) = &req.published {
        if !is_date(date) || super::model::as_of_problem(date).is_some() {
            return Err(Error::Usage(format!(
                "--published must be a real date as YYYY-MM-DD, not `{date}`"
            )));
        }
    }
    // Refused before anything is written: a folder, a FIFO, a device.
    let mut input = crate::fsutil::open_regular(&req.file)?;
    std::fs::create_dir_all(&req.sources_dir).map_err(|e| Error::io(&req.sources_dir, &e))?;
    let mut lock = FolderLock::new(&req.sources_dir)?;
    let _held = lock.hold(&req.sources_dir)?;

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
            req.id,
            crate::escape::line(&loc.path)
        )));
    }
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
    stays_inside(&snap_dir, &req.sources_dir)?;
    let record_file = req.sources_dir.join(SOURCES_FILE);
    // The record text is planned before the snapshot is written, so a record file that
    // cannot take the record leaves nothing behind.
    let old = read_record_file(&record_file, req.max_record_bytes)?;
    let mut record = SourceRecord {
        id: req.id.clone(),
        title: req.title.clone(),
        publisher: req.publisher.clone(),
        url: req.url.clone(),
        published: req.published.clone(),
        retrieved: None,
        snapshot: Some(rel),
        sha256: Some(String::new()),
    };
    plan_record_text(&record_file, old.as_deref(), &record)?;

    let mut hashing = HashingReader::new(&mut input);
    crate::fsutil::copy_atomic(&snapshot, &mut hashing, Overwrite::Refuse)?;
    let sha256 = hashing.finish_hex();
    record.sha256 = Some(sha256.clone());
    let written = plan_record_text(&record_file, old.as_deref(), &record)
        .and_then(|text| write_atomic(&record_file, text.as_bytes(), Overwrite::Allow));
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

/// A reader that hashes what passes through it, so a snapshot is hashed as it is copied.
struct HashingReader<'a, R> {
    inner: &'a mut R,
    hasher: crate::hash::Hasher,
}

impl<'a, R: Read> HashingReader<'a, R> {
    fn new(inner: &'a mut R) -> Self {
        HashingReader {
            inner,
            hasher: crate::hash::Hasher::default(),
        }
    }

    fn finish_hex(self) -> String {
        self.hasher.finish_hex()
    }
}

impl<R: Read> Read for HashingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// `dir`, after every symlink is followed, lies inside `root`: a `snapshots` folder that
/// is a symlink elsewhere would have `sources add` write outside sources/.
fn stays_inside(dir: &Path, root: &Path) -> Result<()> {
    let shown = crate::input::display_path(dir);
    let real = dir.canonicalize().map_err(|e| Error::io(&shown, &e))?;
    let real_root = root.canonicalize().map_err(|e| Error::io(root, &e))?;
    if real.starts_with(&real_root) {
        Ok(())
    } else {
        Err(Error::Io {
            path: shown.into(),
            message: format!(
                "leaves {} through a symlink (to {}); nothing written",
                crate::input::display_path(root),
                crate::input::display_path(&real)
            ),
        })
    }
}

/// The record file's text, `None` when it does not exist yet.
fn read_record_file(path: &Path, max_bytes: u64) -> Result<Option<String>> {
    if !path.exists() {
        return Ok(None);
    }
    let bytes = crate::fsutil::read_regular_capped(path, max_bytes, "max_record_bytes")?;
    String::from_utf8(bytes).map(Some).map_err(|_| Error::Io {
        path: crate::input::display_path(path).into(),
        message: "record file is not UTF-8".into(),
    })
}

/// The new text of the record file: its old text with `record` appended when the result
/// is proven to parse to the old records plus the new one (at the list's own indent,
/// after any `...` end marker is dropped); else the file written afresh from its
/// records, when it has no comments a rewrite would lose; else an error.
fn plan_record_text(path: &Path, old: Option<&str>, record: &SourceRecord) -> Result<String> {
    let fail = |message: String| Error::Io {
        path: crate::input::display_path(path).into(),
        message,
    };
    let yaml = |recs: &[&SourceRecord]| {
        super::yaml::to_string(&recs).map_err(|e| fail(format!("could not write YAML: {e}")))
    };
    let Some(old) = old.filter(|t| !t.trim().is_empty()) else {
        return yaml(&[record]);
    };
    let body = old.strip_prefix('\u{feff}').unwrap_or(old);
    let before: Vec<SourceRecord> = if only_comments(body) {
        Vec::new()
    } else {
        serde_yaml::from_str(body).map_err(|e| {
            fail(format!(
                "could not be read as one list of source records ({e}); nothing written"
            ))
        })?
    };
    let mut wanted = before.clone();
    wanted.push(record.clone());
    let parses_to_wanted = |text: &str| {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        serde_yaml::from_str::<Vec<SourceRecord>>(body).is_ok_and(|got| got == wanted)
    };
    let appended = append_text(old, &yaml(&[record])?);
    if parses_to_wanted(&appended) {
        return Ok(appended);
    }
    if body.contains('#') {
        return Err(fail(
            "is not a block list the record can be appended to, and writing it afresh would lose its comments; \
             write it as a list of `- id: ...` items, or add the record by hand; nothing written"
                .into(),
        ));
    }
    let all: Vec<&SourceRecord> = wanted.iter().collect();
    let fresh = yaml(&all)?;
    if parses_to_wanted(&fresh) {
        Ok(fresh)
    } else {
        Err(fail(
            "could not be rewritten with the new record; nothing written".into(),
        ))
    }
}

/// Whether YAML text holds nothing but comments and blank lines.
fn only_comments(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .all(|l| l.is_empty() || l.starts_with('#'))
}

/// `old` with `item` (one list item as YAML) after it: a trailing `...` document end
/// dropped, and the item indented as the list's first item is.
fn append_text(old: &str, item: &str) -> String {
    let mut text = old.trim_end().to_string();
    if text == "..." || text.ends_with("\n...") {
        text.truncate(text.len() - 3);
        text = text.trim_end().to_string();
    }
    let indent: String = old
        .lines()
        .find(|l| l.trim_start().starts_with("- ") || l.trim_start() == "-")
        .map(|l| l.chars().take_while(|c| *c == ' ').collect())
        .unwrap_or_default();
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    for line in item.lines() {
        if !line.is_empty() {
            text.push_str(&indent);
        }
        text.push_str(line);
        text.push('\n');
    }
    text
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

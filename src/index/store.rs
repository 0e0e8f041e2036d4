//! The persistent archive index: one redb file (an embedded, transactional B-tree store)
//! holding every archived article's text and the winnowed fingerprints that find it.
//!
//! Tables:
//! - `meta` (text → text): `version`, `min_words` (the shortest run the fingerprints
//!   guarantee to find), `complete`.
//! - `docs` (id → JSON `{path, sha256, date, dated_by}`), `texts` (id → the article as
//!   read, UTF-8), `paths` (path → id).
//! - `fingerprints` (fingerprint → ids, a multimap).
//!
//! `dupes --against` looks up a new article's fingerprints, takes the archived articles
//! that share one, rebuilds them from their stored text, and runs the usual finder over
//! the new article and those only: the archive's files are never read.
//!
//! Crash safety: `build` writes `INDEX.partial` and renames it over `INDEX` when done;
//! `add` is one write transaction, so a crash leaves the index as it was before.

use std::collections::{BTreeSet, HashMap};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use redb::{
    Database, MultimapTableDefinition, ReadableTable, ReadableTableMetadata, TableDefinition,
};
use serde::{Deserialize, Serialize};

use crate::document::{Document, Format};
use crate::error::{Error, Result};
use crate::settings::Settings;

const META: TableDefinition<&str, &str> = TableDefinition::new("meta");
const DOCS: TableDefinition<u32, &str> = TableDefinition::new("docs");
const TEXTS: TableDefinition<u32, &[u8]> = TableDefinition::new("texts");
const PATHS: TableDefinition<&str, u32> = TableDefinition::new("paths");
const FPS: MultimapTableDefinition<u64, u32> = MultimapTableDefinition::new("fingerprints");

/// The index format this build writes and reads.
pub const VERSION: &str = "1";

/// An archived article's record in `docs`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocRecord {
    pub path: String,
    pub sha256: String,
    /// When it was written (seconds since 1970), for telling the earliest copy.
    pub date: Option<i64>,
    pub dated_by: String,
}

/// How an index is built or added to.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The shortest shared run the index must find, in words.
    pub min_words: usize,
    /// Bytes of fingerprints held in memory before a sorted run is spilled to disk.
    pub max_memory: usize,
    /// Also write every fingerprint as JSON Lines into this folder.
    pub emit_fingerprints: Option<PathBuf>,
    /// Dates from paths only (`--first-copy path`): no dates are recorded.
    pub by_path: bool,
    /// Tests of crash safety only: abort the process with everything written but not
    /// yet committed (main sets it from `CLAIMCHECK_TEST_CRASH_BEFORE_COMMIT`).
    pub crash_before_commit: bool,
}

/// What a build or an add did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub articles: usize,
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub fingerprints: usize,
    pub spilled_runs: usize,
    pub bytes: u64,
    pub skipped: usize,
    pub errors: Vec<String>,
}

fn db_err(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        message: format!("archive index: {e}"),
    }
}

/// Articles read per batch: the batch's texts are the memory a build holds besides its
/// fingerprints and the store's cache.
const BATCH: usize = 2_000;

/// A read batch, as the index keeps it.
struct Read1 {
    record: DocRecord,
    text: String,
    fingerprints: Vec<u64>,
    emitted: Vec<(u64, u32)>,
}

fn read_batch(
    inputs: &[crate::input::Input],
    opts: &BuildOptions,
    stats: &mut Stats,
) -> Vec<Read1> {
    let crate::run::ReadAll {
        docs,
        skipped,
        errors,
    } = crate::run::read_all(inputs);
    stats.skipped += skipped.len();
    stats.errors.extend(errors);
    docs.into_par_iter()
        .map(|(doc, _)| {
            let dated = if opts.by_path {
                crate::dupes::group::Dated::NONE
            } else {
                crate::run::dated(&doc)
            };
            let fingerprints = crate::dupes::fingerprints(&doc, opts.min_words);
            let emitted = if opts.emit_fingerprints.is_some() {
                crate::dupes::fingerprints_at(&doc, opts.min_words)
            } else {
                Vec::new()
            };
            Read1 {
                record: DocRecord {
                    path: doc.path.clone(),
                    sha256: doc.sha256.clone(),
                    date: dated.at,
                    dated_by: dated.by.to_string(),
                },
                text: doc.text,
                fingerprints,
                emitted,
            }
        })
        .collect()
}

/// `claimcheck index build ARCHIVE... -o INDEX`.
pub fn build(
    settings: &Settings,
    paths: &[PathBuf],
    out: &Path,
    opts: &BuildOptions,
) -> Result<Stats> {
    let inputs = crate::input::collect(paths, &settings.exclude, Path::new("."))?;
    let name = out
        .file_name()
        .map_or_else(|| "index".to_string(), |n| n.to_string_lossy().into_owned());
    let partial = out.with_file_name(format!("{name}.partial"));
    let _ = std::fs::remove_file(&partial);
    let mut db = Database::builder()
        .set_cache_size(opts.max_memory / 4)
        .create(&partial)
        .map_err(|e| db_err(&partial, e))?;
    let spill_dir = tempfile::tempdir_in(
        partial
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new(".")),
    )
    .map_err(|e| Error::io(&partial, &e))?;
    let mut emit = match &opts.emit_fingerprints {
        Some(dir) => Some(Emitter::new(dir)?),
        None => None,
    };
    let mut stats = Stats::default();
    let mut pending: Vec<(u64, u32)> = Vec::new();
    let mut runs: Vec<PathBuf> = Vec::new();
    let budget = (opts.max_memory / 2 / 16).max(16);
    let mut next_id: u32 = 0;
    for chunk in inputs.chunks(BATCH) {
        let batch = read_batch(chunk, opts, &mut stats);
        let tx = db.begin_write().map_err(|e| db_err(&partial, e))?;
        {
            let mut docs = tx.open_table(DOCS).map_err(|e| db_err(&partial, e))?;
            let mut texts = tx.open_table(TEXTS).map_err(|e| db_err(&partial, e))?;
            let mut ids = tx.open_table(PATHS).map_err(|e| db_err(&partial, e))?;
            for r in batch {
                if ids
                    .get(r.record.path.as_str())
                    .map_err(|e| db_err(&partial, e))?
                    .is_some()
                {
                    continue;
                }
                let id = next_id;
                next_id += 1;
                let json = serde_json::to_string(&r.record).unwrap_or_default();
                docs.insert(id, json.as_str())
                    .map_err(|e| db_err(&partial, e))?;
                texts
                    .insert(id, r.text.as_bytes())
                    .map_err(|e| db_err(&partial, e))?;
                ids.insert(r.record.path.as_str(), id)
                    .map_err(|e| db_err(&partial, e))?;
                if let Some(e) = &mut emit {
                    e.write(&r.record.path, &r.emitted)?;
                }
                stats.fingerprints += r.fingerprints.len();
                pending.extend(r.fingerprints.into_iter().map(|h| (h, id)));
                stats.added += 1;
                if pending.len() > budget {
                    runs.push(spill(&mut pending, spill_dir.path(), runs.len())?);
                }
            }
        }
        tx.commit().map_err(|e| db_err(&partial, e))?;
    }
    pending.par_sort_unstable();
    stats.spilled_runs = runs.len();
    merge_into(&db, &partial, pending, &runs)?;
    let tx = db.begin_write().map_err(|e| db_err(&partial, e))?;
    {
        let mut meta = tx.open_table(META).map_err(|e| db_err(&partial, e))?;
        let min = opts.min_words.to_string();
        for (k, v) in [
            ("version", VERSION),
            ("min_words", min.as_str()),
            ("complete", "yes"),
        ] {
            meta.insert(k, v).map_err(|e| db_err(&partial, e))?;
        }
    }
    tx.commit().map_err(|e| db_err(&partial, e))?;
    let _ = db.compact();
    drop(db);
    if let Some(e) = emit {
        e.finish()?;
    }
    if opts.crash_before_commit {
        // for the crash-safety test: die with the new index written but not in place
        std::process::abort();
    }
    std::fs::rename(&partial, out).map_err(|e| Error::io(out, &e))?;
    stats.articles = stats.added;
    stats.bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(stats)
}

/// Writes `pending`, sorted, as a run file of 12-byte records, and empties it.
fn spill(pending: &mut Vec<(u64, u32)>, dir: &Path, n: usize) -> Result<PathBuf> {
    pending.par_sort_unstable();
    let path = dir.join(format!("run{n:05}"));
    let f = std::fs::File::create(&path).map_err(|e| Error::io(&path, &e))?;
    let mut w = BufWriter::with_capacity(1 << 20, f);
    for &(h, id) in pending.iter() {
        w.write_all(&h.to_le_bytes())
            .and_then(|_| w.write_all(&id.to_le_bytes()))
            .map_err(|e| Error::io(&path, &e))?;
    }
    w.flush().map_err(|e| Error::io(&path, &e))?;
    pending.clear();
    pending.shrink_to_fit();
    Ok(path)
}

/// A spilled run, read back one record at a time.
struct RunReader(BufReader<std::fs::File>);

impl RunReader {
    fn next(&mut self) -> Option<(u64, u32)> {
        let mut b = [0u8; 12];
        self.0.read_exact(&mut b).ok()?;
        Some((
            u64::from_le_bytes(b[..8].try_into().ok()?),
            u32::from_le_bytes(b[8..].try_into().ok()?),
        ))
    }
}

/// Merges the in-memory run and the spilled runs, in order, into the fingerprints table,
/// committing every million entries.
fn merge_into(db: &Database, at: &Path, memory: Vec<(u64, u32)>, runs: &[PathBuf]) -> Result<()> {
    let mut readers: Vec<RunReader> = Vec::new();
    for r in runs {
        let f = std::fs::File::open(r).map_err(|e| Error::io(r, &e))?;
        readers.push(RunReader(BufReader::with_capacity(1 << 16, f)));
    }
    let mut heap = std::collections::BinaryHeap::new();
    for (i, r) in readers.iter_mut().enumerate() {
        if let Some(x) = r.next() {
            heap.push(std::cmp::Reverse((x, i)));
        }
    }
    let mut mem = memory.into_iter().peekable();
    let mut next = || -> Option<(u64, u32)> {
        let from_heap = heap.peek().map(|std::cmp::Reverse((x, _))| *x);
        match (mem.peek().copied(), from_heap) {
            (Some(m), Some(h)) if m <= h => mem.next(),
            (_, Some(_)) => {
                let std::cmp::Reverse((x, i)) = heap.pop()?;
                if let Some(y) = readers[i].next() {
                    heap.push(std::cmp::Reverse((y, i)));
                }
                Some(x)
            }
            (Some(_), None) => mem.next(),
            (None, None) => None,
        }
    };
    loop {
        let tx = db.begin_write().map_err(|e| db_err(at, e))?;
        let mut done = true;
        {
            let mut fps = tx.open_multimap_table(FPS).map_err(|e| db_err(at, e))?;
            for _ in 0..1_000_000 {
                match next() {
                    Some((h, id)) => {
                        fps.insert(h, id).map_err(|e| db_err(at, e))?;
                    }
                    None => break,
                }
                done = false;
            }
        }
        tx.commit().map_err(|e| db_err(at, e))?;
        if done {
            return Ok(());
        }
    }
}

/// `--emit-fingerprints DIR`: `fingerprints-00000.jsonl`, … one object per fingerprint:
/// `{"fingerprint": "<16 hex digits>", "path": "...", "word": N}`.
struct Emitter {
    dir: PathBuf,
    file: BufWriter<std::fs::File>,
    lines: usize,
    part: usize,
}

/// Lines per emitted part, so a shard's output can be spread over files.
const PART_LINES: usize = 1_000_000;

impl Emitter {
    fn new(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
        let file = Self::open(dir, 0)?;
        Ok(Emitter {
            dir: dir.to_path_buf(),
            file,
            lines: 0,
            part: 0,
        })
    }

    fn open(dir: &Path, part: usize) -> Result<BufWriter<std::fs::File>> {
        let p = dir.join(format!("fingerprints-{part:05}.jsonl"));
        let f = std::fs::File::create(&p).map_err(|e| Error::io(&p, &e))?;
        Ok(BufWriter::with_capacity(1 << 20, f))
    }

    fn write(&mut self, path: &str, fps: &[(u64, u32)]) -> Result<()> {
        let path_json = serde_json::to_string(path).unwrap_or_default();
        for &(h, word) in fps {
            if self.lines == PART_LINES {
                self.file.flush().map_err(|e| Error::io(&self.dir, &e))?;
                self.part += 1;
                self.lines = 0;
                self.file = Self::open(&self.dir, self.part)?;
            }
            writeln!(
                self.file,
                "{{\"fingerprint\":\"{h:016x}\",\"path\":{path_json},\"word\":{word}}}"
            )
            .map_err(|e| Error::io(&self.dir, &e))?;
            self.lines += 1;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        self.file.flush().map_err(|e| Error::io(&self.dir, &e))
    }
}

/// An index opened for reading or adding.
pub struct Index {
    db: Database,
    path: PathBuf,
    pub min_words: usize,
}

impl Index {
    pub fn open(path: &Path) -> Result<Index> {
        if !path.is_file() {
            return Err(Error::Io {
                path: path.to_path_buf(),
                message: "no archive index here (make one with `claimcheck index build`)".into(),
            });
        }
        let db = Database::open(path).map_err(|e| db_err(path, e))?;
        let (version, min_words, complete) = {
            let tx = db.begin_read().map_err(|e| db_err(path, e))?;
            let meta = tx.open_table(META).map_err(|e| db_err(path, e))?;
            let get = |k: &str| -> Result<Option<String>> {
                Ok(meta
                    .get(k)
                    .map_err(|e| db_err(path, e))?
                    .map(|v| v.value().to_string()))
            };
            (get("version")?, get("min_words")?, get("complete")?)
        };
        if version.as_deref() != Some(VERSION) || complete.as_deref() != Some("yes") {
            return Err(db_err(
                path,
                "not a complete claimcheck archive index of version 1",
            ));
        }
        let min_words = min_words.and_then(|m| m.parse().ok()).unwrap_or(30);
        Ok(Index {
            db,
            path: path.to_path_buf(),
            min_words,
        })
    }

    /// How many articles the index holds.
    pub fn articles(&self) -> Result<u64> {
        let tx = self.db.begin_read().map_err(|e| db_err(&self.path, e))?;
        let docs = tx.open_table(DOCS).map_err(|e| db_err(&self.path, e))?;
        docs.len().map_err(|e| db_err(&self.path, e))
    }

    /// The archived articles sharing a fingerprint with `fps`, at most `per_fingerprint`
    /// of them for each (the earliest ids), rebuilt from their stored text.
    pub fn candidates(
        &self,
        fps: &[u64],
        per_fingerprint: usize,
    ) -> Result<Vec<(Document, DocRecord)>> {
        let p = &self.path;
        let tx = self.db.begin_read().map_err(|e| db_err(p, e))?;
        let table = tx.open_multimap_table(FPS).map_err(|e| db_err(p, e))?;
        let mut ids: BTreeSet<u32> = BTreeSet::new();
        for &h in fps {
            for v in table
                .get(h)
                .map_err(|e| db_err(p, e))?
                .take(per_fingerprint)
            {
                ids.insert(v.map_err(|e| db_err(p, e))?.value());
            }
        }
        let docs = tx.open_table(DOCS).map_err(|e| db_err(p, e))?;
        let texts = tx.open_table(TEXTS).map_err(|e| db_err(p, e))?;
        let mut out = Vec::new();
        for id in ids {
            let (Some(rec), Some(text)) = (
                docs.get(id).map_err(|e| db_err(p, e))?,
                texts.get(id).map_err(|e| db_err(p, e))?,
            ) else {
                continue;
            };
            let rec: DocRecord = serde_json::from_str(rec.value()).map_err(|e| db_err(p, e))?;
            let text = String::from_utf8_lossy(text.value()).into_owned();
            let format = Format::from_path(&rec.path).unwrap_or(Format::Text);
            let doc = Document::new(rec.path.clone(), text, format, rec.sha256.clone());
            out.push((doc, rec));
        }
        Ok(out)
    }
}

/// `claimcheck index add INDEX PATH...`: adds new articles and replaces changed ones, in
/// one transaction.
pub fn add(
    settings: &Settings,
    index: &Path,
    paths: &[PathBuf],
    opts: &BuildOptions,
) -> Result<Stats> {
    let idx = Index::open(index)?;
    let opts = BuildOptions {
        min_words: idx.min_words,
        emit_fingerprints: None,
        ..opts.clone()
    };
    let inputs = crate::input::collect(paths, &settings.exclude, Path::new("."))?;
    let mut stats = Stats::default();
    let batch = read_batch(&inputs, &opts, &mut stats);
    let p = index;
    let tx = idx.db.begin_write().map_err(|e| db_err(p, e))?;
    {
        let mut docs = tx.open_table(DOCS).map_err(|e| db_err(p, e))?;
        let mut texts = tx.open_table(TEXTS).map_err(|e| db_err(p, e))?;
        let mut ids = tx.open_table(PATHS).map_err(|e| db_err(p, e))?;
        let mut fps = tx.open_multimap_table(FPS).map_err(|e| db_err(p, e))?;
        let mut next_id = docs
            .last()
            .map_err(|e| db_err(p, e))?
            .map_or(0, |(k, _)| k.value() + 1);
        let mut seen: HashMap<String, ()> = HashMap::new();
        for r in batch {
            if seen.insert(r.record.path.clone(), ()).is_some() {
                continue;
            }
            let existing = ids
                .get(r.record.path.as_str())
                .map_err(|e| db_err(p, e))?
                .map(|v| v.value());
            let id = match existing {
                Some(id) => {
                    let old: Option<DocRecord> = docs
                        .get(id)
                        .map_err(|e| db_err(p, e))?
                        .and_then(|v| serde_json::from_str(v.value()).ok());
                    if old.as_ref().is_some_and(|o| o.sha256 == r.record.sha256) {
                        stats.unchanged += 1;
                        continue;
                    }
                    // the old text's fingerprints go with it
                    let old_text = texts
                        .get(id)
                        .map_err(|e| db_err(p, e))?
                        .map(|v| String::from_utf8_lossy(v.value()).into_owned())
                        .unwrap_or_default();
                    let format = Format::from_path(&r.record.path).unwrap_or(Format::Text);
                    let old_doc = Document::from_text(r.record.path.clone(), old_text, format);
                    for h in crate::dupes::fingerprints(&old_doc, opts.min_words) {
                        fps.remove(h, id).map_err(|e| db_err(p, e))?;
                    }
                    stats.replaced += 1;
                    id
                }
                None => {
                    let id = next_id;
                    next_id += 1;
                    stats.added += 1;
                    id
                }
            };
            let json = serde_json::to_string(&r.record).unwrap_or_default();
            docs.insert(id, json.as_str()).map_err(|e| db_err(p, e))?;
            texts
                .insert(id, r.text.as_bytes())
                .map_err(|e| db_err(p, e))?;
            ids.insert(r.record.path.as_str(), id)
                .map_err(|e| db_err(p, e))?;
            for h in &r.fingerprints {
                fps.insert(*h, id).map_err(|e| db_err(p, e))?;
            }
            stats.fingerprints += r.fingerprints.len();
        }
        stats.articles = docs.len().map_err(|e| db_err(p, e))? as usize;
    }
    if opts.crash_before_commit {
        // for the crash-safety test: die with the transaction written but not committed
        std::process::abort();
    }
    tx.commit().map_err(|e| db_err(p, e))?;
    drop(idx);
    stats.bytes = std::fs::metadata(index).map(|m| m.len()).unwrap_or(0);
    Ok(stats)
}

/// Reads lines of a JSON Lines file (for tests of `--emit-fingerprints`).
pub fn read_jsonl(path: &Path) -> Result<Vec<serde_json::Value>> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    BufReader::new(f)
        .lines()
        .map(|l| {
            let l = l.map_err(|e| Error::io(path, &e))?;
            serde_json::from_str(&l).map_err(|e| db_err(path, e))
        })
        .collect()
}

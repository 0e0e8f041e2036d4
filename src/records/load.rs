//! Reads claims/ and sources/ into a validated [`RecordSet`]: every problem an error with
//! the file, line and column it concerns (exit 2), checked before anything is linked.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::locate::{self, Item};
use super::{ClaimRecord, Loc, RecordFile, RecordSet, SourceRecord};
use crate::error::{Error, Result};

/// Where the records are and how much of them to read.
#[derive(Debug, Clone)]
pub struct Folders {
    pub claims: PathBuf,
    pub sources: PathBuf,
    /// A named folder (flag or config) must exist; a default one may be absent.
    pub claims_named: bool,
    pub sources_named: bool,
    /// Largest record file read, in bytes.
    pub max_bytes: u64,
}

impl Folders {
    pub fn from_settings(s: &crate::settings::Settings) -> Self {
        Folders {
            claims: s.claims.clone(),
            sources: s.sources.clone(),
            claims_named: s.claims_named,
            sources_named: s.sources_named,
            max_bytes: s.max_record_bytes,
        }
    }
}

/// A claim record with where it stands: its id's place, its item, and its file's index
/// in [`RecordSet::files`].
type PlacedClaim = (ClaimRecord, Loc, Item, usize);

/// Loads and validates every record in `folders`.
pub fn load(folders: &Folders) -> Result<RecordSet> {
    let mut set = RecordSet {
        sources_dir: folders.sources.clone(),
        ..RecordSet::default()
    };
    let mut errors = Vec::new();
    let mut claims = load_claims(folders, &mut set, &mut errors)?;
    let (sources, source_items) = load_sources(folders, &mut set, &mut errors)?;
    check_citations(&set, &claims, &sources, &mut errors);
    if !errors.is_empty() {
        // in the order of the files, as an editor fixes them
        errors.sort_by_key(|e| match e {
            Error::At {
                path, line, column, ..
            } => (path.clone(), *line, *column),
            Error::Io { path, .. } => (path.clone(), 0, 0),
            _ => (std::path::PathBuf::new(), 0, 0),
        });
        return Err(Error::all(errors));
    }
    claims.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    set.problems = super::provenance::check(
        &set.files,
        &claims,
        &sources,
        &source_items,
        &folders.sources,
    );
    set.problems.extend(super::lint::lint(&set.files, &claims));
    set.broken = set
        .problems
        .iter()
        .filter(|p| p.breaks)
        .map(|p| p.source.clone())
        .collect();
    set.claims = claims.iter().map(|c| c.0.clone()).collect();
    set.claim_locs = claims.into_iter().map(|c| c.1).collect();
    set.sources = sources;
    set.index = crate::link::index(&set.claims);
    set.digest = super::digest::digest(&set.claims, set.sources.values());
    set.date = super::digest::newest_date(set.sources.values());
    Ok(set)
}

/// Reads the claim files into `set.files`: each record checked, ids unique. Every
/// mistake goes to `errors`, so an editor sees them all at once; only a file that
/// cannot be read stops the load.
fn load_claims(
    folders: &Folders,
    set: &mut RecordSet,
    errors: &mut Vec<Error>,
) -> Result<Vec<PlacedClaim>> {
    let mut claims: Vec<PlacedClaim> = Vec::new();
    let mut seen: HashMap<String, Loc> = HashMap::new();
    for path in yaml_files(&folders.claims, folders.claims_named, "claims")? {
        let (file, recs) = read_file::<ClaimRecord>(&path, folders.max_bytes, errors)?;
        for (rec, item) in recs {
            let loc = Loc {
                path: file.path.clone(),
                offset: item.id_at,
            };
            if let Err(e) = check_claim(&rec, &file, &item) {
                errors.push(e);
            }
            if let Some(first) = seen.get(&rec.id) {
                errors.push(at(
                    &file,
                    item.id_at,
                    format!(
                        "duplicate claim id `{}` (first at {})",
                        rec.id,
                        show(&set.files, &file, first)
                    ),
                ));
                continue;
            }
            seen.insert(rec.id.clone(), loc.clone());
            claims.push((rec, loc, item, set.files.len()));
        }
        set.files.push(file);
    }
    Ok(claims)
}

/// Source records by id, and each one's item and file index.
type Sources = (
    BTreeMap<String, SourceRecord>,
    HashMap<String, (Item, usize)>,
);

/// Reads the source files into `set.files` and `set.source_locs`: ids unique, each
/// snapshot checked.
fn load_sources(
    folders: &Folders,
    set: &mut RecordSet,
    errors: &mut Vec<Error>,
) -> Result<Sources> {
    let mut sources: BTreeMap<String, SourceRecord> = BTreeMap::new();
    let mut source_items: HashMap<String, (Item, usize)> = HashMap::new();
    for path in yaml_files(&folders.sources, folders.sources_named, "sources")? {
        let (file, recs) = read_file::<SourceRecord>(&path, folders.max_bytes, errors)?;
        for (rec, item) in recs {
            let loc = Loc {
                path: file.path.clone(),
                offset: item.id_at,
            };
            if let Some(first) = set.source_locs.get(&rec.id) {
                errors.push(at(
                    &file,
                    item.id_at,
                    format!(
                        "duplicate source id `{}` (first at {})",
                        rec.id,
                        show(&set.files, &file, first)
                    ),
                ));
                continue;
            }
            if let Err(e) = check_snapshot(&rec, &folders.sources, &file, &item) {
                errors.push(e);
            }
            set.source_locs.insert(rec.id.clone(), loc);
            source_items.insert(rec.id.clone(), (item, set.files.len()));
            sources.insert(rec.id.clone(), rec);
        }
        set.files.push(file);
    }
    Ok((sources, source_items))
}

/// Every source a claim cites is defined; the first that is not is an error at the
/// citation.
fn check_citations(
    set: &RecordSet,
    claims: &[PlacedClaim],
    sources: &BTreeMap<String, SourceRecord>,
    errors: &mut Vec<Error>,
) {
    for (rec, _, item, file_ix) in claims {
        for cited in &rec.sources {
            if !sources.contains_key(&cited.id) {
                let file = &set.files[*file_ix];
                let offset =
                    locate::nested_id(&file.text, item.span.clone(), &cited.id, item.id_at)
                        .unwrap_or(item.id_at);
                errors.push(at(
                    file,
                    offset,
                    format!(
                        "claim `{}` cites source `{}`, which no source record defines",
                        rec.id, cited.id
                    ),
                ));
            }
        }
    }
}

/// Where each of `count` parsed records stands. When the text is not the usual block list
/// (a flow list on one line), every record is placed at the file's start rather than
/// some records being lost or misplaced.
fn item_places(text: &str, count: usize) -> Vec<Item> {
    let items = locate::items(text);
    if items.len() == count {
        items
    } else {
        vec![
            Item {
                span: 0..text.len(),
                id_at: 0,
            };
            count
        ]
    }
}

/// The `.yaml`/`.yml` files directly in `dir`, sorted; none when an unnamed folder is
/// absent. A file that is a symlink to somewhere outside `dir` is an error: records are
/// read from the folders named and nowhere else.
fn yaml_files(dir: &Path, named: bool, role: &str) -> Result<Vec<PathBuf>> {
    let shown = crate::input::display_path(dir);
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => return Ok(Vec::new()),
        // a folder the user named: say where the name came from
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Io {
                path: shown.into(),
                message: format!(
                    "no such folder (named as the {role} folder by --{role} or claimcheck.yaml)"
                ),
            })
        }
        Err(e) => return Err(Error::io(shown, &e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&shown, &e))?;
        let path = entry.path();
        let is_yaml = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e == "yaml" || e == "yml");
        if is_yaml && path.is_file() {
            let inside = match (dir.canonicalize(), path.canonicalize()) {
                (Ok(d), Ok(f)) => f.starts_with(d),
                _ => false,
            };
            if !inside {
                return Err(Error::Io {
                    path: crate::input::display_path(&path).into(),
                    message: format!("record file leaves {shown} through a symlink"),
                });
            }
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// Reads one record file (within the size limit) and parses it as a list of `T`, each
/// with where it stands. A record that does not parse is an error in `errors` and the
/// others are still read.
fn read_file<T: DeserializeOwned>(
    path: &Path,
    max_bytes: u64,
    errors: &mut Vec<Error>,
) -> Result<(RecordFile, Vec<(T, Item)>)> {
    let shown = crate::input::display_path(path);
    let bytes = crate::fsutil::read_regular_capped(path, max_bytes, "max_record_bytes").map_err(
        |e| match e {
            Error::Io { message, .. } => Error::Io {
                path: shown.clone().into(),
                message: format!("record file {message}"),
            },
            other => other,
        },
    )?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes());
        let (line, column) = locate::line_col(&text, offset);
        Error::At {
            path: shown.clone().into(),
            line,
            column,
            message: "record file is not UTF-8".into(),
        }
    })?;
    // A byte-order mark (Windows editors write one) is not part of the YAML; columns
    // on the first line are counted without it, as an editor shows them.
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    let file = RecordFile {
        path: shown.clone(),
        text,
    };
    if let Some((offset, why)) = locate::unreadable_shape(&file.text) {
        errors.push(at(&file, offset, why));
        return Ok((file, Vec::new()));
    }
    let RecordFile { text, .. } = file;
    let recs = if text.trim().is_empty() {
        Vec::new()
    } else {
        parse_items(&shown, &text, errors)
    };
    Ok((RecordFile { path: shown, text }, recs))
}

/// The records of a file's text. When the whole does not parse, each top-level item is
/// parsed alone, so every bad record is reported at its own line and the good ones are
/// kept; a file whose items cannot be told apart gives the parser's one error.
fn parse_items<T: DeserializeOwned>(
    shown: &str,
    text: &str,
    errors: &mut Vec<Error>,
) -> Vec<(T, Item)> {
    let whole = match serde_yaml::from_str::<Vec<T>>(text) {
        Ok(recs) => {
            let places = item_places(text, recs.len());
            return recs.into_iter().zip(places).collect();
        }
        Err(e) => e,
    };
    let items = locate::items(text);
    let mut out = Vec::new();
    let mut found = Vec::new();
    for item in items {
        let Some(part) = text.get(item.span.clone()) else {
            continue;
        };
        let lines_before = text
            .get(..item.span.start)
            .map_or(0, |b| b.matches('\n').count());
        match serde_yaml::from_str::<Vec<T>>(part) {
            Ok(mut recs) if recs.len() == 1 => out.push((recs.remove(0), item)),
            Ok(_) => {}
            Err(e) => found.push(match parse_error(shown, &e) {
                Error::At {
                    path,
                    line,
                    column,
                    message,
                } => Error::At {
                    path,
                    line: line + lines_before,
                    column,
                    message,
                },
                other => other,
            }),
        }
    }
    if found.is_empty() {
        // the items parse alone but not together (say, the file is not a list)
        errors.push(parse_error(shown, &whole));
        return Vec::new();
    }
    errors.extend(found);
    out
}

/// A parser error with the parser's own location in front, its " at line L column C"
/// suffix cut.
fn parse_error(shown: &str, e: &serde_yaml::Error) -> Error {
    static LOCATION: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^[.\[][^ ]*: | at line \d+ column \d+").ok()
    });
    let msg = e.to_string();
    let message = match LOCATION.as_ref() {
        Some(re) => re.replace_all(&msg, "").into_owned(),
        None => msg,
    };
    match e.location() {
        Some(loc) => Error::At {
            path: shown.into(),
            line: loc.line(),
            column: loc.column(),
            message,
        },
        None => Error::Io {
            path: shown.into(),
            message,
        },
    }
}

fn check_claim(rec: &ClaimRecord, file: &RecordFile, item: &Item) -> Result<()> {
    let err = |key: &str, message: String| {
        let offset = locate::key_in(&file.text, item.span.clone(), key, 0).unwrap_or(item.id_at);
        at(file, offset, message)
    };
    if rec.value.is_none() && rec.low.is_none() && rec.high.is_none() {
        return Err(err(
            "id",
            format!(
                "claim `{}` has no value (give `value`, or `low`/`high`)",
                rec.id
            ),
        ));
    }
    if rec.value.is_some() && (rec.low.is_some() || rec.high.is_some()) {
        return Err(err(
            "value",
            format!("claim `{}` gives both `value` and `low`/`high`", rec.id),
        ));
    }
    for (key, v) in [("value", rec.value), ("low", rec.low), ("high", rec.high)] {
        if let Some(why) = v.and_then(number_problem) {
            return Err(err(key, format!("claim `{}`: `{key}` {why}", rec.id)));
        }
    }
    if let Some(why) = rec.tolerance.and_then(number_problem) {
        return Err(err(
            "tolerance",
            format!("claim `{}`: `tolerance` {why}", rec.id),
        ));
    }
    if let (Some(l), Some(h)) = (rec.low, rec.high) {
        if l > h {
            return Err(err(
                "low",
                format!("claim `{}` has low {l} above high {h}", rec.id),
            ));
        }
    }
    if let Some(t) = rec.tolerance {
        if !(0.0..=1.0).contains(&t) {
            return Err(err(
                "tolerance",
                format!(
                    "claim `{}` has tolerance {t}; give a fraction from 0 to 1",
                    rec.id
                ),
            ));
        }
    }
    if let Some(globs) = &rec.articles {
        if let Err(why) = crate::link::scope(globs) {
            return Err(err(
                "articles",
                format!("claim `{}`: `articles:` {why}", rec.id),
            ));
        }
    }
    if rec
        .match_words
        .iter()
        .all(|m| crate::link::words(m).next().is_none())
    {
        return Err(err(
            "match",
            format!(
                "claim `{}` has no `match` words, so no figure could link to it",
                rec.id
            ),
        ));
    }
    Ok(())
}

/// The largest magnitude a record value may have: 2^53, past which an f64 no longer
/// holds every whole number, so a value would not be shown as it was written.
pub const MAX_RECORD_VALUE: f64 = 9_007_199_254_740_992.0;

/// Why a record's number cannot be used: `.nan` and `.inf` compare with nothing, and a
/// value past [`MAX_RECORD_VALUE`] is not shown as written.
fn number_problem(v: f64) -> Option<String> {
    if v.is_nan() {
        Some("is .nan, not a number".into())
    } else if v.is_infinite() {
        Some("is infinite; give a finite number".into())
    } else if v.abs() > MAX_RECORD_VALUE {
        Some(format!(
            "is {v:e}, beyond the ±9,007,199,254,740,992 a record value may be"
        ))
    } else {
        None
    }
}

/// A snapshot must be a file inside sources/, even after symlinks are followed, and come
/// with its sha256.
fn check_snapshot(rec: &SourceRecord, dir: &Path, file: &RecordFile, item: &Item) -> Result<()> {
    if let Some(h) = &rec.sha256 {
        if let Some(why) = super::model::sha256_problem(h) {
            let offset =
                locate::key_in(&file.text, item.span.clone(), "sha256", 0).unwrap_or(item.id_at);
            return Err(at(file, offset, why));
        }
    }
    let Some(snap) = &rec.snapshot else {
        return Ok(());
    };
    let offset = locate::key_in(&file.text, item.span.clone(), "snapshot", 0).unwrap_or(item.id_at);
    if let Some(why) = super::model::snapshot_path_problem(snap) {
        return Err(at(file, offset, format!("snapshot path `{snap}` {why}")));
    }
    let fail = |what: &str| {
        at(
            file,
            offset,
            format!("snapshot `{snap}` of source `{}` {what}", rec.id),
        )
    };
    let full = dir.join(snap);
    let meta = match std::fs::metadata(&full) {
        Ok(m) => m,
        // a provenance/missing-snapshot finding on the source, not a stop of the run
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(fail(&crate::error::describe_io(&e))),
    };
    if meta.is_dir() {
        return Err(fail("is a directory, not a file"));
    }
    let inside = match (dir.canonicalize(), full.canonicalize()) {
        (Ok(d), Ok(f)) => f.starts_with(d),
        _ => false,
    };
    if !inside {
        return Err(fail("leaves sources/ through a symlink"));
    }
    if rec.sha256.is_none() {
        return Err(fail("has no sha256; add the sha256 of its bytes"));
    }
    Ok(())
}

/// An error at `offset` of `file`.
fn at(file: &RecordFile, offset: usize, message: String) -> Error {
    let (line, column) = locate::line_col(&file.text, offset);
    Error::At {
        path: file.path.clone().into(),
        line,
        column,
        message,
    }
}

/// `path:line:col` of a place in an already-read file (or `current`).
fn show(files: &[RecordFile], current: &RecordFile, loc: &Loc) -> String {
    let text = if loc.path == current.path {
        &current.text
    } else {
        files
            .iter()
            .find(|f| f.path == loc.path)
            .map_or(&current.text, |f| &f.text)
    };
    let (line, column) = locate::line_col(text, loc.offset);
    format!("{}:{line}:{column}", loc.path)
}

#[cfg(test)]
mod tests {
    /// serde_norway itself refuses to expand an alias bomb even where a field would take
    /// any value: it counts replayed events and stops at a repetition limit.
    #[test]
    fn parser_stops_alias_bombs() {
        let mut text = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for pair in names.windows(2) {
            let refs = vec![format!("*{}", pair[0]); 9].join(", ");
            text.push_str(&format!("{}: &{} [{refs}]\n", pair[1], pair[1]));
        }
        let started = std::time::Instant::now();
        let r = serde_yaml::from_str::<serde_yaml::Value>(&text);
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert_eq!(
            r.err().map(|e| e.to_string()).unwrap_or_default(),
            "repetition limit exceeded"
        );
    }
}

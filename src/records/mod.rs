//! The YAML store of claim and source records: the only module that names serde_yaml or
//! touches snapshots.

use std::collections::{BTreeMap, HashMap, HashSet};

use std::path::PathBuf;

pub mod add;
pub mod digest;
mod lint;
pub mod load;
pub mod locate;
pub mod model;
pub mod provenance;
pub mod yaml;

pub use model::{ClaimRecord, ClaimSource, RecordKind, SourceRecord};

/// A place in a record file: findings and errors point here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    /// The file as the user would type it.
    pub path: String,
    pub offset: usize,
}

/// A record file's text, kept so findings about it can be shown with line and column.
#[derive(Debug, Clone)]
pub struct RecordFile {
    pub path: String,
    pub text: String,
}

/// Every record loaded from claims/ and sources/, validated.
#[derive(Debug, Default, Clone)]
pub struct RecordSet {
    /// Claim records, sorted by id.
    pub claims: Vec<ClaimRecord>,
    /// Where each claim record's id stands (same order as `claims`).
    pub claim_locs: Vec<Loc>,
    pub sources: BTreeMap<String, SourceRecord>,
    pub source_locs: HashMap<String, Loc>,
    /// The record files read, for locating findings.
    pub files: Vec<RecordFile>,
    /// Provenance problems found while loading (snapshots re-hashed, quotes looked up).
    pub problems: Vec<provenance::Problem>,
    /// Sources whose provenance is broken (hash mismatch, quote not found): claims
    /// resting on them are unverifiable.
    pub broken: HashSet<String>,
    /// The claim records by match word, for linking.
    pub index: crate::link::Index,
    /// sha256 over the record set in canonical order (see `digest`); empty when there are
    /// no records.
    pub digest: String,
    /// The newest `as_of`/`published`/`retrieved` date among the records.
    pub date: Option<String>,
    /// The sources folder snapshots are read from.
    pub sources_dir: PathBuf,
}

impl RecordSet {
    /// The source record `id`.
    pub fn source(&self, id: &str) -> Option<&SourceRecord> {
        self.sources.get(id)
    }

    /// Whether claim record `i` cannot vouch for a figure: one of its sources has broken
    /// provenance, or it cites no source at all (a `claimcheck draft` record not yet
    /// filled in), so a figure it fits is not "supported".
    pub fn is_broken(&self, i: usize) -> bool {
        self.claims.get(i).is_some_and(|c| {
            c.sources.is_empty() || c.sources.iter().any(|s| self.broken.contains(&s.id))
        })
    }
}

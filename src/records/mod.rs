//! The YAML store of claim and source records: the only module that names serde_yaml or
//! touches snapshots.

/// Every record loaded from claims/ and sources/, validated.
#[derive(Debug, Default, Clone)]
pub struct RecordSet {
    /// sha256 over the record set in canonical order (see `digest`); empty when there are
    /// no records.
    pub digest: String,
}

pub mod yaml;

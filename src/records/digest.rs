//! One digest over the record set, so a CI report proves what it checked against.

use super::{ClaimRecord, SourceRecord};

/// sha256 over the claims and the sources, each sorted by id and serialized as JSON in
/// field order: the same records give the same digest whatever files they are spread
/// over or in what order they were written. Empty when there are no records.
pub fn digest<'a>(
    claims: &[ClaimRecord],
    sources: impl IntoIterator<Item = &'a SourceRecord>,
) -> String {
    let mut claims: Vec<&ClaimRecord> = claims.iter().collect();
    claims.sort_by(|a, b| a.id.cmp(&b.id));
    let mut sources: Vec<&SourceRecord> = sources.into_iter().collect();
    sources.sort_by(|a, b| a.id.cmp(&b.id));
    if claims.is_empty() && sources.is_empty() {
        return String::new();
    }
    let mut h = crate::hash::Hasher::default();
    h.update(b"claimcheck-records-v1\0claims\0");
    for c in claims {
        h.update(serde_json::to_string(c).unwrap_or_default().as_bytes());
        h.update(b"\n");
    }
    h.update(b"sources\0");
    for s in sources {
        h.update(serde_json::to_string(s).unwrap_or_default().as_bytes());
        h.update(b"\n");
    }
    h.finish_hex()
}

/// The newest `published`/`retrieved` date of any source, for reports to state how
/// current the records are.
pub fn newest_date<'a>(sources: impl IntoIterator<Item = &'a SourceRecord>) -> Option<String> {
    let mut dates: Vec<&str> = Vec::new();
    for s in sources {
        dates.extend(s.published.as_deref());
        dates.extend(s.retrieved.as_deref());
    }
    dates.into_iter().max().map(str::to_string)
}

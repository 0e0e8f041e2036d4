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

/// `dupes --against INDEX PATHS`: not built yet.
pub fn against(
    _index: &std::path::Path,
    _settings: &crate::settings::Settings,
    _paths: &[std::path::PathBuf],
    _opts: &crate::run::CheckOptions,
) -> crate::error::Result<crate::report::Report> {
    Err(crate::error::Error::Usage(
        "--against is not built yet".into(),
    ))
}

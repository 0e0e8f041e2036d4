//! Writes that never lose data: a temporary file beside the target, then a rename.

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Whether an existing file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    Refuse,
    Allow,
}

/// Writes `bytes` to `path` atomically: readers see the old file or the new one, never a
/// torn write. With [`Overwrite::Refuse`] an existing file is an error and is left as is.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<()> {
    if overwrite == Overwrite::Refuse && path.exists() {
        return Err(Error::Io {
            path: path.to_path_buf(),
            message: "already exists; not overwritten".into(),
        });
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, &e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, &e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, &e))?;
    match overwrite {
        Overwrite::Allow => tmp
            .persist(path)
            .map(|_| ())
            .map_err(|e| Error::io(path, &e.error)),
        // persist_noclobber fails if the file appeared meanwhile, so nothing is replaced.
        Overwrite::Refuse => tmp
            .persist_noclobber(path)
            .map(|_| ())
            .map_err(|e| Error::io(path, &e.error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_overwrite_and_keeps_the_old_bytes() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let p = dir.path().join("a.yaml");
        assert!(write_atomic(&p, b"one", Overwrite::Refuse).is_ok());
        assert!(write_atomic(&p, b"two", Overwrite::Refuse).is_err());
        assert_eq!(std::fs::read(&p).unwrap_or_default(), b"one");
        assert!(write_atomic(&p, b"three", Overwrite::Allow).is_ok());
        assert_eq!(std::fs::read(&p).unwrap_or_default(), b"three");
    }
}

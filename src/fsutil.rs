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
/// A replaced file keeps its permissions; a new one gets those any program's new file
/// gets (0666 less the umask), not the owner-only mode of a temporary file, so that a
/// report or a record file written here is as readable as one written by an editor.
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
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(|e| Error::io(dir, &e))?;
    if let Ok(old) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(old.permissions())
            .map_err(|e| Error::io(path, &e))?;
    }
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

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_not_owner_only_and_a_replaced_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("report.html");
        write_atomic(&new, b"<p>", Overwrite::Allow).unwrap();
        // Whatever the umask, the file is the one a plain create would make.
        let plain = dir.path().join("plain.html");
        std::fs::write(&plain, b"<p>").unwrap();
        assert_eq!(mode(&new).unwrap(), mode(&plain).unwrap());

        let kept = dir.path().join("sources.yaml");
        std::fs::write(&kept, b"a").unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&kept, b"b", Overwrite::Allow).unwrap();
        assert_eq!(mode(&kept).unwrap(), 0o640);
        assert_eq!(std::fs::read(&kept).unwrap(), b"b");
    }
}

//! Writes that never lose data: a temporary file beside the target, then a rename.

use std::io::{Read, Write};
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
    write_atomic_with(path, overwrite, |file| file.write_all(bytes))
}

/// [`write_atomic`] with the bytes copied from `reader` as they come, so a large file is
/// never held whole; returns how many bytes were written.
pub fn copy_atomic(path: &Path, reader: &mut impl Read, overwrite: Overwrite) -> Result<u64> {
    let mut n = 0;
    write_atomic_with(path, overwrite, |file| {
        n = std::io::copy(reader, file)?;
        Ok(())
    })?;
    Ok(n)
}

/// [`write_atomic`] with the bytes written by `fill` as it makes them (through a buffer),
/// so a report larger than its input is never held whole in memory (issue 19, item 8).
pub fn write_atomic_streamed(
    path: &Path,
    overwrite: Overwrite,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    write_atomic_with(path, overwrite, |file| {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        fill(&mut out)?;
        out.flush()
    })
}

fn write_atomic_with(
    path: &Path,
    overwrite: Overwrite,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<()> {
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
    fill(tmp.as_file_mut()).map_err(|e| Error::io(path, &e))?;
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

/// Opens `path` for reading only when it is a regular file (after symlinks). A FIFO
/// would block the open until a writer came (`verify` hung forever on one), a device
/// such as `/dev/zero` never ends: both are refused at once, before any open.
pub fn open_regular(path: &Path) -> Result<std::fs::File> {
    let shown = path.to_path_buf();
    let meta = std::fs::metadata(path).map_err(|e| Error::io(&shown, &e))?;
    not_regular(&meta).map_or(Ok(()), |why| {
        Err(Error::Io {
            path: shown.clone(),
            message: why.into(),
        })
    })?;
    let file = std::fs::File::open(path).map_err(|e| Error::io(&shown, &e))?;
    // (the name may have been swapped for something else between the two looks)
    match file.metadata().ok().as_ref().and_then(not_regular) {
        Some(why) => Err(Error::Io {
            path: shown,
            message: why.into(),
        }),
        None => Ok(file),
    }
}

/// Why a file is not one to read: a folder, or not a regular file at all.
pub fn not_regular(meta: &std::fs::Metadata) -> Option<&'static str> {
    if meta.is_dir() {
        Some("is a directory, not a file")
    } else if !meta.is_file() {
        Some("is not a regular file (a FIFO, device or socket), so it is not read")
    } else {
        None
    }
}

/// Reads the regular file `path` whole, or fails with a message naming `limit` once
/// more than `max_bytes` have come (a file that grows while read is caught too).
pub fn read_regular_capped(path: &Path, max_bytes: u64, limit: &str) -> Result<Vec<u8>> {
    let shown = path.to_path_buf();
    let file = open_regular(path)?;
    let size = file.metadata().map_or(0, |m| m.len());
    let too_big = |size: String| Error::Io {
        path: shown.clone(),
        message: format!("is {size}, over the limit of {max_bytes} bytes ({limit})"),
    };
    if size > max_bytes {
        return Err(too_big(format!("{size} bytes")));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(&shown, &e))?;
    if bytes.len() as u64 > max_bytes {
        // (it grew while being read)
        return Err(too_big(format!("more than {max_bytes} bytes")));
    }
    Ok(bytes)
}

/// [`read_regular_capped`] as UTF-8 text: an empty file, or one that is not UTF-8, is
/// an error at the line and column where the text fails (`what` names the file's role).
pub fn read_text_capped(path: &Path, max_bytes: u64, what: &str) -> Result<String> {
    let bytes = read_regular_capped(path, max_bytes, what)?;
    let at = |line, column, message: String| Error::At {
        path: path.to_path_buf(),
        line,
        column,
        message,
    };
    if bytes.iter().all(u8::is_ascii_whitespace) && what == "baseline" {
        return Err(at(
            1,
            1,
            format!("the {what} is empty; write one with --write-baseline"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let bad = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..bad];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
        at(
            line,
            column,
            format!(
                "the {what} is not UTF-8 (byte 0x{:02x})",
                e.as_bytes().get(bad).copied().unwrap_or(0)
            ),
        )
    })
}

/// The identity of a file (device and inode on Unix, the canonical path elsewhere), so
/// two names of one file compare equal: `a.txt`, `./a.txt` and a symlink to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileId {
    Inode(u64, u64),
    Path(std::path::PathBuf),
}

/// The identity of the file at `path`, `None` when there is none.
pub fn file_id(path: &Path) -> Option<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path)
            .ok()
            .map(|m| FileId::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        path.canonicalize().ok().map(FileId::Path)
    }
}

/// Refuses to write `out` when it is one of the run's own inputs (`inputs`): a report,
/// baseline or draft written onto an article, a record file or the config would replace
/// it silently. `what` names the flag (`-o`, `--write-baseline`).
pub fn refuse_onto_inputs<'a>(
    out: &Path,
    inputs: impl IntoIterator<Item = &'a Path>,
    what: &str,
) -> Result<()> {
    let Some(id) = file_id(out) else {
        return Ok(());
    };
    match inputs
        .into_iter()
        .find(|p| file_id(p).as_ref() == Some(&id))
    {
        Some(input) => Err(Error::Io {
            path: out.to_path_buf(),
            message: format!(
                "is one of this run's inputs ({}); {what} would replace it, so nothing was written",
                input.display()
            ),
        }),
        None => Ok(()),
    }
}

/// Holds an exclusive lock on a folder while a read-modify-write of its files runs, so
/// two `claimcheck sources add` at once take turns rather than one losing the other's
/// record. On Unix the folder itself is locked (no file is left behind); elsewhere a
/// `.claimcheck.lock` file in it.
pub struct FolderLock {
    lock: fd_lock::RwLock<std::fs::File>,
}

impl FolderLock {
    /// Opens the lock of `dir` (which must exist).
    pub fn new(dir: &Path) -> Result<Self> {
        #[cfg(unix)]
        let file = std::fs::File::open(dir);
        #[cfg(not(unix))]
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(".claimcheck.lock"));
        let file = file.map_err(|e| Error::io(dir, &e))?;
        Ok(FolderLock {
            lock: fd_lock::RwLock::new(file),
        })
    }

    /// Waits for the lock and holds it until the guard is dropped.
    pub fn hold(&mut self, dir: &Path) -> Result<fd_lock::RwLockWriteGuard<'_, std::fs::File>> {
        self.lock.write().map_err(|e| Error::io(dir, &e))
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

//! Reading copy: expanding paths into files (walking folders, respecting .gitignore and
//! `exclude`), decoding, and skipping what is not text. The only place articles are read.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::document::{Document, Format, Index};
use crate::error::{Error, Result};
use crate::finding::Finding;

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    Stdin,
    File(PathBuf),
    /// A path that could not be listed (missing, or a folder the walker could not enter),
    /// with what was wrong. Kept as an input so that the other files are still read and
    /// the run then ends incomplete (exit 2), rather than stopping before any is read.
    Unreadable(PathBuf, String),
    /// Standard input read as if it were the file at this path (`--stdin-filename`): its
    /// extension gives the format, and reports name it.
    StdinAs(PathBuf),
    /// A file met in a folder walk that is not copy (a PDF, a Word file, an image), with
    /// what it is: skipped with a warning, so the summary counts it rather than passing
    /// over it in silence.
    NotCopy(PathBuf, &'static str),
    /// A symbolic link met in a folder walk that is not followed (it leads outside the
    /// folder walked, or nowhere), with why: skipped with a warning, never in silence.
    LinkNotFollowed(PathBuf, String),
}

/// Largest copy read, in bytes. Bigger files (and endless ones such as `/dev/zero` or a
/// FIFO) are an error rather than a run that exhausts memory; 64 MiB is hundreds of
/// times the longest article.
pub const MAX_COPY_BYTES: u64 = 64 * 1024 * 1024;

/// A file read as copy, or skipped with a warning.
#[derive(Debug)]
pub enum Loaded {
    /// The document and any warnings about how it was read (`input/encoding`).
    Doc(Document, Vec<Finding>),
    /// Not copy (`input/binary`): the warning, located at the file's start.
    Skipped(Finding),
}

/// Expands `paths` into the files to read, sorted. Files named directly are read whatever
/// their extension; folders are walked for `.txt .md .markdown .html .htm`, respecting
/// .gitignore and the `exclude` globs (matched against paths relative to `root`).
///
/// A path that cannot be listed becomes [`Input::Unreadable`], so the rest are still read
/// and the run ends incomplete; only when every path named is missing is that an error
/// here, since there is then nothing to report.
pub fn collect(paths: &[PathBuf], exclude: &[String], root: &Path) -> Result<Vec<Input>> {
    let excluded = build_globs(exclude)?;
    // Globs are relative to `root` (the config's folder) whatever the working directory.
    let cwd = std::env::current_dir().unwrap_or_default();
    let root_abs = cwd.join(root);
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) => {
                // Every path named missing: nothing to report, so stop here with the
                // first one; otherwise the others are read and the run ends incomplete.
                if paths.iter().all(|q| q.as_os_str() != "-" && !q.exists()) {
                    return Err(Error::io(p, &e));
                }
                out.push(Input::Unreadable(p.clone(), crate::error::describe_io(&e)));
                continue;
            }
        };
        if !meta.is_dir() {
            out.push(Input::File(p.clone()));
            continue;
        }
        let mut files = Vec::new();
        // Links are followed only where they stay inside the folder walked or the
        // project's folder (the config's, else the working directory).
        let tops: Vec<PathBuf> = [cwd.join(p), root_abs.clone()]
            .iter()
            .filter_map(|t| std::fs::canonicalize(t).ok())
            .collect();
        for entry in ignore::WalkBuilder::new(p)
            .hidden(true)
            .git_ignore(true)
            .git_exclude(true)
            .require_git(false)
            .sort_by_file_path(|a, b| a.cmp(b))
            .build()
        {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    files.push(walk_error(p, &e));
                    continue;
                }
            };
            let path = entry.path();
            let is_link = entry.path_is_symlink();
            if is_link {
                match follow_link(path, &tops) {
                    Link::Follow => {}
                    Link::Skip => continue,
                    Link::Warn(why) => {
                        if Format::from_path(&path.to_string_lossy()).is_some() {
                            files.push(Input::LinkNotFollowed(path.to_path_buf(), why));
                        }
                        continue;
                    }
                }
            } else if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            let not_copy = match Format::from_path(&path.to_string_lossy()) {
                Some(_) => None,
                None => match not_copy_by_name(path) {
                    Some(what) => Some(what),
                    None => continue,
                },
            };
            let abs = cwd.join(path);
            // Rebuilt from components so a `./` inside (from walking ".") is dropped.
            let rel: PathBuf = abs
                .strip_prefix(&root_abs)
                .unwrap_or(path)
                .components()
                .collect();
            if excluded.is_match(&rel) || excluded.is_match(path) {
                continue;
            }
            files.push(match not_copy {
                Some(what) => Input::NotCopy(path.to_path_buf(), what),
                None => Input::File(path.to_path_buf()),
            });
        }
        out.extend(files);
    }
    out.dedup();
    Ok(once_each(out))
}

/// `inputs` with each file kept once, at its first mention, however it was named
/// (`a.txt ./a.txt articles/` names `a.txt` up to three times), and standard input read
/// once (`check - -`).
fn once_each(inputs: Vec<Input>) -> Vec<Input> {
    let mut seen = std::collections::HashSet::new();
    let mut stdin = false;
    inputs
        .into_iter()
        .filter(|i| match i {
            Input::Stdin | Input::StdinAs(_) => !std::mem::replace(&mut stdin, true),
            Input::File(p) | Input::NotCopy(p, _) => match crate::fsutil::file_id(p) {
                Some(id) => seen.insert(id),
                None => true,
            },
            Input::Unreadable(..) | Input::LinkNotFollowed(..) => true,
        })
        .collect()
}

/// What a folder walk does with a symbolic link.
enum Link {
    /// A link to a file inside the folder walked: read as the file it names.
    Follow,
    /// A link to a folder inside the folder walked: its files are met there already.
    Skip,
    /// A link leading outside the folder walked, or nowhere: skipped with this warning.
    Warn(String),
}

/// Whether the link at `path` is followed: only when its target stays inside one of
/// `tops` (the folder walked and the project's folder, resolved), so a walk never reads
/// outside what it was pointed at, and never meets one file twice through a link to a
/// folder.
fn follow_link(path: &Path, tops: &[PathBuf]) -> Link {
    let Ok(target) = std::fs::canonicalize(path) else {
        return Link::Warn(
            "is a symbolic link to nothing (its target is missing), so it was skipped".into(),
        );
    };
    if !tops.iter().any(|t| target.starts_with(t)) {
        return Link::Warn(format!(
            "is a symbolic link to {}, outside the folder checked, so it was skipped; check that path itself to read it",
            target.display()
        ));
    }
    if target.is_file() {
        Link::Follow
    } else {
        Link::Skip
    }
}

/// Files a run never reads as copy, however they are reached: everything inside the
/// claims and sources folders (records, their README, the source snapshots, which are
/// the sources' own words and not copy to check), and, with `--force-exclude`, files
/// named on the command line that the `exclude` globs match (folder walks apply those
/// globs already). A pre-commit hook names every staged file, so without this a commit
/// that archives a snapshot would check it as an article.
pub struct LeftOut {
    /// The claims and sources folders, resolved (those that exist).
    folders: Vec<PathBuf>,
    /// The `exclude` globs and the folder they are relative to, with `--force-exclude`.
    excluded: Option<(globset::GlobSet, PathBuf)>,
    /// Folders already resolved: an archive's files share a few folders, and resolving
    /// costs a system call a path component.
    resolved_folders: std::cell::RefCell<std::collections::HashMap<PathBuf, Option<PathBuf>>>,
}

impl LeftOut {
    /// The record `folders` (claims, sources; those that exist), and the `exclude` globs
    /// with `--force-exclude` (relative to `root`, the config's folder).
    pub fn new<'a>(
        folders: impl IntoIterator<Item = &'a Path>,
        exclude: Option<&[String]>,
        root: &Path,
    ) -> Result<LeftOut> {
        // (a records folder that holds the whole project, `claims: .`, leaves out nothing)
        let top = std::fs::canonicalize(root).ok();
        let folders = folders
            .into_iter()
            .filter_map(|f| std::fs::canonicalize(f).ok())
            .filter(|f| top.as_ref().is_none_or(|t| !t.starts_with(f)))
            .collect();
        let excluded = match exclude {
            Some(globs) if !globs.is_empty() => Some((build_globs(globs)?, resolved(root))),
            _ => None,
        };
        Ok(LeftOut {
            folders,
            excluded,
            resolved_folders: Default::default(),
        })
    }

    /// `path` resolved: its folder resolved once for all the files in it, then the file
    /// name joined on, unless the file itself is a link (resolved whole).
    fn resolve(&self, path: &Path) -> Option<PathBuf> {
        let is_link = std::fs::symlink_metadata(path)
            .ok()?
            .file_type()
            .is_symlink();
        let (Some(parent), Some(name), false) = (path.parent(), path.file_name(), is_link) else {
            return std::fs::canonicalize(path).ok();
        };
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        let mut cache = self.resolved_folders.borrow_mut();
        let folder = cache
            .entry(parent.to_path_buf())
            .or_insert_with(|| std::fs::canonicalize(parent).ok());
        folder.as_ref().map(|f| f.join(name))
    }

    /// Whether `path` is left out; `named` when it was named on the command line.
    pub fn leaves_out(&self, path: &Path, named: bool) -> bool {
        // (resolving costs a system call a path component: an archive walk of tens of
        // thousands of files skips it when nothing could be left out)
        if self.folders.is_empty() && (self.excluded.is_none() || !named) {
            return false;
        }
        let Some(abs) = self.resolve(path) else {
            return false;
        };
        if self.folders.iter().any(|f| abs.starts_with(f)) {
            return true;
        }
        match (&self.excluded, named) {
            (Some((set, root)), true) => {
                let rel: PathBuf = abs
                    .strip_prefix(root)
                    .unwrap_or(&abs)
                    .components()
                    .collect();
                set.is_match(&rel) || set.is_match(path)
            }
            _ => false,
        }
    }
}

/// `path` made absolute (from the working directory) and resolved where it exists.
pub fn resolved(path: &Path) -> PathBuf {
    let abs = std::env::current_dir().unwrap_or_default().join(path);
    std::fs::canonicalize(&abs).unwrap_or(abs)
}

/// `path` relative to `top` (a [`resolved`] folder), `./` parts dropped; the resolved
/// path itself when it is outside `top`.
pub fn relative_to(path: &Path, top: &Path) -> PathBuf {
    let abs = resolved(path);
    abs.strip_prefix(top).unwrap_or(&abs).components().collect()
}

/// `inputs` with standard input read as the file `name` (`--stdin-filename`): named
/// that in reports, and read in that file's format.
pub fn name_stdin(inputs: Vec<Input>, name: Option<&Path>) -> Vec<Input> {
    let Some(name) = name else {
        return inputs;
    };
    inputs
        .into_iter()
        .map(|i| match i {
            Input::Stdin => Input::StdinAs(name.to_path_buf()),
            other => other,
        })
        .collect()
}

/// What a file is, by its name, when it is a kind of document that is not copy.
pub fn not_copy_by_name(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "pdf" => "a PDF document",
        "docx" | "doc" | "docm" | "dotx" => "a Word document",
        "odt" | "ott" | "fodt" => "an OpenDocument text",
        "rtf" => "an RTF document",
        "pages" => "a Pages document",
        "epub" => "an EPUB book",
        "pptx" | "ppt" | "odp" | "key" => "a slide deck",
        "xlsx" | "xls" | "ods" | "numbers" => "a spreadsheet",
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "tif" | "tiff" | "bmp" | "heic" | "heif"
        | "avif" => "an image",
        _ => return None,
    })
}

/// What a file is, by its first bytes, when it is a kind of document that is not copy
/// (whatever its name says).
pub fn not_copy_by_content(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(4096)];
    let has = |needle: &[u8]| memchr::memmem::find(head, needle).is_some();
    Some(match head {
        [b'%', b'P', b'D', b'F', b'-', ..] => "a PDF document",
        [b'P', b'K', 3, 4, ..] if has(b"word/") => "a Word document",
        [b'P', b'K', 3, 4, ..] if has(b"opendocument.text") => "an OpenDocument text",
        [b'P', b'K', 3, 4, ..] if has(b"opendocument") || has(b"ppt/") || has(b"xl/") => {
            "an office document"
        }
        [b'P', b'K', 3, 4, ..] => "a ZIP archive",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "a Word 97-2003 (OLE) document",
        [b'{', b'\\', b'r', b't', b'f', ..] => "an RTF document",
        [0x89, b'P', b'N', b'G', ..]
        | [0xFF, 0xD8, 0xFF, ..]
        | [b'G', b'I', b'F', b'8', ..]
        | [b'I', b'I', 42, 0, ..]
        | [b'M', b'M', 0, 42, ..] => "an image",
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => "an image",
        _ => return None,
    })
}

/// A file a folder walk passes over unread (not copy, a link not followed), with the
/// `input/binary` warning that counts it.
fn passed_over(path: &Path, message: String) -> Loaded {
    let doc = Document::new(
        display_path(path),
        String::new(),
        Format::Text,
        String::new(),
    );
    Loaded::Skipped(Finding::new(
        crate::rules::input::BINARY.id,
        &doc,
        0..0,
        message,
    ))
}

/// A file a folder walk passes over, with the `input/binary` warning that counts it.
fn skipped(path: String, bytes: &[u8], message: String) -> Loaded {
    let sha = crate::hash::sha256_hex(bytes);
    let doc = Document::new(path, String::new(), Format::Text, sha);
    Loaded::Skipped(Finding::new(
        crate::rules::input::BINARY.id,
        &doc,
        0..0,
        message,
    ))
}

/// The one-line error for a file named on the command line that is not copy.
fn unsupported(path: &Path, what: &str) -> Error {
    Error::At {
        path: path.to_path_buf(),
        line: 1,
        column: 1,
        message: format!(
            "{}: {what} is not copy claimcheck can read; convert it to text first (.txt, .md or .html)",
            crate::rules::RuleId::Unsupported
        ),
    }
}

/// An entry the walker could not read, named by its own path when the error carries one.
fn walk_error(root: &Path, err: &ignore::Error) -> Input {
    fn inner(err: &ignore::Error) -> (Option<&Path>, String) {
        match err {
            ignore::Error::WithPath { path, err } => (Some(path), inner(err).1),
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                inner(err)
            }
            ignore::Error::Io(io) => (None, crate::error::describe_io(io)),
            other => (None, other.to_string()),
        }
    }
    let (path, message) = inner(err);
    Input::Unreadable(path.unwrap_or(root).to_path_buf(), message)
}

fn build_globs(patterns: &[String]) -> Result<globset::GlobSet> {
    let mut b = globset::GlobSetBuilder::new();
    for p in patterns {
        let g =
            globset::Glob::new(p).map_err(|e| Error::Usage(format!("exclude glob {p:?}: {e}")))?;
        b.add(g);
    }
    b.build()
        .map_err(|e| Error::Usage(format!("exclude globs: {e}")))
}

/// The path as reports show it: relative to the working directory when inside it,
/// `/`-separated, without a leading `./`.
pub fn display_path(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let shown = cwd
        .as_deref()
        .and_then(|c| path.strip_prefix(c).ok())
        .unwrap_or(path);
    let s = shown.to_string_lossy();
    // `\` separates folders only on Windows; in a Unix file name it is a character.
    let s = if cfg!(windows) {
        s.replace('\\', "/")
    } else {
        s.into_owned()
    };
    let s = s.strip_prefix("./").map(str::to_string).unwrap_or(s);
    // (the working directory itself)
    if s.is_empty() {
        ".".to_string()
    } else {
        s
    }
}

/// Every file a run reads besides standard input: the copy in `copy` (paths as reports
/// show them), the config, and the record files and snapshots under the claims and
/// sources folders. A report, baseline or draft is never written onto one of these.
pub fn own_files<'a>(
    copy: impl IntoIterator<Item = &'a str>,
    config: Option<&Path>,
    record_folders: [&Path; 2],
) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = copy
        .into_iter()
        .filter(|p| *p != "-")
        .map(PathBuf::from)
        .collect();
    out.extend(config.map(Path::to_path_buf));
    for dir in record_folders {
        let walk = ignore::WalkBuilder::new(dir)
            .standard_filters(false)
            .max_depth(Some(4))
            .build();
        out.extend(
            walk.flatten()
                .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
                .map(|e| e.into_path()),
        );
    }
    out
}

/// Reads one input into a document.
pub fn load(input: &Input) -> Result<Loaded> {
    match input {
        Input::Stdin => {
            let bytes = read_capped(std::io::stdin().lock(), 0).map_err(|e| Error::io("-", &e))?;
            if let Some(what) = not_copy_by_content(&bytes) {
                return Err(unsupported(Path::new("-"), what));
            }
            Ok(decode("-".into(), bytes, Format::Text))
        }
        Input::StdinAs(name) => {
            let bytes = read_capped(std::io::stdin().lock(), 0).map_err(|e| Error::io("-", &e))?;
            if let Some(what) = not_copy_by_content(&bytes).or_else(|| not_copy_by_name(name)) {
                return Err(unsupported(name, what));
            }
            let shown = display_path(name);
            let format = Format::from_path(&shown).unwrap_or(Format::Text);
            Ok(decode(shown, bytes, format))
        }
        Input::NotCopy(path, what) => Ok(passed_over(
            path,
            format!("{what} is not copy, so it was skipped; convert it to text (.txt, .md or .html) to check it"),
        )),
        Input::LinkNotFollowed(path, why) => Ok(passed_over(path, format!("the file {why}"))),
        Input::File(path) => {
            // A folder, a FIFO (which would block the open) or a device is refused at once.
            let file = crate::fsutil::open_regular(path)?;
            let size = file.metadata().map_or(0, |m| m.len());
            let bytes = match read_in_halves(&file, size) {
                Some(bytes) => bytes,
                None => read_capped(file, size).map_err(|e| Error::io(path, &e))?,
            };
            // Named by a name that says it is not copy: refused. (A file whose name says
            // copy but whose bytes are a PDF or an image is skipped with a warning by
            // `decode`, as one met in a folder walk is.)
            if let Some(what) = not_copy_by_name(path) {
                return Err(unsupported(path, what));
            }
            let shown = display_path(path);
            let format = Format::from_path(&shown).unwrap_or(Format::Text);
            Ok(decode(shown, bytes, format))
        }
        Input::Unreadable(path, message) => Err(Error::Io {
            path: path.clone(),
            message: message.clone(),
        }),
    }
}

/// Files from this size up are read in two halves at once.
const READ_IN_HALVES_FROM: u64 = 4 << 20;

/// A large file read as two halves side by side (the copy from the page cache and the
/// first touch of each page are most of a read, and they split between cores); `None`
/// when the file is small, too large to be copy, or changed size while being read, for
/// [`read_capped`] to read (and report on) the plain way.
#[cfg(unix)]
fn read_in_halves(file: &std::fs::File, size: u64) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    if !(READ_IN_HALVES_FROM..=MAX_COPY_BYTES).contains(&size) {
        return None;
    }
    let len = usize::try_from(size).ok()?;
    let mut bytes = vec![0u8; len];
    let (first, second) = bytes.split_at_mut(len / 2);
    let (a, b) = rayon::join(
        || file.read_exact_at(first, 0),
        || file.read_exact_at(second, (len / 2) as u64),
    );
    // (a byte past the measured end means the file grew)
    let grew = file.read_at(&mut [0u8], size).map_or(true, |n| n > 0);
    (a.is_ok() && b.is_ok() && !grew).then_some(bytes)
}

#[cfg(not(unix))]
fn read_in_halves(_file: &std::fs::File, _size: u64) -> Option<Vec<u8>> {
    None
}

/// Reads everything, or fails once more than [`MAX_COPY_BYTES`] have come. `size` is
/// the expected length (a file's, 0 when unknown): reading into room made for it once
/// spares a large file the copies of a doubling buffer.
fn read_capped(reader: impl Read, size: u64) -> std::io::Result<Vec<u8>> {
    let room = usize::try_from(size.min(MAX_COPY_BYTES + 1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(room.saturating_add(1));
    reader.take(MAX_COPY_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_COPY_BYTES {
        return Err(std::io::Error::other(format!(
            "larger than {} MiB; not read as copy",
            MAX_COPY_BYTES / (1024 * 1024)
        )));
    }
    Ok(bytes)
}

/// Turns bytes into a document: UTF-8 as is (a byte-order mark kept, so offsets stay
/// those of the file); UTF-16 with a byte-order mark (Word's "Unicode text") decoded, and
/// anything else that is not UTF-8 read as Windows-1252, each with an `input/encoding`
/// warning; binary data is skipped with `input/binary`.
pub fn decode(path: String, bytes: Vec<u8>, format: Format) -> Loaded {
    if let Some(enc) = utf16_bom(&bytes) {
        let sha = crate::hash::sha256_hex(&bytes);
        let (text, _) = enc.decode_with_bom_removal(&bytes);
        let doc = Document::new(path, text.into_owned(), format, sha);
        let f = Finding::new(
            crate::rules::input::ENCODING.id,
            &doc,
            0..0,
            format!(
                "the file is {} (it starts with that byte-order mark), not UTF-8; it was decoded, so offsets count the UTF-8 text",
                enc.name()
            ),
        );
        return Loaded::Doc(doc, vec![f]);
    }
    if let Some(what) = not_copy_by_content(&bytes) {
        return skipped(path, &bytes, format!("the file is {what}, not copy, so it was skipped; convert it to text (.txt, .md or .html) to check it"));
    }
    if looks_binary(&bytes) {
        return skipped(
            path,
            &bytes,
            "the file looks binary (it has NUL or control bytes), so it was skipped".to_string(),
        );
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            // The hash and the index do not depend on each other: made side by side, a
            // large file costs the longer of the two rather than both.
            let (sha, index) = rayon::join(
                || crate::hash::sha256_hex(text.as_bytes()),
                || Index::new(&text, format),
            );
            Loaded::Doc(
                Document::with_index(path, text, format, sha, index),
                Vec::new(),
            )
        }
        Err(e) => {
            let sha = crate::hash::sha256_hex(e.as_bytes());
            let (text, first_bad) = decode_windows_1252(e.as_bytes());
            let doc = Document::new(path, text, format, sha);
            let span = first_bad
                ..doc.text[first_bad..]
                    .chars()
                    .next()
                    .map_or(first_bad, |c| first_bad + c.len_utf8());
            let (line, col) = doc.line_col(first_bad);
            let f = Finding::new(
                crate::rules::input::ENCODING.id,
                &doc,
                span,
                format!(
                    "the file is not UTF-8 (first bad byte at line {line}, column {col}); read as Windows-1252, so offsets count the decoded text"
                ),
            );
            Loaded::Doc(doc, vec![f])
        }
    }
}

/// UTF-16 named by its byte-order mark. Without one, UTF-16 is indistinguishable from
/// binary and is skipped as such.
fn utf16_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    match bytes {
        [0xFF, 0xFE, ..] => Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    }
}

/// Decodes bytes that are not all UTF-8: runs that are valid UTF-8 are kept (copy pasted
/// from several places often mixes the two), every other byte is read as Windows-1252.
/// For a file wholly in Windows-1252 this is the same as decoding it all as such, since
/// its accented letters almost never form valid UTF-8 sequences. Returns the text and the
/// offset in it of the first byte that was not UTF-8.
fn decode_windows_1252(bytes: &[u8]) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 4);
    let mut first_bad = None;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            first_bad.get_or_insert(text.len());
            let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(invalid);
            text.push_str(&decoded);
        }
    }
    let first_bad = first_bad.unwrap_or(0);
    (text, first_bad)
}

/// Binary when the first 8 KiB hold a NUL byte among many other control bytes, or are
/// mostly control bytes: copy pasted from a CMS may carry a stray NUL, a PDF or image
/// carries many.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.is_empty() {
        return false;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    let nul = head.iter().filter(|&&b| b == 0).count();
    (nul > 0 && control * 20 > head.len()) || control * 4 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_is_decoded_with_a_warning() {
        match decode("a.txt".into(), b"cost \xa315.8m".to_vec(), Format::Text) {
            Loaded::Doc(doc, warnings) => {
                assert_eq!(doc.text, "cost £15.8m");
                assert_eq!(warnings.len(), 1);
                assert_eq!(warnings[0].rule, "input/encoding");
            }
            Loaded::Skipped(_) => panic!("skipped"),
        }
    }

    #[test]
    fn binary_is_skipped_but_a_stray_nul_is_not() {
        assert!(matches!(
            decode("a.txt".into(), vec![0, 1, 2, 3, 0, 5, 6, 7], Format::Text),
            Loaded::Skipped(_)
        ));
        let mut text = b"A long enough paragraph of copy with one stray NUL".to_vec();
        text.push(0);
        assert!(matches!(
            decode("a.txt".into(), text, Format::Text),
            Loaded::Doc(..)
        ));
    }

    /// A file large enough to be read in halves reads as the same bytes and digest as
    /// one read, with an odd length so the halves differ.
    #[test]
    fn a_large_file_read_in_halves_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        let mut text = String::new();
        let mut i = 0u64;
        while text.len() < 5 << 20 {
            text.push_str(&format!("Paragraph {i} reports £{i}m. "));
            i += 1;
        }
        text.push('é');
        std::fs::write(&path, &text).unwrap();
        let file = std::fs::File::open(&path).unwrap();
        let bytes = read_in_halves(&file, text.len() as u64);
        if cfg!(unix) {
            assert!(bytes.as_deref() == Some(text.as_bytes()));
        }
        // Told a size the file does not have, it leaves the reading to `read_capped`.
        assert!(read_in_halves(&file, text.len() as u64 - 1).is_none());
        assert!(read_in_halves(&file, text.len() as u64 + 1).is_none());
        match load(&Input::File(path)).unwrap() {
            Loaded::Doc(doc, _) => {
                assert!(doc.text == text);
                assert_eq!(doc.sha256, crate::hash::sha256_hex(text.as_bytes()));
            }
            Loaded::Skipped(_) => panic!("skipped"),
        }
    }
}

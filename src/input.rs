//! Reading copy: expanding paths into files (walking folders, respecting .gitignore and
//! `exclude`), decoding, and skipping what is not text. The only place articles are read.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::document::{Document, Format};
use crate::error::{Error, Result};
use crate::finding::Finding;

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

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
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, &e))?;
        if !meta.is_dir() {
            out.push(Input::File(p.clone()));
            continue;
        }
        let mut files = Vec::new();
        for entry in ignore::WalkBuilder::new(p)
            .hidden(true)
            .git_ignore(true)
            .git_exclude(true)
            .require_git(false)
            .sort_by_file_path(|a, b| a.cmp(b))
            .build()
        {
            let entry = entry.map_err(|e| Error::Io {
                path: p.clone(),
                message: e.to_string(),
            })?;
            let path = entry.path();
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            if Format::from_path(&path.to_string_lossy()).is_none() {
                continue;
            }
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
            files.push(Input::File(path.to_path_buf()));
        }
        out.extend(files);
    }
    out.dedup();
    Ok(out)
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
    let s = shown.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Reads one input into a document.
pub fn load(input: &Input) -> Result<Loaded> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io("-", &e))?;
            Ok(decode("-".into(), bytes, Format::Text))
        }
        Input::File(path) => {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
            let shown = display_path(path);
            let format = Format::from_path(&shown).unwrap_or(Format::Text);
            Ok(decode(shown, bytes, format))
        }
    }
}

/// Turns bytes into a document: UTF-8 as is, anything else as Windows-1252 with a
/// warning; binary data is skipped.
pub fn decode(path: String, bytes: Vec<u8>, format: Format) -> Loaded {
    let sha = crate::hash::sha256_hex(&bytes);
    if looks_binary(&bytes) {
        let doc = Document::new(path, String::new(), Format::Text, sha);
        let f = Finding::new(
            crate::rules::input::BINARY.id,
            &doc,
            0..0,
            "the file looks binary (it has NUL or control bytes), so it was skipped",
        );
        return Loaded::Skipped(f);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Loaded::Doc(Document::new(path, text, format, sha), Vec::new()),
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            let doc = Document::new(path, text.into_owned(), format, sha);
            let (line, col) = doc.line_col(bad.min(doc.text.len()));
            let f = Finding::new(
                crate::rules::input::ENCODING.id,
                &doc,
                0..0,
                format!(
                    "the file is not UTF-8 (first bad byte at line {line}, column {col}); read as Windows-1252, so offsets count the decoded text"
                ),
            );
            Loaded::Doc(doc, vec![f])
        }
    }
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
}

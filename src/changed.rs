//! `check --changed-since REF`: which files and lines changed since a git ref, and the
//! filter that keeps only findings touching them.
//!
//! Detection still runs over every article, so a paragraph pasted from an untouched
//! article, or a figure that now conflicts with an older one, is still caught; only
//! what is *reported* narrows. A finding stays when its paragraph, or any place it
//! relates to, overlaps a changed line.

use std::collections::{BTreeMap, HashSet};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::document::Document;
use crate::error::{Error, Result};
use crate::finding::Finding;
use crate::report::{FileReport, Locator};

/// Changed lines (1-based, of the working tree's version) by absolute path.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    files: BTreeMap<PathBuf, Vec<RangeInclusive<usize>>>,
}

/// A whole file counts as changed (new, untracked, or changed without line hunks).
const WHOLE: RangeInclusive<usize> = 1..=usize::MAX;

impl Changes {
    /// Asks git what changed between `git_ref` and the working tree (committed or not),
    /// plus untracked files, which are new in full. Names are read in git's `-z` forms,
    /// so a file whose name git would quote (a `"`, `\`, tab or newline in it) is not
    /// missed; the patch's own quoted names are unquoted.
    pub fn since(git_ref: &str) -> Result<Changes> {
        if git_ref.starts_with('-') || git_ref.is_empty() {
            return Err(Error::Usage(format!(
                "--changed-since {git_ref:?}: not a git ref"
            )));
        }
        let top = git(&["rev-parse", "--show-toplevel"])?;
        let top = PathBuf::from(String::from_utf8_lossy(&top).trim_end_matches(['\n', '\r']));
        let at = top.to_string_lossy().into_owned();
        let names = git(&[
            "-C",
            &at,
            "diff",
            "--name-only",
            "-z",
            "--no-renames",
            git_ref,
            "--",
        ])?;
        let diff = git(&[
            "-C",
            &at,
            "-c",
            "core.quotepath=off",
            "diff",
            "--no-color",
            "--no-ext-diff",
            "--no-renames",
            "-U0",
            git_ref,
            "--",
        ])?;
        // (from the top, so untracked files outside the working directory count too)
        let untracked = git(&[
            "-C",
            &at,
            "ls-files",
            "-z",
            "--others",
            "--exclude-standard",
        ])?;
        let mut changes = Changes::from_diff(&top, &String::from_utf8_lossy(&diff));
        for name in names.split(|&b| b == 0).chain(untracked.split(|&b| b == 0)) {
            if !name.is_empty() {
                changes
                    .files
                    .entry(top.join(path_of_bytes(name)))
                    .or_insert_with(|| vec![WHOLE]);
            }
        }
        Ok(changes)
    }

    /// Reads `git diff -U0` output; paths are relative to the repository's top `top`.
    pub fn from_diff(top: &Path, diff: &str) -> Changes {
        let mut files: BTreeMap<PathBuf, Vec<RangeInclusive<usize>>> = BTreeMap::new();
        let mut current: Option<PathBuf> = None;
        // `+++ ` names a file only in a file's header, not inside its hunks, where an
        // added line of copy may itself begin with "++".
        let mut in_header = false;
        for line in diff.lines() {
            if line.starts_with("diff --git ") {
                in_header = true;
                current = None;
                continue;
            }
            if !in_header && !line.starts_with("@@ ") {
                continue;
            }
            if let Some(p) = line.strip_prefix("+++ ").filter(|_| in_header) {
                current = header_path(p).map(|p| top.join(p));
                if let Some(c) = &current {
                    files.entry(c.clone()).or_default();
                }
            } else if line.starts_with("@@ ") {
                in_header = false;
                if let (Some(c), Some(r)) = (&current, hunk_lines(line)) {
                    files.entry(c.clone()).or_default().push(r);
                }
            }
        }
        Changes { files }
    }

    /// A change set from explicit lines, for tests and callers that know them.
    pub fn from_lines(
        files: impl IntoIterator<Item = (PathBuf, Vec<RangeInclusive<usize>>)>,
    ) -> Self {
        Changes {
            files: files.into_iter().collect(),
        }
    }

    /// Whether the file at `path` (as a report shows it) changed.
    pub fn has_file(&self, path: &str) -> bool {
        self.lines_of(path).is_some()
    }

    fn lines_of(&self, path: &str) -> Option<&[RangeInclusive<usize>]> {
        let abs = std::fs::canonicalize(path).ok()?;
        self.files.get(&abs).map(Vec::as_slice)
    }

    /// Whether any of `lines` in the file at `path` changed.
    fn touches(&self, path: &str, lines: RangeInclusive<usize>) -> bool {
        self.lines_of(path).is_some_and(|changed| {
            changed
                .iter()
                .any(|c| c.start() <= lines.end() && lines.start() <= c.end())
        })
    }

    /// Whether `f` (found in `doc`) concerns changed copy: its paragraphs, or a related
    /// place such as the other copy of a duplicate (located through `at`).
    pub fn keeps(&self, doc: &Document, at: &Locator, f: &Finding) -> bool {
        self.keeps_here(doc, f) || self.keeps_related(at, f)
    }

    /// Keeps only the findings that concern changed copy, and only the files that
    /// changed or still have such a finding.
    pub fn filter(&self, files: &mut Vec<FileReport>) {
        self.filter_with(files, &Touched::default());
    }

    /// [`Changes::filter`], also keeping every finding on a figure linked to one of
    /// `touched.records` (the claim records that changed, or whose sources did: see
    /// `run::check`), and the files holding such figures, and every
    /// provenance finding about a source in `touched.sources`. A duplicate
    /// found at an unchanged copy of a changed passage is moved to the changed copy,
    /// with the unchanged one as its related place: the change introduced it.
    pub fn filter_with(&self, files: &mut Vec<FileReport>, touched: &Touched) {
        let records = &touched.records;
        let docs: Vec<std::sync::Arc<Document>> = files.iter().map(|f| f.doc.clone()).collect();
        let at = Locator::new(docs.iter().map(|d| d.as_ref()));
        let mut moved: Vec<Finding> = Vec::new();
        for file in files.iter_mut() {
            let doc = file.doc.clone();
            let linked: Vec<std::ops::Range<usize>> = file
                .claims
                .iter()
                .filter(|c| c.record.as_deref().is_some_and(|r| records.contains(r)))
                .map(|c| c.claim.start..c.claim.end)
                .collect();
            let findings = std::mem::take(&mut file.findings);
            for f in findings {
                let on_linked = linked
                    .iter()
                    .any(|c| c.start < f.span.end.max(f.span.start + 1) && f.span.start < c.end);
                let about_source = file.is_record_file() && touched.sources.contains(&f.key);
                if on_linked || about_source || self.keeps_here(&doc, &f) {
                    file.findings.push(f);
                } else if self.keeps_related(&at, &f) {
                    match flipped(&f, &at) {
                        Some(g) => moved.push(g),
                        None => file.findings.push(f),
                    }
                }
            }
        }
        for g in moved {
            let Some(file) = files.iter_mut().find(|f| f.path == g.path) else {
                continue;
            };
            let same = file
                .findings
                .iter_mut()
                .find(|h| h.rule == g.rule && h.span == g.span);
            match same {
                Some(h) => {
                    for r in g.related {
                        if !h
                            .related
                            .iter()
                            .any(|x| x.path == r.path && x.span == r.span)
                        {
                            h.related.push(r);
                        }
                    }
                }
                None => file.findings.push(g),
            }
        }
        files.retain(|f| {
            self.has_file(&f.path)
                || !f.findings.is_empty()
                || f.claims
                    .iter()
                    .any(|c| c.record.as_deref().is_some_and(|r| records.contains(r)))
        });
    }

    /// Whether `f`'s own paragraphs changed.
    fn keeps_here(&self, doc: &Document, f: &Finding) -> bool {
        let (start, end) = (f.span.start, f.span.end);
        if start == 0 && end == 0 {
            return self.has_file(&f.path);
        }
        let first = doc.paragraph_span(start);
        let last = doc.paragraph_span(end.saturating_sub(1).max(start));
        let from = doc.line_col(first.start.min(start)).0;
        let to = doc.line_col(last.end.max(end)).0;
        self.touches(&f.path, from..=to)
    }

    /// Whether a place `f` relates to changed.
    fn keeps_related(&self, at: &Locator, f: &Finding) -> bool {
        f.related.iter().any(|r| {
            let p = at.related(r);
            self.touches(&r.path, p.line..=p.end_line.max(p.line))
        })
    }

    /// The ids among `locs` (id, record file as shown, offset of the id) whose entry (from its id's line to the line before the next
    /// entry of the same file) has a changed line.
    pub fn changed_entries<'a>(
        &self,
        locs: &[(&'a str, &str, usize)],
        texts: &std::collections::HashMap<&str, &str>,
    ) -> HashSet<&'a str> {
        let mut by_file: BTreeMap<&str, Vec<(usize, &'a str)>> = BTreeMap::new();
        for (id, path, offset) in locs {
            by_file.entry(path).or_default().push((*offset, id));
        }
        let mut out = HashSet::new();
        for (path, mut entries) in by_file {
            if !self.has_file(path) {
                continue;
            }
            let text = texts.get(path).copied().unwrap_or("");
            entries.sort_unstable();
            let line = |offset: usize| {
                1 + memchr::memchr_iter(b'\n', &text.as_bytes()[..offset.min(text.len())]).count()
            };
            for (i, (offset, id)) in entries.iter().enumerate() {
                let from = line(*offset);
                let to = entries.get(i + 1).map_or(usize::MAX, |(next, _)| {
                    line(*next).saturating_sub(1).max(from)
                });
                if self.touches(path, from..=to) {
                    out.insert(*id);
                }
            }
        }
        out
    }
}

/// The records a change touches though no copy changed: claim records changed, or
/// citing a source that did; and those sources (record or snapshot changed).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Touched {
    pub records: HashSet<String>,
    pub sources: HashSet<String>,
}

/// A `duplicate/cross-file` finding filed at the unchanged copy, turned round: filed at
/// the changed copy it relates to, relating back to the older one. `None` for other
/// findings, which stay where they were found.
fn flipped(f: &Finding, at: &Locator) -> Option<Finding> {
    if f.rule != "duplicate/cross-file" {
        return None;
    }
    let r = f.related.first()?;
    let here = at.related(r);
    let there = at.finding(f);
    let what = f
        .message
        .split_once(&format!(" of {} ", r.path))
        .map_or("", |(_, w)| w);
    let (label, verb) = if here.line == here.end_line {
        (format!("Line {}", here.line), "repeats")
    } else {
        (format!("Lines {}–{}", here.line, here.end_line), "repeat")
    };
    let older = if there.line == there.end_line {
        format!("line {}", there.line)
    } else {
        format!("lines {}–{}", there.line, there.end_line)
    };
    let mut g = f.clone();
    g.path = r.path.clone();
    g.span = r.span.clone();
    g.message = format!("{label} {verb} {older} of {} {what}", f.path)
        .trim_end()
        .to_string();
    g.related = vec![crate::finding::Related {
        path: f.path.clone(),
        span: f.span.clone(),
        message: "older copy".into(),
    }];
    g.key = f.path.clone();
    for d in &mut g.diff {
        d.sign = match d.sign {
            '-' => '+',
            '+' => '-',
            other => other,
        };
        if d.sign == '@' {
            if let Some((a, b)) = d
                .text
                .strip_prefix("@@ lines ")
                .and_then(|t| t.strip_suffix(" @@"))
                .and_then(|t| t.split_once(" ~ "))
            {
                d.text = format!("@@ lines {b} ~ {a} @@");
            }
        }
    }
    Some(g)
}

/// The new-side lines of a `@@ -a,b +c,d @@` header. A pure deletion (d = 0) marks the
/// lines either side of the gap, since the paragraph around it changed.
fn hunk_lines(header: &str) -> Option<RangeInclusive<usize>> {
    let plus = header.split_whitespace().find(|t| t.starts_with('+'))?;
    let mut parts = plus[1..].splitn(2, ',');
    let start: usize = parts.next()?.parse().ok()?;
    let count: usize = match parts.next() {
        Some(c) => c.parse().ok()?,
        None => 1,
    };
    Some(if count == 0 {
        start.max(1)..=start + 1
    } else {
        start..=start + count - 1
    })
}

/// The new side's path in a `+++ ` header line: `b/NAME`, with a tab after it when the
/// name has a space, or `"b/NAME"` with C escapes when it has a quote, a backslash, a
/// control character or (without `core.quotepath=off`) bytes beyond ASCII. `None` for
/// `/dev/null` (a deleted file).
fn header_path(p: &str) -> Option<PathBuf> {
    let name = if let Some(quoted) = p.strip_prefix('"') {
        unquote(quoted.strip_suffix('"').unwrap_or(quoted))
    } else {
        p.strip_suffix('\t').unwrap_or(p).as_bytes().to_vec()
    };
    let name = name.strip_prefix(b"b/")?;
    Some(path_of_bytes(name))
}

/// Git's C-style quoting undone: `\"`, `\\`, `\t`, `\n` and the rest, and `\NNN` octal
/// bytes (how a quoted name carries UTF-8).
fn unquote(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let c = b[i + 1];
        let octal = b
            .get(i + 1..i + 4)
            .filter(|d| d.iter().all(|x| (b'0'..=b'7').contains(x)));
        if let Some(d) = octal {
            let v = d.iter().fold(0u32, |v, x| v * 8 + u32::from(x - b'0'));
            out.push(u8::try_from(v).unwrap_or(b'?'));
            i += 4;
            continue;
        }
        out.push(match c {
            b'a' => 7,
            b'b' => 8,
            b't' => b'\t',
            b'n' => b'\n',
            b'v' => 11,
            b'f' => 12,
            b'r' => b'\r',
            other => other,
        });
        i += 2;
    }
    out
}

/// A path from the bytes git gives (names are bytes on Unix, whatever their encoding).
#[cfg(unix)]
fn path_of_bytes(b: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(b))
}

#[cfg(not(unix))]
fn path_of_bytes(b: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(b).into_owned())
}

fn git(args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| Error::Usage(format!("--changed-since needs git: {e}")))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err.lines().next().unwrap_or("").trim();
        // shown as typed in the repository: without `-C TOP` and the `-c` settings
        let mut shown = Vec::new();
        let mut rest = args.iter();
        while let Some(a) = rest.next() {
            if *a == "-C" || *a == "-c" {
                rest.next();
            } else {
                shown.push(*a);
            }
        }
        return Err(Error::Usage(format!(
            "--changed-since: `git {}` failed: {first}",
            shown.join(" ")
        )));
    }
    Ok(out.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunk_headers() {
        assert_eq!(hunk_lines("@@ -3,2 +4,3 @@ heading"), Some(4..=6));
        assert_eq!(hunk_lines("@@ -3 +4 @@"), Some(4..=4));
        assert_eq!(hunk_lines("@@ -3,2 +2,0 @@"), Some(2..=3));
        assert_eq!(hunk_lines("@@ -1,2 +0,0 @@"), Some(1..=1));
        assert_eq!(hunk_lines("@@ nonsense @@"), None);
    }

    #[test]
    fn quoted_and_tabbed_header_names_are_read() {
        assert_eq!(header_path("b/a b.txt\t"), Some(PathBuf::from("a b.txt")));
        assert_eq!(
            header_path("\"b/q\\\"t\\\\x.txt\""),
            Some(PathBuf::from("q\"t\\x.txt"))
        );
        assert_eq!(
            header_path("\"b/tab\\tn\\nl.txt\""),
            Some(PathBuf::from("tab\tn\nl.txt"))
        );
        assert_eq!(
            header_path("\"b/\\303\\251.txt\""),
            Some(PathBuf::from("é.txt"))
        );
        assert_eq!(header_path("/dev/null"), None);
    }

    #[test]
    fn diff_output_is_read_per_file() {
        let diff = "diff --git a/articles/a.md b/articles/a.md\nindex 1..2 100644\n--- a/articles/a.md\n+++ b/articles/a.md\n@@ -5 +5 @@\n-old\n+new\n@@ -9,0 +10,2 @@\n+++ y\n+x\ndiff --git a/gone.md b/gone.md\n--- a/gone.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-bye\n";
        let c = Changes::from_diff(Path::new("/repo"), diff);
        assert_eq!(
            c,
            Changes::from_lines([(PathBuf::from("/repo/articles/a.md"), vec![5..=5, 10..=11])])
        );
    }

    /// A passage pasted from an untouched article into a changed one is still reported,
    /// even when the finding is filed at the first (untouched) copy.
    #[test]
    fn a_finding_relating_to_changed_copy_is_kept() {
        use crate::document::Format;
        use crate::finding::Related;

        let dir = tempfile::tempdir().unwrap();
        let top = std::fs::canonicalize(dir.path()).unwrap();
        let text = "First paragraph here.\n\nSecond paragraph here.\n";
        for name in ["old.txt", "new.txt"] {
            std::fs::write(top.join(name), text).unwrap();
        }
        let old = Document::from_text(top.join("old.txt").to_string_lossy(), text, Format::Text);
        let new = Document::from_text(top.join("new.txt").to_string_lossy(), text, Format::Text);
        let changes = Changes::from_lines([(top.join("new.txt"), vec![3..=3])]);
        let at = Locator::new([&old, &new]);
        let second = 23..45;
        let pasted = Finding::new(
            crate::rules::RuleId::DuplicateCrossFile,
            &old,
            second.clone(),
            "shared",
        )
        .related(Related::new(&new, second.clone(), "the copy"));
        assert!(changes.keeps(&old, &at, &pasted));
        let elsewhere = Finding::new(
            crate::rules::RuleId::DuplicateCrossFile,
            &old,
            0..21,
            "shared",
        )
        .related(Related::new(&new, 0..21, "the copy"));
        assert!(!changes.keeps(&old, &at, &elsewhere));
        assert!(changes.keeps(
            &new,
            &at,
            &Finding::new(crate::rules::RuleId::Sum, &new, second, "x")
        ));
        assert!(!changes.keeps(
            &new,
            &at,
            &Finding::new(crate::rules::RuleId::Sum, &new, 0..5, "x")
        ));
    }
}

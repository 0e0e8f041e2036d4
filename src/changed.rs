//! `check --changed-since REF`: which files and lines changed since a git ref, and the
//! filter that keeps only findings touching them.
//!
//! Detection still runs over every article, so a paragraph pasted from an untouched
//! article, or a figure that now conflicts with an older one, is still caught; only
//! what is *reported* narrows. A finding stays when its paragraph, or any place it
//! relates to, overlaps a changed line.

use std::collections::BTreeMap;
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
    /// plus untracked files, which are new in full.
    pub fn since(git_ref: &str) -> Result<Changes> {
        if git_ref.starts_with('-') || git_ref.is_empty() {
            return Err(Error::Usage(format!(
                "--changed-since {git_ref:?}: not a git ref"
            )));
        }
        let top = git(&["rev-parse", "--show-toplevel"])?;
        let top = PathBuf::from(top.trim_end_matches(['\n', '\r']));
        let names = git(&[
            "-c",
            "core.quotepath=off",
            "diff",
            "--name-only",
            "--no-renames",
            git_ref,
            "--",
        ])?;
        let diff = git(&[
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
        let untracked = git(&["ls-files", "--others", "--exclude-standard", "--full-name"])?;
        let mut changes = Changes::from_diff(&top, &diff);
        for name in names.lines().chain(untracked.lines()) {
            if !name.is_empty() {
                changes
                    .files
                    .entry(top.join(name))
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
                current = p.strip_prefix("b/").map(|p| top.join(p.trim_matches('"')));
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
        let (start, end) = (f.span.start, f.span.end);
        if start == 0 && end == 0 {
            // About the whole file (its encoding, a binary skipped): any change counts.
            return self.has_file(&f.path);
        }
        let first = doc.paragraph_span(start);
        let last = doc.paragraph_span(end.saturating_sub(1).max(start));
        let from = doc.line_col(first.start.min(start)).0;
        let to = doc.line_col(last.end.max(end)).0;
        self.touches(&f.path, from..=to)
            || f.related.iter().any(|r| {
                let p = at.related(r);
                self.touches(&r.path, p.line..=p.end_line.max(p.line))
            })
    }

    /// Keeps only the findings that concern changed copy, and only the files that
    /// changed or still have such a finding.
    pub fn filter(&self, files: &mut Vec<FileReport>) {
        let docs: Vec<std::sync::Arc<Document>> = files.iter().map(|f| f.doc.clone()).collect();
        let at = Locator::new(docs.iter().map(|d| d.as_ref()));
        for file in files.iter_mut() {
            let doc = file.doc.clone();
            file.findings.retain(|f| self.keeps(&doc, &at, f));
        }
        files.retain(|f| self.has_file(&f.path) || !f.findings.is_empty());
    }
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

fn git(args: &[&str]) -> Result<String> {
    let out = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| Error::Usage(format!("--changed-since needs git: {e}")))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err.lines().next().unwrap_or("").trim();
        return Err(Error::Usage(format!(
            "--changed-since: `git {}` failed: {first}",
            args.join(" ")
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
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

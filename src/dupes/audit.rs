//! The duplicate audit as an archive editor reads it: groups of copies rather than
//! pairs. A summary that leads the human report, one row per copy as CSV or JSON Lines,
//! and one HTML page of groups ([`html`]). Renderers only: the groups are made by
//! [`super::group`], and documents are looked up by path for line numbers and text.

pub mod html;

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};

use serde::Serialize;

use crate::document::Document;
use crate::finding::{group_label, DuplicateGroup, GroupMember};

/// Looks a document up by its path as reports write it.
pub type Docs<'a> = dyn Fn(&str) -> Option<&'a Document> + 'a;

/// How many of the largest shared passages the summary lists.
pub const LARGEST: usize = 20;

/// The 1-based lines a member spans, (0, 0) when its document is not at hand.
pub fn lines(docs: &Docs, m: &GroupMember) -> (usize, usize) {
    docs(&m.path).map_or((0, 0), |d| {
        let end = m.span.end.saturating_sub(1).max(m.span.start);
        (d.line_col(m.span.start).0, d.line_col(end).0)
    })
}

/// "path:3" or "path:3–9".
pub fn place(docs: &Docs, m: &GroupMember) -> String {
    match lines(docs, m) {
        (0, _) => m.path.clone(),
        (a, b) if a == b => format!("{}:{a}", m.path),
        (a, b) => format!("{}:{a}–{b}", m.path),
    }
}

/// Counts over the groups, for the summary.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub groups: usize,
    /// Groups whose copies are whole articles.
    pub article_groups: usize,
    /// Groups of passages shared by articles that differ elsewhere.
    pub passage_groups: usize,
    /// Articles that are a whole copy of an earlier one (the earliest not counted).
    pub whole_copies: usize,
    /// Of those, copies of every word of the first, word for word.
    pub whole_copies_exact: usize,
    /// Articles holding any copy.
    pub articles: usize,
    /// Groups by how many copies they have.
    pub by_size: BTreeMap<usize, usize>,
    /// Passages repeated within one article (groups with two copies in one document).
    pub within_articles: usize,
}

pub fn totals(groups: &[DuplicateGroup]) -> Totals {
    let mut t = Totals {
        groups: groups.len(),
        ..Totals::default()
    };
    let mut articles: HashSet<&str> = HashSet::new();
    for g in groups {
        *t.by_size.entry(g.members.len()).or_default() += 1;
        if g.whole_articles {
            t.article_groups += 1;
            for m in g.members.iter().skip(1).filter(|m| m.whole) {
                t.whole_copies += 1;
                if m.similarity >= 1.0 && m.complete && g.first().complete {
                    t.whole_copies_exact += 1;
                }
            }
        } else {
            t.passage_groups += 1;
        }
        if g.within_document {
            t.within_articles += 1;
        }
        articles.extend(g.members.iter().map(|m| m.path.as_str()));
    }
    t.articles = articles.len();
    t
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The summary that leads `dupes`' human report: groups by size, whole-article copies,
/// the largest shared passages, and how many articles are involved. Nothing when there
/// is no group.
pub fn summary(
    groups: &[DuplicateGroup],
    files: usize,
    docs: &Docs,
    out: &mut dyn Write,
) -> io::Result<()> {
    if groups.is_empty() {
        return Ok(());
    }
    let t = totals(groups);
    writeln!(
        out,
        "Duplicate audit of {}: {} of copies, {} involved",
        plural(files, "article", "articles"),
        plural(t.groups, "group", "groups"),
        plural(t.articles, "article", "articles"),
    )?;
    if t.whole_copies > 0 {
        writeln!(
            out,
            "  whole-article copies: {} another whole or all but a tenth ({} word for word), in {}",
            plural(t.whole_copies, "article repeats", "articles repeat"),
            t.whole_copies_exact,
            plural(t.article_groups, "group", "groups"),
        )?;
    }
    if t.passage_groups > 0 {
        writeln!(
            out,
            "  shared passages: {}",
            plural(t.passage_groups, "group", "groups")
        )?;
    }
    if t.within_articles > 0 {
        writeln!(
            out,
            "  repeated within one article: {}",
            plural(t.within_articles, "group", "groups")
        )?;
    }
    let sizes: Vec<String> = t
        .by_size
        .iter()
        .map(|(size, n)| format!("{n} of {size} copies"))
        .collect();
    writeln!(out, "  groups by size: {}", sizes.join(", "))?;
    let mut passages: Vec<&DuplicateGroup> = groups.iter().filter(|g| !g.whole_articles).collect();
    passages.sort_by(|a, b| {
        (std::cmp::Reverse(a.words()), a.id).cmp(&(std::cmp::Reverse(b.words()), b.id))
    });
    if !passages.is_empty() {
        if passages.len() > LARGEST {
            writeln!(
                out,
                "\nLargest shared passages ({LARGEST} of {}):",
                passages.len()
            )?;
        } else {
            writeln!(out, "\nShared passages, largest first:")?;
        }
        for g in passages.iter().take(LARGEST) {
            let first = g.first();
            let dated = first
                .date
                .as_deref()
                .map(|d| format!(" ({d})"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {}  {:>5} words  {}  first {}{dated}",
                group_label(g.id),
                g.words(),
                plural(g.members.len(), "copy ", "copies"),
                place(docs, first)
            )?;
        }
    }
    writeln!(out)
}

/// One row per copy, as CSV and JSON Lines write it.
#[derive(Debug, Serialize)]
pub struct Row<'a> {
    pub group: String,
    /// "article" or "passage".
    pub kind: &'static str,
    /// How many copies the group has.
    pub copies: usize,
    /// "first" for the earliest copy, else "copy".
    pub role: &'static str,
    pub path: &'a str,
    pub line: usize,
    pub end_line: usize,
    /// Byte offsets into the file, end exclusive.
    pub start: usize,
    pub end: usize,
    pub words: usize,
    pub similarity: f64,
    /// The copy is (nine tenths of) its whole article.
    pub whole: bool,
    pub date: Option<&'a str>,
    pub dated_by: &'static str,
    pub first_copy: &'a str,
    pub first_copy_line: usize,
    pub first_copy_end_line: usize,
}

/// The rows of every group, earliest copy first within each.
pub fn rows<'a>(groups: &'a [DuplicateGroup], docs: &Docs) -> Vec<Row<'a>> {
    let mut out = Vec::new();
    for g in groups {
        let first = g.first();
        let (fl, fe) = lines(docs, first);
        let label = group_label(g.id);
        for (i, m) in g.members.iter().enumerate() {
            let (line, end_line) = lines(docs, m);
            out.push(Row {
                group: label.clone(),
                kind: g.kind(),
                copies: g.members.len(),
                role: if i == 0 { "first" } else { "copy" },
                path: &m.path,
                line,
                end_line,
                start: m.span.start,
                end: m.span.end,
                words: m.words,
                similarity: m.similarity,
                whole: m.whole,
                date: m.date.as_deref(),
                dated_by: m.dated_by,
                first_copy: &first.path,
                first_copy_line: fl,
                first_copy_end_line: fe,
            });
        }
    }
    out
}

/// The CSV columns, in order.
pub const CSV_HEADER: &str = "group,kind,copies,role,path,line,end_line,start,end,words,similarity,whole,date,dated_by,first_copy,first_copy_line,first_copy_end_line";

/// `dupes --format csv`: a header and one row per copy (RFC 4180 quoting).
pub fn csv(groups: &[DuplicateGroup], docs: &Docs, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{CSV_HEADER}")?;
    for r in rows(groups, docs) {
        let fields = [
            r.group.clone(),
            r.kind.to_string(),
            r.copies.to_string(),
            r.role.to_string(),
            csv_field(r.path),
            r.line.to_string(),
            r.end_line.to_string(),
            r.start.to_string(),
            r.end.to_string(),
            r.words.to_string(),
            r.similarity.to_string(),
            r.whole.to_string(),
            r.date.unwrap_or("").to_string(),
            r.dated_by.to_string(),
            csv_field(r.first_copy),
            r.first_copy_line.to_string(),
            r.first_copy_end_line.to_string(),
        ];
        writeln!(out, "{}", fields.join(","))?;
    }
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// `dupes --format jsonl`: one JSON object per copy and line, the fields of the CSV.
pub fn jsonl(groups: &[DuplicateGroup], docs: &Docs, out: &mut dyn Write) -> io::Result<()> {
    for r in rows(groups, docs) {
        serde_json::to_writer(&mut *out, &r).map_err(io::Error::other)?;
        writeln!(out)?;
    }
    Ok(())
}

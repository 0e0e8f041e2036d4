//! `dupes --format html`: one self-contained page of groups, not files. Each group shows
//! its passage once, from the earliest copy, and each other copy with its place, date,
//! similarity and the words where it differs from the first. No external requests, no
//! script: the groups are `<details>` an editor opens.

use std::io::{self, Write};

use similar::{Algorithm, DiffTag};

use super::{lines, place, totals, Docs};
use crate::dupes::tokens;
use crate::finding::{group_label, DuplicateGroup, GroupMember};

/// Changes shown for one copy; the rest are counted.
const MAX_CHANGES: usize = 8;
/// Words of context on each side of a change.
const CONTEXT: usize = 4;
/// Characters of a passage shown before it is cut with "…" (a whole article can be
/// long; the copies are linked by place).
const MAX_PASSAGE_CHARS: usize = 1_500;

fn esc(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:62em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
table.totals td{padding:.1em .8em .1em 0}
details{border:1px solid #ccc;border-radius:4px;margin:.5em 0;padding:.3em .7em}
summary{cursor:pointer}summary code{color:#555}
blockquote{margin:.5em 0;padding:.3em .8em;background:#f6f6f6;border-left:3px solid #999;white-space:pre-wrap}
ul.copies{padding-left:1.2em}li.copy{margin:.4em 0}
.diff{font-family:ui-monospace,monospace;font-size:.9em;margin:.2em 0 .2em 1em}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.sim{color:#555}.first{font-weight:600}";

/// Writes the page.
pub fn render(
    groups: &[DuplicateGroup],
    files: usize,
    docs: &Docs,
    out: &mut dyn Write,
) -> io::Result<()> {
    let t = totals(groups);
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Duplicate audit</title><style>{STYLE}</style></head><body>"
    )?;
    writeln!(out, "<h1>Duplicate audit</h1>")?;
    writeln!(out, "<table class=\"totals\" id=\"summary\">")?;
    let row = |out: &mut dyn Write, k: &str, v: String| -> io::Result<()> {
        writeln!(out, "<tr><td>{k}</td><td>{v}</td></tr>")
    };
    row(out, "articles read", files.to_string())?;
    row(out, "groups of copies", t.groups.to_string())?;
    row(out, "articles involved", t.articles.to_string())?;
    row(
        out,
        "whole-article copies",
        format!(
            "{} ({} word for word) in {} groups",
            t.whole_copies, t.whole_copies_exact, t.article_groups
        ),
    )?;
    row(out, "shared-passage groups", t.passage_groups.to_string())?;
    let sizes: Vec<String> = t
        .by_size
        .iter()
        .map(|(size, n)| format!("{n} of {size} copies"))
        .collect();
    row(out, "groups by size", sizes.join(", "))?;
    writeln!(out, "</table>")?;

    let mut passages: Vec<&DuplicateGroup> = groups.iter().filter(|g| !g.whole_articles).collect();
    let mut articles: Vec<&DuplicateGroup> = groups.iter().filter(|g| g.whole_articles).collect();
    for list in [&mut passages, &mut articles] {
        list.sort_by(|a, b| {
            (
                std::cmp::Reverse(a.members.len()),
                std::cmp::Reverse(a.words()),
                a.id,
            )
                .cmp(&(
                    std::cmp::Reverse(b.members.len()),
                    std::cmp::Reverse(b.words()),
                    b.id,
                ))
        });
    }
    writeln!(
        out,
        "<h2 id=\"passages\">Shared passages ({})</h2>",
        passages.len()
    )?;
    for g in passages {
        group(g, docs, out)?;
    }
    writeln!(
        out,
        "<h2 id=\"articles\">Whole-article copies ({})</h2>",
        articles.len()
    )?;
    for g in articles {
        group(g, docs, out)?;
    }
    writeln!(out, "</body></html>")
}

fn group(g: &DuplicateGroup, docs: &Docs, out: &mut dyn Write) -> io::Result<()> {
    let label = group_label(g.id);
    let first = g.first();
    writeln!(
        out,
        "<details id=\"{label}\" data-kind=\"{}\" data-copies=\"{}\"><summary><code>{label}</code> \
         {} words, {} copies, first in {}</summary>",
        g.kind(),
        g.members.len(),
        g.words(),
        g.members.len(),
        esc(&place(docs, first))
    )?;
    let text = docs(&first.path)
        .map(|d| d.shown(first.span.clone()).into_owned())
        .unwrap_or_default();
    let text = text.trim();
    let shown: String = text.chars().take(MAX_PASSAGE_CHARS).collect();
    let cut = if shown.len() < text.len() { "…" } else { "" };
    writeln!(out, "<blockquote>{}{cut}</blockquote>", esc(&shown))?;
    writeln!(out, "<ul class=\"copies\">")?;
    for (i, m) in g.members.iter().enumerate() {
        let date = m
            .date
            .as_deref()
            .map(|d| format!(", {d} ({})", m.dated_by))
            .unwrap_or_default();
        if i == 0 {
            writeln!(
                out,
                "<li class=\"copy first\">{} — first copy{date}, {} words</li>",
                esc(&place(docs, m)),
                m.words
            )?;
            continue;
        }
        let how = if m.similarity >= 1.0 {
            "word for word".to_string()
        } else {
            format!("with changes, similarity {:.2}", m.similarity.min(0.99))
        };
        writeln!(
            out,
            "<li class=\"copy\">{}{date}, {} words, <span class=\"sim\">{how}</span>",
            esc(&place(docs, m)),
            m.words
        )?;
        if m.similarity < 1.0 {
            changes(first, m, docs, out)?;
        }
        writeln!(out, "</li>")?;
    }
    writeln!(out, "</ul></details>")
}

/// The words where copy `m` differs from the first, a few words of context around each.
fn changes(
    first: &GroupMember,
    m: &GroupMember,
    docs: &Docs,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (Some(fd), Some(md)) = (docs(&first.path), docs(&m.path)) else {
        return Ok(());
    };
    let a_text = fd.prose().get(first.span.clone()).unwrap_or("");
    let b_text = md.prose().get(m.span.clone()).unwrap_or("");
    let (a, a_spans) = tokens::spans(a_text);
    let (b, b_spans) = tokens::spans(b_text);
    let words = |text: &str, spans: &[std::ops::Range<usize>], r: std::ops::Range<usize>| {
        if r.is_empty() {
            return String::new();
        }
        let s = spans[r.start].start;
        let e = spans[r.end - 1].end;
        text[s..e].split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let ops = similar::capture_diff_slices(Algorithm::Myers, &a, &b);
    let mut shown = 0;
    let mut total = 0;
    for (i, op) in ops.iter().enumerate() {
        if op.tag() == DiffTag::Equal {
            continue;
        }
        total += 1;
        if shown == MAX_CHANGES {
            continue;
        }
        shown += 1;
        let (_, old, new) = op.as_tag_tuple();
        let before = match i.checked_sub(1).map(|j| ops[j].as_tag_tuple()) {
            Some((DiffTag::Equal, _, n)) => n.end.saturating_sub(CONTEXT).max(n.start)..n.end,
            _ => new.start..new.start,
        };
        let after = match ops.get(i + 1).map(|o| o.as_tag_tuple()) {
            Some((DiffTag::Equal, _, n)) => n.start..(n.start + CONTEXT).min(n.end),
            _ => new.end..new.end,
        };
        let (line, _) = lines(docs, m);
        let at = b_spans
            .get(new.start.min(b_spans.len().saturating_sub(1)))
            .map_or(line, |s| md.line_col(m.span.start + s.start).0);
        write!(
            out,
            "<div class=\"diff\">line {at}: …{} ",
            esc(&words(b_text, &b_spans, before))
        )?;
        if !old.is_empty() {
            write!(out, "<del>{}</del> ", esc(&words(a_text, &a_spans, old)))?;
        }
        if !new.is_empty() {
            write!(out, "<ins>{}</ins> ", esc(&words(b_text, &b_spans, new)))?;
        }
        writeln!(out, "{}…</div>", esc(&words(b_text, &b_spans, after)))?;
    }
    if total > shown {
        writeln!(
            out,
            "<div class=\"diff\">{} more changes</div>",
            total - shown
        )?;
    }
    Ok(())
}

//! The editor's report: one self-contained HTML page (inline CSS, no scripts, no external
//! requests) showing the copy paragraph by paragraph with every figure marked by its
//! verdict and every finding beside the paragraph it concerns.
//!
//! Everything taken from copy and records goes through [`escape`]; links are only made
//! of `http(s)` URLs. The page reads without JavaScript; record details appear on hover
//! and on keyboard focus (`tabindex`), and are repeated in `title`/`aria-label`.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use similar::{ChangeTag, TextDiff};

use super::{FileReport, Report, Summary};
use crate::document::Document;
use crate::finding::{Finding, Severity};
use crate::fsutil::{write_atomic, Overwrite};
use crate::link::{CheckedClaim, Verdict};

/// Writes one page for the whole report; with several files, a table of contents first.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let files: Vec<&FileReport> = report.files.iter().collect();
    page(report, &files, "claimcheck report", out)
}

/// Writes the page of one file of `report` (for `--output DIR`, one page per article).
pub fn render_file(report: &Report, file: &FileReport, out: &mut dyn Write) -> io::Result<()> {
    let title = format!("claimcheck: {}", file.path);
    page(report, &[file], &title, out)
}

/// Whether `--output PATH` names a folder for one page per article: an existing
/// directory, or a path ending with a separator.
pub fn is_folder(path: &Path) -> bool {
    path.is_dir()
        || path
            .to_string_lossy()
            .ends_with(['/', std::path::MAIN_SEPARATOR])
}

/// `--output DIR`: writes `index.html` and one page per file (named as [`page_names`]
/// says) into `dir`, creating it; returns the paths written.
pub fn write_folder(report: &Report, dir: &Path) -> crate::error::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| crate::error::Error::io(dir, &e))?;
    let mut written = Vec::new();
    for (file, name) in report.files.iter().zip(page_names(report)) {
        let mut page = Vec::new();
        render_file(report, file, &mut page).map_err(|e| crate::error::Error::io(dir, &e))?;
        let path = dir.join(name);
        write_atomic(&path, &page, Overwrite::Allow)?;
        written.push(path);
    }
    // The index last, once every page it links is written.
    let mut index = Vec::new();
    render_index(report, &mut index).map_err(|e| crate::error::Error::io(dir, &e))?;
    let path = dir.join("index.html");
    write_atomic(&path, &index, Overwrite::Allow)?;
    written.insert(0, path);
    Ok(written)
}

/// The page name of each of the report's files, in order: [`page_name`], with `-2`,
/// `-3`… added where two paths flatten to the same name.
pub fn page_names(report: &Report) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    report
        .files
        .iter()
        .map(|f| {
            let base = page_name(&f.path);
            let mut name = base.clone();
            let mut n = 1;
            while name == "index.html" || !seen.insert(name.clone()) {
                n += 1;
                name = format!("{}-{n}.html", base.trim_end_matches(".html"));
            }
            name
        })
        .collect()
}

/// Writes an index page linking to each file's page, named by [`page_names`].
pub fn render_index(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut h = String::new();
    head(&mut h, "claimcheck report");
    header(&mut h, report, &report.summary(), "claimcheck report");
    let files: Vec<&FileReport> = report.files.iter().collect();
    nav(&mut h, &files, &page_names(report));
    h.push_str("</body></html>\n");
    out.write_all(h.as_bytes())
}

/// The file name of a file's page in an `--output DIR` folder: its path with separators
/// and anything unusual replaced, plus `.html` (`articles/a b.txt` →
/// `articles_a-b.txt.html`).
pub fn page_name(path: &str) -> String {
    let mut s: String = path
        .trim_start_matches("./")
        .chars()
        .map(|c| match c {
            '/' | '\\' => '_',
            c if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') => c,
            _ => '-',
        })
        .collect();
    s = s.trim_start_matches('.').to_string();
    if s.is_empty() {
        s.push_str("article");
    }
    // A long nested path would exceed a file name's 255 bytes: its tail, after a short
    // hash of the whole path that keeps it unique (issue 19).
    const MAX: usize = 100;
    if s.len() > MAX {
        let tail: String = {
            let mut t: Vec<char> = s.chars().rev().take(MAX - 10).collect();
            t.reverse();
            t.into_iter().collect()
        };
        let hash = crate::hash::sha256_hex(path.as_bytes());
        s = format!(
            "{}-{}",
            hash.get(..8).unwrap_or(""),
            tail.trim_start_matches('.')
        );
    }
    s.push_str(".html");
    s
}

/// Text safe in element content and in quoted attribute values.
pub fn escape(s: &str) -> String {
    // bidi and other controls shown as their escapes (issue 19)
    super::escape::html(s)
}

/// A file's figures with their verdicts, in document order, looked ahead of by one.
type Figures<'a> = std::iter::Peekable<Box<dyn Iterator<Item = Cow<'a, CheckedClaim>> + 'a>>;

/// How much of a page is made before it is written out: a page marks every figure of
/// its copy, so a long file's page is many times the file, and is never held whole.
const WRITE_AT: usize = 1 << 16;

/// Writes out what is made of the page once it reaches [`WRITE_AT`].
fn write_out_at_length(h: &mut String, out: &mut dyn Write) -> io::Result<()> {
    if h.len() >= WRITE_AT {
        out.write_all(h.as_bytes())?;
        h.clear();
    }
    Ok(())
}

/// Writes the page for `files`, as it is made.
fn page(
    report: &Report,
    files: &[&FileReport],
    title: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut h = String::new();
    head(&mut h, title);
    let summary = if files.len() == report.files.len() {
        report.summary()
    } else {
        sub_summary(report, files)
    };
    header(&mut h, report, &summary, title);
    if files.len() > 1 {
        let links: Vec<String> = (0..files.len()).map(|i| format!("#file-{i}")).collect();
        nav(&mut h, files, &links);
    }
    h.push_str("<main>");
    for (i, f) in files.iter().enumerate() {
        article(&mut h, report, f, i, out)?;
    }
    h.push_str("</main></body></html>\n");
    out.write_all(h.as_bytes())
}

fn head(h: &mut String, title: &str) {
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"generator\" content=\"claimcheck {}\">\
         <title>{}</title><style>{CSS}</style></head><body>",
        env!("CARGO_PKG_VERSION"),
        escape(title)
    );
}

fn header(h: &mut String, report: &Report, s: &Summary, title: &str) {
    let _ = write!(h, "<header><h1>{}</h1><dl class=\"meta\">", escape(title));
    let digest = report.records_digest.as_deref().unwrap_or("no records");
    let date = report.records_date.as_deref().unwrap_or("–");
    let _ = write!(
        h,
        "<dt>Record set</dt><dd><code>{}</code></dd><dt>Records dated</dt><dd>{}</dd>",
        escape(digest),
        escape(date)
    );
    h.push_str("</dl>");
    chips(h, s);
    if !report.errors.is_empty() {
        h.push_str("<div class=\"errors\" role=\"alert\"><strong>Incomplete run:</strong><ul>");
        for e in &report.errors {
            let _ = write!(h, "<li>{}</li>", escape(e));
        }
        h.push_str("</ul></div>");
    }
    h.push_str("</header>");
}

fn chips(h: &mut String, s: &Summary) {
    let _ = write!(
        h,
        "<p class=\"chips\"><span class=\"chip\"><b>{}</b> {}</span>\
         <span class=\"chip\"><b>{}</b> {}</span>",
        s.files,
        if s.files == 1 { "file" } else { "files" },
        s.claims,
        if s.claims == 1 { "figure" } else { "figures" },
    );
    for v in Verdict::ALL {
        let n = s.verdicts.get(v.as_str()).copied().unwrap_or(0);
        let _ = write!(
            h,
            "<span class=\"chip v-{0}\"><b>{n}</b> {0}</span>",
            v.as_str()
        );
    }
    for sev in [Severity::Error, Severity::Warning, Severity::Info] {
        let n = s.severities.get(sev.as_str()).copied().unwrap_or(0);
        let _ = write!(
            h,
            "<span class=\"chip s-{0}\"><b>{n}</b> {0}</span>",
            sev.as_str()
        );
    }
    let _ = write!(
        h,
        "<span class=\"chip\"><b>{}</b> suppressed</span></p>",
        s.suppressed
    );
}

/// The summary of some of the report's files (one article's page).
fn sub_summary(report: &Report, files: &[&FileReport]) -> Summary {
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let part = Report {
        command: report.command,
        files: files.iter().map(|f| (*f).clone()).collect(),
        suppressed: report
            .suppressed
            .iter()
            .filter(|s| paths.contains(&s.path.as_str()))
            .cloned()
            .collect(),
        records_digest: None,
        records_date: None,
        records_read: 0,
        sources_read: 0,
        errors: Vec::new(),
        other_docs: Vec::new(),
        groups: Vec::new(),
    };
    part.summary()
}

/// The table of contents: the articles, then (when provenance findings were located in
/// them) the record files, each linked to `links[i]`. Record files are not copy, so they
/// are listed apart and without a count of figures.
fn nav(h: &mut String, files: &[&FileReport], links: &[String]) {
    h.push_str("<nav>");
    for records in [false, true] {
        let listed: Vec<(&FileReport, &String)> = files
            .iter()
            .zip(links)
            .filter(|(f, _)| f.is_record_file() == records)
            .map(|(f, l)| (*f, l))
            .collect();
        if listed.is_empty() && records {
            continue;
        }
        h.push_str(if records {
            "<h2>Records</h2><ol>"
        } else {
            "<h2>Articles</h2><ol>"
        });
        for (f, link) in listed {
            let _ = write!(
                h,
                "<li><a href=\"{}\">{}</a> {}</li>",
                escape(link),
                escape(&f.path),
                file_counts(f)
            );
        }
        h.push_str("</ol>");
    }
    h.push_str("</nav>");
}

fn file_counts(f: &FileReport) -> String {
    if f.is_record_file() {
        return format!("<small>{} findings</small>", f.findings.len());
    }
    format!(
        "<small>{} figures, {} findings</small>",
        f.claims.len(),
        f.findings.len()
    )
}

fn article(
    h: &mut String,
    report: &Report,
    f: &FileReport,
    index: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let doc = &f.doc;
    let _ = write!(
        h,
        "<section class=\"article\" id=\"file-{index}\"><h2>{}</h2>\
         <p class=\"sha\">sha256 <code>{}</code></p>",
        escape(&f.path),
        escape(&f.sha256)
    );
    // the figures come in document order, a long document's read again as they go, and
    // the findings are taken in order of place: each paragraph looks only at its own, so
    // the page is made in time and memory linear in the copy
    let mut claims = f.claims.iter().peekable();
    let mut by_place: Vec<usize> = (0..f.findings.len()).collect();
    by_place.sort_by_key(|&i| f.findings.get(i).map_or(0, |x| x.span.start));
    let mut next_finding = by_place.iter().copied().peekable();
    let start_of = |i: usize| f.findings.get(i).map_or(0, |x| x.span.start);
    let same_doc = doc.path == f.path;
    let mut placed = vec![false; f.findings.len()];
    if same_doc {
        for (pi, para) in doc.paragraphs().iter().enumerate() {
            let mut here = Vec::new();
            while let Some(i) = next_finding.next_if(|&i| start_of(i) < para.end) {
                if start_of(i) >= para.start {
                    here.push(i);
                }
            }
            here.sort_unstable();
            if here.is_empty() && doc.shown(para.clone()).trim().is_empty() {
                while claims.next_if(|c| c.claim.start < para.end).is_some() {}
                continue;
            }
            let (line, _) = doc.line_col(para.start);
            let _ = write!(
                h,
                "<div class=\"para\" id=\"file-{index}-p{pi}\"><p class=\"copy\"><span class=\"ln\">{line}</span>"
            );
            marked(h, doc, para.clone(), &mut claims, out)?;
            h.push_str("</p><div class=\"notes\">");
            for &i in &here {
                placed[i] = true;
                finding(h, report, doc, &f.findings[i]);
            }
            h.push_str("</div></div>");
            write_out_at_length(h, out)?;
        }
    }
    if placed.iter().any(|p| !p) {
        h.push_str("<div class=\"para\"><p class=\"copy other\">Elsewhere in this file</p><div class=\"notes\">");
        for (i, f) in f.findings.iter().enumerate() {
            if !placed[i] {
                finding(h, report, doc, f);
            }
        }
        h.push_str("</div></div>");
    }
    h.push_str("</section>");
    Ok(())
}

/// The paragraph's copy as a reader sees it (in Markdown and HTML: one block element,
/// entities decoded, inline code shown, markup gone) with each figure in it wrapped in a
/// `<mark>`.
///
/// Takes from `claims` (in document order) the figures that start before the
/// paragraph's end, and writes to `out` as it goes: one paragraph can be a whole file.
fn marked(
    h: &mut String,
    doc: &Document,
    para: Range<usize>,
    claims: &mut Figures<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut pos = para.start;
    while let Some(c) = claims.next_if(|c| c.claim.start < para.end) {
        let (s, e) = (c.claim.start, c.claim.end);
        if s < pos || e > para.end || s >= e {
            continue;
        }
        if !doc.text.is_char_boundary(s) || !doc.text.is_char_boundary(e) {
            continue;
        }
        h.push_str(&escape(&doc.shown(pos..s)));
        mark(h, &c, &doc.shown(s..e));
        pos = e;
        write_out_at_length(h, out)?;
    }
    h.push_str(&escape(&doc.shown(pos..para.end)));
    Ok(())
}

fn mark(h: &mut String, c: &CheckedClaim, fig: &str) {
    let v = c.verdict.as_str();
    let mut label = format!("{fig}: {v}");
    if let Some(r) = &c.record {
        let _ = write!(label, "; record {r}");
        if let Some(val) = &c.record_value {
            let _ = write!(label, " = {val}");
        }
    }
    for s in &c.sources {
        let _ = write!(label, "; source: {}", s.title.as_deref().unwrap_or(&s.id));
    }
    let _ = write!(
        h,
        "<mark data-verdict=\"{v}\" tabindex=\"0\" title=\"{0}\" aria-label=\"{0}\">{1}\
         <span class=\"tip\" role=\"tooltip\"><b class=\"verdict\">{v}</b>",
        escape(&label),
        escape(fig)
    );
    if let Some(r) = &c.record {
        let _ = write!(h, "<span>record <code>{}</code>", escape(r));
        if let Some(val) = &c.record_value {
            let _ = write!(h, ": {}", escape(val));
        }
        h.push_str("</span>");
    } else {
        h.push_str("<span>no record links to this figure</span>");
    }
    for s in &c.sources {
        let title = s.title.as_deref().unwrap_or(&s.id);
        h.push_str("<span>");
        match s.url.as_deref().filter(|u| is_web_url(u)) {
            Some(url) => {
                let _ = write!(
                    h,
                    "<a href=\"{}\" rel=\"noreferrer noopener\">{}</a>",
                    escape(url),
                    escape(title)
                );
            }
            None => h.push_str(&escape(title)),
        }
        if let Some(p) = &s.publisher {
            let _ = write!(h, ", {}", escape(p));
        }
        if let Some(d) = &s.published {
            let _ = write!(h, ", {}", escape(d));
        }
        h.push_str("</span>");
        if let Some(q) = &s.quote {
            let _ = write!(h, "<q>{}</q>", escape(q));
        }
    }
    h.push_str("</span></mark>");
}

fn is_web_url(u: &str) -> bool {
    let l = u.trim_start().to_ascii_lowercase();
    l.starts_with("https://") || l.starts_with("http://")
}

/// Line and column of `offset` in the file at `path`: from `doc` when it is that file
/// (almost always), else from the report's other documents.
fn line_col(report: &Report, doc: &Document, path: &str, offset: usize) -> (usize, usize) {
    if doc.path == path {
        return doc.line_col(offset);
    }
    report.doc(path).map_or((1, 1), |d| d.line_col(offset))
}

fn finding(h: &mut String, report: &Report, doc: &Document, f: &Finding) {
    let sev = f.severity.as_str();
    let (line, column) = line_col(report, doc, &f.path, f.span.start);
    let _ = write!(
        h,
        "<article class=\"finding s-{sev}\"><p class=\"rule\"><span class=\"sev\">{sev}</span> \
         <code>{}</code> <span class=\"at\">line {}, col {}</span></p><p class=\"msg\">{}</p>",
        escape(f.rule.as_str()),
        line,
        column,
        escape(&f.message)
    );
    if f.actual.is_some() || f.expected.is_some() {
        h.push_str("<dl class=\"vals\">");
        if let Some(a) = &f.actual {
            let _ = write!(h, "<dt>copy</dt><dd><del>{}</del></dd>", escape(a));
        }
        if let Some(e) = &f.expected {
            let _ = write!(h, "<dt>expected</dt><dd><ins>{}</ins></dd>", escape(e));
        }
        h.push_str("</dl>");
    }
    if !f.notes.is_empty() {
        h.push_str("<ul class=\"fnotes\">");
        for n in &f.notes {
            let _ = write!(h, "<li>{}</li>", escape(n));
        }
        h.push_str("</ul>");
    }
    let side_by_side = f.rule.is_duplicate() && side_by_side(h, report, doc, f);
    if !side_by_side {
        for r in &f.related {
            let (r_line, r_column) = line_col(report, doc, &r.path, r.span.start);
            let _ = write!(
                h,
                "<p class=\"related\">{} — {} line {}, col {}</p>",
                escape(&r.message),
                escape(&r.path),
                r_line,
                r_column
            );
        }
        if !f.diff.is_empty() {
            h.push_str("<pre class=\"diff\">");
            for d in &f.diff {
                let class = match d.sign {
                    '-' => "del",
                    '+' => "add",
                    '@' => "hunk",
                    _ => "ctx",
                };
                let text = if d.sign == '@' {
                    d.text.clone()
                } else {
                    format!("{} {}", d.sign, d.text)
                };
                let _ = writeln!(h, "<span class=\"{class}\">{}</span>", escape(&text));
            }
            h.push_str("</pre>");
        }
    }
    h.push_str("</article>");
}

/// A duplicate's two copies side by side, the words that differ highlighted. `false`
/// when the first copy's document is not in the report (then the diff lines are shown).
fn side_by_side(h: &mut String, report: &Report, doc: &Document, f: &Finding) -> bool {
    let Some(r) = f.related.first() else {
        return false;
    };
    let other = if r.path == doc.path {
        Some(doc)
    } else {
        report
            .files
            .iter()
            .find(|x| x.doc.path == r.path)
            .map(|x| x.doc.as_ref())
    };
    let Some(other_doc) = other else {
        return false;
    };
    // the copy as a reader sees it (entities decoded, markup gone)
    let first = fold(&other_doc.shown(r.span.clone()));
    let repeat = fold(&doc.shown(f.span.clone()));
    let diff = TextDiff::from_words(first.as_str(), repeat.as_str());
    let mut left = String::new();
    let mut right = String::new();
    for change in diff.iter_all_changes() {
        let text = escape(change.value());
        match change.tag() {
            ChangeTag::Equal => {
                left.push_str(&text);
                right.push_str(&text);
            }
            ChangeTag::Delete => {
                let _ = write!(left, "<del>{text}</del>");
            }
            ChangeTag::Insert => {
                let _ = write!(right, "<ins>{text}</ins>");
            }
        }
    }
    let similarity = f
        .duplicate
        .map(|d| format!(", {:.0}% alike", d.similarity * 100.0))
        .unwrap_or_default();
    let words = f
        .duplicate
        .map(|d| format!("{} words", d.words))
        .unwrap_or_default();
    let (r_line, _) = other.map_or((1, 1), |d| d.line_col(r.span.start));
    let (f_line, _) = line_col(report, doc, &f.path, f.span.start);
    let _ = write!(
        h,
        "<p class=\"related\">{words}{similarity}</p><div class=\"sbs\"><div><h3>{} — {} line {}</h3><p>{left}</p></div>\
         <div><h3>repeat — {} line {}</h3><p>{right}</p></div></div>",
        escape(&r.message),
        escape(&r.path),
        r_line,
        escape(&f.path),
        f_line
    );
    true
}

/// Whitespace folded to single spaces (masked markup leaves runs of spaces).
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const CSS: &str = "\
:root{--supported:#1a7f37;--contradicted:#cf222e;--unsourced:#6e7781;--ambiguous:#bc4c00;--unverifiable:#8250df;--error:#cf222e;--warning:#9a6700;--info:#0969da;color-scheme:light}
*{box-sizing:border-box}
body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1f2328;background:#fff;margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
h1,h2,h3,.rule,.chips,.meta,.sha,nav,.tip,.notes{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
h1{font-size:1.5rem;margin:.2rem 0}
h2{font-size:1.2rem;margin:2rem 0 .3rem;border-bottom:1px solid #d0d7de}
h3{font-size:.8rem;margin:0 0 .3rem;color:#57606a}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0;font-size:.85rem}
.meta dt{color:#57606a}.meta dd{margin:0}
.sha{font-size:.8rem;color:#57606a;margin:0 0 1rem}
.chips{display:flex;flex-wrap:wrap;gap:.35rem;margin:.5rem 0;font-size:.85rem}
.chip{border:1px solid #d0d7de;border-radius:1rem;padding:.05rem .6rem;background:#f6f8fa}
.chip.v-supported{border-color:var(--supported)}.chip.v-contradicted{border-color:var(--contradicted)}
.chip.v-unsourced{border-color:var(--unsourced)}.chip.v-ambiguous{border-color:var(--ambiguous)}
.chip.v-unverifiable{border-color:var(--unverifiable)}.chip.s-error{border-color:var(--error)}
.chip.s-warning{border-color:var(--warning)}.chip.s-info{border-color:var(--info)}
.errors{border-left:4px solid var(--error);background:#fff5f5;padding:.3rem .8rem;font-family:system-ui,sans-serif}
.para{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.2rem;border-top:1px solid #eaeef2;padding:.4rem 0}
.copy{margin:.2rem 0;position:relative}
.copy.other{color:#57606a;font-style:italic}
.ln{font:.7rem system-ui,sans-serif;color:#8c959f;margin-right:.5rem;user-select:none}
mark{position:relative;background:none;color:inherit;border-bottom:3px solid;padding:0 .1rem;cursor:help}
mark[data-verdict=supported]{border-color:var(--supported);background:#dafbe1}
mark[data-verdict=contradicted]{border-color:var(--contradicted);background:#ffebe9}
mark[data-verdict=unsourced]{border-color:var(--unsourced);border-bottom-style:dashed;background:#f6f8fa}
mark[data-verdict=ambiguous]{border-color:var(--ambiguous);background:#fff1e5}
mark[data-verdict=unverifiable]{border-color:var(--unverifiable);background:#fbefff}
mark:focus{outline:2px solid var(--info);outline-offset:1px}
.tip{display:none;position:absolute;left:0;top:1.6em;z-index:2;width:22rem;max-width:80vw;background:#fff;border:1px solid #d0d7de;border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.15);padding:.4rem .6rem;font-size:.8rem;line-height:1.4}
.tip>*{display:block}.tip q{font-style:italic;margin-top:.2rem}
mark:hover .tip,mark:focus .tip,mark:focus-within .tip{display:block}
.verdict{text-transform:uppercase;font-size:.7rem;letter-spacing:.05em}
.finding{border-left:4px solid;padding:.2rem .6rem;margin:.2rem 0 .6rem;background:#f6f8fa;font-size:.85rem}
.finding.s-error{border-color:var(--error)}.finding.s-warning{border-color:var(--warning)}.finding.s-info{border-color:var(--info)}
.finding p{margin:.15rem 0}.rule .sev{text-transform:uppercase;font-weight:700;font-size:.7rem}
.s-error .sev{color:var(--error)}.s-warning .sev{color:var(--warning)}.s-info .sev{color:var(--info)}
.at{color:#57606a;font-size:.75rem}.msg{font-family:system-ui,sans-serif}
.vals{display:grid;grid-template-columns:max-content 1fr;gap:0 .6rem;margin:.2rem 0}.vals dd{margin:0}
.fnotes{margin:.2rem 0;padding-left:1.1rem;color:#424a53}
.related{color:#57606a;font-size:.8rem}
del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329;text-decoration:none}
.diff{font-size:.8rem;white-space:pre-wrap;margin:.3rem 0;background:#fff;padding:.3rem}
.diff .del{color:#82071e}.diff .add{color:#116329}.diff .hunk{color:#8250df}
.sbs{display:grid;grid-template-columns:1fr 1fr;gap:.6rem}.sbs>div{background:#fff;border:1px solid #d0d7de;padding:.3rem .5rem}
.sbs p{font-family:Georgia,serif;margin:0}
nav ol{padding-left:1.5rem}
@media (max-width:50rem){.para{grid-template-columns:1fr}.sbs{grid-template-columns:1fr}}
@media print{body{max-width:none;padding:0}.tip{display:none!important}.para{break-inside:avoid}mark{background:none}}
";

#[cfg(test)]
mod tests {
    use super::*;

    /// Record files that carry provenance findings are listed apart from the articles,
    /// with findings but no figure count; with none, there is no Records list.
    #[test]
    fn the_table_of_contents_lists_record_files_apart() {
        use crate::document::{Document, Format};
        let file = |path: &str, findings: usize| {
            let doc = std::sync::Arc::new(Document::from_text(path, "x", Format::Text));
            FileReport {
                path: path.to_string(),
                sha256: String::new(),
                claims: Default::default(),
                findings: (0..findings)
                    .map(|_| {
                        crate::finding::Finding::new(
                            crate::rules::RuleId::Unsourced,
                            &doc,
                            0..1,
                            "m",
                        )
                    })
                    .collect(),
                doc,
            }
        };
        let (article, records) = (file("a.txt", 1), file("sources/s.yaml", 2));
        let links = ["#file-0".to_string(), "#file-1".to_string()];
        let mut h = String::new();
        nav(&mut h, &[&records, &article], &links);
        assert_eq!(
            h,
            "<nav><h2>Articles</h2><ol><li><a href=\"#file-1\">a.txt</a> <small>0 figures, 1 findings</small></li></ol>\
             <h2>Records</h2><ol><li><a href=\"#file-0\">sources/s.yaml</a> <small>2 findings</small></li></ol></nav>"
        );
        let mut h = String::new();
        nav(&mut h, &[&article], &links);
        assert!(!h.contains("Records"));
    }

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape("<script>a&\"b'</script>"),
            "&lt;script&gt;a&amp;&quot;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn page_names_are_flat_and_safe() {
        assert_eq!(page_name("articles/a b.txt"), "articles_a-b.txt.html");
        assert_eq!(page_name("./x.md"), "x.md.html");
        assert_eq!(page_name("../up.txt"), "_up.txt.html");
    }

    #[test]
    fn only_web_urls_become_links() {
        assert!(is_web_url("https://example.org"));
        assert!(!is_web_url("javascript:alert(1)"));
    }
}

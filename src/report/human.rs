//! The human report: rustc-like diagnostics, diff lines, a summary.
//!
//! Rendered by hand rather than through annotate-snippets so that the layout is exact and
//! stable (snapshots pin it) and so that a paragraph written on one 600-character line is
//! shown as a window around the figure instead of in full.
//!
//! ```text
//! error[arithmetic/percent-change]: from 100 to 134 is a 34% increase, not 15%
//!   --> articles/x.txt:8:12
//!    |
//!  8 | …rents went from 100 to 134, a 15% rise, the council…
//!    |                              ^^^
//!    = note: tolerance ±0.5 percentage points
//!    - 15%
//!    + 34%
//! ```

use std::io::{self, Write};

use anstyle::{AnsiColor, Color, Style};

use super::{FileReport, Locator, Report, Summary};
use crate::finding::{Finding, Severity};

/// Lines up to this many characters are shown whole.
const LINE_CHARS: usize = 100;
/// Characters of copy shown on each side of a span in a longer line, cut with `…`.
const CONTEXT_CHARS: usize = 40;
/// Characters of a span shown in a longer line; the rest is cut with `…`.
const SPAN_CHARS: usize = 60;

/// Writes every finding and, unless `quiet`, the summary line.
pub fn render(report: &Report, color: bool, out: &mut dyn Write) -> io::Result<()> {
    render_with(report, color, false, out)
}

/// [`render`] with `--quiet`: findings only, no summary line (nothing at all for a clean
/// run, which is what a pre-commit hook wants).
pub fn render_with(
    report: &Report,
    color: bool,
    quiet: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let p = Paint { on: color };
    let at = report.locator();
    write_findings(report, &at, p, out)?;
    if !quiet {
        let line = match report.command {
            // verify checks records, not copy: counting files and claims would read "0".
            super::Command::Verify if report.records_read == 0 => {
                "records: none found, so nothing was verified (see --claims and --sources)"
                    .to_string()
            }
            super::Command::Verify => verify_summary_line(
                &report.summary(),
                report.records_read.saturating_sub(report.sources_read),
                report.sources_read,
            ),
            // dupes reads no figures: "0 claims (0 supported, …)" would say nothing.
            super::Command::Dupes => dupes_summary_line(&report.summary()),
            super::Command::Check => summary_line(&report.summary()),
        };
        writeln!(out, "{}", p.bold(&line))?;
    }
    Ok(())
}

/// How many files' findings are rendered at once, on every core, before they are written
/// in order: an archive audit has tens of thousands of files and as many findings.
const BATCH: usize = 512;

/// Every file's findings, in the report's order.
fn write_findings(report: &Report, at: &Locator, p: Paint, out: &mut dyn Write) -> io::Result<()> {
    use rayon::prelude::*;
    let render_file = |file: &FileReport, out: &mut dyn Write| -> io::Result<()> {
        for f in &file.findings {
            finding(file, f, at, p, out)?;
        }
        Ok(())
    };
    for batch in report.files.chunks(BATCH) {
        let rendered: Vec<io::Result<Vec<u8>>> = batch
            .par_iter()
            .map(|file| {
                let mut text = Vec::new();
                render_file(file, &mut text).map(|()| text)
            })
            .collect();
        for text in rendered {
            out.write_all(&text?)?;
        }
    }
    Ok(())
}

/// `records: 10 claims and 8 sources checked, 2 findings (1 error, 1 warning, 0
/// info)`, or `…, all hold`: how many records were read, so "all hold" is never said of
/// nothing.
pub fn verify_summary_line(s: &Summary, claims: usize, sources: usize) -> String {
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let read = format!(
        "{} and {} checked",
        count(claims, "claim", "claims"),
        count(sources, "source", "sources")
    );
    if s.findings == 0 {
        return format!("records: {read}, all hold (every snapshot hashes to its sha256, every quote is in its snapshot)");
    }
    format!("records: {read}, {}", findings_count(s))
}

/// `2 findings (1 error, 1 warning, 0 info)`, as every summary line words it.
fn findings_count(s: &Summary) -> String {
    let sev = |k: &str| s.severities.get(k).copied().unwrap_or(0);
    format!(
        "{} ({}, {}, {} info)",
        plural(s.findings, "finding"),
        plural(sev("error"), "error"),
        plural(sev("warning"), "warning"),
        sev("info"),
    )
}

/// One diagnostic block, ending with a blank line.
fn finding(
    file: &FileReport,
    f: &Finding,
    at: &Locator,
    p: Paint,
    out: &mut dyn Write,
) -> io::Result<()> {
    let sev = severity_style(f.severity);
    let (line, column) = at.line_col(&f.path, f.span.start);
    writeln!(
        out,
        "{}{}",
        p.paint(sev, &format!("{}[{}]", f.severity.as_str(), f.rule)),
        p.bold(&format!(": {}", super::escape::line(&f.message)))
    )?;
    let gutter = line.to_string().len();
    let pad = " ".repeat(gutter);
    writeln!(
        out,
        "{pad}{} {}:{}:{}",
        p.paint(GUTTER, "-->"),
        super::escape::line(&f.path),
        line,
        column
    )?;
    if let Some((shown, under)) = snippet(file, f, line) {
        writeln!(out, "{pad} {}", p.paint(GUTTER, "|"))?;
        writeln!(
            out,
            "{} {} {shown}",
            p.paint(GUTTER, &line.to_string()),
            p.paint(GUTTER, "|")
        )?;
        writeln!(
            out,
            "{pad} {} {}",
            p.paint(GUTTER, "|"),
            p.paint(sev, &under)
        )?;
    }
    for r in &f.related {
        let (r_line, r_column) = at.line_col(&r.path, r.span.start);
        writeln!(
            out,
            "{pad} {} {}: {}:{}:{}: {}",
            p.paint(GUTTER, "="),
            p.bold("related"),
            super::escape::line(&r.path),
            r_line,
            r_column,
            super::escape::line(&r.message)
        )?;
    }
    for n in &f.notes {
        writeln!(
            out,
            "{pad} {} {}: {}",
            p.paint(GUTTER, "="),
            p.bold("note"),
            super::escape::line(n)
        )?;
    }
    for d in &f.diff {
        let style = match d.sign {
            '-' => Style::new().fg_color(Some(Color::Ansi(AnsiColor::Red))),
            '+' => Style::new().fg_color(Some(Color::Ansi(AnsiColor::Green))),
            '@' => Style::new().fg_color(Some(Color::Ansi(AnsiColor::Cyan))),
            _ => Style::new(),
        };
        let text = if d.sign == '@' {
            d.text.clone()
        } else {
            format!("{} {}", d.sign, d.text)
        };
        let text = super::escape::line(&text);
        writeln!(out, "{pad} {}", p.paint(style, text.trim_end()))?;
    }
    writeln!(out)
}

/// The line of copy around the finding (cut to a window, tabs as spaces) and the caret
/// line under the span. `None` when the finding has no usable span (a whole-file
/// finding at 0..0 is still shown, with one caret). `line` is the line the span starts on.
fn snippet(file: &FileReport, f: &Finding, line: usize) -> Option<(String, String)> {
    let doc = &file.doc;
    if doc.path != f.path || f.span.start > doc.text.len() || line == 0 {
        return None;
    }
    let line = doc.line_span(line);
    let text = doc.text.get(line.clone())?;
    let start = f.span.start.clamp(line.start, line.end);
    let end = f.span.end.clamp(start, line.end);
    // Only the characters that can be shown are collected, so a finding on a megabyte
    // line costs what one on a short line does (issue 19).
    let reach = LINE_CHARS + CONTEXT_CHARS + SPAN_CHARS;
    let before_text = doc.text.get(line.start..start)?;
    let mut before: Vec<char> = before_text.chars().rev().take(reach).collect();
    before.reverse();
    let inside: Vec<char> = doc.text.get(start..end)?.chars().take(reach).collect();
    let after: Vec<char> = doc.text.get(end..line.end)?.chars().take(reach).collect();
    if text.trim().is_empty() && inside.is_empty() {
        return None;
    }
    let whole = before.len() + inside.len() + after.len() <= LINE_CHARS;
    let (lead, before) = if !whole && before.len() > CONTEXT_CHARS {
        let mut cut = before.len() - CONTEXT_CHARS;
        // Start at a word, not inside one.
        while cut < before.len() && !before[cut - 1].is_whitespace() {
            cut += 1;
        }
        ("…", &before[cut..])
    } else {
        ("", &before[..])
    };
    let (tail, after) = if !whole && after.len() > CONTEXT_CHARS {
        let mut cut = CONTEXT_CHARS;
        while cut > 0 && !after[cut].is_whitespace() {
            cut -= 1;
        }
        ("…", &after[..cut])
    } else {
        ("", &after[..])
    };
    let clean = |cs: &[char]| -> String {
        cs.iter()
            // bidi controls as a visible mark of one column, so the carets still align
            .map(|&c| match c {
                c if c.is_control() => ' ',
                c if super::escape::is_bidi(c) => '\u{fffd}',
                c => c,
            })
            .collect()
    };
    // A long span (a duplicated passage) is shown by its start only.
    let (inside, after, tail) = if !whole && inside.len() > SPAN_CHARS {
        let mut cut = SPAN_CHARS;
        while cut > 0 && !inside[cut].is_whitespace() {
            cut -= 1;
        }
        (&inside[..cut.max(1)], &after[..0], "…")
    } else {
        (&inside[..], after, tail)
    };
    let shown = format!(
        "{lead}{}{}{}{tail}",
        clean(before),
        clean(inside),
        clean(after)
    );
    let indent = lead.chars().count() + before.len();
    let carets = inside.len().max(1);
    let mut under = format!("{}{}", " ".repeat(indent), "^".repeat(carets));
    // A passage over several lines: say where it ends.
    let rest = doc
        .text
        .get(line.end..f.span.end.min(doc.text.len()))
        .unwrap_or("");
    if !rest.trim().is_empty() {
        let last = rest.trim_end();
        let (end_line, _) = doc.line_col(line.end + last.len());
        under.push_str(&format!(" to line {end_line}"));
    }
    Some((shown.trim_end().to_string(), under))
}

/// `1 file, 3 claims (1 supported, 1 contradicted, 1 unsourced, 0 ambiguous, 0
/// unverifiable), 2 findings (1 error, 1 warning, 0 info), 0 suppressed`: every verdict
/// is counted, zero or not, so "0 findings" cannot hide "0 figures checked".
pub fn summary_line(s: &Summary) -> String {
    let verdicts: Vec<String> = crate::link::Verdict::ALL
        .iter()
        .map(|v| {
            format!(
                "{} {}",
                s.verdicts.get(v.as_str()).copied().unwrap_or(0),
                v.as_str()
            )
        })
        .collect();
    format!(
        "{}, {} ({}), {}, {} suppressed",
        plural(s.files, "file"),
        plural(s.claims, "claim"),
        verdicts.join(", "),
        findings_count(s),
        s.suppressed
    )
}

/// `2 files, 1 finding (0 errors, 1 warning, 0 info), 0 suppressed`: the summary of
/// `dupes`, which counts files and findings but reads no figures.
pub fn dupes_summary_line(s: &Summary) -> String {
    format!(
        "{}, {}, {} suppressed",
        plural(s.files, "file"),
        findings_count(s),
        s.suppressed
    )
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

const GUTTER: Style = Style::new()
    .bold()
    .fg_color(Some(Color::Ansi(AnsiColor::Blue)));

fn severity_style(s: Severity) -> Style {
    let c = match s {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Cyan,
    };
    Style::new().bold().fg_color(Some(Color::Ansi(c)))
}

/// ANSI styling that is a no-op when colour is off.
#[derive(Clone, Copy)]
struct Paint {
    on: bool,
}

impl Paint {
    fn paint(self, style: Style, text: &str) -> String {
        if self.on && !text.is_empty() {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    fn bold(self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }
}

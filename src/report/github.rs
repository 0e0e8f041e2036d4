//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per
//! finding, shown on the pull request's diff.
//!
//! GitHub shows only [`ANNOTATION_LIMIT`] annotations of each kind per step and drops the
//! rest silently. So the first ten of each kind are annotated; when there are more, the
//! full list is appended to the step summary (`$GITHUB_STEP_SUMMARY`, passed in by main)
//! as a Markdown table, or, without one, printed as plain log lines, and a line says how
//! many were not annotated. Nothing is lost either way.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use super::{Locator, Report};
use crate::finding::{Finding, Severity};

/// Annotations GitHub shows per kind (error, warning, notice) per step.
pub const ANNOTATION_LIMIT: usize = 10;

/// Writes the annotations, the overflow and the summary line.
pub fn render(report: &Report, step_summary: Option<&Path>, out: &mut dyn Write) -> io::Result<()> {
    let mut shown = [0usize; 3];
    let mut left_out: Vec<&Finding> = Vec::new();
    let at = report.locator();
    for f in report.findings() {
        let n = &mut shown[f.severity as usize];
        if *n < ANNOTATION_LIMIT {
            *n += 1;
            writeln!(out, "{}", annotation(f, &at))?;
        } else {
            left_out.push(f);
        }
    }
    if !left_out.is_empty() {
        let n = left_out.len();
        let written = match step_summary {
            Some(path) => append_summary(path, report, &at).is_ok(),
            None => false,
        };
        if written {
            writeln!(
                out,
                "claimcheck: {n} finding{} not annotated (GitHub shows {ANNOTATION_LIMIT} of each kind per step); the step summary lists every finding",
                if n == 1 { " was" } else { "s were" },
            )?;
        } else {
            writeln!(
                out,
                "claimcheck: {n} finding{} not annotated (GitHub shows {ANNOTATION_LIMIT} of each kind per step):",
                if n == 1 { " was" } else { "s were" },
            )?;
            for f in left_out {
                let (line, column) = at.line_col(&f.path, f.span.start);
                writeln!(
                    out,
                    "{}:{}:{}: {}[{}] {}",
                    super::escape::line(&f.path),
                    line,
                    column,
                    f.severity.as_str(),
                    f.rule,
                    super::escape::line(&f.message.replace(['\r', '\n'], " "))
                )?;
            }
        }
    }
    for e in &report.errors {
        writeln!(out, "::error title=claimcheck::{}", escape_data(e))?;
    }
    writeln!(out, "{}", super::human::summary_line(&report.summary()))
}

/// The workflow command for one finding; its message carries the notes and the
/// copy/record lines, one per line. `at` gives spans their lines and columns.
pub fn annotation(f: &Finding, at: &Locator) -> String {
    let kind = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut msg = f.message.clone();
    for n in &f.notes {
        msg.push_str("\nnote: ");
        msg.push_str(n);
    }
    for d in &f.diff {
        msg.push('\n');
        if d.sign != '@' {
            msg.push(d.sign);
            msg.push(' ');
        }
        msg.push_str(&d.text);
    }
    for r in &f.related {
        let (line, column) = at.line_col(&r.path, r.span.start);
        let _ = write!(msg, "\nsee {}:{line}:{column}: {}", r.path, r.message);
    }
    let p = at.finding(f);
    format!(
        "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        escape_property(&f.path),
        p.line,
        p.column,
        p.end_line,
        p.end_column,
        escape_property(f.rule.as_str()),
        escape_data(&msg)
    )
}

/// A command's message: `%`, CR and LF encoded, as the runner decodes them.
pub fn escape_data(s: &str) -> String {
    // (ESC sequences and bidi controls too: the log viewer obeys them)
    super::escape::github_data(s)
}

/// A command's property value: as [`escape_data`], plus `:` and `,`, which would end it.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Appends every finding to the step summary as a Markdown table: errors first, then
/// warnings, then info (each in path order), so errors are never buried under notes.
fn append_summary(path: &Path, report: &Report, at: &Locator) -> io::Result<()> {
    let mut md = String::from("## claimcheck\n\n");
    let _ = writeln!(md, "{}\n", super::human::summary_line(&report.summary()));
    md.push_str("| severity | rule | location | message |\n|---|---|---|---|\n");
    let mut findings: Vec<&Finding> = report.findings().collect();
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    for f in findings {
        let (line, column) = at.line_col(&f.path, f.span.start);
        let _ = writeln!(
            md,
            "| {} | `{}` | {}:{}:{} | {} |",
            f.severity.as_str(),
            f.rule,
            cell(&f.path),
            line,
            column,
            cell(&f.message)
        );
    }
    md.push('\n');
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(md.as_bytes())
}

/// Text safe inside a Markdown table cell: no line breaks, pipes escaped, HTML escaped
/// (GitHub renders the summary as HTML).
fn cell(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_escape_separators_and_data_keeps_them() {
        assert_eq!(escape_property("a:b,c%d\ne"), "a%3Ab%2Cc%25d%0Ae");
        assert_eq!(escape_data("a:b,c%d\r\ne"), "a:b,c%25d%0D%0Ae");
    }

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(cell("a|b\n<i>"), "a\\|b &lt;i&gt;");
    }
}

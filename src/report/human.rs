//! The human report: rustc-like diagnostics, diff lines, a summary.

use std::io::{self, Write};

use super::Report;

/// Writes every finding and the summary line.
pub fn render(report: &Report, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let _ = color;
    for f in report.findings() {
        writeln!(out, "{}[{}]: {}", f.severity.as_str(), f.rule, f.message)?;
        writeln!(out, "  --> {}:{}:{}", f.path, f.line, f.column)?;
        for n in &f.notes {
            writeln!(out, "   = note: {n}")?;
        }
        for d in &f.diff {
            writeln!(out, "   {} {}", d.sign, d.text)?;
        }
        writeln!(out)?;
    }
    let s = report.summary();
    let verdicts: Vec<String> = s.verdicts.iter().map(|(k, v)| format!("{v} {k}")).collect();
    writeln!(
        out,
        "{} files, {} claims ({}), {} findings ({} errors, {} warnings, {} info), {} suppressed",
        s.files,
        s.claims,
        verdicts.join(", "),
        s.findings,
        s.severities.get("error").copied().unwrap_or(0),
        s.severities.get("warning").copied().unwrap_or(0),
        s.severities.get("info").copied().unwrap_or(0),
        s.suppressed
    )
}

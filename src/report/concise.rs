//! `--format concise`: one line per finding, `path:line:col: severity[rule] message`, as
//! ruff's and Vale's one-line formats are, for editors' quickfix lists, `grep` and CI logs
//! that want to be short. Within a file errors come first, then warnings, then info, each
//! in the order of the copy; the summary line follows unless `--quiet`.

use std::io::{self, Write};

use super::{Command, Report};
use crate::finding::Finding;

/// Writes one line per finding and, unless `quiet`, the summary line.
pub fn render(report: &Report, quiet: bool, out: &mut dyn Write) -> io::Result<()> {
    let at = report.locator();
    for file in &report.files {
        let mut findings: Vec<&Finding> = file.findings.iter().collect();
        // stable: the copy's order is kept within each severity
        findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
        for f in findings {
            let p = at.finding(f);
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                one_line(&f.path),
                p.line,
                p.column,
                f.severity.as_str(),
                f.rule,
                one_line(&f.message)
            )?;
        }
    }
    if !quiet {
        let s = report.summary();
        let line = match report.command {
            Command::Check => super::human::summary_line(&s),
            Command::Dupes => super::human::dupes_summary_line(&s),
            Command::Verify => super::human::verify_summary_line(
                &s,
                report.records_read.saturating_sub(report.sources_read),
                report.sources_read,
            ),
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `text` kept to one line: control characters (a newline in a file name, an escape
/// sequence) are written as `\u{…}` escapes, so one finding is always one line and
/// nothing reaches the terminal as a command.
fn one_line(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            s.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            s.push(c);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(one_line("a\nb\u{1b}[31m"), "a\\u{a}b\\u{1b}[31m");
        assert_eq!(one_line("plain £4m"), "plain £4m");
    }
}

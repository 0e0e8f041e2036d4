//! `extract` output: one line per figure (`text`), SPEC's JSON document, or YAML.

use std::io::{self, Write};

use serde::Serialize;

use crate::extract::Claim;

/// The formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractFormat {
    /// one readable line per figure: path:line:col  kind  value  "text"
    Text,
    /// `{"version": 1, "files": [{"path", "sha256", "claims": [...]}]}`
    Json,
    /// the same document as YAML
    Yaml,
}

/// One file's figures.
#[derive(Debug, Serialize)]
pub struct ExtractedFile {
    pub path: String,
    pub sha256: String,
    pub claims: Vec<Claim>,
}

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    files: &'a [ExtractedFile],
}

/// Writes the figures of `files` in `format`.
pub fn render(
    format: ExtractFormat,
    files: &[ExtractedFile],
    out: &mut dyn Write,
) -> io::Result<()> {
    let doc = Doc { version: 1, files };
    match format {
        ExtractFormat::Json => write_json(files, out),
        ExtractFormat::Yaml => {
            let text = crate::records::yaml::to_string(&doc).map_err(io::Error::other)?;
            out.write_all(text.as_bytes())
        }
        ExtractFormat::Text => {
            for f in files {
                for c in &f.claims {
                    writeln!(out, "{}", text_line(&f.path, c))?;
                }
            }
            Ok(())
        }
    }
}

/// How much JSON is gathered in memory before it is handed to `out`.
const FLUSH_AT: usize = 1 << 16;

/// SPEC's JSON document with the frame indented and each claim on one compact line: a
/// large file's figures are serialised into a local buffer at memory speed (pretty
/// printing made a dozen tiny writes per claim and half again the bytes), and the output
/// still reads, greps and diffs a figure per line.
fn write_json(files: &[ExtractedFile], out: &mut dyn Write) -> io::Result<()> {
    let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + (FLUSH_AT >> 2));
    buf.extend_from_slice(b"{\n  \"version\": 1,\n  \"files\": [");
    for (fi, f) in files.iter().enumerate() {
        if fi > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"\n    {\n      \"path\": ");
        json_into(&mut buf, &f.path)?;
        buf.extend_from_slice(b",\n      \"sha256\": ");
        json_into(&mut buf, &f.sha256)?;
        buf.extend_from_slice(b",\n      \"claims\": [");
        for (ci, c) in f.claims.iter().enumerate() {
            if ci > 0 {
                buf.push(b',');
            }
            buf.extend_from_slice(b"\n        ");
            json_into(&mut buf, c)?;
            if buf.len() >= FLUSH_AT {
                out.write_all(&buf)?;
                buf.clear();
            }
        }
        if !f.claims.is_empty() {
            buf.extend_from_slice(b"\n      ");
        }
        buf.extend_from_slice(b"]\n    }");
    }
    if !files.is_empty() {
        buf.extend_from_slice(b"\n  ");
    }
    buf.extend_from_slice(b"]\n}\n");
    out.write_all(&buf)
}

/// `value` as compact JSON appended to `buf`.
fn json_into<T: Serialize + ?Sized>(buf: &mut Vec<u8>, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *buf, value).map_err(io::Error::other)
}

/// `path:line:col  kind  value  qualifier  unit  "text"`.
pub fn text_line(path: &str, c: &Claim) -> String {
    let value = match (c.value, c.low, c.high) {
        (Some(v), _, _) => crate::num::format(v, 4),
        (None, Some(l), Some(h)) => {
            format!("{}–{}", crate::num::format(l, 4), crate::num::format(h, 4))
        }
        _ => "?".to_string(),
    };
    let mut line = format!(
        "{}:{}:{}\t{}\t{}",
        path,
        c.line,
        c.column,
        c.kind.as_str(),
        value
    );
    if let Some(cur) = &c.currency {
        line.push(' ');
        line.push_str(cur);
    }
    line.push('\t');
    line.push_str(c.qualifier.as_str());
    line.push('\t');
    line.push_str(c.unit.as_deref().unwrap_or("-"));
    line.push_str("\t\"");
    line.push_str(&c.text.replace('\n', " "));
    line.push('"');
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    fn file(path: &str, text: &str) -> ExtractedFile {
        let doc = Document::from_text(path, text, Format::Text);
        ExtractedFile {
            path: doc.path.clone(),
            sha256: doc.sha256.clone(),
            claims: crate::extract::extract(&doc),
        }
    }

    fn json(files: &[ExtractedFile]) -> String {
        let mut out = Vec::new();
        render(ExtractFormat::Json, files, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The hand-framed document is the same JSON value serde would write, for no file, a
    /// file without figures and files with several.
    #[test]
    fn json_is_the_serde_document() {
        let cases = [
            vec![],
            vec![file("empty.txt", "No figures here.\n")],
            vec![
                file("a.txt", "Some 1,200 \"quoted\" vans cost $45m.\nThen 3.\n"),
                file("b.txt", ""),
                file("c.txt", "Between 30 and 40 staff left in 2024.\n"),
            ],
        ];
        for files in cases {
            let got: serde_json::Value = serde_json::from_str(&json(&files)).unwrap();
            let want = serde_json::to_value(Doc {
                version: 1,
                files: &files,
            })
            .unwrap();
            assert_eq!(got, want);
        }
    }

    /// One claim a line, the frame indented.
    #[test]
    fn json_puts_each_claim_on_its_own_line() {
        let text = json(&[file("a.txt", "Up to 30 vans and 12 per cent.\n")]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 11, "{text}");
        assert_eq!(lines[6], "      \"claims\": [");
        assert!(lines[7].starts_with("        {\"text\":\"Up to 30\","));
        assert!(lines[7].ends_with("\"sentence\":\"Up to 30 vans and 12 per cent.\"},"));
        assert!(lines[8].starts_with("        {\"text\":\"12 per cent\","));
        assert!(lines[8].ends_with('}'));
        assert_eq!(&lines[9..], ["      ]", "    }", "  ]", "}"]);
    }
}

//! `extract` output: one line per figure (`text`), the JSON document of docs/json.md, or YAML.

use std::io::{self, Write};

use serde::Serialize;

use crate::document::Document;
use crate::extract::{parts, Claim};

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

/// Finds and writes the figures of `docs` in `format`, part by part as they are found
/// (see [`crate::extract::parts`]): JSON and text never hold more than a few parts'
/// figures, so a 20 MB file costs little more memory than its text. YAML is written whole.
pub fn write(format: ExtractFormat, docs: &[Document], out: &mut dyn Write) -> io::Result<()> {
    match format {
        ExtractFormat::Json => write_json_streamed(docs, out),
        ExtractFormat::Text => parts::in_order(
            docs,
            |doc, claims| {
                let mut lines = String::new();
                for c in &claims {
                    lines.push_str(&text_line(&doc.path, c));
                    lines.push('\n');
                }
                lines
            },
            |_, lines| out.write_all(lines.as_bytes()),
        ),
        ExtractFormat::Yaml => write_yaml_streamed(docs, out),
    }
}

/// The YAML document `render` writes, byte for byte, made a part at a time: each claim is
/// serialised on its own and indented to its place in the `claims` list.
fn write_yaml_streamed(docs: &[Document], out: &mut dyn Write) -> io::Result<()> {
    if docs.is_empty() {
        return out.write_all(b"version: 1\nfiles: []\n");
    }
    out.write_all(b"version: 1\nfiles:\n")?;
    let mut any = false;
    parts::in_order(
        docs,
        |_, claims| -> io::Result<String> {
            let mut buf = String::new();
            for c in &claims {
                let yaml = crate::records::yaml::to_string(c).map_err(io::Error::other)?;
                for (n, line) in yaml.lines().enumerate() {
                    buf.push_str(if n == 0 { "  - " } else { "    " });
                    buf.push_str(line);
                    buf.push('\n');
                }
            }
            Ok(buf)
        },
        |part, claims| {
            let claims = claims?;
            let doc = &docs[part.doc];
            if part.first {
                let path = yaml_scalar(&doc.path)?;
                let sha = yaml_scalar(&doc.sha256)?;
                write!(out, "- path: {path}\n  sha256: {sha}\n  claims:")?;
                any = false;
            }
            if !claims.is_empty() {
                if !any {
                    out.write_all(b"\n")?;
                }
                out.write_all(claims.as_bytes())?;
                any = true;
            }
            if part.last && !any {
                out.write_all(b" []\n")?;
            }
            Ok::<(), io::Error>(())
        },
    )
}

/// A string as serde's YAML writes it in a mapping value (quoted where YAML needs it).
fn yaml_scalar(s: &str) -> io::Result<String> {
    let yaml = crate::records::yaml::to_string(&s).map_err(io::Error::other)?;
    Ok(yaml.trim_end_matches('\n').to_string())
}

/// [`write_json`]'s document, byte for byte, made a part at a time: each part's claims
/// are serialised on the thread that found them, and only the frame is written here.
fn write_json_streamed(docs: &[Document], out: &mut dyn Write) -> io::Result<()> {
    let mut frame: Vec<u8> = b"{\n  \"version\": 1,\n  \"files\": [".to_vec();
    // Whether the current file has had a claim, which decides the comma before the next.
    let mut any = false;
    // Each part's buffer goes back here once written and is taken again by the next part
    // made: a buffer freed whole is handed back to the system, and a fresh one costs a
    // page fault for every 4 KB it fills (clearing fresh pages was a sixth of the CPU of
    // `extract --format json` on 20 MB of news; this saves a quarter of its faults).
    let spare: std::sync::Mutex<Vec<Vec<u8>>> = std::sync::Mutex::new(Vec::new());
    let reuse = || {
        spare
            .lock()
            .ok()
            .and_then(|mut s| s.pop())
            .unwrap_or_default()
    };
    let give_back = |mut buf: Vec<u8>| {
        buf.clear();
        if let Ok(mut s) = spare.lock() {
            s.push(buf);
        }
    };
    parts::in_order(
        docs,
        |_, claims| -> io::Result<Vec<u8>> {
            let mut buf = reuse();
            buf.reserve(claims.len() * 320);
            for c in &claims {
                buf.extend_from_slice(b",\n        ");
                claim_json(&mut buf, c)?;
            }
            Ok(buf)
        },
        |part, claims| {
            let claims = claims?;
            let doc = &docs[part.doc];
            if part.first {
                if part.doc > 0 {
                    frame.push(b',');
                }
                frame.extend_from_slice(b"\n    {\n      \"path\": ");
                json_into(&mut frame, &doc.path)?;
                frame.extend_from_slice(b",\n      \"sha256\": ");
                json_into(&mut frame, &doc.sha256)?;
                frame.extend_from_slice(b",\n      \"claims\": [");
                any = false;
            }
            if !claims.is_empty() {
                // The first claim of a file has no comma before it.
                let body = if any { &claims[..] } else { &claims[1..] };
                out.write_all(&frame)?;
                frame.clear();
                out.write_all(body)?;
                any = true;
            }
            give_back(claims);
            if part.last {
                if any {
                    frame.extend_from_slice(b"\n      ");
                }
                frame.extend_from_slice(b"]\n    }");
            }
            if frame.len() >= FLUSH_AT {
                out.write_all(&frame)?;
                frame.clear();
            }
            Ok::<(), io::Error>(())
        },
    )?;
    if !docs.is_empty() {
        frame.extend_from_slice(b"\n  ");
    }
    frame.extend_from_slice(b"]\n}\n");
    out.write_all(&frame)
}

/// How much JSON is gathered in memory before it is handed to `out`.
const FLUSH_AT: usize = 1 << 16;

/// The JSON document with the frame indented and each claim on one compact line: a
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
            claim_json(&mut buf, c)?;
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

/// `c` as compact JSON appended to `buf`, byte for byte what serde would write (a test
/// holds it to that) but with strings that need no escape copied whole: escaping byte by
/// byte was the largest single cost of writing a big document.
fn claim_json(buf: &mut Vec<u8>, c: &Claim) -> io::Result<()> {
    buf.extend_from_slice(b"{\"text\":");
    str_json(buf, &c.text)?;
    buf.extend_from_slice(b",\"start\":");
    json_into(buf, &c.start)?;
    buf.extend_from_slice(b",\"end\":");
    json_into(buf, &c.end)?;
    buf.extend_from_slice(b",\"line\":");
    json_into(buf, &c.line)?;
    buf.extend_from_slice(b",\"column\":");
    json_into(buf, &c.column)?;
    buf.extend_from_slice(b",\"kind\":\"");
    buf.extend_from_slice(c.kind.as_str().as_bytes());
    buf.extend_from_slice(b"\",\"value\":");
    num_json(buf, c.value)?;
    buf.extend_from_slice(b",\"low\":");
    num_json(buf, c.low)?;
    buf.extend_from_slice(b",\"high\":");
    num_json(buf, c.high)?;
    buf.extend_from_slice(b",\"qualifier\":\"");
    buf.extend_from_slice(c.qualifier.as_str().as_bytes());
    buf.extend_from_slice(b"\",\"unit\":");
    opt_str_json(buf, c.unit.as_deref())?;
    buf.extend_from_slice(b",\"describes\":");
    opt_str_json(buf, c.describes.as_deref())?;
    buf.extend_from_slice(b",\"currency\":");
    opt_str_json(buf, c.currency.as_deref())?;
    buf.extend_from_slice(b",\"sentence\":");
    str_json(buf, &c.sentence)?;
    buf.push(b'}');
    Ok(())
}

/// A JSON string: copied between quotes when nothing in it needs escaping (a check the
/// compiler vectorises), else escaped by serde.
fn str_json(buf: &mut Vec<u8>, s: &str) -> io::Result<()> {
    let needs_escape = s.bytes().fold(false, |acc, b| {
        acc | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if needs_escape {
        return json_into(buf, s);
    }
    buf.reserve(s.len() + 2);
    buf.push(b'"');
    buf.extend_from_slice(s.as_bytes());
    buf.push(b'"');
    Ok(())
}

fn opt_str_json(buf: &mut Vec<u8>, s: Option<&str>) -> io::Result<()> {
    match s {
        Some(s) => str_json(buf, s),
        None => {
            buf.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// A figure as [`crate::num::serialize_opt`] writes it (117000, not 117000.0).
fn num_json(buf: &mut Vec<u8>, v: Option<f64>) -> io::Result<()> {
    crate::num::serialize_opt(&v, &mut serde_json::Serializer::new(&mut *buf))
        .map_err(io::Error::other)
}

/// `value` as compact JSON appended to `buf`.
fn json_into<T: Serialize + ?Sized>(buf: &mut Vec<u8>, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *buf, value).map_err(io::Error::other)
}

/// `path:line:col  kind  value  qualifier  unit  "text"`.
pub fn text_line(path: &str, c: &Claim) -> String {
    // A year reads as one ("2024"), not as a count ("2,024").
    let show = |v: f64| match c.kind {
        crate::extract::Kind::Year => v.to_string(),
        _ => crate::num::format(v, 4),
    };
    let value = match (c.value, c.low, c.high) {
        (Some(v), _, _) => show(v),
        (None, Some(l), Some(h)) => format!("{}–{}", show(l), show(h)),
        _ => "?".to_string(),
    };
    let mut line = format!(
        "{}:{}:{}\t{}\t{}",
        super::escape::line(path),
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
    line.push_str(&super::escape::line(c.unit.as_deref().unwrap_or("-")));
    line.push_str("\t\"");
    line.push_str(&super::escape::line(&c.text.replace('\n', " ")));
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

    /// Written part by part, each format gives exactly what rendering the extracted
    /// documents whole gives, for no file, empty files, several, and one large enough to
    /// be cut into parts.
    #[test]
    fn written_as_found_is_rendered_whole() {
        let sample = include_str!("../../articles/deportation-target.txt");
        let cases = [
            vec![],
            vec![Document::from_text("empty.txt", "", Format::Text)],
            vec![
                Document::from_text("a.txt", "No figures.\n", Format::Text),
                Document::from_text("b.md", "Some 1,200 \"vans\" cost $45m.\n", Format::Markdown),
                Document::from_text("c.txt", "", Format::Text),
            ],
            vec![
                Document::from_text("big.txt", sample.repeat(1500), Format::Text),
                Document::from_text("d.txt", "Then 3.", Format::Text),
            ],
            vec![
                Document::from_text(
                    "notes: 'a' #1.md",
                    "Some 1.4\nmillion left; about: 5% said \"no\".\n\nA £3bn # plan.\n",
                    Format::Markdown,
                ),
                Document::from_text("yes", "", Format::Text),
            ],
        ];
        for docs in cases {
            let files: Vec<ExtractedFile> = docs
                .iter()
                .map(|d| ExtractedFile {
                    path: d.path.clone(),
                    sha256: d.sha256.clone(),
                    claims: crate::extract::extract(d),
                })
                .collect();
            for format in [
                ExtractFormat::Json,
                ExtractFormat::Text,
                ExtractFormat::Yaml,
            ] {
                let (mut whole, mut streamed) = (Vec::new(), Vec::new());
                render(format, &files, &mut whole).unwrap();
                write(format, &docs, &mut streamed).unwrap();
                assert!(whole == streamed, "{format:?} of {} files", docs.len());
            }
        }
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

    /// Each claim's line is exactly serde's compact JSON for it, escapes included.
    #[test]
    fn claim_lines_are_byte_for_byte_serde() {
        let f = file(
            "a.txt",
            "He said \"about 1,200\" left.\tTabs, a back\\slash and £3.2bn.\n\
             Nearly 40 per cent; up to $45m; 1.5 million; between 30 and 40 staff; 2024.\n\
             A third of 0.25 and -3 and 1e3 and 12.345 and 9,007,199,254,740,993 vans.\n",
        );
        assert!(f.claims.len() > 8, "{:?}", f.claims);
        for c in &f.claims {
            let mut got = Vec::new();
            claim_json(&mut got, c).unwrap();
            let want = serde_json::to_string(c).unwrap();
            assert_eq!(String::from_utf8(got).unwrap(), want);
        }
    }

    /// One claim a line, the frame indented.
    #[test]
    fn json_puts_each_claim_on_its_own_line() {
        let text = json(&[file("a.txt", "Up to 30 vans and 12 per cent.\n")]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 13, "{text}");
        assert_eq!(lines[6], "      \"claims\": [");
        assert!(lines[7].starts_with("        {\"text\":\"Up to 30\","));
        assert!(lines[7].ends_with("\"sentence\":\"Up to 30 vans and 12 per cent.\"},"));
        assert!(lines[8].starts_with("        {\"text\":\"12 per cent\","));
        assert!(lines[8].ends_with('}'));
        assert_eq!(&lines[9..], ["      ]", "    }", "  ]", "}"]);
    }
}

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
        ExtractFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
            writeln!(out)
        }
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

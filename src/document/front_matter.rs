//! Front matter (YAML between `---` lines, or TOML between `+++`): the fields a CMS uses
//! for copy a reader sees (`title`, `headline`, `description`, …) are units of copy; the
//! rest (dates, slugs, tags) is not.
//!
//! Only the fields named here are read, each a scalar on one line or a block scalar
//! (`>`/`|`) on the indented lines after it: a small reader, since every value must keep
//! its span in the file and a YAML parser gives values, not spans. Character references
//! in a value are decoded, as the page that shows it would.

use std::ops::Range;

use super::entity;
use super::view::{BlockKind, Builder};

/// Fields that hold the headline.
const TITLE_KEYS: &[&str] = &["title", "headline"];
/// Other fields that hold copy.
const COPY_KEYS: &[&str] = &[
    "description",
    "subtitle",
    "summary",
    "standfirst",
    "dek",
    "excerpt",
];

/// Adds the copy fields of the front matter held in `range` of the builder's source.
pub fn read(b: &mut Builder<'_>, range: Range<usize>) {
    let source = b.source();
    let Some(block) = source.get(range.clone()) else {
        return;
    };
    let lines: Vec<(usize, &str)> = line_spans(block)
        .map(|(at, l)| (range.start + at, l))
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let (at, line) = lines[i];
        i += 1;
        let Some((key, value_at)) = key_of(line) else {
            continue;
        };
        let kind = if TITLE_KEYS.contains(&key.as_str()) {
            BlockKind::Title
        } else if COPY_KEYS.contains(&key.as_str()) {
            BlockKind::Meta
        } else {
            continue;
        };
        let value = &line[value_at..];
        let lead = value.len() - value.trim_start().len();
        let value_start = at + value_at + lead;
        let value = value.trim();
        b.start(kind, None);
        if value.is_empty() || value.starts_with('>') || value.starts_with('|') {
            // a block scalar: the indented lines after the key
            while let Some(&(at, line)) = lines.get(i) {
                if !line.starts_with([' ', '\t']) && !line.trim().is_empty() {
                    break;
                }
                i += 1;
                let trimmed = line.trim();
                if trimmed.is_empty() {
                    continue;
                }
                let from = at + (line.len() - line.trim_start().len());
                // the line break before the line reads as a space
                b.push(at.saturating_sub(1)..at, " ");
                entity::push_decoded(b, from..from + trimmed.len());
            }
        } else {
            scalar(b, value_start, value);
        }
        b.end();
    }
}

/// A one-line scalar starting at file offset `at`: quoted or plain (a ` #` comment cut).
fn scalar(b: &mut Builder<'_>, at: usize, value: &str) {
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''));
    let Some(q) = quote else {
        let body = value.find(" #").map_or(value, |p| &value[..p]).trim_end();
        entity::push_decoded(b, at..at + body.len());
        return;
    };
    let inner = &value[1..];
    let close = inner.rfind(q).unwrap_or(inner.len());
    let body = &inner[..close];
    let src = at + 1..at + 1 + body.len();
    let unescaped = if q == '"' {
        body.replace("\\\"", "\"").replace("\\\\", "\\")
    } else {
        body.replace("''", "'")
    };
    if unescaped == body {
        entity::push_decoded(b, src);
    } else {
        b.push(src, &unescaped);
    }
}

/// `key:` (YAML) or `key =` (TOML) at the start of a line: the key, lower-cased, and
/// where its value starts in the line.
fn key_of(line: &str) -> Option<(String, usize)> {
    let key_len = line
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        .count();
    if key_len == 0 {
        return None;
    }
    let rest = &line[key_len..];
    let gap = rest.len() - rest.trim_start().len();
    let sep = rest.trim_start().chars().next()?;
    if !matches!(sep, ':' | '=') {
        return None;
    }
    Some((line[..key_len].to_ascii_lowercase(), key_len + gap + 1))
}

/// Lines of `s` with their offsets, without line endings.
fn line_spans(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    s.split_inclusive('\n').map(move |l| {
        let start = at;
        at += l.len();
        (start, l.trim_end_matches(['\n', '\r']))
    })
}

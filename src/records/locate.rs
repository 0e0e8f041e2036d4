//! Where a record or one of its fields stands in its YAML text.
//!
//! The parser has already accepted the file, so its shape is known: a top-level list
//! whose items start with `-` in column 1. Cross-record checks (duplicate ids, dangling
//! source ids) and file-system checks (snapshots) need a place to point at, and serde
//! keeps no spans, so they are found here by reading the validated text.

use std::ops::Range;

/// One top-level list item: its byte range and the offset of its `id` value.
#[derive(Debug, Clone)]
pub struct Item {
    pub span: Range<usize>,
    pub id_at: usize,
}

/// The top-level items of a record file, in order: lines starting with `-` at the
/// indent of the list's first item (a list may be indented as a whole).
pub fn items(text: &str) -> Vec<Item> {
    let indent = text
        .lines()
        .find(|l| {
            let t = l.trim_start_matches(' ');
            !t.is_empty() && !t.starts_with('#') && !t.starts_with("---") && !t.starts_with('%')
        })
        .map_or(0, |l| l.len() - l.trim_start_matches(' ').len());
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.get(indent..).unwrap_or("");
        let lead = line.get(..indent).unwrap_or("");
        if lead.bytes().all(|b| b == b' ')
            && body.starts_with('-')
            && !body.starts_with("---")
            && (indent == 0 || body.starts_with("- ") || body.trim_end() == "-")
        {
            starts.push(offset + indent);
        }
        offset += line.len();
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, &s) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let id_at = key_in(text, s..end, "id", 0).unwrap_or(s);
        out.push(Item {
            span: s..end,
            id_at,
        });
    }
    out
}

/// Where and why a record file cannot be read as one list of records, for what the YAML
/// parser would misplace or accept silently: a control character (a NUL byte), a
/// second document (`---` after content), or a YAML tag (`!thing`), which records
/// never use and the parser would drop without a word.
pub fn unreadable_shape(text: &str) -> Option<(usize, String)> {
    if let Some((i, c)) = text
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}'))
    {
        return Some((
            i,
            format!(
                "control character U+{:04X} is not allowed in a record file",
                c as u32
            ),
        ));
    }
    let mut content = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        let t = line.trim_end();
        if (t == "---" || t.starts_with("--- ")) && content {
            return Some((
                here,
                "a second YAML document starts here; a record file is one list of records".into(),
            ));
        }
        let body = strip_comment(line);
        if !body.trim().is_empty() && !t.starts_with("---") && !t.starts_with('%') {
            content = true;
        }
        if let Some(col) = tag_at(body) {
            return Some((
                here + col,
                "YAML tags (`!…`) are not allowed in records; write the plain value".into(),
            ));
        }
    }
    None
}

/// A line without its comment (a `#` at the start or after white space, outside quotes).
fn strip_comment(line: &str) -> &str {
    let mut quote = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if prev.is_whitespace() => return &line[..i],
            _ => {}
        }
        prev = c;
    }
    line
}

/// The column of a YAML tag on a line: a `!` outside quotes where a node starts (after
/// the indent, a `- `, a `: `, a `[`, `{` or `,`).
fn tag_at(line: &str) -> Option<usize> {
    let mut quote = None;
    let mut node_start = true;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '!') if node_start => return Some(i),
            (None, '\'' | '"') if node_start => {
                quote = Some(c);
                node_start = false;
            }
            (None, ' ' | '\t') => {}
            (None, '-' | '[' | '{' | ',') => node_start = true,
            (None, ':') => node_start = true,
            (None, _) => node_start = false,
        }
    }
    None
}

/// The offset of the value of the first `key:` in `span` at or after `from` (a key at
/// any depth, possibly after a list dash); `None` when absent.
pub fn key_in(text: &str, span: Range<usize>, key: &str, from: usize) -> Option<usize> {
    let block = text.get(span.clone())?;
    let mut offset = span.start;
    for line in block.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        if here < from {
            continue;
        }
        let trimmed = line.trim_start_matches([' ', '-']);
        if let Some(rest) = trimmed.strip_prefix(key) {
            if let Some(after) = rest.strip_prefix(':') {
                let lead = line.len() - trimmed.len() + key.len() + 1;
                let ws = after.len() - after.trim_start().len();
                return Some(here + lead + ws);
            }
        }
    }
    None
}

/// The offset of a nested `id: <value>` (a claim's citation of a source) in `span`,
/// skipping the item's own id at `own`.
pub fn nested_id(text: &str, span: Range<usize>, value: &str, own: usize) -> Option<usize> {
    let mut from = span.start;
    while let Some(at) = key_in(text, span.clone(), "id", from) {
        let rest = text.get(at..).unwrap_or("");
        let v = rest.lines().next().unwrap_or("").trim();
        let v = v.trim_matches(['"', '\'']);
        if at != own && v == value {
            return Some(at);
        }
        // Move past this line.
        from = at + rest.find('\n').unwrap_or(rest.len());
    }
    None
}

/// 1-based line and character column of `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_items_ids_and_nested_ids() {
        let text = "- id: a\n  sources:\n    - id: s1\n      quote: x\n-\n  id: \"b\"\n";
        let it = items(text);
        assert_eq!(it.len(), 2);
        assert_eq!(line_col(text, it[0].id_at), (1, 7));
        assert_eq!(line_col(text, it[1].id_at), (6, 7));
        let s1 = nested_id(text, it[0].span.clone(), "s1", it[0].id_at);
        assert_eq!(s1.map(|o| line_col(text, o)), Some((3, 11)));
        let q = key_in(text, it[0].span.clone(), "quote", 0);
        assert_eq!(q.map(|o| line_col(text, o)), Some((4, 14)));
        assert_eq!(nested_id(text, it[0].span.clone(), "a", it[0].id_at), None);
    }
}

//! HTML copy into a [`View`], read with html5gum (a WHATWG tokenizer that gives every
//! token its byte span): block elements are units, character references decoded, and
//! scripts, styles, `<pre>` and the page's head never read. Inline `<code>` is shown to a
//! reader but never read for figures.

use std::borrow::Cow;
use std::ops::Range;

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::entity;
use super::view::{BlockKind, Builder, Cell, View};

/// Elements whose content is not copy at all.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "head", "title", "pre", "textarea",
    "select", "object", "iframe", "button",
];

/// Elements that end one unit of copy and start another, with the kind of unit inside.
fn block_kind(name: &str) -> Option<BlockKind> {
    Some(match name {
        "p" => BlockKind::Paragraph,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "td" | "th" => BlockKind::Cell,
        "caption" | "figcaption" => BlockKind::Caption,
        "blockquote" => BlockKind::Quote,
        "div" | "section" | "article" | "header" | "footer" | "nav" | "aside" | "main"
        | "figure" | "ul" | "ol" | "dl" | "table" | "thead" | "tbody" | "tfoot" | "tr"
        | "address" | "details" | "summary" | "form" | "fieldset" | "legend" | "body" | "html"
        | "hgroup" | "option" | "label" => BlockKind::Text,
        _ => return None,
    })
}

/// Where a table being read is.
struct Table {
    id: usize,
    row: Option<usize>,
    column: usize,
    in_head: bool,
}

/// The state of one pass over the tokens.
struct Reader<'b, 'a> {
    b: &'b mut Builder<'a>,
    /// An element whose content is skipped, and how deep the same name nests inside it.
    skipping: Option<(String, usize)>,
    /// How many `<code>` elements are open.
    code: usize,
    /// Open block elements: name, kind, and the cell for table cells.
    blocks: Vec<(String, BlockKind, Option<Cell>)>,
    tables: Vec<Table>,
    tables_seen: usize,
}

/// Reads `text` (a whole page or a fragment) into its units of copy.
pub fn read(text: &str) -> View {
    let mut b = Builder::new(text);
    read_range(text, 0..text.len(), &mut b);
    b.finish()
}

/// Reads the HTML in `range` of the builder's source into `b` (for HTML blocks inside
/// Markdown).
pub fn read_range(text: &str, range: Range<usize>, b: &mut Builder<'_>) {
    let mut r = Reader {
        b,
        skipping: None,
        code: 0,
        blocks: Vec::new(),
        tables: Vec::new(),
        tables_seen: 0,
    };
    let Some(part) = text.get(range.clone()) else {
        return;
    };
    let part = without_lone_brackets(part);
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(&*part, emitter).flatten() {
        match token {
            Token::StartTag(t) => {
                let name = String::from_utf8_lossy(&t.name).to_ascii_lowercase();
                let colspan = t
                    .attributes
                    .get(b"colspan".as_slice())
                    .and_then(|v| std::str::from_utf8(&v.value).ok()?.trim().parse().ok())
                    .unwrap_or(1usize);
                r.start_tag(&name, t.self_closing, colspan);
            }
            Token::EndTag(t) => {
                let name = String::from_utf8_lossy(&t.name).to_ascii_lowercase();
                r.end_tag(&name);
            }
            Token::String(s) => {
                let span = range.start + s.span.start..range.start + s.span.end;
                r.text(span);
            }
            _ => {}
        }
    }
    r.b.end();
}

/// `part` with every `<` that no `>` closes before the paragraph ends (a blank line)
/// made a space, same length. A browser would read "a<b held, 4 of them" as a tag
/// swallowing copy up to the next `>`, possibly paragraphs later; in copy it is a slip,
/// and hiding the figures after it would be a silent miss. (The text itself is read from
/// the file, so the `<` still shows.)
fn without_lone_brackets(part: &str) -> Cow<'_, str> {
    let bytes = part.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    // Both searched forward only, their answers kept while still ahead: one pass in all.
    let mut close: Option<Option<usize>> = None;
    let mut blank: Option<Option<usize>> = None;
    for at in memchr::memchr_iter(b'<', bytes) {
        if bytes[at..].starts_with(b"<!--") {
            continue;
        }
        if close.is_none_or(|c| c.is_some_and(|c| c < at)) {
            close = Some(memchr::memchr(b'>', &bytes[at..]).map(|p| at + p));
        }
        if blank.is_none_or(|b| b.is_some_and(|b| b < at)) {
            blank = Some(blank_line(bytes, at));
        }
        let (Some(c), Some(b)) = (close, blank) else {
            continue;
        };
        let lone = match (c, b) {
            (None, _) => true,
            (Some(c), Some(b)) => b < c,
            (Some(_), None) => false,
        };
        if lone {
            out.get_or_insert_with(|| bytes.to_vec())[at] = b' ';
        }
    }
    match out.map(String::from_utf8) {
        Some(Ok(s)) => Cow::Owned(s),
        _ => Cow::Borrowed(part),
    }
}

/// The first line break at or after `from` that a blank line follows.
fn blank_line(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr_iter(b'\n', &bytes[from..])
        .map(|p| from + p)
        .find(|&k| {
            let rest = &bytes[k + 1..];
            let ws = rest
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t' | b'\r'))
                .count();
            rest.get(ws).is_none_or(|&b| b == b'\n')
        })
}

impl Reader<'_, '_> {
    fn start_tag(&mut self, name: &str, self_closing: bool, colspan: usize) {
        // A page's body ends its head, closed or not (as browsers read it).
        if name == "body" && self.skipping.as_ref().is_some_and(|(s, _)| s == "head") {
            self.skipping = None;
        }
        if let Some((skipped, depth)) = &mut self.skipping {
            if skipped == name && !self_closing {
                *depth += 1;
            }
            return;
        }
        if SKIPPED.contains(&name) {
            if !self_closing {
                self.skipping = Some((name.to_string(), 0));
            }
            return;
        }
        match name {
            "code" | "kbd" | "samp" if !self_closing => self.code += 1,
            "br" => self.restart(),
            "hr" => self.b.end(),
            "table" => {
                self.tables.push(Table {
                    id: self.tables_seen,
                    row: None,
                    column: 0,
                    in_head: false,
                });
                self.tables_seen += 1;
            }
            "thead" => self.with_table(|t| t.in_head = true),
            "tbody" | "tfoot" => self.with_table(|t| t.in_head = false),
            "tr" => self.with_table(|t| {
                t.row = Some(t.row.map_or(0, |r| r + 1));
                t.column = 0;
            }),
            _ => {}
        }
        let Some(kind) = block_kind(name) else {
            return;
        };
        let cell = if kind == BlockKind::Cell {
            self.tables.last_mut().map(|t| {
                let row = *t.row.get_or_insert(0);
                let c = Cell {
                    table: t.id,
                    row,
                    column: t.column,
                    header: name == "th" || t.in_head,
                };
                t.column += colspan.clamp(1, 1000);
                c
            })
        } else {
            None
        };
        if self_closing {
            self.b.end();
            return;
        }
        self.blocks.push((name.to_string(), kind, cell));
        self.b.start(kind, cell);
    }

    fn end_tag(&mut self, name: &str) {
        if let Some((skipped, depth)) = &mut self.skipping {
            if skipped == name {
                if *depth == 0 {
                    self.skipping = None;
                } else {
                    *depth -= 1;
                }
            }
            return;
        }
        match name {
            "code" | "kbd" | "samp" => self.code = self.code.saturating_sub(1),
            "table" => {
                self.tables.pop();
            }
            "br" => self.restart(),
            _ => {}
        }
        if block_kind(name).is_none() {
            return;
        }
        self.b.end();
        if let Some(at) = self.blocks.iter().rposition(|(n, ..)| n == name) {
            self.blocks.truncate(at);
        }
    }

    fn with_table(&mut self, f: impl FnOnce(&mut Table)) {
        if let Some(t) = self.tables.last_mut() {
            f(t);
        }
    }

    /// A line break: the text after it is a unit of its own, of the same kind.
    fn restart(&mut self) {
        let (kind, cell) = self.current();
        if self.b.open_kind().is_some() {
            self.b.start(kind, cell);
        }
    }

    fn current(&self) -> (BlockKind, Option<Cell>) {
        self.blocks
            .last()
            .map_or((BlockKind::Text, None), |(_, k, c)| (*k, *c))
    }

    fn text(&mut self, span: Range<usize>) {
        if self.skipping.is_some() {
            return;
        }
        if self.b.open_kind().is_none() {
            let (kind, cell) = self.current();
            self.b.start(kind, cell);
        }
        if self.code > 0 {
            let shown = self.b.source().get(span.clone()).unwrap_or("");
            let decoded = html_escape::decode_html_entities(shown).into_owned();
            self.b.push_code(span, &decoded);
        } else {
            // A blank line ends a unit, even in bare text: copy pasted into a page is
            // paragraphs, and no figure should be read as running into the next one.
            let bytes = self.b.source().as_bytes();
            let mut from = span.start;
            while let Some(k) = blank_line(&bytes[..span.end], from) {
                entity::push_decoded(self.b, from..k);
                self.restart();
                from = k + 1;
            }
            entity::push_decoded(self.b, from..span.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(html: &str) -> Vec<(BlockKind, String, String)> {
        let v = read(html);
        v.units()
            .iter()
            .map(|u| {
                (
                    u.kind,
                    v.unit_text(u).to_string(),
                    html[u.source.clone()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn every_block_element_is_a_unit_with_its_span() {
        let got = units("<h1>Sales fall to 7.4 million</h1>\n<p>They built 300</p>\n<p>Nothing else here.</p><ul><li>A cost 5</li><li>B &amp; C cost 6</li></ul>");
        let texts: Vec<&str> = got.iter().map(|(_, t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Sales fall to 7.4 million",
                "They built 300",
                "Nothing else here.",
                "A cost 5",
                "B & C cost 6"
            ]
        );
        assert_eq!(got[0].0, BlockKind::Heading);
        assert_eq!(got[4].2, "B &amp; C cost 6");
    }

    #[test]
    fn scripts_styles_pre_and_the_head_are_not_copy_but_inline_code_is_shown() {
        let html = "<html><head><title>5 things</title><style>p{width:3px}</style></head><body><p>Up <b>15%</b> <code>x = 9</code></p><script>var n = 42;</script><pre>10 20</pre><!-- 99 --></body></html>";
        let v = read(html);
        let texts: Vec<&str> = v.units().iter().map(|u| v.unit_text(u).trim()).collect();
        assert_eq!(texts, ["Up 15%"]);
        assert_eq!(v.shown(0..html.len()).trim(), "Up 15% x = 9");
    }

    #[test]
    fn an_unclosed_head_ends_where_the_body_starts() {
        let v = read("<html><head><meta charset=utf-8><body><p>Fares rose 5%.</p>");
        let texts: Vec<&str> = v.units().iter().map(|u| v.unit_text(u)).collect();
        assert_eq!(texts, ["Fares rose 5%."]);
    }

    #[test]
    fn table_cells_know_their_row_and_column() {
        let v = read("<table><tr><th>Region</th><th>Jobs</th></tr><tr><td>North</td><td>1,200</td></tr></table>");
        let cell = &v.units()[3];
        assert_eq!(v.unit_text(cell), "1,200");
        assert_eq!(v.headers_of(cell), ["Jobs", "North"]);
    }
}

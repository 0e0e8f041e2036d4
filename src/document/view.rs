//! The copy as a reader sees it: the text units of a Markdown or HTML file (headings,
//! paragraphs, list items, table cells, captions, quotes, front-matter titles,
//! footnotes), each decoded (entities, escapes) and mapped back, byte by byte, to the
//! file.
//!
//! Figures are read from [`View::doc`], a plain-text document holding one unit per line,
//! so that nothing of the markup can join, split or hide a figure; every span found there
//! is turned back into a span of the file with [`View::source_span`], so positions in
//! every report still point into the original bytes.

use std::ops::Range;

use super::{Document, Format};

/// What kind of element a unit of copy came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// `title:` or `headline:` in front matter: the headline.
    Title,
    /// Any other front-matter field read as copy (`description:`, `summary:`).
    Meta,
    Heading,
    Paragraph,
    ListItem,
    /// A table cell; where it stands is in [`Unit::cell`].
    Cell,
    Caption,
    Quote,
    Footnote,
    /// Text outside any block element (an HTML fragment's bare text).
    Text,
}

/// Where a table cell stands: which table, row and column, and whether it is a header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub table: usize,
    pub row: usize,
    pub column: usize,
    pub header: bool,
}

/// One block of copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub kind: BlockKind,
    /// The span of the file from the unit's first visible character to its last.
    pub source: Range<usize>,
    /// Its decoded text's span in [`View::doc`]'s text (one line, trimmed).
    pub text: Range<usize>,
    pub cell: Option<Cell>,
}

/// A stretch of the view's text and the bytes of the file it came from. When they are
/// the same bytes (copy as written, a line break read as a space) they map byte for
/// byte; otherwise the view's bytes stand for the whole source range (an entity, an
/// escape), so no offset is ever mapped into the middle of a character.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    out: Range<usize>,
    src: Range<usize>,
    same: bool,
}

impl Piece {
    fn exact(&self) -> bool {
        self.same
    }
}

/// The decoded copy of a marked-up file; see the module documentation.
#[derive(Debug, Clone)]
pub struct View {
    /// One unit per line, as plain text; what figures are read from.
    doc: Box<Document>,
    /// [`View::doc`]'s text with inline code shown: the same length and offsets (code is
    /// blanked to spaces in the text figures are read from, since it is not copy, but a
    /// reader sees it).
    shown: Option<String>,
    units: Vec<Unit>,
    pieces: Vec<Piece>,
    /// Table cells by (table, row, column): the unit's index, for headers.
    cells: std::collections::HashMap<(usize, usize, usize), usize>,
}

impl View {
    /// The plain-text document of the decoded units.
    pub fn doc(&self) -> &Document {
        &self.doc
    }

    /// The units in file order; their `source` spans never overlap.
    pub fn units(&self) -> &[Unit] {
        &self.units
    }

    /// Whether a span of [`View::doc`]'s text runs over inline code, which is blanked
    /// there: a figure read across it ("0 `x` per cent" as "0 per cent") is no figure of
    /// the copy.
    pub fn crosses_code(&self, span: Range<usize>) -> bool {
        self.shown
            .as_deref()
            .is_some_and(|shown| shown.get(span.clone()) != self.doc.text.get(span))
    }

    /// The decoded text of a unit as figures are read from it.
    pub fn unit_text(&self, unit: &Unit) -> &str {
        self.doc.text.get(unit.text.clone()).unwrap_or("")
    }

    /// The unit whose source span holds file offset `offset`.
    pub fn unit_at(&self, offset: usize) -> Option<&Unit> {
        let i = self.units.partition_point(|u| u.source.end <= offset);
        self.units.get(i).filter(|u| u.source.start <= offset)
    }

    /// The text of the header cells of a table cell: the column's header, then the row's.
    pub fn headers_of(&self, unit: &Unit) -> Vec<&str> {
        let Some(cell) = unit.cell else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let find = |row: usize, column: usize| {
            self.cells
                .get(&(cell.table, row, column))
                .and_then(|&i| self.units.get(i))
                .filter(|u| u.cell != Some(cell))
        };
        // the column's header: the first row, when it is a header row
        if let Some(h) = find(0, cell.column).filter(|h| h.cell.is_some_and(|c| c.header)) {
            out.push(self.unit_text(h));
        }
        // the row's header: its first cell, when it is a header or the cell is a figure
        if cell.column > 0 {
            if let Some(h) = find(cell.row, 0) {
                out.push(self.unit_text(h));
            }
        }
        out.retain(|t| !t.trim().is_empty());
        out
    }

    /// The file span a span of the view's text stands for: its start maps to where the
    /// first character's source begins, its end to where the last one's ends.
    pub fn source_span(&self, span: Range<usize>) -> Range<usize> {
        let start = self.source_start(span.start);
        let end = if span.end > span.start {
            self.source_end(span.end)
        } else {
            start
        };
        start..end.max(start)
    }

    fn source_start(&self, out: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.out.end <= out);
        match self.pieces.get(i) {
            Some(p) if p.out.start <= out && p.exact() => p.src.start + (out - p.out.start),
            Some(p) if p.out.start <= out => p.src.start,
            Some(p) => p.src.start, // a joining newline: the next piece's start
            None => self.pieces.last().map_or(0, |p| p.src.end),
        }
    }

    fn source_end(&self, out: usize) -> usize {
        // the piece holding the last byte of the span
        let last = out.saturating_sub(1);
        let i = self.pieces.partition_point(|p| p.out.end <= last);
        match self.pieces.get(i) {
            Some(p) if p.out.start <= last && p.exact() => p.src.start + (out - p.out.start),
            Some(p) if p.out.start <= last => p.src.end,
            _ => self.pieces[..i].last().map_or(0, |p| p.src.end),
        }
    }

    /// The view's span for a span of the file: the decoded text of whatever copy lies in
    /// it (markup in it stands for nothing).
    pub fn view_span(&self, span: Range<usize>) -> Range<usize> {
        let first = self.pieces.partition_point(|p| p.src.end <= span.start);
        let start = match self.pieces.get(first) {
            Some(p) if p.exact() && p.src.start < span.start => {
                p.out.start + (span.start - p.src.start)
            }
            Some(p) => p.out.start,
            None => self.doc.text.len(),
        };
        let after = self.pieces.partition_point(|p| p.src.start < span.end);
        let end = match after.checked_sub(1).and_then(|k| self.pieces.get(k)) {
            Some(p) if p.exact() && span.end < p.src.end => p.out.start + (span.end - p.src.start),
            Some(p) => p.out.end,
            None => 0,
        };
        start..end.max(start)
    }

    /// The copy in a span of the file as a reader sees it: decoded, inline code shown,
    /// markup gone, units on lines of their own.
    pub fn shown(&self, span: Range<usize>) -> &str {
        let v = self.view_span(span);
        self.shown
            .as_deref()
            .unwrap_or(&self.doc.text)
            .get(v)
            .unwrap_or("")
    }
}

/// Builds a [`View`] as a parser walks a file: text is added with the file span it came
/// from, and units are closed at every block boundary.
#[derive(Debug)]
pub struct Builder<'a> {
    source: &'a str,
    text: String,
    /// Spans of `text` that are inline code: shown, never read for figures.
    code: Vec<Range<usize>>,
    units: Vec<Unit>,
    pieces: Vec<Piece>,
    /// Where the open unit's text starts in `text`, and its kind.
    open: Option<(usize, BlockKind, Option<Cell>)>,
}

impl<'a> Builder<'a> {
    pub fn new(source: &'a str) -> Self {
        Builder {
            source,
            text: String::new(),
            code: Vec::new(),
            units: Vec::new(),
            pieces: Vec::new(),
            open: None,
        }
    }

    /// The file being read.
    pub fn source(&self) -> &'a str {
        self.source
    }

    /// Closes the open unit (if any) and opens one of `kind`.
    pub fn start(&mut self, kind: BlockKind, cell: Option<Cell>) {
        self.end();
        self.open = Some((self.text.len(), kind, cell));
    }

    /// Closes the open unit: kept when it holds visible text, dropped otherwise.
    pub fn end(&mut self) {
        let Some((start, kind, cell)) = self.open.take() else {
            return;
        };
        let body = &self.text[start..];
        // Kept only when something in it is read for figures: not only code, spaces or a
        // byte-order mark (so every unit is one non-blank line of the view's text). Only
        // this unit's code spans are looked at: the list is in order.
        let code = &self.code[self.code.partition_point(|c| c.end <= start)..];
        let readable = body.char_indices().any(|(i, c)| {
            let blank = c.is_whitespace() || c == '\u{feff}';
            !blank && !code.iter().any(|r| r.contains(&(start + i)))
        });
        if !readable {
            self.drop_from(start);
            return;
        }
        let lead = body.len() - body.trim_start().len();
        let trail = body.len() - body.trim_end().len();
        let text = start + lead..self.text.len() - trail;
        let src_start = self.src_start_of(text.start);
        let src_end = self.src_end_of(text.end);
        self.text.push('\n');
        self.units.push(Unit {
            kind,
            source: src_start..src_end.max(src_start),
            text,
            cell,
        });
    }

    /// Forgets everything added from `start` of the text on (a unit with nothing to read).
    fn drop_from(&mut self, start: usize) {
        self.text.truncate(start);
        // (both lists are in order of the text: cut, not filtered, so that dropping a
        // unit costs what it added)
        let pieces = self.pieces.partition_point(|p| p.out.start < start);
        self.pieces.truncate(pieces);
        let code = self.code.partition_point(|c| c.start < start);
        self.code.truncate(code);
    }

    /// The kind of the open unit, if one is open.
    pub fn open_kind(&self) -> Option<BlockKind> {
        self.open.map(|(_, k, _)| k)
    }

    /// Adds `decoded` as the reading of the file's `src` bytes (opening a bare-text unit
    /// when none is open). Line breaks in it become spaces: a unit is one line.
    pub fn push(&mut self, src: Range<usize>, decoded: &str) {
        if decoded.is_empty() {
            return;
        }
        if self.open.is_none() {
            self.open = Some((self.text.len(), BlockKind::Text, None));
        }
        let at = self.text.len();
        for c in decoded.chars() {
            self.text
                .push(if matches!(c, '\n' | '\r') { ' ' } else { c });
        }
        let same = self.source.get(src.clone()).is_some_and(|s| {
            s.len() == self.text.len() - at
                && s.bytes()
                    .zip(self.text[at..].bytes())
                    .all(|(a, b)| a == b || (matches!(a, b'\n' | b'\r') && b == b' '))
        });
        self.pieces.push(Piece {
            out: at..self.text.len(),
            src,
            same,
        });
    }

    /// Adds the file's `src` bytes as they are.
    pub fn push_verbatim(&mut self, src: Range<usize>) {
        let Some(s) = self.source.get(src.clone()) else {
            return;
        };
        self.push(src, s);
    }

    /// Adds inline code: shown to a reader, never read for figures.
    pub fn push_code(&mut self, src: Range<usize>, decoded: &str) {
        let at = self.text.len();
        self.push(src, decoded);
        if self.text.len() > at {
            self.code.push(at..self.text.len());
        }
    }

    fn src_start_of(&self, out: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.out.end <= out);
        self.pieces.get(i).map_or(0, |p| {
            if p.exact() && p.out.start <= out {
                p.src.start + (out - p.out.start)
            } else {
                p.src.start
            }
        })
    }

    fn src_end_of(&self, out: usize) -> usize {
        let last = out.saturating_sub(1);
        let i = self.pieces.partition_point(|p| p.out.end <= last);
        self.pieces.get(i).map_or(0, |p| {
            if p.exact() && p.out.start <= last {
                p.src.start + (out - p.out.start)
            } else {
                p.src.end
            }
        })
    }

    /// The finished view.
    pub fn finish(mut self) -> View {
        self.end();
        let shown = (!self.code.is_empty()).then(|| self.text.clone());
        let mut text = self.text;
        if !self.code.is_empty() {
            let mut bytes = std::mem::take(&mut text).into_bytes();
            for c in &self.code {
                for b in &mut bytes[c.clone()] {
                    *b = b' ';
                }
            }
            // Whole characters were blanked, so this stays UTF-8; if it did not, reading
            // the code as copy is the safer failure.
            text = String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        }
        let sha = String::new();
        let mut cells = std::collections::HashMap::new();
        for (i, u) in self.units.iter().enumerate() {
            if let Some(c) = u.cell {
                // (the first unit of a cell: a cell parted by a line break is several)
                cells.entry((c.table, c.row, c.column)).or_insert(i);
            }
        }
        View {
            doc: Box::new(Document::new("", text, Format::Text, sha)),
            shown,
            units: self.units,
            pieces: self.pieces,
            cells,
        }
    }
}

/// The file's text with everything that is not copy blanked to spaces (line breaks
/// kept), same length: copy as written stays where it is, and a decoded entity is written
/// at the end of its source, so "&pound;4.5m" reads "     £4.5m".
pub fn prose(source: &str, view: &View) -> String {
    let mut out: Vec<u8> = source
        .bytes()
        .map(|b| if matches!(b, b'\n' | b'\r') { b } else { b' ' })
        .collect();
    // (inline code is blanked here too: the rules read what figures are read from)
    let text = &view.doc.text;
    for p in &view.pieces {
        let (Some(src), Some(dec)) = (out.get_mut(p.src.clone()), text.get(p.out.clone())) else {
            continue;
        };
        if p.exact() {
            // copy as written (a line break read as a space is left a line break)
            for (o, (s, d)) in src
                .iter_mut()
                .zip(source.as_bytes()[p.src.clone()].iter().zip(dec.bytes()))
            {
                *o = if matches!(*s, b'\n' | b'\r') { *s } else { d };
            }
        } else if dec.len() <= src.len() && !dec.contains(['\n', '\r']) {
            let at = src.len() - dec.len();
            src[at..].copy_from_slice(dec.as_bytes());
        }
    }
    // Only ASCII spaces and whole decoded characters were written over whole source
    // characters, so this holds UTF-8; if not, the source is a safer answer than a panic.
    String::from_utf8(out).unwrap_or_else(|_| source.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_back_through_entities_and_markup() {
        let src = "<p>Cost &pound;4.5m</p>";
        let mut b = Builder::new(src);
        b.start(BlockKind::Paragraph, None);
        b.push_verbatim(3..8);
        b.push(8..15, "£");
        b.push_verbatim(15..19);
        let v = b.finish();
        assert_eq!(v.doc().text, "Cost £4.5m\n");
        let at = v.doc().text.find('£').unwrap();
        assert_eq!(v.source_span(at..at + 6), 8..19);
        assert_eq!(&src[v.source_span(0..4)], "Cost");
        assert_eq!(v.units()[0].source, 3..19);
        assert_eq!(v.shown(0..src.len()), "Cost £4.5m");
        assert_eq!(v.view_span(8..19), at..at + 6);
        assert_eq!(v.view_span(0..src.len()), 0..v.doc().text.len() - 1);
        assert_eq!(prose(src, &v), "   Cost      £4.5m    ");
    }
}

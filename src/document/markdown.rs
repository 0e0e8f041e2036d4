//! Markdown copy into a [`View`], read with pulldown-cmark (CommonMark with tables,
//! footnotes and front matter; every event carries its byte range): headings,
//! paragraphs, list items, table cells, quotes and footnotes are units; front-matter
//! titles and descriptions are copy; code blocks, images and link targets are not.
//! HTML blocks inside the Markdown are read as HTML.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::view::{BlockKind, Builder, Cell, View};
use super::{front_matter, html};

/// The state of one pass over the events.
struct Reader<'b, 'a> {
    b: &'b mut Builder<'a>,
    /// Inside an element whose text is not copy (a code block, an image, front matter),
    /// how deep.
    skip: usize,
    quote: usize,
    footnote: usize,
    item: usize,
    /// `<code>` elements opened by inline HTML and not yet closed.
    code: usize,
    table: Option<(usize, usize, usize, bool)>,
    tables_seen: usize,
}

/// Reads `text` into its units of copy.
pub fn read(text: &str) -> View {
    let mut b = Builder::new(text);
    // A byte-order mark would hide the front matter's opening line from the parser.
    let body_start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[body_start..];
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut r = Reader {
        b: &mut b,
        skip: 0,
        quote: 0,
        footnote: 0,
        item: 0,
        code: 0,
        table: None,
        tables_seen: 0,
    };
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let range = range.start + body_start..range.end + body_start;
        r.event(event, range);
    }
    b.finish()
}

impl Reader<'_, '_> {
    fn event(&mut self, event: Event<'_>, range: std::ops::Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            _ if self.skip > 0 => {}
            Event::Text(t) => {
                if self.b.open_kind().is_none() {
                    self.b.start(self.kind(BlockKind::Text), None);
                }
                if self.code > 0 {
                    self.b.push_code(range, &t);
                } else if self.b.source().get(range.clone()) == Some(&*t) {
                    self.b.push_verbatim(range);
                } else {
                    self.b.push(range, &t);
                }
            }
            Event::Code(t) => self.b.push_code(range, &t),
            Event::SoftBreak | Event::HardBreak => self.b.push(range, " "),
            Event::InlineHtml(tag) => self.inline_html(&tag, range),
            _ => {}
        }
    }

    /// Inline `<code>`, `<kbd>`, `<samp>` tags: their text is code, shown but not read.
    fn inline_html(&mut self, tag: &str, range: std::ops::Range<usize>) {
        let lower = tag.to_ascii_lowercase();
        // a line break: the words either side are apart
        if lower.starts_with("<br") {
            self.b.push(range, " ");
            return;
        }
        let named = |at: usize| {
            ["code", "kbd", "samp"].iter().any(|n| {
                lower.get(at..).is_some_and(|r| {
                    r.starts_with(n) && r[n.len()..].starts_with(['>', ' ', '\t', '\n'])
                })
            })
        };
        if lower.starts_with("</") && named(2) {
            self.code = self.code.saturating_sub(1);
        } else if lower.starts_with('<') && named(1) && !lower.ends_with("/>") {
            self.code += 1;
        }
    }

    /// The kind a paragraph has where it stands: in a footnote, a quote or a list item.
    fn kind(&self, plain: BlockKind) -> BlockKind {
        if self.footnote > 0 {
            BlockKind::Footnote
        } else if self.quote > 0 {
            BlockKind::Quote
        } else if self.item > 0 {
            BlockKind::ListItem
        } else {
            plain
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: std::ops::Range<usize>) {
        if self.skip > 0 {
            if matches!(tag, Tag::Image { .. } | Tag::CodeBlock(_)) {
                self.skip += 1;
            }
            return;
        }
        match tag {
            Tag::CodeBlock(_) | Tag::Image { .. } => {
                self.skip += 1;
                if matches!(tag, Tag::CodeBlock(_)) {
                    self.b.end();
                }
            }
            Tag::MetadataBlock(_) => {
                self.b.end();
                front_matter::read(self.b, range);
                self.skip += 1;
            }
            Tag::HtmlBlock => {
                self.b.end();
                html::read_range(self.b.source(), range, self.b);
                self.skip += 1;
            }
            Tag::Paragraph => self.b.start(self.kind(BlockKind::Paragraph), None),
            Tag::Heading { .. } => self.b.start(BlockKind::Heading, None),
            Tag::BlockQuote(_) => {
                self.quote += 1;
                self.b.end();
            }
            Tag::FootnoteDefinition(_) => {
                self.footnote += 1;
                self.b.start(BlockKind::Footnote, None);
            }
            Tag::Item | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                self.item += 1;
                self.b.start(self.kind(BlockKind::ListItem), None);
            }
            Tag::Table(_) => {
                self.table = Some((self.tables_seen, 0, 0, false));
                self.tables_seen += 1;
                self.b.end();
            }
            Tag::TableHead => {
                if let Some(t) = &mut self.table {
                    *t = (t.0, 0, 0, true);
                }
            }
            Tag::TableRow => {
                if let Some(t) = &mut self.table {
                    *t = (t.0, t.1 + 1, 0, false);
                }
            }
            Tag::TableCell => {
                let cell = self.table.as_mut().map(|t| {
                    let c = Cell {
                        table: t.0,
                        row: t.1,
                        column: t.2,
                        header: t.3,
                    };
                    t.2 += 1;
                    c
                });
                self.b.start(BlockKind::Cell, cell);
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        if self.skip > 0 {
            if matches!(
                tag,
                TagEnd::Image | TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock
            ) {
                self.skip -= 1;
            }
            return;
        }
        match tag {
            TagEnd::BlockQuote(_) => self.quote = self.quote.saturating_sub(1),
            TagEnd::FootnoteDefinition => self.footnote = self.footnote.saturating_sub(1),
            TagEnd::Item | TagEnd::DefinitionListTitle | TagEnd::DefinitionListDefinition => {
                self.item = self.item.saturating_sub(1);
            }
            TagEnd::Table => self.table = None,
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell => self.code = 0,
            _ => return,
        }
        self.b.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<(BlockKind, String)> {
        let v = read(md);
        v.units()
            .iter()
            .map(|u| (u.kind, v.unit_text(u).to_string()))
            .collect()
    }

    #[test]
    fn front_matter_titles_and_footnotes_are_copy_code_is_not() {
        let md = "---\ntitle: \"Jobs fall to 2.1m\"\ndate: 2025-04-01\ndescription: >\n  Figures for 2024\n  show a fall.\n---\n# 2 Heading\n\nSee [the 2024 report](https://x.gov/r/2024) and `x = 5`.[^1]\n\n    let n = 9;\n\n```\nlet m = 10;\n```\n\n![chart 3](c3.png) Up 15%.\n\n[^1]: Revised to 7 in May.\n";
        let got = texts(md);
        let want = [
            (BlockKind::Title, "Jobs fall to 2.1m"),
            (BlockKind::Meta, "Figures for 2024 show a fall."),
            (BlockKind::Heading, "2 Heading"),
            (BlockKind::Paragraph, "See the 2024 report and      ."),
            (BlockKind::Paragraph, "Up 15%."),
            (BlockKind::Footnote, "Revised to 7 in May."),
        ];
        let got: Vec<(BlockKind, &str)> = got.iter().map(|(k, t)| (*k, t.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn inline_line_breaks_part_words_and_html_blocks_are_read_as_html() {
        let md = "A total of 40 posts<br>were cut.\n\n<div>\n<p>It has 12 staff.</p>\n</div>\n";
        let v = read(md);
        let texts: Vec<&str> = v.units().iter().map(|u| v.unit_text(u)).collect();
        assert_eq!(texts, ["A total of 40 posts were cut.", "It has 12 staff."]);
    }

    #[test]
    fn table_cells_are_units_and_entities_decode() {
        let md = "| Region | Jobs |\n|---|---|\n| North | &pound;1,200 |\n";
        let v = read(md);
        let texts: Vec<&str> = v.units().iter().map(|u| v.unit_text(u)).collect();
        assert_eq!(texts, ["Region", "Jobs", "North", "£1,200"]);
        let cell = &v.units()[3];
        assert_eq!(&md[cell.source.clone()], "&pound;1,200");
        assert_eq!(v.headers_of(cell), ["Jobs", "North"]);
    }
}

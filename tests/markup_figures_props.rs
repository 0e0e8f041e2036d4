//! Issue 15, property: in random HTML and Markdown built from sentences with known
//! figures, every figure is extracted once, with its value, at its exact span in the
//! file, whatever tags, entities, line breaks or nesting surround it — and nothing else
//! (attributes, link targets, list numbers, comments, code) is read as a figure.
//! (The sentences are our own.)

use std::ops::Range;

use claimcheck::document::{Document, Format};
use claimcheck::extract::extract;
use proptest::prelude::*;

/// A sentence with one figure at `{}`, and which kind of figure fits it.
const SENTENCES: &[(&str, Fig)] = &[
    ("The depot now runs {} buses on weekdays.", Fig::Count),
    ("Volunteers planted {} trees along the river.", Fig::Count),
    (
        "The council said the new library cost {} to build.",
        Fig::Money,
    ),
    ("Turnout in the ward rose to {} this spring.", Fig::Percent),
    (
        "Along the harbour wall, {} boats were moored overnight.",
        Fig::Count,
    ),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Fig {
    Count,
    Money,
    Percent,
}

/// One figure as written: its source text in the file and the value it must be read as.
fn figure(kind: Fig, n: u32, style: u8, markdown: bool) -> (String, f64) {
    match kind {
        Fig::Count if n >= 1000 => {
            let (hi, lo) = (n / 1000, n % 1000);
            let sep = match style % 3 {
                0 => ",",
                1 => "&#8201;",
                _ => "&thinsp;",
            };
            (format!("{hi}{sep}{lo:03}"), f64::from(n))
        }
        Fig::Count => (n.to_string(), f64::from(n)),
        Fig::Money => {
            let pound = match style % 4 {
                0 => "£",
                1 => "&pound;",
                2 => "&#163;",
                _ => "&#xA3;",
            };
            let tenths = n % 100;
            (
                format!("{pound}{}.{}m", tenths / 10 + 1, tenths % 10),
                f64::from((tenths / 10 + 1) * 10 + tenths % 10) * 100_000.0,
            )
        }
        Fig::Percent => {
            let pct = if style.is_multiple_of(2) || markdown {
                "%"
            } else {
                "&#37;"
            };
            (format!("{}{pct}", n % 90 + 2), f64::from(n % 90 + 2))
        }
    }
}

/// How a figure or a block is dressed: picked at random.
#[derive(Debug, Clone)]
struct Dress {
    sentence: usize,
    n: u32,
    style: u8,
    inline: u8,
    block: u8,
    breaks: Vec<bool>,
    nbsp: Vec<bool>,
    gap: u8,
}

fn dress() -> impl Strategy<Value = Dress> {
    (
        0..SENTENCES.len(),
        2u32..100_000,
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
        prop::collection::vec(prop::bool::weighted(0.15), 12),
        prop::collection::vec(prop::bool::weighted(0.1), 12),
        any::<u8>(),
    )
        .prop_map(
            |(sentence, n, style, inline, block, breaks, nbsp, gap)| Dress {
                sentence,
                n,
                style,
                inline,
                block,
                breaks,
                nbsp,
                gap,
            },
        )
}

/// Builds a document; returns it with the span and value of every figure in it.
struct Doc {
    text: String,
    want: Vec<(Range<usize>, f64)>,
}

impl Doc {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// The sentence of `d`, its figure wrapped by `open`/`close`, words joined by a
    /// space, a line break (when `breaks` allows) or `&nbsp;` (HTML).
    fn sentence(&mut self, d: &Dress, markdown: bool, may_break: bool) {
        let (template, kind) = SENTENCES[d.sentence];
        let (fig, value) = figure(kind, d.n, d.style, markdown);
        let (open, close) = if markdown {
            match d.inline % 5 {
                0 => ("", ""),
                1 => ("*", "*"),
                2 => ("**", "**"),
                3 => ("[", "](https://example.org/2024/7)"),
                _ => ("<b>", "</b>"),
            }
        } else {
            match d.inline % 5 {
                0 => ("", ""),
                1 => ("<b>", "</b>"),
                2 => ("<span class=\"n9\">", "</span>"),
                3 => ("<a href=\"/story/2024/7\" title=\"5 facts\">", "</a>"),
                _ => ("<em><strong>", "</strong></em>"),
            }
        };
        for (i, word) in template.split(' ').enumerate() {
            if i > 0 {
                let sep = if may_break && d.breaks.get(i).copied().unwrap_or(false) {
                    "\n"
                } else if !markdown && d.nbsp.get(i).copied().unwrap_or(false) {
                    "&nbsp;"
                } else {
                    " "
                };
                self.push(sep);
            }
            match word.split_once("{}") {
                Some((before, after)) => {
                    self.push(before);
                    self.push(open);
                    let start = self.text.len();
                    self.push(&fig);
                    self.want.push((start..self.text.len(), value));
                    self.push(close);
                    self.push(after);
                }
                None => self.push(word),
            }
        }
    }

    fn html_block(&mut self, d: &Dress) {
        let (open, close, may_break) = match d.block % 8 {
            0 => ("<p>", "</p>", true),
            1 => ("<ul><li>", "</li></ul>", true),
            2 => ("<table><tr><th>Note</th><td>", "</td></tr></table>", true),
            3 => ("<blockquote><p>", "</p></blockquote>", true),
            4 => ("<div class=\"c3\"><section>", "</section></div>", true),
            5 => ("<h2 id=\"s2\">", "</h2>", false),
            6 => (
                "<figure><img src=\"p/12.jpg\" alt=\"7 swans\"><figcaption>",
                "</figcaption></figure>",
                true,
            ),
            _ => ("<!-- 88 --><p>", "</p><script>var n = 41;</script>", true),
        };
        self.push(open);
        self.sentence(d, false, may_break);
        self.push(close);
        self.push(["", "\n", "\n\n", "  \n"][usize::from(d.gap % 4)]);
    }

    fn markdown_block(&mut self, d: &Dress) {
        match d.block % 9 {
            0 => self.sentence(d, true, true),
            1 => {
                self.push("- ");
                self.sentence(d, true, false);
            }
            2 => {
                self.push("3. ");
                self.sentence(d, true, false);
            }
            3 => {
                self.push("> ");
                self.sentence(d, true, true);
            }
            4 => {
                self.push("## ");
                self.sentence(d, true, false);
            }
            5 => {
                self.push("| Note | Detail |\n|---|---|\n| 4 ways | ");
                self.sentence(d, true, false);
                self.push(" |");
            }
            6 => {
                self.push("`x = 6` and ");
                self.sentence(d, true, true);
            }
            7 => {
                // a footnote: its marker is no figure, its text is copy
                let label = self.text.len();
                self.push(&format!("See the note.[^n{label}]\n\n[^n{label}]: "));
                self.sentence(d, true, false);
            }
            _ => {
                // an image's alt text and target, and a link's target, are not copy
                self.push("![chart of 9 bars](img/9.png) [Read more](https://example.org/7) ");
                self.sentence(d, true, true);
            }
        }
        self.push("\n\n");
        if d.gap.is_multiple_of(5) {
            self.push("```\nlet y = 23;\n```\n\n");
        }
    }
}

fn found(text: &str, format: Format) -> Vec<(Range<usize>, f64)> {
    let doc = Document::from_text("p", text, format);
    extract(&doc)
        .into_iter()
        .filter(|c| c.kind.is_quantity())
        // (to the cent: "£8.2m" is 8.2 × 10⁶ in floating point)
        .map(|c| {
            (
                c.start..c.end,
                (c.value.unwrap_or(f64::NAN) * 100.0).round() / 100.0,
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_figure_in_html_is_read_once_at_its_span(blocks in prop::collection::vec(dress(), 1..8)) {
        let mut d = Doc { text: String::new(), want: Vec::new() };
        for b in &blocks {
            d.html_block(b);
        }
        prop_assert_eq!(found(&d.text, Format::Html), d.want, "{}", d.text);
    }

    #[test]
    fn every_figure_in_markdown_is_read_once_at_its_span(blocks in prop::collection::vec(dress(), 1..8)) {
        let mut d = Doc { text: String::new(), want: Vec::new() };
        // front matter: the title is copy, the date and slug are not
        if blocks[0].gap.is_multiple_of(2) {
            // (a title is plain text: no Markdown or tags inside it)
            let plain = Dress { inline: 0, ..blocks[0].clone() };
            d.push("---\ndate: 2025-06-01\nslug: story-77\ntitle: ");
            d.sentence(&plain, true, false);
            d.push("\n---\n\n");
        }
        for b in &blocks {
            d.markdown_block(b);
        }
        // a table's first cell, "4 ways", is a figure of its own
        let mut want = d.want.clone();
        let mut at = 0;
        while let Some(p) = d.text[at..].find("| 4 ways |") {
            let s = at + p + 2;
            want.push((s..s + 1, 4.0));
            at = s;
        }
        want.sort_by_key(|w| w.0.start);
        prop_assert_eq!(found(&d.text, Format::Markdown), want, "{}", d.text);
    }
}

/// A marked-up file large enough to be read in parts on every core gives the same
/// figures as one pass, each located in the file.
#[test]
fn a_large_html_file_read_in_parts_gives_the_figures_of_one_pass() {
    use claimcheck::extract::parts::in_order;
    let block = "<p>The depot now runs <b>35</b> buses &amp; 12&#8201;000 seats.</p>\n<ul><li>Fares rose to &pound;4.5m</li></ul>\n";
    let text = block.repeat(3 * (1 << 20) / block.len());
    let docs = vec![Document::from_text("big.html", text.clone(), Format::Html)];
    let mut got = Vec::new();
    in_order(
        &docs,
        |_, claims| claims,
        |_, claims| {
            got.extend(claims);
            Ok::<(), ()>(())
        },
    )
    .unwrap();
    let whole = extract(&docs[0]);
    assert_eq!(got, whole);
    assert_eq!(whole.len(), 3 * (text.len() / block.len()));
    let last = whole.last().unwrap();
    assert_eq!(&text[last.start..last.end], "&pound;4.5m");
    assert_eq!(last.text, "£4.5m");
}

//! Markup masking: what is not copy becomes spaces, byte for byte.
//!
//! This is deliberately not a full Markdown or HTML parser: news copy uses a small part of
//! either, and what matters is that no figure is read from a tag, a link target, code or
//! metadata, while every figure in the copy keeps its offset.

use super::Format;

/// `text` with markup replaced by ASCII spaces (newlines kept), same byte length; `None`
/// when nothing in it is markup (plain text without a byte-order mark, the common case),
/// so that the document need not hold a second copy of a large file.
pub fn mask(text: &str, format: Format) -> Option<String> {
    if format == Format::Text && !text.starts_with('\u{feff}') {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    // A byte-order mark is not copy.
    if text.starts_with('\u{feff}') {
        blank(&mut out, 0..3);
    }
    match format {
        Format::Text => {}
        Format::Markdown => mask_markdown(text, &mut out),
        Format::Html => mask_html(text, &mut out),
    }
    if out == text.as_bytes() {
        return None;
    }
    // Only ASCII spaces were written over whole UTF-8 sequences, so this cannot fail; if
    // that ever changed, the text unmasked is a safer answer than a panic.
    String::from_utf8(out).ok()
}

/// Replaces `range` by spaces, keeping line endings so line numbers stay meaningful.
fn blank(out: &mut [u8], range: std::ops::Range<usize>) {
    let end = range.end.min(out.len());
    for b in &mut out[range.start.min(end)..end] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

fn find_from(text: &str, from: usize, needle: &str) -> Option<usize> {
    text.get(from..)?.find(needle).map(|p| p + from)
}

/// The first case-insensitive occurrence of `needle` at or after `from`. Candidates are
/// found with memchr on the needle's first byte, so a search over a long document with no
/// match is one linear pass rather than a comparison at every byte.
fn find_ci_from(text: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = text.as_bytes();
    let n = needle.as_bytes();
    let (&first, _) = n.split_first()?;
    let tail = hay.get(from..)?;
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), tail)
        .map(|p| p + from)
        .find(|&i| {
            hay.get(i..i + n.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(n))
        })
}

fn mask_html(text: &str, out: &mut [u8]) {
    let bytes = text.as_bytes();
    // Both asked about ever later positions (see `Forward`), so checking every `<` costs
    // one pass in all.
    let mut closers = Forward::default();
    let mut breaks = Forward::default();
    let mut i = 0;
    while let Some(p) = memchr::memchr2(b'<', b'&', &bytes[i..]) {
        let at = i + p;
        if bytes[at] == b'&' {
            // a character reference: &nbsp; &amp; &#163;
            let end = bytes[at + 1..]
                .iter()
                .take(10)
                .position(|&b| b == b';')
                .map(|q| at + 1 + q + 1);
            match end {
                Some(e)
                    if bytes[at + 1..e - 1]
                        .iter()
                        .all(|b| b.is_ascii_alphanumeric() || *b == b'#')
                        && e > at + 2 =>
                {
                    blank(out, at..e);
                    i = e;
                }
                _ => i = at + 1,
            }
            continue;
        }
        let end = if text[at..].starts_with("<!--") {
            find_from(text, at + 4, "-->").map_or(text.len(), |e| e + 3)
        } else if let Some(tag) = raw_text_tag(text, at) {
            let close = format!("</{tag}");
            let body_end = find_ci_from(text, at + 1, &close).unwrap_or(text.len());
            find_from(text, body_end, ">").map_or(text.len(), |e| e + 1)
        } else if bytes
            .get(at + 1)
            .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?'))
            && closes_in_paragraph(bytes, at, &mut closers, &mut breaks)
        {
            tag_end(bytes, at)
        } else {
            i = at + 1;
            continue;
        };
        blank(out, at..end);
        i = end;
    }
}

/// Whether a `>` follows `at` before the paragraph ends. A `<` with none ("a<b" in copy,
/// a tag cut off by a CMS) is text, not a tag that would mask the rest of the document.
fn closes_in_paragraph(
    bytes: &[u8],
    at: usize,
    closers: &mut Forward,
    breaks: &mut Forward,
) -> bool {
    let from = at + 1;
    let close = closers.next(from, |q| {
        memchr::memchr(b'>', bytes.get(q..)?).map(|p| p + q)
    });
    let limit = breaks
        .next(from, |q| paragraph_break(bytes, q))
        .unwrap_or(bytes.len());
    close.is_some_and(|c| c < limit)
}

/// End (exclusive) of a tag starting at `at`, skipping `>` inside quoted attributes.
fn tag_end(bytes: &[u8], at: usize) -> usize {
    let mut quote = None;
    for (k, &b) in bytes.iter().enumerate().skip(at + 1) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return k + 1,
            None => {}
        }
    }
    bytes.len()
}

/// `script`, `style`, `code`, `pre` and friends: their whole body is not copy.
fn raw_text_tag(text: &str, at: usize) -> Option<&'static str> {
    const TAGS: &[&str] = &[
        "script", "style", "code", "pre", "noscript", "template", "svg", "head",
    ];
    let rest = text.get(at + 1..)?;
    TAGS.iter().copied().find(|t| {
        rest.len() > t.len()
            && rest.as_bytes()[..t.len()].eq_ignore_ascii_case(t.as_bytes())
            && matches!(
                rest.as_bytes()[t.len()],
                b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/'
            )
    })
}

fn mask_markdown(text: &str, out: &mut [u8]) {
    let bytes = text.as_bytes();
    let mut pos = 0;
    // YAML front matter
    let body_start = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
    if text[body_start..].starts_with("---\n") || text[body_start..].starts_with("---\r\n") {
        if let Some(close) = find_from(text, body_start + 3, "\n---") {
            let end = text[close + 4..]
                .find('\n')
                .map_or(text.len(), |e| close + 4 + e);
            blank(out, 0..end);
            pos = end;
        }
    }
    let mut fence: Option<&str> = None;
    while pos < text.len() {
        let line_end = next_line_end(bytes, pos);
        let line = &text[pos..line_end];
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some(f) = fence {
            blank(out, pos..line_end);
            if trimmed.starts_with(f) {
                fence = None;
            }
            pos = line_end;
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
            blank(out, pos..line_end);
            pos = line_end;
            continue;
        }
        if is_reference_definition(trimmed) {
            blank(out, pos..line_end);
            pos = line_end;
            continue;
        }
        mask_block_marker(trimmed, pos + indent, out);
        pos = line_end;
    }
    mask_inline_markdown(text, bytes, out);
    // HTML inside Markdown (comments, tags) is masked the same way.
    mask_html(text, out);
}

/// `[id]: https://...`
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[')
        && line
            .find("]:")
            .is_some_and(|p| !line[1..p].contains(']') && p > 1)
}

/// Heading hashes, quote markers, list bullets and list numbers ("1. ") at a line start.
fn mask_block_marker(trimmed: &str, at: usize, out: &mut [u8]) {
    let b = trimmed.as_bytes();
    let mut k = 0;
    while k < b.len() && (b[k] == b'>' || b[k] == b' ') {
        k += 1;
    }
    let rest = &b[k..];
    let marker = if rest.first() == Some(&b'#') {
        rest.iter().take_while(|&&c| c == b'#').count()
    } else if rest.len() >= 2 && matches!(rest[0], b'-' | b'*' | b'+') && rest[1] == b' ' {
        1
    } else {
        let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=9).contains(&digits)
            && matches!(rest.get(digits), Some(b'.') | Some(b')'))
            && matches!(rest.get(digits + 1), Some(b' ') | Some(b'\t'))
        {
            digits + 1
        } else {
            0
        }
    };
    blank(out, at..at + k + marker);
}

/// Deepest bracket nesting tracked; deeper brackets are read as plain text. Real copy
/// nests links at most twice (a badge image inside a link).
const MAX_BRACKET_DEPTH: usize = 64;

/// Code spans, links, images and emphasis markers, in one left-to-right pass.
///
/// The pass is linear whatever the input: brackets are matched with a stack as they close
/// (so a run of unclosed `[` costs nothing), and every forward search (a closing `)`, a
/// run of backticks, the next blank line) goes through a [`Forward`] that remembers its
/// last answer, since the positions asked about only grow. Code spans and link targets
/// never cross a blank line, as in CommonMark, so one stray backtick or `](` cannot mask
/// the rest of the copy.
fn mask_inline_markdown(text: &str, bytes: &[u8], out: &mut [u8]) {
    let mut m = Inline {
        text,
        bytes,
        out,
        breaks: Forward::default(),
        parens: Forward::default(),
        squares: Forward::default(),
        ticks: Vec::new(),
        open: Vec::new(),
        too_deep: 0,
    };
    let mut i = 0;
    while i < bytes.len() {
        i = match bytes[i] {
            b'\n' | b'\r' if is_line_end(bytes, i) && blank_line_follows(bytes, i) => {
                m.open.clear();
                m.too_deep = 0;
                i + 1
            }
            b'`' => m.code_span(i),
            b'[' => {
                if m.open.len() < MAX_BRACKET_DEPTH {
                    m.open.push((i, i > 0 && bytes[i - 1] == b'!'));
                } else {
                    m.too_deep += 1;
                }
                i + 1
            }
            b']' => m.close_bracket(i),
            b'*' => {
                m.out[i] = b' ';
                i + 1
            }
            _ => i + 1,
        };
    }
}

/// The state of [`mask_inline_markdown`]'s pass.
struct Inline<'a> {
    text: &'a str,
    bytes: &'a [u8],
    out: &'a mut [u8],
    breaks: Forward,
    parens: Forward,
    squares: Forward,
    /// One search per length of backtick run.
    ticks: Vec<(usize, Forward)>,
    /// Open brackets: position of `[`, whether it starts an image (`![`).
    open: Vec<(usize, bool)>,
    too_deep: usize,
}

impl Inline<'_> {
    /// The end of the paragraph from `q`: code spans and link targets stop there.
    fn next_break(&mut self, q: usize) -> usize {
        let bytes = self.bytes;
        self.breaks
            .next(q, |q| paragraph_break(bytes, q))
            .unwrap_or(bytes.len())
    }

    /// A run of backticks at `i`: masks the code span it opens when the same run closes
    /// it in the paragraph. Returns where to go on.
    fn code_span(&mut self, i: usize) -> usize {
        let run = self.bytes[i..].iter().take_while(|&&b| b == b'`').count();
        let closer = "`".repeat(run);
        let slot = match self.ticks.iter().position(|(n, _)| *n == run) {
            Some(s) => s,
            None => {
                self.ticks.push((run, Forward::default()));
                self.ticks.len() - 1
            }
        };
        let from = i + run;
        let text = self.text;
        let found = self.ticks[slot]
            .1
            .next(from, |q| find_from(text, q, &closer));
        match found {
            Some(e) if e < self.next_break(from) => {
                blank(self.out, i..e + run);
                e + run
            }
            _ => i + run,
        }
    }

    /// A `]` at `i`: with a target after it, masks the link's brackets and target, or a
    /// whole image. Returns where to go on.
    fn close_bracket(&mut self, i: usize) -> usize {
        if self.too_deep > 0 {
            self.too_deep -= 1;
            return i + 1;
        }
        let Some((start, image)) = self.open.pop() else {
            return i + 1;
        };
        let limit = self.next_break(i);
        let bytes = self.bytes;
        let target_end = match bytes.get(i + 1) {
            Some(b'(') => self.parens.next(i + 2, |q| {
                memchr::memchr(b')', bytes.get(q..)?).map(|p| p + q)
            }),
            Some(b'[') => self.squares.next(i + 2, |q| {
                memchr::memchr(b']', bytes.get(q..)?).map(|p| p + q)
            }),
            _ => None,
        };
        match target_end {
            Some(e) if e < limit => {
                if image {
                    // an image: alt text and target are not copy
                    blank(self.out, start - 1..e + 1);
                } else {
                    blank(self.out, start..start + 1);
                    blank(self.out, i..e + 1);
                }
                e + 1
            }
            _ => i + 1,
        }
    }
}

/// A forward search asked about ever later positions: it keeps its last answer (the first
/// match at or after the last position asked) and searches again only once that answer
/// lies behind, so a whole pass costs one scan. A position earlier than the last is
/// searched afresh, which is correct if slower.
#[derive(Default)]
struct Forward {
    last: Option<(usize, Option<usize>)>,
}

impl Forward {
    fn next(&mut self, q: usize, search: impl FnOnce(usize) -> Option<usize>) -> Option<usize> {
        match self.last {
            Some((from, None)) if q >= from => return None,
            Some((from, Some(at))) if q >= from && at >= q => return Some(at),
            _ => {}
        }
        let found = search(q);
        self.last = Some((q, found));
        found
    }
}

/// Whether a line ends at `k`: a `\n`, or a `\r` not followed by `\n` (old Mac files).
fn is_line_end(bytes: &[u8], k: usize) -> bool {
    match bytes.get(k) {
        Some(b'\n') => true,
        Some(b'\r') => bytes.get(k + 1) != Some(&b'\n'),
        _ => false,
    }
}

/// Whether the line after the line end at `k` is blank (or the text ends).
fn blank_line_follows(bytes: &[u8], k: usize) -> bool {
    let mut j = k + 1;
    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t') {
        j += 1;
    }
    j >= bytes.len() || matches!(bytes[j], b'\n' | b'\r')
}

/// The first line end at or after `q` that is followed by a blank line: where a paragraph
/// ends.
fn paragraph_break(bytes: &[u8], q: usize) -> Option<usize> {
    memchr::memchr2_iter(b'\n', b'\r', bytes.get(q..)?)
        .map(|p| p + q)
        .find(|&k| is_line_end(bytes, k) && blank_line_follows(bytes, k))
}

/// The end (exclusive, after its line ending) of the line starting at `pos`; `\n`, `\r\n`
/// and a lone `\r` all end a line.
fn next_line_end(bytes: &[u8], pos: usize) -> usize {
    let tail = bytes.get(pos..).unwrap_or_default();
    match memchr::memchr2(b'\n', b'\r', tail) {
        Some(p) if tail[p] == b'\r' && tail.get(p + 1) == Some(&b'\n') => pos + p + 2,
        Some(p) => pos + p + 1,
        None => bytes.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visible(text: &str, format: Format) -> String {
        let m = mask(text, format).unwrap_or_else(|| text.to_string());
        assert_eq!(m.len(), text.len());
        m.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn markdown_hides_targets_code_front_matter_and_list_numbers() {
        let md = "---\ndate: 2025-04-01\n---\n# 2 Heading\n1. See [the 2024 report](https://x.gov/r/2024) and `x = 5`.\n[r]: https://y.org/7\n```\nlet n = 9;\n```\n![chart 3](c3.png) Up 15%.\n";
        assert_eq!(
            visible(md, Format::Markdown),
            "2 Heading See the 2024 report and . Up 15%."
        );
    }

    #[test]
    fn html_hides_tags_attributes_scripts_and_entities() {
        let html = "<p class=\"n5\">About&nbsp;100 <a href=\"/a/7\">flights</a></p><script>var x = 42;</script><style>p{width:3px}</style><!-- 99 -->";
        assert_eq!(visible(html, Format::Html), "About 100 flights");
    }

    #[test]
    fn multibyte_markup_is_blanked_to_the_same_length() {
        let html = "<p title=\"é—\">£10</p>";
        let m = mask(html, Format::Html).unwrap_or_default();
        assert_eq!(m.trim(), "£10");
        assert_eq!(m.len(), html.len());
    }

    #[test]
    fn copy_with_nothing_to_mask_is_not_copied() {
        assert_eq!(mask("About 100 flights.\n", Format::Text), None);
        assert_eq!(mask("About 100 flights.\n", Format::Markdown), None);
        assert_eq!(
            mask("\u{feff}About 100.", Format::Text).as_deref(),
            Some("   About 100.")
        );
    }
}

//! Markup masking: what is not copy becomes spaces, byte for byte.
//!
//! This is deliberately not a full Markdown or HTML parser: news copy uses a small part of
//! either, and what matters is that no figure is read from a tag, a link target, code or
//! metadata, while every figure in the copy keeps its offset.

use super::Format;

/// `text` with markup replaced by ASCII spaces (newlines kept), same byte length.
pub fn mask(text: &str, format: Format) -> String {
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
    // Only ASCII spaces were written over whole UTF-8 sequences, so this cannot fail; fall
    // back to a lossless copy of the text rather than panic if that ever changed.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
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

fn find_ci_from(text: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = text.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || from >= hay.len() {
        return None;
    }
    (from..=hay.len().saturating_sub(n.len()))
        .find(|&i| hay[i..i + n.len()].eq_ignore_ascii_case(n))
}

fn mask_html(text: &str, out: &mut [u8]) {
    let bytes = text.as_bytes();
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
        let line_end = text[pos..].find('\n').map_or(text.len(), |e| pos + e + 1);
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

fn mask_inline_markdown(text: &str, bytes: &[u8], out: &mut [u8]) {
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => {
                let ticks = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                let closer = "`".repeat(ticks);
                match find_from(text, i + ticks, &closer) {
                    Some(e) => {
                        blank(out, i..e + ticks);
                        i = e + ticks;
                    }
                    None => i += ticks,
                }
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => {
                // an image: alt text and target are not copy
                match link_parts(text, i + 1) {
                    Some((_, end)) => {
                        blank(out, i..end);
                        i = end;
                    }
                    None => i += 1,
                }
            }
            b'[' => match link_parts(text, i) {
                Some((close, end)) => {
                    blank(out, i..i + 1);
                    blank(out, close..end);
                    i = close + 1;
                }
                None => i += 1,
            },
            b'*' => {
                out[i] = b' ';
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// For a link at `open` (`[`): the position of its `]` and the end of its target.
fn link_parts(text: &str, open: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0;
    let mut close = None;
    for (k, &b) in bytes.iter().enumerate().skip(open) {
        match b {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(k);
                    break;
                }
            }
            b'\n' if bytes.get(k + 1) == Some(&b'\n') => return None,
            _ => {}
        }
    }
    let close = close?;
    match bytes.get(close + 1) {
        Some(b'(') => {
            let end = bytes[close + 1..].iter().position(|&b| b == b')')? + close + 2;
            Some((close, end))
        }
        Some(b'[') => {
            let end = bytes[close + 1..].iter().position(|&b| b == b']')? + close + 2;
            Some((close, end))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visible(text: &str, format: Format) -> String {
        let m = mask(text, format);
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
        let m = mask(html, Format::Html);
        assert_eq!(m.trim(), "£10");
        assert_eq!(m.len(), html.len());
    }
}

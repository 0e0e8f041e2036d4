//! Words as the duplicate finder compares them.
//!
//! A word is a maximal run of letters and digits, keeping apostrophes between them
//! ("don't", "Britain's"); everything else — punctuation, quotation marks of any style,
//! dashes, whitespace, masked markup — only separates words. Each word is folded to lower
//! case and hashed, so two copies match whatever their capitalisation, quote style,
//! punctuation or line wrapping. This is the definition the BBC ground truth was computed
//! with, so "a run of 40 words" means the same thing here and there.

use std::ops::Range;

/// The words of a text, as 64-bit hashes of their folded form, and the index of each
/// word that opens a block after a blank line, for cutting passages at paragraph breaks.
/// (A single line break is no break: hard-wrapped copy breaks every line.)
#[cfg(test)]
pub fn hashes_and_paragraph_starts(text: &str) -> (Vec<u64>, Vec<u32>) {
    let (hashes, _, starts) = hashes_offsets_and_paragraph_starts(text);
    (hashes, starts)
}

/// [`hashes_and_paragraph_starts`], with the byte offset where each word starts (the
/// text must be under 4 GiB), so that spans need no second reading of the text: a
/// word's end is found again by [`word_end`].
pub fn hashes_offsets_and_paragraph_starts(text: &str) -> (Vec<u64>, Vec<u32>, Vec<u32>) {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut offsets = Vec::with_capacity(text.len() / 6);
    let mut starts = Vec::new();
    let bytes = text.as_bytes();
    let mut prev_end = 0;
    scan(text, |h, span| {
        if out.is_empty() || blank_line_in(bytes.get(prev_end..span.start).unwrap_or_default()) {
            starts.push(u32::try_from(out.len()).unwrap_or(u32::MAX));
        }
        offsets.push(span.start as u32);
        prev_end = span.end;
        out.push(h);
    });
    (out, offsets, starts)
}

/// Where the word starting at byte `start` of `text` ends.
pub fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    word(text, start, &mut |_, span: Range<usize>| end = span.end);
    end
}

/// Whitespace-separated words, as an editor's word count gives them: the same count as
/// `text.split_whitespace().count()`, by a byte loop when the text is ASCII (archive
/// audits count every copy's words).
pub fn count_words(text: &str) -> usize {
    // White space outside ASCII starts with one of four lead bytes (U+0085 and U+00A0;
    // U+1680; U+2000–U+205F; U+3000): the text is cut at each such character that is
    // white space, and each piece counted with every other non-ASCII byte as a letter.
    let bytes = text.as_bytes();
    let mut cuts: Vec<(usize, usize)> = memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
        .chain(memchr::memchr_iter(0xE3, bytes))
        .filter_map(|i| {
            let c = text.get(i..)?.chars().next()?;
            c.is_whitespace().then(|| (i, i + c.len_utf8()))
        })
        .collect();
    if cuts.is_empty() {
        return count_ascii_words(bytes);
    }
    cuts.sort_unstable();
    let mut n = 0;
    let mut from = 0;
    for (start, end) in cuts {
        n += count_ascii_words(bytes.get(from..start).unwrap_or_default());
        from = end;
    }
    n + count_ascii_words(bytes.get(from..).unwrap_or_default())
}

/// Words in `bytes` split on ASCII white space only: the positions where a word byte
/// follows white space (or starts the text), counted in one pass the compiler
/// vectorises.
fn count_ascii_words(bytes: &[u8]) -> usize {
    // the ASCII characters `char::is_whitespace` takes: \t \n \x0b \x0c \r and space
    let space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let first = bytes.first().map_or(0, |&b| usize::from(!space(b)));
    first
        + bytes
            .iter()
            .zip(bytes.get(1..).unwrap_or_default())
            .map(|(&a, &b)| usize::from(space(a) & !space(b)))
            .sum::<usize>()
}

/// Whether the text between two words holds a blank line: two line breaks with nothing
/// but white space between them.
fn blank_line_in(gap: &[u8]) -> bool {
    let mut breaks = 0;
    for &b in gap {
        if b == b'\n' {
            breaks += 1;
            if breaks == 2 {
                return true;
            }
        } else if !b.is_ascii_whitespace() {
            breaks = 0;
        }
    }
    false
}

/// The words of a text with their byte spans, for the few documents a finding is built
/// for.
pub fn spans(text: &str) -> (Vec<u64>, Vec<Range<usize>>) {
    let mut hs = Vec::new();
    let mut spans = Vec::new();
    scan(text, |h, span| {
        hs.push(h);
        spans.push(span);
    });
    (hs, spans)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}')
}

/// Calls `emit(hash, span)` for every word of `text`, in order.
fn scan(text: &str, mut emit: impl FnMut(u64, Range<usize>)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            i = word(text, i, &mut emit);
            continue;
        }
        if b < 0x80 {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_alphanumeric() {
            i = word(text, i, &mut emit);
        } else {
            i += c.len_utf8();
        }
    }
}

/// Hashes the word starting at `start`, emits it, and returns where it ends.
fn word(text: &str, start: usize, emit: &mut impl FnMut(u64, Range<usize>)) -> usize {
    let bytes = text.as_bytes();
    let mut h = Fold::new();
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            h.push(b.to_ascii_lowercase() as u32);
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                h.push(l as u32);
            }
            i += c.len_utf8();
        } else if is_apostrophe(c) && next_is_alphanumeric(text, i + c.len_utf8()) {
            h.push('\'' as u32);
            i += c.len_utf8();
        } else {
            break;
        }
    }
    emit(h.finish(), start..i);
    i
}

fn next_is_alphanumeric(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// A small multiplicative hash over folded characters (FxHash-style with a final mix);
/// the standard SipHash would be the hot path's largest cost.
struct Fold(u64);

impl Fold {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    fn new() -> Self {
        Fold(0x9e37_79b9_7f4a_7c15)
    }

    fn push(&mut self, c: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(c)).wrapping_mul(Self::K);
    }

    fn finish(&self) -> u64 {
        mix(self.0)
    }
}

/// A 64-bit finaliser (splitmix64) so that hashes of similar words differ in every bit.
pub fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        spans(text).1.into_iter().map(|r| &text[r]).collect()
    }

    fn hashes(text: &str) -> Vec<u64> {
        spans(text).0
    }

    #[test]
    fn word_count_is_split_whitespace_count() {
        for t in [
            "",
            " ",
            "a",
            " a b\tc\n\x0bd\x0ce\rf ",
            "6.1% — x",
            "a\u{a0}b c",
            "x  y",
            "\u{a0}lead and trail\u{2003}",
            "ideographic\u{3000}space\u{1680}ogham\u{85}next",
            "\u{2019}quoted\u{2019} \u{201c}words\u{201d}\u{2009}\u{a0}\u{202f}£5",
            "\u{2028}\u{2029}\u{205f}",
            "é\u{2003}é",
        ] {
            assert_eq!(count_words(t), t.split_whitespace().count(), "{t:?}");
        }
    }

    #[test]
    fn paragraph_starts_follow_blank_lines_only() {
        let text = "One two.\n\n-- --\n\nThree four\nfive.\r\n  \r\nSix";
        let (hashes, starts) = hashes_and_paragraph_starts(text);
        assert_eq!(hashes.len(), 6);
        // a line of punctuation starts nothing, and a wrapped line is no break
        assert_eq!(starts, vec![0, 2, 5]);
    }

    #[test]
    fn words_keep_inner_apostrophes_and_split_on_punctuation() {
        assert_eq!(
            words("The mayor's \"plan\" — 47,000 homes, don\u{2019}t say 'no'."),
            vec![
                "The",
                "mayor's",
                "plan",
                "47",
                "000",
                "homes",
                "don\u{2019}t",
                "say",
                "no"
            ]
        );
    }

    #[test]
    fn folding_ignores_case_quote_style_and_punctuation() {
        assert_eq!(
            hashes("Don't say \u{201c}Yes\u{201d}, Zoë!"),
            hashes("don\u{2019}t  SAY\n'yes' zoë")
        );
        assert_ne!(hashes("dont"), hashes("don't"));
        assert_ne!(hashes("ab"), hashes("ba"));
    }
}

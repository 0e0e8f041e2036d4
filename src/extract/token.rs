//! A light tokenizer over masked prose: words, digit runs, glued letter–digit runs and
//! single punctuation characters, each with its byte span, so that the grammar in
//! [`super::numeral`] can work on tokens while offsets stay exact.

use super::patterns::maybe_number_word_bytes;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// ASCII letters (with inner apostrophes: "don't").
    Word,
    /// Digits with inner `.` and well-formed `,` groups: "1,200", "1.4".
    Num,
    /// Letters and digits glued together: "2.5k", "3rd", "G7", "1990s", "9.30am".
    Mixed,
    /// Any other single character that is not white space.
    Punct,
}

/// One token: `prose[start..end]`. Offsets are kept in 32 bits (copy is read up to
/// [`crate::input::MAX_COPY_BYTES`]), which halves the token list a paragraph makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    start: u32,
    end: u32,
    pub kind: TokKind,
    /// Whether white space separates it from the token before.
    pub space: bool,
    /// A token no figure can start with, told by its bytes and the token before: a
    /// lower-case word that is no number word ([`quiet_word`]), a capitalised one that
    /// is none either and follows no "late", "early" or "mid" (no month date, "late
    /// March", starts there), or an ASCII mark (only a mark outside ASCII, a fraction
    /// sign such as "½", starts one). The scan passes over it without a look. Known
    /// here, where the word's bytes are at hand, it spares the scan a second visit to
    /// most words of prose.
    pub quiet: bool,
}

impl Tok {
    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// Whether `w` is a word in lower case that is no number word by
/// [`maybe_number_word_bytes`]: no month either (months are capitalised), so no figure
/// starts with it — the scan's quick test (`word_may_start`) turns it away on the same
/// tests.
#[inline(always)]
fn quiet_word(w: &[u8]) -> bool {
    if !w.iter().any(|&c| c >= 0x80) {
        return quiet_letters(w);
    }
    if !w.first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    // "one’s" is tested as "one's" is: the pre-test counts a word's length.
    let mut plain = [0u8; 32];
    let mut n = 0;
    let mut k = 0;
    while k < w.len() && n < plain.len() {
        let len = apostrophe_len(w, k).unwrap_or(1);
        plain[n] = if len == 3 { b'\'' } else { w[k] };
        n += 1;
        k += len;
    }
    k < w.len() || !maybe_number_word_bytes(&plain[..n])
}

/// [`quiet_word`] for a word of ASCII letters alone (most words of prose).
#[inline(always)]
fn quiet_letters(w: &[u8]) -> bool {
    w.first().is_some_and(u8::is_ascii_lowercase) && !maybe_number_word_bytes(w)
}

/// [`Tok::quiet`] for a run of ASCII letters `w`, after the token `before`.
#[inline(always)]
fn quiet_run(w: &[u8], before: Option<&Tok>, b: &[u8]) -> bool {
    match w.first() {
        Some(c) if c.is_ascii_lowercase() => quiet_letters(w),
        Some(c) if c.is_ascii_uppercase() => {
            !maybe_number_word_bytes(w) && !before.is_some_and(|t| opens_month_date(t, b))
        }
        _ => false,
    }
}

/// [`Tok::quiet`] for any word `w`: [`quiet_run`] for letters alone, else
/// [`quiet_word`].
fn quiet_any_word(w: &[u8], before: Option<&Tok>, b: &[u8]) -> bool {
    if w.iter().all(u8::is_ascii_alphabetic) {
        quiet_run(w, before, b)
    } else {
        quiet_word(w)
    }
}

/// Whether `t` is "late", "early" or "mid", which a month after them makes a date.
fn opens_month_date(t: &Tok, b: &[u8]) -> bool {
    t.kind == TokKind::Word
        && b.get(t.start()..t.end()).is_some_and(|w| {
            [&b"late"[..], b"early", b"mid"]
                .iter()
                .any(|m| w.eq_ignore_ascii_case(m))
        })
}

/// An offset as a token keeps it ([`tokenize`] stops at 4 GiB, so it always fits).
fn at(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// White space characters news copy uses between words and inside numbers.
fn space_len(s: &str, at: usize) -> usize {
    let b = s.as_bytes();
    match b[at] {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => 1,
        0xC2 if b.get(at + 1) == Some(&0xA0) => 2,
        0xE2 if b.get(at + 1) == Some(&0x80)
            && matches!(b.get(at + 2), Some(0x80..=0x8A | 0xAF)) =>
        {
            3
        }
        _ => 0,
    }
}

/// Whether a `,` at `at` (between digits) starts a thousands group: three digits then no
/// digit, or two-digit groups that end in a three-digit one (Indian grouping
/// "12,34,567"). "22,24,26" is a list of numbers, not one. (At most eight groups are
/// looked at, which keeps a long run of commas linear.)
fn comma_groups(b: &[u8], at: usize) -> bool {
    let mut at = at;
    for _ in 0..8 {
        let digits = b
            .get(at + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        match digits {
            3 => return true,
            2 if b.get(at + 3) == Some(&b',') => at += 3,
            _ => return false,
        }
    }
    false
}

/// Where the run of ASCII letters from `k` ends (at most `end`). Eight bytes are tested
/// at a time: words are most of prose, and a byte at a time was the tokenizer's cost.
#[inline(always)]
fn letters_end(b: &[u8], mut k: usize, end: usize) -> usize {
    while k + 8 <= end {
        let Some(chunk) = b.get(k..k + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) else {
            break;
        };
        let n = leading_letters(u64::from_le_bytes(chunk));
        k += n;
        if n < 8 {
            return k;
        }
    }
    while k < end && b[k].is_ascii_alphabetic() {
        k += 1;
    }
    k
}

/// How many of the eight bytes of `chunk` (first byte lowest) lead it as ASCII letters.
#[inline(always)]
fn leading_letters(chunk: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Folded to lower case and seven bits, a byte is a letter when it is from 0x61 to
    // 0x7a: adding 0x1f sets its high bit from 0x61 on, adding 0x05 from 0x7b on (no sum
    // carries into the next byte). Bytes with the high bit set are no ASCII letter.
    let low = (chunk | (0x20 * ONES)) & !HIGH;
    let from_a = low + 0x1f * ONES;
    let past_z = low + 0x05 * ONES;
    let letter = from_a & !past_z & !chunk & HIGH;
    ((!letter & HIGH).trailing_zeros() / 8) as usize
}

/// The run of letters and digits from `st` (with the points and commas inside a number
/// and the apostrophes inside a word): where it ends and what kind of token it is.
#[inline]
fn alnum_run(b: &[u8], st: usize, end: usize) -> (usize, TokKind) {
    let mut i = st;
    let mut letters = false;
    let mut digits = false;
    while i < end {
        // Fast path: the rest of a run of letters, the common case in prose.
        let run = letters_end(b, i, end);
        letters |= run > i;
        i = run;
        if i >= end {
            break;
        }
        let c = b[i];
        let inner_sep = (c == b'.' || c == b',')
            && i > st
            && b[i - 1].is_ascii_digit()
            && i + 1 < end
            && b[i + 1].is_ascii_digit()
            && (c == b'.' || comma_groups(b, i));
        let inner_apostrophe = apostrophe_len(b, i)
            .filter(|&n| {
                i > st
                    && b[i - 1].is_ascii_alphabetic()
                    && i + n < end
                    && b[i + n].is_ascii_alphabetic()
                    && !digits
            })
            .unwrap_or(0);
        if inner_apostrophe > 1 {
            // "don’t": the typographic apostrophe's other bytes are part of the word.
            i += inner_apostrophe;
            continue;
        }
        let inner_apostrophe = inner_apostrophe == 1;
        if c.is_ascii_digit() {
            digits = true;
        } else if c.is_ascii_alphabetic() {
            letters = true;
        } else if !inner_sep && !inner_apostrophe {
            break;
        }
        i += 1;
    }
    let kind = match (letters, digits) {
        (true, false) => TokKind::Word,
        (false, true) => TokKind::Num,
        _ => TokKind::Mixed,
    };
    (i, kind)
}

/// The length of the apostrophe at `at`, straight ("'") or typographic ("’", as most
/// published copy sets it), so that "don’t" and "Spain’s" are one word as "don't" and
/// "Spain's" are.
#[inline(always)]
fn apostrophe_len(b: &[u8], at: usize) -> Option<usize> {
    match b.get(at..) {
        Some([b'\'', ..]) => Some(1),
        Some([0xE2, 0x80, 0x99, ..]) => Some(3),
        _ => None,
    }
}

/// Whether the UTF-8 character `ch` is one copy carries unseen: a combining mark
/// (U+0300–U+036F), a zero-width space, joiner or non-joiner, a word joiner, a byte-order
/// mark or a soft hyphen. Pasted and converted copy puts them inside figures.
fn invisible(ch: &[u8]) -> bool {
    matches!(
        ch,
        [0xCC, _]
            | [0xCD, 0x80..=0xAF]
            | [0xC2, 0xAD]
            | [0xE2, 0x80, 0x8B..=0x8D]
            | [0xE2, 0x81, 0xA0]
            | [0xEF, 0xBB, 0xBF]
    )
}

/// Tokens of `s[range]`, appended to `out` (offsets are into `s`).
pub fn tokenize(s: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let end = end.min(u32::MAX as usize);
    let b = s.as_bytes();
    let mut i = start;
    let mut space = true;
    while i < end {
        let c = b[i];
        if c.is_ascii_alphabetic() {
            // Fast path, most tokens in prose: a run of letters ended by anything but a
            // digit or an apostrophe (which may continue it) is a word.
            let k = letters_end(b, i + 1, end);
            if k >= end
                || !(b[k].is_ascii_digit()
                    || b[k] == b'\''
                    || b[k] == 0xE2 && apostrophe_len(b, k).is_some())
            {
                let quiet = quiet_run(b.get(i..k).unwrap_or_default(), out.last(), b);
                out.push(Tok {
                    start: at(i),
                    end: at(k),
                    kind: TokKind::Word,
                    space,
                    quiet,
                });
                // The plain space after a word, the commonest gap, is taken here rather
                // than by the general loop.
                (i, space) = if k < end && b[k] == b' ' {
                    (k + 1, true)
                } else {
                    (k, false)
                };
                continue;
            }
        }
        if c.is_ascii_alphanumeric() {
            let (e, kind) = alnum_run(b, i, end);
            let quiet = kind == TokKind::Word
                && quiet_any_word(b.get(i..e).unwrap_or_default(), out.last(), b);
            out.push(Tok {
                start: at(i),
                end: at(e),
                kind,
                space,
                quiet,
            });
            space = false;
            i = e;
            continue;
        }
        let w = space_len(s, i);
        if w > 0 {
            i += w;
            space = true;
            continue;
        }
        let len = match c {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xFF => 4,
            _ => 1,
        };
        if c >= 0x80 && invisible(b.get(i..i + len).unwrap_or_default()) {
            // Neither a token nor a space: "3\u{301} million" and "3\u{200b}½" read as
            // if the mark were not there.
            i += len;
            continue;
        }
        let e = (i + len).min(end);
        out.push(Tok {
            start: at(i),
            end: at(e),
            kind: TokKind::Punct,
            space,
            quiet: c < 0x80,
        });
        // (a plain space after a mark, as after "," or ".", taken here as well)
        (i, space) = if e < end && b[e] == b' ' {
            (e + 1, true)
        } else {
            (e, false)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(&str, TokKind)> {
        let mut v = Vec::new();
        tokenize(s, 0, s.len(), &mut v);
        v.iter().map(|t| (&s[t.start()..t.end()], t.kind)).collect()
    }

    #[test]
    fn splits_words_numbers_and_glued_runs() {
        assert_eq!(
            kinds("£3.2bn, 1,200 G7 don't 1,3"),
            vec![
                ("£", TokKind::Punct),
                ("3.2bn", TokKind::Mixed),
                (",", TokKind::Punct),
                ("1,200", TokKind::Num),
                ("G7", TokKind::Mixed),
                ("don't", TokKind::Word),
                ("1", TokKind::Num),
                (",", TokKind::Punct),
                ("3", TokKind::Num),
            ]
        );
    }

    /// The fast path for words gives the tokens the general loop gives, on strings
    /// made of the characters that decide token edges.
    #[test]
    fn word_fast_path_matches_the_general_loop() {
        let alphabet = [
            "a", "Z", "7", "0", "'", ".", ",", " ", "-", "\n", "£", "\u{a0}", "\u{2009}", "Late",
            "mid", "Ten",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 12) as usize;
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            let mut fast = Vec::new();
            tokenize(&text, 0, text.len(), &mut fast);
            assert_eq!(fast, general(&text), "{text:?}");
        }
    }

    /// The loop before the fast path, kept as the reference.
    fn general(s: &str) -> Vec<Tok> {
        let (b, end) = (s.as_bytes(), s.len());
        let mut out = Vec::new();
        let mut i = 0;
        let mut space = true;
        while i < end {
            let c = b[i];
            if c.is_ascii_alphanumeric() {
                let st = i;
                let (mut letters, mut digits) = (false, false);
                while i < end {
                    let c = b[i];
                    let inner_sep = (c == b'.' || c == b',')
                        && i > st
                        && b[i - 1].is_ascii_digit()
                        && i + 1 < end
                        && b[i + 1].is_ascii_digit()
                        && (c == b'.' || comma_groups(b, i));
                    let inner_apostrophe = c == b'\''
                        && i > st
                        && b[i - 1].is_ascii_alphabetic()
                        && i + 1 < end
                        && b[i + 1].is_ascii_alphabetic()
                        && !digits;
                    if c.is_ascii_digit() {
                        digits = true;
                    } else if c.is_ascii_alphabetic() {
                        letters = true;
                    } else if !inner_sep && !inner_apostrophe {
                        break;
                    }
                    i += 1;
                }
                let kind = match (letters, digits) {
                    (true, false) => TokKind::Word,
                    (false, true) => TokKind::Num,
                    _ => TokKind::Mixed,
                };
                let quiet = kind == TokKind::Word && quiet_any_word(&b[st..i], out.last(), b);
                out.push(Tok {
                    start: at(st),
                    end: at(i),
                    kind,
                    space,
                    quiet,
                });
                space = false;
                continue;
            }
            let w = space_len(s, i);
            if w > 0 {
                i += w;
                space = true;
                continue;
            }
            let len = match c {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xFF => 4,
                _ => 1,
            };
            let e = (i + len).min(end);
            out.push(Tok {
                start: at(i),
                end: at(e),
                kind: TokKind::Punct,
                space,
                quiet: c < 0x80,
            });
            space = false;
            i = e;
        }
        out
    }

    /// Words that are no number word and ASCII marks are quiet; number words in any
    /// case, a capitalised word after "late", "early" or "mid" (a month date), digits
    /// and marks outside ASCII are not.
    #[test]
    fn quiet_words_are_lower_case_words_no_figure_starts() {
        fn quiet(s: &str) -> Vec<(&str, bool)> {
            let mut v = Vec::new();
            tokenize(s, 0, s.len(), &mut v);
            v.iter()
                .map(|t| (&s[t.start()..t.end()], t.quiet))
                .collect()
        }
        assert_eq!(
            quiet("the three vans, isn't Three May 12 a dozen twentyone"),
            vec![
                ("the", true),
                ("three", false),
                ("vans", true),
                (",", true),
                ("isn't", true),
                ("Three", false),
                ("May", true),
                ("12", false),
                ("a", false),
                ("dozen", false),
                ("twentyone", false),
            ]
        );
        assert_eq!(
            quiet("in late May, Mid June, early-July or MID Fall; Paris' Jones"),
            vec![
                ("in", true),
                ("late", true),
                ("May", false),
                (",", true),
                ("Mid", true),
                ("June", false),
                (",", true),
                ("early", true),
                ("-", true),
                ("July", true),
                ("or", true),
                ("MID", true),
                ("Fall", false),
                (";", true),
                ("Paris", true),
                ("'", true),
                ("Jones", true),
            ]
        );
        assert_eq!(
            quiet("½ £3"),
            vec![("½", false), ("£", false), ("3", false)]
        );
    }

    /// The eight-byte letter test agrees with `is_ascii_alphabetic` on every byte in
    /// every position.
    #[test]
    fn leading_letters_agrees_with_the_byte_test() {
        for byte in 0..=255u8 {
            for pos in 0..8 {
                let mut chunk = *b"abcdefgh";
                chunk[pos] = byte;
                let want = if byte.is_ascii_alphabetic() { 8 } else { pos };
                assert_eq!(
                    leading_letters(u64::from_le_bytes(chunk)),
                    want,
                    "{byte:#x} at {pos}"
                );
            }
        }
        assert_eq!(letters_end(b"Wordsworth's", 0, 12), 10);
        assert_eq!(letters_end(b"abcdefghijklmnop1", 0, 17), 16);
        assert_eq!(letters_end(b"abcdefghijklmnop", 0, 9), 9);
    }

    #[test]
    fn indian_grouping_stays_one_token() {
        assert_eq!(kinds("12,34,567"), vec![("12,34,567", TokKind::Num)]);
    }
}

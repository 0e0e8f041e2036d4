//! HTML character references (`&pound;`, `&#163;`, `&#x20AC;`) decoded one by one, so
//! that each decoded character keeps the span of the reference it came from.

use std::ops::Range;

use super::view::Builder;

/// Longest reference looked at: the longest named one (`&CounterClockwiseContourIntegral;`)
/// is 33 bytes.
const LONGEST: usize = 40;

/// Adds the file's `src` bytes to `b`, with every character reference decoded.
pub fn push_decoded(b: &mut Builder, src: Range<usize>) {
    let source = b.source();
    let Some(text) = source.get(src.clone()) else {
        return;
    };
    let mut run = src.start;
    for (rel, _) in text.match_indices('&') {
        let at = src.start + rel;
        if at < run {
            continue;
        }
        let Some((len, decoded)) = reference(&source[at..src.end]) else {
            continue;
        };
        b.push_verbatim(run..at);
        b.push(at..at + len, &decoded);
        run = at + len;
    }
    b.push_verbatim(run..src.end);
}

/// The reference at the start of `s` (which starts with `&`): its length and what it
/// stands for. Numeric references may lack their `;`; named ones need it.
pub fn reference(s: &str) -> Option<(usize, String)> {
    let bytes = s.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        let (digits_from, radix) = match bytes.get(2) {
            Some(b'x' | b'X') => (3, 16),
            _ => (2, 10),
        };
        let digits = bytes[digits_from..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit() && (radix == 16 || b.is_ascii_digit()))
            .count();
        if digits == 0 || digits > 8 {
            return None;
        }
        let end = digits_from + digits;
        let code = u32::from_str_radix(&s[digits_from..end], radix).ok()?;
        let c = match code {
            0 => '\u{fffd}',
            // Windows-1252 code points named as such by old CMSs: &#150; is a dash
            0x80..=0x9f => windows_1252(code).unwrap_or('\u{fffd}'),
            _ => char::from_u32(code).unwrap_or('\u{fffd}'),
        };
        let len = if bytes.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        };
        return Some((len, c.to_string()));
    }
    let name = bytes[1..]
        .iter()
        .take(LONGEST)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name == 0 || bytes.get(1 + name) != Some(&b';') {
        return None;
    }
    let whole = &s[..name + 2];
    let decoded = html_escape::decode_html_entities(whole);
    (decoded != whole).then(|| (whole.len(), decoded.into_owned()))
}

/// The character a Windows-1252 byte in 0x80–0x9F stands for.
fn windows_1252(code: u32) -> Option<char> {
    let byte = u8::try_from(code).ok()?;
    let bytes = [byte];
    let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
    s.chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decode_with_their_lengths() {
        assert_eq!(reference("&pound;4"), Some((7, "£".into())));
        assert_eq!(reference("&#163;5m"), Some((6, "£".into())));
        assert_eq!(reference("&#x20AC;"), Some((8, "€".into())));
        assert_eq!(reference("&#8201;000"), Some((7, "\u{2009}".into())));
        assert_eq!(reference("&#150;"), Some((6, "\u{2013}".into())));
        assert_eq!(reference("&#163 x"), Some((5, "£".into())));
        assert_eq!(reference("&nosuch;"), None);
        assert_eq!(reference("& co"), None);
        assert_eq!(reference("&amp"), None);
    }
}

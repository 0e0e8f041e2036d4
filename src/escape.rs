//! Text from outside (copy, file names, record ids, source titles) made safe for the
//! place it is printed: a terminal, a GitHub workflow command, an HTML page.
//!
//! A file name holding a newline and `::error …` would forge a workflow command; ESC
//! sequences, OSC 8 links and bidi overrides (U+202E) would restyle, relink or reorder
//! what an editor reads. Each is shown instead as a visible escape such as `\x1b` or
//! `\u{202e}`, so the line says what the bytes are and does no more.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` must not reach a terminal as itself: C0 controls other than tab, DEL, C1
/// controls, and the Unicode bidi controls and marks.
pub fn is_hostile(c: char) -> bool {
    (c.is_control() && c != '\t') || is_bidi(c)
}

/// The bidi embeddings, overrides, isolates and marks.
pub fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// `c` as a visible escape: `\n`, `\r`, `\x1b`, `\u{202e}`.
fn push_escaped(out: &mut String, c: char) {
    let _ = match c {
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        c if (c as u32) < 0x100 => write!(out, "\\x{:02x}", c as u32),
        c => write!(out, "\\u{{{:x}}}", c as u32),
    };
}

/// One line for a terminal or a log: every hostile character (newlines included) shown
/// as its escape. Borrowed, at no cost, when there is none.
pub fn line(s: &str) -> Cow<'_, str> {
    escape_where(s, is_hostile)
}

/// Copy for a terminal where line breaks are the copy's own (an `extract` text, a
/// multi-line message): newlines kept, every other hostile character escaped.
pub fn text(s: &str) -> Cow<'_, str> {
    escape_where(s, |c| c != '\n' && is_hostile(c))
}

fn escape_where(s: &str, hostile: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&hostile) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hostile(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// HTML-escaped text, safe in element content and quoted attributes alike, with bidi
/// and other control characters shown visibly as their escapes (`\u{202e}`), never
/// applied to the page.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c != '\n' && c != '\r' && is_hostile(c) => push_escaped(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// A GitHub workflow command's message: `%`, CR and LF percent-encoded (so no text can
/// start a command of its own), other hostile characters escaped.
pub fn github_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in line_keep_breaks(s).chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// A GitHub workflow command's property (`file=`, `title=`): as [`github_data`], and
/// `:` and `,` encoded too, since they end a property.
pub fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn line_keep_breaks(s: &str) -> Cow<'_, str> {
    escape_where(s, |c| c != '\n' && c != '\r' && is_hostile(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_obey() {
        assert_eq!(line("plain £5m — fine"), "plain £5m — fine");
        assert_eq!(
            line("a\n::error file=x::forged\u{1b}[31m\u{202e}"),
            "a\\n::error file=x::forged\\x1b[31m\\u{202e}"
        );
        assert_eq!(text("one\ntwo\u{7}"), "one\ntwo\\x07");
        assert_eq!(html("<b>\u{202e}</b>"), "&lt;b&gt;\\u{202e}&lt;/b&gt;");
        assert_eq!(github_data("50%\n::error::x"), "50%25%0A::error::x");
        assert_eq!(github_property("a:b,c\nd"), "a%3Ab%2Cc%0Ad");
    }
}

//! Regex fragments for matching phrasings against sentence skeletons (see `figure`).
//!
//! Patterns are written once, as strings with placeholders, and expanded here:
//! `{N:a}` a count or money figure captured as `a`, `{P:c}` a percentage captured as `c`,
//! `{F:a}` any figure, `{W}` up to three plain words, `{G}` a short stretch of copy with
//! no figure in it.

use regex::Regex;

/// Expands the placeholders of `pat` and compiles it. Patterns are constants of this
/// crate, so a failure is a programming error: debug builds (and so every test) stop on
/// it; release builds get a regex that never matches rather than a panic.
pub(crate) fn compile(pat: &str) -> Regex {
    let mut out = String::with_capacity(pat.len() * 2);
    let mut rest = pat;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let tok = &rest[open + 1..open + close];
        let expanded = match tok.split_once(':') {
            Some(("N", name)) => format!("#[nm](?P<{name}>\\d+)#"),
            Some(("P", name)) => format!("#p(?P<{name}>\\d+)#"),
            Some(("F", name)) => format!("#[nmp](?P<{name}>\\d+)#"),
            _ => match tok {
                "W" => r"(?:[a-z0-9'\-]+\s+){0,3}?".to_string(),
                "G" => r"[^#.;]{0,50}?".to_string(),
                // a regex repetition such as {0,3}: keep it
                _ => format!("{{{tok}}}"),
            },
        };
        out.push_str(&expanded);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    // ASCII word boundaries: a Unicode `\b` stops the fast DFA engines on any copy with
    // a non-ASCII character (£, curly quotes), and every boundary here is next to ASCII
    let out = ascii_boundaries(&out);
    match Regex::new(&out) {
        Ok(r) => r,
        Err(e) => {
            debug_assert!(false, "pattern {pat} does not compile: {e}");
            never()
        }
    }
}

/// `pat` with each `\b` made an ASCII word boundary.
pub(crate) fn ascii_boundaries(pat: &str) -> String {
    pat.replace(r"\b", r"(?-u:\b)")
}

/// A regex that matches nothing: the stand-in for a pattern that failed to compile.
pub(crate) fn never() -> Regex {
    // an empty character class: this constant always compiles, so the fallback (which
    // would only retry it) is never taken
    Regex::new(r"[^\s\S]").unwrap_or_else(|_| never())
}

/// Compiles a list of patterns.
pub(crate) fn compile_all(pats: &[&str]) -> Vec<Regex> {
    pats.iter().map(|p| compile(p)).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn expands_placeholders() {
        let r = super::compile(r"from {W}{N:a}{G}\bto {N:b}");
        assert_eq!(
            r.as_str(),
            r"from (?:[a-z0-9'\-]+\s+){0,3}?#[nm](?P<a>\d+)#[^#.;]{0,50}?(?-u:\b)to #[nm](?P<b>\d+)#"
        );
        assert!(r.is_match("from about #n0# in january to #n1#"));
    }
}

//! Copy as a typesetter sets it, for tests that require typographic copy to read as the
//! same copy set plainly.

/// `s` with typographic quotes: a double quote after white space, an opening bracket or
/// the start opens (“), any other closes (”); a single quote likewise (‘ or ’), so an
/// apostrophe inside a word is ’.
pub fn typographic(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    let mut before: Option<char> = None;
    for ch in s.chars() {
        let opens = before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '“'));
        out.push(match ch {
            '"' if opens => '“',
            '"' => '”',
            '\'' if opens => '‘',
            '\'' => '’',
            c => c,
        });
        before = Some(ch);
    }
    out
}

/// `s` with its typographic quotes made straight again, so that what two settings of
/// one text print compares equal.
pub fn straightened(s: &str) -> String {
    s.replace(['“', '”'], "\"").replace(['‘', '’'], "'")
}

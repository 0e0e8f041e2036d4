//! Places as LSP counts them: 0-based lines, columns in UTF-16 code units; and `file:`
//! URIs as paths.

use std::path::PathBuf;

/// The LSP position (line, UTF-16 column; both from 0) of byte `offset` in `text`.
pub fn lsp_position(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = memchr::memchr_iter(b'\n', before.as_bytes()).count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[start..].encode_utf16().count();
    (line, column)
}

/// The path a `file:` URI names (percent-escapes decoded); `None` for other schemes.
pub fn path_of_uri(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // `file:///p` (empty host) or `file://localhost/p`
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&a), Some(&b)) if hex(a).is_some() && hex(b).is_some() => {
                let v = hex(a).unwrap_or(0) * 16 + hex(b).unwrap_or(0);
                out.push(u8::try_from(v).unwrap_or(b'?'));
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    Some(PathBuf::from(String::from_utf8_lossy(&out).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units() {
        let text = "£5 and 𝟙\nthen 7";
        assert_eq!(lsp_position(text, 0), (0, 0));
        assert_eq!(lsp_position(text, "£5 and ".len()), (0, 7));
        assert_eq!(lsp_position(text, "£5 and 𝟙".len()), (0, 9));
        assert_eq!(lsp_position(text, text.len()), (1, 6));
    }

    #[test]
    fn file_uris_are_paths() {
        assert_eq!(
            path_of_uri("file:///tmp/a%20b/c.md"),
            Some(PathBuf::from("/tmp/a b/c.md"))
        );
        assert_eq!(path_of_uri("untitled:1"), None);
    }
}

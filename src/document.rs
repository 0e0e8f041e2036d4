//! An article as the rest of the pipeline sees it: its text, the same text with markup
//! masked, and indexes of lines, paragraphs, sentences and clauses.
//!
//! Every offset in the program is a byte offset into [`Document::text`]. The masked copy,
//! [`Document::prose`], has exactly the same length and the same bytes wherever the text is
//! copy, so a match found in `prose` is sliced out of `text` unchanged. Markup (tags, link
//! targets, code, scripts, front matter) is replaced by ASCII spaces, byte for byte, which
//! keeps `prose` valid UTF-8 and every offset aligned.
//!
//! Markdown and HTML are parsed (Markdown with pulldown-cmark, HTML with html5gum) into
//! a [`View`]: the copy as a reader sees it, one unit per block element, decoded, with a
//! map back to the file's bytes. Its units are the document's paragraphs, and figures are
//! read from it (an entity such as `&pound;` cannot be read in place), then located in
//! the file again. Plain text is its own view and goes through no parser.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

mod entity;
mod front_matter;
mod html;
mod markdown;
mod view;

pub use view::{BlockKind, Cell, Unit, View};

/// How the copy is marked up; decides what is masked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format a file's extension implies; `None` for files the walker does not read.
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
        match ext.as_str() {
            "txt" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// One article, read and indexed.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as the user should see it: relative where possible, `/`-separated.
    pub path: String,
    /// The copy as read (decoded to UTF-8). Offsets point into this.
    pub text: String,
    /// `text` with markup replaced by spaces, when there was markup to replace; see
    /// [`Document::prose`].
    masked: Option<String>,
    /// The decoded copy of Markdown and HTML; `None` for plain text.
    view: Option<Arc<View>>,
    pub format: Format,
    /// sha256 of the bytes as read from disk, hex.
    pub sha256: String,
    line_starts: Vec<usize>,
    /// Characters before every [`CHAR_CHECKPOINT`]-th byte, so a column is counted from
    /// the nearest checkpoint rather than from the start of a possibly 20 MB line. Made
    /// on the first lookup: extraction walks forward with [`Document::line_col_after`] and
    /// never needs them.
    char_checkpoints: std::sync::OnceLock<Vec<usize>>,
    paragraphs: Vec<Range<usize>>,
    sentences: Vec<Range<usize>>,
}

impl Document {
    /// Indexes `text`. `sha256` is of the original bytes, which may differ from `text`
    /// when the file had to be decoded from another encoding.
    pub fn new(path: impl Into<String>, text: String, format: Format, sha256: String) -> Self {
        let index = Index::new(&text, format);
        Document::with_index(path, text, format, sha256, index)
    }

    /// A document from an [`Index`] made beforehand of this same `text` (one made of
    /// another text is ignored and the text indexed afresh).
    pub fn with_index(
        path: impl Into<String>,
        text: String,
        format: Format,
        sha256: String,
        index: Index,
    ) -> Self {
        let index = if index.text_len == text.len() && index.format == format {
            index
        } else {
            Index::new(&text, format)
        };
        Document {
            path: path.into(),
            text,
            masked: index.masked,
            view: index.view,
            format,
            sha256,
            line_starts: index.line_starts,
            char_checkpoints: std::sync::OnceLock::new(),
            paragraphs: index.paragraphs,
            sentences: index.sentences,
        }
    }

    /// A document from a string, hashing it; for tests and stdin.
    pub fn from_text(path: impl Into<String>, text: impl Into<String>, format: Format) -> Self {
        let text = text.into();
        let sha = crate::hash::sha256_hex(text.as_bytes());
        Document::new(path, text, format, sha)
    }

    /// `text` with markup replaced by spaces: same length, same offsets, the same bytes
    /// wherever the text is copy. Plain text is its own prose and is not stored twice.
    pub fn prose(&self) -> &str {
        self.masked.as_deref().unwrap_or(&self.text)
    }

    /// The decoded copy of a Markdown or HTML file, whose units are this document's
    /// paragraphs; `None` for plain text, which is read as it is.
    pub fn view(&self) -> Option<&View> {
        self.view.as_deref()
    }

    /// The copy in `span` as a reader sees it: entities decoded, inline code shown,
    /// markup gone (each block on a line of its own). Plain text as it is.
    pub fn shown(&self, span: Range<usize>) -> Cow<'_, str> {
        match &self.view {
            Some(v) => Cow::Borrowed(v.shown(span)),
            None => Cow::Borrowed(self.prose().get(span).unwrap_or("")),
        }
    }

    /// The clean text of one stretch of copy (a sentence, for a record's `statement`):
    /// as a reader sees it, figures decoded, whitespace folded, no markup.
    pub fn statement(&self, span: Range<usize>) -> String {
        let text = match &self.view {
            Some(v) => v.doc().text.get(v.view_span(span)).unwrap_or(""),
            None => self.prose().get(span).unwrap_or(""),
        };
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The headers of the table cell holding `offset`, as a reader sees them: its
    /// column's header, then its row's. Empty outside a table (and in plain text), so a
    /// figure in a cell can be said and matched by what its row and column name.
    pub fn cell_headers(&self, offset: usize) -> Vec<String> {
        let Some(view) = &self.view else {
            return Vec::new();
        };
        view.unit_at(offset)
            .map(|u| {
                view.headers_of(u)
                    .into_iter()
                    .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// 1-based line and 1-based column in characters, for a byte offset. A byte-order
    /// mark is not counted: editors do not show it, so column 1 is the first visible
    /// character. Costs at most [`CHAR_CHECKPOINT`] bytes of counting, however long the
    /// line.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line_idx = self.line_index(offset);
        let start = self.line_starts.get(line_idx).copied().unwrap_or(0);
        // A line shorter than a checkpoint's block is counted directly: most lines are,
        // and the checkpoints would cost a pass over the whole text.
        let mut column = if offset - start <= CHAR_CHECKPOINT {
            self.text
                .as_bytes()
                .get(start..offset)
                .map_or(0, count_chars)
                + 1
        } else {
            self.chars_before(offset) - self.chars_before(start) + 1
        };
        if line_idx == 0 && offset >= 3 && self.text.starts_with('\u{feff}') {
            column -= 1;
        }
        (line_idx + 1, column)
    }

    /// Line and column of `offset`, counted on from an earlier position whose line and
    /// column are known (`from` is `(offset, line, column)`), so that positions asked for in
    /// order cost one pass over the text in all. Falls back to [`Document::line_col`] when
    /// there is no earlier position or `offset` is not after it.
    pub fn line_col_after(
        &self,
        from: Option<(usize, usize, usize)>,
        offset: usize,
    ) -> (usize, usize) {
        // (Near the start, where a byte-order mark may sit uncounted, count from the line's
        // start: a lookup would make the checkpoints of the whole text for one position.)
        let Some((prev, line, column)) = from.filter(|&(prev, ..)| prev >= 3) else {
            return self.line_col_from_line_start(offset);
        };
        let Some(gap) = self.text.get(prev..offset) else {
            return self.line_col(offset);
        };
        if memchr::memchr2(b'\n', b'\r', gap.as_bytes()).is_none() {
            return (line, column + count_chars(gap.as_bytes()));
        }
        let line_idx = self.line_index(offset);
        if line_idx + 1 == line {
            // still the same line: `offset` is the '\n' of a CRLF pair
            return (line, column + count_chars(gap.as_bytes()));
        }
        // A new line began within the gap: its start is after `prev`, so counting from
        // there stays within the gap.
        let start = self.line_starts.get(line_idx).copied().unwrap_or(0);
        let counted = self
            .text
            .as_bytes()
            .get(start..offset)
            .map_or(0, count_chars);
        (line_idx + 1, counted + 1)
    }

    /// [`Document::line_col`] counted from the start of the line.
    fn line_col_from_line_start(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line_idx = self.line_index(offset);
        let start = self.line_starts.get(line_idx).copied().unwrap_or(0);
        let mut column = self
            .text
            .as_bytes()
            .get(start..offset)
            .map_or(0, count_chars)
            + 1;
        if line_idx == 0 && offset >= 3 && self.text.starts_with('\u{feff}') {
            column -= 1;
        }
        (line_idx + 1, column)
    }

    /// 0-based index of the line holding `offset`.
    fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Characters before byte `offset` (`offset` at most the text's length).
    fn chars_before(&self, offset: usize) -> usize {
        let checkpoints = self
            .char_checkpoints
            .get_or_init(|| char_checkpoints(self.text.as_bytes()));
        let block = offset / CHAR_CHECKPOINT;
        let base = checkpoints.get(block).copied().unwrap_or(0);
        let counted = self
            .text
            .as_bytes()
            .get(block * CHAR_CHECKPOINT..offset)
            .map_or(0, count_chars);
        base + counted
    }

    /// Number of lines (a trailing newline does not start a new one).
    pub fn line_count(&self) -> usize {
        let n = self.line_starts.len();
        if n > 1 && self.line_starts[n - 1] == self.text.len() {
            n - 1
        } else {
            n
        }
    }

    /// The byte range of 1-based line `line`, without its line ending.
    pub fn line_span(&self, line: usize) -> Range<usize> {
        let idx = line.saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[idx];
        let mut end = self
            .line_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.text.len());
        let bytes = self.text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }

    /// Paragraph ranges in order. In plain text every non-blank line is a paragraph (news
    /// copy exported from a CMS has one paragraph per line); in Markdown and HTML every
    /// block element's copy (a heading, paragraph, list item, table cell, caption) is one,
    /// from its first visible character to its last.
    pub fn paragraphs(&self) -> &[Range<usize>] {
        &self.paragraphs
    }

    /// Sentence ranges in order, never crossing a paragraph.
    pub fn sentences(&self) -> &[Range<usize>] {
        &self.sentences
    }

    /// The sentence holding `offset` (an empty range at `offset` when it is in no sentence).
    pub fn sentence_span(&self, offset: usize) -> Range<usize> {
        containing(&self.sentences, offset).unwrap_or(offset..offset)
    }

    /// The paragraph holding `offset`.
    pub fn paragraph_span(&self, offset: usize) -> Range<usize> {
        containing(&self.paragraphs, offset).unwrap_or(offset..offset)
    }

    /// The clause holding `offset`: its sentence cut at `;`, `:`, dashes set off by spaces,
    /// brackets and comma-space. Record matching looks here first, since a sentence often
    /// carries several figures about different things.
    pub fn clause_span(&self, offset: usize) -> Range<usize> {
        let sentence = self.sentence_span(offset);
        clause_within(self.prose(), sentence, offset)
    }

    /// The text of a span (empty if the span is not on char boundaries).
    pub fn slice(&self, span: Range<usize>) -> &str {
        self.text.get(span).unwrap_or("")
    }
}

/// What a [`Document`] knows of its text besides the text: made from a borrowed text, so
/// that a file can be indexed while its bytes are still being hashed.
#[derive(Debug)]
pub struct Index {
    text_len: usize,
    format: Format,
    masked: Option<String>,
    view: Option<Arc<View>>,
    line_starts: Vec<usize>,
    paragraphs: Vec<Range<usize>>,
    sentences: Vec<Range<usize>>,
}

impl Index {
    /// Indexes `text`: plain text line by line, Markdown and HTML through their parsers.
    pub fn new(text: &str, format: Format) -> Index {
        let ((masked, view, paragraphs, sentences), line_starts) = rayon::join(
            || {
                let view = match format {
                    Format::Text => None,
                    Format::Markdown => Some(Arc::new(markdown::read(text))),
                    Format::Html => Some(Arc::new(html::read(text))),
                };
                let (masked, paragraphs) = match &view {
                    Some(v) => (
                        Some(view::prose(text, v)),
                        v.units().iter().map(|u| u.source.clone()).collect(),
                    ),
                    None => {
                        let masked = plain_prose(text);
                        let prose = masked.as_deref().unwrap_or(text);
                        let paragraphs = paragraphs(prose);
                        (masked, paragraphs)
                    }
                };
                let prose = masked.as_deref().unwrap_or(text);
                let sentences = sentences(prose, &paragraphs);
                (masked, view, paragraphs, sentences)
            },
            || line_starts(text),
        );
        Index {
            text_len: text.len(),
            format,
            masked,
            view,
            line_starts,
            paragraphs,
            sentences,
        }
    }
}

/// Plain text as the scan reads it: [`without_bom`], and each Unicode hyphen (U+2010,
/// and the non-breaking U+2011 that word processors put in "20‑year‑old" or "2019‑20")
/// made an ASCII hyphen followed by a soft hyphen, which the tokenizer passes over:
/// the same length, so every offset holds, and the hyphen reads as "-" does. `None`
/// when the text is its own prose, the common case, so a large file is not held twice.
fn plain_prose(text: &str) -> Option<String> {
    // (one pass for both: they share their first two bytes, E2 80)
    let b = text.as_bytes();
    let unicode_hyphen = memchr::memmem::find_iter(b, b"\xe2\x80")
        .any(|i| matches!(b.get(i + 2), Some(0x90 | 0x91)));
    if !unicode_hyphen {
        return without_bom(text);
    }
    let prose = without_bom(text).unwrap_or_else(|| text.to_string());
    Some(prose.replace(['\u{2010}', '\u{2011}'], "-\u{ad}"))
}

/// Plain text with its byte-order mark blanked (it is not copy); `None` without one, the
/// common case, so a large file is not held twice.
fn without_bom(text: &str) -> Option<String> {
    text.strip_prefix('\u{feff}')
        .map(|rest| format!("   {rest}"))
}

/// Texts shorter than this are indexed and scanned in one pass: below it, handing work
/// to another thread costs more than it saves.
pub const PARALLEL_FROM: usize = 1 << 20;

/// About how many bytes of copy each parallel part holds: enough for a thread to run a
/// while, small enough that two cores finish together.
pub const PART_BYTES: usize = 1 << 19;

/// `paragraphs` cut into consecutive runs of about [`PART_BYTES`] each (a longer
/// paragraph is a run of its own), for work done paragraph by paragraph in parallel.
pub fn paragraph_runs(paragraphs: &[Range<usize>]) -> Vec<&[Range<usize>]> {
    runs_of(paragraphs, PART_BYTES)
}

/// `paragraphs` cut into consecutive runs of about `bytes` each (a longer paragraph is
/// a run of its own).
pub(crate) fn runs_of(paragraphs: &[Range<usize>], bytes: usize) -> Vec<&[Range<usize>]> {
    let mut runs = Vec::new();
    let mut rest = paragraphs;
    while let Some(first) = rest.first() {
        let limit = first.start.saturating_add(bytes);
        let n = rest.partition_point(|p| p.end <= limit).max(1);
        let (run, tail) = rest.split_at(n);
        runs.push(run);
        rest = tail;
    }
    runs
}

/// Bytes between the checkpoints of [`Document::line_col`].
const CHAR_CHECKPOINT: usize = 4096;

/// Characters in UTF-8 `bytes`: every byte that does not continue a sequence starts one.
/// (Copy is mostly ASCII, where the count is the length, found a word at a time.)
fn count_chars(bytes: &[u8]) -> usize {
    if bytes.is_ascii() {
        return bytes.len();
    }
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// Characters before byte `k * CHAR_CHECKPOINT`, for every `k` up to and including the
/// text's end.
fn char_checkpoints(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::with_capacity(bytes.len() / CHAR_CHECKPOINT + 2);
    let mut count = 0;
    for chunk in bytes.chunks(CHAR_CHECKPOINT) {
        out.push(count);
        count += count_chars(chunk);
    }
    out.push(count);
    out
}

fn containing(ranges: &[Range<usize>], offset: usize) -> Option<Range<usize>> {
    let idx = ranges.partition_point(|r| r.end <= offset);
    ranges
        .get(idx)
        .filter(|r| r.start <= offset && offset < r.end.max(r.start + 1))
        .cloned()
}

fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
            continue; // CRLF: the '\n' starts the next line
        }
        starts.push(pos + 1);
    }
    starts
}

/// Blank by the same (Unicode) measure `trim` uses, so a line of no-break spaces is blank
/// rather than a paragraph whose trimmed start lies past its end.
fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

fn paragraphs(prose: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut block: Option<Range<usize>> = None;
    let bytes = prose.as_bytes();
    let mut pos = 0;
    // Lines ending in '\n' or '\r' (kept), found with memchr: splitting on a char
    // pattern decoded every character of the document.
    while pos < bytes.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[pos..]).map_or(bytes.len(), |p| pos + p + 1);
        let Some(raw_line) = prose.get(pos..end) else {
            break;
        };
        let line_start = pos;
        pos = end;
        let line = raw_line.trim_end_matches(['\n', '\r']);
        if line.is_empty()
            && raw_line == "\n"
            && prose.as_bytes().get(line_start.wrapping_sub(1)) == Some(&b'\r')
        {
            continue; // the '\n' of a CRLF pair
        }
        let trimmed_start = line_start + (line.len() - line.trim_start().len());
        let trimmed_end = line_start + line.trim_end().len();
        // (a line of Unicode spaces such as U+2000 is blank too: trimming empties it)
        if is_blank(line) || trimmed_start >= trimmed_end {
            if let Some(b) = block.take() {
                out.push(b);
            }
            continue;
        }
        if let Some(b) = block.take() {
            out.push(b);
        }
        block = Some(trimmed_start..trimmed_end);
    }
    if let Some(b) = block {
        out.push(b);
    }
    out
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
    "jr", "sr", "gen", "gov", "sen", "rep", "rev", "col", "capt", "lt", "sgt", "fig", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.k", "e.g", "i.e", "a.m", "p.m", "est", "dept", "univ", "mt", "ft",
];

/// Sentence ranges of every paragraph, in order; a long text's paragraphs are cut into
/// sentences in parallel runs (no sentence crosses a paragraph).
fn sentences(prose: &str, paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    use rayon::prelude::*;
    if prose.len() < PARALLEL_FROM {
        return sentences_of(prose, paragraphs);
    }
    let parts: Vec<Vec<Range<usize>>> = paragraph_runs(paragraphs)
        .into_par_iter()
        .map(|run| sentences_of(prose, run))
        .collect();
    parts.concat()
}

fn sentences_of(prose: &str, paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    let bytes = prose.as_bytes();
    let mut out = Vec::new();
    for para in paragraphs {
        let mut start = para.start;
        let mut i = para.start;
        while i < para.end {
            // Jump to the next sentence mark rather than test every byte.
            match memchr::memchr3(b'.', b'!', b'?', &bytes[i..para.end]) {
                Some(p) => i += p,
                None => break,
            }
            if ends_sentence(prose, para, i) {
                // take closing quotes and brackets with the sentence
                let mut end = i + 1;
                while end < para.end {
                    let rest = &prose[end..para.end];
                    let c = rest.chars().next().unwrap_or(' ');
                    if matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}') {
                        end += c.len_utf8();
                    } else {
                        break;
                    }
                }
                push_trimmed(prose, &mut out, start..end);
                start = end;
                i = end;
                continue;
            }
            i += 1;
        }
        push_trimmed(prose, &mut out, start..para.end);
    }
    out
}

/// Longest sentence, in bytes. Copy with no sentence punctuation (a pasted table, a list
/// of figures, 20 MB on one line) is cut at a space before this length, so that every
/// consumer of a sentence (each figure's `sentence`, clause search) does bounded work
/// per figure. Real sentences are far shorter.
pub const MAX_SENTENCE: usize = 1000;

fn push_trimmed(prose: &str, out: &mut Vec<Range<usize>>, span: Range<usize>) {
    let Some(s) = prose.get(span.clone()) else {
        return;
    };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    let (mut start, end) = (span.start + lead, span.end - trail);
    while end - start > MAX_SENTENCE {
        let cut = cut_point(prose, start, start + MAX_SENTENCE);
        let piece = &prose[start..cut];
        let piece_end = start + piece.trim_end().len();
        if piece_end > start {
            out.push(start..piece_end);
        }
        let rest = &prose[cut..end];
        start = cut + (rest.len() - rest.trim_start().len());
    }
    if end > start {
        out.push(start..end);
    }
}

/// Where to cut an over-long sentence that starts at `start`: after the last whitespace
/// before `limit`, else at the last char boundary before it. Always past `start`.
fn cut_point(prose: &str, start: usize, limit: usize) -> usize {
    let bytes = prose.as_bytes();
    if let Some(p) = bytes[start + 1..limit]
        .iter()
        .rposition(|b| b.is_ascii_whitespace())
    {
        return start + 1 + p + 1;
    }
    let mut cut = limit;
    while cut > start + 1 && !prose.is_char_boundary(cut) {
        cut -= 1;
    }
    cut
}

/// Whether `word` is one of [`ABBREVIATIONS`], in any case. Asked at every full stop,
/// so the word is lower-cased on the stack into one number ([`abbreviation_key`]) and
/// looked up by a binary search rather than compared with each abbreviation.
fn is_abbreviation(word: &str) -> bool {
    const LONGEST: usize = 6;
    if word.is_empty() || word.len() > LONGEST {
        return false;
    }
    let mut lower = [0u8; LONGEST];
    for (l, c) in lower.iter_mut().zip(word.bytes()) {
        *l = c.to_ascii_lowercase();
    }
    ABBREVIATION_KEYS
        .binary_search(&abbreviation_key(&lower, word.len()))
        .is_ok()
}

/// The first `len` (at most 7) bytes of `word` and its length in one number, equal for
/// two words exactly when they are the same.
const fn abbreviation_key(word: &[u8], len: usize) -> u64 {
    let mut key = [0u8; 8];
    let mut k = 0;
    while k < len && k < 7 && k < word.len() {
        key[k] = word[k];
        k += 1;
    }
    key[7] = len as u8;
    u64::from_le_bytes(key)
}

/// [`ABBREVIATIONS`] as [`abbreviation_key`]s, sorted.
const ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0u64; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < keys.len() {
        let a = ABBREVIATIONS[i].as_bytes();
        keys[i] = abbreviation_key(a, a.len());
        i += 1;
    }
    let mut i = 1;
    while i < keys.len() {
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
};

fn ends_sentence(prose: &str, para: &Range<usize>, i: usize) -> bool {
    let bytes = prose.as_bytes();
    // what follows: closing quotes/brackets, then whitespace (or the paragraph's end)
    let mut j = i + 1;
    while j < para.end {
        let c = prose[j..].chars().next().unwrap_or(' ');
        if matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}') {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    if j >= para.end {
        return true;
    }
    if !bytes[j].is_ascii_whitespace() {
        return false; // "1.4", "U.S.", "example.com"
    }
    if bytes[i] != b'.' {
        return true;
    }
    // the word before the full stop
    let before = &prose[para.start..i];
    // after the separator, which may be wider than a byte (a no-break space)
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    // (compared in place: this runs at every full stop, and a lower-cased copy was an
    // allocation each time)
    let word = &before[word_start..];
    if is_abbreviation(word) {
        return false;
    }
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_alphabetic()) {
        return false; // an initial: "Kristi L. Noem"
    }
    // the next word must look like a sentence start
    let next = prose[j..para.end].trim_start();
    match next.chars().next() {
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '£' | '$' | '€'
                )
        }
        None => true,
    }
}

fn clause_within(prose: &str, sentence: Range<usize>, offset: usize) -> Range<usize> {
    let s = match prose.get(sentence.clone()) {
        Some(s) => s,
        None => return sentence,
    };
    let rel = offset.saturating_sub(sentence.start);
    let mut start = 0;
    let mut end = s.len();
    for (pos, len) in clause_breaks(s) {
        if pos + len <= rel {
            start = pos + len;
        } else if pos >= rel {
            end = pos;
            break;
        }
    }
    sentence.start + start..sentence.start + end
}

/// Byte positions and lengths of clause separators within a sentence.
fn clause_breaks(s: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    for (pos, c) in s.char_indices() {
        let len = c.len_utf8();
        let spaced_before = pos > 0 && bytes[pos - 1] == b' ';
        let spaced_after = bytes.get(pos + len) == Some(&b' ');
        let is_break = match c {
            ';' | '(' | ')' | '[' | ']' => true,
            ':' => spaced_after,
            ',' => spaced_after,
            '\u{2014}' | '\u{2013}' => spaced_before || spaced_after,
            '-' => spaced_before && spaced_after,
            _ => false,
        };
        if is_break {
            out.push((pos, len));
        }
    }
    out
}

/// The last `n` bytes or so of `text`, from a character boundary: the frame stage and the
/// binders read only the few words before a figure, so the cost per figure stays bounded
/// however long the sentence.
pub fn tail(text: &str, n: usize) -> &str {
    let mut from = text.len().saturating_sub(n);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..).unwrap_or("")
}

/// The first `n` bytes or so of `text`, to a character boundary (see [`tail`]).
pub fn head(text: &str, n: usize) -> &str {
    let mut to = n.min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(..to).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_and_all_line_endings() {
        let d = Document::from_text("a.txt", "ab\r\ncé 12\rx 3\n", Format::Text);
        assert_eq!(d.line_col(0), (1, 1));
        assert_eq!(d.line_col(4), (2, 1));
        assert_eq!(d.line_col(8), (2, 4)); // "é" is two bytes, one column
        assert_eq!(d.line_col(11), (3, 1));
        assert_eq!(d.line_count(), 3);
        assert_eq!(d.slice(d.line_span(2)), "cé 12");
    }

    #[test]
    fn paragraph_runs_cover_every_paragraph_once_in_order() {
        let paragraphs = [0..3, 4..8, 9..30, 31..33, 34..36];
        assert_eq!(
            runs_of(&paragraphs, 10),
            vec![&paragraphs[0..2], &paragraphs[2..3], &paragraphs[3..5]]
        );
        assert!(runs_of(&[], 10).is_empty());
    }

    #[test]
    fn a_long_text_is_cut_into_the_sentences_of_one_pass() {
        let sample = include_str!("../articles/deportation-target.txt");
        let mut text = String::new();
        while text.len() < 3 * PARALLEL_FROM {
            text.push_str(sample);
            text.push_str("Mr. A. Smith said so. It rose 1.4 times! Did it?\n");
        }
        let d = Document::from_text("big.txt", text.clone(), Format::Text);
        assert_eq!(d.sentences(), sentences_of(&text, d.paragraphs()));
        assert!(d.sentences().len() > 10_000);
    }

    #[test]
    fn abbreviations_are_known_in_any_case_and_nothing_else_is() {
        for a in ABBREVIATIONS {
            assert!(is_abbreviation(a), "{a}");
            assert!(is_abbreviation(&a.to_ascii_uppercase()), "{a}");
        }
        for w in ["", "m", "mrs.", "approxi", "U.S.A", "é", "réé"] {
            assert!(!is_abbreviation(w), "{w}");
        }
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 6));
    }

    #[test]
    fn walking_forward_gives_the_same_line_and_column_as_a_lookup() {
        let text = "\u{feff}ab\r\ncé 12\rx 3\n\n— £4 \u{2014} 5\r\n\r\nend";
        let d = Document::from_text("a.txt", text, Format::Text);
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (k, &a) in offsets.iter().enumerate() {
            let (line, col) = d.line_col(a);
            assert_eq!(d.line_col_after(None, a), (line, col), "at {a}");
            for &b in &offsets[k..] {
                assert_eq!(
                    d.line_col_after(Some((a, line, col)), b),
                    d.line_col(b),
                    "from {a} to {b}"
                );
            }
        }
    }

    #[test]
    fn text_paragraphs_are_lines_markdown_paragraphs_are_blocks() {
        let t = Document::from_text("a.txt", "One.\nTwo.\n\nThree.\n", Format::Text);
        assert_eq!(t.paragraphs().len(), 3);
        let m = Document::from_text("a.md", "One\ncontinues.\n\nThree.\n", Format::Markdown);
        assert_eq!(m.paragraphs().len(), 2);
        assert_eq!(m.slice(m.paragraphs()[0].clone()), "One\ncontinues.");
    }

    #[test]
    fn sentences_skip_decimals_abbreviations_and_initials() {
        let d = Document::from_text(
            "a.txt",
            "Mr. Smith said 1.4 million left the U.S. last year. Kristi L. Noem agreed! Done",
            Format::Text,
        );
        let got: Vec<&str> = d.sentences().iter().map(|r| d.slice(r.clone())).collect();
        assert_eq!(
            got,
            vec![
                "Mr. Smith said 1.4 million left the U.S. last year.",
                "Kristi L. Noem agreed!",
                "Done"
            ]
        );
    }

    /// Regression (found by tests/pipeline_on_any_input.rs): a line holding only a no-break space
    /// made the paragraph range 2..0 and sentence splitting panic on it.
    #[test]
    fn a_line_of_no_break_spaces_is_blank() {
        let d = Document::from_text("a.txt", "Up 5.\n\u{a0}\u{3000}\nDown 6.", Format::Text);
        let got: Vec<&str> = d.paragraphs().iter().map(|r| d.slice(r.clone())).collect();
        assert_eq!(got, ["Up 5.", "Down 6."]);
        assert_eq!(d.sentences().len(), 2);
    }

    /// Regression (found by tests/pipeline_on_any_input.rs): a full stop after a word set off by
    /// a no-break space sliced inside that space and panicked.
    #[test]
    fn a_full_stop_after_a_no_break_space_is_read() {
        let d = Document::from_text(
            "a.txt",
            "It fell\u{a0}5. Then it rose!\u{a0}. Ok",
            Format::Text,
        );
        let got: Vec<&str> = d.sentences().iter().map(|r| d.slice(r.clone())).collect();
        assert_eq!(got, ["It fell\u{a0}5.", "Then it rose!\u{a0}.", "Ok"]);
    }

    #[test]
    fn clauses_cut_at_dashes_and_commas() {
        let text = "ICE will deport around 212,000 people — fewer than the 271,000 removals last year, most of them recent.";
        let d = Document::from_text("a.txt", text, Format::Text);
        let at = text.find("271,000").unwrap_or(0);
        assert_eq!(
            d.slice(d.clause_span(at)),
            " fewer than the 271,000 removals last year"
        );
        let at = text.find("212,000").unwrap_or(0);
        assert_eq!(
            d.slice(d.clause_span(at)),
            "ICE will deport around 212,000 people "
        );
    }
}

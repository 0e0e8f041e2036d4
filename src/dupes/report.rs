//! A passage → its finding: both locations, length in words, similarity, and a compact
//! word-level diff of the repeat against the first copy.

use std::ops::Range;

use similar::{Algorithm, DiffOp, DiffTag};

use super::chain::Passage;
use super::tokens;
use crate::document::Document;
use crate::finding::{Finding, Related};
use crate::rules::duplicate::{CROSS_FILE, PASSAGE};

/// Words of context shown on each side of a change.
const CONTEXT: usize = 3;
/// Changes shown in full; the rest are counted in a note.
const MAX_HUNKS: usize = 8;

/// A document with its words, as the finder indexed them.
pub struct Indexed<'a> {
    pub doc: &'a Document,
    pub words: &'a [u64],
    /// Where each word starts in the document's prose (see [`tokens::word_end`]).
    pub offsets: &'a [u32],
}

impl Indexed<'_> {
    /// Byte span of words `from..to` (`to > from`).
    fn span(&self, from: usize, to: usize) -> Range<usize> {
        let start = self.bounds(from).map_or(0, |s| s.0);
        let end = self.bounds(to.saturating_sub(1)).map_or(start, |s| s.1);
        start..end.max(start)
    }

    /// Byte span of word `i`.
    fn bounds(&self, i: usize) -> Option<(usize, usize)> {
        let start = *self.offsets.get(i)? as usize;
        Some((start, tokens::word_end(self.doc.prose(), start)))
    }

    /// Whether word `i` and the next are one token as written: nothing but punctuation
    /// between them ("6.1", "mother-in-law"), no white space.
    fn glued(&self, i: usize) -> bool {
        match (self.bounds(i), self.bounds(i + 1)) {
            (Some(a), Some(b)) => self.doc.prose().get(a.1..b.0).is_some_and(|gap| {
                !gap.is_empty() && gap.len() <= 2 && !gap.contains(char::is_whitespace)
            }),
            _ => false,
        }
    }

    fn lines(&self, span: &Range<usize>) -> (usize, usize) {
        (
            self.doc.line_col(span.start).0,
            self.doc.line_col(span.end).0,
        )
    }

    /// The copy of words `from..to` as written (punctuation kept), whitespace collapsed.
    fn text(&self, from: usize, to: usize) -> String {
        if to <= from {
            return String::new();
        }
        let span = self.span(from, to);
        self.doc
            .slice(span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// "line 5" or "lines 5–8".
fn lines_label((a, b): (usize, usize)) -> String {
    if a == b {
        format!("line {a}")
    } else {
        format!("lines {a}–{b}")
    }
}

fn range_label((a, b): (usize, usize)) -> String {
    format!("{a}–{b}")
}

/// The finding for `passage`, found in `q` (the later copy) and first written in `p`.
pub fn finding(q: &Indexed, p: &Indexed, passage: &Passage) -> Finding {
    let (qs, qe) = (passage.q as usize, passage.q_end as usize);
    let (ps, pe) = (passage.p as usize, passage.p_end as usize);
    let q_span = q.span(qs, qe);
    let p_span = p.span(ps, pe);
    let q_lines = q.lines(&q_span);
    let p_lines = p.lines(&p_span);
    // what an editor's word count gives (whitespace-separated tokens of the repeat), which
    // can differ from the words compared; a note says so when it does
    let words = tokens::count_words(q.doc.slice(q_span.clone()));
    // compared word by word: a passage carried across an edit at its edges is one run
    // plus words that differ
    let exact = p.words.get(ps..pe) == q.words.get(qs..qe);
    let ops = if exact {
        Vec::new()
    } else {
        similar::capture_diff_slices(Algorithm::Myers, &p.words[ps..pe], &q.words[qs..qe])
    };
    let changed = ops.iter().any(|op| op.tag() != DiffTag::Equal);
    let similarity = if changed {
        let r = f64::from(similar::get_diff_ratio(&ops, pe - ps, qe - qs));
        ((r * 1000.0).round() / 1000.0).min(0.999)
    } else {
        1.0
    };
    let same_doc = std::ptr::eq(q.doc, p.doc);
    let rule = if same_doc { PASSAGE.id } else { CROSS_FILE.id };
    let place = if same_doc && p_lines == q_lines {
        format!("an earlier passage of {}", lines_label(p_lines))
    } else if same_doc {
        lines_label(p_lines)
    } else {
        format!("{} of {}", lines_label(p_lines), p.doc.path)
    };
    let mut hunks = hunks(&ops);
    for h in &mut hunks {
        whole_tokens(h, q, p, passage);
    }
    let what = if changed {
        let figures = changed_figures(q, p, passage, &hunks);
        let named = if figures.is_empty() {
            String::new()
        } else {
            format!(": {}", figures.join("; "))
        };
        format!(
            "with changes, similarity {} ({words} words){named}",
            two_places(similarity)
        )
    } else {
        format!("word for word ({words} words)")
    };
    let verb = if q_lines.0 == q_lines.1 {
        "repeats"
    } else {
        "repeat"
    };
    let message = format!(
        "{} {verb} {place} {what}",
        capitalise(&lines_label(q_lines))
    );
    let mut f = Finding::new(rule, q.doc, q_span, message)
        .related(Related::new(p.doc, p_span, "first copy"))
        .key(p.doc.path.clone());
    let compared = qe - qs;
    if compared != words {
        f = f.note(format!(
            "{compared} words as compared (numbers split at their separators, hyphenated \
             words at hyphens; lone punctuation is not a word)"
        ));
    }
    f.duplicate = Some(crate::finding::Duplicate {
        words,
        similarity,
        group: None,
    });
    if changed {
        f = diff(f, q, p, passage, &hunks);
    }
    f
}

/// Widens a hunk to whole tokens as written: a figure is several words ("6.1%" is "6" and
/// "1"), and a diff of "- 1 / + 7" says less than "- 6.1% / + 6.7%". An equal word
/// beside the change that is glued to it (no white space between) in both copies moves
/// into the hunk.
fn whole_tokens(h: &mut Hunk, q: &Indexed, p: &Indexed, passage: &Passage) {
    let (ps, qs) = (passage.p as usize, passage.q as usize);
    if h.old.is_empty() || h.new.is_empty() {
        return;
    }
    while h.context_before > 0 && p.glued(ps + h.old.start - 1) && q.glued(qs + h.new.start - 1) {
        h.old.start -= 1;
        h.new.start -= 1;
        h.context_before -= 1;
    }
    while h.context_after > 0 && p.glued(ps + h.old.end - 1) && q.glued(qs + h.new.end - 1) {
        h.old.end += 1;
        h.new.end += 1;
        h.context_after -= 1;
    }
}

/// A similarity as the message gives it: two places, and at most 0.99, so a near repeat
/// never reads as 1.00.
fn two_places(similarity: f64) -> String {
    format!("{:.2}", ((similarity * 100.0).round() / 100.0).min(0.99))
}

/// Most changed figures a message names; the diff shows every change.
const MAX_FIGURES: usize = 3;

/// The figures a near repeat changes, as "6.7% here, 6.1% in the first copy": hunks of a
/// word or two on each side where a digit changed, each side widened to the whole figure
/// as written (a word is cut at a figure's separators, so "6.1%" differs only in "1").
fn changed_figures(q: &Indexed, p: &Indexed, passage: &Passage, hunks: &[Hunk]) -> Vec<String> {
    let (ps, qs) = (passage.p as usize, passage.q as usize);
    let mut out: Vec<String> = Vec::new();
    for h in hunks {
        if h.old.is_empty() || h.new.is_empty() || h.old.len() > 4 || h.new.len() > 4 {
            continue;
        }
        let old = figure(p, ps + h.old.start, ps + h.old.end);
        let new = figure(q, qs + h.new.start, qs + h.new.end);
        let (Some(old), Some(new)) = (old, new) else {
            continue;
        };
        if old == new {
            continue;
        }
        let named = format!("{new} here, {old} in the first copy");
        if !out.contains(&named) {
            out.push(named);
        }
        if out.len() == MAX_FIGURES {
            break;
        }
    }
    out
}

/// The figure holding words `from..to` of `d` as written ("$51.15", "6.1%", "£15.8m"):
/// the words' span widened to the whitespace around it, less the punctuation at either
/// end; `None` when it holds no digit.
fn figure(d: &Indexed, from: usize, to: usize) -> Option<String> {
    let span = d.span(from, to);
    let text = d.doc.prose();
    let bytes = text.as_bytes();
    let mut start = span.start;
    while start > 0 && !bytes[start - 1].is_ascii_whitespace() && span.start - start < 40 {
        start -= 1;
    }
    let mut end = span.end;
    while end < bytes.len() && !bytes[end].is_ascii_whitespace() && end - span.end < 40 {
        end += 1;
    }
    let token = text.get(start..end)?;
    let token = token
        .trim_start_matches(|c: char| !(c.is_alphanumeric() || matches!(c, '$' | '£' | '€' | '¥')))
        .trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '%'));
    (token.chars().any(|c| c.is_ascii_digit()) && token.chars().count() <= 24)
        .then(|| token.to_string())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Adds the word diff: one `@@` hunk per change with a few words of context.
fn diff(mut f: Finding, q: &Indexed, p: &Indexed, passage: &Passage, hunks: &[Hunk]) -> Finding {
    let (ps, qs) = (passage.p as usize, passage.q as usize);
    for h in hunks.iter().take(MAX_HUNKS) {
        let before = h.context_before.min(CONTEXT);
        let after = h.context_after.min(CONTEXT);
        let old = ps + h.old.start..ps + h.old.end;
        let new = qs + h.new.start..qs + h.new.end;
        let old_lines = p.lines(&p.span(old.start - before, old.end + after));
        let new_lines = q.lines(&q.span(new.start - before, new.end + after));
        f = f.diff_line(
            '@',
            format!(
                "@@ lines {} ~ {} @@",
                range_label(old_lines),
                range_label(new_lines)
            ),
        );
        if before > 0 {
            f = f.diff_line(' ', q.text(new.start - before, new.start));
        }
        if !old.is_empty() {
            f = f.diff_line('-', p.text(old.start, old.end));
        }
        if !new.is_empty() {
            f = f.diff_line('+', q.text(new.start, new.end));
        }
        if after > 0 {
            f = f.diff_line(' ', q.text(new.end, new.end + after));
        }
    }
    if hunks.len() > MAX_HUNKS {
        f = f.note(format!(
            "{} more changes not shown",
            hunks.len() - MAX_HUNKS
        ));
    }
    f
}

/// A run of changed words: `old` in the first copy, `new` in the repeat (relative to the
/// passage), with how many equal words stand on each side.
struct Hunk {
    old: Range<usize>,
    new: Range<usize>,
    context_before: usize,
    context_after: usize,
}

fn hunks(ops: &[DiffOp]) -> Vec<Hunk> {
    let mut out: Vec<Hunk> = Vec::new();
    let mut last_equal = 0;
    let mut current: Option<Hunk> = None;
    for op in ops {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            if let Some(mut h) = current.take() {
                h.context_after = old.len();
                out.push(h);
            }
            last_equal = old.len();
            continue;
        }
        match &mut current {
            Some(h) => {
                h.old.end = old.end;
                h.new.end = new.end;
            }
            None => {
                current = Some(Hunk {
                    old,
                    new,
                    context_before: last_equal,
                    context_after: 0,
                })
            }
        }
    }
    out.extend(current);
    out
}

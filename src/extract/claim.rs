//! Figures into [`Claim`]s: offsets, line and column, the sentence, and one-sided bounds
//! joined by "and" merged into a range.

use super::numeral::Cx;
use super::scan::Figure;
use super::{Claim, Qualifier};
use crate::document::Document;

/// "above one quarter and below a half": two one-sided bounds joined by "and" make a range.
pub(super) fn merge_bounds(doc: &Document, claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i + 1 < claims.len() {
        let (a, b) = (&claims[i], &claims[i + 1]);
        let gap = doc.prose.get(a.end..b.start).unwrap_or("");
        let is_lower = |q: Qualifier| {
            matches!(
                q,
                Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::JustOver
            )
        };
        let is_upper = |q: Qualifier| {
            matches!(
                q,
                Qualifier::LessThan | Qualifier::AtMost | Qualifier::Nearly
            )
        };
        let joiner = gap.len() < 8
            && ["and", "but"]
                .iter()
                .any(|j| gap.trim().eq_ignore_ascii_case(j));
        let bounds = if is_lower(a.qualifier) && is_upper(b.qualifier) {
            a.low.zip(b.high)
        } else if is_upper(a.qualifier) && is_lower(b.qualifier) {
            // "at most 100 and at least 20"
            b.low.zip(a.high).filter(|(lo, hi)| lo < hi)
        } else {
            None
        };
        if let Some((lo, hi)) = bounds.filter(|(lo, hi)| lo <= hi && joiner && a.kind == b.kind) {
            let start = a.start;
            let end = b.end;
            let mut merged = claims[i].clone();
            merged.text = doc.text.get(start..end).unwrap_or("").to_string();
            merged.end = end;
            merged.value = None;
            merged.low = Some(lo);
            merged.high = Some(hi);
            merged.qualifier = Qualifier::Range;
            merged.unit = merged.unit.or(claims[i + 1].unit.clone());
            claims[i] = merged;
            claims.remove(i + 1);
        }
        i += 1;
    }
}

/// `s` with runs of white space folded to one space and the ends trimmed.
pub(super) fn fold_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (k, part) in s.split_ascii_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// Where each figure is (its sentence, line and column), found by walking forward:
/// figures come in order, so this is linear overall where a search per figure is not.
pub(super) struct Cursor<'a> {
    pub(super) all: &'a [std::ops::Range<usize>],
    pub(super) at: usize,
    /// The last figure's offset, line and column.
    pub(super) last: Option<(usize, usize, usize)>,
}

impl Cursor<'_> {
    /// Line and column of `offset`, counted on from the previous figure when it is on
    /// the same line (figures come in order), else looked up.
    fn line_col(&mut self, doc: &Document, offset: usize) -> (usize, usize) {
        if let Some((prev, line, col)) = self.last {
            if let Some(gap) = doc.text.get(prev..offset) {
                if !gap.contains(['\n', '\r']) {
                    let at = (line, col + gap.chars().count());
                    self.last = Some((offset, at.0, at.1));
                    return at;
                }
            }
        }
        let at = doc.line_col(offset);
        self.last = Some((offset, at.0, at.1));
        at
    }

    fn span(&mut self, doc: &Document, offset: usize) -> std::ops::Range<usize> {
        while self.at < self.all.len() && self.all[self.at].end <= offset {
            self.at += 1;
        }
        match self.all.get(self.at) {
            Some(r) if r.start <= offset => r.clone(),
            _ => doc.sentence_span(offset),
        }
    }
}

/// The claim for a figure, with offsets, position and sentence from `doc`.
pub(super) fn to_claim(doc: &Document, cx: &Cx, f: Figure, cursor: &mut Cursor) -> Option<Claim> {
    let start = cx.toks.get(f.first)?.start;
    let end = cx.toks.get(f.last)?.end;
    let text = doc.text.get(start..end)?.to_string();
    let (line, column) = cursor.line_col(doc, start);
    let span = cursor.span(doc, start);
    let sentence = fold_space(doc.text.get(span).unwrap_or(""));
    Some(Claim {
        text,
        start,
        end,
        line,
        column,
        kind: f.kind,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        unit: f.unit,
        currency: f.currency.map(str::to_string),
        sentence,
        precision: f.precision,
    })
}

//! Figures into [`Claim`]s: offsets, line and column, the sentence, and one-sided bounds
//! joined by "and" merged into a range.

use super::nouns::counted;
use super::numeral::Cx;
use super::scan::Figure;
use super::{Claim, Kind, Qualifier};
use crate::document::Document;

/// Appends `c` to `claims`, or merges it into the claim before it when the two are
/// one-sided bounds joined by "and" ("above one quarter and below a half" make a range);
/// returns whether it merged. `merged` says whether the last claim is itself a merge,
/// which is never merged again, so figures pair left to right as one pass over the
/// finished list pairs them — done as claims are made, while the last one is still in
/// cache, and without removing from the middle of a long list.
pub(super) fn push_merging(
    doc: &Document,
    claims: &mut Vec<Claim>,
    c: Claim,
    merged: &mut bool,
) -> bool {
    if !*merged {
        if let Some(a) = claims.last_mut() {
            if let Some((lo, hi)) = joined_bounds(doc, a, &c) {
                let (start, end) = (a.start, c.end);
                a.text = doc.text.get(start..end).unwrap_or("").to_string();
                a.end = end;
                a.value = None;
                a.low = Some(lo);
                a.high = Some(hi);
                a.qualifier = Qualifier::Range;
                if a.unit.is_none() {
                    a.unit = c.unit;
                }
                *merged = true;
                return true;
            }
        }
    }
    claims.push(c);
    *merged = false;
    false
}

/// The range two one-sided bounds joined by "and" or "but" make, if they do.
fn joined_bounds(doc: &Document, a: &Claim, b: &Claim) -> Option<(f64, f64)> {
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
    let bounds = if is_lower(a.qualifier) && is_upper(b.qualifier) {
        a.low.zip(b.high)
    } else if is_upper(a.qualifier) && is_lower(b.qualifier) {
        // "at most 100 and at least 20"
        b.low.zip(a.high).filter(|(lo, hi)| lo < hi)
    } else {
        None
    };
    let gap = doc.prose().get(a.end..b.start).unwrap_or("");
    let joiner = gap.len() < 8
        && ["and", "but"]
            .iter()
            .any(|j| gap.trim().eq_ignore_ascii_case(j));
    bounds.filter(|(lo, hi)| lo <= hi && joiner && a.kind == b.kind)
}

/// `s` with runs of white space folded to one space and the ends trimmed, made
/// straight into the shared string a claim keeps (one allocation for the usual sentence,
/// which needs no folding).
pub(super) fn fold_space(s: &str) -> std::sync::Arc<str> {
    if is_folded(s.as_bytes()) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    for (k, part) in s.split_ascii_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(part);
    }
    out.into()
}

/// Whether [`fold_space`] would leave `b` as it is (the usual sentence: single spaces,
/// trimmed), so that it can be copied whole instead of rebuilt word by word.
fn is_folded(b: &[u8]) -> bool {
    // Three SIMD searches instead of a branch per byte: no white space but the plain
    // space, no two spaces in a row, no space at either end.
    b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && memchr::memchr3(b'\t', b'\n', b'\r', b).is_none()
        && memchr::memchr(0x0c, b).is_none()
        && double_space().find(b).is_none()
}

/// A searcher for two spaces, built once: `memmem::find` builds one on every call, which
/// cost more than the search over a sentence.
fn double_space() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    FINDER.get_or_init(|| memchr::memmem::Finder::new(b"  "))
}

/// Where each figure is (its sentence, line and column), found by walking forward:
/// figures come in order, so this is linear overall where a search per figure is not.
pub(super) struct Cursor<'a> {
    pub(super) all: &'a [std::ops::Range<usize>],
    pub(super) at: usize,
    /// The last figure's offset, line and column.
    pub(super) last: Option<(usize, usize, usize)>,
    /// The sentence span of the last claim made, whose folded text the next claim in the
    /// same sentence copies instead of folding again.
    pub(super) sentence: Option<std::ops::Range<usize>>,
}

impl Cursor<'_> {
    /// Line and column of `offset`, counted on from the previous figure (figures come in
    /// order).
    fn line_col(&mut self, doc: &Document, offset: usize) -> (usize, usize) {
        let at = doc.line_col_after(self.last, offset);
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

/// Longest sentence a claim keeps whole, in bytes; a longer one is kept as a window of
/// about this size round the figure, marked `…` where cut, so a claim's `sentence` (and
/// the JSON that writes it once per figure) stays bounded however long the line.
pub const SENTENCE_WINDOW: usize = 300;

/// The part of `sentence` (a span of `text`) round `figure`, about [`SENTENCE_WINDOW`]
/// bytes, cut at character boundaries, folded, with `…` at each end that was cut.
fn window(
    text: &str,
    sentence: std::ops::Range<usize>,
    figure: std::ops::Range<usize>,
) -> std::sync::Arc<str> {
    let half = SENTENCE_WINDOW.saturating_sub(figure.len()) / 2;
    let mut lo = figure.start.saturating_sub(half).max(sentence.start);
    let mut hi = (figure.end + half).min(sentence.end);
    while lo > sentence.start && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    while hi < sentence.end && !text.is_char_boundary(hi) {
        hi += 1;
    }
    let inner = fold_space(text.get(lo..hi).unwrap_or(""));
    let mut out = String::with_capacity(inner.len() + 6);
    if lo > sentence.start {
        out.push('…');
    }
    out.push_str(&inner);
    if hi < sentence.end {
        out.push('…');
    }
    out.into()
}

/// The claim for a figure, with offsets, position and sentence from `doc`. `prev` is
/// the claim made before it, whose sentence is reused when they share one.
pub(super) fn to_claim(
    doc: &Document,
    cx: &Cx,
    f: Figure,
    cursor: &mut Cursor,
    prev: Option<&Claim>,
) -> Option<Claim> {
    let start = cx.toks.get(f.first)?.start();
    let end = cx.toks.get(f.last)?.end();
    let text = doc.text.get(start..end)?.to_string();
    let (line, column) = cursor.line_col(doc, start);
    let span = cursor.span(doc, start);
    let sentence = match prev {
        // a window the same as the last figure's (copy repeating itself along a line) is
        // kept once: each figure of a long line held its own 300 bytes (issue 19, item 8)
        _ if span.len() > SENTENCE_WINDOW => match window(&doc.text, span.clone(), start..end) {
            w if prev.is_some_and(|p| p.sentence == w) => prev.map_or(w, |p| p.sentence.clone()),
            w => w,
        },
        Some(p) if cursor.sentence.as_ref() == Some(&span) => p.sentence.clone(),
        // a sentence reading as the one before (a column of "5%" lines) is held once too
        _ => match fold_space(doc.text.get(span.clone()).unwrap_or("")) {
            s if prev.is_some_and(|p| p.sentence == s) => prev.map_or(s, |p| p.sentence.clone()),
            s => s,
        },
    };
    cursor.sentence = Some(span);
    // What a count or a rank counts, when its own form named no unit.
    let counted = match f.kind {
        Kind::Number | Kind::Ordinal if f.unit.is_none() => {
            let many = f.high.or(f.value).unwrap_or(0.0);
            counted(cx, f.last + 1, many, f.kind == Kind::Ordinal).map(|c| (c, many))
        }
        _ => None,
    };
    let (unit, describes) = match counted {
        Some((c, many)) => {
            let unit = c.unit(cx);
            // ("missing its 4.5 million forecast", "past the 1,000 mark": a singular
            // noun after a count above one names what the figure is, not what it
            // counts; hyphened on, it is counted: "a two-goal lead", "his 92-cap
            // career")
            let role = f.kind != Kind::Ordinal
                && many != 1.0
                && cx.text(f.last + 1) != "-"
                && super::nouns::role_noun(&unit);
            if role {
                (f.unit, f.describes)
            } else {
                (Some(unit), c.describes(cx))
            }
        }
        None => (f.unit, f.describes),
    };
    let place = DigitPlace::of(f.precision);
    let land = |v: f64| place.as_ref().map_or(v, |p| p.land(v));
    Some(Claim {
        text,
        start,
        end,
        line,
        column,
        kind: f.kind,
        value: f.value.map(land),
        low: f.low.map(land),
        high: f.high.map(land),
        qualifier: f.qualifier,
        unit,
        describes,
        currency: f.currency.map(str::to_string),
        sentence,
        precision: f.precision,
    })
}

/// The place of a figure's last written digit, which its `precision` (half that place)
/// gives, found once for its value and both bounds: "£8.2bn" is 8.2 × 10⁹ computed in
/// binary as 8,199,999,999.999999, and a reader of the JSON expects 8200000000.
struct DigitPlace {
    power: i32,
    /// 10 to the power's absolute value.
    place: f64,
}

impl DigitPlace {
    fn of(precision: f64) -> Option<DigitPlace> {
        if precision.is_nan() || precision <= 0.0 {
            return None;
        }
        let power = (2.0 * precision).log10().round() as i32;
        (-12..=15).contains(&power).then(|| DigitPlace {
            power,
            place: 10f64.powi(power.abs()),
        })
    }

    /// `v` put back on the place; only a value within a hair of a multiple of it moves, so
    /// a third (33.33…) or a value between places stays as it is.
    fn land(&self, v: f64) -> f64 {
        if !v.is_finite() {
            return v;
        }
        let (steps, back, hair) = if self.power >= 0 {
            let n = (v / self.place).round();
            (n, n * self.place, self.place * 1e-9)
        } else {
            let n = (v * self.place).round();
            (n, n / self.place, 1e-9 / self.place)
        };
        if steps.abs() < 9.0e15 && (back - v).abs() <= hair {
            back
        } else {
            v
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on_its_last_digit(v: f64, precision: f64) -> f64 {
        DigitPlace::of(precision).map_or(v, |p| p.land(v))
    }

    /// Values read in binary land back on their last written digit; others stay.
    #[test]
    fn values_land_on_their_last_written_digit() {
        assert_eq!(on_its_last_digit(8_199_999_999.999_999, 0.05e9), 8.2e9);
        assert_eq!(on_its_last_digit(1_070_000_000.000_000_1, 0.005e9), 1.07e9);
        assert_eq!(on_its_last_digit(0.555_700_000_000_000_1, 0.000_05), 0.5557);
        assert_eq!(on_its_last_digit(100.0 / 3.0, 0.0), 100.0 / 3.0);
        assert_eq!(on_its_last_digit(100.0 / 3.0, 0.5), 100.0 / 3.0);
        assert_eq!(on_its_last_digit(187_971.0, 0.5), 187_971.0);
        assert!(on_its_last_digit(f64::NAN, 0.5).is_nan());
    }

    /// The word-by-word fold, the reference the copy-whole shortcut must agree with.
    fn fold_slow(s: &str) -> String {
        s.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn figures(text: &str) -> Vec<(String, Qualifier, Option<f64>, Option<f64>)> {
        let doc = Document::from_text("a.txt", text, crate::document::Format::Text);
        crate::extract::extract(&doc)
            .into_iter()
            .map(|c| (c.text, c.qualifier, c.low, c.high))
            .collect()
    }

    /// Bounds pair left to right; a merged pair is not merged again, and the figure after
    /// it may pair with the next.
    #[test]
    fn joined_bounds_pair_left_to_right() {
        use Qualifier::*;
        let t = |s: &str| s.to_string();
        assert_eq!(
            figures("Above 10 and below 20 and above 30 and below 40 vans."),
            vec![
                (t("Above 10 and below 20"), Range, Some(10.0), Some(20.0)),
                (t("above 30 and below 40"), Range, Some(30.0), Some(40.0)),
            ]
        );
        assert_eq!(
            figures("At most 100 and at least 20 and at most 50 vans."),
            vec![
                (
                    t("At most 100 and at least 20"),
                    Range,
                    Some(20.0),
                    Some(100.0)
                ),
                (t("at most 50"), AtMost, None, Some(50.0)),
            ]
        );
        // Not joined by "and", or the wrong way round: left alone.
        assert_eq!(
            figures("Above 10, below 20. Below 5 and above 9 vans."),
            vec![
                (t("Above 10"), MoreThan, Some(10.0), None),
                (t("below 20"), LessThan, None, Some(20.0)),
                (t("Below 5"), LessThan, None, Some(5.0)),
                (t("above 9"), MoreThan, Some(9.0), None),
            ]
        );
    }

    /// The windows of a long line that repeats itself are one string, held once; a
    /// long sentence whose figures stand in different words keeps a window for each.
    #[test]
    fn equal_windows_of_a_long_line_are_held_once() {
        let claims = |text: &str| {
            let doc = Document::from_text("a.txt", text, crate::document::Format::Text);
            crate::extract::extract(&doc)
        };
        let same = claims(&"rents rose 5% and ".repeat(60));
        let shared = |cs: &[Claim], i: usize, j: usize| {
            std::sync::Arc::ptr_eq(&cs[i].sentence, &cs[j].sentence)
        };
        // well inside the line, every window reads alike
        assert_eq!(same[20].sentence, same[21].sentence);
        assert!(shared(&same, 20, 21) && shared(&same, 20, 40));
        // near the start the window is cut on one side only, so it differs
        assert_ne!(same[0].sentence, same[20].sentence);
        // sentences of their own that read alike are held once as well
        let lines = claims(&"5%\n".repeat(4));
        assert!(shared(&lines, 0, 3));
        let varied: String = (0..60)
            .map(|i| {
                format!(
                    "the {} depot moved {i} vans and ",
                    ["north", "south", "east"][i % 3]
                )
            })
            .collect();
        let varied = claims(&varied);
        assert_ne!(varied[20].sentence, varied[21].sentence);
        assert!(!shared(&varied, 20, 21));
    }

    #[test]
    fn fold_space_copies_folded_text_and_folds_the_rest() {
        for s in [
            "",
            " ",
            "One.",
            "Up to 30 vans left.",
            " leading",
            "trailing ",
            "two  spaces",
            "a\ttab",
            "line\nbreak",
            "crlf\r\nend",
            "no\u{a0}break space stays",
            "\u{2009}thin space at the ends\u{2009}",
        ] {
            assert_eq!(&*fold_space(s), fold_slow(s), "{s:?}");
        }
        assert!(is_folded(b"Up to 30 vans left."));
        assert!(!is_folded(b"two  spaces"));
    }
}

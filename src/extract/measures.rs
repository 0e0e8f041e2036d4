//! Heights and lengths written in two units, as British and American copy gives them:
//! "6ft 2in", "5 feet 2 inches", "5 ft and 2 in" are one length in feet.

use super::numeral::{digits_at, Cx, Numeral, Suffix};
use super::token::TokKind;

/// Whether the word `w` (lower case) is feet.
fn feet(w: &str) -> bool {
    matches!(w, "ft" | "feet" | "foot")
}

/// Whether the word `w` (lower case) is inches.
fn inches(w: &str) -> bool {
    matches!(w, "in" | "inch" | "inches")
}

/// A height in feet and inches written with marks, after the feet at `last`: "6'2\"",
/// "6′2″", "6’2”" (the marks a typesetter or a word processor puts for feet and
/// inches): (feet the inches add, last token). The inches must be a whole number under 12,
/// all glued.
pub(super) fn inches_by_marks(cx: &Cx, num: &Numeral, last: usize) -> Option<(f64, usize)> {
    let glued = |k: usize| cx.glued(k);
    if num.suffix != Suffix::None
        || num.value.fract() != 0.0
        || !matches!(cx.text(last + 1), "'" | "’" | "′")
        || !(glued(last + 1) && glued(last + 2) && glued(last + 3))
        || cx.kind(last + 2) != Some(TokKind::Num)
        || !matches!(cx.text(last + 3), "\"" | "”" | "″")
    {
        return None;
    }
    let inches: f64 = cx
        .text(last + 2)
        .parse()
        .ok()
        .filter(|v: &f64| *v < 12.0 && v.fract() == 0.0)?;
    Some((inches / 12.0, last + 3))
}

/// The inches after a figure in feet (`num`, its last token read at `last`): (feet the
/// inches add, last token). `None` unless feet are written ("5 ft", "5ft") and a whole
/// number of inches under 12 follows with its own unit ("2 in", "2in", "and 2 inches").
pub(super) fn inches_after(cx: &Cx, num: &Numeral, last: usize) -> Option<(f64, usize)> {
    if cx.text(last + 1) == "-" && num.suffix == Suffix::None {
        return hyphened_height(cx, last);
    }
    // (Most figures have no "f" after them: turned away on one byte.)
    let next = cx
        .text(last + 1)
        .as_bytes()
        .first()
        .map(u8::to_ascii_lowercase);
    if next != Some(b'f') && !matches!(num.suffix, Suffix::Measure(_)) {
        return None;
    }
    let mut j = match &num.suffix {
        Suffix::Measure(u) if feet(u) => last + 1,
        Suffix::None if cx.word(last + 1).is_some_and(|w| feet(w.as_str())) => last + 2,
        _ => return None,
    };
    if cx.is(j, "and") {
        j += 1;
    }
    if cx.glued(j) || !matches!(cx.kind(j), Some(TokKind::Num | TokKind::Mixed)) {
        return None;
    }
    // "2in": digits glued to "in", which is no unit on its own.
    let t = cx.text(j);
    if let Some(d) = t.strip_suffix("in").filter(|d| !d.is_empty()) {
        let v: f64 = d
            .parse()
            .ok()
            .filter(|_| d.bytes().all(|b| b.is_ascii_digit()))?;
        return (v < 12.0).then_some((v / 12.0, j));
    }
    let n = digits_at(cx, j)?;
    if n.value.fract() != 0.0 || n.value >= 12.0 || n.scale.is_some() {
        return None;
    }
    let end = match &n.suffix {
        Suffix::Measure(u) if inches(u) => n.last,
        Suffix::None
            if !cx.glued(n.last + 1) && cx.word(n.last + 1).is_some_and(|w| inches(w.as_str())) =>
        {
            n.last + 1
        }
        _ => return None,
    };
    Some((n.value / 12.0, end))
}

/// "the 6-foot-2 guard": feet and inches joined by hyphens, as heights are written
/// before a noun. The inches and where they end, after the feet's digits at `last`.
fn hyphened_height(cx: &Cx, last: usize) -> Option<(f64, usize)> {
    let joined = |k: usize| cx.glued(k) && cx.text(k) == "-";
    let foot = cx
        .word(last + 2)
        .is_some_and(|w| matches!(w.as_str(), "foot" | "feet"));
    if !(joined(last + 1) && foot && cx.glued(last + 2) && joined(last + 3)) {
        return None;
    }
    let j = last + 4;
    if !cx.glued(j) || cx.kind(j) != Some(TokKind::Num) {
        return None;
    }
    let v: f64 = cx.text(j).parse().ok()?;
    if v.fract() != 0.0 || v >= 12.0 {
        return None;
    }
    // (and an "-inch" that may close it: "a 5-foot-6-inch wall")
    let inch = joined(j + 1)
        && cx.glued(j + 2)
        && cx
            .word(j + 2)
            .is_some_and(|w| matches!(w.as_str(), "inch" | "inches"));
    Some((v / 12.0, if inch { j + 2 } else { j }))
}

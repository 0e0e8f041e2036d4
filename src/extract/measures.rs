//! Heights, lengths and weights written in two units, as British and American copy
//! gives them: "6ft 2in", "5 feet 2 inches", "5 ft and 2 in" are one length in feet;
//! "15st 4lb", "11 stone 13lb" one weight in stones; "7lb 3oz" one weight in pounds.

use super::numeral::{digits_at, Cx, Numeral, Suffix};
use super::token::TokKind;

/// A larger unit and the smaller one copy adds to it, and how many of the smaller make
/// one of the larger.
pub(super) struct TwoUnits {
    major: fn(&str) -> bool,
    minor: fn(&str) -> bool,
    pub(super) per: f64,
}

/// Feet and inches, the pair a hyphened height ("6-foot-2") is written in.
const FEET_AND_INCHES: TwoUnits = TwoUnits {
    major: feet,
    minor: inches,
    per: 12.0,
};

/// The pairs of units news copy writes one figure in.
const TWO_UNITS: &[TwoUnits] = &[
    FEET_AND_INCHES,
    TwoUnits {
        major: stones,
        minor: pounds_weight,
        per: 14.0,
    },
    TwoUnits {
        major: pounds_weight,
        minor: ounces,
        per: 16.0,
    },
];

/// Whether the word `w` (lower case) is feet.
fn feet(w: &str) -> bool {
    matches!(w, "ft" | "feet" | "foot")
}

/// Whether the word `w` (lower case) is inches.
fn inches(w: &str) -> bool {
    matches!(w, "in" | "inch" | "inches")
}

/// Whether the word `w` (lower case) is stones.
fn stones(w: &str) -> bool {
    matches!(w, "st" | "stone" | "stones")
}

/// Whether the word `w` (lower case) is pounds of weight: the abbreviation only, since
/// "pounds" alone is as often money.
fn pounds_weight(w: &str) -> bool {
    matches!(w, "lb" | "lbs")
}

/// Whether the word `w` (lower case) is ounces.
fn ounces(w: &str) -> bool {
    matches!(w, "oz" | "ounce" | "ounces")
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

/// The smaller unit after a figure in the larger of a pair (`num`, its last token read at
/// `last`): (the larger units it adds, last token, the pair). `None` unless the larger
/// unit is written ("5 ft", "5ft", "15st", "11 stone") and a whole number of the smaller,
/// under one larger unit, follows with its own unit ("2 in", "2in", "and 2 inches",
/// "4lb", "3oz").
pub(super) fn smaller_unit_after(
    cx: &Cx,
    num: &Numeral,
    last: usize,
) -> Option<(f64, usize, &'static TwoUnits)> {
    if cx.text(last + 1) == "-" && num.suffix == Suffix::None {
        return hyphened_height(cx, last).map(|(add, end)| (add, end, &FEET_AND_INCHES));
    }
    // (Most figures have no unit word after them: turned away on one byte.)
    let next = cx
        .text(last + 1)
        .as_bytes()
        .first()
        .map(u8::to_ascii_lowercase);
    if !matches!(next, Some(b'f' | b's' | b'l')) && !matches!(num.suffix, Suffix::Measure(_)) {
        return None;
    }
    let (pair, mut j) = TWO_UNITS.iter().find_map(|pair| match &num.suffix {
        Suffix::Measure(u) if (pair.major)(u) => Some((pair, last + 1)),
        Suffix::None if cx.word(last + 1).is_some_and(|w| (pair.major)(w.as_str())) => {
            Some((pair, last + 2))
        }
        _ => None,
    })?;
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
        return ((pair.minor)("in") && v < pair.per).then_some((v / pair.per, j, pair));
    }
    let n = digits_at(cx, j)?;
    if n.value.fract() != 0.0 || n.value >= pair.per || n.scale.is_some() {
        return None;
    }
    let end = match &n.suffix {
        Suffix::Measure(u) if (pair.minor)(u) => n.last,
        Suffix::None
            if !cx.glued(n.last + 1)
                && cx
                    .word(n.last + 1)
                    .is_some_and(|w| (pair.minor)(w.as_str())) =>
        {
            n.last + 1
        }
        _ => return None,
    };
    Some((n.value / pair.per, end, pair))
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

//! Counts said without an ordinary numeral, and the ordinary numerals that count only in
//! some company: "twice" (two times; in "twice as many" a multiplier, no figure), a bare "one"
//! that counts ("only one nurse", "one nurse on each ward") rather than picks out ("one
//! former official"), a chart place ("reached number one"), and an ordinal before a
//! scale ("the first billion", which is a billion).

use super::nouns::noun_at;
use super::numeral::{Cx, Numeral, Suffix};
use super::patterns::{measure_unit, num_word, time_unit, NumWord};
use super::token::TokKind;

/// "twice", "thrice" at `i`: the count it says, as a numeral that carries
/// [`Suffix::Times`].
#[inline]
pub(super) fn times_word(cx: &Cx, i: usize) -> Option<Numeral> {
    if !cx.text(i).starts_with(['t', 'T']) {
        return None;
    }
    let value = match cx.lower(i).as_str() {
        "twice" => 2.0,
        "thrice" => 3.0,
        _ => return None,
    };
    Some(Numeral {
        suffix: Suffix::Times,
        ..super::words::plain(i, i, value, 0.0)
    })
}

/// Whether "twice" before token `k` multiplies rather than counts: "twice as many",
/// "twice the size", "twice that", "twice what it was". A multiplier is left to
/// arithmetic/multiple, which checks it against the two figures it relates.
pub(super) fn multiplies(cx: &Cx, k: usize) -> bool {
    cx.word(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "as" | "the" | "that" | "this" | "what" | "its" | "their" | "his" | "her" | "our"
        )
    })
}

/// Words before a bare "one" that make it a count: "only one", "just one".
const COUNTING_BEFORE: &[&str] = &["only", "just", "exactly", "merely", "precisely", "barely"];

/// Words after the noun a bare "one" counts that make it a rate: "one nurse on each
/// ward", "one doctor per 1,000 people", "one bed for every 30 patients".
const RATE_AFTER: &[&str] = &["per", "each", "every"];

/// Whether a bare "one" at tokens `first..=last` counts something a reader would check,
/// rather than picking something out: "only one", "one nurse on each ward", "three
/// doctors and one nurse". A determiner ("one former official", "one of the", "at one
/// point") stays out.
pub(super) fn one_counts(cx: &Cx, first: usize, last: usize) -> bool {
    if first >= 1
        && cx
            .word(first - 1)
            .is_some_and(|w| COUNTING_BEFORE.contains(&w.as_str()))
    {
        return true;
    }
    // "one for every 200 residents", "one per 1,000": one in so many
    let k = last + 1;
    let base = if cx.is(k, "per") {
        Some(k + 1)
    } else if (cx.is(k, "for") || cx.is(k, "in") || cx.is(k, "to")) && cx.is(k + 1, "every") {
        Some(k + 2)
    } else {
        None
    };
    if base.is_some_and(|j| cx.kind(j) == Some(TokKind::Num)) {
        return true;
    }
    // "one mile", "one kg": a measure.
    // ("at one point behind the stand" is when, not a margin)
    let at = first >= 1 && cx.is(first - 1, "at");
    if cx.word(last + 1).is_some_and(|w| measure_word(w.as_str())) || !at && margin(cx, last + 1) {
        return true;
    }
    let Some(noun) = noun_at(cx, last + 1) else {
        return false;
    };
    rate_after(cx, noun + 1) || beside_a_count(cx, first, noun)
}

/// "one point behind", "one seat short of", "one shot clear": a margin of a unit of
/// score, which is a count a reader checks ("one site behind the success" is not).
fn margin(cx: &Cx, k: usize) -> bool {
    cx.word(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "point" | "goal" | "seat" | "vote" | "shot" | "stroke" | "run" | "wicket" | "game"
        )
    }) && cx.word(k + 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "behind" | "ahead" | "clear" | "short" | "adrift" | "shy"
        )
    })
}

/// Whether `w` (lower case) is a unit of measure written out or abbreviated.
pub(super) fn measure_word(w: &str) -> bool {
    measure_unit(w)
        || matches!(
            w,
            "mile"
                | "metre"
                | "meter"
                | "kilometre"
                | "kilometer"
                | "kilogram"
                | "kilo"
                | "tonne"
                | "ton"
                | "litre"
                | "liter"
                | "gallon"
                | "acre"
                | "hectare"
                | "inch"
                | "foot"
                | "yard"
                | "ounce"
                | "pint"
                | "gram"
                | "degree"
        )
}

/// "per", "each", "for every", "on each", "in every" at `k`.
fn rate_after(cx: &Cx, k: usize) -> bool {
    if cx.word(k).is_some_and(|w| RATE_AFTER.contains(&w.as_str())) {
        return true;
    }
    cx.word(k)
        .is_some_and(|w| matches!(w.as_str(), "for" | "on" | "in" | "at"))
        && (cx.is(k + 1, "each") || cx.is(k + 1, "every"))
}

/// Whether another count stands beside the "one" at `first` (whose noun is at `noun`),
/// joined by "and", "or" or a comma: "three doctors and one nurse", "one goal and two
/// assists".
fn beside_a_count(cx: &Cx, first: usize, noun: usize) -> bool {
    let joins = |j: usize| matches!(cx.text(j), "," | "and" | "or" | "but");
    let count = |j: usize| match cx.kind(j) {
        Some(TokKind::Num) => cx.text(j).len() < 4,
        Some(TokKind::Word) => matches!(
            num_word(cx.lower(j).as_str()),
            Some(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v)) if v != 1.0
        ),
        _ => false,
    };
    // Before: "three doctors and one", "two nurses, one".
    if first >= 2 && joins(first - 1) {
        let from = first.saturating_sub(5);
        if (from..first - 1).any(count) {
            return true;
        }
    }
    // After: "one nurse and two doctors".
    joins(noun + 1) && (count(noun + 2) || (cx.is(noun + 2, "and") && count(noun + 3)))
}

/// After "number" (lower case) at `i - 1`: whether the numeral `n` is a place in a
/// ranking ("reached number one", "at number 12 in the chart") rather than part of a
/// name or a noun phrase ("the number one priority", "the number 10 shirt").
pub(super) fn chart_place(cx: &Cx, i: usize, n: &Numeral) -> bool {
    i >= 1
        && cx.text(i - 1) == "number"
        && n.first == i
        && n.scale.is_none()
        && !n.ordinal
        && !n.fraction
        && n.value.fract() == 0.0
        && !cx.text(n.first).starts_with('0')
        && (1.0..=1000.0).contains(&n.value)
        && matches!(n.suffix, Suffix::None)
        && !(cx.text(n.last + 1) == "-" && cx.glued(n.last + 1))
        && noun_at(cx, n.last + 1).is_none()
        && !cx
            .word(n.last + 1)
            .is_some_and(|_| super::names::capitalised(cx.text(n.last + 1)))
}

/// "the first billion", "the second million": the scale word after a lone ordinal at
/// `i` is the figure (a billion), not the ordinal.
pub(super) fn scale_after_ordinal(cx: &Cx, n: &Numeral) -> Option<Numeral> {
    if !n.ordinal || n.first != n.last {
        return None;
    }
    let j = n.last + 1;
    // "its fifth billion-dollar deal": a scale hyphened onto the next word describes
    // the noun, and the rank stays the figure.
    if cx.text(j + 1) == "-" && cx.glued(j + 1) {
        return None;
    }
    let scale = match num_word(cx.word(j)?.as_str())? {
        NumWord::Scale(s) => s,
        NumWord::Hundred => 100.0,
        _ => return None,
    };
    Some(Numeral {
        first: j,
        last: j,
        value: scale,
        precision: 0.5 * scale,
        words: true,
        bare_one: false,
        scale: Some(scale),
        fraction: false,
        ordinal: false,
        plain_digits: None,
        suffix: Suffix::None,
    })
}

/// Whether "this year", "that season" or the like starts at `k`: after "three times"
/// it says when, where "three times that figure" multiplies.
pub(super) fn this_period(cx: &Cx, k: usize) -> bool {
    (cx.is(k, "this") || cx.is(k, "that"))
        && cx.word(k + 1).is_some_and(|w| {
            let w = w.as_str();
            time_unit(w)
                || matches!(
                    w,
                    "season" | "term" | "summer" | "winter" | "spring" | "autumn"
                )
        })
}

/// Whether `w` compares ("faster", "higher", "more"): after "16 times" it makes a
/// multiplier of the figure.
pub(super) fn comparative(w: &str) -> bool {
    // ("three times over the limit" multiplies too, so "over" is one)
    matches!(w, "more" | "less" | "fewer" | "over")
        || w.len() > 4
            && w.ends_with("er")
            && !matches!(w, "after" | "other" | "under" | "never" | "ever")
}

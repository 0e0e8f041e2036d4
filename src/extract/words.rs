//! Spelled-out numerals: "one hundred and twenty", "two and a half million", "a dozen",
//! "two-thirds", "three twenty-firsts", "twenty-first", "half a million", "one over three".

use super::numeral::{Cx, Numeral, Suffix};
use super::patterns::{num_word, NumWord};
use super::token::TokKind;

/// A number word, also as written glued ("twentyfifth") or as a plural scale
/// ("millions", "dozens") or an Indian abbreviation ("cr", "lkh") when it follows a number.
fn word_at(cx: &Cx, j: usize, after_number: bool) -> Option<NumWord> {
    if cx.kind(j) != Some(TokKind::Word) || !super::patterns::maybe_number_word(cx.text(j)) {
        return None;
    }
    let w = cx.word(j)?;
    let lw = w.as_str();
    if let Some(n) = num_word(lw) {
        return Some(n);
    }
    if after_number {
        let scale = match lw {
            "hundreds" => Some(NumWord::Hundred),
            "thousands" => Some(NumWord::Scale(1e3)),
            "millions" | "mil" => Some(NumWord::Scale(1e6)),
            "billions" => Some(NumWord::Scale(1e9)),
            "trillions" => Some(NumWord::Scale(1e12)),
            "dozens" | "dz" | "dzs" | "doz" | "dozs" => Some(NumWord::Dozen),
            "lkh" | "lkhs" => Some(NumWord::Scale(1e5)),
            "cr" | "kr" | "koti" | "krore" | "krores" => Some(NumWord::Scale(1e7)),
            _ => None,
        };
        if scale.is_some() {
            return scale;
        }
    }
    // "twentyfifth", "thirtyfirst".
    for (tens, v) in [
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
    ] {
        if let Some(rest) = lw.strip_prefix(tens) {
            match num_word(rest) {
                Some(NumWord::Ordinal(d)) if d < 10.0 => return Some(NumWord::Ordinal(v + d)),
                Some(NumWord::Unit(d)) if d > 0.0 => return Some(NumWord::Tens(v + d)),
                _ => {}
            }
        }
    }
    None
}

/// Whether a joiner (hyphen or dash) sits between number words at `j`: returns the index
/// of the next word.
fn joined(cx: &Cx, j: usize) -> Option<usize> {
    matches!(cx.text(j), "-" | "—" | "–").then_some(j + 1)
}

/// Whether what follows `j` lets "a third"/"one fifth" read as a fraction, not a rank
/// ("a third country").
fn fraction_follows(cx: &Cx, j: usize) -> bool {
    match cx.word(j) {
        None => true,
        Some(w) => matches!(
            w.as_str(),
            "of" | "and" | "or" | "more" | "less" | "fewer" | "to" | "in" | "percent" | "per"
        ),
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    Start,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Digits,
}

/// A whole number in words (and digit groups between scale words: "4 thousand 3 hundred
/// and 21"): (value, last token, last scale word, precision, token count).
struct Whole {
    value: f64,
    last: usize,
    ended_scale: Option<f64>,
    precision: f64,
    count: usize,
    ordinal: bool,
    /// The value before the last "and": a fraction after "one hundred and three"
    /// divides only the three.
    before_and: Option<f64>,
}

fn whole_at(cx: &Cx, i: usize, a_prefix: bool) -> Option<Whole> {
    let mut total = 0.0f64;
    let mut cur = if a_prefix { 1.0 } else { 0.0 };
    let mut last = if a_prefix { Last::Unit } else { Last::Start };
    let mut last_scale = f64::INFINITY;
    let mut end: Option<usize> = None;
    let mut ended_scale = None;
    let mut precision = 0.5;
    let mut count = 0;
    let mut ordinal = false;
    let mut before_and = None;
    let mut j = i;
    loop {
        let mut k = j;
        if count > 0 {
            if let Some(n) = joined(cx, j) {
                if matches!(last, Last::Tens) {
                    k = n;
                }
            }
            if cx.is(k, "and") && matches!(last, Last::Hundred | Last::Scale) {
                let n = k + 1;
                let ok = match cx.kind(n) {
                    Some(TokKind::Num) => !cx.text(n).contains('.') && cx.text(n) != "0",
                    Some(TokKind::Word) => {
                        matches!(
                            word_at(cx, n, false),
                            Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_))
                        ) || matches!(word_at(cx, n, false), Some(NumWord::Ordinal(d)) if d < 100.0)
                            && !fraction_follows_ord(cx, n)
                    }
                    _ => false,
                };
                if ok {
                    k = n;
                    before_and = Some(total + cur);
                }
            }
        }
        if cx.kind(k) == Some(TokKind::Num)
            && !cx.glued(k)
            && matches!(last, Last::Start | Last::Hundred | Last::Scale)
        {
            // A digit group inside a worded number. (The cheap test first: digits at the
            // start that no scale word follows are most figures, and need no parse.)
            if last == Last::Start
                && !matches!(
                    word_at(cx, k + 1, true),
                    Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen)
                )
            {
                break;
            }
            let Ok(v) = cx.text(k).replace(',', "").parse::<f64>() else {
                break;
            };
            if last != Last::Start
                && v >= last_scale.min(if last == Last::Hundred {
                    100.0
                } else {
                    f64::INFINITY
                })
            {
                break;
            }
            cur += v;
            last = Last::Digits;
            precision = 0.5;
            end = Some(k);
            count += 1;
            j = k + 1;
            continue;
        }
        let Some(nw) = word_at(cx, k, count > 0 || a_prefix) else {
            break;
        };
        match nw {
            NumWord::Unit(v)
                if matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Scale) =>
            {
                cur += v;
                last = Last::Unit;
                precision = 0.5;
            }
            NumWord::Teen(v) | NumWord::Tens(v)
                if matches!(last, Last::Start | Last::Hundred | Last::Scale) =>
            {
                cur += v;
                precision = 0.5;
                last = if v < 20.0 {
                    Last::Teen
                } else if v % 10.0 == 0.0 {
                    Last::Tens
                } else {
                    Last::Unit
                };
            }
            // "one twenty two" (duckling): a unit before a tens.
            NumWord::Tens(v)
                if last == Last::Unit
                    && cur < 10.0
                    && total == 0.0
                    && !a_prefix
                    && count == 1
                    && denominator_at(cx, k).is_none()
                    && cx.text(k + 1) != "-" =>
            {
                cur = cur * 100.0 + v;
                last = Last::Tens;
            }
            NumWord::Hundred
                if matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits)
                    && cur < 100.0 =>
            {
                cur *= 100.0;
                last = Last::Hundred;
                precision = 50.0;
            }
            NumWord::Scale(s)
                if matches!(
                    last,
                    Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Digits
                ) || (last == Last::Scale && cur == 0.0) =>
            {
                if last == Last::Scale {
                    // "three lakh crore", "three thousand millions".
                    total *= s;
                    precision *= s;
                } else if s < last_scale {
                    total += cur * s;
                    precision = 0.5 * s;
                } else {
                    total = (total + cur) * s;
                    precision = 0.5 * s;
                }
                cur = 0.0;
                last_scale = s;
                last = Last::Scale;
                ended_scale = Some(s);
            }
            NumWord::Dozen
                if matches!(
                    last,
                    Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Digits
                ) =>
            {
                cur *= 12.0;
                last = Last::Hundred;
            }
            NumWord::Ordinal(d)
                if d < 100.0
                    && matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Scale) =>
            {
                if last == Last::Tens && d >= 10.0 {
                    break;
                }
                if last == Last::Start && count == 0 && (d >= 3.0) && a_prefix {
                    break;
                }
                cur += d;
                ordinal = true;
                end = Some(k);
                count += 1;
                break;
            }
            _ => break,
        }
        if last != Last::Scale {
            ended_scale = None;
        }
        end = Some(k);
        count += 1;
        j = k + 1;
    }
    let last = end?;
    Some(Whole {
        value: total + cur,
        last,
        ended_scale,
        precision,
        count,
        ordinal,
        before_and,
    })
}

fn fraction_follows_ord(cx: &Cx, n: usize) -> bool {
    // "one hundred and fifth" is a rank unless followed by a fraction's context.
    cx.word(n + 1).is_some_and(|w| w.as_str() == "of")
}

/// A denominator at `j`: "thirds", "quarter", "twenty-fifths", "hundredths":
/// (value, plural, last token).
fn denominator_at(cx: &Cx, j: usize) -> Option<(f64, bool, usize)> {
    let lw = cx.word(j)?;
    let plural = lw.as_str().ends_with('s');
    match word_at(cx, j, true)? {
        NumWord::Denominators(d) => Some((d, true, j)),
        NumWord::Ordinal(d) if d >= 2.0 => Some((d, plural, j)),
        NumWord::Quarter => Some((4.0, false, j)),
        NumWord::Half => Some((2.0, false, j)),
        NumWord::Tens(t) => {
            let n = joined(cx, j + 1).unwrap_or(j + 1);
            match word_at(cx, n, true)? {
                NumWord::Denominators(d) if d < 10.0 => Some((t + d, true, n)),
                NumWord::Ordinal(d) if d < 10.0 => {
                    let plural = cx.text(n).ends_with('s');
                    Some((t + d, plural, n))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A fraction after "and": "a half", "one fourth", "three fifths", "a third": (value,
/// last token).
fn and_fraction(cx: &Cx, j: usize) -> Option<(f64, usize)> {
    let (num, k) = if cx.is(j, "a") || cx.is(j, "an") {
        (1.0, j + 1)
    } else {
        // "and three fifths", "and fifty-four hundredths"
        let w = whole_at(cx, j, false)?;
        if w.ordinal || w.value <= 0.0 || w.ended_scale.is_some() {
            return None;
        }
        let mut k = w.last + 1;
        if let Some(n) = joined(cx, k) {
            k = n;
        }
        (w.value, k)
    };
    let (d, plural, last) = denominator_at(cx, k)?;
    if !plural && num != 1.0 {
        return None;
    }
    Some((num / d, last))
}

/// A spelled-out numeral starting at word token `i`.
pub fn words_at(cx: &Cx, i: usize) -> Option<Numeral> {
    let a_prefix = cx.is(i, "a") || cx.is(i, "an");
    let first = i;
    let start = if a_prefix { i + 1 } else { i };
    // "a report", "an hour": every reading below starts with a number word after the
    // article, so most articles are turned away here, before any of them.
    if a_prefix
        && !(cx.kind(start) == Some(TokKind::Word)
            && super::patterns::maybe_number_word(cx.text(start)))
    {
        return None;
    }
    let mut fraction = false;
    let ordinal: bool;
    let mut precision;
    let mut value;
    let mut last;
    let count;
    let mut scale_end: Option<f64>;
    // Fractions with no whole part: "half a million", "a quarter", "half of".
    let lead = word_at(cx, start, false);
    if matches!(lead, Some(NumWord::Half | NumWord::Quarter)) {
        let f = if lead == Some(NumWord::Half) {
            0.5
        } else {
            0.25
        };
        // "a half-chance", "half-time": a compound word, not a fraction.
        if cx.text(start + 1) == "-" && cx.glued(start + 1) {
            return None;
        }
        let mut k = start + 1;
        if cx.is(k, "a") || cx.is(k, "an") {
            k += 1;
        }
        let scale = match word_at(cx, k, true) {
            Some(NumWord::Scale(s)) => Some(s),
            Some(NumWord::Dozen) => Some(12.0),
            Some(NumWord::Hundred) => Some(100.0),
            _ => None,
        };
        if let Some(s) = scale {
            return Some(plain(first, k, f * s, 0.5 * s));
        }
        if !a_prefix {
            let ok = lead == Some(NumWord::Half)
                && cx.word(start + 1).is_some_and(|n| {
                    matches!(
                        n.as_str(),
                        "of" | "the"
                            | "their"
                            | "its"
                            | "his"
                            | "her"
                            | "our"
                            | "all"
                            | "them"
                            | "people"
                    )
                });
            if !ok {
                return None;
            }
        }
        let mut n = plain(first, start, f, 0.0);
        n.fraction = true;
        return Some(n);
    }
    let before_and;
    match whole_at(cx, start, a_prefix) {
        Some(w) => {
            before_and = w.before_and;
            value = w.value;
            last = w.last;
            precision = w.precision;
            count = w.count;
            ordinal = w.ordinal;
            scale_end = w.ended_scale;
        }
        None if a_prefix => {
            // "a third", "a twenty-first", "a fifth of".
            let (d, plural, l) = denominator_at(cx, start)?;
            if plural || !fraction_follows(cx, l + 1) && cx.kind(l + 1) == Some(TokKind::Word) {
                return None;
            }
            let mut n = plain(first, l, 1.0 / d, 0.0);
            n.fraction = true;
            return Some(n);
        }
        None => return None,
    }
    // "two hundred point zero three", "five point five", "point seventy-one".
    if !ordinal && cx.is(last + 1, "point") {
        if let Some((f, digits, l)) = point_digits(cx, last + 2) {
            value += f;
            precision = 0.5 * 10f64.powi(-(digits as i32));
            last = l;
        }
    }
    if ordinal {
        let mut n = plain(first, last, value, 0.5);
        n.ordinal = true;
        return Some(n);
    }
    // Denominator: "two thirds", "three twenty-firsts", "one fifth of".
    let mut k = last + 1;
    if let Some(n) = joined(cx, k) {
        if word_at(cx, n, true).is_some() {
            k = n;
        }
    }
    {
        if let Some((d, plural, l)) = denominator_at(cx, k) {
            let big = d >= 100.0;
            if plural || (value == 1.0 && fraction_follows(cx, l + 1)) {
                value = match before_and {
                    Some(b) => b + (value - b) / d,
                    None => value / d,
                };
                fraction = true;
                last = l;
                precision = 0.0;
            } else if big && !plural {
                // "two hundredth": a rank.
                let mut n = plain(first, l, value * d, 0.5);
                n.ordinal = true;
                return Some(n);
            }
        }
    }
    // "and a half", "and three fifths", then maybe a scale: "and a half million".
    if !fraction && cx.is(last + 1, "and") {
        if let Some((f, l)) = and_fraction(cx, last + 2) {
            let after = word_at(cx, l + 1, true);
            if let Some(NumWord::Scale(s)) = after {
                // "two and a half million" scales the whole; "one billion and a half
                // million" adds half a million.
                value = if scale_end.is_some() {
                    value + f * s
                } else {
                    (value + f) * s
                };
                last = l + 1;
            } else if let Some(s) = scale_end {
                value += f * s;
                last = l;
            } else {
                value += f;
                last = l;
            }
            precision = 0.0;
            scale_end = None;
        }
    }
    // A scale after a fraction or a "two and a half": "two thirds of a million".
    if fraction || precision == 0.0 {
        let mut k = last + 1;
        if fraction && cx.is(k, "of") {
            k += 1;
            if cx.is(k, "a") {
                k += 1;
            }
        }
        if let Some(NumWord::Scale(s)) = word_at(cx, k, true) {
            if scale_end.is_none() {
                value *= s;
                last = k;
                fraction = false;
                precision = 0.5 * s;
            }
        }
    }
    let bare_one = !a_prefix && count == 1 && value == 1.0 && !fraction && cx.is(i, "one");
    if a_prefix && count == 1 && !fraction && scale_end.is_none() && value == 1.0 {
        return None;
    }
    Some(Numeral {
        first,
        last,
        value,
        precision,
        words: cx.kind(first) != Some(TokKind::Num),
        bare_one,
        scale: None,
        fraction,
        ordinal: false,
        plain_digits: None,
        suffix: Suffix::None,
    })
}

/// The digits after "point": single digit words ("zero three"), a two-digit word
/// ("seventy-one", "eleven") or digits: (fraction, digit count, last token).
pub fn point_digits(cx: &Cx, j: usize) -> Option<(f64, usize, usize)> {
    if cx.kind(j) == Some(TokKind::Num) {
        let t = cx.text(j);
        if t.bytes().all(|b| b.is_ascii_digit()) {
            let f: f64 = format!("0.{t}").parse().ok()?;
            return Some((f, t.len(), j));
        }
        return None;
    }
    let mut digits = String::new();
    let mut k = j;
    while let Some(NumWord::Unit(d)) = word_at(cx, k, false) {
        digits.push(char::from(b'0' + d as u8));
        k += 1;
    }
    if digits.is_empty() {
        match word_at(cx, j, false)? {
            NumWord::Teen(v) => {
                digits = format!("{v}");
                k = j + 1;
            }
            NumWord::Tens(v) => {
                let mut v = v;
                k = j + 1;
                if let Some(n) = joined(cx, k) {
                    if let Some(NumWord::Unit(u)) = word_at(cx, n, false) {
                        v += u;
                        k = n + 1;
                    }
                }
                digits = format!("{v}");
            }
            _ => return None,
        }
    }
    let f: f64 = format!("0.{digits}").parse().ok()?;
    Some((f, digits.len(), k - 1))
}

fn plain(first: usize, last: usize, value: f64, precision: f64) -> Numeral {
    Numeral {
        first,
        last,
        value,
        precision,
        words: true,
        bare_one: false,
        scale: None,
        fraction: false,
        ordinal: false,
        plain_digits: None,
        suffix: Suffix::None,
    }
}

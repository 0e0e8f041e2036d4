//! `arithmetic/conversion`: a sum and its conversion into another currency, in brackets
//! after it ("$2.4bn (£1.3bn)"), at a rate no exchange rate has been near; and a measure
//! converted into another unit ("5 miles (8km)"), judged in `measure_conversion.rs`.

use crate::document::Document;
use crate::extract::Claim;
use crate::frame::relation::{Conversion, Relation};
use crate::frame::{Frames, Role};
use crate::rules::figure::{num, round_to, said, Interval, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// `arithmetic/conversion`: A sum converted into another currency at a rate no exchange rate has been near, or a measure into another unit wrongly.
pub const CONVERSION: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::Conversion,
    default_severity: crate::finding::Severity::Error,
    summary: "A sum converted into another currency at a rate no exchange rate has been near, or a measure into another unit wrongly.",
    doc: r#"Checks a sum of money given in one currency with its conversion into another in brackets
after it ("$2.4bn (£1.3bn)", "70 euro cents (£0.48; $0.98)"): the rate the two figures
imply must lie within the range the two currencies' exchange rate has moved in since 1990,
widened by a quarter each way for rounding and the day's rate. What it catches is the
slip of a scale word or a digit: "$1.8 billion (£9.4 million)", "$6.3 (£3.35m)", "$10m
(£19.2m)". The brackets must hold nothing but the converted sums: "$10bn (£2bn of it in
shares)" gives a part, not a conversion, and is left alone.

The currencies judged are those whose range it knows: the US, Australian and Canadian
dollar, the pound, the euro, the yen, the Swiss franc, the yuan and the rupee. Other
pairs, and a currency the copy does not name by its code or symbol, are left alone, as is
a conversion that says it is approximate in a way the range already allows.

A measure given with its conversion into another unit in brackets is checked the same
way, against the fixed size of the units: a length, area, volume, weight, speed or
temperature ("12 miles (19km)", "600 acres (243 hectares)", "35C (95F)", "90mph
(145km/h)", "20lb (9kg)"), in wire style too ("95 degrees Fahrenheit (35 degrees
Celsius)", "100 miles per hour (160 kilometers per hour)"). A gallon may be a US or an imperial one and a ton a short or a
long one. The brackets must hold nothing but the converted measure and its unit: "5
miles (2 miles of it uphill)" is left alone, as are units the check does not know.

A length of time restated in another unit right beside it is a conversion too: "148,000
hours, or more than 6,100 days", "36 months (three years)", "90 days, the equivalent of
about 13 weeks". A month is taken as 28 to 31 days and a year as 365 to 366. Two lengths
joined by a bare "or" may be alternatives ("park for 30 minutes, or two hours with a
permit"), so they are read as one length said twice only when the clause ends after the
second and the two are within a factor of two of each other.

**Why.** A converted sum is read as the same amount; one that is a thousand times too
large or too small misleads as much as a wrong figure. A measure converted with the
wrong factor ("280 feet (280 metres)") or the digits slipped ("12 miles (9km)") is a
figure the reader is given twice, one of them wrong.

**Tolerance.** Each figure read as the interval its rounding allows; the rate's range
since 1990 widened by 25% each way. A measure's conversion may be a further 12% off the
exact one (copy converts loosely: "30ft (10m)" is 9.1m), a temperature's 2 degrees; a
conversion given to three significant figures or more ("125mph (201km/h)", "40.3C
(104.5F)") was worked out, and may be only 3% off, or a degree; so may a length of
time, whose units convert by fixed counts.

**Example.**

    The firm paid $1.8 billion (£9.4 million) for the network.

gives £0.0052 to the dollar; a dollar has been worth about £0.47 to £1 since 1990.

and

    The bypass will run for 12 miles (9km) around the town.

gives 9km for what is about 19.3km.

**Fix.** Correct the scale or the figure of the sum or of its conversion."#,
};

/// How far past a rate's range since 1990 a stated rate may lie: rounding, the day's
/// rate, a conversion made at another date than the copy's.
const WIDEN: f64 = 1.25;

/// The US dollar value of one unit of each currency judged, at its lowest and highest
/// since 1990 (rounded outwards): the pound from about $1.03 (2022) to $2.11 (2007),
/// the euro from $0.82 (2000) to $1.60 (2008), the yen from 162 to 75 to the dollar,
/// the Swiss franc from 1.82 to 0.72, the yuan from 8.7 to 4.7, the rupee from 17 to 90,
/// the Australian dollar from $0.48 to $1.10, the Canadian from $0.62 to $1.10.
const DOLLARS_PER_UNIT: [(&str, f64, f64); 9] = [
    ("USD", 1.0, 1.0),
    ("GBP", 1.0, 2.15),
    ("EUR", 0.82, 1.6),
    ("JPY", 1.0 / 162.0, 1.0 / 75.0),
    ("CHF", 1.0 / 1.85, 1.0 / 0.7),
    ("CNY", 1.0 / 8.8, 1.0 / 4.6),
    ("INR", 1.0 / 92.0, 1.0 / 17.0),
    ("AUD", 0.47, 1.11),
    ("CAD", 0.61, 1.1),
];

fn dollars_per_unit(code: &str) -> Option<(f64, f64)> {
    DOLLARS_PER_UNIT
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|&(_, lo, hi)| (lo, hi))
}

/// Units of `to` for one unit of `from`, at the lowest and highest since 1990, widened
/// by [`WIDEN`]; `None` for a currency whose range is not known.
fn widened_range(from: &str, to: &str) -> Option<(f64, f64)> {
    let (from_lo, from_hi) = dollars_per_unit(from)?;
    let (to_lo, to_hi) = dollars_per_unit(to)?;
    Some((from_lo / to_hi / WIDEN, from_hi / to_lo * WIDEN))
}

/// Whether a rate of `rate` units of `to` for one of `from` may be true: within the
/// widened range since 1990, or between currencies whose range is not known.
pub(crate) fn plausible(from: &str, to: &str, rate: Interval) -> bool {
    widened_range(from, to).is_none_or(|(lo, hi)| rate.hi >= lo && rate.lo <= hi)
}

/// Each conversion in brackets with the sum it converts: the first figure before it
/// that is not a conversion itself ("372 riyals ($99; £53)": both convert the riyals).
/// The brackets must hold nothing but the converted sums: "$10bn (£2bn of it in
/// shares)" gives a part, not a conversion.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    let mut original = None;
    let mut before: Option<&Claim> = None;
    for f in &frames.figures {
        let previous = before.replace(f.claim);
        if f.frame.role != Role::Conversion {
            original = Some(f);
            continue;
        }
        let Some(o) = original.filter(|o| o.frame.sentence == f.frame.sentence) else {
            continue;
        };
        if let Some(measure) = crate::measure::conversion(prose, o.claim, f.claim) {
            out.push(Relation::Conversion(Conversion {
                original: o.id,
                converted: f.id,
                measure: Some(measure),
            }));
            continue;
        }
        let gap = previous.and_then(|p| prose.get(p.end..f.claim.start));
        let after = prose.get(f.claim.end..).unwrap_or("").trim_start();
        // only brackets and separators, or a slip of digits ("$110,00 (£59,000)")
        let separators = |g: &str| {
            g.chars()
                .all(|c| c.is_whitespace() || c.is_ascii_digit() || "(;,.".contains(c))
        };
        let only_sums = gap.is_some_and(separators)
            && (after.starts_with([')', ';', ','])
                // a slip glued to the figure that closes the brackets: "(£17.m)"
                || after.split(')').next().is_some_and(|a| a.len() <= 3 && !a.contains(' ')));
        if !only_sums {
            continue;
        }
        out.push(Relation::Conversion(Conversion {
            original: o.id,
            converted: f.id,
            measure: None,
        }));
    }
}

/// The mismatch for a conversion at a rate outside its currencies' range, or a measure
/// converted into a figure its units do not give.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Conversion) -> Option<Mismatch> {
    let (from, to) = (frames.claim(rel.original)?, frames.claim(rel.converted)?);
    if let Some(measure) = &rel.measure {
        return super::measure_conversion::judge(measure, from, to);
    }
    let (from_code, to_code) = (from.currency.as_deref()?, to.currency.as_deref()?);
    if from_code == to_code {
        return None;
    }
    let (rate_lo, rate_hi) = widened_range(from_code, to_code)?;
    let (a, b) = (
        Interval::of(from, Tolerance::Arithmetic)?,
        Interval::of(to, Tolerance::Arithmetic)?,
    );
    if a.lo <= 0.0 || b.lo <= 0.0 {
        return None;
    }
    let (stated_lo, stated_hi) = (b.lo / a.hi, b.hi / a.lo);
    if stated_hi >= rate_lo && stated_lo <= rate_hi {
        return None;
    }
    let mid = |i: Interval| (i.lo + i.hi) / 2.0;
    let stated = mid(b) / mid(a);
    let (seen_lo, seen_hi) = (rate_lo * WIDEN, rate_hi / WIDEN);
    Some(
        Mismatch::new(
            super::CONVERSION.id,
            to.start..to.end,
            format!(
                "'{}' converted as '{}' is {} {to_code} to the {from_code}; since 1990 the {from_code} has been worth about {} to {} {to_code}",
                said(from),
                said(to),
                rate(stated),
                rate(seen_lo),
                rate(seen_hi)
            ),
        )
        .copy(Side::copy(said(to)))
        .right(Side::computed(format!(
            "{} to {}",
            money(to, mid(a) * seen_lo),
            money(to, mid(a) * seen_hi)
        )))
        .related(from, format!("the sum converted, {}", said(from)))
        .note(format!(
            "the {from_code}'s range since 1990, {} to {} {to_code}, is judged with a quarter more each way for rounding and the day's rate",
            rate(seen_lo),
            rate(seen_hi)
        ))
        .key([said(from), said(to)]),
    )
}

/// The values a stated sum's rounding allows, without its qualifier; `None` for a range
/// or a sum not above its rounding.
pub(crate) fn stated_sum(c: &Claim) -> Option<Interval> {
    stated(c).filter(|i| i.lo > 0.0)
}

/// The values a figure's rounding allows, without its qualifier ("at least 50,000
/// square metres (538,000 square feet)" converts the bound); `None` for a range.
pub(crate) fn stated(c: &Claim) -> Option<Interval> {
    let v = c.value.filter(|v| v.is_finite())?;
    let p = c.precision.max(0.0);
    Some(Interval {
        lo: v - p,
        hi: v + p,
    })
}

/// A rate to three significant figures.
pub(crate) fn rate(v: f64) -> String {
    if v == 0.0 || !v.is_finite() {
        return num(v);
    }
    let decimals = (2 - v.abs().log10().floor() as i32).clamp(0, 12) as usize;
    crate::num::format(round_to(v, 3), decimals)
}

/// `value` in the currency and scale of `like`.
fn money(like: &Claim, value: f64) -> String {
    crate::rules::figure::amount_range(like, Interval::exact(round_to(value, 2)))
}

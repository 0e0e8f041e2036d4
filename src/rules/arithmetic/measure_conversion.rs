//! `arithmetic/conversion` of a measure: "5 miles (8km)", "20C (68F)", "12,900 acres
//! (5,200 hectares)". The conversion must come to what the first figure does in its
//! units, allowing for the rounding of both and the loose conversions copy uses.

use super::conversion::{rate, stated};
use crate::extract::Claim;
use crate::interval::Interval;
use crate::measure::{Converted, Dimension};
use crate::rules::figure::{num, said};
use crate::rules::mismatch::{Mismatch, Side};

/// How far a converted measure may be from the exact conversion beyond the rounding of
/// both figures: copy converts loosely ("30ft (10m)" is 9.1m, "100km (60 miles)" 62
/// miles); a slip of the factor or the digits is further off.
const LOOSE: f64 = 0.12;

/// How far a conversion given to three significant figures or more ("125mph (201km/h)",
/// "40.3C (104.5F)") may be from the exact one beyond the rounding of both: a figure
/// stated that finely was worked out, not rounded loosely, and "125mph (221km/h)" is a
/// slip. (A temperature so given may be a degree off, not two.)
const CAREFUL: f64 = 0.03;

/// The significant digits of a figure as written: "201" and "104.5" have three and four,
/// "5,200" and "10" two and one (trailing zeros of a whole number may be rounding).
fn significant_digits(text: &str) -> usize {
    let number: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    let number = number.trim_end_matches('.');
    let digits = number.trim_start_matches(['0', '.']);
    if number.contains('.') {
        digits.chars().filter(char::is_ascii_digit).count()
    } else {
        digits.trim_end_matches('0').len()
    }
}

/// The mismatch for a measure whose conversion in brackets (`pair`, as the recogniser
/// read it) its units do not give.
pub(crate) fn judge(pair: &Converted, from: &Claim, to: &Claim) -> Option<Mismatch> {
    let (from_unit, to_unit) = (&pair.from, &pair.to);
    // (each figure as its digits state it: "at least 50,000 square metres (538,000
    // square feet)" converts the bound)
    let (a, b) = (stated(from)?, stated(to)?);
    let (lo, hi) = from_unit.convert(a.lo, a.hi, to_unit);
    let temperature = from_unit.dimension == Dimension::Temperature;
    let exactly = if from_unit.dimension == Dimension::Time {
        Exactly::Time
    } else if significant_digits(&pair.to_said) >= 3 {
        Exactly::ThreeFigures
    } else {
        Exactly::Loosely
    };
    let (leeway, leeway_note) = leeway(temperature, exactly);
    // (a temperature is widened by degrees of its own scale, not by a share of itself)
    let slack = if temperature {
        leeway
    } else {
        leeway * lo.abs().max(hi.abs())
    };
    if (Interval { lo, hi }).widen(slack).overlaps(&b) {
        return None;
    }
    let mid = |i: Interval| (i.lo + i.hi) / 2.0;
    // (a unit of two sizes, a gallon or a ton, converts to a range)
    let (exact_lo, exact_hi) = from_unit.convert(mid(a), mid(a), to_unit);
    let (one_lo, one_hi) = from_unit.convert(1.0, 1.0, to_unit);
    let should_be = spread(exact_lo, exact_hi, &to_unit.name);
    let factor = match from_unit.dimension {
        Dimension::Temperature => format!(
            "a degree {} is {} degrees {}",
            from_unit.name.trim_start_matches('°'),
            num(one_lo - from_unit.convert(0.0, 0.0, to_unit).0),
            to_unit.name.trim_start_matches('°')
        ),
        _ if one_hi > one_lo * 1.01 => format!(
            "one {} is {} to {} {}",
            singular(&from_unit.name),
            rate(one_lo),
            rate(one_hi),
            to_unit.name
        ),
        _ => format!(
            "one {} is {} {}",
            singular(&from_unit.name),
            rate(one_lo),
            to_unit.name
        ),
    };
    Some(
        Mismatch::new(
            super::CONVERSION.id,
            to.start..to.end,
            format!(
                "'{}' converted as '{}' should be about {}: {factor}",
                pair.from_said, pair.to_said, should_be,
            ),
        )
        .copy(Side::copy(pair.to_said.clone()))
        .right(Side::computed(should_be.clone()))
        .related(from, format!("the measure converted, {}", pair.from_said))
        .note(leeway_note)
        .key([said(from), said(to)]),
    )
}

/// How exactly a conversion is expected to be worked out.
#[derive(Clone, Copy, PartialEq)]
enum Exactly {
    /// Copy converts measures loosely: "30ft (10m)" is 9.1m.
    Loosely,
    /// Given to three significant figures or more ("125mph (201km/h)"), it was worked
    /// out, not rounded loosely.
    ThreeFigures,
    /// A length of time converts by fixed counts ("36 months, or three years"): only a
    /// month's or a year's own length varies, and that is in the units.
    Time,
}

/// The leeway a conversion gets beyond the rounding of both figures (degrees for a
/// temperature, else a share of the exact conversion), with the note that says so.
fn leeway(temperature: bool, exactly: Exactly) -> (f64, String) {
    let precise = exactly != Exactly::Loosely;
    let (amount, said) = match (temperature, precise) {
        (true, false) => (2.0, "2 degrees".to_string()),
        (true, true) => (1.0, "a degree".to_string()),
        (false, false) => (LOOSE, format!("{}%", (LOOSE * 100.0).round())),
        (false, true) => (CAREFUL, format!("{}%", (CAREFUL * 100.0).round())),
    };
    let why = match exactly {
        Exactly::Loosely => " for a loose conversion",
        Exactly::ThreeFigures => ", the conversion being given to three figures",
        Exactly::Time => ", units of time converting by fixed counts",
    };
    (
        amount,
        format!("both figures are read as their rounding allows, with {said} more{why}"),
    )
}

/// What a measure converts to, a range where the unit has two sizes: "88,000 to
/// 106,000 gallons".
fn spread(lo: f64, hi: f64, unit: &str) -> String {
    if hi > lo * 1.01 {
        return format!("{} to {}", rate(lo), measure(hi, unit));
    }
    measure((lo + hi) / 2.0, unit)
}

/// `value` with its unit: "8.05 km", "68°F".
fn measure(value: f64, unit: &str) -> String {
    match unit.strip_prefix('°') {
        // (to a tenth of a degree: "104.5°F", "39.2°F")
        Some(_) => format!("{}{unit}", crate::num::format(value, 1)),
        None => format!("{} {unit}", rate(value)),
    }
}

/// A unit's name for "one …": "mile" of "miles", "square foot" of "square feet",
/// "mile per hour" of "miles per hour".
fn singular(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let back = if name.ends_with(" per hour") { 3 } else { 1 };
    let unit_at = words.len().saturating_sub(back);
    let one = |w: &str| match w {
        "feet" | "ft" => "foot".to_string(),
        "inches" | "in" => "inch".to_string(),
        // ("m/s", "km/h": a symbol has no plural)
        _ if w.contains('/') => w.to_string(),
        _ => w.strip_suffix('s').unwrap_or(w).to_string(),
    };
    words
        .iter()
        .enumerate()
        .map(|(i, w)| if i == unit_at { one(w) } else { w.to_string() })
        .collect::<Vec<_>>()
        .join(" ")
}

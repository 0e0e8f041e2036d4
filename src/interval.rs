//! The one interval type: the values a figure allows, with the tolerance policy of each
//! use named rather than hidden in four places.
//!
//! A figure in copy stands for a range of values: "1.4 million" for everything that
//! rounds to it, "about 100" for something near 100, "more than 117,000" for anything
//! above. How generously to read it depends on what the reading is for: arithmetic
//! looks for *any* reading that makes the copy right, a second statement of the same
//! quantity is compared a little more loosely, and a record may be further off still
//! before the copy is said to contradict it. [`Tolerance`] names those three policies;
//! [`Interval::of`] applies one.

use crate::extract::{Claim, Kind, Qualifier};

/// Relative widening applied to an approximate figure ("about 100" → 95 to 105) in
/// arithmetic, unless its stated precision is wider.
pub const APPROXIMATE: f64 = 0.05;

/// The leeway of an approximate figure stated to three significant figures or more
/// ("some 48.2 million", "about 34,300"): the writer has given the digits, so "some" or
/// "about" hides little more than their rounding.
pub const APPROXIMATE_PRECISE: f64 = 0.02;

/// How far "about" or "some" reaches around a figure of value `mid` whose last stated
/// digit is worth twice `precision`: ±5%, or ±2% when the digits stated are precise
/// to better than one part in 200 and end in no zero ("about 2,820", not "about 2,800").
fn approximate_leeway(precision: f64, mid: f64) -> f64 {
    let digits_given = precision > 0.0 && precision < mid * 0.0025;
    let ends_in_zero = {
        let last_digit = (mid / (2.0 * precision)).round();
        last_digit % 10.0 == 0.0
    };
    if digits_given && !ends_in_zero {
        APPROXIMATE_PRECISE
    } else {
        APPROXIMATE
    }
}

/// The most rounding trailing zeros are taken to hide, relative to the figure.
pub const ROUND_ZEROS: f64 = 0.05;

/// How generously a figure is read, by use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tolerance {
    /// Arithmetic inside the copy: every value that rounds to the figure, trailing zeros
    /// as rounding of at most 5%, approximate figures ±5%, whole counts exact, "nearly X"
    /// from a fifth below X up to X.
    Arithmetic,
    /// The same quantity stated twice: as `Arithmetic`, approximate figures ±10%, and
    /// "nearly X" within a tenth below X.
    Consistency,
    /// A stated result that a computation is checked against ("or nearly 3%", "nearly two
    /// thirds - 65%"): as `Arithmetic`, but "nearly X" is 80% to 102% of X, not anything
    /// below X, since copy that says "nearly 3%" of a 1.5% move is wrong.
    Stated,
    /// A figure against a sourced record: the stated precision, approximate figures
    /// ±10%, open ends left open.
    Record,
}

/// A closed interval; either end may be infinite.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    /// The values `claim` allows under `policy`; `None` when it carries no value at all.
    pub fn of(claim: &Claim, policy: Tolerance) -> Option<Interval> {
        match policy {
            Tolerance::Arithmetic => arithmetic(claim),
            Tolerance::Consistency => {
                let b = arithmetic(claim)?;
                if let (Qualifier::Nearly, Some(v), None) =
                    (claim.qualifier, claim.value, claim.low)
                {
                    // "almost 6bn" said of a quantity given elsewhere as under 5bn is
                    // one of them wrong: nearly X is within a tenth below X
                    if v > 0.0 {
                        return Some(Interval {
                            lo: v * 0.9,
                            hi: b.hi,
                        });
                    }
                }
                if claim.qualifier != Qualifier::Approximate {
                    return Some(b);
                }
                let extra = claim.value.unwrap_or(0.0).abs() * 0.05;
                Some(Interval {
                    lo: b.lo - extra,
                    hi: b.hi + extra,
                })
            }
            Tolerance::Stated => {
                let b = arithmetic(claim)?;
                match (claim.qualifier, claim.value) {
                    (Qualifier::Nearly, Some(v)) if v > 0.0 && claim.low.is_none() => {
                        // and hardly more than X, however loosely X itself is read
                        let p = claim.precision.max(0.0);
                        // (a share in words is rough, "three in four" 64% to 86%, but
                        // "almost three in four" is still within a fifth below it: the
                        // two widenings are not added, or 56% would pass)
                        let below = if is_word_fraction(claim) { 0.0 } else { p };
                        Some(Interval {
                            lo: v * 0.8 - below,
                            hi: b.hi.min(v * 1.02 + p),
                        })
                    }
                    _ => Some(b),
                }
            }
            Tolerance::Record => {
                let (lo, hi) = record(claim);
                if lo.is_none() && hi.is_none() {
                    return None;
                }
                Some(Interval {
                    lo: lo.unwrap_or(f64::NEG_INFINITY),
                    hi: hi.unwrap_or(f64::INFINITY),
                })
            }
        }
    }

    /// Exactly `v`.
    pub fn exact(v: f64) -> Interval {
        Interval { lo: v, hi: v }
    }

    /// The interval a pair of optional ends gives, open where an end is missing.
    pub fn from_ends(lo: Option<f64>, hi: Option<f64>) -> Interval {
        Interval {
            lo: lo.unwrap_or(f64::NEG_INFINITY),
            hi: hi.unwrap_or(f64::INFINITY),
        }
    }

    /// The finite ends, `None` where the interval is open.
    pub fn ends(self) -> (Option<f64>, Option<f64>) {
        (
            self.lo.is_finite().then_some(self.lo),
            self.hi.is_finite().then_some(self.hi),
        )
    }

    /// Whether some value lies in both (a small epsilon absorbs float noise).
    pub fn overlaps(&self, other: &Interval) -> bool {
        let eps = 1e-9 * (1.0 + self.hi.abs().min(other.hi.abs()));
        self.lo <= other.hi + eps && other.lo <= self.hi + eps
    }

    /// Whether `v` lies inside.
    pub fn contains(&self, v: f64) -> bool {
        self.lo <= v && v <= self.hi
    }

    /// The interval widened by `d` at both ends.
    pub fn widen(self, d: f64) -> Interval {
        Interval {
            lo: self.lo - d,
            hi: self.hi + d,
        }
    }

    /// The interval of `-x`.
    pub fn negated(self) -> Interval {
        Interval {
            lo: -self.hi,
            hi: -self.lo,
        }
    }

    /// The interval of `k·x`.
    pub fn scale(self, k: f64) -> Interval {
        let (a, b) = (self.lo * k, self.hi * k);
        Interval {
            lo: a.min(b),
            hi: a.max(b),
        }
    }

    /// The interval of `x + y`.
    pub fn plus(self, o: Interval) -> Interval {
        Interval {
            lo: self.lo + o.lo,
            hi: self.hi + o.hi,
        }
    }

    /// The interval of `x − y`.
    pub fn minus(self, o: Interval) -> Interval {
        Interval {
            lo: self.lo - o.hi,
            hi: self.hi - o.lo,
        }
    }

    /// `self / o` for positive intervals; `None` when `o` may be zero or negative.
    pub fn ratio(self, o: Interval) -> Option<Interval> {
        if o.lo <= 0.0 || self.lo < 0.0 {
            return None;
        }
        Some(Interval {
            lo: self.lo / o.hi,
            hi: self.hi / o.lo,
        })
    }
}

/// A fraction written in words ("a third", "two-thirds", "half"): no digit in its text,
/// and no word of per cent ("six pct", "ten per cent" are percentages, not fractions).
pub fn is_word_fraction(claim: &Claim) -> bool {
    let says_percent = || {
        let t = claim.text.to_ascii_lowercase();
        t.contains("pct") || t.contains("cent") || t.contains('%')
    };
    claim.kind == Kind::Percent
        && !claim.text.bytes().any(|b| b.is_ascii_digit())
        && !says_percent()
}

/// A share said as one count in another ("four in 10", "one in five"): its precision is
/// the rounding of its counts, not of the percentage it is read as (40% from "four in 10"
/// is no 40 with a trailing zero).
pub fn is_share_of_counts(claim: &Claim) -> bool {
    if claim.kind != Kind::Percent {
        return false;
    }
    let t = claim.text.to_ascii_lowercase();
    !(t.contains("pct") || t.contains("cent") || t.contains('%'))
        && (t.contains(" in ") || t.contains(" out of "))
}

/// [`Tolerance::Arithmetic`]: a rounded figure stands for everything that rounds to it,
/// an approximate one for ±5% (or its precision, if wider), "more than" is open above,
/// "nearly 300" from 240 (copy that says "nearly 300" of 100 is wrong, not loose).
/// A whole count or sum stated to the unit ("134 flights", "$4") is exact.
fn arithmetic(claim: &Claim) -> Option<Interval> {
    let value = claim.value;
    let floor = if value.unwrap_or(0.0) >= 0.0 {
        0.0
    } else {
        f64::NEG_INFINITY
    };
    let lo = claim.low.or(match claim.qualifier {
        // "nearly 300" is within a fifth below 300, as a stated change or share is
        Qualifier::Nearly => value.map(|v| if v > 0.0 { v * 0.8 } else { floor }),
        Qualifier::LessThan | Qualifier::AtMost => Some(floor),
        Qualifier::Range => None,
        _ => value,
    })?;
    let hi = claim
        .high
        .or_else(|| floor_reads_below(claim))
        .or(match claim.qualifier {
            Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::JustOver => Some(f64::INFINITY),
            Qualifier::Range => None,
            _ => value,
        })?;
    let mut widen = claim.precision.max(0.0);
    if let Some(v) = value {
        // Trailing zeros are ambiguous: "1,000" may be exact or rounded to the thousand.
        // Nobody writes 1,000 for 600, so read them as rounding of at most 5% (two
        // significant figures).
        let ends_in_zero = v.fract() == 0.0 && v != 0.0 && (v / 10.0).fract() == 0.0;
        if ends_in_zero && widen > v.abs() * ROUND_ZEROS && !is_share_of_counts(claim) {
            widen = (v.abs() * ROUND_ZEROS).max(0.5);
        }
    }
    let whole_count = matches!(claim.kind, Kind::Number | Kind::Money | Kind::Duration)
        && value.is_some_and(|v| v.fract() == 0.0)
        && widen <= 0.5;
    if whole_count {
        widen = 0.0;
    }
    if claim.qualifier == Qualifier::Approximate {
        let mid = value.unwrap_or((lo + hi) / 2.0).abs();
        widen = widen.max(mid * approximate_leeway(claim.precision, mid));
    }
    if is_word_fraction(claim) {
        // "a third", "half": colloquial, so read as ±15% of the fraction; but a bound
        // set by one ("more than half", "less than a third") is meant at the fraction
        // itself, give or take a fiftieth of it ("more than half" is not 44%)
        let bound = matches!(
            claim.qualifier,
            Qualifier::MoreThan
                | Qualifier::AtLeast
                | Qualifier::JustOver
                | Qualifier::LessThan
                | Qualifier::AtMost
        );
        let rough = if bound { 0.02 } else { 0.15 };
        widen = widen.max(value.unwrap_or(0.0).abs() * rough);
    }
    if lo.is_nan() || hi.is_nan() || lo > hi {
        return None;
    }
    // "less than 5bn" is open down to nothing, never below it
    let open_below = claim.low.is_none() && lo == floor;
    Some(Interval {
        lo: if open_below { lo } else { lo - widen },
        hi: hi + widen,
    })
}

/// The figure a floor ("more than 1.2 million") is read as below: 1.3 million. None for
/// another qualifier, or a floor read as open (a word fraction, "at least").
pub fn floor_reads_below(claim: &Claim) -> Option<f64> {
    let v = claim.value?;
    let floor = matches!(claim.qualifier, Qualifier::MoreThan | Qualifier::JustOver)
        && claim.high.is_none()
        && !is_word_fraction(claim);
    let below = v + next_step(v, claim.precision);
    (floor && below.is_finite()).then_some(below)
}

/// How far above "more than" a figure copy would still round down to it: one unit of its
/// last digit that is not a trailing zero. Copy rounds a floor down to the figure it
/// states, so "more than 1.2 million" is under 1.3 million (else it would say "more than
/// 1.3 million"), "more than 117,000" under 118,000, and "more than 40%" or "more than
/// 100" under the next round figure, 50% or 200. A floor ending in a five is a round
/// figure of its own, which copy rounds down to from anywhere short of the next ten:
/// "more than 1,500 flights" may be 1,800.
fn next_step(value: f64, precision: f64) -> f64 {
    let v = value.abs();
    let mut step = precision * 2.0;
    if step.is_nan() || step <= 0.0 || !v.is_finite() || v == 0.0 {
        return f64::INFINITY;
    }
    let multiple_of = |s: f64| {
        let q = v / s;
        (q - q.round()).abs() < 1e-6 * q.max(1.0)
    };
    while multiple_of(step * 10.0) && step * 10.0 <= v {
        step *= 10.0;
    }
    if multiple_of(step * 5.0) && step * 5.0 <= v {
        step *= 5.0;
    }
    step
}

/// [`Tolerance::Record`] as optional ends: the qualifier's bounds widened by the stated
/// precision, and by 10% when approximate.
fn record(claim: &Claim) -> (Option<f64>, Option<f64>) {
    let widen = match claim.qualifier {
        Qualifier::Approximate => claim.precision.max(claim.value.unwrap_or(0.0).abs() * 0.10),
        _ => claim.precision,
    };
    (claim.low.map(|l| l - widen), claim.high.map(|h| h + widen))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::figure::testing::doc_with;

    #[test]
    fn each_policy_reads_an_approximate_figure_its_own_way() {
        let (_, c) = doc_with(
            "about 100",
            &[(
                "about 100",
                Kind::Number,
                100.0,
                Qualifier::Approximate,
                0.5,
                None,
            )],
        );
        let of = |p| Interval::of(&c[0], p);
        assert_eq!(
            of(Tolerance::Arithmetic),
            Some(Interval {
                lo: 95.0,
                hi: 105.0
            })
        );
        assert_eq!(
            of(Tolerance::Consistency),
            Some(Interval {
                lo: 90.0,
                hi: 110.0
            })
        );
        assert_eq!(
            of(Tolerance::Record),
            Some(Interval {
                lo: 90.0,
                hi: 110.0
            })
        );
    }

    #[test]
    fn open_ends_stay_open_for_records_and_close_at_the_next_step_for_arithmetic() {
        let (_, c) = doc_with(
            "more than 117,000",
            &[(
                "more than 117,000",
                Kind::Number,
                117000.0,
                Qualifier::MoreThan,
                500.0,
                None,
            )],
        );
        let r = Interval::of(&c[0], Tolerance::Record).map(Interval::ends);
        assert_eq!(r, Some((Some(116500.0), None)));
        // copy rounds a floor down to the figure it states: "more than 117,000" is under
        // 118,000, widened by its rounding
        let a = Interval::of(&c[0], Tolerance::Arithmetic);
        assert_eq!(a.map(|i| i.hi), Some(118500.0));
    }

    #[test]
    fn a_floor_is_read_below_the_next_figure_copy_would_round_down_to() {
        assert_eq!(next_step(1_200_000.0, 50_000.0), 100_000.0);
        assert_eq!(next_step(117_000.0, 500.0), 1_000.0);
        assert_eq!(next_step(40.0, 0.5), 10.0);
        assert_eq!(next_step(100.0, 0.5), 100.0);
        assert_eq!(next_step(3_000_000.0, 500_000.0), 1_000_000.0);
        assert_eq!(next_step(2.5, 0.05), 0.5);
        // (a floor ending in five: up to the next ten of its last digit)
        assert_eq!(next_step(1_500.0, 0.5), 500.0);
        assert_eq!(next_step(250.0, 0.5), 50.0);
        assert_eq!(next_step(7.3, 0.05), 0.1);
        assert_eq!(next_step(0.0, 0.5), f64::INFINITY);
    }
}

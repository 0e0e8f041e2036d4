//! `consistency/conversion-rate`: a conversion in brackets at a rate far from the one the
//! article's other conversions between the same two currencies use ("$40.8m (£21m)" …
//! "$19.5m (£14.9m)").

use crate::extract::Claim;
use crate::frame::relation::{Conversion, Relation};
use crate::frame::Frames;
use crate::interval::Interval;
use crate::rules::arithmetic::conversion::{plausible, rate, stated_sum};
use crate::rules::figure::{round_to, said};
use crate::rules::mismatch::{Mismatch, Side};

/// `consistency/conversion-rate`: A sum converted at a rate far from the one the article's other conversions use.
pub const CONVERSION_RATE: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::ConversionRate,
    default_severity: crate::finding::Severity::Warning,
    summary: "A sum converted at a rate far from the one the article's other conversions use.",
    doc: r#"Sets the conversions in brackets of one article ("$40.8m (£21m)") side by side, two
currencies at a time. Copy converts every sum at one day's rate, so the rates they imply
agree to within rounding; a conversion more than a fifth away from the others shows a
slipped digit in the sum or in its conversion, which a rate within the currencies'
historical range (`arithmetic/conversion`) lets through: "$19.5m (£14.9m)" where the
article's four other dollar sums are converted at about £0.53.

With three or more conversions between two currencies, each is set against the middle
rate of all of them; with two, the later is flagged when they are more than a fifth
apart. Each figure is read with the rounding its last digit allows; a qualifier ("about
$5bn (£2.6bn)", "less than 100m euros (£70m)") applies to both sums alike and does not
widen the rate. A conversion the historical range already flags is left to
`arithmetic/conversion` and takes no part.

**Why.** Readers take a conversion on trust; one at the wrong rate gives a sum that
was never stated, and the slip it hides may be in the figure itself.

**Tolerance.** Each figure read as the interval its rounding allows; rates more than
20% apart beyond that.

**Example.**

    The film took $40.8m (£21m) in its first weekend, against $16.1m (£8.4m) for its
    nearest rival. The horror film took $19.5m (£14.9m) in three days.

converts at £0.51 and £0.52 to the dollar, then at £0.76.

**Fix.** Correct the sum or its conversion; if an amount was converted at another
date's rate on purpose, say so, or suppress the finding."#,
};

/// How far apart two rates may be, beyond rounding: a currency seldom moves a tenth in
/// the weeks an article's sums come from, while a slipped digit moves a rate far more.
/// (Sums converted at the rates of two different years, 2000 and 2001 for yen, have
/// been seen 12% apart.)
const LIMIT: f64 = 1.2;

/// One conversion's rate, between its two currencies in a fixed order (the codes
/// sorted), so that "$10 (£5)" and "£5 ($10)" are read alike.
struct Observed<'a> {
    conversion: &'a Conversion,
    /// The two codes, sorted, each with whether it is a bare dollar ([`bare_dollar`]).
    pair: ((&'a str, bool), (&'a str, bool)),
    /// Units of `pair.1` for one of `pair.0`.
    rate: Interval,
}

/// Every conversion, found by `arithmetic/conversion`, whose rate is far from its
/// article's other conversions between the same currencies.
pub(crate) fn recognise(frames: &Frames<'_>, found: &[Relation], out: &mut Vec<Relation>) {
    let observed: Vec<Observed<'_>> = found
        .iter()
        .filter_map(|r| match r {
            Relation::Conversion(c) => Some(c),
            _ => None,
        })
        .filter_map(|c| observe(frames, c))
        .collect();
    let mut pairs: Vec<_> = observed.iter().map(|o| o.pair).collect();
    pairs.sort_unstable();
    pairs.dedup();
    for pair in pairs {
        let group: Vec<&Observed<'_>> = observed.iter().filter(|o| o.pair == pair).collect();
        for (at, o) in group.iter().enumerate() {
            if !outlier(&group, at) {
                continue;
            }
            let others = group
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != at)
                .map(|(_, g)| g.conversion.clone())
                .collect();
            out.push(Relation::RateOutlier(crate::frame::relation::RateOutlier {
                conversion: o.conversion.clone(),
                others,
            }));
        }
    }
}

/// Whether the conversion at `at` in `group` (in article order) is far from the rest:
/// from the middle rate of three or more, or, of two, the later one when they disagree.
fn outlier(group: &[&Observed<'_>], at: usize) -> bool {
    let Some(o) = group.get(at) else {
        return false;
    };
    match group.len() {
        0 | 1 => false,
        2 => at == 1 && group.first().is_some_and(|first| apart(o.rate, first.rate)),
        _ => {
            let mut mids: Vec<f64> = group.iter().map(|g| mid(g.rate)).collect();
            mids.sort_unstable_by(f64::total_cmp);
            let middle = median(&mids);
            apart(o.rate, Interval::exact(middle))
        }
    }
}

/// The middle of sorted `v` (the mean of the two middle ones for an even count).
fn median(v: &[f64]) -> f64 {
    let n = v.len();
    match (v.get((n.max(1) - 1) / 2), v.get(n / 2)) {
        (Some(a), Some(b)) => (a + b) / 2.0,
        _ => f64::NAN,
    }
}

fn mid(i: Interval) -> f64 {
    (i.lo + i.hi) / 2.0
}

/// Whether the nearest ends of two rates are more than [`LIMIT`] apart.
fn apart(a: Interval, b: Interval) -> bool {
    a.lo > b.hi * LIMIT || b.lo > a.hi * LIMIT
}

/// A conversion's rate, from the sums as stated (with their rounding, without their
/// qualifiers): "less than 100m euros (£70m)" converts at 0.7 whatever the bound.
fn observe<'a>(frames: &Frames<'a>, c: &'a Conversion) -> Option<Observed<'a>> {
    let (from, to) = (frames.claim(c.original)?, frames.claim(c.converted)?);
    let (from_code, to_code) = (from.currency.as_deref()?, to.currency.as_deref()?);
    if from_code == to_code {
        return None;
    }
    let forward = own_rate(frames, c)?;
    // a rate out of all range is `arithmetic/conversion`'s finding, or a figure misread
    // ("$30, 000"), and no guide to the others
    if !plausible(from_code, to_code, forward) {
        return None;
    }
    let (from_mark, to_mark) = ((from_code, bare_dollar(from)), (to_code, bare_dollar(to)));
    let (pair, rate) = if from_code < to_code {
        ((from_mark, to_mark), forward)
    } else {
        ((to_mark, from_mark), invert(forward))
    };
    Some(Observed {
        conversion: c,
        pair,
        rate,
    })
}

/// Whether a sum read as US dollars is written as a bare "$" or "dollars": copy about
/// Australia or Canada may mean its own dollar by it beside "US$" for the American one,
/// so the two are never set against each other.
fn bare_dollar(c: &Claim) -> bool {
    c.currency.as_deref() == Some("USD") && !c.text.contains("US")
}

fn invert(i: Interval) -> Interval {
    Interval {
        lo: 1.0 / i.hi,
        hi: 1.0 / i.lo,
    }
}

/// The conversion's rate, in its own direction (units of its converted currency for
/// one of the original's).
fn own_rate(frames: &Frames<'_>, c: &Conversion) -> Option<Interval> {
    let (a, b) = (
        stated_sum(frames.claim(c.original)?)?,
        stated_sum(frames.claim(c.converted)?)?,
    );
    Some(Interval {
        lo: b.lo / a.hi,
        hi: b.hi / a.lo,
    })
}

/// The mismatch for a conversion at a rate far from its article's others.
pub(crate) fn judge(
    frames: &Frames<'_>,
    rel: &crate::frame::relation::RateOutlier,
) -> Option<Mismatch> {
    let c = &rel.conversion;
    let (from, to) = (frames.claim(c.original)?, frames.claim(c.converted)?);
    let (from_code, to_code) = (from.currency.as_deref()?, to.currency.as_deref()?);
    let stated = own_rate(frames, c)?;
    // the others' rates in this conversion's direction
    let mut others: Vec<(f64, &Claim)> = Vec::new();
    for o in &rel.others {
        let rate = own_rate(frames, o)?;
        let other_to = frames.claim(o.converted)?;
        let same_way = other_to.currency.as_deref() == Some(to_code);
        let rate = if same_way { rate } else { invert(rate) };
        others.push((mid(rate), other_to));
    }
    let mut mids: Vec<f64> = others.iter().map(|(r, _)| *r).collect();
    mids.sort_unstable_by(f64::total_cmp);
    let (lo, hi) = (*mids.first()?, *mids.last()?);
    let lines = line_list(others.iter().map(|(_, c)| c.line));
    let base = from.value?;
    let expected = match (
        crate::rules::figure::amount(to, round_to(base * lo, 3)),
        crate::rules::figure::amount(to, round_to(base * hi, 3)),
    ) {
        (a, b) if a == b => a,
        (a, b) => format!("{a} to {b}"),
    };
    let mut m = Mismatch::new(
        super::CONVERSION_RATE.id,
        to.start..to.end,
        format!(
            "'{}' converted as '{}' is {} {to_code} to the {from_code}; the article converts {from_code} to {to_code} at {} elsewhere ({})",
            said(from),
            said(to),
            rate(mid(stated)),
            rate_range(lo, hi),
            lines
        ),
    )
    .copy(Side::copy(said(to)))
    .right(Side::computed(expected))
    .related(from, format!("the sum converted, {}", said(from)));
    for (r, other) in &others {
        m = m.related(
            other,
            format!("converted at {} {to_code} to the {from_code}", rate(*r)),
        );
    }
    Some(
        m.note("each sum read with the rounding its last digit allows; rates more than 20% apart beyond that are flagged")
            .key([said(from), said(to)]),
    )
}

/// "line 5" or "lines 5, 7 and 9".
fn line_list(lines: impl Iterator<Item = usize>) -> String {
    let mut v: Vec<usize> = lines.collect();
    v.sort_unstable();
    v.dedup();
    let words: Vec<String> = v.iter().map(usize::to_string).collect();
    match words.as_slice() {
        [one] => format!("line {one}"),
        [init @ .., last] => format!("lines {} and {last}", init.join(", ")),
        [] => String::new(),
    }
}

fn rate_range(lo: f64, hi: f64) -> String {
    let (a, b) = (rate(lo), rate(hi));
    if a == b {
        a
    } else {
        format!("{a} to {b}")
    }
}

//! A length of time stated beside the years it runs between: "he led the club for five
//! years from 1996 to 2001", "from 2010 to 2014, a period of four years", "closed for
//! three years (2019-2022)". The length must be what the years give, give or take a
//! year for the months the years leave unsaid. Judged by `arithmetic/sum`: the length is
//! the difference of the two years.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::{Claim, Kind};
use crate::frame::relation::{Relation, YearSpan};
use crate::frame::Frames;
use crate::interval::{Interval, Tolerance};
use crate::rules::figure::said;
use crate::rules::mismatch::{Mismatch, Side};

/// What may stand between a length and the span of years after it: "for five years
/// from 1996 to 2001", "three years (2019-2022)", "seven years between 1908 and 1915".
static LENGTH_THEN_YEARS: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"^[\s,(]*(?:from|between)?\s*$"));

/// What may stand between a span of years and the length after it: "from 2010 to 2014,
/// a period of four years", "1996-2001 (five years)".
static YEARS_THEN_LENGTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^\s*[,(–—-]\s*(?:(?:a|the)\s+(?:period|span|stretch|total)\s+of\s+|some\s+)?$",
    )
});

/// A [`YearSpan`] for each length of years right beside a span of years.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for pair in frames.durations.windows(2) {
        let [a, b] = pair else {
            continue;
        };
        if a.frame.sentence != b.frame.sentence {
            continue;
        }
        let (length, span, joining) =
            if crate::frame::is_year_span(b.claim) && years(a.claim).is_some() {
                (a, b, &*LENGTH_THEN_YEARS)
            } else if crate::frame::is_year_span(a.claim) && years(b.claim).is_some() {
                (b, a, &*YEARS_THEN_LENGTH)
            } else {
                continue;
            };
        let gap = prose.get(a.claim.end..b.claim.start).unwrap_or("");
        if joining.is_match(&gap.to_lowercase()) {
            out.push(Relation::YearSpan(YearSpan {
                length: length.id,
                span: span.id,
            }));
        }
    }
}

/// How many years one of the length's unit is: years and decades only (a span of
/// months cannot be read from whole years).
fn years(c: &Claim) -> Option<f64> {
    if c.kind != Kind::Duration {
        return None;
    }
    match c.unit.as_deref()? {
        "year" | "years" => Some(1.0),
        "decade" | "decades" => Some(10.0),
        _ => None,
    }
}

/// The mismatch for a length the years beside it do not give.
pub(crate) fn judge(frames: &Frames<'_>, rel: &YearSpan) -> Option<Mismatch> {
    let (length, span) = (frames.claim(rel.length)?, frames.claim(rel.span)?);
    let per = years(length)?;
    let (first, last) = (span.low?, span.high?);
    let whole = last - first;
    // the months unsaid: from the end of the first year to the start of the last, or
    // from the start of the first to the end of the last
    let given = Interval {
        lo: whole - 1.0,
        hi: whole + 1.0,
    };
    let stated = Interval::of(length, Tolerance::Arithmetic)?.scale(per);
    if stated.overlaps(&given) {
        return None;
    }
    // (years as they are written, with no thousands separator)
    let n = |v: f64| format!("{v:.0}");
    Some(
        Mismatch::computed(
            super::SUM.id,
            length.start..length.end,
            format!("from {} to {}", n(first), n(last)),
            format!("{} years", n(whole)),
            Side::copy(said(length)),
        )
        .related(span, format!("the years, {}", said(span)))
        .note(format!(
            "{} to {} is {} to {} years, counting the months the years leave unsaid",
            n(first),
            n(last),
            n(given.lo.max(0.0)),
            n(given.hi)
        ))
        .tolerance(Tolerance::Arithmetic, None)
        .key([said(length), said(span)]),
    )
}

//! A length of time restated in another unit right beside it: "the spills lasted
//! 148,000 hours, or more than 6,100 days", "a wait of 36 months (three years)", "90 days,
//! the equivalent of about 13 weeks". The two must come to the same length, as a
//! measure and its conversion do; the relation is a [`Conversion`] of two units of time,
//! judged by `arithmetic/conversion` with the 3% leeway of a conversion worked out, since
//! units of time convert by fixed counts.
//!
//! Two lengths joined by a bare "or" may be alternatives, not one length said twice
//! ("park for 30 minutes, or two hours with a permit"): such a pair is read as a
//! restatement only when nothing but the end of its clause follows the second, and the
//! two are within a factor of two of each other, as a slip is and an alternative seldom.

use crate::document::Document;
use crate::frame::relation::{Conversion, Relation};
use crate::frame::{Figure, Frames};
use crate::measure::{time_unit, Converted};
use crate::rules::figure::time_unit_of;

/// The words that set a restatement after a length: what stands between the two, in
/// lower case, whitespace folded.
const RESTATING: &[&str] = &[
    "(",
    ", the equivalent of",
    ", equivalent to",
    ", or the equivalent of",
    ", or",
    ", which is",
    ", that is",
];

/// How far apart, as a factor, two lengths joined by a bare "or" may be and still be
/// read as one length said twice.
const ALTERNATIVE_FACTOR: f64 = 2.0;

/// Binds each length to its restatement in another unit beside it.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for here in frames.lengths_by_sentence() {
        for pair in here.windows(2) {
            let [a, b] = pair else { continue };
            if let Some(conversion) = restated(prose, a, b) {
                out.push(Relation::Conversion(conversion));
            }
        }
    }
}

/// The conversion of length `a` into `b` when `b` restates it in another unit.
fn restated(prose: &str, a: &Figure<'_>, b: &Figure<'_>) -> Option<Conversion> {
    let gap = prose.get(a.claim.end..b.claim.start)?;
    let link = gap.split_whitespace().collect::<Vec<_>>().join(" ");
    let link = link.to_ascii_lowercase();
    if !RESTATING.contains(&link.as_str()) {
        return None;
    }
    let after = prose.get(b.claim.end..b.frame.sentence.end)?.trim_start();
    let closes = after.is_empty() || after.starts_with(['.', ',', ';', ')', '–', '—']);
    if link == "(" && !after.starts_with(')') || !closes {
        return None;
    }
    let (from, to) = (time_unit_of(a.claim)?, time_unit_of(b.claim)?);
    if from == to {
        return None;
    }
    // (named in full for messages, whatever the copy wrote: "2hr" is in hours)
    let from = time_unit(&from, &format!("{from}s"))?;
    let to = time_unit(&to, &format!("{to}s"))?;
    if link == ", or" {
        let (lo, hi) = from.convert(a.claim.value?, a.claim.value?, &to);
        let said = b.claim.value?;
        let near = |v: f64| v <= said * ALTERNATIVE_FACTOR && said <= v * ALTERNATIVE_FACTOR;
        if !(near(lo) || near(hi)) {
            return None;
        }
    }
    Some(Conversion {
        original: a.id,
        converted: b.id,
        measure: Some(Converted {
            from_said: a.claim.text.clone(),
            to_said: b.claim.text.clone(),
            from,
            to,
        }),
    })
}

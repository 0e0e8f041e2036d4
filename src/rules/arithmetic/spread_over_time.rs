//! `arithmetic/average` for a total spread over a length of time and restated as a rate:
//! "£4bn over 10 years, or £400m a year", "will pay £10m over five years, an average of
//! £2m a year", "Over the next four years the trust will spend £1.2bn - £300m a year".
//!
//! The length is a duration, framed apart ([`Frames::durations`]); a rate in another
//! period is read over as many of them as the length holds ("£30,000 over three years,
//! or £833 a month" is 36 months). The rate must be set beside the total as its restatement ("or",
//! "an average of", "averaging", "the equivalent of", a dash or a bracket), so a rate the
//! spending rises to ("rising to £600m a year") or another rate in the sentence is never
//! read as the total's. The relation is an [`Average`]: the total divided by the length.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::Kind;
use crate::frame::relation::{Average, Relation};
use crate::frame::Frames;
use crate::lexicon;
use crate::pattern::compile;
use crate::rules::figure::Skeleton;

/// The words that set a rate beside a total as its restatement.
const RESTATED: &str = r"(?:, or |, an average of |, averaging |, on average |, the equivalent of |, equivalent to |, which works out at | - | \(|, )";

/// The length: "10 years", "the next four years", "18 months".
const LENGTH: &str = r"(?:over|across|during|in|on) (?:the )?(?:next |past |last |coming |first |following )?(?P<len>(?:[a-z0-9.,-]+ ){1,3}?(?P<unit>years?|months?|weeks?|days?))";

/// The rate: "£400m a year", "£2m per month", "£300m annually", closing its clause ("£2m
/// a year of it on scaffolding" is a part of the total, not the total restated).
const RATE: &str = r"{N:r}(?: [a-z]+)? (?:(?:a|per|each|every) (?P<per>year|month|week|day)|(?P<adverb>annually|monthly|weekly|daily))(?:[.,;)]| -|$)";

/// The phrasings: the total before its length, or the length first.
static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let qual = format!("{}?", lexicon::alternation(lexicon::FIGURE_QUALIFIERS));
    [
        // £4bn over 10 years, or £400m a year; £4bn over 10 years on its roads, or
        // £400m a year; $1.2bn on new projects over the next three years, or $400m a year;
        // 64,000 households had been moved to prepayment meters in the past three years,
        // about 1,800 a month
        format!(r"{{N:t}}(?P<gap>(?: [a-z]+){{0,12}}?) {LENGTH}(?: [a-z'-]+){{0,4}}?{RESTATED}{qual}{RATE}"),
        // over the next five years the firm will pay £10m, an average of £2m a year
        format!(
            r"\b{LENGTH},? (?:[a-z'-]+ ){{0,6}}?{{N:t}}(?: [a-z'-]+){{0,6}}?{RESTATED}{qual}{RATE}"
        ),
        // the 12-week course costs £600, or £50 a week; a three-year deal worth £9m, or
        // £3m a year: the length hyphened onto what the total pays for
        format!(
            r"\b(?P<len>[a-z0-9.,]+-(?P<unit>year|month|week|day))(?: [a-z'-]+){{1,5}}? (?:costs?|costing|is worth|was worth|worth|valued at|totals?|totalling|to spend|will spend|to invest|will invest|to save|will save)(?: [a-z'-]+){{0,2}}? {qual}{{N:t}}(?: [a-z'-]+){{0,4}}?{RESTATED}{qual}{RATE}"
        ),
    ]
    .iter()
    .map(|p| compile(p))
    .collect()
});

/// Words without which no pattern can match.
static HINT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:a|per|each|every) (?:year|month|week|day)\b|\b(?:annually|monthly|weekly|daily)\b",
    )
});

/// An [`Average`] for every total `skel` spreads over a length of time as a rate.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    if skel.figs.len() < 2 || !HINT.is_match(&skel.text) {
        return;
    }
    for re in PATTERNS.iter() {
        let Some(cap) = re.captures(&skel.text) else {
            continue;
        };
        let (Some(total), Some(rate), Some(len), Some(unit)) = (
            skel.captured(&cap, "t"),
            skel.captured(&cap, "r"),
            cap.name("len"),
            cap.name("unit"),
        ) else {
            continue;
        };
        // ("employs 6,400 nurses and has recruited others in the past three years": the
        // total's clause ends before the length)
        let joined = cap.name("gap").is_some_and(|g| {
            g.as_str()
                .split_whitespace()
                .any(|w| lexicon::CLAUSE_OPENERS.contains(&w))
        });
        if joined {
            continue;
        }
        let Some(per) = cap
            .name("per")
            .map(|m| m.as_str())
            .or_else(|| cap.name("adverb").map(|m| period_of(m.as_str())))
        else {
            continue;
        };
        // "£30,000 over three years, or £833 a month": a year is 12 months
        let unit = unit.as_str().trim_end_matches('s');
        let periods = if per == unit {
            Some((1.0, 1.0))
        } else {
            super::period_rate::periods(per, unit)
        };
        let Some(periods) = periods else {
            continue;
        };
        if !crate::rules::figure::comparable(total, rate) || total.kind == Kind::Percent {
            continue;
        }
        // the one duration of the sentence the words name
        let len = len.as_str();
        let mut lengths = frames.durations.iter().filter(|d| {
            d.claim.kind == Kind::Duration
                && skel.span.contains(&d.claim.start)
                && len.ends_with(&d.claim.text.to_ascii_lowercase())
        });
        let (Some(length), None) = (lengths.next(), lengths.next()) else {
            continue;
        };
        let (Some(total), Some(stated)) = (frames.id_of(total), frames.id_of(rate)) else {
            continue;
        };
        out.push(Relation::Average(Average {
            total,
            count: length.id,
            stated,
            either_way: false,
            periods,
            per: Some(per.to_string()),
        }));
        return;
    }
}

/// The period an adverb of frequency names.
fn period_of(adverb: &str) -> &'static str {
    match adverb {
        "annually" => "year",
        "monthly" => "month",
        "weekly" => "week",
        _ => "day",
    }
}

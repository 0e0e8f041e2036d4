//! Net migration against the arrivals and departures it is the difference of: "Net
//! migration fell by a third last year to 240,000. … 780,000 people moved to the country
//! in 2025 while 540,000 left." Migration statistics are told so in every release, and a
//! slip in any of the three shows with a calculator.
//!
//! The net figure is the first count after "net migration" (or net immigration, arrivals,
//! inflow) in its sentence, with no other count between. Its flows are the counts of that
//! sentence or the next that words of arriving ("moved to", "arrived", "came to") and of
//! leaving ("left", "emigrated") follow: exactly one of each, in no year other than the
//! net figure's. Arrivals must be the net figure plus departures. Bound across sentences,
//! the relation is [`Relation::Across`], judged by `arithmetic/sum` at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames, Period, Role};

use super::bind::{across_sum, current_level, holds_any, lower, lower_head};

/// Words that name a net flow of people.
static NET: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\bnet (?:migration|immigration|international migration|arrivals|inflow)\b",
    )
});

/// Words after a count of people that say they came: " people moved to", " arrived".
static ARRIVED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?: [a-z]+){0,2}? (?:moved to|moved into|arrived|came to|came into|immigrated|migrated to|entered)\b",
    )
});

/// Words after a count of people that say they went: " left", " emigrated".
static LEFT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?: [a-z]+){0,2}? (?:left|emigrated|departed|moved away|moved abroad|moved out)\b",
    )
});

/// Binds each net flow to the arrivals and departures its sentence or the next gives.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    // (a byte search first: most copy names no net flow)
    let says_net = |t: &str| holds_any(t, &["net ", "Net "]);
    if !says_net(prose) {
        return;
    }
    let sentences = frames.sentences(doc);
    for (k, sentence) in sentences.iter().enumerate() {
        if !says_net(prose.get(sentence.clone()).unwrap_or("")) {
            continue;
        }
        let text = lower(prose, sentence.clone());
        let Some(named) = NET.find(&text) else {
            continue;
        };
        let from = sentence.start + named.end();
        let Some(net) = frames
            .within(sentence.clone())
            .iter()
            .filter(|f| f.claim.start >= from && f.claim.kind == Kind::Number)
            .find(|f| f.frame.role != Role::Conversion)
        else {
            continue;
        };
        if net.frame.role != Role::Level || !current_level(prose, net) {
            continue;
        }
        let mut flows = Vec::new();
        for span in sentences.iter().skip(k).take(2) {
            flows.extend(frames.within(span.clone()).iter().filter(|f| {
                f.id != net.id && f.claim.kind == Kind::Number && f.frame.role == Role::Level
            }));
        }
        let followed_by = |re: &Regex| -> Vec<&Figure<'_>> {
            flows
                .iter()
                .copied()
                // (a verb two words on at most: the few words after each figure)
                .filter(|f| re.is_match(&lower_head(prose, f.claim.end..f.frame.sentence.end, 100)))
                .collect()
        };
        let (came, went) = (followed_by(&ARRIVED), followed_by(&LEFT));
        let ([arrivals], [departures]) = (&came[..], &went[..]) else {
            continue;
        };
        let other_year = |f: &Figure<'_>| match (&f.frame.period, &net.frame.period) {
            (Some(Period::Year { year: a, .. }), Some(Period::Year { year: b, .. })) => a != b,
            _ => false,
        };
        if other_year(arrivals) || other_year(departures) {
            continue;
        }
        out.push(across_sum(
            arrivals.id,
            vec![net.id, departures.id],
            true,
            "net migration and those who left, against those who came".to_string(),
        ));
    }
}

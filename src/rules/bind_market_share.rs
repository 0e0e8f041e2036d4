//! A maker's or seller's share of a market whose size an earlier sentence gives:
//! "Shipments rose to 324 million handsets. … Halden shipped 71 million phones, which
//! gave it a 22% share of the market." Business and technology copy gives the market
//! first and then each firm's amount with its share.
//!
//! The binding is narrow on purpose:
//! - the share says it is of the market ("a 22% share of the market", "22% of the UK
//!   market", "a market share of 22%") and its sentence gives one current amount before
//!   it, the firm's (not one "up from" or "compared with" an earlier time);
//! - the market is the largest current amount of that kind (and currency, whatever
//!   noun it counts) before the share's sentence,
//!   within the paragraph before or nearer, dated as the firm's is (a year ago's market
//!   is no market of today's sales), and at least twice any other there (a rival's
//!   amount, which a share of the market is never of).
//!
//! Bound across sentences, the relation is [`Relation::Across`], judged at warning
//! severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames, Role};

use super::bind::{across_share, current_level, lower_head, lower_tail, stated_shares};

/// After a share: " share of the market", " of the global market", " share of the UK
/// smartphone market".
static OF_THE_MARKET: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^(?: share)? of (?:the |its |their )?(?:[a-z]+ ){0,2}?market\b")
});

/// Before a share: "a market share of ", "its share of the market to ".
static MARKET_SHARE_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\bmarket share of (?:about |around |almost |nearly |just over |just under |some )?$",
    )
});

/// How far back the market's size may stand: the paragraph before, at most.
const REACH: usize = 1_500;

/// Binds each share of a market that follows a firm's amount to the one market size an
/// earlier sentence gives.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (_, s) in stated_shares(frames) {
        let after = lower_head(prose, s.claim.end..s.frame.sentence.end, 60);
        let before = lower_tail(prose, s.frame.sentence.start..s.claim.start, 60);
        if !OF_THE_MARKET.is_match(&after) && !MARKET_SHARE_OF.is_match(&before) {
            continue;
        }
        let Some(part) = firm_amount(prose, frames, s) else {
            continue;
        };
        if let Some(market) = market_size(prose, frames, part) {
            out.push(across_share(
                part.id,
                market.id,
                s.id,
                "the market".to_string(),
            ));
        }
    }
}

/// The one current amount before share `s` in its sentence: the firm's.
fn firm_amount<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    s: &Figure<'a>,
) -> Option<&'f Figure<'a>> {
    let amounts: Vec<&Figure<'a>> = frames
        .within(s.frame.sentence.start..s.claim.start)
        .iter()
        .filter(|f| f.claim.kind.is_quantity())
        .collect();
    let [part] = amounts.as_slice() else {
        return None;
    };
    let fits = part.claim.kind != crate::extract::Kind::Percent
        && part.frame.role == Role::Level
        && current_level(prose, part)
        && part.claim.value.is_some_and(|v| v > 0.0);
    fits.then_some(*part)
}

/// The market `part` is a share of: the largest current amount of its kind in earlier
/// sentences within [`REACH`], dated as `part` is, and at least twice every other.
fn market_size<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    part: &Figure<'a>,
) -> Option<&'f Figure<'a>> {
    // (of the same kind and currency: a market of "handsets" sells "phones")
    let sizes: Vec<&Figure<'a>> = super::bind::earlier_alike(frames, part, REACH)
        .filter(|f| {
            current_level(prose, f) && f.frame.period == part.frame.period && !f.frame.projected
        })
        .collect();
    let market = super::bind::dominant(sizes)?;
    (market.claim.value? > part.claim.value?).then_some(market)
}

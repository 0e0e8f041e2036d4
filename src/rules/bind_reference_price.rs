//! A price said to stand a percentage above or below a reference price that the sentence
//! names but does not give: "On their debut the shares were changing hands 30% above the
//! issue price, at 260p", with "investors paid 200p a share" elsewhere in the story.
//!
//! The reference is the one price of the level's currency, in another sentence, that the
//! copy gives as the price of one share or unit ("200p a share", "120 dinars apiece") or
//! names as the reference ("an offer price of 200p", "priced at 200p"). When the
//! sentence gives the reference itself ("30% above the issue price of 200p") it is read
//! there. Bound across sentences, the relation is [`Relation::Across`], judged at
//! warning severity.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Change, Relation};
use crate::frame::{Figure, Frames, Role};

/// "above the offer price", "below their issue price", just after the percentage.
static ABOVE_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(concat!(
        r"^\s*(?:per\s*cent\s+|percent\s+)?(?P<dir>above|below|over|under|higher than|lower than)\s+",
        r"(?:the|its|their|the company's|the firm's|the group's)\s+",
        r"(?P<name>(?:offer|issue|float|flotation|listing|ipo|placing|subscription|launch|sale)\s+price)\b",
    ))
});

/// Words after a price that make it the price of one share or unit.
static EACH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^\s*(?:apiece|each|a share|per share|a unit|per unit)\b")
});

/// Words before a price that name it as an issue's price.
static NAMED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(concat!(
        r"\b(?:(?:offer|issue|float|flotation|listing|ipo|placing|subscription|launch|sale)\s+price\s+",
        r"(?:of|was|is|at|set at|had been)|priced\s+(?:them\s+|the\s+shares\s+)?at)\s+$",
    ))
});

/// Binds each "N% above the offer price" with a price in its sentence to the offer price.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    // the per-share prices of the article, read once, when a sentence first needs them
    let mut references: Option<References<'_, '_>> = None;
    for stated in frames
        .figures
        .iter()
        .filter(|f| f.claim.kind == Kind::Percent)
    {
        let after = prose
            .get(stated.claim.end..stated.frame.sentence.end)
            .unwrap_or("");
        let after = crate::document::head(after, 80).to_ascii_lowercase();
        let Some(cap) = ABOVE_REFERENCE.captures(&after) else {
            continue;
        };
        let (Some(dir), Some(name)) = (cap.name("dir"), cap.name("name")) else {
            continue;
        };
        let direction = if matches!(dir.as_str(), "below" | "under" | "lower than") {
            -1
        } else {
            1
        };
        let name_end = stated.claim.end + name.end();
        let prices: Vec<&Figure<'_>> = frames
            .within(stated.frame.sentence.clone())
            .iter()
            .filter(|f| f.claim.kind == Kind::Money && f.frame.role != Role::Conversion)
            .collect();
        // "30% above the issue price of 200p, at 260p": the reference is given here
        let given_here = prices.iter().find(|f| {
            f.claim.start >= name_end
                && prose
                    .get(name_end..f.claim.start)
                    .is_some_and(|gap| gap.trim() == "of")
        });
        let levels: Vec<&&Figure<'_>> = prices
            .iter()
            .filter(|f| given_here.is_none_or(|g| g.id != f.id))
            .collect();
        let [level] = levels.as_slice() else {
            continue;
        };
        let reference = match given_here {
            Some(g) => Some(*g),
            None => references
                .get_or_insert_with(|| per_share_prices(prose, frames))
                .get(&level.claim.currency)
                .and_then(|prices| one_price_elsewhere(prices.as_deref()?, stated)),
        };
        let Some(reference) = reference else {
            continue;
        };
        let change = Relation::Change(Change {
            from: reference.id,
            to: level.id,
            stated: stated.id,
            direction,
            points: false,
        });
        out.push(if given_here.is_some() {
            change
        } else {
            Relation::Across(Across {
                inner: Box::new(change),
                measure: name.as_str().to_string(),
                words: None,
            })
        });
    }
}

/// For each currency, the prices the article gives per share or names as an issue's
/// price; `None` when there are more than [`MAX_PRICES`], too many for one to be meant.
type References<'f, 'a> = HashMap<Option<String>, Option<Vec<&'f Figure<'a>>>>;

/// How many per-share prices of one currency an article may give before none is taken
/// as the reference.
const MAX_PRICES: usize = 8;

/// The one price of `prices` outside the stated change's sentence; none when they differ.
fn one_price_elsewhere<'f, 'a>(
    prices: &[&'f Figure<'a>],
    stated: &Figure<'_>,
) -> Option<&'f Figure<'a>> {
    let mut elsewhere = prices
        .iter()
        .copied()
        .filter(|f| f.frame.sentence != stated.frame.sentence);
    let first = elsewhere.next()?;
    elsewhere
        .all(|f| f.claim.value == first.claim.value)
        .then_some(first)
}

/// Every per-share or issue price of the article, by currency, in one pass.
fn per_share_prices<'f, 'a>(prose: &str, frames: &'f Frames<'a>) -> References<'f, 'a> {
    let mut out: References<'f, 'a> = HashMap::new();
    for f in frames.figures.iter().filter(|f| {
        f.claim.kind == Kind::Money
            && f.frame.role != Role::Conversion
            && (EACH_AFTER.is_match(
                &crate::document::head(
                    prose.get(f.claim.end..f.frame.sentence.end).unwrap_or(""),
                    20,
                )
                .to_ascii_lowercase(),
            ) || NAMED_BEFORE.is_match(
                &crate::document::tail(
                    prose
                        .get(f.frame.sentence.start..f.claim.start)
                        .unwrap_or(""),
                    60,
                )
                .to_ascii_lowercase(),
            ))
    }) {
        let prices = out
            .entry(f.claim.currency.clone())
            .or_insert_with(|| Some(Vec::new()));
        if let Some(list) = prices {
            list.push(f);
            if list.len() > MAX_PRICES {
                *prices = None;
            }
        }
    }
    out
}

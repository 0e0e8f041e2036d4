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
            None => reference_elsewhere(prose, frames, stated, level),
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

/// The one price of `level`'s currency in another sentence given as the price of one
/// share or as the issue's price; none when two such prices differ.
fn reference_elsewhere<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    stated: &Figure<'_>,
    level: &Figure<'_>,
) -> Option<&'f Figure<'a>> {
    let mut found = frames.figures.iter().filter(|f| {
        f.frame.sentence != stated.frame.sentence
            && f.claim.kind == Kind::Money
            && f.frame.role != Role::Conversion
            && f.claim.currency == level.claim.currency
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
    });
    let first = found.next()?;
    found
        .all(|f| f.claim.value == first.claim.value)
        .then_some(first)
}

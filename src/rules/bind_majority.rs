//! A majority said in the sentence after the seats it is of: "The Greens took 27 of the
//! 49 seats. That gives them a majority of five over all other parties combined." The
//! sentence before must give exactly one tally "A of the B seats"; the majority is
//! judged as one said beside it (`arithmetic/sum`, the seats held over all the others or
//! over half of them). Bound across sentences, the relation is [`Relation::Across`],
//! judged at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Difference, DifferenceWording, Relation};
use crate::frame::Frames;

use super::bind::{figures_of_sentence_just_before, lower, only_one};

/// The opening of a sentence that says the tally before gives a majority, up to its
/// size: "That gives them a majority of ", "It leaves the party with an overall majority
/// of just ".
static MAJORITY_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:that|this|it|the result)(?: [a-z']+){0,2}? (?:gives|gave|give|leaves|left|means|meant|hands|handed)(?: [a-z']+){0,4}? (?:an? )?(?:overall |working |clear |slim |narrow |comfortable )?majority of (?:just |only )?$",
    )
});

/// The words between the seats held and the seats in all: " of the ", " of its ".
static OF_THE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"^ of (?:the |its |their |all |all the |[a-z]+'s )?$")
});

/// Binds each majority opening its sentence to the one tally of seats the sentence
/// before gives.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, d) in frames.figures.iter().enumerate() {
        if d.claim.kind != Kind::Number {
            continue;
        }
        let opening = lower(prose, d.frame.sentence.start..d.claim.start);
        if !MAJORITY_OPENING.is_match(opening.trim_start()) {
            continue;
        }
        let Some(before) = figures_of_sentence_just_before(prose, frames, i) else {
            continue;
        };
        let seats = |f: &&crate::frame::Figure<'_>| {
            f.claim.kind == Kind::Number && f.claim.unit.as_deref() == Some("seats")
        };
        let tally = only_one(before.windows(2).filter(|w| {
            let (a, b) = (&w[0], &w[1]);
            a.claim.kind == Kind::Number
                && seats(b)
                && OF_THE.is_match(&lower(prose, a.claim.end..b.claim.start))
        }));
        let Some([held, all]) = tally else {
            continue;
        };
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Difference(Difference {
                from: held.id,
                to: all.id,
                stated: d.id,
                direction: -1,
                words: "majority".to_string(),
                wording: DifferenceWording::Seats,
            })),
            measure: "the seats the sentence before gives".to_string(),
            words: None,
        }));
    }
}

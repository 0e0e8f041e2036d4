//! A length said to have doubled, trebled or halved, with the two lengths in its
//! sentence: "We have doubled paid leave: it was 13 weeks when we took office and we
//! have taken it up to 26 weeks", "The wait has halved, from 18 months to nine months".
//!
//! Durations are framed apart ([`Frames::durations`]); the two must be in one unit, the
//! earlier one introduced as the old length ("from", "it was") and the later as the new
//! ("to", "up to"), with the verb before the later one. The relation is a
//! [`Multiple`], judged by `arithmetic/multiple`.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::frame::relation::{Multiple, Relation};
use crate::frame::{Figure, Frames};

/// A verb of multiplication.
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b")
});

/// Words just before the old length.
static OLD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:from|it was|they were|was|were|had been)\s+(?:just\s+|only\s+)?$",
    )
});

/// Words just before the new length.
static NEW: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"\b(?:to|up to|down to|now)\s+(?:just\s+|only\s+)?$")
});

/// A [`Multiple`] for each sentence that doubles or halves a length it gives twice.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    // (a span of years is no length: "from 1996 to 2001")
    for here in frames.lengths_by_sentence() {
        let [old, new] = here[..] else {
            continue;
        };
        let sentence = old.frame.sentence.clone();
        if old.frame.measure.unit.is_none() || old.frame.measure.unit != new.frame.measure.unit {
            continue;
        }
        let before = |f: &Figure<'_>| {
            crate::document::tail(prose.get(sentence.start..f.claim.start).unwrap_or(""), 40)
                .to_ascii_lowercase()
        };
        if !OLD.is_match(&before(old)) || !NEW.is_match(&before(new)) {
            continue;
        }
        let text = prose
            .get(sentence.start..new.claim.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(verb) = VERB.captures(&text).and_then(|c| c.name("verb")) else {
            continue;
        };
        let verb = verb.as_str();
        let factor = match verb {
            "doubled" => 2.0,
            "tripled" | "trebled" => 3.0,
            "quadrupled" => 4.0,
            _ => 0.5,
        };
        out.push(Relation::Multiple(Multiple {
            from: old.id,
            to: new.id,
            factor,
            qualifier: String::new(),
            words: verb.to_string(),
            more: false,
            verb: true,
        }));
    }
}

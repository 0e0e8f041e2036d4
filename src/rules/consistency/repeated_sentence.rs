//! A sentence given twice in one article with a figure changed: "The count ended with a
//! turnout of 61.2 per cent across the borough …" and, in a pasted copy further down,
//! "… a turnout of 61.7 per cent …". Word for word the same statement, so the figures
//! in the same places are the same quantities: two values that cannot both hold are a
//! conflict, whatever the duplicate check says of the passage.
//!
//! Sentences are compared with every figure masked, by hash, so the cost is one pass.

use std::collections::HashMap;

use crate::document::Document;
use crate::frame::relation::{Relation, SameQuantity};
use crate::frame::{Figure, Frames, Role};

/// How many words, besides its figures, a sentence needs before two copies of it are
/// taken to be one statement: short ones ("Sales rose 5%.") repeat by chance.
const MIN_WORDS: usize = 8;

/// A [`SameQuantity`] for each figure of a repeated sentence whose copy gives another
/// value in its place.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let mut seen: HashMap<String, Vec<&Figure<'_>>> = HashMap::new();
    for sentence in frames.sentences(doc) {
        let figures: Vec<&Figure<'_>> = frames
            .within(sentence.clone())
            .iter()
            .filter(|f| f.frame.role != Role::Conversion)
            .collect();
        if figures.is_empty() {
            continue;
        }
        let Some(masked) = masked(doc, sentence.clone(), &figures) else {
            continue;
        };
        match seen.get(&masked) {
            Some(first) if first.len() == figures.len() => {
                for (a, b) in first.iter().zip(&figures) {
                    if a.claim.kind == b.claim.kind && a.claim.text != b.claim.text {
                        out.push(Relation::SameQuantity(SameQuantity {
                            first: a.id,
                            later: b.id,
                            period: "in one sentence given twice".to_string(),
                        }));
                    }
                }
            }
            Some(_) => {}
            None => {
                seen.insert(masked, figures);
            }
        }
    }
}

/// The sentence's words, lower-cased, with each figure replaced by a mark; `None` when
/// it has too few words of its own to be told apart from another.
fn masked(
    doc: &Document,
    sentence: std::ops::Range<usize>,
    figures: &[&Figure<'_>],
) -> Option<String> {
    let prose = doc.prose();
    let mut out = String::with_capacity(sentence.len());
    let mut at = sentence.start;
    let mut words = 0;
    let mut push = |text: &str, out: &mut String| {
        for w in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            out.push_str(&w.to_lowercase());
            out.push(' ');
            words += 1;
        }
    };
    for f in figures {
        if f.claim.start < at {
            continue;
        }
        push(prose.get(at..f.claim.start)?, &mut out);
        out.push_str("# ");
        at = f.claim.end;
    }
    push(prose.get(at..sentence.end)?, &mut out);
    (words >= MIN_WORDS).then_some(out)
}

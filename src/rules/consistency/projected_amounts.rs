//! One projected amount given two values for the same year: "The scheme would save
//! almost £6bn by 2030 … its savings would grow from less than £5bn in 2030 to £9bn by
//! 2040". Amounts of money carry no counted noun, so the conflicting-values rule never
//! compares them; here two projections in one currency for one named year are one
//! quantity when the words just before each share the stem of what is projected
//! ("save", "savings"). Read "by" and "in" a year alike, which a cumulative reading of
//! "by" could undo, so the relation is [`Relation::Across`], a warning.

use std::collections::HashMap;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Relation, SameQuantity};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

/// How many words before an amount may say what it is.
const WORDS_BEFORE: usize = 5;

/// Stems of words that say how an amount moves or stands, never what it is.
const NOT_MEASURES: &[&str] = &[
    "rise", "fall", "grow", "increas", "decreas", "reach", "would", "could", "will", "should",
    "might", "expect", "forecast", "predict", "project", "estim", "total", "amount", "around",
    "almost", "nearly", "about", "more", "less", "than", "over", "under", "least", "some", "just",
    "from", "with", "into", "onli", "also", "been", "have", "year", "annual",
];

/// What makes two projections one quantity: the year, the currency and a stem of what
/// is projected.
type Key = (i32, Option<String>, String);

/// A [`SameQuantity`] for each projected amount whose year and measure an earlier
/// projection gives a value no reading of the two shares. Earlier projections are kept
/// by key (the first two, from different sentences), so each amount looks up its own
/// few keys rather than every earlier amount.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let mut seen: HashMap<Key, Vec<(&Figure<'_>, String)>> = HashMap::new();
    for later in frames
        .figures
        .iter()
        .filter(|f| f.claim.kind == Kind::Money && f.frame.projected)
        .filter(|f| f.frame.role == Role::Level)
    {
        let Some(crate::frame::Period::Year { year, .. }) = later.frame.period.as_ref() else {
            continue;
        };
        let year = *year;
        let stems = measure_stems(doc, later);
        let keys: Vec<(Key, String)> = stems
            .into_iter()
            .map(|(stem, word)| ((year, later.claim.currency.clone(), stem), word))
            .collect();
        // the earliest projection in another sentence that shares a key
        let earlier = keys
            .iter()
            .filter_map(|(k, _)| seen.get(k))
            .flat_map(|firsts| firsts.iter())
            .filter(|(f, _)| f.frame.sentence != later.frame.sentence)
            .min_by_key(|(f, _)| f.id);
        if let Some((first, shared)) = earlier {
            out.push(Relation::Across(Across {
                inner: Box::new(Relation::SameQuantity(SameQuantity {
                    first: first.id,
                    later: later.id,
                    period: format!("for {year}"),
                })),
                measure: format!(
                    "what is projected, '{shared}', for {year}, reading 'by {year}' as 'in {year}'"
                ),
                words: None,
            }));
        }
        for (k, word) in keys {
            let firsts = seen.entry(k).or_default();
            let new_sentence = firsts
                .iter()
                .all(|(f, _)| f.frame.sentence != later.frame.sentence);
            if firsts.len() < 2 && new_sentence {
                firsts.push((later, word));
            }
        }
    }
}

/// The stems of the plain lower-case words just before the amount in its clause: what
/// is projected ("contribute", "its contribution would rise from").
fn measure_stems(doc: &Document, f: &Figure<'_>) -> Vec<(String, String)> {
    let start = f.frame.clause.start.min(f.claim.start);
    let before = doc.prose().get(start..f.claim.start).unwrap_or("");
    crate::document::tail(before, 80)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 3 && w.chars().all(|c| c.is_lowercase()))
        .rev()
        .take(WORDS_BEFORE)
        .filter(|w| !lexicon::is_stop(w))
        .map(|w| (lexicon::stem(w), w.to_string()))
        .filter(|(s, _)| !NOT_MEASURES.contains(&s.as_str()))
        .collect()
}

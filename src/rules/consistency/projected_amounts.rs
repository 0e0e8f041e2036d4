//! One projected amount given two values for the same year: "The scheme would save
//! almost £6bn by 2030 … its savings would grow from less than £5bn in 2030 to £9bn by
//! 2040". Amounts of money carry no counted noun, so the conflicting-values rule never
//! compares them; here two projections in one currency for one named year are one
//! quantity when the words just before each share the stem of what is projected
//! ("save", "savings"). Read "by" and "in" a year alike, which a cumulative reading of
//! "by" could undo, so the relation is [`Relation::Across`], a warning.

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

/// A projected amount, the year it is for, and the stems (with a word of each) of what
/// the words before it say is projected.
type Projection<'f, 'a> = (&'f Figure<'a>, i32, Vec<(String, String)>);

/// A [`SameQuantity`] for each projected amount whose year and measure an earlier
/// projection gives a value no reading of the two shares.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let projected: Vec<Projection<'_, '_>> = frames
        .figures
        .iter()
        .filter(|f| f.claim.kind == Kind::Money && f.frame.projected)
        .filter(|f| f.frame.role == Role::Level)
        .filter_map(|f| {
            let year = match f.frame.period.as_ref()? {
                crate::frame::Period::Year { year, .. } => *year,
                _ => return None,
            };
            Some((f, year, measure_stems(doc, f)))
        })
        .filter(|(_, _, stems)| !stems.is_empty())
        .collect();
    for (i, (later, year, stems)) in projected.iter().enumerate() {
        let earlier = projected[..i].iter().find(|(first, y, s)| {
            y == year
                && first.frame.sentence != later.frame.sentence
                && first.claim.currency == later.claim.currency
                && s.iter().any(|(w, _)| stems.iter().any(|(x, _)| x == w))
        });
        let Some((first, _, first_stems)) = earlier else {
            continue;
        };
        let shared = first_stems
            .iter()
            .find(|(w, _)| stems.iter().any(|(x, _)| x == w))
            .map(|(_, word)| word.clone())
            .unwrap_or_default();
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

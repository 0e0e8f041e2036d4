//! Which words `draft` writes as a record's `match` terms: what the figure measures,
//! the words describing it, then the most distinctive words of its clause, ranked so that
//! the record links to its figure and to no other in the article.

use std::collections::HashMap;

use super::word_spans;
use crate::document::Document;
use crate::frame::Frame;
use crate::link::CheckedClaim;

/// How many of an article's figure sentences each word stem stands in: a word in one
/// sentence sets its figure apart, a word in every sentence ("company") does not.
pub(super) struct Rarity(HashMap<String, usize>, crate::link::Names);

impl Rarity {
    pub(super) fn of(doc: &Document, frames: &crate::frame::Frames<'_>) -> Self {
        let mut seen: Vec<std::ops::Range<usize>> = frames
            .figures
            .iter()
            .map(|f| f.frame.sentence.clone())
            .collect();
        seen.dedup();
        let mut n: HashMap<String, usize> = HashMap::new();
        for span in seen {
            let mut stems: Vec<String> = crate::link::stems(doc.slice(span)).collect();
            stems.sort_unstable();
            stems.dedup();
            for s in stems {
                *n.entry(s).or_default() += 1;
            }
        }
        Rarity(n, crate::link::Names::of(doc))
    }

    /// Whether the article uses `subject` as a name (see [`crate::link::Names`]).
    pub(super) fn names(&self, subject: &str) -> bool {
        self.1.names(subject)
    }

    /// Whose figures the article's lead names ([`crate::link::lead_subject`]), with the
    /// names read once for the article.
    pub(super) fn lead_subject(&self, doc: &Document) -> Option<String> {
        crate::link::lead_subject_among(doc, &self.1)
    }

    fn count(&self, word: &str) -> usize {
        self.0.get(&crate::link::stem(word)).copied().unwrap_or(0)
    }
}

/// How a word ranks as a record's term, lowest first: (sentences of the quantity it is
/// missing from, outside the figure's clause, verb-like, figure sentences of the article
/// that hold it, after the figure, distance from the figure).
type Rank = (usize, bool, bool, usize, bool, usize);

/// The terms that tie a record to its figure and no other, and spare ones in the order
/// they would be added: what the figure measures (its counted noun as the copy writes
/// it, or the thing an amount measures: "profit", never "dlrs"), every telling word that
/// describes it, then the most distinctive word of its clause (else its sentence): never
/// a stop word, a word of change or a generic verb ("reached", "increase"), and of the
/// rest, the one fewest of the article's figure sentences hold, preferring one every
/// sentence of the quantity holds and a proper name.
pub(super) fn match_words(
    doc: &Document,
    c: &CheckedClaim,
    frame: Option<&Frame>,
    rarity: &Rarity,
    sentences: &[Vec<String>],
) -> (Vec<String>, Vec<String>) {
    // A table cell is said by its column and row headers, not by words beside it.
    let headers = doc.cell_headers(c.claim.start);
    if !headers.is_empty() {
        return (
            headers.iter().map(|h| h.to_lowercase()).collect(),
            Vec::new(),
        );
    }
    let mut words = measure_words(c, frame);
    let measure = frame.map(|f| &f.measure);
    let figure = c.claim.start..c.claim.end;
    let clause = crate::telling::figure_clause(doc, figure.clone());
    let ranked = ranked_words(doc, c, frame, (rarity, sentences), &words);
    let clause_words: Vec<String> = ranked
        .iter()
        .filter(|(k, _)| !k.1)
        .map(|(_, w)| w.clone())
        .collect();
    let mut spare: Vec<String> = ranked.into_iter().map(|(_, w)| w).collect();
    // one distinctive word besides the measure; two when nothing says what it measures
    let wanted = if words.is_empty() { 2 } else { words.len() + 1 };
    while words.len() < wanted && !spare.is_empty() {
        words.push(spare.remove(0));
    }
    // the linker wants a term in the figure's clause: its nearest telling word, when no
    // distinctive one stands there ("from $639m year-earlier")
    let in_clause = |w: &String| {
        clause_words.contains(w)
            || measure
                .and_then(|m| m.noun())
                .is_some_and(|n| has_word(std::slice::from_ref(w), n))
    };
    if !words.iter().any(in_clause) {
        let text = doc.prose().get(clause.clone()).unwrap_or("");
        let nearest = word_spans(text)
            .into_iter()
            .filter(|(at, w)| {
                !figure.contains(&(clause.start + at)) && crate::telling::is_telling(w)
            })
            .min_by_key(|(at, _)| (clause.start + at).abs_diff(figure.start))
            .map(|(_, w)| w.trim_matches(['-', '\'']).to_lowercase());
        if let Some(w) = nearest.filter(|w| !has_word(&words, w)) {
            words.push(w);
        }
    }
    (words, spare)
}

/// What the figure measures, as the copy writes it (the counted noun, or the thing an
/// amount in a unit or currency measures: "profit", never "dlrs"), and every telling
/// word that describes it.
fn measure_words(c: &CheckedClaim, frame: Option<&Frame>) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let measure = frame.map(|f| &f.measure);
    match (&c.claim.unit, measure) {
        (Some(_), Some(m)) if m.unit.is_some() => words.extend(m.thing.clone()),
        (Some(u), _) => words.push(u.to_lowercase()),
        (None, Some(m)) => words.extend(m.thing.clone()),
        (None, None) => {}
    }
    for d in measure.map_or(&[][..], |m| m.describes.as_slice()) {
        if crate::telling::is_telling(d) && !has_word(&words, d) {
            words.push(d.clone());
        }
    }
    words
}

/// The telling words of the figure's sentence that are not yet terms, best first by
/// [`Rank`].
fn ranked_words(
    doc: &Document,
    c: &CheckedClaim,
    frame: Option<&Frame>,
    (rarity, sentences): (&Rarity, &[Vec<String>]),
    words: &[String],
) -> Vec<(Rank, String)> {
    let figure = c.claim.start..c.claim.end;
    // the subject's words go to `subject:`, not the terms, when it names someone
    let subject = frame
        .and_then(|f| f.subject.as_deref())
        .filter(|s| rarity.names(s))
        .unwrap_or("");
    // (not in every sentence of the quantity, outside the clause, article count, after
    // the figure, distance): the words before a figure usually say whose and what it is
    let mut ranked: Vec<(Rank, String)> = Vec::new();
    let clause = crate::telling::figure_clause(doc, figure.clone());
    let sentence = doc.sentence_span(c.claim.start);
    let prose = doc.prose().get(sentence.clone()).unwrap_or("");
    for (at, w) in word_spans(prose) {
        let abs = sentence.start + at;
        let w = w.trim_matches(['-', '\'']);
        let lower = w.to_lowercase();
        if !crate::telling::is_telling(&lower)
            || crate::link::is_common(&lower)
            || crate::lexicon::is_opener_word(&lower)
            || figure.contains(&abs)
            || has_word(words, &lower)
            || subject
                .split_whitespace()
                .any(|s| s.eq_ignore_ascii_case(w))
            || ranked
                .iter()
                .any(|(_, r)| crate::link::stem(r) == crate::link::stem(&lower))
        {
            continue;
        }
        let st = crate::link::stem(&lower);
        let shared = sentences.iter().filter(|s| s.contains(&st)).count();
        let distance = if abs < figure.start {
            figure.start - abs
        } else {
            abs - figure.end
        };
        // a proper name (capitalised, not opening the sentence) keeps its capital
        let proper = at > 0 && w.chars().next().is_some_and(char::is_uppercase);
        let shown = if proper { w.to_string() } else { lower.clone() };
        // the word right before a figure is mostly the verb that governs it ("open 12
        // parks"), and a word in -ed a verb: both say less than a noun
        let gap = doc.prose().get(abs + w.len()..figure.start).unwrap_or("x");
        let verbish = (abs < figure.start && gap.trim().is_empty()) || lower.ends_with("ed");
        ranked.push((
            (
                sentences.len() - shared,
                !clause.contains(&abs),
                verbish,
                rarity.count(&shown),
                abs > figure.start,
                distance,
            ),
            shown,
        ));
    }
    ranked.sort();
    ranked
}

/// Whether `words` holds `w` in any of its forms: the linker folds "shares" to "share",
/// so a record matching on both says the same thing twice.
pub(super) fn has_word(words: &[String], w: &str) -> bool {
    let lemma = crate::lexicon::lemma(w);
    words.iter().any(|x| crate::lexicon::lemma(x) == lemma)
}

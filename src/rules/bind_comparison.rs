//! Comparisons whose first figure stands in an earlier sentence: "US firms added only
//! 146,000 jobs. The gain in payrolls was below expectations of 190,000", "Creditors get
//! about 5.7%. This is lower than the 11.3% they hoped for".
//!
//! The comparison's subject is either a pointing word ("This", "The figure", "It") —
//! then the figure is the last one of the same kind in the sentence before — or names
//! what it measures ("BA's profits were better than…") — then it is the nearest earlier
//! figure in the paragraph whose clause names the same measure. Bound relations are
//! [`Relation::Across`] comparisons, judged by `consistency/comparison` at warning
//! severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::frame::relation::{Across, Comparison, Relation};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;
use crate::rules::bind::{classes_of, measures_of};

/// A comparison ending just before a figure: "was below market expectations of ",
/// "fell short of the ", "is lower than the ".
static OP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(concat!(
        r"\b(?P<op>better than|worse than|stronger than|weaker than|higher than|lower than|",
        r"greater than|smaller than|less than|fewer than|more than|above|below|short of|ahead of|",
        r"topped|exceeded|beat|beating|outstripped|outstripping)",
        r"\s+(?:(?:the|its|their|his|her|market|analyst|analysts'|city|[a-z0-9-]+'s)\s+)?",
        r"(?:(?:[a-z-]+)\s+){0,2}?(?:of\s+)?$"
    ))
});

/// Subjects that point back at a figure already given.
static POINTING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:this|that|it|these|which|the (?:figure|number|total|rise|fall|increase|decrease|gain|drop|rate|result|level|growth))\b",
    )
});

/// Comparisons whose first figure an earlier sentence of the paragraph gives.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    for (i, b) in frames.figures.iter().enumerate() {
        let sentence = b.frame.sentence.clone();
        let before = doc.prose().get(sentence.start..b.claim.start).unwrap_or("");
        let (from, tail) = last_bytes(before, 90);
        let Some(cap) = OP_BEFORE.captures(&tail) else {
            continue;
        };
        let (Some(op), Some(whole)) = (cap.name("op"), cap.get(0)) else {
            continue;
        };
        // a figure of b's kind earlier in its own sentence is the same-sentence rule's
        let earlier_here = frames.figures[..i].iter().any(|f| {
            f.frame.sentence == sentence && crate::rules::figure::comparable(f.claim, b.claim)
        });
        if earlier_here || b.frame.role == Role::Conversion || year_like(b) {
            continue;
        }
        let subject = before.get(..from + whole.start()).unwrap_or("").trim();
        let Some(a) = subject_figure(doc, frames, i, subject) else {
            continue;
        };
        let op = op.as_str().to_ascii_lowercase();
        let less = matches!(
            op.as_str(),
            "worse than"
                | "weaker than"
                | "lower than"
                | "smaller than"
                | "less than"
                | "fewer than"
                | "below"
                | "short of"
        );
        // "better" and "worse" turn round for what is better low (losses, deficits)
        let judged = !(op.starts_with("better") || op.starts_with("worse"))
            || !lexicon::lemma(subject.rsplit(' ').next().unwrap_or("")).contains("loss");
        if !judged {
            continue;
        }
        let measure = measure_word(subject).unwrap_or_else(|| "the figure before".to_string());
        out.push(across(a, b, less, op.clone(), measure));
    }
}

/// An amount said to beat or miss expectations ("a worse-than-expected £41m
/// deficit"), bound to the one forecast of that measure the article gives elsewhere
/// ("earlier forecasts said there would be a £52m shortfall").
pub(crate) fn recognise_expected(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    for a in &frames.figures {
        let start = a.frame.sentence.start;
        let before = doc.prose().get(start..a.claim.start).unwrap_or("");
        let (_, tail) = last_bytes(before, 60);
        let Some(op) = THAN_EXPECTED.captures(&tail).and_then(|c| c.name("op")) else {
            continue;
        };
        let op = op.as_str();
        let wanted = classes_of(&before.to_ascii_lowercase());
        if wanted.is_empty() || a.frame.role == Role::Conversion {
            continue;
        }
        let mut forecasts = frames.figures.iter().filter(|f| {
            let text = doc
                .prose()
                .get(f.frame.sentence.start..f.frame.clause.end.max(f.claim.end))
                .unwrap_or("")
                .to_ascii_lowercase();
            // "the total shortfall for the years 2026 to 2030 at £252m" is a sum of
            // years, not the one the amount is compared with
            let several_years = MANY_YEARS.is_match(&text);
            f.frame.sentence != a.frame.sentence
                && !several_years
                && f.frame.role != Role::Conversion
                && crate::rules::figure::comparable(f.claim, a.claim)
                && text
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| FORECAST_WORDS.contains(&w))
                && classes_of(&text).iter().any(|c| wanted.contains(c))
        });
        let (Some(b), None) = (forecasts.next(), forecasts.next()) else {
            continue;
        };
        // a deficit or a loss is worse when it is larger
        let bad_when_high = wanted
            .iter()
            .any(|c| matches!(c.as_str(), "deficit" | "loss" | "debt"));
        let lower_words = matches!(op, "worse" | "lower" | "smaller" | "weaker");
        let less = if matches!(op, "better" | "worse") {
            lower_words != bad_when_high
        } else {
            lower_words
        };
        let measure = wanted.first().cloned().unwrap_or_default();
        out.push(across(a, b, less, format!("{op} than expected"), measure));
    }
}

/// The last `n` bytes or so of `text` (from a character boundary), lower-cased, and
/// where they start: a comparison stands in the last few words before its figure, so
/// looking no further back bounds the cost per figure whatever the sentence's length.
/// ASCII lower-casing keeps every offset.
fn last_bytes(text: &str, n: usize) -> (usize, String) {
    let tail = crate::document::tail(text, n);
    (text.len() - tail.len(), tail.to_ascii_lowercase())
}

/// A comparison of `a` with `b` bound across sentences, judged at warning severity.
fn across(a: &Figure<'_>, b: &Figure<'_>, less: bool, phrase: String, measure: String) -> Relation {
    Relation::Across(Across {
        inner: Box::new(Relation::Comparison(Comparison {
            a: a.id,
            b: b.id,
            less,
            factor: 1.0,
            phrase,
        })),
        measure,
        words: None,
    })
}

/// "a worse-than-expected ", "better than forecast ": the comparison ends just before
/// the figure.
static THAN_EXPECTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?P<op>better|worse|higher|lower|bigger|larger|smaller|greater|stronger|weaker)[- ]than[- ](?:expected|forecast|predicted|anticipated)\s+(?:[a-z-]+\s+)?$",
    )
});

/// A stretch of several years, or a total over them.
static MANY_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:total|cumulative|combined)\b|\b(?:19|20)\d\d\s*(?:to|-|–|and)\s*(?:19|20)\d\d\b",
    )
});

/// Words that make a figure a forecast.
const FORECAST_WORDS: &[&str] = &[
    "forecast",
    "forecasts",
    "forecasted",
    "expected",
    "expectation",
    "expectations",
    "predicted",
    "prediction",
    "predictions",
    "projected",
    "projection",
    "projections",
    "estimate",
    "estimated",
    "estimates",
];

/// "beat its 2019 predecessor": four digits of a year before a noun name a year, not a
/// count to compare.
fn year_like(f: &Figure<'_>) -> bool {
    let t = f.claim.text.trim();
    f.claim.kind == crate::extract::Kind::Number
        && t.len() == 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && (t.starts_with("19") || t.starts_with("20"))
}

/// The earlier figure a comparison's subject refers to, in the same paragraph.
fn subject_figure<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    b: usize,
    subject: &str,
) -> Option<&'f Figure<'a>> {
    let fb = frames.figures.get(b)?;
    let paragraph = doc.paragraph_span(fb.claim.start);
    let earlier = frames.figures[..b].iter().rev().filter(|f| {
        f.claim.start >= paragraph.start
            && f.frame.sentence.end <= fb.frame.sentence.start
            && f.frame.role != Role::Conversion
            && crate::rules::figure::comparable(f.claim, fb.claim)
    });
    if POINTING.is_match(&subject.to_ascii_lowercase()) {
        // the last such figure, and only from the sentence just before
        let f = earlier.clone().next()?;
        let gap = doc
            .prose()
            .get(f.frame.sentence.end..fb.frame.sentence.start)?;
        return (!gap.contains(['.', '!', '?'])).then_some(f);
    }
    let wanted = measures_of(subject);
    let mut fitting = earlier.take(6).filter(|f| {
        let clause = doc
            .prose()
            .get(f.frame.clause.start..f.claim.end)
            .unwrap_or("");
        // the earlier side offers only what names a measure: its classes and its
        // counted noun, so a common word both happen to hold binds nothing
        let counted = f.frame.measure.counted.iter().cloned();
        classes_of(clause)
            .into_iter()
            .chain(counted)
            .any(|m| wanted.contains(&m))
    });
    match (fitting.next(), fitting.next()) {
        (Some(first), None) if !wanted.is_empty() => Some(first),
        // two earlier figures of that measure: which one is meant is a guess
        (Some(_), Some(_)) => None,
        _ => named_figure(doc, frames, b, subject),
    }
}

/// The figure a subject that names the story's own figure refers to, anywhere before
/// in the article: "The new growth figure … beat the 3.4% expected" is the growth the
/// lead gave; "Harbour Lights' success on DVD outstripped its $71m" is the $62m the lead
/// credits to Harbour Lights. A figure "the … figure" names is the first of its kind in the story, when its
/// paragraph gives only one; a subject that is a name is the one earlier figure of the
/// kind whose sentence has that name as its subject.
fn named_figure<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    b: usize,
    subject: &str,
) -> Option<&'f Figure<'a>> {
    let fb = frames.figures.get(b)?;
    let earlier: Vec<&Figure<'a>> = frames.figures[..b]
        .iter()
        .filter(|f| {
            f.frame.sentence.end <= fb.frame.sentence.start
                && f.frame.role != Role::Conversion
                && !f.frame.projected
                && crate::rules::figure::comparable(f.claim, fb.claim)
        })
        .collect();
    let lower = subject.to_ascii_lowercase();
    if STORY_FIGURE.is_match(&lower) {
        let first = earlier.iter().find(|f| !in_headline(doc, f))?;
        let paragraph = doc.paragraph_span(first.claim.start);
        let alone = earlier
            .iter()
            .filter(|f| paragraph.contains(&f.claim.start))
            .count()
            == 1;
        return alone.then_some(*first);
    }
    let names = names_in(subject);
    if names.is_empty() {
        return None;
    }
    let mut theirs = earlier.iter().filter(|f| {
        let before = doc
            .prose()
            .get(f.frame.sentence.start..f.claim.start)
            .unwrap_or("");
        !in_headline(doc, f) && names_in(before).iter().any(|n| names.contains(n))
    });
    let first = theirs.next()?;
    theirs.next().is_none().then_some(*first)
}

/// Words that open a sentence capitalised without naming anyone.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our",
    "he", "she", "they", "we", "i", "you", "some", "many", "most", "all", "both", "each", "every",
    "no", "one", "such", "there", "here", "what", "which", "who",
];

/// The proper names in `text`: capitalised words that are not its opening word, a stop
/// word, an opener, a month, or an acronym of a place ("US"), without a possessive.
fn names_in(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .enumerate()
        .filter(|(i, w)| {
            let lower = w.to_lowercase();
            w.chars().next().is_some_and(char::is_uppercase)
                && !(*i == 0
                    && (FUNCTION_WORDS.contains(&lower.as_str())
                        || lexicon::is_sentence_opener(&lower)))
                && !lexicon::is_stop(&lower)
                && lexicon::month_number(w).is_none()
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
        })
        .map(|(_, w)| w.trim_end_matches("'s").to_string())
        .collect()
}

/// Whether a figure stands in the headline (the first paragraph, when it is short).
fn in_headline(doc: &Document, f: &Figure<'_>) -> bool {
    crate::rules::bind_headline::headline(doc).is_some_and(|h| h.contains(&f.claim.start))
}

/// Subjects that name the story's own figure: "the new growth figure", "the latest
/// reading", "the total".
static STORY_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^the (?:[a-z-]+ ){0,3}(?:figure|figures|number|total|reading|result|estimate)\b",
    )
});

/// The measure a subject names, for the finding's note.
fn measure_word(subject: &str) -> Option<String> {
    classes_of(subject).into_iter().next()
}

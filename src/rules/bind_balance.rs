//! Balances of trade bound to the flows they are the difference of: "the deficit on
//! goods stood at £5.3bn. Over the month Bressia exported £17.4bn of goods and imported
//! £21.2bn", "the trade gap widened to more than €9bn", with "exports of €41.2bn and
//! imports of €48.3bn" in the next paragraph.
//!
//! The balance is the first amount after a word of balance (deficit, surplus, gap,
//! shortfall, difference) in its sentence, with no other figure, comparison or earlier
//! time between ("down from June's £5.9bn" is not the balance). Its flows are the
//! first sentence, from its own to the second after it, that names any export or import
//! figure: it must give exactly one of each, in the balance's currency, each named by
//! the words before it. Bound across sentences, the relation is [`Relation::Across`],
//! judged at warning severity.

use std::ops::Range;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Balance, Relation};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

/// Words that name a balance of trade.
const BALANCE_WORDS: &[&str] = &["deficit", "surplus", "gap", "shortfall", "difference"];

/// Words between a balance word and its amount that make the amount another one: an
/// expectation, an earlier level, a comparison.
const NOT_THE_BALANCE: &[&str] = &[
    "than",
    "from",
    "expected",
    "forecast",
    "predicted",
    "compared",
    "against",
    "previous",
    "last",
    "by",
];

/// Words before a balance word that make it the balance of something other than
/// trade in goods and services.
const OTHER_BALANCES: &[&str] = &[
    "budget",
    "fiscal",
    "pension",
    "pensions",
    "funding",
    "public",
    "spending",
    "account",
    "revenue",
    "financing",
    "infrastructure",
    "skills",
    "housing",
];

/// How many sentences after the balance's own may give its flows.
const SENTENCES_AFTER: usize = 2;

/// Binds each stated balance of trade to the export and import figures beside it.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    let lower = prose.to_ascii_lowercase();
    // most copy is not about trade: one byte search before any reading
    if !(lower.contains("xport") && lower.contains("mport")) {
        return;
    }
    for d in &frames.figures {
        let Some(word) = balance_word(&lower, frames, d) else {
            continue;
        };
        let Some((exports, imports, sentence)) = flows(doc, &lower, frames, d) else {
            continue;
        };
        let balance = Relation::Balance(Balance {
            exports,
            imports,
            stated: d.id,
            word: word.to_string(),
        });
        if sentence == d.frame.sentence {
            out.push(balance);
        } else {
            out.push(Relation::Across(Across {
                inner: Box::new(balance),
                measure: "exports and imports".to_string(),
                words: None,
            }));
        }
    }
}

/// The balance word `d` is the amount of, when it is.
fn balance_word(lower: &str, frames: &Frames<'_>, d: &Figure<'_>) -> Option<&'static str> {
    if d.claim.kind != Kind::Money || d.frame.role == Role::Conversion {
        return None;
    }
    // the balance word stands within a few words of its amount (see `near` below)
    let before = crate::document::tail(lower.get(d.frame.sentence.start..d.claim.start)?, 200);
    let origin = d.claim.start - before.len();
    let (at, word) = BALANCE_WORDS
        .iter()
        .filter_map(|w| Some((last_word(before, w)?, *w)))
        .max_by_key(|(at, _)| *at)?;
    // "the budget deficit", "the current account deficit": balances of other flows
    let qualifier = before
        .get(..at)?
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    if OTHER_BALANCES.contains(&qualifier.trim_matches(|c: char| !c.is_ascii_alphabetic())) {
        return None;
    }
    let between = before.get(at + word.len()..)?;
    // "the trade gap widened to more than €9bn": the figure's own bound is no
    // comparison
    let between = strip_bound(between);
    let another = between
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| NOT_THE_BALANCE.contains(&w) || w.ends_with("'s"));
    let figure_between = frames
        .within(origin + at + 1..d.claim.start)
        .iter()
        .any(|f| f.claim.kind.is_quantity());
    let possessive = between.trim_end().ends_with("'s");
    let near = between.len() <= 80;
    (near && !another && !possessive && !figure_between).then_some(word)
}

/// `text` without a bound that ends it ("… to more than "), so its words are the
/// copy's, not the figure's.
fn strip_bound(text: &str) -> &str {
    let t = text.trim_end();
    [
        "more than",
        "less than",
        "nearly",
        "almost",
        "about",
        "around",
        "over",
        "under",
    ]
    .iter()
    .find_map(|b| t.strip_suffix(b))
    .unwrap_or(t)
}

/// Where `word` last stands as a whole word in `text`.
fn last_word(text: &str, word: &str) -> Option<usize> {
    text.rmatch_indices(word).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphabetic())
            && !after.is_some_and(|c| c.is_ascii_alphabetic() && c != 's')
    })
}

/// The exports and imports figures that give the balance `d`, and their sentence.
fn flows(
    doc: &Document,
    lower: &str,
    frames: &Frames<'_>,
    d: &Figure<'_>,
) -> Option<(crate::frame::FigureId, crate::frame::FigureId, Range<usize>)> {
    let sentences = doc.sentences();
    let first = sentences.partition_point(|s| s.end <= d.claim.start);
    for sentence in sentences.iter().skip(first).take(SENTENCES_AFTER + 1) {
        let named: Vec<(&Figure<'_>, &str)> = frames
            .within(sentence.clone())
            .iter()
            .filter(|f| f.id != d.id)
            .filter(|f| f.frame.role != Role::Conversion && f.claim.kind == Kind::Money)
            .filter_map(|f| Some((f, flow_named(lower, frames, f)?)))
            .collect();
        if named.is_empty() {
            continue;
        }
        let of = |class: &str| -> Vec<&Figure<'_>> {
            named
                .iter()
                .filter(|(_, c)| *c == class)
                .map(|(f, _)| *f)
                .collect()
        };
        let (x, m) = (of("exports"), of("imports"));
        return match (x.as_slice(), m.as_slice()) {
            ([x], [m]) => Some((x.id, m.id, sentence.clone())),
            _ => None,
        };
    }
    None
}

/// "exports" or "imports" when the words before `f` (from the amount before it, or its
/// sentence's start) name one flow and not the other, and `f` is a level, not an amount
/// of change ("exports rose by £2bn").
fn flow_named(lower: &str, frames: &Frames<'_>, f: &Figure<'_>) -> Option<&'static str> {
    let from = frames
        .within(f.frame.sentence.start..f.claim.start)
        .iter()
        .filter(|g| g.claim.end <= f.claim.start && g.claim.kind == Kind::Money)
        .map(|g| g.claim.end)
        .max()
        .unwrap_or(f.frame.sentence.start);
    let before = crate::document::tail(lower.get(from..f.claim.start)?, 200);
    if strip_bound(before).trim_end().ends_with(" by") {
        return None;
    }
    let classes: Vec<&str> = before
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter_map(|w| lexicon::measure_class(&lexicon::lemma(w)))
        .filter(|c| matches!(*c, "exports" | "imports"))
        .collect();
    match classes.as_slice() {
        [] => None,
        [first, rest @ ..] => rest.iter().all(|c| c == first).then_some(*first),
    }
}

//! The noun a figure counts ("117,000 deportations"), and the words that look like one
//! but are not: verbs, adverbs, and the nouns a year qualifies ("the 2024 election").

use super::names::capitalised;
use super::numeral::Cx;
use super::patterns::{month, not_unit, num_word};
use super::token::TokKind;

/// The noun a figure of `value` counts, from the word at `k`: "117,000 deportations".
/// Where a singular noun stands before a plural one ("seven branch libraries", "40 study
/// desks") a figure above one counts the plural, and the first word only describes it.
/// (For one, "one person dies" has the verb there, not a noun.)
pub(super) fn counted_noun_of(cx: &Cx, k: usize, value: f64) -> Option<String> {
    let n = noun_at(cx, k)?;
    let noun = lower(cx, n);
    let head = n + 1;
    if value > 1.0
        && !plural(&noun)
        && !cx.glued(head)
        && is_noun(cx, head)
        && phrase_ends_before(cx, head + 1)
    {
        let head_noun = lower(cx, head);
        if plural(&head_noun) {
            return Some(head_noun);
        }
    }
    Some(noun)
}

/// The token of the noun a figure counts, from `k` (what [`counted_noun_of`] reads
/// before it looks for a plural head, for callers that only test it and need no copy).
pub(super) fn noun_at(cx: &Cx, k: usize) -> Option<usize> {
    // "a 36-page report": the noun hyphenated onto the figure.
    if cx.text(k) == "-" && cx.glued(k) && cx.glued(k + 1) {
        return noun_from(cx, k + 1);
    }
    if cx.glued(k) {
        return None;
    }
    noun_from(cx, k)
}

fn noun_from(cx: &Cx, k: usize) -> Option<usize> {
    if !cx.word(k).is_some_and(|w| describing_word(w.as_str())) {
        return is_noun(cx, k).then_some(k);
    }
    // "14 new cases", "two other new entries": the noun after the words describing it,
    // taken only where the noun phrase plainly ends with it ("six other public sector
    // unions" names no noun: "public" is not what is counted).
    let mut n = k + 1;
    if cx.word(n).is_some_and(|w| describing_word(w.as_str())) && !cx.glued(n) {
        n += 1;
    }
    (!cx.glued(n) && phrase_ends_before(cx, n + 1) && is_noun(cx, n)).then_some(n)
}

/// Whether the noun phrase ends before token `k`: the text ends, a clause mark follows
/// (not a hyphen joining words), or a word that is no noun ("in", "were", "agreed").
fn phrase_ends_before(cx: &Cx, k: usize) -> bool {
    match cx.kind(k) {
        None => true,
        Some(TokKind::Punct) => !(cx.text(k) == "-" && cx.glued(k)),
        Some(TokKind::Word) => cx
            .word(k)
            .is_some_and(|w| not_unit(w.as_str()) || verb_like(w.as_str())),
        Some(TokKind::Num | TokKind::Mixed) => false,
    }
}

/// Whether the word at `k` can be the noun a figure counts.
fn is_noun(cx: &Cx, k: usize) -> bool {
    let Some(w) = cx.word(k) else {
        return false;
    };
    let lw = w.as_str();
    !(lw.len() < 2
        || capitalised(cx.text(k))
        || not_unit(lw)
        || num_word(lw).is_some()
        || month(lw)
        || lw.contains('\'')
        || verb_like(lw))
}

/// Token `k` lower-cased, as units are written.
fn lower(cx: &Cx, k: usize) -> String {
    cx.lower(k).as_str().to_string()
}

/// Whether a noun reads as plural: "libraries", "desks", but not "business" or "glass".
fn plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

/// Words that stand between a figure and the noun it counts and only describe that noun
/// ("14 new cases"), never a noun on their own after a figure.
fn describing_word(w: &str) -> bool {
    matches!(
        w,
        "new"
            | "more"
            | "fewer"
            | "additional"
            | "extra"
            | "further"
            | "former"
            | "other"
            | "separate"
            | "different"
            | "existing"
            | "young"
            | "senior"
            | "junior"
            | "local"
            | "foreign"
            | "small"
            | "large"
            | "major"
            | "key"
            | "confirmed"
            | "suspected"
    )
}

/// Nouns that a year commonly qualifies ("the 2024 election", "2019 levels").
pub(super) fn year_noun(w: &str) -> bool {
    matches!(
        w,
        "election"
            | "elections"
            | "budget"
            | "census"
            | "season"
            | "campaign"
            | "olympics"
            | "games"
            | "report"
            | "survey"
            | "figures"
            | "figure"
            | "levels"
            | "level"
            | "summit"
            | "crisis"
            | "law"
            | "plan"
            | "target"
            | "targets"
            | "deadline"
            | "vote"
            | "referendum"
            | "war"
            | "attack"
            | "attacks"
            | "riots"
            | "floods"
            | "pandemic"
            | "cohort"
            | "edition"
            | "version"
            | "model"
            | "tournament"
            | "final"
            | "finals"
            | "championship"
            | "championships"
            | "review"
            | "data"
            | "spending"
            | "accounts"
            | "results"
            | "statement"
            | "strategy"
            | "agreement"
            | "deal"
            | "manifesto"
            | "baseline"
            | "peak"
            | "record"
            | "total"
            | "totals"
            | "intake"
            | "winter"
            | "summer"
            | "spring"
            | "autumn"
            | "fiscal"
            | "financial"
            | "general"
            | "presidential"
            | "midterm"
            | "midterms"
            | "world"
            | "cup"
    )
}

/// Words after a figure that are verbs or adverbs, not what it counts ("40 came").
pub(super) fn verb_like(w: &str) -> bool {
    (w.len() > 4
        && (w.ends_with("ed") || w.ends_with("ly"))
        && !matches!(
            w,
            "hundred" | "seed" | "need" | "speed" | "breed" | "bed" | "shed"
        ))
        || matches!(
            w,
            "came"
                | "went"
                | "left"
                | "ran"
                | "sat"
                | "stood"
                | "hid"
                | "spoke"
                | "swam"
                | "flew"
                | "sang"
                | "ate"
                | "slept"
                | "said"
                | "say"
                | "died"
                | "fell"
                | "rose"
                | "got"
                | "took"
                | "made"
                | "gave"
                | "saw"
                | "met"
                | "won"
                | "lost"
                | "paid"
                | "became"
                | "remain"
                | "remains"
                | "cried"
                | "voted"
                | "come"
                | "go"
                | "make"
                | "take"
                | "get"
                | "were"
                | "stay"
                | "leave"
        )
}

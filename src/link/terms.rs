//! Match terms as the linker compares them: each word lower-cased and reduced to its
//! Snowball (Porter 2) stem, so a record's `increase` matches "increased" and
//! "increases", and `removals` matches "removal". A term of several words is a phrase:
//! its stems must stand in that order, next to each other.

use std::sync::LazyLock;

/// The stem of one word, as copy and terms are both compared.
pub fn stem(word: &str) -> String {
    crate::lexicon::stem(word)
}

/// The stems of the words of `s` (runs of letters and digits).
pub fn stems(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(stem)
}

/// Whether `hay` holds the phrase `needle` (consecutive stems).
pub fn contains(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Words too common in news copy to tell one quantity from another, beyond the
/// lexicon's stop words, vague words and words of change: verbs of reporting and
/// reaching, time words, and the adjectives every business story uses. A term made only
/// of these would fit any figure beside them (`verify` says so; `draft` never picks them).
const COMMON: &[&str] = &[
    "according",
    "account",
    "added",
    "ahead",
    "almost",
    "announced",
    "annual",
    "another",
    "back",
    "based",
    "became",
    "become",
    "being",
    "came",
    "claimed",
    "close",
    "closed",
    "come",
    "company",
    "compared",
    "continue",
    "cost",
    "costs",
    "country",
    "currently",
    "deal",
    "despite",
    "due",
    "early",
    "earlier",
    "end",
    "even",
    "expect",
    "expected",
    "firm",
    "first",
    "following",
    "four",
    "full",
    "gave",
    "give",
    "given",
    "good",
    "got",
    "group",
    "grow",
    "growing",
    "half",
    "high",
    "higher",
    "hit",
    "however",
    "include",
    "included",
    "including",
    "just",
    "key",
    "large",
    "largest",
    "late",
    "later",
    "latest",
    "less",
    "likely",
    "long",
    "low",
    "lower",
    "made",
    "main",
    "major",
    "make",
    "making",
    "many",
    "market",
    "mean",
    "means",
    "meanwhile",
    "month",
    "months",
    "move",
    "much",
    "near",
    "need",
    "new",
    "next",
    "now",
    "number",
    "official",
    "officials",
    "one",
    "overall",
    "part",
    "past",
    "per",
    "period",
    "place",
    "plan",
    "plans",
    "point",
    "points",
    "previous",
    "previously",
    "put",
    "quarter",
    "recent",
    "recently",
    "report",
    "reported",
    "reports",
    "rest",
    "result",
    "results",
    "reuters",
    "running",
    "same",
    "saw",
    "says",
    "second",
    "see",
    "seen",
    "set",
    "several",
    "share",
    "show",
    "showed",
    "shown",
    "since",
    "six",
    "so",
    "still",
    "take",
    "taken",
    "third",
    "though",
    "time",
    "told",
    "top",
    "total",
    "two",
    "under",
    "up",
    "used",
    "week",
    "weeks",
    "well",
    "went",
    "whole",
    "within",
    "without",
    "world",
    "worth",
    "year",
    "years",
    "yet",
];

/// Whether a word identifies nothing by itself: a stop word, a vague word of quantity
/// ("reached", "target", "dollar"), a word of change ("increase", "fell"), a number word
/// or one of [`COMMON`]. Compared by stem, so "increased" is as common as "increase".
pub fn is_common(word: &str) -> bool {
    static STEMS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
        let lex = crate::lexicon::STOP
            .iter()
            .chain(crate::lexicon::VAGUE)
            .chain(crate::lexicon::CHANGE_UP)
            .chain(crate::lexicon::CHANGE_DOWN)
            .chain(crate::lexicon::CHANGE_WORDS)
            .chain(COMMON);
        lex.map(|w| stem(w)).collect()
    });
    let w = word.trim();
    // "UK", "EU": a short word in capitals is a name, and names tell figures apart
    let acronym = w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    (w.chars().count() < 3 && !acronym)
        || w.chars().all(|c| !c.is_alphabetic())
        || crate::lexicon::small_number(&w.to_lowercase()).is_some()
        || STEMS.contains(&stem(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_forms_share_a_stem() {
        assert_eq!(stem("increase"), stem("increased"));
        assert_eq!(stem("Increases"), stem("increasing"));
        assert_eq!(stem("removals"), stem("removal"));
        assert_eq!(stem("Barclays'"), stem("barclays"));
        assert_ne!(stem("profit"), stem("sales"));
    }

    #[test]
    fn a_phrase_must_stand_in_order() {
        let hay: Vec<String> = stems("removals in the fiscal years to 2024").collect();
        let fy: Vec<String> = stems("fiscal year").collect();
        let yf: Vec<String> = stems("year fiscal").collect();
        assert!(contains(&hay, &fy));
        assert!(!contains(&hay, &yf));
    }
}

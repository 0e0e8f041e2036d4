//! The winnowing guarantee as a property: a run of at least `min_words` words shared by
//! two documents is always reported, wherever it sits and whatever surrounds it, and a
//! run one word shorter never is. The filler words are drawn so that the two documents
//! share nothing else.

use claimcheck::document::{Document, Format};
use claimcheck::dupes::find;
use proptest::prelude::*;

/// The most words beyond a paragraph's edge a repeat takes in as a small edit (an edit
/// of up to 12 words and 4 equal words beside it, `dupes::edges`).
const EDGE_WORDS: usize = 16;

fn words(prefix: &str, ids: &[u32]) -> Vec<String> {
    ids.iter().map(|i| format!("{prefix}{i}")).collect()
}

/// `before` filler, the shared run, `after` filler, wrapped into lines of 11 words.
fn text(before: &[String], shared: &[String], after: &[String]) -> String {
    let all: Vec<&str> = before
        .iter()
        .chain(shared)
        .chain(after)
        .map(String::as_str)
        .collect();
    all.chunks(11)
        .map(|line| line.join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_shared_run_of_min_words_is_found(
        min_words in 5usize..60,
        extra in 0usize..40,
        a_before in proptest::collection::vec(0u32..1_000_000, 0..150),
        a_after in proptest::collection::vec(0u32..1_000_000, 0..150),
        b_before in proptest::collection::vec(0u32..1_000_000, 0..150),
        b_after in proptest::collection::vec(0u32..1_000_000, 0..150),
        seed in 0u32..1_000_000,
    ) {
        let len = min_words + extra;
        let shared: Vec<String> = (0..len as u32).map(|i| format!("s{}", seed.wrapping_add(i * 7919))).collect();
        let a = Document::from_text(
            "a.txt",
            text(&words("a", &a_before), &shared, &words("a", &a_after)),
            Format::Text,
        );
        let b = Document::from_text(
            "b.txt",
            text(&words("b", &b_before), &shared, &words("b", &b_after)),
            Format::Text,
        );
        let found = find(&[&a, &b], min_words);
        prop_assert_eq!(found.len(), 1);
        let f = &found[0];
        prop_assert_eq!(f.rule.as_str(), "duplicate/cross-file");
        prop_assert_eq!(f.path.as_str(), "b.txt");
        let r = &f.related[0];
        let b_words: Vec<&str> = b.slice(f.span.clone()).split_whitespace().collect();
        let a_words: Vec<&str> = a.slice(r.span.clone()).split_whitespace().collect();
        let similarity = f.duplicate.map(|d| d.similarity);
        if similarity == Some(1.0) {
            prop_assert_eq!(f.duplicate.map(|d| d.words), Some(len));
            prop_assert_eq!(b_words.first().copied(), Some(shared[0].as_str()));
            prop_assert_eq!(a_words.last().copied(), shared.last().map(String::as_str));
        } else {
            // where one copy's paragraph ends a few words past the run and the other's
            // does not, the repeat is carried to that edge as a small edit (a near repeat
            // of the paragraph, issue 17): still the whole run, "with changes"
            for copy in [&a_words, &b_words] {
                let at = copy.windows(len).position(|w| w.iter().zip(&shared).all(|(x, y)| x == y));
                prop_assert!(at.is_some(), "the run is inside the copy: {copy:?}");
                prop_assert!(copy.len() - len <= 2 * EDGE_WORDS, "few words taken in: {copy:?}");
            }
            prop_assert!(similarity.is_some_and(|s| s < 1.0));
        }

        // one word fewer in common: nothing
        let a_short = Document::from_text(
            "a.txt",
            text(&words("a", &a_before), &shared[..min_words - 1], &words("a", &a_after)),
            Format::Text,
        );
        prop_assert!(find(&[&a_short, &b], min_words).is_empty());
    }
}

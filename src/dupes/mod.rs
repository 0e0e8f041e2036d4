//! Duplicated passages: winnowed word k-grams → maximal shared spans → near-repeat merge.

use crate::document::Document;
use crate::finding::Finding;

/// `duplicate/passage` and `duplicate/cross-file` findings over `docs`: every shared run
/// of at least `min_words` words, once per maximal span.
pub fn find(docs: &[&Document], min_words: usize) -> Vec<Finding> {
    let _ = (docs, min_words);
    Vec::new()
}

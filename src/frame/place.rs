//! Where a figure holds: the places its sentence names ("in Scotland", "across the
//! European Union").

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::pattern::never;

static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:in|across|within|throughout|to) (?:the )?(?P<pl>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)",
    )
    .unwrap_or_else(|_| never())
});

/// The places `sentence` names after a preposition of place, sorted, each once.
pub fn places(sentence: &str) -> Vec<String> {
    let mut out: Vec<String> = PLACE
        .captures_iter(sentence)
        .filter_map(|c| c.name("pl").map(|m| m.as_str().to_string()))
        .filter(|p| {
            let first = p.split(' ').next().unwrap_or("");
            !lexicon::NOT_PLACES.contains(&first)
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

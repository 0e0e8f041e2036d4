//! Qualifiers: the words before a figure ("more than", "up to", "an estimated") or after
//! it ("or more") that bound it, as SPEC.md lists them.

use super::numeral::Cx;
use super::token::TokKind;
use super::Qualifier;

use Qualifier::*;

/// Phrases before a figure, longest first where one ends another ("just over" / "over").
const PREFIXES: &[(&[&str], Qualifier)] = &[
    (&["less", "than", "or", "equal", "to"], AtMost),
    (&["fewer", "than", "or", "equal", "to"], AtMost),
    (&["more", "than", "or", "equal", "to"], AtLeast),
    (&["greater", "than", "or", "equal", "to"], AtLeast),
    (&["at", "least", "or", "equal", "to"], AtLeast),
    (&["at", "most", "or", "equal", "to"], AtMost),
    (&["higher", "or", "equal", "than"], AtLeast),
    (&["bigger", "or", "equal", "than"], AtLeast),
    (&["larger", "or", "equal", "than"], AtLeast),
    (&["greater", "or", "equal", "than"], AtLeast),
    (&["more", "or", "equal", "than"], AtLeast),
    (&["lower", "or", "equal", "than"], AtMost),
    (&["smaller", "or", "equal", "than"], AtMost),
    (&["less", "or", "equal", "than"], AtMost),
    (&["fewer", "or", "equal", "than"], AtMost),
    (&["in", "the", "region", "of"], Approximate),
    (&["in", "the", "order", "of"], Approximate),
    (&["on", "the", "order", "of"], Approximate),
    (&["an", "estimate", "of"], Approximate),
    (&["more", "or", "less"], Approximate),
    (&["a", "little", "more", "than"], JustOver),
    (&["a", "little", "over"], JustOver),
    (&["slightly", "more", "than"], JustOver),
    (&["just", "more", "than"], JustOver),
    (&["slightly", "over"], JustOver),
    (&["just", "over"], JustOver),
    (&["just", "above"], JustOver),
    (&["just", "under"], Nearly),
    (&["just", "below"], Nearly),
    (&["just", "shy", "of"], Nearly),
    (&["just", "less", "than"], Nearly),
    (&["slightly", "less", "than"], Nearly),
    (&["slightly", "fewer", "than"], Nearly),
    (&["slightly", "under"], Nearly),
    (&["not", "quite"], Nearly),
    (&["close", "to"], Nearly),
    (&["no", "fewer", "than"], AtLeast),
    (&["no", "less", "than"], AtLeast),
    (&["not", "less", "than"], AtLeast),
    (&["not", "fewer", "than"], AtLeast),
    (&["a", "minimum", "of"], AtLeast),
    (&["at", "least"], AtLeast),
    (&["no", "more", "than"], AtMost),
    (&["not", "more", "than"], AtMost),
    (&["no", "greater", "than"], AtMost),
    (&["a", "maximum", "of"], AtMost),
    (&["as", "many", "as"], AtMost),
    (&["as", "much", "as"], AtMost),
    (&["at", "most"], AtMost),
    (&["up", "to"], AtMost),
    (&["in", "excess", "of"], MoreThan),
    (&["upwards", "of"], MoreThan),
    (&["more", "than"], MoreThan),
    (&["greater", "than"], MoreThan),
    (&["higher", "than"], MoreThan),
    (&["larger", "than"], MoreThan),
    (&["bigger", "than"], MoreThan),
    (&["well", "over"], MoreThan),
    (&["well", "above"], MoreThan),
    (&["fewer", "than"], LessThan),
    (&["less", "than"], LessThan),
    (&["lower", "than"], LessThan),
    (&["smaller", "than"], LessThan),
    (&["equal", "to"], Exact),
    (&["an", "estimated"], Approximate),
    (&["estimated"], Approximate),
    (&["about"], Approximate),
    (&["around"], Approximate),
    (&["roughly"], Approximate),
    (&["approximately"], Approximate),
    (&["approx"], Approximate),
    (&["some"], Approximate),
    (&["circa"], Approximate),
    (&["nearly"], Nearly),
    (&["almost"], Nearly),
    (&["approaching"], Nearly),
    (&["over"], MoreThan),
    (&["above"], MoreThan),
    (&["exceeding"], MoreThan),
    (&["under"], LessThan),
    (&["below"], LessThan),
    (&["exceed"], MoreThan),
    (&["exceeds"], MoreThan),
    (&["exceeded"], MoreThan),
    (&["surpass"], MoreThan),
    (&["surpasses"], MoreThan),
    (&["surpassed"], MoreThan),
    (&["topped"], MoreThan),
    (&["exactly"], Exact),
    (&["precisely"], Exact),
];

/// The qualifier whose words end just before token `i`: (qualifier, first token).
pub fn before(cx: &Cx, i: usize) -> Option<(Qualifier, usize)> {
    if i == 0 {
        return None;
    }
    match cx.text(i - 1) {
        "~" => return Some((Approximate, i - 1)),
        ">" => return Some((MoreThan, i - 1)),
        "<" => return Some((LessThan, i - 1)),
        "≥" => return Some((AtLeast, i - 1)),
        "≤" => return Some((AtMost, i - 1)),
        _ => {}
    }
    if cx.kind(i - 1) != Some(TokKind::Word) {
        return None;
    }
    let prev = cx.lower(i - 1);
    let prev = prev.as_str();
    if !ends_a_phrase(prev) {
        return None;
    }
    let candidates = match by_last_word().get(prev) {
        Some(c) => c.as_slice(),
        None => return None,
    };
    'phrases: for &(words, q) in candidates {
        if words.len() > i {
            continue;
        }
        let first = i - words.len();
        for (k, w) in words.iter().enumerate().take(words.len() - 1) {
            if cx.kind(first + k) != Some(TokKind::Word) || !cx.is(first + k, w) {
                continue 'phrases;
            }
        }
        return Some((q, first));
    }
    None
}

/// [`PREFIXES`] grouped by their last word, each group in list order (so the longest
/// phrase still wins), built once.
type Phrases = Vec<(&'static [&'static str], Qualifier)>;
fn by_last_word() -> &'static std::collections::HashMap<&'static str, Phrases> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static str, Phrases>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: std::collections::HashMap<&'static str, Phrases> = Default::default();
        for &(words, q) in PREFIXES {
            if let Some(last) = words.last() {
                map.entry(last).or_default().push((words, q));
            }
        }
        map
    })
}

/// Whether `w` is the last word of some phrase in [`PREFIXES`]: one `match` (a jump on
/// length, then a compare or two) rules out the word before most figures, where the walk
/// over the phrases cost ninety string compares.
fn ends_a_phrase(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "above"
            | "almost"
            | "approaching"
            | "approx"
            | "approximately"
            | "around"
            | "as"
            | "below"
            | "circa"
            | "estimated"
            | "exactly"
            | "exceed"
            | "exceeded"
            | "exceeding"
            | "exceeds"
            | "least"
            | "less"
            | "most"
            | "nearly"
            | "of"
            | "over"
            | "precisely"
            | "quite"
            | "roughly"
            | "some"
            | "surpass"
            | "surpassed"
            | "surpasses"
            | "than"
            | "to"
            | "topped"
            | "under"
    )
}

/// A qualifier written after the figure, from token `i`: (qualifier, last token).
pub fn after(cx: &Cx, i: usize) -> Option<(Qualifier, usize)> {
    if cx.text(i) == "+" && cx.glued(i) {
        return Some((AtLeast, i));
    }
    if cx.text(i) == "-" && cx.glued(i) && cx.is(i + 1, "plus") && cx.glued(i + 1) {
        return Some((AtLeast, i + 1));
    }
    let number_follows = cx
        .word(i + 1)
        .is_some_and(|w| super::patterns::num_word(w.as_str()).is_some())
        || cx.kind(i + 1) == Some(TokKind::Num);
    if cx.is(i, "plus") && !number_follows {
        return Some((AtLeast, i));
    }
    let (a, b) = (cx.word(i)?, cx.word(i + 1)?);
    let q = match (a.as_str(), b.as_str()) {
        ("or" | "and", "more" | "over" | "above" | "upwards" | "greater" | "higher" | "larger") => {
            AtLeast
        }
        ("or" | "and", "less" | "fewer" | "under" | "below" | "lower" | "smaller") => AtMost,
        _ => return None,
    };
    // "200 or greater than"
    let end = if cx.is(i + 2, "than") && cx.kind(i + 3).is_none() {
        i + 2
    } else {
        i + 1
    };
    Some((q, end))
}

/// The interval a single figure's qualifier allows: (low, high).
pub fn bounds(q: Qualifier, v: f64) -> (Option<f64>, Option<f64>) {
    match q {
        Exact | Approximate => (Some(v), Some(v)),
        MoreThan | AtLeast | JustOver => (Some(v), None),
        LessThan | AtMost | Nearly => (None, Some(v)),
        Range => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick rejection must let through every phrase the list knows.
    #[test]
    fn every_phrase_ends_in_a_word_the_quick_test_accepts() {
        for (words, _) in PREFIXES {
            let last = words[words.len() - 1];
            assert!(ends_a_phrase(last), "{last}");
        }
        assert!(!ends_a_phrase("said"));
        assert!(!ends_a_phrase("the"));
    }
}

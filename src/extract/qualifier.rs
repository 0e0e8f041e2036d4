//! Qualifiers: the words before a figure ("more than", "up to", "an estimated") or after
//! it ("or more") that bound it, as docs/json.md lists them.

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
    // "c. 1650", "ca. 1900", "approx. £2bn": an abbreviation of circa or approximately
    if i >= 2
        && cx.text(i - 1) == "."
        && cx.glued(i - 1)
        && matches!(cx.text(i - 2), "c" | "ca" | "approx" | "Approx")
        && (i < 3 || !cx.glued(i - 2))
    {
        return Some((Approximate, i - 2));
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
    let candidates = match last_word(prev).and_then(|k| by_last_word().get(k)) {
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
        if words == ["up", "to"] && moved_up(cx, first) {
            // "pushed rates up to 4.75%", "rose up to 40": where it went, not a bound
            continue;
        }
        if words == ["around"] && placed_around(cx, first) {
            // "chairs arranged around ten tables": where they stand, not a rough count
            continue;
        }
        return Some((q, first));
    }
    None
}

/// Whether a verb of placing stands right before "around" (token `around`): "arranged
/// around ten tables", "huddled around two fires", "wrapped around three times" say
/// where, where "around ten" alone says about ten. (Verbs that also take a rough count,
/// "gathered around 5,000 signatures", "built around 200 homes", are not among them.)
fn placed_around(cx: &Cx, around: usize) -> bool {
    around >= 1
        && cx.word(around - 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "arranged"
                    | "grouped"
                    | "clustered"
                    | "huddled"
                    | "seated"
                    | "wrapped"
                    | "wound"
                    | "centred"
                    | "centered"
            )
        })
}

/// Whether a verb of moving or raising stands just before "up" (token `up`), alone or
/// with its object between, or a verb of arriving ("turned up", "showed up") right
/// before it: then "up to" says where something went.
fn moved_up(cx: &Cx, up: usize) -> bool {
    const MOVED: &[&str] = &[
        "pushed",
        "pushing",
        "push",
        "pushes",
        "moved",
        "moving",
        "went",
        "gone",
        "going",
        "taken",
        "took",
        "taking",
        "brought",
        "bringing",
        "edged",
        "crept",
        "shot",
        "raised",
        "raising",
        "lifted",
        "lifting",
        "put",
        "putting",
        "rose",
        "risen",
        "rising",
        "jumped",
        "climbed",
        "surged",
        "increased",
        "rallied",
        "advanced",
        "soared",
        "ratcheted",
    ];
    // "40 labels turned up to one gig", "fans showed up to 12 matches": "up" is the
    // verb's, and "to" leads to where they went
    const ARRIVED: &[&str] = &[
        "turned", "turn", "turns", "turning", "showed", "show", "shows", "showing",
    ];
    up >= 1
        && cx.kind(up - 1) == Some(TokKind::Word)
        && ARRIVED.contains(&cx.lower(up - 1).as_str())
        || (1..=2).any(|back| {
            up >= back
                && cx.kind(up - back) == Some(TokKind::Word)
                && MOVED.contains(&cx.lower(up - back).as_str())
        })
}

/// [`PREFIXES`] grouped by their last word (see [`last_word`]), each group in list
/// order so that the longest phrase still wins; built once.
type Phrases = Vec<(&'static [&'static str], Qualifier)>;
fn by_last_word() -> &'static [Phrases] {
    static GROUPS: std::sync::OnceLock<Vec<Phrases>> = std::sync::OnceLock::new();
    GROUPS.get_or_init(|| {
        let mut groups = vec![Phrases::new(); LAST_WORDS];
        for &(words, q) in PREFIXES {
            let group = words
                .last()
                .and_then(|w| last_word(w))
                .and_then(|k| groups.get_mut(k));
            if let Some(g) = group {
                g.push((words, q));
            }
        }
        groups
    })
}

/// How many distinct last words the phrases in [`PREFIXES`] have.
const LAST_WORDS: usize = 33;

/// Which last word of a phrase in [`PREFIXES`] `w` is, if any: one `match` (a jump on
/// length, then a compare or two) turns away the word before most figures, and picks
/// the few phrases to try for the rest — where a walk over all ninety phrases, or a
/// hash of the word, cost more than the rest of the figure's reading.
fn last_word(w: &str) -> Option<usize> {
    Some(match w {
        "about" => 0,
        "above" => 1,
        "almost" => 2,
        "approaching" => 3,
        "approx" => 4,
        "approximately" => 5,
        "around" => 6,
        "as" => 7,
        "below" => 8,
        "circa" => 9,
        "estimated" => 10,
        "exactly" => 11,
        "exceed" => 12,
        "exceeded" => 13,
        "exceeding" => 14,
        "exceeds" => 15,
        "least" => 16,
        "less" => 17,
        "most" => 18,
        "nearly" => 19,
        "of" => 20,
        "over" => 21,
        "precisely" => 22,
        "quite" => 23,
        "roughly" => 24,
        "some" => 25,
        "surpass" => 26,
        "surpassed" => 27,
        "surpasses" => 28,
        "than" => 29,
        "to" => 30,
        "topped" => 31,
        "under" => 32,
        _ => return None,
    })
}

/// A qualifier written after the figure, from token `i`: (qualifier, last token).
pub fn after(cx: &Cx, i: usize) -> Option<(Qualifier, usize)> {
    // ("2+2=5" adds: a figure glued after the sign makes it no bound)
    if cx.text(i) == "+"
        && cx.glued(i)
        && !(cx.glued(i + 1) && cx.kind(i + 1) == Some(TokKind::Num))
    {
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
    if let Some(end) = or_so(cx, i) {
        return Some((Approximate, end));
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

/// Where "or so" or "or thereabouts" from token `i` ends ("a dozen or so protesters",
/// "£20 or thereabouts"): a figure said roughly. Not "or so it seemed", "or so called",
/// where "so" belongs to what follows.
pub fn or_so(cx: &Cx, i: usize) -> Option<usize> {
    if !cx.is(i, "or") {
        return None;
    }
    if cx.is(i + 1, "thereabouts") {
        return Some(i + 1);
    }
    let clause_follows = cx.glued(i + 2) && cx.text(i + 2) == "-"
        || cx.word(i + 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "it" | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "the"
                    | "that"
                    | "this"
                    | "many"
                    | "much"
                    | "far"
                    | "long"
                    | "called"
                    | "to"
                    | "as"
                    | "do"
                    | "does"
                    | "did"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "say"
                    | "says"
                    | "said"
            )
        });
    (cx.is(i + 1, "so") && !clause_follows).then_some(i + 1)
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

    /// Every phrase is reachable through its last word, and every last word has phrases.
    #[test]
    fn every_phrase_is_found_by_its_last_word() {
        for (words, q) in PREFIXES {
            let last = words[words.len() - 1];
            let k = last_word(last).unwrap_or_else(|| panic!("{last}"));
            assert!(by_last_word()[k].contains(&(*words, *q)), "{words:?}");
        }
        assert_eq!(by_last_word().len(), LAST_WORDS);
        assert!(by_last_word().iter().all(|g| !g.is_empty()));
        assert_eq!(last_word("said"), None);
        assert_eq!(last_word("the"), None);
    }
}

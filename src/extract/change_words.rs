//! Whether "from A to B" is a change (two figures: where it started and where it ended,
//! which the arithmetic checks relate) or one span ("sentences from two to five years",
//! "aged from 18 to 25", "from 100 to 1000 g"). The words of change are the lexicon's,
//! with the verbs of moving and setting that also make "from … to" a change.

use super::numeral::Cx;
use crate::lexicon::{CHANGE_DOWN, CHANGE_UP};

/// Verbs of change the lexicon's lists leave out (they are not rises or falls by
/// themselves) that still make "from A to B" a change.
const MOVED: &[&str] = &[
    "went",
    "go",
    "goes",
    "gone",
    "going",
    "moved",
    "move",
    "moves",
    "changed",
    "change",
    "changes",
    "raised",
    "raise",
    "raises",
    "lowered",
    "lower",
    "reduced",
    "reduce",
    "reduces",
    "revised",
    "expanded",
    "doubled",
    "tripled",
    "trebled",
    "halved",
    "switched",
    "shifted",
    "extended",
    "hiked",
    "trimmed",
    "slashed",
    "lifted",
    "lift",
    "lifts",
    "lifting",
    "boosts",
    "boosted",
    "boosting",
    "upped",
    "expand",
    "expands",
    "expanding",
    "cuts",
    "slashes",
    "slashing",
    "trims",
    "trimming",
    "hikes",
    "hiking",
    // (not "double" or "doubles", which name rooms and matches: "double rooms from £80
    // to £120")
    "doubling",
    "halve",
    "halves",
    "halving",
    "upgraded",
    "downgraded",
    "recovered",
    "rebounded",
    "swelled",
    "shrunk",
    "shrinking",
    "increasing",
    "decreasing",
    "declining",
    "dropping",
    "climbing",
    "jumping",
    "cutting",
    "raising",
    "lowering",
    "reducing",
    "moving",
    "changing",
    "grow",
    "grows",
    "growing",
    "compared",
    "against",
    "versus",
    "turned",
    "converted",
    "transferred",
    "promoted",
    "demoted",
    // an index or price that "lost $2 to $43.25" or "added 12.5 points to 4,512.3"
    "lost",
    "added",
];

/// Whether `w` (lower case) is a word of change: a rise or fall from the lexicon's lists,
/// or a verb of moving or setting ([`MOVED`]).
pub(super) fn change_word(w: &str) -> bool {
    CHANGE_UP.contains(&w) || CHANGE_DOWN.contains(&w) || MOVED.contains(&w)
}

/// Whether a word of change stands in the clause before token `from` (the "from" of "from
/// A to B"), within twelve words: "rose from 10 to 20", "a cut in the rate from 5% to 4%".
pub(super) fn change_before(cx: &Cx, from: usize) -> bool {
    if running_total_before(cx, from) {
        return true;
    }
    let mut j = from;
    let mut words = 0;
    while j > 0 && words < 12 {
        j -= 1;
        if matches!(cx.text(j), "." | ";" | ":" | "!" | "?") {
            return false;
        }
        if let Some(w) = cx.word(j) {
            words += 1;
            let w = w.as_str();
            if change_word(w) {
                return true;
            }
        }
    }
    false
}

/// Verbs that move a level to another ("taking the total to", "would take a salary of
/// £36,000 to £37,800") without saying which way.
const MOVING: &[&str] = &[
    "take", "taking", "takes", "took", "bring", "bringing", "brings", "brought", "push", "pushing",
    "pushes", "pushed",
];

/// Whether the figure at token `first` is a level a verb moves, named with "of" after
/// what the verb changed: "would take a nurse's salary of £36,000 to £37,800", "raise
/// the threshold of 40 to 50 hours". The verb must have its object between it and "of":
/// "an increase of 5% to 10%" and "a rise of 2 to 3 points" are spans of the change.
pub(super) fn level_moved_of(cx: &Cx, first: usize) -> bool {
    let Some(of) = first.checked_sub(1).filter(|&k| cx.is(k, "of")) else {
        return false;
    };
    let mut j = of;
    // (a determiner too: "take a typical care worker's salary of")
    for object in 0..=MAX_OBJECT_WORDS + 1 {
        let Some(k) = j.checked_sub(1) else {
            return false;
        };
        j = k;
        let Some(w) = cx.word(j) else {
            return false;
        };
        let w = w.as_str();
        if object > 0 && (MOVING.contains(&w) || sets_a_level(w)) {
            return true;
        }
        if NOT_IN_AN_OBJECT.contains(&w) || change_word(w) {
            return false;
        }
    }
    false
}

/// Whether `w` is a verb that sets a level higher or lower, in any of its forms:
/// "raise", "lifted", "cutting", "reduces". (Not "compared", "against" or "added", which
/// [`MOVED`] holds for "from A to B": "protests against the closure of 10 to 20
/// schools" moves nothing.)
fn sets_a_level(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "rais", "lift", "lower", "cut", "reduc", "increas", "decreas", "boost", "slash", "trim",
        "doubl", "halv", "extend", "hik",
    ];
    const ENDINGS: &[&str] = &["", "e", "s", "es", "ed", "d", "ing", "ting", "med", "ming"];
    STEMS.iter().any(|stem| {
        w.strip_prefix(stem)
            .is_some_and(|rest| ENDINGS.contains(&rest))
    })
}

/// Whether a running total is named right before token `from`: "taking the total from
/// 1,480 to 1,600", "bringing its workforce from 900 to 1,000" moves a level, while
/// "taking from two to five years" spans a range.
fn running_total_before(cx: &Cx, from: usize) -> bool {
    let Some(noun) = from.checked_sub(1) else {
        return false;
    };
    if !cx
        .word(noun)
        .is_some_and(|w| crate::lexicon::RUNNING_TOTALS.contains(&w.as_str()))
    {
        return false;
    }
    let det = noun.checked_sub(1).filter(|&k| {
        cx.word(k)
            .is_some_and(|w| matches!(w.as_str(), "the" | "its" | "their"))
    });
    let verb = det.unwrap_or(noun).checked_sub(1);
    verb.is_some_and(|k| cx.word(k).is_some_and(|w| MOVING.contains(&w.as_str())))
}

/// Words besides a figure's qualifiers ([`crate::lexicon::FIGURE_QUALIFIERS`]: "more
/// than", "about", "just under") that may stand between a verb of change and the
/// amount it changed by: "a rise of 0.5%", "fell a further 0.5%", "rose sharply", "rose a
/// higher than expected 17,000", "fell a bigger-than-forecast 0.4%".
const BEFORE_AMOUNT: &[&str] = &[
    "of",
    "a",
    "an",
    "another",
    "further",
    "sharply",
    "slightly",
    "than",
    "expected",
    "forecast",
    "predicted",
    "higher",
    "lower",
    "bigger",
    "smaller",
    "larger",
    "greater",
];

/// Whether `w` may stand between a verb of change and its amount (see [`BEFORE_AMOUNT`]).
fn before_amount(w: &str) -> bool {
    BEFORE_AMOUNT.contains(&w)
        || crate::lexicon::FIGURE_QUALIFIERS
            .iter()
            .any(|q| q.split_whitespace().any(|x| x == w))
}

/// Words that end what a verb changed, or start a clause of their own, so that no noun
/// phrase between a verb of change and an amount runs across them: "rose as firms
/// hired 300 to 400 staff" names no amount of the rise.
const NOT_IN_AN_OBJECT: &[&str] = &[
    "to", "for", "in", "on", "at", "with", "from", "into", "and", "or", "but", "as", "that",
    "which", "who", "when", "while", "after", "before", "is", "was", "were", "are", "be", "been",
    "will", "would", "could", "should", "may", "might", "has", "have", "had", "it", "they", "he",
    "she", "we", "i", "you", "not", "said", "says",
];

/// How many words may stand between a verb of change and its amount: "rose a higher than
/// expected 17,000" has five, "lifted its main interest rate 0.25% to 5.5%" four.
const MAX_BEFORE_AMOUNT: usize = 6;

/// How many of them may be what the verb changed, a noun and its determiner and
/// describing words: "lifted its main interest rate", "cut the price".
const MAX_OBJECT_WORDS: usize = 4;

/// Whether the figure at token `first` is the amount of a change whose verb stands just
/// before it ("rose 0.1% to 4.7%", "closed up $2.80 to $51.15"), with what it changed
/// between ("lifted interest rates 0.25% to 5.5%"), or earlier in its clause with "by"
/// ("raised its forecast by 400m euros to 2.5bn euros"): the "to" after it may then
/// give the level reached rather than the other end of a range (see
/// `Growth::join_range`, which asks the two ends' sizes as well).
pub(super) fn amount_of_change(cx: &Cx, first: usize) -> bool {
    let mut j = first;
    let mut words = 0;
    let mut object = 0;
    while words < MAX_BEFORE_AMOUNT {
        let Some(k) = j.checked_sub(1) else {
            return false;
        };
        j = k;
        // ("a bigger-than-expected 0.4%": a hyphen inside a word group is passed over)
        if cx.text(j) == "-" && cx.glued(j) && cx.glued(j + 1) {
            continue;
        }
        let Some(w) = cx.word(j) else {
            return false;
        };
        words += 1;
        let w = w.as_str();
        if change_word(w) {
            return true;
        }
        // "boost net income by 400m euros to 2.5bn euros": the verb may stand further
        // back, with what it changed between
        if w == "by" {
            return change_before(cx, j);
        }
        if before_amount(w) {
            continue;
        }
        object += 1;
        if object > MAX_OBJECT_WORDS || NOT_IN_AN_OBJECT.contains(&w) {
            return false;
        }
    }
    false
}

/// How many words may stand between "from" and the figure it introduces: "from its
/// normal £3 to £5", "from a previous forecast of 2.5% to 3%".
const MAX_FROM_GAP: usize = 4;

/// The "from" that introduces the figure at token `first`: right before it, or before a
/// few words that name the earlier level ("from its normal £3", "from last year's 1.2m",
/// "from an earlier forecast of 2.5%"), with no mark, figure or clause word between.
pub(super) fn from_before(cx: &Cx, first: usize) -> Option<usize> {
    let mut j = first;
    for _ in 0..=MAX_FROM_GAP {
        j = j.checked_sub(1)?;
        // ("from last year's 1.2m": the possessive's apostrophe is inside the word)
        let w = cx.word(j)?;
        let w = w.as_str();
        if w == "from" {
            return Some(j);
        }
        if NOT_IN_AN_OBJECT.contains(&w) || w == "than" || w == "by" {
            return None;
        }
    }
    None
}

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
    "widened",
    "narrowed",
    "extended",
    "hiked",
    "trimmed",
    "slashed",
    "lifted",
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
];

/// Whether a word of change stands in the clause before token `from` (the "from" of "from
/// A to B"), within twelve words: "rose from 10 to 20", "a cut in the rate from 5% to 4%".
pub(super) fn change_before(cx: &Cx, from: usize) -> bool {
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
            if CHANGE_UP.contains(&w) || CHANGE_DOWN.contains(&w) || MOVED.contains(&w) {
                return true;
            }
        }
    }
    false
}

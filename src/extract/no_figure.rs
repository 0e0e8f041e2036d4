//! Words that look like figures and count nothing: an adverb ("at first"), a set phrase
//! ("zero tolerance", "two-way trade", "a one-two", "two-for-one", "first-time buyers",
//! "second-hand"), a part of a period
//! ("the second half"), a label ("section 5", "chapter 11"). Each is asked before the
//! grammar reads a numeral, so that none becomes a quantity to check.

use super::names::capitalised;
use super::numeral::Cx;

/// Whether "first" at `i` says when or in what order, not a rank: "at first he
/// struggled", "at first sight", "first of all", "first and foremost".
pub(super) fn first_as_adverb(cx: &Cx, i: usize) -> bool {
    (i >= 1 && cx.is(i - 1, "at") && !cx.is(i + 1, "place"))
        || cx.is(i + 1, "of") && cx.is(i + 2, "all")
        || cx.is(i + 1, "and") && cx.is(i + 2, "foremost")
        || first_doing(cx, i)
}

/// "after first contesting the seat", "first pleading no contest", "was first elected":
/// "first" with no determiner before it and a verb after it says when ("the first
/// meeting", "its first reading" and "the first elected mayor" rank).
fn first_doing(cx: &Cx, i: usize) -> bool {
    // (an opening quote between: Labour's "first shot")
    let quoted = i >= 1 && matches!(cx.text(i - 1), "\"" | "“" | "‘" | "'") && !cx.glued(i - 1);
    let i_before = i - usize::from(quoted);
    let determiner = i_before >= 1
        && cx.word(i_before - 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "this"
                    | "that"
                    | "whose"
            )
        });
    let doing = cx.word(i + 1).is_some_and(|w| {
        let w = w.as_str();
        // ("the attraction first went on sale", "was first elected in 1997")
        super::nouns::verb_form(w) && !w.ends_with("ing")
            || w.len() > 5
                && w.ends_with("ing")
                && !matches!(
                    w,
                    "meeting"
                        | "reading"
                        | "hearing"
                        | "ruling"
                        | "screening"
                        | "sitting"
                        | "showing"
                        | "outing"
                        | "building"
                        | "wedding"
                        | "evening"
                        | "morning"
                        | "ending"
                        | "opening"
                        | "offering"
                        | "innings"
                        | "inning"
                        | "training"
                        | "recording"
                        | "finding"
                        | "filing"
                        | "sighting"
                        | "setting"
                        | "signing"
                        | "timing"
                        | "landing"
                        | "spring"
                        | "string"
                        | "ceiling"
                        | "painting"
                )
    });
    // ("Spain's first", "Wales' first": a possessive)
    let possessive = i_before >= 1 && super::names::possessive_owner(cx, i_before - 1).is_some();
    // ("the first working-class president": the word in -ing is hyphened into one)
    let hyphened = cx.text(i + 2) == "-" && cx.glued(i + 2);
    !determiner && !possessive && !hyphened && doing && !capitalised(cx.text(i + 1))
}

/// Where the words end when a number word at `i` (lower-cased `lw`) names something
/// rather than counting it: "zero tolerance", "two-way trade", "a neat one-two",
/// "the second half of the year" or of a match, which is no share of anything.
pub(super) fn no_count(cx: &Cx, i: usize, lw: &str) -> Option<usize> {
    match lw {
        "zero" if cx.is(i + 1, "tolerance") => Some(i + 2),
        // "two-way trade", "a three-way race": a kind of thing, not a count of ways
        "one" | "two" | "three" | "four" if hyphened_to(cx, i, "way") => Some(i + 3),
        "one" if hyphened_to(cx, i, "two") => Some(i + 3),
        // "a two-for-one offer", "three-for-two on books": the name of a deal
        "two" | "three" | "four"
            if hyphened_to(cx, i, "for")
                && cx.text(i + 3) == "-"
                && cx.glued(i + 3)
                && cx
                    .word(i + 4)
                    .is_some_and(|w| matches!(w.as_str(), "one" | "two" | "three"))
                && cx.glued(i + 4) =>
        {
            Some(i + 5)
        }
        // "first-time buyers", "second-hand cars", "a first-class stamp": an adjective
        // made with a rank, which ranks nothing
        "first" | "second" | "third"
            if [
                "time", "hand", "class", "rate", "degree", "born", "party", "person", "guess",
            ]
            .iter()
            .any(|w| hyphened_to(cx, i, w)) =>
        {
            Some(i + 3)
        }
        "half"
            if i >= 1
                && cx
                    .word(i - 1)
                    .is_some_and(|w| HALF_OF_A_PERIOD.contains(&w.as_str())) =>
        {
            Some(i + 1)
        }
        _ => None,
    }
}

/// Whether the word at `i` is joined by a hyphen, without spaces, to `word`: "two-way".
fn hyphened_to(cx: &Cx, i: usize, word: &str) -> bool {
    cx.text(i + 1) == "-" && cx.glued(i + 1) && cx.is(i + 2, word) && cx.glued(i + 2)
}

/// Words before "half" that make it one part of a period or a match ("the first half
/// of 2004", "in the second half"), not a share.
const HALF_OF_A_PERIOD: &[&str] = &["first", "second", "1st", "2nd", "opening", "closing"];

/// Words before a numeral that make it a label, as a name is: "section 5 of the code",
/// "chapter 11 bankruptcy", "clause 4", "Part two will follow", "see page 3", "between
/// junctions 14 and 15". ("part" only as a heading, since "took part 10 times" counts;
/// not "volume", since wire copy writes "volume 20% above average".)
const LABEL_BEFORE: &[&str] = &[
    "section",
    "sections",
    "clause",
    "clauses",
    "article",
    "articles",
    "chapter",
    "chapters",
    "paragraph",
    "paragraphs",
    "schedule",
    "episode",
    "episodes",
    "scene",
    "platform",
    "platforms",
    "junction",
    "junctions",
    "terminal",
    "terminals",
    "page",
    "pages",
    "ward",
    "exit",
    "gate",
    "route",
];

/// Whether the numeral at `i` is a label by the word before it (see [`LABEL_BEFORE`]),
/// or the second of two labels ("junctions 14 and 15", "pages 3 to 5"). A measure after
/// it makes it a distance from the thing named ("the junction 200 yards away").
pub(super) fn labelled(cx: &Cx, i: usize) -> bool {
    let label_word = |k: usize| {
        cx.word(k).is_some_and(|w| {
            LABEL_BEFORE.contains(&w.as_str()) || w.as_str() == "part" && capitalised(cx.text(k))
        })
    };
    let first = i >= 1 && label_word(i - 1);
    let second = i >= 3
        && matches!(cx.text(i - 1), "and" | "or" | "to")
        && cx.kind(i - 2) == Some(super::token::TokKind::Num)
        && label_word(i - 3);
    if !(first || second) {
        return false;
    }
    let is_measure = |w: &str| {
        super::counting_words::measure_word(w.strip_suffix('s').unwrap_or(w))
            || matches!(w, "feet" | "metres" | "inches")
            || super::patterns::time_unit(w)
    };
    // (spaced, "200 yards", or glued, "20ft")
    let glued_unit = cx.lower(i);
    let glued_unit = glued_unit
        .as_str()
        .trim_start_matches(|c: char| !c.is_ascii_alphabetic());
    let measured = cx.word(i + 1).is_some_and(|w| is_measure(w.as_str()))
        || !glued_unit.is_empty() && is_measure(glued_unit);
    !measured
}

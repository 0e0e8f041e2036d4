//! Counted nouns the copy leaves out but a reader supplies: "from 310 councillors to
//! 276", "two of the four suspects", "arrests rose from 1,020 to 1,310", "there were 70
//! centres last year; in 2010 there were 58". Run once per paragraph over its finished
//! claims, so a figure can take the noun of one after it as well as before.
//!
//! A figure takes a noun only when nothing after it could be its own ("58 in 2001",
//! "276." — a preposition, verb, adverb or clause mark follows), and only from a figure
//! of its own kind (a count from a count, a rank from a rank). In order:
//! 1. "N of the M nouns", "N in M nouns", "N out of M nouns": the noun of M.
//! 2. A figure of the same sentence that names a noun: the nearest before, else after.
//! 3. A change of level told of a plural subject ("Arrests rose to 1,310", "the number of
//!    post offices fell to 276"): that subject.
//! 4. A figure standing alone in the sentence after one that counts something: its noun,
//!    when that sentence holds no other count.
//!
//! A rate with no noun ("400 per month") takes one only by these rules; where none
//! applies it counts nothing written, and `unit` stays null.

use super::names::{capitalised, possessive_s};
use super::nouns::{names_people, plural_without_s, verb_form};
use super::numeral::Cx;
use super::patterns::{measure_unit, not_unit, num_word, time_unit};
use super::token::TokKind;
use super::{Claim, Kind};
use crate::document::Document;
use std::ops::Range;

/// Verbs before "at" that give a level ("stood at 150"), where "at" gives no age.
const LEVEL_VERBS: &[&str] = &[
    "stood",
    "stands",
    "stand",
    "standing",
    "peaked",
    "peaks",
    "peak",
    "remained",
    "remains",
    "remain",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "closed",
    "ended",
    "finished",
    "opened",
    "settled",
    "put",
    "estimated",
    "valued",
    "capped",
    "set",
    "fixed",
    "priced",
    "pegged",
    "running",
    "hit",
    "levelled",
    "topped",
    "bottomed",
    "held",
    "kept",
    "steady",
];

/// How many figures on each side of one are asked for its noun: enough for any sentence
/// news copy writes, and a bound that keeps a paragraph of a million figures linear.
const NEAR: usize = 8;

/// Fills the elided counted nouns of one paragraph's `claims`, whose tokens are `cx`'s.
pub(super) fn fill(doc: &Document, cx: &Cx, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        if let Some((kind, unit)) = measured_from(cx, claims, i) {
            claims[i].kind = kind;
            claims[i].unit = Some(unit);
            continue;
        }
        if let Some(unit) = noun_of_ones(cx, claims, i) {
            claims[i].unit = Some(unit);
            continue;
        }
        let Some(last) = bare(cx, &claims[i]) else {
            continue;
        };
        if tally_in_a_span(cx, claims, i, last) {
            continue;
        }
        // "left school at 15", "retired at 60", "in at seven": an age or a place,
        // which no neighbour's noun counts ("stood at 150", "peaked at 90" are levels,
        // which do count it).
        let whole_under_121 = claims[i].kind == Kind::Number
            && claims[i]
                .value
                .is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v));
        let at_a_point = whole_under_121
            && token_starting_at(cx, claims[i].start).is_some_and(|first| {
                first >= 2
                    && cx.is(first - 1, "at")
                    && cx
                        .word(first - 2)
                        .is_some_and(|w| !LEVEL_VERBS.contains(&w.as_str()))
            });
        // (a noun read from the words, with those describing it; one lent by another
        // figure, alone, but for the other end of a change)
        let lent = |n: Option<String>| n.map(|n| (n, None));
        let noun = lent(of_the_m(cx, claims, i, last))
            .or_else(|| lent(of_the_nouns(cx, claims, i, last)))
            .or_else(|| number_of(cx, doc, &claims[i]))
            .or_else(|| lent(of_those_done(cx, doc, &claims[i], last)))
            .or_else(|| {
                (!at_a_point)
                    .then(|| paired_in_sentence(cx, claims, i))
                    .flatten()
            })
            // (a subject's own noun before one borrowed from an earlier clause: "Ferry
            // figures rose to 4,100 and visitor levels hit 90,000")
            .or_else(|| subject_of_change(cx, doc, &claims[i]))
            .or_else(|| {
                (!at_a_point)
                    .then(|| borrowed_before(cx, claims, i))
                    .flatten()
            })
            .or_else(|| {
                lent(
                    (!at_a_point)
                        .then(|| sentence_before(doc, claims, i))
                        .flatten(),
                )
            });
        // "1.2 million unemployed", "40 dead and 120 injured": a word naming people
        // right after a count names them, when no noun is lent or the one lent is such a
        // word too ("14 people were killed and 38 injured" lends people)
        let people = (claims[i].kind == Kind::Number)
            .then(|| cx.word(last + 1))
            .flatten()
            .filter(|w| names_people(w.as_str()));
        if let Some(w) = people {
            if noun.as_ref().is_none_or(|(n, _)| names_people(n)) {
                claims[i].unit = Some(w.as_str().to_string());
                continue;
            }
        }
        // A rank shares its noun whatever it is ("the 15th century … the 19th").
        let ordinal = claims[i].kind == Kind::Ordinal;
        if let Some((n, describes)) = noun.filter(|(n, _)| ordinal || counted_noun(n)) {
            claims[i].unit = Some(n);
            if claims[i].describes.is_none() {
                claims[i].describes = describes;
            }
        }
    }
}

/// Whether a unit is a counted noun a figure can share, not a unit of measure or time
/// read from the figure's own form ("ran the 5k" is kilometres only for the 5k).
fn counted_noun(unit: &str) -> bool {
    !(measure_unit(unit) || time_unit(unit) || unit == "percentage_points")
}

/// Whether a claim counts or ranks and names no noun though it could: no unit, and the
/// token after it is a clause mark, the text's end, or a word that is no noun. Returns
/// the claim's last token.
fn bare(cx: &Cx, c: &Claim) -> Option<usize> {
    if !matches!(c.kind, Kind::Number | Kind::Ordinal) || c.unit.is_some() {
        return None;
    }
    let last = token_ending_at(cx, c.end)?;
    let first = token_starting_at(cx, c.start)?;
    // "aged 58", "page 3", "No 10", "day 12", "magnitude 6.4": a figure a word before
    // makes a label or a measure of that word, no count.
    if first > 0
        && cx.word(first - 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "aged"
                    | "age"
                    | "ages"
                    | "magnitude"
                    | "day"
                    | "week"
                    | "tier"
                    | "stage"
                    | "category"
                    | "round"
                    | "game"
                    | "phase"
                    | "series"
                    | "season"
                    | "episode"
                    | "act"
                    | "figure"
                    | "table"
                    | "question"
                    | "item"
                    | "part"
                    | "volume"
                    | "page"
                    | "no"
                    | "number"
                    | "room"
                    | "platform"
                    | "gate"
                    | "route"
                    | "chapter"
                    | "section"
                    | "article"
                    | "clause"
                    | "level"
                    | "grade"
                    | "year"
                    | "size"
                    | "version"
                    | "apiece"
                    | "score"
                    | "scored"
                    | "rating"
            )
        })
    {
        return None;
    }
    // "The striker, 24, has scored 17 goals", "Jo Kestrel, 45, from Northmere": an age
    // set off by commas after the person it describes, which counts no goals.
    if age_in_apposition(cx, c, first, last) {
        return None;
    }
    // "moved up to 7th in the table", "ranked 3rd in the world": a place in a list,
    // not one of another rank's nouns ("their fifth win").
    if c.kind == Kind::Ordinal && cx.is(last + 1, "in") && cx.is(last + 2, "the") {
        return None;
    }
    // "went straight in at number one, selling 45,000 in its first week": a place in a
    // chart, whatever rank stands near it.
    if c.kind == Kind::Ordinal && cx.is(first, "number") {
        return None;
    }
    // "rose 7,000 to 4.4 million", "up by 12": a change of a level, which frames and
    // links read apart from the level; it takes no noun the copy left out.
    if first > 0 && change_amount(cx, first) {
        return None;
    }
    // "an innings of 147", "a crowd of 40,000": the figure measures the noun before
    // "of", and takes no other figure's noun.
    if first > 1
        && cx.is(first - 1, "of")
        && cx.word(first - 2).is_some_and(|w| {
            !matches!(
                w.as_str(),
                "total"
                    | "number"
                    | "sum"
                    | "tally"
                    | "count"
                    | "maximum"
                    | "minimum"
                    | "average"
                    | "out"
            ) && !not_unit(w.as_str())
        })
    {
        return None;
    }
    nothing_counted_after(cx, first, last).then_some(last)
}

/// Whether nothing after the figure from token `first` to `last` could be its own noun:
/// a clause mark, the text's end, or a word that is no noun follows it ("58 in 2001",
/// "276.").
fn nothing_counted_after(cx: &Cx, first: usize, last: usize) -> bool {
    let next = last + 1;
    let ends = match cx.kind(next) {
        None => true,
        Some(TokKind::Punct) => !(cx.text(next) == "-" && cx.glued(next)),
        Some(TokKind::Word) => {
            let w = cx.lower(next);
            let w = w.as_str();
            // ("32 are Labour, 20 Conservative": the name is the verb's complement, the
            // count the first clause's)
            capitalised(cx.text(next)) && super::names::tally_with_verb_left_out(cx, first, last)
                || !capitalised(cx.text(next))
                && (not_unit(w)
                    || verb_form(w)
                    || w.ends_with("ly")
                    || super::nouns::time_adverb(w)
                    || super::nouns::adverb_like_noun(w)
                    || num_word(w).is_some()
                    || names_people(w)
                    || matches!(w, "ones" | "one"))
                // ("an army 80,000 strong": the size of a group named before it)
                && !matches!(w, "apiece" | "times" | "percent" | "point" | "per cent" | "strong")
        }
        Some(TokKind::Num | TokKind::Mixed) => false,
    };
    ends
}

/// Whether the figure from token `first` to `last` is an age between commas right
/// after a word ("The pensioner, 81, was found"): a whole number a person may be, in
/// digits, with a name or noun before the first comma and the second right after it,
/// and no preposition before the name (a place, as in "in Northmere, 30,").
fn age_in_apposition(cx: &Cx, c: &Claim, first: usize, last: usize) -> bool {
    let whole = c.kind == Kind::Number
        && c.value
            .is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v));
    whole
        && first == last
        && cx.kind(first) == Some(TokKind::Num)
        && first >= 2
        && cx.text(first - 1) == ","
        && cx.text(last + 1) == ","
        && cx
            .word(first - 2)
            .is_some_and(|w| num_word(w.as_str()).is_none())
        // ("and in Northmere, 30, the council said": a place, whose count is elided)
        && !(first >= 3
            && cx.word(first - 3).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "in" | "at" | "on" | "from" | "for" | "by" | "to" | "across" | "of"
                )
            }))
}

/// "two of the four suspects", "four in 10 patients", "nine out of 10 dentists",
/// "11 of the company's 12 markets": the noun of the figure the first is a part of.
fn of_the_m(cx: &Cx, claims: &[Claim], i: usize, last: usize) -> Option<String> {
    let next = claims.get(i + 1)?;
    let mut k = last + 1;
    if cx.is(k, "out") && cx.is(k + 1, "of") {
        k += 2;
    } else if cx.is(k, "of") || cx.is(k, "in") {
        k += 1;
    } else {
        return None;
    }
    let to = token_starting_at(cx, next.start)?;
    // At most three words between: "the", "their last", "the company's".
    let between_words = (k..to).all(|j| cx.kind(j) == Some(TokKind::Word));
    (to >= k && to - k <= 3 && between_words && next.kind == claims[i].kind)
        .then(|| next.unit.clone())
        .flatten()
}

/// "Five of the councillors", "300 of its workers", "1.24 million of the visits", "40 of
/// the club's youth members": a count of so many of the things a plural noun after "of"
/// names, with no figure between (that is [`of_the_m`]'s). Past a determiner or an
/// owner, and up to two describing words, the first plural noun is taken.
fn of_the_nouns(cx: &Cx, claims: &[Claim], i: usize, last: usize) -> Option<String> {
    // (a count: "about 2/3 of bettors" is a share of them)
    let whole = claims[i]
        .value
        .is_some_and(|v| v >= 1.0 && v.fract() == 0.0);
    if claims[i].kind != Kind::Number || !whole || !cx.is(last + 1, "of") {
        return None;
    }
    // ("in the top 10 of the rankings": a place in it, not a count)
    let first = token_starting_at(cx, claims[i].start)?;
    if first > 0 && (cx.is(first - 1, "top") || cx.is(first - 1, "bottom")) {
        return None;
    }
    let next_figure = claims
        .get(i + 1)
        .and_then(|n| token_starting_at(cx, n.start))
        .unwrap_or(usize::MAX);
    let mut k = last + 2;
    let owner = |k: usize| cx.kind(k) == Some(TokKind::Word) && possessive_s(cx.text(k));
    let opened = k;
    if [
        "the", "its", "their", "his", "her", "our", "these", "those", "all",
    ]
    .iter()
    .any(|d| cx.is(k, d))
    {
        k += 1;
        if cx.is(k - 1, "all") && cx.is(k, "the") {
            k += 1;
        }
    }
    if owner(k) {
        k += 1;
    }
    let plural = |j: usize| {
        if j >= next_figure || cx.kind(j) != Some(TokKind::Word) || capitalised(cx.text(j)) {
            return None;
        }
        let w = cx.lower(j);
        let w = w.as_str();
        // (right after a determiner or an owner a word is no verb: "of the visits")
        let determined = j == k && k > opened;
        (plural_form(w) && (determined || !verb_form(w)) && !aggregate(w)).then(|| w.to_string())
    };
    // ("one of them owns a copy": a pronoun is no noun to count)
    if ["them", "us", "you", "which", "whom", "it"]
        .iter()
        .any(|p| cx.is(k, p))
    {
        return None;
    }
    for j in k..k + 3 {
        if j >= next_figure || cx.kind(j) != Some(TokKind::Word) {
            return None;
        }
        if let Some(noun) = plural(j) {
            // ("three of her singles matches": the last of a run of nouns heads it)
            return Some(plural(j + 1).unwrap_or(noun));
        }
    }
    None
}

/// Whether the lower-case word `w` has the form of a plural noun a figure may count:
/// longer than three letters, ending in "s" but not "ss", "us" or "is", no owner's
/// apostrophe, and no word that is never a unit.
fn plural_form(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.contains(['\'', '\u{2019}'])
        && !not_unit(w)
}

/// Whether the figure is a tally made in the span the next figure counts: "all out for
/// 183 in 54.3 overs", "47 in 20 minutes", "made 147 off 212 balls". "N in M" is a
/// share of M only when N is no more than M ("one in 10 patients"); a larger N, or any N
/// "off" M, counts something the copy leaves unsaid, and takes no noun from M or its
/// neighbours.
fn tally_in_a_span(cx: &Cx, claims: &[Claim], i: usize, last: usize) -> bool {
    let Some(next) = claims.get(i + 1) else {
        return false;
    };
    let c = &claims[i];
    let larger = c.low.or(c.value) > next.high.or(next.value);
    (cx.is(last + 1, "off") || cx.is(last + 1, "in") && larger)
        && token_starting_at(cx, next.start).is_some_and(|to| to > last + 1 && to - last <= 3)
        && next.kind == c.kind
}

/// The figures of `c`'s sentence that may lend it their noun: of its kind, and not an age
/// or a measure beside a count ("11 year olds" lends no noun and is passed over), nor a
/// margin ("12 points clear"); a rank shares any ("the 15th century … the 19th").
fn lends_to<'c>(cx: &'c Cx, c: &'c Claim) -> impl Fn(&&Claim) -> bool + 'c {
    move |o: &&Claim| {
        o.kind == c.kind
            && o.describes_sentence(c)
            && o.start != c.start
            && (c.kind == Kind::Ordinal || o.unit.as_deref().is_none_or(counted_noun))
            && !margin(cx, o)
    }
}

/// The noun of a figure `claims[i]` is paired with in its sentence: the start of the
/// change it ends, or the figure after it that it is the first of a pair, list or span
/// with, or a part of. Such a pairing comes before the subject of a change.
fn paired_in_sentence(cx: &Cx, claims: &[Claim], i: usize) -> Option<(String, Option<String>)> {
    let c = &claims[i];
    let same = lends_to(cx, c);
    let before = claims[..i].iter().rev().take(NEAR).find(&same);
    // "fell from 60 to 55": the two ends of one change count one thing, described as
    // one ("Deportation flights rose from about 100 to 134"), whatever else the
    // sentence counts.
    if let Some(b) = before.filter(|b| from_to(cx, b, c)) {
        return b.unit.clone().map(|u| (u, b.describes.clone()));
    }
    // The first of a pair, list or span, or a part, takes the noun of the figure it is
    // joined to after it ("12 and 11 players", "four of their first five matches"),
    // before any other; no other figure after it lends one ("Five said it had
    // received 100 complaints" names no complaints by the channel's name).
    claims[i + 1..]
        .iter()
        .take(NEAR)
        .find(&same)
        .filter(|o| o.unit.is_some() && paired_with_next(cx, c, o))
        .and_then(|a| a.unit.clone().map(|u| (u, None)))
}

/// The noun of the nearest figure of the same kind before `claims[i]` in its sentence
/// ("310 burglaries last year, down from 402"), unless figures before it count different
/// things. Only the nearest figure of its kind is asked: when it names nothing ("a swing
/// of -4.5 and +3.25"), the two are a pair apart from the rest.
fn borrowed_before(cx: &Cx, claims: &[Claim], i: usize) -> Option<(String, Option<String>)> {
    let same = lends_to(cx, &claims[i]);
    let unit = claims[..i]
        .iter()
        .rev()
        .take(NEAR)
        .find(&same)?
        .unit
        .as_ref()?;
    // "12 parks and 3 schools, a total of 16": figures before it that count different
    // things leave a sum of them, which counts neither; a rate's base ("per 100,000
    // people") is no part of a sum.
    let mixed = claims[i.saturating_sub(NEAR)..i]
        .iter()
        .filter(&same)
        .filter(|o| !rate_base(cx, o))
        .any(|o| o.unit.as_ref().is_some_and(|u| u != unit));
    (!mixed).then(|| (unit.clone(), None))
}

/// "from 12 weeks to 27", "from 6.1kg to 7.4", "47 minutes, against a target of 18": the
/// end of a change whose start names a unit of time or measure, or a figure compared
/// with one right before it, is in that unit (and a length of time, as its start is).
fn measured_from(cx: &Cx, claims: &[Claim], i: usize) -> Option<(Kind, String)> {
    let c = &claims[i];
    if c.kind != Kind::Number || c.unit.is_some() {
        return None;
    }
    // (the figure before is asked first: most figures follow none in a unit, and the
    // token lookups below are then never made)
    let before = claims[..i].last()?;
    let unit = before.unit.as_deref()?;
    let measured = before.kind == Kind::Duration && time_unit(unit)
        || before.kind == Kind::Number && measure_unit(unit);
    if !measured || !before.describes_sentence(c) {
        return None;
    }
    let (first, last) = (token_starting_at(cx, c.start)?, token_ending_at(cx, c.end)?);
    (nothing_counted_after(cx, first, last) && (from_to(cx, before, c) || compared_after(cx, c)))
        .then(|| (before.kind, unit.to_string()))
}

/// Whether the words before `c` compare it with the figure before ("47 minutes, against
/// a target of 18", "compared with 52", "down from 40", "longer than 30"): it is
/// measured in the same unit.
fn compared_after(cx: &Cx, c: &Claim) -> bool {
    let Some(first) = token_starting_at(cx, c.start).filter(|&f| f >= 2) else {
        return false;
    };
    let (a, b) = (first - 2, first - 1);
    cx.is(b, "than")
        || cx.is(b, "against")
        || cx.is(b, "with") && (cx.is(a, "compared") || cx.is(a, "comparison"))
        || cx.is(b, "from") && (cx.is(a, "down") || cx.is(a, "up"))
        || cx.is(b, "of")
            && cx.word(a).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "target" | "goal" | "limit" | "standard" | "average" | "maximum" | "minimum"
                )
            })
}

/// "nine elected members and two co-opted ones": a count of "ones" counts the noun of
/// the nearest count before it in the sentence.
fn noun_of_ones(cx: &Cx, claims: &[Claim], i: usize) -> Option<String> {
    let c = &claims[i];
    if c.kind != Kind::Number || c.unit.is_some() {
        return None;
    }
    let last = token_ending_at(cx, c.end)?;
    // (describing words between, hyphened or not: "two co-opted ones", "three new ones")
    let ones = (last + 1..last + 6)
        .take_while(|&k| cx.kind(k) == Some(TokKind::Word) || cx.text(k) == "-" && cx.glued(k))
        .find(|&k| cx.text(k) == "ones")?;
    // ("ones" ends the phrase, and "the ones who" is no count's)
    if cx.kind(ones + 1) == Some(TokKind::Word) && !cx.is(ones + 1, "and") {
        return None;
    }
    claims[..i]
        .iter()
        .rev()
        .take(NEAR)
        .find(|o| o.kind == Kind::Number && o.describes_sentence(c))?
        .unit
        .clone()
        .filter(|u| counted_noun(u))
}

/// Whether `c` is joined to the figure `next` right after it by "and", "or", "to",
/// "nor", a dash or a comma, as the first of a pair, list or span whose last names the
/// noun of all ("12 and 11 players", "14, 15 or 16 inch screens"), or is a part of it
/// ("four of their first five matches").
fn paired_with_next(cx: &Cx, c: &Claim, next: &Claim) -> bool {
    let (Some(last), Some(first)) = (
        token_ending_at(cx, c.end),
        token_starting_at(cx, next.start),
    ) else {
        return false;
    };
    // "from 310 last year to 276 councillors": the two ends of one change
    if from_to(cx, c, next) {
        return true;
    }
    // "four of their first five matches", "92 of the Lords' 750 hereditary peers", "36
    // from his 50 rubbers": a part of the whole the later figure counts
    let part_of = cx.is(last + 1, "of") || cx.is(last + 1, "from");
    if part_of && first > last + 2 && first <= last + 6 {
        return (last + 2..first).all(|k| {
            cx.kind(k) == Some(TokKind::Word) || matches!(cx.text(k), "'" | "’") && cx.glued(k)
        });
    }
    first == last + 2
        && (part_of
            || matches!(cx.text(last + 1), "-" | "–" | ",")
            || cx
                .word(last + 1)
                .is_some_and(|w| matches!(w.as_str(), "and" | "or" | "to" | "nor")))
}

/// Whether `from` and `to` are the ends of one change: "from 60 to 55", "from 310
/// councillors to 276", with at most a noun and its describing words between.
fn from_to(cx: &Cx, from: &Claim, to: &Claim) -> bool {
    let (Some(a), Some(b)) = (
        token_starting_at(cx, from.start),
        token_starting_at(cx, to.start),
    ) else {
        return false;
    };
    let Some(a_last) = token_ending_at(cx, from.end) else {
        return false;
    };
    a >= 1
        && cx.is(a - 1, "from")
        && b >= 1
        && cx.is(b - 1, "to")
        && b > a_last
        && b - a_last <= 4
        && (a_last + 1..b - 1).all(|k| cx.kind(k) == Some(TokKind::Word))
}

/// Whether a figure is the base of a rate, "per 100,000 people", "for every 1,000
/// births": it counts what the rate is taken over, not a part of any total.
fn rate_base(cx: &Cx, o: &Claim) -> bool {
    token_starting_at(cx, o.start).is_some_and(|k| {
        k >= 1 && (cx.is(k - 1, "per") || k >= 2 && cx.is(k - 1, "every") && cx.is(k - 2, "for"))
    })
}

/// Whether a figure counts a margin, its noun followed by a word of one: "12 points
/// clear", "two short of the record", "three seats ahead". What it counts is no noun for
/// the figures beside it ("having won nine of their last 10").
fn margin(cx: &Cx, o: &Claim) -> bool {
    let Some(last) = token_ending_at(cx, o.end) else {
        return false;
    };
    let noun = o.unit.as_deref().unwrap_or("");
    (last + 1..=last + 3)
        .find(|&k| cx.lower(k).as_str() == noun)
        .is_some_and(|k| {
            cx.word(k + 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "clear" | "short" | "ahead" | "behind" | "adrift"
                )
            })
        })
}

impl Claim {
    /// Whether two claims stand in one sentence (claims of one sentence share it).
    fn describes_sentence(&self, other: &Claim) -> bool {
        std::sync::Arc::ptr_eq(&self.sentence, &other.sentence) || self.sentence == other.sentence
    }
}

/// Whether the figure at token `first` is told as a change: right after a verb of
/// change ("rose 7,000"), "by" after one ("fell by 12"), or "up"/"down" ("up 40").
fn change_amount(cx: &Cx, first: usize) -> bool {
    let verb_at = |j: usize| {
        cx.word(j).is_some_and(|w| {
            let w = w.as_str();
            // ("reached 28 million", "totalled 400": a verb of a level, not of change)
            change_verb(w)
                && !matches!(
                    w,
                    "reached" | "totalled" | "totaled" | "hit" | "stood" | "topped" | "exceeded"
                )
                || matches!(w, "increase" | "decrease" | "increases" | "decreases")
        })
    };
    let prev = first - 1;
    // ("made up 1.24 million of the visits": "make up" says a part, no change)
    let made_up = prev >= 1
        && cx
            .word(prev - 1)
            .is_some_and(|w| matches!(w.as_str(), "made" | "make" | "makes" | "making"));
    cx.is(prev, "up") && !made_up
        || cx.is(prev, "down")
        || verb_at(prev)
        || (cx.is(prev, "by") && prev >= 1 && verb_at(prev - 1))
}

/// Verbs that tell a change or level of the subject before them: "arrests rose to".
/// The change verb just before the percentage whose "%" is token `j` ("rose 18%", "rose
/// by 18%"), if one stands there.
fn percent_after_verb(cx: &Cx, j: usize) -> Option<usize> {
    if !cx.is(j, "%") || j < 2 || cx.kind(j - 1) != Some(TokKind::Num) {
        return None;
    }
    let k = if cx.is(j - 2, "by") {
        j.checked_sub(3)?
    } else {
        j - 2
    };
    cx.word(k)
        .is_some_and(|w| change_verb(w.as_str()))
        .then_some(k)
}

pub(super) fn change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "fell"
            | "fallen"
            | "climbed"
            | "increased"
            | "decreased"
            | "dropped"
            | "grew"
            | "grown"
            | "reached"
            | "jumped"
            | "doubled"
            | "halved"
            | "totalled"
            | "totaled"
            | "hit"
            | "stood"
            | "soared"
            | "plunged"
            | "slumped"
            | "dipped"
            | "declined"
            | "surged"
            | "topped"
            | "exceeded"
            | "rise"
            | "fall"
            | "rises"
            | "falls"
    )
}

/// "Arrests rose from 1,020 to 1,310", "knife crime offences rose to 51,000", "the number
/// of village post offices fell from 310": the plural noun just before a verb of change
/// shortly before the figure, in its sentence.
fn subject_of_change(cx: &Cx, doc: &Document, c: &Claim) -> Option<(String, Option<String>)> {
    if c.kind != Kind::Number {
        return None;
    }
    let first = token_starting_at(cx, c.start)?;
    let sentence = sentence_of(doc, c.start)?;
    let in_sentence = |j: usize| cx.toks.get(j).is_some_and(|t| t.start() >= sentence.start);
    let opens_sentence = |j: usize| cx.toks.get(j).is_some_and(|t| t.start() == sentence.start);
    // The verb: at most five words back, words only between ("rose to", "climbed to
    // up to", "has fallen to about"), or the percentage it changed by right after it
    // ("rose by 18% last year to 5.9 million").
    let mut verb = None;
    let mut j = first;
    while j > first.saturating_sub(5) {
        j -= 1;
        if !in_sentence(j) {
            break;
        }
        if cx.kind(j) != Some(TokKind::Word) {
            match percent_after_verb(cx, j) {
                Some(v) if in_sentence(v) => verb = Some(v),
                _ => {}
            }
            break;
        }
        if cx.word(j).is_some_and(|w| change_verb(w.as_str())) {
            verb = Some(j);
            break;
        }
    }
    let verb = verb?;
    // Its subject: the nearest plural noun before it, past "has", "have", a phrase such
    // as "to the service" — but not past a clause mark.
    let mut j = verb;
    while j > 0 && verb - j < 8 {
        j -= 1;
        if !in_sentence(j) || cx.kind(j) != Some(TokKind::Word) {
            return None;
        }
        let w = cx.lower(j);
        let w = w.as_str();
        // "Passenger numbers reached 28 million": the aggregate of the noun before it
        if aggregate(w) && j > 0 && in_sentence(j - 1) && cx.kind(j - 1) == Some(TokKind::Word) {
            let before = cx.lower(j - 1);
            let b = before.as_str();
            if (opens_sentence(j - 1) || !capitalised(cx.text(j - 1)))
                && b.len() > 3
                && countable(b)
                && !not_unit(b)
                && !verb_form(b)
                && !b.ends_with("ly")
            {
                return Some((plural_of(b), None));
            }
        }
        let plural_noun = |k: usize, w: &str| {
            (opens_sentence(k) || !capitalised(cx.text(k)))
                // ("Konami's Pro Evo dropped": an owner is no plural)
                && plural_form(w)
                // ("SMFG shares climbed by 2.7% to 717,000": the level of a price)
                && !matches!(
                    w,
                    "has" | "was" | "does" | "its" | "this" | "thus" | "shares" | "stocks"
                )
                && !aggregate(w)
        };
        if plural_noun(j, w) {
            // ("sales of Mini models rose 3.6% to 14,800": the head before "of")
            let head = (j.saturating_sub(3)..j)
                .rev()
                .find(|&k| cx.is(k, "of"))
                .filter(|&of| of > 0 && in_sentence(of - 1))
                .map(|of| of - 1)
                .filter(|&k| cx.word(k).is_some_and(|h| plural_noun(k, h.as_str())));
            let j = head.unwrap_or(j);
            let w = cx.lower(j);
            return Some((
                w.as_str().to_string(),
                describing_before(cx, j, sentence.start),
            ));
        }
    }
    None
}

/// Whether the singular noun `w` names things counted one by one ("passenger",
/// "visitor"), not a mass or an abstract ("unemployment", "crime", "traffic"), told by
/// its ending and a short list.
fn countable(w: &str) -> bool {
    const MASS_ENDINGS: &[&str] = &[
        "s", "ment", "tion", "sion", "ity", "ness", "ing", "ance", "ence", "ism", "age",
    ];
    !MASS_ENDINGS.iter().any(|e| w.ends_with(e))
        && !matches!(
            w,
            "crime"
                | "traffic"
                | "trade"
                | "growth"
                | "output"
                | "income"
                | "revenue"
                | "profit"
                | "debt"
                | "pay"
                | "export"
                | "import"
                | "rain"
                | "rainfall"
                | "snow"
                | "water"
                | "energy"
                | "power"
                | "food"
                | "money"
                | "cash"
                | "data"
                | "waste"
                | "turnout"
                | "attendance"
                | "audience"
                | "viewing"
                | "sales"
                | "price"
                | "wage"
                | "salary"
                | "benefit"
        )
}

/// The plural of a noun by its spelling: "passenger" → "passengers", "city" → "cities",
/// "bus" → "buses".
fn plural_of(w: &str) -> String {
    let b = w.as_bytes();
    let consonant_y = b.len() > 1
        && b[b.len() - 1] == b'y'
        && !matches!(b[b.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u');
    if consonant_y {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with("ch") || w.ends_with("sh") || w.ends_with('x') || w.ends_with('z') {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

/// Plural nouns that name an aggregate, not what it counts: "passenger numbers rose".
fn aggregate(w: &str) -> bool {
    matches!(
        w,
        "numbers" | "figures" | "totals" | "levels" | "rates" | "counts" | "statistics"
    )
}

/// How far back [`of_those_done`] looks for the plural its participle was said of.
const THOSE_DONE_REACH: usize = 2_000;

/// "385 of those killed", "1,200 of those arrested": a count of some of the people or
/// things an earlier sentence said were so done ("the number of people killed on the
/// roads"): the nearest plural right before the same participle, within a few
/// paragraphs.
fn of_those_done(cx: &Cx, doc: &Document, c: &Claim, last: usize) -> Option<String> {
    if c.kind != Kind::Number || !cx.is(last + 1, "of") || !cx.is(last + 2, "those") {
        return None;
    }
    let done = cx.word(last + 3)?;
    let done = done.as_str();
    if !(verb_form(done) && done.ends_with("ed")) {
        return None;
    }
    let before = crate::document::tail(doc.prose().get(..c.start)?, THOSE_DONE_REACH);
    let said = format!(" {done}");
    before.rmatch_indices(said.as_str()).find_map(|(at, _)| {
        // (the participle as a word: "killed", not "killedly"; said of the plural before
        // it, not a verb with an object after it: "Police arrested 300 people")
        let rest = &before[at + said.len()..];
        let ends = rest
            .chars()
            .next()
            .is_none_or(|ch| !ch.is_ascii_alphabetic());
        let object = rest.split_whitespace().next().is_some_and(|w| {
            w.starts_with(|ch: char| ch.is_ascii_digit())
                || matches!(
                    w.to_ascii_lowercase().as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "more"
                        | "some"
                        | "about"
                        | "nearly"
                        | "almost"
                        | "over"
                        | "up"
                )
        });
        // ("900 people were arrested": the plural before "were" or "have been")
        let mut words = before[..at]
            .rsplit(|ch: char| !ch.is_ascii_alphabetic())
            .map(str::to_ascii_lowercase);
        let mut noun = words.next()?;
        while matches!(noun.as_str(), "were" | "are" | "been" | "have" | "had") {
            noun = words.next()?;
        }
        (ends && !object && counted_plural(&noun) && noun != "those").then_some(noun)
    })
}

/// "the number of MSPs from 129 to 100", "the total of registered voters, 4,100": the
/// plural noun after "number of" a few words before the figure, in its sentence.
fn number_of(cx: &Cx, doc: &Document, c: &Claim) -> Option<(String, Option<String>)> {
    if c.kind != Kind::Number {
        return None;
    }
    let first = token_starting_at(cx, c.start)?;
    let sentence = sentence_of(doc, c.start)?;
    let last = token_ending_at(cx, c.end)?;
    let in_sentence = |j: usize| {
        cx.toks
            .get(j)
            .is_some_and(|t| t.start() >= sentence.start && t.end() <= sentence.end)
    };
    let number_of_at =
        |j: usize| cx.is(j, "of") && j > 0 && (cx.is(j - 1, "number") || cx.is(j - 1, "total"));
    // Before it ("the number of MSPs from 129"), else just after it ("brought to 49 the
    // number of banks"). Further back, a verb of change must stand between: "the number
    // of patients waiting more than four hours rose by 15% to 43,000".
    let changed_between =
        |of: usize| (of + 1..first).any(|j| cx.word(j).is_some_and(|w| change_verb(w.as_str())));
    let of = (first.saturating_sub(16)..first)
        .rev()
        .find(|&j| number_of_at(j) && in_sentence(j - 1) && (first - j <= 8 || changed_between(j)))
        .or_else(|| (last + 2..last + 5).find(|&j| number_of_at(j) && in_sentence(j)))?;
    // The first plural after "of", before the phrase ends at a verb, a preposition or
    // an owner: "the number of people killed on the roads" counts people, not roads;
    // "the number of nurses in Wessland's hospitals" nurses.
    // (A verb form right after "of" describes: "the number of registered players".)
    let ends_phrase = |j: usize| {
        cx.word(j).is_some_and(|w| {
            let w = w.as_str();
            verb_form(w) && j > of + 1
                || possessive_s(cx.text(j))
                || matches!(
                    w,
                    "on" | "in"
                        | "at"
                        | "across"
                        | "from"
                        | "to"
                        | "for"
                        | "by"
                        | "with"
                        | "who"
                        | "that"
                        | "which"
                        | "whose"
                        | "under"
                        | "over"
                        | "into"
                )
        })
    };
    (of + 1..of + 5)
        .take_while(|&j| j != first && in_sentence(j) && !ends_phrase(j))
        .find_map(|j| {
            let w = cx.word(j)?;
            let w = w.as_str();
            counted_plural(w).then(|| (w.to_string(), describing_before(cx, j, sentence.start)))
        })
}

/// Whether `w` is a plural a count may take from a phrase before it: "people", "roads",
/// not "less" or a word that is no unit.
fn counted_plural(w: &str) -> bool {
    w.len() > 2 && (w.ends_with('s') && !w.ends_with("ss") && !not_unit(w) || plural_without_s(w))
}

/// The lower-case words right before the noun at `head` that describe it ("knife crime
/// offences", "the number of village post offices"), back to a word that is no part of
/// the phrase or the sentence's start at byte `from`; at most three.
fn describing_before(cx: &Cx, head: usize, from: usize) -> Option<String> {
    let mut words = Vec::new();
    let mut j = head;
    while j > 0 && words.len() < 3 {
        j -= 1;
        let Some(tok) = cx.toks.get(j).filter(|t| t.start() >= from) else {
            break;
        };
        let initial = tok.start() == from;
        let Some(w) = cx.word(j) else {
            break;
        };
        let stop = not_unit(w.as_str())
            || verb_form(w.as_str())
            || num_word(w.as_str()).is_some()
            || capitalised(cx.text(j)) && !initial
            || matches!(w.as_str(), "number" | "total" | "numbers" | "figures")
            // ("JD Power estimates sales": a word in -s before the noun is most often a
            // verb, but for the plurals that describe, "sports cars", "news reports")
            || w.as_str().ends_with('s')
                && !matches!(
                    w.as_str(),
                    "sports" | "arms" | "news" | "goods" | "savings" | "customs" | "services"
                        | "electronics" | "communications" | "affairs" | "works"
                );
        if stop {
            break;
        }
        words.push(w.as_str().to_string());
        if initial {
            break;
        }
    }
    words.reverse();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The noun of the last count of the sentence before, for a figure whose own sentence
/// counts nothing else: "The trust ran 70 walk-in centres last year. In 2010 there were
/// 58."
fn sentence_before(doc: &Document, claims: &[Claim], i: usize) -> Option<String> {
    let c = &claims[i];
    let near = &claims[i.saturating_sub(NEAR)..claims.len().min(i + NEAR)];
    if near
        .iter()
        .any(|o| o.start != c.start && o.describes_sentence(c) && o.kind == c.kind)
    {
        return None;
    }
    let prev = claims[..i]
        .iter()
        .rev()
        .take(NEAR)
        .find(|o| !o.describes_sentence(c))?;
    let here = sentence_of(doc, c.start)?;
    let there = sentence_of(doc, prev.start)?;
    // The sentence just before: nothing but white space between the two.
    let gap = doc.text.get(there.end..here.start)?;
    let next_to = gap.trim().is_empty();
    (next_to && prev.kind == c.kind)
        .then(|| prev.unit.clone())
        .flatten()
}

/// The span of the sentence holding byte `at`.
fn sentence_of(doc: &Document, at: usize) -> Option<Range<usize>> {
    let s = doc.sentences();
    let i = s.partition_point(|r| r.end <= at);
    s.get(i).cloned()
}

/// The token that starts at byte `at`.
fn token_starting_at(cx: &Cx, at: usize) -> Option<usize> {
    let i = cx.toks.partition_point(|t| t.start() < at);
    (cx.toks.get(i)?.start() == at).then_some(i)
}

/// The token that ends at byte `at`.
fn token_ending_at(cx: &Cx, at: usize) -> Option<usize> {
    let i = cx.toks.partition_point(|t| t.end() < at);
    (cx.toks.get(i)?.end() == at).then_some(i)
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};

    /// Each figure of `text` as "figure → unit", "-" for none.
    fn units(text: &str) -> Vec<String> {
        let doc = Document::from_text("a.txt", text, Format::Text);
        super::super::extract(&doc)
            .iter()
            .map(|c| format!("{} → {}", c.text, c.unit.as_deref().unwrap_or("-")))
            .collect()
    }

    #[test]
    fn a_figure_takes_the_noun_of_its_parallel_figure() {
        assert_eq!(
            units("They walked 12 miles and then 3."),
            ["12 → miles", "3 → miles"]
        );
        assert_eq!(
            units("Seats fell from 310 last year to 276 councillors."),
            ["310 → councillors", "276 → councillors"]
        );
        assert_eq!(
            units("The force recorded 310 burglaries last year, down from 402."),
            ["310 → burglaries", "402 → burglaries"]
        );
        assert_eq!(
            units("The charity runs 42 shops, up from 35."),
            ["42 → shops", "35 → shops"]
        );
        assert_eq!(
            units("The prison holds 1,100 inmates in space designed for 800."),
            ["1,100 → inmates", "800 → inmates"]
        );
        assert_eq!(
            units("The quake destroyed 3,000 homes and damaged 8,000 more."),
            ["3,000 → homes", "8,000 → homes"]
        );
    }

    #[test]
    fn a_margin_lends_no_noun() {
        assert_eq!(
            units("City are 12 points clear, having won nine of their last 10."),
            ["12 → points", "nine → -", "10 → -"]
        );
        assert_eq!(
            units("She is two titles short of the record and won 5 this year."),
            ["two → titles", "5 → -"]
        );
        // a count beside one that is no margin still lends it
        assert_eq!(
            units("City scored 12 points and then 9."),
            ["12 → points", "9 → points"]
        );
    }

    #[test]
    fn a_rank_takes_the_noun_of_its_parallel_rank() {
        assert_eq!(
            units("It was built in the 15th century and restored in the 19th."),
            ["15th → century", "19th → century"]
        );
        // A count does not take a rank's noun, nor a rank a count's.
        assert_eq!(
            units("The 3rd round drew 40 entries; 12 reached the 4th."),
            ["3rd → round", "40 → entries", "12 → entries", "4th → round"]
        );
    }

    #[test]
    fn a_part_takes_the_noun_of_its_whole() {
        assert_eq!(
            units("Two of the four suspects were bailed."),
            ["Two → suspects", "four → suspects"]
        );
        assert_eq!(
            units("Sales rose in 11 of the company's 12 markets."),
            ["11 → markets", "12 → markets"]
        );
    }

    #[test]
    fn a_level_takes_the_subject_whose_change_it_tells() {
        assert_eq!(
            units("Arrests rose from 1,020 to 1,310 over the period."),
            ["1,020 → arrests", "1,310 → arrests"]
        );
        assert_eq!(
            units("Referrals to the service climbed to 400 a month."),
            ["400 → referrals"]
        );
        assert_eq!(
            units("The reform would cut the number of MSPs from 129 to 100."),
            ["129 → msps", "100 → msps"]
        );
        assert_eq!(
            units("That brought to 49 the number of banks sued."),
            ["49 → banks"]
        );
        // Further back, past a verb of change: the level the number reached.
        assert_eq!(
            units(
                "The number of patients kept waiting on trolleys overnight rose by 15% to 43,000."
            ),
            ["15% → -", "43,000 → patients"]
        );
        assert_eq!(
            units("The number of branches the bank runs in the north doubled in a year to 120."),
            ["120 → branches"]
        );
        // The first plural after "of", before a verb, a preposition or an owner ends
        // the phrase; a plural without -s counts as one.
        assert_eq!(
            units("The number of people killed on Wessland's roads fell to 1,624 last year."),
            ["1,624 → people"]
        );
        assert_eq!(
            units("The number of children in care across the county rose to 2,300."),
            ["2,300 → children"]
        );
        assert_eq!(
            units("The number of nurses in the region's hospitals rose to 8,100."),
            ["8,100 → nurses"]
        );
        assert_eq!(
            units("The number of registered voters fell to 41,000."),
            ["41,000 → voters"]
        );
        // "of those killed": the plural an earlier sentence said was so done, not the
        // subject of a verb with an object ("Police arrested 300 people")
        assert_eq!(
            units(
                "The number of people killed on the roads fell to 1,624. Serious injuries rose to 29,800. Pedestrians made up 385 of those killed."
            ),
            ["1,624 → people", "29,800 → injuries", "385 → people"]
        );
        assert_eq!(
            units(
                "Some patients were treated at home. Doctors said 120 of those treated recovered."
            ),
            ["120 → patients"]
        );
        assert_eq!(
            units("Police arrested the organisers. A court heard 12 of those arrested were freed."),
            ["12 → -"]
        );
        // With no verb of change between, a figure that far on counts nothing of it.
        assert_eq!(
            units(
                "The number of visitors was not known, officials at the site said, but 300 came."
            ),
            ["300 → -"]
        );
    }

    #[test]
    fn a_figure_alone_takes_the_noun_of_the_sentence_before() {
        assert_eq!(
            units("The trust ran 70 walk-in centres. In 2010 there were 58."),
            ["70 → centres", "2010 → -", "58 → centres"]
        );
    }

    #[test]
    fn no_noun_is_supplied_where_the_figure_counts_something_else() {
        assert_eq!(
            units("The plan adds 12 parks and 3 schools, a total of 16."),
            ["12 → parks", "3 → schools", "16 → -"]
        );
        // A unit of measure is the 5k's own, not a count's.
        assert_eq!(
            units("More than 900 ran the 5k."),
            ["More than 900 → -", "5k → km"]
        );
        // A measure of the noun before "of", an age, a change amount, a nounless pair,
        // a rate with nothing named, an aggregate subject.
        assert_eq!(
            units("He hit 12 sixes in an innings of 147."),
            ["12 → sixes", "147 → -"]
        );
        assert_eq!(
            units("Six men, aged 58, were held."),
            ["Six → men", "58 → -"]
        );
        assert_eq!(
            units("Unemployment rose 7,000 in May to 4.4 million people."),
            ["7,000 → -", "4.4 million → people"]
        );
        assert_eq!(
            units("Turnout was 1,200 voters, a swing of -4.5 and +3.25 overall."),
            ["1,200 → voters", "-4.5 → -", "+3.25 → -"]
        );
        assert_eq!(
            units("The line carries up to 400 per hour."),
            ["up to 400 → -"]
        );
        // (an aggregate counts the noun before it: "passenger numbers" are passengers)
        assert_eq!(
            units("Passenger numbers reached 28 million."),
            ["28 million → passengers"]
        );
        assert_eq!(
            units("Unemployment figures reached 1.4 million."),
            ["1.4 million → -"]
        );
        assert_eq!(
            units("Membership has grown to 1,450. In 2001 it stood at 58."),
            ["1,450 → -", "2001 → -", "58 → -"]
        );
        // The sentence before is not next to it.
        assert_eq!(
            units("The trust ran 70 centres. It was busy. There were 58 later."),
            ["70 → centres", "58 → -"]
        );
    }
}

//! A change said with the level it reached, against the level the sentence before
//! gives: "The council had 410 staff in 2020. It now employs 380, a fall of 12%." News
//! copy often states the earlier level first and the change and its result next, and
//! no phrasing in one sentence binds them. A lead may give the change first and the
//! earlier level in the sentence after: "Passenger numbers rose by 18% last year to 5.9
//! million. The airport handled 5 million passengers in 2023."
//!
//! The binding is narrow on purpose, since two sentences may speak of two things:
//! - the change and its level are one phrasing ("B, a rise of C%", "B, up C%", "rose C%
//!   to B", "a C% rise to B"), with no base of their own ("on 2019", "from", "than") and
//!   no other level in their sentence;
//! - the sentence before (else the one after) holds exactly one level that may be the
//!   same quantity (the same kind, currency, unit and measure), dated to a time ("in
//!   2020", "last year") the later level is not said to be at; or the sentence after
//!   opens by pointing back and dates its first level a year before ("… to 324 million
//!   handsets. That compares with 300 million in the same quarter last year");
//! - the levels move the way the words say: a stated rise from a higher level is read
//!   as two quantities, not as an error.
//!
//! Bound so, the relation is [`Relation::Across`], judged by `arithmetic/percent-change`
//! at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{head, Document};
use crate::extract::{Claim, Kind};
use crate::frame::relation::{Across, Change, Relation};
use crate::frame::{Figure, FigureId, Frames, Period, Role};
use crate::lexicon;
use crate::rules::arithmetic::percent_change::{
    said_on_another_basis, CHANGE_ALT, PERIOD, QUAL_ALT,
};
use crate::rules::figure::{comparable, same_unit};

/// The words between a level and the change said of it, the level first: "15,000, a
/// rise of ", "£230m, up ", "380 (down ", "2,900 in 2023, a fall of ", "14,300 parcels in
/// 2024, a rise of ".
static LEVEL_THEN_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    let (change, qual) = (CHANGE_ALT.as_str(), QUAL_ALT.as_str());
    crate::pattern::compile(&format!(
        r"^(?: [a-z]+)?{WHEN}(?:,? (?:an? {PERIOD}{change} of|up|down)(?: by)?|,? \((?:up|down)) {qual}$"
    ))
});

/// The words before a change said first, its level after: "rose ", "fell by about ";
/// and between the change and its level: " to ", ", to ", " last year to ".
static CHANGE_VERB_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let (change, qual) = (CHANGE_ALT.as_str(), QUAL_ALT.as_str());
    crate::pattern::compile(&format!(r"\b{change}(?: by)? {qual}$"))
});
static TO_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    let (change, qual) = (CHANGE_ALT.as_str(), QUAL_ALT.as_str());
    crate::pattern::compile(&format!(
        r"^(?: {PERIOD}{change})?{WHEN},? to (?:a (?:record|new high|new low) )?{qual}$"
    ))
});

/// When a level is said to stand, between it and its change: "2,900 in 2023, a fall of",
/// "1,100 now (up".
const WHEN: &str = r"(?: (?:now|today|(?:in|by|during|last|this) [a-z0-9 ]{1,36}?))?";

/// Words after a change that name a base of its own, which the level before may not be.
const OWN_BASE: &[&str] = &[
    " on ",
    " from ",
    " since ",
    " compared ",
    " against ",
    " than ",
    " versus ",
    " over ",
    " relative ",
];

/// Binds each change said with its level and no base to the one earlier level the
/// sentence before gives.
pub(crate) fn recognise(
    doc: &Document,
    frames: &Frames<'_>,
    bound: &[Relation],
    out: &mut Vec<Relation>,
) {
    let taken: std::collections::HashSet<FigureId> = bound
        .iter()
        .chain(out.iter())
        .flat_map(figures_of)
        .collect();
    let sentences = doc.sentences();
    let mut found = Vec::new();
    for f in &frames.figures {
        let c = f.claim;
        if c.kind != Kind::Percent
            || f.frame.role != Role::Change
            || taken.contains(&f.id)
            || c.text.contains("point")
            || said_on_another_basis(doc.prose(), c)
        {
            continue;
        }
        let Some((b, direction)) = level_reached(doc, frames, f) else {
            continue;
        };
        if taken.contains(&b.id) {
            continue;
        }
        let here = sentences.partition_point(|s| s.end <= c.start);
        // (the sentence before, else the one after: a lead's change and its level, then
        // the level a year before, "Passenger numbers rose by 18% last year to 5.9
        // million. The airport handled 5 million passengers in 2023.")
        let before = here
            .checked_sub(1)
            .and_then(|k| sentences.get(k))
            .and_then(|span| one_earlier_level(frames.within(span.clone()), b).map(|a| (span, a)));
        let Some((before, a)) =
            before.or_else(|| earlier_level_after(doc.prose(), frames, sentences, here, b))
        else {
            continue;
        };
        let opening = f.frame.clause.start.min(b.claim.start).min(c.start);
        let said_of = doc
            .prose()
            .get(opening..b.claim.start.min(c.start))
            .unwrap_or("");
        let earlier = doc.prose().get(before.clone()).unwrap_or("");
        // (a sentence after may point back itself: "… 14,300 parcels in 2024, a rise of
        // 30%. It gave out 12,100 parcels in 2023.")
        let points_back = || {
            let opening = doc.prose().get(before.start..a.claim.start).unwrap_or("");
            let lead = doc.prose().get(f.frame.sentence.clone()).unwrap_or("");
            before.start > c.start && speaks_of_the_same(opening, lead)
        };
        if !speaks_of_the_same(said_of, earlier) && !points_back() {
            continue;
        }
        let (Some(av), Some(bv)) = (a.claim.value, b.claim.value) else {
            continue;
        };
        // a stated rise from a higher level speaks of another quantity
        if av <= 0.0 || (bv - av).signum() as i8 != direction {
            continue;
        }
        let measure = [&a.frame.measure.counted, &b.frame.measure.counted]
            .into_iter()
            .flatten()
            .next()
            .cloned()
            .unwrap_or_else(|| "the level the sentence before gives".to_string());
        found.push(Relation::Across(Across {
            inner: Box::new(Relation::Change(Change {
                from: a.id,
                to: b.id,
                stated: f.id,
                direction,
                points: false,
            })),
            measure,
            words: None,
        }));
    }
    out.extend(found);
}

/// Whether the words that open the change's clause (`said_of`, up to its figures) may
/// speak of what the sentence before (`earlier`) gives a level of: a pronoun or a word
/// that points back ("It now employs", "This year they rose", "The number fell"),
/// nothing but words of time and change ("A 25% rise to"), or a noun that sentence uses
/// too ("Profit fell" after "a profit of"). "Its mortgage book grew" after "The bank
/// lent £2bn to small firms" is another quantity.
fn speaks_of_the_same(said_of: &str, earlier: &str) -> bool {
    let lower = said_of.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .filter(|w| !says_when(w))
        .collect();
    if words
        .iter()
        .any(|w| matches!(*w, "it" | "they" | "this" | "these" | "that"))
        || words
            .iter()
            .any(|w| lexicon::is_pointing_noun(&lexicon::lemma(w)))
    {
        return true;
    }
    let content: Vec<String> = words
        .iter()
        .filter(|w| w.len() >= 3 && !lexicon::is_stop(w))
        .filter(|w| !lexicon::CHANGE_WORDS.contains(w))
        .map(|w| class_or_lemma(w))
        .collect();
    let named: Vec<String> = earlier
        .to_ascii_lowercase()
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(class_or_lemma)
        .collect();
    content.iter().all(|w| w.len() < 4) || content.iter().any(|w| named.contains(w))
}

/// A word's measure class ("income" is profit) or else its lemma.
fn class_or_lemma(w: &str) -> String {
    let lemma = lexicon::lemma(w);
    lexicon::measure_class(&lemma).map_or_else(|| lemma.into_owned(), str::to_string)
}

/// Words that say when, not what: "Last year", "This season", "In March", "now" (the
/// lexicon's words of time, with those that point at one).
fn says_when(w: &str) -> bool {
    lexicon::is_time_word(w)
        || matches!(
            w,
            "last"
                | "this"
                | "next"
                | "quarter"
                | "season"
                | "now"
                | "today"
                | "since"
                | "then"
                | "so"
                | "far"
        )
}

/// The figures a relation already compares or states.
fn figures_of(r: &Relation) -> Vec<FigureId> {
    match r {
        Relation::Change(c) => vec![c.from, c.to, c.stated],
        Relation::AmountChange(c) => vec![c.stated],
        Relation::Multiple(m) => vec![m.from, m.to],
        Relation::Difference(d) => vec![d.from, d.to, d.stated],
        Relation::Share(s) => s.stated.into_iter().collect(),
        Relation::Ratio(r) => vec![r.stated],
        Relation::Across(a) => figures_of(&a.inner),
        _ => Vec::new(),
    }
}

/// The level a stated change `f` is said to have reached in its own phrasing, with the
/// way the words say it moved; `None` when the phrasing names a base of its own or its
/// sentence holds another level of that kind.
fn level_reached<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    f: &Figure<'a>,
) -> Option<(&'f Figure<'a>, i8)> {
    let prose = doc.prose();
    let c = f.claim;
    let in_sentence = frames.within(f.frame.sentence.clone());
    let levels: Vec<&Figure<'a>> = in_sentence.iter().filter(|g| is_level(g)).collect();
    let [b] = levels.as_slice() else {
        return None;
    };
    let lower = |r: std::ops::Range<usize>| prose.get(r).unwrap_or("").to_ascii_lowercase();
    let (said, after) = if b.claim.end <= c.start {
        let gap = lower(b.claim.end..c.start);
        if !LEVEL_THEN_CHANGE.is_match(&gap) {
            return None;
        }
        (gap, c.end)
    } else {
        let before = lower(f.frame.clause.start.min(c.start)..c.start);
        let gap = lower(c.end..b.claim.start);
        if !TO_LEVEL.is_match(&gap) {
            return None;
        }
        // (with no verb before it, the gap's own word of change gives the direction: "a
        // 25% rise to 560")
        let verb = CHANGE_VERB_BEFORE.find(&before).map_or("", |m| m.as_str());
        (format!("{verb} {gap}"), b.claim.end)
    };
    let rest = head(prose.get(after..f.frame.sentence.end).unwrap_or(""), 60).to_ascii_lowercase();
    let rest = rest.split([',', ';', '(']).next().unwrap_or("");
    if OWN_BASE.iter().any(|w| rest.contains(w)) {
        return None;
    }
    let direction = lexicon::change_direction(&said, &[], &[]);
    (direction != 0).then_some((*b, direction))
}

/// Whether a figure may be a level a percentage change is measured between: a count or
/// an amount said as a level, not a percentage, a multiple ("four times more") or a
/// share.
fn is_level(f: &Figure<'_>) -> bool {
    let c: &Claim = f.claim;
    f.frame.role == Role::Level
        && c.kind.is_quantity()
        && c.kind != Kind::Percent
        && c.value.is_some()
}

/// Of the figures of the sentence before, the one level that may be an earlier
/// statement of the quantity `b`, dated to a time `b` is not said to be at.
fn one_earlier_level<'f, 'a>(before: &'f [Figure<'a>], b: &Figure<'a>) -> Option<&'f Figure<'a>> {
    let fitting: Vec<&Figure<'a>> = before
        .iter()
        .filter(|a| is_level(a))
        // "in Wales" is not "in Scotland"
        .filter(|a| {
            a.frame.places.is_empty()
                || b.frame.places.is_empty()
                || a.frame.places.iter().any(|p| b.frame.places.contains(p))
        })
        .filter(|a| comparable(a.claim, b.claim) && same_unit(a.claim, b.claim))
        .filter(|a| crate::frame::same_measure(&a.frame, &b.frame))
        .collect();
    let [a] = fitting.as_slice() else {
        return None;
    };
    // a forecast is no earlier level of an actual one
    if a.frame.projected && !b.frame.projected {
        return None;
    }
    earlier(a.frame.period.as_ref()?, b.frame.period.as_ref()).then_some(*a)
}

/// The earlier level of `b` that the sentence after the one at `here` gives, as a lead's
/// next sentence gives it: when `b` is dated, or when that sentence points back and
/// dates its level before ("That compares with 300 million a year earlier"); and only
/// when it states no change of its own ("… to 2.7 million units. … sales jumping by
/// 21.1% during 2004 to 136,000" is another quantity's change).
fn earlier_level_after<'f, 'a, 's>(
    prose: &str,
    frames: &'f Frames<'a>,
    sentences: &'s [std::ops::Range<usize>],
    here: usize,
    b: &Figure<'a>,
) -> Option<(&'s std::ops::Range<usize>, &'f Figure<'a>)> {
    let span = sentences.get(here + 1)?;
    let after = frames.within(span.clone());
    if after.iter().any(|f| f.frame.role == Role::Change) {
        return None;
    }
    if b.frame.period.is_none() {
        return compared_a_year_before(prose, span, after, b).map(|a| (span, a));
    }
    one_earlier_level(after, b).map(|a| (span, a))
}

/// "This compares with ", "The figure compared with ", "That is up from ": a sentence
/// that opens by setting the figure before against its first figure.
static COMPARES_WITH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?:this|that|it|the (?:figure|total|number)|this (?:figure|total|number)|that (?:figure|total|number)) (?:compares|compared|is up|was up|is down|was down) (?:with|to|from) (?:about |around |some |roughly |just over |just under |nearly |almost )?$",
    )
});

/// Words after a level that date it before the one it is set against: "a year earlier",
/// "in the same quarter last year", "the year before".
static A_YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?: [a-z]+){0,2}?,? (?:a year (?:earlier|ago|before)|(?:in |during |for )?the (?:same|corresponding) (?:[a-z]+ ){0,2}?(?:last year|a year (?:earlier|ago|before)|of last year|of the previous year)|(?:in |during )?the previous year|the year before|last year)\b",
    )
});

/// The first figure of the sentence at `span`, when the sentence opens by setting `b`
/// against it and dates it a year before: a level of the same quantity.
fn compared_a_year_before<'f, 'a>(
    prose: &str,
    span: &std::ops::Range<usize>,
    after: &'f [Figure<'a>],
    b: &Figure<'a>,
) -> Option<&'f Figure<'a>> {
    let a = after.first()?;
    // (the opening is a few words, "That compares with", and the date a few more: only
    // they are read, not the whole sentence for each figure it may be compared with)
    if a.claim.start.saturating_sub(span.start) > 100 {
        return None;
    }
    let opening = prose.get(span.start..a.claim.start)?.to_ascii_lowercase();
    let rest = head(prose.get(a.claim.end..span.end)?, 160).to_ascii_lowercase();
    let fits = is_level(a)
        && comparable(a.claim, b.claim)
        && same_unit(a.claim, b.claim)
        && crate::frame::same_measure(&a.frame, &b.frame);
    (fits && COMPARES_WITH.is_match(opening.trim_start()) && A_YEAR_BEFORE.is_match(&rest))
        .then_some(a)
}

/// Whether a level dated `a` may be earlier than one dated `b` (or not dated).
fn earlier(a: &Period, b: Option<&Period>) -> bool {
    match (a, b) {
        (Period::Relative { rel, .. }, _) if matches!(*rel, "next" | "this" | "current") => false,
        // "last year" beside "in 2023" may be one year, told by when the copy was written
        (Period::Relative { .. }, Some(Period::Year { .. } | Period::Month { .. })) => false,
        (_, None) => true,
        (a, Some(b)) if a == b => false,
        (a, Some(b)) => match (a.year(), b.year()) {
            (Some(x), Some(y)) if x != y => x < y,
            _ => match (a, b) {
                (Period::Month { month: x, .. }, Period::Month { month: y, .. }) => x < y,
                (Period::Year { .. }, Period::Year { .. }) => false,
                _ => true,
            },
        },
    }
}

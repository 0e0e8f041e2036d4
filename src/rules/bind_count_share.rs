//! A count's share of a total an earlier sentence counted: "The borough had 404,200
//! residents in 2021. … Some 52,600 residents, 13% of the total, were born abroad";
//! "34,300 households now rent privately, 20% of all households"; "Overnight stays
//! accounted for 1.24 million of the visits, or 24%". The share stands in apposition to
//! its part (the count just before it, a comma between) and names its whole only by words
//! ("of the total", "of all households", "of residents", or "of the visits" between the
//! part and the share), or by a verb before the part that makes it some of a whole
//! ("Motorcyclists accounted for 310 deaths, or 19%"); the whole is the
//! one current level before it, within [`REACH`], that counts what the
//! part counts (people and residents count one population) and is larger. Two such
//! levels, or none, bind nothing. Bound across sentences, the relation is
//! [`Relation::Across`], judged at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::{Kind, Qualifier};
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

use super::bind::{current_level, lower, lower_tail, only_one, stated_shares};
use super::bind_previous_total::rate_over_time;

/// How far back (in bytes) the total may stand: a few short paragraphs of news copy.
const REACH: usize = 1_500;

/// What stands between the part and its share: the rest of the part's clause, then a
/// comma ("residents, ", "households now rent privately, about ").
static PART_THEN_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?: [a-z'-]+){1,5}, (?:about |around |roughly |some |nearly |almost |just over |just under |more than )?$",
    )
});

/// The whole a share names only by words, closing its apposition: " of the total,", " of
/// all households.", " of residents,".
static OF_A_WHOLE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^ of (?:the total|(?:all |all the |the borough's |the city's |the county's |the country's )?(?P<noun>[a-z]+))(?:[,.;)]| -|$)",
    )
});

/// What stands between a part that names its whole and the share after it: " of the
/// visits, or ", " of all households (".
static PART_OF_THE_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^ of (?:the |its |their |all the |all )?(?P<noun>[a-z]+)(?:,? or | \(|, | - )(?:about |around |roughly |some |nearly |almost |just over |just under |more than )?$",
    )
});

/// What stands between a part said to make up some of a whole and its share: " deaths,
/// or ", " of them, or about ".
static PART_THEN_OR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?: [a-z'-]+){0,2},? or (?:about |around |roughly |some |nearly |almost |just over |just under )?$",
    )
});

/// The verb that says a count is part of a whole it does not name: "accounted for 310
/// deaths, or 19%", "made up 1,200 of them".
static ACCOUNTS_FOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:accounted for|accounts for|account for|accounting for|made up|make up|makes up|making up|represented|represents|comprised)(?: about| around| some| nearly| almost| roughly)?\s*$",
    )
});

/// The share's aside closing after it: a comma, stop, bracket or dash.
static CLOSES: LazyLock<Regex> = LazyLock::new(|| crate::pattern::compile(r"^(?:[,.;)]| -|$)"));

/// Binds each share set in apposition to a count and naming its whole by words to the
/// one earlier count of that whole.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s) in stated_shares(frames) {
        let Some(part) = i
            .checked_sub(1)
            .and_then(|p| frames.figures.get(p))
            .filter(|p| {
                p.frame.sentence == s.frame.sentence
                    && p.claim.kind == Kind::Number
                    && p.frame.role == Role::Level
                    && p.claim.unit.is_some()
            })
        else {
            continue;
        };
        let between = lower(prose, part.claim.end..s.claim.start);
        let after = lower(prose, s.claim.end..s.frame.sentence.end);
        let part_noun = part.claim.unit.as_deref().unwrap_or("");
        // the whole named after the share ("52,600 residents, 13% of the total"), or
        // before it, after the part ("1.24 million of the visits, or 24%")
        let whole_noun = if let Some(cap) = PART_OF_THE_WHOLE.captures(&between) {
            if !CLOSES.is_match(&after) {
                continue;
            }
            cap.name("noun").map(|n| n.as_str().to_string())
        } else if PART_THEN_SHARE.is_match(&between) {
            let Some(cap) = OF_A_WHOLE_NAMED.captures(&after) else {
                continue;
            };
            cap.name("noun").map(|n| n.as_str().to_string())
        } else if PART_THEN_OR.is_match(&between)
            && ACCOUNTS_FOR.is_match(&lower_tail(
                prose,
                s.frame.sentence.start..part.claim.start,
                60,
            ))
        {
            // ("Motorcyclists accounted for 310 deaths, or 19%": the whole is all of what
            // the part counts)
            if !CLOSES.is_match(&after) {
                continue;
            }
            None
        } else {
            continue;
        };
        // ("52,600 residents, 13% of adults": a whole of another noun is another count)
        if whole_noun
            .as_deref()
            .is_some_and(|noun| !one_population(noun, part_noun))
        {
            continue;
        }
        let Some(whole) = one_earlier_total(prose, frames, i, part) else {
            continue;
        };
        // ("3,100 pupils, 30% of the total, walk; in the city, 800 pupils, 40% of the
        // total, do": a second part of the noun may be of another whole; "48,000 nurses
        // and 12,000 doctors. … 3,100 nurses, 30% of the total": the total may be of both)
        let counts_here = |sentence: &std::ops::Range<usize>, noun_alike: bool| {
            frames
                .within(sentence.clone())
                .iter()
                // (a bound, "over 65", is an age or a threshold, not a count of them)
                .filter(|f| {
                    f.claim.kind == Kind::Number
                        && matches!(f.claim.qualifier, Qualifier::Exact | Qualifier::Approximate)
                        && current_level(prose, f)
                })
                .filter(|f| {
                    let alike = f
                        .claim
                        .unit
                        .as_deref()
                        .is_some_and(|u| one_population(u, part_noun));
                    alike == noun_alike
                })
                .count()
        };
        // (a whole the part names, "37 of its schools", is of that noun alone)
        if counts_here(&part.frame.sentence, true) > 1
            || whole_noun.is_none() && counts_here(&whole.frame.sentence, false) > 0
        {
            continue;
        }
        out.push(super::bind::across_share(
            part.id,
            whole.id,
            s.id,
            format!("the one earlier count of {part_noun} larger than the part"),
        ));
    }
}

/// Whether two counted nouns count one thing: the same word, its singular, or two names
/// of a population ("people", "residents").
fn one_population(a: &str, b: &str) -> bool {
    lexicon::same_lemma(a, b) || lexicon::both_population(a, b)
}

/// The one current level before share `i`, within [`REACH`] and outside the part's
/// sentence, that counts what `part` counts and is larger than it.
fn one_earlier_total<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    i: usize,
    part: &Figure<'a>,
) -> Option<&'f Figure<'a>> {
    let part_noun = part.claim.unit.as_deref()?;
    one_earlier_count(prose, frames, i, part, part_noun)
}

/// The one current count of `noun` before figure `i`, within [`REACH`] and outside the
/// sentence of `than`, that is larger than `than` and narrowed to no kind or place: the
/// whole a part or a rate of one in so many ("one for every 14 pupils") is of.
pub(super) fn one_earlier_count<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    i: usize,
    than: &Figure<'_>,
    noun: &str,
) -> Option<&'f Figure<'a>> {
    let sentence = &than.frame.sentence;
    let earliest = sentence.start.saturating_sub(REACH);
    only_one(frames.figures[..i].iter().filter(|f| {
        f.frame.sentence != *sentence
            && f.claim.start >= earliest
            && f.claim.kind == Kind::Number
            && f.claim.qualifier != Qualifier::Range
            && f.claim
                .unit
                .as_deref()
                .is_some_and(|u| one_population(u, noun))
            && f.claim.value > than.claim.value
            && !narrowed(prose, f)
            && current_level(prose, f)
            && !f.frame.projected
            && !rate_over_time(prose, f)
    }))
}

/// Whether the count `f` is narrowed by the words after its noun to one kind of what it
/// counts ("1,240 complaints about noise", "300 claims for damage") or one place ("40,000
/// cars in Europe"), so is no total of them all. A time is no narrowing ("404,200 people
/// in March 2021", "in the year to June").
fn narrowed(prose: &str, f: &Figure<'_>) -> bool {
    if subject_narrowed(prose, f) {
        return true;
    }
    let after = prose.get(f.claim.end..f.frame.sentence.end).unwrap_or("");
    let words: Vec<&str> = after
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let word = |k: usize| words.get(k).copied().unwrap_or("");
    match word(1).to_ascii_lowercase().as_str() {
        "about" | "over" | "for" | "from" | "against" | "on" | "concerning" | "with" => true,
        "in" | "across" | "at" => {
            let next = word(2);
            let time = next.starts_with(|c: char| c.is_ascii_digit())
                || crate::lexicon::month_number(next).is_some()
                || next.eq_ignore_ascii_case("the")
                    && matches!(
                        word(3).to_ascii_lowercase().as_str(),
                        "year" | "month" | "quarter" | "week" | "decade" | "census" | "period"
                    );
            !time
        }
        _ => false,
    }
}

/// Whether the count `f` takes its noun from a "number of" before it that is narrowed
/// there ("the number of people aged 65 and over rose to 73,200", "the number of people
/// in work"): the count is of some of them, no total.
fn subject_narrowed(prose: &str, f: &Figure<'_>) -> bool {
    let Some(unit) = f.claim.unit.as_deref() else {
        return false;
    };
    // (the words just before it: a sentence may be long, and this runs per candidate)
    let before = lower_tail(prose, f.frame.sentence.start..f.claim.start, 200);
    let Some(at) = before.find(&format!("number of {unit} ")) else {
        return false;
    };
    let next = before
        .get(at + "number of ".len() + unit.len()..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("");
    matches!(
        next,
        "aged"
            | "under"
            | "over"
            | "with"
            | "without"
            | "who"
            | "living"
            | "born"
            | "in"
            | "on"
            | "at"
            | "from"
            | "across"
            | "outside"
    )
}

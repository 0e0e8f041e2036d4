//! "The remaining" share in the sentence after the shares it completes: "About 45% of
//! fares are regulated. Train operators set the remaining 55% themselves." The sentence
//! recogniser (`arithmetic::complement`) reads shares and their rest in one sentence;
//! here a rest with no share before it in its own sentence is read against the shares of
//! the sentences just before it in its paragraph ("half of those asked … 17% … the
//! remaining 33%"), and flagged only when it completes none of those runs. Bound across
//! sentences, the relation is [`Relation::Across`], judged at warning severity.

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Complement, Relation};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;
use crate::rules::figure::{Interval, Tolerance};

/// The most shares a sentence may list for its rest to be read against them.
const MOST_PARTS: usize = 4;

/// Binds each "the remaining C%" that opens its sentence's shares to the shares of the
/// sentences before it that it completes none of.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, rest) in frames.figures.iter().enumerate() {
        if rest.claim.kind != Kind::Percent || !follows_the_rest(prose, rest) {
            continue;
        }
        let sentence = &rest.frame.sentence;
        let earlier = &frames.figures[..i];
        // a share before it in its own sentence makes it the sentence recogniser's
        if earlier
            .iter()
            .rev()
            .take_while(|f| f.frame.sentence == *sentence)
            .any(|f| f.claim.kind == Kind::Percent)
        {
            continue;
        }
        let paragraph = doc
            .paragraphs()
            .iter()
            .find(|p| p.start <= sentence.start && sentence.start < p.end);
        let mut runs = runs_before(prose, earlier, sentence.start, paragraph);
        // "the remaining 70% of homes" completes shares of homes, not of firms
        runs.retain(|run| {
            let mut with_rest = run.clone();
            with_rest.push(rest);
            one_whole(prose, &with_rest)
        });
        // "half of those asked said … A small number, 17%, said … The remaining 33%":
        // the rest completes the shares of the sentences since the whole was named; it
        // is a slip only when it completes none of those runs, and is shown against the
        // run it comes nearest to completing
        if runs.iter().any(|run| completes(run, rest)) {
            continue;
        }
        let Some(parts) = runs
            .iter()
            .min_by(|a, b| shortfall(a, rest).total_cmp(&shortfall(b, rest)))
        else {
            continue;
        };
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Complement(Complement {
                parts: parts.iter().map(|f| f.id).collect(),
                rest: rest.id,
            })),
            measure: whole_of(prose, parts[0]).unwrap_or_else(|| "one whole".to_string()),
            words: None,
        }));
    }
}

/// The sentence recogniser's rests that complete their own sentence's shares or none:
/// "The Liberal Federation is on 18%, while smaller parties share the remaining 24%"
/// completes, with 18%, the 31% and 27% the sentences before it gave the other parties.
/// Such a rest is read with the shares stated now (no change, no level it came from:
/// "up from 24%") in the sentences just before its own; it holds when any run of them
/// completes it, and is shown against the run it comes nearest to completing when none
/// does (across sentences, a warning).
pub(crate) fn widen(doc: &Document, frames: &Frames<'_>, relations: &mut Vec<Relation>) {
    let prose = doc.prose();
    let mut widened = Vec::new();
    relations.retain(|rel| {
        let Relation::Complement(c) = rel else {
            return true;
        };
        let (Some(rest), Some(parts)) = (
            frames.get(c.rest),
            c.parts
                .iter()
                .map(|id| frames.get(*id))
                .collect::<Option<Vec<_>>>(),
        ) else {
            return true;
        };
        let Some(first) = parts.first() else {
            return true;
        };
        if completes(&parts, rest) {
            return true;
        }
        let at = frames
            .figures
            .partition_point(|f| f.claim.start < first.frame.sentence.start);
        let mut runs = vec![parts.clone()];
        runs.extend(
            shares_now_before(prose, &frames.figures[..at], first.frame.sentence.start)
                .into_iter()
                .map(|mut run| {
                    run.extend(parts.iter().copied());
                    run
                })
                .filter(|run| {
                    run.len() <= MOST_LISTED && one_whole(prose, &[&run[..], &[rest]].concat())
                }),
        );
        if runs.len() == 1 {
            return true;
        }
        if runs.iter().any(|run| completes(run, rest)) {
            return false;
        }
        let Some(nearest) = runs
            .iter()
            .min_by(|a, b| shortfall(a, rest).total_cmp(&shortfall(b, rest)))
        else {
            return true;
        };
        if nearest.len() == parts.len() {
            return true;
        }
        widened.push(Relation::Across(Across {
            inner: Box::new(Relation::Complement(Complement {
                parts: nearest.iter().map(|f| f.id).collect(),
                rest: rest.id,
            })),
            measure: whole_of(prose, rest).unwrap_or_else(|| "one whole".to_string()),
            words: None,
        }));
        false
    });
    relations.extend(widened);
}

/// The most shares, with the rest's own sentence's, that [`widen`] adds up.
const MOST_LISTED: usize = 6;

/// The shares each sentence just before `at` states now, a sentence at a time back from
/// `at` while each gives one or more (at most [`MOST_SENTENCES`]): the last sentence's,
/// then with the one before it added, and so on. A level a change came from ("up from
/// 24%"), a change, a difference in points and a share of a share are left out.
fn shares_now_before<'f, 'a>(
    prose: &str,
    earlier: &'f [Figure<'a>],
    at: usize,
) -> Vec<Vec<&'f Figure<'a>>> {
    let mut runs: Vec<Vec<&Figure<'_>>> = Vec::new();
    let mut k = earlier.len();
    for _ in 0..MOST_SENTENCES {
        let Some(last) = k.checked_sub(1).and_then(|j| earlier.get(j)) else {
            break;
        };
        let sentence = last.frame.sentence.clone();
        if sentence.end > at {
            break;
        }
        let first = earlier[..k].partition_point(|f| f.claim.start < sentence.start);
        let shares: Vec<&Figure<'_>> = earlier[first..k]
            .iter()
            .filter(|f| stated_now(prose, f))
            .collect();
        if shares.is_empty() {
            break;
        }
        let mut run = runs.last().cloned().unwrap_or_default();
        run.splice(0..0, shares);
        runs.push(run);
        k = first;
    }
    runs
}

/// The shares stated in the sentences just before `at` in its paragraph: the last
/// sentence's, then with the one before it added, and so on while each sentence runs
/// straight on from the next and holds shares only (at most [`MOST_SENTENCES`]).
fn runs_before<'f, 'a>(
    prose: &str,
    earlier: &'f [Figure<'a>],
    at: usize,
    paragraph: Option<&std::ops::Range<usize>>,
) -> Vec<Vec<&'f Figure<'a>>> {
    let mut runs: Vec<Vec<&Figure<'_>>> = Vec::new();
    let mut next_start = at;
    let mut k = earlier.len();
    for _ in 0..MOST_SENTENCES {
        let Some(last) = k.checked_sub(1).and_then(|j| earlier.get(j)) else {
            break;
        };
        let sentence = last.frame.sentence.clone();
        let runs_on = prose
            .get(sentence.end..next_start)
            .is_some_and(|gap| gap.trim().is_empty());
        if !runs_on || paragraph.is_none_or(|p| sentence.start < p.start) {
            break;
        }
        let first = earlier[..k].partition_point(|f| f.claim.start < sentence.start);
        let shares: Vec<&Figure<'_>> = earlier[first..k]
            .iter()
            .filter(|f| f.claim.kind == Kind::Percent)
            .collect();
        if shares.is_empty() || !all_shares(prose, &shares) {
            break;
        }
        let mut run = runs.last().cloned().unwrap_or_default();
        run.splice(0..0, shares);
        if run.len() > MOST_PARTS || !one_whole(prose, &run) {
            break;
        }
        runs.push(run);
        next_start = sentence.start;
        k = first;
    }
    runs
}

/// How many sentences back the shares a rest completes are looked for.
const MOST_SENTENCES: usize = 3;

/// Whether `parts` and `rest` come to 100%, each read with its rounding.
fn completes(parts: &[&Figure<'_>], rest: &Figure<'_>) -> bool {
    let mut sum = Interval::exact(0.0);
    for f in parts {
        match Interval::of(f.claim, Tolerance::Arithmetic) {
            Some(i) => sum = sum.plus(i),
            None => return true,
        }
    }
    Interval::of(rest.claim, Tolerance::Arithmetic)
        .is_none_or(|r| Interval::exact(100.0).minus(sum).overlaps(&r))
}

/// Whether the shares that name what they are of name one thing ("45% of fares", "55%
/// of Changyu" and "10% of the market" are shares of different wholes).
fn one_whole(prose: &str, parts: &[&Figure<'_>]) -> bool {
    let mut named = parts.iter().filter_map(|f| whole_of(prose, f));
    let Some(first) = named.next() else {
        return true;
    };
    named.all(|w| w.eq_ignore_ascii_case(&first))
}

/// How far `rest` is from what `parts` leave of 100%, by their stated values.
fn shortfall(parts: &[&Figure<'_>], rest: &Figure<'_>) -> f64 {
    let sum: f64 = parts.iter().filter_map(|f| f.claim.value).sum();
    (100.0 - sum - rest.claim.value.unwrap_or(0.0)).abs()
}

/// Whether "the remaining", "the other", "the rest of the" or "the last" stands just
/// before the figure.
fn follows_the_rest(prose: &str, f: &Figure<'_>) -> bool {
    // (the few words before it, lower-cased: this runs for every percentage)
    let before = crate::document::tail(
        prose
            .get(f.frame.sentence.start..f.claim.start)
            .unwrap_or(""),
        24,
    )
    .to_ascii_lowercase();
    [
        "the remaining ",
        "the other ",
        "the rest of the ",
        "the last ",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// Whether `f` is a share as a sentence states it now: "on 31%, down four points" and
/// "on 27%, up from 24%" state 31% and 27% (the frame reads both as changes, for the
/// change words near them), not the 24% they came from, nor a change said as one ("up
/// 4%", "a 4% rise"), points, or a share of a share.
fn stated_now(prose: &str, f: &Figure<'_>) -> bool {
    // (the word right after it, no comma between: "a 4% rise", not "27%, up from")
    let next = prose
        .get(f.claim.end..f.frame.sentence.end)
        .unwrap_or("")
        .strip_prefix(' ')
        .and_then(|after| after.split(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or("")
        .to_ascii_lowercase();
    f.claim.kind == Kind::Percent
        && !f.claim.text.to_ascii_lowercase().contains("point")
        && !super::bind_change_then_levels::said_as_a_change(prose, f)
        && !lexicon::CHANGE_UP.contains(&next.as_str())
        && !lexicon::CHANGE_DOWN.contains(&next.as_str())
        && !super::bind_total_share::earlier_level(prose, f)
        && !super::bind_previous_total::compared(prose, f)
        && !of_a_share(prose, f)
}

/// Whether each figure is a share as it stands: no change ("up 4.5%"), no points, and no
/// share of a share ("40% of the 62.5%", "10% of its stake"). A share said with "could"
/// or "would" is still one of the whole ("half said they could do without it").
fn all_shares(prose: &str, parts: &[&Figure<'_>]) -> bool {
    parts.iter().all(|f| {
        let text = f.claim.text.to_ascii_lowercase();
        f.frame.role != Role::Change && !text.contains("point") && !of_a_share(prose, f)
    })
}

/// Whether `f` is a share of a share ("40% of the 62.5%", "10% of its stake").
fn of_a_share(prose: &str, f: &Figure<'_>) -> bool {
    let after = prose.get(f.claim.end..f.frame.sentence.end).unwrap_or("");
    after.trim_start().strip_prefix("of ").is_some_and(|rest| {
        let rest = ["the ", "its ", "their ", "his ", "her "]
            .iter()
            .fold(rest, |r, det| r.strip_prefix(det).unwrap_or(r));
        rest.starts_with(|c: char| c.is_ascii_digit())
            || ["stake", "holding", "share", "portion", "remain"]
                .iter()
                .any(|w| rest.starts_with(w))
    })
}

/// The word a share is "of" ("45% of fares" → "fares"), to name what bound the two.
fn whole_of(prose: &str, f: &Figure<'_>) -> Option<String> {
    let after = prose.get(f.claim.end..f.frame.sentence.end)?;
    let rest = after.trim_start().strip_prefix("of ")?;
    let rest = rest.trim_start_matches("the ").trim_start_matches("all ");
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    (!word.is_empty()).then_some(word)
}

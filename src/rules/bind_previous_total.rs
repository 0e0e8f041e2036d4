//! A share of "them" or "of the total" that points back to the one like level of the
//! sentence just before it: "Some 84,000 people are waiting for surgery. Of those
//! waiting, 12,600 have waited more than a year, or 15% of the total"; "Property crime
//! fell 4 percent to 12,480 incidents. Car thefts accounted for 2,496 of them, or 20
//! percent". The share must point back ("Of those", "Of these", "2,496 of them"): a
//! share "of the total" that does not may be of another total ("spent £4.2m on roads.
//! … spent £840,000 on parks, about 2% of the total" is of the budget). The sentence
//! before holds no other level of the part's kind (an earlier level, "up from 36,800",
//! and a difference, "2,300 more than last year", aside), so there is no choosing
//! between wholes. Bound across sentences, the relation is [`Relation::Across`], judged
//! at warning severity.

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames, Role};

/// Openings of a sentence that point back to the whole just given.
const POINTING_BACK: &[&str] = &[
    "of those",
    "of these",
    "of them",
    "of which",
    "of whom",
    "among them",
    "among those",
    "among these",
];

/// Binds each share that points back ("of them", "Of those …, of the total") to the one
/// like level of the sentence before.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s) in super::bind::stated_shares(frames) {
        let Some(part) = frames.figures[..i].last().filter(|f| {
            f.frame.sentence == s.frame.sentence
                && matches!(f.claim.kind, Kind::Money | Kind::Number)
                && f.frame.role == Role::Level
        }) else {
            continue;
        };
        // "Car thefts accounted for 2,496 of them, or 20 percent": the part names its
        // whole "them"; and no figure of its own sentence may be the whole ("hopes to
        // raise £5m, and schools have raised £840,000, 17% of the total")
        let whole_here = frames.figures[..i].iter().any(|f| {
            f.frame.sentence == s.frame.sentence
                && f.claim.start < part.claim.start
                && f.claim.kind == part.claim.kind
        });
        let here = prose
            .get(s.frame.sentence.start..part.claim.start)
            .unwrap_or("");
        let opening = here.trim_start().to_ascii_lowercase();
        let opens_pointing_back = POINTING_BACK.iter().any(|p| opening.starts_with(p));
        let of_them = part_of_them(prose, part, s);
        let of_the_total = super::bind_total_share::of_the_total(prose, s);
        // ("Of those, 31,330 were short-haul flights, or 65%": a sentence that opens by
        // pointing back restates its part as a share of what it points to)
        let restated = opens_pointing_back && restates_part(prose, part, s);
        if !(of_the_total || of_them || restated) || whole_here || already_bound(out, s) {
            continue;
        }
        let points_back = of_them || opens_pointing_back;
        // ("Of those on the list, 4,100 are families": a part pointed back to may count
        // a kind of what the whole counts)
        let Some(whole) = whole_just_before(prose, frames, i, part, points_back) else {
            continue;
        };
        // ("34 of those goals": the whole must count goals)
        if let Some(noun) = noun_pointed_back_to(prose, part, s) {
            if !crate::rules::figure::counts(whole.claim, &noun) {
                continue;
            }
        }
        // (a share that does not point back may be of another total: "spent £4.2m on
        // roads. … spent £840,000 on parks, about 2% of the total" is of the budget)
        if !points_back {
            continue;
        }
        out.push(super::bind::across_share(
            part.id,
            whole.id,
            s.id,
            "the total the share points back to".to_string(),
        ));
    }
}

/// The whole of `part` (the figure before share `i`): in the sentence right before the
/// share's ([`super::bind::figures_of_sentence_just_before`]), the one level of the part's kind and unit (of any unit when `any_unit`) that
/// is no earlier level of a change ("up from 36,800") nor a difference ("2,300 more than
/// last year"), larger than the part.
fn whole_just_before<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    i: usize,
    part: &'f Figure<'a>,
    any_unit: bool,
) -> Option<&'f Figure<'a>> {
    let before = super::bind::figures_of_sentence_just_before(prose, frames, i)?;
    let mut levels = before.into_iter().filter(|f| {
        f.claim.kind == part.claim.kind
            && super::bind::current_level(prose, f)
            && !rate_over_time(prose, f)
            && crate::rules::figure::comparable(f.claim, part.claim)
            && (any_unit || crate::rules::figure::same_unit(f.claim, part.claim))
    });
    let whole = levels.next()?;
    (levels.next().is_none() && whole.claim.value > part.claim.value).then_some(whole)
}

/// Whether `part` is followed by "of them" (those, these; "of those goals", naming the
/// noun it counts) and then, with nothing but "or", a qualifier or a mark between, by its
/// share `s`: "2,496 of them, or 20 percent".
fn part_of_them(prose: &str, part: &Figure<'_>, s: &Figure<'_>) -> bool {
    let between = prose
        .get(part.claim.end..s.claim.start)
        .unwrap_or("")
        .to_ascii_lowercase();
    let Some(rest) = ["of them", "of those", "of these"]
        .iter()
        .find_map(|w| between.trim_start().strip_prefix(w))
    else {
        return false;
    };
    // ("34 of those goals, almost a third": the noun the whole counts, named again)
    let rest = noun_after_of_them(rest)
        .and_then(|noun| rest.trim_start().get(noun.len()..))
        .unwrap_or(rest);
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| w == "or" || super::bind::ROUGHLY.contains(&w))
}

/// The plural noun right after "of those" ("goals" of "of those goals, almost a
/// third"), which the whole pointed back to must count.
fn noun_after_of_them(rest: &str) -> Option<&str> {
    let noun = rest.trim_start();
    let word = noun.split(|c: char| !c.is_ascii_alphabetic()).next()?;
    (word.len() > 3 && word.ends_with('s')).then_some(word)
}

/// The noun a part names after "of those" or "of these", if any.
fn noun_pointed_back_to(prose: &str, part: &Figure<'_>, s: &Figure<'_>) -> Option<String> {
    let between = prose
        .get(part.claim.end..s.claim.start)?
        .to_ascii_lowercase();
    let rest = ["of those", "of these"]
        .iter()
        .find_map(|w| between.trim_start().strip_prefix(w))?;
    noun_after_of_them(rest).map(str::to_string)
}

/// Whether share `s` restates `part` beside it, closing its clause: "31,330 were
/// short-haul flights, or 65%." ("or 65% of all flights in Europe" is of something else).
fn restates_part(prose: &str, part: &Figure<'_>, s: &Figure<'_>) -> bool {
    let between = prose.get(part.claim.end..s.claim.start).unwrap_or("");
    let after = prose.get(s.claim.end..s.frame.sentence.end).unwrap_or("");
    between.trim_end().ends_with(", or") && super::bind::closes_clause(after)
}

/// Whether a figure is a difference from another ("2,300 more than last year"), not a
/// level.
pub(super) fn compared(prose: &str, f: &Figure<'_>) -> bool {
    let next = prose
        .get(f.claim.end..f.frame.sentence.end)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("");
    matches!(next, "more" | "fewer" | "less" | "higher" | "lower")
}

/// Whether a figure is a rate over time ("an average of about 132 a day"), no whole.
pub(super) fn rate_over_time(prose: &str, f: &Figure<'_>) -> bool {
    let after = prose
        .get(f.claim.end..f.frame.sentence.end)
        .unwrap_or("")
        .to_ascii_lowercase();
    crate::rules::arithmetic::period_rate::per_period_follows(&after)
}

/// Whether another binder has already read share `s` against a whole.
fn already_bound(out: &[Relation], s: &Figure<'_>) -> bool {
    out.iter().any(|r| match r {
        Relation::Across(a) => {
            matches!(a.inner.as_ref(), Relation::Share(sh) if sh.stated == Some(s.id))
        }
        _ => false,
    })
}

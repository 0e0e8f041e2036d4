//! `consistency/conflicting-values`: the same quantity (counted noun, its modifiers, the
//! period, the place, actual or projected) given two values in one document.
//!
//! Built to stay quiet when unsure: a figure without a counted noun or without a period
//! is never compared, generic nouns ("people") are compared only with the same verb, and
//! a repeat of an earlier value (a pasted paragraph) is not a conflict.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::{Claim, Qualifier};
use crate::finding::{Finding, Related};
use crate::rules::arithmetic::figure::{self, amount_range, reading, said, Bounds};
use crate::rules::arithmetic::pattern::never;

static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    let month =
        "january|february|march|april|may|june|july|august|september|october|november|december";
    Regex::new(&crate::rules::arithmetic::pattern::ascii_boundaries(&format!(
        concat!(
            r"\b(?P<rel>last|this|next|previous|past|current) (?:fiscal |financial |calendar |tax |academic )?(?P<u>year|month|week|quarter|decade)\b",
            r"|\b(?P<p>in|during|for|by|since|through|throughout|of|over) (?:the )?(?:fiscal year |financial year |fiscal |fy ?|the year )?(?P<y>(?:19|20)\d\d)\b",
            r"|\b(?:fiscal|financial) year (?P<y2>(?:19|20)\d\d)\b",
            r"|\b(?P<mp>in|during|by|since|through|until|of) (?:early |late |mid-?)?(?P<m>{month})\b(?: (?P<my>(?:19|20)\d\d))?",
        ),
        month = month
    )))
    .unwrap_or_else(|_| never())
});

static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:in|across|within|throughout|to) (?:the )?(?P<pl>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)",
    )
    .unwrap_or_else(|_| never())
});

const NOT_PLACES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "The",
    "A",
    "An",
    "This",
    "That",
    "It",
    "Its",
];

/// Words that make a figure a projection, target or hypothesis rather than a count.
const MODAL: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "projected",
    "projects",
    "project",
    "forecast",
    "forecasts",
    "target",
    "targets",
    "goal",
    "goals",
    "plan",
    "plans",
    "planned",
    "aim",
    "aims",
    "would",
    "could",
    "will",
    "may",
    "might",
    "hope",
    "hopes",
    "want",
    "wants",
    "if",
    "need",
    "needs",
    "estimate",
    "estimates",
];

/// Counted nouns too general to name a quantity by themselves: "300 people" arrested
/// and "300 people" released are different counts.
/// Words an extractor may take for the counted noun that are not nouns at all.
const NOT_NOUNS: &[&str] = &[
    "new",
    "more",
    "additional",
    "extra",
    "other",
    "further",
    "different",
    "final",
    "former",
    "current",
    "total",
    "fewer",
    "less",
    "such",
    "previous",
    "next",
    "last",
];

const GENERIC: &[&str] = &[
    "people",
    "person",
    "individual",
    "resident",
    "adult",
    "child",
    "children",
    "men",
    "women",
    "man",
    "woman",
    "case",
    "time",
    "year",
    "day",
    "month",
    "week",
    "hour",
    "percent",
    "cent",
    "point",
    "member",
    "thing",
    "one",
    "others",
];

/// An earlier statement of a quantity.
struct Seen<'a> {
    claim: &'a Claim,
    bounds: Bounds,
    /// Start of its sentence.
    sentence: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    kind: &'static str,
    currency: Option<String>,
    unit: String,
    modifiers: String,
    period: String,
    places: Vec<String>,
    modal: bool,
}

/// Adds a finding for each figure that gives an earlier quantity a different value.
pub(super) fn check(doc: &Document, claims: &[Claim], out: &mut Vec<Finding>) {
    let mut groups: HashMap<Key, Vec<Seen<'_>>> = HashMap::new();
    let figs: Vec<&Claim> = claims.iter().filter(|c| figure::is_checkable(c)).collect();
    // only a counted noun that comes up twice can name a quantity given twice
    let mut units: HashMap<String, usize> = HashMap::new();
    for c in &figs {
        if let Some(u) = &c.unit {
            *units.entry(normal_unit(u)).or_default() += 1;
        }
    }
    let mut info: Option<SentenceInfo> = None;
    for (i, c) in figs.iter().copied().enumerate() {
        let Some(u) = &c.unit else { continue };
        if units.get(&normal_unit(u)).is_none_or(|n| *n < 2) {
            continue;
        }
        let span = doc.sentence_span(c.start);
        if info.as_ref().is_none_or(|s| s.start != span.start) {
            info = Some(SentenceInfo::new(doc, span));
        }
        let Some(info) = info.as_ref() else { continue };
        if info.periods.is_empty() {
            continue; // no period, no quantity to compare
        }
        let prev_end = i
            .checked_sub(1)
            .and_then(|j| figs.get(j))
            .map_or(0, |p| p.end);
        let next_start = figs.get(i + 1).map_or(usize::MAX, |n| n.start);
        let (Some(key), Some(b)) = (key(doc, c, prev_end..next_start, info), loose(c)) else {
            continue;
        };
        let sentence = info.start;
        let period = key.period.clone();
        let seen = groups.entry(key).or_default();
        if seen.iter().any(|s| s.bounds.overlaps(&b)) {
            seen.push(Seen {
                claim: c,
                bounds: b,
                sentence,
            });
            continue;
        }
        // two values in one sentence are a contrast the writer made ("up from 80,000
        // to 84 million", "compared with 474,000 in 1973"), never a slip
        if let Some(first) = seen.iter().find(|s| s.sentence != sentence) {
            out.push(finding(doc, (first.claim, first.bounds), (c, b), &period));
        }
        seen.push(Seen {
            claim: c,
            bounds: b,
            sentence,
        });
    }
}

/// Bounds for comparing two statements of a quantity: approximate figures get ±10%, as
/// record matching gives them.
fn loose(c: &Claim) -> Option<Bounds> {
    let b = Bounds::of(c)?;
    if c.qualifier == Qualifier::Approximate {
        let extra = c.value.unwrap_or(0.0).abs() * 0.05;
        return Some(Bounds {
            lo: b.lo - extra,
            hi: b.hi + extra,
        });
    }
    Some(b)
}

fn normal_unit(u: &str) -> String {
    let u = u.trim().to_lowercase();
    u.strip_suffix('s').map_or(u.clone(), str::to_string)
}

/// `between`: from the previous figure's end to the next one's start; the period is
/// looked for in the part of the clause between them first.
/// What the sentence holding a figure says about every figure in it, computed once.
struct SentenceInfo {
    start: usize,
    /// Periods named in the sentence: byte range in the document and normal form.
    periods: Vec<(usize, usize, String)>,
    places: Vec<String>,
}

impl SentenceInfo {
    fn new(doc: &Document, span: std::ops::Range<usize>) -> Self {
        let text = doc.prose().get(span.clone()).unwrap_or("");
        // ASCII lower-casing keeps every byte offset
        let lower = text.to_ascii_lowercase();
        let periods = PERIOD
            .captures_iter(&lower)
            .filter_map(|cap| {
                let m = cap.get(0)?;
                Some((
                    span.start + m.start(),
                    span.start + m.end(),
                    normal_period(&cap)?,
                ))
            })
            .collect();
        SentenceInfo {
            start: span.start,
            periods,
            places: places(text),
        }
    }

    /// The period nearest after `at` within `window`, else the nearest before it.
    fn period_near(&self, window: &std::ops::Range<usize>, at: usize) -> Option<String> {
        self.periods
            .iter()
            .filter(|(s, e, _)| *s >= window.start && *e <= window.end)
            .map(|(s, e, p)| {
                // anything before the figure ranks behind everything after it
                let dist = if *s >= at {
                    s - at
                } else {
                    usize::MAX / 2 + (at - (*e).min(at))
                };
                (dist, p)
            })
            .min_by_key(|(d, _)| *d)
            .map(|(_, p)| p.clone())
    }

    /// The one period the sentence names, if it names exactly one.
    fn only_period(&self) -> Option<String> {
        let first = &self.periods.first()?.2;
        self.periods
            .iter()
            .all(|(_, _, p)| p == first)
            .then(|| first.clone())
    }
}

fn key(
    doc: &Document,
    c: &Claim,
    between: std::ops::Range<usize>,
    info: &SentenceInfo,
) -> Option<Key> {
    let unit = normal_unit(c.unit.as_deref()?);
    if unit.is_empty() || NOT_NOUNS.contains(&unit.as_str()) {
        return None;
    }
    // the next few words, cut at a character boundary
    let mut end = (c.end + 80).min(doc.prose().len());
    while !doc.prose().is_char_boundary(end) {
        end -= 1;
    }
    let after = doc.prose().get(c.end..end)?;
    let after = after.to_lowercase();
    let words: Vec<&str> = after
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    let unit_pos = words
        .iter()
        .position(|w| normal_unit(w) == unit || *w == unit)?;
    let mut modifiers: Vec<&str> = words[..unit_pos].to_vec();
    // "visitors from abroad", "children under five", "removals of families": a subset
    if matches!(
        words.get(unit_pos + 1),
        Some(
            &("of"
                | "for"
                | "from"
                | "aged"
                | "under"
                | "over"
                | "who"
                | "with"
                | "without"
                | "born"
                | "living")
        )
    ) {
        if let Some(w) = words.get(unit_pos + 2) {
            modifiers.push(w);
        }
    }
    let clause_span = doc.clause_span(c.start);
    let clause = doc.prose().get(clause_span.clone()).unwrap_or("");
    let window = clause_span.start.max(between.start)..clause_span.end.min(between.end);
    let period = info
        .period_near(&window, c.start)
        .or_else(|| info.only_period())?;
    let clause_lower = clause.to_lowercase();
    let modal = clause_lower
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .any(|w| MODAL.contains(&w));
    if GENERIC.contains(&unit.as_str()) || GENERIC.contains(&c.unit.as_deref().unwrap_or("")) {
        // a generic noun names a quantity only with what was done to it: take the
        // clause's other words as part of the key
        let mut rest: Vec<String> = clause_lower
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .filter(|w| w.len() > 3 && !GENERIC.contains(w) && *w != unit)
            .map(str::to_string)
            .collect();
        rest.sort();
        rest.dedup();
        modifiers.push("|");
        let joined = rest.join(" ");
        return Some(Key {
            kind: c.kind.as_str(),
            currency: c.currency.clone(),
            unit,
            modifiers: format!("{} {joined}", modifiers.join(" ")),
            period,
            places: info.places.clone(),
            modal,
        });
    }
    Some(Key {
        kind: c.kind.as_str(),
        currency: c.currency.clone(),
        unit,
        modifiers: modifiers.join(" "),
        period,
        places: info.places.clone(),
        modal,
    })
}

fn normal_period(cap: &regex::Captures<'_>) -> Option<String> {
    if let (Some(rel), Some(u)) = (cap.name("rel"), cap.name("u")) {
        let rel = match rel.as_str() {
            "previous" | "past" => "last",
            "current" => "this",
            r => r,
        };
        return Some(format!("{rel} {}", u.as_str()));
    }
    if let Some(y) = cap.name("y") {
        let p = match cap.name("p").map(|p| p.as_str()) {
            Some("by" | "since" | "through") => "by",
            _ => "in",
        };
        return Some(format!("{p} {}", y.as_str()));
    }
    if let Some(y) = cap.name("y2") {
        return Some(format!("in {}", y.as_str()));
    }
    if let Some(m) = cap.name("m") {
        let p = match cap.name("mp").map(|p| p.as_str()) {
            Some("by" | "since" | "through" | "until") => "by",
            _ => "in",
        };
        let y = cap.name("my").map_or("", |y| y.as_str());
        return Some(format!("{p} {} {y}", m.as_str()).trim_end().to_string());
    }
    None
}

fn places(sentence: &str) -> Vec<String> {
    let mut out: Vec<String> = PLACE
        .captures_iter(sentence)
        .filter_map(|c| c.name("pl").map(|m| m.as_str().to_string()))
        .filter(|p| {
            let first = p.split(' ').next().unwrap_or("");
            !NOT_PLACES.contains(&first)
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// `period` is the normal form the two figures share ("last year", "in 2023").
fn finding(
    doc: &Document,
    (first, fb): (&Claim, Bounds),
    (later, lb): (&Claim, Bounds),
    period: &str,
) -> Finding {
    let unit = later.unit.clone().unwrap_or_default();
    let (line, _) = doc.line_col(first.start);
    // month names were lower-cased to compare; give them their capital back
    let period: Vec<String> = period
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(c)
                    if NOT_PLACES
                        .iter()
                        .take(12)
                        .any(|m| m.eq_ignore_ascii_case(w)) =>
                {
                    c.to_uppercase().chain(cs).collect()
                }
                _ => w.to_string(),
            }
        })
        .collect();
    let period = period.join(" ");
    Finding::new(
        super::CONFLICTING_VALUES.id,
        doc,
        later.start..later.end,
        format!(
            "{} {unit} here, but {} {unit} on line {line}, both {period}; {} and {} do not overlap",
            said(later),
            said(first),
            amount_range(later, lb),
            amount_range(first, fb)
        ),
    )
    .expected(said(first))
    .actual(said(later))
    .related(Related::new(
        doc,
        first.start..first.end,
        format!("first given as {}", said(first)),
    ))
    .note(format!(
        "compared {} with {}",
        reading(later),
        reading(first)
    ))
    .note("tolerance: each figure read as every value that rounds to it; approximate figures ±10%")
    .diff_line('-', format!("copy: {} {unit}", said(later)))
    .diff_line('+', format!("earlier: {} {unit}", said(first)))
    .key(format!("{}|{}", said(first), said(later)))
}

#[cfg(test)]
mod tests {
    use crate::extract::{Kind, Qualifier};
    use crate::rules::arithmetic::figure::testing::doc_with;

    const EX: Qualifier = Qualifier::Exact;

    #[test]
    fn same_quantity_two_values_is_flagged_once() {
        let text = "The agency carried out 271,000 removals last year.\nIt did 50 raids.\nLast fiscal year's total came to 217,000 removals.\nLast fiscal year's total came to 217,000 removals.\n";
        let (d, c) = doc_with(
            text,
            &[
                (
                    "271,000",
                    Kind::Number,
                    271000.0,
                    EX,
                    500.0,
                    Some("removals"),
                ),
                ("50", Kind::Number, 50.0, EX, 0.5, Some("raids")),
                (
                    "217,000",
                    Kind::Number,
                    217000.0,
                    EX,
                    500.0,
                    Some("removals"),
                ),
                (
                    "217,000",
                    Kind::Number,
                    217000.0,
                    EX,
                    500.0,
                    Some("removals"),
                ),
            ],
        );
        let got: Vec<(usize, String)> = super::super::check(&d, &c)
            .into_iter()
            .map(|f| (d.line_col(f.span.start).0, f.message))
            .collect();
        assert_eq!(
            got,
            vec![(3, "217,000 removals here, but 271,000 removals on line 1, both last year; 216,500 to 217,500 and 270,500 to 271,500 do not overlap".to_string())]
        );
    }

    #[test]
    fn different_periods_are_not_conflicts() {
        let text =
            "There were 271,000 removals last year.\nThere were 212,000 removals this year.\n";
        let (d, c) = doc_with(
            text,
            &[
                (
                    "271,000",
                    Kind::Number,
                    271000.0,
                    EX,
                    500.0,
                    Some("removals"),
                ),
                (
                    "212,000",
                    Kind::Number,
                    212000.0,
                    EX,
                    500.0,
                    Some("removals"),
                ),
            ],
        );
        assert!(super::super::check(&d, &c).is_empty());
    }
}

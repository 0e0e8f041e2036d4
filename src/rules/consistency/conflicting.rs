//! `consistency/conflicting-values`: the same quantity (counted noun, its modifiers, the
//! period, the place, actual or projected) given two values in one document.
//!
//! Built to stay quiet when unsure: a figure without a counted noun or without a period
//! is never compared, generic nouns ("people") are compared only with the same verb, and
//! a repeat of an earlier value (a pasted paragraph) is not a conflict. What a figure
//! measures, and when and where, comes from its frame; this file only decides which
//! frames name one quantity.

use std::collections::HashMap;

use crate::document::Document;
use crate::extract::Claim;
use crate::frame::relation::{Relation, SameQuantity};
use crate::frame::{Figure, Frames};
use crate::lexicon;
use crate::rules::figure::{amount_range, said, Interval, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// `consistency/conflicting-values`: The same quantity is given two different values in one document.
pub const CONFLICTING_VALUES: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::ConflictingValues,
    default_severity: crate::finding::Severity::Error,
    summary: "The same quantity is given two different values in one document.",
    doc: r#"Finds the same quantity stated twice with values that cannot both be true: the same counted
noun (with the same modifiers: "criminal removals" is not "removals"), the same period
("last year" and "last fiscal year" are one; "this year" and 2023 are not), the same
place, and both actual or both projected. The finding is at the later figure, with
`related` pointing at the first.

Left alone: repeats of the same value (a pasted paragraph), figures for different periods
or places, figures of two different named subjects ("Fairford council built …" and
"Ashford council built …"; a figure whose subject is unnamed, "the council", can be
either's), figures with no counted noun or no stated period, two values in one sentence (a
contrast the writer made), and rates ("a year"). What an amount in a unit or currency
measures is the thing in its clause, never the unit: "85 mln dlrs" of profit and "240 mln
dlrs" of sales are two quantities.

**The headline against the story.** A figure in the headline ("Yukos owner sues Russia
for $28bn") is the same quantity as the first figure of its kind in the next paragraphs
whose sentence shares two of the headline's words, in one currency, of one counted noun
or in one unit of measure ("grows to 48,000 acres"), or a percentage said as a level
reached in both ("Inflation falls to 3.2%" over "fell to 3.2% …, down from 3.8%", sharing
one word), and within a factor of 1.5 ("sued the Russian government for $38.3bn"). A headline's
rounding and cutting are allowed ("$16bn" over $16.6bn); a finding is a warning.

When the two values are written with the same digits in another order, the finding says
so: transposed digits are the commonest slip.

**A sentence given twice.** Two sentences of one article that are word for word the
same but for a figure ("a turnout of 61.2 per cent …" and, in a pasted copy, "a turnout
of 61.7 per cent …") state one quantity twice, whatever its noun or period: a value that
cannot be the other is an error. Sentences of fewer than eight words besides their
figures are left alone, as they repeat by chance.

**Projected amounts.** Amounts of money carry no counted noun, so two of them are one
quantity only when both are projections in one currency for one named year and the words
just before each share a stem ("would contribute almost £6bn … by 2030", "its
contribution would rise from less than £5bn in 2030"): a warning, since "by 2030" may
mean a total over several years. "Nearly X" is read as within a tenth below X here.

**Why.** A reader who meets two values for one thing trusts neither.

**Tolerance.** Each figure is read as every value that rounds to it; approximate figures
±10%; "more than 117,000" and "120,000" agree.

**Example.**

    The agency carried out 271,000 removals last year.
    ...
    Its annual report puts removals last fiscal year at 217,000 removals.

**Fix.** Correct the figure that is wrong (transposed digits are common), or say how the
two counts differ."#,
};

/// An earlier statement of a quantity.
struct Seen {
    figure: crate::frame::FigureId,
    bounds: Interval,
    /// Start of its sentence.
    sentence: usize,
    /// Whose figure it is, when a name stands before it ("Fairford council built …").
    subject: Option<String>,
}

/// Whether two figures can be one body's: the same named subject, or one (or both)
/// names none ("The bank made …" after "Barclays made …"). "Fairford council built
/// 1,385 homes" and "Ashford council built 1,200 homes" are two councils' homes.
fn same_owner(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => true,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    kind: &'static str,
    currency: Option<String>,
    noun: String,
    describes: String,
    period: String,
    places: Vec<String>,
    projected: bool,
}

/// A [`SameQuantity`] for each figure that gives an earlier statement of its quantity,
/// in another sentence, a value no reading of the two shares.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let mut groups: HashMap<Key, Vec<Seen>> = HashMap::new();
    // only a counted noun that comes up twice can name a quantity given twice
    let mut nouns: HashMap<&str, usize> = HashMap::new();
    for f in &frames.figures {
        if let Some(n) = f.frame.measure.counted.as_deref() {
            *nouns.entry(n).or_default() += 1;
        }
    }
    for f in &frames.figures {
        let Some(noun) = f.frame.measure.counted.as_deref() else {
            continue;
        };
        if nouns.get(noun).is_none_or(|n| *n < 2) {
            continue;
        }
        let (Some(key), Some(b)) = (key(doc, f), Interval::of(f.claim, Tolerance::Consistency))
        else {
            continue;
        };
        let sentence = f.frame.sentence.start;
        let period = key.period.clone();
        let subject = f.frame.subject.clone();
        let seen = groups.entry(key).or_default();
        let comparable = |s: &&Seen| same_owner(s.subject.as_deref(), subject.as_deref());
        let agrees = seen
            .iter()
            .filter(comparable)
            .any(|s| s.bounds.overlaps(&b));
        // two values in one sentence are a contrast the writer made ("up from 80,000
        // to 84 million", "compared with 474,000 in 1973"), never a slip
        if !agrees {
            if let Some(first) = seen
                .iter()
                .filter(comparable)
                .find(|s| s.sentence != sentence)
            {
                out.push(Relation::SameQuantity(SameQuantity {
                    first: first.figure,
                    later: f.id,
                    period,
                }));
            }
        }
        seen.push(Seen {
            figure: f.id,
            bounds: b,
            sentence,
            subject,
        });
    }
}

/// The mismatch in one quantity given two values that cannot both hold.
pub(crate) fn judge(doc: &Document, frames: &Frames<'_>, rel: &SameQuantity) -> Option<Mismatch> {
    let (first, later) = (frames.claim(rel.first)?, frames.claim(rel.later)?);
    let fb = Interval::of(first, Tolerance::Consistency)?;
    let lb = Interval::of(later, Tolerance::Consistency)?;
    if fb.overlaps(&lb) {
        return None;
    }
    let m = mismatch(doc, (first, fb), (later, lb), &rel.period);
    Some(if transposed(&first.text, &later.text) {
        m.note("the two values have the same digits in another order: transposed digits are a classic slip")
    } else {
        m
    })
}

/// Whether two figures are written with the same digits in another order ("271,484"
/// and "217,484", "8,620" and "8,260").
fn transposed(a: &str, b: &str) -> bool {
    let digits = |s: &str| {
        let mut d: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
        let written = d.clone();
        d.sort_unstable();
        (written, d)
    };
    let ((wa, sa), (wb, sb)) = (digits(a), digits(b));
    wa.len() >= 3 && wa != wb && sa == sb
}

/// What makes two figures one quantity: kind and currency, counted noun and the words
/// describing it, period, places, and whether both are projections.
fn key(doc: &Document, f: &Figure<'_>) -> Option<Key> {
    let c = f.claim;
    let frame = &f.frame;
    let noun = frame.measure.counted.clone()?;
    let period = frame.period.as_ref()?.normal();
    let mut describes = frame.measure.describes.join(" ");
    let generic = lexicon::GENERIC_NOUNS.contains(&noun.as_str())
        || lexicon::GENERIC_NOUNS.contains(&c.unit.as_deref().unwrap_or(""));
    if generic {
        // a generic noun names a quantity only with what was done to it: take the
        // clause's other words as part of the key
        let clause_lower = doc
            .prose()
            .get(frame.clause.clone())
            .unwrap_or("")
            .to_lowercase();
        let mut rest: Vec<&str> = clause_lower
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .filter(|w| w.len() > 3 && !lexicon::GENERIC_NOUNS.contains(w) && *w != noun.as_str())
            .collect();
        rest.sort_unstable();
        rest.dedup();
        describes = format!("{describes} | {}", rest.join(" "));
    }
    Some(Key {
        kind: c.kind.as_str(),
        currency: c.currency.clone(),
        noun,
        describes,
        period,
        places: frame.places.clone(),
        projected: frame.projected,
    })
}

/// `period` is the normal form the two figures share ("last year", "in 2023").
fn mismatch(
    doc: &Document,
    (first, fb): (&Claim, Interval),
    (later, lb): (&Claim, Interval),
    period: &str,
) -> Mismatch {
    // " removals" after the figure, or nothing for an amount of money
    let unit = later
        .unit
        .as_deref()
        .map_or(String::new(), |u| format!(" {u}"));
    let (line, _) = doc.line_col(first.start);
    Mismatch::new(
        super::CONFLICTING_VALUES.id,
        later.start..later.end,
        format!(
            "{}{unit} here, but {}{unit} on line {line}, both {}; {} and {} do not overlap",
            said(later),
            said(first),
            with_capital_months(period),
            amount_range(later, lb),
            amount_range(first, fb)
        ),
    )
    .copy(Side::copy(said(later)).shown(format!("{}{unit}", said(later))))
    .right(Side::earlier(said(first)).shown(format!("{}{unit}", said(first))))
    .related(first, format!("first given as {}", said(first)))
    .note(format!(
        "compared '{}' read as {} with '{}' read as {}",
        said(later),
        amount_range(later, lb),
        said(first),
        amount_range(first, fb)
    ))
    .tolerance(Tolerance::Consistency, None)
    .key([said(first), said(later)])
}

/// A period in its normal form with the capitals of its month names given back (they
/// were lower-cased to compare).
fn with_capital_months(period: &str) -> String {
    let words: Vec<String> = period
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(c)
                    if lexicon::NOT_PLACES
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
    words.join(" ")
}

#[cfg(test)]
mod transposition_tests {
    use super::transposed;

    #[test]
    fn same_digits_in_another_order_are_a_transposition() {
        assert!(transposed("271,484", "217,484"));
        assert!(transposed("8,620", "8,260"));
        assert!(!transposed("8,620", "8,620"));
        assert!(!transposed("8,620", "8,621"));
        assert!(!transposed("12", "21"));
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Kind, Qualifier};
    use crate::rules::figure::testing::doc_with;

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

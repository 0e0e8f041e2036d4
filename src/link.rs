//! Figure ↔ record: the clause around a figure and the fit of its value decide which
//! record it links to and the verdict.
//!
//! A record is a candidate for a figure when every one of its `match` entries stands in
//! the figure's sentence and at least one in the figure's clause, and kind and currency
//! agree. Candidates are ranked by a score: 2 for each entry in the clause, 1 for each
//! only in the sentence, 4 more when the figure's counted noun is the record's unit or
//! one of its match words. Within one sentence, a record that fits one of its figures is
//! not offered to the others. The best-scored candidate links (one that fits beats one
//! that does not at the same score); two equal best candidates make the figure ambiguous.
//! Records are found through an index from each record's rarest match word (see
//! [`Index`]), so the cost grows with the words of the copy, not with copy × records.

use std::collections::HashMap;

use serde::Serialize;

use crate::document::Document;
use crate::extract::{Claim, Kind};
use crate::finding::Finding;
use crate::frame::{Frames, Period};
use crate::interval::{Interval, Tolerance};
use crate::records::{ClaimRecord, RecordKind, RecordSet};
pub use crate::rules::record::show_value;
use crate::rules::record::{self as rules, Refusal};

/// What the records say of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Supported,
    Contradicted,
    Unsourced,
    Ambiguous,
    Unverifiable,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Supported,
        Verdict::Contradicted,
        Verdict::Unsourced,
        Verdict::Ambiguous,
        Verdict::Unverifiable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unsourced => "unsourced",
            Verdict::Ambiguous => "ambiguous",
            Verdict::Unverifiable => "unverifiable",
        }
    }
}

/// A source as a report shows it beside a claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRef {
    pub id: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub quote: Option<String>,
}

/// A figure with its verdict: docs/json.md's claim object plus `verdict`, `record`, `sources`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckedClaim {
    #[serde(flatten)]
    pub claim: Claim,
    pub verdict: Verdict,
    /// The id of the record the figure links to.
    pub record: Option<String>,
    pub sources: Vec<SourceRef>,
    /// The record's value as copy would write it, for reports ("271,484").
    #[serde(skip)]
    pub record_value: Option<String>,
}

/// Links every quantity in `claims` to `records`, returning the checked claims (only
/// quantities: numbers, percentages, money) and the `record/*` findings.
/// Frames the figures first; the pipeline, which frames once for every stage, calls
/// [`link_framed`].
pub fn link(
    doc: &Document,
    claims: &[Claim],
    records: &RecordSet,
) -> (Vec<CheckedClaim>, Vec<Finding>) {
    link_framed(doc, claims, &crate::frame::frame(doc, claims), records)
}

/// [`link`] with the figures' frames, which say when each figure holds: a record whose
/// `as_of` falls in another year than the period the copy gives the figure is not a
/// candidate for it (the unsourced finding says which record was refused, and why).
pub fn link_framed(
    doc: &Document,
    claims: &[Claim],
    frames: &Frames<'_>,
    records: &RecordSet,
) -> (Vec<CheckedClaim>, Vec<Finding>) {
    let figures: Vec<&Claim> = claims.iter().filter(|c| c.kind.is_quantity()).collect();
    let mut refused: Vec<Vec<Refusal>> = Vec::with_capacity(figures.len());
    let mut cands: Vec<Vec<Candidate>> = figures
        .iter()
        .map(|c| {
            let period = frames
                .id_of(c)
                .and_then(|id| frames.get(id))
                .and_then(|f| f.frame.period.as_ref());
            let (cands, no) = candidates(doc, c, period, records);
            refused.push(no);
            cands
        })
        .collect();
    share_sentences(doc, &figures, &mut cands);
    let mut checked = Vec::with_capacity(figures.len());
    let mut findings = Vec::new();
    for ((c, mut cs), refused) in figures.into_iter().zip(cands).zip(refused) {
        cs.sort_by(|a, b| (b.score, b.fits, a.rec).cmp(&(a.score, a.fits, b.rec)));
        let (verdict, rec) = match cs.as_slice() {
            [] => {
                findings.push(rules::unsourced(doc, c, records, &refused));
                (Verdict::Unsourced, None)
            }
            [best, rest @ ..] => {
                let ties: Vec<usize> = rest
                    .iter()
                    .take_while(|o| o.score == best.score && o.fits == best.fits)
                    .map(|o| o.rec)
                    .collect();
                if !ties.is_empty() {
                    let mut ids = vec![best.rec];
                    ids.extend(ties);
                    findings.push(rules::ambiguous(doc, c, records, &ids));
                    (Verdict::Ambiguous, None)
                } else if records.is_broken(best.rec) {
                    (Verdict::Unverifiable, Some(best.rec))
                } else if best.fits {
                    (Verdict::Supported, Some(best.rec))
                } else {
                    findings.push(rules::contradicted(doc, c, records, best.rec));
                    (Verdict::Contradicted, Some(best.rec))
                }
            }
        };
        let record = rec.and_then(|i| records.claims.get(i));
        checked.push(CheckedClaim {
            claim: c.clone(),
            verdict,
            record: record.map(|r| r.id.clone()),
            sources: record.map(|r| source_refs(r, records)).unwrap_or_default(),
            record_value: record.map(rules::record_value),
        });
    }
    (checked, findings)
}

/// A record that could link to a figure.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    rec: usize,
    score: u32,
    fits: bool,
}

/// The records that could link to `c`, and those refused because their `as_of` falls
/// outside the figure's `period`.
fn candidates(
    doc: &Document,
    c: &Claim,
    period: Option<&Period>,
    records: &RecordSet,
) -> (Vec<Candidate>, Vec<Refusal>) {
    let mut refused = Vec::new();
    if records.claims.is_empty() {
        return (Vec::new(), refused);
    }
    let clause: Vec<String> = words(prose(
        doc,
        crate::telling::figure_clause(doc, c.start..c.end),
    ))
    .collect();
    let sentence: Vec<String> = words(prose(doc, doc.sentence_span(c.start))).collect();
    let mut ids: Vec<usize> = sentence
        .iter()
        .filter_map(|w| records.index.by_word.get(w))
        .flatten()
        .copied()
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let unit = c.unit.as_deref().map(fold_word);
    let cands = ids
        .into_iter()
        .filter_map(|i| {
            let rec = records.claims.get(i)?;
            let needles = records.index.needles.get(i)?;
            if needles.is_empty() || !kind_agrees(c, rec) {
                return None;
            }
            let mut score = 0;
            let mut in_clause = false;
            for needle in needles {
                if contains(&clause, needle) {
                    score += 2;
                    in_clause = true;
                } else if contains(&sentence, needle) {
                    score += 1;
                } else {
                    return None;
                }
            }
            if !in_clause {
                return None;
            }
            if let Some(u) = &unit {
                let names = rec
                    .unit
                    .iter()
                    .chain(&rec.match_words)
                    .any(|m| fold_word(m.trim()) == *u);
                if names {
                    score += 4;
                }
            }
            if let (Some(p), Some(as_of)) = (period, rec.as_of.as_deref()) {
                if p.agrees_with_as_of(as_of) == Some(false) {
                    refused.push(Refusal {
                        rec: i,
                        as_of: as_of.to_string(),
                        period: p.normal(),
                    });
                    return None;
                }
            }
            Some(Candidate {
                rec: i,
                score,
                fits: fits(c, rec),
            })
        })
        .collect();
    (cands, refused)
}

/// Of several figures in one sentence, a record goes to the ones whose value fits it.
fn share_sentences(doc: &Document, figures: &[&Claim], cands: &mut [Vec<Candidate>]) {
    let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, c) in figures.iter().enumerate() {
        by_sentence
            .entry(doc.sentence_span(c.start).start)
            .or_default()
            .push(i);
    }
    for group in by_sentence.values().filter(|g| g.len() > 1) {
        // A figure takes a record only when the record is among its best-scored: "217,000
        // removals to more than 190 countries" leaves the removals record to 217,000.
        let fitted: Vec<usize> = group
            .iter()
            .flat_map(|&i| {
                let best = cands[i].iter().map(|c| c.score).max().unwrap_or(0);
                cands[i]
                    .iter()
                    .filter(move |c| c.fits && c.score == best)
                    .map(|c| c.rec)
            })
            .collect();
        for &i in group {
            cands[i].retain(|c| c.fits || !fitted.contains(&c.rec));
        }
    }
}

fn prose(doc: &Document, span: std::ops::Range<usize>) -> &str {
    doc.prose().get(span).unwrap_or("")
}

/// Records by match word, and each record's `match` entries as folded words.
///
/// Every entry must stand in a figure's sentence for its record to link, so a record is
/// filed under one word only: the rarest among its entries. A word shared by thousands of
/// records ("removals") then costs nothing, and the records looked at for a figure are
/// those whose rarest word its sentence holds.
#[derive(Debug, Default, Clone)]
pub struct Index {
    by_word: HashMap<String, Vec<usize>>,
    /// Per record, per `match` entry, its folded words.
    needles: Vec<Vec<Vec<String>>>,
}

/// The index over `claims` (in the order they are stored in the record set).
pub fn index(claims: &[ClaimRecord]) -> Index {
    let needles: Vec<Vec<Vec<String>>> = claims
        .iter()
        .map(|rec| {
            rec.match_words
                .iter()
                .map(|m| words(m).collect::<Vec<_>>())
                .filter(|n| !n.is_empty())
                .collect()
        })
        .collect();
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for rec in &needles {
        let mut seen: Vec<&str> = rec.iter().flatten().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for w in seen {
            *freq.entry(w).or_default() += 1;
        }
    }
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, rec) in needles.iter().enumerate() {
        let rarest = rec
            .iter()
            .flatten()
            .min_by_key(|w| freq.get(w.as_str()).copied().unwrap_or(0));
        if let Some(w) = rarest {
            by_word.entry(w.clone()).or_default().push(i);
        }
    }
    Index { by_word, needles }
}

/// The words of `s`, lower-cased with plurals folded ("Removals" → "removal"), as both
/// copy and `match` entries are compared.
pub fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold_word)
}

fn fold_word(w: &str) -> String {
    crate::lexicon::lemma(w).into_owned()
}

fn contains(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Whether a figure and a record measure the same kind of thing (and, for money, in the
/// same currency: a record without one takes any).
pub fn kind_agrees(c: &Claim, rec: &ClaimRecord) -> bool {
    match (c.kind, rec.kind) {
        (Kind::Number, RecordKind::Number) | (Kind::Percent, RecordKind::Percent) => true,
        (Kind::Money, RecordKind::Money) => match (&c.currency, &rec.currency) {
            (_, None) => true,
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            (None, Some(_)) => false,
        },
        _ => false,
    }
}

/// The interval a figure allows against a record: its own interval (qualifier, stated
/// precision, 10% when approximate) widened by the record's relative tolerance.
pub fn allowed(c: &Claim, rec: &ClaimRecord) -> (Option<f64>, Option<f64>) {
    let (lo, hi) = Interval::of(c, Tolerance::Record).map_or((None, None), Interval::ends);
    let scale = rec
        .value
        .or(rec.low)
        .or(rec.high)
        .or(c.value)
        .unwrap_or(0.0)
        .abs();
    let tol = rec.tolerance.unwrap_or(0.0) * scale;
    (lo.map(|l| l - tol), hi.map(|h| h + tol))
}

/// Whether the record's value (or range) lies in the interval the figure allows.
pub fn fits(c: &Claim, rec: &ClaimRecord) -> bool {
    let (lo, hi) = allowed(c, rec);
    let (rl, rh) = rec.bounds();
    let above_low = match (rh, lo) {
        (Some(rh), Some(lo)) => rh >= lo,
        _ => true,
    };
    let below_high = match (rl, hi) {
        (Some(rl), Some(hi)) => rl <= hi,
        _ => true,
    };
    above_low && below_high
}

fn source_refs(rec: &ClaimRecord, records: &RecordSet) -> Vec<SourceRef> {
    rec.sources
        .iter()
        .map(|s| {
            let src = records.source(&s.id);
            SourceRef {
                id: s.id.clone(),
                title: src.and_then(|r| r.title.clone()),
                publisher: src.and_then(|r| r.publisher.clone()),
                url: src.and_then(|r| r.url.clone()),
                published: src.and_then(|r| r.published.clone()),
                quote: s.quote.clone(),
            }
        })
        .collect()
}

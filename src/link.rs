//! Figure ↔ record: what a figure measures, where and when it is stated, and the fit of
//! its value decide which record it links to and the verdict.
//!
//! A record is a candidate for a figure when all of these hold (docs/records.md):
//!
//! 1. **Scope.** The record's `articles:` globs, if any, match the article's path.
//! 2. **Kind.** Kind and currency agree.
//! 3. **Terms.** Every `match` term (a word or a phrase, each word compared by its stem,
//!    so `increase` matches "increased") stands in the figure's sentence, and at least
//!    one in its clause (or the clause before, when the figure's own names nothing else).
//! 4. **Measure.** When the copy says what the figure measures (its counted noun, or the
//!    thing an amount is of: "profit"), the record names it, as its `unit` or a term; and
//!    each word the copy uses to describe it ("*criminal* removals") is a term too. A
//!    record is about one quantity, not about any figure near its words.
//! 5. **Subject.** A record's `subject`, when it has one, stands in the sentence.
//! 6. **Period.** A record whose `as_of` falls in another year than the period the copy
//!    gives the figure is refused; a figure stated for a day named only by its weekday
//!    ("on Thursday", "yesterday") may be supported by a record but never contradicts it.
//!
//! Candidates are ranked by a score: 2 for each term in the clause, 1 for each only in
//! the sentence, 4 more when the figure's measure is the record's, 1 for its subject.
//! Within one sentence, a record that fits one of its figures is not offered to the
//! others. The best-scored candidate links (one that fits beats one that does not at the
//! same score); two equal best candidates make the figure ambiguous. Every record looked
//! at is kept with why it was taken or refused ([`Considered`]), for JSON's `linked_by`
//! and `check --explain-links`. Records are found through an index from each record's
//! rarest term stem (see [`Index`]), so the cost grows with the words of the copy, not
//! with copy × records.

use std::collections::HashMap;

use serde::Serialize;

use crate::document::Document;
use crate::extract::{Claim, Kind};
use crate::finding::Finding;
use crate::frame::{Frame, Frames};
use crate::interval::{Interval, Tolerance};
use crate::records::{ClaimRecord, RecordKind, RecordSet};
pub use crate::rules::record::show_value;
use crate::rules::record::{self as rules, Refusal};

mod alike;
mod claims;
pub mod explain;
mod rule;
mod terms;

pub use claims::CheckedClaims;
pub use terms::{is_common, stem, stems};

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

/// A figure with its verdict: docs/json.md's claim object plus `verdict`, `record`,
/// `sources` and `linked_by`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckedClaim {
    #[serde(flatten)]
    pub claim: Claim,
    pub verdict: Verdict,
    /// The id of the record the figure links to.
    pub record: Option<String>,
    pub sources: Vec<SourceRef>,
    /// Why the figure links to its record ("removals in the clause, fiscal year in the
    /// sentence; measures removals; as of 2024-09-30, the copy's period in 2024"), or, when
    /// ambiguous, to each of the records that tie; absent when nothing links.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_by: Option<String>,
    /// The record's value as copy would write it, for reports ("271,484").
    #[serde(skip)]
    pub record_value: Option<String>,
    /// Every record looked at for the figure, and why each was taken or refused
    /// (`check --explain-links`).
    #[serde(skip)]
    pub considered: Vec<Considered>,
}

/// A record the linker looked at for a figure, and what it decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Considered {
    pub record: String,
    /// The record's place in the record set.
    rec: usize,
    /// Taken as a candidate (it may still lose to a better-scored one).
    pub taken: bool,
    /// The terms that matched and where, or why the record was refused.
    pub why: String,
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

/// [`link`] with the figures' frames, which say what each figure measures, whose it is
/// and when it holds (see the module documentation for the rule).
pub fn link_framed(
    doc: &Document,
    claims: &[Claim],
    frames: &Frames<'_>,
    records: &RecordSet,
) -> (Vec<CheckedClaim>, Vec<Finding>) {
    let (links, findings) = link_verdicts(doc, claims, frames, records);
    (links.with_claims(claims.iter().cloned()), findings)
}

/// What the linker decided for each quantity of a document, without the claims
/// themselves: the pipeline joins them to the claims with [`Links::into_checked`] once
/// the frames that borrow the claims are done with, so a document's figures are held
/// once, not twice (issue 19, item 8).
#[derive(Debug, Default)]
pub struct Links(Vec<Link>);

/// A figure's verdict and record: [`CheckedClaim`] but the claim. Most figures of long
/// copy link to nothing and have nothing but their verdict, so the rest is kept apart,
/// only for those that have some: 16 bytes a figure rather than 128 (issue 19, item 8).
#[derive(Debug, Clone)]
struct Link {
    verdict: Verdict,
    more: Option<Box<LinkDetail>>,
}

/// The record a figure links to, why, and what else was looked at.
#[derive(Debug, Clone, Default)]
struct LinkDetail {
    record: Option<String>,
    sources: Vec<SourceRef>,
    linked_by: Option<String>,
    record_value: Option<String>,
    considered: Vec<Considered>,
}

impl Link {
    fn new(verdict: Verdict, detail: LinkDetail) -> Link {
        let empty = detail.record.is_none()
            && detail.sources.is_empty()
            && detail.linked_by.is_none()
            && detail.record_value.is_none()
            && detail.considered.is_empty();
        Link {
            verdict,
            more: (!empty).then(|| Box::new(detail)),
        }
    }

    fn record(&self) -> Option<&str> {
        self.more.as_ref().and_then(|d| d.record.as_deref())
    }

    fn detail_mut(&mut self) -> &mut LinkDetail {
        self.more.get_or_insert_with(Box::default)
    }
}

impl Links {
    /// How many quantities have a verdict.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds the verdicts of the next part of a document.
    pub fn append(&mut self, next: Links) {
        self.0.extend(next.0);
    }

    /// The checked claims: each quantity of `claims` (the ones linked, in order) with
    /// its verdict.
    pub fn into_checked(self, claims: Vec<Claim>) -> Vec<CheckedClaim> {
        self.into_checked_shrinking(claims)
    }

    /// [`Links::into_checked`], giving back the claims' room as they are moved: taken
    /// from the end a run at a time, with the list shrunk after each, so a document's
    /// figures are not held twice, as claims and as checked claims, at the end of its
    /// check (issue 19, item 8).
    fn into_checked_shrinking(self, mut claims: Vec<Claim>) -> Vec<CheckedClaim> {
        const RUN: usize = 4096;
        let mut links = self.0;
        let mut out = Vec::with_capacity(links.len());
        while !claims.is_empty() {
            let from = claims.len().saturating_sub(RUN);
            for claim in claims.drain(from..).rev() {
                if !claim.kind.is_quantity() {
                    continue;
                }
                let Some(l) = links.pop() else { break };
                out.push(checked(claim, l));
            }
            claims.shrink_to_fit();
            links.shrink_to_fit();
        }
        out.reverse();
        out
    }

    fn with_claims(self, claims: impl Iterator<Item = Claim>) -> Vec<CheckedClaim> {
        // sized at once: collected through a filter, the list would grow by doubling
        let mut out = Vec::with_capacity(self.0.len());
        let linked = claims
            .filter(|c| c.kind.is_quantity())
            .zip(self.0)
            .map(|(claim, l)| checked(claim, l));
        out.extend(linked);
        out
    }
}

/// `claim` with what the linker decided for it.
fn checked(claim: Claim, l: Link) -> CheckedClaim {
    let d = l.more.map(|d| *d).unwrap_or_default();
    CheckedClaim {
        claim,
        verdict: l.verdict,
        record: d.record,
        sources: d.sources,
        linked_by: d.linked_by,
        record_value: d.record_value,
        considered: d.considered,
    }
}

/// [`link_framed`] without the claims: the verdicts in [`Links`], and the `record/*`
/// findings.
pub fn link_verdicts(
    doc: &Document,
    claims: &[Claim],
    frames: &Frames<'_>,
    records: &RecordSet,
) -> (Links, Vec<Finding>) {
    DocLinker::new(doc).verdicts(claims, frames, records)
}

/// What the linker reads of a whole document (its path, its lead, its names), read once
/// for all of its figures: a long document is linked a part at a time (issue 19, item
/// 8), and each part reading the whole lead and names again would make that quadratic.
pub struct DocLinker<'d> {
    doc: &'d Document,
    path: String,
    lead: Vec<String>,
    names: std::cell::OnceCell<Names>,
}

impl<'d> DocLinker<'d> {
    pub fn new(doc: &'d Document) -> Self {
        DocLinker {
            doc,
            path: scope_path(&doc.path),
            lead: stems(prose(doc, lead_span(doc))).collect(),
            names: std::cell::OnceCell::new(),
        }
    }

    /// The verdicts of the quantities of `claims` (the document's, or one part's), in
    /// order, and their `record/*` findings in order of position.
    pub fn verdicts(
        &self,
        claims: &[Claim],
        frames: &Frames<'_>,
        records: &RecordSet,
    ) -> (Links, Vec<Finding>) {
        verdicts(self, claims, frames, records)
    }
}

fn verdicts(
    linker: &DocLinker<'_>,
    claims: &[Claim],
    frames: &Frames<'_>,
    records: &RecordSet,
) -> (Links, Vec<Finding>) {
    let doc = linker.doc;
    let figures: Vec<&Claim> = claims.iter().filter(|c| c.kind.is_quantity()).collect();
    let (path, lead, names) = (&linker.path, &linker.lead, &linker.names);
    // a figure no record came near (most, in long copy) keeps no lists: 8 bytes while
    // every figure is framed, rather than 72 (issue 19, item 8)
    let mut looked: Vec<Option<Box<Looked>>> = figures
        .iter()
        .map(|c| {
            let frame = frames
                .id_of(c)
                .and_then(|id| frames.get(id))
                .map(|f| &f.frame);
            let l = candidates(doc, (path, lead, names), c, frame, records);
            let empty = l.cands.is_empty() && l.refused.is_empty() && l.considered.is_empty();
            (!empty).then(|| Box::new(l))
        })
        .collect();
    share_sentences(doc, &figures, &mut looked);
    let mut links = Vec::with_capacity(figures.len());
    let mut findings = Vec::new();
    for (c, look) in figures.iter().zip(looked) {
        let look = look.map(|l| *l).unwrap_or_default();
        let Looked {
            cands: mut cs,
            refused,
            mut considered,
        } = look;
        cs.sort_by(|a, b| (b.score, b.fits, a.rec).cmp(&(a.score, a.fits, b.rec)));
        let (verdict, rec, linked_by, finding) = decide(doc, c, &cs, &refused, records);
        findings.extend(finding);
        // the one taken first, then the others taken, then those refused
        let chosen = rec
            .and_then(|i| records.claims.get(i))
            .map(|r| r.id.as_str());
        considered.sort_by_key(|k| (Some(k.record.as_str()) != chosen, !k.taken));
        let record = rec.and_then(|i| records.claims.get(i));
        links.push(Link::new(
            verdict,
            LinkDetail {
                record: record.map(|r| r.id.clone()),
                sources: record.map(|r| source_refs(r, records)).unwrap_or_default(),
                linked_by,
                record_value: record.map(rules::record_value),
                considered,
            },
        ));
    }
    link_repeats(doc, frames, records, (&figures, &mut links), &mut findings);
    (Links(links), findings)
}

/// A figure no record's terms fully reach that repeats the value of a figure of the same
/// article that a record supports (a headline's "$280bn tobacco case" and the body's) is
/// that figure's quantity: it takes the same record. Only a supported (or unverifiable)
/// figure lends its record, and only to one of the same value, kind and currency whose
/// measure does not differ and whose sentence holds one of the record's terms, so a
/// repeat can never be contradicted this way, nor a bare "5%" far off supported.
fn link_repeats(
    doc: &Document,
    frames: &Frames<'_>,
    records: &RecordSet,
    (figures, links): (&[&Claim], &mut [Link]),
    findings: &mut Vec<Finding>,
) {
    let noun = |c: &Claim| {
        frames
            .id_of(c)
            .and_then(|id| frames.get(id))
            .and_then(|f| f.frame.measure.noun())
            .map(stem)
    };
    // figures by what they state, so each repeat looks only at figures of its value
    let key = |c: &Claim| {
        let bits = |v: Option<f64>| v.map(f64::to_bits);
        (
            c.kind,
            c.currency.clone(),
            bits(c.value),
            bits(c.low),
            bits(c.high),
        )
    };
    let verdict = |l: &Link| l.verdict;
    let mut lenders: HashMap<_, Vec<usize>> = HashMap::new();
    for (i, (c, l)) in figures.iter().zip(links.iter()).enumerate() {
        if matches!(verdict(l), Verdict::Supported | Verdict::Unverifiable) {
            lenders.entry(key(c)).or_default().push(i);
        }
    }
    if lenders.is_empty() {
        return;
    }
    let mut taken: std::collections::HashSet<std::ops::Range<usize>> = Default::default();
    for (i, &claim) in figures.iter().enumerate() {
        if links.get(i).map(verdict) != Some(Verdict::Unsourced) {
            continue;
        }
        let mine = noun(claim);
        let Some(ids) = lenders.get(&key(claim)) else {
            continue;
        };
        // the repeat's sentence must name something of the record too (a headline's
        // "$280bn tobacco case"): a bare "5%" elsewhere is not the same quantity
        let sentence: Vec<String> = stems(prose(doc, doc.sentence_span(claim.start))).collect();
        let lender = ids.iter().copied().find(|&j| {
            let same_measure = match (&mine, figures.get(j).and_then(|c| noun(c))) {
                (Some(x), Some(y)) => *x == y,
                _ => true,
            };
            let named = links
                .get(j)
                .and_then(Link::record)
                .and_then(|id| {
                    records
                        .claims
                        .binary_search_by(|r| r.id.as_str().cmp(id))
                        .ok()
                })
                .and_then(|r| records.index.needles.get(r))
                .is_some_and(|n| n.iter().any(|t| terms::contains(&sentence, t)));
            same_measure && named
        });
        let Some((o, line)) =
            lender.and_then(|j| Some((links.get(j)?.clone(), figures.get(j)?.line)))
        else {
            continue;
        };
        let Some(l) = links.get_mut(i) else {
            continue;
        };
        taken.insert(claim.start..claim.end);
        l.verdict = o.verdict;
        let o = o.more.map(|d| *d).unwrap_or_default();
        let l = l.detail_mut();
        l.linked_by = Some(format!(
            "repeats the figure on line {line} ({})",
            o.linked_by.as_deref().unwrap_or_default()
        ));
        if let Some(id) = &o.record {
            l.considered.insert(
                0,
                Considered {
                    record: id.clone(),
                    rec: usize::MAX,
                    taken: true,
                    why: format!("repeats the figure on line {line}"),
                },
            );
        }
        l.record = o.record;
        l.sources = o.sources;
        l.record_value = o.record_value;
    }
    if !taken.is_empty() {
        findings
            .retain(|f| !(f.rule == crate::rules::RuleId::Unsourced && taken.contains(&f.span)));
    }
}

/// The verdict on `c` from its candidates `cs` (best first): the record it links to,
/// why, and the `record/*` finding it gets.
fn decide(
    doc: &Document,
    c: &Claim,
    cs: &[Candidate],
    refused: &[Refusal],
    records: &RecordSet,
) -> (Verdict, Option<usize>, Option<String>, Option<Finding>) {
    let [best, rest @ ..] = cs else {
        let f = rules::unsourced(doc, c, records, refused);
        return (Verdict::Unsourced, None, None, Some(f));
    };
    let ties: Vec<&Candidate> = rest
        .iter()
        .take_while(|o| o.score == best.score && o.fits == best.fits)
        .collect();
    if !ties.is_empty() || (!best.fits && best.alike_left_out > 0) {
        let tied: Vec<&Candidate> = std::iter::once(best).chain(ties).collect();
        let ids: Vec<usize> = tied.iter().map(|t| t.rec).collect();
        let why: Vec<String> = tied
            .iter()
            .map(|t| {
                let id = records.claims.get(t.rec).map_or("", |r| r.id.as_str());
                format!("`{id}`: {}", t.why)
            })
            .collect();
        let f = rules::ambiguous(doc, c, records, &ids, &why);
        return (Verdict::Ambiguous, None, Some(why.join(" | ")), Some(f));
    }
    if best.day.is_some() && !best.fits {
        // a figure for "Thursday" cannot be set against a record's date
        let refusal = Refusal {
            rec: best.rec,
            why: format!(
                "the copy gives the figure for {}, which cannot be compared with the record's period, so it is not contradicted",
                best.day.as_deref().unwrap_or("one day")
            ),
        };
        let f = rules::unsourced(doc, c, records, &[refusal]);
        return (Verdict::Unsourced, None, None, Some(f));
    }
    let why = Some(best.why.clone());
    if records.is_broken(best.rec) {
        (Verdict::Unverifiable, Some(best.rec), why, None)
    } else if best.fits {
        (Verdict::Supported, Some(best.rec), why, None)
    } else {
        let f = rules::contradicted(doc, c, records, best.rec, &best.why);
        (Verdict::Contradicted, Some(best.rec), why, Some(f))
    }
}

/// A record that could link to a figure.
#[derive(Debug, Clone)]
struct Candidate {
    rec: usize,
    score: u32,
    fits: bool,
    /// Which terms matched where, the measure and the period: "linked by: …".
    why: String,
    /// The weekday the copy gives the figure for, if that is its only period.
    day: Option<String>,
    /// For a record kept from a large set read alike ([`alike`]) that does not fit the
    /// figure: how many more of the set, not fitting either, were left out. A figure
    /// that fits none of the set ties with them all, however many are kept.
    alike_left_out: usize,
}

/// What the linker found for one figure.
#[derive(Debug, Default)]
struct Looked {
    cands: Vec<Candidate>,
    /// Records with the words but another period: named in the unsourced finding.
    refused: Vec<Refusal>,
    considered: Vec<Considered>,
}

impl Looked {
    /// Files the rule's refusal of `ask`'s record: always as considered, and as a
    /// refusal to name when it was refused for its period.
    fn refuse(&mut self, ask: &rule::Ask<'_>, why: String, period: bool) {
        if period {
            self.refused.push(Refusal {
                rec: ask.i,
                why: why.clone(),
            });
        }
        self.considered.push(Considered {
            record: ask.rec.id.clone(),
            rec: ask.i,
            taken: false,
            why,
        });
    }
}

/// One figure as the rule reads it: the stems of its clause and sentence, what it
/// measures, its period.
struct Reading<'a> {
    doc: &'a Document,
    clause: Vec<String>,
    sentence: Vec<String>,
    /// The stem of what it measures, and of each telling word describing it.
    measure: Option<String>,
    describes: Vec<String>,
    frame: Option<&'a Frame>,
    day: Option<String>,
}

impl<'a> Reading<'a> {
    fn of(doc: &'a Document, c: &Claim, frame: Option<&'a Frame>) -> Self {
        let clause_span = crate::telling::figure_clause(doc, c.start..c.end);
        let clause_text = prose(doc, clause_span);
        let measure = frame
            .and_then(|f| f.measure.noun())
            .filter(|n| !crate::lexicon::is_pointing_noun(n))
            .map(stem);
        let describes = frame
            .map(|f| f.measure.describes.as_slice())
            .unwrap_or_default()
            .iter()
            .filter(|d| crate::telling::is_telling(d))
            .map(|d| stem(d))
            .collect();
        // a clause that is only the figure, as a conversion in brackets is ("(£3.5bn)"),
        // is read as its sentence
        let bare = !clause_text
            .split(|ch: char| !ch.is_alphabetic())
            .any(crate::telling::is_telling);
        let sentence: Vec<String> = stems(prose(doc, doc.sentence_span(c.start))).collect();
        Reading {
            doc,
            clause: if bare {
                sentence.clone()
            } else {
                stems(clause_text).collect()
            },
            sentence,
            measure,
            describes,
            frame,
            day: weekday(clause_text),
        }
    }
}

/// The day a clause gives its figure for when it names it only by weekday or as
/// "yesterday"/"today": such a figure cannot be set against a record's date.
fn weekday(clause: &str) -> Option<String> {
    clause
        .split(|ch: char| !ch.is_alphabetic())
        .find(|w| {
            crate::lexicon::WEEKDAYS
                .iter()
                .chain(&["yesterday", "today"])
                .any(|d| w.eq_ignore_ascii_case(d))
        })
        .map(str::to_string)
}

/// The records that could link to `c`, those refused for their period, and everything
/// looked at.
fn candidates(
    doc: &Document,
    (path, lead, names): (&str, &[String], &std::cell::OnceCell<Names>),
    c: &Claim,
    frame: Option<&Frame>,
    records: &RecordSet,
) -> Looked {
    let mut out = Looked::default();
    if records.claims.is_empty() {
        return out;
    }
    let reading = Reading::of(doc, c, frame);
    let mut ids: Vec<usize> = reading
        .sentence
        .iter()
        .filter_map(|w| records.index.by_word.get(w))
        .flatten()
        .copied()
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let mut asked_sets = std::collections::HashSet::new();
    for i in ids {
        let Some(rec) = records.claims.get(i) else {
            continue;
        };
        let ask = rule::Ask {
            r: &reading,
            path,
            lead,
            names,
            c,
            rec,
            i,
            index: &records.index,
        };
        match records.index.alike.large_set_of(i) {
            Some((set, members)) => {
                if asked_sets.insert(set) {
                    consider_alike(&ask, (set, members), records, &mut out);
                }
            }
            None => consider_one(&ask, &mut out),
        }
    }
    out
}

/// Asks the rule about one record for a figure, and files its answer.
fn consider_one(ask: &rule::Ask<'_>, out: &mut Looked) {
    match rule::consider(ask) {
        Ok(cand) => {
            out.considered.push(Considered {
                record: ask.rec.id.clone(),
                rec: ask.i,
                taken: true,
                why: cand.why.clone(),
            });
            out.cands.push(cand);
        }
        Err((why, period)) => out.refuse(ask, why, period),
    }
}

/// Asks the rule once about a large set of records read alike (`ask` is about its
/// first), then compares the figure with each one's value: the records that fit are
/// candidates, and of those that do not, [`alike::UNFIT_KEPT`], which decide as all of
/// them would (the best of them contradicts the figure, or two tie). A refusal is
/// filed once, for the first record, saying how many more it stands for.
fn consider_alike(
    ask: &rule::Ask<'_>,
    (set, members): (usize, &[usize]),
    records: &RecordSet,
    out: &mut Looked,
) {
    let others = members.len().saturating_sub(1);
    let cand = match rule::consider(ask) {
        Ok(cand) => cand,
        Err((why, period)) => {
            let why = format!("{why} (as are {others} more records with the same words)");
            out.refuse(ask, why, period);
            return;
        }
    };
    // the records whose value fits, found by value; then the first that do not
    let (lo, hi) = Interval::of(ask.c, Tolerance::Record).map_or((None, None), Interval::ends);
    let fitting: Vec<usize> = records
        .index
        .alike
        .near(set, lo, hi)
        .into_iter()
        .filter(|&m| records.claims.get(m).is_some_and(|r| fits(ask.c, r)))
        .collect();
    let unfit: Vec<usize> = members
        .iter()
        .copied()
        .filter(|m| fitting.binary_search(m).is_err())
        .take(alike::UNFIT_KEPT)
        .collect();
    let left_out = members.len() - fitting.len() - unfit.len();
    let mut kept: Vec<(usize, bool)> = fitting.iter().map(|&m| (m, true)).collect();
    kept.extend(unfit.iter().map(|&m| (m, false)));
    kept.sort_unstable();
    let unfit_in_all = left_out + unfit.len();
    for (m, fits) in kept {
        let Some(rec) = records.claims.get(m) else {
            continue;
        };
        // a record kept that does not fit speaks for those left out
        let why = if left_out > 0 && !fits {
            format!(
                "{}; one of {unfit_in_all} records with the same words and other values",
                cand.why
            )
        } else {
            cand.why.clone()
        };
        out.considered.push(Considered {
            record: rec.id.clone(),
            rec: m,
            taken: true,
            why: why.clone(),
        });
        out.cands.push(Candidate {
            rec: m,
            fits,
            why,
            alike_left_out: if fits { 0 } else { left_out },
            ..cand.clone()
        });
    }
}

/// Of several figures in one sentence, a record goes to the ones whose value fits it.
fn share_sentences(doc: &Document, figures: &[&Claim], looked: &mut [Option<Box<Looked>>]) {
    // the figures by their sentence's start, each sentence's in document order: a list
    // of pairs rather than a map of lists, which cost a list for every lone figure
    // (issue 19, item 8)
    let mut by_sentence: Vec<(usize, usize)> = figures
        .iter()
        .enumerate()
        .map(|(i, c)| (doc.sentence_span(c.start).start, i))
        .collect();
    by_sentence.sort_unstable();
    let groups = by_sentence
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|g| g.len() > 1)
        .map(|g| g.iter().map(|&(_, i)| i).collect::<Vec<usize>>());
    for group in groups {
        let group = group.as_slice();
        // A figure takes a record only when the record is among its best-scored: "217,000
        // removals to more than 190 countries" leaves the removals record to 217,000.
        let fitted: Vec<usize> = group
            .iter()
            .flat_map(|&i| {
                let cands = looked[i].as_deref().map_or(&[][..], |l| l.cands.as_slice());
                let best = cands.iter().map(|c| c.score).max().unwrap_or(0);
                cands
                    .iter()
                    .filter(move |c| c.fits && c.score == best)
                    .map(|c| c.rec)
            })
            .collect();
        for &i in group {
            let Some(Looked {
                cands, considered, ..
            }) = looked[i].as_deref_mut()
            else {
                continue;
            };
            cands.retain(|c| {
                let keep = c.fits || !fitted.contains(&c.rec);
                if !keep {
                    if let Some(k) = considered.iter_mut().find(|k| k.taken && k.rec == c.rec) {
                        k.taken = false;
                        k.why = format!(
                            "{}; but another figure in the sentence fits it, and this one does not",
                            k.why
                        );
                    }
                }
                keep
            });
        }
    }
}

fn prose(doc: &Document, span: std::ops::Range<usize>) -> &str {
    doc.prose().get(span).unwrap_or("")
}

/// An article's lead: its first two sentences (a headline and the sentence under it),
/// which say whose figures a story gives when a sentence names no one.
pub fn lead_span(doc: &Document) -> std::ops::Range<usize> {
    let sentences = doc.sentences();
    match (sentences.first(), sentences.get(1).or(sentences.first())) {
        (Some(a), Some(b)) => a.start..b.end,
        _ => 0..0,
    }
}

/// Whose figures the article's lead names: the last run of capitalised words in its
/// first sentence, else its second (see [`crate::frame::subject_before`]).
pub fn lead_subject(doc: &Document) -> Option<String> {
    lead_subject_among(doc, &Names::of(doc))
}

/// [`lead_subject`] with the article's [`Names`] read already: a caller asking for each
/// of many figures reads them once, not once a figure.
pub fn lead_subject_among(doc: &Document, names: &Names) -> Option<String> {
    let prose = doc.prose();
    doc.sentences()
        .iter()
        .take(2)
        .find_map(|s| crate::frame::subject_before(prose, s.start, s.end))
        .filter(|s| !is_common(s) && names.names(s))
}

/// The capitalised words an article writes inside its sentences, not only where one
/// starts: the words it uses as names. Read once per article.
#[derive(Debug, Default)]
pub struct Names(std::collections::HashSet<String>);

impl Names {
    /// The names of `doc`.
    pub fn of(doc: &Document) -> Self {
        let prose = doc.prose();
        let mut out = std::collections::HashSet::new();
        let mut prev: Option<char> = None;
        let mut word_start: Option<usize> = None;
        let mut before_word: Option<char> = None;
        for (i, ch) in prose
            .char_indices()
            .chain(std::iter::once((prose.len(), ' ')))
        {
            if ch.is_alphanumeric() {
                if word_start.is_none() {
                    word_start = Some(i);
                    before_word = prev;
                }
            } else if let Some(st) = word_start.take() {
                let word = prose.get(st..i).unwrap_or("");
                let inside = before_word
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | ':'));
                if inside && word.chars().next().is_some_and(char::is_uppercase) {
                    out.insert(word.to_string());
                }
            }
            // the last character before a word that is not a space or an opening mark; a
            // line break ends a headline as a full stop ends a sentence
            let skipped = ch != '\n'
                && (ch.is_whitespace() || matches!(ch, '"' | '\'' | '(' | '\u{201C}' | '\u{2018}'));
            if !skipped {
                prev = Some(ch);
            }
        }
        Names(out)
    }

    /// Whether `subject`, as the frame read it, names someone: several capitalised words
    /// ("Deutsche Telekom"), or one the article also writes capitalised inside a
    /// sentence. A capitalised word seen only where a sentence starts ("Pre-tax
    /// profits…", "Detention centres…") is an ordinary word, not a name.
    pub fn names(&self, subject: &str) -> bool {
        let words: Vec<&str> = subject.split_whitespace().collect();
        match words.as_slice() {
            [] => false,
            [word] => self.0.contains(*word),
            _ => true,
        }
    }
}

/// [`Names::names`] for one subject (reads the whole article: build [`Names`] once when
/// asking about many).
pub fn names_someone(doc: &Document, subject: &str) -> bool {
    Names::of(doc).names(subject)
}

/// An article's path as `articles:` globs see it: as the run shows it, `/`-separated,
/// without a leading `./`.
fn scope_path(path: &str) -> String {
    let p = path.replace('\\', "/");
    p.strip_prefix("./").unwrap_or(&p).to_string()
}

/// Records by term stem, and each record's terms as stems.
///
/// Every term must stand in a figure's sentence for its record to link, so a record is
/// filed under one stem only: the rarest among its terms. A word shared by thousands of
/// records ("removals") then costs nothing, and the records looked at for a figure are
/// those whose rarest stem its sentence holds.
#[derive(Debug, Default, Clone)]
pub struct Index {
    by_word: HashMap<String, Vec<usize>>,
    /// Per record, per `match` term, its stems.
    needles: Vec<Vec<Vec<String>>>,
    /// Per record, its `match` terms as written (same order as `needles`).
    shown: Vec<Vec<String>>,
    /// Per record, every stem that says what it measures: its unit's and its terms'.
    measures: Vec<Vec<String>>,
    /// Per record, its `articles:` globs compiled (`None`: every article).
    scopes: Vec<Option<globset::GlobSet>>,
    /// The records the rule reads alike, asked once per figure when they are many.
    alike: alike::Alike,
}

impl Index {
    /// Whether record `i` may link in the article at `path`.
    fn in_scope(&self, i: usize, path: &str) -> bool {
        match self.scopes.get(i) {
            Some(Some(set)) => set.is_match(path),
            _ => true,
        }
    }
}

/// The `articles:` globs of a record as one set; an error names the glob that is not one.
pub fn scope(globs: &[String]) -> Result<globset::GlobSet, String> {
    let mut b = globset::GlobSetBuilder::new();
    for g in globs {
        let glob = globset::GlobBuilder::new(g.trim_start_matches("./"))
            .literal_separator(true)
            .build()
            .map_err(|e| format!("`{g}` is not a glob: {}", e.kind()))?;
        b.add(glob);
    }
    b.build().map_err(|e| e.to_string())
}

/// The index over `claims` (in the order they are stored in the record set).
pub fn index(claims: &[ClaimRecord]) -> Index {
    let mut shown: Vec<Vec<String>> = Vec::with_capacity(claims.len());
    let needles: Vec<Vec<Vec<String>>> = claims
        .iter()
        .map(|rec| {
            let mut kept = Vec::new();
            let mut needles = Vec::new();
            for m in &rec.match_words {
                let n: Vec<String> = stems(m).collect();
                if !n.is_empty() {
                    kept.push(m.trim().to_string());
                    needles.push(n);
                }
            }
            shown.push(kept);
            needles
        })
        .collect();
    let measures = claims
        .iter()
        .zip(&needles)
        .map(|(rec, n)| {
            let mut m: Vec<String> = rec.unit.iter().flat_map(|u| stems(u)).collect();
            m.extend(n.iter().flatten().cloned());
            // the frame names a measure by its lemma ("previous" → "previou"), so the
            // record's words are read that way too
            let words = rec
                .unit
                .iter()
                .chain(&rec.match_words)
                .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty());
            m.extend(words.map(|w| stem(&crate::lexicon::lemma(w))));
            m.sort_unstable();
            m.dedup();
            m
        })
        .collect();
    let scopes = claims
        .iter()
        .map(|rec| {
            rec.articles.as_ref().map(|g| {
                // an unreadable glob is an error when records load; here it takes nothing
                scope(g).unwrap_or_else(|_| globset::GlobSet::empty())
            })
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
    let alike = alike::Alike::of(claims);
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, rec) in needles.iter().enumerate() {
        // a large set read alike is filed under its first record, which stands for all
        if alike
            .large_set_of(i)
            .is_some_and(|(_, m)| m.first() != Some(&i))
        {
            continue;
        }
        let rarest = rec
            .iter()
            .flatten()
            .min_by_key(|w| freq.get(w.as_str()).copied().unwrap_or(0));
        if let Some(w) = rarest {
            by_word.entry(w.clone()).or_default().push(i);
        }
    }
    Index {
        by_word,
        needles,
        shown,
        measures,
        scopes,
        alike,
    }
}

/// The stems of `s`, as both copy and `match` terms are compared (kept under its old
/// name for the records loader).
pub fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    stems(s)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    /// Joined a run at a time from the end, the claims and their verdicts pair as they
    /// do joined from the start, past runs and with figures that are not quantities
    /// (years, which get no verdict) among them.
    #[test]
    fn claims_joined_to_their_verdicts_from_the_end_pair_as_from_the_start() {
        let text: String = (0..5000)
            .map(|i| format!("In {} the depot moved {i} vans. ", 1990 + i % 30))
            .collect();
        let doc = Document::from_text("a.txt", text, Format::Text);
        let claims = crate::extract::extract(&doc);
        let frames = crate::frame::frame(&doc, &claims);
        let (links, _) = link_verdicts(&doc, &claims, &frames, &RecordSet::default());
        let (again, _) = link_verdicts(&doc, &claims, &frames, &RecordSet::default());
        drop(frames);
        assert!(claims.iter().any(|c| !c.kind.is_quantity()));
        let from_start = again.with_claims(claims.clone().into_iter());
        let from_end = links.into_checked(claims);
        assert_eq!(from_end.len(), 5000);
        assert_eq!(from_end, from_start);
    }

    #[test]
    fn a_name_is_a_word_written_capitalised_inside_a_sentence() {
        let doc = Document::from_text(
            "a.txt",
            "Barclays results\n\nShares in Barclays rose. Detention centres are full.\n",
            Format::Text,
        );
        let n = Names::of(&doc);
        assert!(n.names("Barclays"));
        assert!(!n.names("Detention"));
        assert!(!n.names("Shares"));
        assert!(n.names("White House"));
        assert!(!n.names(""));
    }

    #[test]
    fn a_scope_is_globs_over_article_paths() {
        let set = scope(&["articles/2025/**".to_string()]).unwrap();
        assert!(set.is_match(scope_path("./articles/2025/may/port.txt")));
        assert!(!set.is_match(scope_path("articles/2024/port.txt")));
        assert!(scope(&["articles/[x".to_string()]).is_err());
    }
}

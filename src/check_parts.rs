//! Checking one document a part at a time, so that `check` holds, however long the copy,
//! a bounded part's figures and frames plus a verdict for each figure (issue 19, item 8).
//!
//! A document's figures are read a unit at a time ([`crate::extract::units`]); once a
//! part holds [`PART_FIGURES`] figures, its figures are framed, linked and checked, and
//! only their verdicts and findings are kept. Every article is one part, checked as a
//! whole. In a document of more figures than a part (a data dump, a pasted table, a
//! whole archive in one file), figures are set against one another within their part:
//! a quantity stated in one part and restated far off in another is not compared.
//!
//! Findings are kept as they are made, and two things keep their number bounded too:
//! a finding inside a repeated passage that repeats one of the first copy is folded
//! into it (the report would fold it anyway), and of each rule a file shows its first
//! [`SHOWN_PER_RULE`] findings, then one that counts the rest.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use crate::document::Document;
use crate::extract::units::{covers, extract_unit, units};
use crate::extract::Claim;
use crate::finding::Finding;
use crate::link::{CheckedClaims, DocLinker, Links};
use crate::records::RecordSet;
use crate::rules::duplicate::PastedRepeats;
use crate::rules::RuleId;

/// How many figures a part holds before it is checked.
pub const PART_FIGURES: usize = 4096;

/// How many findings of one rule a file shows before it counts the rest in one.
pub const SHOWN_PER_RULE: usize = 10_000;

/// What checking a document found: its figures with their verdicts, the `record/*`
/// findings, and the arithmetic and consistency findings.
pub struct CheckedDoc {
    pub claims: CheckedClaims,
    pub linked: Vec<Finding>,
    pub ruled: Vec<Finding>,
}

/// Checks `doc` against `records`, folding its findings inside the repeated passages
/// `repeats` into their first copy as they are made.
pub fn check_document(
    doc: &Arc<Document>,
    records: &RecordSet,
    repeats: Vec<Range<usize>>,
) -> CheckedDoc {
    check_in_parts(doc, records, repeats, PART_FIGURES)
}

fn check_in_parts(
    doc: &Arc<Document>,
    records: &RecordSet,
    repeats: Vec<Range<usize>>,
    part_figures: usize,
) -> CheckedDoc {
    let all = units(doc);
    let linker = DocLinker::new(doc);
    let mut linked = Kept::new(repeats);
    let mut ruled = Kept::new(Vec::new());
    let mut links = Links::default();
    let mut part: Vec<Claim> = Vec::new();
    let mut parts = 0;
    let mut from = 0;
    for (i, unit) in all.iter().enumerate() {
        part.extend(extract_unit(doc, unit));
        let next = all.get(i + 1);
        if part.len() < part_figures && next.is_some() {
            continue;
        }
        // a part covers the copy up to where the next begins, so that a sentence with
        // no figure of its own is read by one part
        let to = next.map_or(usize::MAX, |u| covers(doc, u).start);
        let frames = crate::frame::frame_part(doc, &part, from..to);
        let (part_links, found) = linker.verdicts(&part, &frames, records);
        links.append(part_links);
        linked.offer_all(doc, found);
        ruled.offer_all(doc, crate::rules::check(doc, &frames));
        drop(frames);
        parts += 1;
        from = to;
        if next.is_some() {
            part.clear();
            part.shrink_to(part_figures);
        }
    }
    let claims = if parts > 1 {
        CheckedClaims::reread(doc.clone(), all, links)
    } else {
        part.shrink_to_fit();
        links.into_checked(part).into()
    };
    CheckedDoc {
        claims,
        linked: linked.finish(doc),
        ruled: ruled.finish(doc),
    }
}

/// The findings of a document as they are made: folded into a repeated passage's first
/// copy, and past [`SHOWN_PER_RULE`] of a rule, counted rather than kept.
struct Kept {
    findings: Vec<Finding>,
    fold: Option<PastedRepeats>,
    shown: BTreeMap<RuleId, usize>,
    /// Of each rule past its limit: how many were left out, and the first of them.
    left_out: BTreeMap<RuleId, (usize, Finding)>,
}

impl Kept {
    fn new(repeats: Vec<Range<usize>>) -> Self {
        Kept {
            findings: Vec::new(),
            fold: (!repeats.is_empty()).then(|| PastedRepeats::new(repeats)),
            shown: BTreeMap::new(),
            left_out: BTreeMap::new(),
        }
    }

    /// Takes `found`, in order of position when they are to be folded.
    fn offer_all(&mut self, doc: &Document, found: Vec<Finding>) {
        for f in found {
            self.offer(doc, f);
        }
    }

    fn offer(&mut self, doc: &Document, mut f: Finding) {
        if let Some(fold) = &mut self.fold {
            if f.fingerprint.is_empty() {
                f.fill_fingerprint(&doc.text);
            }
            if fold.folds(doc, &f) {
                return;
            }
        }
        let shown = self.shown.entry(f.rule).or_default();
        if *shown >= SHOWN_PER_RULE {
            self.left_out
                .entry(f.rule)
                .and_modify(|(n, _)| *n += 1)
                .or_insert((1, f));
            return;
        }
        *shown += 1;
        if let Some(fold) = &mut self.fold {
            fold.kept_at(&f, self.findings.len());
        }
        self.findings.push(f);
    }

    /// The findings kept, noted with the lines they repeat on, then one for each rule
    /// that had more than a file shows.
    fn finish(mut self, doc: &Document) -> Vec<Finding> {
        if let Some(fold) = self.fold {
            fold.finish(&mut self.findings);
        }
        for (rule, (n, first)) in self.left_out {
            self.findings.push(left_out(doc, rule, n, &first));
        }
        self.findings.shrink_to_fit();
        self.findings
    }
}

/// The finding that stands for `n` findings of `rule` a file does not show, at the
/// first of them.
fn left_out(doc: &Document, rule: RuleId, n: usize, first: &Finding) -> Finding {
    let line = doc.line_col(first.span.start).0;
    let mut f = Finding::new(
        rule,
        doc,
        first.span.clone(),
        format!(
            "{} more {rule} findings in this file, from line {line} on, are not listed",
            crate::num::format(n as f64, 0)
        ),
    );
    f.severity = first.severity;
    f.notes.push(format!(
        "a file lists its first {} findings of each rule; the figures' verdicts are all \
         in the report's claims",
        crate::num::format(SHOWN_PER_RULE as f64, 0)
    ));
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn doc(text: &str) -> Arc<Document> {
        Arc::new(Document::from_text("a.txt", text, Format::Text))
    }

    /// The report's view of a check: every claim and every finding's rule, place and
    /// message.
    fn shown(c: &CheckedDoc) -> (Vec<crate::link::CheckedClaim>, Vec<String>) {
        let claims = c.claims.iter().map(|c| c.into_owned()).collect();
        let findings = c
            .linked
            .iter()
            .chain(&c.ruled)
            .map(|f| format!("{} {:?} {}", f.rule, f.span, f.message))
            .collect();
        (claims, findings)
    }

    #[test]
    fn a_document_checked_in_parts_shows_its_figures_as_one_checked_whole() {
        // paragraphs of figures each checked within its paragraph: parts of a handful
        // of figures give what one part gives
        let story = "Sales rose from £2m to £3m, a 50% rise. \
                     Of the 40 staff, 25 were new and 15 had stayed.\n\n\
                     Profit fell 10% to £90,000 from £100,000.\n\n";
        let d = doc(&story.repeat(200));
        let records = RecordSet::default();
        let whole = check_in_parts(&d, &records, Vec::new(), usize::MAX);
        let parted = check_in_parts(&d, &records, Vec::new(), 5);
        assert!(!whole.claims.is_reread());
        assert!(parted.claims.is_reread());
        assert_eq!(shown(&parted), shown(&whole));
    }

    #[test]
    fn a_rule_past_its_limit_is_counted_in_one_finding() {
        let d = doc(&"| 7 | 8 |\n".repeat(SHOWN_PER_RULE / 2 + 10));
        let c = check_document(&d, &RecordSet::default(), Vec::new());
        assert_eq!(c.claims.len(), SHOWN_PER_RULE + 20);
        assert_eq!(c.linked.len(), SHOWN_PER_RULE + 1);
        let last = c.linked.last().map(|f| (f.rule, f.message.as_str()));
        assert_eq!(
            last,
            Some((
                RuleId::Unsourced,
                "20 more record/unsourced findings in this file, from line 5001 on, are not listed"
            ))
        );
    }

    #[test]
    fn findings_inside_a_repeat_fold_into_the_first_copy_across_parts() {
        let para = "Sales rose 15% to £3.2bn.\n\n";
        let d = doc(&para.repeat(800));
        let repeats = std::iter::once(para.len()..d.text.len()).collect();
        let c = check_in_parts(&d, &RecordSet::default(), repeats, 3);
        assert!(c.claims.is_reread());
        let messages: Vec<String> = c.linked.iter().map(|f| f.message.clone()).collect();
        assert_eq!(
            messages,
            ["no record links to 15%", "no record links to £3.2bn"]
        );
        assert!(c.linked[0]
            .notes
            .iter()
            .any(|n| n.contains("repeated 799 times")));
    }
}

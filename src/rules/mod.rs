//! The rule registry: every rule's id, default severity and documentation, in code.
//!
//! The same text is shown by `claimcheck explain RULE`, used as the SARIF rule
//! description and generated into docs/rules.md, so it is written once, in the file that
//! holds the rule's code.

use crate::document::Document;
use crate::finding::{Finding, Severity};
use crate::frame::{FigureId, Frames, Relation};

pub mod arithmetic;
pub(crate) mod bind;
pub(crate) mod bind_average;
pub(crate) mod bind_balance;
pub(crate) mod bind_budget_share;
pub(crate) mod bind_change_named;
pub(crate) mod bind_change_then_levels;
pub(crate) mod bind_comparison;
pub(crate) mod bind_complement;
pub(crate) mod bind_count_share;
pub(crate) mod bind_further_total;
pub(crate) mod bind_headline;
pub(crate) mod bind_level_moved;
pub(crate) mod bind_levels_then_change;
pub(crate) mod bind_main_total;
pub(crate) mod bind_majority;
pub(crate) mod bind_margin;
pub(crate) mod bind_market_share;
pub(crate) mod bind_named_share;
pub(crate) mod bind_net_flow;
pub(crate) mod bind_parts;
pub(crate) mod bind_points;
pub(crate) mod bind_previous_total;
pub(crate) mod bind_prior_level;
pub(crate) mod bind_proportion;
pub(crate) mod bind_rate_base;
pub(crate) mod bind_reference_price;
pub(crate) mod bind_share_subject;
pub(crate) mod bind_that_change;
pub(crate) mod bind_that_figure;
pub(crate) mod bind_that_share;
pub(crate) mod bind_together;
pub(crate) mod bind_total_share;
pub mod consistency;
pub mod duplicate;
pub(crate) mod figure;
mod id;
pub mod input;
pub mod malformed;
pub(crate) mod mismatch;
pub mod provenance;
pub mod record;

pub use id::{RuleId, UnknownRule};

/// A rule's identity and documentation.
#[derive(Debug)]
pub struct Rule {
    /// `family/name`, as docs/rules.md lists it.
    pub id: RuleId,
    pub default_severity: Severity,
    /// One line: what it flags.
    pub summary: &'static str,
    /// Markdown: what it checks, why it matters, an example, how to fix it.
    pub doc: &'static str,
}

/// The arithmetic and consistency findings of one framed document: each sentence's
/// skeleton is built once and read by every recogniser, the whole document is searched
/// for one quantity stated twice, and every relation found is judged by its rule.
pub fn check(doc: &Document, frames: &Frames<'_>) -> Vec<Finding> {
    let mut relations = Vec::new();
    let wants = |text: &str, figs: &[&crate::extract::Claim]| {
        arithmetic::wants(text, figs) || consistency::wants(text, figs) || bind::wants(text, figs)
    };
    let skeletons = figure::skeletons(doc, frames, wants);
    for skel in &skeletons {
        let source = doc.prose().get(skel.span.clone()).unwrap_or("");
        if arithmetic::wants(source, &skel.all) {
            arithmetic::recognise(frames, skel, &mut relations);
        }
        if consistency::wants(source, &skel.all) {
            consistency::recognise(frames, skel, &mut relations);
        }
    }
    consistency::conflicting::recognise(doc, frames, &mut relations);
    let mut repeated = Vec::new();
    consistency::repeated_sentence::recognise(doc, frames, &mut repeated);
    // a figure the conflicting-values rule already set against its first statement
    repeated.retain(|r| {
        let Relation::SameQuantity(r) = r else {
            return true;
        };
        !relations
            .iter()
            .any(|x| matches!(x, Relation::SameQuantity(q) if q.later == r.later))
    });
    relations.extend(repeated);
    arithmetic::duration_multiple::recognise(doc, frames, &mut relations);
    arithmetic::period_rate::recognise_lengths(doc, frames, &mut relations);
    arithmetic::multiple::recognise_lengths(doc, frames, &mut relations);
    arithmetic::difference::recognise_lengths(doc, frames, &mut relations);
    consistency::comparison::recognise_lengths(doc, frames, &mut relations);
    arithmetic::year_span::recognise(doc, frames, &mut relations);
    arithmetic::conversion::recognise(doc, frames, &mut relations);
    arithmetic::length_conversion::recognise(doc, frames, &mut relations);
    let mut outliers = Vec::new();
    consistency::conversion_rate::recognise(frames, &relations, &mut outliers);
    relations.extend(outliers);
    malformed::recognise(doc, frames, &mut relations);
    arithmetic::list_count::recognise(doc, frames, &mut relations);
    // "£36.3bn, £4.5bn higher than the £31.8bn": the difference is checked as one; as a
    // comparison of £4.5bn with £31.8bn it would be wrong
    let differences: Vec<FigureId> = relations
        .iter()
        .filter_map(|r| match r {
            Relation::Difference(d) => Some(d.stated),
            _ => None,
        })
        .collect();
    relations.retain(|r| !matches!(r, Relation::Comparison(c) if differences.contains(&c.a)));
    // "about 1,200, or roughly a third of the town's 2,000": a share of its whole, read
    // once, not again as a multiple of it
    let shares: Vec<(FigureId, FigureId)> = relations
        .iter()
        .filter_map(|r| match r {
            Relation::Share(s) if s.stated.is_some() => Some((s.part, s.whole)),
            _ => None,
        })
        .collect();
    relations.retain(
        |r| !matches!(r, Relation::Multiple(m) if !m.verb && shares.contains(&(m.to, m.from))),
    );
    bind_complement::widen(doc, frames, &mut relations);
    let mut across = Vec::new();
    bind::recognise(doc, frames, &skeletons, &relations, &mut across);
    bind_comparison::recognise(doc, frames, &mut across);
    bind_comparison::recognise_expected(doc, frames, &mut across);
    bind_headline::recognise(doc, frames, &mut across);
    bind_balance::recognise(doc, frames, &mut across);
    bind_that_figure::recognise(doc, frames, &relations, &mut across);
    bind_parts::recognise(doc, frames, &mut across);
    bind_parts::recognise_combined(doc, frames, &mut across);
    bind_share_subject::recognise(doc, frames, &mut across);
    bind_budget_share::recognise(doc, frames, &mut across);
    bind_budget_share::recognise_part_of_the_total(doc, frames, &mut across);
    bind_total_share::recognise(doc, frames, &mut across);
    bind_total_share::recognise_in_sentence(doc, frames, &mut across);
    bind_total_share::recognise_kind_of_subject(doc, frames, &mut across);
    bind_count_share::recognise(doc, frames, &mut across);
    bind_previous_total::recognise(doc, frames, &mut across);
    bind_that_share::recognise(doc, frames, &mut across);
    bind_that_share::recognise_part_named(doc, frames, &mut across);
    bind_that_share::recognise_whole_then_part(doc, frames, &mut across);
    bind_that_share::recognise_whole_before_share(doc, frames, &mut across);
    bind_named_share::recognise(doc, frames, &mut across);
    bind_points::recognise(doc, frames, &mut across);
    bind_prior_level::recognise(doc, frames, &relations, &mut across);
    bind_reference_price::recognise(doc, frames, &mut across);
    bind_level_moved::recognise(doc, frames, &mut across);
    bind_majority::recognise(doc, frames, &mut across);
    bind_change_named::recognise(doc, frames, &mut across);
    bind_change_then_levels::recognise(doc, frames, &mut across);
    bind_levels_then_change::recognise(doc, frames, &mut across);
    bind_proportion::recognise(doc, frames, &mut across);
    bind_rate_base::recognise(doc, frames, &mut across);
    bind_market_share::recognise(doc, frames, &mut across);
    bind_margin::recognise(doc, frames, &mut across);
    bind_further_total::recognise(doc, frames, &mut across);
    bind_together::recognise(doc, frames, &mut across);
    bind_net_flow::recognise(doc, frames, &mut across);
    bind_that_change::recognise(doc, frames, &mut across);
    bind_average::recognise(doc, frames, &mut across);
    bind_average::recognise_count_before(doc, frames, &mut across);
    bind_complement::recognise(doc, frames, &mut across);
    // (last: it reads only the shares of money no binder above has read)
    bind_main_total::recognise(doc, frames, &relations, &mut across);
    consistency::projected_amounts::recognise(doc, frames, &mut across);
    relations.extend(across);
    judge_all(doc, frames, &relations)
}

/// Judges each relation by its rule. Of several readings of one total, the first that
/// finds it wrong is kept.
pub(crate) fn judge_all(
    doc: &Document,
    frames: &Frames<'_>,
    relations: &[Relation],
) -> Vec<Finding> {
    let mut judged_totals = Vec::new();
    let mut found: Vec<Finding> = Vec::new();
    for f in relations
        .iter()
        .filter_map(|rel| judge_one(doc, frames, rel, &mut judged_totals))
        .map(|m| m.into_finding(doc))
    {
        // "from £412 to £356, a drop of £56, or 24%" is read from its levels and from
        // its amount; "from 330,000 to 350,000, an increase of 20,000 or 8%" is an error
        // by its amount where the levels' rounding leaves a warning: one figure, one
        // finding by a rule, the more severe, else the first
        match found
            .iter_mut()
            .find(|k| k.rule == f.rule && k.span == f.span)
        {
            Some(kept) if kept.severity == Severity::Warning && f.severity == Severity::Error => {
                *kept = f;
            }
            Some(_) => {}
            None => found.push(f),
        }
    }
    found
}

/// The mismatch one relation shows, if any.
fn judge_one(
    doc: &Document,
    frames: &Frames<'_>,
    rel: &Relation,
    judged_totals: &mut Vec<FigureId>,
) -> Option<mismatch::Mismatch> {
    // two levels of one quantity; "500 signatures, a third of the 900 tenants" and
    // comparisons may set different things side by side
    let levels = match rel {
        Relation::Change(r) => Some((r.from, r.to)),
        Relation::Multiple(r) if r.verb => Some((r.from, r.to)),
        _ => None,
    };
    let same_measure = |(a, b): (FigureId, FigureId)| match (frames.get(a), frames.get(b)) {
        (Some(a), Some(b)) => crate::frame::same_measure(&a.frame, &b.frame),
        _ => false,
    };
    if levels.is_some_and(|l| !same_measure(l)) {
        return None; // "profit rose to 85 mln dlrs ... sales of 62 mln dlrs"
    }
    match rel {
        Relation::Change(r) => arithmetic::percent_change::judge(frames, r),
        Relation::AmountChange(r) => arithmetic::amount_change::judge(frames, r),
        Relation::Difference(r) => arithmetic::difference::judge(frames, r),
        Relation::Multiple(r) => arithmetic::multiple::judge(frames, r),
        Relation::Share(r) => arithmetic::share::judge(frames, r),
        Relation::Ratio(r) => arithmetic::share::judge_ratio(frames, r),
        Relation::Restated(r) => arithmetic::share_apposition::judge_restated(frames, r),
        Relation::Sum(r) => {
            if judged_totals.contains(&r.total) {
                return None;
            }
            let m = arithmetic::sum::judge(frames, r);
            if m.is_some() {
                judged_totals.push(r.total);
            }
            m
        }
        Relation::Complement(r) => arithmetic::complement::judge(frames, r),
        Relation::Answers(r) => arithmetic::answers::judge(frames, r),
        Relation::Average(r) => arithmetic::average::judge(frames, r),
        Relation::PeriodRate(r) => arithmetic::period_rate::judge(frames, r),
        Relation::YearSpan(r) => arithmetic::year_span::judge(frames, r),
        Relation::RatePer(r) => arithmetic::rate_per::judge(frames, r),
        Relation::Balance(r) => arithmetic::balance::judge(frames, r),
        Relation::Conversion(r) => arithmetic::conversion::judge(frames, r),
        Relation::RateOutlier(r) => consistency::conversion_rate::judge(frames, r),
        Relation::Malformed(r) => malformed::judge(doc, frames, r),
        Relation::ListCount(r) => arithmetic::list_count::judge(doc, frames, r),
        Relation::TwoShares(r) => arithmetic::two_shares::judge(frames, r),
        Relation::Comparison(r) => consistency::comparison::judge(frames, r),
        Relation::SameQuantity(r) => consistency::conflicting::judge(doc, frames, r),
        Relation::Across(r) => {
            let m = judge_one(doc, frames, &r.inner, judged_totals)?;
            let m = match &r.words {
                Some(words) => m.relocate(words.clone(), "the figure it was checked against"),
                None => m,
            };
            Some(m.severity(Severity::Warning).note(format!(
                "bound across sentences by what the figures measure ({}); check that they are the ones the copy means",
                r.measure
            )))
        }
    }
}

/// Every rule, in the order docs/rules.md lists them ([`RuleId::ALL`]'s order).
pub fn all() -> impl Iterator<Item = &'static Rule> {
    RuleId::ALL.into_iter().map(RuleId::rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_documented() {
        let mut ids: Vec<&str> = all().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RuleId::ALL.len());
        for r in all() {
            assert!(r.id.as_str().contains('/'), "{}", r.id);
            assert!(!r.summary.is_empty() && !r.doc.is_empty(), "{}", r.id);
        }
    }
}

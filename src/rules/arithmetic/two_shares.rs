//! `arithmetic/share` for two counts set side by side, each with its share of one whole
//! the copy does not give: "Harmon had 21,412 votes, or 58%, to Brecken's 15,186, or
//! 41%"; "Labour won 412 seats (63%) and the Conservatives 121 (19%)". Each count over
//! its share gives the whole, and the two must give the same one: 21,412 at 58% is a
//! whole of about 36,900, so 15,186 of it is 41%, not 53%. Election results, surveys and
//! market figures are given this way, and a slip in any of the four figures shows.
//!
//! Both counts are levels of one kind and unit (never a change and its percentage:
//! "rose by 3,000, or 30%, and exports by 2,000, or 20%" are of two earlier levels), and
//! each share closes its count's aside with nothing after it that names another whole
//! ("or 58% of men").

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::Kind;
use crate::frame::relation::{Relation, TwoShares};
use crate::frame::{Frames, Role};
use crate::interval::Interval;
use crate::rules::figure::{self, pct_range, said, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// A count, its share (and what they did: ", said they would leave"), a joining word,
/// the second count (with its owner or noun before
/// it) and its share: "#n0# votes, or #p1#, to brecken's #n2#, or #p3#,", "#n0# seats
/// (#p1#) and the conservatives #n2# (#p3#)".
static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    let share = |count: &str, pct: &str| {
        format!(
            r"{{N:{count}}}(?: [a-z'-]+){{0,2}}?(?:,? or (?:about |around |roughly |some |nearly |almost |just over |just under )?| \(){{P:{pct}}}\)?"
        )
    };
    crate::pattern::compile(&format!(
        r"{}(?:,? [a-z'-]+(?: [a-z'-]+){{0,5}}?)?,? (?:to|and|against|versus|vs|while|with) (?P<named>(?:[a-z'-]+ ){{0,3}}?(?:[a-z]+(?:'s|') )?){}(?:[.,;]| -|$)",
        share("a", "p"),
        share("b", "q"),
    ))
});

/// Each pair of counts with their shares of one unnamed whole in `skel`.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    let percents = skel.figs.iter().filter(|c| c.kind == Kind::Percent).count();
    if percents < 2 || skel.figs.len() < 4 {
        return;
    }
    for cap in PATTERN.captures_iter(&skel.text) {
        let (Some(a), Some(p), Some(b), Some(q)) = (
            skel.captured(&cap, "a"),
            skel.captured(&cap, "p"),
            skel.captured(&cap, "b"),
            skel.captured(&cap, "q"),
        ) else {
            continue;
        };
        // ("620 men, or 62%, said yes, while among women 310, or 41%, did": the second
        // count is of another group, its share of another whole)
        let another_group = cap.name("named").is_some_and(|m| {
            m.as_str()
                .split_whitespace()
                .any(|w| matches!(w, "of" | "among" | "in" | "for" | "from" | "at"))
        });
        if another_group {
            continue;
        }
        let ids = [a, p, b, q].map(|c| frames.id_of(c));
        let [Some(first), Some(first_share), Some(second), Some(second_share)] = ids else {
            continue;
        };
        let levels = [first, second].iter().all(|&id| {
            frames
                .get(id)
                .is_some_and(|f| f.frame.role == Role::Level && f.claim.kind == Kind::Number)
        });
        let shares = [first_share, second_share]
            .iter()
            .all(|&id| frames.get(id).is_some_and(|f| f.frame.role != Role::Change));
        if levels && shares && figure::comparable(a, b) && figure::same_unit(a, b) {
            out.push(Relation::TwoShares(TwoShares {
                first,
                first_share,
                second,
                second_share,
            }));
        }
    }
}

/// The mismatch when the whole the first count and its share give does not give the
/// second count the second share.
pub(crate) fn judge(frames: &Frames<'_>, rel: &TwoShares) -> Option<Mismatch> {
    let a = frames.claim(rel.first)?;
    let p = frames.claim(rel.first_share)?;
    let b = frames.claim(rel.second)?;
    let q = frames.claim(rel.second_share)?;
    let whole = Interval::of(a, Tolerance::Arithmetic)?
        .ratio(Interval::of(p, Tolerance::Stated)?)?
        .scale(100.0);
    let share = Interval::of(b, Tolerance::Arithmetic)?
        .ratio(whole)?
        .scale(100.0);
    let stated = Interval::of(q, Tolerance::Stated)?;
    if share.overlaps(&stated) {
        return None;
    }
    // (to three figures: the whole is only as exact as the shares)
    let whole_text = figure::range_text(whole, |v| crate::num::format(three_figures(v), 0));
    Some(
        Mismatch::computed(
            super::share::SHARE.id,
            q.start..q.end,
            format!(
                "{} of the {whole_text} that {} at {} gives",
                said(b),
                said(a),
                said(p)
            ),
            pct_range(share, false),
            Side::copy(said(q)),
        )
        .related(a, "the first count")
        .related(p, "its share")
        .note(format!(
            "the whole is {} ÷ {} × 100, and the second share {} ÷ that whole × 100: both shares must be of one whole",
            figure::bare(a),
            crate::num::format(p.value.unwrap_or_default(), 2),
            figure::bare(b)
        ))
        .tolerance(Tolerance::Arithmetic, None)
        .key([said(a), said(p), said(b), said(q)]),
    )
}

/// `v` rounded to three significant figures (36,602 → 36,600).
fn three_figures(v: f64) -> f64 {
    if !v.is_finite() || v.abs() < 1000.0 {
        return v.round();
    }
    let step = 10f64.powi(v.abs().log10().floor() as i32 - 2);
    (v / step).round() * step
}

#[cfg(test)]
mod tests {
    use super::three_figures;

    #[test]
    fn a_whole_is_given_to_three_figures() {
        assert_eq!(three_figures(36_602.4), 36_600.0);
        assert_eq!(three_figures(37_238.0), 37_200.0);
        assert_eq!(three_figures(2_315_384.0), 2_320_000.0);
        assert_eq!(three_figures(649.4), 649.0);
    }
}

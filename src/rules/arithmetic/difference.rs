//! `arithmetic/sum` for a stated difference: the gap the copy gives between two of its
//! figures checked against their values. "£36.3bn, £4.5bn higher than the £31.8bn" is
//! 36.3 − 31.8 against 4.5; "fell by more than £600 from £190,329 to £189,733" is a fall
//! of £596, not more than £600.

use std::sync::LazyLock;

use regex::Regex;

use crate::frame::relation::{Difference, Relation};
use crate::frame::Frames;
use crate::lexicon;
use crate::pattern::compile_all;
use crate::rules::figure::{self, amount_range, reading, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

const UP_NOUNS: &str = "improvement|increase|rise|jump|gain|boost";
const DOWN_NOUNS: &str = "fall|drop|decline|decrease|cut|reduction|deterioration|shortfall";
const MORE: &str = "more|higher|greater|bigger|larger|up";
const LESS: &str = "less|lower|fewer|smaller|down";

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let qual = format!("{}?", lexicon::alternation(lexicon::FIGURE_QUALIFIERS));
    let change = lexicon::alternation(lexicon::CHANGE_WORDS);
    let pats: Vec<String> = vec![
        // B, a D improvement on A
        format!(
            r"{{N:b}}[^#.;]{{0,30}}?,? (?:an? )?{qual}{{N:d}} (?P<w>{UP_NOUNS}|{DOWN_NOUNS}) (?:from|on|over|compared with|against) {{W}}{{N:a}}"
        ),
        // B - D less than the A; B, D higher than A
        format!(r"{{N:b}}(?: -|,)? {qual}{{N:d}} (?P<w>{MORE}|{LESS}) than {{W}}{{N:a}}"),
        // fell by D from A to B
        format!(
            r"\b(?P<w>{change}|up|down) (?:by )?{qual}{{N:d}},? from {{W}}{{N:a}}{{G}}\bto {{W}}{{N:b}}"
        ),
        // rose by D to B from A
        format!(
            r"\b(?P<w>{change}|up|down) (?:by )?{qual}{{N:d}},? to {{W}}{{N:b}}{{G}}\bfrom {{W}}{{N:a}}"
        ),
    ];
    let refs: Vec<&str> = pats.iter().map(String::as_str).collect();
    compile_all(&refs)
});

/// Which way the words say the second figure lies from the first.
fn direction(w: &str) -> i8 {
    let is = |list: &str| list.split('|').any(|x| x == w);
    if is(UP_NOUNS) || is(MORE) || lexicon::CHANGE_UP.contains(&w) {
        1
    } else if is(DOWN_NOUNS) || is(LESS) || lexicon::CHANGE_DOWN.contains(&w) {
        -1
    } else {
        0
    }
}

/// A [`Difference`] for every gap `skel` states between two of its figures.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    if skel.figs.len() < 3 {
        return;
    }
    let mut seen = Vec::new();
    for re in PATTERNS.iter() {
        for cap in re.captures_iter(&skel.text) {
            let (Some(a), Some(b), Some(d), Some(w)) = (
                skel.captured(&cap, "a"),
                skel.captured(&cap, "b"),
                skel.captured(&cap, "d"),
                cap.name("w"),
            ) else {
                continue;
            };
            let (Some(from), Some(to), Some(stated)) =
                (frames.id_of(a), frames.id_of(b), frames.id_of(d))
            else {
                continue;
            };
            if seen.contains(&stated) {
                continue;
            }
            seen.push(stated);
            out.push(Relation::Difference(Difference {
                from,
                to,
                stated,
                direction: direction(w.as_str()),
                words: w.as_str().to_string(),
            }));
        }
    }
}

/// The mismatch for a stated difference no reading of the two figures gives.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Difference) -> Option<Mismatch> {
    let (a, b, d) = (
        frames.claim(rel.from)?,
        frames.claim(rel.to)?,
        frames.claim(rel.stated)?,
    );
    let all_comparable = figure::comparable(a, b) && figure::comparable(a, d);
    if !all_comparable || a.start == b.start || !figure::same_unit(a, b) {
        return None;
    }
    let (ab, bb, db) = (
        Interval::of(a, Tolerance::Arithmetic)?,
        Interval::of(b, Tolerance::Arithmetic)?,
        Interval::of(d, Tolerance::Arithmetic)?,
    );
    let gap = bb.minus(ab);
    let holds = match rel.direction {
        1 => gap.overlaps(&db),
        -1 => gap.overlaps(&db.negated()),
        _ => gap.overlaps(&db) || gap.overlaps(&db.negated()),
    };
    if holds {
        return None;
    }
    // shown as the copy states it: a fall as a positive amount
    let shown = if rel.direction < 0 {
        gap.negated()
    } else {
        gap
    };
    let verb = lexicon::CHANGE_WORDS.contains(&rel.words.as_str())
        || matches!(rel.words.as_str(), "up" | "down");
    let copy = if verb {
        format!("{} by {}", rel.words, said(d))
    } else {
        format!("{} {}", said(d), rel.words)
    };
    let m = Mismatch::computed(
        super::SUM.id,
        d.start..d.end,
        format!("from {} to {}, the difference", said(a), said(b)),
        amount_range(d, shown),
        Side::copy(copy),
    )
    .related(a, format!("from {}", said(a)))
    .related(b, format!("to {}", said(b)))
    .computed_with(format!("computed {} − {}", said(b), said(a)), [b, a])
    .tolerance(
        Tolerance::Arithmetic,
        Some(format!("the stated difference {}", reading(d))),
    )
    .key([said(a), said(b), said(d)]);
    if near_a_soft_bound(d, shown) {
        return Some(m.severity(crate::finding::Severity::Warning).note(format!(
            "'{}' misses by less than 2%: a bound such as \"more than\" is often written loosely",
            said(d)
        )));
    }
    Some(m)
}

/// Whether a stated bound ("more than £600", "nearly 40") is missed by less than 2% of
/// itself: wrong as written, but the kind of rounding of a bound that copy does.
fn near_a_soft_bound(d: &crate::extract::Claim, computed: Interval) -> bool {
    use crate::extract::Qualifier::*;
    let Some(v) = d.value else { return false };
    let soft = matches!(
        d.qualifier,
        MoreThan | AtLeast | JustOver | LessThan | AtMost | Nearly
    );
    let miss = (computed.lo - v).abs().min((computed.hi - v).abs());
    soft && v != 0.0 && miss <= v.abs() * 0.02
}

//! `arithmetic/sum` for a stated difference: the gap the copy gives between two of its
//! figures checked against their values. "£36.3bn, £4.5bn higher than the £31.8bn" is
//! 36.3 − 31.8 against 4.5; "fell by more than £600 from £190,329 to £189,733" is a fall
//! of £596, not more than £600.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::finding::{Finding, Related};
use crate::frame::relation::{Difference, Relation};
use crate::frame::Frames;
use crate::lexicon;
use crate::pattern::compile_all;
use crate::rules::figure::{self, amount_range, reading, said, Interval, Skeleton, Tolerance};

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

/// The finding for a stated difference no reading of the two figures gives.
pub(crate) fn judge(doc: &Document, frames: &Frames<'_>, rel: &Difference) -> Option<Finding> {
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
    let computed = amount_range(d, shown);
    let copy = format!("{} {}", said(d), rel.words);
    let mut f = Finding::new(
        super::SUM.id,
        doc,
        d.start..d.end,
        format!(
            "from {} to {} is a difference of {computed}; the copy says {copy}",
            said(a),
            said(b)
        ),
    );
    if near_a_soft_bound(d, shown) {
        f.severity = crate::finding::Severity::Warning;
        f = f.note(format!(
            "'{}' misses by less than 2%: a bound such as \"more than\" is often written loosely",
            said(d)
        ));
    }
    Some(
        f.expected(computed.clone())
            .actual(copy.clone())
            .related(Related::new(
                doc,
                a.start..a.end,
                format!("from {}", said(a)),
            ))
            .related(Related::new(doc, b.start..b.end, format!("to {}", said(b))))
            .note(format!(
                "computed {} − {}, with {} and {}",
                said(b),
                said(a),
                reading(b),
                reading(a)
            ))
            .note(format!(
                "{}; the stated difference {}",
                figure::TOLERANCE_NOTE,
                reading(d)
            ))
            .diff_line('-', format!("copy: {copy}"))
            .diff_line('+', format!("computed: {computed}"))
            .key(format!("{}|{}|{}", said(a), said(b), said(d))),
    )
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

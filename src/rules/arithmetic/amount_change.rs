//! `arithmetic/percent-change` stated with its amount: "closed down 0.89 points, or
//! 0.01%, at 10,385.48", "rose 4p, or nearly 1%, to 548p", "sank 14.87% - or $1.83 - to
//! close at $10.48". The level before the change is the level after it less the amount,
//! so the percentage can be checked without the copy giving it.

use std::sync::LazyLock;

use regex::Regex;

use crate::frame::relation::{AmountChange, Relation};
use crate::frame::Frames;
use crate::lexicon;
use crate::pattern::compile_all;
use crate::rules::figure::{self, pct_range, reading, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let mut change_words: Vec<&str> = lexicon::CHANGE_WORDS.to_vec();
    change_words.extend(["up", "down"]);
    let change = lexicon::alternation(&change_words);
    let qual = format!("{}?", lexicon::alternation(lexicon::FIGURE_QUALIFIERS));
    let units = r"(?: points?| pence| cents?| p)?";
    let pats: Vec<String> = vec![
        // down 0.89 points, or 0.01%, at 10,385.48; rose 4p or nearly 1% ... to 548p
        format!(
            r"\b(?P<dir>{change}) (?:by )?(?:a |just )?{{N:x}}{units},? (?:-|or|,) ?(?:or )?{qual}{{P:c}},?(?: -)? {{G}}\b(?:at|to) {{W}}{{N:z}}"
        ),
        // sank 14.87% - or $1.83 - to close at $10.48
        format!(
            r"\b(?P<dir>{change}) (?:by )?{qual}{{P:c}},?(?: -)? (?:or )?{{N:x}}{units},?(?: -)? {{G}}\b(?:at|to) {{W}}{{N:z}}"
        ),
    ];
    let refs: Vec<&str> = pats.iter().map(String::as_str).collect();
    compile_all(&refs)
});

/// An [`AmountChange`] for every change `skel` states as an amount and a percentage.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    if skel.figs.len() < 3 || !skel.has_percent() {
        return;
    }
    let mut seen = Vec::new();
    for re in PATTERNS.iter() {
        for cap in re.captures_iter(&skel.text) {
            let (Some(x), Some(c), Some(z), Some(dir)) = (
                skel.captured(&cap, "x"),
                skel.captured(&cap, "c"),
                skel.captured(&cap, "z"),
                cap.name("dir"),
            ) else {
                continue;
            };
            let w = dir.as_str();
            let direction = if lexicon::CHANGE_UP.contains(&w) {
                1
            } else if lexicon::CHANGE_DOWN.contains(&w) {
                -1
            } else {
                continue; // "edged" says no direction
            };
            let (Some(amount), Some(stated), Some(level)) =
                (frames.id_of(x), frames.id_of(c), frames.id_of(z))
            else {
                continue;
            };
            if seen.contains(&stated) {
                continue;
            }
            seen.push(stated);
            out.push(Relation::AmountChange(AmountChange {
                amount,
                stated,
                level,
                direction,
            }));
        }
    }
}

/// The mismatch for a percentage no reading of the amount and the level gives. The
/// change is read against the level before it and, generously, against the level after.
pub(crate) fn judge(frames: &Frames<'_>, rel: &AmountChange) -> Option<Mismatch> {
    let (x, c, z) = (
        frames.claim(rel.amount)?,
        frames.claim(rel.stated)?,
        frames.claim(rel.level)?,
    );
    if !figure::comparable(x, z) || !figure::same_unit(x, z) {
        return None;
    }
    let (xb, cb, zb) = (
        Interval::of(x, Tolerance::Arithmetic)?,
        Interval::of(c, Tolerance::Arithmetic)?,
        Interval::of(z, Tolerance::Arithmetic)?,
    );
    let before = if rel.direction > 0 {
        zb.minus(xb)
    } else {
        zb.plus(xb)
    };
    let against_before = xb.ratio(before)?.scale(100.0);
    let against_after = xb.ratio(zb)?.scale(100.0);
    if against_before.overlaps(&cb) || against_after.overlaps(&cb) {
        return None;
    }
    let sign = if rel.direction > 0 { 1.0 } else { -1.0 };
    let computed = pct_range(against_before.scale(sign), true);
    let (word, op) = if rel.direction > 0 {
        ("rise", "−")
    } else {
        ("fall", "+")
    };
    Some(
        Mismatch::computed(
            super::PERCENT_CHANGE.id,
            c.start..c.end,
            format!("a {word} of {} to {}", said(x), said(z)),
            computed,
            Side::copy(said(c)).shown(format!("{} {word}", said(c))),
        )
        .related(x, format!("the amount, {}", said(x)))
        .related(z, format!("the level reached, {}", said(z)))
        .computed_with(
            format!(
                "computed {} ÷ ({} {op} {}) × 100",
                said(x),
                said(z),
                said(x)
            ),
            [x, z],
        )
        .tolerance(
            Tolerance::Arithmetic,
            Some(format!("the stated change {}", reading(c))),
        )
        .key([said(x), said(c), said(z)]),
    )
}

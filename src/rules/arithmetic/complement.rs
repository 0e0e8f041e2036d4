//! `arithmetic/sum` for shares of one whole: the percentages a sentence lists before "the
//! remaining", "the rest" or "the other" share must come to 100% with it ("took 37.5%,
//! with foreign films taking the remaining 62.5%").

use std::sync::LazyLock;

use regex::Regex;

use crate::frame::relation::{Complement, Relation};
use crate::frame::{Frames, Role};
use crate::rules::figure::{pct_range, reading, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

static REST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"\bthe (?:remaining|other|rest of the|last) #p(?P<r>\d+)#")
});

/// A [`Complement`] for "the remaining C%" after one or more shares in `skel`.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    let Some(cap) = REST.captures(&skel.text) else {
        return;
    };
    let (Some(r), Some(m)) = (skel.captured(&cap, "r"), cap.get(0)) else {
        return;
    };
    // the shares listed before it, none of them a change ("up 4.5%")
    let before = skel.text.get(..m.start()).unwrap_or("");
    let parts: Vec<_> = skel
        .figs
        .iter()
        .filter(|f| f.start < r.start && f.kind == crate::extract::Kind::Percent)
        .filter_map(|f| frames.id_of(f))
        .collect();
    let changes = parts.iter().any(|id| {
        frames
            .get(*id)
            .is_some_and(|f| f.frame.role == Role::Change)
    });
    // "40% of the remaining 62.5%": the rest is a whole there, not a part
    let of_the_rest = before.ends_with(" of ");
    if parts.is_empty() || changes || of_the_rest || before.contains(" of #p") {
        return;
    }
    if let Some(rest) = frames.id_of(r) {
        out.push(Relation::Complement(Complement { parts, rest }));
    }
}

/// The mismatch for shares and "the remaining" one that do not come to 100%.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Complement) -> Option<Mismatch> {
    let rest = frames.claim(rel.rest)?;
    let mut sum = Interval::exact(0.0);
    let mut parts = Vec::new();
    for id in &rel.parts {
        let c = frames.claim(*id)?;
        sum = sum.plus(Interval::of(c, Tolerance::Arithmetic)?);
        parts.push(c);
    }
    let left = Interval::exact(100.0).minus(sum);
    if left.overlaps(&Interval::of(rest, Tolerance::Arithmetic)?) {
        return None;
    }
    let listed: Vec<String> = parts.iter().map(|c| said(c)).collect();
    let mut m = Mismatch::computed(
        super::SUM.id,
        rest.start..rest.end,
        format!("100% less {}", listed.join(" and ")),
        pct_range(left, false),
        Side::copy(said(rest)),
    );
    for c in &parts {
        m = m.related(c, format!("a share, {}", said(c)));
    }
    Some(
        m.note(format!(
            "computed 100% − {}, with {}",
            listed.join(" − "),
            parts
                .iter()
                .map(|c| reading(c))
                .collect::<Vec<_>>()
                .join(" and ")
        ))
        .tolerance(
            Tolerance::Arithmetic,
            Some(format!("the remaining share {}", reading(rest))),
        )
        .key(listed.into_iter().chain([said(rest)])),
    )
}

//! `arithmetic/sum` for a balance of trade: the deficit, surplus or gap the copy states
//! must be the difference of the exports and imports it gives. "The deficit on goods
//! stood at £3.8bn … Bressia exported £17.4bn of goods and imported £21.2bn" holds; with
//! imports of £22.7bn the gap would be £5.3bn.

use crate::frame::relation::Balance;
use crate::frame::Frames;
use crate::rules::figure::{self, amount_range, reading, said, Interval, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// The mismatch for a stated balance that no reading of the flows gives.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Balance) -> Option<Mismatch> {
    let (x, m, d) = (
        frames.claim(rel.exports)?,
        frames.claim(rel.imports)?,
        frames.claim(rel.stated)?,
    );
    if !(figure::comparable(x, m) && figure::comparable(x, d)) {
        return None;
    }
    let (xb, mb, db) = (
        Interval::of(x, Tolerance::Arithmetic)?,
        Interval::of(m, Tolerance::Arithmetic)?,
        Interval::of(d, Tolerance::Arithmetic)?,
    );
    // a deficit is imports over exports, a surplus the other way; "gap" and
    // "difference" say neither, and copy often calls a deficit a gap
    let gap = mb.minus(xb);
    let holds = match rel.word.as_str() {
        "surplus" => gap.negated().overlaps(&db),
        "deficit" | "shortfall" => gap.overlaps(&db),
        _ => gap.overlaps(&db) || gap.negated().overlaps(&db),
    };
    if holds {
        return None;
    }
    // shown the way round the copy's word (or, for "gap", the flows) put it
    let surplus = match rel.word.as_str() {
        "surplus" => true,
        "deficit" | "shortfall" => false,
        _ => gap.hi < 0.0,
    };
    let shown = if surplus { gap.negated() } else { gap };
    let ((high, high_is), (low, low_is)) = if surplus {
        ((x, "exports"), (m, "imports"))
    } else {
        ((m, "imports"), (x, "exports"))
    };
    let found = Mismatch::computed(
        super::SUM.id,
        d.start..d.end,
        format!("{high_is} {} less {low_is} {}", said(high), said(low)),
        amount_range(d, shown),
        Side::copy(format!("a {} of {}", rel.word, said(d))),
    )
    .related(x, format!("exports, {}", said(x)))
    .related(m, format!("imports, {}", said(m)))
    .note(format!(
        "computed {} − {}, with {} and {}",
        said(high),
        said(low),
        reading(high),
        reading(low)
    ))
    .tolerance(
        Tolerance::Arithmetic,
        Some(format!("the stated {} {}", rel.word, reading(d))),
    )
    .key([said(x), said(m), said(d)]);
    Some(found)
}

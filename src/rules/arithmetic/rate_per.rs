//! `arithmetic/share` for a rate per so many people: "120 deaths among its 400,000
//! residents, a rate of 40 per 100,000" is 30 per 100,000. The count and the population
//! it is among come first (either way round: "of the region's 2.4 million people, 18,000
//! were admitted"), and the rate last, said per a round base (100, 1,000, 10,000, 100,000
//! or a million), or one in so many ("3,125 officers for 500,000 people, one for every
//! 200 residents" is one for every 160).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Claim, Qualifier};
use crate::frame::relation::{RatePer, Relation};
use crate::frame::Frames;
use crate::pattern::compile;
use crate::rules::figure::{self, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// The words from the count or population to the rate, and the rate with its base.
const RATE: &str = r"[^#.;]{0,40}?(?:, a rate of |, or |, equivalent to |, which is |, a rate equivalent to | - | \(|, )(?:a rate of |about |around |roughly |nearly |almost |some )?{N:r}(?: [a-z]+)? (?:per|for every|in every|out of every|every|to every) {N:k}";

/// A count, the population it is among, and the rate it is said to make; or the
/// population first ("of the region's 2.4 million people, 18,000 were admitted, a rate of
/// 7.5 per 1,000").
static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        format!(
            r"{{N:n}}[^#.;]{{0,60}}?\b(?:among|in|for|of|across|home to|population of|serving) (?:its |the |their |a |some |about |around |almost |nearly |population of |a population of )?{{N:p}}{RATE}"
        ),
        format!(r"\bof (?:(?:the|its|their|[a-z]+'s) ){{0,2}}{{N:p}}[^#.;]{{0,30}}?, {{N:n}}{RATE}"),
        // "a population of 500,000 and 2,500 police officers, one for every 200"; "2.4
        // million people and 1,000 pharmacies, one for every 2,400"
        format!(r"{{N:p}} (?:people|residents|inhabitants|citizens|pupils|patients|households)\b[^#.;]{{0,20}}?\b(?:and|with|but) (?:about |around |some |almost |nearly |only |just )?{{N:n}}{RATE}"),
        format!(r"\bpopulation of (?:about |around |some |almost |nearly )?{{N:p}}[^#.;]{{0,20}}?\b(?:and|with) (?:about |around |some |almost |nearly )?{{N:n}}{RATE}"),
    ]
    .iter()
    .map(|p| compile(p))
    .collect()
});

/// Words without which the pattern cannot match.
static HINT: LazyLock<Regex> = LazyLock::new(|| compile(r"\bper\b|\bevery\b"));

/// A [`RatePer`] for each rate per head `skel` states beside its count and population.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    if skel.figs.len() < 4 || !HINT.is_match(&skel.text) {
        return;
    }
    for cap in PATTERNS.iter().flat_map(|re| re.captures_iter(&skel.text)) {
        let ids = ["n", "p", "r", "k"].map(|g| {
            skel.captured(&cap, g)
                .and_then(|c| frames.id_of(c).map(|id| (id, c)))
        });
        let [Some((count, n)), Some((population, p)), Some((rate, _)), Some((base, k))] = ids
        else {
            continue;
        };
        // ("one for every 200 residents": one in so many, whatever the base)
        let round_base = k
            .value
            .is_some_and(|v| [100.0, 1e3, 1e4, 1e5, 1e6].contains(&v))
            || one_in(skel.captured(&cap, "r"));
        let bigger = matches!((n.value, p.value), (Some(n), Some(p)) if p > n);
        if round_base && bigger {
            out.push(Relation::RatePer(RatePer {
                count,
                population,
                rate,
                base,
            }));
        }
    }
}

/// The mismatch for a stated rate its count and population do not give.
pub(crate) fn judge(frames: &Frames<'_>, rel: &RatePer) -> Option<Mismatch> {
    let (n, p, r, k) = (
        frames.claim(rel.count)?,
        frames.claim(rel.population)?,
        frames.claim(rel.rate)?,
        frames.claim(rel.base)?,
    );
    let all_counts = [n, p, r, k]
        .iter()
        .all(|c| c.kind == crate::extract::Kind::Number);
    if !all_counts {
        return None;
    }
    if one_in(Some(r)) {
        return one_in_so_many(n, p, r, k);
    }
    let base = k.value?;
    let computed = Interval::of(n, Tolerance::Arithmetic)?
        .ratio(Interval::of(p, Tolerance::Arithmetic)?)?
        .scale(base);
    if computed.overlaps(&Interval::of(r, Tolerance::Arithmetic)?) {
        return None;
    }
    let per = format!("per {}", said(k));
    let shown = figure::range_text(computed, |v| crate::num::format(figure::round_to(v, 3), 2));
    Some(
        Mismatch::computed(
            super::SHARE.id,
            r.start..r.end,
            format!("{} among {}", said(n), said(p)),
            format!("{shown} {per}"),
            Side::copy(format!("{} {per}", said(r))),
        )
        .computed_with(
            format!(
                "computed {} ÷ {} × {}",
                figure::bare(n),
                figure::bare(p),
                said(k)
            ),
            [n, p],
        )
        .tolerance(Tolerance::Arithmetic, None)
        .key([said(n), said(p), said(r), said(k)]),
    )
}

/// Whether the rate is one, as in "one for every 200 residents".
fn one_in(r: Option<&Claim>) -> bool {
    r.is_some_and(|r| {
        r.value == Some(1.0) && matches!(r.qualifier, Qualifier::Exact | Qualifier::Approximate)
    })
}

/// "3,125 officers for 500,000 people, one for every 200": the population over the
/// count is the "so many", read with the rounding of the base as written (200 may be
/// 195 to 205, and a round 200 further).
fn one_in_so_many(n: &Claim, p: &Claim, r: &Claim, k: &Claim) -> Option<Mismatch> {
    let computed =
        Interval::of(p, Tolerance::Arithmetic)?.ratio(Interval::of(n, Tolerance::Arithmetic)?)?;
    // ("about one for every 15": the "about" is of the so many, read as ±5%)
    let mut so_many = Interval::of(k, Tolerance::Arithmetic)?;
    if r.qualifier == Qualifier::Approximate {
        so_many = so_many.widen(k.value.unwrap_or(0.0) * 0.05);
    }
    if computed.overlaps(&so_many) {
        return None;
    }
    let shown = figure::range_text(computed, |v| crate::num::format(figure::round_to(v, 3), 0));
    Some(
        Mismatch::computed(
            super::SHARE.id,
            k.start..k.end,
            format!("{} among {}", said(n), said(p)),
            format!("{} for every {shown}", said(r)),
            Side::copy(format!("{} for every {}", said(r), said(k))),
        )
        .computed_with(
            format!("computed {} ÷ {}", figure::bare(p), figure::bare(n)),
            [n, p],
        )
        .tolerance(Tolerance::Arithmetic, None)
        .key([said(n), said(p), said(r), said(k)]),
    )
}

//! A rate of one in so many whose population an earlier sentence counted: "The county has
//! 68,500 pupils in 290 schools. … It employs 4,900 teachers, one for every 14 pupils."
//! The count and its rate stand together ("4,900 teachers, one for every 14 pupils"); the
//! population is the one current count before them, within a few paragraphs, of what
//! the rate is per (pupils), larger than the count and narrowed to no kind or place
//! ([`super::bind_count_share::one_earlier_count`]). Where the rate's own sentence counts
//! that population, `arithmetic::rate_per` reads it there.
//! Bound across sentences, the relation is [`Relation::Across`], judged at warning
//! severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, RatePer, Relation};
use crate::frame::{Figure, Frames};
use crate::lexicon;

use super::bind::lower;

/// What stands between the count and its "one": the rest of the count's clause, then a
/// comma ("teachers, ", "GPs in the county, about ").
static COUNT_THEN_ONE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?: [a-z'-]+){1,4}, (?:or |about |around |roughly |some |nearly |almost |just over |just under )?$",
    )
});

/// Binds each "N nouns, one for every K others" whose sentence does not count the others
/// to the one earlier count of them.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    let figures = &frames.figures;
    for (i, rate) in figures.iter().enumerate() {
        if rate.claim.kind != Kind::Number || rate.claim.value != Some(1.0) {
            continue;
        }
        let (Some(count), Some(base)) = (
            i.checked_sub(1).and_then(|j| figures.get(j)),
            figures.get(i + 1),
        ) else {
            continue;
        };
        let sentence = &rate.frame.sentence;
        let per = lower(prose, rate.claim.end..base.claim.start);
        if count.frame.sentence != *sentence
            || base.frame.sentence != *sentence
            || !matches!(per.as_str(), " for every " | " in every " | " per ")
            || count.claim.kind != Kind::Number
            || !COUNT_THEN_ONE.is_match(&lower(prose, count.claim.end..rate.claim.start))
        {
            continue;
        }
        let Some(noun) = base.claim.unit.as_deref() else {
            continue;
        };
        let counts_noun = |f: &Figure<'_>| {
            f.claim.kind == Kind::Number
                && f.claim
                    .unit
                    .as_deref()
                    .is_some_and(|u| lexicon::same_lemma(u, noun))
        };
        // (the population counted in the rate's own sentence is read there)
        let here = frames.within(sentence.clone());
        if here.iter().any(|f| f.id != base.id && counts_noun(f)) {
            continue;
        }
        let Some(population) =
            super::bind_count_share::one_earlier_count(prose, frames, i, count, noun)
        else {
            continue;
        };
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::RatePer(RatePer {
                count: count.id,
                population: population.id,
                rate: rate.id,
                base: base.id,
            })),
            measure: format!("the one earlier count of {noun}"),
            words: None,
        }));
    }
}

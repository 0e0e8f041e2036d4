//! An amount added to the one the sentence before gives, with the total they make:
//! "The film took $48 million in North America. It earned a further $37 million
//! overseas for a global opening of $85 million." "A further" says the amount is added to
//! one already given; the words after it name the total both make.
//!
//! The binding is narrow on purpose: the total is the figure right after the further
//! amount and follows words that say it is one ("for a total of", "for a global
//! opening of", "bringing the total to", "a combined"), and the sentence right before
//! (nothing but white space between) gives exactly one current amount of the same kind
//! and currency, smaller than the total and not dated (£2m "in May" may be one of several
//! amounts before a total "so far this year"). Bound across sentences, the relation is
//! [`Relation::Across`], judged by `arithmetic/sum` at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames, Role};

use super::bind::{across_sum, current_level, holds_any, lower, own_figures, sentence_just_before};

/// From "a further" amount to the total: " overseas for a global opening of ", ",
/// bringing the total to ", " abroad, a combined ".
static FURTHER_THEN_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^(?: [a-z'-]+){0,4}?,? (?:(?:for|making) (?:a|an) (?:[a-z]+ )?(?:total|opening|tally|haul) of|(?:bringing|taking|lifting|pushing) (?:the|its|their) (?:[a-z]+ )?(?:total|tally|haul) to|a combined|a total of) (?:about |around |some |roughly |nearly |almost |just over |just under )?$",
    )
});

/// Binds each "a further D …, for a total of T" to the one amount of the sentence before.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    // (a byte search first: most sentences add nothing "further")
    let adds = |t: &str| holds_any(t, &["further ", "Further ", "another ", "Another "]);
    if !adds(prose) {
        return;
    }
    for sentence in frames.sentences(doc) {
        if !adds(prose.get(sentence.clone()).unwrap_or("")) {
            continue;
        }
        let here = own_figures(frames, sentence.clone());
        let text = lower(prose, sentence.clone());
        let words = |span: std::ops::Range<usize>| {
            text.get(span.start - sentence.start..span.end - sentence.start)
                .unwrap_or("")
        };
        // (the further amount and the total right after it; other figures of the
        // sentence, "which cost about $90 million to make", are another measure)
        let Some((further, total)) = here.windows(2).find_map(|pair| {
            let opening = words(sentence.start..pair[0].claim.start).trim_end();
            (opening.ends_with("a further") || opening.ends_with("another"))
                .then_some((pair[0], pair[1]))
        }) else {
            continue;
        };
        let between = words(further.claim.end..total.claim.start);
        let alike = |f: &Figure<'_>| {
            f.claim.kind.is_quantity()
                && f.claim.kind == total.claim.kind
                && f.claim.currency == total.claim.currency
                && crate::rules::figure::comparable(f.claim, total.claim)
        };
        if !FURTHER_THEN_TOTAL.is_match(between) || !alike(further) {
            continue;
        }
        let Some(earlier) = one_amount_just_before(doc, frames, sentence, &alike) else {
            continue;
        };
        // (an amount dated "in May" may be one of several before a total "so far this
        // year")
        if earlier.claim.value >= total.claim.value || earlier.frame.period.is_some() {
            continue;
        }
        out.push(across_sum(
            total.id,
            vec![earlier.id, further.id],
            true,
            "the amount the sentence before gives and the further one".to_string(),
        ));
    }
}

/// The one current amount `alike` accepts in the sentence right before `sentence`, when
/// only white space stands between them and that sentence gives no other.
fn one_amount_just_before<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    sentence: &std::ops::Range<usize>,
    alike: &impl Fn(&Figure<'_>) -> bool,
) -> Option<&'f Figure<'a>> {
    let before = sentence_just_before(doc, sentence.start)?;
    let amounts: Vec<&Figure<'a>> = own_figures(frames, before)
        .into_iter()
        .filter(|f| f.claim.kind.is_quantity())
        .collect();
    let [a] = amounts[..] else {
        return None;
    };
    (alike(a) && a.frame.role == Role::Level && current_level(doc.prose(), a)).then_some(a)
}

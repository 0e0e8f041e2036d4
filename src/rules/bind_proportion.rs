//! A count a group would have "in proportion to" its share of a population: "Women are
//! 51% of the population … If they held seats in proportion to their numbers in the
//! population, there would be 330 women councillors", with "… of the 650 councillors"
//! elsewhere. The count must be the share of the whole: 51% of 650 is 328 to 335.
//!
//! The share is the one percentage of the article said to be "of the population" (the
//! word the proportion names); the whole is the one figure of the count's noun ("the
//! 650 councillors", "12 out of 650" said of councillors). Bound across sentences, the
//! relation is [`Relation::Across`], judged by `arithmetic/share` at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Relation, Share};
use crate::frame::{Figure, Frames};

/// "in proportion to their numbers in the population", "in proportion to its share of
/// the electorate": the base is the last word.
static IN_PROPORTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(concat!(
        r"\bin proportion to (?:their|its|his|her|the) (?:numbers?|share|size|proportion)s? ",
        r"(?:in|of) the (?:[a-z]+ ){0,2}?(?P<base>population|electorate|workforce|community|country)\b",
    ))
});

/// The noun a count is of: the last word of the plain words just after it ("42 ethnic
/// minority MPs" → "MPs").
static NOUN_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"^\s+(?:[a-z-]+\s+){0,3}?(?P<noun>[A-Za-z]+s)\b"));

/// How many counts of one "in proportion" sentence are bound.
const MAX_COUNTS: usize = 4;

/// Binds each count said to be in proportion to a population share.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    // one byte search first: most articles say nothing in proportion
    if memchr::memmem::find(prose.as_bytes(), b"proportion").is_none() {
        return;
    }
    for sentence in frames.sentences(doc) {
        let lower = prose
            .get(sentence.clone())
            .unwrap_or("")
            .to_ascii_lowercase();
        if !lower.contains(" would ") {
            continue;
        }
        let Some(base) = IN_PROPORTION
            .captures(&lower)
            .and_then(|c| c.name("base"))
            .map(|b| b.as_str().to_string())
        else {
            continue;
        };
        for count in frames
            .within(sentence.clone())
            .iter()
            .filter(|f| f.claim.kind == Kind::Number)
            // "there would be 60 MPs over 70": a count or two, never a table of them,
            // so each sentence costs at most a few walks over the article's figures
            .take(MAX_COUNTS)
        {
            bind_count(prose, frames, count, &base, out);
        }
    }
}

/// Binds one count of a sentence that says "in proportion to" the `base`.
fn bind_count(
    prose: &str,
    frames: &Frames<'_>,
    count: &Figure<'_>,
    base: &str,
    out: &mut Vec<Relation>,
) {
    let after = prose
        .get(count.claim.end..count.frame.sentence.end)
        .unwrap_or("");
    let Some(noun) = NOUN_AFTER
        .captures(crate::document::head(after, 60))
        .and_then(|c| c.name("noun"))
        .map(|n| n.as_str().to_string())
    else {
        return;
    };
    let (Some(share), Some(whole)) = (
        population_share(prose, frames, count, base),
        whole_of(prose, frames, count, &noun),
    ) else {
        return;
    };
    out.push(Relation::Across(Across {
        inner: Box::new(Relation::Share(Share {
            part: count.id,
            whole: whole.id,
            stated: Some(share.id),
        })),
        measure: format!("{noun} in proportion to the {base}"),
        words: None,
    }));
}

/// The one percentage of the article said to be of the `base` ("8% of the population",
/// "8% of the UK's population").
fn population_share<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    count: &Figure<'_>,
    base: &str,
) -> Option<&'f Figure<'a>> {
    let mut found = frames.figures.iter().filter(|f| {
        let after = crate::document::head(
            prose.get(f.claim.end..f.frame.sentence.end).unwrap_or(""),
            60,
        )
        .to_ascii_lowercase();
        // "of the UK's population": "of", then a few words ending in the base, before
        // any break in the phrase
        let phrase = after.split([',', ';', '(', ')', '-']).next().unwrap_or("");
        let words: Vec<&str> = phrase
            .split(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
            .filter(|w| !w.is_empty())
            .take(6)
            .collect();
        f.claim.kind == Kind::Percent
            && f.id != count.id
            && words.first() == Some(&"of")
            && words.iter().skip(1).take(5).any(|w| *w == base)
    });
    let first = found.next()?;
    found
        .all(|f| f.claim.value == first.claim.value)
        .then_some(first)
}

/// The one figure of the whole the count is a part of: a count of `noun` ("the 659
/// MPs") or a ratio said of it ("2% of MPs - 13 out of 659").
fn whole_of<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    count: &Figure<'_>,
    noun: &str,
) -> Option<&'f Figure<'a>> {
    let noun_lower = noun.to_ascii_lowercase();
    let mut found = frames.figures.iter().filter(|f| {
        if f.id == count.id
            || f.frame.sentence == count.frame.sentence
            || f.claim.kind != Kind::Number
        {
            return false;
        }
        if f.claim.text.contains(" out of ") {
            let before = crate::document::tail(
                prose
                    .get(f.frame.sentence.start..f.claim.start)
                    .unwrap_or(""),
                30,
            )
            .to_ascii_lowercase();
            return before.contains(&format!("of {noun_lower}"));
        }
        let after = prose.get(f.claim.end..f.frame.sentence.end).unwrap_or("");
        let before = crate::document::tail(
            prose
                .get(f.frame.sentence.start..f.claim.start)
                .unwrap_or(""),
            12,
        )
        .to_ascii_lowercase();
        // "the 659 MPs", "all 659 MPs": the whole body, not a part of it
        (before.ends_with("the ") || before.ends_with("all "))
            && crate::document::head(after, 30)
                .trim_start()
                .to_ascii_lowercase()
                .starts_with(&noun_lower)
    });
    let first = found.next()?;
    let whole = |f: &Figure<'_>| crate::rules::arithmetic::share::whole_count(f.claim);
    let value = whole(first)?;
    found.all(|f| whole(f) == Some(value)).then_some(first)
}

//! The headline against the body: "Yukos owner sues Russia for $28bn" over a story that
//! says the claim is $38.3bn is one quantity stated twice. A headline figure is bound to
//! the first body figure of its kind, in the first paragraphs, whose sentence shares at
//! least two of the headline's words (stemmed: "sues" is "sued"); the pair is judged by
//! `consistency/conflicting-values`, at warning severity, since headlines round.

use crate::document::Document;
use crate::frame::relation::{Across, Relation, SameQuantity};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

/// How many paragraphs after the headline are searched.
const BODY_PARAGRAPHS: usize = 3;

/// Headline figures bound to the body figure that states the same quantity.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let paragraphs = doc.paragraphs();
    let Some(headline) = headline(doc) else {
        return;
    };
    let text = doc.prose().get(headline.clone()).unwrap_or("");
    let body_end = paragraphs
        .get(BODY_PARAGRAPHS)
        .map_or(doc.prose().len(), |p| p.end);
    let in_headline = |f: &&Figure<'_>| f.claim.start < headline.end;
    for h in frames.figures.iter().filter(in_headline) {
        let words = stems(text, h.claim.start..h.claim.end, headline.start);
        let body = frames.figures.iter().filter(|f| {
            f.claim.start >= headline.end
                && f.claim.start < body_end
                && f.frame.role != Role::Conversion
                && crate::rules::figure::comparable(f.claim, h.claim)
                // (a percentage only as a level reached in both: "Inflation falls to
                // 3.2%" over "fell to 3.2% …, down from 3.8%", never the 3.8%)
                && (f.claim.kind != crate::extract::Kind::Percent
                    || reached(doc.prose(), h) && reached(doc.prose(), f)
                    || stated_change(doc.prose(), h).is_some_and(|up| {
                        stated_change(doc.prose(), f) == Some(up) && sole_percentage(frames, f)
                    }))
        });
        let Some(b) = body.into_iter().find(|f| {
            let sentence = doc.prose().get(f.frame.sentence.clone()).unwrap_or("");
            let theirs = stems(sentence, f.claim.start..f.claim.end, f.frame.sentence.start);
            // (a rate reached names its measure and little else: "Inflation falls to
            // 3.2%" shares only "inflation" with "UK inflation fell to 3.2%")
            let shared_needed = if h.claim.kind == crate::extract::Kind::Percent {
                1
            } else {
                2
            };
            words.iter().filter(|w| theirs.contains(w)).count() >= shared_needed
                && one_measure(h, f)
        }) else {
            continue;
        };
        // a headline rounds, and often cuts: "$16bn" over $16.6bn is no conflict
        let cut = |f: &Figure<'_>| {
            crate::interval::Interval::of(f.claim, crate::interval::Tolerance::Consistency)
                .map(|i| i.widen(f.claim.precision))
        };
        if let (Some(hi), Some(bi)) = (cut(h), cut(b)) {
            if hi.overlaps(&bi) {
                continue;
            }
        }
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::SameQuantity(SameQuantity {
                first: h.id,
                later: b.id,
                period: "in the headline and the story".to_string(),
            })),
            measure: "the headline's words".to_string(),
            words: None,
        }));
    }
}

/// The headline: the first paragraph, when it is short, has no closing stop and has
/// a story below it.
pub(crate) fn headline(doc: &Document) -> Option<std::ops::Range<usize>> {
    let paragraphs = doc.paragraphs();
    let first = paragraphs.first()?;
    let text = doc.prose().get(first.clone()).unwrap_or("");
    // (asked for each part of a long document: no more words are counted than decide)
    let is_headline = text.split_whitespace().take(17).count() <= 16
        && !text.trim_end().ends_with(['.', '!', '?', ':'])
        && paragraphs.len() > 1;
    is_headline.then(|| first.clone())
}

/// Whether a headline figure and a body figure can be one quantity: money in one
/// currency, counts of one noun or measures in one unit, within a factor of 1.5 of each other (a slip of a
/// digit, not another quantity: "$6bn" under an "$11bn" headline is another sum).
fn one_measure(h: &Figure<'_>, b: &Figure<'_>) -> bool {
    let (Some(x), Some(y)) = (h.claim.value, b.claim.value) else {
        return false;
    };
    let near = x > 0.0 && y > 0.0 && (x / y).max(y / x) <= 1.5;
    let kind = match h.claim.kind {
        crate::extract::Kind::Money => b.claim.kind == crate::extract::Kind::Money,
        crate::extract::Kind::Percent => b.claim.kind == crate::extract::Kind::Percent,
        _ => {
            let (hm, bm) = (&h.frame.measure, &b.frame.measure);
            // (a measure in one unit of one thing: "grows to 48,000 acres")
            let one_unit = hm.unit.is_some() && hm.unit == bm.unit && hm.thing == bm.thing;
            one_unit || matches!((&hm.counted, &bm.counted), (Some(p), Some(q)) if p == q)
        }
    };
    near && kind
}

/// Whether figure `f` is a level said to be reached or held: "falls to 3.2%", "held at
/// 4.75%".
pub(super) fn reached(prose: &str, f: &Figure<'_>) -> bool {
    let before = prose
        .get(f.frame.sentence.start.min(f.claim.start)..f.claim.start)
        .unwrap_or("")
        .trim_end()
        .to_ascii_lowercase();
    [" to", " at"].iter().any(|w| before.ends_with(w))
}

/// Which way the change a percentage states goes (true: up), when it is one by its
/// words: "a 6% rise", "a 6% pay rise", "a pay rise of 5 per cent", "a cut of 3%", "to
/// rise by 8%", "will go up by 4.99%". A
/// headline's "6% rise" and its story's "rise of 5 per cent" are one quantity.
fn stated_change(prose: &str, f: &Figure<'_>) -> Option<bool> {
    let sentence = &f.frame.sentence;
    let after = super::bind::lower_head(prose, f.claim.end..sentence.end, 24);
    let before = super::bind::lower_tail(prose, sentence.start..f.claim.start, 24);
    let way = |w: &str| -> Option<bool> {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        if lexicon::CHANGE_UP.contains(&w) {
            Some(true)
        } else if lexicon::CHANGE_DOWN.contains(&w) {
            Some(false)
        } else {
            None
        }
    };
    let mut words = after.split_whitespace();
    let next = words.next().unwrap_or("");
    // (one describing word between: "a 6% pay rise")
    let opens = way(next).or_else(|| words.next().and_then(way));
    // ("a pay rise of 5 per cent", "to rise by 8%", "will go up by 4.99%")
    opens.or_else(|| {
        let before = before.trim_end();
        let before = before
            .strip_suffix(" of")
            .or_else(|| before.strip_suffix(" by"))?;
        match before.rsplit(' ').next()? {
            "up" => Some(true),
            "down" => Some(false),
            word => way(word),
        }
    })
}

/// Whether `f` is the only percentage of its sentence: "rise by 7% in April and by a
/// further 3% in October" under "to rise by 10%" gives the headline's rise in parts.
fn sole_percentage(frames: &Frames<'_>, f: &Figure<'_>) -> bool {
    frames
        .within(f.frame.sentence.clone())
        .iter()
        .filter(|g| g.claim.kind == crate::extract::Kind::Percent)
        .count()
        == 1
}

/// The stems of the words of `text` (which starts at `offset` in the document) other
/// than the figure at `figure`, stop words and words of under four letters.
fn stems(text: &str, figure: std::ops::Range<usize>, offset: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        let start = offset + at;
        at += w.len() + 1;
        if w.chars().count() < 4 || lexicon::is_stop(w) || figure.contains(&start) {
            continue;
        }
        if w.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let s = stem(&w.to_lowercase());
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// A crude stem: "sues", "sued" and "suing" are "su"; "fetches" is "fetch".
fn stem(w: &str) -> String {
    let cut = ["ing", "es", "ed", "s"]
        .iter()
        .find_map(|suffix| w.strip_suffix(suffix).filter(|s| s.len() >= 3))
        .unwrap_or(w);
    cut.strip_suffix('e')
        .filter(|s| s.len() >= 2)
        .unwrap_or(cut)
        .to_string()
}

//! Multiples of a figure the copy points back to: "In the older member states, public
//! debt is about 50% of output. At about 100% of output, Ostland's debt is double that
//! figure." The
//! figure before the words of multiplication in their sentence is the multiple; "that
//! figure" is the last figure of its kind in the sentence before. So is the base of a
//! multiple that closes its sentence with "as much" or "as many" ("The state asked for
//! $1.5 billion. The last storm drew $900 million, three-fifths as much."). Bound across
//! sentences, the relation is [`Relation::Across`], judged at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::frame::relation::{Across, Comparison, Multiple, Relation};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

/// "double that figure", "three times this level", "half that amount".
static THAT_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?P<q>nearly |almost |more than |less than |under |over |roughly |about )?(?:(?P<w>double|twice|treble|triple|half|(?P<n>two|three|four|five|six|seven|eight|nine|ten) times|(?:a|one) (?P<part>third|quarter|fifth|tenth)(?: of)?) (?:that|this|the previous|the earlier) (?:figure|level|amount|number|sum|total|rate|proportion)\b|(?P<w2>twice|half|(?P<n2>two|three|four|five|six|seven|eight|nine|ten) times|(?:a|one) (?P<part2>third|quarter|fifth|tenth)|(?P<num>two|three|four)[- ](?P<parts>thirds|quarters|fifths|tenths)) as (?:much|many)[.;]?$)",
    )
});

/// Binds each "double that figure", or "three-fifths as much" closing its sentence, to
/// the figure it multiplies and the one of the sentence before it names.
pub(crate) fn recognise(
    doc: &Document,
    frames: &Frames<'_>,
    relations: &[Relation],
    out: &mut Vec<Relation>,
) {
    let prose = doc.prose();
    // a byte search first: most copy never says "that figure" or "as much"
    let lower = prose.to_ascii_lowercase();
    if ![
        "that ",
        "this ",
        "the previous",
        "the earlier",
        " as much",
        " as many",
    ]
    .iter()
    .any(|w| memchr::memmem::find(lower.as_bytes(), w.as_bytes()).is_some())
    {
        return;
    }
    let sentences = doc.sentences();
    for (i, sentence) in sentences.iter().enumerate().skip(1) {
        let text = lower.get(sentence.clone()).unwrap_or("");
        let Some(cap) = THAT_FIGURE.captures(text) else {
            continue;
        };
        // ("… drew $900 million, three-fifths as much": the phrase closes the sentence,
        // where "as much as" would name what it is set against)
        let (Some(w), Some(m)) = (cap.name("w").or_else(|| cap.name("w2")), cap.get(0)) else {
            continue;
        };
        if cap.name("w2").is_some() && !text.trim_end().ends_with(['.', ';']) {
            continue;
        }
        let at = sentence.start + m.start();
        let quantities = |range: std::ops::Range<usize>| -> Vec<&Figure<'_>> {
            frames
                .within(range)
                .iter()
                .filter(|f| f.claim.kind.is_quantity() && f.frame.role != Role::Conversion)
                .collect()
        };
        // the multiple: the one figure before the words in their sentence
        let [to] = quantities(sentence.start..at)[..] else {
            continue;
        };
        let Some(previous) = sentences.get(i - 1) else {
            continue;
        };
        // ("£500,000 a year, about £9,600 a week. … a third of that sum": a restatement
        // is the figure said again, not the one pointed to)
        let Some(from) = quantities(previous.clone())
            .into_iter()
            .rev()
            .filter(|f| !restated(relations, f))
            .find(|f| crate::rules::figure::comparable(f.claim, to.claim))
        else {
            continue;
        };
        let n = cap.name("n").or_else(|| cap.name("n2"));
        let part = cap.name("part").or_else(|| cap.name("part2"));
        let fraction = cap.name("num").zip(cap.name("parts"));
        let factor = match (w.as_str(), n, part) {
            (_, Some(n), _) => match lexicon::small_number(n.as_str()) {
                Some(k) => k,
                None => continue,
            },
            (_, _, Some(part)) => one_part(part.as_str()),
            _ if fraction.is_some() => match fraction.and_then(|(num, parts)| {
                let whole = one_part(parts.as_str().strip_suffix('s')?);
                Some(lexicon::small_number(num.as_str())? * whole)
            }) {
                Some(k) => k,
                None => continue,
            },
            ("double" | "twice", _, _) => 2.0,
            ("treble" | "triple", _, _) => 3.0,
            _ => 0.5,
        };
        let words = prose
            .get(at..sentence.start + m.end())
            .unwrap_or("")
            .trim_end_matches(['.', ';'])
            .to_string();
        // "less than a third of that sum": a bound, so a comparison, not a multiple
        let bound = cap.name("q").map(|q| q.as_str().trim());
        if let Some(less) = bound.and_then(|q| match q {
            "less than" | "under" => Some(true),
            "more than" | "over" => Some(false),
            _ => None,
        }) {
            // (worded without "that sum", which the figure it names stands for)
            let phrase = words
                .rsplitn(3, ' ')
                .nth(2)
                .unwrap_or(words.as_str())
                .to_string();
            out.push(Relation::Across(Across {
                inner: Box::new(Relation::Comparison(Comparison {
                    a: to.id,
                    b: from.id,
                    less,
                    factor,
                    phrase,
                })),
                measure: "the figure the sentence before gives".to_string(),
                words: None,
            }));
            continue;
        }
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Multiple(Multiple {
                from: from.id,
                to: to.id,
                factor,
                qualifier: bound.unwrap_or("").to_string(),
                words,
                more: false,
                verb: false,
            })),
            measure: "the figure the sentence before gives".to_string(),
            words: None,
        }));
    }
}

/// The part of a whole a fraction's denominator names ("third" is a third).
fn one_part(part: &str) -> f64 {
    match part {
        "third" => 1.0 / 3.0,
        "quarter" => 0.25,
        "fifth" => 0.2,
        _ => 0.1,
    }
}

/// Whether figure `f` restates another beside it (a rate over another period, a
/// conversion), as another binder has read it.
fn restated(relations: &[Relation], f: &Figure<'_>) -> bool {
    relations.iter().any(|r| match r {
        Relation::PeriodRate(p) => p.restated == f.id,
        Relation::Conversion(c) => c.converted == f.id,
        _ => false,
    })
}

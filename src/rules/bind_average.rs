//! An average of money "each" beside the count it is shared by, against the total the
//! headline or a neighbouring sentence gives: "the payout goes to more than 800,000
//! savers, who will get on average £52 each" under "Savers share £42m payout"; and an
//! average restating a total beside it, shared by a count an earlier sentence gives:
//! "The county, which has about 620,000 residents, … The budget rose to $212 million,
//! or about $342 for each county resident". Judged by `arithmetic/average`, at warning
//! severity, since one operand is bound from another sentence.

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Average, Relation};
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

/// Words after an average that say it is per head, or per place it was earned at.
const EACH: [&str; 13] = [
    " each",
    " apiece",
    " a head",
    " per head",
    " per person",
    " per member",
    // (a box office's takings shared by the cinemas that showed the film)
    " per location",
    " per theater",
    " per theatre",
    " per cinema",
    " per venue",
    " per screen",
    " per site",
];

/// How far from the average times the count a total may be and still be taken for it:
/// a total ten times off is another sum, not a slip.
const NEAR: f64 = 10.0;

/// Averages "each" bound to the one total near them.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for s in frames.figures.iter().filter(|f| per_head(prose, f)) {
        let same_sentence: Vec<&Figure<'_>> = frames
            .within(s.frame.sentence.clone())
            .iter()
            .filter(|f| f.id != s.id && f.frame.role != Role::Conversion)
            .collect();
        // the count it is shared by, and nothing else in its sentence
        let [count] = same_sentence.as_slice() else {
            continue;
        };
        if count.claim.kind != Kind::Number || count.claim.value.is_none_or(|v| v < 2.0) {
            continue;
        }
        let (Some(each), Some(n)) = (s.claim.value, count.claim.value) else {
            continue;
        };
        let product = each * n;
        // the totals of its currency in the headline and the sentences either side
        let totals: Vec<&Figure<'_>> = neighbours(doc, s.frame.sentence.clone())
            .into_iter()
            .flat_map(|r| frames.within(r))
            .filter(|f| f.frame.sentence != s.frame.sentence)
            .filter(|f| {
                f.claim.kind == Kind::Money
                    && f.frame.role != Role::Conversion
                    && f.claim.currency == s.claim.currency
                    && f.claim
                        .value
                        .is_some_and(|t| t >= product / NEAR && t <= product * NEAR)
            })
            .collect();
        // one total, though the headline and the story may both give it
        let Some(total) = super::bind::one_value(&totals) else {
            continue;
        };
        out.push(across_average(
            total,
            count,
            s,
            "an average shared by a count",
        ));
    }
}

/// An average bound across sentences to its total and count, `measure` saying how.
fn across_average(
    total: &Figure<'_>,
    count: &Figure<'_>,
    stated: &Figure<'_>,
    measure: &str,
) -> Relation {
    Relation::Across(Across {
        inner: Box::new(Relation::Average(Average {
            total: total.id,
            count: count.id,
            stated: stated.id,
            either_way: false,
            periods: (1.0, 1.0),
            per: None,
        })),
        measure: measure.to_string(),
        words: None,
    })
}

/// How far before an average its count may stand (in bytes): the paragraph or two
/// before, at most.
const COUNT_REACH: usize = 1_200;

/// Averages restating the total beside them "for each" of a noun ("or about $342 for
/// each county resident"), bound to the one count of that noun an earlier sentence gives.
pub(crate) fn recognise_count_before(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s) in frames.figures.iter().enumerate() {
        // ("runners raised £6.1m, about £330 each": "each" of the noun the sentence
        // names before the total, no noun after it)
        let (noun, described, each) = match shared_by(prose, s) {
            Some((noun, described)) => (noun, described, false),
            None if each_closes(prose, s) => (String::new(), Vec::new(), true),
            None => continue,
        };
        let here: Vec<&Figure<'_>> = frames
            .within(s.frame.sentence.clone())
            .iter()
            .filter(|f| f.id != s.id && f.frame.role != Role::Conversion)
            .collect();
        // the total right before it ("$212 million, or about $342"), and no count
        let Some(total) = here.iter().rev().find(|f| f.claim.start < s.claim.start) else {
            continue;
        };
        let restates = restated_with_or(prose.get(total.claim.end..s.claim.start).unwrap_or(""));
        if !restates
            || total.claim.kind != Kind::Money
            || total.claim.currency != s.claim.currency
            || total.frame.role != Role::Level
            || here.iter().any(|f| f.claim.kind == Kind::Number)
        {
            continue;
        }
        let earliest = s.frame.sentence.start.saturating_sub(COUNT_REACH);
        let counts: Vec<&Figure<'_>> = frames.figures[..i]
            .iter()
            .filter(|f| {
                f.frame.sentence != s.frame.sentence
                    && f.claim.start >= earliest
                    && f.claim.kind == Kind::Number
                    && f.frame.role == Role::Level
                    && f.claim.value.is_some_and(|v| v >= 2.0)
                    && if each {
                        named_in(prose, f, s, total)
                    } else {
                        crate::rules::figure::counts(f.claim, &noun)
                    }
                    && same_places(prose, f, s)
                    && described_in(prose, f, &described)
            })
            .collect();
        let Some(count) = super::bind::one_value(&counts) else {
            continue;
        };
        out.push(across_average(
            total,
            count,
            s,
            "an average shared by a count given before",
        ));
    }
}

/// Whether an amount of money is said to be "each" or "apiece", closing its phrase
/// ("raised £6.1m, about £330 each."): shared by a noun its sentence names before the
/// total ([`named_in`]).
fn each_closes(prose: &str, f: &Figure<'_>) -> bool {
    if f.claim.kind != Kind::Money || f.frame.role == Role::Conversion {
        return false;
    }
    let after = prose.get(f.claim.end..f.frame.sentence.end).unwrap_or("");
    after
        .strip_prefix(" each")
        .or_else(|| after.strip_prefix(" apiece"))
        .is_some_and(|rest| rest.starts_with(['.', ',', ';', ')']))
}

/// Whether the sentence of average `s` names what count `f` counts before its total
/// ("Organisers said runners had raised £6.1m"), as a word of the same stem.
fn named_in(prose: &str, f: &Figure<'_>, s: &Figure<'_>, total: &Figure<'_>) -> bool {
    let Some(unit) = f.claim.unit.as_deref() else {
        return false;
    };
    prose
        .get(s.frame.sentence.start..total.claim.start)
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| lexicon::same_lemma(&w.to_ascii_lowercase(), unit))
}

/// Whether the words between a total and an average restate it: "or", "or about", a
/// comma and a qualifier (", about"), or a short phrase of what the total is for first
/// ("on the scheme, or", "for charity, about").
fn restated_with_or(between: &str) -> bool {
    let words: Vec<&str> = between
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    // the phrase before the link ("or", else a bare comma) and the words after it
    let link = match words.iter().rposition(|w| *w == "or") {
        Some(or) => Some((or, or + 1)),
        None => between.rfind(',').map(|k| {
            let before = between[..k]
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
                .count();
            (before, before)
        }),
    };
    let Some((phrase_end, after)) = link else {
        return false;
    };
    let phrase = &words[..phrase_end];
    words[after..]
        .iter()
        .all(|w| super::bind::ROUGHLY.contains(w))
        && phrase.len() <= 6
        && !phrase
            .iter()
            .any(|w| matches!(*w, "and" | "but" | "while" | "whereas"))
}

/// Whether two figures' sentences, when both name someone or somewhere, name one in
/// common: "Kestrel has 48,000 households. Northmere's scheme will cost £1.2m, or £25 per
/// household" shares another town's households.
fn same_places(prose: &str, a: &Figure<'_>, b: &Figure<'_>) -> bool {
    // (a sentence may open with the noun counted, capitalised: "Runners raised £6.1m")
    let counted = |w: &&str| {
        a.claim
            .unit
            .as_deref()
            .is_some_and(|u| lexicon::same_lemma(&w.to_lowercase(), u))
    };
    let (na, nb): (Vec<&str>, Vec<&str>) = (
        names_in(prose.get(a.frame.sentence.clone()).unwrap_or("")),
        names_in(prose.get(b.frame.sentence.clone()).unwrap_or(""))
            .into_iter()
            .filter(|w| !counted(w))
            .collect(),
    );
    na.is_empty() || nb.is_empty() || na.iter().any(|n| nb.contains(n))
}

/// The capitalised words of a sentence that may name a place or body ("Kestrel",
/// "Northmere's" as "Northmere"), leaving out the words that open sentences and months.
fn names_in(sentence: &str) -> Vec<&str> {
    const COMMON: &[&str] = &[
        "The", "It", "Its", "A", "An", "This", "That", "These", "Those", "He", "She", "They", "We",
        "I", "In", "On", "At", "But", "And", "However", "Mr", "Mrs", "Ms", "Dr", "Some", "Of",
        "For", "By", "With", "Last", "Next",
    ];
    sentence
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .map(|w| w.trim_end_matches("'s").trim_end_matches('\''))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| !COMMON.contains(w) && !lexicon::NOT_PLACES.contains(w))
        .collect()
}

/// Whether the sentence of count `f` says each word that describes the noun an average
/// is shared by ("£36,000 for each flooded home" is of the homes flooded, not of "18,500
/// homes without power"; "for each county resident" of "the county's 620,000 residents").
fn described_in(prose: &str, f: &Figure<'_>, described: &[String]) -> bool {
    let sentence = prose.get(f.frame.sentence.clone()).unwrap_or("");
    let stems: Vec<String> = sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(lexicon::stem)
        .collect();
    described
        .iter()
        .filter(|w| w.len() > 3 && !lexicon::is_stop(w))
        .all(|w| stems.contains(&lexicon::stem(w)))
}

/// The noun an amount of money is said to be for each of, with the words describing it:
/// "$342 for each county resident" → resident (county), "£15 per household", "£40 for
/// every pupil", "$790 an acre" (never a unit of time: "£2m a year" is a rate).
fn shared_by(prose: &str, f: &Figure<'_>) -> Option<(String, Vec<String>)> {
    if f.claim.kind != Kind::Money || f.frame.role == Role::Conversion {
        return None;
    }
    let after = prose
        .get(f.claim.end..f.frame.sentence.end)?
        .to_ascii_lowercase();
    let rest = [
        "for each ",
        "for every ",
        "per ",
        "to each ",
        "to every ",
        "an ",
        "a ",
    ]
    .iter()
    .find_map(|w| after.trim_start().strip_prefix(w))?;
    // (the noun is the last of up to three words, before any mark: "county resident")
    let words: Vec<&str> = rest
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .take_while(|w| !w.is_empty())
        .take(3)
        .collect();
    let ends_phrase = rest
        .get(
            words
                .iter()
                .map(|w| w.len() + 1)
                .sum::<usize>()
                .saturating_sub(1)..,
        )
        .is_some_and(|r| r.is_empty() || r.starts_with(['.', ',', ';', ')', ' ']));
    let (noun, describing) = words.split_last().filter(|_| ends_phrase)?;
    // ("$38 million, or about $990 a day" is a rate over time, shared by no count)
    if crate::extract::time_unit(noun).is_some() {
        return None;
    }
    Some((
        (*noun).to_string(),
        describing.iter().map(|w| (*w).to_string()).collect(),
    ))
}

/// Whether `f` is an average of money per head: "on average £52 each", "an average of
/// £40m each".
fn per_head(prose: &str, f: &Figure<'_>) -> bool {
    if f.claim.kind != Kind::Money || f.frame.role == Role::Conversion {
        return false;
    }
    let after = prose.get(f.claim.end..).unwrap_or("");
    let before = prose
        .get(f.frame.sentence.start..f.claim.start)
        .unwrap_or("")
        .to_ascii_lowercase();
    EACH.iter().any(|w| after.starts_with(w)) && before.contains("average")
}

/// The headline and the sentences just before and after `sentence`.
fn neighbours(doc: &Document, sentence: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> =
        super::bind_headline::headline(doc).into_iter().collect();
    let all = doc.sentences();
    let at = all.partition_point(|r| r.end <= sentence.start);
    if let Some(before) = at.checked_sub(1).and_then(|i| all.get(i)) {
        out.push(before.clone());
    }
    if let Some(after) = all.get(at + 1) {
        out.push(after.clone());
    }
    out
}

//! Parts of a total the article gave earlier: "Hallam Bank is to cut 1,900 jobs. …
//! About 900 jobs will go in retail banking, while 600 and 400 will go in IT and finance
//! respectively", "Kelso Dairies has sued 30 suppliers. … 21 of the companies are
//! Scottish while the remaining 9 are English".
//!
//! The parts are the counts of one sentence that says it is dividing something up
//! ("respectively", "the remaining", "of them", "the rest", "the 11 seats where …, and
//! the 8 where …"); when it opens "Of those," the total is the one current count of the
//! sentence just before; "the remaining" after a sentence setting one part against its
//! whole ("carried 61 of the 84 precincts") completes that whole; otherwise it is the
//! count the
//! article gave before it, when every earlier count of that noun (or, for parts that name
//! no noun, every earlier count) has one value and stands in its sentence without other
//! counts of its kind beside it (which would make it a part itself). Parts said to be all
//! of it ("the remaining") must add up to the total; others must not exceed it. Bound
//! across sentences, the relation is [`Relation::Across`], judged at warning severity.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Relation, Sum};
use crate::frame::{Figure, Frames, Role};

/// Words that say a sentence divides a whole up.
static DIVIDES: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(concat!(
        r"\b(?:respectively|the (?:remaining|rest)|the other (?:\d[\d,]*|[a-z]+)|of (?:them|these|those|which))\b",
        // "the 11 seats where …, and the 8 where …"
        r"|\bthe \d[\d,]* (?:[a-z-]+ )?(?:where|which|that|who)\b[^.;]*\band the \d[\d,]* (?:[a-z-]+ )?(?:where|which|that|who)\b",
    ))
});

/// Words that say the parts are all of the whole.
static ALL_OF_IT: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"\bthe (?:remaining|rest)\b"));

/// Binds the parts a sentence lists to the total given before.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    for sentence in frames.sentences(doc) {
        let text = doc
            .prose()
            .get(sentence.clone())
            .unwrap_or("")
            .to_ascii_lowercase();
        if text.contains(", leaving ") {
            if let Some(rel) = leaving_the_rest(doc, frames, sentence) {
                out.push(rel);
                continue;
            }
        }
        if !DIVIDES.is_match(&text) {
            continue;
        }
        let here = super::bind::own_figures(frames, sentence.clone());
        // every figure of the sentence is a part: a count, none a change
        let counts = here
            .iter()
            .all(|f| f.claim.kind == Kind::Number && f.frame.role == Role::Level);
        if here.len() == 1 && counts {
            if let Some(rel) =
                one_of_them(doc, frames, here[0]).or_else(|| rest_of_them(doc, frames, here[0]))
            {
                out.push(rel);
            }
            continue;
        }
        if let [rest] = here[..] {
            if let Some(rel) = rest_of_a_named_whole(doc, frames, rest) {
                out.push(rel);
            }
            continue;
        }
        if here.len() < 2 || !counts {
            continue;
        }
        let Some(total) = of_those_before(doc, frames, &text, &here)
            .or_else(|| earlier_total(doc, frames, &here))
        else {
            continue;
        };
        let whole = ALL_OF_IT.is_match(&text);
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Sum(Sum {
                total: total.id,
                parts: here.iter().map(|f| f.id).collect(),
                whole,
            })),
            measure: total
                .frame
                .measure
                .counted
                .clone()
                .unwrap_or_else(|| "the count given before".to_string()),
            words: None,
        }));
    }
}

/// A total formed by combining two bodies ("could merge to form a landlord of 50,000
/// homes"), bound to the first later sentence, in the next few paragraphs, that gives
/// each body's figure of that measure side by side ("Tir Homes has 31,000 homes and
/// Cartref has 19,000"): the two must make the total.
pub(crate) fn recognise_combined(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for t in &frames.figures {
        let sentence = prose.get(t.frame.sentence.clone()).unwrap_or("");
        // a byte search before the lower-casing: most sentences merge nothing
        let might = ["erg", "ombin"]
            .iter()
            .any(|w| memchr::memmem::find(sentence.as_bytes(), w.as_bytes()).is_some());
        if t.frame.role != Role::Level
            || !might
            || !COMBINES.is_match(&sentence.to_ascii_lowercase())
        {
            continue;
        }
        // "Two of Wales's housing groups could merge to form a landlord of 50,000
        // homes": the total is the one figure of its measure in the sentence
        let alone = frames
            .within(t.frame.sentence.clone())
            .iter()
            .filter(|f| f.id != t.id)
            .filter(|f| f.frame.role != Role::Conversion)
            .all(|f| {
                f.claim.kind != t.claim.kind || f.frame.measure.counted != t.frame.measure.counted
            });
        if !alone {
            continue;
        }
        let paragraph = doc.paragraphs().partition_point(|p| p.end <= t.claim.start);
        let until = doc
            .paragraphs()
            .get(paragraph + COMBINED_PARAGRAPHS)
            .map_or(prose.len(), |p| p.end);
        let later = doc
            .sentences()
            .iter()
            .filter(|s| s.start >= t.frame.sentence.end && s.end <= until);
        for s in later {
            let here: Vec<&Figure<'_>> = frames
                .within(s.clone())
                .iter()
                .filter(|f| f.claim.kind.is_quantity())
                .filter(|f| f.frame.role != Role::Conversion)
                .collect();
            let [a, b] = here[..] else {
                continue;
            };
            // "Tir Homes has 31,000 homes and Cartref has 19,000": each body
            // holds its figure by the same verb; "built 3,100 homes and sold 2,700" are
            // two deeds of one body
            let verb_before = |f: &Figure<'_>| {
                prose
                    .get(s.start..f.claim.start)
                    .and_then(|t| t.split_whitespace().next_back())
                    .map(str::to_ascii_lowercase)
            };
            let joined = prose
                .get(a.claim.end..b.claim.start)
                .is_some_and(|gap| gap.contains(" and "))
                && verb_before(a).is_some()
                && verb_before(a) == verb_before(b);
            let same = |f: &Figure<'_>| {
                crate::rules::figure::comparable(f.claim, t.claim)
                    && f.claim.value < t.claim.value
                    && f.frame.role == Role::Level
            };
            let noun = t.frame.measure.counted.as_ref();
            let named = noun.is_none() || a.frame.measure.counted.as_ref() == noun;
            let second =
                b.frame.measure.counted.is_none() || b.frame.measure.counted.as_ref() == noun;
            if !(joined && same(a) && same(b) && named && second) {
                continue;
            }
            out.push(Relation::Across(Across {
                inner: Box::new(Relation::Sum(Sum {
                    total: t.id,
                    parts: vec![a.id, b.id],
                    whole: true,
                })),
                measure: noun
                    .cloned()
                    .unwrap_or_else(|| "the combined figure".to_string()),
                words: None,
            }));
            break;
        }
    }
}

/// "Twelve of them", "three of those": the one part a sentence gives of the things the
/// sentence before counted.
static OF_THEM: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"^\s+of (?:them|these|those)\b"));

/// A part said to be "N of them", bound to the one count of the sentence just before
/// (which "them" points at): it may not exceed it.
fn one_of_them(doc: &Document, frames: &Frames<'_>, part: &Figure<'_>) -> Option<Relation> {
    let prose = doc.prose();
    let after = prose.get(part.claim.end..part.frame.sentence.end)?;
    if !OF_THEM.is_match(&crate::document::head(after, 20).to_ascii_lowercase()) {
        return None;
    }
    let before = sentence_back(doc, part.frame.sentence.start, 1)?;
    // the sentence just before (in wire copy, the paragraph before) must count one
    // thing only
    let counts: Vec<&Figure<'_>> = frames
        .within(before.clone())
        .iter()
        .filter(|f| f.claim.kind == Kind::Number && f.frame.role != Role::Conversion)
        .collect();
    let [total] = counts[..] else {
        return None;
    };
    if total.frame.projected || total.frame.role != Role::Level {
        return None;
    }
    Some(Relation::Across(Across {
        inner: Box::new(Relation::Sum(Sum {
            total: total.id,
            parts: vec![part.id],
            whole: false,
        })),
        measure: "the count 'them' points back at".to_string(),
        words: None,
    }))
}

/// The whole of parts whose sentence opens by pointing back ("Of those, 4,100 were
/// enforced returns and the remaining 8,300 left voluntarily"): the one current count of
/// the sentence just before ("About 12,400 people were returned, up 16% on the previous
/// year's 10,700": not the earlier level), larger than every part.
fn of_those_before<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    text: &str,
    parts: &[&Figure<'a>],
) -> Option<&'f Figure<'a>> {
    static OPENS_OF_THOSE: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::compile(r"^(?:and |but )?of (?:those|them|these),? "));
    if !OPENS_OF_THOSE.is_match(text) {
        return None;
    }
    let first = parts.first()?;
    let before = sentence_back(doc, first.frame.sentence.start, 1)?;
    let counts: Vec<&Figure<'a>> = frames
        .within(before.clone())
        .iter()
        .filter(|f| f.claim.kind == Kind::Number && f.frame.role != Role::Conversion)
        .filter(|f| super::bind::current_level(doc.prose(), f))
        .collect();
    let [total] = counts[..] else {
        return None;
    };
    let largest = parts
        .iter()
        .filter_map(|p| p.claim.value)
        .fold(0.0_f64, f64::max);
    (!total.frame.projected && total.claim.value? > largest).then_some(total)
}

/// "The remaining 16,870", the rest of a whole whose other parts the sentence just before
/// gave, pointing back to it ("The airport handled 48,200 flights. Of those, 31,330 were
/// short-haul. The remaining 16,870 were long-haul") or naming it ("handled 48,200
/// flights, of which 31,330 were short-haul. The remaining 16,870 …"): the parts and the
/// rest must make the whole.
fn rest_of_them(doc: &Document, frames: &Frames<'_>, rest: &Figure<'_>) -> Option<Relation> {
    let prose = doc.prose();
    let lead = prose.get(rest.frame.sentence.start..rest.claim.start)?;
    if !crate::document::tail(lead, 16)
        .to_ascii_lowercase()
        .ends_with("the remaining ")
    {
        return None;
    }
    let before = sentence_back(doc, rest.frame.sentence.start, 1)?;
    let counts_of = |span: &std::ops::Range<usize>| -> Vec<&Figure<'_>> {
        frames
            .within(span.clone())
            .iter()
            .filter(|f| f.claim.kind == Kind::Number && f.frame.role != Role::Conversion)
            // (a rate over time is neither whole nor part: "numbered 48,200, an average
            // of about 132 a day")
            .filter(|f| !super::bind_previous_total::rate_over_time(prose, f))
            .collect()
    };
    let level = |f: &Figure<'_>| f.frame.role == Role::Level && !f.frame.projected;
    let here = counts_of(before);
    let text = prose.get(before.clone())?.to_ascii_lowercase();
    let pointing_back = [
        "of those",
        "of these",
        "of them",
        "among them",
        "among those",
    ]
    .iter()
    .any(|w| text.trim_start().starts_with(w));
    let (total, parts) = if pointing_back {
        let two_back = sentence_back(doc, rest.frame.sentence.start, 2)?;
        let [total] = counts_of(two_back)[..] else {
            return None;
        };
        (total, here)
    } else if let Some((part, whole)) = one_part_of_its_whole(prose, &here) {
        // ("Harmon carried 61 of the 84 precincts. Brecken won the remaining 23.")
        (whole, vec![part])
    } else {
        // ("48,200 flights, of which 31,330 were short-haul")
        let (first, others) = here.split_first()?;
        let between = prose
            .get(first.claim.end..others.first()?.claim.start)?
            .to_ascii_lowercase();
        if !between.contains("of which") && !between.contains("of whom") {
            return None;
        }
        (*first, others.to_vec())
    };
    let before_rest = prose.get(before.end..rest.frame.sentence.start)?;
    let runs_on = before_rest.trim().is_empty();
    if parts.is_empty() || !runs_on || !level(total) || !parts.iter().all(|p| level(p)) {
        return None;
    }
    let mut ids: Vec<_> = parts.iter().map(|f| f.id).collect();
    ids.push(rest.id);
    Some(Relation::Across(Across {
        inner: Box::new(Relation::Sum(Sum {
            total: total.id,
            parts: ids,
            whole: true,
        })),
        measure: "the whole 'the remaining' completes".to_string(),
        words: None,
    }))
}

/// The one part set against its whole among `counts` ("61 of the 84 precincts", "12 out
/// of 20"), when the sentence sets no other: the part and the whole a following "the
/// remaining" completes.
fn one_part_of_its_whole<'f, 'a>(
    prose: &str,
    counts: &[&'f Figure<'a>],
) -> Option<(&'f Figure<'a>, &'f Figure<'a>)> {
    let pairs = counts.windows(2).filter_map(|pair| {
        let between = prose.get(pair[0].claim.end..pair[1].claim.start)?;
        let of = matches!(
            between.to_ascii_lowercase().as_str(),
            " of the " | " of its " | " of their " | " out of " | " out of the "
        );
        (of && pair[1].claim.value > pair[0].claim.value).then_some((pair[0], pair[1]))
    });
    super::bind::only_one(pairs)
}

/// "The remaining £153m" (or "The rest, some £4.3m", "Day visitors spent the remaining
/// £164m") after a sentence that gives one part of a whole it names: after "of" ("Fares
/// raised £212m, covering 58% of the running costs of £365m"; "£212m of the £365m it
/// costs") or before "of which" ("costs are £6.2m, of which the NHS meets £1.9m"). The
/// part and the rest must make the whole. The sentence before must give exactly two
/// figures of the rest's kind and currency, the whole the larger; or one, the part,
/// naming its whole by a word ("£248m of the spending"), the whole then the one such
/// figure of the sentence before that.
fn rest_of_a_named_whole(
    doc: &Document,
    frames: &Frames<'_>,
    rest: &Figure<'_>,
) -> Option<Relation> {
    static WHOLE_NAMED: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::compile(r"\bof (?:the |its |their |a |an )?$"));
    static OF_A_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(r"^ of (?:the|its|their|all the|all) [a-z]+(?:[ ,.;)]|$)")
    });
    static THE_REST: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern::compile(
            r"^(?:[a-z'-]+ ){0,4}?the (?:remaining |rest,? (?:about |around |roughly |some |nearly |almost |just over |just under )?)$",
        )
    });
    let prose = doc.prose();
    let plain = |f: &Figure<'_>| {
        f.claim.kind.is_quantity()
            && f.claim.kind != Kind::Percent
            && !matches!(f.frame.role, Role::Conversion | Role::Change)
            && !f.frame.projected
    };
    let lead = prose
        .get(rest.frame.sentence.start..rest.claim.start)?
        .trim_start()
        .to_ascii_lowercase();
    // ("the remaining £90m of that": a rest of something else the copy names)
    let of_another = prose
        .get(rest.claim.end..rest.frame.sentence.end)
        .is_some_and(|after| after.starts_with(" of "));
    if !THE_REST.is_match(&lead) || !plain(rest) || of_another {
        return None;
    }
    let before = sentence_back(doc, rest.frame.sentence.start, 1)?;
    let runs_on = prose
        .get(before.end..rest.frame.sentence.start)?
        .trim()
        .is_empty();
    // the figures of a sentence of the rest's kind and currency
    let alike_in = |sentence: &std::ops::Range<usize>| -> Vec<&Figure<'_>> {
        frames
            .within(sentence.clone())
            .iter()
            .filter(|f| f.claim.kind == rest.claim.kind && f.claim.currency == rest.claim.currency)
            .collect()
    };
    let alike = alike_in(before);
    let (part, whole) = match alike[..] {
        // "Visitors spent £412m. Overnight stays accounted for £248m of the spending. Day
        // visitors spent the remaining £164m": a part that names its whole by a word,
        // of the one amount the sentence before it gives
        [part] => {
            let names_a_whole = prose
                .get(part.claim.end..before.end)
                .is_some_and(|after| OF_A_WHOLE.is_match(&after.to_ascii_lowercase()));
            let earlier = sentence_back(doc, before.start, 1)?;
            let joined = prose
                .get(earlier.end..before.start)
                .is_some_and(|gap| gap.trim().is_empty());
            match alike_in(earlier)[..] {
                [whole] if names_a_whole && joined => (part, whole),
                _ => return None,
            }
        }
        [first, second] => {
            let between = prose
                .get(first.claim.end..second.claim.start)?
                .to_ascii_lowercase();
            let of_which = between.contains("of which") || between.contains("of whom");
            let named_after_of = prose
                .get(before.start..second.claim.start)
                .is_some_and(|t| {
                    WHOLE_NAMED.is_match(&crate::document::tail(t, 24).to_ascii_lowercase())
                });
            if of_which {
                (second, first)
            } else if named_after_of {
                (first, second)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    // (a rate over time is neither whole nor part of one; the rest may be said as one,
    // "The rest, some £4.3m a year", of a yearly whole)
    let rate = |f: &Figure<'_>| super::bind_previous_total::rate_over_time(prose, f);
    let larger = whole.claim.value > part.claim.value;
    if !runs_on || !larger || !plain(part) || !plain(whole) || rate(part) || rate(whole) {
        return None;
    }
    Some(part_and_rest(
        whole,
        part,
        rest,
        "the whole 'the remaining' completes",
    ))
}

/// The sum that says a part and the rest of a whole make all of it, bound across
/// sentences under `measure`.
fn part_and_rest(
    whole: &Figure<'_>,
    part: &Figure<'_>,
    rest: &Figure<'_>,
    measure: &str,
) -> Relation {
    Relation::Across(Across {
        inner: Box::new(Relation::Sum(Sum {
            total: whole.id,
            parts: vec![part.id, rest.id],
            whole: true,
        })),
        measure: measure.to_string(),
        words: None,
    })
}

/// "By Monday evening, 16,200 had been reconnected, leaving 2,300 still cut off": a part
/// and what it leaves of the one count the sentence just before gave ("The storm left
/// 18,500 homes without power"), which the two must make.
fn leaving_the_rest(
    doc: &Document,
    frames: &Frames<'_>,
    sentence: &std::ops::Range<usize>,
) -> Option<Relation> {
    let prose = doc.prose();
    let counts = |span: &std::ops::Range<usize>| -> Vec<&Figure<'_>> {
        frames
            .within(span.clone())
            .iter()
            .filter(|f| f.frame.role != Role::Conversion && f.claim.kind.is_quantity())
            .collect()
    };
    let [part, rest] = counts(sentence)[..] else {
        return None;
    };
    let between = prose.get(part.claim.end..rest.claim.start)?;
    let level = |f: &Figure<'_>| {
        f.claim.kind == Kind::Number && f.frame.role == Role::Level && !f.frame.projected
    };
    if !between.contains(", leaving ") || between.len() > 60 || !level(part) || !level(rest) {
        return None;
    }
    let before = sentence_back(doc, sentence.start, 1)?;
    let runs_on = prose.get(before.end..sentence.start)?.trim().is_empty();
    // ("More than 1.2 million homes lost power, about 40% of the 3 million customers on
    // the grid": the whole is the count that is no share's whole, and is more than the
    // part)
    let before_counts = counts(before);
    let candidates: Vec<&Figure<'_>> = before_counts
        .iter()
        .enumerate()
        .filter(|(_, f)| level(f) && f.claim.value > part.claim.value)
        .filter(|&(i, f)| {
            let share = i.checked_sub(1).and_then(|j| before_counts.get(j));
            !share.is_some_and(|s| whole_of_a_share(prose, s, f))
        })
        .map(|(_, f)| *f)
        .collect();
    let [whole] = candidates[..] else {
        return None;
    };
    if !runs_on {
        return None;
    }
    Some(part_and_rest(
        whole,
        part,
        rest,
        "the count the sentence before gives",
    ))
}

/// Whether `f` is the whole the percentage `share` just before it is of ("40% of the
/// 3 million customers"; "sold 3,000 of its 5,000 flats" makes 3,000 a part, and a whole
/// a later part may be of).
fn whole_of_a_share(prose: &str, share: &Figure<'_>, f: &Figure<'_>) -> bool {
    let between = prose
        .get(share.claim.end..f.claim.start)
        .unwrap_or("")
        .to_ascii_lowercase();
    share.claim.kind == Kind::Percent
        && ["of the", "of its", "of their", "of all"].contains(&between.trim())
}

/// The sentence `back` sentences before the one that starts at `start` (1: the one just
/// before it).
fn sentence_back(doc: &Document, start: usize, back: usize) -> Option<&std::ops::Range<usize>> {
    let sentences = doc.sentences();
    let here = sentences.partition_point(|s| s.end <= start);
    sentences.get(here.checked_sub(back)?)
}

/// Words that say a figure is of two bodies combined.
static COMBINES: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"\b(?:merge|merged|merger|merging|combined|combine|combining)\b")
});

/// How many paragraphs after a combined total may give its parts.
const COMBINED_PARAGRAPHS: usize = 2;

/// Whether `f` is a level another is measured against, not one it has: "remains below
/// the 21 million it carried in 2019", "short of the 500 planned", "up from 90".
fn reference_level(prose: &str, f: &Figure<'_>) -> bool {
    let before = prose
        .get(f.frame.sentence.start..f.claim.start)
        .unwrap_or("")
        .trim_end()
        .to_ascii_lowercase();
    let before = before.strip_suffix(" the").unwrap_or(&before);
    [
        "below",
        "above",
        "short of",
        "than",
        "from",
        "compared with",
        "against",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// The one count the article gave before the parts that they can be parts of.
fn earlier_total<'f, 'a>(
    doc: &Document,
    frames: &'f Frames<'a>,
    parts: &[&Figure<'a>],
) -> Option<&'f Figure<'a>> {
    let first = parts.first()?;
    let noun = parts.iter().find_map(|p| p.frame.measure.counted.clone());
    let largest = parts
        .iter()
        .filter_map(|p| p.claim.value)
        .fold(0.0_f64, f64::max);
    let candidates: Vec<&Figure<'a>> = frames
        .figures
        .iter()
        .filter(|f| f.claim.end <= first.frame.sentence.start)
        .filter(|f| f.claim.kind == Kind::Number && f.frame.role == Role::Level)
        .filter(|f| !f.frame.projected && !reference_level(doc.prose(), f))
        .filter(|f| f.frame.measure.counted.is_some())
        .filter(|f| {
            noun.is_none()
                || f.frame.measure.counted == noun
                // ("sued 45 banks … 35 of the companies sued")
                || f.frame.measure.counted.as_deref().zip(noun.as_deref()).is_some_and(
                    |(total, part)| crate::lexicon::class_and_kind(total, part),
                )
        })
        .collect();
    let total = *candidates.first()?;
    let value = total.claim.value?;
    // two earlier counts of other values: which is the whole is a guess
    let one_value = candidates.iter().all(|f| f.claim.value == Some(value));
    // "the second party won 121 seats … while the third won 72": a count set beside
    // others of its kind is a part itself, not the whole the later parts divide
    let beside_parts = frames.within(total.frame.sentence.clone()).iter().any(|f| {
        f.id != total.id
            && f.claim.kind == Kind::Number
            && f.frame.role == Role::Level
            && f.claim.value != Some(value)
            && !reference_level(doc.prose(), f)
            && (f.frame.measure.counted.is_none() || f.frame.measure.counted == noun)
    });
    let within = doc.paragraphs().len() > 1;
    (one_value && within && value > largest && !beside_parts).then_some(total)
}

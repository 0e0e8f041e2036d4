//! `arithmetic/list-count`: a number of things stated, then the things listed ("three
//! marques - BMW, Mini and Rolls-Royce"), where the list does not hold that many.

use std::ops::Range;

use crate::document::Document;
use crate::extract::{Kind, Qualifier};
use crate::frame::relation::{ListCount, Relation};
use crate::frame::Frames;
use crate::lexicon::small_number;
use crate::rules::mismatch::{Mismatch, Side};

/// `arithmetic/list-count`: A stated number of things does not match the things listed after it.
pub const LIST_COUNT: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::ListCount,
    default_severity: crate::finding::Severity::Error,
    summary: "A stated number of things does not match the things listed after it.",
    doc: r#"Checks a count followed at once by the things it counts, set off by a colon, a dash or
a bracket: "three marques - BMW, Mini and Rolls-Royce", "the four nations: England,
Scotland, Wales and Northern Ireland", "two goals (a header and a penalty)". The list must
name as many things as the count says.

Only a whole list is read: one whose items are separated by commas and a last "and", that
ends the sentence or is closed by a dash or a bracket. Left alone: a list that says it is
partial ("including", "such as", "among them", "and others"); a list with "or", or with an
"and" inside an item, where the items cannot be told apart ("Marks and Spencer, Tesco and
Asda"); a list whose items are groups or hold numbers ("three people - two men and a
woman", "Radio 1 and Radio 4"); a list more than two away from its count, which is no
list of it ("the 12-member board - chaired by Smith and Jones"); a count that is approximate or bounded ("some three", "at least four"); and a count
of a larger whole ("two of the five - Smith and Jones").

**Why.** A list one short or one long of its count is the slip of an edit that added or
cut a name and left the number; a reader counts.

**Tolerance.** None: a count of things named is exact.

**Example.**

    The firm owns three marques - BMW, Mini, Rolls-Royce and Bentley.

lists four marques; the copy says three.

**Fix.** Correct the count, or restore or cut the missing or extra name."#,
};

/// Words that say a list is not the whole: it names some of the things counted.
const PARTIAL: [&str; 18] = [
    "along",
    "plus",
    "besides",
    "except",
    "excluding",
    "including",
    "include",
    "includes",
    "such",
    "among",
    "notably",
    "mainly",
    "mostly",
    "like",
    "led",
    "etc",
    "others",
    "other",
];

/// Words before a count that make it one end of a range or comparison ("from three
/// to", "more than three", "between two and").
const NOT_THE_COUNT: [&str; 8] = ["from", "among", "between", "than", "to", "and", "or", "by"];

/// Words besides the small numbers that, before "of", make the count after it a larger
/// whole the list is part of ("two of the five", "most of the three").
const PART_OF: [&str; 12] = [
    "one", "eleven", "twelve", "some", "most", "many", "few", "several", "half", "all", "each",
    "both",
];

/// Words besides the small numbers ([`small_number`]) that make an item a group of its
/// own ("two men and a woman", "several of them"), so the list is a breakdown of the count
/// rather than one item a thing.
const GROUPS: [&str; 17] = [
    "eleven",
    "twelve",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "several",
    "many",
    "some",
    "both",
    "couple",
    "pair",
    "few",
    "all",
    "twins",
    "more",
];

/// The most a list may miss its count by and still be read as the list of it.
const MOST_OFF: f64 = 2.0;

/// Each count followed at once, after a colon, dash or bracket, by a whole list.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for f in &frames.figures {
        let c = f.claim;
        let Some(value) = c.value else { continue };
        if c.kind != Kind::Number
            || c.qualifier != Qualifier::Exact
            || value.fract() != 0.0
            || !(2.0..=20.0).contains(&value)
        {
            continue;
        }
        let sentence_end = doc.sentence_span(c.start).end;
        let Some(list) = list_after(prose, c.end, sentence_end, c.unit.as_deref()) else {
            continue;
        };
        if !count_of_its_own(prose.get(..c.start).unwrap_or("")) {
            continue;
        }
        let Some(items) = items_of(prose, list) else {
            continue;
        };
        out.push(Relation::ListCount(ListCount { count: f.id, items }));
    }
}

/// Whether the words before a count leave it a count of its own: not one end of a range
/// or comparison ("from three", "more than three") nor a whole a part is taken of ("two
/// of the five", "two of their last three"); "the activities of three websites" is one.
fn count_of_its_own(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(4)
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let near = words.get(..2.min(words.len())).unwrap_or_default();
    if near.iter().any(|w| NOT_THE_COUNT.contains(&w.as_str())) {
        return false;
    }
    // "of", and before it a number or a word for part of a whole
    !words.windows(2).take(3).any(|pair| {
        pair[0] == "of"
            && (PART_OF.contains(&pair[1].as_str())
                || small_number(&pair[1]).is_some()
                || pair[1].starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// The span of the list that follows the count ending at `end`: the things counted, at
/// most four words ending in `unit`, what the extractor found the count counts ("eight
/// Russian cities"), or none ("the top three"); then a colon, a dash or an opening
/// bracket. The list runs to the end of the sentence (at `sentence_end`), a closing dash
/// or the closing bracket. ("ten were In Good Company - starring …" and "three games are
/// away - against …" name no list of what they count.)
fn list_after(
    prose: &str,
    end: usize,
    sentence_end: usize,
    unit: Option<&str>,
) -> Option<Range<usize>> {
    let rest = prose.get(end..)?;
    let mut at = 0;
    let mut words = 0;
    let mut last_word = "";
    loop {
        let tail = rest.get(at..)?;
        if let Some((opener, len)) = opener(tail) {
            if words > 0 && !unit.is_some_and(|u| u.eq_ignore_ascii_case(last_word)) {
                return None;
            }
            let from = end + at + len;
            let close = close_of(prose.get(..sentence_end)?, from, opener)?;
            return Some(from..close);
        }
        // one more word of the noun phrase: " marques"
        let word = tail.strip_prefix(' ')?;
        let len = word
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(word.len());
        if len == 0 || words == 4 {
            return None;
        }
        last_word = word.get(..len)?;
        words += 1;
        at += 1 + len;
    }
}

/// What opens a list at the start of `tail`, and its length.
fn opener(tail: &str) -> Option<(char, usize)> {
    for (mark, opener) in [
        (": ", ':'),
        (" - ", '-'),
        (" – ", '-'),
        (" — ", '-'),
        ("—", '-'),
        (" (", '('),
    ] {
        if tail.starts_with(mark) {
            return Some((opener, mark.len()));
        }
    }
    None
}

/// Where the list from `from` ends in `sentence` (the copy up to the end of the list's
/// sentence): the closing bracket of one opened by a bracket (none found: no list), else
/// a dash, a semicolon or the sentence's closing mark.
fn close_of(sentence: &str, from: usize, opener: char) -> Option<usize> {
    let text = sentence.get(from..)?;
    if opener == '(' {
        return Some(from + text.find(')')?);
    }
    let mut limit = text
        .trim_end_matches(['.', '?', '!', '"', '\'', '’', '”'])
        .len();
    for mark in [" - ", " – ", " — ", "—", ";", ")", "("] {
        if let Some(k) = text.get(..limit)?.find(mark) {
            limit = k;
        }
    }
    Some(from + limit)
}

/// The items of the list at `span`, when it is a whole one whose items can be told
/// apart: "A, B and C" (or "A, B, and C"), "A and B".
fn items_of(prose: &str, span: Range<usize>) -> Option<Vec<Range<usize>>> {
    let text = prose.get(span.clone())?;
    let trimmed = text.trim_end_matches([' ', ',']);
    if trimmed.contains(" or ") || trimmed.contains(" and/or ") || trimmed.is_empty() {
        return None;
    }
    let first_word = trimmed.split_whitespace().next()?.to_ascii_lowercase();
    if PARTIAL.contains(&first_word.trim_matches(|c: char| !c.is_alphanumeric())) {
        return None;
    }
    // the pieces between commas, each with its offset in `text`
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for piece in trimmed.split(", ") {
        pieces.push((at, piece));
        at += piece.len() + 2;
    }
    let (last_at, last) = pieces.pop()?;
    // the last "and": "B and C", or after an Oxford comma "and C"
    let (before_and, after_and) = match last.strip_prefix("and ") {
        Some(after) if !pieces.is_empty() => (None, (last_at + 4, after)),
        _ => {
            let k = last.find(" and ")?;
            let after = last.get(k + 5..)?;
            (Some((last_at, last.get(..k)?)), (last_at + k + 5, after))
        }
    };
    pieces.extend(before_and);
    pieces.push(after_and);
    let mut items = Vec::with_capacity(pieces.len());
    for (offset, item) in pieces {
        let item = item.trim();
        let words: Vec<&str> = item.split_whitespace().collect();
        let bare = |w: &&str| {
            w.to_ascii_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        };
        let partial = words.iter().any(|w| PARTIAL.contains(&bare(w).as_str()));
        // a group ("two men") or a number ("Radio 4") in an item: no one-a-thing list
        let group = words.iter().any(|w| {
            let w = bare(w);
            GROUPS.contains(&w.as_str())
                || small_number(&w).is_some()
                || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        });
        if words.is_empty() || words.len() > 6 || partial || group || item.contains(" and ") {
            return None;
        }
        let start = span.start
            + offset
            + (text.get(offset..)?.len() - text.get(offset..)?.trim_start().len());
        items.push(start..start + item.len());
    }
    (items.len() >= 2).then_some(items)
}

/// The finding for a count whose list holds another number of things.
pub(crate) fn judge(doc: &Document, frames: &Frames<'_>, rel: &ListCount) -> Option<Mismatch> {
    let count = frames.claim(rel.count)?;
    let stated = count.value?;
    let listed = rel.items.len();
    // An edit adds or cuts a name or two; a list further from its count than that is
    // no list of it ("5 stars: the highest rating and a rare one", "the 12-member board -
    // chaired by Smith and Jones").
    let off = (stated - listed as f64).abs();
    if !(0.5..=MOST_OFF).contains(&off) {
        return None;
    }
    let prose = doc.prose();
    let names: Vec<&str> = rel
        .items
        .iter()
        .filter_map(|r| prose.get(r.clone()))
        .collect();
    let (last, rest) = names.split_last()?;
    let list = format!("{} and {last}", rest.join(", "));
    let end = rel.items.last().map_or(count.end, |r| r.end);
    Some(
        Mismatch::computed(
            crate::rules::RuleId::ListCount,
            count.start..end,
            format!("the count of the list that follows ({list})"),
            listed.to_string(),
            Side::copy(count.text.clone()),
        )
        .note(format!(
            "counted the {listed} things named after '{}', told apart by commas and the last 'and'",
            count.text
        ))
        .key([count.text.as_str(), &listed.to_string()]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The items of the list after the first `count` in `text`, which counts `unit`, as
    /// the extractor would say ("" when it counts nothing named).
    fn items(text: &str, count: &str, unit: &str) -> Option<Vec<String>> {
        let doc = Document::from_text("t.txt", text, crate::document::Format::Text);
        let start = text.find(count)?;
        let sentence_end = doc.sentence_span(start).end;
        let unit = Some(unit).filter(|u| !u.is_empty());
        let list = list_after(text, start + count.len(), sentence_end, unit)?;
        let items = items_of(text, list)?;
        Some(items.into_iter().map(|r| text[r].to_string()).collect())
    }

    fn names(list: &[&str]) -> Option<Vec<String>> {
        Some(list.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn whole_lists_are_read_item_by_item() {
        for (text, count, unit, expected) in [
            (
                "It owns three marques - BMW, Mini and Rolls-Royce. Sales rose.",
                "three",
                "marques",
                &["BMW", "Mini", "Rolls-Royce"][..],
            ),
            (
                "the four nations: England, Scotland, Wales, and Northern Ireland",
                "four",
                "nations",
                &["England", "Scotland", "Wales", "Northern Ireland"],
            ),
            (
                "He scored two goals (a header and a penalty) in the game.",
                "two",
                "goals",
                &["a header", "a penalty"],
            ),
            (
                "two companies - Leadplex LLC. and Leadplex Holdings. They were fined.",
                "two",
                "companies",
                &["Leadplex LLC.", "Leadplex Holdings"],
            ),
            (
                "executives in three companies - PayPerAction LLC., Leadplex LLC. and Leadplex Inc - that",
                "three",
                "companies",
                &["PayPerAction LLC.", "Leadplex LLC.", "Leadplex Inc"],
            ),
            (
                "the top three - Arsenal, Chelsea and Spurs.",
                "three",
                "",
                &["Arsenal", "Chelsea", "Spurs"],
            ),
            (
                "its eight Russian cities — Klin, Omsk, Perm, Kursk, Tver, Orel, Ufa and Tula.",
                "eight",
                "cities",
                &[
                    "Klin", "Omsk", "Perm", "Kursk", "Tver", "Orel", "Ufa", "Tula",
                ],
            ),
        ] {
            assert_eq!(items(text, count, unit), names(expected), "{text}");
        }
    }

    #[test]
    fn partial_or_ambiguous_lists_are_not_read() {
        for (text, count, unit) in [
            (
                "three countries - including France and Spain.",
                "three",
                "countries",
            ),
            (
                "three retailers - Marks and Spencer, Tesco and Asda.",
                "three",
                "retailers",
            ),
            (
                "the three firms - Acme Inc. and Dr. Smith Ltd. and Co - are",
                "three",
                "firms",
            ),
            ("two options: tax or borrow.", "two", "options"),
            (
                "three clubs - Arsenal, Chelsea and others.",
                "three",
                "clubs",
            ),
            ("three clubs, Arsenal, Chelsea and Spurs.", "three", "clubs"),
            ("five players such as Smith and Jones.", "five", "players"),
            ("two men - along with A and B.", "two", "men"),
            (
                "Three people - two men and a woman - were hurt.",
                "Three",
                "people",
            ),
            (
                "The four victims - a mother, her two children and a neighbour - died.",
                "four",
                "victims",
            ),
            (
                "The three stations - Radio 1, Radio 2 and Radio 4 - were hit.",
                "three",
                "stations",
            ),
            ("the two men - Smith and Jones, both 25, said", "two", "men"),
            (
                "the top ten were In Good Company - starring A and B - and",
                "ten",
                "",
            ),
            (
                "two of their last three games are away - against A and B.",
                "three",
                "games",
            ),
        ] {
            assert_eq!(items(text, count, unit), None, "{text}");
        }
        assert!(!count_of_its_own("Two of the"));
        assert!(!count_of_its_own("rose from"));
        assert!(!count_of_its_own("two of their last"));
        assert!(count_of_its_own("It owns"));
        assert!(count_of_its_own("the activities of"));
        assert!(count_of_its_own("are the top executives in"));
        assert!(count_of_its_own("to be followed by those of"));
        assert!(!count_of_its_own("rose by"));
        assert!(!count_of_its_own("Some of the"));
    }
}

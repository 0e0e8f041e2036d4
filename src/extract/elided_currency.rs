//! The currency copy leaves out of the second of two amounts it compares: "rose to 1.23
//! billion euros from 980 million", "$4.5bn, from 5.1bn in 2003", "£45m, against 38m".
//! A reader takes the second as money in the first's currency; so do the rules that
//! check the change between them.

use super::patterns::{num_word, scale_abbrev, NumWord};
use super::{Claim, Kind};

/// The most bytes between two amounts for one to lend the other its currency: a
/// connecting phrase ("from", ", compared with", "a year earlier, against", ", up from
/// a previous forecast of").
const MOST_BETWEEN: usize = 40;

/// Words that join two amounts of one thing compared.
const CONNECTORS: &[&str] = &["from", "to", "against", "than", "versus", "vs", "compared"];

/// Makes money of each bare scaled number in one paragraph's `claims` (spans into
/// `text`) that is compared with an amount of money in the same sentence.
pub(super) fn fill(text: &str, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        if !bare_scaled(&claims[i]) {
            continue;
        }
        let lender = partner(text, claims, i).or_else(|| parallel(text, claims, i));
        if let Some(code) = lender.and_then(|m| claims[m].currency.clone()) {
            claims[i].kind = Kind::Money;
            claims[i].currency = Some(code);
        }
    }
}

/// The amount of money the bare figure `i` is compared with: the one just after it, or
/// the one before it, past the conversions in brackets that follow that one ("77m euros
/// (£53m; $100m), up from 38m" compares euros).
fn partner(text: &str, claims: &[Claim], i: usize) -> Option<usize> {
    let c = &claims[i];
    let gap_before = i
        .checked_sub(1)
        .and_then(|j| text.get(claims[j].end..c.start));
    let before = gap_before.filter(|g| joins(g)).and_then(|_| {
        (0..i)
            .rev()
            .take(MOST_CONVERSIONS + 1)
            .find(|&j| !in_brackets(text, &claims[j]))
    });
    let after = claims
        .get(i + 1)
        .filter(|n| !in_brackets(text, n))
        .and_then(|n| text.get(c.end..n.start))
        .filter(|g| joins(g))
        .map(|_| i + 1);
    [before, after].into_iter().flatten().find(|&m| {
        scaled_money(&claims[m])
            && claims[m].sentence == c.sentence
            && (m.min(i)..m.max(i))
                .skip(1)
                .all(|k| claims[k].kind == Kind::Money && in_brackets(text, &claims[k]))
    })
}

/// The amount of money an earlier clause of the sentence ends a change with, when the
/// bare figure `i` ends a change of money said the same way: "profit rose 12 pct to
/// 3.4 bln euros, while sales fell 2 pct to 11.2 bln", "revenue grew to $9bn and
/// fell to 7.5bn". Agency copy names the currency once for a run of such clauses. The
/// bare figure must follow the same "to" or "from" after a verb of change (or a
/// percentage change after one) whose subject is money or the clause before's own, so
/// "subscribers grew to 40m" keeps its count; an amount in another currency between
/// them lends nothing.
fn parallel(text: &str, claims: &[Claim], i: usize) -> Option<usize> {
    let c = &claims[i];
    let (at, connector) = word_before(text, c.start)?;
    if !matches!(connector, "to" | "from") || !money_changed(text, claims, i, at) {
        return None;
    }
    let said_alike = |j: &usize| {
        scaled_money(&claims[*j])
            && word_before(text, claims[*j].start).is_some_and(|(at_j, connector_j)| {
                connector_j == connector && verb_before(text, claims, *j, at_j).is_some()
            })
    };
    let j = (0..i)
        .rev()
        .take(MOST_PARALLEL)
        .take_while(|&j| claims[j].sentence == c.sentence)
        .find(said_alike)?;
    let one_currency = claims[j + 1..i]
        .iter()
        .all(|o| o.kind != Kind::Money || o.currency == claims[j].currency);
    one_currency.then_some(j)
}

/// How many figures back a parallel clause's amount is looked for: the percentage
/// change of each clause and a figure or two beside them.
const MOST_PARALLEL: usize = 4;

/// Subjects of a change that are amounts of money: "sales fell to 11.2 bln".
const MONEY_SUBJECTS: &[&str] = &[
    "sales",
    "revenue",
    "revenues",
    "profit",
    "profits",
    "turnover",
    "earnings",
    "income",
    "costs",
    "spending",
    "debt",
    "debts",
    "losses",
    "loss",
    "assets",
    "deficit",
    "surplus",
    "exports",
    "imports",
    "investment",
    "dividend",
    "capital",
    "reserves",
    "value",
    "ebitda",
    "borrowing",
    "funding",
    "bill",
    "wages",
    "pay",
];

/// Words before a verb of change that keep the clause before's subject: "rose to $9bn
/// and fell to 7bn", "…, but then slipped to 8bn".
const SAME_SUBJECT: &[&str] = &["and", "but", "then", "it", "which", "before", "later"];

/// Whether the connector at byte `at`, before the bare figure `i`, ends a change of
/// money: its verb's subject is a word of money or the clause before's own.
fn money_changed(text: &str, claims: &[Claim], i: usize, at: usize) -> bool {
    verb_before(text, claims, i, at)
        .and_then(|verb| word_before(text, verb))
        .is_some_and(|(_, subject)| {
            let subject = subject.to_ascii_lowercase();
            MONEY_SUBJECTS.contains(&subject.as_str()) || SAME_SUBJECT.contains(&subject.as_str())
        })
}

/// Where the verb of change before the connector at byte `at` starts: just before it
/// ("fell to") or before the percentage change just before it ("fell 2 pct to").
fn verb_before(text: &str, claims: &[Claim], i: usize, at: usize) -> Option<usize> {
    let percent = i.checked_sub(1).filter(|&p| {
        claims[p].kind == Kind::Percent
            && text
                .get(claims[p].end..at)
                .is_some_and(|gap| gap.trim().is_empty())
    });
    let before = percent.map_or(at, |p| claims[p].start);
    word_before(text, before)
        .filter(|(_, w)| {
            let w = w.to_ascii_lowercase();
            super::elided::change_verb(&w) || super::change_words::change_word(&w)
        })
        .map(|(start, _)| start)
}

/// The word just before byte `at` of `text`, with where it starts: the connector before a
/// figure.
fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let before = text.get(..at)?.trim_end();
    let start = before
        .rfind(|ch: char| !ch.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let word = before.get(start..)?;
    (!word.is_empty()).then_some((start, word))
}

/// The most conversions in brackets after an amount ("(£53m; $100m)").
const MOST_CONVERSIONS: usize = 3;

/// Whether a figure stands in brackets, as a conversion does: "(£53m; $100m)".
fn in_brackets(text: &str, c: &Claim) -> bool {
    let before = text
        .get(..c.start)
        .and_then(|t| t.trim_end().chars().next_back());
    let after = text
        .get(c.end..)
        .and_then(|t| t.trim_start().chars().next());
    matches!(before, Some('(' | ';')) || matches!(after, Some(')' | ';'))
}

/// A count with a scale word and nothing counted: "980 million", "38m".
fn bare_scaled(c: &Claim) -> bool {
    c.kind == Kind::Number && c.unit.is_none() && c.currency.is_none() && scaled(&c.text)
}

/// An amount of money in a named currency with a scale word: "1.23 billion euros",
/// "$4.5bn".
fn scaled_money(c: &Claim) -> bool {
    c.kind == Kind::Money && c.currency.is_some() && scaled(&c.text)
}

/// Whether the figure's words carry a scale of a million or more: "980 million",
/// "$4.5bn", "77m euros", "980 mln" (the extractor's own scale words and abbreviations).
fn scaled(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        let letters = word.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
        let scale =
            scale_abbrev(letters).or_else(|| match num_word(&letters.to_ascii_lowercase()) {
                Some(NumWord::Scale(s)) => Some(s),
                _ => None,
            });
        scale.is_some_and(|s| s >= 1e6)
    })
}

/// Whether the text between two amounts compares them: short, with a connecting word,
/// and no new subject after a conjunction ("$5bn and its users to 40m", "$9bn, while
/// users rose to 40m" count something else; "$5bn and then to 6bn" does not).
fn joins(gap: &str) -> bool {
    let words: Vec<String> = gap
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let new_subject = words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "and" | "while" | "but" | "whereas")
            && !CONNECTORS.contains(&pair[1].as_str())
            && !matches!(pair[1].as_str(), "then" | "later" | "back" | "up" | "down")
    });
    // (past a short gap the connector must open it: ", up from a previous forecast of
    // 880 mln", "from the previous year's 1,070 trillion")
    let opens = gap.len() <= SHORT_GAP
        || words
            .iter()
            .take(2)
            .any(|w| CONNECTORS.contains(&w.as_str()));
    // ("from next year", "from now": a time, no amount compared)
    let from_a_time = words
        .windows(2)
        .any(|pair| pair[0] == "from" && matches!(pair[1].as_str(), "next" | "now"));
    gap.len() <= MOST_BETWEEN
        && opens
        && !new_subject
        && !from_a_time
        && words.iter().any(|w| CONNECTORS.contains(&w.as_str()))
}

/// A gap short enough that any connector in it joins the amounts ("from", ", a year
/// earlier, against").
const SHORT_GAP: usize = 24;

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};

    /// Each figure of `text` as "text kind currency".
    fn read(text: &str) -> Vec<String> {
        let doc = Document::from_text("a.txt", text, Format::Text);
        super::super::extract(&doc)
            .iter()
            .map(|c| {
                let code = c.currency.as_deref().unwrap_or("-");
                format!("{} {} {code}", c.text, c.kind.as_str())
            })
            .collect()
    }

    #[test]
    fn the_second_amount_compared_takes_the_first_ones_currency() {
        for (text, want) in [
            (
                "Profit rose to 2.1 billion euros from 1.8 billion.",
                ["2.1 billion euros money EUR", "1.8 billion money EUR"],
            ),
            (
                "Profit rose from 1.8 billion to 2.1 billion euros.",
                ["1.8 billion money EUR", "2.1 billion euros money EUR"],
            ),
            (
                "Sales were $4.5bn, against 5.1bn.",
                ["$4.5bn money USD", "5.1bn money USD"],
            ),
            (
                "Profit was £45m, compared with 38m.",
                ["£45m money GBP", "38m money GBP"],
            ),
            (
                "It sees 900-950 mln stg, up from a previous forecast of 880-930 mln.",
                ["900-950 mln stg money GBP", "880-930 mln money GBP"],
            ),
        ] {
            assert_eq!(read(text), want, "{text}");
        }
        // Past the conversions in brackets, to the amount they convert.
        assert_eq!(
            read("It made 77m euros (£53m; $100m), up from 38m."),
            [
                "77m euros money EUR",
                "£53m money GBP",
                "$100m money USD",
                "38m money EUR"
            ]
        );
    }

    #[test]
    fn a_parallel_clause_of_money_takes_the_first_clauses_currency() {
        for (text, want) in [
            (
                "Profit rose 12 pct to 3.4 bln euros, while sales fell 2 pct to 11.2 bln.",
                &[
                    "12 pct percent -",
                    "3.4 bln euros money EUR",
                    "2 pct percent -",
                    "11.2 bln money EUR",
                ][..],
            ),
            (
                "Net income climbed to 1.2 bln dlrs from 900 mln, and revenue rose 8 pct to 5.6 bln.",
                &[
                    "1.2 bln dlrs money USD",
                    "900 mln money USD",
                    "8 pct percent -",
                    "5.6 bln money USD",
                ][..],
            ),
            (
                "Turnover grew to £4bn last year; costs climbed to 3.1bn.",
                &["£4bn money GBP", "3.1bn money GBP"][..],
            ),
        ] {
            assert_eq!(read(text), want, "{text}");
        }
    }

    #[test]
    fn a_new_subject_that_is_no_money_keeps_its_count() {
        for (text, want) in [
            (
                "Revenue rose to $9bn, while subscribers grew to 40m.",
                &["$9bn money USD", "40m number -"][..],
            ),
            (
                "The fund grew to $5bn and its users to 40m.",
                &["$5bn money USD", "40m number -"][..],
            ),
            (
                "Sales rose to $2bn and visitors rose 5 pct to 1.5bn.",
                &["$2bn money USD", "5 pct percent -", "1.5bn number -"][..],
            ),
            // (another sentence lends nothing)
            (
                "Costs rose to £2bn. Sales fell to 3bn.",
                &["£2bn money GBP", "3bn number -"][..],
            ),
        ] {
            assert_eq!(read(text), want, "{text}");
        }
        // An amount in another currency between them lends nothing.
        assert_eq!(
            read("Sales rose to 2 bln euros, exports to $1bn and profit fell to 0.9 bln."),
            [
                "2 bln euros money EUR",
                "$1bn money USD",
                "0.9 bln number -"
            ]
        );
    }

    #[test]
    fn a_count_or_an_amount_in_another_sentence_stays_a_count() {
        for (text, want) in [
            (
                "It raised $5bn from 2 million investors.",
                ["$5bn money USD", "2 million number -"],
            ),
            (
                "The plan cost £3bn. Some 40m people use it.",
                ["£3bn money GBP", "Some 40m number -"],
            ),
            (
                "It cost $2bn, and 3 million watched the launch.",
                ["$2bn money USD", "3 million number -"],
            ),
            (
                "The plan cost £3bn, and from next year some 40m will use it.",
                ["£3bn money GBP", "some 40m number -"],
            ),
        ] {
            assert_eq!(read(text), want, "{text}");
        }
    }
}

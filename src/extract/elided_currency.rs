//! The currency copy leaves out of the second of two amounts it compares: "rose to 1.23
//! billion euros from 980 million", "$4.5bn, from 5.1bn in 2003", "£45m, against 38m".
//! A reader takes the second as money in the first's currency; so do the rules that
//! check the change between them.

use super::patterns::{num_word, scale_abbrev, NumWord};
use super::{Claim, Kind};

/// The most bytes between two amounts for one to lend the other its currency: a
/// connecting phrase ("from", ", compared with", "a year earlier, against").
const MOST_BETWEEN: usize = 24;

/// Words that join two amounts of one thing compared.
const CONNECTORS: &[&str] = &["from", "to", "against", "than", "versus", "vs", "compared"];

/// Makes money of each bare scaled number in one paragraph's `claims` (spans into
/// `text`) that is compared with an amount of money in the same sentence.
pub(super) fn fill(text: &str, claims: &mut [Claim]) {
    for i in 0..claims.len() {
        if !bare_scaled(&claims[i]) {
            continue;
        }
        if let Some(code) = partner(text, claims, i).and_then(|m| claims[m].currency.clone()) {
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

/// Whether the text between two amounts compares them: short, with a connecting word.
fn joins(gap: &str) -> bool {
    gap.len() <= MOST_BETWEEN
        && gap
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| CONNECTORS.contains(&w.to_ascii_lowercase().as_str()))
}

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
        ] {
            assert_eq!(read(text), want, "{text}");
        }
    }
}

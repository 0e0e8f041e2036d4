//! What a figure measures: the thing counted or measured, the words that describe it,
//! and the unit it is stated in — kept apart, since "85 mln dlrs" of profit and "240 mln
//! dlrs" of sales are different quantities in the same unit.

use crate::document::Document;
use crate::extract::Claim;
use crate::lexicon;

/// What a figure measures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Measure {
    /// The counted noun as the copy writes it after the figure ("271,000 removals" →
    /// `removal`), as a lemma; `None` when the word after the figure is a unit, a
    /// currency, or no noun at all.
    pub counted: Option<String>,
    /// The words between the figure and its counted noun, and the one word after a
    /// subsetting preposition ("criminal removals of families" → `criminal`, `families`):
    /// "criminal removals" is not "removals".
    pub describes: Vec<String>,
    /// For an amount stated in a unit or currency ("6 mln tonnes", "85 mln dlrs", "40%"),
    /// the thing it is an amount of, read from the clause: `output`, `profit`, `sales`.
    pub thing: Option<String>,
    /// The unit or currency word when the copy names one ("tonnes", "dlrs", "marks").
    pub unit: Option<String>,
}

impl Measure {
    /// What the figure is about, for binding and linking: its counted noun, else the
    /// thing its amount measures.
    pub fn noun(&self) -> Option<&str> {
        self.counted.as_deref().or(self.thing.as_deref())
    }
}

/// Reads the measure of `c`, whose clause is `clause` and whose sentence ends at
/// `sentence_end` in `doc`.
pub fn read(
    doc: &Document,
    c: &Claim,
    clause: std::ops::Range<usize>,
    sentence_end: usize,
) -> Measure {
    let mut m = Measure::default();
    if let Some(u) = c.unit.as_deref() {
        let lemma = lexicon::lemma(u.trim());
        if lexicon::is_unit_word(&lemma) {
            m.unit = Some(lemma.into_owned());
        } else if !lemma.is_empty() && !lexicon::NOT_NOUNS.contains(&lemma.as_ref()) {
            if let Some((describes, _)) = words_to_noun(doc, c, &lemma, sentence_end) {
                m.describes = describes;
                m.counted = Some(lemma.into_owned());
            }
        }
    }
    if m.unit.is_some() {
        // "6 mln tonnes of wheat": the thing follows the unit
        if let Some((_, after)) =
            words_to_noun(doc, c, m.unit.as_deref().unwrap_or(""), sentence_end)
        {
            m.thing = after;
        }
    }
    if m.counted.is_none() && m.thing.is_none() {
        m.thing = thing_before(doc, c, clause);
    }
    m
}

/// The words between the figure and `noun` among the next six, plus the word after a
/// subsetting preposition; and the word after "of" when one follows `noun`. `None` when
/// `noun` is not among the next six words of the sentence.
fn words_to_noun(
    doc: &Document,
    c: &Claim,
    noun: &str,
    sentence_end: usize,
) -> Option<(Vec<String>, Option<String>)> {
    let prose = doc.prose();
    let mut end = (c.end + 80).min(prose.len()).min(sentence_end.max(c.end));
    while !prose.is_char_boundary(end) {
        end -= 1;
    }
    let after = prose.get(c.end..end)?.to_lowercase();
    let words: Vec<&str> = after
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    let at = words
        .iter()
        .position(|w| lexicon::lemma(w) == noun || *w == noun)?;
    let mut describes: Vec<String> = words[..at].iter().map(|w| w.to_string()).collect();
    // "visitors from abroad", "children under five", "removals of families": a subset
    if matches!(
        words.get(at + 1),
        Some(
            &("of"
                | "for"
                | "from"
                | "aged"
                | "under"
                | "over"
                | "who"
                | "with"
                | "without"
                | "born"
                | "living")
        )
    ) {
        if let Some(w) = words.get(at + 2) {
            describes.push(w.to_string());
        }
    }
    let of = (words.get(at + 1) == Some(&"of"))
        .then(|| words.get(at + 2))
        .flatten()
        .filter(|w| !lexicon::is_stop(w) && w.len() > 2)
        .map(|w| lexicon::lemma(w).into_owned());
    Some((describes, of))
}

/// The measure noun nearest before the figure in its clause ("net profit rose to 85 mln
/// dlrs" → `profit`), from the lexicon's list of things copy states amounts of.
fn thing_before(doc: &Document, c: &Claim, clause: std::ops::Range<usize>) -> Option<String> {
    let before = doc.prose().get(clause.start.min(c.start)..c.start)?;
    before
        .split(|ch: char| !ch.is_alphabetic())
        .rev()
        .filter(|w| !w.is_empty())
        .take(8)
        .map(lexicon::lemma)
        .find(|w| lexicon::is_measure_noun(w))
        .map(|w| w.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn measure(text: &str, fig: &str) -> Measure {
        let doc = Document::from_text("a.txt", text, Format::Text);
        let claims = crate::extract::extract(&doc);
        let start = text.find(fig).unwrap_or(0);
        let c = claims.iter().find(|c| c.start == start);
        c.map(|c| {
            read(
                &doc,
                c,
                doc.clause_span(c.start),
                doc.sentence_span(c.start).end,
            )
        })
        .unwrap_or_default()
    }

    #[test]
    fn a_counted_noun_keeps_its_describing_words() {
        let m = measure("They made 3,000 criminal removals of families.", "3,000");
        assert_eq!(m.counted.as_deref(), Some("removal"));
        assert_eq!(m.describes, ["criminal", "families"]);
    }

    #[test]
    fn a_currency_or_unit_word_is_the_unit_and_the_thing_is_read_from_the_clause() {
        let m = measure("Net profit rose to 85 mln dlrs in 1986.", "85");
        assert_eq!(m.counted, None);
        assert_eq!(m.thing.as_deref(), Some("profit"));
        let m = measure("Output was 6.5 mln tonnes of wheat.", "6.5");
        assert_eq!(m.unit.as_deref(), Some("tonne"));
        assert_eq!(m.thing.as_deref(), Some("wheat"));
        let m = measure("Sales fell 12 pct.", "12");
        assert_eq!(m.thing.as_deref(), Some("sale"));
    }
}

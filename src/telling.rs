//! Which words tell what a figure is about, and the clause that holds them: `draft`
//! picks a record's match words here and the linker looks for them here, so a drafted
//! record links to the figure it was drafted from.

use std::ops::Range;

use crate::document::Document;

/// Whether a word, in any case, can say what a figure counts: four letters or more, and
/// not a word of quantity, time or grammar, and no digits ("737-800" describes a count of
/// planes, but the linker reads words of letters: as a term it would never match). (It
/// takes the word as the copy writes it: this runs for every word near every figure the
/// linker reads, so nothing is lower-cased.)
pub fn is_telling(word: &str) -> bool {
    word.chars().count() >= 4
        && !word.bytes().any(|b| b.is_ascii_digit())
        && !crate::lexicon::is_stop(word)
}

/// The clause a figure at `figure` is read in: [`Document::clause_span`], taking in the
/// clause before when its own names nothing besides the figure ("42 received a grant,
/// or 45 per cent"; "Visitors rose to 500, up from 9 last year").
pub fn figure_clause(doc: &Document, figure: Range<usize>) -> Range<usize> {
    let clause = doc.clause_span(figure.start);
    let sentence = doc.sentence_span(figure.start);
    if clause.start <= sentence.start {
        return clause;
    }
    let prose = doc.prose();
    let outside = [clause.start..figure.start, figure.end..clause.end];
    let names_something = outside.into_iter().any(|r| {
        prose
            .get(r)
            .unwrap_or("")
            .split(|ch: char| !ch.is_alphabetic())
            .any(is_telling)
    });
    if names_something {
        return clause;
    }
    // the last character before this clause that is not a separator or space
    let before = prose
        .get(sentence.start..clause.start)
        .and_then(|s| s.char_indices().rev().find(|(_, ch)| ch.is_alphanumeric()))
        .map(|(i, _)| sentence.start + i);
    match before {
        Some(at) => doc.clause_span(at).start.min(clause.start)..clause.end,
        None => clause,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn clause_of(text: &str, figure: &str) -> String {
        let doc = Document::from_text("a.txt", text, Format::Text);
        let start = text.find(figure).unwrap_or(0);
        let span = figure_clause(&doc, start..start + figure.len());
        doc.slice(span).trim().trim_end_matches('.').to_string()
    }

    #[test]
    fn a_bare_clause_takes_in_the_one_before() {
        assert_eq!(
            clause_of(
                "Of the 93 groups, 42 received a grant, or 45 per cent.",
                "45 per cent"
            ),
            "42 received a grant, or 45 per cent"
        );
        assert_eq!(
            clause_of("Visitors rose to 500, up from 9 last year.", "9"),
            "Visitors rose to 500, up from 9 last year"
        );
    }

    #[test]
    fn a_clause_with_words_of_its_own_or_first_in_its_sentence_stays() {
        assert_eq!(
            clause_of(
                "Unemployment fell to 4.5%, and inflation rose to 5.1%.",
                "5.1%"
            ),
            "and inflation rose to 5.1%"
        );
        assert_eq!(
            clause_of("About 40, said the mayor.", "About 40"),
            "About 40"
        );
    }
}

//! Extraction a bounded unit at a time, for checking copy of any size in bounded memory
//! (issue 19, item 8): `check` reads a long document's figures a unit after another,
//! checks them a part at a time, and keeps of each figure only its verdict; a report
//! that shows the figures reads them again, unit by unit ([`extract_unit`] gives the same
//! figures each time).
//!
//! A unit is a run of whole paragraphs of about [`UNIT_BYTES`], or, in a paragraph
//! longer than that (a pasted table on one line, figures with no paragraph breaks), a
//! run of its sentences. Extraction reads a paragraph on its own, so the figures of the
//! units of a document are the figures of the whole, in order; only inside a paragraph
//! longer than a unit, where no news copy goes, can a figure read across two of its
//! sentences be read otherwise.

use std::ops::Range;

use super::{finite, in_file, scan, Claim};
use crate::document::Document;

/// About how many bytes of copy a unit holds.
pub const UNIT_BYTES: usize = 8 * 1024;

/// Some copy of one document, read at once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unit {
    /// Indices of the paragraphs (of the text extraction reads: a marked-up file's
    /// view) that the unit reads.
    paragraphs: Range<usize>,
    /// Within its one paragraph, the bytes of that paragraph's sentences the unit reads.
    piece: Option<Range<usize>>,
}

/// The text extraction reads: a marked-up file's decoded view, else the document.
fn read_text(doc: &Document) -> &Document {
    doc.view().map_or(doc, |v| v.doc())
}

/// `doc` cut into units of about [`UNIT_BYTES`], in order.
pub fn units(doc: &Document) -> Vec<Unit> {
    units_of(doc, UNIT_BYTES, UNIT_BYTES)
}

/// All of `doc` as one unit (none when it has no paragraph).
pub fn whole(doc: &Document) -> Vec<Unit> {
    let n = read_text(doc).paragraphs().len();
    (n > 0)
        .then_some(Unit {
            paragraphs: 0..n,
            piece: None,
        })
        .into_iter()
        .collect()
}

/// `doc` cut into runs of whole paragraphs of about `run_bytes`, a paragraph longer than
/// that into pieces of about `piece_bytes`, in order.
pub fn units_of(doc: &Document, run_bytes: usize, piece_bytes: usize) -> Vec<Unit> {
    let text = read_text(doc);
    let mut out = Vec::new();
    let mut i = 0;
    // a paragraph longer than a run is a run of its own, cut into pieces
    for run in crate::document::runs_of(text.paragraphs(), run_bytes) {
        match run {
            [one] if one.len() > run_bytes => pieces(text, i, piece_bytes, &mut out),
            _ => out.push(Unit {
                paragraphs: i..i + run.len(),
                piece: None,
            }),
        }
        i += run.len();
    }
    out
}

/// The long paragraph `index` of `text` as units of whole sentences of about
/// `piece_bytes`; a piece runs from where the last ended, so the pieces hold every byte
/// of the paragraph.
fn pieces(text: &Document, index: usize, piece_bytes: usize, out: &mut Vec<Unit>) {
    let Some(para) = text.paragraphs().get(index).cloned() else {
        return;
    };
    let sentences = text.sentences();
    let first = sentences.partition_point(|s| s.end <= para.start);
    let within = sentences
        .get(first..)
        .unwrap_or(&[])
        .iter()
        .take_while(|s| s.start < para.end);
    let mut start = para.start;
    for s in within {
        if s.end.min(para.end) - start > piece_bytes && s.start > start {
            out.push(Unit {
                paragraphs: index..index + 1,
                piece: Some(start..s.start),
            });
            start = s.start;
        }
    }
    out.push(Unit {
        paragraphs: index..index + 1,
        piece: Some(start..para.end),
    });
}

/// Every figure in `unit` of `doc`, in order, as [`super::extract`] finds them.
pub fn extract_unit(doc: &Document, unit: &Unit) -> Vec<Claim> {
    let text = read_text(doc);
    let all = text.paragraphs();
    let one;
    let ranges: &[Range<usize>] = match &unit.piece {
        Some(piece) => {
            one = [piece.clone()];
            &one
        }
        None => all.get(unit.paragraphs.clone()).unwrap_or(&[]),
    };
    let claims = scan::scan_paragraphs(text, ranges);
    match doc.view() {
        None => finite(claims),
        Some(view) => in_file(doc, view, claims),
    }
}

/// The bytes of `doc` (of the file, for a marked-up one) that `unit` reads, from the
/// start of its first paragraph to the end of its last.
pub fn covers(doc: &Document, unit: &Unit) -> Range<usize> {
    let text = read_text(doc);
    let all = text.paragraphs();
    let span = match &unit.piece {
        Some(piece) => piece.clone(),
        None => {
            let start = all.get(unit.paragraphs.start).map_or(0, |p| p.start);
            let end = unit
                .paragraphs
                .end
                .checked_sub(1)
                .and_then(|last| all.get(last))
                .map_or(start, |p| p.end);
            start..end
        }
    };
    match doc.view() {
        None => span,
        Some(view) => view.source_span(span),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str, text: &str) -> Document {
        let format = if name.ends_with(".md") {
            crate::document::Format::Markdown
        } else {
            crate::document::Format::Text
        };
        Document::from_text(name, text, format)
    }

    fn by_units(d: &Document) -> Vec<Claim> {
        units(d).iter().flat_map(|u| extract_unit(d, u)).collect()
    }

    #[test]
    fn the_units_of_a_document_give_its_figures() {
        let story = "Sales rose 15% to £3.2bn in 2024, the firm said.\n\n\
                     About 1,200 staff, up from 1,050, work at its 31 stores.\n\n";
        for (name, text) in [
            ("a.txt", story.repeat(400)),
            ("a.md", format!("# Results\n\n{}", story.repeat(400))),
            ("a.md", "| a | b |\n|---|---|\n| 1 | 2 |\n".repeat(900)),
            ("a.txt", "5%\n".repeat(20_000)),
        ] {
            let d = doc(name, &text);
            let cut = units(&d);
            assert!(cut.len() > 1, "{name}: {} units", cut.len());
            let (parted, whole) = (by_units(&d), crate::extract::extract(&d));
            let differ = parted.iter().zip(&whole).position(|(a, b)| a != b);
            assert!(
                differ.is_none() && parted.len() == whole.len(),
                "{name} {}: {} figures by units, {} whole; first differing: {:?}",
                &text[..20],
                parted.len(),
                whole.len(),
                differ.map(|i| (&parted[i], &whole[i]))
            );
        }
    }

    #[test]
    fn a_paragraph_longer_than_a_unit_is_read_a_run_of_sentences_at_a_time() {
        // no news paragraph is this long; a figure at a piece's edge may be read without
        // the word after it, but every figure is found, where it stands, as it counts
        for text in ["£3m ".repeat(20_000), "1 ".repeat(40_000)] {
            let d = doc("a.txt", &text);
            assert!(units(&d).len() > 5);
            let key = |c: &Claim| (c.start, c.kind, c.value);
            let parted: Vec<_> = by_units(&d).iter().map(key).collect();
            let whole: Vec<_> = crate::extract::extract(&d).iter().map(key).collect();
            assert!(parted == whole, "{}", &text[..8]);
        }
    }

    #[test]
    fn a_unit_holds_a_bounded_run_of_copy() {
        let d = doc("a.txt", &"120 people came. ".repeat(10_000));
        let cut = units(&d);
        for u in &cut {
            let span = covers(&d, u);
            assert!(span.len() <= UNIT_BYTES + 1000, "{span:?}");
        }
        let first = covers(&d, &cut[0]);
        let last = covers(&d, &cut[cut.len() - 1]);
        assert_eq!((first.start, last.end), (0, d.text.trim_end().len()));
    }

    #[test]
    fn a_short_document_is_one_unit() {
        let d = doc("a.txt", "Sales rose 15%.\n\nStaff numbers fell to 1,200.\n");
        assert_eq!(units(&d).len(), 1);
        assert_eq!(by_units(&d), crate::extract::extract(&d));
    }

    #[test]
    fn an_empty_document_has_no_unit() {
        assert!(units(&doc("a.txt", "")).is_empty());
    }
}

//! Extraction in parts, for output written as it is made: the figures of a large
//! document or of many documents are found a part at a time on every core and handed on
//! in document order, so a caller that only writes them out (`extract`) never holds more
//! than a few parts' figures — a 20 MB file's quarter of a million claims are written,
//! not kept.

use std::ops::Range;

use rayon::prelude::*;

use super::{extract_paragraphs, Claim};
use crate::document::{paragraph_runs, Document, PARALLEL_FROM};

/// Some paragraphs of one document: the unit of work.
#[derive(Debug, Clone, Copy)]
pub struct Part<'a> {
    /// Index of the document in the list given to [`in_order`].
    pub doc: usize,
    pub paragraphs: &'a [Range<usize>],
    /// Whether this is the document's first part, or its last (a document with no
    /// paragraphs has one part, both first and last).
    pub first: bool,
    pub last: bool,
}

/// Every document's parts, in order: a short document is one part, a long one runs of
/// whole paragraphs.
pub fn parts(docs: &[Document]) -> Vec<Part<'_>> {
    let mut out = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let paragraphs = doc.paragraphs();
        let runs = if doc.text.len() < PARALLEL_FROM || paragraphs.is_empty() {
            vec![paragraphs]
        } else {
            paragraph_runs(paragraphs)
        };
        let n = runs.len();
        out.extend(runs.into_iter().enumerate().map(|(k, run)| Part {
            doc: i,
            paragraphs: run,
            first: k == 0,
            last: k + 1 == n,
        }));
    }
    out
}

/// How many bytes of copy are worked on at once before their results are handed on:
/// enough to keep every core busy, little enough that the results in hand stay small.
const BATCH_BYTES: usize = 8 << 20;

/// Most parts worked on at once (a folder of small articles is many small parts).
const BATCH_PARTS: usize = 512;

/// Makes something of every part's figures with `make` (in parallel), and hands each
/// result to `sink` with its part, in document order. Stops at the first error `sink`
/// returns.
pub fn in_order<T, E>(
    docs: &[Document],
    make: impl Fn(&Document, Vec<Claim>) -> T + Sync,
    mut sink: impl FnMut(&Part, T) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
{
    let all = parts(docs);
    let mut rest = all.as_slice();
    while !rest.is_empty() {
        let mut n = 0;
        let mut bytes = 0;
        while n < rest.len() && n < BATCH_PARTS && (n == 0 || bytes < BATCH_BYTES) {
            bytes += span(rest[n].paragraphs).len();
            n += 1;
        }
        let (batch, tail) = rest.split_at(n);
        let made: Vec<T> = batch
            .par_iter()
            .map(|p| {
                let doc = &docs[p.doc];
                make(doc, extract_paragraphs(doc, p.paragraphs))
            })
            .collect();
        for (part, result) in batch.iter().zip(made) {
            sink(part, result)?;
        }
        rest = tail;
    }
    Ok(())
}

/// The bytes `paragraphs` cover, first to last.
fn span(paragraphs: &[Range<usize>]) -> Range<usize> {
    match (paragraphs.first(), paragraphs.last()) {
        (Some(a), Some(b)) => a.start..b.end,
        _ => 0..0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    /// The parts' figures, joined, are the documents' figures, whatever the sizes.
    #[test]
    fn parts_in_order_give_every_documents_figures() {
        let sample = include_str!("../../articles/deportation-target.txt");
        let docs = vec![
            Document::from_text("a.txt", sample, Format::Text),
            Document::from_text("empty.txt", "", Format::Text),
            Document::from_text("big.md", sample.repeat(1200), Format::Markdown),
            Document::from_text("big.txt", sample.repeat(1200), Format::Text),
        ];
        assert!(docs[3].text.len() > 2 * PARALLEL_FROM);
        let mut got: Vec<Vec<Claim>> = vec![Vec::new(); docs.len()];
        let mut seen = Vec::new();
        in_order(
            &docs,
            |_, claims| claims,
            |part, claims| {
                seen.push((part.doc, part.first, part.last));
                got[part.doc].extend(claims);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        for (doc, claims) in docs.iter().zip(&got) {
            assert_eq!(claims, &crate::extract::extract(doc), "{}", doc.path);
        }
        assert!(seen.len() > 4);
        assert_eq!(seen.first(), Some(&(0, true, true)));
        assert_eq!(seen[1], (1, true, true));
        assert_eq!(seen.iter().filter(|s| s.0 == 3 && s.1).count(), 1);
        assert_eq!(seen.last(), Some(&(3, false, true)));
    }
}

//! Extraction in parts, for output written as it is made: the figures of a large
//! document or of many documents are found a part at a time on every core and handed on
//! in document order, so a caller that only writes them out (`extract`) never holds more
//! than a few parts' figures — a 20 MB file's quarter of a million claims are written,
//! not kept.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use rayon::prelude::*;

use super::units::{extract_unit, units_of, whole, Unit};
use super::Claim;
use crate::document::{Document, PARALLEL_FROM, PART_BYTES};

/// Some paragraphs of one document: the unit of work.
#[derive(Debug, Clone)]
pub struct Part {
    /// Index of the document in the list given to [`in_order`].
    pub doc: usize,
    unit: Unit,
    /// Whether this is the document's first part, or its last (a document with no
    /// paragraphs has one part, both first and last).
    pub first: bool,
    pub last: bool,
}

/// Figures in a paragraph longer than a part are read this many bytes of its sentences
/// at a time, so that a file of nothing but figures on one line is never held whole.
const PIECE_BYTES: usize = 1 << 16;

/// Every document's parts, in order: a short document is one part, a long one runs of
/// whole paragraphs (a paragraph longer than a part, runs of its sentences).
pub fn parts(docs: &[Document]) -> Vec<Part> {
    let mut out = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let mut units = if doc.text.len() < PARALLEL_FROM {
            whole(doc)
        } else {
            units_of(doc, PART_BYTES, PIECE_BYTES)
        };
        if units.is_empty() {
            // a document with no paragraph still has its (empty) part
            units = vec![Unit::default()];
        }
        let n = units.len();
        out.extend(units.into_iter().enumerate().map(|(k, unit)| Part {
            doc: i,
            unit,
            first: k == 0,
            last: k + 1 == n,
        }));
    }
    out
}

/// Makes something of every part's figures with `make`, on every core, and hands each
/// result to `sink` with its part, in document order, as soon as it and every part before
/// it are done: the calling thread writes while the pool works on. Stops at the first
/// error `sink` returns (the parts still queued are then skipped).
pub fn in_order<T, E>(
    docs: &[Document],
    make: impl Fn(&Document, Vec<Claim>) -> T + Sync,
    mut sink: impl FnMut(&Part, T) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
{
    let all = parts(docs);
    let work = |p: &Part| {
        let doc = &docs[p.doc];
        make(doc, extract_unit(doc, &p.unit))
    };
    if rayon::current_thread_index().is_some() {
        // Inside the pool, waiting on other tasks could wait for this very thread: work
        // in batches instead.
        for batch in all.chunks(BATCH_PARTS) {
            let made: Vec<T> = batch.par_iter().map(work).collect();
            for (part, result) in batch.iter().zip(made) {
                sink(part, result)?;
            }
        }
        return Ok(());
    }
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<(usize, T)>();
    let (work, stop_ref) = (&work, &stop);
    rayon::in_place_scope_fifo(|scope| {
        for (i, part) in all.iter().enumerate() {
            let tx = tx.clone();
            scope.spawn_fifo(move |_| {
                if !stop_ref.load(Ordering::Relaxed) {
                    // (the receiver is gone only once the sink has failed)
                    let _ = tx.send((i, work(part)));
                }
            });
        }
        drop(tx);
        // Results arrive nearly in order (the pool takes parts first in, first out);
        // the few that overtake wait here.
        let mut early = BTreeMap::new();
        let mut next = 0;
        for (i, result) in rx {
            early.insert(i, result);
            while let Some(result) = early.remove(&next) {
                if let Err(e) = sink(&all[next], result) {
                    stop.store(true, Ordering::Relaxed);
                    return Err(e);
                }
                next += 1;
            }
        }
        Ok(())
    })
}

/// Most parts worked on at once when [`in_order`] runs inside the thread pool.
const BATCH_PARTS: usize = 64;

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

        // The same from inside the thread pool, where parts are worked on in batches.
        let mut inside: Vec<Vec<Claim>> = vec![Vec::new(); docs.len()];
        rayon::scope(|_| {
            in_order(
                &docs,
                |_, claims| claims,
                |part, claims| {
                    inside[part.doc].extend(claims);
                    Ok::<(), ()>(())
                },
            )
        })
        .unwrap();
        assert_eq!(inside, got);
    }

    #[test]
    fn the_first_error_from_the_sink_stops_the_run() {
        let sample = include_str!("../../articles/deportation-target.txt");
        let docs = vec![Document::from_text(
            "big.txt",
            sample.repeat(1200),
            Format::Text,
        )];
        let mut calls = 0;
        let result = in_order(
            &docs,
            |_, claims| claims.len(),
            |_, _| {
                calls += 1;
                if calls == 2 {
                    Err("closed")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(result, Err("closed"));
        assert_eq!(calls, 2);
    }
}

//! Duplicated passages: winnowed word k-grams → maximal shared spans → near-repeat merge.
//!
//! 1. [`tokens`]: each document's words, folded and hashed (in parallel).
//! 2. [`winnow`]: fingerprints chosen so that every shared run of `min_words` words
//!    shares at least one.
//! 3. [`runs`]: shared fingerprints seed exact runs, each extended once to its maximal
//!    length; a later copy is paired with the first copies only, never all pairs.
//! 4. [`chain`]: runs split by small edits join into near repeats; overlapping
//!    candidates in a document give way to the longest, earliest one.
//! 5. [`report`]: one finding per passage, in the later copy, pointing at the first.
//! 6. [`group`]: findings gathered into groups of copies of one passage, each with its
//!    earliest copy (by [`dates`]) and a stable id; [`audit`] renders them.
//!
//! The work is linear in the words read plus the passages reported: there is no
//! comparison of every document with every other.

pub mod audit;
mod chain;
pub mod dates;
mod edges;
pub mod group;
mod report;
mod runs;
pub(crate) mod tokens;
mod winnow;

use rayon::prelude::*;

use crate::document::Document;
use crate::finding::Finding;

use report::Indexed;
use winnow::Params;

/// `duplicate/passage` and `duplicate/cross-file` findings over `docs`: every shared run
/// of at least `min_words` words, once per maximal span.
///
/// Documents are taken in path order: of two copies the one in the earlier path (or
/// earlier in the same file) is the first copy, and the finding is on the other.
pub fn find(docs: &[&Document], min_words: usize) -> Vec<Finding> {
    find_dated(docs, min_words, &|_| None)
}

/// [`find`], with copies ordered by `date` (seconds since 1970) before their paths: of
/// two copies the one dated earlier is the first copy; documents without a date come
/// after every dated one, in path order.
pub fn find_dated(
    docs: &[&Document],
    min_words: usize,
    date: &(dyn Fn(&Document) -> Option<i64> + Sync),
) -> Vec<Finding> {
    let min_words = min_words.max(1);
    let params = Params::for_min_words(min_words);
    let mut order: Vec<(Option<i64>, &Document)> = docs.iter().map(|d| (date(d), *d)).collect();
    order.sort_by(|(da, a), (db, b)| (da.is_none(), da, &a.path).cmp(&(db.is_none(), db, &b.path)));
    let order: Vec<&Document> = order.into_iter().map(|(_, d)| d).collect();
    // only hashes are kept for every document (eight bytes a word); byte spans are
    // recomputed for the few documents a finding is built for
    let words: Vec<Words> = order.par_iter().map(|d| hashes(d)).collect();
    let hashes: Vec<&[u64]> = words.iter().map(|w| w.hashes.as_slice()).collect();
    let starts: Vec<&[u32]> = words.iter().map(|w| w.starts.as_slice()).collect();
    let fingerprints: Vec<Vec<(u64, u32)>> = hashes
        .par_iter()
        .map(|h| winnow::fingerprints(h, params))
        .collect();
    let runs = runs::find(&hashes, &fingerprints, params.k);
    drop(fingerprints);
    let indexed = |i: usize| Indexed {
        doc: order[i],
        words: hashes[i],
        offsets: &words[i].offsets,
    };
    let mut findings: Vec<Finding> = runs
        .into_par_iter()
        .enumerate()
        .filter(|(_, r)| !r.is_empty())
        .flat_map_iter(|(q_doc, r)| {
            let passages = chain::passages(q_doc as u32, r, &hashes, &starts, min_words);
            let q = indexed(q_doc);
            passages
                .into_iter()
                .map(|p| report::finding(&q, &indexed(p.p_doc as usize), &p))
                .collect::<Vec<_>>()
        })
        .collect();
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings
}

/// The word hashes of a document's prose (markup masked), where each word starts, and
/// its paragraph starts. A document too large for 32-bit word offsets (over 4 GiB) is
/// not compared.
fn hashes(doc: &Document) -> Words {
    if u32::try_from(doc.prose().len()).is_err() {
        return Words::default();
    }
    let (mut hashes, mut offsets, mut starts) =
        tokens::hashes_offsets_and_paragraph_starts(doc.prose());
    hashes.shrink_to_fit();
    offsets.shrink_to_fit();
    starts.shrink_to_fit();
    Words {
        hashes,
        offsets,
        starts,
    }
}

/// A document's words as compared, where they start, and where its paragraphs start
/// among them.
#[derive(Default)]
struct Words {
    hashes: Vec<u64>,
    offsets: Vec<u32>,
    starts: Vec<u32>,
}

/// The winnowed fingerprints of `doc` for runs of `min_words` words, sorted and without
/// repeats: what the archive index keeps of each article. Two documents sharing a run of
/// `min_words` words share at least one.
pub fn fingerprints(doc: &Document, min_words: usize) -> Vec<u64> {
    let w = hashes(doc);
    let mut fps: Vec<u64> = winnow::fingerprints(&w.hashes, Params::for_min_words(min_words))
        .into_iter()
        .map(|(h, _)| h)
        .collect();
    fps.sort_unstable();
    fps.dedup();
    fps
}

/// [`fingerprints`] with each one's word position, in position order, for exporting.
pub fn fingerprints_at(doc: &Document, min_words: usize) -> Vec<(u64, u32)> {
    let w = hashes(doc);
    winnow::fingerprints(&w.hashes, Params::for_min_words(min_words))
}

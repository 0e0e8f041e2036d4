//! Shared fingerprints → seeds → maximal exact runs of equal words.
//!
//! Every fingerprint that occurs more than once is a seed pairing a later occurrence with
//! an earlier one (documents in path order, then position). A later occurrence is paired
//! with the first [`SOURCES_PER_SEED`] earlier ones only: a passage copied into twenty
//! files gives each copy a pair with the first copies, never all 190 pairs, which keeps
//! the work linear in words plus output. Seeds are grouped by document pair and diagonal
//! (the offset between the two positions) and each is extended left and right to the
//! maximal run of equal words; seeds already inside a run are skipped, so each run is
//! extended once.

use rayon::prelude::*;

/// How many earlier documents holding a fingerprint a later occurrence is paired with
/// (the first occurrence in each). The first is the copy findings point at; the next ones
/// keep a passage found when the first shares only the k-gram (a stock phrase) or was
/// edited at that point.
pub const SOURCES_PER_SEED: usize = 3;

/// A later position `q` in document `q_doc` whose k-gram equals the one at `p` in `p_doc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Seed {
    q_doc: u32,
    p_doc: u32,
    /// `q - p` shifted to stay unsigned: positions within one document order `p < q`,
    /// across documents any order.
    diag: u64,
    q: u32,
    p: u32,
}

/// A maximal run of equal words: `len` words from `p` in `p_doc` equal those from `q` in
/// the document the run was found for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub p_doc: u32,
    pub p: u32,
    pub q: u32,
    pub len: u32,
}

impl Run {
    pub fn q_end(&self) -> u32 {
        self.q + self.len
    }
    pub fn p_end(&self) -> u32 {
        self.p + self.len
    }
}

/// Exact runs of at least `k` words, grouped by the later document (index into `words`).
pub fn find(words: &[&[u64]], fingerprints: &[Vec<(u64, u32)>], k: usize) -> Vec<Vec<Run>> {
    let seeds = seeds(fingerprints);
    let mut out: Vec<Vec<Run>> = vec![Vec::new(); words.len()];
    let per_doc: Vec<(usize, Vec<Run>)> = seeds
        .par_chunk_by(|a, b| a.q_doc == b.q_doc)
        .map(|chunk| {
            let q_doc = chunk[0].q_doc as usize;
            (q_doc, extend_all(words, q_doc, chunk, k))
        })
        .collect();
    for (q_doc, runs) in per_doc {
        out[q_doc] = runs;
    }
    out
}

/// Seeds from fingerprints shared by two or more positions, sorted by (later document,
/// earlier document, diagonal, position).
fn seeds(fingerprints: &[Vec<(u64, u32)>]) -> Vec<Seed> {
    let mut index: Vec<(u64, u32, u32)> = fingerprints
        .iter()
        .enumerate()
        .flat_map(|(doc, fps)| fps.iter().map(move |&(h, pos)| (h, doc as u32, pos)))
        .collect();
    index.par_sort_unstable();
    let mut seeds: Vec<Seed> = index
        .par_chunk_by(|a, b| a.0 == b.0)
        .filter(|group| group.len() > 1)
        .flat_map_iter(|group| {
            // the first occurrence in each document, in order: a source is paired once
            // per document, so a phrase a document repeats does not use up the slots
            let firsts: Vec<usize> = (0..group.len())
                .filter(|&i| i == 0 || group[i - 1].1 != group[i].1)
                .take(SOURCES_PER_SEED)
                .collect();
            // and where each entry's own document first holds it, for repeats within it
            let mut doc_start = vec![0usize; group.len()];
            for i in 1..group.len() {
                doc_start[i] = if group[i - 1].1 == group[i].1 {
                    doc_start[i - 1]
                } else {
                    i
                };
            }
            group
                .iter()
                .enumerate()
                .skip(1)
                .flat_map(move |(i, &(_, q_doc, q))| {
                    let own = doc_start[i];
                    let earlier = firsts.iter().copied().filter(|&j| j < i);
                    let own_doc = (own < i && !firsts.contains(&own)).then_some(own);
                    earlier
                        .chain(own_doc)
                        .map(|j| group[j])
                        .map(move |(_, p_doc, p)| Seed {
                            q_doc,
                            p_doc,
                            diag: (u64::from(q) + u64::from(u32::MAX)) - u64::from(p),
                            q,
                            p,
                        })
                        .collect::<Vec<_>>()
                })
        })
        .collect();
    seeds.par_sort_unstable();
    seeds
}

/// Extends every seed of one later document to its maximal run, once per run. A seed
/// whose k-gram already lies inside a run from the same source document is skipped too:
/// without that, text that repeats itself word by word ("the the the ...") would put
/// every seed on its own diagonal and cost a quadratic number of comparisons.
fn extend_all(words: &[&[u64]], q_doc: usize, seeds: &[Seed], k: usize) -> Vec<Run> {
    let mut runs = Vec::new();
    let q_len = words.get(q_doc).map_or(0, |w| w.len());
    let mut covered = vec![false; q_len];
    for by_source in seeds.chunk_by(|a, b| a.p_doc == b.p_doc) {
        let first = runs.len();
        for group in by_source.chunk_by(|a, b| a.diag == b.diag) {
            let mut covered_until = 0u32;
            for s in group {
                let (q, last) = (s.q as usize, s.q as usize + k - 1);
                if s.q < covered_until || (last < q_len && covered[q] && covered[last]) {
                    continue;
                }
                if let Some((run, reach)) = extend(words, q_doc, s, k) {
                    covered_until = reach;
                    covered[run.q as usize..run.q_end() as usize].fill(true);
                    runs.push(run);
                }
            }
        }
        for r in &runs[first..] {
            covered[r.q as usize..r.q_end() as usize].fill(false);
        }
    }
    runs
}

/// The maximal run through seed `s`, and how far right its diagonal matched (for
/// skipping later seeds); `None` when the k-grams differ (a hash collision). Within one
/// document a run never overlaps its own source: it is cut to the diagonal's length, so
/// a passage pasted three times in a row is two repeats of the first, not one long
/// self-overlapping match.
fn extend(words: &[&[u64]], q_doc: usize, s: &Seed, k: usize) -> Option<(Run, u32)> {
    let a = *words.get(s.p_doc as usize)?;
    let b = *words.get(q_doc)?;
    let (p, q) = (s.p as usize, s.q as usize);
    if a.get(p..p + k)? != b.get(q..q + k)? {
        return None;
    }
    let (mut ps, mut qs) = (p, q);
    while ps > 0 && qs > 0 && a[ps - 1] == b[qs - 1] {
        ps -= 1;
        qs -= 1;
    }
    let (mut pe, mut qe) = (p + k, q + k);
    while pe < a.len() && qe < b.len() && a[pe] == b[qe] {
        pe += 1;
        qe += 1;
    }
    let mut len = qe - qs;
    if s.p_doc as usize == q_doc {
        len = len.min(qs - ps);
    }
    if len == 0 {
        return None;
    }
    let run = Run {
        p_doc: s.p_doc,
        p: ps as u32,
        q: qs as u32,
        len: len as u32,
    };
    Some((run, qe as u32))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::mix;
    use super::super::winnow::{fingerprints, Params};
    use super::*;

    fn words(ids: &[u64]) -> Vec<u64> {
        ids.iter().map(|&x| mix(x)).collect()
    }

    fn run_all(docs: &[Vec<u64>], min_words: usize) -> Vec<Vec<Run>> {
        let p = Params::for_min_words(min_words);
        let fps: Vec<_> = docs.iter().map(|d| fingerprints(d, p)).collect();
        let refs: Vec<&[u64]> = docs.iter().map(Vec::as_slice).collect();
        find(&refs, &fps, p.k)
    }

    #[test]
    fn a_shared_block_is_one_maximal_run() {
        let block: Vec<u64> = (100..160).collect();
        let mut a: Vec<u64> = (0..20).collect();
        a.extend(&block);
        a.extend(500..510);
        let mut b: Vec<u64> = (1000..1007).collect();
        b.extend(&block);
        b.extend(2000..2030);
        let runs = run_all(&[words(&a), words(&b)], 20);
        assert!(runs[0].is_empty());
        assert_eq!(
            runs[1],
            vec![Run {
                p_doc: 0,
                p: 20,
                q: 7,
                len: 60
            }]
        );
    }

    #[test]
    fn three_copies_in_a_row_are_two_repeats_of_the_first() {
        let block: Vec<u64> = (100..130).collect();
        let mut a: Vec<u64> = (0..5).collect();
        for _ in 0..3 {
            a.extend(&block);
        }
        let mut runs = run_all(&[words(&a)], 30).remove(0);
        runs.sort_by_key(|r| (r.q, r.p));
        assert_eq!(
            runs,
            vec![
                Run {
                    p_doc: 0,
                    p: 5,
                    q: 35,
                    len: 30
                },
                Run {
                    p_doc: 0,
                    p: 5,
                    q: 65,
                    len: 30
                }
            ]
        );
    }
}

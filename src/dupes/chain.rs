//! Exact runs → passages: runs separated by small edits merge into one near repeat, and
//! of overlapping candidates in one document the longest (then the earliest source) wins,
//! so each stretch of copy is reported once, against one first copy.

use super::runs::Run;

/// The largest edit, in words, that still joins two runs into one near repeat: a changed
/// figure or a swapped word is one or two, an inserted clause up to about a dozen.
pub const MAX_GAP: u32 = 12;

/// A repeated passage in one (later) document: words `q..q_end` repeat `p..p_end` of
/// `p_doc`, exactly where `runs` say, with small edits between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub p_doc: u32,
    pub p: u32,
    pub p_end: u32,
    pub q: u32,
    pub q_end: u32,
    pub runs: Vec<Run>,
}

impl Passage {
    fn from_run(r: Run) -> Self {
        Passage {
            p_doc: r.p_doc,
            p: r.p,
            p_end: r.p_end(),
            q: r.q,
            q_end: r.q_end(),
            runs: vec![r],
        }
    }

    /// Whether `r` continues this passage after a small edit, forward in both copies.
    fn continues_with(&self, r: &Run, same_doc: bool) -> bool {
        r.p_doc == self.p_doc
            && r.q >= self.q_end
            && r.p >= self.p_end
            && r.q - self.q_end <= MAX_GAP
            && r.p - self.p_end <= MAX_GAP
            && !(same_doc && r.p_end() > self.q)
    }

    fn push(&mut self, r: Run) {
        self.p_end = r.p_end();
        self.q_end = r.q_end();
        self.runs.push(r);
    }

    fn longest_run(&self) -> u32 {
        self.runs.iter().map(|r| r.len).max().unwrap_or(0)
    }
}

/// The passages of document `q_doc` from its exact `runs`: chained per source document,
/// kept when they hold an exact run of at least `min_words`, then chosen so that no two
/// overlap in this document.
pub fn passages(q_doc: u32, mut runs: Vec<Run>, min_words: usize) -> Vec<Passage> {
    runs.sort_by_key(|r| (r.p_doc, r.q, std::cmp::Reverse(r.len), r.p));
    let mut candidates: Vec<Passage> = Vec::new();
    for group in runs.chunk_by(|a, b| a.p_doc == b.p_doc) {
        let same_doc = group[0].p_doc == q_doc;
        let mut current: Option<Passage> = None;
        for &r in group {
            match &mut current {
                Some(c) if c.continues_with(&r, same_doc) => c.push(r),
                // a second alignment of words already in the passage (a phrase the source
                // repeats): the passage keeps its own
                Some(c) if r.q_end() <= c.q_end => {}
                _ => {
                    if let Some(done) = current.take() {
                        candidates.push(done);
                    }
                    current = Some(Passage::from_run(r));
                }
            }
        }
        candidates.extend(current);
    }
    candidates.retain(|c| c.longest_run() as usize >= min_words);
    select(candidates, min_words)
}

/// Longest first, then earliest source; a candidate overlapping one already taken is
/// dropped, except a single exact run, which keeps its longest free part if that is still
/// `min_words` long.
fn select(mut candidates: Vec<Passage>, min_words: usize) -> Vec<Passage> {
    candidates.sort_by_key(|c| {
        (
            std::cmp::Reverse(c.q_end - c.q),
            c.p_doc,
            c.p,
            c.q,
        )
    });
    let mut taken: Vec<Passage> = Vec::new();
    for c in candidates {
        let overlapping: Vec<(u32, u32)> = taken
            .iter()
            .filter(|t| t.q < c.q_end && c.q < t.q_end)
            .map(|t| (t.q, t.q_end))
            .collect();
        if overlapping.is_empty() {
            taken.push(c);
        } else if c.runs.len() == 1 {
            if let Some(part) = free_part(&c.runs[0], &overlapping, min_words) {
                taken.push(Passage::from_run(part));
            }
        }
    }
    taken.sort_by_key(|t| t.q);
    taken
}

/// The longest part of exact run `r` outside `taken` (in this document's positions),
/// if it is at least `min_words` long.
fn free_part(r: &Run, taken: &[(u32, u32)], min_words: usize) -> Option<Run> {
    let mut cuts: Vec<(u32, u32)> = taken.to_vec();
    cuts.sort_unstable();
    let mut best: Option<(u32, u32)> = None;
    let mut start = r.q;
    for &(s, e) in cuts.iter().chain(std::iter::once(&(r.q_end(), r.q_end()))) {
        let end = s.min(r.q_end());
        if end > start && best.is_none_or(|(bs, be)| end - start > be - bs) {
            best = Some((start, end));
        }
        start = start.max(e);
    }
    let (s, e) = best?;
    if ((e - s) as usize) < min_words {
        return None;
    }
    Some(Run {
        p_doc: r.p_doc,
        p: r.p + (s - r.q),
        q: s,
        len: e - s,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(p_doc: u32, p: u32, q: u32, len: u32) -> Run {
        Run { p_doc, p, q, len }
    }

    #[test]
    fn runs_across_a_small_edit_merge_into_one_passage() {
        let got = passages(1, vec![run(0, 10, 0, 35), run(0, 46, 36, 20)], 30);
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].q, got[0].q_end, got[0].p, got[0].p_end), (0, 56, 10, 66));
    }

    #[test]
    fn a_long_run_overlapping_a_short_one_is_kept() {
        // regression: a 23-word run ending inside a 47-word one hid it
        let got = passages(1, vec![run(0, 349, 350, 23), run(0, 486, 372, 47)], 40);
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].q, got[0].q_end, got[0].p), (372, 419, 486));
    }

    #[test]
    fn runs_far_apart_stay_separate_and_short_ones_go() {
        let got = passages(1, vec![run(0, 0, 0, 35), run(0, 100, 100, 20)], 30);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].q_end, 35);
    }

    #[test]
    fn the_longer_source_wins_and_a_run_keeps_its_free_part() {
        // words 0..80 match doc 0; words 60..100, then 40..120, match doc 2
        let got = passages(3, vec![run(0, 0, 0, 80), run(2, 0, 60, 40)], 30);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].p_doc, 0);
        let got = passages(3, vec![run(0, 0, 0, 80), run(2, 0, 40, 80)], 30);
        assert_eq!(got.len(), 2);
        assert_eq!((got[1].q, got[1].q_end, got[1].p), (80, 120, 40));
    }

    #[test]
    fn equal_copies_point_at_the_earliest_source() {
        let got = passages(5, vec![run(3, 0, 0, 50), run(1, 0, 0, 50)], 30);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].p_doc, 1);
    }
}

//! Exact runs → passages: runs separated by small edits merge into one near repeat, and
//! of overlapping candidates in one document the longest (then the earliest source) wins,
//! so each stretch of copy is reported once, against one first copy.

use super::edges;
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
    /// Carried to a paragraph's edge across a small edit there (see [`edges::extend`]):
    /// the words outside `runs` are not all equal.
    pub extended: bool,
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
            extended: false,
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
/// overlap in this document. `words` are every document's word hashes, for carrying a
/// passage across the edits at its ends; `starts` its paragraph starts, for cutting off
/// the stray words of another paragraph (see [`edges`]).
pub fn passages(
    q_doc: u32,
    mut runs: Vec<Run>,
    words: &[&[u64]],
    starts: &[&[u32]],
    min_words: usize,
) -> Vec<Passage> {
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
    for c in &mut candidates {
        if let (Some(&p_words), Some(&q_words)) =
            (words.get(c.p_doc as usize), words.get(q_doc as usize))
        {
            bridge(c, p_words, q_words, c.p_doc == q_doc);
            let breaks = |doc: u32, words: &[u64]| edges::Breaks {
                starts: starts.get(doc as usize).copied().unwrap_or_default(),
                words: words.len() as u32,
            };
            edges::trim(c, breaks(c.p_doc, p_words), breaks(q_doc, q_words));
            let same_doc = c.p_doc == q_doc;
            let p_breaks = breaks(c.p_doc, p_words);
            edges::extend(
                c,
                p_words,
                q_words,
                p_breaks,
                breaks(q_doc, q_words),
                same_doc,
            );
        }
    }
    // trimming may have taken a run below the length that made it a candidate
    candidates.retain(|c| c.longest_run() as usize >= min_words);
    let mut chosen = select(candidates, min_words);
    point_at_first_copies(q_doc, &mut chosen);
    chosen
}

/// Within one document, a repeat whose source is itself an exact repeat of an earlier
/// passage points at that earlier one instead, so three copies give two findings that
/// both name the first copy (the finder may have paired the third with the second).
fn point_at_first_copies(q_doc: u32, chosen: &mut [Passage]) {
    for _ in 0..chosen.len() {
        let mut moved = false;
        for i in 0..chosen.len() {
            if chosen[i].p_doc != q_doc {
                continue;
            }
            let (p, p_end) = (chosen[i].p, chosen[i].p_end);
            let earlier = chosen.iter().find(|r| {
                r.p_doc == q_doc
                    && r.runs.len() == 1
                    && !r.extended
                    && r.q_end - r.q == r.p_end - r.p
                    && r.q <= p
                    && p_end <= r.q_end
            });
            if let Some(r) = earlier {
                let shift = r.q - r.p;
                let c = &mut chosen[i];
                c.p -= shift;
                c.p_end -= shift;
                for run in &mut c.runs {
                    run.p -= shift;
                }
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
}

/// Equal words needed on the far side of an edit before a passage is carried across it:
/// enough that a stray "of the" does not join unrelated copy.
pub const MIN_BRIDGE: usize = 5;

/// Carries a passage across small edits on both ends: fingerprints are sparse, so the
/// short exact stretches between close edits may hold none and be missing from `runs`;
/// here the words beyond each end are compared directly, nearest edit first.
fn bridge(c: &mut Passage, p_words: &[u64], q_words: &[u64], same_doc: bool) {
    while let Some(r) = next_right(c, p_words, q_words, same_doc) {
        c.push(r);
    }
    while let Some(r) = next_left(c, p_words, q_words, same_doc) {
        c.p = r.p;
        c.q = r.q;
        c.runs.insert(0, r);
    }
}

/// Offsets `(dp, dq)` of an edit of up to [`MAX_GAP`] words in each copy, smallest first.
fn gaps() -> impl Iterator<Item = (usize, usize)> {
    let max = MAX_GAP as usize;
    (1..=2 * max).flat_map(move |total| {
        (total.saturating_sub(max)..=total.min(max)).map(move |dp| (dp, total - dp))
    })
}

fn next_right(c: &Passage, a: &[u64], b: &[u64], same_doc: bool) -> Option<Run> {
    let (pe, qe) = (c.p_end as usize, c.q_end as usize);
    let (dp, dq) = gaps().find(|&(dp, dq)| {
        let (p, q) = (pe + dp, qe + dq);
        p + MIN_BRIDGE <= a.len()
            && q + MIN_BRIDGE <= b.len()
            && a[p..p + MIN_BRIDGE] == b[q..q + MIN_BRIDGE]
            && !(same_doc && p + MIN_BRIDGE > c.q as usize)
    })?;
    let (p, q) = (pe + dp, qe + dq);
    let mut len = MIN_BRIDGE;
    while p + len < a.len()
        && q + len < b.len()
        && a[p + len] == b[q + len]
        && !(same_doc && p + len + 1 > c.q as usize)
    {
        len += 1;
    }
    Some(Run {
        p_doc: c.p_doc,
        p: p as u32,
        q: q as u32,
        len: len as u32,
    })
}

fn next_left(c: &Passage, a: &[u64], b: &[u64], same_doc: bool) -> Option<Run> {
    let (ps, qs) = (c.p as usize, c.q as usize);
    let (dp, dq) = gaps().find(|&(dp, dq)| {
        ps >= dp + MIN_BRIDGE
            && qs >= dq + MIN_BRIDGE
            && a[ps - dp - MIN_BRIDGE..ps - dp] == b[qs - dq - MIN_BRIDGE..qs - dq]
            && !(same_doc && c.p_end as usize > qs - dq - MIN_BRIDGE)
    })?;
    let (p_end, q_end) = (ps - dp, qs - dq);
    let mut len = MIN_BRIDGE;
    while p_end > len
        && q_end > len
        && a[p_end - len - 1] == b[q_end - len - 1]
        && !(same_doc && c.p_end as usize > q_end - len - 1)
    {
        len += 1;
    }
    Some(Run {
        p_doc: c.p_doc,
        p: (p_end - len) as u32,
        q: (q_end - len) as u32,
        len: len as u32,
    })
}

/// Longest first, then earliest source; a candidate overlapping one already taken is
/// dropped, except a single exact run, which keeps its longest free part if that is still
/// `min_words` long.
fn select(mut candidates: Vec<Passage>, min_words: usize) -> Vec<Passage> {
    candidates.sort_by_key(|c| (std::cmp::Reverse(c.q_end - c.q), c.p_doc, c.p, c.q));
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
        let got = passages(1, vec![run(0, 10, 0, 35), run(0, 46, 36, 20)], &[], &[], 30);
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].q, got[0].q_end, got[0].p, got[0].p_end),
            (0, 56, 10, 66)
        );
    }

    #[test]
    fn a_long_run_overlapping_a_short_one_is_kept() {
        // regression: a 23-word run ending inside a 47-word one hid it
        let got = passages(
            1,
            vec![run(0, 349, 350, 23), run(0, 486, 372, 47)],
            &[],
            &[],
            40,
        );
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].q, got[0].q_end, got[0].p), (372, 419, 486));
    }

    #[test]
    fn runs_far_apart_stay_separate_and_short_ones_go() {
        let got = passages(
            1,
            vec![run(0, 0, 0, 35), run(0, 100, 100, 20)],
            &[],
            &[],
            30,
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].q_end, 35);
    }

    #[test]
    fn the_longer_source_wins_and_a_run_keeps_its_free_part() {
        // words 0..80 match doc 0; words 60..100, then 40..120, match doc 2
        let got = passages(3, vec![run(0, 0, 0, 80), run(2, 0, 60, 40)], &[], &[], 30);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].p_doc, 0);
        let got = passages(3, vec![run(0, 0, 0, 80), run(2, 0, 40, 80)], &[], &[], 30);
        assert_eq!(got.len(), 2);
        assert_eq!((got[1].q, got[1].q_end, got[1].p), (80, 120, 40));
    }

    #[test]
    fn equal_copies_point_at_the_earliest_source() {
        let got = passages(5, vec![run(3, 0, 0, 50), run(1, 0, 0, 50)], &[], &[], 30);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].p_doc, 1);
    }
}

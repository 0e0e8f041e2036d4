//! Passage edges at paragraph breaks: a repeat found word by word can run a word or two
//! into the next paragraph when both copies happen to go on alike ("The council…",
//! "The minister…"). Those stray words are no part of what was pasted, and they would
//! make the finding name a line it does not repeat, so they are cut off.

use super::chain::{Passage, MAX_GAP, MIN_BRIDGE};
use super::runs::Run;

/// Fewer words than this of another paragraph, at either end of a passage, are taken for
/// chance agreement (an article and a noun or two) and cut off; a paste that takes in the
/// start of the next paragraph takes a sentence.
const STRAY: u32 = 4;

/// Most words at either end of a passage, up to its paragraph's edge, that [`extend`]
/// takes in as an edit: an edit of up to [`MAX_GAP`] words and the few equal words
/// beside it, too few for a bridge.
const EDGE_WORDS: u32 = MAX_GAP + MIN_BRIDGE as u32 - 1;

/// Changed words at an end that always count as a small edit (a changed figure, a
/// swapped name); more are taken only when at least twice as many words stay equal.
const EDGE_CHANGES: u32 = 3;

/// One copy's paragraph starts, as word indices in order, and its length in words.
#[derive(Clone, Copy)]
pub struct Breaks<'a> {
    pub starts: &'a [u32],
    pub words: u32,
}

impl Breaks<'_> {
    /// The last paragraph start strictly inside `start..end`.
    fn last_inside(&self, start: u32, end: u32) -> Option<u32> {
        let i = self.starts.partition_point(|&b| b < end);
        self.starts[..i].last().copied().filter(|&b| b > start)
    }

    /// The first paragraph start strictly inside `start..end`.
    fn first_inside(&self, start: u32, end: u32) -> Option<u32> {
        let i = self.starts.partition_point(|&b| b <= start);
        self.starts.get(i).copied().filter(|&b| b < end)
    }

    /// Where the paragraph holding word `at` starts.
    fn start_of(&self, at: u32) -> u32 {
        let i = self.starts.partition_point(|&b| b <= at);
        if i == 0 {
            0
        } else {
            self.starts[i - 1]
        }
    }

    /// Where the paragraph holding word `at` ends (the next paragraph's start, or the
    /// end of the text).
    fn end_of(&self, at: u32) -> u32 {
        let i = self.starts.partition_point(|&b| b <= at);
        self.starts.get(i).copied().unwrap_or(self.words)
    }

    /// Whether word `at` begins a paragraph (or lies past the last word), so that a
    /// passage ending or starting there holds whole paragraphs.
    fn at_edge(&self, at: u32) -> bool {
        at == 0 || at >= self.words || self.starts.binary_search(&at).is_ok()
    }
}

/// Cuts the stray words of another paragraph off both ends of `c` (see the module), where
/// both copies cut at the same word of the passage.
pub fn trim(c: &mut Passage, p: Breaks, q: Breaks) {
    if let (Some(bp), Some(bq)) = (p.last_inside(c.p, c.p_end), q.last_inside(c.q, c.q_end)) {
        let partial = !p.at_edge(c.p_end) || !q.at_edge(c.q_end);
        if partial && c.p_end - bp < STRAY && c.q_end - bq < STRAY {
            cut_after(c, bp, bq);
        }
    }
    if let (Some(bp), Some(bq)) = (p.first_inside(c.p, c.p_end), q.first_inside(c.q, c.q_end)) {
        let partial = !p.at_edge(c.p) || !q.at_edge(c.q);
        if partial && bp - c.p < STRAY && bq - c.q < STRAY {
            cut_before(c, bp, bq);
        }
    }
}

/// Carries `c` to the edges of its paragraphs across a small edit there: a repeated
/// paragraph whose copy changes a figure among its first or last few words leaves too
/// few equal words beyond the edit for [`super::chain`]'s bridge, and would otherwise be
/// cut at the edit and reported as word for word. Both copies must end the same few
/// words short of an edge, with at most [`EDGE_CHANGES`] words changed (or twice as many
/// equal as changed); within one document the copies must not come to overlap.
pub fn extend(
    c: &mut Passage,
    p_words: &[u64],
    q_words: &[u64],
    p: Breaks,
    q: Breaks,
    same_doc: bool,
) {
    let (ps, qs) = (p.start_of(c.p), q.start_of(c.q));
    if (ps, qs) != (c.p, c.q)
        && small_edit(
            &p_words[ps as usize..c.p as usize],
            &q_words[qs as usize..c.q as usize],
        )
        && !(same_doc && qs < c.p_end)
    {
        c.p = ps;
        c.q = qs;
        c.extended = true;
    }
    let (pe, qe) = (p.end_of(c.p_end - 1), q.end_of(c.q_end - 1));
    if (pe, qe) != (c.p_end, c.q_end)
        && pe as usize <= p_words.len()
        && qe as usize <= q_words.len()
        && small_edit(
            &p_words[c.p_end as usize..pe as usize],
            &q_words[c.q_end as usize..qe as usize],
        )
        && !(same_doc && pe > c.q)
    {
        c.p_end = pe;
        c.q_end = qe;
        c.extended = true;
    }
}

/// Whether two stretches of at most [`EDGE_WORDS`] words each differ by a small edit.
fn small_edit(a: &[u64], b: &[u64]) -> bool {
    let longest = a.len().max(b.len()) as u32;
    if longest == 0 || longest > EDGE_WORDS {
        return false;
    }
    let equal = common_words(a, b);
    let changed = longest - equal;
    changed <= EDGE_CHANGES || equal >= 2 * changed
}

/// The length of the longest common subsequence of two short word lists.
fn common_words(a: &[u64], b: &[u64]) -> u32 {
    let mut row = vec![0u32; b.len() + 1];
    for &x in a {
        let mut diag = 0;
        for (j, &y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
            diag = up;
        }
    }
    row[b.len()]
}

/// Ends `c` at words `bp` / `bq`, when every run lies before them, after them, or
/// crosses both at the same word.
fn cut_after(c: &mut Passage, bp: u32, bq: u32) {
    let mut kept = Vec::with_capacity(c.runs.len());
    for r in &c.runs {
        match side(r, bp, bq) {
            Side::Before => kept.push(*r),
            Side::After => {}
            Side::Across => kept.push(Run {
                len: bq - r.q,
                ..*r
            }),
            Side::Skewed => return,
        }
    }
    if let Some(last) = kept.last() {
        c.p_end = last.p_end();
        c.q_end = last.q_end();
        c.runs = kept;
    }
}

/// Starts `c` at words `bp` / `bq`, on the same terms as [`cut_after`].
fn cut_before(c: &mut Passage, bp: u32, bq: u32) {
    let mut kept = Vec::with_capacity(c.runs.len());
    for r in &c.runs {
        match side(r, bp, bq) {
            Side::Before => {}
            Side::After => kept.push(*r),
            Side::Across => kept.push(Run {
                p: bp,
                q: bq,
                len: r.q_end() - bq,
                ..*r
            }),
            Side::Skewed => return,
        }
    }
    if let Some(first) = kept.first() {
        c.p = first.p;
        c.q = first.q;
        c.runs = kept;
    }
}

/// Where run `r` lies against the cut at `bp` in one copy and `bq` in the other.
enum Side {
    Before,
    After,
    /// Crossing both cuts at the same word of the run.
    Across,
    /// Any other way: the copies would part at different words.
    Skewed,
}

fn side(r: &Run, bp: u32, bq: u32) -> Side {
    if r.p_end() <= bp && r.q_end() <= bq {
        Side::Before
    } else if r.p >= bp && r.q >= bq {
        Side::After
    } else if r.p < bp && r.q < bq && bp - r.p == bq - r.q && r.p_end() > bp {
        Side::Across
    } else {
        Side::Skewed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraphs at words 0, 40, 100, 140 and 200 of a 260-word text: the one at 40..100
    /// is repeated at 140..200.
    const STARTS: [u32; 5] = [0, 40, 100, 140, 200];

    fn breaks(starts: &[u32]) -> Breaks<'_> {
        Breaks { starts, words: 260 }
    }

    /// `trim` on one copy's words `p..p+len` repeated at `q..q+len`, both copies laid out
    /// by `starts`: the passage's (p, p_end, q, q_end) after.
    fn trimmed(starts: &[u32], p: u32, q: u32, len: u32) -> (u32, u32, u32, u32) {
        let mut c = Passage {
            p_doc: 0,
            p,
            p_end: p + len,
            q,
            q_end: q + len,
            runs: vec![Run {
                p_doc: 0,
                p,
                q,
                len,
            }],
            extended: false,
        };
        trim(&mut c, breaks(starts), breaks(starts));
        assert_eq!(c.runs.iter().map(|r| r.len).sum::<u32>(), c.q_end - c.q);
        (c.p, c.p_end, c.q, c.q_end)
    }

    #[test]
    fn a_word_or_two_of_the_next_paragraph_is_cut_off() {
        // the repeat runs two words on into both next paragraphs
        assert_eq!(trimmed(&STARTS, 40, 140, 62), (40, 100, 140, 200));
    }

    #[test]
    fn a_whole_short_paragraph_or_a_longer_stretch_stays() {
        // three-word paragraphs at 100 and 200, repeated whole
        let starts = [0, 40, 100, 103, 140, 200, 203];
        assert_eq!(trimmed(&starts, 40, 140, 63), (40, 103, 140, 203));
        // five words into the next paragraph is more than chance
        assert_eq!(trimmed(&STARTS, 40, 140, 65), (40, 105, 140, 205));
    }

    #[test]
    fn stray_words_before_the_first_paragraph_are_cut_off() {
        // "…the council." ending both paragraphs before the repeat
        assert_eq!(trimmed(&STARTS, 38, 138, 62), (40, 100, 140, 200));
    }
}

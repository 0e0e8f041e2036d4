//! Passage edges at paragraph breaks: a repeat found word by word can run a word or two
//! into the next paragraph when both copies happen to go on alike ("The council…",
//! "The minister…"). Those stray words are no part of what was pasted, and they would
//! make the finding name a line it does not repeat, so they are cut off.

use super::chain::Passage;
use super::runs::Run;

/// Fewer words than this of another paragraph, at either end of a passage, are taken for
/// chance agreement (an article and a noun or two) and cut off; a paste that takes in the
/// start of the next paragraph takes a sentence.
const STRAY: u32 = 4;

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

//! Winnowing (Schleimer, Wilkerson & Aiken, SIGMOD 2003) over word k-grams.
//!
//! Every k-gram of words is hashed; of every `w` consecutive k-gram hashes the smallest is
//! kept as a fingerprint. Two texts that share a run of `w + k - 1` words share a whole
//! window of k-grams, and so at least one fingerprint; choosing `w = min_words - k + 1`
//! makes that guarantee cover every run the user asked about, while keeping only about
//! `2 / (w + 1)` of the positions in the index.

use super::tokens::mix;

/// The k-gram length and window for a minimum run of `min_words` words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Params {
    /// Words per k-gram.
    pub k: usize,
    /// K-grams per window.
    pub w: usize,
}

impl Params {
    /// Splits `min_words` (at least 1) into k-gram and window so that `k + w - 1 ==
    /// min_words`. A third of it as k-gram keeps k-grams distinctive (a coincidence of
    /// 13 words in a row is rare in prose) and the window long, so the index stays small.
    pub fn for_min_words(min_words: usize) -> Params {
        let min_words = min_words.max(1);
        let k = (min_words / 3).max(1);
        Params {
            k,
            w: min_words - k + 1,
        }
    }
}

/// The base of the rolling k-gram hash (odd, so multiplication mod 2^64 is invertible).
const BASE: u64 = 0x0000_0100_0000_01b3;

/// Fingerprints of a document's words: `(hash, position of the k-gram's first word)`,
/// in position order. Documents shorter than `k` words have none.
pub fn fingerprints(words: &[u64], p: Params) -> Vec<(u64, u32)> {
    let grams = kgram_hashes(words, p.k);
    winnow(&grams, p.w)
}

/// The hash of every k-gram, by a polynomial rolling hash over the word hashes, mixed so
/// the minimum of a window is not biased towards any word.
fn kgram_hashes(words: &[u64], k: usize) -> Vec<u64> {
    if words.len() < k || k == 0 {
        return Vec::new();
    }
    let top = (1..k).fold(1u64, |acc, _| acc.wrapping_mul(BASE));
    let mut h = words[..k]
        .iter()
        .fold(0u64, |acc, &x| acc.wrapping_mul(BASE).wrapping_add(x));
    let mut out = Vec::with_capacity(words.len() - k + 1);
    out.push(mix(h));
    for i in k..words.len() {
        h = h
            .wrapping_sub(words[i - k].wrapping_mul(top))
            .wrapping_mul(BASE)
            .wrapping_add(words[i]);
        out.push(mix(h));
    }
    out
}

/// Robust winnowing (Schleimer, Wilkerson and Aiken, 2003): the minimum of each window
/// of `w` hashes, each position recorded once; of tied minima, the one the window
/// before chose while it is still in the window, else the rightmost. Without the tie
/// rule, copy that repeats one short phrase over and over ("5%" on every line) would
/// give a fingerprint for every word rather than one a window. A text with fewer than
/// `w` k-grams is one (short) window.
fn winnow(grams: &[u64], w: usize) -> Vec<(u64, u32)> {
    let mut out: Vec<(u64, u32)> = Vec::with_capacity(grams.len() * 2 / (w + 1) + 1);
    if grams.is_empty() {
        return out;
    }
    let w = w.max(1).min(grams.len());
    // a deque of candidate positions with increasing hashes (monotonic queue)
    let mut queue: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    let mut last: Option<usize> = None;
    for (i, &h) in grams.iter().enumerate() {
        while queue.back().is_some_and(|&j| grams[j] >= h) {
            queue.pop_back();
        }
        queue.push_back(i);
        if i + 1 < w {
            continue;
        }
        let window_start = i + 1 - w;
        while queue.front().is_some_and(|&j| j < window_start) {
            queue.pop_front();
        }
        if let Some(&min) = queue.front() {
            let kept = last.is_some_and(|l| l >= window_start && grams[l] == grams[min]);
            if !kept && last != Some(min) {
                out.push((grams[min], min as u32));
                last = Some(min);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_cover_min_words_exactly() {
        for m in 1..200 {
            let p = Params::for_min_words(m);
            assert_eq!(p.k + p.w - 1, m, "{m}");
            assert!(p.k >= 1 && p.w >= 1);
        }
        assert_eq!(Params::for_min_words(0), Params::for_min_words(1));
    }

    #[test]
    fn rolling_hash_equals_direct_hash() {
        let words: Vec<u64> = (0..50u64).map(|x| mix(x * 7 + 1)).collect();
        let grams = kgram_hashes(&words, 5);
        let again = kgram_hashes(&words[10..15], 5);
        assert_eq!(grams[10], again[0]);
        assert_eq!(grams.len(), 46);
    }

    #[test]
    fn every_window_holds_a_fingerprint() {
        let words: Vec<u64> = (0..500u64).map(|x| mix(x % 97)).collect();
        let p = Params::for_min_words(30);
        let fps = fingerprints(&words, p);
        let grams = words.len() - p.k + 1;
        for start in 0..=grams - p.w {
            assert!(
                fps.iter()
                    .any(|&(_, pos)| (start..start + p.w).contains(&(pos as usize))),
                "window at {start}"
            );
        }
        assert!(fps.len() < grams / 4);
    }

    #[test]
    fn shared_runs_share_a_fingerprint() {
        // two texts with nothing in common but one run of exactly min_words words
        let min_words = 40;
        let p = Params::for_min_words(min_words);
        for offset in 0..30u64 {
            let run: Vec<u64> = (0..min_words as u64)
                .map(|x| mix(1_000 + x + offset))
                .collect();
            let mut a: Vec<u64> = (0..60u64).map(|x| mix(10_000 + x * 3 + offset)).collect();
            let mut b: Vec<u64> = (0..25u64).map(|x| mix(90_000 + x * 5)).collect();
            a.splice(17..17, run.iter().copied());
            b.extend(&run);
            b.extend((0..9u64).map(|x| mix(70_000 + x)));
            let fa: std::collections::HashSet<u64> =
                fingerprints(&a, p).into_iter().map(|f| f.0).collect();
            assert!(fingerprints(&b, p).iter().any(|f| fa.contains(&f.0)));
        }
    }
}

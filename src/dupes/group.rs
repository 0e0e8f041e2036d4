//! Duplicate findings → groups of copies of one passage.
//!
//! Each finding joins two places: the later copy and the copy it repeats. Places in one
//! document that overlap by at least half the longer are the same copy, found from two
//! sides. A place inside a much longer one is another passage: an article copied whole
//! into a second file, whose last paragraph a third and fourth file also carry, is two
//! groups (the article, twice; the paragraph, three times). The connected places are a
//! group; the places of a group in one document that overlap are one member (their
//! union). The earliest member — by date, then path, then position — is the first
//! copy, and its words give the group its id, so the id does not move when later copies
//! are added or removed, nor when lines shift around the passage.

use std::collections::HashMap;
use std::ops::Range;

use rayon::prelude::*;

use super::tokens;
use crate::document::Document;
use crate::finding::{DuplicateGroup, Finding, GroupMember};

/// A member that holds this share of its document's words is a whole-article copy.
pub const WHOLE: f64 = 0.9;

/// How a document's date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    /// Seconds since 1970, if known.
    pub at: Option<i64>,
    /// "front matter", "modified", or "path".
    pub by: &'static str,
}

impl Dated {
    pub const NONE: Dated = Dated {
        at: None,
        by: "path",
    };
}

/// One end of a finding: a place in a document.
#[derive(Debug, Clone)]
struct Place {
    path: u32,
    span: Range<usize>,
    /// The finding's similarity, when this place is its later copy.
    similarity: Option<f64>,
    /// The finding joins two places of one document.
    within: bool,
}

/// Groups the duplicate findings among `findings`, earliest copies found through
/// `dated`, documents through `doc`. Sets each duplicate finding's group id and returns
/// the groups, ordered by their first copy's path and position.
pub fn groups<'a>(
    findings: impl IntoIterator<Item = &'a mut Finding>,
    doc: &(dyn Fn(&str) -> Option<&'a Document> + Sync),
    dated: &(dyn Fn(&str) -> Dated + Sync),
) -> Vec<DuplicateGroup> {
    let mut paths: Vec<String> = Vec::new();
    let mut path_ids: HashMap<String, u32> = HashMap::new();
    let mut intern = |p: &str| -> u32 {
        if let Some(&i) = path_ids.get(p) {
            return i;
        }
        let i = paths.len() as u32;
        paths.push(p.to_string());
        path_ids.insert(p.to_string(), i);
        i
    };
    let mut places: Vec<Place> = Vec::new();
    let mut dupes: Vec<&'a mut Finding> = Vec::new();
    for f in findings {
        let (Some(d), Some(r)) = (f.duplicate, f.related.first()) else {
            continue;
        };
        let within = f.path == r.path;
        places.push(Place {
            path: intern(&f.path),
            span: f.span.clone(),
            similarity: Some(d.similarity),
            within,
        });
        places.push(Place {
            path: intern(&r.path),
            span: r.span.clone(),
            similarity: None,
            within,
        });
        dupes.push(f);
    }
    // each document's date and length, once
    let info: Vec<(Option<&'a Document>, Dated, usize)> = paths
        .par_iter()
        .map(|p| {
            let d = doc(p);
            let all = d.map_or(0, |d| tokens::count_words(d.prose()));
            (d, dated(p), all)
        })
        .collect();
    let mut sets = Sets::new(places.len());
    for i in (0..places.len()).step_by(2) {
        sets.union(i, i + 1);
    }
    // places of one document overlapping by half the longer are one copy
    let mut by_doc: Vec<usize> = (0..places.len()).collect();
    by_doc.sort_by_key(|&i| (places[i].path, places[i].span.start, places[i].span.end));
    for chunk in by_doc.chunk_by(|&a, &b| places[a].path == places[b].path) {
        // a sweep keeping the places still open (ending after the current start)
        let mut open: Vec<usize> = Vec::new();
        for &i in chunk {
            let s = &places[i].span;
            open.retain(|&j| places[j].span.end > s.start);
            for &j in &open {
                if overlap(&places[j].span, s) * 2 >= len(&places[j].span).max(len(s)) {
                    sets.union(i, j);
                }
            }
            open.push(i);
        }
    }
    // members: per set and document, places that overlap at all merge
    let mut by_set: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in &by_doc {
        by_set.entry(sets.find(i)).or_default().push(i);
    }
    let by_set: Vec<Vec<usize>> = by_set.into_values().collect();
    let mut out: Vec<(DuplicateGroup, Vec<usize>)> = by_set
        .into_par_iter()
        .filter_map(|idx| {
            let mut members: Vec<(GroupMember, Option<i64>)> = Vec::new();
            let mut member_of: Vec<(usize, usize)> = Vec::new();
            let mut current: Option<(u32, Range<usize>, Option<f64>)> = None;
            let mut current_places: Vec<usize> = Vec::new();
            let mut flush =
                |c: Option<(u32, Range<usize>, Option<f64>)>,
                 ps: &mut Vec<usize>,
                 members: &mut Vec<(GroupMember, Option<i64>)>| {
                    if let Some((path, span, sim)) = c {
                        let p = &paths[path as usize];
                        let (d, at, all) = info[path as usize];
                        let m = member(p, span, sim.unwrap_or(1.0), d, at, all);
                        for &pl in ps.iter() {
                            member_of.push((pl, members.len()));
                        }
                        ps.clear();
                        members.push(m);
                    }
                };
            for &i in &idx {
                let pl = &places[i];
                match &mut current {
                    Some((path, span, sim)) if *path == pl.path && pl.span.start < span.end => {
                        span.end = span.end.max(pl.span.end);
                        if let Some(s) = pl.similarity {
                            *sim = Some(sim.map_or(s, |m: f64| m.min(s)));
                        }
                        current_places.push(i);
                    }
                    _ => {
                        flush(current.take(), &mut current_places, &mut members);
                        current = Some((pl.path, pl.span.clone(), pl.similarity));
                        current_places.push(i);
                    }
                }
            }
            flush(current.take(), &mut current_places, &mut members);
            if members.len() < 2 {
                return None;
            }
            // earliest first: dated before undated, then by date, path, position
            let mut order: Vec<usize> = (0..members.len()).collect();
            order.sort_by(|&a, &b| {
                let (ma, da) = &members[a];
                let (mb, db) = &members[b];
                (da.is_none(), da, &ma.path, ma.span.start).cmp(&(
                    db.is_none(),
                    db,
                    &mb.path,
                    mb.span.start,
                ))
            });
            let mut rank = vec![0usize; members.len()];
            for (r, &m) in order.iter().enumerate() {
                rank[m] = r;
            }
            let mut sorted: Vec<Option<GroupMember>> = vec![None; members.len()];
            for (m, (gm, _)) in members.into_iter().enumerate() {
                sorted[rank[m]] = Some(gm);
            }
            let mut members: Vec<GroupMember> = sorted.into_iter().flatten().collect();
            members[0].similarity = 1.0;
            let whole = members.iter().filter(|m| m.whole).count();
            let first = &members[0];
            let id = doc(&first.path).map_or(0, |d| words_id(d, &first.span));
            let group = DuplicateGroup {
                id,
                whole_articles: first.whole && whole >= 2,
                within_document: idx.iter().any(|&i| places[i].within),
                members,
            };
            // each finding is filed under the group of its later copy
            let mut finding_places: Vec<usize> = member_of.iter().map(|&(pl, _)| pl).collect();
            finding_places.retain(|pl| pl % 2 == 0);
            Some((group, finding_places))
        })
        .collect();
    out.sort_by(|a, b| {
        let (fa, fb) = (a.0.first(), b.0.first());
        (&fa.path, fa.span.start, fa.span.end).cmp(&(&fb.path, fb.span.start, fb.span.end))
    });
    // ids unique within a report: a collision (or the same first copy twice) is bumped
    let mut seen = std::collections::HashSet::new();
    for (g, _) in &mut out {
        while !seen.insert(g.id & 0xffff_ffff_ffff) {
            g.id = tokens::mix(g.id.wrapping_add(1));
        }
        g.id &= 0xffff_ffff_ffff;
    }
    for (g, finding_places) in &out {
        for &pl in finding_places {
            if let Some(d) = dupes[pl / 2].duplicate.as_mut() {
                d.group = Some(g.id);
            }
        }
    }
    out.into_iter().map(|(g, _)| g).collect()
}

fn member(
    path: &str,
    span: Range<usize>,
    similarity: f64,
    doc: Option<&Document>,
    dated: Dated,
    all: usize,
) -> (GroupMember, Option<i64>) {
    let (words, whole, complete) = match doc {
        Some(d) => {
            let words = tokens::count_words(d.slice(span.clone()));
            let all = all.max(1);
            (words, words as f64 >= WHOLE * all as f64, words >= all)
        }
        None => (0, false, false),
    };
    (
        GroupMember {
            path: path.to_string(),
            span,
            words,
            similarity,
            whole,
            complete,
            date: dated.at.map(super::dates::format),
            dated_by: dated.by,
        },
        dated.at,
    )
}

/// A hash of the words of `span` as the finder folds them (case, punctuation and
/// spacing aside), 48 bits.
fn words_id(doc: &Document, span: &Range<usize>) -> u64 {
    let text = doc.prose().get(span.clone()).unwrap_or("");
    let (hashes, _) = tokens::spans(text);
    let h = hashes
        .iter()
        .fold(0x6a09_e667_f3bc_c908u64, |acc, &w| tokens::mix(acc ^ w));
    h & 0xffff_ffff_ffff
}

fn len(r: &Range<usize>) -> usize {
    r.end.saturating_sub(r.start)
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Union-find with path halving.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Self {
        Sets {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }
}

//! Records the matching rule reads alike: the same scope, kind, currency, terms, unit,
//! subject and `as_of`, differing only in value (one quantity stated for many places or
//! many drafts of one figure). The rule's steps give every one of them the same answer
//! for a figure, so a large set of them is asked once, and only its value is compared
//! record by record: without this, a figure in copy stating many values of one quantity
//! was set against each of those records in turn, and copy and records together grew
//! with the square of their length (issue 19, item 9).

use std::collections::HashMap;

use crate::records::ClaimRecord;

/// Past this many records read alike, a figure asks the rule once for them all.
pub(super) const ASKED_ONE_BY_ONE: usize = 8;

/// Of a large set read alike, the records that do not fit a figure kept as candidates:
/// two, so that a figure that fits none still ties (and is ambiguous) as it would with
/// all of them.
pub(super) const UNFIT_KEPT: usize = 2;

/// Each record's set of records read alike (an index into [`Alike::members`]).
#[derive(Debug, Default, Clone)]
pub struct Alike {
    of: Vec<usize>,
    /// The records of each set, in record order.
    members: Vec<Vec<usize>>,
    /// Per large set, its records by value, to find those a figure's value may fit
    /// without comparing it with every one.
    by_value: HashMap<usize, ByValue>,
}

/// A large set's records sorted by the low end of their value, and how far above it a
/// record's value and tolerance reach at most; `None` when some record has an open end.
#[derive(Debug, Clone)]
struct ByValue {
    sorted: Option<Vec<(f64, usize)>>,
    /// The widest record range plus the largest tolerance.
    reach: f64,
    /// The largest tolerance.
    tolerance: f64,
}

impl ByValue {
    fn of(members: &[usize], claims: &[ClaimRecord]) -> Self {
        let mut sorted = Vec::with_capacity(members.len());
        let (mut width, mut tolerance) = (0.0f64, 0.0f64);
        let mut open = false;
        for &m in members {
            let Some(rec) = claims.get(m) else { continue };
            match rec.bounds() {
                (Some(lo), Some(hi)) if lo.is_finite() && hi.is_finite() => {
                    width = width.max(hi - lo);
                    let scale = rec.value.or(rec.low).or(rec.high).unwrap_or(0.0).abs();
                    tolerance = tolerance.max(rec.tolerance.unwrap_or(0.0).abs() * scale);
                    sorted.push((lo, m));
                }
                _ => open = true,
            }
        }
        sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
        let bounded = !open && width.is_finite() && tolerance.is_finite();
        ByValue {
            sorted: bounded.then_some(sorted),
            reach: width + tolerance,
            tolerance,
        }
    }
}

impl Alike {
    /// The sets of `claims` (in the order they are stored in the record set).
    pub fn of(claims: &[ClaimRecord]) -> Self {
        let mut key_of: HashMap<Key<'_>, usize> = HashMap::new();
        let mut out = Alike::default();
        for (i, rec) in claims.iter().enumerate() {
            let next = out.members.len();
            let set = *key_of.entry(Key::of(rec)).or_insert(next);
            if set == next {
                out.members.push(Vec::new());
            }
            out.of.push(set);
            if let Some(m) = out.members.get_mut(set) {
                m.push(i);
            }
        }
        for (set, members) in out.members.iter().enumerate() {
            if members.len() > ASKED_ONE_BY_ONE {
                out.by_value.insert(set, ByValue::of(members, claims));
            }
        }
        out
    }

    /// The records of large set `set` whose value may lie in `lo..=hi` (a figure's
    /// interval; `None` an open end), each record's tolerance allowed for: a superset of
    /// those that fit, found by binary search. Every record of the set when some record
    /// or the interval is open.
    pub fn near(&self, set: usize, lo: Option<f64>, hi: Option<f64>) -> Vec<usize> {
        let all = || self.members.get(set).cloned().unwrap_or_default();
        let Some(by) = self.by_value.get(&set) else {
            return all();
        };
        let (Some(sorted), Some(lo), Some(hi)) = (&by.sorted, lo, hi) else {
            return all();
        };
        // a record fits when its low end is at most hi + tolerance and its high end (at
        // most its low end + reach) at least lo − tolerance
        let from = sorted.partition_point(|(rl, _)| *rl < lo - by.reach - by.tolerance);
        let to = sorted.partition_point(|(rl, _)| *rl <= hi + by.tolerance);
        let mut out: Vec<usize> = sorted
            .get(from..to.max(from))
            .unwrap_or_default()
            .iter()
            .map(|&(_, m)| m)
            .collect();
        out.sort_unstable();
        out
    }

    /// The records read alike with record `i` when there are more of them than are
    /// asked one by one; `None` for a small set (or an unknown record).
    pub fn large_set_of(&self, i: usize) -> Option<(usize, &[usize])> {
        let set = *self.of.get(i)?;
        let members = self.members.get(set)?;
        (members.len() > ASKED_ONE_BY_ONE).then_some((set, members.as_slice()))
    }
}

/// What the rule reads of a record, its value and id aside.
#[derive(PartialEq, Eq, Hash)]
struct Key<'a> {
    articles: Option<&'a [String]>,
    kind: &'a str,
    currency: Option<&'a str>,
    unit: Option<&'a str>,
    subject: Option<&'a str>,
    as_of: Option<&'a str>,
    match_words: &'a [String],
}

impl<'a> Key<'a> {
    fn of(rec: &'a ClaimRecord) -> Self {
        Key {
            articles: rec.articles.as_deref(),
            kind: rec.kind.as_str(),
            currency: rec.currency.as_deref(),
            unit: rec.unit.as_deref(),
            subject: rec.subject.as_deref(),
            as_of: rec.as_of.as_deref(),
            match_words: &rec.match_words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str, value: f64, words: &[&str]) -> ClaimRecord {
        ClaimRecord {
            id: id.into(),
            value: Some(value),
            match_words: words.iter().map(|w| w.to_string()).collect(),
            ..ClaimRecord::default()
        }
    }

    #[test]
    fn records_differing_only_in_value_are_one_set_once_it_is_large() {
        let mut claims: Vec<ClaimRecord> = (0..=ASKED_ONE_BY_ONE)
            .map(|k| rec(&format!("staff-{k}"), k as f64, &["staff"]))
            .collect();
        claims.push(rec("nurses", 3.0, &["nurses"]));
        let alike = Alike::of(&claims);
        let (set, members) = alike.large_set_of(0).unwrap();
        assert_eq!(members, (0..=ASKED_ONE_BY_ONE).collect::<Vec<_>>());
        assert_eq!(alike.large_set_of(ASKED_ONE_BY_ONE).unwrap().0, set);
        assert!(alike.large_set_of(ASKED_ONE_BY_ONE + 1).is_none());
    }

    #[test]
    fn a_record_with_another_term_or_period_is_read_apart() {
        let mut claims: Vec<ClaimRecord> = (0..=ASKED_ONE_BY_ONE)
            .map(|k| rec(&format!("staff-{k}"), k as f64, &["staff"]))
            .collect();
        let plain = claims.len();
        claims.push(rec("staff-council", 1.0, &["staff", "council"]));
        claims.push(ClaimRecord {
            as_of: Some("2020".into()),
            ..rec("staff-2020", 1.0, &["staff"])
        });
        let alike = Alike::of(&claims);
        assert_eq!(alike.large_set_of(0).unwrap().1.len(), plain);
        assert!(alike.large_set_of(plain).is_none());
        assert!(alike.large_set_of(plain + 1).is_none());
    }

    #[test]
    fn the_records_near_a_value_are_found_by_search() {
        let claims: Vec<ClaimRecord> = (0..100)
            .map(|k| rec(&format!("staff-{k}"), (k * 10) as f64, &["staff"]))
            .collect();
        let alike = Alike::of(&claims);
        let (set, _) = alike.large_set_of(0).unwrap();
        assert_eq!(alike.near(set, Some(195.0), Some(215.0)), vec![20, 21]);
        assert_eq!(
            alike.near(set, Some(2000.0), Some(2001.0)),
            Vec::<usize>::new()
        );
        // an open end looks at every record
        assert_eq!(alike.near(set, None, Some(5.0)).len(), 100);
    }
}

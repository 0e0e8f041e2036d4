//! When a figure holds: the periods a sentence names ("last year", "in fiscal 2023", "by
//! March 2024"), normalised so that two figures, or a figure and a record's `as_of`, can
//! be compared.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon;
use crate::pattern::{ascii_boundaries, never};

/// A period a figure is stated for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Period {
    /// "last year", "this fiscal year", "next month": relative to when the copy was
    /// written, so comparable with another relative period but not with a date.
    Relative { rel: &'static str, unit: String },
    /// "in 2023", "in fiscal 2023", "by 2025": a year, up to (`by`) or in it.
    Year { year: i32, fiscal: bool, by: bool },
    /// "in March", "by June 2024".
    Month {
        month: u8,
        year: Option<i32>,
        by: bool,
    },
}

impl Period {
    /// The normal form two statements of a quantity are compared by: "last year",
    /// "in 2023", "by 2023", "in march 2023". Fiscal and calendar years are one here, as
    /// copy often drops the word.
    pub fn normal(&self) -> String {
        let p = |by: bool| if by { "by" } else { "in" };
        match self {
            Period::Relative { rel, unit } => format!("{rel} {unit}"),
            Period::Year { year, by, .. } => format!("{} {year}", p(*by)),
            Period::Month { month, year, by } => {
                let name = lexicon::MONTHS
                    .iter()
                    .find(|(_, n)| n == month)
                    .map_or("", |(m, _)| m);
                match year {
                    Some(y) => format!("{} {name} {y}", p(*by)),
                    None => format!("{} {name}", p(*by)),
                }
            }
        }
    }

    /// The calendar year the period falls in, where it names one.
    pub fn year(&self) -> Option<i32> {
        match self {
            Period::Year { year, .. } => Some(*year),
            Period::Month { year, .. } => *year,
            Period::Relative { .. } => None,
        }
    }

    /// Whether a figure for this period can be the value a record gives `as_of` (a date
    /// `2024-09-30`, or a year `2024`): `Some(false)` when the years differ, `None` when
    /// the period or the date names no year (nothing to compare, so no objection).
    ///
    /// A fiscal year is named by the year it ends in, as governments and companies name
    /// theirs, and a record's `as_of` for it is its last day: "fiscal 2023" is the record
    /// `as_of: 2023-09-30`, not `2024-09-30`.
    pub fn agrees_with_as_of(&self, as_of: &str) -> Option<bool> {
        let year = self.year()?;
        let as_of_year: i32 = as_of.trim().get(..4)?.parse().ok()?;
        if matches!(self, Period::Year { by: true, .. }) {
            // "by 2025" is a cumulative figure up to then: any record dated then or later
            // may hold it
            return Some(as_of_year >= year);
        }
        Some(as_of_year == year)
    }
}

static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    let months: Vec<&str> = lexicon::MONTHS.iter().map(|(m, _)| *m).collect();
    Regex::new(&ascii_boundaries(&format!(
        concat!(
            r"\b(?P<rel>last|this|next|previous|past|current) (?P<fiscal>fiscal |financial |calendar |tax |academic )?(?P<u>year|month|week|quarter|decade)\b",
            r"|\b(?P<p>in|during|for|by|since|through|throughout|of|over) (?:the )?(?P<fy>fiscal year |financial year |fiscal |fy ?|the year )?(?P<y>(?:19|20)\d\d)\b",
            r"|\b(?:fiscal|financial) year (?P<y2>(?:19|20)\d\d)\b",
            r"|\b(?P<mp>in|during|by|since|through|until|of) (?:early |late |mid-?)?(?P<m>{month})\b(?: (?P<my>(?:19|20)\d\d))?",
        ),
        month = months.join("|")
    )))
    .unwrap_or_else(|_| never())
});

/// The periods one sentence names, each with its byte range in the document.
#[derive(Debug, Default)]
pub struct SentencePeriods {
    pub found: Vec<(Range<usize>, Period)>,
}

impl SentencePeriods {
    /// Reads the periods of the sentence at `span` of `prose`.
    pub fn read(prose: &str, span: Range<usize>) -> Self {
        let text = prose.get(span.clone()).unwrap_or("");
        // ASCII lower-casing keeps every byte offset
        let lower = text.to_ascii_lowercase();
        let found = PERIOD
            .captures_iter(&lower)
            .filter_map(|cap| {
                let m = cap.get(0)?;
                Some((span.start + m.start()..span.start + m.end(), period(&cap)?))
            })
            .collect();
        SentencePeriods { found }
    }

    /// The period nearest after `at` within `window`, else the nearest before it.
    pub fn near(&self, window: &Range<usize>, at: usize) -> Option<&Period> {
        self.found
            .iter()
            .filter(|(r, _)| r.start >= window.start && r.end <= window.end)
            .map(|(r, p)| {
                // anything before the figure ranks behind everything after it
                let dist = if r.start >= at {
                    r.start - at
                } else {
                    usize::MAX / 2 + (at - r.end.min(at))
                };
                (dist, p)
            })
            .min_by_key(|(d, _)| *d)
            .map(|(_, p)| p)
    }

    /// The one period the sentence names, if it names exactly one (however often).
    pub fn only(&self) -> Option<&Period> {
        let first = &self.found.first()?.1;
        let normal = first.normal();
        self.found
            .iter()
            .all(|(_, p)| p.normal() == normal)
            .then_some(first)
    }
}

fn period(cap: &regex::Captures<'_>) -> Option<Period> {
    if let (Some(rel), Some(u)) = (cap.name("rel"), cap.name("u")) {
        let rel = match rel.as_str() {
            "previous" | "past" | "last" => "last",
            "current" | "this" => "this",
            _ => "next",
        };
        return Some(Period::Relative {
            rel,
            unit: u.as_str().to_string(),
        });
    }
    let by =
        |name: &str, words: &[&str]| cap.name(name).is_some_and(|p| words.contains(&p.as_str()));
    if let Some(y) = cap.name("y") {
        return Some(Period::Year {
            year: y.as_str().parse().ok()?,
            fiscal: cap
                .name("fy")
                .is_some_and(|f| !f.as_str().starts_with("the year")),
            by: by("p", &["by", "since", "through"]),
        });
    }
    if let Some(y) = cap.name("y2") {
        return Some(Period::Year {
            year: y.as_str().parse().ok()?,
            fiscal: true,
            by: false,
        });
    }
    let m = cap.name("m")?;
    Some(Period::Month {
        month: lexicon::month_number(m.as_str())?,
        year: cap.name("my").and_then(|y| y.as_str().parse().ok()),
        by: by("mp", &["by", "since", "through", "until"]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn periods(s: &str) -> Vec<String> {
        SentencePeriods::read(s, 0..s.len())
            .found
            .into_iter()
            .map(|(_, p)| p.normal())
            .collect()
    }

    #[test]
    fn periods_are_normalised() {
        assert_eq!(
            periods("Removals last fiscal year, 300 in fiscal 2023 and 20 by March 2024."),
            ["last year", "in 2023", "by march 2024"]
        );
        assert_eq!(
            periods("in the past year, during 1999"),
            ["last year", "in 1999"]
        );
    }

    #[test]
    fn a_period_agrees_with_an_as_of_of_its_own_year_only() {
        let fy23 = Period::Year {
            year: 2023,
            fiscal: true,
            by: false,
        };
        assert_eq!(fy23.agrees_with_as_of("2023-09-30"), Some(true));
        assert_eq!(fy23.agrees_with_as_of("2024-09-30"), Some(false));
        assert_eq!(fy23.agrees_with_as_of("soon"), None);
        let by25 = Period::Year {
            year: 2025,
            fiscal: false,
            by: true,
        };
        assert_eq!(by25.agrees_with_as_of("2026-01-01"), Some(true));
        let last = Period::Relative {
            rel: "last",
            unit: "year".into(),
        };
        assert_eq!(last.agrees_with_as_of("2024-09-30"), None);
    }
}

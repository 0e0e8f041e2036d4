//! The frame stage: what each figure means, decided once per document and shared by the
//! linker, the rules and `draft`.
//!
//! Extraction says what a figure *is* (its value, interval, kind). A frame says what it
//! is *about*: what it measures ([`Measure`]), whose it is (`subject`), when ([`Period`]),
//! where (`places`), whether it is an actual count or a projection, and its role in the
//! copy ([`Role`]). Two figures are the same quantity, a record is about a figure, a
//! stated change binds to two levels — all by comparing frames, never by re-reading the
//! copy with a private word list.
//!
//! Only quantities get frames (numbers, percentages, money): years, dates and durations
//! are read into periods, never made operands of a relation.

use std::ops::Range;

use crate::document::Document;
use crate::extract::{Claim, Kind};
use crate::lexicon;

pub mod measure;
pub mod period;
pub mod place;
pub mod relation;

pub use measure::Measure;
pub use period::Period;
pub use relation::Relation;

/// A figure's place in [`Frames::figures`]: relations name figures by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FigureId(pub usize);

/// What a figure does in its sentence, once the cues around it say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// A level: an amount or count at some time ("271,000 removals").
    Level,
    /// A change in another quantity ("up 15%", "a 15 per cent rise").
    Change,
    /// A part of a whole ("15% of the staff").
    Share,
    /// A multiple of another quantity ("three times").
    Multiple,
    /// The same amount in another currency or unit, in brackets after it ("$2.4bn
    /// (£1.3bn)"): never one of the figures a relation compares.
    Conversion,
}

/// What a figure means.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub measure: Measure,
    /// The proper name the figure's clause is about ("Barclays", "the Treasury"), where
    /// one stands before the figure in its sentence.
    pub subject: Option<String>,
    /// The period the figure is stated for, from its clause, else the one period its
    /// sentence names.
    pub period: Option<Period>,
    /// Places named in the figure's sentence.
    pub places: Vec<String>,
    /// A projection, target or hypothesis rather than an actual count.
    pub projected: bool,
    pub role: Role,
    pub sentence: Range<usize>,
    pub clause: Range<usize>,
}

/// A figure with its frame.
#[derive(Debug, Clone)]
pub struct Figure<'a> {
    pub id: FigureId,
    pub claim: &'a Claim,
    pub frame: Frame,
}

/// Every quantity figure of one document with its frame, in document order.
#[derive(Debug)]
pub struct Frames<'a> {
    pub figures: Vec<Figure<'a>>,
    /// Durations ("13 weeks") and spans of years ("from 1996 to 2001"), framed apart:
    /// only the rules that read a length doubling or halving ("doubled from 13 weeks to
    /// 26 weeks") and a length beside its years ("for five years from 1996 to 2001")
    /// relate them, so no binder that walks `figures` meets them. Their ids follow the
    /// last of `figures`.
    pub durations: Vec<Figure<'a>>,
    /// The bytes of the document whose figures these are: all of it, or, for a long
    /// document checked a part at a time, the part's (see [`frame_part`]). Binders that
    /// read sentences with no figure of their own read only these, so that each part of
    /// a long document is read once, not the whole document once a part.
    pub covers: Range<usize>,
}

impl<'a> Frames<'a> {
    /// The sentences of `doc` that start in [`Frames::covers`].
    pub fn sentences<'d>(&self, doc: &'d Document) -> &'d [Range<usize>] {
        let all = doc.sentences();
        let from = all.partition_point(|s| s.start < self.covers.start);
        let to = all.partition_point(|s| s.start < self.covers.end);
        all.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The lengths of time (durations, not spans of years) of each sentence that gives
    /// any, a sentence at a time: the rules that relate two lengths read them so.
    pub fn lengths_by_sentence(&self) -> impl Iterator<Item = Vec<&Figure<'a>>> + '_ {
        self.durations
            .chunk_by(|a, b| a.frame.sentence == b.frame.sentence)
            .map(|group| {
                group
                    .iter()
                    .filter(|f| f.claim.kind == crate::extract::Kind::Duration)
                    .collect::<Vec<_>>()
            })
            .filter(|group| !group.is_empty())
    }

    /// The figure behind `id`.
    pub fn get(&self, id: FigureId) -> Option<&Figure<'a>> {
        match id.0.checked_sub(self.figures.len()) {
            Some(k) => self.durations.get(k),
            None => self.figures.get(id.0),
        }
    }

    /// The claim behind `id`.
    pub fn claim(&self, id: FigureId) -> Option<&'a Claim> {
        self.get(id).map(|f| f.claim)
    }

    /// The id of the figure that starts at `claim`'s offset.
    pub fn id_of(&self, claim: &Claim) -> Option<FigureId> {
        self.figures
            .binary_search_by_key(&claim.start, |f| f.claim.start)
            .ok()
            .map(FigureId)
    }

    /// The figures that start inside `span` (a sentence, a paragraph), found by binary
    /// search, so that a binder looking at one sentence's figures does not walk them all.
    pub fn within(&self, span: std::ops::Range<usize>) -> &[Figure<'a>] {
        let from = self.figures.partition_point(|f| f.claim.start < span.start);
        let to = self.figures.partition_point(|f| f.claim.start < span.end);
        self.figures.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The claims with frames, in document order.
    pub fn claims(&self) -> impl Iterator<Item = &'a Claim> + '_ {
        self.figures.iter().map(|f| f.claim)
    }
}

/// Whether two figures may be levels of one quantity, as a change, multiple or
/// comparison between them needs: the same unit or currency word where both name one
/// ("tonnes" is not "bales"), and the same thing where both say what they measure
/// ("profit" is not "sales"). A side that says nothing agrees with anything.
pub fn same_measure(a: &Frame, b: &Frame) -> bool {
    let agree = |x: Option<&str>, y: Option<&str>| match (x, y) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    fn named(n: Option<&String>) -> Option<&str> {
        n.map(String::as_str)
            .filter(|n| !lexicon::is_pointing_noun(n))
    }
    // a counted noun is compared with a counted noun, a thing with a thing: "$9,000
    // collected" names no thing to set against "fines totalled $60,000"
    agree(a.measure.unit.as_deref(), b.measure.unit.as_deref())
        && agree(
            named(a.measure.counted.as_ref()),
            named(b.measure.counted.as_ref()),
        )
        && agree(
            named(a.measure.thing.as_ref()).map(one_price_word),
            named(b.measure.thing.as_ref()).map(one_price_word),
        )
}

/// "280p a share", "shares at 150p" and "a price of 150p" all measure a share's price.
fn one_price_word(thing: &str) -> &str {
    match thing {
        "share" | "stock" => "price",
        other => other,
    }
}

/// Whether a figure takes part in framing and relations: a quantity with a value.
pub fn is_framed(c: &Claim) -> bool {
    c.kind.is_quantity() && (c.value.is_some() || c.low.is_some() || c.high.is_some())
}

/// Frames every quantity in `claims` (document order, as the extractor returns them).
pub fn frame<'a>(doc: &Document, claims: &'a [Claim]) -> Frames<'a> {
    frame_part(doc, claims, 0..usize::MAX)
}

/// [`frame`] for the figures of one part of `doc`, the bytes `covers` of it: a long
/// document is checked a part at a time (issue 19, item 8).
pub fn frame_part<'a>(doc: &Document, claims: &'a [Claim], covers: Range<usize>) -> Frames<'a> {
    let figs: Vec<&'a Claim> = claims.iter().filter(|c| is_framed(c)).collect();
    let mut figures = Vec::with_capacity(figs.len());
    let mut sentence: Option<(Range<usize>, period::SentencePeriods, Vec<String>)> = None;
    for (i, c) in figs.iter().copied().enumerate() {
        let span = doc.sentence_span(c.start);
        if sentence
            .as_ref()
            .is_none_or(|(s, _, _)| s.start != span.start)
        {
            let periods = period::SentencePeriods::read(doc.prose(), span.clone());
            let places = place::places(doc.prose().get(span.clone()).unwrap_or(""));
            sentence = Some((span.clone(), periods, places));
        }
        let Some((_, periods, places)) = sentence.as_ref() else {
            continue;
        };
        let clause = doc.clause_span(c.start);
        // the period is looked for between the neighbouring figures first, so that "300
        // in 2022 and 400 in 2023" gives each figure its own year
        let prev_end = i
            .checked_sub(1)
            .and_then(|j| figs.get(j))
            .map_or(0, |p| p.end);
        let next_start = figs.get(i + 1).map_or(usize::MAX, |n| n.start);
        let window = clause.start.max(prev_end)..clause.end.min(next_start);
        let period = periods
            .near(&window, c.start)
            .or_else(|| periods.only())
            .cloned();
        let prose = doc.prose();
        let projected = is_projected(prose, clause.clone(), c.start..c.end);
        figures.push(Figure {
            id: FigureId(figures.len()),
            claim: c,
            frame: Frame {
                measure: measure::read(doc, c, clause.clone(), span.end),
                subject: subject_before(prose, span.start, c.start),
                period,
                places: places.clone(),
                projected,
                role: role(prose, c, figs.get(i.wrapping_sub(1)).copied()),
                sentence: span.clone(),
                clause,
            },
        });
    }
    let durations = durations(doc, claims, figures.len());
    Frames {
        figures,
        durations,
        covers,
    }
}

/// Frames for the durations and spans of years of `claims`, numbered from `first_id`:
/// the unit is what they measure; nothing else about them is read.
fn durations<'a>(doc: &Document, claims: &'a [Claim], first_id: usize) -> Vec<Figure<'a>> {
    claims
        .iter()
        .filter(|c| {
            c.kind == crate::extract::Kind::Duration && c.value.is_some() || is_year_span(c)
        })
        .enumerate()
        .map(|(k, c)| Figure {
            id: FigureId(first_id + k),
            claim: c,
            frame: Frame {
                measure: Measure {
                    unit: c
                        .unit
                        .as_deref()
                        .map(|u| lexicon::lemma(u.trim()).into_owned()),
                    ..Measure::default()
                },
                subject: None,
                period: None,
                places: Vec::new(),
                projected: false,
                role: Role::Level,
                sentence: doc.sentence_span(c.start),
                clause: doc.clause_span(c.start),
            },
        })
        .collect()
}

/// Whether `c` is a span of years: "from 1996 to 2001", "between 1908 and 1915".
pub fn is_year_span(c: &Claim) -> bool {
    c.kind == crate::extract::Kind::Year
        && c.value.is_none()
        && matches!((c.low, c.high), (Some(lo), Some(hi)) if hi > lo)
}

/// How far before a figure its subject is looked for in a long sentence.
const SUBJECT_WINDOW: usize = 400;

/// How far into a sentence an opening name and its description are looked for.
const APPOSITION_WINDOW: usize = 200;

/// The last run of capitalised words before `at` in the sentence starting at
/// `sentence_start`, leaving out the sentence's first word unless a capitalised word
/// follows it ("Barclays made…" has subject Barclays; "The bank made…" has none).
pub fn subject_before(prose: &str, sentence_start: usize, at: usize) -> Option<String> {
    let full = prose.get(sentence_start..at)?;
    if let Some(named) = apposed_subject(full) {
        return Some(named);
    }
    // in a very long sentence only the opening and the last few hundred bytes are read,
    // so the cost per figure stays bounded
    let before = crate::document::tail(full, SUBJECT_WINDOW);
    let words: Vec<&str> = before
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '&'))
        .filter(|w| !w.is_empty())
        .collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut run: Vec<&str> = Vec::new();
    let mut best: Option<Vec<&str>> = None;
    for (i, w) in words.iter().enumerate() {
        let opener = lexicon::NOT_PLACES.contains(w)
            || lexicon::is_stop(w)
            || lexicon::is_sentence_opener(w);
        let first_and_common = i == 0 && opener && !words.get(1).is_some_and(|n| capital(n));
        if capital(w) && !first_and_common && lexicon::month_number(w).is_none() {
            run.push(w.trim_end_matches("'s"));
        } else if !run.is_empty() {
            best = Some(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        best = Some(run);
    }
    best.map(|r| r.join(" "))
}

/// Whether a modal word makes the figure a forecast: one before it in its clause ("is
/// set to rise 5%"), or after it before the next joined statement ("a 5% rise is
/// expected"), but not one in a second statement joined on ("profits fell 45% and it
/// warned that sales may also fall").
pub(crate) fn is_projected(
    prose: &str,
    clause: std::ops::Range<usize>,
    c: std::ops::Range<usize>,
) -> bool {
    // "In May the bank raised rates": the month, not the modal
    // (lower-cased only when it has a capital: a clause of thousands of figures, every
    // one of them reading it, once made a string of every word and gap between them)
    let modal_in = |s: &str| {
        s.split(|ch: char| !ch.is_ascii_alphabetic())
            .filter(|w| !w.is_empty() && *w != "May")
            .any(|w| {
                if w.bytes().any(|b| b.is_ascii_uppercase()) {
                    lexicon::is_modal(&w.to_ascii_lowercase())
                } else {
                    lexicon::is_modal(w)
                }
            })
    };
    let before = prose.get(clause.start.min(c.end)..c.end).unwrap_or("");
    let after = prose.get(c.end..clause.end.max(c.end)).unwrap_or("");
    let statement = [" and ", " but ", " while ", " whereas ", " although "]
        .iter()
        .filter_map(|j| after.find(j))
        .min()
        .map_or(after, |i| after.get(..i).unwrap_or(after));
    modal_in(before) || modal_in(statement)
}

/// The name a sentence opens with when a description in commas follows it: "Ardent
/// Retail, the discount chain based in Leeds, has reported" is Ardent Retail's report,
/// not Leeds's.
fn apposed_subject(before: &str) -> Option<String> {
    // the name opens the sentence: a comma far in is no apposition
    let (head, _) = crate::document::head(before, APPOSITION_WINDOW).split_once(", ")?;
    let rest = crate::document::head(before.get(head.len() + 2..)?, APPOSITION_WINDOW);
    let words: Vec<&str> = head.split(' ').filter(|w| !w.is_empty()).collect();
    let named = !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || c == '\'' || c == '&' || c == '-')
        })
        && !lexicon::is_sentence_opener(&words[0].to_lowercase())
        && !lexicon::is_stop(words[0]);
    // the description is closed by a second comma before the verb
    let described = rest.starts_with(|c: char| c.is_lowercase()) && rest.contains(", ");
    (named && described).then(|| words.join(" ").trim_end_matches("'s").to_string())
}

/// Whether the words inside a bracket before a figure may open a conversion ("(about
/// £1.3bn)", "(US$2.1bn)", "(equivalent to €40)"): "(from $2.44bn)" and "(up from $75m a
/// year earlier)" give an earlier level, not the same sum in another currency.
fn only_conversion_words(inside: &str) -> bool {
    const WORDS: [&str; 12] = [
        "about",
        "around",
        "roughly",
        "approximately",
        "approx",
        "some",
        "nearly",
        "almost",
        "just",
        "or",
        "equivalent",
        "to",
    ];
    inside
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| {
            WORDS.contains(&w.to_ascii_lowercase().as_str())
                || w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase())
        })
}

/// The role the words around `c` give it; `prev` is the figure before it.
fn role(prose: &str, c: &Claim, prev: Option<&Claim>) -> Role {
    let mut from = c.start.saturating_sub(40);
    while !prose.is_char_boundary(from) {
        from += 1;
    }
    let before = prose.get(from..c.start).unwrap_or("");
    let mut to = (c.end + 30).min(prose.len());
    while !prose.is_char_boundary(to) {
        to -= 1;
    }
    let after = prose.get(c.end..to).unwrap_or("").to_ascii_lowercase();
    if let Some(p) = prev {
        // "$2.4bn (£1.3bn)", "372 riyals ($99; £53)": a conversion in brackets
        let gap = prose.get(p.end..c.start).unwrap_or("");
        let bracketed = gap.contains('(')
            && gap.len() < 30
            && !gap.contains(')')
            && only_conversion_words(gap.rsplit('(').next().unwrap_or(""));
        let sibling = gap.contains(';') && gap.len() < 4;
        if (bracketed || sibling) && p.kind == c.kind && c.kind == Kind::Money {
            return Role::Conversion;
        }
        // "5 miles (8km)", "20C (68F)": a measure in another unit
        if bracketed && crate::measure::conversion(prose, p, c).is_some() {
            return Role::Conversion;
        }
    }
    if c.kind == Kind::Percent {
        if after.starts_with(" of ") {
            return Role::Share;
        }
        let change_near = |s: &str| {
            s.split(|ch: char| !ch.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
                .any(|w| {
                    let w = w.to_ascii_lowercase();
                    lexicon::CHANGE_UP.contains(&w.as_str())
                        || lexicon::CHANGE_DOWN.contains(&w.as_str())
                })
        };
        let last_words: String = before.rsplit(' ').take(3).collect::<Vec<_>>().join(" ");
        let next_words: String = after.split(' ').take(3).collect::<Vec<_>>().join(" ");
        if change_near(&last_words) || change_near(&next_words) {
            return Role::Change;
        }
    }
    if after.starts_with(" times") {
        return Role::Multiple;
    }
    Role::Level
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    fn frames_of(text: &str) -> Vec<(String, Frame)> {
        let doc = Document::from_text("a.txt", text, Format::Text);
        let claims = crate::extract::extract(&doc);
        let frames = frame(&doc, &claims);
        frames
            .figures
            .iter()
            .map(|f| (f.claim.text.clone(), f.frame.clone()))
            .collect()
    }

    #[test]
    fn a_modal_in_any_case_makes_a_forecast_and_the_month_may_does_not() {
        let projected = |text: &str| {
            let prose = text;
            let c = text.find("5%").unwrap();
            is_projected(prose, 0..text.len(), c..c + 2)
        };
        assert!(projected("sales could rise 5% this year"));
        assert!(projected("Sales WILL rise 5% this year"));
        assert!(projected("a rise of 5% is Expected"));
        assert!(!projected("In May sales rose 5% on the year"));
        assert!(!projected(
            "sales rose 5% and it warned that costs may climb"
        ));
        assert!(!projected("5% 5% 5% 5% 5%, 5%; 5%"));
    }

    #[test]
    fn each_figure_gets_its_own_period_subject_and_role() {
        let f = frames_of(
            "Barclays made a profit of £2.4bn in 2004, up 20% on the £2bn of 2003. It expects 3,000 job cuts next year.",
        );
        let texts: Vec<&str> = f.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["£2.4bn", "20%", "£2bn", "3,000"]);
        assert_eq!(f[0].1.subject.as_deref(), Some("Barclays"));
        assert_eq!(f[0].1.measure.thing.as_deref(), Some("profit"));
        assert_eq!(
            f[0].1.period.as_ref().map(Period::normal).as_deref(),
            Some("in 2004")
        );
        assert_eq!(f[1].1.role, Role::Change);
        assert_eq!(
            f[2].1.period.as_ref().map(Period::normal).as_deref(),
            Some("in 2003")
        );
        assert_eq!(f[3].1.measure.counted.as_deref(), Some("cut"));
        assert!(f[3].1.projected);
        assert!(!f[0].1.projected);
    }

    #[test]
    fn a_bracketed_conversion_is_marked_and_years_get_no_frame() {
        let f = frames_of("It paid $2.4bn (£1.3bn) in 1999 for a 15% stake.");
        let roles: Vec<(&str, Role)> = f.iter().map(|(t, fr)| (t.as_str(), fr.role)).collect();
        assert_eq!(
            roles,
            [
                ("$2.4bn", Role::Level),
                ("£1.3bn", Role::Conversion),
                ("15%", Role::Level)
            ]
        );
    }

    #[test]
    fn the_first_common_word_of_a_sentence_is_no_subject() {
        let f = frames_of("The bank made £5m. Shell made £7m.");
        assert_eq!(f[0].1.subject, None);
        assert_eq!(f[1].1.subject.as_deref(), Some("Shell"));
    }
}

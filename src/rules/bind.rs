//! The cross-sentence binder: a stated change or multiple whose own sentence gives no
//! figures to check it against ("BA blamed fuel prices for a 40% drop in profits") is
//! bound to the two levels it is about wherever they stand ("a pre-tax profit of £75m
//! compared with £125m a year earlier", two paragraphs down).
//!
//! Binding is by what the figures measure, never by adjacency: the levels must be a
//! pair the copy itself sets side by side ("B, compared with A", "from A to B", "B, up
//! from A"), of a measure the stated change names (profit, sales, shares, or the counted
//! noun). When more than one pair fits at the nearest distance, nothing is bound; when
//! several stated changes claim one pair, the one whose subject the pair shares keeps it.
//! Relations bound here are [`Relation::Across`], judged at warning severity.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::{Claim, Kind};
use crate::frame::relation::{Across, Change, Multiple, Relation, Share};
use crate::frame::{Figure, FigureId, Frames, Role};
use crate::lexicon;
use crate::rules::figure::Skeleton;

/// Two levels of one quantity the copy sets side by side, older first.
#[derive(Debug, Clone)]
struct LevelPair {
    older: FigureId,
    newer: FigureId,
    measures: Vec<String>,
    subject: Option<String>,
    places: Vec<String>,
    /// Which way the pair's own words say it moved ("up from", "fell to"), 0 if unsaid.
    direction: i8,
    sentence: Range<usize>,
    at: usize,
    /// The later level is a forecast ("to 48 million tonnes by 2030, the mine aims").
    projected: bool,
}

/// A change or multiple the copy states with no levels of its own.
#[derive(Debug, Clone)]
struct Stated {
    what: StatedKind,
    measures: Vec<String>,
    subject: Option<String>,
    places: Vec<String>,
    direction: i8,
    /// Proper names that narrow the measure ("US" in "its US sales dipped 3.8%"): the
    /// pair's sentence must name them too.
    narrowed_by: Vec<String>,
    at: usize,
    /// A hope or forecast ("is hoping to triple output"): bound only to levels that
    /// are forecasts too.
    projected: bool,
}

#[derive(Debug, Clone)]
enum StatedKind {
    Percent {
        id: FigureId,
        direction: i8,
    },
    Multiple {
        factor: f64,
        qualifier: String,
        words: String,
        span: Range<usize>,
    },
}

/// "from A to B"; "B, compared with A"; "B, up from A"; "B ... against A a year earlier".
/// The second pattern sets two things side by side as often as two times
/// ("312,000 downloads compared with 282,000 singles"), so it needs a word of time after
/// the earlier figure (see [`TIME_AFTER`]) or two different periods.
static PAIRS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    crate::pattern::compile_all(&[
        r"\bfrom {W}{N:a}{G}\bto {W}{N:b}",
        r"{N:b}{G}\b(?:compared with|compared to|against|versus|up from|down from|from) {W}{N:a}(?P<after>[^#.;]{0,50})",
        // "Thirteen quarries were working last year after a long run of closures,
        // compared with 20 in 2022": the comparison closes the clause, however long
        r"{N:b}[^#.;]{50,110}?, (?:compared with|compared to|against|versus) {W}{N:a}(?P<after>[^#.;]{0,50})",
    ])
});

/// Words after an earlier level that say it is earlier.
static TIME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:in (?:recent|previous|past|earlier) years|a year (?:earlier|ago|before)|(?:a|the) (?:year|month|quarter)[- ]earlier|the year before|the previous|last year|a year-earlier|year-ago|in (?:19|20)\d\d|in the same (?:period|quarter|month)|the same (?:period|quarter|month|time)|previously|at the end of (?:19|20)\d\d)",
    )
});

/// Words of multiplication that stand without figures: "a doubling in profit", "profits
/// more than doubled", "a fivefold rise".
static MULTIPLE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?P<q>more than |nearly |almost |roughly |about |over )?(?:(?:an? )?(?P<w>doubl(?:ed|ing)|tripl(?:ed|ing)|trebl(?:ed|ing)|quadrupl(?:ed|ing)|halv(?:ed|ing)|(?P<n>two|three|four|five|six|seven|eight|nine|ten)fold)|to (?P<to>double|triple|treble|quadruple|halve))\b",
    )
});

/// Whether a sentence may set two levels side by side: building its skeleton costs
/// more than this test.
pub(crate) fn wants(text: &str, figs: &[&Claim]) -> bool {
    static HINT: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::compile(r"\b(?:from|compared|against|versus)\b"));
    figs.len() >= 2 && HINT.is_match(text)
}

/// Binds the stated changes and multiples no phrasing bound to a pair of levels.
pub(crate) fn recognise(
    doc: &Document,
    frames: &Frames<'_>,
    skeletons: &[Skeleton<'_>],
    bound: &[Relation],
    out: &mut Vec<Relation>,
) {
    let used: std::collections::HashSet<FigureId> = bound
        .iter()
        .flat_map(|r| match r {
            Relation::Change(c) => vec![c.from, c.to],
            Relation::Multiple(m) => vec![m.from, m.to],
            Relation::Difference(d) => vec![d.from, d.to],
            _ => Vec::new(),
        })
        .collect();
    // a pair whose own sentence states its change has been checked there
    let pairs: Vec<LevelPair> = level_pairs(doc, frames, skeletons)
        .into_iter()
        .filter(|p| !used.contains(&p.newer) && !used.contains(&p.older))
        .collect();
    let stated = stated_alone(doc, frames, bound);
    // each stated change's nearest fitting pair, when exactly one is nearest
    let mut claims: Vec<(usize, usize)> = Vec::new();
    for (si, s) in stated.iter().enumerate() {
        if let Some(pi) = nearest_pair(doc, s, &pairs) {
            claims.push((si, pi));
        }
    }
    let mut claimants: std::collections::HashMap<usize, Vec<usize>> = Default::default();
    for (si, pi) in &claims {
        claimants.entry(*pi).or_default().push(*si);
    }
    for (si, pi) in &claims {
        let rivals: &[usize] = claimants.get(pi).map_or(&[], Vec::as_slice);
        let one_body = all_one_body(&stated, rivals);
        if rivals.len() > 1 && !one_body && !wins(&stated, &pairs[*pi], *si, rivals) {
            continue;
        }
        let (s, p) = (&stated[*si], &pairs[*pi]);
        let measure = s
            .measures
            .iter()
            .find(|m| p.measures.contains(m))
            .cloned()
            .unwrap_or_default();
        let (inner, words) = relation(s, p);
        out.push(Relation::Across(Across {
            inner: Box::new(inner),
            measure,
            words,
        }));
    }
}

/// The relation a stated change or multiple makes with the pair it is bound to, and
/// where its words stand when they are not a figure.
fn relation(s: &Stated, p: &LevelPair) -> (Relation, Option<Range<usize>>) {
    match &s.what {
        StatedKind::Percent { id, direction } => (
            Relation::Change(Change {
                from: p.older,
                to: p.newer,
                stated: *id,
                direction: *direction,
                points: false,
            }),
            None,
        ),
        StatedKind::Multiple {
            factor,
            qualifier,
            words,
            span,
        } => (
            Relation::Multiple(Multiple {
                from: p.older,
                to: p.newer,
                factor: *factor,
                qualifier: qualifier.clone(),
                words: words.clone(),
                more: false,
                verb: true,
            }),
            Some(span.clone()),
        ),
    }
}

/// Of several stated changes that claim one pair, whether `me` keeps it: the only one
/// whose subject is the pair's.
fn wins(stated: &[Stated], pair: &LevelPair, me: usize, rivals: &[usize]) -> bool {
    let Some(subject) = pair.subject.as_deref() else {
        return false;
    };
    let shares = |i: &usize| {
        stated[*i]
            .subject
            .as_deref()
            .is_some_and(|s| same_subject(s, subject))
    };
    shares(&me) && rivals.iter().filter(|i| shares(i)).count() == 1
}

/// Whether the stated changes that claim one pair speak of one body: the headline and
/// the lead both saying "profits doubled" are one claim made twice, and each is checked;
/// "Kestrel's profits dropped 33%" beside "Osprey's fell 5%" are rivals. A change
/// with no subject of its own is of the story's body.
fn all_one_body(stated: &[Stated], rivals: &[usize]) -> bool {
    // "quarries working in Wales fell 35%": a place is where, not whose
    let subjects: Vec<&str> = rivals
        .iter()
        .filter_map(|i| stated.get(*i))
        .filter_map(|s| {
            s.subject
                .as_deref()
                .filter(|x| !s.places.iter().any(|p| p == x))
        })
        .collect();
    subjects
        .iter()
        .enumerate()
        .all(|(i, a)| subjects[i + 1..].iter().all(|b| same_subject(a, b)))
}

/// Whether two subjects name one body: one's words hold one of the other's, read without
/// a possessive or a plural ("Kestrel's net income" and "brewer Kestrel", "Quarry
/// output" and "slate quarries").
fn same_subject(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .map(|w| {
                let w = w.to_lowercase();
                let w = w
                    .strip_suffix("'s")
                    .or_else(|| w.strip_suffix('\''))
                    .unwrap_or(&w);
                let w = w.strip_suffix('s').filter(|s| s.len() >= 3).unwrap_or(w);
                w.to_string()
            })
            .filter(|w| w.len() >= 3 && !lexicon::is_stop(w))
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    wa.iter().any(|w| wb.contains(w))
}

/// The pair nearest `s` whose measure it names: in its paragraph first, then the next
/// three paragraphs, then the rest of the article; `None` when two fit at one distance.
fn nearest_pair(doc: &Document, s: &Stated, pairs: &[LevelPair]) -> Option<usize> {
    let para_of = |at: usize| {
        doc.paragraphs()
            .partition_point(|p| p.end <= at)
            .min(doc.paragraphs().len())
    };
    let here = para_of(s.at);
    let distance = |p: &LevelPair| {
        let there = para_of(p.at);
        if there == here {
            0
        } else if there > here && there - here <= 3 {
            there - here
        } else {
            4 + here.abs_diff(there)
        }
    };
    // the pairs of its paragraph and the three after it first (found by binary search,
    // as pairs are in document order); the rest of the article only when none of those
    // fits and the article is of a story's length, so the cost stays linear in a long
    // file
    let window = {
        let paragraphs = doc.paragraphs();
        let start = paragraphs.get(here).map_or(s.at, |p| p.start);
        let end = paragraphs
            .get((here + 3).min(paragraphs.len().saturating_sub(1)))
            .map_or(usize::MAX, |p| p.end);
        // in one huge paragraph, the pairs nearest the stated change
        let mid = pairs.partition_point(|p| p.at < s.at);
        let lo = pairs
            .partition_point(|p| p.at < start)
            .max(mid.saturating_sub(NEARBY_PAIRS));
        let hi = pairs
            .partition_point(|p| p.at < end)
            .min(mid + NEARBY_PAIRS);
        lo..hi.max(lo)
    };
    let near = fitting_pairs(doc, s, pairs, window.clone(), &distance);
    if near.is_some() || pairs.len() > WHOLE_ARTICLE_PAIRS {
        return near.flatten();
    }
    fitting_pairs(doc, s, pairs, 0..pairs.len(), &distance).flatten()
}

/// How many pairs on each side of a stated change are read within its paragraphs.
const NEARBY_PAIRS: usize = 100;

/// How many pairs of levels an article may have for a stated change to be bound to one
/// beyond its own and the next three paragraphs: a story has a handful; a file of
/// thousands is an archive, where only the nearby pairs are read.
const WHOLE_ARTICLE_PAIRS: usize = 200;

/// Of the pairs in `range`, the one nearest `s` whose measure it names (`Some(None)`
/// when two fit at one distance: a guess, so none), or `None` when none fits.
fn fitting_pairs(
    doc: &Document,
    s: &Stated,
    pairs: &[LevelPair],
    range: Range<usize>,
    distance: &dyn Fn(&LevelPair) -> usize,
) -> Option<Option<usize>> {
    let stated_per_head = per_head_before(doc, s.at);
    let fitting: Vec<(usize, usize)> = pairs
        .get(range.clone())
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .map(|(i, p)| (i + range.start, p))
        .filter(|(_, p)| s.measures.iter().any(|m| p.measures.contains(m)))
        // "in Wales" is not "in Greater London"; a pair that says it fell is not the
        // quantity a stated rise is about
        .filter(|(_, p)| {
            s.places.is_empty()
                || p.places.is_empty()
                || s.places.iter().any(|x| p.places.contains(x))
        })
        .filter(|(_, p)| p.direction == 0 || s.direction == 0 || p.direction == s.direction)
        // a hope is checked against the levels it hopes for, never against results
        .filter(|(_, p)| !s.projected || p.projected)
        .filter(|(_, p)| {
            let sentence = doc.prose().get(p.sentence.clone()).unwrap_or("");
            s.narrowed_by.iter().all(|n| sentence.contains(n.as_str()))
        })
        // "average weekly earnings grew 5.7%" is a change in a rate a head, which a
        // firm's profit going from £1.2bn to £1.5bn is not
        .filter(|(_, p)| !stated_per_head || per_head_before(doc, p.at))
        .map(|(i, p)| (distance(p), i))
        .collect();
    let best = fitting.iter().map(|(d, _)| *d).min()?;
    let mut at_best = fitting.iter().filter(|(d, _)| *d == best);
    let first = at_best.next()?.1;
    Some(at_best.next().is_none().then_some(first))
}

/// Whether the words before `at` in its clause make the measure a rate for each one
/// ("average weekly earnings", "spending per pupil", "the median wage").
fn per_head_before(doc: &Document, at: usize) -> bool {
    let clause = doc.clause_span(at);
    let text = doc.prose().get(clause.start.min(at)..at).unwrap_or("");
    text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "average" | "median" | "mean" | "weekly" | "hourly" | "per" | "each" | "capita"
        )
    })
}

/// The pairs of levels the copy sets side by side, with what they measure.
fn level_pairs(doc: &Document, frames: &Frames<'_>, skeletons: &[Skeleton<'_>]) -> Vec<LevelPair> {
    let mut out: Vec<LevelPair> = Vec::new();
    for skel in skeletons {
        for re in PAIRS.iter() {
            for cap in re.captures_iter(&skel.text) {
                let (Some(a), Some(b)) = (skel.captured(&cap, "a"), skel.captured(&cap, "b"))
                else {
                    continue;
                };
                let (Some(older), Some(newer)) = (frames.id_of(a), frames.id_of(b)) else {
                    continue;
                };
                let periods_differ = match (frames.get(older), frames.get(newer)) {
                    (Some(x), Some(y)) => matches!(
                        (&x.frame.period, &y.frame.period),
                        (Some(p), Some(q)) if p != q
                    ),
                    _ => false,
                };
                let Some(nf) = frames.get(newer) else {
                    continue;
                };
                // "fell to $92.9, from a $103.05 end": a verb of change says the two are
                // one quantity at two times
                let moved =
                    direction_near(doc, nf.frame.clause.start..a.end.max(b.end), false) != 0;
                let timed = cap
                    .name("after")
                    .is_none_or(|t| TIME_AFTER.is_match(t.as_str()));
                if !(timed || periods_differ || moved) {
                    continue;
                }
                if !levels_of_one_kind(a, b) || out.iter().any(|p| p.newer == newer) {
                    continue;
                }
                let mut measures = measures_before(doc, nf.frame.clause.start, b.start);
                match &nf.frame.measure.counted {
                    Some(n) => measures.push(n.clone()),
                    // "Thirteen slate quarries": what follows names what is counted
                    None if b.kind == Kind::Number => {
                        measures.extend(measures_of(&words_after(doc, b, 3)));
                    }
                    None => {}
                }
                if measures.is_empty() {
                    continue;
                }
                out.push(LevelPair {
                    older,
                    newer,
                    measures,
                    subject: nf.frame.subject.clone(),
                    places: nf.frame.places.clone(),
                    direction: direction_near(doc, nf.frame.clause.start..a.end.max(b.end), false),
                    sentence: nf.frame.sentence.clone(),
                    at: b.start,
                    projected: nf.frame.projected,
                });
            }
        }
    }
    out
}

/// The first `n` words after a figure, within its sentence.
fn words_after(doc: &Document, c: &Claim, n: usize) -> String {
    let after = crate::document::head(doc.prose().get(c.end..).unwrap_or(""), 80);
    let end = after.find(['.', ',', ';', '(']).unwrap_or(after.len());
    let stretch = after.get(..end).unwrap_or("");
    stretch
        .split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Two amounts or two counts, in one currency where both name one; a bare "38m" beside
/// "77m euros" is read as the same money.
fn levels_of_one_kind(a: &Claim, b: &Claim) -> bool {
    crate::rules::figure::comparable(a, b) && a.kind != Kind::Percent
}

/// The stated changes (a percentage whose role is a change) and word multiples that no
/// relation binds yet.
fn stated_alone(doc: &Document, frames: &Frames<'_>, bound: &[Relation]) -> Vec<Stated> {
    let mut out = stated_percents(doc, frames, bound);
    out.extend(stated_multiples(doc, frames, bound));
    out
}

/// The percentages whose role is a change and that no relation binds yet.
fn stated_percents(doc: &Document, frames: &Frames<'_>, bound: &[Relation]) -> Vec<Stated> {
    let used: std::collections::HashSet<FigureId> = bound
        .iter()
        .flat_map(|r| match r {
            Relation::Change(c) => vec![c.stated, c.from, c.to],
            Relation::AmountChange(c) => vec![c.stated],
            Relation::Share(s) => s.stated.into_iter().collect(),
            Relation::Ratio(r) => vec![r.stated],
            _ => Vec::new(),
        })
        .collect();
    let mut out = Vec::new();
    for f in &frames.figures {
        let c = f.claim;
        // a change with a level of its own in its clause ("revenues grew 6.4% to
        // $42.09bn") is about that level, not a pair elsewhere; a forecast is no change
        let level_beside = frames.within(c.end..f.frame.clause.end).iter().any(|g| {
            g.frame.clause == f.frame.clause
                && g.claim.kind.is_quantity()
                && g.claim.kind != Kind::Percent
                && g.frame.role != Role::Conversion
        });
        let compared = comparative_after(doc, c);
        let is_change = c.kind == Kind::Percent
            && (f.frame.role == Role::Change || compared != 0)
            && !level_beside
            && !used.contains(&f.id)
            && !c.text.contains("point")
            && !points_after(doc, c)
            && !crate::rules::arithmetic::percent_change::said_on_another_basis(doc.prose(), c);
        if !is_change {
            continue;
        }
        let direction = match compared {
            0 => direction_near(doc, f.frame.clause.clone(), true),
            d => d,
        };
        let mut measures = change_measures(doc, f.frame.clause.clone(), c);
        if compared != 0 {
            // "50% fewer people than": what is compared follows the comparative
            measures.extend(measures_of(&words_after(doc, c, 2)));
        }
        if direction == 0 || measures.is_empty() {
            continue;
        }
        out.push(Stated {
            what: StatedKind::Percent {
                id: f.id,
                direction,
            },
            measures,
            subject: f.frame.subject.clone(),
            places: f.frame.places.clone(),
            direction,
            narrowed_by: narrowing_names(doc, f.frame.clause.clone()),
            at: c.start,
            projected: f.frame.projected,
        });
    }
    out
}

/// Words of multiplication with no figures of their own ("a doubling in profit").
fn stated_multiples(doc: &Document, frames: &Frames<'_>, bound: &[Relation]) -> Vec<Stated> {
    let mut out = Vec::new();
    let multiples_bound = bound.iter().any(|r| matches!(r, Relation::Multiple(_)));
    for sentence in frames.sentences(doc) {
        let text = doc.prose().get(sentence.clone()).unwrap_or("");
        if multiples_bound && !frames.within(sentence.clone()).is_empty() {
            continue;
        }
        // most sentences have no word of multiplication: a byte search first
        let lower = text.as_bytes();
        let might = ["oubl", "ripl", "rebl", "fold", "alv", "uadrupl"]
            .iter()
            .any(|w| memchr::memmem::find(lower, w.as_bytes()).is_some());
        if !might {
            continue;
        }
        let text_lower = text.to_ascii_lowercase();
        for cap in MULTIPLE_WORDS.captures_iter(&text_lower) {
            let (Some(w), Some(m)) = (cap.name("w").or(cap.name("to")), cap.get(0)) else {
                continue;
            };
            let Some(factor) = factor(w.as_str(), cap.name("n").map(|n| n.as_str())) else {
                continue;
            };
            let span = sentence.start + m.start()..sentence.start + m.end();
            let clause = doc.clause_span(span.start);
            let projected = crate::frame::is_projected(doc.prose(), clause.clone(), span.clone());
            let measures = measures_in(doc, clause);
            if measures.is_empty() {
                continue;
            }
            let direction = if factor >= 1.0 { 1 } else { -1 };
            let qualifier = cap.name("q").map_or("", |q| q.as_str().trim());
            out.push(Stated {
                what: StatedKind::Multiple {
                    factor,
                    qualifier: qualifier.to_lowercase(),
                    words: text.get(m.range()).unwrap_or("").trim().to_string(),
                    span: span.clone(),
                },
                measures,
                subject: crate::frame::subject_before(doc.prose(), sentence.start, span.start),
                places: crate::frame::place::places(text),
                direction,
                narrowed_by: narrowing_names(doc, doc.clause_span(span.start)),
                at: span.start,
                projected,
            });
        }
    }
    out
}

/// The factor a word of multiplication names.
fn factor(word: &str, fold: Option<&str>) -> Option<f64> {
    let w = word.to_ascii_lowercase();
    if let Some(n) = fold {
        return lexicon::small_number(&n.to_ascii_lowercase());
    }
    Some(if w.starts_with("doubl") {
        2.0
    } else if w.starts_with("tripl") || w.starts_with("trebl") {
        3.0
    } else if w.starts_with("quadrupl") {
        4.0
    } else {
        0.5
    })
}

/// Which way "50% fewer people than …", "20% more than …" says the figure's quantity
/// lies from another: -1, +1, or 0 when no comparative follows the percentage.
fn comparative_after(doc: &Document, c: &Claim) -> i8 {
    let after = doc.prose().get(c.end..).unwrap_or("");
    let after = after.get(..after.len().min(60)).unwrap_or(after);
    let words: Vec<String> = after
        .split_whitespace()
        .take(4)
        .map(|w| {
            w.trim_matches(|ch: char| !ch.is_ascii_alphabetic())
                .to_ascii_lowercase()
        })
        .collect();
    let Some(first) = words.first() else {
        return 0;
    };
    // the comparison must be closed by "than" in the next few words
    if !words.iter().any(|w| w == "than") && !after.contains(" than ") {
        return 0;
    }
    match first.as_str() {
        "fewer" | "less" | "lower" | "smaller" | "cheaper" => -1,
        "more" | "higher" | "bigger" | "larger" | "greater" => 1,
        _ => 0,
    }
}

/// "points" or "percentage points" right after a figure.
fn points_after(doc: &Document, c: &Claim) -> bool {
    let after = doc.prose().get(c.end..).unwrap_or("");
    let after = after.get(..after.len().min(24)).unwrap_or(after);
    let after = after.trim_start().to_ascii_lowercase();
    after.starts_with("point") || after.starts_with("percentage point")
}

/// Which way the words of a clause say something moved: +1, -1, or 0 for neither or
/// both.
fn direction_near(doc: &Document, clause: Range<usize>, comparatives: bool) -> i8 {
    let text = doc.prose().get(clause).unwrap_or("").to_ascii_lowercase();
    if comparatives {
        lexicon::change_direction(&text, &["more", "higher"], &["fewer", "lower"])
    } else {
        lexicon::change_direction(&text, &[], &[])
    }
}

/// What a stated change is a change in: the words before it in its clause ("AOL's
/// underlying profit rose 8%") and the words after "in" that follow it ("a 40% drop in
/// profits"), not the rest of the clause ("on the back of stronger revenues").
fn change_measures(doc: &Document, clause: Range<usize>, c: &Claim) -> Vec<String> {
    let mut out = measures_in(doc, clause.start.min(c.start)..c.start);
    let after = doc.prose().get(c.end..clause.end.max(c.end)).unwrap_or("");
    let words: Vec<&str> = after.split_whitespace().take(6).collect();
    if let Some(i) = words.iter().position(|w| *w == "in" || *w == "of") {
        let start = c.end + after.find(words[i]).unwrap_or(0);
        let end = (start + 40).min(clause.end.max(start));
        for m in measures_in(doc, start..end).into_iter().take(3) {
            if !out.contains(&m) {
                out.push(m);
            }
        }
    }
    out
}

/// The measures a stretch of copy names: measure classes ("profit" for "net income")
/// and the lemmas of its other nouns, so a counted noun ("films") can match.
fn measures_in(doc: &Document, span: Range<usize>) -> Vec<String> {
    measures_of(doc.prose().get(span).unwrap_or(""))
}

/// The figure several candidates agree on: the first, when every one states its value
/// (a headline and its story may both give a total); none when two disagree, since a
/// binder binds nothing when two figures fit.
/// A share bound across sentences, as the binders that find one give it: judged at
/// warning severity, under `measure` (what the reading rests on).
pub(super) fn across_share(
    part: FigureId,
    whole: FigureId,
    stated: FigureId,
    measure: String,
) -> Relation {
    across(
        Relation::Share(Share {
            part,
            whole,
            stated: Some(stated),
        }),
        measure,
    )
}

/// `inner` bound across sentences under `measure` (what the reading rests on), judged at
/// warning severity, its finding at the stated figure.
pub(super) fn across(inner: Relation, measure: String) -> Relation {
    Relation::Across(Across {
        inner: Box::new(inner),
        measure,
        words: None,
    })
}

/// Binds share `s` (figure `i`) of money `part` to the one earlier whole of money that
/// `keep` accepts ([`earlier_money_wholes`]), naming the binding by `measure`.
pub(super) fn share_of_one_earlier_whole<'a>(
    frames: &Frames<'a>,
    (i, s, part): (usize, &Figure<'a>, &Figure<'a>),
    keep: impl Fn(&Figure<'a>) -> bool,
    measure: &str,
    out: &mut Vec<Relation>,
) {
    let candidates: Vec<&Figure<'_>> = earlier_money_wholes(frames, i, part)
        .filter(|f| keep(f))
        .collect();
    if let Some(whole) = one_value(&candidates) {
        out.push(across_share(part.id, whole.id, s.id, measure.to_string()));
    }
}

/// How far back (in bytes) the whole of a share "of the total" may stand when an earlier
/// sentence gives it: the paragraph before, at most.
const SHARE_REACH: usize = 1_500;

/// Each stated share (a percentage that is no change or multiple) with its index: what
/// the share binders read, whatever its sentence says it is of.
pub(super) fn stated_shares<'f, 'a>(
    frames: &'f Frames<'a>,
) -> impl Iterator<Item = (usize, &'f Figure<'a>)> {
    frames.figures.iter().enumerate().filter(|(_, s)| {
        s.claim.kind == Kind::Percent && !matches!(s.frame.role, Role::Change | Role::Multiple)
    })
}

/// Whether `f` is a level that stands now in its sentence: neither the level a change
/// came from ("up from £31m") nor a difference ("2,300 more than last year"), which no
/// binder may take for the level it names.
pub(super) fn current_level(prose: &str, f: &Figure<'_>) -> bool {
    f.frame.role == Role::Level
        && !super::bind_total_share::earlier_level(prose, f)
        && !super::bind_previous_total::compared(prose, f)
}

/// The one level now and the one it came from among `figures` (each of `kinds`, none
/// projected), when exactly one of each fits and the two measure alike: the pair a change
/// said in another sentence is between. `now` tells a level now ([`current_level`], or a
/// rate read so too).
pub(super) fn one_level_pair<'f, 'a>(
    prose: &str,
    figures: &[&'f Figure<'a>],
    kinds: &[Kind],
    now: impl Fn(&Figure<'_>) -> bool,
) -> Option<(&'f Figure<'a>, &'f Figure<'a>)> {
    let plain = |f: &&&'f Figure<'a>| kinds.contains(&f.claim.kind) && !f.frame.projected;
    let to = only_one(figures.iter().filter(plain).filter(|f| now(f)))?;
    let from = only_one(
        figures
            .iter()
            .filter(plain)
            .filter(|f| super::bind_total_share::earlier_level(prose, f)),
    )?;
    same_measure(to.claim, from.claim).then_some((*to, *from))
}

/// Whether `f` may measure what `like` does: one kind, one currency, and units that do
/// not contradict.
pub(super) fn same_measure(f: &Claim, like: &Claim) -> bool {
    f.kind == like.kind && f.currency == like.currency && crate::rules::figure::same_unit(f, like)
}

/// The copy at `span` of `prose`, lower-cased (ASCII), for the phrasings binders match;
/// empty where `span` is not in it.
pub(super) fn lower(prose: &str, span: Range<usize>) -> String {
    prose.get(span).unwrap_or("").to_ascii_lowercase()
}

/// The last `n` bytes or so of the copy at `span`, lower-cased: the words just before a
/// figure, read without lower-casing a whole long sentence for each figure.
pub(super) fn lower_tail(prose: &str, span: Range<usize>, n: usize) -> String {
    crate::document::tail(prose.get(span).unwrap_or(""), n).to_ascii_lowercase()
}

/// The first `n` bytes or so of the copy at `span`, lower-cased (see [`lower_tail`]).
pub(super) fn lower_head(prose: &str, span: Range<usize>, n: usize) -> String {
    crate::document::head(prose.get(span).unwrap_or(""), n).to_ascii_lowercase()
}

/// The one item of `items`, when there is exactly one: a binder binds nothing when two
/// figures fit.
pub(super) fn only_one<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let one = items.next()?;
    items.next().is_none().then_some(one)
}

/// Each stated share (a percentage that is no change or multiple) with the level of money
/// standing just before it in its sentence, no figure between: the part of a share "of
/// the total" ("£124m for adult social care, 40% of the total"), with the share's index.
pub(super) fn shares_of_money<'f, 'a>(
    frames: &'f Frames<'a>,
) -> impl Iterator<Item = (usize, &'f Figure<'a>, &'f Figure<'a>)> {
    stated_shares(frames).filter_map(|(i, s)| {
        let part = frames.figures[..i].last().filter(|f| {
            f.frame.sentence == s.frame.sentence
                && f.claim.kind == Kind::Money
                && f.frame.role == Role::Level
        })?;
        Some((i, s, part))
    })
}

/// The amounts of money before share `i` (in earlier sentences, within [`SHARE_REACH`])
/// that may be the whole of `part`: of its currency and larger than it.
pub(super) fn earlier_money_wholes<'f, 'a>(
    frames: &'f Frames<'a>,
    i: usize,
    part: &'f Figure<'a>,
) -> impl Iterator<Item = &'f Figure<'a>> {
    let sentence = &part.frame.sentence;
    let earliest = sentence.start.saturating_sub(SHARE_REACH);
    frames.figures[..i].iter().filter(move |f| {
        f.frame.sentence != *sentence
            && f.claim.start >= earliest
            && f.claim.kind == Kind::Money
            && crate::rules::figure::comparable(f.claim, part.claim)
            && f.claim.value > part.claim.value
    })
}

/// The figures of the sentence right before that of figure `i`, when only white space
/// stands between the two (news copy often gives each sentence a paragraph, so a
/// paragraph break is no gap): the one sentence a share "of them" or "of turnover" may
/// point back to.
pub(super) fn figures_of_sentence_just_before<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    i: usize,
) -> Option<Vec<&'f Figure<'a>>> {
    let here = &frames.figures.get(i)?.frame.sentence;
    let sentence = frames.figures[..i]
        .iter()
        .rev()
        .find(|f| f.frame.sentence != *here)?
        .frame
        .sentence
        .clone();
    if !prose.get(sentence.end..here.start)?.trim().is_empty() {
        return None;
    }
    Some(
        frames.figures[..i]
            .iter()
            .filter(|f| f.frame.sentence == sentence)
            .collect(),
    )
}

/// Words that may stand between a figure and the one restating it beside "or": "or
/// about", "or roughly" ("2,496 of them, or about 20 percent", "$212 million, or about
/// $342 for each resident").
pub(super) const ROUGHLY: &[&str] = &[
    "about", "around", "roughly", "some", "nearly", "almost", "just",
];

pub(super) fn one_value<'f, 'a>(candidates: &[&'f Figure<'a>]) -> Option<&'f Figure<'a>> {
    let first = *candidates.first()?;
    candidates
        .iter()
        .all(|f| f.claim.value == first.claim.value)
        .then_some(first)
}

/// The measures `text` names: its measure classes and the lemmas of its other words of
/// four letters or more that are not stop words.
pub(super) fn measures_of(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in text.split(|c: char| !(c.is_alphabetic() || c == '-')) {
        if w.len() < 3 {
            continue;
        }
        let lemma = lexicon::lemma(w);
        let m = match lexicon::measure_class(&lemma) {
            Some(class) => class.to_string(),
            None if w.len() >= 4 && !lexicon::is_stop(w) => lemma.into_owned(),
            None => continue,
        };
        if !out.contains(&m) {
            out.push(m);
        }
    }
    out
}

/// The measure classes `text` names ("net income" → profit), each once.
pub(super) fn classes_of(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in text.split(|c: char| !(c.is_alphabetic() || c == '-')) {
        if let Some(class) = lexicon::measure_class(&lexicon::lemma(w)) {
            if !out.iter().any(|m| m == class) {
                out.push(class.to_string());
            }
        }
    }
    out
}

/// Capitalised words straight before a measure noun, not starting the clause: "US" in
/// "its US sales", "European" in "European exports".
fn narrowing_names(doc: &Document, clause: Range<usize>) -> Vec<String> {
    let text = doc.prose().get(clause).unwrap_or("");
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate().skip(1) {
        let before = words[i - 1];
        let capital = before.chars().next().is_some_and(char::is_uppercase);
        if capital && i >= 2 && lexicon::measure_class(&lexicon::lemma(w)).is_some() {
            out.push(before.to_string());
        }
    }
    out
}

/// The measure classes named before `at` in the stretch from `from` ("the airline made a
/// pre-tax profit of £75m" → profit).
fn measures_before(doc: &Document, from: usize, at: usize) -> Vec<String> {
    let text = doc.prose().get(from.min(at)..at).unwrap_or("");
    // "slow a decline in revenues ... and cut its debt back to £160m": the debt
    classes_of(last_clause(text))
}

/// Whether the copy after a share's words ends its clause there: "of the total." does,
/// "of the total transport spend" names another whole.
pub(super) fn closes_clause(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.is_empty() || rest.starts_with(['.', ',', ';', ')', '-', '–', '—'])
}

/// The last clause of `text`: what follows its last "and", "while", "but", "whereas" or
/// comma ("… last season, while turnover grew by £3m to" → "turnover grew by £3m to").
pub(super) fn last_clause(text: &str) -> &str {
    [" and ", " while ", " but ", " whereas ", ", "]
        .iter()
        .filter_map(|j| text.rfind(j).map(|i| i + j.len()))
        .max()
        .and_then(|i| text.get(i..))
        .unwrap_or(text)
}

/// A sum bound across sentences: `parts` of `total` (all of it when `whole`), named by
/// `measure` in the finding.
pub(super) fn across_sum(
    total: FigureId,
    parts: Vec<FigureId>,
    whole: bool,
    measure: String,
) -> Relation {
    across(
        Relation::Sum(crate::frame::relation::Sum {
            total,
            parts,
            whole,
        }),
        measure,
    )
}

/// The sentence right before the one starting at `start`, when only white space stands
/// between them (news copy often gives each sentence a paragraph, so a paragraph break
/// is no gap): the one sentence a pointing word ("That is", "a further") may reach back
/// to.
pub(super) fn sentence_just_before(doc: &Document, start: usize) -> Option<Range<usize>> {
    let sentences = doc.sentences();
    let here = sentences.partition_point(|s| s.end <= start);
    let before = sentences.get(here.checked_sub(1)?)?;
    doc.prose()
        .get(before.end..start)?
        .trim()
        .is_empty()
        .then(|| before.clone())
}

/// Whether `text` holds any of `words`, by a byte search: binders test an article and
/// then each sentence with it before lower-casing anything, since most copy never uses
/// their words.
pub(super) fn holds_any(text: &str, words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| memchr::memmem::find(text.as_bytes(), w.as_bytes()).is_some())
}

/// The figures of the sentence at `span`, conversions in brackets left out: the figures
/// a binder reads as the sentence's own.
pub(super) fn own_figures<'f, 'a>(
    frames: &'f Frames<'a>,
    span: Range<usize>,
) -> Vec<&'f Figure<'a>> {
    frames
        .within(span)
        .iter()
        .filter(|f| f.frame.role != Role::Conversion)
        .collect()
}

/// The largest of `figures` when it is at least twice every other: the one whole a
/// share "of the market" or "of the total" may be of (a rival amount near it makes the
/// whole unclear).
pub(super) fn dominant<'f, 'a>(mut figures: Vec<&'f Figure<'a>>) -> Option<&'f Figure<'a>> {
    figures.sort_by(|a, b| {
        b.claim
            .value
            .partial_cmp(&a.claim.value)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let (largest, rest) = figures.split_first()?;
    let size = largest.claim.value?;
    rest.iter()
        .all(|f| f.claim.value.is_some_and(|v| v * 2.0 <= size))
        .then_some(*largest)
}

/// Whether two figures are of one time where both are dated ("last year" and "in 2023"
/// are not); an undated figure agrees with any.
pub(super) fn dated_alike(a: &Figure<'_>, b: &Figure<'_>) -> bool {
    match (&a.frame.period, &b.frame.period) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The figures of `part`'s kind and currency in the sentences before its own, within
/// `reach` bytes: the wholes a share of it may be of.
pub(super) fn earlier_alike<'f, 'a>(
    frames: &'f Frames<'a>,
    part: &Figure<'a>,
    reach: usize,
) -> impl Iterator<Item = &'f Figure<'a>> {
    let start = part.frame.sentence.start;
    let claim: &'a Claim = part.claim;
    frames
        .within(start.saturating_sub(reach)..start)
        .iter()
        .filter(move |f| {
            f.frame.sentence.end <= start
                && f.claim.kind == claim.kind
                && crate::rules::figure::comparable(f.claim, claim)
        })
}

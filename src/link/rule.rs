//! The matching rule, one step per condition (docs/records.md lists them): whether a
//! record may link to a figure, with what score, and why — or why not.

use super::terms;
use super::{fits, is_common, kind_agrees, stem, stems, Candidate, Index, Names, Reading};
use crate::extract::Claim;
use crate::records::ClaimRecord;

/// One record asked about one figure.
pub(super) struct Ask<'a> {
    pub r: &'a Reading<'a>,
    /// The article's path as scopes see it.
    pub path: &'a str,
    /// The stems of the article's lead.
    pub lead: &'a [String],
    /// The article's names, read when first needed.
    pub names: &'a std::cell::OnceCell<Names>,
    pub c: &'a Claim,
    pub rec: &'a ClaimRecord,
    /// The record's place in the record set.
    pub i: usize,
    pub index: &'a Index,
}

/// Why a record was refused, and whether for its period (which the unsourced finding
/// names).
pub(super) struct No {
    why: String,
    period: bool,
}

fn no(why: String) -> No {
    No { why, period: false }
}

/// What a step adds when it passes: to the score, and to the "linked by" words.
type Step = Result<(u32, Option<String>), No>;

/// The steps, in the order a refusal is reported.
const STEPS: [fn(&Ask<'_>) -> Step; 6] = [scope, kind, match_terms, measure, subject, period];

/// A candidate when every step passes, else why not and whether it was the period.
pub(super) fn consider(ask: &Ask<'_>) -> Result<Candidate, (String, bool)> {
    let mut score = 0;
    let mut why = Vec::new();
    for step in STEPS {
        match step(ask) {
            Ok((s, w)) => {
                score += s;
                why.extend(w);
            }
            Err(No { why, period }) => return Err((why, period)),
        }
    }
    if let Some(day) = &ask.r.day {
        why.push(format!("stated for {day}"));
    }
    Ok(Candidate {
        rec: ask.i,
        score,
        fits: fits(ask.c, ask.rec),
        why: why.join("; "),
        day: ask.r.day.clone(),
        alike_left_out: 0,
    })
}

/// Step 1: The record's `articles:` globs take the article.
fn scope(a: &Ask<'_>) -> Step {
    if a.index.in_scope(a.i, a.path) {
        return Ok((0, None));
    }
    Err(no(format!(
        "its `articles:` scope ({}) does not take {}",
        a.rec.articles.as_deref().unwrap_or_default().join(", "),
        a.path
    )))
}

/// Step 2: Kind and currency agree.
fn kind(a: &Ask<'_>) -> Step {
    if kind_agrees(a.c, a.rec) {
        return Ok((0, None));
    }
    let cur = |c: Option<&str>| c.map_or(String::new(), |cur| format!(" in {cur}"));
    Err(no(format!(
        "it is a {} record{} and the figure is {}{}",
        a.rec.kind.as_str(),
        cur(a.rec.currency.as_deref()),
        a.c.kind.as_str(),
        cur(a.c.currency.as_deref())
    )))
}

/// Step 3: Every term in the sentence, one at least in the clause: 2 for each in the clause,
/// 1 for each only in the sentence.
fn match_terms(a: &Ask<'_>) -> Step {
    let needles = a
        .index
        .needles
        .get(a.i)
        .map(Vec::as_slice)
        .unwrap_or_default();
    if needles.is_empty() {
        return Err(no("it has no match terms".into()));
    }
    let shown = a
        .index
        .shown
        .get(a.i)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let (mut score, mut in_clause, mut in_sentence) = (0, Vec::new(), Vec::new());
    for (needle, term) in needles.iter().zip(shown) {
        if terms::contains(&a.r.clause, needle) {
            score += 2;
            in_clause.push(term.as_str());
        } else if terms::contains(&a.r.sentence, needle) {
            score += 1;
            in_sentence.push(term.as_str());
        } else {
            return Err(no(format!("term `{term}` is not in the figure's sentence")));
        }
    }
    if in_clause.is_empty() {
        return Err(no("none of its terms is in the figure's clause".into()));
    }
    let mut parts = vec![format!("{} in the clause", in_clause.join(", "))];
    if !in_sentence.is_empty() {
        parts.push(format!("{} in the sentence", in_sentence.join(", ")));
    }
    Ok((score, Some(format!("terms {}", parts.join(", ")))))
}

/// The stems that say what record `i` measures: its unit's and its terms'.
fn names<'a>(a: &Ask<'a>) -> &'a [String] {
    a.index
        .measures
        .get(a.i)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// Step 4: What the copy says the figure measures, and each word describing it, are the
/// record's unit or terms: 4 when it names the measure.
fn measure(a: &Ask<'_>) -> Step {
    let names = names(a);
    let noun = a.r.frame.and_then(|f| f.measure.noun());
    let mut out = (0, None);
    if let Some(m) = &a.r.measure {
        let shown = noun.unwrap_or(m);
        if !names.contains(m) {
            return Err(no(format!(
                "the figure measures {shown}, which the record does not name (as its unit or a term)"
            )));
        }
        out = (4, Some(format!("measures {shown}")));
    }
    if let Some(d) = a.r.describes.iter().find(|d| !names.contains(d)) {
        let shown =
            a.r.frame
                .map(|f| f.measure.describes.as_slice())
                .unwrap_or_default()
                .iter()
                .find(|w| stem(w) == *d)
                .map_or(d.as_str(), String::as_str);
        return Err(no(format!(
            "the copy describes what it counts as `{shown}`, which is not among the record's terms"
        )));
    }
    Ok(out)
}

/// Step 5: The record's subject stands in the sentence, or in the lead when the sentence
/// names no one: 1.
fn subject(a: &Ask<'_>) -> Step {
    let Some(subject) = &a.rec.subject else {
        return Ok((0, None));
    };
    let needle: Vec<String> = stems(subject).collect();
    if terms::contains(&a.r.sentence, &needle) {
        return Ok((1, Some(format!("subject {subject}"))));
    }
    // the sentence's own subject, unless it is only the measure ("Sales rose…"), a common
    // word or no name at all, as `draft` reads it (looked for only now: it reads the
    // whole article)
    let names = names(a);
    let own =
        a.r.frame
            .and_then(|f| f.subject.as_deref())
            .filter(|o| !is_common(o) && !stems(o).all(|w| names.contains(&w)))
            .filter(|o| a.names.get_or_init(|| Names::of(a.r.doc)).names(o));
    if own.is_none() && terms::contains(a.lead, &needle) {
        // "Sales rose 2.8%" names no one: the story's lead says whose sales
        return Ok((
            1,
            Some(format!("subject {subject}, from the article's lead")),
        ));
    }
    Err(no(format!(
        "its subject `{subject}` is not in the figure's sentence{}",
        if own.is_none() {
            " or the article's lead"
        } else {
            ""
        }
    )))
}

/// Step 6: The record's `as_of` falls in the year the copy gives the figure.
fn period(a: &Ask<'_>) -> Step {
    let p = a.r.frame.and_then(|f| f.period.as_ref());
    let why = match (p, a.rec.as_of.as_deref()) {
        (Some(p), Some(as_of)) => {
            if p.agrees_with_as_of(as_of) == Some(false) {
                return Err(No {
                    why: format!(
                        "record `{}` has the words but is as of {as_of}, and the copy gives the figure {}",
                        a.rec.id,
                        p.normal()
                    ),
                    period: true,
                });
            }
            format!("as of {as_of}, the copy's period {}", p.normal())
        }
        (None, Some(as_of)) => format!("as of {as_of}, the copy names no period"),
        (Some(p), None) => format!("no period on the record, the copy's {}", p.normal()),
        (None, None) => return Ok((0, None)),
    };
    Ok((0, Some(why)))
}

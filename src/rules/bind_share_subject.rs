//! Shares whose part is the thing the sentence is about, given earlier: "Pellar
//! Software is cutting about 2,000 jobs. … The cuts will affect about 9% of the 22,000
//! staff." The
//! share's subject ("The cuts") names, by its word's stem, the earlier figure's verb or
//! noun ("cutting about 5,000 jobs"); that figure is the part, the figure after "of" the
//! whole. Bound across sentences, the relation is [`Relation::Across`], judged at
//! warning severity.

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

/// How many words before an earlier figure may name what the subject names.
const WORDS_BEFORE: usize = 4;

/// Binds each share with no part of its own to the earlier figure its subject names.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s) in frames.figures.iter().enumerate() {
        if s.claim.kind != Kind::Percent || s.frame.role != Role::Share {
            continue;
        }
        let Some(whole) = whole_after(prose, frames, i).or_else(|| whole_named(prose, frames, s))
        else {
            continue;
        };
        let subject = prose
            .get(s.frame.sentence.start..s.claim.start)
            .unwrap_or("");
        let Some(head) = definite_head(subject) else {
            continue;
        };
        // the sentence gives no figure before the share: the part is not here
        let figure_before = frames
            .within(s.frame.sentence.start..s.claim.start)
            .iter()
            .any(|f| f.claim.kind.is_quantity());
        if figure_before {
            continue;
        }
        let candidates: Vec<&Figure<'_>> = frames.figures[..i]
            .iter()
            .filter(|f| {
                f.claim.kind == whole.claim.kind
                    && f.frame.role == Role::Level
                    && crate::rules::figure::comparable(f.claim, whole.claim)
                    && f.claim.value < whole.claim.value
                    && names_before(prose, f, &head)
            })
            .collect();
        let Some(part) = super::bind::one_value(&candidates) else {
            continue;
        };
        out.push(super::bind::across_share(part.id, whole.id, s.id, head));
    }
}

/// The whole a share is of: the next figure, straight after "of (the)".
fn whole_after<'f, 'a>(prose: &str, frames: &'f Frames<'a>, i: usize) -> Option<&'f Figure<'a>> {
    let s = frames.figures.get(i)?;
    let w = frames.figures.get(i + 1)?;
    let between = prose.get(s.claim.end..w.claim.start)?.to_ascii_lowercase();
    let of = matches!(
        between.trim(),
        "of" | "of the" | "of its" | "of their" | "of all" | "of some"
    );
    (of && w.claim.kind == Kind::Number && w.frame.sentence == s.frame.sentence).then_some(w)
}

/// Words for the people a body employs, as a share's whole names them ("3% of the bank's
/// workforce") and as a count of them is given ("more than 100,000 staff").
const WORKFORCE: &[&str] = &["workforce", "staff", "employee", "worker", "personnel"];

/// The whole a share names in words rather than a figure ("amounting to 3% of the bank's
/// workforce"): the one count of that workforce the article gives elsewhere.
fn whole_named<'f, 'a>(
    prose: &str,
    frames: &'f Frames<'a>,
    s: &Figure<'a>,
) -> Option<&'f Figure<'a>> {
    let after = prose
        .get(s.claim.end..s.frame.sentence.end)?
        .to_ascii_lowercase();
    let rest = after.trim_start().strip_prefix("of ")?;
    let names_workforce = rest
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| WORKFORCE.contains(&lexicon::lemma(w.trim_end_matches("'s")).as_ref()));
    if !names_workforce {
        return None;
    }
    let counts: Vec<&Figure<'a>> = frames
        .figures
        .iter()
        .filter(|f| f.frame.sentence != s.frame.sentence && f.claim.kind == Kind::Number)
        // "to lay off 2,850 staff" counts people leaving, not the workforce
        .filter(|f| !leaving_before(prose, f))
        .filter(|f| {
            f.frame
                .measure
                .counted
                .as_deref()
                .is_some_and(|n| WORKFORCE.contains(&n))
        })
        .collect();
    let first = *counts.first()?;
    counts
        .iter()
        .all(|f| f.claim.value == first.claim.value)
        .then_some(first)
}

/// Whether the few words before `f` say people are leaving ("lay off", "cut", "shed").
fn leaving_before(prose: &str, f: &Figure<'_>) -> bool {
    const LEAVING: &[&str] = &[
        "cut",
        "cuts",
        "cutting",
        "off",
        "axe",
        "axed",
        "axing",
        "shed",
        "shedding",
        "lose",
        "losing",
        "lost",
        "redundant",
        "sack",
        "sacked",
        "sacking",
    ];
    let before = prose
        .get(f.frame.sentence.start..f.claim.start)
        .unwrap_or("");
    before
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(WORDS_BEFORE)
        .any(|w| LEAVING.contains(&w.to_ascii_lowercase().as_str()))
}

/// The stem of the noun a subject opens with after "The": "The cuts will affect" →
/// "cut". Only a definite subject points back at something already given.
fn definite_head(subject: &str) -> Option<String> {
    let mut words = subject.split_whitespace();
    if words.next()? != "The" {
        return None;
    }
    let head = words.next()?.trim_matches(|c: char| !c.is_alphabetic());
    let lemma = lexicon::lemma(head);
    (lemma.len() >= 3 && !lexicon::is_stop(&lemma)).then(|| lemma.into_owned())
}

/// Whether one of the few words before `f` in its clause shares the stem `head`
/// ("cutting" for "cut", "redundancies" for "redundancy").
fn names_before(prose: &str, f: &Figure<'_>, head: &str) -> bool {
    let before = prose
        .get(f.frame.clause.start.min(f.claim.start)..f.claim.start)
        .unwrap_or("");
    before
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(WORDS_BEFORE)
        .any(|w| {
            let w = lexicon::lemma(w);
            w.starts_with(head) || (head.starts_with(w.as_ref()) && w.len() >= 4)
        })
}

//! A share of one named amount in another, both given by the sentence just before: "The
//! club's wage bill rose by 12% to £28m, while turnover grew by £3m to £35m. Wages now
//! account for 80% of turnover." The share's sentence names the part as its subject
//! ("Wages") and the whole after "of" ("turnover") and gives no amount of its own; the
//! sentence before gives exactly one level of money in a clause naming each. Bound
//! across sentences, the relation is [`Relation::Across`], judged at warning severity.

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::Relation;
use crate::frame::{Figure, Frames, Role};
use crate::lexicon;

/// Binds each share "of <whole>" whose sentence's subject and whole the sentence before
/// gives as amounts of money.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for (i, s) in super::bind::stated_shares(frames) {
        let Some(whole_word) = whole_named_after(prose, s) else {
            continue;
        };
        let own_amount = frames
            .within(s.frame.sentence.clone())
            .iter()
            .any(|f| f.claim.kind == Kind::Money);
        if own_amount {
            continue;
        }
        let subject: Vec<String> = prose
            .get(s.frame.sentence.start..s.claim.start)
            .unwrap_or("")
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 3 && !lexicon::is_stop(w))
            .map(|w| lexicon::lemma(&w.to_ascii_lowercase()).into_owned())
            .filter(|w| *w != whole_word)
            .collect();
        let Some(before) = super::bind::figures_of_sentence_just_before(prose, frames, i) else {
            continue;
        };
        let levels: Vec<(&Figure<'_>, String)> = before
            .iter()
            .filter(|f| f.claim.kind == Kind::Money && f.frame.role == Role::Level)
            .filter(|f| !amount_of_a_change(prose, f))
            // ("climbed from £31.5m to £36.1m": the level a change came from is past)
            .filter(|f| !super::bind_total_share::earlier_level(prose, f))
            .map(|f| (*f, clause_before(prose, f)))
            .collect();
        let named = |word: &str| -> Option<&Figure<'_>> {
            let mut found = levels
                .iter()
                .filter(|(_, clause)| names(clause, word))
                .map(|(f, _)| *f);
            let one = found.next()?;
            found.next().is_none().then_some(one)
        };
        let Some(whole) = named(&whole_word) else {
            continue;
        };
        let parts: Vec<&Figure<'_>> = subject
            .iter()
            .filter_map(|w| named(w))
            .filter(|f| f.id != whole.id)
            .collect();
        let Some(part) = super::bind::one_value(&parts) else {
            continue;
        };
        if part.claim.currency != whole.claim.currency || part.claim.value >= whole.claim.value {
            continue;
        }
        out.push(super::bind::across_share(
            part.id, whole.id, s.id, whole_word,
        ));
    }
}

/// The lemma of the whole a share names after it: "80% of turnover", "80% of its
/// revenue", "80% of the club's income".
fn whole_named_after(prose: &str, s: &Figure<'_>) -> Option<String> {
    let after = prose
        .get(s.claim.end..s.frame.sentence.end)?
        .to_ascii_lowercase();
    let rest = after.trim_start().strip_prefix("of ")?;
    let mut words = rest
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .filter(|w| !w.is_empty());
    let mut w = words.next()?;
    // ("of the club's turnover", "of its revenue")
    for _ in 0..2 {
        if matches!(w, "the" | "its" | "their" | "his" | "her" | "our") || w.ends_with("'s") {
            w = words.next()?;
        }
    }
    (w.len() >= 4 && !lexicon::is_stop(w)).then(|| lexicon::lemma(w).into_owned())
}

/// The clause before a figure, lower-cased ([`super::bind::last_clause`]): "turnover
/// grew by £3m to".
fn clause_before(prose: &str, f: &Figure<'_>) -> String {
    let text = prose
        .get(f.frame.sentence.start..f.claim.start)
        .unwrap_or("")
        .to_ascii_lowercase();
    super::bind::last_clause(&text).to_string()
}

/// Whether `clause` names the measure whose lemma is `word`.
fn names(clause: &str, word: &str) -> bool {
    clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| !w.is_empty() && lexicon::lemma(w) == word)
}

/// Whether a figure is the amount of a change ("grew by £3m"), not a level.
fn amount_of_a_change(prose: &str, f: &Figure<'_>) -> bool {
    prose
        .get(f.frame.sentence.start..f.claim.start)
        .unwrap_or("")
        .trim_end()
        .to_ascii_lowercase()
        .ends_with(" by")
}

//! An average of money "each" beside the count it is shared by, against the total the
//! headline or a neighbouring sentence gives: "the payout goes to more than 800,000
//! savers, who will get on average £52 each" under "Savers share £42m payout". Judged
//! by `arithmetic/average`,
//! at warning severity, since the total is bound from another sentence.

use crate::document::Document;
use crate::extract::Kind;
use crate::frame::relation::{Across, Average, Relation};
use crate::frame::{Figure, Frames, Role};

/// Words after an average that say it is per head.
const EACH: [&str; 6] = [
    " each",
    " apiece",
    " a head",
    " per head",
    " per person",
    " per member",
];

/// How far from the average times the count a total may be and still be taken for it:
/// a total ten times off is another sum, not a slip.
const NEAR: f64 = 10.0;

/// Averages "each" bound to the one total near them.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for s in frames.figures.iter().filter(|f| per_head(prose, f)) {
        let same_sentence: Vec<&Figure<'_>> = frames
            .within(s.frame.sentence.clone())
            .iter()
            .filter(|f| f.id != s.id && f.frame.role != Role::Conversion)
            .collect();
        // the count it is shared by, and nothing else in its sentence
        let [count] = same_sentence.as_slice() else {
            continue;
        };
        if count.claim.kind != Kind::Number || count.claim.value.is_none_or(|v| v < 2.0) {
            continue;
        }
        let (Some(each), Some(n)) = (s.claim.value, count.claim.value) else {
            continue;
        };
        let product = each * n;
        // the totals of its currency in the headline and the sentences either side
        let totals: Vec<&Figure<'_>> = neighbours(doc, s.frame.sentence.clone())
            .into_iter()
            .flat_map(|r| frames.within(r))
            .filter(|f| f.frame.sentence != s.frame.sentence)
            .filter(|f| {
                f.claim.kind == Kind::Money
                    && f.frame.role != Role::Conversion
                    && f.claim.currency == s.claim.currency
                    && f.claim
                        .value
                        .is_some_and(|t| t >= product / NEAR && t <= product * NEAR)
            })
            .collect();
        // one total, though the headline and the story may both give it
        let Some(total) = super::bind::one_value(&totals) else {
            continue;
        };
        out.push(Relation::Across(Across {
            inner: Box::new(Relation::Average(Average {
                total: total.id,
                count: count.id,
                stated: s.id,
                either_way: false,
                periods: (1.0, 1.0),
                per: None,
            })),
            measure: "an average shared by a count".to_string(),
            words: None,
        }));
    }
}

/// Whether `f` is an average of money per head: "on average £52 each", "an average of
/// £40m each".
fn per_head(prose: &str, f: &Figure<'_>) -> bool {
    if f.claim.kind != Kind::Money || f.frame.role == Role::Conversion {
        return false;
    }
    let after = prose.get(f.claim.end..).unwrap_or("");
    let before = prose
        .get(f.frame.sentence.start..f.claim.start)
        .unwrap_or("")
        .to_ascii_lowercase();
    EACH.iter().any(|w| after.starts_with(w)) && before.contains("average")
}

/// The headline and the sentences just before and after `sentence`.
fn neighbours(doc: &Document, sentence: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> =
        super::bind_headline::headline(doc).into_iter().collect();
    let all = doc.sentences();
    let at = all.partition_point(|r| r.end <= sentence.start);
    if let Some(before) = at.checked_sub(1).and_then(|i| all.get(i)) {
        out.push(before.clone());
    }
    if let Some(after) = all.get(at + 1) {
        out.push(after.clone());
    }
    out
}

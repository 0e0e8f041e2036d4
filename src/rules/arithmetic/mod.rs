//! Arithmetic inside the copy: changes, multiples, shares and sums against the figures given.

use super::Rule;
use crate::finding::Severity;

/// `arithmetic/percent-change`: A stated percentage change does not follow from the figures it compares.
pub const PERCENT_CHANGE: Rule = Rule {
    id: crate::rules::RuleId::PercentChange,
    default_severity: Severity::Error,
    summary: "A stated percentage change does not follow from the figures it compares.",
    doc: r#"Checks a percentage change against the two figures it describes: "from A to B, a C% rise",
"rose C% from A to B", "B, up C% from A", "B, up from A, a rise of C%", "an increase of C% on
last year's A", in either direction. A change between two percentages stated in points is
checked as points; one stated in per cent may be read either way.

**Why.** A wrong percentage is the easiest figure for a reader to recompute and the most
damaging to get wrong.

**Tolerance.** Every figure is read as every value that rounds to it ("134" is exact, "1,400"
is 1,350 to 1,450, trailing zeros at most 5%), approximate figures ("about 100") as ±5%, and
the stated change as everything that rounds to it ("15 per cent" is 14.5% to 15.5%). The
rule fires only when no reading of the figures gives the stated change.

**Example.**

    Charter flights went from about 100 in winter to 134 by spring, a 15 per cent increase.

computes +28% to +41%; the copy says +15%.

**Fix.** Correct the percentage, or the figure it was computed from."#,
};

/// `arithmetic/multiple`: Doubled, tripled, halved or N times does not match the figures given.
pub const MULTIPLE: Rule = Rule {
    id: crate::rules::RuleId::Multiple,
    default_severity: Severity::Error,
    summary: "Doubled, tripled, halved or N times does not match the figures given.",
    doc: r#"Checks words of multiplication against the two figures they relate: "doubled from A to B",
"halved to B from A", "B, twice the A", "B is three times the A", "B, half the A", "B, a
third of the A", "nearly doubled", "roughly tripled", "more than doubled".

**Why.** "Doubled" is a strong word; when the figures beside it show a rise of half, readers
notice.

**Tolerance.** Figures as for `arithmetic/percent-change`; a bare multiple allows ±5%
("doubled" is 1.9 to 2.1 times), "about"/"roughly" ±10%, "nearly"/"almost" 80% to 102% of it,
"more than doubled" anything from 1.96 times up. "Three times more than" is also read as
four times. "More than double the A" between two figures is left to
`consistency/comparison`.

**Example.**

    Applications doubled from 400 to 620 in a year.

computes 1.55 times; the copy says doubled (1.9 to 2.1 times).

**Fix.** Use the multiple the figures give ("rose by half"), or correct a figure."#,
};

/// `arithmetic/share`: A share or fraction does not match its parts.
pub const SHARE: Rule = Rule {
    id: crate::rules::RuleId::Share,
    default_severity: Severity::Error,
    summary: "A share or fraction does not match its parts.",
    doc: r#"Checks a stated share against its part and whole: "A of B, or C%", "A of the B (C%)", "C% of
the B, or A", "A, or C% of the B", "of the B, A were ..., or C%", and "most of the B, A"
(which must be more than half).

**Why.** A share is recomputed by any reader with a calculator; a wrong one undermines the
rest of the piece.

**Tolerance.** Figures as for `arithmetic/percent-change`; a fraction in words ("a third",
"one in five") is read as ±15% of itself.

**Example.**

    Some 300 of the 1,200 staff, or 30%, took the buyout.

computes 23% to 27%; the copy says 30%.

**Fix.** Correct the percentage, the part or the whole."#,
};

/// `arithmetic/sum`: Parts stated as the whole do not add up to it.
pub const SUM: Rule = Rule {
    id: crate::rules::RuleId::Sum,
    default_severity: Severity::Error,
    summary: "Parts stated as the whole do not add up to it.",
    doc: r#"Checks parts presented as the whole against it: "the T were made up of A and B", "split
between A and B", "divided into A, B and C", "comprising A and B", "A and B, a total of T",
"A and B, T in total", "of the T, A ... and the remaining B ...". A breakdown that is not
said to be the whole ("of the T complaints, A concerned noise and B parking") is flagged
only when the parts exceed the whole; parts that are merely included ("the T staff include
A nurses") are left alone.

**Why.** Parts that do not add up to the total are a sign that one of them is wrong.

**Tolerance.** Figures as for `arithmetic/percent-change`, summed as intervals.

**Example.**

    The 1,000 arrests were made up of 600 men and 300 women.

adds up to 900; the copy gives the whole as 1,000.

**Fix.** Correct the part or the total, or say what the remainder is."#,
};

use crate::document::Document;
use crate::extract::Claim;
use crate::frame::{Frames, Relation};
use crate::rules::figure::Skeleton;

/// Words that a two-figure sentence needs for any arithmetic rule but the percentage
/// ones to apply: multiples and "most of".
static HINT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::pattern::compile(
        r"[Dd]oubl|[Tt]ripl|[Tt]rebl|[Qq]uadrupl|[Hh]alv|[Tt]wice|[Hh]alf|times|third|quarter|fifth|tenth|[Mm]ost|[Mm]ajority",
    )
});

pub(crate) mod amount_change;
pub(crate) mod difference;
pub(crate) mod multiple;
pub(crate) mod percent_change;
pub(crate) mod share;
pub(crate) mod sum;

/// Whether an arithmetic phrasing may stand in a sentence with these figures: building
/// a skeleton costs more than this test.
pub(crate) fn wants(text: &str, figs: &[&Claim]) -> bool {
    figs.len() >= 3
        || figs.iter().any(|f| f.kind == crate::extract::Kind::Percent)
        || HINT.is_match(text)
}

/// The arithmetic relations the copy of one sentence states.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    percent_change::recognise(frames, skel, out);
    amount_change::recognise(frames, skel, out);
    multiple::recognise(frames, skel, out);
    share::recognise(frames, skel, out);
    sum::recognise(frames, skel, out);
    difference::recognise(frames, skel, out);
}

/// Arithmetic findings for one document, given its figures in document order (framed
/// here: the full pipeline frames once and calls [`crate::rules::check`]).
pub fn check(doc: &Document, claims: &[Claim]) -> Vec<crate::finding::Finding> {
    let frames = crate::frame::frame(doc, claims);
    let mut relations = Vec::new();
    for skel in crate::rules::figure::skeletons(doc, &frames, wants) {
        recognise(&frames, &skel, &mut relations);
    }
    crate::rules::judge_all(doc, &frames, &relations)
}

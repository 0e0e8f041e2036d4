//! `arithmetic/sum` for the answers to one question: "45% said yes, 40% said no and 25%
//! did not know" names shares of one whole, which cannot come to more than 100%.
//!
//! Percentages in one sentence are shares of one whole only when the words say the
//! answers exclude each other. Read as such: a "don't know" or "undecided" answer beside
//! another answer; "said yes" beside "said no"; shares that "were men" beside shares that
//! "were women"; a share "of the vote" beside another candidate's ("against 44% for her
//! rival", "with the Conservatives on 24%") in one contest; three shares or more closed
//! by everyone left ("others on 10%", "the rest"); three chances or more of one forecast's
//! outcomes ("a 30% chance of above-average rainfall, a 20% chance of below-average
//! rainfall and a 50% chance it would be near average"), on no days or months. A later
//! share of a group of its own ("45% of men and 60% of women",
//! "55% of those who voted"), levels over time ("from 40% to 65%") and comparisons
//! ("than", "compared with", "last year") are left alone, as are answers to different
//! questions ("45% backed the tax rise and 60% opposed the cuts").

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::Kind;
use crate::frame::relation::{Answers, Relation};
use crate::frame::{Frames, Role};
use crate::rules::figure::{pct_range, reading, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// An answer of no view, which only a question's full set of answers has.
static UNSURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:undecided|don't know|do not know|did not know|didn't know|not sure|unsure|had no opinion|have no opinion|no view)\b",
    )
});

/// An answer for or against, without which "don't know" stands alone.
static FOR_OR_AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:yes|no|in favou?r|against|backed|backs|supported|supports|approved|approve|disapproved|disapprove|opposed|oppose|agreed|agree|disagreed|disagree|rejected|satisfied|dissatisfied|would|would not|wouldn't)\b",
    )
});

/// "said yes" and "said no": one question's two answers.
static YES: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"\b(?:said|say|says|voted|answered|replied) yes\b"));
static NO: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"\b(?:said|say|says|voted|answered|replied) no\b|#,? no\b")
});

/// Shares that are men and women: "#p0# were men and #p1# women".
static MEN: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"# (?:were |are )?(?:men|male)\b"));
static WOMEN: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"# (?:were |are )?(?:women|female)\b"));

/// The share of everyone left, which closes a list that covers the whole: "others on
/// 10%", "the rest 8%", "12% for other parties".
static REST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:others|other parties|other candidates|the rest|everyone else|the remainder) (?:on |at |with |took |had |got |were on |was on )?#p\d+#|#p\d+# (?:for |to |went to |backed )?(?:others|other parties|other candidates|the rest|everyone else)\b",
    )
});

/// A share of the vote, and another candidate's or party's share beside it ("52% of the
/// vote, against 44% for her rival", "with the Conservatives on 24%"): the shares of
/// one contest, which exclude each other.
static OF_THE_VOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(r"#p\d+# of the (?:popular |national |total )?vote\b")
});
static ANOTHER_SIDE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"#p\d+# for\b|\b(?:on|with) #p\d+#"));
/// Words that name another contest, whose shares are of another whole: "52% in the
/// first round and 58% in the run-off" (two years are read by [`two_years`]).
static ANOTHER_CONTEST: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:round|run-off|runoff|primary|primaries|by-election|re-run|rerun)\b",
    )
});

/// Whether the copy names two different years ("in 2019 … in 2024"): the votes of two
/// contests. One year names the contest the shares are of.
fn two_years(text: &str) -> bool {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| crate::pattern::compile(r"\b(?:19|20)\d\d\b"));
    let mut years = YEAR.find_iter(text).map(|m| m.as_str());
    let first = years.next();
    years.any(|y| Some(y) != first)
}

/// A share said as the chance of one outcome: "a 30% chance of above-average rainfall".
static CHANCE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::compile(r"#p\d+# (?:chance|probability|likelihood)\b"));

/// Days and months, which set chances of different times side by side ("a 70% chance of
/// rain on Monday and 60% on Tuesday").
static DAY_OR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|weekend|january|february|march|april|june|july|august|september|october|november|december)\b",
    )
});

/// Whether every share of the sentence is the chance of an outcome, three or more of
/// them, on no days or months: a forecast's outcomes ("a 30% chance of above-average
/// rainfall, a 20% chance of below-average rainfall and a 50% chance it would be near
/// average"), which exclude each other.
fn chances_of_one_forecast(text: &str, shares: usize) -> bool {
    shares >= 3 && CHANCE.find_iter(text).count() == shares && !DAY_OR_MONTH.is_match(text)
}

/// Words that set figures of different times or wholes side by side.
static COMPARED: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:than|compared|from|against the|earlier|ago|last|previous|previously|before|since|rose|fell|up|down|while)\b",
    )
});

/// A share of a named group ("#p0# of men", "55% of those who voted").
static OF_GROUP: LazyLock<Regex> = LazyLock::new(|| crate::pattern::compile(r"#p\d+# of\b"));

/// Whether a share after the first is "of" a group ("55% of those who voted", "60% of
/// women"): a whole of its own. "48% of residents said yes, 41% said no" names the whole
/// once, at the first answer.
fn of_another_group(skel: &Skeleton<'_>) -> bool {
    let first_percent = skel.text.find("#p");
    OF_GROUP
        .find_iter(&skel.text)
        .any(|m| Some(m.start()) != first_percent)
}

/// An [`Answers`] for the percentages of `skel` when its words say they are one
/// question's answers.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    let text = &skel.text;
    let shares: Vec<_> = skel
        .figs
        .iter()
        .filter(|f| f.kind == Kind::Percent)
        .filter_map(|f| frames.id_of(f))
        .filter(|id| {
            frames
                .get(*id)
                .is_some_and(|f| !matches!(f.frame.role, Role::Change | Role::Multiple))
        })
        .collect();
    let percents = skel.figs.iter().filter(|f| f.kind == Kind::Percent).count();
    if shares.len() < 2 || shares.len() != percents {
        return;
    }
    let one_question = (UNSURE.is_match(text) && FOR_OR_AGAINST.is_match(text))
        || (YES.is_match(text) && NO.is_match(text))
        || (MEN.is_match(text) && WOMEN.is_match(text));
    let votes = OF_THE_VOTE.find_iter(text).count() == 1
        && ANOTHER_SIDE.is_match(text)
        && !ANOTHER_CONTEST.is_match(text)
        && !two_years(text);
    let one_question = one_question || votes || chances_of_one_forecast(text, shares.len());
    let closed_by_the_rest = shares.len() >= 3 && REST.is_match(text);
    if !(one_question || closed_by_the_rest) || COMPARED.is_match(text) || of_another_group(skel) {
        return;
    }
    out.push(Relation::Answers(Answers {
        shares,
        closed_by_the_rest: closed_by_the_rest && !one_question,
        votes,
    }));
}

/// The mismatch for one question's answers that come to more than 100%.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Answers) -> Option<Mismatch> {
    let mut sum = Interval::exact(0.0);
    let mut shares = Vec::new();
    for id in &rel.shares {
        let c = frames.claim(*id)?;
        sum = sum.plus(Interval::of(c, Tolerance::Arithmetic)?);
        shares.push(c);
    }
    if sum.lo <= 100.0 {
        return None;
    }
    let (last, others) = shares.split_last()?;
    let listed: Vec<String> = shares.iter().map(|c| said(c)).collect();
    // the most the last answer could be, beside the others at their least
    let others_least: f64 = others
        .iter()
        .filter_map(|c| Interval::of(c, Tolerance::Arithmetic))
        .map(|i| i.lo)
        .sum();
    let room = (100.0 - others_least).max(0.0);
    // what the shares were read as: (the whole, one of them, why they stay under 100%)
    let (whole, each, why) = if rel.votes {
        (
            "the shares of one vote",
            "another share",
            "read as the shares of one vote, which exclude each other, so they cannot come to more than 100%",
        )
    } else if rel.closed_by_the_rest {
        (
            "the shares of one whole",
            "another share",
            "read as shares of one whole, closed by the share of everyone left (\"others\", \"the rest\"), so they cannot come to more than 100%",
        )
    } else {
        (
            "the answers to one question",
            "another answer",
            "read as the answers to one question, which exclude each other (\"yes\", \"no\", \"don't know\"; men and women), so they cannot come to more than 100%",
        )
    };
    let mut m = Mismatch::new(
        super::SUM.id,
        last.start..last.end,
        format!(
            "{} add up to {}; {} cannot come to more than 100%",
            listed.join(" + "),
            pct_range(sum, false),
            whole
        ),
    )
    .copy(Side::copy(said(last)))
    .right(Side::computed(format!(
        "at most {}",
        pct_range(Interval::exact(room), false)
    )));
    for c in others {
        m = m.related(c, format!("{each}, {}", said(c)));
    }
    Some(
        m.severity(crate::finding::Severity::Warning)
            .note(format!(
                "computed {}, with {}",
                listed.join(" + "),
                shares
                    .iter()
                    .map(|c| reading(c))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .note(why)
            .tolerance(Tolerance::Arithmetic, None)
            .key(listed),
    )
}

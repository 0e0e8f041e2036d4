//! `consistency/comparison`: "fewer than", "exceeds", "more than double" between two
//! figures in the copy, against their values.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Claim, Kind, Qualifier};
use crate::frame::relation::{Comparison, Relation};
use crate::frame::Frames;
use crate::pattern::compile;
use crate::rules::figure::{self, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// `consistency/comparison`: A comparison between two figures does not hold for their values.
pub const COMPARISON: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::Comparison,
    default_severity: crate::finding::Severity::Error,
    summary: "A comparison between two figures does not hold for their values.",
    doc: r#"Checks a comparison the copy makes between two of its figures: "fewer than the B", "more
than the B", "exceeds", "far exceeds", "below", "higher than", "outnumber", "topped",
"more than double the B", "less than half the B", "more than three times the B", "more
than three times as many as the B".

Also: "up on the £7.1bn", "short of the 2.5%", "ahead of", "narrower than", "longer
than", "shorter than" (lengths of time in different units set in one unit: "waited 1hr
10min, more than twice the 30-minute target"), "a smaller
fall than the 6% drop", "lower than 2019's $950m loss", and against a forecast: "beating
the 1.4% rise economists had forecast", "missed the 2.4% the treasury had forecast",
"topping the 2.9 mln dlrs forecast" (beat and miss count only against an expectation).

A qualifier on a single figure ("more than 117,000 deportations") is not a comparison: the
second figure must carry a determiner ("than the 271,000", "than last year's 290") or a
multiple. Nor is an amount set after a level of its kind: in "1,500 homes were built, 300
more than the 1,200 the year before" and "£40m, £15m over its £25m budget" the amount is
the gap between the two, checked as a difference by `arithmetic/sum`; nor is an amount
right before "more than" ("The fare is £3 more than the £12 it cost last year"), nor the
amount of a change ("an increase of 40 over last year's 420").

**Across sentences.** When the comparison's first figure is in an earlier sentence of the
paragraph ("US firms added only 146,000 jobs. The gain in payrolls was below expectations
of 190,000"), it is found by a pointing subject ("This", "The figure": the last figure of
the same kind in the sentence before) or by the measure the subject names (payrolls are
jobs); a finding made so is a warning. So is a bound on a multiple or fraction of "that
sum" (figure, amount, total) the sentence before gives: "The charity needs £500,000. The
council has pledged £150,000, less than a third of that sum" (a rate restated beside the
sum, "about £9,600 a week", is not the figure pointed to).

**Why.** A comparison that points the wrong way says the opposite of the figures.

**Tolerance.** Figures as for `arithmetic/percent-change`; the rule fires only when no
reading of the two figures satisfies the comparison.

**Example.**

    The council approved 310 homes this year, fewer than the 290 homes approved last year.

**Fix.** Correct a figure or turn the comparison round."#,
};

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"{F:a}(?P<gap>[^#.;]{0,60}?)\b(?P<op>fewer than|less than|lower than|smaller than|below|under|",
        r"more than|greater than|higher than|larger than|bigger than|above|over|",
        r"exceeds|exceeded|exceeding|exceed|outnumbers|outnumbered|outnumber|",
        r"surpassed|surpasses|surpassing|tops|topped|topping|up on|down on|ahead of|short of|",
        r"narrower than|wider than|longer than|shorter than|fell short of|falls short of|falling short of|",
        r"beat|beats|beating|missed|misses|missing|",
        r"(?:a |an )?(?:smaller|bigger|larger|steeper|sharper|greater|slower|faster) (?:fall|drop|decline|decrease|rise|increase|gain|growth|jump) than) ",
        r"(?P<mult>(?:double|twice|triple|treble|half|a third|a quarter|a fifth|a tenth|(?:two|three|four|five|ten) times) (?:of )?)?",
        r"(?P<det>(?:(?:the|its|their|last year's|this year's|[a-z0-9-]+'s) ){1,2}(?:(?:[a-z-]+ )?(?:low|high|peak|record|total|figure|level|forecast|estimate|target|average) of )?)?",
        r"{F:b}"
    ))
});

/// A comparison whose word the extractor took into a year ("lower than 2019's $950m
/// loss" gives the figure "lower than 2019"): the year's possessive names the second
/// figure's period.
static YEAR_POSSESSIVE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"{F:a}(?P<gap>[^#.;]{0,60}?)#n(?P<y>\d+)#'s (?:[a-z-]+ )?{F:b}"));

/// The comparison stated before its subject: "fell short of the 2.4% the treasury had
/// forecast, at 2.9%", "beat the 2.1 bln stg forecast, reaching 1.9 bln stg".
static SUBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?P<op>fell short of|falls short of|beat|beats|missed|misses|topped|exceeded|surpassed) ",
        r"(?:the|its|their|a|an|[a-z0-9-]+'s) {F:b}(?P<mid>[^#.;]{0,50}?), ",
        r"(?:at|reaching|coming in at|with|to) {F:a}(?:[.;]|$)"
    ))
});

/// Whether `op`, a word of comparison, says the first figure is the smaller.
fn says_less(op: &str) -> bool {
    let first = op
        .trim_start_matches("a ")
        .trim_start_matches("an ")
        .split(' ')
        .next()
        .unwrap_or(op);
    matches!(
        op,
        "fewer than"
            | "less than"
            | "lower than"
            | "smaller than"
            | "below"
            | "under"
            | "down on"
            | "short of"
            | "narrower than"
            | "shorter than"
            | "fell short of"
            | "falls short of"
            | "falling short of"
            | "missed"
            | "misses"
            | "missing"
    ) || (op.ends_with(" than") && matches!(first, "smaller" | "slower"))
}

/// Words of comparison that are also verbs of other meanings ("missed the 30-day
/// deadline", "a 68, beating the 70 he shot on Friday"): they compare a figure only with
/// an expectation ("beating the 1.4% rise economists had forecast"), named in the few
/// words after it.
const EXPECTATION_VERBS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "missed",
    "misses",
    "missing",
    "fell short of",
    "falls short of",
    "falling short of",
];

/// Words that say a figure is an expectation rather than an outcome.
static EXPECTATION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:forecasts?|expect\w*|predict\w*|targets?|estimates?|projected|consensus|guidance|anticipated|budgeted|planned)\b",
    )
});

/// Whether the words straight after the end of a match (up to the next figure) name an
/// expectation.
fn expectation_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.split('#').next().unwrap_or(rest);
    let rest = rest.get(..rest.len().min(50)).unwrap_or(rest);
    EXPECTATION.is_match(rest)
}

/// "less than half the B", "more than a third of the B", "more than three times as many
/// as the B": the extractor reads the
/// fraction and its qualifier as one percentage figure.
static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"{F:a}(?P<gap>[^#.;]{0,60}?)(?:#p(?P<f>\d+)#|#n(?P<t>\d+)# times(?: as (?:many|much|high|large|big) as)?) (?:of )?",
        r"(?:(?:the|its|their|last year's|this year's|[a-z]+'s) ){0,2}",
        r"{F:b}"
    ))
});

/// Words without which no pattern can match: a cheap test before the patterns run.
pub(super) static HINT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:than|below|under|above|over|exceed\w*|outnumber\w*|surpass\w*|tops?|topped|topping|times|up on|down on|ahead of|short of|beat\w*|miss\w*)\b|#'s ",
    )
});

/// Words between the first figure and the comparison that start another clause, whose
/// subject need not be the first figure: "hired 20 staff but lost more than the 45".
static NEW_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b{}\b",
        crate::lexicon::alternation(crate::lexicon::CLAUSE_OPENERS)
    ))
});

/// Whether the comparison's subject may be something other than the first figure: a
/// new clause starts between them, unless all it has before the comparison is a word
/// or two of degree ("…, but slightly lower than", "but short of").
fn other_subject(cap: &regex::Captures<'_>) -> bool {
    cap.name("gap").is_some_and(|g| {
        let g = g.as_str();
        let Some(last) = NEW_CLAUSE.find_iter(g).last() else {
            return false;
        };
        let rest = g.get(last.end()..).unwrap_or("");
        let plain = rest.split_whitespace().all(|w| {
            matches!(
                w,
                "slightly" | "marginally" | "well" | "far" | "much" | "just" | "still" | "way"
            )
        });
        !(plain && rest.split_whitespace().count() <= 1 && !g.contains(" and "))
    })
}

/// The figure a comparison's subject is when the one just before the comparison is of
/// another kind ("rise by 4.5% to $220bn - less than the 5.1% increase"): the nearest
/// earlier figure of `b`'s kind in the sentence with no new clause after it.
fn subject_like<'a>(skel: &Skeleton<'a>, a: &'a Claim, b: &'a Claim) -> Option<&'a Claim> {
    if figure::comparable(a, b) {
        return Some(a);
    }
    let at = skel.figs.iter().position(|f| f.start == a.start)?;
    skel.figs[..at]
        .iter()
        .rev()
        .take(2)
        .find(|f| figure::comparable(f, b))
        .copied()
}

/// Words that also qualify a single figure ("more than 117,000"); as a comparison they
/// need a determiner or a multiple before the second figure.
const QUALIFIER_WORDS: &[&str] = &[
    "fewer than",
    "less than",
    "more than",
    "below",
    "under",
    "above",
    "over",
];

/// A comparison found: the two figures, whether the first is said to be the smaller,
/// the factor and the words.
type Found<'a> = (&'a Claim, &'a Claim, bool, f64, String);

/// A [`Comparison`] for every comparison `skel` makes between two of its figures.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    recognise_with(skel, |c| frames.id_of(c), out);
}

/// A [`Comparison`] between two lengths of time: "some passengers waited 1hr 10min, more
/// than twice the airport's 30-minute target". Durations are framed apart
/// ([`Frames::durations`]), so each sentence with two lengths is read on its own, with
/// its quantities; [`judge`] sets the lengths in one unit.
pub(crate) fn recognise_lengths(
    doc: &crate::document::Document,
    frames: &Frames<'_>,
    out: &mut Vec<Relation>,
) {
    crate::rules::figure::each_two_lengths(doc, frames, |skel, id_of| {
        recognise_with(skel, id_of, out);
    });
}

/// [`recognise`] on one skeleton, its figures' ids given by `id_of`.
fn recognise_with(
    skel: &Skeleton<'_>,
    id_of: impl Fn(&Claim) -> Option<crate::frame::FigureId>,
    out: &mut Vec<Relation>,
) {
    if !HINT.is_match(&skel.text) && !skel.has_word_fraction() {
        return;
    }
    let found = [
        stated(skel),
        after_a_year(skel),
        subject_after(skel),
        fractions(skel),
    ];
    for (a, b, less, factor, phrase) in found.into_iter().flatten() {
        if let (Some(a), Some(b)) = (id_of(a), id_of(b)) {
            out.push(Relation::Comparison(Comparison {
                a,
                b,
                less,
                factor,
                phrase,
            }));
        }
    }
}

/// A comparison word between two figures: "fewer than the B", "more than double the B".
fn stated<'a>(skel: &Skeleton<'a>) -> Vec<Found<'a>> {
    let mut found = Vec::new();
    for cap in PATTERN.captures_iter(&skel.text) {
        let (Some(a), Some(b), Some(op)) = (
            skel.captured(&cap, "a"),
            skel.captured(&cap, "b"),
            cap.name("op"),
        ) else {
            continue;
        };
        let op = op.as_str();
        let mult = cap
            .name("mult")
            .map(|m| m.as_str().trim().trim_end_matches(" of"));
        let det = cap.name("det").is_some_and(|m| !m.as_str().is_empty());
        if other_subject(&cap) || (QUALIFIER_WORDS.contains(&op) && mult.is_none() && !det) {
            continue;
        }
        let whole = cap.get(0).map_or(0, |m| m.end());
        if EXPECTATION_VERBS.contains(&op) && !(det && expectation_after(&skel.text, whole)) {
            continue;
        }
        let less = says_less(op);
        let Some(k) = factor(mult) else { continue };
        let Some(a) = subject_like(skel, a, b) else {
            continue;
        };
        if mult.is_none()
            && (gap_after_a_level(skel, &cap, a)
                || gap_alone(&cap, op)
                || amount_of_a_change(skel, &cap))
        {
            continue;
        }
        let phrase = match mult {
            Some(m) => format!("{op} {m}"),
            None => op.to_string(),
        };
        found.push((a, b, less, k, phrase));
    }
    found
}

/// An amount set after a level, before the comparison: "1,500 homes were built, 300
/// more than the 1,200 the year before", "cost £40m, £15m over its £25m budget", "pay was
/// £31,000, £2,000 more than in 2022 and £4,000 more than the £27,000 of 2019". The
/// amount is the gap between the level and the figure after the comparison (a stated
/// difference, `arithmetic/sum`), not a figure compared with it.
static AFTER_A_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    let qual = crate::lexicon::alternation(crate::lexicon::FIGURE_QUALIFIERS);
    compile(&format!(
        r"#[nmp](?P<level>\d+)#(?P<own>[^#.;]{{0,70}}?)(?:,| -| –| \() ?(?:{qual}?#[nmp]\d+#[^#.;]{{0,50}}? and )?{qual}?$"
    ))
});

/// Whether the first figure of `cap`, `a`, is an amount set after a level of its kind
/// ([`AFTER_A_LEVEL`]) with no new clause between them.
fn gap_after_a_level(skel: &Skeleton<'_>, cap: &regex::Captures<'_>, a: &Claim) -> bool {
    // (the captured digits sit inside their marker, "#m12#")
    let Some(marker) = cap.name("a").map(|m| m.start().saturating_sub(2)) else {
        return false;
    };
    let before = skel.text.get(..marker).unwrap_or("");
    AFTER_A_LEVEL.captures(before).is_some_and(|c| {
        let own = c.name("own").map_or("", |m| m.as_str());
        skel.captured(&c, "level")
            .is_some_and(|level| figure::comparable(level, a))
            && !NEW_CLAUSE.is_match(own)
    })
}

/// A noun of change and its "of" right before a figure: "an increase of ".
static CHANGE_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let qual = crate::lexicon::alternation(crate::lexicon::FIGURE_QUALIFIERS);
    compile(&format!(
        r"\b(?:increase|rise|jump|gain|boost|improvement|fall|drop|decline|decrease|cut|reduction) of {qual}?$"
    ))
});

/// Whether the first figure of `cap` is the amount of a change ("an increase of 40 over
/// last year's 420"): what the level rose by, never a level compared with the other.
fn amount_of_a_change(skel: &Skeleton<'_>, cap: &regex::Captures<'_>) -> bool {
    // (the captured digits sit inside their marker, "#n12#")
    let Some(marker) = cap.name("a").map(|m| m.start().saturating_sub(2)) else {
        return false;
    };
    CHANGE_OF_BEFORE.is_match(skel.text.get(..marker).unwrap_or(""))
}

/// Whether the first figure stands right before "more than" or "fewer than" ("The fare is
/// £3 more than the £12 it cost last year", "it sold 3,000 more than the 16,400 of
/// 2019"): an amount by which one level exceeds the other, which has no level before
/// it to be the gap from, not a level compared.
fn gap_alone(cap: &regex::Captures<'_>, op: &str) -> bool {
    let touching = cap
        .name("gap")
        .is_some_and(|g| g.as_str().trim().is_empty());
    touching && op.ends_with(" than") && op.split(' ').count() == 2
}

/// A comparison with a year's figure: "lower than 2019's $950m loss".
fn after_a_year<'a>(skel: &Skeleton<'a>) -> Vec<Found<'a>> {
    let mut found = Vec::new();
    for cap in YEAR_POSSESSIVE.captures_iter(&skel.text) {
        let (Some(a), Some(b), Some(y)) = (
            skel.captured(&cap, "a"),
            skel.captured(&cap, "b"),
            skel.captured(&cap, "y"),
        ) else {
            continue;
        };
        let text = y.text.to_ascii_lowercase();
        let Some(op) = [
            "lower than",
            "higher than",
            "less than",
            "more than",
            "smaller than",
            "bigger than",
            "larger than",
            "greater than",
            "fewer than",
            "below",
            "above",
        ]
        .into_iter()
        .find(|op| {
            text.strip_prefix(op)
                .is_some_and(|rest| is_year(rest.trim()))
        }) else {
            continue;
        };
        if other_subject(&cap) {
            continue;
        }
        let Some(a) = subject_like(skel, a, b) else {
            continue;
        };
        found.push((a, b, says_less(op), 1.0, op.to_string()));
    }
    found
}

/// A comparison stated before its subject: "fell short of the 2.4% forecast, at 2.9%".
fn subject_after<'a>(skel: &Skeleton<'a>) -> Vec<Found<'a>> {
    let mut found = Vec::new();
    for cap in SUBJECT_AFTER.captures_iter(&skel.text) {
        let (Some(a), Some(b), Some(op)) = (
            skel.captured(&cap, "a"),
            skel.captured(&cap, "b"),
            cap.name("op"),
        ) else {
            continue;
        };
        let mid = cap.name("mid").map_or("", |m| m.as_str());
        if NEW_CLAUSE.is_match(mid) || !EXPECTATION.is_match(mid) {
            continue;
        }
        let op = op.as_str();
        found.push((a, b, says_less(op), 1.0, op.to_string()));
    }
    found
}

/// A fraction or multiple with a qualifier: "less than half the B", "more than three times the B".
fn fractions<'a>(skel: &Skeleton<'a>) -> Vec<Found<'a>> {
    let mut found = Vec::new();
    for cap in FRACTION.captures_iter(&skel.text) {
        if other_subject(&cap) {
            continue;
        }
        let times = skel.captured(&cap, "t");
        let (Some(a), Some(b), Some(fr)) = (
            skel.captured(&cap, "a"),
            skel.captured(&cap, "b"),
            skel.captured(&cap, "f").or(times),
        ) else {
            continue;
        };
        let fraction = times.is_none();
        if (fraction && !crate::interval::is_word_fraction(fr)) || a.kind == Kind::Percent {
            continue;
        }
        let less = match fr.qualifier {
            Qualifier::LessThan | Qualifier::AtMost => true,
            Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::JustOver => false,
            _ => continue, // "half the B" is a multiple, checked by arithmetic/multiple
        };
        let scale = if fraction { 0.01 } else { 1.0 };
        let Some(k) = fr.value.map(|v| v * scale) else {
            continue;
        };
        let phrase = if fraction {
            said(fr)
        } else {
            format!("{} times", said(fr))
        };
        found.push((a, b, less, k, phrase));
    }
    found
}

/// A year as copy writes it: four digits from 1900 to 2099.
fn is_year(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s.starts_with("19") || s.starts_with("20"))
}

fn factor(mult: Option<&str>) -> Option<f64> {
    let Some(m) = mult else { return Some(1.0) };
    let m = m.trim_end_matches(" of").trim_start_matches("a ");
    Some(match m.split_whitespace().next().unwrap_or(m) {
        "double" | "twice" | "two" => 2.0,
        "triple" | "treble" | "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "ten" => 10.0,
        "half" => 0.5,
        "third" => 1.0 / 3.0,
        "quarter" => 0.25,
        "fifth" => 0.2,
        "tenth" => 0.1,
        _ => return None,
    })
}

/// `less`: the copy says A is below k × B; otherwise above it.
/// The mismatch in a comparison no reading of its two figures satisfies.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Comparison) -> Option<Mismatch> {
    let (a, b) = (frames.claim(rel.a)?, frames.claim(rel.b)?);
    // ("1hr 10min, more than twice the 30-minute target": lengths in one unit)
    let lengths = figure::lengths_in_one_unit(&[a, b]);
    let (a, b) = match lengths.as_deref() {
        Some([a, b]) => (a, b),
        _ => (a, b),
    };
    let (less, k, phrase) = (rel.less, rel.factor, rel.phrase.as_str());
    if a.start == b.start || !figure::comparable(a, b) {
        return None;
    }
    let ab = Interval::of(a, Tolerance::Arithmetic)?;
    // a target is the figure itself, however round: "slightly lower than the two
    // million tonnes it had aimed for" is below 2m, not below 2.1m
    let kb = match b.value {
        Some(v) if is_a_target(b) => Interval::exact(v),
        _ => Interval::of(b, Tolerance::Arithmetic)?,
    }
    .scale(k);
    let holds = if less { ab.lo < kb.hi } else { ab.hi > kb.lo };
    if holds {
        return None;
    }
    // (lengths of time print their unit: "70 minutes is at most 78 minutes")
    let target = figure::length_range(b, kb);
    let target = if k == 1.0 {
        target
    } else {
        format!("{} × {} = {target}", crate::num::format(k, 2), said(b))
    };
    let relation = if less { "at least" } else { "at most" };
    let a_range = figure::length_range(a, ab);
    Some(
        Mismatch::new(
            super::COMPARISON.id,
            a.start.min(b.start)..a.end.max(b.end),
            format!(
                "'{} {phrase} {}' does not hold: {a_range} is {relation} {target}",
                said(a),
                said(b),
            ),
        )
        .copy(Side::copy(phrase).shown(format!("{} {phrase} {}", said(a), said(b))))
        .right(Side::computed(format!("{a_range} {relation} {target}")))
        .compared(a, b)
        .tolerance(Tolerance::Arithmetic, None)
        .key([said(a), phrase.to_string(), said(b)]),
    )
}

/// Whether the words round `b` make it a target someone set ("the two million tonnes it
/// had aimed for", "its target of 2%"), which is meant exactly.
fn is_a_target(b: &Claim) -> bool {
    let sentence = b.sentence.to_ascii_lowercase();
    let Some(at) = sentence.find(&b.text.to_ascii_lowercase()) else {
        return false;
    };
    let before = sentence.get(..at).unwrap_or("");
    let after = sentence.get(at + b.text.len()..).unwrap_or("");
    let after: Vec<&str> = after.split_whitespace().take(6).collect();
    let target_word = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
        matches!(w, "aimed" | "targeted" | "target" | "goal")
    };
    let cut = after
        .iter()
        .position(|w| w.ends_with([',', '.', ';']))
        .map_or(after.len(), |i| i + 1);
    after[..cut].iter().any(target_word)
        || before.trim_end().ends_with("target of")
        || before.trim_end().ends_with("goal of")
}

#[cfg(test)]
mod tests {
    use crate::extract::{Kind, Qualifier};
    use crate::rules::figure::testing::{messages, Spec};

    const EX: Qualifier = Qualifier::Exact;

    fn run(text: &str, specs: &[Spec<'_>]) -> Vec<String> {
        messages(super::super::check, text, specs)
    }

    #[test]
    fn false_fewer_than_is_flagged_true_one_passes() {
        let got = run(
            "The council approved 310 homes this year, fewer than the 290 homes last year.",
            &[
                ("310", Kind::Number, 310.0, EX, 0.5, Some("homes")),
                ("290", Kind::Number, 290.0, EX, 0.5, Some("homes")),
            ],
        );
        assert_eq!(
            got,
            vec![
                "consistency/comparison | '310 fewer than 290' does not hold: 310 is at least 290"
            ]
        );
        let got = run(
            "Officials forecast around 212,000 deportations, which is fewer than the 271,000 counted a year earlier.",
            &[
                (
                    "around 212,000",
                    Kind::Number,
                    212000.0,
                    Qualifier::Approximate,
                    500.0,
                    Some("people"),
                ),
                (
                    "271,000",
                    Kind::Number,
                    271000.0,
                    EX,
                    500.0,
                    Some("removals"),
                ),
            ],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn qualifier_is_not_a_comparison() {
        let got = run(
            "Staff handled 40 cases, more than 90 hours of work.",
            &[
                ("40", Kind::Number, 40.0, EX, 0.5, Some("cases")),
                ("90", Kind::Number, 90.0, EX, 0.5, Some("hours")),
            ],
        );
        assert!(got.is_empty(), "{got:?}");
    }
}

//! `arithmetic/multiple`: doubled, tripled, halved, "N times", "a third of" against the
//! two figures given.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Claim, Kind, Qualifier};
use crate::frame::relation::{Multiple, Relation};
use crate::frame::Frames;
use crate::lexicon;
use crate::pattern::compile_all;
use crate::rules::figure::{self, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// `arithmetic/multiple`: Doubled, tripled, halved or N times does not match the figures given.
pub const MULTIPLE: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::Multiple,
    default_severity: crate::finding::Severity::Error,
    summary: "Doubled, tripled, halved or N times does not match the figures given.",
    doc: r#"Checks words of multiplication against the two figures they relate: "doubled from A to B" (or "tripled since 2015, from A to B"),
"halved to B from A", "B, twice the A", "B is three times the A", "B, half the A", "B, a
third of the A", "B, eight times the average salary of A", "B is 10 times average earnings of A", "about 1.6 times the average classroom teacher's salary of A", "nearly doubled", "roughly tripled", "more than doubled", "rose threefold,
from A to B", "a 10-fold increase in claims, from A to B", "B, up from A - more than
three times as many" (the change restated, so "more than" is a floor the figures must
clear), and a figure restated against the one just before it, the multiple closing the
clause: "average pay is A, while the chief executive earns B, 40 times as much", "B,
twice as much as in 2010, when the bill was A", "B, twice the number five years ago,
when it was A", "A a day,
and now B a day, three times that" (either figure may be the larger: "12 voted for and
six against, twice as many"; "twice as many as in 2010" names another base and is left
alone, as is a later figure given as a change's base, "600, up from 300, twice as
many", which the pattern before reads). The multiple may close the sentence after the
one that gives the base, which is then the last figure of the multiple's kind there:
"The state has asked for $1.5 billion in aid. The last storm drew $900 million,
three-fifths as much" (a warning, as any reading across sentences). A yearly rate restated over a span of years is
checked as any rate over another period: "1,400 new homes a year, or 14,000 over the
coming decade", "£30m a year, or £150m over 5 years".

**Why.** "Doubled" is a strong word; when the figures beside it show a rise of half, readers
notice.

**Tolerance.** Figures as for `arithmetic/percent-change`; a bare multiple allows ±5%
("doubled" is 1.9 to 2.1 times), "about"/"roughly" ±10%, "nearly"/"almost" 80% to 102% of it,
"more than doubled" anything from 1.96 times up. "Three times more than" is also read as
four times. "More than double the A" between two figures is left to
`consistency/comparison`.

A length is checked too when its sentence gives the old and the new one in one unit:
"We have doubled paid leave: it was 10 weeks … we have taken it up to 16 weeks", "The
wait has halved, from 18 months to 12 months", "waited an average of 52 minutes, almost
three times the 18-minute target". A duration in words is a whole count.

A rate restated over another period is the same multiplication: "2,000 vans a week, or
about 150,000 a year" is 104,000 a year (a year read as 52 to 52.29 weeks, 12 months or
364 to 366 days; a month as 4 to 4.43 weeks or 28 to 31 days). The restatement must
stand beside the rate (", or", "equivalent to", "which works out at", a dash or a
bracket), or follow a bare comma and close the sentence or its clause ("costs £2m a year, £40,000 a
week.", "needs £500,000 a year, about £9,600 a week, to keep going", and after a clause of
what the rate is for when the restatement says it is rough: "pays the firm £3.2m a year
to run routes that would not otherwise make money, about £62,000 a week"; a list of prices
going on, "£5 a day, £30 a week, or £100 a month", is left alone, and a price listed
after a bare comma, "£3 a day, £12 a week", is read as an offer). A total over a period that has passed is a rate too: "1,500 burglaries last
year, or about four a day", "300 homes in 2023, or 25 a month", "£520 over the past year
- £10 a week", "4,200 patients in March, an average of 140 a day" (a month named has
its own days: March 31, February 28 to 29), "in the 12 months to June, 4,350 people were
hurt, about 12 a day", "demand peaked in December, when 7,400 parcels went out, an
average of almost 240 a day" (another stretch of time named in between, "over the past
five years", leaves it alone), "last year the agency carried 520 million passengers, or about 1.4
million a day", "2,960 hours were lost in November as crews waited, the equivalent of
about 99 hours a day" (a length, when its sentence gives no other figure), "186,000
vehicles in the quarter, or about 2,000 a day" (a quarter is
three months, 90 to 92 days; "this year" may be a part of one, and is left alone). A price is often offered both ways, the longer period for less ("£4.99 a month
or £50 a year", "£120 a year, or £12 a month"): unless the copy calls it the equivalent,
a price (both amounts under 10,000) is flagged only when the longer period costs more
than the shorter one gives, and never after a bare "or"; larger sums are one sum restated ("spends £2.4m a year on street
lighting, or £200,000 a month").

**Example.**

    Applications doubled from 400 to 620 in a year.

computes 1.55 times; the copy says doubled (1.9 to 2.1 times).

**Fix.** Use the multiple the figures give ("rose by half"), or correct a figure."#,
};

const VERB: &str = r"(?P<w>doubled|tripled|trebled|quadrupled|halved)";
const TIMES_WORDS: &str = r"(?P<w>double|twice|triple|treble|quadruple|half|a half|a third|a quarter|a fifth|a tenth|one third|one quarter|one fifth|one tenth|(?:two|three|four|five|six|seven|eight|nine|ten) times)";

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let qualifiers = lexicon::alternation(lexicon::MULTIPLE_QUALIFIERS);
    let qual = format!("(?P<q>{qualifiers})?");
    let times = format!(
        r"(?:\b(?P<q2>{qualifiers})?{TIMES_WORDS}|(?P<w2>#n(?P<k>\d+)# times|#p(?P<f>\d+)#))"
    );
    let pats: Vec<String> = vec![
        // doubled from A to B; doubled in five years, from A to B; tripled since 2015,
        // from A to B
        format!(
            r"\b{qual}{VERB},? (?:(?:in|over|within) (?:[a-z0-9-]+ ){{0,3}}?(?:years?|months?|decades?|weeks?|days?), |since (?:19|20)\d\d, )?{{W}}from {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}"
        ),
        // doubled to B from A
        format!(r"\b{qual}{VERB},? {{W}}to {{W}}{{F:b}}{{G}}\bfrom {{W}}{{F:a}}"),
        // rose threefold, from A to B; a 10-fold rise in claims, from A to B
        format!(
            r"(?:^|[^a-z]){qual}(?:(?:rose|grew|increased|jumped|climbed|soared|surged) )?(?:by )?(?:an? )?(?:(?P<w3>(?:two|three|four|five|six|seven|eight|nine|ten)fold)|(?P<w4>#n(?P<k>\d+)#-fold))(?: (?:rises?|increases?|jumps?|growth|surges?)(?: (?:in|of) (?:[a-z]+ ){{0,4}}?[a-z]+)?)?,? {{W}}from {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}"
        ),
        // A ... doubled to B
        format!(r"{{F:a}}{{G}}\b{qual}{VERB} {{W}}to {{W}}{{F:b}}"),
        // B, double the A; B is three times the A; B, a third of the A; B, eight times
        // the average salary of A; B is 10 times average earnings of A
        format!(
            r"{{F:b}}{{G}}{times}(?P<more> more| higher| larger| bigger| greater)?(?: than)? (?:as (?:many|much|high|large|big) as )?(?:of )?(?:(?:the |its |their |[a-z]+'s )(?:[a-z'-]+ ){{1,4}}?of |(?:average|median|mean|typical) (?:[a-z'-]+ ){{0,3}}?of |(?:the |that of |those of |its |their |last year's |the previous |[a-z]+'s ){{0,2}}){{F:a}}"
        ),
        // B, up from A on a typical day - more than three times as many; B, compared
        // with A, twice the number: the change restated, so "more than" is a floor the
        // figures must clear, as after a verb
        format!(
            r"(?P<restated>){{F:b}}{{G}}\b(?:up from|down from|compared with|compared to|against|versus) {{W}}{{F:a}}{{G}}{times} (?:as (?:many|much|high|large|big)|the (?:number|level|figure|amount|total)|more|higher|larger|greater)\b"
        ),
        // B, twice as much as in 2010, when the bill was A; B, twice the number five
        // years ago, when it was A: the earlier level given in a clause of its own
        format!(
            r"{{F:b}}{{G}}{times} (?:as (?:many|much|high|large|big) as|the (?:number|level|figure|amount|total)) (?:(?:in|at|during|on) [a-z0-9 ]{{1,20}}?|[a-z0-9 ]{{1,20}}? (?:ago|earlier|before)|last (?:year|month|week|decade)),? when [^#.;]{{0,40}}?{{F:a}}"
        ),
        // A, while the chief executive earns B, 40 times as much; 2,000 cars a day, and
        // now 9,000 a day, more than four times that: B restated against the figure just
        // before it, the phrase closing its clause ("twice as many as in 2010" names
        // another). Either figure may be the larger ("12 voted for and six against, twice
        // as many"), and a later figure given as where a change came from ("600, up from
        // 300, twice as many") is the pattern above's.
        format!(
            r"(?P<restated>)(?P<either>){{F:a}}(?P<gap>{{G}}){{F:b}}[^#.,;]{{0,30}}, (?:or )?{times} (?:as (?:many|much|high|large|big)|that)(?:[.,;)]|$)"
        ),
    ];
    let refs: Vec<&str> = pats.iter().map(String::as_str).collect();
    compile_all(&refs)
});

/// Words without which no pattern can match: a cheap test before the patterns run.
static HINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"doubl|tripl|trebl|quadrupl|halv|twice|half|times|third|quarter|fifth|tenth|fold",
    )
});

/// Findings for every multiple in `skel` that the figures it relates cannot give.
/// A [`Multiple`] for every word of multiplication in `skel` relating two figures.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    recognise_with(skel, |c| frames.id_of(c), out);
}

/// A [`Multiple`] between two lengths of time: "waited an average of 52 minutes, almost
/// three times the 18-minute target". Durations are framed apart ([`Frames::durations`]),
/// so each sentence with two lengths in one unit is read on its own, its quantities (the
/// "three times") with them.
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
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for re in PATTERNS.iter() {
        for cap in re.captures_iter(&skel.text) {
            let (Some(a), Some(b), Some(w)) = (
                skel.captured(&cap, "a"),
                skel.captured(&cap, "b"),
                cap.name("w")
                    .or_else(|| cap.name("w2"))
                    .or_else(|| cap.name("w3"))
                    .or_else(|| cap.name("w4")),
            ) else {
                continue;
            };
            if seen.contains(&(a.start, b.start)) {
                continue;
            }
            seen.push((a.start, b.start));
            let mut q = cap
                .name("q")
                .or_else(|| cap.name("q2"))
                .map_or("", |m| m.as_str().trim());
            let mut words = w.as_str().to_string();
            let k = match skel.captured(&cap, "f") {
                // a fraction the extractor read as a percentage: "half", "about a third"
                Some(fr) => {
                    if !crate::interval::is_word_fraction(fr) {
                        continue;
                    }
                    q = match fr.qualifier {
                        Qualifier::Exact => "",
                        Qualifier::Approximate => "about",
                        Qualifier::Nearly => "nearly",
                        _ => continue, // "less than half": a comparison
                    };
                    words = said(fr);
                    fr.value.map(|v| v / 100.0)
                }
                None => match skel.captured(&cap, "k") {
                    // "three times" read as a figure, perhaps with its qualifier
                    Some(kf) => {
                        q = match kf.qualifier {
                            Qualifier::Exact => "",
                            Qualifier::Approximate => "about",
                            Qualifier::Nearly => "nearly",
                            // "more than three times as many": a floor where the
                            // change is restated, else a comparison (see `allowed`)
                            Qualifier::MoreThan => "more than",
                            Qualifier::AtLeast => "at least",
                            Qualifier::JustOver => "just over",
                            _ => continue, // "fewer than three times": a comparison
                        };
                        words = if cap.name("w4").is_some() {
                            format!("{}-fold", said(kf))
                        } else {
                            format!("{} times", said(kf))
                        };
                        factor(&words, Some(kf))
                    }
                    None => factor(&words, None),
                },
            };
            let Some(k) = k else { continue };
            if cap.name("either").is_some()
                && gap_compares(cap.name("gap").map_or("", |g| g.as_str()))
            {
                continue;
            }
            // (the multiple relates the larger to the smaller, whichever comes first)
            let (a, b) = match (a.value, b.value) {
                (Some(av), Some(bv)) if cap.name("either").is_some() && (bv < av) == (k > 1.0) => {
                    (b, a)
                }
                _ => (a, b),
            };
            let more = cap.name("more").is_some();
            let verb = w.as_str().ends_with("ed") || cap.name("restated").is_some();
            let (Some(from), Some(to)) = (id_of(a), id_of(b)) else {
                continue;
            };
            out.push(Relation::Multiple(Multiple {
                from,
                to,
                factor: k,
                qualifier: q.to_string(),
                words,
                more,
                verb,
            }));
        }
    }
}

/// Whether the copy between two figures ends by setting the second against the first
/// ("up from", "compared with", "than", "against"): then the second is a change's base
/// or a comparison's, not a figure the multiple restates.
fn gap_compares(gap: &str) -> bool {
    let gap = gap.trim_end();
    ["from", "than", "with", "against", "versus", "to", "on"]
        .iter()
        .any(|w| gap.ends_with(w) && gap[..gap.len() - w.len()].ends_with([' ', '(']) || gap == *w)
}

/// The factor a multiple word names.
fn factor(w: &str, k_fig: Option<&Claim>) -> Option<f64> {
    if let Some(k) = k_fig {
        return k.value.filter(|_| k.kind == Kind::Number);
    }
    let first = w.split_whitespace().last().unwrap_or(w);
    let stem = if w.ends_with(" times") {
        w.split_whitespace().next().unwrap_or(w)
    } else {
        // ("threefold" is three times)
        first.strip_suffix("fold").unwrap_or(first)
    };
    Some(match stem {
        "doubled" | "double" | "twice" | "two" => 2.0,
        "tripled" | "trebled" | "triple" | "treble" | "three" => 3.0,
        "quadrupled" | "quadruple" | "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "halved" | "half" => 0.5,
        "third" => 1.0 / 3.0,
        "quarter" => 0.25,
        "fifth" => 0.2,
        "tenth" => 0.1,
        _ => return None,
    })
}

/// The ratios B ÷ A the words allow.
fn allowed(k: f64, q: &str, more: bool, verb: bool) -> Option<Vec<Interval>> {
    // "more than halved" means it fell below half; "more than half" means above it.
    let shrink = verb && k < 1.0;
    let b = |lo: f64, hi: f64| Interval { lo, hi };
    let one = match q {
        "" => b(k * 0.95, k * 1.05),
        "about" | "around" | "roughly" | "close to" => b(k * 0.9, k * 1.1),
        "nearly" | "almost" | "just under" if shrink => b(k * 0.95, k * 1.2),
        "nearly" | "almost" | "just under" => b(k * 0.8, k * 1.02),
        "more than" | "over" | "just over" | "at least" if !verb => return None,
        "more than" | "over" | "just over" | "at least" if shrink => b(0.0, k * 1.02),
        "more than" | "over" | "just over" | "at least" => b(k * 0.98, f64::INFINITY),
        _ => return None, // "less than double": a comparison, left to consistency/comparison
    };
    let mut out = vec![one];
    if more && k >= 1.0 {
        // "three times more than" is read by many as four times as many
        out.push(one.scale((k + 1.0) / k));
    }
    Some(out)
}

/// Whether `w` opens with a qualifier of its own ("almost half", "about a third").
fn says_its_qualifier(w: &str) -> bool {
    let lower = format!("{} ", w.to_lowercase());
    lexicon::MULTIPLE_QUALIFIERS
        .iter()
        .chain(lexicon::SHARE_QUALIFIERS)
        .any(|q| lower.starts_with(q))
}

/// The mismatch in a multiple the figures it relates cannot give.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Multiple) -> Option<Mismatch> {
    let (a, b) = (frames.claim(rel.from)?, frames.claim(rel.to)?);
    // ("1hr 10min, more than twice the 30-minute target": lengths in one unit)
    let lengths = figure::lengths_in_one_unit(&[a, b]);
    let (a, b) = match lengths.as_deref() {
        Some([a, b]) => (a, b),
        _ => (a, b),
    };
    let (k, q, w, more, verb) = (
        rel.factor,
        rel.qualifier.as_str(),
        rel.words.as_str(),
        rel.more,
        rel.verb,
    );
    if a.start == b.start || !figure::comparable(a, b) {
        return None;
    }
    let allowed = allowed(k, q, more, verb)?;
    let ratio =
        Interval::of(b, Tolerance::Arithmetic)?.ratio(Interval::of(a, Tolerance::Arithmetic)?)?;
    if allowed.iter().any(|r| r.overlaps(&ratio)) {
        return None;
    }
    // (a fraction read with its qualifier, "almost half", says its own: never "nearly
    // almost half")
    let words = if q.is_empty() || w.to_lowercase().starts_with(q) || says_its_qualifier(w) {
        w.to_string()
    } else {
        format!("{q} {w}")
    };
    let read_as = format!("{} times", ratio_range(*allowed.first()?));
    Some(
        Mismatch::computed(
            super::MULTIPLE.id,
            b.start..b.end,
            format!("{} against {}", said(b), said(a)),
            format!("{} times", ratio_range(ratio)),
            Side::copy(words.clone()),
        )
        .gloss(read_as.clone())
        .computed_with(
            format!("computed {} ÷ {}", figure::bare(b), figure::bare(a)),
            [b, a],
        )
        .tolerance(
            Tolerance::Arithmetic,
            Some(format!("'{words}' read as {read_as}")),
        )
        .key([said(a), said(b), words]),
    )
}

fn ratio_range(r: Interval) -> String {
    figure::range_text(r, |v| {
        if v.is_infinite() {
            "∞".to_string()
        } else {
            crate::num::format(v, 2)
        }
    })
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
    fn doubled_that_did_not_double_is_flagged() {
        let got = run(
            "Applications doubled from 400 to 620 in a year.",
            &[
                ("400", Kind::Number, 400.0, EX, 0.5, None),
                ("620", Kind::Number, 620.0, EX, 0.5, None),
            ],
        );
        assert_eq!(
            got,
            vec!["arithmetic/multiple | 620 against 400 is 1.55 times; the copy says doubled (1.9 to 2.1 times)"]
        );
    }

    #[test]
    fn rounded_doubling_and_more_than_pass() {
        for (t, a, b) in [
            ("Fees more than doubled from 40 to 95 dollars.", 40.0, 95.0),
            (
                "Costs roughly tripled from 200 to 640 pounds.",
                200.0,
                640.0,
            ),
            ("Trips halved from 800 to 410.", 800.0, 410.0),
        ] {
            let sa = crate::num::format(a, 0);
            let sb = crate::num::format(b, 0);
            let got = run(
                t,
                &[
                    (sa.as_str(), Kind::Number, a, EX, 0.5, None),
                    (sb.as_str(), Kind::Number, b, EX, 0.5, None),
                ],
            );
            assert!(got.is_empty(), "{t}: {got:?}");
        }
    }
}

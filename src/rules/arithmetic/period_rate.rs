//! `arithmetic/multiple` for a rate restated over another period: "2,000 cars a week, or
//! about 150,000 a year" is 104,000 a year; "£40 a month, or £480 a year" holds. The
//! restatement must stand beside the rate ("or", "equivalent to", a bracket, a dash),
//! so two rates of different things in one sentence are never set against each other.
//! A price is often offered both ways, the longer period for less ("£4.99 a month or £50
//! a year", "£120 a year, or £12 a month"): unless the copy says it is the equivalent, a
//! price is flagged only when the longer period costs more than the shorter one gives,
//! and never after a bare "or".

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::extract::Claim;
use crate::frame::relation::{PeriodRate, Relation};
use crate::frame::Frames;
use crate::pattern::compile;
use crate::rules::figure::{self, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// The words of a rate over a period ("a week", "per year"): without them no rate can
/// be restated, a cheap test before the pattern runs.
pub(crate) const PER_PERIOD: &str = r"(?:a|per|each|every) (?:day|week|month|year)";

static HINT: LazyLock<Regex> = LazyLock::new(|| compile(PER_PERIOD));

/// A period right after a figure, perhaps after one word: " a year", " per month",
/// " flights a day", " an hour". Wider than [`PER_PERIOD`], which names only the periods
/// a rate is restated over: any rate over time, a wage by the hour too, is no level.
static PER_PERIOD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^(?: [a-z]+)? (?:a|an|per|each|every) (?:year|month|week|day|hour)\b")
});

/// Whether the lower-case copy `after` a figure makes it a rate over time ("132 a day",
/// "£2m per year"), not a level or a total.
pub(crate) fn per_period_follows(after: &str) -> bool {
    PER_PERIOD_AFTER.is_match(after)
}

/// The words that set a restatement beside a rate or total ("or", "equivalent to", a
/// bracket, a dash), one list for every pattern here.
const RESTATED: &str = r"(?P<how>, or | or |, equivalent to |, the equivalent of |, which is |, which works out at | \(| - |, an average of |, averaging |, at an average of )(?P<eq>the equivalent of |equivalent to )?";

/// A rate, then the same rate over another period beside it.
static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{{N:a}}(?: [a-z]+)? (?:a|per|each|every) (?P<p1>day|week|month|year)(?: [a-z]+){{0,3}}?{RESTATED}(?:roughly |about )?{{N:b}}(?: [a-z]+)? (?:a|per|each|every|over a|in a) (?P<p2>day|week|month|year)\b",
    ))
});

/// A rate restated after a bare comma, closing its sentence or set between commas: "the
/// scheme costs £2m a year, £40,000 a week.", "needs £500,000 a year in extra funding,
/// about £9,600 a week, to keep up" (a list of prices, "£5 a day, £30 a week or £100 a
/// month", goes on past the second with a figure or with "or" or "and").
static BARE_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"{N:a}(?: [a-z]+)? (?:a|per|each|every) (?P<p1>day|week|month|year)(?: [a-z]+){0,3}?(?P<how>, )(?:roughly |about |some )?{N:b}(?: [a-z]+)? (?:a|per|each|every) (?P<p2>day|week|month|year)(?:[.;)]|$|, (?P<then>[a-z]+))",
    )
});

/// A rate, what it is for, then its restatement said to be rough and closing the
/// sentence: "pays the firm £3.2m a year to run routes that would not otherwise make
/// money, about £62,000 a week."
static ROUGHLY_RESTATED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?P<roughly>){N:a}(?: [a-z]+)? (?:a|per|each|every) (?P<p1>day|week|month|year)(?: [a-z'-]+){4,12}?(?P<how>, (?:or )?){N:b}(?: [a-z]+)? (?:a|per|each|every) (?P<p2>day|week|month|year)(?:[.;)]|$)",
    )
});

/// A span of years ahead or behind, as the copy names it: "the coming decade", "the next
/// ten years", "the past 5 years".
const YEARS_SPAN: &str = r"(?:over|in|across|during|within) (?:the |a )?(?:next |coming |following |past |last )?(?P<span_years>decade|(?:two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|[1-9]\d?) years)\b";

/// A yearly rate and the total it makes over a span of years: "1,400 new homes a year,
/// or 14,000 over the coming decade". (The other way round, "£2bn over the next five
/// years, or £400m a year", is an average, `arithmetic/average`'s.)
static OVER_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{{N:a}}(?: [a-z]+){{0,2}}? (?:a|per|each|every) (?P<p1>year)(?: [a-z]+){{0,3}}?{RESTATED}(?:roughly |about |some |nearly |almost )?{{N:b}}(?: [a-z]+){{0,2}}? {YEARS_SPAN}"
    ))
});

/// How many years a span [`YEARS_SPAN`] names holds: "decade" 10, "five years" 5.
fn years_in(span: &str) -> Option<u32> {
    let count = span.strip_suffix(" years").unwrap_or(span);
    match count {
        "decade" => Some(10),
        words => match crate::extract::count_word(words) {
            Some(n) => Some(n as u32),
            None => words.parse().ok(),
        },
    }
    .filter(|&n| n >= 2)
}

/// A total over a period that has passed, then its rate over a shorter one: "1,500
/// burglaries last year, or about four a day", "300 homes in 2023, or 25 a month",
/// "£5,200 over the past year - £100 a week". The restatement must follow at once.
static OVER_A_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{{N:a}}(?: [a-z]+){{0,5}}? (?:(?:last|in a|in the past|in the last|over the past|over the last|over a|in the) (?P<p1>day|week|month|quarter|year)|in (?P<yr>(?:19|20)\d\d)\b|in (?P<mon>january|february|march|april|may|june|july|august|september|october|november|december)\b){RESTATED}{{N:b}}(?: [a-z]+)? (?:a|per|each|every) (?P<p2>day|week|month)\b",
    ))
});

/// [`OVER_A_PERIOD`] with a clause between the period and a restatement said to be the
/// equivalent or the average: "2,960 hours were lost in November as crews waited
/// outside hospitals, the equivalent of about 99 hours a day".
static OVER_A_PERIOD_THEN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"{N:a}(?: [a-z]+){0,5}? (?:(?:last|in a|in the past|in the last|over the past|over the last|over a|in the) (?P<p1>day|week|month|quarter|year)|in (?P<yr>(?:19|20)\d\d)\b|in (?P<mon>january|february|march|april|may|june|july|august|september|october|november|december)\b)(?: [a-z'-]+){1,10}?(?P<how>, the equivalent of |, equivalent to |, an average of |, averaging )(?:about |around |roughly |some |nearly |almost )?{N:b}(?: [a-z]+)? (?:a|per|each|every) (?P<p2>day|week|month)\b",
    )
});

/// The most a price offered by the week, month or year runs to: a subscription, a
/// ticket, a rent or a bill. "£4.99 a month or £50 a year" may be two offers, the longer
/// one for less; "spends £2.4m a year, or £200,000 a month" is one sum restated.
const OFFERED_PRICE_BELOW: f64 = 10_000.0;

/// Whether two amounts may be a price offered over two periods rather than one sum
/// restated (see [`OFFERED_PRICE_BELOW`]).
fn offered_price(a: &crate::extract::Claim, b: &crate::extract::Claim) -> bool {
    [a, b]
        .iter()
        .all(|c| c.value.is_some_and(|v| v < OFFERED_PRICE_BELOW))
}

/// A period named first, then the total over it and its rate closing its clause: "In the
/// 12 months to June, 4,350 people were killed or seriously injured on the region's roads,
/// about 12 a day.", "Last year the agency carried 520 million passengers, or about 1.4
/// million a day, and …", "Demand peaked in December, when 7,400 parcels were given out,
/// an average of almost 240 a day."
static PERIOD_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:\b(?:(?:in|over|during) the (?:past |last )?|last )(?:(?P<p1>year|month|week|quarter)|(?P<twelve>12 months|twelve months))(?: to [a-z0-9 ]{1,20}?)?|\b(?:in|during) (?P<mon>january|february|march|april|may|june|july|august|september|october|november|december)\b(?: (?:19|20)\d\d)?),? (?P<lead>(?:[a-z'-]+ ){0,4}?){N:a}(?P<span>(?: [a-z'-]+){0,12}?)(?P<how>, or |, an average of |, averaging |, the equivalent of |, | - | \()(?:about |around |roughly |some |nearly |almost )?{N:b}(?: [a-z]+)? (?:a|per|each|every) (?P<p2>day|week|month)(?:[.;,)]|$)",
    )
});

/// Whether the words between a month named first and the rate name another stretch of
/// time the total may be over: "In March, the charity said 7,400 parcels had gone out
/// over the past five years, about 4 a day".
fn another_stretch(cap: &regex::Captures<'_>) -> bool {
    cap.name("mon").is_some()
        && [cap.name("lead"), cap.name("span")]
            .iter()
            .flatten()
            .flat_map(|m| m.as_str().split_whitespace())
            .any(|w| {
                matches!(w, "since" | "over" | "across" | "throughout" | "ago")
                    || crate::extract::time_unit(w).is_some()
            })
}

/// The words before a level reached by a change of a stated amount: "by £94 to ".
static LEVEL_AFTER_A_CHANGE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bby (?:about |around |some |nearly |almost )?#[nm]\d+# to $"));

/// How many of the first period make the second, as the least and most a writer may
/// use: a month is 28 to 31 days and 4 to 4.43 weeks; a year is 12 months, 364 to 366
/// days and so 52 to 52.29 weeks; a quarter three months, 90 to 92 days.
pub(crate) fn periods(from: &str, to: &str) -> Option<(f64, f64)> {
    let days = |p: &str| -> Option<(f64, f64)> {
        Some(match p {
            "day" => (1.0, 1.0),
            "week" => (7.0, 7.0),
            "month" => (28.0, 31.0),
            "year" => (364.0, 366.0),
            _ => days_in_month(p)?,
        })
    };
    // ("a year" against "a decade" or "a 5-year span")
    if let Some(n) = years_of_span(to) {
        let n = f64::from(n);
        return (from == "year").then_some((n, n));
    }
    if from == "quarter" {
        // a quarter is three months: 13 weeks, 90 to 92 days
        return match to {
            "month" => Some((1.0 / 3.0, 1.0 / 3.0)),
            "week" => Some((1.0 / 13.15, 1.0 / 12.86)),
            "day" => Some((1.0 / 92.0, 1.0 / 90.0)),
            _ => None,
        };
    }
    let wide = match (from, to) {
        ("week", "month") => (4.0, 4.43),
        ("month", "week") => (1.0 / 4.43, 0.25),
        ("month", "year") => (12.0, 12.0),
        ("year", "month") => (1.0 / 12.0, 1.0 / 12.0),
        _ => {
            let (f, t) = (days(from)?, days(to)?);
            (t.0 / f.1, t.1 / f.0)
        }
    };
    (from != to).then_some(wide)
}

/// The days of a month named by its lower-case name ("in March", 31), February's as 28
/// to 29.
fn days_in_month(name: &str) -> Option<(f64, f64)> {
    Some(match name {
        "january" | "march" | "may" | "july" | "august" | "october" | "december" => (31.0, 31.0),
        "april" | "june" | "september" | "november" => (30.0, 30.0),
        "february" => (28.0, 29.0),
        _ => return None,
    })
}

/// A period as the copy puts it: "a year", or "in March" for a month it names.
fn per(period: &str) -> String {
    if days_in_month(period).is_some() {
        let mut name = period.to_string();
        if let Some(first) = name.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        format!("in {name}")
    } else {
        format!("a {period}")
    }
}

/// A [`PeriodRate`] for each rate `skel` restates over another period.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    recognise_with(skel, |c| frames.id_of(c), out);
}

/// A [`PeriodRate`] for a length of time lost or spent over a period and restated for a
/// shorter or longer one: "2,960 hours were lost in November, the equivalent of about 99
/// hours a day". Durations are framed apart ([`Frames::durations`]), so each sentence
/// with two lengths in one unit, and no other figure, is read on its own.
pub(crate) fn recognise_lengths(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    for two in crate::rules::figure::two_lengths(doc, frames).filter(|t| !t.with_quantities) {
        recognise_with(&two.skel, |c| two.id_of(frames, c), out);
    }
}

/// [`recognise`] on one skeleton, its figures' ids given by `id_of`.
fn recognise_with(
    skel: &Skeleton<'_>,
    id_of: impl Fn(&Claim) -> Option<crate::frame::FigureId>,
    out: &mut Vec<Relation>,
) {
    if skel.figs.len() < 2 || !HINT.is_match(&skel.text) {
        return;
    }
    let bare = BARE_COMMA.captures_iter(&skel.text);
    let over = OVER_A_PERIOD.captures_iter(&skel.text);
    let first = PERIOD_FIRST.captures_iter(&skel.text);
    let clause = OVER_A_PERIOD_THEN_CLAUSE.captures_iter(&skel.text);
    let rough = ROUGHLY_RESTATED.captures_iter(&skel.text);
    let years = OVER_YEARS.captures_iter(&skel.text);
    for cap in PATTERN
        .captures_iter(&skel.text)
        .chain(bare)
        .chain(over)
        .chain(first)
        .chain(clause)
        .chain(rough)
        .chain(years)
    {
        // ("in 2023", "the 12 months to June": a calendar year is a year)
        let p1 = match (cap.name("yr").or(cap.name("twelve")), cap.name("mon")) {
            (Some(_), _) => Some("year"),
            (None, Some(m)) => Some(m.as_str()),
            (None, None) => cap.name("p1").map(|m| m.as_str()),
        };
        let p2 = match cap.name("span_years") {
            Some(span) => match years_in(span.as_str()) {
                Some(10) if span.as_str() == "decade" => Some("decade".to_string()),
                Some(n) => Some(format!("{n}-year span")),
                None => None,
            },
            None => cap.name("p2").map(|m| m.as_str().to_string()),
        };
        let (Some(a), Some(b), Some(p1), Some(p2)) =
            (skel.captured(&cap, "a"), skel.captured(&cap, "b"), p1, p2)
        else {
            continue;
        };
        let (Some(rate), Some(restated)) = (id_of(a), id_of(b)) else {
            continue;
        };
        // ("£5 a day, £30 a week, or £100 a month": a list of prices goes on)
        let list_goes_on = cap
            .name("then")
            .is_some_and(|w| matches!(w.as_str(), "or" | "and" | "plus"));
        // (a restatement after a long clause must say it is rough: "…, about £62,000 a
        // week"; the qualifier is in the figure's text)
        let not_rough =
            cap.name("roughly").is_some() && b.qualifier == crate::extract::Qualifier::Exact;
        if another_stretch(&cap) || list_goes_on || not_rough {
            continue;
        }
        // "will rise by £94 to £1,978 a year, or about £1.80 a week": the restatement may
        // be of the rise, not of the level it reaches
        let before_rate = cap
            .name("a")
            .and_then(|m| skel.text.get(..m.start().saturating_sub(2)))
            .unwrap_or("");
        if LEVEL_AFTER_A_CHANGE.is_match(before_rate) {
            continue;
        }
        if periods(p1, &p2).is_none() {
            continue;
        }
        // "£4.99 per month or £50 per year": a price offered two ways, the longer one
        // often for less, is no restatement; an amount said to be the equivalent is
        let how = cap.name("how").map_or("", |m| m.as_str());
        // (no price is offered at "about £145 a month", nor after "works out at")
        let rough = [a, b]
            .iter()
            .any(|c| c.qualifier != crate::extract::Qualifier::Exact);
        let worked_out = [
            "works out at ",
            "worked out at ",
            "amounts to ",
            "comes to ",
        ]
        .iter()
        .any(|w| before_rate.ends_with(w));
        let said_equal = cap.name("eq").is_some()
            || how.contains("equivalent")
            || how.contains("which")
            || rough
            || worked_out;
        let offered = a.kind == crate::extract::Kind::Money && offered_price(a, b);
        if offered && how == " or " && !said_equal {
            continue;
        }
        out.push(Relation::PeriodRate(PeriodRate {
            rate,
            restated,
            // (a price offered two ways is joined by "or" or listed after a bare comma,
            // "£3 a day, £12 a week": "- £15 a week" restates)
            price_offer: offered && !said_equal && (how.contains("or ") || how == ", "),
            from: p1.to_string(),
            to: p2,
        }));
    }
}

/// The mismatch for a restated rate the rate itself does not give.
pub(crate) fn judge(frames: &Frames<'_>, rel: &PeriodRate) -> Option<Mismatch> {
    let (a, b) = (frames.claim(rel.rate)?, frames.claim(rel.restated)?);
    let lengths = figure::lengths_in_one_unit(&[a, b]);
    let (a, b) = match lengths.as_deref() {
        Some([a, b]) => (a, b),
        _ => (a, b),
    };
    if a.start == b.start || !figure::comparable(a, b) || !figure::same_unit(a, b) {
        return None;
    }
    let (lo, hi) = periods(&rel.from, &rel.to)?;
    // (hours worked or open a day make a working week of five days or more: "eight hours
    // a day, 40 hours a week")
    let (lo, hi) = match (a.kind, rel.from.as_str(), rel.to.as_str()) {
        (crate::extract::Kind::Duration, "day", "week") => (5.0, hi),
        (crate::extract::Kind::Duration, "week", "day") => (lo, 0.2),
        _ => (lo, hi),
    };
    let rate = Interval::of(a, Tolerance::Arithmetic)?;
    if rate.lo < 0.0 {
        return None;
    }
    let computed = Interval {
        lo: rate.lo * lo,
        hi: rate.hi * hi,
    };
    // (a rate restated over another period is worked out, so rounded, however whole it
    // reads: "£1,740 a year, or £33 a week" is £33.37)
    let stated = Interval::of(b, Tolerance::Arithmetic)?;
    let rounding = if stated.lo == stated.hi {
        b.precision.clamp(0.0, 0.5)
    } else {
        0.0
    };
    let stated = Interval {
        lo: stated.lo - rounding,
        hi: stated.hi + rounding,
    };
    // (a price over the longer period may be a discount: when the restated period is the
    // longer, less than the rate gives; when it is the shorter, the rate is the
    // discounted one and the restated is more)
    let discounted = if lo >= 1.0 {
        stated.hi < computed.lo
    } else {
        stated.lo > computed.hi
    };
    if computed.overlaps(&stated) || rel.price_offer && discounted {
        return None;
    }
    Some(
        Mismatch::computed(
            super::MULTIPLE.id,
            b.start..b.end,
            format!("{} {} {}", said(a), per(&rel.from), over(&rel.to)),
            figure::length_range(b, computed),
            Side::copy(format!("{} {}", said(b), restated_per(&rel.to))),
        )
        .related(a, format!("the rate: {} {}", said(a), per(&rel.from)))
        .note(read_as(&rel.from, &rel.to, lo, hi))
        .tolerance(Tolerance::Arithmetic, None)
        .key([said(a), said(b), rel.to.clone()]),
    )
}

/// How many years a period the recogniser named a span of years holds: "decade" 10,
/// "5-year span" 5; none for a single period ("week", "year").
fn years_of_span(period: &str) -> Option<u32> {
    match period {
        "decade" => Some(10),
        _ => period.strip_suffix("-year span")?.parse().ok(),
    }
}

/// The longer period as the message puts it: "over a week", "over a decade", "over 5
/// years".
fn over(to: &str) -> String {
    match years_of_span(to) {
        Some(n) if to != "decade" => format!("over {n} years"),
        _ => format!("over a {to}"),
    }
}

/// The copy's restated rate's period: "a week", or "over a decade" for a span.
fn restated_per(to: &str) -> String {
    match years_of_span(to) {
        Some(_) => over(to),
        None => format!("a {to}"),
    }
}

/// The periods as the check read them: "a year read as 52 to 52.29 weeks", "a year read
/// as 364 to 366 days" (the longer period in the shorter).
fn read_as(from: &str, to: &str, lo: f64, hi: f64) -> String {
    let (long, short, lo, hi) = if lo >= 1.0 {
        (to, from, lo, hi)
    } else {
        (from, to, 1.0 / hi, 1.0 / lo)
    };
    let n = |v: f64| crate::num::format(v, 2);
    let count = if hi - lo > 1e-9 {
        format!("{} to {}", n(lo), n(hi))
    } else {
        n(lo)
    };
    format!("a {long} read as {count} {short}s")
}

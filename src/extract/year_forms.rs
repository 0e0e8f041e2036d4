//! Four-digit figures that are years in another form, or look like years and are not:
//! a decade ("the 1970s" covers ten years), a fiscal year or season ("2003-04"), a clock
//! time in 24-hour form ("1930 GMT") and a side of a screen or sheet ("1920 x 1200").

use super::numeral::Cx;
use super::token::TokKind;
use super::Kind;

/// What a decade written with a glued "s" covers: (kind, first, last). "the 1970s" is
/// the years 1970 to 1979 and "the 1800s" the century; "her 30s", "their early 40s" are
/// ages (counts from 30 to 39) and "the low 30s" a level; "the '90s" is the years 1990 to
/// 1999.
pub(super) fn decade_span(cx: &Cx, first: usize, value: f64) -> (Kind, f64, f64) {
    if value >= 1000.0 {
        // "the 1800s" is a century; "the 2000s" names the decade, as news copy uses it.
        let century = value % 100.0 == 0.0 && value != 2000.0;
        let width = if century { 99.0 } else { 9.0 };
        return (Kind::Year, value, value + width);
    }
    if age_owner_before(cx, first) || level_before(cx, first) {
        return (Kind::Number, value, value + 9.0);
    }
    (Kind::Year, 1900.0 + value, 1909.0 + value)
}

/// Whether a two-digit decade at `first` is a band of a level rather than of years: "in
/// the low 30s", "the upper 90s", or a temperature said a few words before ("highs in the
/// mid-20s", "temperatures in the 30s"). ("The mid-60s" alone stays the 1960s.)
fn level_before(cx: &Cx, first: usize) -> bool {
    let mut j = first;
    if j >= 1 && cx.text(j - 1) == "-" {
        j -= 1;
    }
    let band = j >= 1
        && cx
            .word(j - 1)
            .is_some_and(|w| matches!(w.as_str(), "low" | "high" | "upper" | "lower"));
    let temperature = (first.saturating_sub(6)..first).any(|k| {
        cx.word(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "temperature" | "temperatures" | "highs" | "lows" | "degrees" | "thermometer"
            )
        })
    });
    band || temperature
}

/// Whether a possessive stands before the decade at `first`, maybe with "early", "mid"
/// or "late" between: "in her 30s", "in their late 60s", "his mid-40s" — an age.
fn age_owner_before(cx: &Cx, first: usize) -> bool {
    let mut j = first;
    if j >= 1 && cx.text(j - 1) == "-" {
        j -= 1;
    }
    if j >= 1
        && cx
            .word(j - 1)
            .is_some_and(|w| matches!(w.as_str(), "early" | "mid" | "late"))
    {
        j -= 1;
    }
    j >= 1
        && cx.word(j - 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "her" | "his" | "their" | "my" | "your" | "our" | "its" | "whose"
            )
        })
}

/// The years a fiscal year or season ("2003-04", "2003-4", "2010/11") or a short span
/// ("2010-15") covers, when the digits after the glued dash or slash at `k` finish the
/// year `year`: (last token, the later year). `None` when they do not ("2003-1" does not
/// go back in time).
pub(super) fn short_year_end(cx: &Cx, year: f64, k: usize) -> Option<(usize, f64)> {
    if !matches!(cx.text(k), "-" | "–" | "/") || !cx.glued(k) || !cx.glued(k + 1) {
        return None;
    }
    let tail = cx.text(k + 1);
    if cx.kind(k + 1) != Some(TokKind::Num)
        || !(1..=2).contains(&tail.len())
        || !tail.bytes().all(|b| b.is_ascii_digit())
        || !(1000.0..=2100.0).contains(&year)
    {
        return None;
    }
    // "2003-04-15" is a date, "2003-4-1" a code.
    if matches!(cx.text(k + 2), "-" | "/") && cx.glued(k + 2) {
        return None;
    }
    let width = 10f64.powi(tail.len() as i32);
    let digits: f64 = tail.parse().ok()?;
    let mut end = year - year % width + digits;
    if end <= year {
        end += width;
    }
    // A slash only for the season form ("2010/11"); a dash also for a span ("2010-15").
    let season = end == year + 1.0;
    (season || (cx.text(k) != "/" && tail.len() == 2)).then_some((k + 1, end))
}

/// Zones and words that make four digits a 24-hour clock time: "1930 GMT", "0800 hrs".
const CLOCK_AFTER: &[&str] = &[
    "GMT", "BST", "UTC", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "IST", "JST", "KST", "AEST", "AEDT", "MSK", "HKT", "SGT", "hrs", "Zulu",
];

/// Words before four digits and "hours" that make them a clock time: "at 1930 hours".
const CLOCK_BEFORE: &[&str] = &[
    "at", "by", "until", "till", "before", "after", "from", "since", "around", "about",
];

/// The last token of a 24-hour clock time starting at digits `i` ("1930 GMT", "0800
/// local time", "at 1400 hours"), or `None`. The digits must be a time of day (hours to
/// 23, minutes to 59), and a zone or "hrs" must follow; "hours" only after "at", "by" and
/// the like, since "1930 hours of footage" counts hours.
pub(super) fn clock_time_end(cx: &Cx, i: usize) -> Option<usize> {
    let t = cx.text(i);
    // A word must follow: most figures are turned away here, before any parsing.
    if t.len() != 4 || cx.kind(i + 1) != Some(TokKind::Word) || cx.glued(i + 1) {
        return None;
    }
    if cx.kind(i) != Some(TokKind::Num) || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !clock_shaped(t) {
        return None;
    }
    let next = cx.text(i + 1);
    if CLOCK_AFTER.contains(&next) {
        return Some(i + 1);
    }
    if cx.is(i + 1, "local") && cx.is(i + 2, "time") {
        return Some(i + 2);
    }
    let led = i >= 1
        && cx
            .word(i - 1)
            .is_some_and(|w| CLOCK_BEFORE.contains(&w.as_str()));
    (led && cx.is(i + 1, "hours")).then_some(i + 1)
}

/// A time read off a stopwatch, as race results give it.
pub(super) struct Stopwatch {
    /// Its last token.
    pub last: usize,
    /// Its length in `unit`.
    pub value: f64,
    /// "hours" for "2:01:09", "minutes" for "3:43.13".
    pub unit: &'static str,
    /// Half the step of its last digit, in `unit`.
    pub precision: f64,
}

/// The stopwatch time at digits `i`: hours, minutes and seconds ("2:01:09", "1:58:02.5")
/// or minutes and seconds with a fraction ("3:43.13", "26:11.00") or after words of a
/// race's time ("a time of 14:05", "won in 27:05"). A time of day written
/// to the second ("at 10:30:15", "10:30:15 GMT", "7:45:10 pm") is none; "10:30" alone,
/// which may be either, is left to the clock.
pub(super) fn stopwatch(
    cx: &Cx,
    i: usize,
    clock_after: impl Fn(usize) -> bool,
) -> Option<Stopwatch> {
    let whole = |k: usize, most: usize| {
        let t = cx.text(k);
        (cx.kind(k) == Some(TokKind::Num) && (1..=most).contains(&t.len()))
            .then(|| t.parse::<f64>().ok())
            .flatten()
    };
    let colon = |k: usize| cx.text(k) == ":" && cx.glued(k) && cx.glued(k + 1);
    // Seconds: two digits, with a fraction or without ("09", "35.46").
    let seconds = |k: usize| {
        let t = cx.text(k);
        let int = t.split('.').next().unwrap_or("");
        let step = t
            .split_once('.')
            .map_or(1.0, |(_, f)| 10f64.powi(-(f.len() as i32)));
        (cx.kind(k) == Some(TokKind::Num) && int.len() == 2)
            .then(|| {
                t.parse::<f64>()
                    .ok()
                    .filter(|s| *s < 60.0)
                    .map(|s| (s, step))
            })
            .flatten()
    };
    let first = whole(i, 2)?;
    if !colon(i + 1) {
        return None;
    }
    let minutes = whole(i + 2, 2).filter(|m| *m < 60.0 && cx.text(i + 2).len() == 2);
    if let Some(minutes) = minutes.filter(|_| colon(i + 3)) {
        let (secs, step) = seconds(i + 4)?;
        let at = i >= 1 && cx.is(i - 1, "at");
        let zone = CLOCK_AFTER.contains(&cx.text(i + 5)) || clock_after(i + 5);
        if at || zone {
            return None;
        }
        return Some(Stopwatch {
            last: i + 4,
            value: first + minutes / 60.0 + secs / 3600.0,
            unit: "hours",
            precision: step / 2.0 / 3600.0,
        });
    }
    let (secs, step) = seconds(i + 2)?;
    if colon(i + 3) {
        return None;
    }
    // (a fraction of a second: no time of day has one; nor has a race timed, or more than
    // 24 minutes run: "in a time of 31:41", "won in 27:05")
    let timed = i >= 2
        && (cx.is(i - 1, "of") && cx.is(i - 2, "time")
            || cx.is(i - 1, "clocked")
            || cx.is(i - 1, "timed"));
    let run_in = i >= 1
        && first > 24.0
        && cx
            .word(i - 1)
            .is_some_and(|w| matches!(w.as_str(), "in" | "ran" | "swam" | "clocked" | "of"));
    if !cx.text(i + 2).contains('.') && !(first < 60.0 && (timed || run_in)) {
        return None;
    }
    Some(Stopwatch {
        last: i + 2,
        value: first + secs / 60.0,
        unit: "minutes",
        precision: step / 2.0 / 60.0,
    })
}

/// Whether four digits may be a time of day: hours to 23, minutes to 59 ("1930").
pub(super) fn clock_shaped(t: &str) -> bool {
    let hm = |s: Option<&str>| s.and_then(|s| s.parse::<u32>().ok());
    t.len() == 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && hm(t.get(..2)).is_some_and(|h| h <= 23)
        && hm(t.get(2..)).is_some_and(|m| m <= 59)
}

/// Whether the figure at tokens `first..=last` is one side of a size written with "x"
/// or "×" ("1920 x 1200 pixels", "2000 × 3000 mm"): a length, never a year.
pub(super) fn side_of_size(cx: &Cx, first: usize, last: usize) -> bool {
    let times = |j: usize| matches!(cx.text(j), "x" | "×" | "X");
    let num = |j: usize| cx.kind(j) == Some(TokKind::Num);
    (times(last + 1) && num(last + 2)) || (first >= 2 && times(first - 1) && num(first - 2))
}

//! What the internal-consistency rules share: the interval a figure allows for arithmetic,
//! sentence "skeletons" in which each figure is a numbered marker, and message formatting.
//!
//! Rules match their phrasings against the skeleton ("from #n0# to #n1#, a #p2# rise")
//! rather than the raw copy, so one regex covers every way a figure can be written and
//! the work done is proportional to the figures found, not to the length of the copy.

use std::ops::Range;

use crate::document::Document;
use crate::extract::{Claim, Kind};

pub(crate) use crate::interval::{is_word_fraction, Interval, Tolerance};

/// A sentence with its quantity figures replaced by markers `#n0#` (number), `#m1#`
/// (money), `#p2#` (percent), lower-cased, typographic quotes and dashes folded.
#[derive(Debug)]
pub(crate) struct Skeleton<'a> {
    pub text: String,
    /// The figures, in the order their markers carry.
    pub figs: Vec<&'a Claim>,
    /// The sentence in the document.
    pub span: Range<usize>,
    /// Every figure of the sentence, the overlapping ones left out of `figs` included.
    pub all: Vec<&'a Claim>,
}

impl<'a> Skeleton<'a> {
    /// Whether any figure is a percentage.
    pub fn has_percent(&self) -> bool {
        self.figs.iter().any(|f| f.kind == Kind::Percent)
    }

    /// Whether any figure is a fraction in words ("half", "about a third").
    pub fn has_word_fraction(&self) -> bool {
        self.figs.iter().any(|f| is_word_fraction(f))
    }

    /// The figure a marker's captured index names.
    pub fn fig(&self, idx: &str) -> Option<&'a Claim> {
        idx.parse::<usize>()
            .ok()
            .and_then(|i| self.figs.get(i).copied())
    }

    /// Where the marker of figure `idx` ("#n3#", "#m3#", "#p3#") stands in the text.
    pub fn marker(&self, idx: &str) -> Option<Range<usize>> {
        ['n', 'm', 'p'].iter().find_map(|k| {
            let mark = format!("#{k}{idx}#");
            self.text.find(&mark).map(|at| at..at + mark.len())
        })
    }

    /// The copy before the marker of figure `idx`.
    pub fn before_marker(&self, idx: &str) -> Option<&str> {
        self.text.get(..self.marker(idx)?.start)
    }

    /// The copy after the marker of figure `idx`.
    pub fn after_marker(&self, idx: &str) -> Option<&str> {
        self.text.get(self.marker(idx)?.end..)
    }

    /// The figure behind the marker a pattern captured as `group`, if it matched one.
    pub fn captured(&self, cap: &regex::Captures<'_>, group: &str) -> Option<&'a Claim> {
        cap.name(group).and_then(|m| self.fig(m.as_str()))
    }
}

/// Skeletons of the sentences holding at least `min_figs` checkable figures for which
/// `want` (given the sentence's copy and figures) says a rule may apply; building a
/// skeleton costs more than that test. `claims` must be in document order (as the
/// extractor returns them).
pub(crate) fn skeletons<'a>(
    doc: &Document,
    frames: &crate::frame::Frames<'a>,
    want: impl Fn(&str, &[&Claim]) -> bool,
) -> Vec<Skeleton<'a>> {
    let mut out = Vec::new();
    let mut i = 0;
    let figs: Vec<&'a Claim> = frames.claims().collect();
    let group_end = |from: usize, span: &Range<usize>| {
        let mut j = from;
        while j < figs.len() && figs[j].start < span.end && figs[j].start >= span.start {
            j += 1;
        }
        j
    };
    while i < figs.len() {
        let mut span = doc.sentence_span(figs[i].start);
        let mut j = group_end(i + 1, &span);
        // "… up from 356,000 a year earlier. That is a rise of 56,000, or 16%": a
        // sentence that only names the change of the one before is read with it
        if let Some(next) = figs.get(j).map(|f| doc.sentence_span(f.start)) {
            let between = doc.prose().get(span.end..next.start).unwrap_or("x");
            let opening = doc.prose().get(next.clone()).unwrap_or("");
            // ("… to a record 84,000. That is up from 70,000 a year ago": the level it is
            // up from is of the one figure the sentence before gives)
            let joined = NAMES_THE_CHANGE_BEFORE
                .captures(opening)
                .is_some_and(|c| c.name("from").is_none() || j - i == 1);
            if between.trim().is_empty() && joined {
                span = span.start..next.end;
                j = group_end(j, &span);
            }
        }
        if j - i >= 2
            && span.end > span.start
            && want(doc.prose().get(span.clone()).unwrap_or(""), &figs[i..j])
        {
            let conversion = |c: &Claim| {
                frames
                    .id_of(c)
                    .and_then(|id| frames.get(id))
                    .is_some_and(|f| f.frame.role == crate::frame::Role::Conversion)
            };
            out.push(build(doc, span, &figs[i..j], conversion));
        }
        i = j;
    }
    out
}

/// The skeleton of the sentence at `span` with just `figs` as its markers (see
/// [`two_lengths`]).
fn skeleton_of<'a>(doc: &Document, span: Range<usize>, figs: &[&'a Claim]) -> Skeleton<'a> {
    build(doc, span, figs, |_| false)
}

/// A sentence that gives two lengths of time in one unit ("waited 52 minutes, almost three
/// times the 18-minute target"), as a skeleton of its lengths and its quantities: the
/// rules that relate two quantities read it as they read any other, since durations are
/// framed apart ([`crate::frame::Frames::durations`]) and have no skeleton of their own.
pub(crate) struct TwoLengths<'f, 'a> {
    pub skel: Skeleton<'a>,
    pub lengths: [&'f crate::frame::Figure<'a>; 2],
    /// Whether the sentence gives any quantity besides the lengths.
    pub with_quantities: bool,
}

impl TwoLengths<'_, '_> {
    /// The id of a figure of the skeleton: one of the lengths, or a quantity.
    pub fn id_of(
        &self,
        frames: &crate::frame::Frames<'_>,
        c: &Claim,
    ) -> Option<crate::frame::FigureId> {
        self.lengths
            .iter()
            .find(|f| f.claim.start == c.start)
            .map(|f| f.id)
            .or_else(|| frames.id_of(c))
    }
}

/// Every sentence of `frames` that gives exactly two lengths that
/// [`lengths_in_one_unit`] can set in one unit.
pub(crate) fn two_lengths<'f, 'a>(
    doc: &'f Document,
    frames: &'f crate::frame::Frames<'a>,
) -> impl Iterator<Item = TwoLengths<'f, 'a>> + 'f {
    frames.lengths_by_sentence().filter_map(move |here| {
        let [a, b] = here[..] else {
            return None;
        };
        // ("1hr 10min, more than twice the 30-minute target": in one unit once set so)
        lengths_in_one_unit(&[a.claim, b.claim])?;
        let (skel, with_quantities) = skeleton_with_lengths(doc, frames, &here);
        Some(TwoLengths {
            skel,
            lengths: [a, b],
            with_quantities,
        })
    })
}

/// Calls `read` with the skeleton of every sentence [`two_lengths`] gives and the ids of
/// its figures (lengths and quantities): the recognisers of multiples and comparisons
/// read lengths of time so, as they read any other sentence.
pub(crate) fn each_two_lengths(
    doc: &Document,
    frames: &crate::frame::Frames<'_>,
    mut read: impl FnMut(&Skeleton<'_>, &dyn Fn(&Claim) -> Option<crate::frame::FigureId>),
) {
    for two in two_lengths(doc, frames) {
        read(&two.skel, &|c| two.id_of(frames, c));
    }
}

/// Every sentence of `frames` that gives three lengths of time or more that
/// [`lengths_in_one_unit`] can set beside one another ("journeys take 2hr 14min, 15
/// minutes longer than a year ago, when they took 2hr 3min"), as a skeleton of its
/// lengths and its quantities, with its lengths.
pub(crate) fn three_lengths<'f, 'a>(
    doc: &'f Document,
    frames: &'f crate::frame::Frames<'a>,
) -> impl Iterator<Item = (Skeleton<'a>, Vec<&'f crate::frame::Figure<'a>>)> + 'f {
    frames.lengths_by_sentence().filter_map(move |here| {
        let claims: Vec<&Claim> = here.iter().map(|f| f.claim).collect();
        let measurable = here.len() >= 3 && lengths_in_one_unit(&claims).is_some();
        measurable.then(|| (skeleton_with_lengths(doc, frames, &here).0, here))
    })
}

/// The skeleton of the sentence of `lengths` with them and the sentence's quantities as
/// its markers, and whether it has any quantity.
fn skeleton_with_lengths<'a>(
    doc: &Document,
    frames: &crate::frame::Frames<'a>,
    lengths: &[&crate::frame::Figure<'a>],
) -> (Skeleton<'a>, bool) {
    let sentence = lengths.first().map_or(0..0, |f| f.frame.sentence.clone());
    let quantities = frames.within(sentence.clone());
    let mut figs: Vec<&Claim> = quantities.iter().map(|f| f.claim).collect();
    figs.extend(lengths.iter().map(|f| f.claim));
    figs.sort_by_key(|c| c.start);
    (skeleton_of(doc, sentence, &figs), !quantities.is_empty())
}

/// The unit of time a length is in, in the singular ("hrs", "7h" → "hour"; "nights" →
/// "night").
pub(crate) fn time_unit_of(c: &Claim) -> Option<String> {
    let unit = c.unit.as_deref().filter(|_| c.kind == Kind::Duration)?;
    let unit = unit.to_ascii_lowercase();
    Some(match unit.as_str() {
        // (glued to digits: "7h 30m", "9.58s")
        "h" => "hour".to_string(),
        "m" => "minute".to_string(),
        "s" => "second".to_string(),
        other => match crate::extract::time_unit(other) {
            Some(known) => known.to_string(),
            None => crate::lexicon::lemma(other).into_owned(),
        },
    })
}

/// How many seconds one `unit` (singular) makes, for the units whose length is fixed (a
/// month or a year is not).
fn seconds_in(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3_600.0,
        "day" => 86_400.0,
        "week" => 604_800.0,
        "fortnight" => 1_209_600.0,
        _ => return None,
    })
}

/// The lengths `lengths` in one unit, so that their arithmetic holds whatever each was
/// written in ("2hr 3min" is 123 minutes beside "15 minutes"): the smallest of their
/// units where each has a fixed length in seconds, else their one unit ("14 months, two
/// months longer"). None when any is no length of time, or months are set beside years.
/// Each then gives the plural of the unit ("minutes"), as messages print it.
pub(crate) fn lengths_in_one_unit(lengths: &[&Claim]) -> Option<Vec<Claim>> {
    let units = lengths
        .iter()
        .map(|c| time_unit_of(c))
        .collect::<Option<Vec<_>>>()?;
    let first = units.first()?.as_str();
    let (factors, unit) = match units
        .iter()
        .map(|u| seconds_in(u))
        .collect::<Option<Vec<_>>>()
    {
        Some(seconds) => {
            let smallest = seconds.iter().copied().fold(f64::INFINITY, f64::min);
            let unit = units
                .iter()
                .zip(&seconds)
                .find(|(_, s)| **s == smallest)
                .map_or(first, |(u, _)| u.as_str());
            (seconds.iter().map(|s| s / smallest).collect(), unit)
        }
        None if units.iter().all(|u| u == first) => (vec![1.0; units.len()], first),
        None => return None,
    };
    let plural = match unit {
        "century" => "centuries".to_string(),
        other => format!("{other}s"),
    };
    Some(
        lengths
            .iter()
            .zip(factors)
            .map(|(c, factor)| {
                // ("2hr 14min" is 2.2333… hours: 134 minutes, not 133.99999…)
                let scale = |v: Option<f64>| v.map(|v| (v * factor * 1e6).round() / 1e6);
                Claim {
                    value: scale(c.value),
                    low: scale(c.low),
                    high: scale(c.high),
                    precision: c.precision * factor,
                    unit: Some(plural.clone()),
                    ..(*c).clone()
                }
            })
            .collect(),
    )
}

/// A range of `like`'s measure as the copy would write it: a length of time given in
/// hours, minutes and seconds ("2hr 9min 42sec", "1min 12sec") in that form, to the
/// second ("1min 11sec to 1min 13sec"); any other figure as [`amount_range`] puts it,
/// with its unit of time ([`with_length_unit`]).
pub(crate) fn length_range(like: &Claim, b: Interval) -> String {
    let seconds_in = match like.unit.as_deref().filter(|_| like.kind == Kind::Duration) {
        Some("hours") => 3600.0,
        Some("minutes") => 60.0,
        Some("seconds") => 1.0,
        _ => 0.0,
    };
    // (minutes and seconds, as a race time is given: "1min 12sec", "2hr 9min 42s")
    static TO_THE_SECOND: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::pattern::compile(r"\dmins? ?\d+ ?s(?:ecs?)?$|\d minutes? \d+ seconds?$")
    });
    let to_the_second = TO_THE_SECOND.is_match(&like.text.to_ascii_lowercase());
    if seconds_in == 0.0 || !to_the_second || !b.lo.is_finite() || !b.hi.is_finite() {
        return with_length_unit(like, amount_range(like, b));
    }
    range_text(b, |v| clock_length((v * seconds_in).round()))
}

/// Whole seconds as a runner's time is written: "2hr 9min 42sec", "1min 12sec", "-48sec".
fn clock_length(seconds: f64) -> String {
    let sign = if seconds < 0.0 { "-" } else { "" };
    let total = seconds.abs() as u64;
    let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{h}hr"));
    }
    if h > 0 || m > 0 {
        parts.push(format!("{m}min"));
    }
    parts.push(format!("{s}sec"));
    format!("{sign}{}", parts.join(" "))
}

/// `amount` with the unit of a length after it ("98.5 to 98.8 hours"), as the copy
/// writes a length; other amounts carry their unit in their digits' form.
pub(crate) fn with_length_unit(like: &Claim, amount: String) -> String {
    match like.unit.as_deref().filter(|_| like.kind == Kind::Duration) {
        Some(unit) => format!("{amount} {unit}"),
        None => amount,
    }
}

/// The skeleton of the sentence at `span`. A conversion ("$2.4bn (£1.3bn)") is left out
/// with its brackets: it is never one of the figures a phrasing relates, and its marker
/// would break the phrasing it interrupts ("rose 44% to $205.4m (£110m) ... from $142m").
fn build<'a>(
    doc: &Document,
    span: Range<usize>,
    figs: &[&'a Claim],
    conversion: impl Fn(&Claim) -> bool,
) -> Skeleton<'a> {
    let prose = &doc.prose();
    let mut text = String::with_capacity(span.len() + 8);
    let mut at = span.start;
    let mut kept = Vec::with_capacity(figs.len());
    for c in figs {
        if c.start < at || c.end > span.end {
            continue; // overlapping or straddling figures are left out
        }
        push_folded(&mut text, prose.get(at..c.start).unwrap_or(""));
        if conversion(c) {
            at = c.end;
            continue;
        }
        let k = match c.kind {
            Kind::Percent => 'p',
            Kind::Money => 'm',
            _ => 'n',
        };
        text.push('#');
        text.push(k);
        text.push_str(&kept.len().to_string());
        text.push('#');
        kept.push(*c);
        at = c.end;
    }
    push_folded(&mut text, prose.get(at..span.end).unwrap_or(""));
    if kept.len() < figs.len() {
        text = EMPTY_BRACKETS.replace_all(&text, "").into_owned();
    }
    if text.contains(". ") {
        text = without_abbreviation_points(text);
    }
    if text.contains(" share") {
        text = without_per_share_asides(text);
    }
    if text.contains(". th") {
        // (two sentences read as one: the second goes on as an aside of the first)
        text = JOINED_CHANGE
            .replace_all(&text, ", $change$running")
            .into_owned();
        // ("by 312 votes to 298. That is a majority of 14": a margin after the tally
        // that ends the sentence before, not after a clause of another count, "12 of
        // the 40 seats in Wales. That gives it a majority of 40")
        text = JOINED_MARGIN
            .replace_all(&text, "$tally, $margin")
            .into_owned();
    }
    Skeleton {
        text,
        figs: kept,
        span,
        all: figs.to_vec(),
    }
}

/// A vote's margin named by the sentence after the one whose last figure is its second
/// tally: "… to Brecken's 15,186. That gave Harmon a margin of".
static JOINED_MARGIN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"(?P<tally>#[np]\d+#(?: votes?)?)\. {MARGIN_OPENING}"
    ))
});

/// The opening of a sentence that names the change the sentence before gave: "That is a
/// rise of 56,000", "This represents an increase of", "That is up from 70,000", "That
/// would bring total savings to £60m".
static NAMES_THE_CHANGE_BEFORE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| {
        crate::pattern::compile(&format!("^(?i)(?:{}|{MARGIN_OPENING})", *CHANGE_OPENING))
    });

/// "That gave Harmon a margin of", "That is a majority of": a vote's margin named by the
/// sentence after its tallies ([`JOINED_MARGIN`] reads it).
const MARGIN_OPENING: &str = r"(?:that|this) (?:gave|gives|give|is|was|means) (?:[a-z]+ ){0,2}?(?P<margin>an? (?:[a-z]+ )?(?:majority|margin) of )";

/// [`NAMES_THE_CHANGE_BEFORE`] inside a skeleton, after the full stop that ends the
/// sentence before it.
static JOINED_CHANGE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::pattern::compile(&format!(r"\. {}", *CHANGE_OPENING)));

/// "That is a rise of", "That is up from", "That is £110 more than a year earlier",
/// "That would bring", "That leaves", with the change ("a rise of", "up from", "£110
/// more than a year") or the running total's verb ("would bring", "leaves") captured.
static CHANGE_OPENING: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        r"(?:that|this) (?:(?:is|was|represents|marks|means|amounts to) (?P<change>an? (?:[a-z]+ )?{} of |(?P<from>up|down) from |\S+ (?:more|less|fewer|higher|lower) than (?:a year|a month|the year|the month|last year|last month))|(?P<running>(?:would|will) (?:take|bring) |leaves ))",
        *crate::lexicon::CHANGE_BEFORE_OF
    )
});

/// A point that ends an abbreviation inside a sentence ("Oct. 31", "U.S. sales", "Smith
/// Corp. said"), with what follows it kept.
static ABBREVIATION_POINT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?P<w>jan|feb|aug|sept?|oct|nov|dec|u\.[sk]|mr|mrs|ms|dr|st|inc|corp|co|ltd|no|vs|jr|gov|sen|rep|gen|ft|mt)\.(?P<next> [a-z0-9#(])",
    )
    .unwrap_or_else(|_| crate::pattern::never())
});

/// `text` with the points of abbreviations inside it taken out, so that "rose to $84m in
/// the quarter ended Oct. 31, from $75m" is one stretch of copy as "ended October 31" is:
/// the phrasings read a point as the end of a clause.
fn without_abbreviation_points(text: String) -> String {
    ABBREVIATION_POINT
        .replace_all(&text, |c: &regex::Captures<'_>| {
            format!("{}{}", c["w"].replace('.', ""), &c["next"])
        })
        .into_owned()
}

/// A per-share figure said beside a total as another way of giving it: "$84 million, or
/// 56 cents a share," and "$84m ($0.56 a share)".
static PER_SHARE_ASIDE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?:, or #m\d+#|,? \(#m\d+#) (?:a|per|each) (?:diluted |basic |common |ordinary )?share\)?(?:, )?",
    )
    .unwrap_or_else(|_| crate::pattern::never())
});

/// Any per-share figure.
static PER_SHARE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"#m\d+# (?:a|per|each) (?:diluted |basic |common |ordinary )?share")
        .unwrap_or_else(|_| crate::pattern::never())
});

/// `text` with its per-share asides taken out, so that the totals they stand beside are
/// read as adjacent ("rose to $84 million, or 56 cents a share, from $75 million, or 50
/// cents a share, a 12% rise" is a change from $75m to $84m). Left as it is when any
/// per-share figure is not an aside ("$84m, or 56 cents a share, up from 50 cents a
/// share"): the per-share figures are then compared with each other.
fn without_per_share_asides(text: String) -> String {
    let asides = PER_SHARE_ASIDE.find_iter(&text).count();
    if asides == 0 || asides != PER_SHARE.find_iter(&text).count() {
        return text;
    }
    // (a comma that closed the aside goes with it, its space stays)
    PER_SHARE_ASIDE
        .replace_all(
            &text,
            |c: &regex::Captures<'_>| {
                if c[0].ends_with(", ") {
                    " "
                } else {
                    ""
                }
            },
        )
        .into_owned()
}

/// What is left of a bracketed conversion once its figures are taken out.
static EMPTY_BRACKETS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r" ?\((?:[\s;,/]|and|or)*\)").unwrap_or_else(|_| crate::pattern::never())
});

/// Appends `s` lower-cased, with curly quotes made straight, dashes made `-`, runs of
/// whitespace made one space and `#` (the marker sign) made a space.
fn push_folded(out: &mut String, s: &str) {
    let mut space = out.ends_with(' ');
    for ch in s.chars() {
        let ch = match ch {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '#' => ' ',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if ch == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        for l in ch.to_lowercase() {
            out.push(l);
        }
    }
}

/// `v` to `digits` significant figures, as rates and quotients are shown.
pub(crate) fn round_to(v: f64, digits: i32) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let scale = 10f64.powi(digits - 1 - v.abs().log10().floor() as i32);
    (v * scale).round() / scale
}

/// The copy's own words for a figure, whitespace folded and a capital that only opened
/// its sentence lowered ([`lower_opening`]): `about 100`.
pub(crate) fn said(c: &Claim) -> String {
    let text = c.text.split_whitespace().collect::<Vec<_>>().join(" ");
    lower_opening(c, text)
}

/// `text` (the words of `c`) with its first letter in lower case when the word it opens
/// is the figure's qualifier or a number word, capitalised only because it opens a
/// sentence: messages put the figure mid-sentence ("300 of some 1,200", "three of 12"),
/// never "300 of Some 1,200". The extractor's reading says which: a qualified figure's
/// text opens with its qualifier.
fn lower_opening(c: &Claim, text: String) -> String {
    let first = text.split([' ', '-']).next().unwrap_or("");
    // (the article of "A third" is one letter)
    let capitalised = first == "A"
        || first.len() > 1
            && first.starts_with(|ch: char| ch.is_ascii_uppercase())
            && first[1..].bytes().all(|b| b.is_ascii_lowercase());
    if !capitalised {
        return text;
    }
    let lower = first.to_ascii_lowercase();
    let opens = c.qualifier != crate::extract::Qualifier::Exact
        || crate::extract::count_word(&lower).is_some()
        || is_word_fraction(c);
    if !opens {
        return text;
    }
    let mut out = lower;
    out.push_str(&text[first.len()..]);
    out
}

/// A number for messages, to a sensible number of decimals.
pub(crate) fn num(v: f64) -> String {
    if v.is_infinite() {
        return if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    let d = if v.abs() >= 100.0 {
        0
    } else if v.abs() >= 10.0 {
        1
    } else {
        2
    };
    crate::num::format(v, d)
}

/// A signed percentage for messages: `+28%`.
pub(crate) fn pct(v: f64, signed: bool) -> String {
    if v.is_infinite() {
        return num(v);
    }
    // "a penny on £41.18 is 0.02%": a change too small for a tenth keeps two places
    let r = if v.abs() >= 10.0 {
        crate::num::format(v.round(), 0)
    } else if v.abs() < 0.05 && v != 0.0 {
        crate::num::format(v, 2)
    } else {
        crate::num::format(v, 1)
    };
    signed_percent(r, v, signed)
}

/// `written` (`v` as a message writes it) as a percentage, with a plus before a rise when
/// `signed`: one sign rule for computed and stated changes.
pub(crate) fn signed_percent(written: String, v: f64, signed: bool) -> String {
    let r = if written == "-0" {
        "0".to_string()
    } else {
        written
    };
    if signed && v > 0.0 && !r.starts_with('-') && r != "0" {
        format!("+{r}%")
    } else {
        format!("{r}%")
    }
}

/// An interval of percentages for messages: `+28% to +41%`.
pub(crate) fn pct_range(b: Interval, signed: bool) -> String {
    range_text(b, |v| pct(v, signed))
}

/// `lo to hi` for an interval whose ends `end` writes: one value when both ends print the
/// same, `lo or more` when it has no upper end.
pub(crate) fn range_text(b: Interval, end: impl Fn(f64) -> String) -> String {
    let (lo, hi) = (end(b.lo), end(b.hi));
    if lo == hi {
        lo
    } else if b.hi.is_infinite() {
        format!("{lo} or more")
    } else {
        format!("{lo} to {hi}")
    }
}

/// How a stated percentage was read, to the tenth: `29.5% to 30.5%`. Rounded to whole
/// percents like a computed one, "30%" would read as "30% to 31%", which is not what
/// the rule allowed.
pub(crate) fn stated_pct_range(b: Interval) -> String {
    range_text(b, |v| {
        if v.is_infinite() {
            num(v)
        } else {
            format!("{}%", crate::num::format(v, 1))
        }
    })
}

/// A value in the style of the figure it came from: `$7.1bn`, `1.45 million`, `3,050`.
pub(crate) fn amount(like: &Claim, v: f64) -> String {
    if v.is_infinite() {
        return num(v);
    }
    let money = like.kind == Kind::Money;
    // ("-$76", not "$-76": the sign before the currency, as copy writes a loss)
    if money && v < 0.0 {
        return format!("-{}", amount(like, -v));
    }
    let sym = match (money, like.currency.as_deref()) {
        (false, _) | (true, None) => String::new(),
        (true, Some("USD")) => "$".to_string(),
        (true, Some("GBP")) => "£".to_string(),
        (true, Some("EUR")) => "€".to_string(),
        (true, Some(other)) => format!("{other} "),
    };
    let (scaled, suffix) = if v.abs() >= 1e9 {
        (v / 1e9, if money { "bn" } else { " billion" })
    } else if v.abs() >= 1e6 {
        (v / 1e6, if money { "m" } else { " million" })
    } else if money {
        return money_amount(like, &sym, v);
    } else {
        return format!("{sym}{}", num(v));
    };
    format!("{sym}{}{suffix}", crate::num::format(scaled, 3))
}

/// An amount of money under a million as copy writes one: in pence or cents when the
/// figure it is set beside is ("12p", "35 cents"), else with its pennies in full or none
/// below £100 ("£28.90", "$0.35"), whole above ("£1,250"), never "£28.9".
fn money_amount(like: &Claim, sym: &str, v: f64) -> String {
    let text = like.text.to_ascii_lowercase();
    let in_pence = text.ends_with('p')
        && text[..text.len() - 1].ends_with(|c: char| c.is_ascii_digit())
        || text.ends_with("pence");
    let in_cents = text.ends_with("cents") || text.ends_with("cent");
    if (in_pence || in_cents) && v.abs() < 100.0 {
        let units = crate::num::format(v * 100.0, if (v * 100.0).abs() >= 10.0 { 0 } else { 1 });
        return if in_pence {
            format!("{units}p")
        } else {
            format!("{units} cents")
        };
    }
    // (from £100 up, pennies are noise in a computed amount: "£371 to £379")
    let whole = (v - v.round()).abs() < 0.005 || v.abs() >= 100.0;
    if whole {
        format!("{sym}{}", crate::num::format(v, 0))
    } else {
        let grouped = crate::num::format(v.trunc(), 0);
        let pennies = format!("{:.2}", v.abs().fract());
        let sign = if v < 0.0 && grouped == "0" { "-" } else { "" };
        format!("{sym}{sign}{grouped}{}", pennies.trim_start_matches('0'))
    }
}

/// An interval in the style of the figure it came from.
pub(crate) fn amount_range(like: &Claim, b: Interval) -> String {
    range_text(b, |v| {
        if like.kind == Kind::Percent && v.is_finite() {
            format!("{}%", crate::num::format(v, 2))
        } else {
            amount(like, v)
        }
    })
}

/// A figure's value alone, without its qualifier, for formulas: `100` for "about 100".
pub(crate) fn bare(c: &Claim) -> String {
    match c.value {
        Some(v) if c.kind == Kind::Percent => format!("{}%", crate::num::format(v, 2)),
        Some(v) => amount(c, v),
        None => said(c),
    }
}

/// How a figure was read, for `= note:` lines: `'about 100' read as 95 to 105`.
pub(crate) fn reading(c: &Claim) -> String {
    match Interval::of(c, Tolerance::Arithmetic) {
        Some(b) => format!("'{}' read as {}", said(c), length_range(c, b)),
        None => format!("'{}'", said(c)),
    }
}

/// The tolerance note every arithmetic finding carries.
pub(crate) const TOLERANCE_NOTE: &str = "tolerance: each figure read as every value that rounds to it (trailing zeros as rounding of at most 5%); approximate figures ±5%; whole counts exact";

/// Figures that may be compared: same kind, and the same currency for money. A bare
/// scaled number beside an amount of money ("77m euros, up from 38m") is read as money
/// in that currency: copy drops the currency from the second figure.
pub(crate) fn comparable(a: &Claim, b: &Claim) -> bool {
    let bare_scaled = |c: &Claim| {
        c.kind == Kind::Number && c.unit.is_none() && {
            let t = c.text.trim_end().to_ascii_lowercase();
            t.ends_with('m')
                || t.ends_with("bn")
                || t.ends_with("million")
                || t.ends_with("billion")
        }
    };
    if a.kind == b.kind {
        return a.kind != Kind::Money || a.currency == b.currency;
    }
    (a.kind == Kind::Money && bare_scaled(b)) || (b.kind == Kind::Money && bare_scaled(a))
}

/// Whether `c` counts `noun` (its counted noun has the same lemma): "300 goals" counts
/// "goal"; a figure with no counted noun counts nothing.
pub(crate) fn counts(c: &Claim, noun: &str) -> bool {
    c.unit
        .as_deref()
        .is_some_and(|unit| crate::lexicon::same_lemma(unit, noun))
}

/// Whether two figures count one workforce ("2,400 jobs" and "9,600 staff"), which a
/// change or a share may read together though consistency keeps them apart.
pub(crate) fn one_workforce(a: &Claim, b: &Claim) -> bool {
    a.unit
        .as_deref()
        .zip(b.unit.as_deref())
        .is_some_and(|(x, y)| crate::lexicon::both_workforce(x, y))
}

/// Units that do not contradict: equal, or one of them unstated.
pub(crate) fn same_unit(a: &Claim, b: &Claim) -> bool {
    match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => x == y || crate::lexicon::same_lemma(x, y),
        _ => true,
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Hand-built claims for unit tests, so the rules can be tested without the extractor.
    use super::*;
    use crate::extract::Qualifier;

    /// `(text, kind, value, qualifier, precision, unit)` of one hand-built claim.
    pub type Spec<'a> = (&'a str, Kind, f64, Qualifier, f64, Option<&'a str>);

    /// A document and claims located by their text, in order.
    pub fn doc_with(text: &str, specs: &[Spec<'_>]) -> (Document, Vec<Claim>) {
        let doc = Document::from_text("t.txt", text, crate::document::Format::Text);
        let mut from = 0;
        let mut claims = Vec::new();
        for &(t, kind, v, q, p, unit) in specs {
            let start = from + text[from..].find(t).unwrap();
            let end = start + t.len();
            from = end;
            let (line, column) = doc.line_col(start);
            let (low, high) = match q {
                Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::JustOver => (Some(v), None),
                Qualifier::LessThan | Qualifier::AtMost | Qualifier::Nearly => (None, Some(v)),
                _ => (Some(v), Some(v)),
            };
            claims.push(Claim {
                text: t.to_string(),
                start,
                end,
                line,
                column,
                kind,
                value: Some(v),
                low,
                high,
                qualifier: q,
                unit: unit.map(str::to_string),
                describes: None,
                currency: (kind == Kind::Money).then(|| "USD".to_string()),
                sentence: "".into(),
                precision: p,
            });
        }
        (doc, claims)
    }

    /// `rule | message` of every finding `check` (a rule family's entry point) gives on
    /// `text` with hand-built figures.
    pub fn messages(
        check: fn(&Document, &[Claim]) -> Vec<crate::finding::Finding>,
        text: &str,
        specs: &[Spec<'_>],
    ) -> Vec<String> {
        let (d, c) = doc_with(text, specs);
        check(&d, &c)
            .into_iter()
            .map(|f| format!("{} | {}", f.rule, f.message))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::doc_with;
    use super::*;
    use crate::extract::Qualifier;

    #[test]
    fn approximate_is_five_percent_and_counts_are_exact() {
        let (_, c) = doc_with(
            "from about 100 to 134 and 271,000",
            &[
                (
                    "about 100",
                    Kind::Number,
                    100.0,
                    Qualifier::Approximate,
                    0.5,
                    None,
                ),
                ("134", Kind::Number, 134.0, Qualifier::Exact, 0.5, None),
                (
                    "271,000",
                    Kind::Number,
                    271000.0,
                    Qualifier::Exact,
                    500.0,
                    None,
                ),
            ],
        );
        assert_eq!(
            Interval::of(&c[0], Tolerance::Arithmetic),
            Some(Interval {
                lo: 95.0,
                hi: 105.0
            })
        );
        assert_eq!(
            Interval::of(&c[1], Tolerance::Arithmetic),
            Some(Interval::exact(134.0))
        );
        assert_eq!(
            Interval::of(&c[2], Tolerance::Arithmetic),
            Some(Interval {
                lo: 270500.0,
                hi: 271500.0
            })
        );
    }

    #[test]
    fn skeleton_marks_figures() {
        let (d, c) = doc_with(
            "Charter flights went from about 100 to 134, a 15 per cent increase. Next.",
            &[
                (
                    "about 100",
                    Kind::Number,
                    100.0,
                    Qualifier::Approximate,
                    0.5,
                    None,
                ),
                ("134", Kind::Number, 134.0, Qualifier::Exact, 0.5, None),
                (
                    "15 per cent",
                    Kind::Percent,
                    15.0,
                    Qualifier::Exact,
                    0.5,
                    None,
                ),
            ],
        );
        let frames = crate::frame::frame(&d, &c);
        let s = skeletons(&d, &frames, |_, _| true);
        assert_eq!(s.len(), 1);
        assert_eq!(
            s[0].text,
            "charter flights went from #n0# to #n1#, a #p2# increase."
        );
    }

    #[test]
    fn formats_ranges() {
        assert_eq!(
            pct_range(
                Interval {
                    lo: 27.6,
                    hi: 41.05
                },
                true
            ),
            "+28% to +41%"
        );
        assert_eq!(pct_range(Interval::exact(-4.26), true), "-4.3%");
    }
}

//! Spelled-out numerals: "one hundred and twenty", "two and a half million", "a dozen",
//! "two-thirds", "three twenty-firsts", "twenty-first", "half a million", "one over three".

use super::numeral::{Cx, Numeral, Suffix};
use super::patterns::{num_word, NumWord};
use super::token::TokKind;

/// A number word, also as written glued ("twentyfifth") or as a plural scale
/// ("millions", "dozens") or an Indian abbreviation ("cr", "lkh") when it follows a number.
fn word_at(cx: &Cx, j: usize, after_number: bool) -> Option<NumWord> {
    if cx.kind(j) != Some(TokKind::Word) || !super::patterns::maybe_number_word(cx.text(j)) {
        return None;
    }
    let w = cx.word(j)?;
    let lw = w.as_str();
    if let Some(n) = num_word(lw) {
        return Some(n);
    }
    if after_number {
        let scale = match lw {
            "hundreds" => Some(NumWord::Hundred),
            "thousands" => Some(NumWord::Scale(1e3)),
            "millions" | "mil" => Some(NumWord::Scale(1e6)),
            "billions" => Some(NumWord::Scale(1e9)),
            "trillions" => Some(NumWord::Scale(1e12)),
            "dozens" | "dz" | "dzs" | "doz" | "dozs" => Some(NumWord::Dozen),
            "lkh" | "lkhs" => Some(NumWord::Scale(1e5)),
            "cr" | "kr" | "koti" | "krore" | "krores" => Some(NumWord::Scale(1e7)),
            _ => None,
        };
        if scale.is_some() {
            return scale;
        }
    }
    glued_compound(lw)
}

/// A tens and a unit written as one word, as informal copy and transcripts do:
/// "twentyfifth" (25th), "thirtyfirst", "twentyone" (21). `lw` is lower case.
///
/// Such a word can begin a figure: the scan's test for a word that starts a numeral
/// asks this as well as [`num_word`].
pub(super) fn glued_compound(lw: &str) -> Option<NumWord> {
    // (a table of its own rather than an array built on every call, and a first-byte
    // and length test before the prefix comparison: this runs for every word the scan's
    // quick test lets through, nearly all of them no compound)
    const TENS: [(&str, f64); 9] = [
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fourty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
    ];
    for &(tens, v) in TENS.iter() {
        if lw.len() <= tens.len() || lw.as_bytes()[0] != tens.as_bytes()[0] {
            continue;
        }
        if let Some(rest) = lw.strip_prefix(tens) {
            match num_word(rest) {
                Some(NumWord::Ordinal(d)) if d < 10.0 => return Some(NumWord::Ordinal(v + d)),
                Some(NumWord::Unit(d)) if d > 0.0 => return Some(NumWord::Tens(v + d)),
                _ => {}
            }
        }
    }
    None
}

/// Whether a joiner (hyphen or dash) sits between number words at `j`: returns the index
/// of the next word.
fn joined(cx: &Cx, j: usize) -> Option<usize> {
    matches!(cx.text(j), "-" | "—" | "–").then_some(j + 1)
}

/// Whether what follows `j` lets "a third"/"one fifth" read as a fraction, not a rank
/// ("a third country").
fn fraction_follows(cx: &Cx, j: usize) -> bool {
    match cx.word(j) {
        None => true,
        // "a third off the fare" is a discount ("a third off-licence" a shop)
        Some(w) if w.as_str() == "off" => !(cx.text(j + 1) == "-" && cx.glued(j + 1)),
        Some(w) => matches!(
            w.as_str(),
            "of" | "and" | "or" | "more" | "less" | "fewer" | "to" | "in" | "percent" | "per"
        ),
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    Start,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Digits,
}

/// After "by a third" and the like at `j`: the words that end a change by a fraction
/// ("cut deaths by a third among the patients", "fell by a fifth since May"), besides
/// those of [`fraction_follows`]. (Without "by", "added a third after the break" is a
/// third goal.)
fn fraction_follows_by(cx: &Cx, j: usize) -> bool {
    fraction_follows(cx, j)
        || cx.word(j).is_some_and(|w| {
            matches!(
                w.as_str(),
                "among"
                    | "since"
                    | "from"
                    | "on"
                    | "over"
                    | "after"
                    | "compared"
                    | "against"
                    | "across"
                    | "between"
                    | "within"
                    | "during"
                    | "this"
                    | "last"
                    | "but"
                    | "while"
                    | "as"
                    | "when"
                    | "if"
                    | "unless"
                    | "before"
                    | "until"
                    | "by"
            )
        })
}

/// A whole number in words (and digit groups between scale words: "4 thousand 3 hundred
/// and 21"): (value, last token, last scale word, precision, token count).
struct Whole {
    value: f64,
    last: usize,
    ended_scale: Option<f64>,
    precision: f64,
    count: usize,
    ordinal: bool,
    /// The value before the last "and": a fraction after "one hundred and three"
    /// divides only the three.
    before_and: Option<f64>,
}

/// What one token did to a whole number being read.
enum Took {
    /// Read; the next token may go on with it.
    More,
    /// Read, and it ends the number (an ordinal: "twenty-first").
    Done,
    /// Not part of the number.
    Stop,
}

/// A whole number in words being read left to right: what has been read so far.
struct WholeRead {
    a_prefix: bool,
    /// The sum of the groups closed by a scale word ("two million" in "two million
    /// three hundred").
    total: f64,
    /// The group being read ("three hundred" in the same).
    cur: f64,
    last: Last,
    last_scale: f64,
    end: Option<usize>,
    ended_scale: Option<f64>,
    precision: f64,
    count: usize,
    ordinal: bool,
    before_and: Option<f64>,
}

fn whole_at(cx: &Cx, i: usize, a_prefix: bool) -> Option<Whole> {
    let mut r = WholeRead {
        a_prefix,
        total: 0.0,
        cur: if a_prefix { 1.0 } else { 0.0 },
        last: if a_prefix { Last::Unit } else { Last::Start },
        last_scale: f64::INFINITY,
        end: None,
        ended_scale: None,
        precision: 0.5,
        count: 0,
        ordinal: false,
        before_and: None,
    };
    let mut j = i;
    loop {
        let k = r.joiner(cx, j);
        let took = match r.digit_group(cx, k) {
            Some(took) => took,
            None => match word_at(cx, k, r.count > 0 || a_prefix) {
                Some(nw) => r.word(cx, k, nw),
                None => Took::Stop,
            },
        };
        match took {
            Took::More => j = k + 1,
            Took::Done | Took::Stop => break,
        }
    }
    Some(Whole {
        value: r.total + r.cur,
        last: r.end?,
        ended_scale: r.ended_scale,
        precision: r.precision,
        count: r.count,
        ordinal: r.ordinal,
        before_and: r.before_and,
    })
}

impl WholeRead {
    /// Steps over what joins the next word to the number: a hyphen after a tens
    /// ("twenty-one") and "and" after a hundred or a scale ("one hundred and five"),
    /// when a number word or digits follow it. Returns where the next word is.
    fn joiner(&mut self, cx: &Cx, j: usize) -> usize {
        let mut k = j;
        if self.count == 0 {
            return k;
        }
        if let Some(n) = joined(cx, j) {
            if matches!(self.last, Last::Tens) {
                k = n;
            }
        }
        if cx.is(k, "and") && matches!(self.last, Last::Hundred | Last::Scale) {
            let n = k + 1;
            let ok = !self.second_figure_at(cx, n)
                && match cx.kind(n) {
                    // ("between 41 million and 44 million" is two figures: above)
                    Some(TokKind::Num) => !cx.text(n).contains('.') && cx.text(n) != "0",
                    Some(TokKind::Word) => {
                        matches!(
                            word_at(cx, n, false),
                            Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_))
                        ) || matches!(word_at(cx, n, false), Some(NumWord::Ordinal(d)) if d < 100.0)
                            && !fraction_follows_ord(cx, n)
                    }
                    _ => false,
                };
            if ok {
                k = n;
                self.before_and = Some(self.total + self.cur);
            }
        }
        k
    }

    /// Whether the number after "and" at `n` is a second figure of the same size, not
    /// the rest of this one: "between three hundred and four hundred" (its multiplier
    /// is as large as the one just read), where "three hundred and two thousand" goes
    /// on.
    fn second_figure_at(&self, cx: &Cx, n: usize) -> bool {
        let mut m = n + 1;
        if matches!(word_at(cx, n, false), Some(NumWord::Tens(_))) {
            if let Some(u) = joined(cx, m) {
                if matches!(word_at(cx, u, false), Some(NumWord::Unit(_))) {
                    m = u + 1;
                }
            }
        }
        match word_at(cx, m, true) {
            Some(NumWord::Hundred) => self.last == Last::Hundred,
            Some(NumWord::Scale(s)) => s >= self.last_scale,
            _ => false,
        }
    }

    /// A digit group inside a worded number: "4 thousand 3 hundred and 21". `None` when
    /// token `k` is no digit group in a place one may stand.
    fn digit_group(&mut self, cx: &Cx, k: usize) -> Option<Took> {
        let last = self.last;
        if cx.kind(k) != Some(TokKind::Num)
            || cx.glued(k)
            || !matches!(last, Last::Start | Last::Hundred | Last::Scale)
        {
            return None;
        }
        // (The cheap test first: digits at the start that no scale word follows are most
        // figures, and need no parse.)
        if last == Last::Start
            && !matches!(
                word_at(cx, k + 1, true),
                Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen)
            )
        {
            return Some(Took::Stop);
        }
        let Ok(v) = cx.text(k).replace(',', "").parse::<f64>() else {
            return Some(Took::Stop);
        };
        if last != Last::Start
            && v >= self.last_scale.min(if last == Last::Hundred {
                100.0
            } else {
                f64::INFINITY
            })
        {
            return Some(Took::Stop);
        }
        self.cur += v;
        self.last = Last::Digits;
        self.precision = 0.5;
        self.end = Some(k);
        self.count += 1;
        Some(Took::More)
    }

    /// A number word at token `k`, taken when it may follow what came before it.
    fn word(&mut self, cx: &Cx, k: usize, nw: NumWord) -> Took {
        let taken = match nw {
            NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_) => self.small(cx, k, nw),
            NumWord::Hundred | NumWord::Dozen => self.multiplier(nw),
            NumWord::Scale(s) => self.scale(s),
            NumWord::Ordinal(d) => return self.ordinal(cx, k, d),
            _ => false,
        };
        if !taken {
            return Took::Stop;
        }
        if self.last != Last::Scale {
            self.ended_scale = None;
        }
        self.end = Some(k);
        self.count += 1;
        Took::More
    }

    /// Units, teens and tens: added to the group.
    fn small(&mut self, cx: &Cx, k: usize, nw: NumWord) -> bool {
        let last = self.last;
        match nw {
            NumWord::Unit(v)
                if matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Scale) =>
            {
                self.cur += v;
                self.last = Last::Unit;
                self.precision = 0.5;
            }
            // "one hundred thirty-fifths" is a hundred thirty-fifths (100/35): a tens
            // before a plural ordinal makes the denominator with it, unless "and" ties
            // it to the number ("one hundred and thirty fifths" is 130/5).
            NumWord::Tens(_)
                if self.count > 0
                    && !cx.is(k.wrapping_sub(1), "and")
                    && compound_denominator(cx, k) =>
            {
                return false
            }
            NumWord::Teen(v) | NumWord::Tens(v)
                if matches!(last, Last::Start | Last::Hundred | Last::Scale) =>
            {
                self.cur += v;
                self.precision = 0.5;
                self.last = if v < 20.0 {
                    Last::Teen
                } else if v % 10.0 == 0.0 {
                    Last::Tens
                } else {
                    Last::Unit
                };
            }
            // "one twenty two" (duckling): a unit before a tens.
            NumWord::Tens(v)
                if last == Last::Unit
                    && self.cur < 10.0
                    && self.total == 0.0
                    && !self.a_prefix
                    && self.count == 1
                    && denominator_at(cx, k).is_none()
                    && cx.text(k + 1) != "-" =>
            {
                self.cur = self.cur * 100.0 + v;
                self.last = Last::Tens;
            }
            _ => return false,
        }
        true
    }

    /// "hundred" and "dozen": multiply the group.
    fn multiplier(&mut self, nw: NumWord) -> bool {
        let last = self.last;
        match nw {
            NumWord::Hundred
                if matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits)
                    && self.cur < 100.0 =>
            {
                self.cur *= 100.0;
                self.last = Last::Hundred;
                self.precision = 50.0;
            }
            NumWord::Dozen
                if matches!(
                    last,
                    Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Digits
                ) =>
            {
                // "three hundred and two dozen" is 300 and 24: after "and" a dozen
                // counts only what follows the "and".
                let part = match self.before_and {
                    Some(b) if last != Last::Hundred => self.total + self.cur - b,
                    _ => self.cur,
                };
                self.cur += part * 11.0;
                self.last = Last::Hundred;
            }
            _ => return false,
        }
        true
    }

    /// A scale word ("thousand", "million", "lakh") closes the group into the total.
    fn scale(&mut self, s: f64) -> bool {
        let last = self.last;
        if !(matches!(
            last,
            Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Digits
        ) || (last == Last::Scale && self.cur == 0.0))
        {
            return false;
        }
        if last == Last::Scale {
            // "three lakh crore", "three thousand millions".
            self.total *= s;
            self.precision *= s;
        } else if s < self.last_scale {
            self.total += self.cur * s;
            self.precision = 0.5 * s;
        } else {
            self.total = (self.total + self.cur) * s;
            self.precision = 0.5 * s;
        }
        self.cur = 0.0;
        self.last_scale = s;
        self.last = Last::Scale;
        self.ended_scale = Some(s);
        true
    }

    /// An ordinal ends the number: "twenty-first", "one hundred and fifth".
    fn ordinal(&mut self, cx: &Cx, k: usize, d: f64) -> Took {
        let last = self.last;
        // A bare "hundredth", "millionth" is a rank ("its millionth visitor"), unless a
        // share follows ("hundredth of a second"); after a number the caller reads it as
        // a denominator or a scaled rank.
        let bare = last == Last::Start
            && self.count == 0
            && !self.a_prefix
            && !fraction_follows_ord(cx, k);
        if (d >= 100.0 && !bare)
            || !matches!(last, Last::Start | Last::Tens | Last::Hundred | Last::Scale)
        {
            return Took::Stop;
        }
        if last == Last::Tens && d >= 10.0 {
            return Took::Stop;
        }
        if last == Last::Start && self.count == 0 && (d >= 3.0) && self.a_prefix {
            return Took::Stop;
        }
        if d == 2.0 && last == Last::Start && self.count == 0 && second_of_time(cx, k) {
            return Took::Stop;
        }
        self.cur += d;
        self.ordinal = true;
        self.end = Some(k);
        self.count += 1;
        Took::Done
    }
}

/// Whether "second" at `k` is the unit of time of a rate or a moment ("ten megabits a
/// second.", "wait a second, then", "five metres per second (m/s)"): after "per", or after
/// "a", "each" or "every" before the end or a mark that ends the clause. A rank names what
/// it ranks ("a second term", "a second-half goal").
fn second_of_time(cx: &Cx, k: usize) -> bool {
    k >= 1
        && (cx.is(k - 1, "per")
            || ["a", "each", "every"].iter().any(|w| cx.is(k - 1, w))
                && match cx.kind(k + 1) {
                    None => true,
                    // a mark that ends the clause, not the hyphen of "a second-half goal" nor
                    // the quotation mark of a name ("a second \"Nipple-gate\"")
                    Some(TokKind::Punct) => {
                        matches!(
                            cx.text(k + 1),
                            "." | "," | ";" | ":" | "(" | ")" | "!" | "?" | "–" | "—"
                        ) || cx.text(k + 1) == "-" && !cx.glued(k + 1)
                    }
                    Some(_) => false,
                })
}

fn fraction_follows_ord(cx: &Cx, n: usize) -> bool {
    // "one hundred and fifth" is a rank unless followed by a fraction's context.
    cx.word(n + 1).is_some_and(|w| w.as_str() == "of")
}

/// Whether a tens and a plural ordinal at `k` make one denominator: "thirty-fifths",
/// "twenty firsts".
fn compound_denominator(cx: &Cx, k: usize) -> bool {
    matches!(denominator_at(cx, k), Some((_, true, last)) if last > k)
}

/// A denominator at `j`: "thirds", "quarter", "twenty-fifths", "twenty-firsts",
/// "hundredths": (value, plural, last token). "Second" is none: a half is never "a
/// second", which is a moment ("won by a second") or a rank.
fn denominator_at(cx: &Cx, j: usize) -> Option<(f64, bool, usize)> {
    let lw = cx.word(j)?;
    let plural = lw.as_str().ends_with('s');
    match word_at(cx, j, true)? {
        NumWord::Denominators(d) => Some((d, true, j)),
        NumWord::Ordinal(d) if d >= 3.0 => Some((d, plural, j)),
        NumWord::Quarter => Some((4.0, false, j)),
        NumWord::Half => Some((2.0, false, j)),
        NumWord::Tens(t) if t % 10.0 == 0.0 => {
            let n = joined(cx, j + 1).unwrap_or(j + 1);
            // "twenty-firsts": plural firsts are no denominator alone ("three firsts"
            // are three top degrees), but are after a tens.
            if cx.word(n).is_some_and(|w| w.as_str() == "firsts") {
                return Some((t + 1.0, true, n));
            }
            match word_at(cx, n, true)? {
                NumWord::Denominators(d) if d < 10.0 => Some((t + d, true, n)),
                NumWord::Ordinal(d) if d < 10.0 => {
                    let plural = cx.text(n).ends_with('s');
                    Some((t + d, plural, n))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A rank of a hundred or more said in several words after a numerator of one: "one
/// one hundred fifth" (1/105), "one one thousandth of". (value, last token).
fn scaled_denominator(cx: &Cx, k: usize) -> Option<(f64, usize)> {
    let w = whole_at(cx, k, false)?;
    (w.ordinal && w.count >= 2 && w.value >= 100.0 && fraction_follows(cx, w.last + 1))
        .then_some((w.value, w.last))
}

/// A fraction after "and": "a half", "one fourth", "three fifths", "a third": (value,
/// last token). None when it is a share of what follows ("and two-fifths of schools")
/// or part of a hyphened word ("and a third-place finish").
/// "three-and-a-half-year contract", "a two-and-a-quarter-hour wait": the fraction of a
/// whole hyphened onto it, as a compound before a noun is written. Its value and last
/// token when the hyphens after `last` make one.
fn hyphened_and_a_half(cx: &Cx, last: usize) -> Option<(f64, usize)> {
    let hyphen = |k: usize| cx.text(k) == "-" && cx.glued(k) && cx.glued(k + 1);
    let part = match cx.lower(last + 6).as_str() {
        "half" => 0.5,
        "quarter" => 0.25,
        _ => return None,
    };
    (hyphen(last + 1)
        && cx.is(last + 2, "and")
        && hyphen(last + 3)
        && cx.is(last + 4, "a")
        && hyphen(last + 5))
    .then_some((part, last + 6))
}

pub(super) fn and_fraction(cx: &Cx, j: usize) -> Option<(f64, usize)> {
    let (num, k) = if cx.is(j, "a") || cx.is(j, "an") {
        (1.0, j + 1)
    } else {
        // "and three fifths", "and fifty-four hundredths"
        let w = whole_at(cx, j, false)?;
        if w.ordinal || w.value <= 0.0 || w.ended_scale.is_some() {
            return None;
        }
        let mut k = w.last + 1;
        if let Some(n) = joined(cx, k) {
            k = n;
        }
        (w.value, k)
    };
    let (d, plural, last) = denominator_at(cx, k)?;
    if !plural && num != 1.0 {
        return None;
    }
    // "5 and a third-place finish": the fraction's word is hyphened onto another;
    // "stages three and four and two-fifths of schools": a share of what follows "of"
    if cx.text(last + 1) == "-" && cx.glued(last + 1) || cx.is(last + 1, "of") {
        return None;
    }
    Some((num / d, last))
}

/// Whether the word at `start`, after "a" or "an", may make a numeral with it: a word
/// that may be a number word ("a dozen", "a third"), or "penny" ("a single penny"). Every
/// reading of [`words_at`] after an article needs one; the scan turns away an article
/// whose next word is none without reading further.
pub(super) fn article_may_lead(cx: &Cx, start: usize) -> bool {
    cx.kind(start) == Some(TokKind::Word)
        && (super::patterns::maybe_number_word(cx.text(start))
            || cx.is(start, "single")
            || cx.is(start, "penny")
            || cx.is(start, "dollar"))
}

/// A spelled-out numeral starting at word token `i`.
pub fn words_at(cx: &Cx, i: usize) -> Option<Numeral> {
    let a_prefix = cx.is(i, "a") || cx.is(i, "an");
    let start = if a_prefix { i + 1 } else { i };
    if a_prefix && !article_may_lead(cx, start) {
        return None;
    }
    // "down a penny", "a single penny, or 0.02%": one of the minor unit, which the
    // currency reader after it turns into money
    if a_prefix {
        let single = usize::from(cx.is(start, "single"));
        if cx.is(start + single, "penny") {
            return Some(plain(i, i + single, 1.0, 0.0));
        }
        // "less than a dollar a day", "a dollar and 42 cents": one dollar, where "a
        // dollar bond" or "a dollar-based fund" names the currency.
        if cx.is(start, "dollar") && one_dollar(cx, start + 1) {
            return Some(plain(i, i, 1.0, 0.0));
        }
    }
    // "a report", "an hour": every reading below starts with a number word after the
    // article, so most articles are turned away here, before any of them.
    if a_prefix
        && !(cx.kind(start) == Some(TokKind::Word)
            && super::patterns::maybe_number_word(cx.text(start)))
    {
        return None;
    }
    // Fractions with no whole part: "half a million", "a quarter", "half of".
    let lead = word_at(cx, start, false);
    if matches!(lead, Some(NumWord::Half | NumWord::Quarter)) {
        return half_or_quarter(cx, i, start, a_prefix, lead == Some(NumWord::Half));
    }
    let w = match whole_at(cx, start, a_prefix) {
        Some(w) => w,
        None if a_prefix => return a_fraction(cx, i, start),
        None => return None,
    };
    let mut s = Spelled {
        value: w.value,
        last: w.last,
        precision: w.precision,
        fraction: false,
        scale_end: w.ended_scale,
    };
    if w.ordinal {
        let mut n = plain(i, s.last, s.value, 0.5);
        n.ordinal = true;
        return Some(n);
    }
    let pointed = s.point(cx);
    if let Some(rank) = s.denominator(cx, i, w.before_and) {
        return Some(rank);
    }
    s.and_part(cx);
    s.scale_after(cx, pointed);
    let Spelled {
        value,
        last,
        precision,
        fraction,
        scale_end,
    } = s;
    let bare_one = !a_prefix && w.count == 1 && value == 1.0 && !fraction && cx.is(i, "one");
    if a_prefix && w.count == 1 && !fraction && scale_end.is_none() && value == 1.0 {
        return None;
    }
    Some(Numeral {
        first: i,
        last,
        value,
        precision,
        words: cx.kind(i) != Some(TokKind::Num),
        bare_one,
        scale: None,
        fraction,
        ordinal: false,
        plain_digits: None,
        suffix: Suffix::None,
    })
}

/// Whether what follows "a dollar" at `j` makes it an amount: the end of the clause or
/// a word that goes on a price ("a dollar a day", "a dollar each", "a dollar and 42
/// cents", "a dollar more").
fn one_dollar(cx: &Cx, j: usize) -> bool {
    if cx.text(j) == "-" && cx.glued(j) {
        return false;
    }
    match cx.word(j) {
        None => !matches!(cx.kind(j), Some(TokKind::Num | TokKind::Mixed)),
        Some(w) => matches!(
            w.as_str(),
            "a" | "an"
                | "per"
                | "each"
                | "apiece"
                | "and"
                | "or"
                | "to"
                | "for"
                | "more"
                | "less"
                | "than"
                | "in"
                | "on"
                | "at"
        ),
    }
}

/// "half a million", "a quarter", "half of": a half or a quarter with no whole part,
/// the lead word at `start` (after "a" when `a_prefix`).
fn half_or_quarter(
    cx: &Cx,
    first: usize,
    start: usize,
    a_prefix: bool,
    half: bool,
) -> Option<Numeral> {
    let f = if half { 0.5 } else { 0.25 };
    // "a quarter-point cut", "a half-point rise in rates": a fraction of a percentage
    // point, which the reading of percentages takes on ("a half-point lead" in chess
    // is a score)
    if cx.text(start + 1) == "-"
        && cx.glued(start + 1)
        && cx.is(start + 2, "point")
        && cx.glued(start + 2)
        && (!half
            || cx.word(start + 3).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "cut"
                        | "cuts"
                        | "rise"
                        | "rises"
                        | "increase"
                        | "increases"
                        | "hike"
                        | "hikes"
                        | "reduction"
                        | "reductions"
                )
            }))
    {
        let mut n = plain(first, start, f, 0.0);
        n.fraction = true;
        return Some(n);
    }
    // "a half-chance", "half-time": a compound word, not a fraction.
    if cx.text(start + 1) == "-" && cx.glued(start + 1) {
        return None;
    }
    let mut k = start + 1;
    // ("half a million", "a quarter of a million")
    if cx.is(k, "of") && (cx.is(k + 1, "a") || cx.is(k + 1, "an")) {
        k += 1;
    }
    if cx.is(k, "a") || cx.is(k, "an") {
        k += 1;
    }
    let scale = match word_at(cx, k, true) {
        Some(NumWord::Scale(s)) => Some(s),
        Some(NumWord::Dozen) => Some(12.0),
        Some(NumWord::Hundred) => Some(100.0),
        _ => None,
    };
    if let Some(s) = scale {
        return Some(plain(first, k, f * s, 0.5 * s));
    }
    // "half a cent", "a quarter of a tonne", "half a mile": that much of one unit, which
    // the currency or the counted noun after the article is read from
    if k > start + 1 && cx.word(k).is_some_and(|w| one_unit(w.as_str())) {
        return Some(plain(first, k - 1, f, 0.0));
    }
    if !a_prefix {
        // ("half a percentage point" is read on as a fraction of the point; "half an
        // hour" as a length of time)
        let ok = half
            && (cx.is(start + 1, "a")
                && super::scan::point_after_fraction(cx, start + 1).is_some()
                || of_a_unit_of_time(cx, start + 1).is_some()
                || cx.word(start + 1).is_some_and(|n| {
                    matches!(
                        n.as_str(),
                        "of" | "the"
                            | "their"
                            | "its"
                            | "his"
                            | "her"
                            | "our"
                            | "all"
                            | "them"
                            | "people"
                    )
                })
                || half_a_change_closes(cx, start));
        if !ok {
            return None;
        }
    }
    let mut n = plain(first, start, f, 0.0);
    n.fraction = true;
    Some(n)
}

/// Whether a bare "half" at `at` is the size of a change closing its clause: "fell by
/// half.", "an increase of more than half,", "an increase of half,", "cut by almost
/// half", or before the level
/// it joins ("fell by half to 200"). Only a word of
/// change's "by" or a qualifier may stand before it ("the second half." is a period of
/// play, "the other half," a part).
fn half_a_change_closes(cx: &Cx, at: usize) -> bool {
    let closes = match cx.kind(at + 1) {
        None => true,
        Some(super::token::TokKind::Punct) => {
            matches!(cx.text(at + 1), "." | "," | ";" | ")" | ":" | "!" | "?")
                || matches!(cx.text(at + 1), "-" | "–" | "—") && !cx.glued(at + 1)
        }
        // ("fell by half to 200", "cut by half from 800": the levels the change joins)
        Some(super::token::TokKind::Word) => {
            at >= 1
                && cx.is(at - 1, "by")
                && ["to", "from", "since"].iter().any(|w| cx.is(at + 1, w))
        }
        _ => false,
    };
    // ("an increase of half,": "of" after a noun of change)
    let of_a_change = at >= 2
        && cx.is(at - 1, "of")
        && cx.word(at - 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "increase"
                    | "rise"
                    | "fall"
                    | "drop"
                    | "cut"
                    | "reduction"
                    | "decline"
                    | "jump"
                    | "gain"
                    | "decrease"
            )
        });
    closes
        && at >= 1
        && (of_a_change
            || cx.word(at - 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "by" | "than" | "almost" | "nearly" | "about" | "around" | "roughly" | "over"
                )
            }))
}

/// Whether `w` names one unit of money or measure ("cent", "pound", "mile", "tonne"),
/// which a fraction before it measures rather than shares out.
pub(super) fn one_unit(w: &str) -> bool {
    matches!(
        super::patterns::currency_suffix(w),
        Some((_, _)) if !w.ends_with('s') || w == "pence"
    ) || matches!(
        w,
        "mile"
            | "metre"
            | "meter"
            | "kilometre"
            | "kilometer"
            | "yard"
            | "foot"
            | "inch"
            | "litre"
            | "liter"
            | "pint"
            | "gallon"
            | "tonne"
            | "ton"
            | "kilo"
            | "kilogram"
            | "kilogramme"
            | "gram"
            | "ounce"
            | "acre"
            | "hectare"
    )
}

/// The last token of "an hour", "of an hour", "of a century" from `k`, after a fraction
/// ("half an hour", "a quarter of an hour", "three quarters of a century"): the fraction
/// is a length of time in that unit, not a share.
pub(super) fn of_a_unit_of_time(cx: &Cx, k: usize) -> Option<usize> {
    let k = if cx.is(k, "of") { k + 1 } else { k };
    let unit = k + 1;
    ((cx.is(k, "a") || cx.is(k, "an"))
        && cx.word(unit).is_some_and(
            |w| matches!(super::patterns::time_unit_name(w.as_str()), Some(u) if u == w.as_str()),
        ))
    .then_some(unit)
}

/// "a third", "a twenty-first", "a fifth of": an article before a denominator.
fn a_fraction(cx: &Cx, first: usize, start: usize) -> Option<Numeral> {
    let (d, plural, l) = denominator_at(cx, start)?;
    // ("down a fifth from its high", "prices rose a third since May": a change by the
    // fraction, as after "by")
    let changed = first >= 1
        && cx.word(first - 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "by" | "down"
                    | "up"
                    | "fell"
                    | "rose"
                    | "dropped"
                    | "slid"
                    | "slumped"
                    | "plunged"
                    | "jumped"
                    | "soared"
                    | "climbed"
            )
        });
    let follows = if changed {
        fraction_follows_by(cx, l + 1)
    } else {
        fraction_follows(cx, l + 1)
    };
    // "a third-place finish", "a third-party claim": the word is hyphened into one that
    // ranks or names, no share
    let hyphened = cx.text(l + 1) == "-" && cx.glued(l + 1) && cx.glued(l + 2);
    if plural
        || hyphened
        || !follows && cx.kind(l + 1) == Some(TokKind::Word) && !share_by_its_verb(cx, first, l + 1)
    {
        return None;
    }
    let mut n = plain(first, l, 1.0 / d, 0.0);
    n.fraction = true;
    Some(n)
}

/// Whether the verb at `j` makes "a third", "a fifth" before it (the "a" at `a_at`) a
/// share of a group: a verb that agrees with a plural ("a fifth rely on mobiles", "a
/// third were women"), or any verb when a word before bounds the share ("nearly a fifth
/// said", "over a third think so"). A rank is followed by what it ranks: "a third
/// meeting"; and "a third said" alone may be a third person.
fn share_by_its_verb(cx: &Cx, a_at: usize, j: usize) -> bool {
    let Some(w) = cx.word(j) else {
        return false;
    };
    let w = w.as_str();
    // (verbs said of a group, "a fifth think so", and the plural forms the group's list
    // leaves out because they are nouns after a count)
    let plural_verb = super::nouns::group_verb(w)
        || matches!(
            w,
            "are"
                | "were"
                | "have"
                | "do"
                | "don't"
                | "don’t"
                | "say"
                | "rely"
                | "live"
                | "use"
                | "own"
                | "work"
                | "support"
                | "plan"
                | "report"
                | "fear"
                | "worry"
                | "hope"
                | "intend"
                | "earn"
                | "lack"
        );
    // a share qualifier of the lexicon ends in the word before the "a" ("nearly", "more
    // than", "just under"), or one it leaves out
    let bounded = a_at >= 1
        && cx.word(a_at - 1).is_some_and(|q| {
            let q = q.as_str();
            crate::lexicon::SHARE_QUALIFIERS
                .iter()
                .any(|phrase| phrase.split_whitespace().last() == Some(q))
                || matches!(q, "approximately" | "barely" | "fully")
        });
    // ("nearly a fifth saying they were ill", "about a third using cash")
    let any_verb = super::nouns::verb_like(w)
        || w.len() > 4 && w.ends_with("ing")
        || matches!(
            w,
            "is" | "was" | "had" | "will" | "would" | "could" | "can" | "may" | "might" | "should"
        );
    plural_verb || bounded && any_verb
}

/// A spelled-out numeral after its whole part was read: the parts that may follow it.
struct Spelled {
    value: f64,
    last: usize,
    precision: f64,
    fraction: bool,
    /// The scale word it ended on ("two million"), which a later fraction multiplies.
    scale_end: Option<f64>,
}

impl Spelled {
    /// "two hundred point zero three", "five point five", "point seventy-one": whether a
    /// decimal part was read.
    fn point(&mut self, cx: &Cx) -> bool {
        if cx.is(self.last + 1, "point") {
            if let Some((f, digits, l)) = point_digits(cx, self.last + 2) {
                self.value += f;
                self.precision = 0.5 * 10f64.powi(-(digits as i32));
                self.last = l;
                return true;
            }
        }
        false
    }

    /// Denominator: "two thirds", "three twenty-firsts", "one fifth of" divide the
    /// number (after the last "and" only: `before_and`). "two hundredth" is a rank,
    /// returned as an ordinal numeral starting at `first`.
    fn denominator(&mut self, cx: &Cx, first: usize, before_and: Option<f64>) -> Option<Numeral> {
        let mut k = self.last + 1;
        let mut hyphened = false;
        if let Some(n) = joined(cx, k) {
            if word_at(cx, n, true).is_some() {
                hyphened = cx.glued(k) && cx.glued(n);
                k = n;
            }
        }
        let (d, plural, l) = match denominator_at(cx, k) {
            Some(found) => found,
            None if self.value == 1.0 && before_and.is_none() => {
                let (d, l) = scaled_denominator(cx, k)?;
                (d, false, l)
            }
            None => return None,
        };
        let big = d >= 100.0;
        let part = self.value - before_and.unwrap_or(0.0);
        // "one-fifth" hyphened is a share whatever follows ("a one-fifth stake", "by
        // one-fifth if elected"); "by one fifth" ends a change as "by a fifth" does
        let names_a_kind = cx.text(l + 1) == "-" && cx.glued(l + 1) && cx.glued(l + 2);
        let share_follows = !names_a_kind
            && (hyphened
                || if first >= 1 && cx.is(first - 1, "by") {
                    fraction_follows_by(cx, l + 1)
                } else {
                    fraction_follows(cx, l + 1)
                });
        if plural || (part == 1.0 && (before_and.is_some() || share_follows)) {
            match before_and {
                // "five billion and three quarters", "two million and one half": a
                // share of the scale the whole ended on ("three quarters million" of
                // the scale after it). Only a proper fraction is a share: in "one
                // hundred and thirty-two fifths" the whole is the numerator (132/5).
                Some(b) if part < d => {
                    let (unit, last) = match word_at(cx, l + 1, true) {
                        Some(NumWord::Scale(s)) => (s, l + 1),
                        _ => (millions_of(b), l),
                    };
                    self.value = b + part / d * unit;
                    self.fraction = false;
                    self.last = last;
                }
                _ => {
                    self.value /= d;
                    self.fraction = true;
                    self.last = l;
                }
            }
            self.precision = 0.0;
        } else if big && !plural {
            let mut n = plain(first, l, self.value * d, 0.5);
            n.ordinal = true;
            return Some(n);
        }
        None
    }

    /// "and a half", "and three fifths", then maybe a scale: "and a half million".
    fn and_part(&mut self, cx: &Cx) {
        if self.fraction {
            return;
        }
        if let Some((f, l)) = hyphened_and_a_half(cx, self.last) {
            self.value += f;
            self.last = l;
            self.precision = 0.0;
            return;
        }
        if !cx.is(self.last + 1, "and") {
            return;
        }
        let Some((f, l)) = and_fraction(cx, self.last + 2) else {
            return;
        };
        let after = word_at(cx, l + 1, true);
        if let Some(NumWord::Scale(s)) = after {
            // "two and a half million" scales the whole; "one billion and a half
            // million" adds half a million.
            self.value = if self.scale_end.is_some() {
                self.value + f * s
            } else {
                (self.value + f) * s
            };
            self.last = l + 1;
        } else if let Some(s) = self.scale_end {
            self.value += f * s;
            self.last = l;
        } else if cx.is(self.last, "dozen") {
            // "a dozen and a half" is eighteen: the half is of the dozen
            self.value += f * 12.0;
            self.last = l;
        } else {
            self.value += f;
            self.last = l;
        }
        self.precision = 0.0;
        self.scale_end = None;
    }

    /// A scale after a fraction, a "two and a half" or a decimal part: "two thirds of a
    /// million", "two point two million".
    fn scale_after(&mut self, cx: &Cx, pointed: bool) {
        if !(self.fraction || self.precision == 0.0 || pointed) {
            return;
        }
        let mut k = self.last + 1;
        if self.fraction && cx.is(k, "of") {
            k += 1;
            if cx.is(k, "a") {
                k += 1;
            }
        }
        if let Some(NumWord::Scale(s)) = word_at(cx, k, true) {
            if self.scale_end.is_none() {
                self.value *= s;
                self.last = k;
                self.fraction = false;
                self.precision = if pointed { self.precision * s } else { 0.5 * s };
            }
        }
    }
}

/// The scale of a million or more that a whole ends on ("five billion" → a billion),
/// or 1: what "and three quarters" after it is a share of.
fn millions_of(whole: f64) -> f64 {
    [1e12, 1e9, 1e6]
        .into_iter()
        .find(|s| whole >= *s && whole % s == 0.0)
        .unwrap_or(1.0)
}

/// The digits after "point": single digit words ("zero three"), a two-digit word
/// ("seventy-one", "eleven") or digits: (fraction, digit count, last token).
pub fn point_digits(cx: &Cx, j: usize) -> Option<(f64, usize, usize)> {
    if cx.kind(j) == Some(TokKind::Num) {
        let t = cx.text(j);
        if t.bytes().all(|b| b.is_ascii_digit()) {
            let f: f64 = format!("0.{t}").parse().ok()?;
            return Some((f, t.len(), j));
        }
        return None;
    }
    let mut digits = String::new();
    let mut k = j;
    while let Some(NumWord::Unit(d)) = word_at(cx, k, false) {
        digits.push(char::from(b'0' + d as u8));
        k += 1;
    }
    if digits.is_empty() {
        match word_at(cx, j, false)? {
            NumWord::Teen(v) => {
                digits = format!("{v}");
                k = j + 1;
            }
            NumWord::Tens(v) => {
                let mut v = v;
                k = j + 1;
                if let Some(n) = joined(cx, k) {
                    if let Some(NumWord::Unit(u)) = word_at(cx, n, false) {
                        v += u;
                        k = n + 1;
                    }
                }
                digits = format!("{v}");
            }
            _ => return None,
        }
    }
    let f: f64 = format!("0.{digits}").parse().ok()?;
    Some((f, digits.len(), k - 1))
}

/// A numeral said in words over tokens `first..=last`, with no scale, fraction or suffix.
pub(super) fn plain(first: usize, last: usize, value: f64, precision: f64) -> Numeral {
    Numeral {
        first,
        last,
        value,
        precision,
        words: true,
        bare_one: false,
        scale: None,
        fraction: false,
        ordinal: false,
        plain_digits: None,
        suffix: Suffix::None,
    }
}

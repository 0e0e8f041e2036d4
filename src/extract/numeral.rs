//! Numerals: digit strings ("1,200", "1.4"), glued forms ("2.5k", "3rd", "1990s") and
//! spelled-out numbers ("one hundred and twenty", "two-thirds", "a dozen"), each read from
//! a token position into a value and the precision its last stated digit implies.

use super::patterns::{num_word, scale_abbrev, Lower, NumWord};
use super::token::{Tok, TokKind};

/// Read access to one paragraph's tokens.
pub struct Cx<'a> {
    pub s: &'a str,
    pub toks: &'a [Tok],
    /// The paragraph lower-cased (ASCII), byte for byte beside `s[base..]`: the word
    /// lists are asked about nearly every token near a figure, and a lower-cased copy
    /// made once a paragraph spares each of those questions a copy of its own.
    low: &'a str,
    base: usize,
}

// The accessors are called for nearly every token; they stay inlined however large the
// scan's functions grow (a call each costs more than the accessor).
impl<'a> Cx<'a> {
    /// The tokens `toks` of `s`, with `low` the ASCII lower-casing of `s[base..]` as far
    /// as the last token reaches.
    pub fn new(s: &'a str, toks: &'a [Tok], low: &'a str, base: usize) -> Cx<'a> {
        Cx { s, toks, low, base }
    }

    /// The text of token `i`; empty past the end, so look-ahead never needs a bounds check.
    #[inline(always)]
    pub fn text(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.s.get(t.start()..t.end()))
            .unwrap_or("")
    }

    /// Token `i` lower-cased, for the word lists.
    #[inline(always)]
    pub fn lower(&self, i: usize) -> Lower<'a> {
        let Some(t) = self.toks.get(i) else {
            return Lower::Borrowed("");
        };
        let (start, end) = (t.start(), t.end());
        if end - start > Lower::LONGEST {
            // (as `Lower::new` has it: a word too long for any list)
            return Lower::new(self.text(i));
        }
        let low = start
            .checked_sub(self.base)
            .and_then(|a| self.low.get(a..end - self.base));
        Lower::Borrowed(low.unwrap_or(""))
    }

    /// The kind of token `i`, `None` past the end.
    #[inline(always)]
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is the word `w` (lower case), in any case.
    #[inline(always)]
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.text(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` touches the one before it.
    #[inline(always)]
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space)
    }

    /// Token `i` lower-cased when it is a word.
    #[inline(always)]
    pub fn word(&self, i: usize) -> Option<Lower<'a>> {
        (self.kind(i) == Some(TokKind::Word)).then(|| self.lower(i))
    }
}

/// A suffix glued to digits, or read from the word that follows.
#[derive(Debug, Clone, PartialEq)]
pub enum Suffix {
    None,
    Decade,
    /// "am"/"pm": a clock time.
    Clock,
    /// A unit of measure ("km"), lower-cased.
    Measure(String),
    /// A currency code glued after the digits ("115.5USD").
    /// With the divisor for minor units ("50p" → 100).
    Currency(&'static str, f64),
    /// A count of times said in one word ("twice", "thrice").
    Times,
    /// Basis points glued on ("75bp", "25bps"): hundredths of a percentage point.
    BasisPoints,
    /// "pc" or "pct" glued on ("5.6pc", "12pct"), as some British and agency styles write
    /// a percentage.
    Percent,
}

/// One numeral: tokens `first..=last`.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    pub first: usize,
    pub last: usize,
    pub value: f64,
    pub precision: f64,
    /// Spelled out in words.
    pub words: bool,
    /// A lone "one", which is usually a determiner, not a figure.
    pub bare_one: bool,
    /// A scale word or abbreviation multiplied it.
    pub scale: Option<f64>,
    /// A fraction with no whole part ("two-thirds", "a half", "3/4").
    pub fraction: bool,
    pub ordinal: bool,
    /// Plain digits with no separator, decimal point or scale ("2024"), for years.
    pub plain_digits: Option<usize>,
    pub suffix: Suffix,
}

/// Value, precision and whether it is plain digits, for a digit string with optional
/// thousands commas and a decimal point. `None` when malformed.
pub fn parse_digits(s: &str) -> Option<(f64, f64, bool)> {
    if let Some(whole) = parse_whole(s) {
        return Some(whole);
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if int.is_empty() || frac.is_some_and(|f| f.is_empty() || f.contains(['.', ','])) {
        return None;
    }
    // The digits without commas, then the fraction, gathered on the stack: this runs for
    // every figure, and two Strings a figure were a good part of the scan's allocations.
    // (A digit string too long for the stack buffer, which copy never has, goes to the heap.)
    let mut small = [0u8; 64];
    let mut big = Vec::new();
    let need = int.len() + frac.map_or(0, |f| f.len() + 1);
    let buf: &mut [u8] = if need <= small.len() {
        &mut small
    } else {
        big.resize(need, 0);
        &mut big
    };
    let mut n = 0;
    for b in int.bytes().filter(|b| *b != b',') {
        if !b.is_ascii_digit() {
            return None;
        }
        *buf.get_mut(n)? = b;
        n += 1;
    }
    let clean = n;
    let tz = buf[..clean]
        .iter()
        .rev()
        .take_while(|b| **b == b'0')
        .count();
    if let Some(f) = frac {
        for b in std::iter::once(b'.').chain(f.bytes()) {
            *buf.get_mut(n)? = b;
            n += 1;
        }
    }
    let value: f64 = std::str::from_utf8(&buf[..n]).ok()?.parse().ok()?;
    let precision = match frac {
        Some(f) => 0.5 * 10f64.powi(-(f.len() as i32)),
        None if value >= 1000.0 => 0.5 * 10f64.powi(tz.min(clean - 1) as i32),
        None => 0.5,
    };
    let plain = frac.is_none() && !int.contains(',');
    Some((value, precision, plain))
}

/// [`parse_digits`] for the common case, a whole number of up to 15 digits with or
/// without thousands commas ("117,000"), read without a float parser: every such number
/// is exact in an f64.
fn parse_whole(s: &str) -> Option<(f64, f64, bool)> {
    let b = s.as_bytes();
    if b.first().is_none_or(|c| *c == b',') {
        return None;
    }
    let mut value: u64 = 0;
    let mut digits = 0usize;
    let mut trailing_zeros = 0usize;
    let mut commas = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                if digits > 15 {
                    return None; // past what an f64 holds exactly: the careful path's
                }
                value = value * 10 + u64::from(c - b'0');
                trailing_zeros = if c == b'0' { trailing_zeros + 1 } else { 0 };
            }
            // A comma between digit groups; two together, or one at the end, are left
            // to the careful path.
            b',' if i + 1 < b.len() && b[i + 1] != b',' => commas = true,
            _ => return None,
        }
    }
    let value = value as f64;
    let precision = if value >= 1000.0 {
        0.5 * 10f64.powi(trailing_zeros.min(digits - 1) as i32)
    } else {
        0.5
    };
    Some((value, precision, !commas))
}

fn split_mixed(s: &str) -> Option<(&str, &str)> {
    let n = s
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',')
        .count();
    if n == 0 {
        return None;
    }
    let (num, rest) = s.split_at(n);
    // Letters then digits are a code ("4x4", "3G2"), unless they are a square or
    // cubic unit ("24m2", "100km2").
    if rest.bytes().any(|b| b.is_ascii_digit())
        && !super::patterns::measure_unit(&rest.to_ascii_lowercase())
    {
        return None;
    }
    Some((num, rest))
}

/// A numeral written with digits starting at token `i` (a `Num` or digit-led `Mixed`),
/// with a following scale word ("1.4 million") or abbreviation ("45 bn").
pub fn digits_at(cx: &Cx, i: usize) -> Option<Numeral> {
    if cx.kind(i) == Some(TokKind::Num) && cx.kind(i + 1) == Some(TokKind::Num) && cx.glued(i + 1) {
        return split_digits_at(cx, i);
    }
    let t = cx.text(i);
    let (num, suffix_text) = match cx.kind(i)? {
        TokKind::Num => (t, ""),
        TokKind::Mixed => split_mixed(t)?,
        _ => return None,
    };
    let (value, precision, plain) = parse_digits(num)?;
    let mut n = Numeral::of_digits(i..=i, (value, precision), plain.then_some(num.len()));
    if !suffix_text.is_empty() {
        glued_suffix(&mut n, suffix_text, plain)?;
    } else {
        if plain && num.len() <= 3 {
            space_grouped(cx, &mut n, num);
        }
        mixed_fraction(cx, &mut n);
        and_a_fraction(cx, &mut n);
        glued_vulgar_fraction(cx, &mut n);
        spaced_scale(cx, &mut n);
    }
    n.apply_scale();
    Some(n)
}

/// The numeral of the digits `digits` inside the letter-led token `i` ("RM42", "R50m",
/// "KSh10bn"), with the scale glued after them, if any, or a scale word after the token
/// ("RM42 million").
pub fn letter_led_digits(cx: &Cx, i: usize, digits: &str, scale: Option<f64>) -> Option<Numeral> {
    let (value, precision, plain) = parse_digits(digits)?;
    let mut n = Numeral::of_digits(i..=i, (value, precision), plain.then_some(digits.len()));
    match scale {
        Some(sc) => n.scale = Some(sc),
        None => spaced_scale(cx, &mut n),
    }
    n.apply_scale();
    Some(n)
}

impl Numeral {
    /// A numeral written in digits over tokens `tokens`, with its value and precision
    /// and, when it is plain digits, their count.
    fn of_digits(
        tokens: std::ops::RangeInclusive<usize>,
        (value, precision): (f64, f64),
        plain_digits: Option<usize>,
    ) -> Numeral {
        Numeral {
            first: *tokens.start(),
            last: *tokens.end(),
            value,
            precision,
            words: false,
            bare_one: false,
            scale: None,
            fraction: false,
            ordinal: false,
            plain_digits,
            suffix: Suffix::None,
        }
    }

    /// Multiplies the value and precision by the scale read after the digits ("4.5
    /// million"), which makes them no longer plain digits.
    fn apply_scale(&mut self) {
        if let Some(sc) = self.scale {
            self.value *= sc;
            self.precision *= sc;
            self.plain_digits = None;
        }
    }
}

/// Digit groups with nothing between them but a character copy carries unseen ("12\u{200b}500",
/// which the tokenizer leaves out): one number. The rare path, so it may allocate.
fn split_digits_at(cx: &Cx, i: usize) -> Option<Numeral> {
    let mut joined = String::from(cx.text(i));
    let mut last = i;
    while cx.kind(last + 1) == Some(TokKind::Num) && cx.glued(last + 1) {
        last += 1;
        joined.push_str(cx.text(last));
    }
    let (value, precision, plain) = parse_digits(&joined)?;
    let mut n = Numeral::of_digits(i..=last, (value, precision), plain.then_some(joined.len()));
    spaced_scale(cx, &mut n);
    n.apply_scale();
    Some(n)
}

/// Whether "st" after `value` makes an ordinal: "1st", "21st", "101st" (not "11st").
fn ordinal_st(value: f64) -> bool {
    value.fract() == 0.0 && value % 10.0 == 1.0 && value % 100.0 != 11.0
}

/// What letters glued after the digits make of them: a scale ("45bn"), an ordinal
/// ("3rd"), a decade ("1990s"), a clock time ("9pm"), a unit ("5km") or a currency
/// ("50p", "115.5USD"). `None` when the letters are none of these.
fn glued_suffix(n: &mut Numeral, suffix_text: &str, plain: bool) -> Option<()> {
    let low = Lower::new(suffix_text);
    let sx = low.as_str();
    if let Some(sc) = scale_abbrev(suffix_text).or_else(|| scale_abbrev(sx)) {
        n.scale = Some(sc);
    } else if sx == "st" && !ordinal_st(n.value) {
        // "weighs 9st": stone, where an ordinal would be "9th"
        n.suffix = Suffix::Measure(sx.to_string());
    } else if matches!(sx, "st" | "nd" | "rd" | "th") {
        n.ordinal = true;
    } else if sx == "s"
        && n.value % 10.0 == 0.0
        && plain
        // two digits ("90s") or four ("1990s"): "190s" is a model ("Embraer 190s")
        && (n.value < 100.0 || (1000.0..10000.0).contains(&n.value))
    {
        n.suffix = Suffix::Decade;
    } else if matches!(sx, "bp" | "bps") {
        n.suffix = Suffix::BasisPoints;
    } else if matches!(suffix_text, "pc" | "pct") {
        // (lower case only: "486PC" names a computer)
        n.suffix = Suffix::Percent;
    } else if matches!(sx, "am" | "pm") {
        n.suffix = Suffix::Clock;
    } else if glued_time_unit(suffix_text, n.precision < 0.5).is_some() {
        // "2hr", "45mins", "7h", "9.58s": a length of time glued on
        n.suffix = Suffix::Measure(sx.to_string());
    } else if super::patterns::measure_unit(sx) && suffix_text != "G" || sx == "in" {
        // (a glued "in" is inches, "a 42in screen"; spaced, "in" is never a unit)
        // ("2G", "5G" are generations of mobile networks, named like "3D"; grams are
        // a lower-case "g")
        n.suffix = Suffix::Measure(sx.to_string());
    } else if let Some((code, div)) = super::patterns::currency_suffix(sx) {
        n.suffix = Suffix::Currency(code, div);
    } else if let Some(code) = super::patterns::currency_prefix(suffix_text) {
        n.suffix = Suffix::Currency(code, 1.0);
    } else {
        return None;
    }
    n.plain_digits = None;
    Some(())
}

/// The unit of time a suffix glued to digits abbreviates ("hr", "mins", "yrs"; "h" and,
/// after decimals, "s", in lower case: "7h", "9.58s"; "the 1,000s" are thousands), by
/// its singular name.
pub fn glued_time_unit(suffix: &str, decimals: bool) -> Option<&'static str> {
    Some(match suffix {
        "h" | "hr" | "hrs" | "Hr" | "Hrs" => "hour",
        "min" | "mins" | "Min" | "Mins" => "minute",
        "sec" | "secs" => "second",
        "s" if decimals => "second",
        "yr" | "yrs" => "year",
        "wk" | "wks" => "week",
        _ => return None,
    })
}

/// Space-grouped thousands: "1 200", "1 234 567", after the first group `num`.
fn space_grouped(cx: &Cx, n: &mut Numeral, num: &str) {
    let i = n.first;
    let mut j = i + 1;
    let mut grouped = String::from(num);
    while cx.kind(j) == Some(TokKind::Num) && !cx.glued(j) && single_space(cx, j) {
        let t = cx.text(j);
        let (whole, decimals) = t.split_once('.').unwrap_or((t, ""));
        if whole.len() != 3 || !whole.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        // "20 737-800 jets": digits hyphened onto more are a model or code, no group.
        let hyphened_on = matches!(cx.text(j + 1), "-" | "–")
            && cx.glued(j + 1)
            && cx.glued(j + 2)
            && matches!(cx.kind(j + 2), Some(TokKind::Num | TokKind::Mixed));
        if hyphened_on {
            break;
        }
        grouped.push_str(t);
        j += 1;
        // "1 234 567.89": the decimal part ends the number.
        if !decimals.is_empty() {
            break;
        }
    }
    if j > i + 1 && cx.kind(j) != Some(TokKind::Num) {
        if let Some((v, p, _)) = parse_digits(&grouped) {
            n.value = v;
            n.precision = p;
            n.last = j - 1;
            n.plain_digits = None;
        }
    }
}

/// A mixed fraction "2 1/4".
fn mixed_fraction(cx: &Cx, n: &mut Numeral) {
    if let Some((a, b, k)) = slash_fraction(cx, n.last + 1) {
        if !cx.glued(n.last + 1) && a < b {
            n.value += a / b;
            n.precision = 0.0;
            n.last = k;
            n.plain_digits = None;
        }
    }
}

/// "14 and a half", "2 and three quarters": a whole number in digits and a fraction in
/// words after "and" are one figure, as "two and a half" is ("14 and a half years").
fn and_a_fraction(cx: &Cx, n: &mut Numeral) {
    if n.value.fract() != 0.0 || n.plain_digits.is_none() || !cx.is(n.last + 1, "and") {
        return;
    }
    if let Some((f, last)) = super::words::and_fraction(cx, n.last + 2).filter(|&(f, _)| f < 1.0) {
        n.value += f;
        n.precision = 0.0;
        n.last = last;
        n.plain_digits = None;
    }
}

/// The value of a fraction written as one character ("½", "¾"), as copy and decoded
/// HTML entities ("&frac12;") give it.
pub fn vulgar_value(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// "3½", "2¼ million": a whole number with a one-character fraction glued after it is
/// one figure, so a scale word after the fraction scales both.
fn glued_vulgar_fraction(cx: &Cx, n: &mut Numeral) {
    let j = n.last + 1;
    if n.value.fract() != 0.0 || !cx.glued(j) || cx.kind(j) != Some(TokKind::Punct) {
        return;
    }
    // (The fractions are all outside ASCII: "4,200." is turned away on one byte.)
    if cx.text(j).as_bytes().first().is_some_and(|b| *b < 0x80) {
        return;
    }
    if let Some(f) = vulgar_value(cx.text(j)) {
        n.value += f;
        n.precision = 0.0;
        n.last = j;
        n.plain_digits = None;
    }
}

/// A scale word or abbreviation after a space: "1.4 million", "45 bn", "3 dozen".
fn spaced_scale(cx: &Cx, n: &mut Numeral) {
    let j = n.last + 1;
    let Some(w) = cx.word(j) else {
        return;
    };
    match num_word(w.as_str()) {
        Some(NumWord::Scale(sc)) => {
            n.scale = Some(sc);
            n.last = j;
        }
        Some(NumWord::Hundred) if n.value.fract() == 0.0 => {
            n.scale = Some(100.0);
            n.last = j;
        }
        Some(NumWord::Dozen) => {
            n.scale = Some(12.0);
            n.last = j;
        }
        _ => {
            // After a space only the unambiguous abbreviations ("2.33 k", "45 bn");
            // a lone "m" or "b" is too often something else, but not after a sum of
            // money ("$458 m (£242.7m)"), which is no length
            let money = n
                .first
                .checked_sub(1)
                .is_some_and(|p| cx.glued(n.first) && super::scan::is_currency_symbol(cx.text(p)));
            let lone_m = cx.text(j) == "m" && money && single_space(cx, j);
            if lone_m
                || matches!(
                    cx.text(j),
                    "k" | "bn" | "mn" | "tn" | "mln" | "bln" | "trn" | "tln"
                )
            {
                n.scale = scale_abbrev(cx.text(j));
                n.last = j;
            }
        }
    }
    if n.scale.is_some() {
        n.plain_digits = None;
    }
}

fn single_space(cx: &Cx, j: usize) -> bool {
    match (cx.toks.get(j - 1), cx.toks.get(j)) {
        (Some(a), Some(b)) => {
            let gap = cx.s.get(a.end()..b.start()).unwrap_or("");
            gap == " " || gap == "\u{a0}" || gap == "\u{2009}" || gap == "\u{202f}"
        }
        _ => false,
    }
}

/// `a/b` starting at token `i`: (a, b, index of b's token).
pub fn slash_fraction(cx: &Cx, i: usize) -> Option<(f64, f64, usize)> {
    // "3/4", or with the fraction slash "3⁄4".
    if cx.kind(i)? != TokKind::Num || !matches!(cx.text(i + 1), "/" | "⁄") || !cx.glued(i + 1) {
        return None;
    }
    if cx.kind(i + 2)? != TokKind::Num || !cx.glued(i + 2) {
        return None;
    }
    // "5/17/2018" is a date.
    if cx.text(i + 3) == "/" && cx.glued(i + 3) {
        return None;
    }
    let a: f64 = cx.text(i).parse().ok()?;
    let b: f64 = cx.text(i + 2).parse().ok()?;
    if b == 0.0 || b > 16.0 || a >= b || (a == 9.0 && b == 11.0) || (a == 7.0 && b == 7.0) {
        return None;
    }
    Some((a, b, i + 2))
}

pub use super::words::words_at;

#[cfg(test)]
mod tests {
    /// The reading before the stack buffer: Strings for the digits, kept as the reference.
    fn parse_digits_reference(s: &str) -> Option<(f64, f64, bool)> {
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (s, None),
        };
        if int.is_empty() || frac.is_some_and(|f| f.is_empty() || f.contains(['.', ','])) {
            return None;
        }
        let clean: String = int.chars().filter(|c| *c != ',').collect();
        if !clean.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut text = clean.clone();
        if let Some(f) = frac {
            text.push('.');
            text.push_str(f);
        }
        let value: f64 = text.parse().ok()?;
        let precision = match frac {
            Some(f) => 0.5 * 10f64.powi(-(f.len() as i32)),
            None if value >= 1000.0 => {
                let tz = clean.bytes().rev().take_while(|b| *b == b'0').count();
                0.5 * 10f64.powi(tz.min(clean.len() - 1) as i32)
            }
            None => 0.5,
        };
        let plain = frac.is_none() && !int.contains(',');
        Some((value, precision, plain))
    }

    #[test]
    fn parse_digits_reads_as_the_reference_does() {
        let long = "9".repeat(80);
        let long_frac = format!("1.{}", "0".repeat(70));
        for s in [
            "0",
            "7",
            "15",
            "2024",
            "117,000",
            "1,200",
            "12,34,567",
            "1.4",
            "0.25",
            "3.",
            ".5",
            ",5",
            ",.5",
            "1,0,0",
            "1.2.3",
            "1.2,3",
            "10000",
            "1000.50",
            "9,007,199,254,740,993",
            "123,456,789,012,345",
            "1234567890123456",
            "999999999999999",
            "1,,0",
            "1,",
            "0000",
            "007",
            "10,000,000,000,000,000,000",
            "99999999999999999999",
            "1a",
            "",
            long.as_str(),
            long_frac.as_str(),
        ] {
            assert_eq!(parse_digits(s), parse_digits_reference(s), "{s:?}");
        }
    }

    use super::super::token::tokenize;
    use super::*;

    fn words(s: &str) -> Option<(f64, String)> {
        let mut toks = Vec::new();
        tokenize(s, 0, s.len(), &mut toks);
        let low = s.to_ascii_lowercase();
        let cx = Cx::new(s, &toks, &low, 0);
        words_at(&cx, 0).map(|n| (n.value, s[toks[0].start()..toks[n.last].end()].to_string()))
    }

    fn digits(s: &str) -> Option<(f64, f64)> {
        let mut toks = Vec::new();
        tokenize(s, 0, s.len(), &mut toks);
        let low = s.to_ascii_lowercase();
        let cx = Cx::new(s, &toks, &low, 0);
        digits_at(&cx, 0).map(|n| (n.value, n.precision))
    }

    #[test]
    fn spelled_numbers() {
        assert_eq!(words("two"), Some((2.0, "two".into())));
        assert_eq!(
            words("twenty-five people"),
            Some((25.0, "twenty-five".into()))
        );
        assert_eq!(
            words("one hundred and twenty days"),
            Some((120.0, "one hundred and twenty".into()))
        );
        assert_eq!(words("a million removals"), Some((1e6, "a million".into())));
        assert_eq!(words("a dozen"), Some((12.0, "a dozen".into())));
        assert_eq!(
            words("two and a half million"),
            Some((2.5e6, "two and a half million".into()))
        );
        assert_eq!(
            words("half a million"),
            Some((5e5, "half a million".into()))
        );
        assert_eq!(
            words("one point three"),
            Some((1.3, "one point three".into()))
        );
        assert_eq!(
            words("twenty-one trillion three hundred"),
            Some((21e12 + 300.0, "twenty-one trillion three hundred".into()))
        );
    }

    #[test]
    fn spelled_fractions() {
        let (v, t) = words("two-thirds").unwrap();
        assert!((v - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(t, "two-thirds");
        assert_eq!(
            words("a third of voters"),
            Some((1.0 / 3.0, "a third".into()))
        );
        assert_eq!(
            words("three-quarters"),
            Some((0.75, "three-quarters".into()))
        );
    }

    #[test]
    fn words_that_are_not_numerals() {
        assert_eq!(words("a report"), None);
        assert_eq!(words("a third country"), None);
        assert_eq!(words("half-time"), None);
        assert_eq!(words("two three"), Some((2.0, "two".into())));
    }

    #[test]
    fn digit_forms_and_precision() {
        assert_eq!(digits("271,000"), Some((271000.0, 500.0)));
        assert_eq!(digits("1.4 million"), Some((1.4e6, 50000.0)));
        assert_eq!(digits("15"), Some((15.0, 0.5)));
        assert_eq!(digits("1 200 people"), Some((1200.0, 50.0)));
        assert_eq!(digits("2.5k"), Some((2500.0, 50.0)));
        assert_eq!(digits("3.2bn"), Some((3.2e9, 5e7)));
        assert_eq!(digits("2 1/4"), Some((2.25, 0.0)));
        assert_eq!(digits("G7"), None);
        assert_eq!(digits("3D"), None);
    }
}

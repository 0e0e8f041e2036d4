//! Word lists: number words, scales, currencies, units, months and the words that make a
//! following number part of a name. Lookups lower-case into a stack buffer, so the hot
//! loop never allocates.

/// (see [`Lower::LONGEST`])
const LOWER_LONGEST: usize = 24;

/// A word lower-cased: borrowed when it already is (most words in prose) or from a
/// lower-cased copy of its paragraph, else copied into a fixed buffer (words longer than
/// it never match any list).
pub enum Lower<'a> {
    Borrowed(&'a str),
    Owned([u8; LOWER_LONGEST], usize),
}

impl<'a> Lower<'a> {
    /// The longest word lower-cased into a buffer of its own.
    pub const LONGEST: usize = LOWER_LONGEST;

    /// `word` lower-cased (ASCII); empty when too long to be in any list.
    #[inline]
    pub fn new(word: &'a str) -> Lower<'a> {
        let b = word.as_bytes();
        if !b.iter().any(u8::is_ascii_uppercase) {
            return Lower::Borrowed(word);
        }
        let mut buf = [0u8; Self::LONGEST];
        if b.len() > buf.len() {
            return Lower::Owned(buf, 0);
        }
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        Lower::Owned(buf, b.len())
    }

    /// The lower-cased word.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            Lower::Owned(buf, len) => std::str::from_utf8(&buf[..*len]).unwrap_or(""),
        }
    }
}

/// What a number word contributes to a spelled-out numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumWord {
    /// zero–nine.
    Unit(f64),
    /// ten–nineteen.
    Teen(f64),
    /// twenty–ninety.
    Tens(f64),
    Hundred,
    /// thousand and up (and lakh, crore).
    Scale(f64),
    Dozen,
    /// An ordinal ("third", "twentieth"); as a denominator it also makes fractions.
    Ordinal(f64),
    /// A plural denominator ("thirds", "quarters", "halves").
    Denominators(f64),
    Half,
    Quarter,
}

/// The number word `w` (lower case), if it is one.
#[inline]
pub fn num_word(w: &str) -> Option<NumWord> {
    // A string `match` compares arm by arm: a hundred compares for the common word that
    // is none of them, where the table test turns it away at once.
    if !maybe_number_word(w) {
        return None;
    }
    listed_num_word(w)
}

/// [`num_word`] without the quick test: the word lists themselves.
fn listed_num_word(w: &str) -> Option<NumWord> {
    use NumWord::*;
    Some(match w {
        "zero" | "nought" | "naught" => Unit(0.0),
        "one" => Unit(1.0),
        "two" => Unit(2.0),
        "three" => Unit(3.0),
        "four" => Unit(4.0),
        "five" => Unit(5.0),
        "six" => Unit(6.0),
        "seven" => Unit(7.0),
        "eight" => Unit(8.0),
        "nine" => Unit(9.0),
        "ten" => Teen(10.0),
        "eleven" => Teen(11.0),
        "twelve" => Teen(12.0),
        "thirteen" => Teen(13.0),
        "fourteen" => Teen(14.0),
        "fifteen" => Teen(15.0),
        "sixteen" => Teen(16.0),
        "seventeen" => Teen(17.0),
        "eighteen" => Teen(18.0),
        "nineteen" => Teen(19.0),
        "twenty" => Tens(20.0),
        "thirty" => Tens(30.0),
        "forty" | "fourty" => Tens(40.0),
        "fifty" => Tens(50.0),
        "sixty" => Tens(60.0),
        "seventy" => Tens(70.0),
        "eighty" => Tens(80.0),
        "ninety" => Tens(90.0),
        "hundred" => Hundred,
        "thousand" => Scale(1e3),
        "million" => Scale(1e6),
        "billion" => Scale(1e9),
        "trillion" => Scale(1e12),
        "lakh" | "lakhs" | "lac" => Scale(1e5),
        "crore" | "crores" => Scale(1e7),
        "dozen" => Dozen,
        "half" => Half,
        "quarter" => Quarter,
        "halves" => Denominators(2.0),
        "quarters" => Denominators(4.0),
        _ => return ordinal_word(w),
    })
}

fn ordinal_word(w: &str) -> Option<NumWord> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) => (s, true),
        None => (w, false),
    };
    let v = match stem {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        // "nineth": a common misspelling, read as "fourty" is.
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    };
    // "firsts"/"seconds" are not denominators.
    if plural {
        return (v > 2.0).then_some(NumWord::Denominators(v));
    }
    Some(NumWord::Ordinal(v))
}

/// Scale abbreviations written after digits ("45m", "3.2bn", "2.5k").
pub fn scale_abbrev(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "m" | "mn" | "mln" | "M" => 1e6,
        "bn" | "b" | "B" | "bln" => 1e9,
        "tn" | "trn" | "tln" => 1e12,
        // "2mil": the informal abbreviation, glued ("mil" after a space is a word
        // reader's scale).
        "mil" => 1e6,
        // Finance's thousand thousands ("$1MM"), glued only.
        "MM" => 1e6,
        _ => return None,
    })
}

/// A currency written before the figure ("$", "£", "US$", "EUR"): ISO code.
pub fn currency_prefix(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" | "us$" | "US$" | "U.S.$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" | "JP¥" => "JPY",
        "₹" | "Rs" | "Rs." | "INR" => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        "₦" => "NGN",
        "C$" | "CA$" | "cad$" | "CAD$" => "CAD",
        "A$" | "AU$" | "AUD$" => "AUD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "R$" => "BRL",
        "RM" => "MYR",
        // (East African shillings as their own papers write them: "KSh 10bn", "USh 5m")
        "KSh" | "Ksh" => "KES",
        "USh" => "UGX",
        "TSh" => "TZS",
        "Fr" | "CHF" => "CHF",
        "USD" => "USD",
        "GBP" => "GBP",
        "EUR" => "EUR",
        "JPY" => "JPY",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "CNY" | "RMB" => "CNY",
        "MYR" => "MYR",
        "UAH" => "UAH",
        "MNT" => "MNT",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "ZAR" => "ZAR",
        "NZD" => "NZD",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "MXN" => "MXN",
        "BRL" => "BRL",
        "KRW" => "KRW",
        "RUB" => "RUB",
        "TRY" => "TRY",
        "PLN" => "PLN",
        "AED" => "AED",
        "SAR" => "SAR",
        "EGP" => "EGP",
        "NGN" => "NGN",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        "₺" => "TRY",
        "₫" => "VND",
        "₱" => "PHP",
        "₴" => "UAH",
        "₪" => "ILS",
        "฿" => "THB",
        "₮" => "MNT",
        "₸" => "KZT",
        "₿" | "BTC" | "XBT" => "BTC",
        _ => return OTHER_CODES.binary_search(&s).ok().map(|i| OTHER_CODES[i]),
    })
}

/// ISO 4217 codes of other currencies news copy names, read before or after a figure
/// ("42 QAR", "KWD 10"), sorted for a binary search. Codes that are also common
/// capitalised words or company names ("ALL", "CUP", "AMD", "TOP") are left out.
const OTHER_CODES: &[&str] = &[
    "AFN", "ARS", "BDT", "BGN", "BHD", "CLP", "COP", "CRC", "CZK", "DZD", "ETB", "GHS", "HRK",
    "HUF", "IDR", "ILS", "IQD", "IRR", "ISK", "JOD", "KES", "KWD", "KZT", "LAK", "LBP", "LKR",
    "LYD", "MAD", "MMK", "MNT", "NPR", "OMR", "PHP", "PKR", "QAR", "RON", "RSD", "SYP", "THB",
    "TND", "TWD", "TZS", "UAH", "UGX", "VND", "XAF", "XOF", "YER", "ZMW",
];

/// A currency word or code written after the figure, lower-cased: (ISO code, divisor for
/// minor units such as cents).
pub fn currency_suffix(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        // "dlr", "dlrs", "cts", "stg": US wire copy's abbreviations.
        "dollar" | "dollars" | "usd" | "bucks" | "dlr" | "dlrs" => ("USD", 1.0),
        "cent" | "cents" | "cts" => ("USD", 100.0),
        "pound" | "pounds" | "gbp" | "quid" | "sterling" | "stg" => ("GBP", 1.0),
        "pence" | "penny" | "pennies" | "p" => ("GBP", 100.0),
        "euro" | "euros" | "eur" => ("EUR", 1.0),
        "yen" | "jpy" => ("JPY", 1.0),
        "yuan" | "renminbi" | "cny" | "rmb" => ("CNY", 1.0),
        "rupee" | "rupees" | "inr" => ("INR", 1.0),
        // A bare "francs" is read in scan (money, whose country it does not say).
        "chf" => ("CHF", 1.0),
        "deutschmark" | "deutschmarks" | "deutschemark" | "deutschemarks" => ("DEM", 1.0),
        "guilder" | "guilders" => ("NLG", 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" => ("RUB", 1.0),
        "peso" | "pesos" => ("MXN", 1.0),
        "rand" => ("ZAR", 1.0),
        "naira" => ("NGN", 1.0),
        // "lire" is the Italian plural (Italy's lira until 2002); Turkish copy writes "lira".
        "lira" => ("TRY", 1.0),
        "lire" => ("ITL", 1.0),
        "krona" | "kronor" => ("SEK", 1.0),
        "krone" | "kroner" => ("NOK", 1.0),
        "reais" => ("BRL", 1.0),
        // Iran, Oman and Yemen spell theirs "rial", Saudi Arabia and Qatar "riyal"; a
        // bare "rials" in news copy is most often Iran's
        "rial" | "rials" => ("IRR", 1.0),
        "riyal" | "riyals" => ("SAR", 1.0),
        "dinar" | "dinars" => ("KWD", 1.0),
        "dirham" | "dirhams" => ("AED", 1.0),
        "ringgit" => ("MYR", 1.0),
        "baht" => ("THB", 1.0),
        "shekel" | "shekels" => ("ILS", 1.0),
        "zloty" | "zlotys" | "zlotych" => ("PLN", 1.0),
        "ringgits" => ("MYR", 1.0),
        "markka" | "markkaa" => ("FIM", 1.0),
        "peseta" | "pesetas" => ("ESP", 1.0),
        "escudo" | "escudos" => ("PTE", 1.0),
        "drachma" | "drachmas" | "drachmae" => ("GRD", 1.0),
        "tugrik" | "tugriks" | "tughrik" | "tughriks" => ("MNT", 1.0),
        "rupiah" => ("IDR", 1.0),
        "hryvnia" | "hryvnias" => ("UAH", 1.0),
        "forint" | "forints" => ("HUF", 1.0),
        "koruna" | "korunas" => ("CZK", 1.0),
        "taka" => ("BDT", 1.0),
        "cedi" | "cedis" => ("GHS", 1.0),
        "kwacha" => ("ZMW", 1.0),
        "bitcoin" | "bitcoins" | "btc" => ("BTC", 1.0),
        "cad" => ("CAD", 1.0),
        "aud" => ("AUD", 1.0),
        _ => return None,
    })
}

/// An adjective before a currency word that names whose it is, lower-cased: "Australian
/// dollars", "Canadian dlrs", "French francs", "German marks".
pub fn currency_adjective(adj: &str, noun: &str) -> Option<&'static str> {
    match noun {
        "dollar" | "dollars" | "dlr" | "dlrs" => Some(match adj {
            "us" | "american" => "USD",
            "australian" => "AUD",
            "canadian" => "CAD",
            "new zealand" | "nz" => "NZD",
            "hong" => "HKD",
            "singapore" => "SGD",
            "egyptian" => "EGP",
            "mexican" => "MXN",
            "swiss" => "CHF",
            "indian" => "INR",
            _ => return None,
        }),
        "franc" | "francs" => Some(match adj {
            "french" => "FRF",
            "swiss" => "CHF",
            "belgian" => "BEF",
            "luxembourg" => "LUF",
            _ => return None,
        }),
        "mark" | "marks" => Some(match adj {
            "german" | "deutsche" => "DEM",
            "finnish" => "FIM",
            _ => return None,
        }),
        "pound" | "pounds" => Some(match adj {
            "egyptian" => "EGP",
            "lebanese" => "LBP",
            "syrian" => "SYP",
            "sudanese" => "SDG",
            "british" => "GBP",
            _ => return None,
        }),
        "dinar" | "dinars" => Some(match adj {
            "kuwaiti" => "KWD",
            "iraqi" => "IQD",
            "jordanian" => "JOD",
            "bahraini" => "BHD",
            "libyan" => "LYD",
            "tunisian" => "TND",
            "algerian" => "DZD",
            "serbian" => "RSD",
            _ => return None,
        }),
        "riyal" | "riyals" | "rial" | "rials" => Some(match adj {
            "saudi" => "SAR",
            "qatari" => "QAR",
            "omani" => "OMR",
            "iranian" => "IRR",
            "yemeni" => "YER",
            _ => return None,
        }),
        "peso" | "pesos" => Some(match adj {
            "mexican" => "MXN",
            "argentine" | "argentinian" => "ARS",
            "chilean" => "CLP",
            "colombian" => "COP",
            "philippine" => "PHP",
            _ => return None,
        }),
        "rupee" | "rupees" => Some(match adj {
            "indian" => "INR",
            "pakistani" => "PKR",
            "nepalese" | "nepali" => "NPR",
            _ => return None,
        }),
        "krona" | "kronor" | "krone" | "kroner" => Some(match adj {
            "swedish" => "SEK",
            "danish" => "DKK",
            "norwegian" => "NOK",
            "icelandic" => "ISK",
            _ => return None,
        }),
        // A country's adjective before its only currency: "Turkish lira", "Chinese yuan".
        "lira" if adj == "turkish" => Some("TRY"),
        "lira" | "lire" if adj == "italian" => Some("ITL"),
        "yuan" if adj == "chinese" => Some("CNY"),
        "ringgit" | "ringgits" if matches!(adj, "malaysian" | "malaysia") => Some("MYR"),
        "markka" if adj == "finnish" => Some("FIM"),
        "guilder" | "guilders" if adj == "dutch" => Some("NLG"),
        "yen" if adj == "japanese" => Some("JPY"),
        "won" if matches!(adj, "korean" | "south") => Some("KRW"),
        _ => None,
    }
}

/// Units of time: a figure before one is a duration.
pub fn time_unit(w: &str) -> bool {
    time_unit_name(w).is_some()
}

/// A unit of time by its singular name ("mins" → "minute"), for joining two units of one
/// span ("two hours and 15 minutes").
pub fn time_unit_name(w: &str) -> Option<&'static str> {
    Some(match w {
        "nanosecond" | "nanoseconds" => "nanosecond",
        "microsecond" | "microseconds" => "microsecond",
        "millisecond" | "milliseconds" => "millisecond",
        "second" | "seconds" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "fortnight" | "fortnights" => "fortnight",
        "month" | "months" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// Month names (capitalised in copy).
pub fn month(w: &str) -> bool {
    crate::lexicon::month_number(w).is_some() || crate::lexicon::MONTH_ABBREVIATIONS.contains(&w)
}

/// Units of measure glued to or following digits ("3km", "250 ml").
pub fn measure_unit(w: &str) -> bool {
    matches!(
        w,
        "km" | "kms"
            | "m"
            | "cm"
            | "mm"
            | "mi"
            | "ft"
            | "kg"
            | "kgs"
            | "g"
            | "mg"
            | "mcg"
            | "lb"
            | "lbs"
            | "oz"
            | "l"
            | "ml"
            | "mls"
            | "cl"
            | "gal"
            | "mph"
            | "kph"
            | "kmh"
            | "kw"
            | "mw"
            | "gw"
            | "kwh"
            | "mwh"
            | "gwh"
            | "twh"
            | "gb"
            | "mb"
            | "tb"
            | "c"
            | "f"
            | "sq"
            | "ha"
            | "kmph"
            | "m2"
            | "km2"
            | "cm2"
            | "m3"
            | "cm3"
            | "sqm"
            | "sqft"
            | "cc"
            // (batteries, links and clocks in technology copy: "3,000mAh", "100Mbps",
            // "3.2GHz")
            | "mah"
            | "kbps"
            | "mbps"
            | "gbps"
            | "hz"
            | "khz"
            | "mhz"
            | "ghz"
    )
}

/// A unit of measure as written apart from its digits ("4,200 MW", "5 kg", "2.4 GHz",
/// "3,100 kWh"): the units of [`measure_unit`] that are no word, name or scale on their
/// own. Left out: a lone letter ("5 m" is millions as often as metres, "5 C"), "mi",
/// "sq" (read with the unit after it), and capitalised forms that are words or places
/// ("Oz", "Ha", "Gal").
pub fn spaced_measure_unit(written: &str) -> bool {
    if written.len() < 2 {
        return false;
    }
    let lower = written.to_ascii_lowercase();
    let usual = match lower.as_str() {
        "mi" | "sq" => return false,
        // written as words are only in lower case
        "ha" | "gal" | "oz" | "cc" | "lb" | "lbs" | "ft" | "mph" => written == lower,
        _ => true,
    };
    usual && measure_unit(&lower)
}

/// Capitalised words after which a number is part of a name: "Title 42", "Boeing 737".
// Long only because it is a word list, one word a line as rustfmt lays it out.
pub fn name_word(w: &str) -> bool {
    matches!(
        w,
        "title"
            | "section"
            | "article"
            | "chapter"
            | "clause"
            | "paragraph"
            | "schedule"
            | "amendment"
            | "proposition"
            | "prop"
            | "rule"
            | "resolution"
            | "directive"
            | "regulation"
            | "windows"
            | "boeing"
            | "airbus"
            | "apollo"
            | "route"
            | "highway"
            | "interstate"
            | "room"
            | "flight"
            | "gate"
            | "terminal"
            | "platform"
            | "channel"
            | "formula"
            | "version"
            | "level"
            | "phase"
            | "stage"
            | "part"
            | "volume"
            | "vol"
            | "episode"
            | "model"
            | "iphone"
            | "galaxy"
            | "pixel"
            | "xbox"
            | "playstation"
            | "figure"
            | "table"
            | "appendix"
            | "annex"
            | "exhibit"
            | "block"
            | "building"
            | "floor"
            | "ward"
            | "district"
            | "precinct"
            | "zone"
            | "pier"
            | "unit"
            | "no"
            | "number"
            | "vision"
            | "agenda"
            | "ios"
            | "android"
            | "covid"
            | "sars"
            | "mh"
            | "ps"
            | "bbc"
            | "radio"
            | "love"
            | "super"
            | "operation"
            | "tier"
            | "category"
            | "class"
            | "grade"
            | "year"
            | "key"
            | "act"
            // share indexes: "FTSE 100", "CAC 40", "Nikkei 225", "Russell 2000"
            | "ftse"
            | "cac"
            | "dax"
            | "stoxx"
            | "nikkei"
            | "russell"
            | "asx"
            | "nifty"
            | "sensex"
            | "kospi"
            | "nasdaq"
    )
}

/// Words that never name what a figure counts: function words, verbs of saying, etc.
const NOT_UNIT: &[&str] = &[
    // ("an army 80,000 strong": the size of the group named before)
    "strong",
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "without",
    "as",
    "than",
    "that",
    "this",
    "these",
    "those",
    "which",
    "who",
    "whom",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "do",
    "did",
    "does",
    "it",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "they",
    "he",
    "she",
    "we",
    "you",
    "i",
    "so",
    "if",
    "per",
    "each",
    "more",
    "less",
    "fewer",
    "over",
    "under",
    "above",
    "below",
    "up",
    "down",
    "out",
    "into",
    "onto",
    "about",
    "around",
    "after",
    "before",
    "since",
    "until",
    "during",
    "between",
    "against",
    "among",
    "through",
    "said",
    "says",
    "say",
    "last",
    "next",
    "ago",
    "earlier",
    "later",
    "then",
    "when",
    "where",
    "while",
    "also",
    "only",
    "just",
    "all",
    "both",
    "either",
    "other",
    "others",
    "such",
    "not",
    "no",
    "yes",
    "am",
    "pm",
    "percent",
    "per cent",
    "times",
    "plus",
    "minus",
    "point",
    "like",
    "there",
    "here",
    "now",
    "too",
    "very",
    "what",
    "how",
    "why",
    "s",
    "t",
    "overall",
    "apiece",
    "today",
    "yesterday",
    "tomorrow",
    "instead",
    "again",
    "already",
    "respectively",
    "altogether",
    "alone",
    "ahead",
    "behind",
    "away",
    "home",
    "back",
    "off",
    "once",
    "twice",
];

/// Whether `w` is in [`NOT_UNIT`]: asked for nearly every word after a figure, so the
/// list is sorted once and cut by first letter, and `w` is compared only with the few
/// words of its letter and length (a `match` on a hundred and fifty strings compared them
/// one by one, and a binary search over them all still made eight comparisons).
pub fn not_unit(w: &str) -> bool {
    static BY_LETTER: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let table = BY_LETTER.get_or_init(|| {
        let mut t = vec![Vec::new(); 256];
        for word in NOT_UNIT {
            if let Some(&first) = word.as_bytes().first() {
                t[usize::from(first)].push(*word);
            }
        }
        t
    });
    let Some(&first) = w.as_bytes().first() else {
        return false;
    };
    table[usize::from(first)]
        .iter()
        .any(|u| u.len() == w.len() && *u == w)
}

/// Every word that can be part of a spelled-out numeral, for [`maybe_number_word`].
pub(super) const NUMBER_WORDS: &[&str] = &[
    "a",
    "an",
    "zero",
    "nought",
    "naught",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fourty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "mil",
    "billion",
    "billions",
    "trillion",
    "trillions",
    "lakh",
    "lakhs",
    "lac",
    "lkh",
    "lkhs",
    "crore",
    "crores",
    "cr",
    "kr",
    "koti",
    "krore",
    "krores",
    "dozen",
    "dozens",
    "dz",
    "dzs",
    "doz",
    "dozs",
    "half",
    "halves",
    "quarter",
    "quarters",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "nineth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
    "twice",
    "thrice",
];

/// For each first letter, a bit per word length that some number word has.
const LENGTHS: [u32; 26] = {
    let mut t = [0u32; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        t[(w[0] - b'a') as usize] |= length_bits(w);
        i += 1;
    }
    t
};

/// The word lengths [`LENGTHS`] allows for the number word `w`, as a bit set.
const fn length_bits(w: &[u8]) -> u32 {
    let l = w.len();
    // Plural ordinals ("thirds") and glued compounds ("twentyfifth").
    let mut bits = (1 << l) | (1 << (l + 1));
    if l >= 5
        && l <= 7
        && (w[0] == b't' || w[0] == b'f' || w[0] == b's' || w[0] == b'e' || w[0] == b'n')
    {
        let mut extra = l + 3;
        while extra <= l + 10 && extra < 32 {
            bits |= 1 << extra;
            extra += 1;
        }
    }
    bits
}

/// [`LENGTHS`] by the first two letters: "the", "that" and "then" share a first letter
/// and a length with number words, but not their first two letters and a length. (Every
/// form the word readers accept — plurals, glued compounds, abbreviations — starts with
/// the first two letters of a word in [`NUMBER_WORDS`].)
const PAIR_LENGTHS: [[u32; 26]; 26] = {
    let mut t = [[0u32; 26]; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        if w.len() >= 2 {
            t[(w[0] - b'a') as usize][(w[1] - b'a') as usize] |= length_bits(w);
        }
        i += 1;
    }
    t
};

/// The first three letters of every word in [`NUMBER_WORDS`] (and of the plural of a
/// two-letter one, "crs"), as a set of bits: "and", "have" and "film" pass the test by
/// two letters and a length ("an", "half", "fifty"), and by three they do not.
const TRIGRAMS: [u64; 26 * 26 * 26 / 64 + 1] = {
    let mut t = [0u64; 26 * 26 * 26 / 64 + 1];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        let third = match w.len() {
            2 => Some(b's'),
            n if n >= 3 => Some(w[2]),
            _ => None,
        };
        if let Some(c) = third {
            let k = trigram(w[0] - b'a', w[1] - b'a', c - b'a');
            t[k / 64] |= 1 << (k % 64);
        }
        i += 1;
    }
    t
};

/// The place of three letters (each 0 to 25) in [`TRIGRAMS`].
const fn trigram(a: u8, b: u8, c: u8) -> usize {
    (a as usize * 26 + b as usize) * 26 + c as usize
}

/// A cheap first test, by the first two letters and the length, that rules out almost
/// every word that cannot be a number word; the word lists decide the rest.
#[inline]
pub fn maybe_number_word(w: &str) -> bool {
    maybe_number_word_bytes(w.as_bytes())
}

/// [`maybe_number_word`] on the bytes of a word.
#[inline]
pub fn maybe_number_word_bytes(b: &[u8]) -> bool {
    // Each byte's letter (0 for "a" or "A" to 25), 26 for a byte that is no letter: one
    // load a byte where tests and case folding cost a branch or two (this runs for
    // nearly every word of the copy).
    const LETTER: [u8; 256] = {
        let mut t = [26u8; 256];
        let mut c = 0;
        while c < 26 {
            t[b'a' as usize + c] = c as u8;
            t[b'A' as usize + c] = c as u8;
            c += 1;
        }
        t
    };
    if b.len() >= 32 {
        return false;
    }
    let letter = |c: u8| Some(LETTER[c as usize] as usize).filter(|&l| l < 26);
    let Some(first) = b.first().and_then(|&c| letter(c)) else {
        return false;
    };
    let Some(&c) = b.get(1) else {
        return LENGTHS[first] & (1 << b.len()) != 0;
    };
    let Some(second) = letter(c) else {
        return false;
    };
    if PAIR_LENGTHS[first][second] & (1 << b.len()) == 0 {
        return false;
    }
    // (a third byte that is no letter, as in "an'", is let through)
    b.get(2).and_then(|&c| letter(c)).is_none_or(|third| {
        let k = (first * 26 + second) * 26 + third;
        TRIGRAMS[k / 64] & (1 << (k % 64)) != 0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The binary search in [`currency_prefix`] needs the codes in order.
    #[test]
    fn other_currency_codes_are_sorted() {
        assert!(OTHER_CODES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(currency_prefix("QAR"), Some("QAR"));
        assert_eq!(currency_prefix("ALL"), None);
    }

    /// The quick test lets through every number word in any case, with the plural,
    /// glued and abbreviated forms the readers accept, and stops common short words.
    #[test]
    fn maybe_number_word_passes_number_words_and_stops_common_words() {
        for w in NUMBER_WORDS {
            assert!(maybe_number_word(w), "{w}");
            assert!(maybe_number_word(&w.to_ascii_uppercase()), "{w}");
        }
        for w in [
            "Thirds",
            "quarters",
            "twentyfifth",
            "thirtyfirst",
            "millions",
            "dozens",
            "cr",
            "lkh",
            "A",
            "Half",
        ] {
            assert!(maybe_number_word(w), "{w}");
        }
        // Whatever the word lists accept, the quick test lets through.
        for w in NUMBER_WORDS {
            for form in [w.to_string(), format!("{w}s")] {
                let stripped = listed_num_word(&form);
                assert_eq!(num_word(&form), stripped, "{form}");
            }
        }
        for w in NOT_UNIT {
            assert!(not_unit(w), "{w}");
        }
        for w in ["households", "people", "vans", "staff", ""] {
            assert!(!not_unit(w), "{w}");
        }
        for w in ["the", "that", "then", "said", "of", "d'Arc", "x"] {
            assert!(!maybe_number_word(w), "{w}");
        }
    }
}

//! The words the checks read copy by, kept once: verbs of change, qualifiers, months,
//! modal words, stop words, and one way to fold a word to its lemma.
//!
//! Rules, the frame stage, the linker and `draft` all decide things from the same words
//! ("rose", "expected", "March"); when each kept its own list the lists drifted apart and
//! one stage read a sentence differently from the next. Regex alternations are built from
//! these lists with [`alternation`], so a word added here reaches every pattern.

use std::borrow::Cow;

/// Words saying a quantity went up, in the forms copy uses them.
pub const CHANGE_UP: &[&str] = &[
    "increase",
    "increased",
    "increases",
    "rise",
    "rose",
    "risen",
    "rises",
    "rising",
    "jump",
    "jumped",
    "gain",
    "gained",
    "growth",
    "grew",
    "grown",
    "climb",
    "climbed",
    "surge",
    "surged",
    "soared",
    "up",
    "boost",
    "rallied",
    "advanced",
    "improved",
    "improvement",
    // the participle of a change in a clause of its own: "after growing by 7.5%"
    "growing",
    "increasing",
    "climbing",
    // the present tense headlines use
    "jumps",
    "gains",
    "grows",
    "climbs",
    "surges",
    "soars",
    "rallies",
    "advances",
    "improves",
    // a gap, deficit or spread that widens grows
    "widened",
    "widening",
    "widens",
];

/// Nouns of a running total an amount is added to or taken from ("taking the total to
/// 1,600", "bringing its workforce from 900 to 1,000"): the extractor reads "from A to B"
/// after them as a change, and the rules read the amount and the levels.
pub const RUNNING_TOTALS: &[&str] = &[
    "total",
    "number",
    "figure",
    "tally",
    "count",
    "workforce",
    "headcount",
    "fleet",
];

/// Words saying a quantity went down.
pub const CHANGE_DOWN: &[&str] = &[
    "fall",
    "fell",
    "fallen",
    "falls",
    "falling",
    "drop",
    "dropped",
    "decline",
    "declined",
    "decrease",
    "decreased",
    "reduction",
    "cut",
    "dip",
    "dipped",
    "slide",
    "slid",
    "plunge",
    "plunged",
    "down",
    "shrank",
    "slump",
    "sank",
    "slipped",
    "eased",
    "tumbled",
    "slumped",
    "plummeted",
    "dived",
    "shed",
    "dropping",
    "declining",
    "shrinking",
    // the present tense headlines use
    "drops",
    "declines",
    "decreases",
    "dips",
    "slides",
    "plunges",
    "slumps",
    "sinks",
    "slips",
    "eases",
    "tumbles",
    "plummets",
    "dives",
    "shrinks",
    // a gap, loss or spread that narrows shrinks
    "narrowed",
    "narrowing",
    "narrows",
];

/// Which way the words of `text` (lower case) say a quantity moved: +1, -1, or 0 when
/// they do not say, or say both, which no check should guess at. `also_up` and
/// `also_down` are words a caller reads as a rise or a fall besides [`CHANGE_UP`] and
/// [`CHANGE_DOWN`] (comparatives: "higher", "fewer").
pub fn change_direction(text: &str, also_up: &[&str], also_down: &[&str]) -> i8 {
    let (mut up, mut down) = (false, false);
    for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
        up |= CHANGE_UP.contains(&w) || also_up.contains(&w);
        down |= CHANGE_DOWN.contains(&w) || also_down.contains(&w);
    }
    match (up, down) {
        (true, false) => 1,
        (false, true) => -1,
        _ => 0,
    }
}

/// The nouns and verbs of change that a percentage-change phrasing may turn on ("a 15%
/// rise", "fell 15%"); "up" and "down" are matched apart, since they also stand alone.
pub const CHANGE_WORDS: &[&str] = &[
    "increase",
    "increased",
    "rise",
    "rose",
    "risen",
    "jump",
    "jumped",
    "gain",
    "gained",
    "growth",
    "grew",
    "climb",
    "climbed",
    "surge",
    "surged",
    "soared",
    "fall",
    "fell",
    "fallen",
    "drop",
    "dropped",
    "decline",
    "declined",
    "decrease",
    "decreased",
    "reduction",
    "cut",
    "dip",
    "dipped",
    "slide",
    "slid",
    "plunge",
    "plunged",
    "shrank",
    "slump",
    "sank",
    "slipped",
    "edged",
    "eased",
    "tumbled",
    "slumped",
    "plummeted",
    "dived",
    "rallied",
    "advanced",
    "shed",
    // (a gap, deficit or spread that widens grows, one that narrows shrinks)
    "widened",
    "narrowed",
    // the present tense of a change still to come or of a headline: "the minimum wage
    // rises by 50p to £11.44", "council tax is rising by 5%"
    "rises",
    "rising",
    "increases",
    "increasing",
    "falls",
    "falling",
    "drops",
    "dropping",
    "declines",
    "declining",
    "decreases",
    "jumps",
    "grows",
    "growing",
    "climbs",
    "climbing",
];

/// Words that open another clause, whose subject need not be the figure before them:
/// "hired 20 staff but lost more than the 45", "1,500 homes were built and 300 more than
/// the 1,200 were sold".
pub const CLAUSE_OPENERS: &[&str] = &[
    "but", "while", "whereas", "although", "though", "yet", "however", "because", "since", "after",
    "before", "when", "if", "unless", "and",
];

/// Nouns that give the amount of a change before "of" beside [`CHANGE_WORDS`]: "a loss
/// of £4m", "a shortfall of", plurals ("rises of 5% and 7%").
const MORE_CHANGE_NOUNS: &[&str] = &[
    "rises",
    "increases",
    "falls",
    "gains",
    "drops",
    "jumps",
    "cuts",
    "declines",
    "reductions",
    "decreases",
    "loss",
    "losses",
    "leap",
    "hike",
    "boost",
    "change",
    "difference",
    "shortfall",
    "improvement",
];

/// The words of change that may stand before "of" and the amount it changed by ("a rise
/// of 56,000"), as a regex alternation: the one list for every phrasing that reads one.
pub static CHANGE_BEFORE_OF: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let words: Vec<&str> = CHANGE_WORDS
        .iter()
        .chain(MORE_CHANGE_NOUNS)
        .copied()
        .collect();
    alternation(&words)
});

/// Words (with their trailing space) that may stand before a figure inside a phrasing
/// of change or share without changing what the phrasing relates ("rose by about 15%").
pub const FIGURE_QUALIFIERS: &[&str] = &[
    "about ",
    "around ",
    "roughly ",
    "nearly ",
    "almost ",
    "some ",
    "just over ",
    "just under ",
    "more than ",
    "over ",
    "less than ",
    "only ",
    "just ",
];

/// Month names as copy writes them, lower-cased, with their number.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// Months as copy abbreviates them, lower-cased ("Sept 4", "3 Jan").
pub const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Qualifiers (with their trailing space) that may stand before a share or its parts
/// ("some 300 of the 1,200", "or just over 25%").
pub const SHARE_QUALIFIERS: &[&str] = &[
    "about ",
    "around ",
    "roughly ",
    "nearly ",
    "almost ",
    "some ",
    "just over ",
    "just under ",
    "more than ",
    "over ",
    "less than ",
    "under ",
    "only ",
    "just ",
];

/// Qualifiers (with their trailing space) that may stand before a word of
/// multiplication ("nearly doubled", "close to three times").
pub const MULTIPLE_QUALIFIERS: &[&str] = &[
    "more than ",
    "nearly ",
    "almost ",
    "roughly ",
    "about ",
    "around ",
    "over ",
    "just over ",
    "just under ",
    "close to ",
    "at least ",
    "less than ",
    "under ",
];

/// The month `w` (any case) names, 1 to 12.
pub fn month_number(w: &str) -> Option<u8> {
    MONTHS
        .iter()
        .find(|(m, _)| m.eq_ignore_ascii_case(w))
        .map(|&(_, n)| n)
}

/// Words after "in" that name a time, not a quantity ("a 15% rise in March").
pub const TIME_WORDS: &[&str] = &[
    "a", "one", "two", "three", "four", "five", "six", "the", "year", "years", "month", "months",
    "week", "weeks", "spring", "summer", "autumn", "winter", "total", "all",
];

/// Whether `w` (lower-case) names a time rather than a quantity after "in".
pub fn is_time_word(w: &str) -> bool {
    TIME_WORDS.contains(&w) || month_number(w).is_some()
}

/// Words that make a figure a projection, target or hypothesis rather than a count.
pub const MODAL: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "projected",
    "projects",
    "project",
    "forecast",
    "forecasts",
    "target",
    "targets",
    "goal",
    "goals",
    "plan",
    "plans",
    "planned",
    "aim",
    "aims",
    "would",
    "could",
    "will",
    "may",
    "might",
    "hope",
    "hopes",
    "hoping",
    "aiming",
    "planning",
    "want",
    "wants",
    "if",
    "need",
    "needs",
    "estimate",
    "estimates",
    "suggest",
    "suggests",
    "suggested",
    "propose",
    "proposes",
    "proposed",
    "projecting",
    "expecting",
    "predict",
    "predicts",
    "predicting",
    "forecasting",
];

/// Whether `w` (lower-case) makes its clause a projection.
pub fn is_modal(w: &str) -> bool {
    MODAL.contains(&w)
}

/// Counted nouns too general to name a quantity by themselves: "300 people" arrested and
/// "300 people" released are different counts.
pub const GENERIC_NOUNS: &[&str] = &[
    "people",
    "person",
    "individual",
    "resident",
    "adult",
    "child",
    "children",
    "men",
    "women",
    "man",
    "woman",
    "case",
    "time",
    "year",
    "day",
    "month",
    "week",
    "hour",
    "percent",
    "cent",
    "point",
    "member",
    "thing",
    "one",
    "others",
];

/// Words an extractor may take for the counted noun that are not nouns at all.
pub const NOT_NOUNS: &[&str] = &[
    "new",
    "more",
    "additional",
    "extra",
    "other",
    "further",
    "different",
    "final",
    "former",
    "current",
    "total",
    "fewer",
    "less",
    "such",
    "previous",
    "next",
    "last",
];

/// The days of the week, lower-cased: a time a figure is of, never a place or a measure.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Capitalised words after "in" or "across" that are no place.
pub const NOT_PLACES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "The",
    "A",
    "An",
    "This",
    "That",
    "It",
    "Its",
];

/// Words that say nothing about what a figure counts: quantity, time and grammar.
pub const STOP: &[&str] = &[
    "about",
    "above",
    "after",
    "again",
    "already",
    "almost",
    "also",
    "among",
    "around",
    "been",
    "before",
    "below",
    "between",
    "billion",
    "bn",
    "cent",
    "could",
    "down",
    "dozen",
    "during",
    "each",
    "estimated",
    "fewer",
    "from",
    "have",
    "half",
    "hundred",
    "into",
    "just",
    "last",
    "least",
    "less",
    "million",
    "more",
    "most",
    "much",
    "nearly",
    "only",
    "over",
    "percent",
    "roughly",
    "said",
    "says",
    "since",
    "some",
    "such",
    "than",
    "that",
    "their",
    "them",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thousand",
    "three",
    "times",
    "trillion",
    "under",
    "until",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "will",
    "with",
    "would",
    "year",
    "years",
];

/// Whether `w`, in any case, is a stop word.
pub fn is_stop(w: &str) -> bool {
    STOP.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// Generic verbs and nouns of quantity that identify nothing by themselves: a record
/// matched only by "reached" or "increase" would fit any figure beside those words.
pub const VAGUE: &[&str] = &[
    "reach", "reached", "total", "figure", "number", "level", "amount", "rate", "value",
    "increase", "rise", "fall", "drop", "record", "target", "dollar", "pound", "euro",
];

/// Words for the unit or currency an amount is stated in, as lemmas: never what a figure
/// measures ("85 mln dlrs" of profit is profit, in dollars). Wire copy abbreviates them.
pub const UNIT_WORDS: &[&str] = &[
    "dlr", "dlrs", "dollar", "ct", "cts", "cent", "mark", "pound", "stg", "sterling", "euro",
    "yen", "franc", "guilder", "lira", "lire", "yuan", "rupee", "peso", "riyal", "rand", "krona",
    "krone", "rouble", "ruble", "won", "baht", "real", "tonne", "ton", "bale", "barrel", "ounce",
    "oz", "bushel", "kilo", "kilogram", "kg", "gram", "litre", "liter", "gallon", "acre",
    "hectare", "pct", "percent", "point", "basis", "mln", "bln", "billion", "million", "trillion",
    "thousand",
];

/// Whether `lemma` is a unit or currency word (see [`UNIT_WORDS`]).
pub fn is_unit_word(lemma: &str) -> bool {
    UNIT_WORDS.contains(&lemma)
}

/// Things news copy states amounts of, as lemmas: what a sum of money, a percentage or a
/// tonnage measures when no counted noun says it.
pub const MEASURE_NOUNS: &[&str] = &[
    "profit",
    "loss",
    "sale",
    "revenue",
    "turnover",
    "earning",
    "income",
    "export",
    "import",
    "output",
    "production",
    "deficit",
    "surplus",
    "debt",
    "dividend",
    "price",
    "cost",
    "spending",
    "budget",
    "investment",
    "value",
    "valuation",
    "bid",
    "offer",
    "fine",
    "unemployment",
    "inflation",
    "growth",
    "rate",
    "share",
    "stake",
    "salary",
    "pay",
    "wage",
    "bonus",
    "tax",
    "funding",
    "fund",
    "grant",
    "subsidy",
    "asset",
    "reserve",
    "stock",
    "borrowing",
    "lending",
    "loan",
    "saving",
    "payment",
    "fee",
    "charge",
    "tariff",
    "demand",
    "supply",
    "consumption",
    "capacity",
    "crop",
    "harvest",
    "shipment",
    "order",
    "contract",
    "deal",
    "turnout",
    "vote",
    "majority",
    "population",
    "attendance",
    "audience",
    "viewer",
    "visitor",
    "passenger",
    "subscriber",
    "customer",
    "member",
    "job",
    "worker",
    "employee",
    "gdp",
    "ebitda",
    "margin",
    "capital",
    "premium",
    "claim",
    "compensation",
    "damages",
];

/// Whether `lemma` names a thing copy states amounts of (see [`MEASURE_NOUNS`]).
pub fn is_measure_noun(lemma: &str) -> bool {
    MEASURE_NOUNS.contains(&lemma)
}

/// Nouns that point back at a quantity rather than name one ("the 169,000 figure", "a
/// total of 300", "last year's level"): as what a figure measures they say nothing.
pub const POINTING_NOUNS: &[&str] = &[
    "figure",
    "number",
    "total",
    "level",
    "amount",
    "sum",
    "estimate",
    "forecast",
    "mark",
    "record",
    "high",
    "low",
    "peak",
    "target",
    "expectation",
    "average",
    "one",
    "time",
];

/// Nouns that count an employer's posts or the people in them: in news copy a firm's
/// "jobs" are its "staff" ("cut 2,400 jobs, leaving 9,600 staff"; "1,500 jobs, 15% of
/// its 10,000 staff"), though a count of one is not the same figure as a count of the
/// other, so only a change or a share reads them together.
const WORKFORCE_NOUNS: &[&str] = &[
    "job",
    "jobs",
    "post",
    "posts",
    "role",
    "roles",
    "staff",
    "staffer",
    "staffers",
    "worker",
    "workers",
    "employee",
    "employees",
    "workforce",
];

/// Whether `a` and `b` are both nouns of a workforce (see [`WORKFORCE_NOUNS`]).
pub fn both_workforce(a: &str, b: &str) -> bool {
    WORKFORCE_NOUNS.contains(&a) && WORKFORCE_NOUNS.contains(&b)
}

/// Nouns that count the people of a place: a census gives "404,200 people" and then
/// "52,600 residents, 13% of the total", one population under two names.
const POPULATION_NOUNS: &[&str] = &[
    "people",
    "persons",
    "residents",
    "inhabitants",
    "population",
];

/// Whether `a` and `b` are both nouns of a place's population (see [`POPULATION_NOUNS`]).
pub fn both_population(a: &str, b: &str) -> bool {
    POPULATION_NOUNS.contains(&a) && POPULATION_NOUNS.contains(&b)
}

/// Nouns that name organisations of any kind: a count of "companies" may be of the
/// "banks" an earlier sentence counted ("sued 45 banks … 35 of the companies sued are
/// Italian").
const ORGANISATION_CLASSES: &[&str] = &[
    "company",
    "firm",
    "business",
    "institution",
    "organisation",
    "organization",
];

/// Kinds of organisation an [`ORGANISATION_CLASSES`] noun may count.
const ORGANISATION_KINDS: &[&str] = &[
    "bank",
    "lender",
    "insurer",
    "retailer",
    "supermarket",
    "carmaker",
    "airline",
    "brewer",
    "charity",
    "employer",
    "supplier",
    "manufacturer",
    "operator",
];

/// Whether one of two counted nouns names the class of organisation the other is a kind
/// of (or both name the class): "companies" and "banks", "firms" and "companies"; never
/// two kinds ("banks" and "airlines").
pub fn class_and_kind(a: &str, b: &str) -> bool {
    static STEMS: std::sync::LazyLock<(Vec<String>, Vec<String>)> =
        std::sync::LazyLock::new(|| {
            let stems = |words: &[&str]| words.iter().map(|w| stem(w)).collect();
            (stems(ORGANISATION_CLASSES), stems(ORGANISATION_KINDS))
        });
    let (classes, kinds) = &*STEMS;
    let (a, b) = (stem(a), stem(b));
    let class = |w: &String| classes.contains(w);
    let kind = |w: &String| kinds.contains(w);
    (class(&a) && (class(&b) || kind(&b))) || (class(&b) && kind(&a))
}

/// Whether `lemma` points back at a quantity (see [`POINTING_NOUNS`]).
pub fn is_pointing_noun(lemma: &str) -> bool {
    POINTING_NOUNS.contains(&lemma)
}

/// Classes of measure that copy names in several words: "net income", "earnings" and
/// "earned" are all profit; "revenue" and "turnover" are sales.
const MEASURE_CLASSES: &[(&str, &[&str])] = &[
    (
        "profit",
        &["profit", "income", "earning", "earned", "earn", "earns"],
    ),
    ("sales", &["sale", "revenue", "turnover"]),
    ("output", &["output", "production", "produced", "produce"]),
    ("shares", &["share", "stock"]),
    ("price", &["price"]),
    ("loss", &["loss", "lost"]),
    ("exports", &["export", "exported"]),
    ("imports", &["import", "imported"]),
    ("jobs", &["job", "payroll", "employment"]),
    ("deficit", &["deficit", "shortfall"]),
    ("debt", &["debt", "borrowing"]),
    ("spending", &["spending", "spend", "spent", "expenditure"]),
    ("lending", &["lending", "loan", "mortgage"]),
    ("sold", &["sold", "selling"]),
];

/// The class of measure `lemma` names (see [`MEASURE_CLASSES`]).
pub fn measure_class(lemma: &str) -> Option<&'static str> {
    MEASURE_CLASSES
        .iter()
        .find(|(_, words)| words.contains(&lemma))
        .map(|&(class, _)| class)
}

/// The value of a number word from two to ten ("fivefold").
pub fn small_number(w: &str) -> Option<f64> {
    let words = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    words.iter().position(|x| *x == w).map(|i| (i + 2) as f64)
}

/// Words that open a sentence without naming anyone: "Despite", "However", "Reporting".
pub fn is_sentence_opener(w: &str) -> bool {
    const OPENERS: &[&str] = &[
        "despite",
        "however",
        "meanwhile",
        "overall",
        "separately",
        "although",
        "while",
        "after",
        "before",
        "during",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "but",
        "and",
        "yet",
        "still",
        "also",
        "earlier",
        "later",
        "last",
        "this",
        "since",
        "as",
        "if",
        "when",
        "its",
        "his",
        "her",
        "their",
        "our",
        "shares",
        "analysts",
        "officials",
    ];
    let lower = w.to_ascii_lowercase();
    OPENERS.contains(&lower.as_str()) || lower.ends_with("ing") || lower.ends_with("ly")
}

/// Whether `w` is one of the words that open a sentence without naming anything
/// ("Despite", "However"), by the list alone: "spending" ends in -ing and is a measure.
pub fn is_opener_word(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "despite" | "however" | "meanwhile" | "overall" | "separately" | "although" | "whilst"
    )
}

/// `w` lower-cased with a plural folded to its singular ("Removals" → "removal",
/// "Authorities" → "authority"): the one form in which copy words, counted nouns and
/// record `match` terms are compared.
pub fn lemma(w: &str) -> Cow<'_, str> {
    let lower: Cow<'_, str> = if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    };
    let n = lower.len();
    if n > 4 && lower.ends_with("ies") {
        Cow::Owned(format!("{}y", &lower[..n - 3]))
    } else if n > 3 && lower.ends_with('s') && !lower.ends_with("ss") {
        match lower {
            Cow::Borrowed(b) => Cow::Borrowed(&b[..n - 1]),
            Cow::Owned(o) => Cow::Owned(o[..n - 1].to_string()),
        }
    } else {
        lower
    }
}

/// Whether two words are one word once folded by [`lemma`].
pub fn same_lemma(a: &str, b: &str) -> bool {
    lemma(a) == lemma(b)
}

/// A regex alternation `(?:a|b|c)` of `words`, longest first so that "increased" is
/// tried before "increase"; each word is escaped.
pub fn alternation(words: &[&str]) -> String {
    let mut sorted: Vec<&str> = words.to_vec();
    sorted.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    sorted.dedup();
    let escaped: Vec<String> = sorted.iter().map(|w| regex::escape(w)).collect();
    format!("(?:{})", escaped.join("|"))
}

static STEMMER: std::sync::LazyLock<rust_stemmers::Stemmer> =
    std::sync::LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));

/// The Snowball (Porter 2) stem of one word, lower-cased and without a possessive: one
/// form for "contribute" and "contribution", so the linker and the rules that compare
/// what two figures measure agree on when two words are one.
pub fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches("'s").trim_end_matches('\'');
    STEMMER.stem(lower).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemma_folds_case_and_plurals_once() {
        assert_eq!(lemma("Removals"), "removal");
        assert_eq!(lemma("authorities"), "authority");
        assert_eq!(lemma("business"), "business");
        assert_eq!(lemma("bus"), "bus");
        assert_eq!(lemma("tonnes"), "tonne");
        assert!(same_lemma("Deportations", "deportation"));
    }

    #[test]
    fn alternation_tries_longer_words_first() {
        let re = regex::Regex::new(&format!("^{}$", alternation(&["rise", "rises", "a.b"])));
        let re = re.ok();
        assert!(re.as_ref().is_some_and(|r| r.is_match("rises")));
        assert!(re.as_ref().is_some_and(|r| !r.is_match("axb")));
        assert_eq!(alternation(&["up", "rose"]), "(?:rose|up)");
    }

    #[test]
    fn months_and_time_words() {
        assert_eq!(month_number("March"), Some(3));
        assert_eq!(month_number("Marching"), None);
        assert!(is_time_word("june") && is_time_word("year") && !is_time_word("sales"));
    }
}

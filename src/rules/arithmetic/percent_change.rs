//! `arithmetic/percent-change`: "from A to B, a C% rise" and its other phrasings.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{head, tail};
use crate::extract::{Claim, Kind};
use crate::frame::relation::{Change, Relation};
use crate::frame::Frames;
use crate::lexicon;
use crate::pattern::compile_all;
use crate::rules::figure::{
    self, bare, pct, pct_range, reading, said, signed_percent, Interval, Skeleton, Tolerance,
};
use crate::rules::mismatch::{Mismatch, Side};

/// `arithmetic/percent-change`: A stated percentage change does not follow from the figures it compares.
pub const PERCENT_CHANGE: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::PercentChange,
    default_severity: crate::finding::Severity::Error,
    summary: "A stated percentage change does not follow from the figures it compares.",
    doc: r#"Checks a percentage change against the two figures it describes: "from A to B, a C% rise"
(also "had risen from its usual A to B", and "would take a typical salary of A to B", where a
verb that moves a level names it with "of"), "rose C% from A to B", "B, up C% from A", "B, up from A, a rise of C%", "an increase of C% on
last year's A", "B, up from A, a rise of D, or C%" (the amount of the change said first), "rose to B from A, a C% increase", "rose C% to B, after closing at A", "B ..., an increase of C% over A" (after an aside on B of up to a hundred characters:
"signed a $48.2 billion budget for the fiscal year that begins in July, an increase of
$2.9 billion, or 6.4 percent, over the current year's $45.3 billion"), "B, C% higher than the A" (or "C% above the usual A"; also after another aside on B joined by "and": "61,200 parcels in the year to March, a record and 14 per cent more than the 53,700"), "B, compared with A a year ago, up C%", "down by C%, at B against A", "A in 2010 and B in 2020, a fall of C%" (two
dated levels in either order, the earlier year's first; never the last two of a longer
dated list), "lost a third of its value, falling from A to B" (a fall, so a value quoted the
other way up, which rises as it is lost, is left alone), in either direction. A change between two percentages stated in points is
checked as points ("from 45% to 52%, a rise of seven points", "41%, down 5 points on 46%");
one stated in per cent may be read either way, one in basis points ("widened 60 basis
points to 38.4 percent from 37.8 percent") as hundredths of a point. A per-share figure
set beside a total ("rose to $84 million, or 56 cents a share, from $75 million") is an
aside, and the totals either side of it are read as adjacent. A change said on another
basis than its levels ("up 9% at constant currency", "an organic increase of 12%", "3% on a
like-for-like basis") or against a time they are not given at ("a rise of 40% on the
figure for 2019") is left alone. A change stated as an
amount and a percentage of the level it ends at ("closed down 0.89 points, or 0.01%, at
10,385.48", "rose 4p, or nearly 1%, to 548p", "fell by 2,000 to 48,000 in the three
months to June, a fall of 4%", "£30,000, up £3,000 on last year, a rise of
11%" (or "up £8m in a year", or with the level's time between, "£827bn in the last
financial year, up £41bn on the year before, a rise of 5.2 per cent"), "£285,000, £6,400 higher than a year earlier, a rise of 2.3%", "will raise council tax by
4.99%, taking the Band D bill to £2,065, an increase of £98", "rose by 8% to 45,000
offences, an increase of 3,300" (or "rose 4% to £650, an increase of £25"), "11,000 more nurses than a
year ago, taking the total to 360,000, a rise of 3%", "rose by 8% to an average of
£270,000, up £20,000 on a year ago" (or "up £20,000" alone), "rose to 350,000 from 330,000, up 20,000 or 6%", "sold
25,000 season tickets, 5,000 more than last year, a rise of 25%", "cut 2,400 jobs, leaving
it with 9,600 staff, a reduction of 20%", "will raise fares by 10% in July, lifting the base fare to $2.75 from $2.50" (a change,
then the level it takes a price to and the one before), "has fallen by 8% in real terms since 2015, to £5,520 a year, a cut of £480", "fares rose by 4.9%, adding £180 to the price of a
£3,670 season ticket", "cut prices by 5%, knocking £10 off a £200 coat", where a firm's jobs and its staff are one
workforce) is checked against the level
before it, the end level less the amount; beside a percentage given to hundredths, a sum
in whole pounds is read as rounded from pence. So are "rose 4.6% from a year earlier to
$31.85, about $1.40 more", "added 38,500 jobs, a gain of 2%, bringing payrolls to 1.94
million", "a council tax rise of 4.4%, which would have added £94 to a Band D bill of
£2,140" and "will add 12 beds to the current 16, an increase of 75%"; and a discount
against the prices before and after it: "20% off, so a £50 jacket costs £40".

**Why.** A wrong percentage is the easiest figure for a reader to recompute and the most
damaging to get wrong.

**Tolerance.** Every figure is read as every value that rounds to it ("134" is exact, "1,400"
is 1,350 to 1,450, trailing zeros at most 5%), approximate figures ("about 100") as ±5%, and
the stated change as everything that rounds to it ("15 per cent" is 14.5% to 15.5%; "nearly
30%" and "almost a third" are within a fifth below, not anything under them); a change
stated as a span ("10-15 per cent", "20-odd per cent", which is 20% to 29%) is every
value in it. A floor ("more than 1.2 million") is read up to the next figure copy would
round down to it from (1.3 million; "more than 40%" and "more than 100" up to 50% and 200,
"more than 1,500" up to 2,000), since copy states a floor as the figure just below what
it counts. The rule fires only when no reading of the figures gives the stated change. When only the far
edge of the figures' rounding gives it ("from $1.3bn to $1.45bn, a rise of 15 per cent" is
11.5% at face value), the finding is a warning that says what the earlier figure would
need to be.

**Across sentences.** A change stated with no levels of its own ("BA blamed fuel prices
for a 40% drop in profits") is checked against the pair of levels of the same measure that
the copy sets side by side elsewhere ("a pre-tax profit of £75m compared with £125m a year
earlier"): profit, income, earnings and "earned" are one measure; sales, revenue and
turnover another. A change in a rate for each one ("average weekly earnings grew 5.7%",
"sales per store rose 4%") binds only to levels said the same way, never to a total. It
binds only when one pair fits at the nearest distance, and a finding made so is a warning
naming the measure that bound it. A change said with the level it reached ("It now employs
380, a fall of 12%", "They rose 25% to £230m this year") and no base of its own is checked
against the level the sentence before gives ("The council had 410 staff in 2020"), when
that sentence gives exactly one level of the same kind and measure, dated to a time the
later level is not said to be at, and the levels move the way the words say. A change
named at the start of a sentence ("The fall of 0.6 percentage points was bigger than
expected", "The rise of 24% was the biggest in a decade") is checked against the one
level reached ("to 3.2%") and the one it came from ("from 3.8%") of the sentence before.
A change said alone ("Reservoir stocks have fallen by 27 percentage points in a year", "It
has fallen by 20% in a year") is checked, as a warning, against the one level now and the
one it came from of the sentence before ("53% full, down from 68% a year ago"), when its
sentence gives no other level or percentage, speaks of the same thing (pointing back, or
sharing a word, never "Meanwhile", "per store" or "faster than the region"), and names
no other span of time than the levels are apart.

**Against an offer price.** "Trading 60% above the offer price, at 280p" is checked
against the offer price: given in the sentence ("above the offer price of 150p") or, as
a warning, the one price of that currency the article gives per share or names as the
issue's price ("sold at 150p apiece", "priced the shares at 150p").

**Example.**

    Charter flights went from about 100 in winter to 134 by spring, a 15 per cent increase.

computes +28% to +41%; the copy says +15%.

**Fix.** Correct the percentage, or the figure it was computed from."#,
};

/// Verbs that change what follows them by a percentage ("lowered cholesterol by 50%").
const TRANSITIVE: &str = "cut|cuts|lower|lowered|lowers|reduce|reduced|reduces|raise|raised|raises|boost|boosted|boosts|slash|slashed|increased|decreased";

/// The words between a level and the "up from" that gives its earlier level: wider than
/// `{G}`, since nothing but the level's own clause stands between ("412,000 people
/// waiting for planned treatment at the end of March, up from 356,000"), and no figure.
pub(crate) const UP_FROM_GAP: &str = r"[^#.;]{0,90}?";

/// The period a change is over, said between the percentage and its noun: "a 40%
/// year-on-year increase", "a 3% annual rise".
pub(crate) const PERIOD: &str = r"(?:year-on-year |year on year |annual |annualised |annualized |month-on-month |quarter-on-quarter |quarterly |monthly |yearly )?";

/// The words of a fall as the clause after "lost a third of its value" gives it.
const FALLING: &str = "falling|dropping|sliding|slipping|sinking|tumbling|plunging";

/// The year a level is given for, after it and its noun: "300 members in 2010". Two
/// levels dated so ("A in 2010 and B in 2020") are a change between them, whichever is
/// written first (see [`dated_in_order`]).
pub(crate) const DATED_A: &str = r"(?: [a-z]+){0,3}? in (?P<ya>(?:19|20)\d\d)";
pub(crate) const DATED_B: &str = r"(?: [a-z]+){0,3}? in (?P<yb>(?:19|20)\d\d)";

/// The two levels of a match older first: swapped when the copy gives the later year
/// first ("5,100 in 2023 and 5,200 in 2022"); `None` when the years are one, or the first
/// level ends a list of dated levels ("300 in 2010, 280 in 2015 and 240 in 2020, a fall
/// of 20%" runs from the first of three, which no pair of them gives).
pub(crate) fn dated_in_order<'a>(
    text: &str,
    cap: &regex::Captures<'_>,
    a: &'a Claim,
    b: &'a Claim,
) -> Option<(&'a Claim, &'a Claim)> {
    static LISTED_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::compile(r"\bin (?:19|20)\d\d,? $"));
    let (Some(ya), Some(yb)) = (cap.name("ya"), cap.name("yb")) else {
        return Some((a, b));
    };
    // (the captured digits sit inside their marker, "#n12#")
    let before = cap
        .name("a")
        .and_then(|m| text.get(..m.start().saturating_sub(2)))
        .unwrap_or("");
    if LISTED_BEFORE.is_match(before) {
        return None;
    }
    match ya.as_str().cmp(yb.as_str()) {
        std::cmp::Ordering::Less => Some((a, b)),
        std::cmp::Ordering::Greater => Some((b, a)),
        std::cmp::Ordering::Equal => None,
    }
}

/// An amount of change said before its percentage, in a skeleton: "a rise of 56,000, or
/// 16%", "an increase of £56 (16%)".
const AMOUNT_FIRST: &str = r"(?:#[nm]\d+#,? (?:or |and |- |\()?(?:about |around |roughly |nearly |almost |some |more than |over |just over |just under )?)?";

/// Nouns and verbs of change, as a regex alternation.
pub(crate) static CHANGE_ALT: LazyLock<String> =
    LazyLock::new(|| lexicon::alternation(lexicon::CHANGE_WORDS));
/// An earlier time and the clause that gives the level then: "the same weekend last year,
/// when receipts totaled ", "a year ago, when they were ", "2019, when sales stood at ".
const THEN_WHEN: &str = r"(?:the same [a-z]+ (?:last year|a year (?:earlier|ago|before))|a year (?:earlier|ago|before)|last (?:year|month|week|season)|the (?:year|month|week) before|the previous (?:year|month|week|season)|(?:in )?(?:19|20)\d\d),? when (?:[a-z'-]+ ){0,4}?(?:totaled|totalled|were|was|stood at|reached|came to|amounted to|hit|numbered|had|earned|made|took in|grossed|sold) ";

/// The currency a rate of exchange is set against, between a change and its levels:
/// "the pound fell 0.6% against the dollar, from $1.2485 to $1.2410".
const AGAINST_CURRENCY: &str = r"(?: against (?:the |a )?(?:[a-z]+ ){0,3}?(?:dollar|euro|pound|yen|yuan|franc|rupee|currencies|greenback|sterling))?";

/// The verbs that move a level, in the forms a change set before them takes ("would
/// lift", "taking"), as a regex alternation: one list for [`CHANGE_DOES`] and
/// [`LEVEL_FROM`].
macro_rules! moves_a_level {
    () => {
        "lift|lifts|lifting|take|takes|taking|raise|raises|raising|push|pushes|pushing|bring|brings|bringing|cut|cuts|cutting|reduce|reduces|reducing|lower|lowers|lowering"
    };
}

/// What a stated change does to a level, up to the level's "from" or "of": "rise would
/// lift a typical salary ", ", taking the average bill ", ", which would take it ".
const CHANGE_DOES: &str = concat!(
    r",? (?:(?:which|that) )?(?:would |will |could |is to |is set to |should )?(?:",
    moves_a_level!(),
    r") (?:[a-z'-]+ ){0,4}?"
);

/// What introduces the level a change starts from: "from", or a verb that moves a level
/// and what it moves, named with "of" ("would take a typical salary of £36,000 to
/// £37,800"; the extractor reads the two as levels only after such a verb).
const LEVEL_FROM: &str = concat!(
    r"(?:from|(?:",
    moves_a_level!(),
    r"|lifted|took|raised|pushed|brought|reduced|lowered|increase|increases|increasing|increased|boost|boosts|boosting|boosted) (?:[a-z'-]+ ){1,5}?of)"
);

/// An optional qualifier before a figure.
pub(crate) static QUAL_ALT: LazyLock<String> =
    LazyLock::new(|| format!("{}?", lexicon::alternation(lexicon::FIGURE_QUALIFIERS)));

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let (change, qual) = (CHANGE_ALT.as_str(), QUAL_ALT.as_str());
    let pats: Vec<String> = vec![
        // from A to B, a C% rise (or "would take a salary of A to B, a C% rise")
        format!(r"\b{LEVEL_FROM} {{W}}{{N:a}}{{G}}\bto {{W}}{{N:b}}{{G}}{{P:c}}(?: points| percentage points)? {change}\b"),
        format!(r"\b{LEVEL_FROM} {{W}}{{P:a}}{{G}}\bto {{W}}{{P:b}}{{G}}{{P:c}}(?: points| percentage points)? {change}\b"),
        // from A to B, an increase of C%
        format!(r"\b{LEVEL_FROM} {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}{{G}}\b{change} of {qual}{AMOUNT_FIRST}{{P:c}}"),
        // a typical salary of A would rise to B, an increase of C%: the level before
        // named by "of", then the level it goes to
        format!(r"\bof {{W}}{{F:a}}(?: [a-z'-]+){{0,2}}? (?:would |will |could |is to |was to |is set to |are set to )?(?:{change}) to {{W}}{{F:b}}{{G}}\b{change} of {qual}{AMOUNT_FIRST}{{P:c}}"),
        // a C% rise would lift a typical salary from A to B; a pay rise of C%, which
        // would take it from A to B, or take a salary of A to B: the change, then what it
        // does to a level
        format!(r"{{P:c}} (?:[a-z-]+ )?(?:{change}){CHANGE_DOES}(?:from|of) {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}"),
        format!(r"\b(?:{change}) of {qual}{{P:c}}{CHANGE_DOES}(?:from|of) {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}"),
        // fell from A to B, or C%
        format!(r"\b(?:{change}|up|down) {{W}}from {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}},? (?:or|by|up|down) {qual}{{P:c}}"),
        // rose C% from A to B; rose by C%, from A to B; fell 0.6% against the dollar, from
        // A to B
        format!(r"\b{change} (?:by )?{qual}{{P:c}}{AGAINST_CURRENCY},? {{W}}from {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}"),
        // have risen by C% since 2010, from A to B
        format!(r"\b{change} (?:by )?{qual}{{P:c}} (?:since|in|over|during) [a-z0-9 ]{{1,20}}?, from {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}"),
        // fell C% to B from A; was up C% to B from A
        format!(r"\b(?:{change}|up|down) (?:by )?{qual}{{P:c}}{AGAINST_CURRENCY},? {{W}}to {{W}}{{F:b}}{{G}}\bfrom {{W}}{{F:a}}"),
        // C% off, so a A jacket costs B; a third off, so a A single would cost them B: a
        // discount and a price before and after it
        format!(r"{{P:c}} off(?: [a-z'-]+){{0,4}}?,? so (?:that )?(?:a |an |the |each |every )?(?:[a-z'-]+ ){{0,3}}?{{N:a}}(?: [a-z'-]+){{0,3}}? (?:would |will |could |now )?(?:cost|costs|be|is|comes? to|falls? to|drops? to)(?: [a-z]+)? {{N:b}}"),
        // rose C% to B, after closing at A: a price against its last close
        format!(r"\b(?:{change}|up|down) (?:by )?{qual}{{P:c}},? {{W}}to {{W}}{{F:b}}{{G}}\b(?:after|having) (?:closing|closed|ending|ended|finishing|finished|settling|settled) (?:at|on) {{W}}{{F:a}}"),
        // B, up C% from A; B, down C% on last year's A
        r"{F:b}{G}\b(?:up|down) (?:by )?(?:about |around |roughly |nearly |almost |some |just over |just under |more than |over )?{P:c} (?:from|on|over|compared with|compared to|against) {W}{F:a}".to_string(),
        // B, up C% from the same weekend last year, when receipts totaled A; rose C% to
        // B from a year earlier, when they were A: the earlier level in a clause of its
        // own, after the time it stood at
        format!(r"{{F:b}}{{G}}\b(?:up|down) (?:by )?{qual}{{P:c}} (?:from|on|over|compared with|compared to|against) {THEN_WHEN}{{W}}{{F:a}}"),
        format!(r"\b(?:{change}|up|down) (?:by )?{qual}{{P:c}},? {{W}}to {{W}}{{F:b}},? (?:up |down )?(?:from|on|over|compared with|compared to|against) {THEN_WHEN}{{W}}{{F:a}}"),
        // B, or 26% of the total, down from A, a fall of C: the level's share set off
        // between it and its earlier level (first, or the share would be read as B)
        format!(r"{{F:b}}(?: [a-z]+)?,? (?:or |about |around |some |nearly |almost |just over |just under )*#p\d+#(?: of [a-z' ]{{1,30}}?)?, (?:up|down) from {{W}}{{F:a}}{{G}}\b{change} of {qual}{AMOUNT_FIRST}{{P:c}}"),
        // B, up from A, a rise of C% / a C% rise
        format!(r"{{F:b}}{UP_FROM_GAP}\b(?:up|down) from {{W}}{{F:a}}{{G}}\b{change} of {qual}{AMOUNT_FIRST}{{P:c}}"),
        format!(r"{{F:b}}{UP_FROM_GAP}\b(?:up|down) from {{W}}{{F:a}}{{G}}{{P:c}} {PERIOD}{change}\b"),
        // B ..., an increase of C% on last year's A / a C% rise on A
        format!(r"{{F:b}}{{G}}\b{change} of {qual}{AMOUNT_FIRST}{{P:c}},? (?:on|over|from|compared with|compared to|against) {{W}}{{F:a}}"),
        // signed a B budget for the fiscal year that begins in July, an increase of C%
        // over A: a longer aside on B, set off by its comma
        format!(r"{{F:b}}(?P<aside>[^#.;]{{30,100}}?), (?:an? )?{change} of {qual}{AMOUNT_FIRST}{{P:c}},? (?:on|over|from|compared with|compared to|against) {{W}}{{F:a}}"),
        format!(r"{{F:b}}{{G}}{{P:c}} {PERIOD}{change} (?:on|over|from|compared with|compared to|against) {{W}}{{F:a}}"),
        // a C% fall in profit to B, from A; a C% rise in sales to B, up from A; a C%
        // drop in net income, to B from A
        // (nothing but a conversion in brackets between B and "from": "to £1,450 a month,
        // came as wages rose from" starts another change)
        format!(r"{{P:c}} {PERIOD}{change} in {{W}}(?:[a-z'-]+, )?to {{W}}{{F:b}}(?: \([^)]{{0,40}}\))?,? (?:up |down )?from {{W}}{{F:a}}"),
        // lowered cholesterol by C% on average, from A to B; cut prices by C%, from A to B
        format!(r"\b(?:{TRANSITIVE})\b[^#.;]{{0,40}}? by {qual}{{P:c}}(?: on average)?,? {{W}}from {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}"),
        // cut debt by a third, to B from A
        format!(r"\b(?:{TRANSITIVE})\b[^#.;]{{0,40}}? by {qual}{{P:c}},? {{W}}to {{W}}{{F:b}}{{G}}\bfrom {{W}}{{F:a}}"),
        // will raise fares by 10% in July, lifting the base fare to B from A: the change,
        // then the level it takes a price or count to and the one before
        format!(r"\b(?:{TRANSITIVE}|{change})\b[^#.;]{{0,40}}? by {qual}{{P:c}}(?: [a-z0-9]+){{0,3}}?,? (?:lifting|taking|bringing|pushing|raising|cutting|reducing|lowering|putting) (?:[a-z'-]+ ){{0,4}}?to {{W}}{{F:b}},? from {{W}}{{F:a}}"),
        format!(r"\b(?:{TRANSITIVE}|{change})\b[^#.;]{{0,40}}? by {qual}{{P:c}}(?: [a-z0-9]+){{0,3}}?,? (?:lifting|taking|bringing|pushing|raising|cutting|reducing|lowering|putting) (?:[a-z'-]+ ){{0,4}}?from {{W}}{{F:a}} to {{W}}{{F:b}}"),
        // a C% fall in profit from A to B
        format!(r"{{P:c}} {PERIOD}{change} in {{W}}(?:[a-z'-]+, )?from {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}"),
        // lost a third of its value, falling from A to B; lost 20% of their value,
        // sliding to B from A
        format!(r"(?P<lost>)\b(?:lost|shed|losing|shedding) {qual}{{P:c}} (?:of )?(?:its |their |the )?value,? (?:[a-z]+,? ){{0,3}}?(?:{change}|{FALLING}|down) (?:by )?{{W}}from {{W}}{{F:a}}{{G}}\bto {{W}}{{F:b}}"),
        format!(r"(?P<lost>)\b(?:lost|shed|losing|shedding) {qual}{{P:c}} (?:of )?(?:its |their |the )?value,? (?:[a-z]+,? ){{0,3}}?(?:{change}|{FALLING}|down) (?:by )?{{W}}to {{W}}{{F:b}}{{G}}\bfrom {{W}}{{F:a}}"),
        // A in 2010 and B in 2020, a fall of C% / a C% fall (the levels in either order)
        format!(r"{{F:a}}{DATED_A},? and {{W}}{{F:b}}{DATED_B},? (?:- )?(?:an? |or an? )?{change} of {qual}{{P:c}}"),
        format!(r"{{F:a}}{DATED_A},? and {{W}}{{F:b}}{DATED_B},? (?:- )?(?:an? |or an? )?{qual}{{P:c}} {PERIOD}{change}\b"),
    ];
    let refs: Vec<&str> = pats.iter().map(String::as_str).collect();
    compile_all(&refs)
});

/// A change between two percentages stated as a count of points ("a rise of six points",
/// "up 5 points from 45%"): the extractor reads "points" as the count's noun, which
/// beside two percentages is percentage points.
static POINTS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let (change, qual) = (CHANGE_ALT.as_str(), QUAL_ALT.as_str());
    let c = r"#n(?P<c>\d+)#";
    let pats: Vec<String> = vec![
        // from A to B, a rise of C points
        format!(r"\bfrom {{W}}{{P:a}}{{G}}\bto {{W}}{{P:b}}{{G}}\b{change} of {qual}{c}"),
        // rose C points from A to B
        format!(
            r"\b(?:{change}|up|down) (?:by )?{qual}{c},? {{W}}from {{W}}{{P:a}}{{G}}\bto {{W}}{{P:b}}"
        ),
        // fell C points to B from A
        format!(
            r"\b(?:{change}|up|down) (?:by )?{qual}{c},? {{W}}to {{W}}{{P:b}}{{G}}\bfrom {{W}}{{P:a}}"
        ),
        // B, up C points from A / on A
        format!(
            r"{{P:b}}{{G}}\b(?:up|down) (?:by )?{qual}{c}(?: points?)? (?:from|on|compared with|against) {{W}}{{P:a}}"
        ),
        // B, up from A, a rise of C points; B, against A a year ago, a fall of C points
        format!(r"{{P:b}}{{G}}\b(?:up|down) from {{W}}{{P:a}}{{G}}\b{change} of {qual}{c}"),
        format!(
            r"{{P:b}}{{G}}\b(?:against|compared with|compared to|versus) {{W}}{{P:a}}{{G}}\b(?:an? )?{change} of {qual}{c}"
        ),
        // fell to B from A, a drop of C points
        format!(
            r"\b(?:{change}|up|down) {{W}}to {{W}}{{P:b}}{{G}}\bfrom {{W}}{{P:a}}{{G}}\b{change} of {qual}{c}"
        ),
    ];
    let refs: Vec<&str> = pats.iter().map(String::as_str).collect();
    compile_all(&refs)
});

/// Whether `c` is a count of points ("six points"), the way copy states a change
/// between two percentages.
fn counts_points(c: &Claim) -> bool {
    c.kind == Kind::Number && matches!(c.unit.as_deref(), Some("point" | "points"))
}

/// Whether the change is said to be in another quantity: "a 15% increase in market
/// share" after "sales rose from $100m to $134m" is not a change from A to B.
fn about_something_else(tail: &str, a: &Claim, b: &Claim) -> bool {
    let Some(rest) = tail
        .strip_prefix(" in ")
        .or_else(|| tail.strip_prefix(" for "))
    else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let noun: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    if noun.is_empty() || lexicon::is_time_word(&noun) {
        return false; // "in 2022", "in March", "in a year"
    }
    let same = |c: &Claim| {
        c.unit
            .as_deref()
            .is_some_and(|u| u.trim_end_matches('s') == noun.trim_end_matches('s'))
    };
    !(same(a) || same(b))
}

/// Words that put a stated change on another basis than the figures beside it: "up 9% at
/// constant currency", "an organic increase of 12%", "a rise of 3% on a like-for-like
/// basis". The levels are as reported; the change is not, so they cannot check it.
static ANOTHER_BASIS: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"(?i)\b(?:constant (?:currency|currencies|exchange rates?|prices)|local currenc(?:y|ies)|like-for-like|like for like|underlying|organic(?:ally)?|excluding|stripping out|in real terms|after inflation|inflation-adjusted|comparable basis|pro forma|currency-neutral|same-store|comparable-store)\b",
    )
});

/// Whether the words next to a stated change, the last 25 bytes of `before` and the
/// first 45 of `after`, each within the change's clause, put it on [`ANOTHER_BASIS`].
fn on_another_basis(before: &str, after: &str) -> bool {
    let before = tail(before, 25)
        .rsplit([',', ';', '#'])
        .next()
        .unwrap_or("");
    let after = head(after, 45).split([',', ';', '.']).next().unwrap_or("");
    ANOTHER_BASIS.is_match(before) || ANOTHER_BASIS.is_match(after)
}

/// [`on_another_basis`] for a figure `c` in the copy itself: "sales rose 9% at constant
/// currency" in a lead is no change between levels given as reported elsewhere.
pub(crate) fn said_on_another_basis(prose: &str, c: &Claim) -> bool {
    on_another_basis(
        prose.get(..c.start).unwrap_or(""),
        prose.get(c.end..).unwrap_or(""),
    )
}

/// Prepositions that name the base a change is measured from, after the change: "a rise
/// of 40% on the figure for 2019", "up 75% compared with May last year".
const BASE_PREPOSITIONS: &[&str] = &[
    " on ",
    " over ",
    " compared with ",
    " compared to ",
    " against ",
    " than ",
    " from ",
    " since ",
];

/// Words that name a time a base may be taken at, besides years and months.
const BASE_TIMES: &[&str] = &[
    "year", "years", "quarter", "month", "week", "decade", "pandemic", "season", "period",
];

/// Whether the change is said against a time the earlier figure is not given at: "from
/// 120,000 in 2022 to 140,000, a rise of 40% on the figure for 2019" measures the rise
/// from 2019, a level the copy does not give, so the two figures cannot check it. A year
/// or month the base names must be said in the phrasing that bound the figures
/// (`matched`); a period ("on the year", "on last year") must be too when that phrasing
/// dates its figures otherwise ("from 1,000 in April").
fn measured_from_another_time(tail: &str, matched: &str) -> bool {
    let Some(base) = BASE_PREPOSITIONS.iter().find_map(|p| tail.strip_prefix(p)) else {
        return false;
    };
    let base = base
        .split([',', '.', ';', '(', '#'])
        .next()
        .unwrap_or("")
        .split(" and ")
        .next()
        .unwrap_or("");
    fn words(s: &str) -> Vec<&str> {
        s.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect()
    }
    // a year or a month names one time; "the year", "last year" only a period back
    let names_a_time = |w: &str| {
        let year = w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"));
        year || lexicon::month_number(w).is_some()
    };
    let said = words(matched);
    let base = words(base);
    if base.iter().any(|w| names_a_time(w) && !said.contains(w)) {
        return true;
    }
    // "on the year", "on last year" is the earlier figure's own time unless the
    // phrasing gave that figure another ("from 1,000 in April")
    let dates_its_figures = said.iter().any(|w| names_a_time(w));
    dates_its_figures
        && base
            .iter()
            .any(|w| BASE_TIMES.contains(w) && !said.contains(w))
}

/// Which way the words say the figure moved: +1, -1, or 0 when they do not say (or say
/// both, which no check should guess at).
fn direction(matched: &str) -> i8 {
    let words = |list: &'static str| list.split('|').collect::<Vec<_>>();
    lexicon::change_direction(matched, &words(COMPARATIVE_UP), &words(COMPARATIVE_DOWN))
}

/// Comparatives that state a change as a difference from the earlier figure: "30%
/// higher than the £100m".
const COMPARATIVE_UP: &str = "higher|more|greater|bigger|larger|above";
const COMPARATIVE_DOWN: &str = "lower|less|fewer|smaller|below";

/// Business-copy phrasings whose stretch between the earlier figure and the change is
/// long enough to hold another clause; they bind only when it holds no "and", "while" or
/// "but" (see [`joins_clauses`]).
static GUARDED: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let (change, qual) = (CHANGE_ALT.as_str(), QUAL_ALT.as_str());
    let against = "(?:against|compared with|compared to|versus|vs)";
    let pats: Vec<String> = vec![
        // fell C% to B, against A a year earlier; down by C%, at B against A
        format!(
            r"\b(?:{change}|up|down) (?:by )?{qual}{{P:c}},? {{W}}(?:to|at) {{W}}{{F:b}}{{G}}\b{against} {{W}}{{F:a}}"
        ),
        // B, against A a year ago, an increase of C% / a C% increase (B may have its
        // share of a whole beside it: "34,300 rent, 20% of the total, against 24,700")
        format!(
            r"{{F:b}}(?:{{G}}, {qual}#p\d+# of [a-z' ]{{1,30}}?,)?{{G}}\b(?:{against}|from) {{W}}{{F:a}}{{G}}\b(?:an? )?{change} of {qual}{AMOUNT_FIRST}{{P:c}}"
        ),
        format!(r"{{F:b}}{{G}}\b{against} {{W}}{{F:a}}{{G}}{{P:c}} {PERIOD}{change}\b"),
        // B, compared with A a year ago, up C%
        format!(
            r"{{F:b}}{{G}}\b(?:{against}|from) {{W}}{{F:a}}{{G}}\b(?:up|down) (?:by )?{qual}{{P:c}}"
        ),
        // rose to B from A, a C% increase / an increase of C%
        format!(
            r"\b{change} {{W}}to {{W}}{{F:b}}{{G}}\bfrom {{W}}{{F:a}}{{G}}{{P:c}} {PERIOD}{change}\b"
        ),
        format!(
            r"\b{change} {{W}}to {{W}}{{F:b}}{{G}}\bfrom {{W}}{{F:a}}{{G}}\b{change} of {qual}{AMOUNT_FIRST}{{P:c}}"
        ),
        // B, 5% of the total and C% more than the A: the level's share, then its
        // comparison (first, or the share would be read as B)
        format!(
            r"{{F:b}}(?: [a-z]+)?,? (?:or |about |around |some |nearly |almost |just over |just under )*#p\d+# of [a-z' ]{{1,30}}? and {{P:c}} (?:{COMPARATIVE_UP}|{COMPARATIVE_DOWN}) (?:than|on|from) {{W}}{{F:a}}"
        ),
        // B, C% higher than the A; B, C% down on A; B, C% above the usual A; B, C% below
        // the five-year average of A
        format!(
            r"{{F:b}}{{G}}{{P:c}} (?:(?:{COMPARATIVE_UP}|{COMPARATIVE_DOWN}) (?:than|on|from)|above|below) (?:{{W}}|(?:the |its |their |[a-z]+'s ){{1,2}}(?:[a-z-]+ ){{0,2}}of ){{F:a}}"
        ),
        // B parcels in the year to March, the highest on record and C% more than the A:
        // the comparison joined by "and" to another aside on B, however long that is
        format!(
            r"{{F:b}}(?P<aside>[^#.;]{{0,100}}?, [^#.;]{{0,80}}?) and {{P:c}} (?:(?:{COMPARATIVE_UP}|{COMPARATIVE_DOWN}) (?:than|on|from)|above|below) {{W}}{{F:a}}"
        ),
    ];
    let refs: Vec<&str> = pats.iter().map(String::as_str).collect();
    compile_all(&refs)
});

/// Whether the skeleton between two offsets joins another clause ("… and profits rose
/// 10%"), after which a stated change may be about something else.
fn joins_clauses(between: &str) -> bool {
    between
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(w, "and" | "while" | "but" | "whereas" | "although"))
}

/// Words without which no pattern can match: a cheap test before the patterns run.
static HINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(
        r"{}|\bup\b|\bdown\b|\boff\b|\b(?:{COMPARATIVE_UP}|{COMPARATIVE_DOWN}) (?:than|on|from)\b|#p\d+# (?:above|below)\b|\b(?:{TRANSITIVE})\b",
        CHANGE_ALT.as_str()
    ))
});

/// Findings for every stated change in `skel` that no reading of its figures gives.
/// A [`Change`] for every stated change in `skel`: the first recogniser, per sentence.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    if skel.figs.len() < 3 || !skel.has_percent() || !HINT.is_match(&skel.text) {
        return;
    }
    let mut seen: Vec<usize> = Vec::new();
    let guarded = GUARDED.iter().map(|re| (re, true));
    let points = POINTS.iter().map(|re| (re, false));
    for (re, guard) in PATTERNS
        .iter()
        .map(|re| (re, false))
        .chain(guarded)
        .chain(points)
    {
        for cap in re.captures_iter(&skel.text) {
            let (Some(a), Some(b), Some(c)) = (
                skel.captured(&cap, "a"),
                skel.captured(&cap, "b"),
                skel.captured(&cap, "c"),
            ) else {
                continue;
            };
            if seen.contains(&c.start) || c.kind != Kind::Percent && !counts_points(c) {
                continue;
            }
            let Some((a, b)) = dated_in_order(&skel.text, &cap, a, b) else {
                continue;
            };
            // "the rouble lost 20% of its value, sliding from 60 to the dollar to 90": a
            // value lost between levels that rise is quoted the other way up
            let lost = cap.name("lost").is_some();
            if lost && a.value.zip(b.value).is_none_or(|(av, bv)| bv >= av) {
                continue;
            }
            // (an aside on B goes on with another clause: "…, while costs were flat and
            // 14% higher than the A" may be of the costs)
            if cap
                .name("aside")
                .is_some_and(|g| joins_clauses(&g.as_str().replace(" and ", " ")))
            {
                continue;
            }
            if guard {
                let (Some(ma), Some(mc)) = (cap.name("a"), cap.name("c")) else {
                    continue;
                };
                let (lo, hi) = (ma.end().min(mc.end()), ma.start().max(mc.start()));
                if joins_clauses(skel.text.get(lo..hi).unwrap_or("")) {
                    continue;
                }
            }
            seen.push(c.start);
            // a phrase ending in the change ("a 15% increase") may go on to name what
            // changed; one ending in a figure has already said it
            let (c_end, m_end) = (
                cap.name("c").map_or(0, |m| m.end() + 1), // past the marker's closing '#'
                cap.get(0).map_or(0, |m| m.end()),
            );
            let ends_with_change = !skel.text.get(c_end..m_end).unwrap_or("#").contains('#');
            let tail = skel.text.get(m_end..).unwrap_or("");
            let whole = cap.get(0).map_or("", |m| m.as_str());
            if cap
                .name("c")
                // (the captured digits sit inside their marker, "#p12#")
                .is_some_and(|m| {
                    on_another_basis(
                        skel.text.get(..m.start().saturating_sub(2)).unwrap_or(""),
                        skel.text.get(m.end() + 1..).unwrap_or(""),
                    )
                })
            {
                continue;
            }
            if ends_with_change
                && (about_something_else(tail, a, b) || measured_from_another_time(tail, whole))
            {
                continue;
            }
            let after_c = cap
                .name("c")
                .map_or("", |m| skel.text.get(m.end() + 1..).unwrap_or(""));
            let (Some(from), Some(to), Some(stated)) =
                (frames.id_of(a), frames.id_of(b), frames.id_of(c))
            else {
                continue;
            };
            out.push(Relation::Change(Change {
                from,
                to,
                stated,
                direction: if lost { -1 } else { direction(whole) },
                points: after_c.starts_with(" point")
                    || after_c.starts_with(" percentage point")
                    || counts_points(c),
            }));
        }
    }
}

/// The mismatch in a stated change no reading of its figures gives.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Change) -> Option<Mismatch> {
    let (a, b, c) = (
        frames.claim(rel.from)?,
        frames.claim(rel.to)?,
        frames.claim(rel.stated)?,
    );
    let in_points = counts_points(c) && a.kind == Kind::Percent && b.kind == Kind::Percent;
    if c.kind != Kind::Percent && !in_points
        || !figure::comparable(a, b)
        || !figure::same_unit(a, b)
        || a.start == b.start
    {
        return None;
    }
    let points = c.text.contains("point") || rel.points;
    if points && a.kind != Kind::Percent {
        return None;
    }
    let computed = Computed::of(a, b, points)?;
    // "nearly 30%" is within a fifth below 30%, not anything under it
    let cb = Interval::of(c, Tolerance::Stated)?;
    let stated: Vec<Interval> = match rel.direction {
        1 => vec![cb],
        -1 => vec![cb.negated()],
        _ => vec![cb, cb.negated()],
    };
    let holds = computed
        .readings()
        .any(|r| stated.iter().any(|s| r.overlaps(s)));
    if holds {
        return at_the_edge(a, b, c, rel.direction, points);
    }
    mismatch(a, b, c, rel.direction, computed)
}

/// A warning for a change that holds only at the far edge of the figures' rounding:
/// "from $1.3bn to $1.45bn, a rise of 15%" is 11.5% at face value, and 15% needs $1.3bn
/// to be at most $1.26bn. Copy that is merely rounded ("44% to $205.4m from $142m", 44.6%)
/// is left alone: the face value must miss the stated change by more than a point and by
/// more than a tenth of it.
fn at_the_edge(a: &Claim, b: &Claim, c: &Claim, direction: i8, points: bool) -> Option<Mismatch> {
    let (av, bv, cv) = (a.value?, b.value?, c.value?);
    let exact = [a, b, c]
        .iter()
        .all(|f| f.qualifier == crate::extract::Qualifier::Exact);
    // between two percentages the change may be meant in points, which no face value
    // settles
    let both_percent = a.kind == Kind::Percent || b.kind == Kind::Percent;
    if points || both_percent || av <= 0.0 || direction == 0 || !exact {
        return None; // "just over £25bn" says its own edge
    }
    let face = (bv / av - 1.0) * 100.0;
    let stated = if direction < 0 { -cv } else { cv };
    let miss = (face - stated).abs();
    if miss <= 1.0 || miss <= stated.abs() * 0.1 {
        return None;
    }
    let needed = bv / (1.0 + stated / 100.0);
    let copy = said(c);
    let face_text = pct(face, true);
    Some(
        Mismatch::computed(
            super::PERCENT_CHANGE.id,
            c.start..c.end,
            format!("at face value, from {} to {}", said(a), said(b)),
            face_text,
            Side::copy(pct(stated, true)).shown(copy.clone()),
        )
        .note(format!(
            "{copy} needs {} to be at {} {}: it holds only at the far edge of the figures' rounding",
            said(a),
            if needed < av { "most" } else { "least" },
            figure::amount(a, needed)
        ))
        .tolerance(Tolerance::Arithmetic, None)
        .key([said(a), said(b), said(c), "edge".to_string()])
        .severity(crate::finding::Severity::Warning),
    )
}

/// The change two figures give: in per cent (unless the copy states it in points) and,
/// between two percentages, in points.
struct Computed {
    percent: Option<Interval>,
    points: Option<Interval>,
}

impl Computed {
    fn of(a: &Claim, b: &Claim, points: bool) -> Option<Computed> {
        let (ab, bb) = (
            Interval::of(a, Tolerance::Arithmetic)?,
            Interval::of(b, Tolerance::Arithmetic)?,
        );
        let percent = if points {
            None
        } else {
            let r = bb.ratio(ab)?;
            Some(Interval {
                lo: (r.lo - 1.0) * 100.0,
                hi: (r.hi - 1.0) * 100.0,
            })
        };
        let points = (a.kind == Kind::Percent).then(|| bb.minus(ab));
        Some(Computed { percent, points })
    }

    fn readings(&self) -> impl Iterator<Item = Interval> {
        self.percent.into_iter().chain(self.points)
    }
}

/// The mismatch between the change `computed` from `a` to `b` and the change `c` the
/// copy states in direction `dir`.
fn mismatch(a: &Claim, b: &Claim, c: &Claim, dir: i8, computed: Computed) -> Option<Mismatch> {
    let in_points = computed.percent.is_none();
    let shown = computed.readings().next()?;
    let (computed_text, formula) = if in_points {
        (
            pts_range(shown),
            format!("computed {} − {} in percentage points", bare(b), bare(a)),
        )
    } else {
        (
            pct_range(shown, true),
            format!("computed ({} − {}) ÷ {} × 100", bare(b), bare(a), bare(a)),
        )
    };
    // "six" read with its noun: "a six-point increase"
    let stated = if counts_points(c) {
        format!("{}-point", said(c))
    } else {
        said(c)
    };
    // a share in words reads as "a rise of almost a third", not "an almost a third rise";
    // points as "a rise of 80 basis points", not "an 80 basis points increase"
    let in_words = crate::interval::is_word_fraction(c)
        || stated.ends_with("points")
        || stated.starts_with("a ")
        || stated.starts_with("an ");
    let copy = match (dir, in_words) {
        (1, true) => format!("a rise of {stated}"),
        (-1, true) => format!("a fall of {stated}"),
        (1, false) => format!("{} {stated} increase", article(&stated)),
        (-1, false) => format!("{} {stated} decrease", article(&stated)),
        _ => stated,
    };
    let show = |v: f64| {
        let signed = if dir < 0 { -v } else { v };
        if in_points {
            pts(signed)
        } else {
            pct(signed, dir != 0)
        }
    };
    // (a change stated as a span, "20-25 per cent", "20-odd per cent": both ends)
    let actual = match (c.value, c.low, c.high) {
        // to the digits the copy gives: "5.99%" is +5.99%, not +6%
        (Some(v), _, _) => {
            let signed = if dir < 0 { -v } else { v };
            let stated = stated_pct(signed, dir != 0, c.precision);
            if in_points {
                as_points(&stated)
            } else {
                stated
            }
        }
        (None, Some(lo), Some(hi)) if dir < 0 => format!("{} to {}", show(hi), show(lo)),
        (None, Some(lo), Some(hi)) => format!("{} to {}", show(lo), show(hi)),
        _ => return None,
    };
    let mut m = Mismatch::computed(
        super::PERCENT_CHANGE.id,
        c.start..c.end,
        format!("from {} to {}", said(a), said(b)),
        computed_text,
        Side::copy(actual).shown(copy),
    )
    .computed_with(formula, [a, b])
    .tolerance(
        Tolerance::Arithmetic,
        Some(format!("the stated change {}", reading(c))),
    );
    if let (Some(_), Some(in_points)) = (computed.percent, computed.points) {
        m = m.note(format!(
            "read as percentage points it is {}, which does not fit either",
            pts_range(in_points)
        ));
    }
    Some(m.key([said(a), said(b), said(c)]))
}

/// "a" or "an" before a figure as it is read aloud: "an 18% rise", "an 8% fall".
fn article(figure: &str) -> &'static str {
    // a qualifier or a number in words leads: "an almost 20% increase", "an eight per
    // cent fall", "a one per cent rise", "an up to 5% rise"
    let lower = figure.to_ascii_lowercase();
    if lower.starts_with(|c: char| c.is_ascii_alphabetic()) {
        let vowel = lower.starts_with(['a', 'e', 'i', 'o']) && !lower.starts_with("one")
            || lower.starts_with("un")
            || lower.starts_with("up");
        return if vowel { "an" } else { "a" };
    }
    let int: String = figure
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    let eleven_or_eighteen = (int.starts_with("11") || int.starts_with("18")) && int.len() % 3 == 2;
    if int.starts_with('8') || eleven_or_eighteen {
        "an"
    } else {
        "a"
    }
}

/// A stated percentage as the copy gives it, to its last stated digit (`precision` is
/// half that digit's unit), signed when the words give a direction.
fn stated_pct(v: f64, signed: bool, precision: f64) -> String {
    let decimals = if precision > 0.0 && precision < 0.5 {
        ((0.5 / precision).log10().round() as usize).min(4)
    } else if precision == 0.0 && v.abs() < 1.0 && v.fract() != 0.0 {
        // a fraction of a point in words ("a quarter of a point" is 0.25)
        2
    } else {
        0
    };
    signed_percent(crate::num::format(v, decimals), v, signed)
}

fn pts(v: f64) -> String {
    as_points(&pct(v, true))
}

/// A percentage as a message writes it ("+1.2%") read as points ("+1.2 points").
fn as_points(percent: &str) -> String {
    format!("{} points", percent.trim_end_matches('%'))
}

fn pts_range(b: Interval) -> String {
    let (lo, hi) = (pts(b.lo), pts(b.hi));
    if lo == hi {
        lo
    } else {
        format!("{} to {hi}", lo.trim_end_matches(" points"))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Kind, Qualifier};
    use crate::rules::figure::testing::{doc_with, Spec};

    fn run(text: &str, specs: &[Spec<'_>]) -> Vec<String> {
        let (d, c) = doc_with(text, specs);
        super::super::check(&d, &c)
            .into_iter()
            .map(|f| {
                format!(
                    "{} | {} | {:?} | {:?}",
                    f.rule, f.message, f.expected, f.actual
                )
            })
            .collect()
    }

    const EX: Qualifier = Qualifier::Exact;

    #[test]
    fn seed_phrasing_is_flagged_with_the_range() {
        let got = run(
            "Charter flights went from about 100 in winter to 134 by spring, a 15 per cent increase.",
            &[
                (
                    "about 100",
                    Kind::Number,
                    100.0,
                    Qualifier::Approximate,
                    0.5,
                    None,
                ),
                ("134", Kind::Number, 134.0, EX, 0.5, None),
                ("15 per cent", Kind::Percent, 15.0, EX, 0.5, None),
            ],
        );
        assert_eq!(
            got,
            vec!["arithmetic/percent-change | from about 100 to 134 is +28% to +41%; the copy says a 15 per cent increase | Some(\"+28% to +41%\") | Some(\"+15%\")"]
        );
    }

    #[test]
    fn correct_change_and_rounding_pass() {
        let got = run(
            "Arrests rose to 134, up 34% from 100.",
            &[
                ("134", Kind::Number, 134.0, EX, 0.5, None),
                ("34%", Kind::Percent, 34.0, EX, 0.5, None),
                ("100", Kind::Number, 100.0, EX, 0.5, None),
            ],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn points_are_checked_as_points() {
        let got = run(
            "Turnout fell from 62% to 55%, a drop of 4 percentage points.",
            &[
                ("62%", Kind::Percent, 62.0, EX, 0.5, None),
                ("55%", Kind::Percent, 55.0, EX, 0.5, None),
                ("4 percentage points", Kind::Percent, 4.0, EX, 0.5, None),
            ],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("-8 to -6 points"), "{got:?}");
    }
}

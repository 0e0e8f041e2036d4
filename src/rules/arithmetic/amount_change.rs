//! `arithmetic/percent-change` stated with its amount: "closed down 0.89 points, or
//! 0.01%, at 10,385.48", "rose 4p, or nearly 1%, to 548p", "sank 14.87% - or $1.83 - to
//! close at $10.48". The level before the change is the level after it less the amount,
//! so the percentage can be checked without the copy giving it.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Claim, Kind};
use crate::frame::relation::{AmountChange, Relation};
use crate::frame::Frames;
use crate::lexicon;
use crate::pattern::compile_all;
use crate::rules::figure::{self, pct_range, reading, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// Verbs of change that are not in the lexicon's lists but say, with an amount and a
/// level, which way a price moved: "added 4p", "lost $1.83", "closed 31 points lower".
const MORE_UP: &[&str] = &["add", "adds", "added", "adding", "higher", "more"];
const MORE_DOWN: &[&str] = &[
    "lost", "lower", "less", "fewer", "knock", "knocked", "knocking", "take", "taken", "taking",
    "cutting",
];

/// Nouns of a change stated after the level: "closed down 64 points at 8,214, a fall of
/// 2.4%".
const CHANGE_NOUNS: &str =
    "fall|drop|decline|decrease|loss|slide|rise|gain|increase|jump|climb|advance";

/// The earlier time a level is compared with: "last year", "the previous month", "a
/// year ago", "the same period before".
/// The time a level is of, said between it and its move: " in the last financial year",
/// " in March", " last year" ("£827bn in the last financial year, up £41bn on the year
/// before"). A time, never a place or a count: "£8m in 30 stores, up £1m" is left alone.
pub(crate) const TIME_ASIDE: &str = r"(?: (?:in|during|over|for) (?:the |its |this )?(?:[a-z-]+ ){0,3}?(?:year|month|quarter|week|period|season|half|decade)| in (?:january|february|march|april|may|june|july|august|september|october|november|december)| (?:last|this) (?:year|month|quarter|week|season))";

const EARLIER: &str = r"(?:the |a )?(?:previous |last |same )?(?:year|month|week|quarter|period|season)(?: before| earlier| ago)?";

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let mut change_words: Vec<&str> = lexicon::CHANGE_WORDS.to_vec();
    change_words.extend(["up", "down", "added", "lost"]);
    let change = lexicon::alternation(&change_words);
    let qual = format!("{}?", lexicon::alternation(lexicon::FIGURE_QUALIFIERS));
    let units = r"(?: points?| percentage points?| pence| cents?| p)?";
    let pats: Vec<String> = vec![
        // down 0.89 points, or 0.01%, at 10,385.48; rose 4p or nearly 1% ... to 548p
        format!(
            r"\b(?P<dir>{change}) (?:by )?(?:a |just )?{{N:x}}{units},? (?:-|or|,) ?(?:or )?{qual}{{P:c}},?(?: -)? (?P<gap>[^#.;]{{0,50}}?)\b(?:at|to) {{W}}#[nmp](?P<z>\d+)#"
        ),
        // sank 14.87% - or $1.83 - to close at $10.48
        format!(
            r"\b(?P<dir>{change}) (?:by )?{qual}{{P:c}},?(?: -)? (?:or )?{{N:x}}{units},?(?: -)? (?P<gap>[^#.;]{{0,50}}?)\b(?:at|to) {{W}}#[nmp](?P<z>\d+)#"
        ),
        // closed 31 points lower, or 1.5%, at 6,150
        format!(
            r"{{N:x}}{units} (?P<dir>lower|higher),? (?:-|or|,) ?(?:or )?{qual}{{P:c}},?(?: -)? (?P<gap>[^#.;]{{0,50}}?)\b(?:at|to) {{W}}#[nmp](?P<z>\d+)#"
        ),
        // closed down 64 points at 8,214, a fall of 2.4%; fell 22p to 188p, a drop of 6%;
        // rose $2.05 a barrel to $84.55, a rise of 2.5%
        format!(
            r"\b(?P<dir>{change}) (?:by )?(?:a |just )?{{N:x}}{units}(?: (?:a|an|per) (?:barrel|ounce|tonne|ton|gallon|litre|liter|share|kilo|kilogram|pound|bushel))? (?P<gap>(?:to close )?)(?:at|to) #[nmp](?P<z>\d+)#(?: [a-z]+){{0,6}}?, (?:an? )?(?:{CHANGE_NOUNS}) of {qual}{{P:c}}(?:[.;,]|$)"
        ),
        // will raise council tax by 4.99%, taking the Band D bill to £2,065, an increase
        // of £98; knife crime rose by 8% to 45,000 offences, an increase of 3,300: the
        // percentage first, then the level it takes the charge to, then the amount (the
        // amount's noun says which way)
        format!(
            r"\b(?:{change}|raise|raises|raising|lift|lifts|lifting|put up|putting up|reduce|reduces|reducing) (?:(?:[a-z'-]+ ){{0,4}}?by )?{qual}{{P:c}}(?P<span>(?: [a-z0-9'-]+){{0,5}}?),? (?:(?:taking|bringing|pushing|lifting|putting) (?P<gap>(?:[a-z'-]+ ){{0,6}}?))?to #[nm](?P<z>\d+)#(?: [a-z]+){{0,3}}?,? (?:an? )?(?P<dir>{CHANGE_NOUNS}|cut|reduction) of {qual}{{N:x}}(?: a year| a month| a week)?(?:[.;,]|$)"
        ),
        // rents rose by 9.2%, pushing the average to £1,310, £110 more than a year
        // earlier: the amount said as a comparison with an earlier time after the level
        format!(
            r"\b(?:{change}|raise|raises|raising|lift|lifts|lifting|put up|putting up) (?:(?:[a-z'-]+ ){{0,4}}?by )?{qual}{{P:c}}(?P<span>(?: [a-z0-9'-]+){{0,5}}?),? (?:(?:taking|bringing|pushing|lifting|putting) (?P<gap>(?:[a-z'-]+ ){{0,6}}?))?to #[nm](?P<z>\d+)#(?: [a-z]+){{0,3}}?, {qual}{{N:x}}{units} (?P<dir>more|higher|less|lower|fewer) than {EARLIER}(?:[.;,]|$)"
        ),
        // rose by 9.2% in the year to October, the fastest rise in a decade, pushing the
        // average to £1,310, £110 more than a year earlier: an aside before the level
        format!(
            r"\b(?:{change}|raise|raises|raising|lift|lifts|lifting|put up|putting up) (?:(?:[a-z'-]+ ){{0,4}}?by )?{qual}{{P:c}}(?P<span>(?: [a-z0-9'-]+){{0,5}}?),(?: [a-z'-]+){{1,6}}, (?:taking|bringing|pushing|lifting|putting) (?P<gap>(?:[a-z'-]+ ){{0,6}}?)to #[nm](?P<z>\d+)#(?: [a-z]+){{0,3}}?, {qual}{{N:x}}{units} (?P<dir>more|higher|less|lower|fewer) than {EARLIER}(?:[.;,]|$)"
        ),
        // there are 11,000 more nurses than a year ago, taking the total to 360,000, a
        // rise of 3%: the amount said as a comparison with an earlier time
        format!(
            r"{{N:x}}(?: [a-z'-]+){{0,2}}? (?:more|fewer|less)(?: [a-z'-]+){{0,2}}? than (?:a year ago|a year earlier|last year|the year before|a month ago|last month|the month before|in (?:19|20)\d\d),? (?:taking|bringing|pushing|lifting) (?P<gap>(?:[a-z'-]+ ){{0,4}}?)to #[nm](?P<z>\d+)#(?: [a-z]+){{0,3}}?,? (?:an? )?(?P<dir>{CHANGE_NOUNS}) of {qual}{{P:c}}(?:[.;,]|$)"
        ),
        // the average salary of £30,000 is up £3,000 on last year, a rise of 11%; sales
        // were £30m, down £3m from a year earlier, a fall of 9%; debt stands at £48m, up
        // £8m in a year, a rise of 20%: the level first
        format!(
            r"#[nm](?P<z>\d+)#(?:(?: [a-z]+){{0,2}}?|{TIME_ASIDE}),? (?:is |was |are |were )?(?P<dir>up|down) (?:by )?{{N:x}}{units} (?:(?:on|from|compared with|against) {EARLIER}|(?:in|over) (?:a|one|the past|the last) (?:year|month|week|quarter|season)),? (?:an? )?(?:{CHANGE_NOUNS}) of {qual}{{P:c}}(?:[.;,]|$)"
        ),
        // rose to £285,000 in September, £6,400 higher than a year earlier, a rise of
        // 2.3%; sold 25,000 season tickets, 5,000 more than last year, a rise of 25%;
        // 18,500 households on its waiting list for social housing, 2,300 more than last
        // year, an increase of 14%: the amount set after the level with a comparative
        format!(
            r"#[nm](?P<z>\d+)#(?: [a-z]+){{0,8}}?, {{N:x}}{units} (?P<dir>higher|lower|more|fewer) (?:than|on|compared with) {EARLIER},? (?:an? )?(?:{CHANGE_NOUNS}) of {qual}{{P:c}}(?:[.;,]|$)"
        ),
        // prices rose by 8% to an average of £270,000, up £20,000 on a year ago (or alone),
        // earnings rose by 5.6% to £682, an increase of about £36 on a year earlier: the
        // percentage first, the amount after the level
        format!(
            r"\b(?:{change}) (?:by )?{qual}{{P:c}} (?P<gap>(?:[a-z'-]+ ){{0,4}}?)to (?:an average of |a record |a total of )?#[nm](?P<z>\d+)#(?: [a-z]+){{0,3}}?,? (?:is |was )?(?:(?P<dir>up|down) (?:by )?|(?:an? )?(?P<dir2>{CHANGE_NOUNS}) of ){qual}{{N:x}}{units}(?: (?:on|from|compared with) {EARLIER})?(?:[.;,]|$)"
        ),
        // earnings rose 4.6% from a year earlier to $31.85, about $1.40 more: the amount
        // after the level as a bare comparative
        format!(
            r"\b(?:{change}) (?:by )?{qual}{{P:c}} (?P<gap>(?:[a-z'-]+ ){{0,4}}?)to (?:an average of |a record |a total of )?#[nm](?P<z>\d+)#(?: [a-z]+){{0,3}}?, {qual}{{N:x}}{units} (?P<dir>more|higher|less|lower|fewer)(?: than {EARLIER})?(?:[.;,]|$)"
        ),
        // added 38,500 jobs, a gain of 2%, bringing payrolls to 1.94 million; rose by
        // £4m over the year, an increase of 9%, to £48m: the amount, the percentage as a
        // noun, then the level reached
        format!(
            r"\b(?P<dir>{change}) (?:by )?(?:a |just )?{qual}{{N:x}}{units}(?: [a-z'-]+){{0,4}}?, (?:an? )?(?:{CHANGE_NOUNS}) of {qual}{{P:c}},? (?:(?:taking|bringing|pushing|lifting|putting) (?P<gap>(?:[a-z'-]+ ){{0,4}}?))?to {qual}#[nm](?P<z>\d+)#"
        ),
        // rose to 350,000 from 330,000, up 20,000 or 6%; from 330,000 to 350,000, an
        // increase of 20,000 or 6%: both levels, then the amount and the percentage
        format!(
            r"\bto {{W}}#[nm](?P<z>\d+)# from {{W}}#[nm]\d+#(?: [a-z]+){{0,3}}?,? (?:an? )?(?P<dir>up|down|{CHANGE_NOUNS})(?: of| by)? {qual}{{N:x}}{units},? (?:or |, )(?:or )?{qual}{{P:c}}(?:[.;,]|$)"
        ),
        format!(
            r"\bfrom {{W}}#[nm]\d+# to {{W}}#[nm](?P<z>\d+)#(?: [a-z]+){{0,3}}?,? (?:an? )?(?P<dir>up|down|{CHANGE_NOUNS})(?: of| by)? {qual}{{N:x}}{units},? (?:or |, )(?:or )?{qual}{{P:c}}(?:[.;,]|$)"
        ),
        // fares rose by 4.9%, adding £180 to the price of a £3,670 season ticket; cut
        // prices by 5%, knocking £10 off a £200 coat: the amount on one price the
        // percentage moves (read against the price before and after it)
        format!(
            r"\b(?:{change}|raise|raises|raised|raising|cut|cuts|cutting|reduce|reduces|reduced) (?:(?:[a-z'-]+ ){{0,4}}?by )?{qual}{{P:c}}(?: [a-z]+){{0,4}}?,? (?P<dir>adding|knocking|taking|cutting) {qual}{{N:x}} (?P<on>to|off) (?:the (?:price|cost|bill|fare) of )?(?:a|an|the|each|every) (?:typical |average |standard )?#[nm](?P<z>\d+)#"
        ),
        // a council tax rise of 4.4%, which would have added £94 to a Band D bill of
        // £2,140; a cut of 5%, knocking £10 off a season pass of £200: the percentage as
        // a noun, the amount it adds to the price named
        format!(
            r"\b(?:{CHANGE_NOUNS}|cut|reduction) of {qual}{{P:c}}(?: [a-z'-]+){{0,3}}?,? (?:which (?:would|will)(?: have)? |that (?:would|will)(?: have)? )?(?P<dir>add|added|adding|knock|knocked|knocking|take|taken|taking|cut|cutting) {qual}{{N:x}} (?P<on>to|off) (?:the |a |an )?(?:[a-z'-]+ ){{0,3}}?[a-z'-]+ of #[nm](?P<z>\d+)#"
        ),
        // will add 12 beds to the current 16, an increase of 75%: the amount added to
        // the level before, then the percentage
        format!(
            r"\b(?P<dir>add|adds|added|adding) {qual}{{N:x}}(?: [a-z'-]+){{0,2}}? (?P<on>to) (?:the |its |their )?(?:current |existing |present )?{qual}#[nm](?P<z>\d+)#(?: [a-z'-]+){{0,3}}?, (?:an? )?(?:{CHANGE_NOUNS}) of {qual}{{P:c}}(?:[.;,]|$)"
        ),
        // the firm cut 2,400 jobs, leaving it with 9,600 staff, a reduction of 20%: the
        // level left after the amount taken away
        format!(
            r"\b(?:cut|cuts|cutting|shed|sheds|shedding|axed|axes|axing|lost|loses|losing) {qual}{{N:x}}(?: [a-z'-]+){{0,3}}?,? (?:leaving|to leave) (?:it |them |the [a-z]+ )?(?:with )?(?:just |only )?{qual}#[nm](?P<z>\d+)#(?: [a-z'-]+){{0,3}}?,? (?:an? )?(?P<dir>fall|drop|decline|decrease|reduction|cut) of {qual}{{P:c}}(?:[.;,]|$)"
        ),
    ];
    let refs: Vec<&str> = pats.iter().map(String::as_str).collect();
    compile_all(&refs)
});

/// Words between the change and the level that put the level at another moment or in
/// another clause: "rose 4p, or 1.2%, in early trading, and later closed at 410p".
static ANOTHER_MOMENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"\b(?:and|but|while|later|then|earlier|before|after|afterwards|subsequently|since|having|when)\b",
    )
});

/// The whole gap between a percentage and its level when it only says what the change
/// is measured against: "from a year earlier", "on the previous month".
static MEASURED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(&format!(r"^(?:from|on|compared with|against) {EARLIER} $"))
});

/// An [`AmountChange`] for every change `skel` states as an amount and a percentage.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    if skel.figs.len() < 3 || !skel.has_percent() {
        return;
    }
    let mut seen = Vec::new();
    for re in PATTERNS.iter() {
        for cap in re.captures_iter(&skel.text) {
            let (Some(x), Some(c), Some(z), Some(dir)) = (
                skel.captured(&cap, "x"),
                skel.captured(&cap, "c"),
                skel.captured(&cap, "z"),
                cap.name("dir").or(cap.name("dir2")),
            ) else {
                continue;
            };
            // ("rose 4.6% from a year earlier to $31.85": the time the change is
            // measured from is no other moment)
            if cap.name("gap").is_some_and(|g| {
                ANOTHER_MOMENT.is_match(g.as_str()) && !MEASURED_FROM.is_match(g.as_str())
            }) {
                continue;
            }
            // ("fell by 8% in real terms since 2015, to £5,520": the change's span may
            // stand before its level, but no other clause)
            if cap.name("span").is_some_and(|g| {
                g.as_str()
                    .split_whitespace()
                    .any(|w| matches!(w, "and" | "but" | "while" | "later" | "then" | "after"))
            }) {
                continue;
            }
            let w = dir.as_str();
            let direction = if lexicon::CHANGE_UP.contains(&w) || MORE_UP.contains(&w) {
                1
            } else if lexicon::CHANGE_DOWN.contains(&w) || MORE_DOWN.contains(&w) {
                -1
            } else {
                continue; // "edged" says no direction
            };
            let (Some(amount), Some(stated), Some(level)) =
                (frames.id_of(x), frames.id_of(c), frames.id_of(z))
            else {
                continue;
            };
            if seen.contains(&stated) {
                continue;
            }
            seen.push(stated);
            out.push(Relation::AmountChange(AmountChange {
                amount,
                stated,
                level,
                direction,
                level_is_before: cap.name("on").is_some(),
            }));
        }
    }
}

/// Whether an amount and a level may be read together: of one kind and unit, or a move
/// in points of a level stated as a percentage ("rose 0.3 points, or 7%, to 4.6%").
fn amount_fits_level(x: &Claim, z: &Claim) -> bool {
    let points =
        x.kind == Kind::Number && x.unit.as_deref().is_some_and(|u| u.starts_with("point"));
    if z.kind == Kind::Percent {
        return points;
    }
    figure::comparable(x, z) && (figure::same_unit(x, z) || figure::one_workforce(x, z))
}

/// `read`, widened by half a unit for a sum of money in whole units beside a percentage
/// given to hundredths: "by 4.99%, taking the Band D bill to £2,065, an increase of £98"
/// rounds £98.15 to the pound, and 4.99% is finer than whole pounds can show.
fn pence_rounded(money: &Claim, pct: &Claim, read: Interval) -> Interval {
    let whole = money.kind == Kind::Money && money.value.is_some_and(|v| v.fract() == 0.0);
    if whole && pct.precision < 0.05 && read.lo == read.hi {
        read.widen(0.5)
    } else {
        read
    }
}

/// The mismatch for a percentage no reading of the amount and the level gives. The
/// change is read against the level before it and, generously, against the level after.
pub(crate) fn judge(frames: &Frames<'_>, rel: &AmountChange) -> Option<Mismatch> {
    let (x, c, z) = (
        frames.claim(rel.amount)?,
        frames.claim(rel.stated)?,
        frames.claim(rel.level)?,
    );
    if !amount_fits_level(x, z) {
        return None;
    }
    let (xb, cb, zb) = (
        pence_rounded(x, c, Interval::of(x, Tolerance::Arithmetic)?),
        Interval::of(c, Tolerance::Stated)?,
        pence_rounded(z, c, Interval::of(z, Tolerance::Arithmetic)?),
    );
    let before = if rel.direction > 0 {
        zb.minus(xb)
    } else {
        zb.plus(xb)
    };
    let against_before = xb.ratio(before)?.scale(100.0);
    let against_after = xb.ratio(zb)?.scale(100.0);
    if against_before.overlaps(&cb) || against_after.overlaps(&cb) {
        return None;
    }
    let sign = if rel.direction > 0 { 1.0 } else { -1.0 };
    let (word, op) = if rel.direction > 0 {
        ("rise", "−")
    } else {
        ("fall", "+")
    };
    // "knocking £20 off a £200 coat": the price named is the one the change starts from.
    let (computed, what, level_role, how) = if rel.level_is_before {
        (
            pct_range(against_after.scale(sign), true),
            format!("a {word} of {} from {}", said(x), said(z)),
            "the level before",
            format!("computed {} ÷ {} × 100", said(x), said(z)),
        )
    } else {
        (
            pct_range(against_before.scale(sign), true),
            format!("a {word} of {} to {}", said(x), said(z)),
            "the level reached",
            format!(
                "computed {} ÷ ({} {op} {}) × 100",
                said(x),
                said(z),
                said(x)
            ),
        )
    };
    Some(
        Mismatch::computed(
            super::PERCENT_CHANGE.id,
            c.start..c.end,
            what,
            computed,
            Side::copy(said(c)).shown(format!("{} {word}", said(c))),
        )
        .related(x, format!("the amount, {}", said(x)))
        .related(z, format!("{level_role}, {}", said(z)))
        .computed_with(how, [x, z])
        .tolerance(
            Tolerance::Arithmetic,
            Some(format!("the stated change {}", reading(c))),
        )
        .key([said(x), said(c), said(z)]),
    )
}

//! `arithmetic/sum` for a stated difference: the gap the copy gives between two of its
//! figures checked against their values. "£36.3bn, £4.5bn higher than the £31.8bn" is
//! 36.3 − 31.8 against 4.5; "fell by more than £600 from £190,329 to £189,733" is a fall
//! of £596, not more than £600.

use std::sync::LazyLock;

use regex::Regex;

use super::percent_change::{dated_in_order, DATED_A, DATED_B, UP_FROM_GAP};
use crate::extract::{Claim, Kind, Qualifier};
use crate::frame::relation::{Difference, DifferenceWording, Relation};
use crate::frame::Frames;
use crate::lexicon;
use crate::rules::figure::{self, amount_range, reading, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

const UP_NOUNS: &str = "improvement|increase|rise|jump|gain|boost";
const DOWN_NOUNS: &str = "fall|drop|decline|decrease|cut|reduction|deterioration|shortfall";
/// Words before an amount, without "of", that say it was added or taken away: "an extra
/// 6,000", "adding 6,000", "losing 500".
const ADDED: &str = "extra|additional|adding|creating|another|further";
const TAKEN: &str = "losing|shedding|cutting|removing";
/// Verbs in the form a plan takes ("will add", "plans to hire", "adding") that add an
/// amount to a level stated before them: "employs 230 people and plans to add 20 jobs,
/// bringing its workforce to 250". (Not the past tense: "employs 250 and hired 30 last
/// year" may count the 30 in the 250.)
const TO_ADD: &str = "add|create|hire|recruit|take on|hiring|recruiting|taking on";
/// Words that make what follows a plan rather than a deed done: "will", "expects to",
/// "is due to".
const PLANNED: &str = r"(?:will|would|plans? to|expects? to|aims? to|intends? to|hopes? to|wants? to|(?:is|are) (?:set |due )?to)";
const MORE: &str = "more|higher|greater|bigger|larger|longer|slower|up";
const LESS: &str = "less|lower|fewer|smaller|shorter|faster|quicker|down";
/// A time given to the earlier level of a running total ("to 1,600 from 1,480 a week
/// ago", "from 1,000 announced in March"): the amount just added need not be all that
/// has changed since, and the pattern is left alone.
const AT_AN_EARLIER_TIME: &str = r"(?P<when>(?: [a-z'-]+){0,3}? (?:ago|earlier|before|previously|last|in|at the (?:start|end|beginning)|on)\b)?";
/// The words from an amount added to the running total it makes: "nurses, taking its
/// total", ", which would take the total", "bringing the number of staff", "that would
/// bring total savings".
static TO_RUNNING: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?P<running>)(?:,? [a-z0-9'-]+){{0,6}}?,? (?:taking|bringing|pushing|lifting|raising|cutting|reducing|(?:which |that )?(?:would|will) (?:take|bring)|to (?:take|bring)) (?:the |its |their )?(?:[a-z]+ )?{}(?: [a-z'-]+){{0,3}}? ",
        lexicon::alternation(lexicon::RUNNING_TOTALS)
    )
});
/// Verbs that make a length longer or shorter by an amount ("lengthen the runway by
/// 450 metres"), beside the words of change.
const LENGTHENED: &str =
    "lengthen|lengthened|extend|extended|shorten|shortened|widen|stretched|trimmed";
/// Words that set an amount above or below a figure without "than": "£4.5bn short of the
/// £37.5bn predicted", "£4.5bn above the £31.8bn forecast", "£15m over its £25m budget".
const ABOVE: &str = "above|ahead of|over|outside";
const BELOW: &str = "below|short of|behind|under|inside";
/// Verbs that set a figure above a target by an amount: "beating its £2m target by
/// £300,000"; and below one: "missing the forecast by £4m".
const BEAT: &str = "beating|beat|beats|exceeding|exceeded|exceeds|surpassing|surpassed|topping|topped|outstripping";
const MISSED: &str = "missing|missed|misses|falling short of|fell short of";

/// Nouns of a gap that say no direction of their own ("a $697m turnaround from $153m").
const TURN_NOUNS: &str = "turnaround|swing|turn-around";

/// The words from a vote's second tally to the margin it gives: "in favour, a majority
/// of", " - giving the government a majority of", " (a margin of", " to approve the bill,
/// a majority of".
const MARGIN_OF: &str = r"(?: [a-z]+){0,6}?,? (?:- |\()?(?:a |an |giving (?:it |them |[a-z]+ )?a |with a |by a )?(?:government |overall |working |winning |narrow |slim |comfortable )?(?P<w>majority|margin) of ";

/// A time after the second of two shares set side by side ("33% against 27% a month
/// ago", "against 27% in September"): it is the first one's earlier level, no rival's
/// share, and the pair is left alone.
const SHARE_THEN: &str = r"(?P<when> (?:[a-z]+ )?(?:weeks?|months?|years?) (?:ago|earlier|before)| last (?:week|month|year|time)| previously| in (?:january|february|march|april|may|june|july|august|september|october|november|december))?";

/// Each phrasing of a stated difference, with where its words stand against the figure.
/// Who said a figure, set between it and the difference that follows ("14 people were
/// killed, officials said on Thursday, five more than"): an attribution, not the
/// figure's words.
const SAID_ASIDE: &str = r", (?:[a-z]+ ){1,3}(?:said|says|reported|confirmed|announced)(?: on)?(?: (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight))?|, according to (?:[a-z]+ ){0,3}[a-z]+";

static PATTERNS: LazyLock<Vec<(Regex, DifferenceWording)>> = LazyLock::new(|| {
    let qual = format!("{}?", lexicon::alternation(lexicon::FIGURE_QUALIFIERS));
    let to_running = TO_RUNNING.as_str();
    let running = lexicon::alternation(lexicon::RUNNING_TOTALS);
    let change = lexicon::alternation(lexicon::CHANGE_WORDS);
    use DifferenceWording::{After, Before, Gap, Margin, NounOf, Seats, Verb};
    let pats: Vec<(String, DifferenceWording)> = vec![
        // B, a D improvement on A
        (
            format!(
                r"{{N:b}}[^#.;]{{0,30}}?,? (?:an? )?{qual}{{N:d}} (?P<w>{UP_NOUNS}|{DOWN_NOUNS}|{TURN_NOUNS}) (?:from|on|over|compared with|against) {{W}}{{N:a}}"
            ),
            After,
        ),
        // B, an increase of D, or C%, over the current year's A: the noun of change, its
        // amount (and its percentage), then the level it is over
        (
            format!(
                r"{{N:b}}(?P<aside>[^#.;]{{0,100}}?),? (?:an? )?(?P<w>{UP_NOUNS}|{DOWN_NOUNS}) of {qual}{{N:d}}(?:,? or {qual}#p\d+#)?,? (?:on|over|compared with|against) {{W}}{{N:a}}"
            ),
            NounOf,
        ),
        // B - D less than the A; B, D higher than A; 2.1 mln tonnes - 0.6 mln tonnes less
        // than the 2.9 mln tonnes; 1,500 homes were built, 300 more than the 1,200; a
        // crowd of B watched, D more than the club's average attendance of A
        (
            format!(
                r"{{N:b}}(?P<ub>(?: [a-z][a-z-]*){{1,10}})?(?:{SAID_ASIDE})?(?: -|,)? {qual}{{N:d}}(?P<ud> [a-z]+)? (?P<w>{MORE}|{LESS}) than (?:{{W}}|(?:the |its |their |[a-z]+'s ){{1,2}}(?:[a-z]+ ){{0,2}}of ){{N:a}}"
            ),
            After,
        ),
        // average crowds reached B, the highest in the club's history and D more than
        // the previous season's A: the difference joined by "and" to another aside on B
        (
            format!(
                r"{{N:b}}(?P<aside>, [^#.;]{{1,80}}?) and {qual}{{N:d}}(?P<ud> [a-z]+)? (?P<w>{MORE}|{LESS}) than (?:{{W}}|(?:the |its |their |[a-z]+'s ){{1,2}}(?:[a-z]+ ){{0,2}}of ){{N:a}}"
            ),
            After,
        ),
        // B in March, D more than in February, when it was A; B, D more than a year
        // earlier, when tenants paid A; a bill of B is D more than before the crisis,
        // when it was A: the other figure given with its time
        (
            format!(
                r"{{N:b}}(?: (?:a|per) (?:year|month|week|day))?(?P<ub> [a-z]+)?[^#.;]{{0,30}}?,? {qual}{{N:d}}(?P<ud> [a-z]+)? (?P<w>{MORE}|{LESS}) than (?:(?:in|on|during|at|over|before) [a-z0-9 ]{{1,20}}?|(?:a|the) (?:year|month) (?:earlier|ago|before)|last (?:year|month)),? when [^#.;]{{0,40}}?{{N:a}}"
            ),
            After,
        ),
        // B, D short of the A; B, D above the A; B, D over its A; 60 points, two ahead
        // of Rovers' 58 (or of Rovers on 58)
        (
            format!(
                r"{{N:b}}(?P<ub>(?: [a-z][a-z-]*){{1,8}})?(?: -|,) {qual}{{N:d}}(?P<ud> [a-z]+)? (?P<w>{ABOVE}|{BELOW}) (?:(?:[a-z]+ )?(?:the|its|their|a|an|[a-z0-9-]+'s|[a-z0-9-]+s') {{W}}|(?:the )?[a-z][a-z-]*(?: [a-z][a-z-]*)? on ){{N:a}}"
            ),
            After,
        ),
        // Labour on B, D points ahead of the Conservatives on A (or of the Greens' A): a
        // share's lead in points over another party's or side's
        (
            format!(
                r"{{P:b}}(?P<ub>(?: [a-z][a-z-]*){{1,4}})?(?: -|,) {qual}#[np](?P<d>\d+)#(?: percentage)?(?: points?)? (?P<w>ahead of|behind) (?:(?:the )?[a-z][a-z-]*(?: [a-z][a-z-]*)? on |(?:the )?[a-z0-9-]+(?:'s|s') ){{P:a}}{SHARE_THEN}"
            ),
            After,
        ),
        // built B homes, against a target of A, a shortfall of D: the level, the target
        // it fell short of, and by how much
        (
            format!(
                r"{{N:b}}(?: [a-z'-]+){{0,6}}?,? against (?:a|an|its|the|their) (?:[a-z]+ )?(?:target|goal|forecast|budget|plan|aim|pledge|promise|expectation) of {qual}{{N:a}},? (?:an? )?(?P<w>shortfall) of {qual}{{N:d}}"
            ),
            NounOf,
        ),
        // fell by D from A to B; cut its workforce by D, from A to B; will lengthen the
        // runway by D, from A to B; bills will rise by an average of D, from A to B
        (
            format!(
                r"\b(?P<w>{change}|{LENGTHENED}|up|down)(?: by|(?: [a-z'-]+){{1,3}} by)? (?:an average of |on average |a further |another )?{qual}{{N:d}}(?: [a-z]+)?,? from {{W}}{{N:a}}{{G}}\bto {{W}}{{N:b}}"
            ),
            Verb,
        ),
        // a typical salary of A would rise by D to B: the level before named by "of",
        // then the change and the level it reaches
        (
            format!(
                r"\bof {{W}}{{N:a}}(?: [a-z'-]+){{0,2}}? (?:would |will |could |is to |was to |is set to |are set to )?(?P<w>{change}) by {qual}{{N:d}},? to {{W}}{{N:b}}"
            ),
            Verb,
        ),
        // rose by D to B from A, where the extractor reads "D to B" as one range (a
        // level less than five times the change)
        (
            format!(
                r"\b(?P<w>{change}|up|down) by #n(?P<r>\d+)#,? from {{W}}{{N:a}}(?P<when> in (?:19|20)\d\d\b)?"
            ),
            Verb,
        ),
        // from A to B, an increase of D; from A in 2001 to B in 2011 - a fall of D
        (
            format!(
                r"\bfrom {{W}}{{N:a}}{{G}}\bto {{W}}{{N:b}}(?: [a-z]+){{0,3}}?(?: in (?:19|20)\d\d)?,? (?:- )?(?:an? |or an? )?(?:net )?(?P<w>{UP_NOUNS}|{DOWN_NOUNS}) of {qual}{{N:d}}"
            ),
            NounOf,
        ),
        // from A to B, an extra D seats; from A to B, adding D (the amount closing its
        // clause: "adding 600 to the bill" says what it was added to)
        (
            format!(
                r"\bfrom {{W}}{{N:a}}{{G}}\bto {{W}}{{N:b}}(?: [a-z]+){{0,3}}?,? (?:- )?(?:an? )?(?P<w>{ADDED}|{TAKEN}) {qual}{{N:d}}(?: [a-z]+)?(?:[.,;)]| -|$)"
            ),
            Before,
        ),
        // B, up from A a year earlier, a rise of D; grew to B from A, an increase of D
        (
            format!(
                r"{{N:b}}{UP_FROM_GAP}\b(?:up|down) from {{W}}{{N:a}}(?: [a-z]+){{0,4}}?(?: in (?:19|20)\d\d)?,? (?:- )?(?:an? |or an? )?(?:net )?(?P<w>{UP_NOUNS}|{DOWN_NOUNS}) of {qual}{{N:d}}"
            ),
            NounOf,
        ),
        (
            format!(
                r"\bto {{W}}{{N:b}}{{G}}\bfrom {{W}}{{N:a}}(?: [a-z]+){{0,4}}?(?: in (?:19|20)\d\d)?,? (?:- )?(?:an? |or an? )?(?:net )?(?P<w>{UP_NOUNS}|{DOWN_NOUNS}) of {qual}{{N:d}}"
            ),
            NounOf,
        ),
        // A in 2010 and B in 2020, a fall of D (the levels in either order)
        (
            format!(
                r"{{N:a}}{DATED_A},? and {{W}}{{N:b}}{DATED_B},? (?:- )?(?:an? |or an? )?(?:net )?(?P<w>{UP_NOUNS}|{DOWN_NOUNS}) of {qual}{{N:d}}"
            ),
            NounOf,
        ),
        // from A to B, a D increase
        (
            format!(
                r"\bfrom {{W}}{{N:a}}{{G}}\bto {{W}}{{N:b}}(?: [a-z]+){{0,3}}?(?: in (?:19|20)\d\d)?,? (?:- )?(?:an? |or an? )?{qual}{{N:d}} (?:net )?(?P<w>{UP_NOUNS}|{DOWN_NOUNS})\b"
            ),
            After,
        ),
        // rose by D to B from A
        (
            format!(
                r"\b(?P<w>{change}|up|down) (?:by )?{qual}{{N:d}},? to {{W}}{{N:b}}{{G}}\bfrom {{W}}{{N:a}}(?P<when> in (?:19|20)\d\d\b)?"
            ),
            Verb,
        ),
        // 1,000 officers were recruited, taking the total to B, up from A: the amount
        // added first, then the level it makes and the level before
        (
            format!(
                r"{{N:d}}(?: [a-z'-]+){{0,6}}?,? (?:taking|bringing|pushing|lifting|raising|cutting|reducing) (?:(?:the |its |their )?{running}|it|them) to {qual}{{N:b}},? (?P<w>up|down) from {qual}{{N:a}}"
            ),
            Verb,
        ),
        // will hire another D nurses, taking its total to B from A; bringing the total
        // from A to B: an amount added, then the running total it makes and the one
        // before it
        (
            format!(
                r"\b(?P<w>{ADDED}) {qual}{{N:d}}{to_running}to {qual}{{N:b}},? from {qual}{{N:a}}{AT_AN_EARLIER_TIME}"
            ),
            Before,
        ),
        (
            format!(
                r"\b(?P<w>{ADDED}) {qual}{{N:d}}{to_running}from {qual}{{N:a}} to {qual}{{N:b}}"
            ),
            Before,
        ),
        // hire 120 more nurses, taking the total to B from A
        (
            format!(
                r"{qual}{{N:d}}(?: [a-z'-]+){{0,2}}? (?P<w>more|fewer){to_running}to {qual}{{N:b}},? from {qual}{{N:a}}{AT_AN_EARLIER_TIME}"
            ),
            After,
        ),
        (
            format!(
                r"{qual}{{N:d}}(?: [a-z'-]+){{0,2}}? (?P<w>more|fewer){to_running}from {qual}{{N:a}} to {qual}{{N:b}}"
            ),
            After,
        ),
        // employs A officers and will recruit a further D, taking the total to B; employs
        // A people and plans to add D jobs, bringing its workforce to B; runs A
        // homes, will build another D, taking the total to B; another D, on top of the A
        // it has, taking the total to B: the level first, then the amount added and the
        // total it makes
        (
            format!(
                r"{{N:a}}(?P<lgap>(?: [a-z'-]+){{0,8}}?,?(?: and| but)? (?:[a-z'-]+ ){{0,5}}?)(?P<w>{ADDED}|{TO_ADD}) {qual}{{N:d}}{to_running}to {qual}{{N:b}}"
            ),
            Before,
        ),
        // has 412 planes and expects to take delivery of 38 more, bringing its fleet to
        // 450; runs 48 shops and will open six more next year, taking the total to 54: the
        // level, a plan ("will", "expects to"), the amount "more" and the total it makes.
        // (A plan, not a past tense: "employs 250 and hired 30 more last year" may count
        // the 30 in the 250.)
        (
            format!(
                r"{{N:a}}(?P<lgap>(?: [a-z'-]+){{0,8}}?,?(?: and| but)? (?:[a-z'-]+ ){{0,2}}?{PLANNED}(?: [a-z'-]+){{0,4}}? ){qual}{{N:d}}(?: [a-z'-]+){{0,2}}? (?P<w>more){to_running}to {qual}{{N:b}}"
            ),
            After,
        ),
        // would add 40 buses to its fleet of 310, bringing the total to 350; will add 25
        // beds to the 180 it has now, taking the total to 205: the amount, the level it
        // is added to, and the total it makes
        (
            format!(
                r"\b(?P<w>{TO_ADD}|adds|added) {qual}{{N:d}}(?: [a-z'-]+){{0,2}}? to (?:its |the |their |[a-z]+'s )?(?:[a-z]+ of )?{qual}{{N:a}}(?: [a-z'-]+){{0,4}}?{to_running}to {qual}{{N:b}}"
            ),
            Before,
        ),
        (
            format!(
                r"\b(?P<w>{ADDED}) {qual}{{N:d}}(?: [a-z'-]+){{0,4}}?,? on top of (?:the |its |their |[a-z]+'s )?{qual}{{N:a}}{to_running}to {qual}{{N:b}}"
            ),
            Before,
        ),
        // must save £18m by 2027, on top of the £42m it has cut since 2015, which would
        // bring total savings to £60m: "on top of" adds the amount without "another"
        (
            format!(
                r"{{N:d}}(?: [a-z0-9'-]+){{0,4}}?,? (?P<w>on top of) (?:the |its |their |[a-z]+'s )?{qual}{{N:a}}{to_running}to {qual}{{N:b}}"
            ),
            After,
        ),
        // men earn A and women B, a gap of D; scored A goals and conceded B, giving them a
        // goal difference of D: two sides set beside each other, the gap either way round
        (
            format!(
                r"{{N:a}}(?: [a-z]+){{0,3}}? and (?:[a-z]+ ){{0,3}}?{{N:b}}(?: [a-z]+){{0,2}}?,? (?:- )?(?:giving (?:it |them |him |her |us )?|for |with )?(?:a |the )?(?:pay |age |price |wage |goal |points? )?(?P<w>gap|difference) of {qual}{{N:d}}"
            ),
            Gap,
        ),
        // prices rose A% in the year, against B% nationally, a gap of D points; A% in
        // Kestrel and B% in Wessex, a difference of D percentage points
        (
            format!(
                r"{{P:a}}(?: [a-z]+){{0,6}}?,? (?:against|compared with|versus|and) (?:[a-z]+ ){{0,3}}?{{P:b}}(?: [a-z]+){{0,3}}?,? (?:- )?(?:a |the )?(?P<w>gap|difference) of {qual}#[np](?P<d>\d+)#"
            ),
            Gap,
        ),
        // the party's lead is six points: A against B; its lead has narrowed to D points,
        // A to B; leads by D points, on A against B; the gap between them is now D
        // points, A against B: the gap first, then the two shares it lies between
        (
            format!(
                r"\b(?P<w>lead|gap|leads|led|leading)(?:,? (?:[a-z'-]+|#n\d+#)){{0,6}}? (?:at |of |to |by )?{qual}#[np](?P<d>\d+)#(?: percentage)?(?: points?)?(?:,|:| -)? (?:on |with )?{{P:a}}(?: [a-z'-]+){{0,3}}? (?:against|to|versus|vs) (?:[a-z'-]+ ){{0,3}}?{{P:b}}{SHARE_THEN}"
            ),
            Gap,
        ),
        // a nine-point lead, with A to the Greens' B; a six-point gap, on A against B
        (
            format!(
                r"#[np](?P<d>\d+)#[ -](?:percentage[ -])?points? (?P<w>lead|gap)(?:,| -|:)? (?:on |with )?{{P:a}}(?: [a-z'-]+){{0,3}}? (?:against|to|versus|vs) (?:[a-z'-]+ ){{0,3}}?{{P:b}}{SHARE_THEN}"
            ),
            Gap,
        ),
        // the bus costs A, against B for a season ticket, a saving of D; A, compared
        // with B last year, a difference of D: two sums set against each other, the gap
        // either way round
        (
            format!(
                r"{{N:a}}(?: [a-z'-]+){{0,6}}?,? (?:against|compared with|versus) (?:[a-z'-]+ ){{0,3}}?{{N:b}}(?: [a-z'-]+){{0,5}}?,? (?:- )?(?:a |the )?(?P<w>saving|gap|difference) of {qual}{{N:d}}(?:[.,;)]| -|$)"
            ),
            Gap,
        ),
        // has B of debt, against A two years ago, a reduction of D; B, compared with A
        // last year, an increase of D: the level now, the level before, then the change
        (
            format!(
                r"{{N:b}}(?: [a-z'-]+){{0,6}}?,? (?:against|compared with|compared to) {qual}{{N:a}}(?: [a-z0-9'-]+){{0,4}}?,? (?:an? )?(?P<w>{UP_NOUNS}|{DOWN_NOUNS}) of {qual}{{N:d}}(?:[.,;)]| -|$)"
            ),
            NounOf,
        ),
        // raised B, beating its A target by D; sold B, missing the forecast of A by D
        (
            format!(
                r"{{N:b}}(?: [a-z'-]+){{0,4}}?,? (?P<w>{BEAT}|{MISSED}) (?:its |the |their |his |her |a |an )?(?:[a-z'-]+ ){{0,2}}?{qual}{{N:a}}(?: [a-z'-]+){{0,2}}? by {qual}{{N:d}}(?:[.,;)]| -|$)"
            ),
            Verb,
        ),
        // won by D votes, A to B; held the seat by D votes - A to B: the margin, then
        // the two tallies it lies between
        (
            format!(
                r"\b(?:won|wins|win|winning|lost|loses|losing|held|holds|holding|carried|passed|defeated|rejected|approved|beat|beaten)(?: [a-z'-]+){{0,5}}? (?P<w>by) {qual}{{N:d}} votes?(?:,| -|:) {{N:a}}(?: votes?)? to {{N:b}}(?: votes?)?(?:[.,;)]| -|$)"
            ),
            Margin,
        ),
        // by A votes to B, a majority of D; had A votes, or 58%, to Brecken's B, or 41%,
        // a margin of D
        (
            format!(
                r"{{N:a}} votes?(?:,? or #p\d+#,?)? to (?:[a-z]+(?:'s|') )?{{N:b}}(?: votes?)?(?:,? or #p\d+#)?{MARGIN_OF}{qual}{{N:d}}"
            ),
            Margin,
        ),
        // approved a 0.25% tax rise, A to B, a margin of D: a measure decided, then its
        // two tallies
        (
            format!(
                r"\b(?:approved|approve|approves|passed|rejected|rejects|reject|defeated|backed|backs|endorsed)(?: (?:[a-z'-]+|#p\d+#)){{0,8}}?,? (?:by )?{{N:a}}(?: votes?)?(?: to |-){{N:b}}(?: votes?)?{MARGIN_OF}{qual}{{N:d}}"
            ),
            Margin,
        ),
        // A in favour and B against, a majority of D; A votes for, B against; A voted for
        // the bill and B against (the margin
        // closing its clause: "a majority of 200 came from the north" is a share)
        (
            format!(
                r"{{N:a}}(?: votes?| voted)? (?:in favour|for)(?: (?:of )?(?:the |a |an |its |their )?[a-z]+(?: [a-z]+)?)?(?:,| and) {{N:b}}(?: votes?| voted)? against{MARGIN_OF}{qual}{{N:d}}(?: votes?)?(?:[.,;)]| -|$)"
            ),
            Margin,
        ),
        // won with A votes, a majority of D over the Conservatives on B: the winner's
        // votes, the margin, then the runner-up's
        (
            format!(
                r"{{N:a}} votes?,? (?:- |\()?(?:a |giving (?:it |them |[a-z]+ )?a |with a )?(?:narrow |slim |comfortable |clear |winning )?(?P<w>majority|margin) of {qual}{{N:d}}(?: votes?)? over (?:the )?[a-z' -]{{1,40}}? (?:on|with) {{N:b}}"
            ),
            Margin,
        ),
        // holds A of the B seats, a majority of D
        (
            format!(
                r"{{N:a}} of (?:the |its |their |[a-z]+'s )?{{N:b}}(?: [a-z-]+)? seats(?: [a-z]+){{0,3}}?,? (?:- |\()?(?:a |an |giving (?:it |them |[a-z]+ )?an? |with an? |for an? )?(?:overall |slim |narrow |comfortable |clear )?(?P<w>majority) of {qual}{{N:d}}"
            ),
            Seats,
        ),
        // voted A to B in favour - a margin of D; voted A-B
        (
            format!(
                r"\bvot(?:ed|es|ing) (?:by )?{{N:a}}(?: to |-){{N:b}}(?: votes?)?{MARGIN_OF}{qual}{{N:d}}"
            ),
            Margin,
        ),
    ];
    pats.iter()
        .map(|(p, wording)| (crate::pattern::compile(p), *wording))
        .collect()
});

/// Which way the words say the second figure lies from the first.
fn direction(w: &str) -> i8 {
    let is = |list: &str| list.split('|').any(|x| x == w);
    if is(UP_NOUNS)
        || is(BEAT)
        || is(MORE)
        || is(ABOVE)
        || is(ADDED)
        || is(TO_ADD)
        || matches!(w, "adds" | "added" | "on top of")
        || lexicon::CHANGE_UP.contains(&w)
    {
        1
    } else if is(DOWN_NOUNS)
        || is(TAKEN)
        || is(LESS)
        || is(BELOW)
        || is(MISSED)
        || lexicon::CHANGE_DOWN.contains(&w)
        // a margin is the first tally less the second
        || matches!(w, "majority" | "margin")
    {
        -1
    } else {
        0
    }
}

/// Whether two figures may hold a difference: "rose by 60 to 1,385 from 1,335", whose
/// first two numbers the extractor reads as one range.
pub(crate) fn wants(figs: &[&Claim]) -> bool {
    figs.len() >= 2 && figs.iter().any(|f| split_range(f).is_some())
}

/// A [`Difference`] for every gap `skel` states between two of its figures.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    if skel.figs.len() < 3 && !wants(&skel.figs) {
        return;
    }
    recognise_with(skel, |c| frames.id_of(c), out);
}

/// A [`Difference`] between lengths of time: "journeys take 2hr 14min, 15 minutes longer
/// than a year ago, when they took 2hr 3min". Durations are framed apart
/// ([`Frames::durations`]), so each sentence with three lengths or more is read on its
/// own, with its quantities; [`judge`] sets the lengths in one unit.
pub(crate) fn recognise_lengths(
    doc: &crate::document::Document,
    frames: &Frames<'_>,
    out: &mut Vec<Relation>,
) {
    for (skel, lengths) in figure::three_lengths(doc, frames) {
        let id_of = |c: &Claim| {
            lengths
                .iter()
                .find(|f| f.claim.start == c.start)
                .map(|f| f.id)
                .or_else(|| frames.id_of(c))
        };
        recognise_with(&skel, id_of, out);
    }
}

/// [`recognise`] on one skeleton, its figures' ids given by `id_of`.
fn recognise_with(
    skel: &Skeleton<'_>,
    id_of: impl Fn(&Claim) -> Option<crate::frame::FigureId>,
    out: &mut Vec<Relation>,
) {
    let mut seen = Vec::new();
    for (re, wording) in PATTERNS.iter() {
        for cap in re.captures_iter(&skel.text) {
            let range = skel.captured(&cap, "r");
            // "rose by about 1,000 to 18,450, from 17,050 in 2021": the earlier level
            // has a year of its own, and the rise need not run from it
            if range.is_some_and(|r| split_range(r).is_none()) || cap.name("when").is_some() {
                continue;
            }
            let (Some(a), Some(b), Some(d), Some(w)) = (
                skel.captured(&cap, "a"),
                skel.captured(&cap, "b").or(range),
                skel.captured(&cap, "d").or(range),
                cap.name("w"),
            ) else {
                continue;
            };
            let Some((a, b)) = dated_in_order(&skel.text, &cap, a, b) else {
                continue;
            };
            // the words after a figure must end in its unit ("2.1 mln tonnes", "4,500
            // seasonal workers"), not be words of the sentence ("£35bn tax, £4.5bn ..."),
            // or be its unit and what was done with it ("1,500 homes were built")
            let unit_ok = |group: &str, c: &Claim, leading: bool| {
                cap.name(group).is_none_or(|u| {
                    let words: Vec<&str> = u.as_str().split_whitespace().collect();
                    let (first, last) = (words.first(), words.last());
                    // ("a crowd of 18,420 watched the match, about 2,000 more than": the
                    // figure's own verb, of a figure whose noun went before it)
                    let own_verb = first.is_some_and(|w| w.ends_with("ed"))
                        && skel
                            .before_marker(cap.name("b").map_or("", |m| m.as_str()))
                            .is_some_and(|t| t.ends_with(" of "));
                    // (a length of time carries its unit in its own words: "2hr 14min
                    // on average")
                    let length = c.kind == Kind::Duration
                        && !words.iter().any(|w| lexicon::CLAUSE_OPENERS.contains(w));
                    // ("$4.10 a bushel for corn, 35 cents less than": a price's own rate
                    // and what it is paid for)
                    let rate = leading
                        && c.kind == Kind::Money
                        && matches!(first, Some(&"a" | &"per"))
                        && (2..=5).contains(&words.len())
                        && !words.iter().any(|w| lexicon::CLAUSE_OPENERS.contains(w));
                    // ("1,850 in March, 585 more than in February", "a bill of £1,850 is
                    // £585 more than": when or what it is, no other noun)
                    let when_or_is = leading
                        && matches!(
                            first,
                            Some(&"in" | &"on" | &"during" | &"last" | &"this" | &"is" | &"was")
                        )
                        && (words.len() <= 3 || words.len() <= 6 && names_a_time(&words))
                        && !words.iter().any(|w| lexicon::CLAUSE_OPENERS.contains(w));
                    last.is_some_and(|w| figure::counts(c, w))
                        || length
                        || rate
                        || when_or_is
                        || leading
                            && (first.is_some_and(|w| figure::counts(c, w)) || own_verb)
                            && !words.iter().any(|w| lexicon::CLAUSE_OPENERS.contains(w))
                })
            };
            // "£2,000 more than in 2022 and £4,000 more than the £27,000": the words
            // after "than" end where another clause is joined on, and the figure after
            // it is another's ("when it was A" names the figure itself)
            let other_clause = match cap.name("a") {
                Some(am) if am.start() > w.end() => skel
                    .text
                    .get(w.end()..am.start())
                    .unwrap_or("")
                    .split_whitespace()
                    .any(|word| matches!(word, "and" | "but" | "while" | "whereas")),
                _ => false,
            };
            // "£2.5m over two years, or £1.25m a year, on top of £3m, taking the total to
            // £5.5m": a rate is no amount added to a running total
            let rate_added = cap.name("running").is_some()
                && cap
                    .name("d")
                    .and_then(|m| skel.text.get(m.end() + 1..))
                    .is_some_and(super::period_rate::per_period_follows);
            // ("employs 4,000 people in Wessex and will hire a further 500 in Northmere,
            // taking its total workforce to 6,500": a level in one place is no total)
            let placed_level = cap
                .name("lgap")
                .is_some_and(|g| g.as_str().contains(" in ") || g.as_str().contains(" at "));
            // ("runs 300 buses and will buy 40 more electric ones, bringing its fleet of
            // electric buses to 90": a total named with what it is "of", reached by adding
            // to a level yet below it, counts a part of what the level counts)
            let total_below_level = cap.name("lgap").is_some()
                && b.value < a.value
                && cap.name("running").is_some_and(|r| {
                    let to_b = cap.name("b").map_or(r.end(), |m| m.start());
                    // (the running total's own words: after the last comma before it)
                    skel.text.get(r.end()..to_b).is_some_and(|t| {
                        t.rsplit(',').next().is_some_and(|own| own.contains(" of "))
                    })
                });
            // ("B, while costs were flat and D more than the A" may be of the costs)
            let aside_joins = cap.name("aside").is_some_and(|g| {
                g.as_str()
                    .split_whitespace()
                    .any(|w| matches!(w, "while" | "but" | "whereas" | "although" | "as"))
            });
            if other_clause
                || aside_joins
                || rate_added
                || placed_level
                || total_below_level
                || !unit_ok("ub", b, true)
                || !unit_ok("ud", d, false)
            {
                continue;
            }
            let (Some(from), Some(to), Some(stated)) = (id_of(a), id_of(b), id_of(d)) else {
                continue;
            };
            if seen.contains(&stated) {
                continue;
            }
            seen.push(stated);
            // ("won by 11 votes, 1,204 to 1,193": a margin named by "by" alone, which
            // says no direction, either tally first)
            let words = match w.as_str() {
                "by" => "margin",
                word => word,
            };
            out.push(Relation::Difference(Difference {
                from,
                to,
                stated,
                direction: direction(w.as_str()),
                words: words.to_string(),
                wording: *wording,
            }));
        }
    }
}

/// The mismatch for a stated difference no reading of the two figures gives.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Difference) -> Option<Mismatch> {
    let (a, b, d) = operands(frames, rel)?;
    let (a, b, d) = (&a, &b, &d);
    let in_points = gap_in_points(a, b, d);
    // (a gap between percentages given as a percentage may be relative: "a difference of
    // 50%" between 6% and 4")
    let relative = rel.wording == DifferenceWording::Gap
        && a.kind == Kind::Percent
        && b.kind == Kind::Percent
        && !in_points;
    let all_comparable =
        figure::comparable(a, b) && (figure::comparable(a, d) || in_points) && !relative;
    if !all_comparable || a.start == b.start || !figure::same_unit(a, b) {
        return None;
    }
    let (ab, bb, db) = (
        Interval::of(a, Tolerance::Arithmetic)?,
        Interval::of(b, Tolerance::Arithmetic)?,
        Interval::of(d, Tolerance::Arithmetic)?,
    );
    // "a $1bn improvement from a $153m loss": a loss the improvement starts from is
    // below zero; "losses narrowed to £133m, a £20m improvement on a £153m loss": both are
    let loss = turns_from_a_loss(rel, a);
    let both = loss && loss_before(b);
    let (ab, bb) = match (loss, both) {
        (true, true) => (ab.negated(), bb.negated()),
        (true, false) => (ab.negated(), bb),
        _ => (ab, bb),
    };
    if rel.wording == DifferenceWording::Seats {
        return seats_majority(a, b, d, rel);
    }
    let gap = bb.minus(ab);
    let holds = match rel.direction {
        1 => gap.overlaps(&db),
        -1 => gap.overlaps(&db.negated()),
        _ => gap.overlaps(&db) || gap.overlaps(&db.negated()),
    };
    if holds {
        return at_the_edge(a, b, d, rel, loss);
    }
    // shown as the copy states it: a fall as a positive amount, a gap either way round
    let either_way = matches!(
        rel.wording,
        DifferenceWording::Gap | DifferenceWording::Margin
    );
    let shown = if rel.direction < 0 || either_way && gap.hi < 0.0 {
        gap.negated()
    } else {
        gap
    };
    let (from, to, formula) = labels(a, b, loss, both);
    let margin = rel.wording == DifferenceWording::Margin;
    let (what, formula, first, second) = match rel.wording {
        DifferenceWording::Margin => (
            format!("{from} to {to}, the margin"),
            format!("computed {} − {}", said(a), said(b)),
            format!("the first tally {from}"),
            format!("the second tally {to}"),
        ),
        DifferenceWording::Gap => (
            format!("between {from} and {to}, the gap"),
            formula,
            format!("one side, {from}"),
            format!("the other, {to}"),
        ),
        _ => (
            format!("from {from} to {to}, the difference"),
            formula,
            format!("from {from}"),
            format!("to {to}"),
        ),
    };
    let computed = if in_points {
        let points = figure::range_text(shown, |v| crate::num::format(v, 2));
        format!("{points} points")
    } else {
        figure::length_range(d, shown)
    };
    let m = Mismatch::computed(
        super::SUM.id,
        d.start..d.end,
        what,
        computed,
        Side::copy(copy_words(rel, d)),
    )
    .related(a, first)
    .related(b, second)
    .computed_with(formula, [b, a])
    .tolerance(
        Tolerance::Arithmetic,
        Some(format!(
            "the stated {} {}",
            if margin { "margin" } else { "difference" },
            reading(d)
        )),
    )
    .key([said(a), said(b), said(d)]);
    if near_a_soft_bound(d, shown) {
        return Some(m.severity(crate::finding::Severity::Warning).note(format!(
            "'{}' misses by less than 2%: a bound such as \"more than\" is often written loosely",
            said(d)
        )));
    }
    Some(m)
}

/// The mismatch for a majority that `a` seats of `b` do not give: over all the other
/// seats (2a − b), or, as some copy means it, over half of them (a − b/2).
fn seats_majority(a: &Claim, b: &Claim, d: &Claim, rel: &Difference) -> Option<Mismatch> {
    let (ab, bb, db) = (
        Interval::exact(a.value?),
        Interval::exact(b.value?),
        Interval::of(d, Tolerance::Arithmetic)?,
    );
    let over_all = ab.scale(2.0).minus(bb);
    let over_half = ab.minus(bb.scale(0.5));
    if over_all.overlaps(&db) || over_half.overlaps(&db) {
        return None;
    }
    // ("27 of the 64 seats, a majority of five": half the seats or fewer is none)
    let computed = if over_all.hi <= 0.0 {
        format!("none, {} being no more than half", said(a))
    } else {
        amount_range(d, over_all)
    };
    Some(
        Mismatch::computed(
            super::SUM.id,
            d.start..d.end,
            format!(
                "{} of {} seats, the majority over all the others",
                said(a),
                said(b)
            ),
            computed,
            Side::copy(copy_words(rel, d)),
        )
        .related(a, format!("the seats held, {}", said(a)))
        .related(b, format!("the seats in all, {}", said(b)))
        .computed_with(
            format!("computed {} − ({} − {})", said(a), said(b), said(a)),
            [a, b],
        )
        .note(format!(
            "read as the seats held over half of them, it is {}: that does not fit either",
            amount_range(d, over_half)
        ))
        .tolerance(
            Tolerance::Arithmetic,
            Some(format!("the stated majority {}", reading(d))),
        )
        .key([said(a), said(b), said(d)]),
    )
}

/// The earlier level, the later one and the stated difference. "rose by 60 to 1,385"
/// may be one range figure the extractor read, holding the difference and the level.
fn operands(frames: &Frames<'_>, rel: &Difference) -> Option<(Claim, Claim, Claim)> {
    let a = frames.claim(rel.from)?;
    let (b, d) = if rel.stated == rel.to {
        let split = split_range(frames.claim(rel.to)?)?;
        (split.1, split.0)
    } else {
        (
            frames.claim(rel.to)?.clone(),
            frames.claim(rel.stated)?.clone(),
        )
    };
    // ("2hr 14min, 15 minutes longer than … 2hr 3min": lengths in one unit)
    let (a, b, d) = match figure::lengths_in_one_unit(&[a, &b, &d]).as_deref() {
        Some([a, b, d]) => (a.clone(), b.clone(), d.clone()),
        _ if a.kind == Kind::Duration => return None,
        _ => (a.clone(), b, d),
    };
    let a = &a;
    // "by 70 to 1,240 from 1,200": the earlier level of a count is given to the
    // precision of the later one, not rounded to the hundred
    let from = if a.qualifier == Qualifier::Exact && a.precision > b.precision {
        Claim {
            precision: b.precision,
            ..a.clone()
        }
    } else {
        a.clone()
    };
    // "rose by £150 from £1,900 to £2,000": a round later level written in plain digits
    // beside an earlier one given to the hundred is given to the hundred too
    let b = if b.qualifier == Qualifier::Exact && plain_round(&b) && b.precision > from.precision {
        Claim {
            precision: from.precision,
            ..b
        }
    } else {
        b
    };
    Some((from, b, d))
}

/// Whether a figure is written in plain digits ending in zeros ("£2,000", "1,500"), the
/// form that leaves its rounding unsaid; "£2m" and "1.5 million" say theirs.
fn plain_round(c: &Claim) -> bool {
    let digits = c
        .text
        .trim_start_matches(|ch: char| !ch.is_ascii_digit())
        .trim_end_matches(|ch: char| !ch.is_ascii_digit());
    !digits.is_empty()
        && digits.ends_with('0')
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b',')
}

/// A warning for a difference that holds only at the far edge of the levels' rounding:
/// "1,200 patients in January, 300 fewer than in December, when it saw 1,400" is 200 at
/// face value, and 300 needs 1,200 to be 1,150 and 1,400 to be 1,450. Copy that is merely
/// rounded ("£1.2bn, £130m more than the £1.1bn") is left alone: the face value must lie
/// outside the stated amount's own rounding, miss it by more than a quarter, and need the
/// outer half of the levels' rounding ("rose by £150 from £1,900 to £2,000" needs the two
/// levels £50 further apart than they read, half the £100 their rounding allows).
/// Whether `d` is the gap in points between two percentages `a` and `b`: "3.2%, against
/// 3.8%, a gap of 0.6 points".
fn gap_in_points(a: &Claim, b: &Claim, d: &Claim) -> bool {
    a.kind == Kind::Percent && b.kind == Kind::Percent && counts_points(d)
}

/// Whether `d` counts points ("three points", "2.5 percentage points").
fn counts_points(d: &Claim) -> bool {
    d.unit
        .as_deref()
        .is_some_and(|u| u.starts_with("point") || u == "percentage_points")
}

/// `v` as the stated difference `d` is said: in points between two shares ("2 points"),
/// else in `d`'s own unit.
fn amount_said(a: &Claim, b: &Claim, d: &Claim, v: f64) -> String {
    if gap_in_points(a, b, d) {
        format!("{} points", crate::num::format(v, 2))
    } else {
        figure::amount(d, v)
    }
}

fn at_the_edge(a: &Claim, b: &Claim, d: &Claim, rel: &Difference, loss: bool) -> Option<Mismatch> {
    let (av, bv, dv) = (a.value?, b.value?, d.value?);
    // how far the levels' rounding lets their gap stray from its face value
    let stray = {
        let gap =
            Interval::of(b, Tolerance::Arithmetic)?.minus(Interval::of(a, Tolerance::Arithmetic)?);
        (gap.hi - gap.lo) / 2.0
    };
    let exact = [a, b, d].iter().all(|f| f.qualifier == Qualifier::Exact);
    let directed = matches!(
        rel.wording,
        DifferenceWording::After
            | DifferenceWording::Verb
            | DifferenceWording::NounOf
            | DifferenceWording::Before
    );
    if loss || !exact || !directed || rel.direction == 0 || dv <= 0.0 {
        return None;
    }
    let face = bv - av;
    let stated = f64::from(rel.direction) * dv;
    let miss = (face - stated).abs();
    // (only the outer half of that rounding is its far edge: "rose by 70,000 from 1.2
    // million to 1.3 million" is well inside it)
    if miss <= d.precision || miss <= dv * 0.25 || miss < stray * 0.5 {
        return None;
    }
    let shown = if rel.direction < 0 { -face } else { face };
    let copy = copy_words(rel, d);
    Some(
        Mismatch::computed(
            super::SUM.id,
            d.start..d.end,
            format!(
                "at face value, from {} to {}, the difference",
                said(a),
                said(b)
            ),
            amount_said(a, b, d, shown),
            Side::copy(copy),
        )
        .related(a, format!("from {}", said(a)))
        .related(b, format!("to {}", said(b)))
        .note(format!(
            "'{}' needs {} and {} to be rounded figures whose true gap is {} {} than they show",
            said(d),
            said(a),
            said(b),
            amount_said(a, b, d, miss),
            if stated.abs() > face.abs() {
                "wider"
            } else {
                "narrower"
            }
        ))
        .tolerance(Tolerance::Arithmetic, None)
        .key([said(a), said(b), said(d), "edge".to_string()])
        .severity(crate::finding::Severity::Warning),
    )
}

/// How the two levels and the computation are written, a loss as a loss.
fn labels(a: &Claim, b: &Claim, loss: bool, both: bool) -> (String, String, String) {
    let from = if loss {
        format!("a {} loss", said(a))
    } else {
        said(a)
    };
    let to = if both {
        format!("a {} loss", said(b))
    } else {
        said(b)
    };
    let formula = match (loss, both) {
        (true, true) => format!("computed {} − {}", said(a), said(b)),
        (true, false) => format!("computed {} + {}", said(b), said(a)),
        _ => format!("computed {} − {}", said(b), said(a)),
    };
    (from, to, formula)
}

/// Whether the words after a level end in a time ("on a cold evening in january", "on
/// the last day of march"): a longer aside of when it stood, which names no other
/// quantity.
fn names_a_time(words: &[&str]) -> bool {
    words.last().is_some_and(|w| {
        lexicon::month_number(w).is_some()
            || matches!(
                *w,
                "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "day"
                    | "week"
                    | "weekend"
                    | "year"
                    | "month"
                    | "quarter"
                    | "season"
            )
    })
}

/// Whether the copy says `d` in points right after it ("three points ahead", "2.5
/// percentage points"), not only by a noun borrowed from a figure before ("60 points,
/// three ahead of").
fn in_points(d: &Claim) -> bool {
    counts_points(d)
        && d.sentence.match_indices(d.text.as_str()).any(|(at, _)| {
            let after = d.sentence.get(at + d.text.len()..).unwrap_or("");
            after.starts_with(" point") || after.starts_with(" percentage point")
        })
}

/// The stated difference as the copy words it: "fell by more than £600", "£4.5bn less".
fn copy_words(rel: &Difference, d: &Claim) -> String {
    match rel.wording {
        DifferenceWording::Verb => format!("{} by {}", rel.words, said(d)),
        // ("£18m on top of the £42m": the figure it is added to is named beside)
        DifferenceWording::After if rel.words == "on top of" => format!("{} on top", said(d)),
        // ("three points ahead of": a lead in points keeps its unit, which the figure's
        // own words leave out)
        DifferenceWording::After if in_points(d) && !said(d).contains("point") => {
            format!("{} points {}", said(d), rel.words)
        }
        DifferenceWording::After => format!("{} {}", said(d), rel.words),
        // ("a rise of 56,000", "an increase of 300": as the copy sets it)
        DifferenceWording::NounOf => {
            let article = if rel.words.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{article} {} of {}", rel.words, said(d))
        }
        DifferenceWording::Before => {
            // ("a further 150", "an extra 6,000": the article the copy gives them)
            let article = match rel.words.as_str() {
                "further" => "a ",
                "extra" | "additional" => "an ",
                _ => "",
            };
            format!("{article}{} {}", rel.words, said(d))
        }
        DifferenceWording::Margin | DifferenceWording::Gap | DifferenceWording::Seats => {
            // ("leads by six points" is told as the lead it states)
            let noun = match rel.words.as_str() {
                "leads" | "led" | "leading" => "lead",
                w => w,
            };
            format!("a {noun} of {}{}", said(d), points_left_out(d))
        }
    }
}

/// " points" when the stated amount is in points but its figure's text leaves the word
/// out ("a gap of 0.4 points" reads as "0.4"), so the message says what the copy says.
fn points_left_out(d: &Claim) -> &'static str {
    let in_points = d.unit.as_deref().is_some_and(|u| u.starts_with("point"));
    if in_points && !said(d).contains("point") {
        " points"
    } else {
        ""
    }
}

/// Whether the difference is an improvement or turnaround whose base the copy states as
/// a loss ("from a $153m loss", "from a loss of $153m").
fn turns_from_a_loss(rel: &Difference, a: &Claim) -> bool {
    let words = rel.words.as_str();
    let improving =
        UP_NOUNS.split('|').any(|x| x == words) || TURN_NOUNS.split('|').any(|x| x == words);
    if !improving || a.kind != Kind::Money {
        return false;
    }
    let sentence = a.sentence.to_ascii_lowercase();
    let text = a.text.to_ascii_lowercase();
    [
        format!("{text} loss"),
        format!("{text} net loss"),
        format!("{text} pre-tax loss"),
        format!("loss of {text}"),
        format!("losses of {text}"),
        format!("{text} deficit"),
        format!("deficit of {text}"),
    ]
    .iter()
    .any(|p| sentence.contains(p.as_str()))
}

/// Whether the words before `b` in its sentence speak of a loss ("losses at Kelby Rail
/// narrowed to £133m"): then `b` is a loss too.
fn loss_before(b: &Claim) -> bool {
    let sentence = b.sentence.to_ascii_lowercase();
    let text = b.text.to_ascii_lowercase();
    let before = sentence.find(text.as_str()).map_or("", |i| &sentence[..i]);
    before.contains("loss") || before.contains("deficit")
}

/// A range figure "60 to 1,385" read as its two numbers, each a figure of its own: the
/// extractor reads "rose by 60 to 1,385" as one range.
fn split_range(r: &Claim) -> Option<(Claim, Claim)> {
    if r.qualifier != Qualifier::Range || r.kind != Kind::Number {
        return None;
    }
    let (first, second) = r.text.split_once(" to ")?;
    let part = |s: &str, offset: usize| -> Option<Claim> {
        let (qualifier, digits) = match s.split_once(' ') {
            None => (Qualifier::Exact, s),
            Some(("about" | "around" | "roughly" | "some", rest)) => (Qualifier::Approximate, rest),
            Some(_) => return None,
        };
        let plain = digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            && digits.bytes().next().is_some_and(|b| b.is_ascii_digit());
        if !plain {
            return None;
        }
        let value: f64 = digits.replace(',', "").parse().ok()?;
        let decimals = digits.split_once('.').map_or(0, |(_, f)| f.len());
        let start = r.start + offset;
        Some(Claim {
            text: s.to_string(),
            start,
            end: start + s.len(),
            value: Some(value),
            low: None,
            high: None,
            qualifier,
            precision: 0.5 * 10f64.powi(-(decimals as i32)),
            ..r.clone()
        })
    };
    Some((part(first, 0)?, part(second, first.len() + 4)?))
}

/// Whether a stated bound ("more than £600", "nearly 40") is missed by less than 2% of
/// itself: wrong as written, but the kind of rounding of a bound that copy does.
fn near_a_soft_bound(d: &crate::extract::Claim, computed: Interval) -> bool {
    use crate::extract::Qualifier::*;
    let Some(v) = d.value else { return false };
    let soft = matches!(
        d.qualifier,
        MoreThan | AtLeast | JustOver | LessThan | AtMost | Nearly
    );
    let miss = (computed.lo - v).abs().min((computed.hi - v).abs());
    soft && v != 0.0 && miss <= v.abs() * 0.02
}

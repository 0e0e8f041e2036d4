//! `arithmetic/sum`: parts presented as the whole ("made up of", "split between", "a
//! total of") that do not add up to it.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Claim, Kind};
use crate::frame::relation::{Relation, Sum};
use crate::frame::{FigureId, Frames};
use crate::pattern::compile;
use crate::rules::figure::{self, amount_range, reading, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// `arithmetic/sum`: Parts stated as the whole do not add up to it.
pub const SUM: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::Sum,
    default_severity: crate::finding::Severity::Error,
    summary: "Parts stated as the whole do not add up to it.",
    doc: r#"Checks parts presented as the whole against it: "the T were made up of A and B", "split
between A and B", "divided into A, B and C", "comprising A and B", "A and B, a total of T",
"A and B, T in total", "A and B, affecting T properties in all" ("bringing the total to T"
is a running total, and is left alone), "of the T, A ... and the remaining B ...", "of the T budget, A goes on pay and B on
buildings, leaving C for everything else", "of the T trains, A arrived on time, meaning B
were late" (or "which means", ", so"); what was paid out against what came back and the
net ("spent £11m on transfer fees and received £3.4m from player sales, leaving a net
spend of £7.6m", "a net cost of"). A breakdown that is not
said to be the whole ("of the T complaints, A concerned noise and B parking", "T people,
of whom A …", "T were hurt, including A … and B …", "the T staff include A … and B …",
or a list that says it is only some, "among other measures") is flagged only when the
parts exceed the whole (a figure after "and" and a verb of its own is no part:
"destroyed 212 structures, including 146 homes, and damaged 58 more"); so is a single part ("net debt of £312m, of which £250m is owed
to its owners", "4,200 staff, of whom about 600 work in care"), read after "of which",
"of whom" or "including" with no more than a qualifier between, or named before them
("850 beds, 120 of which are for intensive care", "400 tickets, 300 of them to
members"); so are two parts set
after a whole, each with where it is, among whom or on what ("170 cases of flu, 162 in
the placebo group and eight among those given the jab", "will spend £12m, with £8m on
roads and £4m on schools"; and all of it when what they leave follows: "spent £5.4m,
with £2.1m on fuel and £2.8m on wages, leaving £500,000 for other costs"), the changes of
two named parts of a change ("costs had risen by £5.4m, with fuel up by £2.1m and wages
by £2.8m", all of it with ", leaving £500,000 from other costs"), parts whose verb the first part gave ("of the council's 64
seats, 32 are Labour, 20 Conservative and 12 Liberal Democrat"; "of the 12 members,
seven are women and five men" is a breakdown by kind), and a list after a colon ("the
council has 60 seats: Labour holds 32, the Conservatives 20 and independents 10"), never
when the list is placed in time ("3,000: 2,000 last year and 2,500 in March" is a
series) or the whole is a balance, a change or a price ("a deficit of 3.4bn: exports of
21.7bn and imports of 25.1bn", "the standard fare is £2.50: £1.20 for children and £2
for pensioners"). A whole said to be the total before its colon is all of its parts: "a
total of 640 homes were flooded: 410 in Kestrel and 230 in Northmere" must add up. Across sentences (a warning): parts of a total the article gave
before ("respectively", "the remaining", "of them"), and one part "Seventeen of them"
against the one count of the sentence before, which it may not exceed ("13 out of 659"
gives its 13); "The remaining 16,870" with the parts the sentence before gave, pointing
back or naming the whole ("48,200 flights. Of those, 31,330 were short-haul. The
remaining 16,870 …", "48,200 flights, of which 31,330 …", "carried 61 of the 84
precincts. Brecken won the remaining 23"), which must make the whole;
and an amount said to take a quantity of the sentence before to a new level, against
the one level there that the sentence names it by ("The trust's deficit reached £52m.
Savings of £38m would cut the deficit to £14m", "The fund stands at £5.6bn. The budget
will raise it by £1.2bn to £6.8bn"), the levels moving the way the verb says; and a
total that opens "Together", "Between them" or "Combined" against every like amount of
the sentence before ("Income tax raised £268bn and national insurance £176bn. Together
the two taxes brought in £444bn"; as many as "the two" or "the three" says, none of them
an earlier level or a change, and "Together with" adds another and is left alone).

A stated difference between two figures is checked as the same sum, B = A + D: "£36.3bn,
£4.5bn higher than the £31.8bn", "B - D less than the A", "fell by £600 from A to B",
"rose by D to B from A", "cut its workforce by D, from A to B", "will lengthen the
runway by D metres, from A metres to B metres", "B, a $697m improvement from A", "from A to B, an increase of
D", "from A to B, an extra D seats" (or "adding D", "losing D"), "B, up from A a year earlier, a rise of D", "rose to B from A, an increase of D",
"from A in 2015 to B in 2023, a D rise", "B in March, D more than in February, when it
was A" (or a longer time: "47GW on a cold evening in January, 3GW lower than the record
of 50GW"), "B a month, D more than a year earlier, when tenants paid A", lengths of time in any
units ("2hr 14min, 15 minutes longer than a year ago, when they took 2hr 3min") (also as a second
sentence, "That is D more than a year earlier, when …"), "built B homes, against a
target of A, a shortfall of D", "a crowd of B watched, about D more than the club's
average attendance of A", "B, the highest in the club's history and D more than the
previous season's A" (an aside on B joined by "and"; "…, while costs were flat and D
more than" is left alone), "£40m, £15m over its £25m budget", "B …, an increase of D, or C%, over the current
year's A", "A in 2010 and B in 2020, a fall of D", "1,000 officers were recruited, taking the total
to B, up from A", and the level with what was done with it
before the gap: "1,500 homes were built, 300 more than the 1,200 built the year before".
An amount added to a running total is its difference too: "will hire another D nurses,
taking its total to B from A", "sets aside D for the rainy day fund, bringing it to B, up
from A", "D more, bringing the total from A to B", "employs A
officers and will recruit a further D, which would take the total to B", "has A planes
and expects to take delivery of D more, bringing its fleet to B" (a plan: "hired D more
last year" may be counted in A, and is left alone), "another D, on
top of the A it employs, taking the total to B", "must save D, on top of the A it has
cut. That would bring total savings to B" (a sentence opening "That would bring" is read
with the one before; a rate is no amount added: "£2.5m over two years, or £1.25m a year, on
top of £3m, taking the total to £5.5m" is left alone) ("to B from A a week ago" dates the earlier level, and the amount
need not be all that changed since: it is left alone).
A vote's margin is the first tally less the
second: "by 312 votes to 298, a majority of 14", "had 21,412 votes to Brecken's 15,186, a
margin of 6,226", "approved a 0.25% tax rise, 19,840 to 16,210, a margin of 3,630",
"rejected the plan 31-20, a majority of 11" (or in the sentence after the tallies: "…
to Brecken's 15,186. That gave Harmon a margin of 6,226"), "voted 41 to 17 in favour, a margin of
24", "310 in favour and 250 against, a majority of 60", "420 voted for the bill and 180 against, a majority of 240", "won with 14,200 votes, a
majority of 3,100 over the Conservatives on 11,100", "voted 212-160, a majority of
52"; a party's overall majority is its seats less all the others' ("33 of the 60 seats, a
majority of six"; three more than half is read too, a "working majority" left alone); a gap between two sides, either way round: "men earn £15.20 an hour and women
£13.10, a gap of £2.10", "scored 54 goals and conceded 21, a goal difference of 33", and between two percentages in points: "3.2% in Kestrel, against
2.8% nationally, a gap of 0.4 points" ("a difference of 50%" between two percentages may
be relative, and is left alone). A difference stated as a bound ("more than £600") that misses
by less than 2% is a warning, not an error; so is one that holds only at the far edge of
the levels' rounding ("1,200 in January, 300 fewer than in December, when it saw 1,400"
is 200 at face value): the face value must lie outside the stated amount's own rounding
and miss it by more than a quarter, and the stated amount must need the outer half of
the levels' rounding ("rose by 70,000 from 1.2 million to 1.3 million" is left alone;
"rose by £150 from £1,900 to £2,000", £100 at face value, is a warning).

A length of years stated beside the years it runs between is their difference: "for
five years from 1996 to 2001", "three years (2019-2022)", "from 2010 to 2014, a period of
four years", "two decades between 1980 and 2000". Since the years leave the months
unsaid, the length may be a year more or less than the difference; the two must stand
side by side ("jailed for five years in 2003 for frauds from 1990 to 1995" is left alone).

A party's seats or votes of the whole, then the others', are parts of it too: "the
Conservatives won 30 of the council's 50 seats, with Labour taking 15 and the Liberal
Democrats five" may not come to more than 50 (a list with a change in it, "26 of the 60
seats, up six, with …", and other sides' games, "won 12 of its 30 games, with Wessex
winning 10", are left alone). So is a whole spread over the places it counts: "will
hire 3,000 workers at its two plants, 1,800 in Northmere and 1,200 in Wessex" (as many
parts as places are all of it). A whole, one part after "of which" and what it leaves are
all of it: "will cost £9m, of which the NHS will pay £4.8m, leaving £4.2m" (or "… £4.8m.
That leaves £4.2m", the second sentence read with the first). Parts twenty times their whole or more are of something
else and are left alone.

A playing record is the same sum: the games won, drawn and lost against the games played
("played 24, winning 11, drawing seven and losing eight", "won 12 of its 30 fixtures,
drew 11 and lost nine", "won 18 of their 26 league games this season, drawing five and losing three", "15 wins, 6 draws and 12 defeats from 31 games", "won 12, drew 8
and lost 18 of their 38 games"). With its draws
named it covers every game and must add up exactly; wins and defeats alone leave room
for draws and are flagged only above the games played. A part that counts something
else ("won 20 of its 31 games, lost 15 players") is no result. The draws may come after
the defeats ("losing five and drawing three"). Parts that count the whole's noun beside
another ("won 18 of their 25 games, losing four, and scored 60 goals") are no breakdown.

Shares of one whole and "the remaining" one must come to 100%: "Japanese films took
37.5%, with foreign films taking the remaining 62.5%"; "40% of the remaining 62.5%" is a
share of the rest, not a part, and is left alone. "The remaining" share that opens a
sentence is read against the shares of the sentences just before it in its paragraph (a
warning): "About 45% of fares are regulated. Operators set the remaining 55%." It is
flagged only when it completes none of the runs of shares stated since ("half of those
asked … 17% … the remaining 33%" holds), and never against shares of another whole ("10%
of its stake", "45% of firms" beside "the remaining 70% of homes"). The answers to one
question may not come to more than 100% (a warning): "45% said yes, 40% said no and 25%
did not know", "52% were men and 55% were women". They are read as one question's
answers only when the words say the answers exclude each other (a "don't know" or
"undecided" beside another answer, "said yes" beside "said no", men beside women, a
share "of the vote" beside another side's in one contest: "won 52% of the vote, against
44% for her rival", never across rounds or years) or when three shares or more close with the share of everyone left ("Labour on 40%, the
Conservatives on 35%, the Liberal Democrats on 20% and others on 10%"), or when three
shares or more are each the chance of one forecast's outcome, on no day or month ("a 30%
chance of above-average rainfall, a 20% chance of below-average rainfall and a 50% chance
it would be near average"), and never when a
later share is "of" a group of its own ("55% of those who voted") or the sentence
compares ("than", "from", "last year"). A margin said with "by" before its two tallies
("won by 11 votes, 1,204 to 1,193"), a saving between two sums ("£5,658, against £3,820
for a season ticket, a saving of £1,838"), "beating its £2m target by £300,000" and a
race time "1min 12sec outside the course record" are differences; across sentences,
"The remaining £153m" or "The rest, some £4.3m" of a whole the sentence before names
with a part ("£212m, covering 58% of the running costs of £365m"; "£6.2m, of which the
NHS meets £1.9m") must make that whole.

**Why.** Parts that do not add up to the total are a sign that one of them is wrong.

**Tolerance.** Figures as for `arithmetic/percent-change`, summed as intervals.

**Example.**

    The 1,000 arrests were made up of 600 men and 300 women.

adds up to 900; the copy gives the whole as 1,000.

**Fix.** Correct the part or the total, or say what the remainder is."#,
};

/// Words that say the parts that follow are the whole of the figure before them.
static WHOLE_THEN_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"{N:t}[^#.;]{0,60}?\b(?P<how>made up of|comprises|comprise|comprising|comprised of|consisting of|consists of|consist of|split between|split into|split among|split across|split|divided between|divided into|divided among|broken down into|broken down as)\b",
    )
});

/// "Of the T people, A ... and B ...": parts of T, not said to be all of it unless a
/// "rest" or "remaining" word closes the list. The determiner and the noun after T are
/// required, so a plain list ("bids of £3m, £4m and £5m") is not taken for a breakdown.
static OF_THE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^a-z])of (?:the |those |these |its |their |all the |all )(?:[a-z]+(?:'s|’s)? ){0,2}?{N:t} [a-z][^#.;,]{0,40}?, ",
    )
});

/// "T people, of whom A ... and B ...", "T were hurt, including A ... and B ...": a
/// breakdown of some of T, which may not add up to more than it. The words between T
/// and the list must not start another clause ([`joins_clauses`]).
static WHOLE_THEN_SOME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"{N:t}(?P<gap>[^#.;]{0,60}?)\b(?P<how>of whom|of which|of them|including|includes|include|included)\b",
    )
});

/// "The hospital has 850 beds, 120 of which are for intensive care", "2,000 staff, about
/// 300 of whom work in Leeds": one part, named before "of which", that may not be more
/// than the whole.
static WHOLE_THEN_PART_OF_WHICH: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"{{N:t}}(?P<gap>[^#.;]{{0,60}}?), {}?{{N:a}} of (?:which|whom|them)\b",
        crate::lexicon::alternation(crate::lexicon::FIGURE_QUALIFIERS)
    ))
});

/// "will cost £9m, of which the NHS will pay £4.8m, leaving £4.2m to come from the
/// appeal": a whole, one part, and what it leaves, which together are all of it.
static WHOLE_PART_LEAVING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"{N:t}[^#.;]{0,40}?,? of (?:which|whom) [^#.;]{0,30}?{N:a}[^#.;]{0,30}?,? (?:leaving|leaves|which leaves|that leaves) (?:a |an |the )?(?:remaining |balance of |shortfall of |gap of |rest of )?{N:b}",
    )
});

/// "Of the 12,000 trains, 10,400 arrived on time, meaning 1,600 were late", "of 640
/// pupils, 512 passed, which means 128 failed": a whole, one part, and the rest said to
/// follow from them, which together are all of it.
static OF_THE_PART_MEANING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:^|[^a-z])of (?:the |those |these |its |their |all the |all )?(?:[a-z]+(?:'s|’s)? ){0,2}?{N:t}(?: [a-z](?:[^#.;,]|#[a-z]\d+#){0,40}?)?, (?:[a-z]+ ){0,2}?{N:a} [^#.;]{0,40}?,? (?:meaning|which means|which meant|so that|so) (?:just |only |the other |the remaining |another )?{N:b} (?:were|was|did|had|have|are|is|went|remained|remain|stayed|stay|[a-z]+ed)\b",
    )
});

/// "spent £11m on transfer fees and received £3.4m from player sales, leaving a net
/// spend of £7.6m": what was paid out is what came back and the net together.
static NET_OF_TWO: LazyLock<Regex> = LazyLock::new(|| {
    let qual = format!(
        "{}?",
        crate::lexicon::alternation(crate::lexicon::FIGURE_QUALIFIERS)
    );
    compile(&format!(
        r"\b(?:spent|spends|spend|paid|pays|invested|laid out|borrowed) (?:[a-z'-]+ ){{0,3}}?{qual}{{N:t}}[^#.;]{{0,60}}? and (?:[a-z'-]+ )?(?:received|receives|recouped|recoups|raised|raises|recovered|recovers|repaid|repays|brought in|took in|got back|made) (?:[a-z'-]+ ){{0,3}}?{qual}{{N:a}}[^#.;]{{0,60}}?, (?:(?:leaving|giving|making|for|with) (?:it |them |the club |the firm )?)?(?:a |an )?net (?:spend|outlay|cost|bill|loss|deficit|expenditure|debt|figure) of {qual}{{N:b}}"
    ))
});

/// What a list of parts leaves of its whole, right after it: ", leaving £400m".
static LEAVING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^[^#.;]{0,30}?,? leaving (?:a |an |the |just |only )?(?:remaining |balance of |rest of )?#[nm](?P<i>\d+)#",
    )
});

/// "170 cases of flu, 162 in the placebo group and eight among those vaccinated", "will
/// spend £12m, with £8m on roads and £4m on schools": a whole, then two parts set after
/// it each with where, among whom or on what it is. Not said to
/// be all of it, so only parts above the whole are wrong.
static WHOLE_THEN_PLACED_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"{N:t}(?:(?: [a-z0-9-]+){1,6}?, (?P<with>with )?|, (?P<with2>with )|,[^.;:]{1,50}?, (?P<with3>with )){N:a} (?:in|among|from|at|on|for) [^#.;]{0,40}? and {N:b} (?:in|among|from|at|on|for)\b",
    )
});

/// "costs had risen by £5.4m in two years, with fuel up by £2.1m and wages by £2.8m": a
/// change, then the changes of two named parts of it. Not said to be all of it unless
/// what they leave follows (", leaving £500,000 from other costs").
static WHOLE_THEN_NAMED_CHANGES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:risen|rose|rises|rise|grown|grew|increased|fallen|fell|dropped|cut|up|down) (?:by )?{N:t}[^#.;]{0,40}?, with (?:[a-z'-]+ ){1,3}?(?:up|down|rising|falling)(?: by)? {N:a} and (?:[a-z'-]+ ){1,3}?(?:(?:up|down|rising|falling)(?: by)?|by) {N:b}",
    )
});

/// "will hire 3,000 workers at its two plants, 1,800 in Northmere and 1,200 in Wessex":
/// a whole spread over places it counts, then a part at each. When the parts are as many
/// as the places they are all of it.
static WHOLE_ACROSS_PLACES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"{N:t}(?: [a-z-]+){1,3}? (?:at|in|across|for|on|between) (?:its |the |their |our |his |her )?#n(?P<places>\d+)#(?: [a-z-]+){1,2}, (?:with )?{N:a} (?:in|at|on|for) [^#.;]{0,40}? and {N:b} (?:in|at|on|for)\b",
    )
});

/// "The council has 60 seats: Labour holds 32, the Conservatives 20 and independents
/// 10": a whole, then after a colon the list of its parts. Not said to be all of it, so
/// only parts above the whole are wrong, unless "the rest" closes the list.
static WHOLE_THEN_COLON: LazyLock<Regex> =
    LazyLock::new(|| compile(r"{N:t}(?:[^#.;:]|#n\d+#){0,50}?: "));

/// "The Conservatives won 30 of the council's 50 seats, with Labour taking 15 and the
/// Liberal Democrats five": a party's seats or votes of the whole, then the others'. Not
/// said to be all of it, so only parts above the whole are wrong; only seats, votes and
/// the like, which parties share ("won 12 of its 30 games, with Wessex winning 10" counts
/// other sides' games).
static SHARE_OF_THE_SEATS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"{N:a} of (?:the |its |their |all )?(?:[a-z]+(?:'s|’s) )?{N:t} (?:[a-z]+ )?(?:seats|votes|councillors|wards|constituencies|mps|members)\b(?: [a-z]+){0,3}?, ",
    )
});

/// Words right before a whole that say it is the total: "a total of #n0#", "in all,
/// #n0#" (the captured digits sit inside their marker).
static TOTAL_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(?:a total of|in total,?|in all,?|altogether,?) #[nm]$"));

/// The words before a figure that make it a change, not a level: "up six", "gaining
/// two", "from 12".
const CHANGED_BY: &[&str] = &[
    "up", "down", "gained", "gaining", "gains", "lost", "losing", "loses", "from", "than", "by",
];

/// "A X and B Y, a total of T"; "A X and B Y, affecting T in all"; "A at home and B
/// overseas for a global opening of T", "…, a combined T".
static PARTS_THEN_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?:,? (?:(?:for |making )?a (?:global |worldwide |combined |overall |grand |joint )?(?:total|opening|tally|haul) of|a combined|totalling|totaling|adding up to|altogether|in all) |, (?P<verb>(?:affecting|involving|making|covering) )?|- ){N:t}(?P<tail>(?: [a-z]+)? (?:in total|in all|altogether|combined|between them))?",
    )
});

/// Words without which no pattern can match: a cheap test before the patterns run.
static HINT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"made up|compris|consist|split|divided|broken down|total|opening of|tally of|haul of|in all|altogether|combined|between them|of the|of those|of these|of its|of their|of all|of whom|of which|of them|includ|meaning|which means|which meant|, so ",
    )
});

/// Words that say a list is only some of the whole.
static PARTIAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:among other|among them|amongst other|including|such as|and other|as well as|at least|mainly|mostly)\b",
    )
});

static MARKER: LazyLock<Regex> = LazyLock::new(|| compile(r"{N:i}"));

/// Findings for every stated whole in `skel` whose parts do not add up.
/// A [`Sum`] for every list of parts `skel` presents against a total.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    // a whole and one part ("£312m, of which £250m") need two figures; a list, three
    let lists = skel.figs.len() >= 3;
    let hinted = HINT.is_match(&skel.text);
    // (parts placed after their whole, or listed after a colon, need no word of a
    // breakdown, only the "and" that closes their list)
    let and_list = lists && skel.text.contains(" and ");
    if skel.figs.len() < 2 || !(hinted || and_list) {
        return;
    }
    // a list that says it is not all of it: only more than the whole is wrong
    let all = !PARTIAL.is_match(&skel.text);
    for cap in captures_when(lists && hinted, &WHOLE_THEN_PARTS, &skel.text) {
        let (Some(t), Some(how)) = (cap.name("t"), cap.name("how")) else {
            continue;
        };
        let parts = list_after(skel, how.end());
        emit(frames, skel, t.as_str(), &parts, all, out);
    }
    for cap in captures_when(hinted, &WHOLE_THEN_SOME, &skel.text) {
        let (Some(t), Some(how)) = (cap.name("t"), cap.name("how")) else {
            continue;
        };
        // "worth one dollar and typical items include swords ($5)": the items include
        if cap.name("gap").is_some_and(|g| joins_clauses(g.as_str())) {
            continue;
        }
        let parts = list_after(skel, how.end());
        if parts.idx.is_empty() {
            // "net debt of £312m, of which £250m is owed to its owners": one part, which
            // may not be more than the whole ("two penalties - one of them from 48
            // metres" names its part before "of them")
            if how.as_str() != "of them" {
                if let Some(one) = first_after(skel, how.end()) {
                    let relative = how.as_str().starts_with("of ");
                    emit_one(frames, skel, t.as_str(), &one, relative, out);
                }
            }
            continue;
        }
        if lists {
            emit(frames, skel, t.as_str(), &parts, false, out);
        }
    }
    // a whole, one part and the rest, which together are all of it
    let net = skel.text.contains(" net ");
    let part_and_rest = captures_when(hinted, &WHOLE_PART_LEAVING, &skel.text)
        .chain(captures_when(hinted, &OF_THE_PART_MEANING, &skel.text))
        .chain(captures_when(net, &NET_OF_TWO, &skel.text));
    for cap in part_and_rest {
        let (Some(t), Some(a), Some(b)) = (cap.name("t"), cap.name("a"), cap.name("b")) else {
            continue;
        };
        let parts = [a.as_str().to_string(), b.as_str().to_string()];
        push_sum(frames, skel, t.as_str(), &parts, 2, true, out);
    }
    for cap in captures_when(hinted, &WHOLE_THEN_PART_OF_WHICH, &skel.text) {
        let (Some(t), Some(a)) = (cap.name("t"), cap.name("a")) else {
            continue;
        };
        if cap.name("gap").is_some_and(|g| joins_clauses(g.as_str())) {
            continue;
        }
        // "will create 1,200 jobs, 800 of them in construction and 400 in retail": the
        // part named before "of them" opens a list (the digits sit inside "#n12#")
        let parts = list_after(skel, a.start().saturating_sub(2));
        // ("61 lifts, 34 of them double-deckers, and 50 escalators": a part that counts
        // something else ends the breakdown)
        let whole = skel.fig(t.as_str());
        let of_the_whole = parts.idx.iter().all(|i| {
            skel.fig(i).is_some_and(|p| {
                p.unit
                    .as_deref()
                    .is_none_or(|u| whole.is_some_and(|w| figure::counts(w, u)))
            })
        });
        if lists && parts.idx.len() >= 2 && of_the_whole {
            emit(frames, skel, t.as_str(), &parts, false, out);
            continue;
        }
        emit_one(frames, skel, t.as_str(), a.as_str(), true, out);
    }
    for cap in captures_when(
        and_list && skel.text.contains(": "),
        &WHOLE_THEN_COLON,
        &skel.text,
    ) {
        let (Some(t), Some(m)) = (cap.name("t"), cap.get(0)) else {
            continue;
        };
        // "rose to 3,000: 2,000 last year and 2,500 in March" is a series, not parts; "a
        // shortfall of 3.4bn: exports of 21.7bn and imports of 26.8bn", a balance
        let lead = skel.text.get(..m.end()).unwrap_or("");
        if over_time(skel.text.get(m.end()..).unwrap_or(""))
            || has_word(lead, BALANCE_WORDS)
            || has_word(lead, LEVEL_WORDS)
            || has_word(lead, CHARGE_WORDS)
        {
            continue;
        }
        let parts = list_after(skel, m.end());
        // ("A total of 640 homes were flooded: 410 in Kestrel and 230 in Northmere": a
        // whole said to be the total, then its parts)
        let said_total = TOTAL_BEFORE.is_match(skel.text.get(..t.start()).unwrap_or(""));
        let rest_word = parts.closing_words_whole || said_total;
        emit(frames, skel, t.as_str(), &parts, rest_word && all, out);
    }
    for cap in captures_when(lists && hinted, &OF_THE, &skel.text) {
        let (Some(t), Some(m)) = (cap.name("t"), cap.get(0)) else {
            continue;
        };
        let mut parts = list_after(skel, m.end());
        // ("of the £2.5bn budget, £1.5bn goes on pay and £600m on buildings, leaving £400m
        // for everything else": what the list leaves is the rest of it)
        let left = parts.idx.last().and_then(|i| left_after(skel, i));
        if let Some(left) = left {
            parts.idx.push(left);
            parts.closing_words_whole = true;
        }
        let rest_word = parts.closing_words_whole;
        emit(frames, skel, t.as_str(), &parts, rest_word && all, out);
    }
    for cap in captures_when(lists && and_list, &WHOLE_ACROSS_PLACES, &skel.text) {
        let (Some(t), Some(a), Some(b)) = (cap.name("t"), cap.name("a"), cap.name("b")) else {
            continue;
        };
        let each_place = cap
            .name("places")
            .and_then(|p| skel.fig(p.as_str()))
            .is_some_and(|p| p.value == Some(2.0));
        let parts = [a.as_str().to_string(), b.as_str().to_string()];
        push_sum(frames, skel, t.as_str(), &parts, 2, each_place && all, out);
    }
    for cap in captures_when(lists && and_list, &SHARE_OF_THE_SEATS, &skel.text) {
        let (Some(t), Some(a), Some(m)) = (cap.name("t"), cap.name("a"), cap.get(0)) else {
            continue;
        };
        let parts = list_after(skel, m.end());
        if parts.idx.is_empty() {
            continue;
        }
        // ("26 of the 60 seats, up six, with …": a change is no party's seats)
        let changed = parts.idx.iter().any(|i| {
            skel.before_marker(i).is_some_and(|before| {
                CHANGED_BY
                    .iter()
                    .any(|w| before.ends_with(&format!(" {w} ")))
            })
        });
        if changed {
            continue;
        }
        let mut idx = vec![a.as_str().to_string()];
        idx.extend(parts.idx);
        push_sum(frames, skel, t.as_str(), &idx, 3, false, out);
    }
    for cap in captures_when(and_list, &WHOLE_THEN_PLACED_PARTS, &skel.text) {
        let (Some(t), Some(a)) = (cap.name("t"), cap.name("a")) else {
            continue;
        };
        // "£20,000 at the gala, £15,000 from the fun run and £10,000 at the auction": the
        // first of three placed parts is no whole; "£2m in 2020, £1.5m in 2021" a series
        let after_whole = skel.text.get(t.end() + 1..).unwrap_or("");
        let placed_itself = [" in ", " among ", " from ", " at ", " on ", " for "]
            .iter()
            .any(|w| after_whole.starts_with(w));
        // ("will spend £12m next year, with £8m on roads and £4m on schools": "with" says
        // the parts are the whole's, wherever and whenever they are)
        // ("$3.4 billion, up 6% from a year ago, with $2.1 billion from North America
        // and $1.3 billion from Europe": an aside on the whole may stand before them)
        let with = ["with", "with2", "with3"]
            .iter()
            .any(|g| cap.name(g).is_some());
        // "the average price was £300,000, with £200,000 in the north and £150,000 in
        // Wales": a level each, set beside others, is no total of them
        let lead = skel.text.get(..a.start()).unwrap_or("");
        if has_word(lead, LEVEL_WORDS) || skel.fig(t.as_str()).is_some_and(measured_level) {
            continue;
        }
        // "rose to $3.4 billion from $3.2 billion, with $2.1 billion from …": the parts
        // may be of either level, and a level set against another is no whole
        let before_whole = skel.text.get(..cap.get(0).map_or(0, |m| m.start()));
        if before_whole.is_some_and(|b| {
            [
                " from ",
                " than ",
                " against ",
                " compared with ",
                " versus ",
            ]
            .iter()
            .any(|w| b.ends_with(w))
        }) {
            continue;
        }
        if !with && (placed_itself || over_time(after_whole)) {
            continue;
        }
        push_two_and_what_they_leave(frames, skel, &cap, all, out);
    }
    for cap in captures_when(and_list, &WHOLE_THEN_NAMED_CHANGES, &skel.text) {
        push_two_and_what_they_leave(frames, skel, &cap, all, out);
    }
    for cap in captures_when(lists && hinted, &PARTS_THEN_TOTAL, &skel.text) {
        let (Some(t), Some(m)) = (cap.name("t"), cap.get(0)) else {
            continue;
        };
        let lead = m.as_str();
        let says_total = cap.name("tail").is_some()
            || !(lead.starts_with(", ") || lead.starts_with("- "))
            || lead.contains("total")
            || lead.contains("combined");
        if !says_total {
            continue;
        }
        let parts = list_before(skel, m.start());
        // ("won 26 of their 44 games, drawing 10 and losing eight, for a total of 88
        // points": the whole of "26 of their 44" is no part of a list)
        let whole_of_a_part = parts.idx.iter().any(|i| {
            skel.before_marker(i).is_some_and(|b| {
                let b = b.trim_end();
                [" of the", " of its", " of their", " of his", " of her"]
                    .iter()
                    .any(|w| b.ends_with(w))
            })
        });
        if whole_of_a_part {
            continue;
        }
        emit(frames, skel, t.as_str(), &parts, all, out);
    }
}

/// The captures of `re` in `text` when `on`, else none: the regex is not run at all.
fn captures_when<'r, 't>(
    on: bool,
    re: &'r Regex,
    text: &'t str,
) -> impl Iterator<Item = regex::Captures<'t>> + use<'r, 't> {
    on.then(|| re.captures_iter(text)).into_iter().flatten()
}

/// Words that place figures in time ("last year", "a week earlier"): figures listed
/// with them are a series of one quantity, not parts of a whole.
const SERIES_WORDS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "quarter",
    "ago",
    "earlier",
    "since",
    "before",
    "previously",
    "then",
    "now",
    "today",
];

/// Words of a balance or a change ("a shortfall of", "profit rose"): a whole of that kind
/// is no sum of the figures listed after it.
const BALANCE_WORDS: &[&str] = &[
    "shortfall",
    "deficit",
    "surplus",
    "balance",
    "gap",
    "difference",
    "net",
    "margin",
    "profit",
    "profits",
    "loss",
    "losses",
    "rise",
    "rose",
    "risen",
    "fall",
    "fell",
    "fallen",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "growth",
    "grew",
    "change",
    "changed",
    "up",
    "down",
    "more",
    "less",
    "higher",
    "lower",
];

/// Words of a level that holds for each one of something (a price, an average, a wage,
/// a rate): figures of it in several places are levels side by side, not parts of a total
/// ("the average price was £300,000, with £200,000 in the north").
const LEVEL_WORDS: &[&str] = &[
    "price", "prices", "priced", "average", "averaged", "averages", "median", "typical", "mean",
    "salary", "wage", "fare", "fares", "rate", "rates", "per", "each", "head",
];

/// Words of what a thing is charged, beside [`LEVEL_WORDS`] ("the fee is £9 an hour"):
/// after a colon the figures listed are other charges ("£1.20 for children and £2 for
/// pensioners"), not its parts.
const CHARGE_WORDS: &[&str] = &[
    "fee", "fees", "cost", "costs", "tariff", "hour", "ticket", "tickets", "charge", "charges",
];

/// Whether a figure is a measure that holds at a place, not a count that adds up: a
/// temperature, a speed, a length or a weight ("30C, with 25C in the north").
fn measured_level(c: &Claim) -> bool {
    crate::measure::unit_of(c, "").is_some()
}

/// Whether `text` holds one of `words`.
fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| words.contains(&w))
}

/// Whether `text` places its figures in time: a month, a year, or one of
/// [`SERIES_WORDS`].
fn over_time(text: &str) -> bool {
    let year = |w: &str| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    };
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| SERIES_WORDS.contains(&w) || year(w) || crate::lexicon::month_number(w).is_some())
}

/// A list of figures joined by commas and a final "and".
#[derive(Default)]
struct Parts {
    idx: Vec<String>,
    /// The list closes with "the rest", "the remaining", "the other": it claims to cover
    /// the whole.
    closing_words_whole: bool,
}

/// Whether words between a figure and a verb start a clause of their own, whose
/// subject the verb may have instead of the figure.
fn joins_clauses(gap: &str) -> bool {
    holds_word(
        gap,
        &[
            " and ",
            " or ",
            " but ",
            " while ",
            " whereas ",
            " which ",
            " who ",
            " that ",
        ],
    )
}

/// Whether a gap before a list opens the clause the list is in ("a city of 85,000,
/// where 2,300 homes were destroyed and 6,100 damaged, a total of 8,400") or holds a
/// bracket: the figure before it is no item of the list.
fn opens_a_clause(gap: &str) -> bool {
    gap.contains(['(', ')'])
        || holds_word(
            gap,
            &[
                " where ",
                " when ",
                " which ",
                " who ",
                " while ",
                " whereas ",
                " after ",
            ],
        )
}

/// Whether `gap` holds one of `words` (each given with a space either side) as a word.
fn holds_word(gap: &str, words: &[&str]) -> bool {
    let spaced = format!(" {gap} ");
    words.iter().any(|w| spaced.contains(w))
}

/// Whether a gap between two figures closes a list: "and", "plus".
fn is_and(gap: &str) -> bool {
    gap.contains(" and ") || gap.starts_with("and ") || gap.contains(" plus ")
}

/// Whether a past tense follows the "and" of `gap` ("and damaged", "and injured"): the
/// figure after it is what another verb did, not one more part of the list.
fn verb_after_and(gap: &str) -> bool {
    let after = gap.rsplit(" and ").next().unwrap_or(gap);
    after
        .split_whitespace()
        .any(|w| w.len() >= 5 && w.ends_with("ed") && w != "hundred")
}

/// The sum of whole `t` and parts `a` and `b` of `cap`, with what they leave when it
/// follows them ("with £2.1m on fuel and £2.8m on wages, leaving £500,000 for other
/// costs"): then the parts are all of it, else only more than the whole is wrong.
fn push_two_and_what_they_leave(
    frames: &Frames<'_>,
    skel: &Skeleton<'_>,
    cap: &regex::Captures<'_>,
    all: bool,
    out: &mut Vec<Relation>,
) {
    let (Some(t), Some(a), Some(b)) = (cap.name("t"), cap.name("a"), cap.name("b")) else {
        return;
    };
    let mut parts = vec![a.as_str().to_string(), b.as_str().to_string()];
    let left = left_after(skel, b.as_str());
    let exact = left.is_some();
    parts.extend(left);
    push_sum(frames, skel, t.as_str(), &parts, 2, exact && all, out);
}

/// The figure a list ending at marker `last` says it leaves (", leaving £500,000 for
/// other costs"), if one does.
fn left_after(skel: &Skeleton<'_>, last: &str) -> Option<String> {
    skel.after_marker(last)
        .and_then(|rest| LEAVING.captures(rest))
        .and_then(|c| c.name("i").map(|m| m.as_str().to_string()))
}

/// The list of figures starting right after `from`: "A ..., B ... and C ...".
fn list_after(skel: &Skeleton<'_>, from: usize) -> Parts {
    let text = &skel.text;
    let mut idx: Vec<String> = Vec::new();
    let mut at = from;
    for m in MARKER.captures_iter(text.get(from..).unwrap_or("")) {
        let (Some(whole), Some(i)) = (m.get(0), m.name("i")) else {
            break;
        };
        let gap = text.get(at..from + whole.start()).unwrap_or("");
        let limit = if idx.is_empty() { 30 } else { 50 };
        if gap.len() > limit || gap.contains(['.', ';', ':', '#']) {
            break;
        }
        if !idx.is_empty() {
            // ("destroyed 212 structures, including 146 homes, and damaged 58 more": a
            // verb after "and" starts a clause of its own, whose figure is no part)
            if is_and(gap) && verb_after_and(gap) {
                break;
            }
            if is_and(gap) {
                idx.push(i.as_str().to_string());
                let closing_words_whole = ["rest", "remaining", "remainder", "other "]
                    .iter()
                    .any(|w| gap.contains(w));
                return Parts {
                    idx,
                    closing_words_whole,
                };
            }
            if !gap.contains(',') {
                break;
            }
        }
        idx.push(i.as_str().to_string());
        at = from + whole.end();
    }
    Parts::default()
}

/// The list of figures ending right before `to`.
fn list_before(skel: &Skeleton<'_>, to: usize) -> Parts {
    let text = skel.text.get(..to).unwrap_or("");
    let markers: Vec<(usize, usize, String)> = MARKER
        .captures_iter(text)
        .filter_map(|m| {
            Some((
                m.get(0)?.start(),
                m.get(0)?.end(),
                m.name("i")?.as_str().to_string(),
            ))
        })
        .collect();
    let mut idx: Vec<String> = Vec::new();
    let mut joined_by_and = false;
    let mut end = to;
    for (s, e, i) in markers.into_iter().rev() {
        let gap = text.get(e..end).unwrap_or("");
        let limit = if idx.is_empty() { 30 } else { 50 };
        if gap.len() > limit || gap.contains(['.', ';', ':', '#']) {
            break;
        }
        if idx.len() == 1 {
            if !is_and(gap) {
                break;
            }
            joined_by_and = true;
        } else if idx.len() > 1
            && ((!gap.contains(", ") && !gap.starts_with(',')) || opens_a_clause(gap))
        {
            break;
        }
        idx.push(i);
        end = s;
    }
    if !joined_by_and || idx.len() < 2 {
        return Parts::default();
    }
    idx.reverse();
    Parts {
        idx,
        closing_words_whole: true,
    }
}

fn emit(
    frames: &Frames<'_>,
    skel: &Skeleton<'_>,
    t: &str,
    parts: &Parts,
    whole: bool,
    out: &mut Vec<Relation>,
) {
    push_sum(frames, skel, t, &parts.idx, 2, whole, out);
}

/// Whether the parts count two things, one of them the whole's: "won 18 of their 25
/// games, losing four, and scored 60 goals" lists a result ("four", games) beside goals,
/// which are no part of the games. Parts that all name other nouns ("of the 120 staff,
/// 45 women and 65 men") are a breakdown by kind and stay.
fn counts_two_things(total: &Claim, parts: &[&Claim]) -> bool {
    let Some(whole) = total.unit.as_deref() else {
        return false;
    };
    let same = |p: &&Claim| figure::counts(p, whole);
    let other = |p: &&Claim| p.unit.is_some() && !same(p);
    parts.iter().any(same) && parts.iter().any(other)
}

/// Whether each part that names a noun other than the whole's stands right after the
/// comma or "and" of the list, in a clause whose verb the first part gave: "of the 12
/// members, seven are women and six men" lists kinds of member, where "losing four, and
/// scored 60 goals" has a verb of its own for its goals.
fn kinds_listed(skel: &Skeleton<'_>, total: &Claim, idx: &[String]) -> bool {
    let Some(whole) = total.unit.as_deref() else {
        return false;
    };
    idx.iter().all(|i| {
        let Some(part) = skel.fig(i) else {
            return false;
        };
        if part.unit.is_none() || figure::counts(part, whole) {
            return true;
        }
        skel.before_marker(i)
            .is_some_and(|before| before.ends_with(", ") || before.ends_with(" and "))
    })
}

/// A [`Sum`] of the figures at markers `idx` against the one at `t`, when at least
/// `least` of them are figures.
fn push_sum(
    frames: &Frames<'_>,
    skel: &Skeleton<'_>,
    t: &str,
    idx: &[String],
    least: usize,
    whole: bool,
    out: &mut Vec<Relation>,
) {
    let Some(total_claim) = skel.fig(t) else {
        return;
    };
    let Some(total) = frames.id_of(total_claim) else {
        return;
    };
    let part_claims: Vec<&Claim> = idx.iter().filter_map(|i| skel.fig(i)).collect();
    if counts_two_things(total_claim, &part_claims) && !kinds_listed(skel, total_claim, idx) {
        return;
    }
    let parts: Vec<FigureId> = part_claims.iter().filter_map(|c| frames.id_of(c)).collect();
    if parts.len() < least {
        return;
    }
    out.push(Relation::Sum(Sum {
        total,
        parts,
        whole,
    }));
}

/// The figure standing right after `from` ("of which £250m", "of whom about 600"): a
/// qualifier's words at most before it.
fn first_after(skel: &Skeleton<'_>, from: usize) -> Option<String> {
    let rest = skel.text.get(from..)?;
    let m = MARKER.captures(rest)?;
    let gap = rest.get(..m.get(0)?.start())?.trim();
    let qualifier =
        gap.is_empty() || crate::lexicon::SHARE_QUALIFIERS.contains(&format!("{gap} ").as_str());
    qualifier.then(|| m.name("i").map(|i| i.as_str().to_string()))?
}

/// A [`Sum`] of one part against its whole, read only for a part larger than the whole.
/// After "of whom" or "of which" (`relative`) the part is of the whole whatever noun the
/// reader gives it ("4,200 staff, of whom about 600 work in care").
fn emit_one(
    frames: &Frames<'_>,
    skel: &Skeleton<'_>,
    t: &str,
    part_at: &str,
    relative: bool,
    out: &mut Vec<Relation>,
) {
    let (Some(whole), Some(one)) = (skel.fig(t), skel.fig(part_at)) else {
        return;
    };
    // "eight top three hits, including four number ones": the whole the part is of
    // counts what it counts
    if !relative
        && whole.unit.is_some()
        && one.unit.is_some()
        && !whole
            .unit
            .as_deref()
            .zip(one.unit.as_deref())
            .is_some_and(|(a, b)| crate::lexicon::same_lemma(a, b))
    {
        return;
    }
    push_sum(frames, skel, t, &[part_at.to_string()], 1, false, out);
}

/// `whole`: the parts are said to make up all of the total; otherwise they are only a
/// breakdown of some of it, and only a sum larger than the total is wrong.
/// The finding for parts that do not add up to their total. Of several readings of one
/// total, the rules keep the first that finds it wrong.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Sum) -> Option<Mismatch> {
    let total = frames.claim(rel.total)?;
    let parts: Vec<&Claim> = rel
        .parts
        .iter()
        .map(|&id| frames.claim(id))
        .collect::<Option<_>>()?;
    let (parts, whole) = (parts.as_slice(), rel.whole);
    if total.kind == Kind::Percent
        || parts
            .iter()
            .any(|p| !figure::comparable(p, total) || p.start == total.start)
    {
        return None;
    }
    // "13 out of 659 … Twelve of them": the whole is the 13
    let tb = match super::share::out_of(total) {
        Some((part, _)) => Interval::exact(part),
        None => Interval::of(total, Tolerance::Arithmetic)?,
    };
    let mut sum = Interval::exact(0.0);
    for p in parts {
        sum = sum.plus(Interval::of(p, Tolerance::Arithmetic)?);
    }
    let holds = if whole {
        sum.overlaps(&tb)
    } else {
        sum.lo <= tb.hi
    };
    // "3,000 more workers at its two plants, 1,800 in Northmere and 1,200 in Wessex":
    // parts twenty times their whole or more are of something else (a slip of a decimal
    // point, £1.2m for £12m, is ten)
    let of_something_else = tb.hi > 0.0 && sum.lo > 20.0 * tb.hi;
    if holds || of_something_else {
        return None;
    }
    let names: Vec<String> = parts.iter().map(|p| said(p)).collect();
    let computed = amount_range(total, sum);
    let listed = |f: fn(&Claim) -> String, sep: &str| {
        parts.iter().map(|p| f(p)).collect::<Vec<_>>().join(sep)
    };
    Some(
        Mismatch::new(
            super::SUM.id,
            total.start..total.end,
            match names.as_slice() {
                [one] if !whole => format!(
                    "{one} is more than the whole it is a part of; the copy gives the whole as {}",
                    said(total)
                ),
                _ => format!(
                    "{} add up to {computed}; the copy gives the whole as {}{}",
                    names.join(" + "),
                    said(total),
                    crate::interval::floor_reads_below(total)
                        .filter(|_| sum.lo > tb.lo)
                        .map(|below| format!(
                            " (a figure it would round down to, so under {})",
                            figure::amount(total, below)
                        ))
                        .unwrap_or_default()
                ),
            },
        )
        .copy(Side::copy(said(total)))
        .right(Side::computed(computed))
        .note(format!(
            "computed {}, with {}",
            listed(figure::bare, " + "),
            listed(reading, ", ")
        ))
        .tolerance(
            Tolerance::Arithmetic,
            Some(format!(
                "the whole {}{}",
                reading(total),
                if whole {
                    ""
                } else {
                    "; the parts are not said to be all of it, so only a sum above it is flagged"
                }
            )),
        )
        .key([said(total), names.join("+")]),
    )
}

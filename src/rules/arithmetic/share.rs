//! `arithmetic/share`: "A of B, or C%", "C% of the B, or A", "most of the B" against
//! their parts.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Claim, Kind};
use crate::frame::relation::{Ratio, Relation, Share};
use crate::frame::Frames;
use crate::pattern::compile_all;
use crate::rules::figure::{self, pct_range, reading, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

/// `arithmetic/share`: A share or fraction does not match its parts.
pub const SHARE: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::Share,
    default_severity: crate::finding::Severity::Error,
    summary: "A share or fraction does not match its parts.",
    doc: r#"Checks a stated share against its part and whole: "A of B, or C%", "A of the B (C%)", "A of his B games, a win rate of C%", "C% of
the B, or A", "A, or C% of the B", "of the B, A were ..., or C%", "of the B, C% or A",
"among the B who walked, A developed it - a rate of C%", "among the B, the rate was C%,
or A people", "B staff, and C%, or A of them", "B staff, of whom C% (A)", "B staff, of whom A, or C%", "B attendances, of which A were seen within four hours - C%"
("of whom A came from abroad - C% of them from China" is a share of the part, and is
left alone), "B calls, of which C% - A -", "B staff, and C% of them, or A", "A of its B jobs, a third
of the workforce", "is to withdraw 14 of its 62 routes, a cut of almost a quarter", "A of the B staff, about a third, will go", "of the B patients, A were
treated within a week, a third of the total", "B customers, and A of them, one in six, live in …", "B beds, A of them occupied, an occupancy
rate of C%", "B passengers, C% of them, A, on business", "the B budget includes A
for social care, C% of the total" (a money whole named as the budget, bill, fund or
package; "C% of it" may be of the part, and is left alone), a count that closes the
sentence and names the whole's noun or people ("C% of them within four hours, some A
people"; "60% voted yes, 40 against" restates nothing), "A jobs are at risk, C% of its B
staff" (a firm's jobs are its staff), and "most of the B, A" (which must be more than
half). A share after a bare comma must restate the whole (its
noun, "the total", "the workforce") or stand as an aside: "two of the 12 senior
engineers were British, around a quarter of the firm's engineers …" is left alone. A
share set as an aside closing the part's clause after "Of the B" ("Of the county's 212
schools, 37 were closed on Monday, about one in six") is read too, and so is one that
closes the sentence the part's clause makes: "38 of the 52 beaches had been affected by
spills, almost three in four" (the clause may hold a figure of another kind, "410 spilled
more than 60 times, more than a third of the total", but not another part: "of the 500
staff, 200 work in London and 150 in Leeds, 30% of the total" is left alone). A part or whole
written "A out of B" gives its count, and so does a share stated beside it:
"14 out of 650 MPs, or 12%", "nine out of 10 GPs (70%)", "640 handovers took more than
an hour, out of 2,560 arrivals - a quarter of the total" ("(45% of them women)" is a
share of another whole and is left alone, as is "300 of the 1,200 staff will move, or
40% of the floor space"). The amount of a change is no whole: "up from
4,000, a gain of 1,200 or 30%" is left to `arithmetic/percent-change`. A survey's finding is a share of those it asked: "a poll of B adults found
that A, or C%, backed the plan", "surveyed B nurses and found A (C%) planned to leave";
and a part is of a total it is said to be out of: "A vacancies, out of an establishment
of B, a vacancy rate of C%". A whole may be named as a council's stock, an airline's
fleet or a portfolio: "sold A of its B homes, a fifth of its stock". A turnout is a share of its voters
("6.5 million of the 9 million registered voters, a turnout of 72%", "turnout was 72%,
with 6.5 million of the 9 million", "turnout in Wyre was 51%, down from 67% in 2019, with
24,000 of the 47,000 registered voters"), as is a take-up or an occupancy ("take-up is
highest among the over-75s, at 81%, with 1.38 million of the 1.7 million vaccinated",
"occupancy was 79%, with 410 of its 520 beds filled"; "won 42% of the vote, with 30 of
the 50 seats" is two measures and left alone), and a margin one of sales ("a profit of £2m on
sales of £20m, a margin of 10%", "operating profit was £140m on sales of £1.6bn, giving a
margin of 9%"; a margin named for one kind of profit, "an operating margin of 11%", is
read only against that profit: "net income was $90m on sales of $1.2bn, with an
operating margin of 11%" is left alone).

Across sentences (a warning): "if they held seats in proportion to their share of the
population, there would be 250 women councillors" is checked against the one share "of
the population" the article gives and the one whole count of councillors ("of the 600
councillors", "12 out of 600"); and a share "of the total" in a sentence that opens with
"The budget" (or bill, fund, package, grant) against the one amount an earlier sentence
gives beside that word: "Kestrel council has set a budget of £310m. … The budget includes
£124m for adult social care, 40% of the total" (or a part said to be "of the total"
before its share: "signed a $48.2 billion budget. Education accounts for $19.3 billion
of the total, or 40 percent"); and a share "of the total" in a sentence
that opens with a kind of a measure (sales, revenue, turnover, exports, spending, income)
against the one total an earlier sentence opening with the measure itself gives: "Sales
fell to £1.87bn, from £2bn. … Online sales rose to £560m, 30 per cent of the total" (the
level a change came from is no total). A share that points back is read too against the
one like level of the sentence right before: "Of those waiting, 12,600 …, or 15% of the
total", "Car thefts accounted for 2,496 of them, or 20 percent" ("spent £4.2m on roads.
… spent £840,000 on parks, about 2% of the total" may be of the budget, and is left
alone); a share that opens its sentence by pointing back and names its whole is read
against the one level of the sentence before that counts what the whole counts, as a
rate or not as it is: "The utility lost 182 million litres a day through leaks. That is
about 21% of the 870 million litres it supplies each day"; a share that opens its
sentence and names its part against the one level of the sentence before that counts
what the share is of: "Food banks handed out 61,200 parcels. More than a third of the
parcels, 21,400, went to families" ("of the families" counts something else and is left
alone); a share of a sentence that opens by naming a whole of the sentence before and
closes by naming a part of it, against the one count of each: "destroyed 212
structures, including 146 homes. Of the structures destroyed, about 69 percent were
homes"; and a share of one named amount in another
against the two the sentence before gives: "The wage bill rose to £28m, while turnover
grew to £35m. Wages now account for 80% of turnover" (the level a change came from is
past: "the wage bill climbed from £31.5m to £36.1m" gives £36.1m).

A rate per so many people is a share on another base: "120 deaths among its 400,000
residents, a rate of 40 per 100,000" is 30 per 100,000; "of the region's 2.4 million
people, 18,000 were admitted, a rate of 9 per 1,000" is 7.5. The count comes with the
population it is among ("among", "in", "for", "home to", "of", "a population of A and
B officers", "A people and B pharmacies"), the rate after them, per 100, 1,000, 10,000,
100,000 or a million; or one in so many: "3,125 officers for 500,000 people, one for
every 200 residents" is one for every 160 (the "so many" read with its own rounding, a
round 200 as 190 to 210).

Two counts set side by side, each with its share of one whole the copy does not give,
must give the same whole: "Harmon had 21,412 votes, or 58%, to Brecken's 15,186, or
41%" (21,412 at 58% is a whole of about 36,900, and 15,186 is 41% of it), "Labour won
412 seats (63%) and the Conservatives 121 (19%)". A change and its percentage is no
share ("rose by 3,000, or 30%, and exports by 2,000, or 20%"), and a second count of
another group ("while of the women 310, or 41%") or of another noun ("3,000 cars, or
30%, and 2,000 vans, or 40%") is left alone.

A share said in words and restated as a percentage beside it must agree: "nearly two
thirds - 65% -", "a third of adults (34%)", "four in 10 voters, or 41%", and between commas
"nearly half of the 1,000 adults polled, 48%, said" ("half of those asked, 38% of men and
60% of women" gives shares of other wholes and is left alone), and the other way round:
"cancelled 3.5% of its services, or about one in 30". A part that counts what its whole
counts is of it whatever its clause says: "1,200 schools will be affected, about one in 20
of the region's 24,000 schools". A share may be said "covering", "accounting for" or
"making up" ("£212m, covering 58 per cent of the network's running costs of £365m"), or
close a part's clause after "of which" ("£6.2m, of which the NHS meets £1.9m, about
31%"). Across sentences (a warning), a count's share "of the total" or "of all
households" is read against the one earlier count of that noun within a few paragraphs
("The borough had 404,200 residents. … Some 52,600 residents, 13% of the total, were
born abroad"), or said to make up some of it ("There were 1,624 road deaths last year. …
Motorcyclists accounted for 310 deaths, or 19%"), never against a count narrowed to a
kind or place ("1,240 complaints about noise", "40,000 cars in Europe", "the number of
people aged 65 and over"). A profit's margin is read, as a warning,
against the one revenue, sales or turnover the sentence right before gives: "Revenue
rose 9% to $6.54 billion. Operating income was $667 million, giving an operating margin
of 10.2%" (not a revenue of an earlier time, "a year earlier", nor one narrowed to a
place, "Sales in Europe", "Its US revenue"). A share of money "of the total" or "of all
receipts" is read, as a warning, against the story's one main total a few paragraphs up
when no other reading has taken it: the largest current amount of its currency, at
least twice every other larger than the part, named by the share's noun or sharing a
word with the part's clause ("Tax receipts reached a record £827bn. … Income tax raised
£268bn, almost a third of the total"); not one said to go on one thing ("will spend
£12m on roads"), one beside an earlier level dated alike, nor a share many times off
the one stated ("The NHS budget is £160bn. The trust spent £12m on agency staff, 5% of
the total" is of the trust's own budget).

**Why.** A share is recomputed by any reader with a calculator; a wrong one undermines the
rest of the piece.

**Tolerance.** Figures as for `arithmetic/percent-change`; a fraction in words ("a third",
"one in five") is read as ±15% of itself, a share said "nearly" or "almost" as within a
fifth below it ("almost half" is not 31%), and a share out of ten or in words ("nine out
of 10", "three out of four") as its counts round (85% to 95%), never wider than that. A
bound set by a fraction in words is meant at the fraction itself, give or take a
fiftieth of it: "more than half" is not 44%, "less than a third" not 36%.

**Example.**

    Some 300 of the 1,200 staff, or 30%, took the buyout.

computes 23% to 27%; the copy says 30%.

**Fix.** Correct the percentage, the part or the whole."#,
};

const DET: &str = r"(?:(?:the|all|its|their|his|her|our|those|these|a total of|[a-z]+'s) ){0,2}";
/// The words that set a share after its part and whole: ", or", " (", and a rate named
/// as one (", a win rate of", "giving him a success rate of": "won 63 of his 101 games, a
/// win rate of 62%").
const LINK: &str = r"(?:,? or |, representing |, which is |, that is |, covering |, accounting for |, making up |, equal to |, equivalent to |, or just |, or about |, or around |, or roughly |, or nearly |, or some | \(| - |,? (?:a |an |giving (?:[a-z]+ )?an? |for an? |with an? )(?:[a-z-]+ )?rate of )";
/// The verb of a survey's finding, before the part it found: "found that", "showed".
const FOUND: &str = r"(?:found|finds|showed|shows|suggested|suggests|revealed|reveals)(?: that)? ";
/// The words that set a turnout after its voters: ", a turnout of", " giving a turnout of".
const TURNOUT: &str = r",? (?:a |giving a |for a |with a )?turnout of ";
/// An optional qualifier before a share or its parts.
static QUAL_ALT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{}?",
        crate::lexicon::alternation(crate::lexicon::SHARE_QUALIFIERS)
    )
});

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let qual = QUAL_ALT.as_str();
    // a profit A on sales of B, up to the words that name its margin: "profits of A on
    // sales of B, ", "income was A on revenue of B, "
    let profit_on_sales = format!(
        r"(?:profits?|income|earnings) (?:of |was |were |rose to |fell to |came to |reached )?{qual}{{N:a}}[^#.;]{{0,20}}? on (?:sales|revenues?|turnover) of {qual}{{N:b}},? "
    );
    let profit_on_sales = profit_on_sales.as_str();
    let pats: Vec<String> = vec![
        // A of B, or C%; A out of B (C%)
        format!(
            r"{{N:a}}[^#.;,]{{0,30}}?\b(?:out )?of {DET}{qual}{{N:b}}[^#.;]{{0,60}}?{LINK}{qual}{{P:c}}"
        ),
        // 640 handovers took more than an hour, out of 2,560 arrivals - a quarter of the
        // total: the whole set after the part's clause
        format!(
            r"{{N:a}}[^#.;,]{{0,40}}?, out of {DET}{qual}{{N:b}}[^#.;]{{0,40}}?{LINK}{qual}{{P:c}}"
        ),
        // Of the B, A were accepted, or C%; among the B who walked, A developed it - a
        // rate of C%
        format!(
            r"\b(?:of|among|amongst) {DET}{qual}{{N:b}}[^#.;]{{0,60}}?, {qual}{{N:a}}[^#.;]{{0,60}}?{LINK}{qual}{{P:c}}"
        ),
        // Of the B, A were closed on Monday, about one in six: the share an aside
        // closing the part's clause
        format!(
            r"\b(?:of|among|amongst) {DET}{qual}{{N:b}}[^#.;]{{0,60}}?, {qual}{{N:a}}(?: [a-z'-]+){{0,8}}, {qual}{{P:c}}(?:,| -|\.|$)"
        ),
        // Of the B, C% or A will go; of the B, C% - A of them - were; among the B who
        // walked less, the rate was C%, or A people
        format!(
            r"\b(?:of|among|amongst) {DET}{qual}{{N:b}}[^#.;]{{0,60}}?, (?:the (?:rate|share|proportion) (?:was|is|were) )?{qual}{{P:c}}{LINK}{qual}{{N:a}}"
        ),
        // B staff, and C%, or A of them, ...; B staff, of whom C% (A) ...; B staff, and
        // C% of them, or A, ...: the part said to be of the whole just named
        format!(
            r"{{N:b}}[^#.;]{{0,60}}?(?:\band |, )(?:of whom )?{qual}{{P:c}}{LINK}{qual}{{N:a}} of (?:them|those|these)\b"
        ),
        format!(r"{{N:b}}[^#.;]{{0,40}}?,? of (?:whom|which) {qual}{{P:c}}{LINK}{qual}{{N:a}}"),
        // costs are B, of which the NHS meets A, about C%: the share closing the part's
        // clause after a bare comma
        format!(
            r"{{N:b}}[^#.;]{{0,40}}?,? of (?:whom|which) (?:[a-z'-]+ ){{0,4}}?{qual}{{N:a}}(?: [a-z'-]+){{0,6}}?, {qual}{{P:c}}(?:[.,;)]| -|$)"
        ),
        // B staff, of whom A, or C%, ...; B calls, of which A (C%); B attendances, of
        // which A were seen within four hours - C%
        format!(
            r"{{N:b}}[^#.;]{{0,40}}?,? of (?:whom|which) {qual}{{N:a}}(?P<said>[^#.;]{{0,50}}?){LINK}{qual}{{P:c}}"
        ),
        format!(
            r"{{N:b}}[^#.;]{{0,60}}?(?:\band |, )(?:of whom )?{qual}{{P:c}} of (?:them|those|these){LINK}{qual}{{N:a}}"
        ),
        // A, or C% of the B
        format!(r"{{N:a}}[^#.;]{{0,40}}?{LINK}{qual}{{P:c}} of {DET}{{W}}{qual}{{N:b}}"),
        // has a budget of B and will spend A, a quarter of it; a budget of B … A – a
        // quarter of that – on marketing; A of it, about a quarter: the whole named
        // before the part, and the share pointing back to it as an aside ("spent £1.2m
        // on its shops, a third of it on rent" is a share of the part)
        format!(
            r"{{N:b}}[^#.;]{{0,60}}?{qual}{{N:a}}(?: of it)?(?:,| -) {qual}{{P:c}} of (?:it|that|this)(?:[.,;)]| -|$)"
        ),
        format!(r"{{N:b}}[^#.;]{{0,60}}?{qual}{{N:a}} of it(?:,| -) {qual}{{P:c}}(?:[.,;)]| -)"),
        // a budget of B, with fares expected to cover A, or about C%; a budget of B, up
        // 6% from last year's, with grants to meet A, or C%: the part of a whole named
        // before it that something covers or meets, and its share
        format!(
            r"{{N:b}}(?:,? (?:up|down) #p\d+# (?:from|on) #m\d+#)?(?P<gap>(?:,? [a-z'-]+){{0,6}}?) (?:cover|covers|covering|meet|meets|meeting|pay for|pays for|paying for) {qual}{{N:a}}(?: [a-z'-]+){{0,3}}?,? or {qual}{{P:c}}"
        ),
        // a wage bill of A is about C% of its turnover of B; debt of A was C% of the
        // club's B turnover: the part said to be a share of a whole its sentence names
        format!(
            r"{{N:a}},? (?:is|was|are|were|represents|represented|makes up|made up|amounts to|amounted to|(?:is |are |was |were )?(?:equivalent|equal) to) {qual}{{P:c}} of {DET}(?:[a-z]+ ){{0,2}}?(?:of )?{qual}{{N:b}}"
        ),
        // C% of the B, or A
        format!(r"{{P:c}} of {DET}{qual}{{N:b}}[^#.;]{{0,40}}?{LINK}{qual}{{N:a}}"),
        // A of its B jobs, a third of the workforce; A of the B staff, about a third,
        // will go: the share restates the whole, or stands as an aside
        format!(
            r"{{N:a}}[^#.;,]{{0,30}}?\b(?:out )?of {DET}{qual}{{N:b}}(?P<gap>(?: [a-z'-]+){{0,7}}), {qual}{{P:c}}(?:,| -|\.| of (?:the|its|their|all) (?P<whole>[a-z]+)\b)"
        ),
        // 38 of the 52 beaches had been affected by spills, almost three in four: the
        // share closing the sentence that the part's clause makes, verb and all (and a
        // figure of another kind: "had failed at least one test"), or before the level it
        // is set against ("… had filed claims, about 7%, against 12 last year")
        format!(
            r"{{N:a}}[^#.;,]{{0,30}}?\b(?:out )?of {DET}{qual}{{N:b}}(?P<between> [^.;,]{{1,80}}?), {qual}{{P:c}}(?: of (?:them|those|these))?(?:\.|$|,? (?:against|compared with|compared to|up from|down from) )"
        ),
        // is to withdraw 14 of its 62 routes from September, a cut of almost a quarter:
        // what is taken away, of the whole, said as the size of the cut
        format!(
            r"{{N:a}}[^#.;,]{{0,30}}?\b(?:out )?of {DET}{qual}{{N:b}}(?P<gap>(?: [a-z'-]+){{0,5}}),? (?:a|an) (?:cut|reduction|loss|fall|drop|decrease) of {qual}{{P:c}}(?:[.,;)]| -|$)"
        ),
        // A jobs, about C% of its B staff; A jobs, C% of its workforce of B: the share
        // set after a bare comma, of a whole it names (in figures: "a fifth of its B" is
        // arithmetic/multiple's)
        format!(
            r"(?P<bare>){{N:a}}(?P<gap>(?: [a-z'-]+){{0,8}}), {qual}{{P:c}} of {DET}{{W}}{qual}{{N:b}}"
        ),
        // A of the B cast a ballot, a turnout of C%; of the B, A voted, a turnout of C%;
        // turnout was C%, with A of the B
        format!(
            r"{{N:a}}[^#.;,]{{0,30}}?\b(?:out )?of {DET}{qual}{{N:b}}[^#.;]{{0,40}}?{TURNOUT}{qual}{{P:c}}"
        ),
        format!(
            r"\bof {DET}{qual}{{N:b}}[^#.;]{{0,40}}?, {qual}{{N:a}}[^#.;]{{0,40}}?{TURNOUT}{qual}{{P:c}}"
        ),
        format!(
            r"\bturnout (?:in [a-z'-]+(?: [a-z'-]+)? )?(?:was |of |at |stood at |reached |came to )?{qual}{{P:c}},? (?:(?:up|down) from #p\d+#(?: in (?:19|20)\d\d)?,? )?(?:with |as )?{qual}{{N:a}}[^#.;,]{{0,30}}?\b(?:out )?of {DET}{qual}{{N:b}}"
        ),
        // take-up is highest among the over-75s, at 81%, with A of the B vaccinated;
        // occupancy was C%, with A of its B beds filled: a rate, then the part and whole
        // it is of (a share of votes "with A of the B seats" is another measure's)
        format!(
            r"\b(?:take-up|uptake|coverage|occupancy|compliance)(?: rate)?(?: (?:among|for|in) [^#.;,]{{1,40}}?)?(?:,? (?:is|was|stands|stood|has been) (?:highest|lowest)(?: (?:among|for|in) [^#.;,]{{1,40}}?)?)?,? (?:is |was |stood at |stands at |reached |of |at |was at |is at )?{qual}{{P:c}},? with {qual}{{N:a}}(?: [a-z'-]+){{0,3}}? (?:out )?of {DET}{qual}{{N:b}}"
        ),
        // 620 vacancies, out of an establishment of 5,200, a vacancy rate of 11.9%: the
        // whole named as a total the part is out of
        format!(
            r"{{N:a}}[^#.;]{{0,40}}?,? out of (?:an? |the |its |their )?(?:[a-z]+ )?(?:total|establishment|workforce|pool|field|population|complement|capacity|intake) of {qual}{{N:b}}{LINK}{qual}{{P:c}}"
        ),
        // a poll of B adults found that A, or C%, ...; surveyed B people and found A
        // (C%) ...: the part a survey found among those it asked
        format!(
            r"\b(?:poll|survey|study|sample|census|ballot) of {DET}{qual}{{N:b}}(?: [a-z'-]+){{0,6}}? {FOUND}{qual}{{N:a}}{LINK}{qual}{{P:c}}"
        ),
        format!(
            r"\b(?:surveyed|polled|asked|questioned|interviewed) {qual}{{N:b}}(?: [a-z'-]+){{0,3}}?,? and {FOUND}{qual}{{N:a}}{LINK}{qual}{{P:c}}"
        ),
        // a profit of A on sales of B, a margin of C%; operating income was A on revenue
        // of B, giving a margin of C%
        format!(
            r"\b{profit_on_sales}(?:a |an |giving (?:it )?an? |for an? |with an? )?(?:profit )?margin of {qual}{{P:c}}"
        ),
        // operating income was A on revenue of B, an operating margin of C%: a margin
        // named for one kind of profit is of that kind ("net income …, an operating
        // margin of 11%" is of another)
        format!(
            r"\boperating {profit_on_sales}(?:an |giving (?:it )?an |for an |with an )?operating margin of {qual}{{P:c}}"
        ),
        format!(
            r"\bpre-?tax {profit_on_sales}(?:a |giving (?:it )?a |for a |with a )?pre-?tax margin of {qual}{{P:c}}"
        ),
        // B passengers, 20% of them, some A, on business: the part as an aside after
        // "of them"
        format!(
            r"{{N:b}}[^#.;]{{0,60}}?(?:\band |, )(?:of whom )?{qual}{{P:c}} of (?:them|those|these), {qual}{{N:a}}(?: [a-z]+)?(?:,| -|\))"
        ),
        // B beds, A of them occupied, an occupancy rate of C%; B staff, with A of them
        // part-time, or C%: the part named by "of them", then its share
        format!(
            r"{{N:b}}[^#.;]{{0,60}}?(?:\band |, )(?:with )?{qual}{{N:a}} of (?:them|those|these|which|whom)\b[^#.;]{{0,60}}?{LINK}{qual}{{P:c}}"
        ),
        // B customers, and about A of them, one in six, live in …: the share as an
        // aside right after the part "of them" names
        format!(
            r"{{N:b}}[^#.;]{{0,60}}?(?:\band |, )(?:with )?{qual}{{N:a}} of (?:them|those|these)(?:,| -) {qual}{{P:c}}(?:,| -|\))"
        ),
        // of the B patients, A were treated within a week, a third of the total: a
        // share after a bare comma that names the whole it is of (the part's clause may
        // hold a figure of another kind: "410 spilled more than 60 times")
        format!(
            r"\bof {DET}{qual}{{N:b}}[^#.;]{{0,40}}?, {qual}{{N:a}}(?P<between>[^.;]{{0,40}}?), {qual}{{P:c}} of (?:the|its|their|all) (?P<whole>[a-z]+)\b"
        ),
        // B patients, and C% of them within four hours, some A people; of the B staff
        // surveyed, C% said they were stressed, about A people: the share restated as a
        // count that closes the sentence
        format!(
            r"{{N:b}}[^#.;]{{0,60}}?(?:\band |, )(?:of whom )?{qual}{{P:c}} of (?:them|those|these)[^.;,]{{0,40}}?, (?P<closing>){qual}{{N:a}} (?P<noun>[a-z]+)(?:\.|$)"
        ),
        format!(
            r"\bof {DET}{qual}{{N:b}}[^#.;]{{0,40}}?, {qual}{{P:c}}[^#.;]{{0,50}}?, (?P<closing>){qual}{{N:a}} (?P<noun>[a-z]+)(?:\.|$)"
        ),
        // the £300m budget includes £120m for social care, 40% of the total; B has A
        // for roads - C% of it: the part the whole holds, and its share of all of it
        format!(
            r"(?P<holds>){{N:b}}(?: [a-z'-]+){{0,3}}? (?:includes?|included|including|contains?|comprises?|is made up of) {qual}{{N:a}}(?P<gap>(?: [a-z'-]+){{0,5}}),? (?:- |or )?{qual}{{P:c}} of (?:the |its |their |all )?(?P<whole>[a-z]+)(?:[.,;)]|$| -)"
        ),
        // C% of the B, A people, ...: an aside closed by a comma, dash or bracket
        format!(
            r"{{P:c}} of {DET}{qual}{{N:b}}[^#.;,]{{0,40}}?, {qual}{{N:a}}(?: [a-z]+)?(?:,| -|\))"
        ),
    ];
    let refs: Vec<&str> = pats.iter().map(String::as_str).collect();
    compile_all(&refs)
});

/// For a share set after its part and whole with a bare comma ("300 of its 1,200 jobs,
/// a third of the workforce"): whether it is of that whole. The words after the whole
/// must hold no verb ("two of the 12 senior engineers were British, around a quarter
/// of the firm's engineers …" starts a clause of its own), and a whole the share names
/// must be the whole's noun or a word for all of it.
fn restates_the_whole(cap: &regex::Captures<'_>, b: &Claim) -> bool {
    const VERBS: [&str; 12] = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "said",
    ];
    let verb = cap
        .name("gap")
        .is_some_and(|g| g.as_str().split_whitespace().any(|w| VERBS.contains(&w)));
    let whole_ok = cap
        .name("whole")
        .is_none_or(|w| names_the_whole(w.as_str(), b));
    !verb && whole_ok
}

/// Whether a figure between the part `a` and its share counts what `a` counts, and so may
/// be the part the share is of: "of the 500 staff, 200 work in London and 150 in Leeds,
/// 30% of the total" (a figure of another kind, "410 spilled more than 60 times", is
/// not).
fn another_part_between(skel: &Skeleton<'_>, cap: &regex::Captures<'_>, a: &Claim) -> bool {
    let Some(between) = cap.name("between") else {
        return false;
    };
    between
        .as_str()
        .split('#')
        .skip(1)
        .step_by(2)
        .filter_map(|marker| skel.fig(marker.get(1..)?))
        .any(|f| f.kind == a.kind && (f.unit == a.unit || f.unit.is_none() || a.unit.is_none()))
}

/// Whether the count `a` that closes a sentence, with the noun `written` after it,
/// counts what the whole `b` counts, or the people it is made of ("2.4 million patients
/// … some 1.7 million people"); a noun only supplied from the whole ("60% voted yes, 40
/// against") restates nothing.
fn counts_the_wholes_people(a: &Claim, b: &Claim, written: &str) -> bool {
    a.unit.as_deref().is_some_and(|u| {
        u == written && (figure::counts(b, u) || matches!(u, "people" | "persons"))
    })
}

/// Whether the word `w` after a share's "of" names the whole `b`: its noun, or a word for
/// all of it ("the total", "the workforce", "of them", "its stock" of homes, "its fleet").
fn names_the_whole(w: &str, b: &Claim) -> bool {
    matches!(
        w,
        "total"
            | "workforce"
            | "whole"
            | "lot"
            | "staff"
            | "them"
            | "those"
            | "these"
            | "it"
            | "stock"
            | "fleet"
            | "portfolio"
            | "estate"
            | "membership"
            | "intake"
    ) || b.kind == Kind::Money
        && matches!(
            w,
            "budget" | "bill" | "package" | "fund" | "spending" | "sum" | "amount" | "cost"
        )
        || b.unit
            .as_deref()
            .is_some_and(|u| crate::lexicon::same_lemma(u, w))
}

/// Whether the share that ends a match goes on to name a whole that is not the one
/// matched: "300 of the 1,200 staff will move, or about 40% of the floor space" is a
/// share of the floor space. The whole it names must be the matched whole's noun or a
/// word for all of it ("of the total", "of them", "of its workforce").
fn of_another_whole(skel: &Skeleton<'_>, cap: &regex::Captures<'_>, b: &Claim) -> bool {
    let (Some(whole), Some(c)) = (cap.get(0), cap.name("c")) else {
        return false;
    };
    // (the captured digits sit inside their marker, "#p12#")
    if c.end() + 1 != whole.end() {
        return false;
    }
    let Some(rest) = skel
        .text
        .get(whole.end()..)
        .and_then(|r| r.strip_prefix(" of "))
    else {
        return false;
    };
    let words: Vec<&str> = rest
        .split(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '\'' || ch == '#' || ch == '-'))
        .filter(|w| !w.is_empty())
        .filter(|w| {
            !matches!(
                *w,
                "the" | "its" | "their" | "his" | "her" | "our" | "a" | "an" | "all"
            )
        })
        .take(3)
        .collect();
    !words.iter().any(|w| names_the_whole(w, b))
}

/// Whether a share set after what its part did ("of whom 300 came from abroad") goes on
/// to name what it is of: "- 45% of them from China" is of the 300, not of the whole.
fn share_of_the_part(skel: &Skeleton<'_>, cap: &regex::Captures<'_>) -> bool {
    let said_something = cap
        .name("said")
        .is_some_and(|m| !m.as_str().trim().is_empty());
    // (the captured digits sit inside their marker, "#p12#")
    let after = cap.name("c").and_then(|c| skel.text.get(c.end() + 1..));
    said_something && after.is_some_and(|rest| rest.starts_with(" of "))
}

/// Words after a percentage that make it a change or a comparison, not a share: "or 30%
/// more than last year".
static CHANGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"^ (?:more|fewer|less|higher|lower|up|down|above|below|increase|rise|fall|drop|decrease|jump|change|points|percentage)\b",
    )
});

/// A noun of change and its "of" ending the text before a whole: "up from 356,000, a
/// rise of 56,000, or 16%" gives the amount of a change and its percentage, not a part
/// (356,000) of a whole (56,000).
static CHANGE_OF: LazyLock<Regex> = LazyLock::new(|| {
    let qual = QUAL_ALT.as_str();
    crate::pattern::compile(&format!(
        r"\b{} of {qual}$",
        crate::lexicon::CHANGE_BEFORE_OF.as_str()
    ))
});

/// Whether the whole captured by `b` is the amount of a change ("a rise of 56,000").
fn amount_of_change_before(skel: &Skeleton<'_>, b: Option<regex::Match<'_>>) -> bool {
    // (the captured digits sit inside their marker, "#n12#")
    b.and_then(|m| skel.text.get(..m.start().saturating_sub(2)))
        .is_some_and(|before| CHANGE_OF.is_match(before))
}

/// Whether the percentage captured by `c` goes on to say it is a change.
fn is_change(skel: &Skeleton<'_>, c: Option<regex::Match<'_>>) -> bool {
    c.and_then(|m| skel.text.get(m.end() + 1..))
        .is_some_and(|after| CHANGE_AFTER.is_match(after))
}

/// "12 out of 80, or 15%" where the extractor read "12 out of 80" as one figure.
static RATIO: LazyLock<Regex> = LazyLock::new(|| {
    let qual = QUAL_ALT.as_str();
    crate::pattern::compile(&format!(r"{{N:r}}[^#.;]{{0,40}}?{LINK}{qual}{{P:c}}"))
});

/// The whole a figure counts: B of "A out of B", else its value.
pub(crate) fn whole_count(c: &Claim) -> Option<f64> {
    match out_of(c) {
        Some((_, whole)) => Some(whole),
        None if c.text.contains(" out of ") => None,
        None => c.value,
    }
}

/// The whole of a share said roughly ("nine out of 10"); out of any other the counts
/// are exact ("13 out of 659", "3 out of 8 councils").
const ROUGH_WHOLE: f64 = 10.0;

/// The part and whole of a figure written "A out of B" (the part may be in words: "nine
/// out of 10").
pub(crate) fn out_of(r: &Claim) -> Option<(f64, f64)> {
    let (a, b) = r.text.split_once(" out of ")?;
    let num = |t: &str| -> Option<f64> {
        let t: String = t.trim().chars().filter(|c| *c != ',').collect();
        t.parse::<f64>()
            .ok()
            .or_else(|| crate::extract::count_word(&t))
            .filter(|v| v.fract() == 0.0 && *v >= 0.0)
    };
    // ("Only nine out of 10": the part is the count's last word)
    let a = a.rsplit(' ').next().unwrap_or(a);
    Some((num(a)?, num(b)?))
}

/// Whether a share said as counts is said roughly: out of ten ("nine out of 10") or in
/// words ("three out of four"); "13 out of 659" and "3 out of 8 councils" count.
fn said_roughly(r: &Claim, whole: f64) -> bool {
    whole == ROUGH_WHOLE || !r.text.bytes().any(|b| b.is_ascii_digit())
}

static MOST: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile_all(&[
        r"\b(?:most|the majority|a majority) of (?:the |all |its |their |those |these )?{N:b}[^#.;]{0,30}?(?:, |\(| - )(?:or |some |about |around |roughly |nearly |almost |just over |more than |only )?{N:a}",
    ])
});

/// Words without which no pattern can match: a cheap test before the patterns run.
static HINT: LazyLock<Regex> = LazyLock::new(|| crate::pattern::compile(r"most|majority"));

/// Findings for every share in `skel` that its parts cannot give.
/// A [`Share`] (or [`Ratio`]) for every stated share in `skel`.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    let id = |c: &Claim| frames.id_of(c);
    let has_percent = skel.has_percent();
    if !has_percent && !HINT.is_match(&skel.text) {
        return;
    }
    let with_percent = has_percent && skel.figs.len() >= 3;
    let mut seen: Vec<usize> = Vec::new();
    for re in PATTERNS.iter().filter(|_| with_percent) {
        for cap in re.captures_iter(&skel.text) {
            let (Some(a), Some(b), Some(c)) = (
                skel.captured(&cap, "a"),
                skel.captured(&cap, "b"),
                skel.captured(&cap, "c"),
            ) else {
                continue;
            };
            // "1,200 schools will be affected, about one in 20 of England's 24,000
            // schools": a part of the whole that counts what the whole counts, whatever
            // its clause says of it
            let same_noun = cap.name("bare").is_some()
                && (a.unit.as_deref().is_some_and(|u| figure::counts(b, u))
                    || figure::one_workforce(a, b));
            if seen.contains(&c.start)
                || another_part_between(skel, &cap, a)
                || !(restates_the_whole(&cap, b) || same_noun)
                || amount_of_change_before(skel, cap.name("b"))
                || of_another_whole(skel, &cap, b)
            {
                continue;
            }
            if cap.name("bare").is_some() && !c.text.bytes().any(|d| d.is_ascii_digit()) {
                continue;
            }
            // ("the £300m budget includes £120m for care, 60% of it": "it" may be the part)
            if cap.name("holds").is_some()
                && cap.name("whole").is_some_and(|w| {
                    matches!(w.as_str(), "it" | "them" | "those" | "these" | "which")
                })
            {
                continue;
            }
            // ("of the 500 members, 60% voted yes, 40 against": a count that closes the
            // sentence restates the share only when it counts the whole's people)
            if cap.name("closing").is_some()
                && !cap
                    .name("noun")
                    .is_some_and(|n| counts_the_wholes_people(a, b, n.as_str()))
            {
                continue;
            }
            seen.push(c.start);
            if is_change(skel, cap.name("c")) || share_of_the_part(skel, &cap) {
                continue;
            }
            if let (Some(part), Some(whole), Some(stated)) = (id(a), id(b), id(c)) {
                out.push(Relation::Share(Share {
                    part,
                    whole,
                    stated: Some(stated),
                }));
            }
        }
    }
    for cap in RATIO.captures_iter(&skel.text).filter(|_| has_percent) {
        let (Some(r), Some(c)) = (skel.captured(&cap, "r"), skel.captured(&cap, "c")) else {
            continue;
        };
        // "nine out of 10 GPs (45% of them women)": a share of another whole
        let rest = cap.get(0).and_then(|m| skel.text.get(m.end()..));
        let rest = rest.unwrap_or("");
        if seen.contains(&c.start) || rest.starts_with(" of ") {
            continue;
        }
        seen.push(c.start);
        if is_change(skel, cap.name("c")) {
            continue;
        }
        if let (Some(ratio), Some(stated)) = (id(r), id(c)) {
            out.push(Relation::Ratio(Ratio { ratio, stated }));
        }
    }
    for re in MOST.iter() {
        for cap in re.captures_iter(&skel.text) {
            let (Some(a), Some(b)) = (skel.captured(&cap, "a"), skel.captured(&cap, "b")) else {
                continue;
            };
            if let (Some(part), Some(whole)) = (id(a), id(b)) {
                out.push(Relation::Share(Share {
                    part,
                    whole,
                    stated: None,
                }));
            }
        }
    }
}

/// "A out of B, or C%" read as one figure: whole counts, so the share is exact.
/// The mismatch between a ratio in words and the percentage stated beside it.
pub(crate) fn judge_ratio(frames: &Frames<'_>, rel: &Ratio) -> Option<Mismatch> {
    let (r, c) = (frames.claim(rel.ratio)?, frames.claim(rel.stated)?);
    let (a, b) = out_of(r)?;
    if b <= 0.0 || c.kind != Kind::Percent {
        return None;
    }
    // "nine out of 10" is said of 87% as of 90%: a share out of ten is read as its
    // counts round, never wider than 15% of the share (as "four in 10" is); "3 out of 8
    // councils" counts them
    let exact = a / b * 100.0;
    let rounded = said_roughly(r, b);
    let share = if rounded {
        Interval::exact(exact).widen((50.0 / b).min(exact * 0.15))
    } else {
        Interval::exact(exact)
    };
    let stated = Interval::of(c, Tolerance::Arithmetic)?;
    if share.overlaps(&stated) {
        return None;
    }
    let copy = said(c);
    Some(
        Mismatch::computed(
            super::SHARE.id,
            c.start..c.end,
            said(r),
            pct_range(share, false),
            Side::copy(copy.clone()),
        )
        .note(format!(
            "computed {} ÷ {} × 100, {}",
            crate::num::format(a, 0),
            crate::num::format(b, 0),
            if rounded {
                "each count read as rounded to the whole"
            } else {
                "both whole counts"
            }
        ))
        .tolerance(
            Tolerance::Arithmetic,
            Some(format!("the stated share {}", reading(c))),
        )
        .key([said(r), copy]),
    )
}

/// `c` is the stated share; `None` means "most of", more than half.
/// The mismatch in a share its part and whole cannot give.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Share) -> Option<Mismatch> {
    let (a, b) = (frames.claim(rel.part)?, frames.claim(rel.whole)?);
    let c = match rel.stated {
        Some(id) => Some(frames.claim(id)?),
        None => None,
    };
    if a.start == b.start || !figure::comparable(a, b) || a.kind == Kind::Percent {
        return None;
    }
    // "13 out of 659" as the whole: its whole count
    let (whole, whole_text) = match out_of(b) {
        Some((_, whole)) => (Interval::exact(whole), crate::num::format(whole, 0)),
        None => (Interval::of(b, Tolerance::Arithmetic)?, figure::bare(b)),
    };
    // "2% of all 400 delegates - 8 out of 400": the part is the 8
    let (part, part_text, part_bare) = match out_of(a) {
        Some((part, _)) => {
            let text = crate::num::format(part, 0);
            (Interval::exact(part), text.clone(), text)
        }
        None => (
            Interval::of(a, Tolerance::Arithmetic)?,
            said(a),
            figure::bare(a),
        ),
    };
    let share = part.ratio(whole)?.scale(100.0);
    let stated = match c {
        // ("almost half" is within a fifth below half, as a stated change is: not 31%)
        Some(c) if c.kind == Kind::Percent => Interval::of(c, Tolerance::Stated)?,
        Some(_) => return None,
        None => Interval {
            lo: 50.0,
            hi: 100.0,
        },
    };
    // "most" means strictly more than half: exactly half fails it too.
    let holds = match c {
        Some(_) => share.overlaps(&stated),
        None => share.hi > 50.0,
    };
    if holds {
        return None;
    }
    let (copy, stated_text) = match c {
        Some(c) => (said(c), figure::stated_pct_range(stated)),
        None => ("most".to_string(), "more than 50%".to_string()),
    };
    let anchor = c.unwrap_or(a);
    Some(
        Mismatch::computed(
            super::SHARE.id,
            anchor.start..anchor.end,
            format!(
                "{part_text} of {}",
                if out_of(b).is_some() {
                    whole_text.clone()
                } else {
                    said(b)
                }
            ),
            pct_range(share, false),
            Side::copy(copy.clone()),
        )
        .computed_with(format!("computed {part_bare} ÷ {whole_text} × 100"), [a, b])
        .tolerance(
            Tolerance::Arithmetic,
            Some(format!("'{copy}' read as {stated_text}")),
        )
        .key([said(a), said(b), copy]),
    )
}

#[cfg(test)]
mod tests {
    use crate::extract::{Kind, Qualifier};
    use crate::rules::figure::testing::{messages, Spec};

    const EX: Qualifier = Qualifier::Exact;

    fn run(text: &str, specs: &[Spec<'_>]) -> Vec<String> {
        messages(super::super::check, text, specs)
    }

    #[test]
    fn wrong_share_is_flagged_and_right_one_passes() {
        let got = run(
            "Some 300 of the 1,200 staff, or 30%, took the offer.",
            &[
                (
                    "300",
                    Kind::Number,
                    300.0,
                    Qualifier::Approximate,
                    0.5,
                    None,
                ),
                ("1,200", Kind::Number, 1200.0, EX, 0.5, Some("staff")),
                ("30%", Kind::Percent, 30.0, EX, 0.5, None),
            ],
        );
        assert_eq!(
            got,
            vec!["arithmetic/share | 300 of 1,200 is 24% to 26%; the copy says 30%"]
        );
        let got = run(
            "Some 300 of the 1,200 staff, or 25%, took the offer.",
            &[
                (
                    "300",
                    Kind::Number,
                    300.0,
                    Qualifier::Approximate,
                    0.5,
                    None,
                ),
                ("1,200", Kind::Number, 1200.0, EX, 0.5, Some("staff")),
                ("25%", Kind::Percent, 25.0, EX, 0.5, None),
            ],
        );
        assert!(got.is_empty(), "{got:?}");
    }
}

//! `arithmetic/average`: an average the copy states beside the total and the count it is
//! the quotient of ("30 goals in 10 matches, an average of four a game").

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Claim, Kind};
use crate::frame::relation::{Average, Relation};
use crate::frame::{Frames, Role};
use crate::lexicon;
use crate::rules::figure::{
    self, amount_range, reading, round_to, said, Interval, Skeleton, Tolerance,
};
use crate::rules::mismatch::{Mismatch, Side};

/// `arithmetic/average`: An average that is not the total divided by the count the copy gives.
pub const AVERAGE: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::Average,
    default_severity: crate::finding::Severity::Error,
    summary: "An average that is not the total divided by the count the copy gives.",
    doc: r#"Checks an average stated in a sentence that also gives the total and the count it divides:
"30 goals in 10 matches, an average of three a game" (or "of three goals a game"), "the 12 councils share £600m, an
average of £50m each", "£2bn, or £33 for every one of the country's 60 million people",
"15 branches took £4.5m, averaging £300,000 a branch", "crowds averaged 52,400 across 19
home games, or 995,600 in all", and an aside giving the amount a thing of the count's
own noun (a workforce under another name too: "61,000 employees … $6,900 per worker"): "£4.2m to open 60 extra beds, about £70,000 a bed", "60 homes will cost £4.2m,
£70,000 each" ("£90,000 a year" is no average of the homes), or the share each gets:
"£2.4m shared among 12 schools, giving each £200,000", "split between 20 clubs, with each
receiving £150,000", "each of the 3,000 households will receive £150, at a cost of
£450,000"; and a rate per game: "24 goals in 30 games, a rate of 0.8 a game" ("a rate of
30 per 100,000" is a rate per so many people, `arithmetic/share`'s). A sentence of more figures is read when the total stands right before the average and
one count is of what it is each of: "claims doubled to 240,000, from 120,000, and the
firm paid out £7.2m, an average of £30 a claim" (the level a change came from is no
count; two counts of tickets leave it alone), and so is a sentence whose figures are
those three and the levels changes came from ("runs 38 food banks, up from 31, and relies
on 1,900 volunteers, an average of 50 for each"). Otherwise the sentence must hold those three
figures and no other: the average, a total of its kind (money in its currency, or a
count), and a count. Between two counts the count is the one the average names ("213
goals in 317 games, an average of 0.67 a game" is goals over games); when it names
neither, either may be the total, and the average is flagged only when it is neither
one divided by the other. Percentages are left alone (an average rise of a percentage
compounds).

A total spread over a length of time and restated as a rate is the same division, by
the length: "£4bn over 10 years, or £400m a year", "over the next five years the council
will pay £10m, an average of £2m a year", "£30m over 18 months - £2m a month", and a
length hyphened onto what the total buys ("the 12-week course costs £600, or £50 a week",
"a three-year deal worth £9m, or £3m a year"). A rate in
another period is read over as many of them as the length holds ("£30,000 over three
years, or £833 a month": a year is 12 months, 52 to 52.3 weeks). The rate must restate the
total and close its clause ("or", "an average of", a dash, a bracket or a bare comma: "cut
150 posts over two years, about 75 a year"): "rising to £600m a
year", "on top of £300m a year" and "£2m a year of it on scaffolding" are other rates.

Across sentences (a warning): an average of money "each" beside the one count of its
sentence ("the payout goes to more than 800,000 savers, who will get on average £52
each"), against the one total of that currency the headline or the sentence before or
after gives ("Savers share £42m payout"), if that total is within ten times the average times the count;
and an average restating the total beside it "for each" (or "per", "for every") of a
noun, against the one count of that noun an earlier sentence gives, within about two
paragraphs: "The county has about 620,000 residents. … The budget rose to $212 million,
or about $342 for each county resident" (or "a" one: "The fire has burned 48,000
acres. … $38 million, or about $790 an acre"; "a day" is a rate, and left alone), or
"each" after a bare comma of the noun its sentence names ("A record 18,400 runners took
part. … Runners raised £6.1m for charity, about £330 each"). A count priced at so much
each is checked against the total it comes to, the three named by the words: "makes 230
return trips; at £24.60 each, that would cost £5,658".

**Why.** An average is the quickest figure for a reader to check, and one that does not
come from the figures beside it makes the reader doubt both.

**Tolerance.** Figures as for `arithmetic/percent-change`: each read as every value
that rounds to it, "about" ±5%, "more than" and "almost" as bounds.

**Example.**

    The 12 councils will share £600m, an average of £40m each.

computes £48m to £52m each; the copy says £40m.

**Fix.** Correct the average, the total or the count."#,
};

/// The words that state an average after a figure's marker group `s`.
static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let qual = format!("{}?", lexicon::alternation(lexicon::FIGURE_QUALIFIERS));
    let per = r"(?:a|an|per|each|every|for each|for every|apiece|a head|per head|per person|per capita)\b";
    [
        // an average of S a game; on average S each
        format!(r"\b(?:an average|on average|the average) (?:of )?{qual}{{N:s}}(?: [a-z]+)? {per}"),
        // 24 goals in 30 games, a rate of 0.8 a game; a strike rate of 0.8 a match (a
        // word after "a" or "per": "a rate of 40 per 100,000" is a rate per so many)
        format!(r"\ban? (?:[a-z-]+ )?rate of {qual}{{N:s}}(?: [a-z]+)? (?:a|an|per|each|every) [a-z]"),
        // each of the 3,000 households will receive £150, at a cost of £450,000
        // (the total named as what it all costs: "while the manager gets £20,000" is no total)
        format!(r"\beach of (?:the |its |their )?#n\d+#(?: [a-z'-]+){{0,4}}? (?:will |would |is to |are to )?(?:receive|receives|received|get|gets|got|be paid|be given|is paid|are paid|was paid|were paid) {qual}{{N:s}}(?: [a-z'-]+){{0,4}}?,? (?:at a (?:total )?cost of|costing|a total of|totalling|in all,?|worth) (?:about |around |some |nearly |almost |more than )?#m\d+#"),
        // averaging S a day
        format!(r"\baverag(?:ing|ed|es) {qual}{{N:s}} {per}"),
        // averaged S across N games; an average of S over N days (the count after it)
        format!(r"\b(?:averag(?:ing|ed|es)|an average of|on average) {qual}{{N:s}} (?:across|over|in|from) (?:the |its |their |his |her )?(?:last |past |first )?#n\d+#"),
        // T, or S each; T, or S for every one of the N
        format!(r", or {qual}{{N:s}} (?:each|apiece|a head|per head|per person|per capita|for every|for each)\b"),
        // T on N beds, about S a bed; T for N homes, S each: an aside naming the count's
        // own noun (or "each"), which closes the sentence or its clause
        format!(r"(?:, | - | \()(?:or )?{qual}{{N:s}} (?:(?:a|an|per) (?P<per>[a-z]+)|each|apiece)(?:[.,;)]| -|$)"),
        // T shared among N schools, giving each S; T for N clubs, each receiving S; with
        // each getting S: the share each one gets, closing its clause
        format!(r"(?:, | - )(?:giving|handing|paying|leaving|allotting) (?:each|every one|each one)(?: of them)? {qual}{{N:s}}(?:[.,;)]| -|$)"),
        format!(r"(?:, | - |, with )(?:each|every one|each one)(?: of them)? (?:receiving|getting|given|paid|awarded|allotted|due) {qual}{{N:s}}(?:[.,;)]| -|$)"),
    ]
    .iter()
    .map(|p| crate::pattern::compile(p))
    .collect()
});

/// A count priced at so much each and the total it comes to: "230 trips at £24.60 each
/// would cost £5,658", "sold 400 tickets at £15 apiece, raising £6,000", "makes 230
/// journeys; at £24.60 each, that would cost £5,658". The three figures are named by
/// the words, so the sentence may hold others.
static PRICED_EACH: LazyLock<Regex> = LazyLock::new(|| {
    let qual = format!("{}?", lexicon::alternation(lexicon::FIGURE_QUALIFIERS));
    crate::pattern::compile(&format!(
        r"#n(?P<k>\d+)#(?: [a-z'-]+){{0,5}}?[;,]? at {qual}{{N:s}} (?:each|apiece|a head|per head|a time)(?:,| -)? (?:(?:that|this|it|they|which) )?(?:would |will |could )?(?:cost|costs|costing|pay|paying|raise|raises|raised|raising|bring in|brings in|brought in|bringing in|come to|comes to|came to|coming to|for a total of|a total of|totalling|totalled) {qual}{{N:t}}(?:[.,;)]| -|$)"
    ))
});

/// The [`Average`] of a count priced at so much each ([`PRICED_EACH`]), if `skel` has one.
fn priced_each(frames: &Frames<'_>, skel: &Skeleton<'_>) -> Option<Relation> {
    let cap = PRICED_EACH.captures(&skel.text)?;
    let (count, stated, total) = (
        skel.captured(&cap, "k")?,
        skel.captured(&cap, "s")?,
        skel.captured(&cap, "t")?,
    );
    if stated.kind != Kind::Money || !figure::comparable(stated, total) {
        return None;
    }
    Some(Relation::Average(Average {
        total: frames.id_of(total)?,
        count: frames.id_of(count)?,
        stated: frames.id_of(stated)?,
        either_way: false,
        periods: (1.0, 1.0),
        per: None,
    }))
}

/// Words without which no pattern can match.
static HINT: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::compile(
        r"average|averaging|each|apiece|a head|per head|per person|per capita|for every|\b(?:a|an|per) [a-z]+(?:[.,;)]| -|$)",
    )
});

/// An [`Average`] for a stated average in `skel` beside the one total and one count its
/// sentence gives.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    // the average and its two operands, or more figures when the total stands right
    // before the average and the count is the one its "a claim" names
    if skel.figs.len() < 3 || !HINT.is_match(&skel.text) {
        return;
    }
    if let Some(rel) = priced_each(frames, skel) {
        out.push(rel);
        return;
    }
    for re in PATTERNS.iter() {
        let Some(cap) = re.captures(&skel.text) else {
            continue;
        };
        let Some(stated) = skel.captured(&cap, "s") else {
            continue;
        };
        // ("employs 2,100 faculty, or about one for every 15 students": one of the total
        // to so many of another thing, a ratio, not an average)
        let ratio = cap
            .name("s")
            .and_then(|m| skel.text.get(m.end() + 1..))
            .is_some_and(|rest| {
                rest.starts_with(" for every #") || rest.starts_with(" for each #")
            });
        if ratio {
            continue;
        }
        let per = cap.name("per").map(|m| m.as_str());
        let mut others: Vec<&Claim> = skel
            .figs
            .iter()
            .copied()
            .filter(|f| f.start != stated.start)
            .collect();
        // ("runs 38 food banks, up from 31, and relies on 1,900 volunteers, an average of
        // 50 for each": the level a change came from is no operand)
        let now: Vec<&Claim> = others
            .iter()
            .copied()
            .filter(|c| !earlier_level(skel, c))
            .collect();
        if others.len() > 2 && now.len() == 2 {
            others = now;
        }
        // ("made 410,000 trips, 8% of the total, and spent an average of £190 each, or
        // about £78 million": a share is no operand of an average)
        let not_shares: Vec<&Claim> = others
            .iter()
            .copied()
            .filter(|c| c.kind != Kind::Percent)
            .collect();
        if others.len() > 2 && not_shares.len() == 2 {
            others = not_shares;
        }
        let plain = |c: &Claim| {
            frames
                .id_of(c)
                .and_then(|id| frames.get(id))
                .is_some_and(|f| {
                    !matches!(
                        f.frame.role,
                        Role::Change | Role::Multiple | Role::Conversion
                    ) && c.kind != Kind::Percent
                })
        };
        // the word after "a"/"per" that says what each average is of ("a game")
        let per_word = cap
            .name("s")
            // (past the marker's closing '#')
            .and_then(|m| skel.text.get(m.end() + 1..))
            .and_then(|rest| {
                let mut words = rest.split_whitespace();
                match words.next()? {
                    "a" | "an" | "per" | "each" | "every" => words.next(),
                    _ => None,
                }
            })
            .map(|w| w.trim_matches(|ch: char| !ch.is_ascii_alphabetic()));
        let (a, b) = match others.as_slice() {
            [a, b] => {
                if !plain(a) || !plain(b) {
                    return;
                }
                (*a, *b)
            }
            _ => match named_operands(skel, &cap, stated, &others, per_word) {
                Some((total, count)) if plain(total) => (total, count),
                _ => return,
            },
        };
        if !plain(stated) {
            return;
        }
        let count = |c: &Claim| c.kind == Kind::Number;
        // a total of the average's kind and a count: for money, the money is the total
        let (total, count_fig, either_way) = if stated.kind == Kind::Money {
            match (figure::comparable(a, stated), figure::comparable(b, stated)) {
                (true, false) if count(b) => (a, b, false),
                (false, true) if count(a) => (b, a, false),
                _ => return,
            }
        } else if stated.kind == Kind::Number && count(a) && count(b) {
            // "213 goals in 317 games, an average of 0.67 a game": the count is the one
            // the "a game" names; else either may be the total, and the larger is shown
            // as it ("995,600 divided by 19")
            let named = |c: &Claim| per_word.is_some_and(|p| figure::counts(c, p));
            if named(a) && !named(b) {
                (b, a, false)
            } else if named(b) && !named(a) {
                (a, b, false)
            } else if a.value.unwrap_or(0.0) >= b.value.unwrap_or(0.0) {
                (a, b, true)
            } else {
                (b, a, true)
            }
        } else {
            return;
        };
        // "3,000 jobs will pay an average of $28 an hour, twice the minimum wage of $14":
        // a rate over time, of no count here, and a "total" below its average is none
        let per_time = per_word.is_some_and(|p| {
            matches!(p, "hour" | "day" | "week" | "month" | "year")
                && !count_fig
                    .unit
                    .as_deref()
                    .is_some_and(|u| lexicon::same_lemma(u, p))
        });
        let below_its_average =
            !either_way && matches!((total.value, stated.value), (Some(t), Some(s)) if t < s);
        if per_time || below_its_average {
            continue;
        }
        // "£70,000 a bed": a bed of the beds counted, not "£90,000 a year" ("a head" is
        // one of any count)
        if per.is_some_and(|p| {
            p != "head"
                && !count_fig
                    .unit
                    .as_deref()
                    .is_some_and(|u| lexicon::same_lemma(u, p) || lexicon::both_workforce(u, p))
        }) {
            continue;
        }
        let ids = (
            frames.id_of(total),
            frames.id_of(count_fig),
            frames.id_of(stated),
        );
        if let (Some(total), Some(count), Some(stated)) = ids {
            out.push(Relation::Average(Average {
                total,
                count,
                stated,
                either_way,
                periods: (1.0, 1.0),
                per: None,
            }));
        }
        return;
    }
}

/// In a sentence of more figures, a money average's total and count when the copy names
/// both: the amount standing right before the average ("paid out £7.2m, an average of
/// £30 a claim") and the one count of what "a claim" names ("240,000 claims").
fn named_operands<'a>(
    skel: &Skeleton<'a>,
    cap: &regex::Captures<'_>,
    stated: &Claim,
    others: &[&'a Claim],
    per_word: Option<&str>,
) -> Option<(&'a Claim, &'a Claim)> {
    static AMOUNT_RIGHT_BEFORE: LazyLock<Regex> =
        LazyLock::new(|| crate::pattern::compile(r"#m(?P<t>\d+)#(?:,| -| \()? ?$"));
    if stated.kind != Kind::Money {
        return None;
    }
    let before = skel.text.get(..cap.get(0)?.start())?;
    let total = AMOUNT_RIGHT_BEFORE
        .captures(before)
        .and_then(|t| skel.captured(&t, "t"))?;
    let per = per_word?;
    // ("61,000 employees … $6,900 per worker": one workforce under two names)
    let counts_per = |c: &Claim| {
        figure::counts(c, per)
            || c.unit
                .as_deref()
                .is_some_and(|u| lexicon::both_workforce(u, per))
    };
    let mut named = others
        .iter()
        .filter(|c| c.kind == Kind::Number && counts_per(c) && !earlier_level(skel, c));
    let count = named.next()?;
    named.next().is_none().then_some((total, *count))
}

/// Whether `c` is the level a change came from ("doubled to 240,000, from 120,000", "38
/// food banks, up from 31"): no count now, and no operand of an average.
fn earlier_level(skel: &Skeleton<'_>, c: &Claim) -> bool {
    let marker = skel.figs.iter().position(|f| f.start == c.start);
    marker
        .and_then(|i| skel.before_marker(&i.to_string()))
        .is_some_and(|b| b.ends_with("from "))
}

/// The mismatch for an average that neither division of the two figures gives.
pub(crate) fn judge(frames: &Frames<'_>, rel: &Average) -> Option<Mismatch> {
    let (total, count, stated) = (
        frames.claim(rel.total)?,
        frames.claim(rel.count)?,
        frames.claim(rel.stated)?,
    );
    let (t, n, s) = (
        Interval::of(total, Tolerance::Arithmetic)?,
        Interval::of(count, Tolerance::Arithmetic)?,
        Interval::of(stated, Tolerance::Arithmetic)?,
    );
    // "three years" of months is 36 of them
    let n = Interval {
        lo: n.lo * rel.periods.0,
        hi: n.hi * rel.periods.1,
    };
    // a bound ("more than 800,000 savers") leaves the quotient open at one end
    if n.lo <= 0.0 || t.lo < 0.0 {
        return None;
    }
    let quotient = t.ratio(n)?;
    if quotient.overlaps(&s) {
        return None;
    }
    if rel.either_way && n.ratio(t).is_some_and(|q| q.overlaps(&s)) {
        return None;
    }
    // shown to three significant figures: "£600m ÷ 12" is £50m, not £49.958m to £50.042m
    let shown = Interval {
        lo: round_to(quotient.lo, 3),
        hi: round_to(quotient.hi, 3),
    };
    let computed = if !shown.hi.is_finite() {
        format!("at least {}", figure::amount(stated, shown.lo))
    } else if shown.lo <= 0.0 {
        format!("at most {}", figure::amount(stated, shown.hi))
    } else {
        amount_range(stated, shown)
    };
    // a total spread over a length is restated a year, a month, a week or a day
    let per = rel
        .per
        .as_deref()
        .map_or_else(String::new, |p| format!(" a {p}"));
    let m = Mismatch::computed(
        super::AVERAGE.id,
        stated.start..stated.end,
        format!("{} divided by {}", said(total), said_length(count)),
        format!("{computed}{per}"),
        Side::copy(format!("{}{per}", said(stated))),
    )
    .related(total, format!("the total, {}", said(total)))
    .related(
        count,
        if count.kind == Kind::Duration {
            format!("the length, {}", said_length(count))
        } else {
            format!("the count, {}", said(count))
        },
    )
    .note(format!(
        "computed {} ÷ {}, with {} and {}",
        figure::bare(total),
        figure::bare(count),
        reading(total),
        reading(count)
    ))
    .tolerance(
        Tolerance::Arithmetic,
        Some(format!("the stated average {}", reading(stated))),
    )
    .key([said(total), said(count), said(stated)]);
    Some(match (rel.per.as_deref(), count.unit.as_deref()) {
        (Some(per), Some(unit)) if rel.periods != (1.0, 1.0) => m.note(format!(
            "each of the {unit} read as {} {per}s",
            figure::range_text(
                Interval {
                    lo: rel.periods.0,
                    hi: rel.periods.1
                },
                figure::num
            )
        )),
        _ => m,
    })
}

/// A length as a message says it: "12 weeks" for the "12-week" of "a 12-week course", as
/// a reader would, and any other figure as the copy gives it.
fn said_length(c: &Claim) -> String {
    let text = said(c);
    if c.kind != Kind::Duration {
        return text;
    }
    match text.rsplit_once('-') {
        Some((n, unit)) if matches!(unit, "year" | "month" | "week" | "day" | "hour") => {
            let plural = if c.value == Some(1.0) { "" } else { "s" };
            format!("{n} {unit}{plural}")
        }
        _ => text,
    }
}

//! The noun a figure counts ("117,000 deportations"), and the words that look like one
//! but are not: verbs, adverbs, and the nouns a year qualifies ("the 2024 election").

use super::names::{capitalised, possessive_s};
use super::numeral::Cx;
use super::patterns::{month, not_unit, num_word};

use super::token::TokKind;

/// What a figure counts: the head of the noun phrase after it (`head`, tokens
/// `head.0..=head.1`, more than one for a hyphened compound such as "co-authors") and the
/// words between the figure and that head which describe it (`from..head.0`, none when
/// equal): "31 separate phishing campaigns" → "campaigns", described by "separate
/// phishing".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Counted {
    pub(super) from: usize,
    pub(super) head: (usize, usize),
}

impl Counted {
    /// The head noun lower-cased, as units are written ("mps" for "MPs").
    pub(super) fn unit(self, cx: &Cx) -> String {
        let unit = span_lower(cx, self.head.0, self.head.1);
        // "300 km/h": a spaced length glued to its time is a speed, as "300km/h" is
        match super::scan::speed_unit(cx, &unit, self.head.1 + 1) {
            Some((speed, _)) => speed,
            None => unit,
        }
    }

    /// The describing words lower-cased, white space folded; `None` when there are none.
    /// (A hyphen that joined them to the head is dropped: "square" of "square-foot".)
    pub(super) fn describes(self, cx: &Cx) -> Option<String> {
        (self.from < self.head.0).then(|| {
            let mut words = span_lower(cx, self.from, self.head.0 - 1);
            if words.ends_with('-') {
                words.pop();
            }
            words
        })
    }
}

/// The text of tokens `a..=b` lower-cased, each run of white space one space.
fn span_lower(cx: &Cx, a: usize, b: usize) -> String {
    let (from, to) = (
        cx.toks.get(a).map_or(0, |t| t.start()),
        cx.toks.get(b).map_or(0, |t| t.end()),
    );
    let mut out = String::with_capacity(to.saturating_sub(from));
    for i in a..=b {
        if i > a && !cx.glued(i) {
            out.push(' ');
        }
        out.extend(cx.text(i).chars().map(|c| c.to_ascii_lowercase()));
    }
    out
}

/// The noun phrase a figure of `value` quantifies, from the token at `k` just after the
/// figure, walked to its head: the words that describe a noun (adjectives, participles,
/// nouns used as modifiers, proper names, hyphened compounds, "top 20") are passed over,
/// and the phrase ends at a preposition, determiner, conjunction, verb, number or clause
/// mark. A count above one ends at its first plural noun unless another plural noun
/// follows it ("12 sports clubs"), so a verb after the noun ("40 workers lose jobs") is
/// never read as part of the phrase; a single thing or a rank ends at the last noun
/// before the phrase ends ("her 3rd studio album"), or at a word of time a rank names
/// ("the 19th century church" counts centuries).
pub(super) fn counted<'a>(cx: &Cx<'a>, k: usize, value: f64, ordinal: bool) -> Option<Counted> {
    // "a 36-page report": the noun hyphened onto the figure.
    if cx.text(k) == "-" && cx.glued(k) && cx.glued(k + 1) {
        // "80-odd resorts", "40-plus years": a word of approximation hyphened on; the
        // phrase goes on after it.
        if cx
            .word(k + 1)
            .is_some_and(|w| matches!(w.as_str(), "odd" | "plus" | "something"))
        {
            return counted(cx, k + 2, value, ordinal);
        }
        // "their first-ever win": the rank goes on to the noun after "ever"
        if ordinal && cx.is(k + 1, "ever") {
            return counted(cx, k + 2, value, ordinal);
        }
        // A rank hyphened on makes an adjective ("first-time buyers", "second-hand
        // cars"), but for a part of a period or a contest it ranks: "the 19th-century
        // church", "third-quarter profit", "a first-round exit".
        if ordinal {
            let w = cx.lower(k + 1);
            return (rank_noun(w.as_str()) && w.as_str() != "time").then_some(Counted {
                from: k + 1,
                head: (k + 1, k + 1),
            });
        }
        // "a 2,000-square-foot house": the unit of area, a length described as square
        // (as "2,000 square feet" is read).
        if let Some(last) = area_unit_end(cx, k + 1) {
            return Some(Counted {
                from: k + 1,
                head: (last, last),
            });
        }
        // "a 10-point lead", "a five-point plan": points, which a spaced "point" after a
        // figure never counts ("three point five")
        if cx.is(k + 1, "point") {
            return Some(Counted {
                from: k + 1,
                head: (k + 1, k + 1),
            });
        }
        // "a 40-strong squad", "a 1,500-strong workforce": the figure is the size of the
        // group the noun after names, one group
        if !ordinal && cx.is(k + 1, "strong") && !cx.glued(k + 2) {
            return counted(cx, k + 2, value, false);
        }
        let n = noun_from(cx, k + 1)?;
        let w = cx.lower(n);
        return (!hyphened_adjective(w.as_str())).then_some(Counted {
            from: n,
            head: (n, n),
        });
    }
    if cx.glued(k) {
        return None;
    }
    // "their second ever win": "ever" after a rank only stresses it
    if ordinal && cx.is(k, "ever") {
        return counted(cx, k + 1, value, ordinal);
    }
    // "her majority of 4,567 cut to 890", "20 hit by the storm", "a record of 10.49 set
    // in 1988": a verb spelt as a noun,
    // told by the word after it ("the first set to Roddick" ranks a set, and "a top 10
    // hit in 1970" is one hit: an article before the figure makes it a noun)
    let after_an_article = || {
        (k.saturating_sub(4)..k.saturating_sub(1))
            .rev()
            .take_while(|&j| cx.kind(j) == Some(TokKind::Word) && !cx.is(j, "of"))
            .any(|j| cx.is(j, "a") || cx.is(j, "an"))
    };
    if !ordinal
        && cx
            .word(k)
            .is_some_and(|w| matches!(w.as_str(), "cut" | "hit" | "set" | "put" | "shut" | "split"))
        && cx.word(k + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "to" | "by"
                    | "from"
                    | "back"
                    | "off"
                    | "down"
                    | "out"
                    | "at"
                    | "in"
                    | "on"
                    | "during"
                    | "last"
                    | "this"
                    | "when"
                    | "after"
                    | "before"
            )
        })
        && !after_an_article()
    {
        return None;
    }
    // "a 500 sq km reserve", "a 20 square mile zone": the unit of area, whatever noun
    // follows it (as "2,000 square feet" is read)
    if cx
        .word(k)
        .is_some_and(|w| matches!(w.as_str(), "square" | "sq" | "cubic"))
        && !cx.glued(k + 1)
        && cx.word(k + 1).is_some_and(|w| length_unit(w.as_str()))
    {
        return Some(Counted {
            from: k,
            head: (k + 1, k + 1),
        });
    }
    // "a 4,200 MW plant", "5 kg heavier", "2.4 GHz": a unit of measure written apart from
    // its digits is the unit, as when glued ("4,200MW"), whatever noun follows it
    if !ordinal && super::patterns::spaced_measure_unit(cx.text(k)) {
        return Some(Counted {
            from: k,
            head: (k, k),
        });
    }
    // "a 60 strong investigation team": "-strong" with its hyphen left out
    if !ordinal && cx.is(k, "strong") && cx.kind(k + 1) == Some(TokKind::Word) && !cx.glued(k + 1) {
        return counted(cx, k + 1, value, false);
    }
    // "80 m/s": a spaced "m" glued to a time is metres a second, as "80m/s" is (alone, a
    // spaced "m" is millions as often as metres)
    if cx.is(k, "m") && super::scan::speed_unit(cx, "m", k + 1).is_some() {
        return Some(Counted {
            from: k,
            head: (k, k),
        });
    }
    // (a part of one takes the plural too: "0.5 litres", "nine out of 10 dentists")
    let many = (value > 1.0 || value > 0.0 && value < 1.0) && !ordinal;
    // "their first win", "a third straight win": after a rank, "win" is a noun; "three
    // away goals", "their first home win": "home" and "away" describe the noun after.
    let compound_at = |cx: &Cx<'a>, i: usize| {
        compound_at(cx, i).map(|mut w| {
            match w.key.as_str() {
                "win" if ordinal => w.class = Class::Noun { plural: false },
                "home" | "away" if w.last == i => w.class = Class::Modifier,
                _ => {}
            }
            w
        })
    };
    let mut i = k;
    // The last word that could be the head, if the phrase ends after it.
    let mut last_noun: Option<(usize, usize)> = None;
    // Each word is classed once: the one after it is read as `next` and kept.
    let mut word = compound_at(cx, k);
    for _ in 0..MAX_PHRASE_WORDS {
        let Some(w) = word.take() else {
            break;
        };
        // "one in five new homes meets the standard": a verb in -s after the first word
        // ("250 meets" counts meets)
        if w.class == Class::Stop || i != k && third_person_verb(w.key.as_str()) {
            break;
        }
        // "the first Christmas single using the whole formula": a word in -ing with an
        // object after it starts a clause about the head
        if i != k
            && w.key.as_str().ends_with("ing")
            && (object_follows(cx, w.last + 1) || cx.is(w.last + 1, "a") || cx.is(w.last + 1, "an"))
        {
            break;
        }
        // "a 161-strong majority cut to 14", "a 20-strong squad hit by injury": a verb
        // spelt as a noun after the head, told by "to" or "by" after it
        if i != k
            && matches!(w.key.as_str(), "cut" | "hit" | "set" | "put" | "split")
            && (cx.is(w.last + 1, "to") || cx.is(w.last + 1, "by"))
        {
            break;
        }
        let end = w.last;
        if w.class == Class::TopN {
            last_noun = None;
            i = end + 2;
            word = compound_at(cx, i);
            continue;
        }
        let next = compound_at(cx, end + 1);
        let next_class = next.as_ref().map(|n| n.class);
        match w.class {
            Class::Stop | Class::TopN => break,
            Class::Modifier => {
                if next_class.is_none_or(|c| c == Class::Stop) {
                    // "the third year running": a word after the head that ends the
                    // phrase keeps it; "her 2nd reading by": a rank's last word in -ing
                    // is its head.
                    if last_noun.is_none() && !many && w.key.as_str().ends_with("ing") {
                        last_noun = Some((i, end));
                    }
                    break;
                }
                last_noun = None;
            }
            Class::Noun { plural } => {
                last_noun = Some((i, end));
                if ordinal && rank_noun(w.key.as_str()) {
                    break;
                }
                let plural_next = matches!(next_class, Some(Class::Noun { plural: true }));
                if many && plural && !plural_next {
                    break;
                }
                // "each of the eight teams plays 14 matches": a word in -s after a plural
                // head, with an object after it, is the verb ("two sports cars" goes on).
                if many
                    && plural
                    && plural_next
                    && next
                        .as_ref()
                        .is_some_and(|n| object_follows(cx, n.last + 1))
                {
                    break;
                }
                // "six in 10 use it daily": a singular word after a plural count, with a
                // pronoun as its object, is the verb; nothing is counted.
                if many && !plural && object_pronoun(cx, end + 1) {
                    last_noun = None;
                    break;
                }
                // "a dozen run late", "20 arrive daily": a singular word after a plural
                // count, with an adverb after it, is the verb ("20 staff work late"
                // counts staff, who are many)
                if many
                    && !plural
                    && i == k
                    && adverb_of_manner(cx, end + 1)
                    && !matches!(
                        w.key.as_str(),
                        "staff"
                            | "people"
                            | "police"
                            | "personnel"
                            | "crew"
                            | "cattle"
                            | "sheep"
                            | "deer"
                            | "fish"
                            | "aircraft"
                            | "children"
                            | "men"
                            | "women"
                            | "youth"
                    )
                {
                    last_noun = None;
                    break;
                }
                // "one person dies every hour", "her 7th album sells well": a verb in -s
                // after a single thing ("the fifth telecoms deal" goes on).
                if !many
                    && plural_next
                    && !matches!(
                        next.as_ref()
                            .and_then(|n| compound_at(cx, n.last + 1))
                            .map(|n| n.class),
                        Some(Class::Noun { .. })
                    )
                {
                    break;
                }
            }
            Class::Proper { plural } => {
                // "the fourth seed Ana Ruiz", "her second album Thriller": a name after
                // a head that names a person or a work is in apposition to it.
                if !many
                    && last_noun.is_some_and(|(_, b)| named_in_apposition(cx.lower(b).as_str()))
                {
                    break;
                }
                last_noun = plural.then_some((i, end));
                // "the 21st Century involves": a rank's word of time, capitalised.
                if ordinal && rank_noun(w.key.as_str()) {
                    last_noun = Some((i, end));
                    break;
                }
                // "12 Beatles songs", "10 Airbus jets", "15 Champions League goals": a
                // name that reads as plural describes the plural noun after it.
                if many && plural && !plural_noun_follows(cx, end + 1) {
                    break;
                }
            }
        }
        i = end + 1;
        word = next;
    }
    let head = last_noun?;
    // "well above the 200,000 economists had forecast": those who forecast the figure,
    // not what it counts
    if head.0 == k && forecast_by(cx, head.1) {
        return None;
    }
    // "down from 12,000 overnight", "two million worldwide", "200 abroad": an adverb
    // alone after the figure counts nothing ("three online journalists" counts the
    // noun after it)
    if head == (k, k) && adverb_like_noun(cx.lower(k).as_str()) {
        return None;
    }
    Some(Counted { from: k, head })
}

/// Whether the word ending at `last` names forecasters whose forecast closes the clause
/// after it ("the 200,000 economists had forecast", "the 3.1% analysts expected"): the
/// figure is their forecast of an unnamed quantity.
fn forecast_by(cx: &Cx, last: usize) -> bool {
    let forecasters = cx.word(last).is_some_and(|w| {
        matches!(
            w.as_str(),
            "economists"
                | "analysts"
                | "forecasters"
                | "experts"
                | "markets"
                | "traders"
                | "investors"
                | "pollsters"
                | "strategists"
                | "observers"
        )
    });
    if !forecasters {
        return false;
    }
    let mut k = last + 1;
    while cx.word(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "had" | "have" | "has" | "were" | "been" | "widely"
        )
    }) {
        k += 1;
    }
    let verb = cx.word(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "expected"
                | "forecast"
                | "forecasted"
                | "predicted"
                | "estimated"
                | "anticipated"
                | "projected"
                | "expecting"
                | "predicting"
                | "forecasting"
        )
    });
    verb && (cx.kind(k + 1) != Some(TokKind::Word) || cx.is(k + 1, "and") || cx.is(k + 1, "but"))
}

/// Whether token `k` starts what only a verb's object starts: a figure, "the", a
/// possessive or an object pronoun ("plays 14 matches", "runs the", "wins its"). A noun
/// phrase may run on after a plural ("sports cars", "news reports"); it never runs into
/// these. ("This", "every" and the like also start phrases of time: "medals this
/// summer".)
fn object_follows(cx: &Cx, k: usize) -> bool {
    !cx.glued(k)
        && (cx.kind(k) == Some(TokKind::Num)
            || cx
                .word(k)
                .is_some_and(|w| matches!(w.as_str(), "the" | "its" | "their" | "his" | "our"))
            || object_pronoun(cx, k))
}

/// Whether token `k` is an adverb that follows a verb ("run late", "arrive daily",
/// "work overnight"), which no noun of a counted phrase is followed by.
fn adverb_of_manner(cx: &Cx, k: usize) -> bool {
    !cx.glued(k)
        && cx.word(k).is_some_and(|w| {
            let w = w.as_str();
            matches!(
                w,
                "late"
                    | "early"
                    | "daily"
                    | "weekly"
                    | "monthly"
                    | "overnight"
                    | "again"
                    | "together"
                    | "alone"
                    | "abroad"
            ) || w.len() > 5 && w.ends_with("ly") && !matches!(w, "family" | "assembly" | "supply")
        })
}

/// Whether token `k` is an object pronoun ("use it", "want them"), which no word of a
/// counted phrase is followed by. In lower case: "US" is a name.
fn object_pronoun(cx: &Cx, k: usize) -> bool {
    !cx.glued(k) && matches!(cx.text(k), "it" | "them" | "him" | "us" | "me")
}

/// Whether the capitalised words from `k` (one to three) are a brand, party, prize or
/// people describing what a figure counts rather than a name the figure is part of: a
/// plural noun ends them ("54 Boeing jets", "62 Labour rebels", "all 20 Premier League
/// clubs", "6 Tory MPs"). An address ("10 Downing Street staff") stays a name, and so
/// does a name followed by a verb in -s and its object ("50 Cent scores a hit").
pub(super) fn name_describes_count(cx: &Cx, k: usize) -> bool {
    let mut i = k;
    // (a model counts as one word of the name: "Boeing 737-800" is three tokens)
    let mut words = 0;
    while words <= MAX_NAME_WORDS {
        words += 1;
        if cx.glued(i) {
            return false;
        }
        let Some(w) = cx.word(i) else {
            // "20 Boeing 737-800 jets": the model describes what follows it
            if let Some(end) = model_name(cx, i).filter(|_| i > k) {
                i = end + 1;
                continue;
            }
            // "20 Boeing 787s", "12 Airbus A380s"
            return i > k && model_plural(cx, i) && ends_a_count(cx, i + 1);
        };
        let w = w.as_str();
        if address_word(w) {
            return false;
        }
        if capitalised(cx.text(i)) {
            // "50 First Dates" is a title.
            if num_word(w).is_some() {
                return false;
            }
            // "6 Tory MPs": a plural of capitals after the name is what is counted (a
            // plural word in title case may be a title or a person: "8 Simple Rules",
            // "7 Serena Williams").
            if i > k && capitals_plural(cx.text(i)) && ends_a_count(cx, i + 1) {
                return true;
            }
            i += 1;
            continue;
        }
        // (plural by its -s: "aircraft" may be one, as in "its 787 Dreamliner aircraft";
        // people are never one: "3,000 Northmere staff", "40 Wessex police")
        let people = matches!(
            w,
            "people" | "staff" | "police" | "children" | "men" | "women"
        );
        return i > k
            && (plural(w) && word_class(w) == (Class::Noun { plural: true }) || people)
            && ends_a_count(cx, i + 1);
    }
    false
}

/// Whether token `i` is a maker's model in the plural after its name: "Boeing 787s",
/// "Airbus A380s" (a decade, "the 1990s", follows no name).
fn model_plural(cx: &Cx, i: usize) -> bool {
    let t = cx.text(i).as_bytes();
    cx.kind(i) == Some(TokKind::Mixed)
        && i > 0
        && !cx.glued(i)
        && cx.kind(i - 1) == Some(TokKind::Word)
        && capitalised(cx.text(i - 1))
        && t.len() >= 3
        && t.last() == Some(&b's')
        && t.get(t.len() - 2).is_some_and(u8::is_ascii_digit)
}

/// Where a maker's model after its name ends when one starts at `i`: "Airbus A320",
/// "Boeing B52", "Boeing 737", "Boeing 737-800", "Airbus A320-200". Digits alone count
/// as a model only as a plain group of three or four ("the Labour 32" is no model).
fn model_name(cx: &Cx, i: usize) -> Option<usize> {
    let t = cx.text(i).as_bytes();
    let after_maker = i > 0
        && !cx.glued(i)
        && cx.kind(i - 1) == Some(TokKind::Word)
        && (capitalised(cx.text(i - 1)) || camel_cased(cx.text(i - 1)));
    let lettered = cx.kind(i) == Some(TokKind::Mixed)
        && t.first().is_some_and(u8::is_ascii_uppercase)
        && t.iter().any(u8::is_ascii_digit)
        && t.last() != Some(&b's');
    // (one or two digits only with the plural they describe after them: "4,000 iPhone
    // 15 handsets", "300 PlayStation 5 consoles")
    let numbered = cx.kind(i) == Some(TokKind::Num)
        && t.iter().all(u8::is_ascii_digit)
        && ((3..=4).contains(&t.len())
            || t.len() <= 2
                && !cx.glued(i + 1)
                && cx
                    .word(i + 1)
                    .is_some_and(|w| word_class(w.as_str()) == (Class::Noun { plural: true })));
    // a variant after a hyphen: "737-800", "A320-200"
    let variant = matches!(cx.text(i + 1), "-" | "–")
        && cx.glued(i + 1)
        && cx.glued(i + 2)
        && matches!(cx.kind(i + 2), Some(TokKind::Num | TokKind::Mixed));
    // Inside a count's noun phrase a numbered variant is a model even with no maker
    // named: "20 new 737-800 jets" (no range sits between a count and its noun).
    let unnamed_variant = numbered && variant && i > 0 && !cx.glued(i);
    if !(after_maker && (lettered || numbered) || unnamed_variant) {
        return None;
    }
    Some(if variant { i + 2 } else { i })
}

/// Whether `t` is a brand written with a lower-case first letter and a capital second
/// ("iPhone", "eBay"), a maker's name as a capitalised word is.
fn camel_cased(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() > 2 && b[0].is_ascii_lowercase() && b[1].is_ascii_uppercase()
}

/// Whether the dashed digits at `first` are a model inside the noun phrase of a count
/// just before them ("20 new 737-800 jets", "five more 747-400 freighters"), not a range.
pub(super) fn model_of_count_before(cx: &Cx, first: usize) -> bool {
    let mut j = first;
    for _ in 0..3 {
        if j == 0 || cx.glued(j) {
            return false;
        }
        j -= 1;
        if cx.kind(j) == Some(TokKind::Num) {
            break;
        }
        if !cx.word(j).is_some_and(|w| describing_word(w.as_str())) {
            return false;
        }
    }
    let count = cx.text(j);
    let year = count.len() == 4 && (count.starts_with("19") || count.starts_with("20"));
    cx.kind(j) == Some(TokKind::Num)
        && !year
        && counted(cx, j + 1, 2.0, false).is_some_and(|c| c.head.1 > first)
}

/// Whether the variant that ends a model at `end` is in the plural: the "400s" of
/// "747-400s".
fn model_plural_end(cx: &Cx, end: usize) -> bool {
    let t = cx.text(end).as_bytes();
    cx.kind(end) == Some(TokKind::Mixed)
        && t.len() >= 2
        && t.last() == Some(&b's')
        && t.get(t.len() - 2).is_some_and(u8::is_ascii_digit)
}

/// The last token of a unit of area or volume hyphened on at `i`: "square-foot",
/// "cubic-metre".
fn area_unit_end(cx: &Cx, i: usize) -> Option<usize> {
    let power = cx.word(i)?;
    let hyphened = cx.text(i + 1) == "-" && cx.glued(i + 1) && cx.glued(i + 2);
    if !matches!(power.as_str(), "square" | "sq" | "cubic") || !hyphened {
        return None;
    }
    let unit = i + 2;
    cx.word(unit)
        .is_some_and(|w| length_unit(w.as_str()))
        .then_some(unit)
}

/// The units of length an area or volume is built from.
fn length_unit(w: &str) -> bool {
    matches!(
        w,
        "mile"
            | "miles"
            | "metre"
            | "metres"
            | "meter"
            | "meters"
            | "kilometre"
            | "kilometres"
            | "kilometer"
            | "kilometers"
            | "centimetre"
            | "centimetres"
            | "foot"
            | "feet"
            | "yard"
            | "yards"
            | "inch"
            | "inches"
            | "km"
            | "m"
            | "ft"
            | "mi"
            | "yd"
            | "yds"
            | "cm"
    )
}

/// The most capitalised words a name describing a count runs to ("Britannia Building
/// Society").
const MAX_NAME_WORDS: usize = 3;

/// Words that end a street address: the digits before the name are its number.
fn address_word(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "road"
            | "avenue"
            | "lane"
            | "square"
            | "place"
            | "drive"
            | "way"
            | "close"
            | "terrace"
            | "crescent"
            | "court"
            | "gardens"
            | "boulevard"
    )
}

/// Whether the token at `k` may follow a plural noun that ends a counted phrase: not
/// the article, possessive or singular noun that would make the word before it a verb
/// with its object ("scores a hit", "runs the label", "ends feud").
fn ends_a_count(cx: &Cx, k: usize) -> bool {
    if cx.glued(k) {
        return true;
    }
    !cx.word(k).is_some_and(|w| {
        let w = w.as_str();
        matches!(
            w,
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "this" | "these" | "number"
        ) || !capitalised(cx.text(k))
            && !ADVERBS_LIKE_NOUNS.contains(&w)
            && word_class(w) == (Class::Noun { plural: false })
    })
}

/// Words read as nouns that say how, where or when after a plural ("1,943 British adults
/// online"), not the object of a verb, and alone after a figure count nothing ("12,000
/// overnight").
const ADVERBS_LIKE_NOUNS: &[&str] = &[
    "online",
    "abroad",
    "overseas",
    "home",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "apiece",
    "each",
    "alone",
    "together",
    "instead",
    "last",
    "next",
    "worldwide",
    "nationwide",
    "overnight",
    "elsewhere",
    "upstairs",
    "downstairs",
    "indoors",
    "outdoors",
];

/// Whether `w` is one of [`ADVERBS_LIKE_NOUNS`]: after a figure it ends the phrase, so a
/// count left bare there may take a neighbour's noun ("3,500 homes … from 12,000
/// overnight").
pub(super) fn adverb_like_noun(w: &str) -> bool {
    ADVERBS_LIKE_NOUNS.contains(&w)
}

/// "MPs", "CSOs": capitals made plural.
pub(super) fn capitals_plural(t: &str) -> bool {
    t.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Nouns of one person or work that a name after them restates ("fourth seed Ana
/// Ruiz", "her third album Final Straw", "her third husband Marc Anthony").
fn named_in_apposition(w: &str) -> bool {
    matches!(
        w,
        "seed"
            | "album"
            | "single"
            | "song"
            | "film"
            | "movie"
            | "novel"
            | "book"
            | "husband"
            | "wife"
            | "son"
            | "daughter"
            | "child"
            | "wicket"
    )
}

/// Whether a lower-case plural noun follows at `k`, maybe after up to two words that
/// describe it ("Beatles songs", "Texas bank accounts", "Narcotics Anonymous meetings").
fn plural_noun_follows(cx: &Cx, k: usize) -> bool {
    let mut i = k;
    for _ in 0..3 {
        let Some(w) = compound_at(cx, i) else {
            return false;
        };
        match w.class {
            Class::Noun { plural: true } => return true,
            Class::Noun { plural: false } | Class::Modifier | Class::Proper { plural: false } => {
                i = w.last + 1;
            }
            _ => return false,
        }
    }
    false
}

/// The most words a counted noun phrase runs to after its figure ("80 mostly young
/// Labour activists" is five); a longer run is not one phrase.
const MAX_PHRASE_WORDS: usize = 6;

/// What a word after a figure can be in the noun phrase the figure quantifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// It ends the phrase: a preposition, determiner, verb, number, clause mark.
    Stop,
    /// It only describes what follows: "separate", "newly", "home-grown", "phishing".
    Modifier,
    /// "top 20", "top 10": a chart or table position describing what follows.
    TopN,
    /// A lower-case word that can be the head.
    Noun { plural: bool },
    /// A capitalised word: a proper name describing what follows ("four Olivier
    /// awards"), the head only when plural ("50 Tory MPs").
    Proper { plural: bool },
}

/// One word of a noun phrase, with the tokens of a hyphened compound joined: its last
/// token, its class, and the lower-cased last part that decides it ("authors" of
/// "co-authors").
struct Word<'a> {
    last: usize,
    class: Class,
    key: super::patterns::Lower<'a>,
}

/// The word (or hyphened compound) at `i` and what it is in a noun phrase.
fn compound_at<'a>(cx: &Cx<'a>, i: usize) -> Option<Word<'a>> {
    match cx.kind(i) {
        Some(TokKind::Word) => {}
        Some(TokKind::Mixed) if model_plural(cx, i) => {
            return Some(Word {
                last: i,
                class: Class::Noun { plural: true },
                key: cx.lower(i),
            })
        }
        Some(TokKind::Mixed | TokKind::Num | TokKind::Punct) | None => {
            // "30 Airbus A320 planes", "20 Boeing 737-800 jets": a model after its maker
            // describes the noun
            let (last, class) = match model_name(cx, i) {
                // "20 747-400s": a variant in the plural is what is counted
                Some(end) if end > i && model_plural_end(cx, end) => {
                    (end, Class::Noun { plural: true })
                }
                Some(end) => (end, Class::Modifier),
                None => (i, Class::Stop),
            };
            return Some(Word {
                last,
                class,
                key: cx.lower(i),
            });
        }
    }
    if i > 0 && cx.glued(i) && cx.kind(i - 1) != Some(TokKind::Punct) {
        return None;
    }
    // "1,500 U.S. troops", "14 U.N. inspectors": an initialism set with points describes
    // the noun after it, as "UK" does in "3,000 UK jobs"; it is never the head.
    if let Some(last) = dotted_initialism_end(cx, i) {
        return Some(Word {
            last,
            class: Class::Modifier,
            key: cx.lower(i),
        });
    }
    let mut last = i;
    while cx.text(last + 1) == "-"
        && cx.glued(last + 1)
        && cx.glued(last + 2)
        && cx.kind(last + 2) == Some(TokKind::Word)
    {
        last += 2;
    }
    let key = cx.lower(last);
    let k = key.as_str();
    let first = cx.lower(i);
    let class = if last > i {
        compound_class(first.as_str(), k)
    } else if cx.is(i, "top") && cx.kind(i + 1) == Some(TokKind::Num) {
        Class::TopN
    } else if capitalised(cx.text(i)) {
        proper_class(cx.text(i), k)
    } else {
        word_class(k)
    };
    Some(Word { last, class, key })
}

/// Where an initialism set with points ("U.S.", "U.K.", "E.U.") that starts at token `i`
/// ends: the index of its last point. Two letters at least, each a capital alone,
/// each followed by a point, all glued.
fn dotted_initialism_end(cx: &Cx, i: usize) -> Option<usize> {
    let letter = |j: usize| {
        cx.kind(j) == Some(TokKind::Word)
            && matches!(cx.text(j).as_bytes(), [c] if c.is_ascii_uppercase())
    };
    let point = |j: usize| cx.text(j) == "." && cx.glued(j);
    let mut last = i;
    let mut letters = 0;
    while letter(last) && point(last + 1) {
        letters += 1;
        last += 1;
        if !(letter(last + 1) && cx.glued(last + 1)) {
            break;
        }
        last += 1;
    }
    (letters >= 2).then_some(last)
}

/// A hyphened compound: a noun when its last part is one and it is no describing form
/// ("co-authors", "walk-ins"), else it describes ("home-grown", "low-income", "full-time").
fn compound_class(first: &str, last: &str) -> Class {
    if not_unit(last) || describing_end(last) || hyphened_adjective(last) {
        return Class::Modifier;
    }
    if month(first) {
        return Class::Stop;
    }
    // "billion-dollar", "two-year", "first-time": an amount or rank made an adjective.
    if num_word(first).is_some() {
        return Class::Modifier;
    }
    match word_class(last) {
        Class::Noun { plural } => Class::Noun { plural },
        _ => Class::Modifier,
    }
}

/// A capitalised word after a figure: a month or number word ends the phrase; a plural
/// ("MPs", "Democrats", "Tests") may be the head; anything else is a name describing it.
fn proper_class(text: &str, lower: &str) -> Class {
    if month(lower) || num_word(lower).is_some() || not_unit(lower) || weekday_like(lower) {
        return Class::Stop;
    }
    Class::Proper {
        plural: proper_plural(text),
    }
}

/// Whether a capitalised word reads as plural: "Democrats", "Tories", "MPs", "Iraqis",
/// but not a name in -us or -ss ("Airbus", "Venus", "Ross"). ("Texas" reads as plural:
/// what follows it decides, as in "two Texas bank accounts".)
fn proper_plural(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() > 2
        && b.last() == Some(&b's')
        && !matches!(b.get(b.len() - 2), Some(b'u' | b's' | b'\''))
        && !possessive_s(text)
}

fn weekday_like(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// A lower-case word after a figure.
fn word_class(w: &str) -> Class {
    let fraction_noun = matches!(w, "quarter" | "quarters" | "half" | "halves");
    if w.len() < 2
        || w.contains(['\'', '’'])
        || month(w)
        || (num_word(w).is_some() && !fraction_noun)
    {
        return Class::Stop;
    }
    if preposition(w) {
        return Class::Stop;
    }
    if describing_word(w) || adjective_form(w) || superlative(w) {
        return Class::Modifier;
    }
    if ly_noun(w) {
        return Class::Noun { plural: false };
    }
    if describing_end(w) {
        return Class::Modifier;
    }
    if not_unit(w) || verb_form(w) || matches!(w, "ones" | "one") {
        return Class::Stop;
    }
    Class::Noun {
        plural: plural(w) || plural_without_s(w),
    }
}

/// Verbs in -s that agree with "one" in "one in five homes meets", never the noun of a
/// phrase past its first word.
fn third_person_verb(w: &str) -> bool {
    matches!(
        w,
        "meets"
            | "says"
            | "has"
            | "wants"
            | "takes"
            | "gets"
            | "sees"
            | "goes"
            | "comes"
            | "gives"
            | "believes"
            | "agrees"
            | "thinks"
            | "expects"
            | "earns"
            | "pays"
            | "owns"
            | "spends"
            | "receives"
            | "suffers"
            | "dies"
            | "lacks"
            | "relies"
            | "admits"
            | "opposes"
            | "knows"
            | "feels"
    )
}

/// Words in -ed, -ly and -ing that describe the noun after them ("injured", "elderly",
/// "phishing"); other words in -ed are verbs ("the three signed deals").
fn describing_end(w: &str) -> bool {
    (w.len() > 5
        && w.ends_with("ing")
        && !matches!(
            w,
            "including"
                | "according"
                | "during"
                | "following"
                | "excluding"
                | "regarding"
                | "concerning"
                | "involving"
                | "being"
        ))
        || (w.len() > 4 && w.ends_with("ly") && !ly_noun(w))
}

/// Prepositions and linking words the shared stop list leaves out: "2,600 across legal",
/// "40 within weeks".
fn preposition(w: &str) -> bool {
    time_adverb(w)
        || matches!(
            w,
            "across"
            | "within"
            | "despite"
            | "toward"
            | "towards"
            | "upon"
            | "via"
            | "beyond"
            | "throughout"
            | "amid"
            | "amongst"
            | "alongside"
            | "versus"
            | "vs"
            | "except"
            | "unlike"
            | "near"
            | "outside"
            | "inside"
            | "every"
            | "whose"
            | "whereas"
            | "although"
            | "though"
            | "because"
            | "unless"
            | "whether"
            | "well"
            | "still"
            | "even"
            | "yet"
            | "soon"
            | "often"
            | "ever"
            | "never"
            | "almost"
            | "nearly"
            // participles that work as prepositions: "230 according to figures"
            | "according"
            | "including"
            | "excluding"
            | "following"
            | "during"
            | "regarding"
            | "concerning"
        )
}

/// Adverbs of time that end a figure's phrase: "401 before and 601 afterwards".
pub(super) fn time_adverb(w: &str) -> bool {
    matches!(w, "afterwards" | "afterward" | "beforehand" | "meanwhile")
}

/// Superlatives, which describe ("the second biggest"), but for nouns in -est.
fn superlative(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("est")
        && !matches!(
            w,
            "interest"
                | "forest"
                | "request"
                | "protest"
                | "contest"
                | "harvest"
                | "inquest"
                | "arrest"
                | "conquest"
                | "manifest"
                | "bequest"
                | "tempest"
                | "behest"
                | "digest"
                | "unrest"
        )
}

/// Nouns and adjectives in -ly that are no adverbs: "three new supply contracts".
fn ly_noun(w: &str) -> bool {
    matches!(
        w,
        "family"
            | "supply"
            | "assembly"
            | "rally"
            | "ally"
            | "anomaly"
            | "monopoly"
            | "reply"
            | "butterfly"
            | "belly"
            | "jelly"
            | "lily"
            | "bully"
            | "melly"
            | "italy"
    )
}

/// Words that describe people and, with no noun after them, name them, as "the injured"
/// does: "120 injured", "1.2 million unemployed", "3,000 displaced". (Read after the
/// nouns a figure may borrow: "14 people were killed and 38 injured" counts people.)
pub(super) fn names_people(w: &str) -> bool {
    matches!(
        w,
        "dead"
            | "injured"
            | "wounded"
            | "unemployed"
            | "displaced"
            | "detained"
            | "missing"
            | "elderly"
            | "disabled"
            | "bereaved"
            | "evacuated"
            | "infected"
    )
}

/// Words of a form that only describes: participles used as adjectives before counted
/// things in news copy, and adjectives in -ly.
fn adjective_form(w: &str) -> bool {
    matches!(
        w,
        "injured"
            | "wounded"
            | "confirmed"
            | "suspected"
            | "registered"
            | "listed"
            | "damaged"
            | "seeded"
            | "elected"
            | "qualified"
            | "unemployed"
            | "retired"
            | "stolen"
            | "detained"
            | "displaced"
            | "missing"
            | "reported"
            | "recorded"
            | "named"
            | "unnamed"
            | "armed"
            | "unarmed"
            | "uncapped"
            | "capped"
            | "undescribed"
            | "unknown"
            | "trained"
            | "skilled"
            | "unskilled"
            | "licensed"
            | "unlicensed"
            | "paid"
            | "unpaid"
            | "dedicated"
            | "specialised"
            | "specialized"
            | "accredited"
            | "certified"
            | "vaccinated"
            | "unvaccinated"
            | "infected"
            | "affected"
            | "protected"
            | "endangered"
            | "abandoned"
            | "occupied"
            | "unoccupied"
            | "detached"
            | "terraced"
            | "identified"
            | "unidentified"
            | "isolated"
            | "delayed"
            | "cancelled"
            | "canceled"
            | "disputed"
            | "contested"
            | "unused"
            | "used"
            | "experienced"
            | "inexperienced"
            | "talented"
            | "gifted"
            | "elderly"
            | "early"
            | "daily"
            | "weekly"
            | "monthly"
            | "yearly"
            | "quarterly"
            | "deadly"
            | "costly"
            | "friendly"
            | "lonely"
            | "unfriendly"
            | "disabled"
            | "convicted"
            | "accused"
            | "jailed"
            | "arrested"
            | "charged"
            | "sentenced"
            | "undocumented"
            | "unaccompanied"
            | "assisted"
            | "funded"
            | "subsidised"
            | "subsidized"
            | "regulated"
            | "publicised"
            | "publicized"
            | "renowned"
            | "celebrated"
            | "advanced"
            | "sophisticated"
            | "automated"
            | "connected"
            | "dated"
            | "revised"
            | "updated"
            | "improved"
            | "expanded"
            | "enlarged"
            | "extended"
            | "shortlisted"
            | "nominated"
            | "selected"
            | "broken"
            | "fallen"
            | "frozen"
            | "hidden"
            | "sunken"
            | "forgotten"
            | "chosen"
            | "proven"
            | "written"
            | "spoken"
            | "given"
            | "fixed"
            | "guaranteed"
            | "planned"
            | "proposed"
            | "estimated"
            | "expected"
            | "projected"
            | "combined"
    )
}

/// Verbs after a figure: "40 came", "14 arrested", "the three signed deals" — words in
/// -ed that are no adjective and past tenses that end no way a rule can see.
pub(super) fn verb_form(w: &str) -> bool {
    (w.len() > 3
        && w.ends_with("ed")
        && !matches!(
            w,
            "hundred" | "seed" | "need" | "speed" | "breed" | "bed" | "shed" | "red" | "bred"
        ))
        || verb_like(w)
        || matches!(
            w,
            "sold"
                | "told"
                | "held"
                | "built"
                | "bought"
                | "brought"
                | "thought"
                | "found"
                | "kept"
                | "led"
                | "began"
                | "begun"
                | "drew"
                | "grew"
                | "knew"
                | "threw"
                | "wrote"
                | "broke"
                | "chose"
                | "spent"
                | "sent"
                | "lent"
                | "meant"
                | "felt"
                | "fought"
                | "caught"
                | "taught"
                | "sought"
                | "struck"
                | "stuck"
                | "shot"
                | "stole"
                | "drove"
                | "rode"
                | "wore"
                | "beat"
                | "fled"
                | "fed"
                | "quit"
                | "cost"
                | "hurt"
                | "became"
                | "lay"
                | "laid"
                | "sank"
                | "swam"
                | "rang"
                | "are"
                | "is"
                | "am"
                | "seem"
                | "seemed"
                | "appear"
                | "lose"
                | "win"
                | "remain"
                | "include"
                | "includes"
                | "need"
                | "want"
                | "wanted"
                | "could"
                | "own"
                | "worth"
        )
}

/// Nouns a rank names before anything else it describes: "the 19th century church",
/// "her 90th birthday party", "the third quarter profit", "a second leg tie".
fn rank_noun(w: &str) -> bool {
    matches!(
        w,
        "century"
            | "centuries"
            | "anniversary"
            | "birthday"
            | "minute"
            | "time"
            | "place"
            | "round"
            | "floor"
            | "row"
            | "quarter"
            | "half"
            | "leg"
            | "term"
            | "innings"
            | "season"
            | "stage"
            | "tier"
    )
}

/// Words hyphened onto a figure that make an adjective, not a count: "a 1,500-strong
/// workforce", "a 12-mile-long queue".
fn hyphened_adjective(w: &str) -> bool {
    matches!(
        w,
        "strong"
            | "long"
            | "old"
            | "high"
            | "wide"
            | "deep"
            | "tall"
            | "odd"
            | "plus"
            | "something"
            | "fold"
    )
}

/// Plural nouns without an "s": "staff", "people", "police".
pub(super) fn plural_without_s(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "staff"
            | "police"
            | "children"
            | "men"
            | "women"
            | "cattle"
            | "sheep"
            | "fish"
            | "personnel"
            | "deer"
            | "aircraft"
            | "crew"
            | "feet"
            | "teeth"
            | "geese"
            | "mice"
            | "livestock"
            | "offspring"
            | "data"
            | "media"
            | "youth"
            | "folk"
            | "clergy"
            | "poultry"
            | "infantry"
            | "salmon"
            | "swine"
            | "bison"
            | "troops"
            | "spacecraft"
            | "watercraft"
            | "alumni"
            | "criteria"
            | "phenomena"
            | "faculty"
    )
}

/// The token of the noun a figure counts, from `k` (what [`counted_noun_of`] reads
/// before it looks for a plural head, for callers that only test it and need no copy).
pub(super) fn noun_at(cx: &Cx, k: usize) -> Option<usize> {
    // "a 36-page report": the noun hyphenated onto the figure.
    if cx.text(k) == "-" && cx.glued(k) && cx.glued(k + 1) {
        // ("Britain's 46-strong team": the group the figure sizes)
        if cx.is(k + 1, "strong") && !cx.glued(k + 2) {
            return noun_from(cx, k + 2);
        }
        return noun_from(cx, k + 1);
    }
    if cx.glued(k) {
        return None;
    }
    // ("the FSA's 60 strong investigation team", the hyphen left out)
    if cx.is(k, "strong") && !cx.glued(k + 1) {
        return noun_from(cx, k + 1);
    }
    noun_from(cx, k)
}

fn noun_from(cx: &Cx, k: usize) -> Option<usize> {
    if !cx.word(k).is_some_and(|w| describing_word(w.as_str())) {
        return is_noun(cx, k).then_some(k);
    }
    // "14 new cases", "two other new entries": the noun after the words describing it,
    // taken only where the noun phrase plainly ends with it ("six other public sector
    // unions" names no noun: "public" is not what is counted).
    let mut n = k + 1;
    if cx.word(n).is_some_and(|w| describing_word(w.as_str())) && !cx.glued(n) {
        n += 1;
    }
    (!cx.glued(n) && phrase_ends_before(cx, n + 1) && is_noun(cx, n)).then_some(n)
}

/// Whether the noun phrase ends before token `k`: the text ends, a clause mark follows
/// (not a hyphen joining words), or a word that is no noun ("in", "were", "agreed").
fn phrase_ends_before(cx: &Cx, k: usize) -> bool {
    match cx.kind(k) {
        None => true,
        Some(TokKind::Punct) => !(cx.text(k) == "-" && cx.glued(k)),
        Some(TokKind::Word) => cx
            .word(k)
            .is_some_and(|w| not_unit(w.as_str()) || verb_like(w.as_str())),
        Some(TokKind::Num | TokKind::Mixed) => false,
    }
}

/// Whether the word at `k` can be the noun a figure counts.
fn is_noun(cx: &Cx, k: usize) -> bool {
    let Some(w) = cx.word(k) else {
        return false;
    };
    let lw = w.as_str();
    !(lw.len() < 2
        || capitalised(cx.text(k))
        || not_unit(lw)
        || num_word(lw).is_some()
        || month(lw)
        || lw.contains(['\'', '’'])
        || verb_like(lw))
}

/// Whether a noun after a figure is one thing, not a count of things: "its 2001
/// predecessor", "the 1965 film" (where "1965 homes" and "1990 staff" count), so that
/// the four digits before it are a year. Units of measure ("1960 mph") count.
pub(super) fn singular_noun(w: &str) -> bool {
    !plural(w) && !plural_without_s(w) && !super::patterns::measure_unit(w)
}

/// Whether a noun reads as plural: "libraries", "desks", but not "business" or "glass".
pub(super) fn plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

/// Words in -s that are nouns after a count ("saved 12 lives") but, after the noun a
/// count of one names, are its verb ("one in five young children lives in poverty").
const VERBS_AGREEING_WITH_ONE: &[&str] = &[
    "lives",
    "works",
    "needs",
    "uses",
    "faces",
    "owns",
    "rents",
    "reports",
    "plays",
    "votes",
    "visits",
    "drinks",
    "smokes",
    "eats",
    "struggles",
    "attends",
    "holds",
    "shops",
    "travels",
    "commutes",
    "sleeps",
    "cares",
];

/// The noun a share of one ("one in five …") counts: its phrase walked as a count's is,
/// except that a word in -s after a noun agrees with the one and is its verb, so the
/// noun before it is the head ("one in five young children lives": children; "one in
/// 10 nurses works nights": nurses).
pub(super) fn counted_by_one(cx: &Cx, c: Counted) -> Counted {
    let verb_at = (c.from + 1..=c.head.1).find(|&k| {
        VERBS_AGREEING_WITH_ONE.contains(&cx.lower(k).as_str())
            && compound_at(cx, k - 1)
                .is_some_and(|w| w.last == k - 1 && matches!(w.class, Class::Noun { .. }))
    });
    match verb_at {
        Some(k) => Counted {
            from: c.from,
            head: (k - 1, k - 1),
        },
        None => c,
    }
}

/// Words that stand between a figure and the noun it counts and only describe that noun
/// ("14 new cases"), never a noun on their own after a figure.
fn describing_word(w: &str) -> bool {
    matches!(
        w,
        "new"
            | "more"
            | "fewer"
            | "additional"
            | "extra"
            | "further"
            | "former"
            | "other"
            | "separate"
            | "different"
            | "existing"
            | "young"
            | "senior"
            | "junior"
            | "local"
            | "foreign"
            | "small"
            | "large"
            | "major"
            | "key"
            | "confirmed"
            | "suspected"
            // "a third straight win", "the fifth consecutive month"
            | "straight"
            | "consecutive"
            | "successive"
            // "one seat short of", "three points clear": adjectives of a margin
            | "short"
            | "clear"
            | "adrift"
    )
}

/// Singular nouns that, after a count above one, name the role the figure plays rather
/// than what it counts: "its 4.5 million target", "a 60,000 forecast", "the 1,000 mark".
pub(super) fn role_noun(w: &str) -> bool {
    matches!(
        w,
        "target"
            | "forecast"
            | "goal"
            | "estimate"
            | "projection"
            | "prediction"
            | "limit"
            | "cap"
            | "quota"
            | "threshold"
            | "ceiling"
            | "benchmark"
            | "mark"
            | "milestone"
            | "barrier"
    )
}

/// Nouns that a year commonly qualifies ("the 2024 election", "2019 levels").
pub(super) fn year_noun(w: &str) -> bool {
    matches!(
        w,
        "election"
            | "elections"
            // a year's accounts: "2005 sales", "its 2004 earnings"
            | "sales"
            | "earnings"
            | "profits"
            | "revenues"
            | "turnover"
            | "losses"
            | "dividends"
            | "awards"
            | "series"
            | "budget"
            | "census"
            | "season"
            | "campaign"
            | "olympics"
            | "games"
            | "report"
            | "survey"
            | "figures"
            | "figure"
            | "levels"
            | "level"
            | "summit"
            | "crisis"
            | "law"
            | "plan"
            | "target"
            | "targets"
            | "deadline"
            | "vote"
            | "referendum"
            | "war"
            | "attack"
            | "attacks"
            | "riots"
            | "floods"
            | "pandemic"
            | "cohort"
            | "edition"
            | "version"
            | "model"
            | "tournament"
            | "final"
            | "finals"
            | "championship"
            | "championships"
            | "review"
            | "data"
            | "spending"
            | "accounts"
            | "results"
            | "statement"
            | "strategy"
            | "agreement"
            | "deal"
            | "manifesto"
            | "baseline"
            | "peak"
            | "record"
            | "total"
            | "totals"
            | "intake"
            | "winter"
            | "summer"
            | "spring"
            | "autumn"
            | "fiscal"
            | "financial"
            | "general"
            | "presidential"
            | "midterm"
            | "midterms"
            | "world"
            | "cup"
    )
}

/// Words after a figure that are verbs or adverbs, not what it counts ("40 came").
pub(super) fn verb_like(w: &str) -> bool {
    (w.len() > 4
        && (w.ends_with("ed") || w.ends_with("ly"))
        && !matches!(
            w,
            "hundred" | "seed" | "need" | "speed" | "breed" | "bed" | "shed"
        ))
        || matches!(
            w,
            "came"
                | "went"
                | "left"
                | "ran"
                | "sat"
                | "stood"
                | "hid"
                | "spoke"
                | "swam"
                | "flew"
                | "sang"
                | "ate"
                | "slept"
                | "said"
                | "say"
                | "died"
                | "fell"
                | "rose"
                | "got"
                | "took"
                | "made"
                | "gave"
                | "saw"
                | "met"
                | "won"
                | "lost"
                | "paid"
                | "became"
                | "remain"
                | "remains"
                | "attend"
                | "cried"
                | "voted"
                | "come"
                | "go"
                | "make"
                | "take"
                | "get"
                | "were"
                | "stay"
                | "leave"
        )
        || group_verb(w)
}

/// Verbs said of a counted group in the plural, which no copy counts ("nine in 10
/// dentists agree", "40 staff believe the plan will fail", "a fifth think so").
pub(super) fn group_verb(w: &str) -> bool {
    matches!(
        w,
        "agree"
            | "disagree"
            | "believe"
            | "think"
            | "oppose"
            | "expect"
            | "prefer"
            | "admit"
            | "deny"
            | "insist"
            | "argue"
            | "survive"
            | "suffer"
            | "recover"
            | "arrive"
            | "participate"
            | "respond"
            | "disappear"
            | "exist"
            | "resign"
            | "complain"
            | "fail"
            | "want"
            | "feel"
            | "seem"
            | "appear"
            | "continue"
    )
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};

    /// Each figure of `text` as "figure → unit [describes]", "-" for none.
    fn nouns(text: &str) -> Vec<String> {
        let doc = Document::from_text("a.txt", text, Format::Text);
        super::super::extract(&doc)
            .iter()
            .map(|c| {
                format!(
                    "{} → {} [{}]",
                    c.text,
                    c.unit.as_deref().unwrap_or("-"),
                    c.describes.as_deref().unwrap_or("-")
                )
            })
            .collect()
    }

    /// A verb said of the group ends the phrase even where nothing follows it to show
    /// it is a verb.
    #[test]
    fn a_verb_after_the_counted_group_is_not_its_head() {
        for (text, want) in [
            (
                "Nine out of 10 dentists agree.",
                "Nine out of 10 → dentists [-]",
            ),
            ("Some 40 nurses disagree.", "Some 40 → nurses [-]"),
            (
                "Only 12 passengers survive, and 3 crew.",
                "12 → passengers [-]",
            ),
            (
                "About 300 residents oppose it.",
                "About 300 → residents [-]",
            ),
            (
                "One in five new homes meets the standard.",
                "One in five → homes [new]",
            ),
            (
                "Crowds came to more than 250 meets.",
                "more than 250 → meets [-]",
            ),
        ] {
            assert_eq!(nouns(text).first(), Some(&want.to_string()), "{text}");
        }
    }

    #[test]
    fn the_head_comes_after_describing_words_of_any_kind() {
        for (text, want) in [
            ("They won four Olivier awards.", "four → awards [olivier]"),
            (
                "The gang ran 31 separate phishing campaigns.",
                "31 → campaigns [separate phishing]",
            ),
            (
                "It serves 3,500 low-income families.",
                "3,500 → families [low-income]",
            ),
            (
                "There are 14 fully electric models on sale.",
                "14 → models [fully electric]",
            ),
            (
                "The firm signed three new supply contracts.",
                "three → contracts [new supply]",
            ),
            (
                "They picked 12 home-grown players.",
                "12 → players [home-grown]",
            ),
            (
                "About 80 mostly young Labour activists left.",
                "About 80 → activists [mostly young labour]",
            ),
            ("Fifty Tory MPs rebelled.", "Fifty → mps [tory]"),
            ("The paper lists 112 co-authors.", "112 → co-authors [-]"),
            ("It hired 20 sales staff in May.", "20 → staff [sales]"),
        ] {
            assert_eq!(nouns(text), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn a_word_of_approximation_hyphened_on_leads_on_to_the_noun() {
        assert_eq!(
            nouns("Ten of the 80-odd resorts shut."),
            ["Ten → resorts [-]", "80-odd → resorts [-]"]
        );
    }

    #[test]
    fn a_chart_position_describes_what_is_counted() {
        // The "20" of "top 20" is a figure too, read as the singles in the top 20.
        assert_eq!(
            nouns("She has had nine UK top 20 singles."),
            ["nine → singles [uk top 20]", "20 → singles [-]"]
        );
    }

    #[test]
    fn the_head_is_the_noun_not_a_describing_word_before_it() {
        for (text, want) in [
            (
                "Two million younger voters stayed at home.",
                "Two million → voters [younger]",
            ),
            (
                "The side won five crucial fixtures.",
                "five → fixtures [crucial]",
            ),
            (
                "It tagged 60 great white sharks.",
                "60 → sharks [great white]",
            ),
            ("The town has 12 sports clubs.", "12 → clubs [sports]"),
        ] {
            assert_eq!(nouns(text), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn a_verb_or_what_follows_it_is_never_the_head() {
        for (text, want) in [
            // "signed" is the verb: the three did the signing.
            ("The three signed deals with the club.", "three → - [-]"),
            (
                "Some 40 workers lose jobs at the plant.",
                "Some 40 → workers [-]",
            ),
            (
                "Police said 14 arrested men were freed.",
                "14 → men [arrested]",
            ),
            ("Of those, 12 subsequently resigned.", "12 → - [-]"),
            ("Only 14 turned up.", "14 → - [-]"),
            ("Her 7th album sells well.", "7th → album [-]"),
            // Words that can be verbs but here describe the noun.
            ("Staff handed out 400 face masks.", "400 → masks [face]"),
            ("It applied for 40 work permits.", "40 → permits [work]"),
            ("The album sold 500,000 copies.", "500,000 → copies [-]"),
        ] {
            assert_eq!(
                nouns(text).first().map(String::as_str),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn ranks_name_what_they_rank() {
        for (text, want) in [
            (
                "The church dates from the 19th century.",
                "19th → century [-]",
            ),
            ("The band released its 7th album.", "7th → album [-]"),
            ("Her 3rd studio album is out.", "3rd → album [studio]"),
            ("A 19th century church burned.", "19th → century [-]"),
            ("The bill passed its 2nd reading.", "2nd → reading [-]"),
            (
                "It is the 5th consecutive month of falls.",
                "5th → month [consecutive]",
            ),
            ("The first quarter was weak.", "first → quarter [-]"),
            // A part of a period or a contest, named before what it describes.
            ("Third quarter profit rose.", "Third → quarter [-]"),
            ("Third-quarter sales fell.", "Third → quarter [-]"),
            ("He went out in a first-round tie.", "first → round [-]"),
            ("A second-half try won it.", "second → half [-]"),
            ("It is the 79th-minute goal.", "79th → minute [-]"),
            // "straight", "home" and "away" describe; "win" after a rank is a noun.
            ("It was their third straight win.", "third → win [straight]"),
            ("They chase a first away win.", "first → win [away]"),
            ("They face three away fixtures.", "three → fixtures [away]"),
            (
                "Life in the 21st Century involves cars.",
                "21st → century [-]",
            ),
            (
                "It is the fifth billion-dollar telecoms deal.",
                "fifth → deal [billion-dollar telecoms]",
            ),
            // A name restating a person or a work after its head.
            (
                "She beat fourth seed Ana Ruiz in Rome.",
                "fourth → seed [-]",
            ),
            (
                "Their third album Night Drive sold well.",
                "third → album [-]",
            ),
            (
                "She sang with her second husband Tom.",
                "second → husband [-]",
            ),
            // A name before the head describes it.
            (
                "It is the 21st James Bond film.",
                "21st → film [james bond]",
            ),
            (
                "The 77th annual Academy Awards opened.",
                "77th → awards [annual academy]",
            ),
            (
                "He made his third successive La Liga start.",
                "third → start [successive la liga]",
            ),
        ] {
            assert_eq!(nouns(text), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn a_name_before_a_plural_noun_describes_what_is_counted() {
        for (text, want) in [
            (
                "The carrier put off delivery of 38 Boeing jets.",
                "38 → jets [boeing]",
            ),
            (
                "It bought 12 Airbus A321s last year.",
                "12 → a321s [airbus]",
            ),
            ("The fleet grew to 9 Embraer 190s.", "9 → 190s [embraer]"),
            (
                "The motion passed despite 41 Labour rebels.",
                "41 → rebels [labour]",
            ),
            (
                "Some 19 Conservative MPs abstained.",
                "Some 19 → mps [conservative]",
            ),
            (
                "All 20 Premier League clubs signed it.",
                "20 → clubs [premier league]",
            ),
            (
                "He has 7 Champions League medals.",
                "7 → medals [champions league]",
            ),
            (
                "The chain shut 85 Woolworths stores.",
                "85 → stores [woolworths]",
            ),
            (
                "The label released 14 Beatles albums.",
                "14 → albums [beatles]",
            ),
            (
                "The survey asked 2,104 Scottish voters online.",
                "2,104 → voters [scottish]",
            ),
            (
                "They were nominated for 9 Bafta awards.",
                "9 → awards [bafta]",
            ),
            (
                "Shares slid 30 Australian cents.",
                "30 Australian cents → - [-]",
            ),
            ("The UK's 650 MPs sat late.", "650 → mps [-]"),
            (
                "It sent cash to two Ohio bank accounts.",
                "two → accounts [ohio bank]",
            ),
            (
                "The carrier ordered 30 Airbus A320 planes.",
                "30 → planes [airbus a320]",
            ),
            ("Some 40 Iraqis were freed.", "Some 40 → iraqis [-]"),
        ] {
            assert_eq!(nouns(text), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn an_adverb_of_time_ends_the_phrase_and_the_noun_is_taken_from_its_parallel() {
        assert_eq!(
            nouns("It polled 401 voters before and 601 afterwards."),
            vec!["401 → voters [-]", "601 → voters [-]"]
        );
    }

    #[test]
    fn a_name_the_digits_belong_to_is_no_count() {
        for text in [
            "Aides at 10 Downing Street staff offices met.",
            "She moved to 22 Acacia Avenue homes nearby.",
            "Rapper 50 Cent scores another hit.",
            "Rapper 50 Cent ends his feud.",
            "The film 50 First Dates opened.",
            "The show 8 Simple Rules returned.",
            "Seeded 5 Serena Williams (US).",
            "It built its 787 Dreamliner aircraft in Seattle.",
            "The 1981 Brixton riots changed policing.",
        ] {
            let got = nouns(text);
            assert!(
                got.iter().all(|n| !n.starts_with("10 ")
                    && !n.starts_with("22 ")
                    && !n.starts_with("50 ")
                    && !n.starts_with("8 ")
                    && !n.starts_with("5 ")
                    && !n.starts_with("787 ")),
                "{text}: {got:?}"
            );
            assert!(got.iter().all(|n| !n.contains("riots")), "{text}: {got:?}");
        }
    }

    #[test]
    fn ranks_and_figures_that_count_nothing_written_have_no_noun() {
        for (text, want) in [
            ("He finished 4th in the final.", "4th → - [-]"),
            ("Inflation may peak at 11 later this year.", "11 → - [-]"),
            ("It is the second biggest in the world.", "second → - [-]"),
            ("Some 2,600 across legal were cut.", "Some 2,600 → - [-]"),
            ("The vote was tied at 12 apiece.", "12 → - [-]"),
            ("It starts on 10 Downing Street.", "10 → - [-]"),
        ] {
            assert_eq!(
                nouns(text)
                    .first()
                    .map(String::as_str)
                    .unwrap_or("10 → - [-]"),
                want,
                "{text}"
            );
        }
    }
}

//! The extractor on sentences written for these tests: each numeral form, qualifier and
//! kind, and the close cases that must not be figures. Outputs are compared in full.

use claimcheck::document::{Document, Format};
use claimcheck::extract::extract;

#[path = "common/figures.rs"]
mod figures;
use figures::figs;

#[test]
fn digits_with_separators_decimals_and_signs() {
    assert_eq!(
        figs("Turnout was 1,200 voters, then 1 200 voters, a swing of -4.5 and +3.25 overall."),
        vec![
            "1,200 | number | 1200 | exact | voters | -",
            "1 200 | number | 1200 | exact | voters | -",
            "-4.5 | number | -4.5 | exact | - | -",
            "+3.25 | number | 3.25 | exact | - | -",
        ]
    );
}

#[test]
fn scales_in_words_and_abbreviations() {
    assert_eq!(
        figs("The fund held 1.4 million shares, £3.2bn in bonds, $45m in cash and 2.5k members."),
        vec![
            "1.4 million | number | 1400000 | exact | shares | -",
            "£3.2bn | money | 3200000000 | exact | - | GBP",
            "$45m | money | 45000000 | exact | - | USD",
            "2.5k | number | 2500 | exact | members | -",
        ]
    );
}

#[test]
fn number_words() {
    assert_eq!(
        figs("A million fans, two coaches, twenty-five players and one hundred and twenty stewards came."),
        vec![
            "A million | number | 1000000 | exact | fans | -",
            "two | number | 2 | exact | coaches | -",
            "twenty-five | number | 25 | exact | players | -",
            "one hundred and twenty | number | 120 | exact | stewards | -",
        ]
    );
    assert_eq!(
        figs(
            "A dozen clubs agreed; half of them paid, a third of them left and two-thirds stayed."
        ),
        vec![
            "A dozen | number | 12 | exact | clubs | -",
            "half | percent | 50 | exact | - | -",
            "a third | percent | 33.3333 | exact | - | -",
            "two-thirds | percent | 66.6667 | exact | - | -",
        ]
    );
    assert_eq!(
        figs("Three-quarters of nurses and one in five doctors said so."),
        vec![
            "Three-quarters | percent | 75 | exact | - | -",
            "one in five | percent | 20 | exact | doctors | -",
        ]
    );
}

#[test]
fn bare_determiners_are_not_figures() {
    assert_eq!(
        figs("One former minister said a review found, in one instance, a gap."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("She was sent to a third country on a second flight."),
        vec![
            "third | ordinal | 3 | exact | country | -",
            "second | ordinal | 2 | exact | flight | -",
        ]
    );
}

#[test]
fn percentages_and_points() {
    assert_eq!(
        figs("Rents rose 15%, then 15 per cent, then 15 percent; the gap shrank 2 percentage points."),
        vec![
            "15% | percent | 15 | exact | - | -",
            "15 per cent | percent | 15 | exact | - | -",
            "15 percent | percent | 15 | exact | - | -",
            "2 percentage points | percent | 2 | exact | percentage_points | -",
        ]
    );
}

#[test]
fn money_in_every_currency_form() {
    assert_eq!(
        figs("It cost €20, ¥500, US$7, 40 dollars, 12 pounds, 9 euros and $1.5 billion."),
        vec![
            "€20 | money | 20 | exact | - | EUR",
            "¥500 | money | 500 | exact | - | JPY",
            "US$7 | money | 7 | exact | - | USD",
            "40 dollars | money | 40 | exact | - | USD",
            "12 pounds | money | 12 | exact | - | GBP",
            "9 euros | money | 9 | exact | - | EUR",
            "$1.5 billion | money | 1500000000 | exact | - | USD",
        ]
    );
}

#[test]
fn a_currency_symbol_before_the_next_figure_is_that_figure_s() {
    // after a scale word too: "£3m £4m" is two sums, and "3m £4m" a count and a sum
    for (text, want) in [
        (
            "Bids were £3m £4m and £5m.",
            vec![
                "£3m | money | 3000000 | exact | - | GBP",
                "£4m | money | 4000000 | exact | - | GBP",
                "£5m | money | 5000000 | exact | - | GBP",
            ],
        ),
        (
            "Totals: 3m $4bn.",
            vec![
                "3m | number | 3000000 | exact | - | -",
                "$4bn | money | 4000000000 | exact | - | USD",
            ],
        ),
    ] {
        assert_eq!(figs(text), want, "{text}");
    }
    // a symbol after the figure, not before another, is the figure's own
    assert_eq!(
        figs("It cost 5m € in all, and 10 $ more."),
        vec![
            "5m € | money | 5000000 | exact | - | EUR",
            "10 $ | money | 10 | exact | - | USD",
        ]
    );
}

#[test]
fn cents_of_a_named_currency_and_a_spaced_m_after_money() {
    assert_eq!(
        figs("It paid 70 euro cents a share, then 50 US cents, and took an estimated $458 m."),
        vec![
            "70 euro cents | money | 0.7 | exact | - | EUR",
            "50 US cents | money | 0.5 | exact | - | USD",
            "an estimated $458 m | money | 458000000 | approximate | - | USD",
        ]
    );
    // close cases: a coin of five euros, a length in metres, "us" as a pronoun
    assert_eq!(
        figs("Sales of 5 euro coins rose. The pool is 25 m long. He gave us 3 cents."),
        vec![
            "5 euro | money | 5 | exact | - | EUR",
            "25 | number | 25 | exact | - | -",
            "3 cents | money | 0.03 | exact | - | USD",
        ]
    );
}

#[test]
fn rials_and_riyals_are_told_apart() {
    assert_eq!(
        figs("The budget rose to 900 trillion rials, the fee to 372 riyals and the fine to 50 Omani rials."),
        vec![
            "900 trillion rials | money | 900000000000000 | exact | - | IRR",
            "372 riyals | money | 372 | exact | - | SAR",
            "50 Omani rials | money | 50 | exact | - | OMR",
        ]
    );
}

#[test]
fn ranges() {
    assert_eq!(
        figs("Between 1.3 and 1.5 million homes, 10-20 vans and 10 to 20 lorries were counted."),
        vec![
            "Between 1.3 and 1.5 million | number | 1300000..1500000 | range | homes | -",
            "10-20 | number | 10..20 | range | vans | -",
            "10 to 20 | number | 10..20 | range | lorries | -",
        ]
    );
    // "from … to" states two figures, not a range.
    assert_eq!(
        figs("Cases went from 4,100 to 12,300 in a month."),
        vec![
            "4,100 | number | 4100 | exact | - | -",
            "12,300 | number | 12300 | exact | - | -"
        ]
    );
}

#[test]
fn a_range_needs_low_below_high_and_scores_are_not_ranges() {
    assert_eq!(
        figs("Leeds won 3-1 and then drew 2-2 away."),
        Vec::<String>::new()
    );
    assert_eq!(figs("Numbers 20-10 were skipped."), Vec::<String>::new());
}

#[test]
fn qualifiers() {
    assert_eq!(
        figs(
            "About 40 came, around 50 left, roughly 60 stayed, some 70 waited, an estimated 80 \
             slept, more than 90 ate, over 100 sang, above 110 ran, at least 120 sat, fewer than \
             130 stood, under 140 cried, below 150 hid, up to 160 voted, no more than 170 spoke, \
             just over 180 laughed, nearly 190 cheered, almost 200 swam and just under 210 flew."
        ),
        vec![
            "About 40 | number | 40 | approximate | - | -",
            "around 50 | number | 50 | approximate | - | -",
            "roughly 60 | number | 60 | approximate | - | -",
            "some 70 | number | 70 | approximate | - | -",
            "an estimated 80 | number | 80 | approximate | - | -",
            "more than 90 | number | 90 | more_than | - | -",
            "over 100 | number | 100 | more_than | - | -",
            "above 110 | number | 110 | more_than | - | -",
            "at least 120 | number | 120 | at_least | - | -",
            "fewer than 130 | number | 130 | less_than | - | -",
            "under 140 | number | 140 | less_than | - | -",
            "below 150 | number | 150 | less_than | - | -",
            "up to 160 | number | 160 | at_most | - | -",
            "no more than 170 | number | 170 | at_most | - | -",
            "just over 180 | number | 180 | just_over | - | -",
            "nearly 190 | number | 190 | nearly | - | -",
            "almost 200 | number | 200 | nearly | - | -",
            "just under 210 | number | 210 | nearly | - | -",
        ]
    );
}

#[test]
fn qualifier_intervals() {
    let doc = Document::from_text(
        "t.txt",
        "more than 90 ate and up to 160 voted",
        Format::Text,
    );
    let c = extract(&doc);
    assert_eq!((c[0].low, c[0].high), (Some(90.0), None));
    assert_eq!((c[1].low, c[1].high), (None, Some(160.0)));
}

#[test]
fn years_dates_times_durations_and_ordinals() {
    assert_eq!(
        figs(
            "In 2024 and in the 1990s, for 2025-26 and fiscal 2025, in late March, on 4 May 2025 \
             at 9.30am, within 24 hours, for three years, the first and 3rd time."
        ),
        vec![
            "2024 | year | 2024 | exact | - | -",
            "1990s | year | 1990..1999 | range | - | -",
            "2025-26 | year | 2025 | exact | - | -",
            "2025 | year | 2025 | exact | - | -",
            "late March | date | -..- | exact | - | -",
            "4 May 2025 | date | -..- | exact | - | -",
            "9.30am | date | -..- | exact | - | -",
            "24 hours | duration | 24 | exact | hours | -",
            "three years | duration | 3 | exact | years | -",
            "first | ordinal | 1 | exact | time | -",
            "3rd | ordinal | 3 | exact | time | -",
        ]
    );
}

#[test]
fn names_with_digits_are_not_figures() {
    let none = Vec::<String>::new();
    assert_eq!(figs("COVID-19 hit as G7 envoys met."), none);
    assert_eq!(figs("An F-35 and a Boeing 737 flew over I-95."), none);
    assert_eq!(figs("After 9/11 the shop stayed open 24/7."), none);
    assert_eq!(figs("It renders in 3D on Windows 11."), none);
    assert_eq!(figs("Title 42 and Section 230 were cited at No. 10."), none);
    assert_eq!(figs("Call 020 7946 0000 or 555-0123 today."), none);
}

#[test]
fn precision_follows_the_last_stated_digit() {
    let doc = Document::from_text(
        "t.txt",
        "Some 271,000 left, 1.4 million stayed, 15 waited, two slept, a million cheered, \
         two hundred sang and one hundred and twenty ran.",
        Format::Text,
    );
    let p: Vec<f64> = extract(&doc).iter().map(|c| c.precision).collect();
    assert_eq!(p, vec![500.0, 50_000.0, 0.5, 0.5, 500_000.0, 50.0, 0.5]);
}

#[test]
fn positions_and_sentence() {
    let s = "Opening line.\nThen 40 came. Later 50 left.";
    let doc = Document::from_text("t.txt", s, Format::Text);
    let c = extract(&doc);
    assert_eq!(
        (c[0].line, c[0].column, c[0].start, c[0].end),
        (2, 6, 19, 21)
    );
    assert_eq!(&*c[0].sentence, "Then 40 came.");
    assert_eq!(&*c[1].sentence, "Later 50 left.");
}

#[test]
fn markup_is_not_copy() {
    let s = "<p data-id=\"77\">Over <b>300</b> people</p>\n";
    let doc = Document::from_text("t.html", s, Format::Html);
    let c = extract(&doc);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].value, Some(300.0));
}

#[test]
fn ages_metres_and_millions() {
    assert_eq!(
        figs("The bridge is 120 years old, the mast 1.8m tall, and 45m viewers watched."),
        vec![
            "120 years old | number | 120 | exact | years | -",
            "1.8m | number | 1.8 | exact | m | -",
            "45m | number | 45000000 | exact | viewers | -",
        ]
    );
}

#[test]
fn money_with_minor_units_and_bounds_joined_by_and() {
    assert_eq!(
        figs("A ticket was 3 dollars 50 cents; staff numbered more than 10 and fewer than 20."),
        vec![
            "3 dollars 50 cents | money | 3.5 | exact | - | USD",
            "more than 10 and fewer than 20 | number | 10..20 | range | - | -",
        ]
    );
}

/// A bare number after an amount may be its pence or cents ("15 USD 50", "three dollars
/// fifty", "£2 50p", "$20 and 43c"), but not when a word is hyphened onto it: "£10
/// one-way" is ten pounds.
#[test]
fn a_bare_number_after_a_signed_amount_is_not_its_pence() {
    for (copy, want) in [
        (
            "Fares went from £6 to £10 one-way.",
            vec![
                "£6 | money | 6 | exact | - | GBP",
                "£10 | money | 10 | exact | - | GBP",
            ],
        ),
        (
            "Each household got a £150 one-off payment.",
            vec!["£150 | money | 150 | exact | - | GBP"],
        ),
        (
            "The store ran a $5 two-for-one offer.",
            vec!["$5 | money | 5 | exact | - | USD"],
        ),
        (
            "A meal cost 15 USD 50 and a coffee three dollars fifty.",
            vec![
                "15 USD 50 | money | 15.5 | exact | - | USD",
                "three dollars fifty | money | 3.5 | exact | - | USD",
            ],
        ),
        (
            "The bus was £2 50p and the tram $20 and 43c.",
            vec![
                "£2 50p | money | 2.5 | exact | - | GBP",
                "$20 and 43c | money | 20.43 | exact | - | USD",
            ],
        ),
    ] {
        assert_eq!(figs(copy), want, "{copy}");
    }
}

/// A lone "one" hyphened to a word is part of that word ("one-off", "one-click", "a
/// 'one-stop' shop"), as "one" before a word is a determiner; durations and ages made
/// with it stay figures.
#[test]
fn one_hyphened_to_a_word_is_no_count() {
    assert_eq!(
        figs("It was a one-off. One-click buying and a one-stop shop followed."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("He signed a one-year deal; one-year-olds were tested."),
        vec![
            "one-year | duration | 1 | exact | year | -",
            "one-year-olds | number | 1 | exact | years | -",
        ]
    );
}

/// "A fifth", "a third" before a verb are shares of a group when the verb agrees with a
/// plural or a word before bounds them; before a noun, or alone before a verb that may
/// be said of one person ("a third said"), they are ranks.
#[test]
fn a_fraction_before_its_verb_is_a_share() {
    for (copy, want) in [
        (
            "A fifth rely on a mobile alone.",
            "A fifth | percent | 20 | exact | - | -",
        ),
        (
            "Around a third were women.",
            "Around a third | percent | 33.3333 | approximate | - | -",
        ),
        (
            "Of the firms asked, a tenth have cut jobs.",
            "a tenth | percent | 10 | exact | - | -",
        ),
        (
            "Nearly a fifth said they had been ill.",
            "Nearly a fifth | percent | 20 | nearly | - | -",
        ),
        (
            "The survey found almost a third using cash.",
            "almost a third | percent | 33.3333 | nearly | - | -",
        ),
        (
            "More than a third had no heating.",
            "More than a third | percent | 33.3333 | more_than | - | -",
        ),
        (
            "The board held a third meeting.",
            "third | ordinal | 3 | exact | meeting | -",
        ),
        (
            "One guard fled and a third said nothing.",
            "third | ordinal | 3 | exact | - | -",
        ),
    ] {
        assert_eq!(figs(copy), vec![want], "{copy}");
    }
}

#[test]
fn four_digit_counts_are_not_years() {
    assert_eq!(
        figs("In all, 1999 people came to the 2024 election, and 2019 figures showed 2000 homes."),
        vec![
            "1999 | number | 1999 | exact | people | -",
            "2024 | year | 2024 | exact | - | -",
            "2019 | year | 2019 | exact | - | -",
            "2000 | number | 2000 | exact | homes | -",
        ]
    );
}

#[test]
fn upper_then_lower_bound_is_not_a_range_across_a_comma() {
    assert_eq!(
        figs("Keep it under 10, over 10 is too many."),
        vec![
            "under 10 | number | 10 | less_than | - | -",
            "over 10 | number | 10 | more_than | - | -"
        ]
    );
}

proptest::proptest! {
    /// Any text: no panic, and every span is the figure's own bytes on char boundaries.
    #[test]
    fn never_panics_and_spans_hold(s in "([0-9]{1,5}|[a-zA-Z]{1,8}|[ ,.\\-/:%$£€¥½–'\\n]|one|million|and|a|half|more than|up to|between){0,40}") {
        let doc = Document::from_text("p.txt", s.clone(), Format::Text);
        for c in extract(&doc) {
            proptest::prop_assert_eq!(s.get(c.start..c.end), Some(c.text.as_str()));
        }
    }

    /// Arbitrary Unicode, in plain text and as HTML: a span is the figure's own bytes in
    /// plain text, and in markup the bytes a reader sees as the figure's text.
    #[test]
    fn never_panics_on_any_text(s in "\\PC{0,200}") {
        for format in [Format::Text, Format::Html, Format::Markdown] {
            let doc = Document::from_text("p", s.clone(), format);
            for c in extract(&doc) {
                proptest::prop_assert!(s.get(c.start..c.end).is_some());
                if format == Format::Text {
                    proptest::prop_assert_eq!(s.get(c.start..c.end), Some(c.text.as_str()));
                } else {
                    // (whitespace folded: inline code inside a figure's span is blanked)
                    let folded = c.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    proptest::prop_assert_eq!(doc.statement(c.start..c.end), folded);
                }
            }
        }
    }
}

#[test]
fn names_scores_and_compounds_in_sports_and_arts_copy() {
    let none = Vec::<String>::new();
    assert_eq!(
        figs("The band played Radio Five Live before the Six Nations opener."),
        none
    );
    assert_eq!(figs("They were drawing 1-1 at half-time."), none);
    assert_eq!(figs("She won 7-6 (7-5) 6-7 6-3 in the final."), none);
    assert_eq!(figs("Result: Kerr 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Lund"), none);
    assert_eq!(
        figs("Three out of 12 is 1/4 and 2/3 is bigger."),
        vec![
            "Three out of 12 | number | 0.25 | exact | - | -",
            "1/4 | number | 0.25 | exact | - | -",
            "2/3 | number | 0.6667 | exact | - | -",
        ]
    );
    // A place in a chart is a figure a reader checks (issue 18).
    assert_eq!(
        figs("He is at number 12 in the chart, a half-chance away."),
        vec!["number 12 | ordinal | 12 | exact | - | -"]
    );
    assert_eq!(figs("The rapper 50 Cent topped it."), none);
    assert_eq!(
        figs("A 36-page report on a 12-month delay named a 15-year-old."),
        vec![
            "36 | number | 36 | exact | page | -",
            "12-month | duration | 12 | exact | month | -",
            "15-year-old | number | 15 | exact | years | -",
        ]
    );
    assert_eq!(
        figs("Shares rose 22% to 449,603 and the final is on 27-28 November."),
        vec![
            "22% | percent | 22 | exact | - | -",
            "449,603 | number | 449603 | exact | - | -",
            "27-28 November | date | -..- | exact | - | -",
        ]
    );
}

#[test]
fn digits_after_a_name_and_won_as_currency() {
    assert_eq!(
        figs("They watched Robocop 2 and the number three shirt was sold."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("Seoul set aside one trillion won, and Korea won 2 medals on Sunday 4 May."),
        vec![
            "one trillion won | money | 1000000000000 | exact | - | KRW",
            "2 | number | 2 | exact | medals | -",
            "4 May | date | -..- | exact | - | -",
        ]
    );
}

#[test]
fn the_counted_noun_comes_after_the_words_describing_it() {
    assert_eq!(
        figs("There were 14 new cases. Two other new entries, and 3 more people in the queue."),
        vec![
            "14 | number | 14 | exact | cases | -",
            "Two | number | 2 | exact | entries | -",
            "3 | number | 3 | exact | people | -",
        ]
    );
}

#[test]
fn a_describing_word_before_more_description_leads_on_to_the_noun() {
    // "public" and "ex" describe what is counted; the noun itself is further on.
    assert_eq!(
        figs("Six other public sector unions joined. Three other ex-Columbia executives left."),
        vec![
            "Six | number | 6 | exact | unions | -",
            "Three | number | 3 | exact | executives | -",
        ]
    );
}

/// A word that describes people names them after a count with no noun, as "the injured"
/// does, unless the sentence lends the count a noun of its own.
#[test]
fn a_word_describing_people_names_them_after_a_bare_count() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The blast left 40 dead and 120 injured.",
            &[
                "40 | number | 40 | exact | dead | -",
                "120 | number | 120 | exact | injured | -",
            ],
        ),
        (
            "There are now 1.2 million unemployed.",
            &["1.2 million | number | 1200000 | exact | unemployed | -"],
        ),
        (
            "The storm left 12 missing and 30 injured, officials said.",
            &[
                "12 | number | 12 | exact | missing | -",
                "30 | number | 30 | exact | injured | -",
            ],
        ),
        (
            "Officials said 12 people were missing and 30 injured.",
            &[
                "12 | number | 12 | exact | people | -",
                "30 | number | 30 | exact | people | -",
            ],
        ),
        (
            "About 120 injured passengers were treated.",
            &["About 120 | number | 120 | approximate | passengers | -"],
        ),
    ];
    for (copy, want) in cases {
        assert_eq!(figs(copy), *want, "{copy}");
    }
}

#[test]
fn a_year_is_not_one_end_of_a_range_of_counts() {
    assert_eq!(
        figs("Visits rose from 52,000 in 2023 to 61,000 in 2024."),
        vec![
            "52,000 | number | 52000 | exact | visits | -",
            "2023 | year | 2023 | exact | - | -",
            "61,000 | number | 61000 | exact | visits | -",
            "2024 | year | 2024 | exact | - | -",
        ]
    );
}

/// "From" may name the earlier level before its figure ("from its usual £12", "from an
/// earlier 2.6%"), and a verb that moves a level may name it with "of" ("take a salary of
/// £36,000 to £37,800"): after a verb of change that is still a change, two figures; with
/// no verb of change, or with a clause word between, "from A to B" and "of A to B" stay
/// one span.
#[test]
fn from_a_level_named_before_its_figure_is_a_change() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Rail fares have climbed from their usual £12 to £19 since May.",
            &[
                "£12 | money | 12 | exact | - | GBP",
                "£19 | money | 19 | exact | - | GBP",
            ],
        ),
        (
            "The bank cut its forecast from an earlier 2.6% to 1.9%.",
            &[
                "2.6% | percent | 2.6 | exact | - | -",
                "1.9% | percent | 1.9 | exact | - | -",
            ],
        ),
        (
            "Membership grew from last year's 1,400 to 2,050.",
            &[
                "1,400 | number | 1400 | exact | - | -",
                "2,050 | number | 2050 | exact | - | -",
            ],
        ),
        // a level a verb moves, named with "of" after what it moves
        (
            "The offer would take a typical nurse's salary of £36,000 to £37,800.",
            &[
                "£36,000 | money | 36000 | exact | - | GBP",
                "£37,800 | money | 37800 | exact | - | GBP",
            ],
        ),
        (
            "The deal lifts the weekly cap of £400 to £480.",
            &[
                "£400 | money | 400 | exact | - | GBP",
                "£480 | money | 480 | exact | - | GBP",
            ],
        ),
        (
            "Staff were offered a salary of £36,000 to £40,000.",
            &["£36,000 to £40,000 | money | 36000..40000 | range | - | GBP"],
        ),
        (
            "Protests against the closure of 10 to 20 schools grew.",
            &["10 to 20 | number | 10..20 | range | schools | -"],
        ),
        (
            "Ministers expect an increase of 5% to 10%.",
            &["5% to 10% | percent | 5..10 | range | - | -"],
        ),
        (
            "The course runs from its opening 10 to 20 days.",
            &["10 to 20 days | duration | 10..20 | range | days | -"],
        ),
        (
            "Sales rose, with orders from firms that employ 10 to 50 staff.",
            &["10 to 50 | number | 10..50 | range | staff | -"],
        ),
    ];
    for (copy, want) in cases {
        assert_eq!(figs(copy), *want, "{copy}");
    }
}

#[test]
fn spans_of_years_are_years_and_spans_of_counts_stay_counts() {
    assert_eq!(
        figs("Between 2010 and 2015 sales grew. The 2019-2021 plan ended. Some 1990 to 2000 people came."),
        vec![
            "Between 2010 and 2015 | year | 2010..2015 | range | - | -",
            "2019-2021 | year | 2019..2021 | range | - | -",
            "Some 1990 to 2000 | number | 1990..2000 | range | people | -",
        ]
    );
}

#[test]
fn a_figure_above_one_counts_the_plural_noun_a_singular_one_describes() {
    assert_eq!(
        figs("Seven branch libraries closed, 40 study desks went and 20 business leaders met. Only 1 person dies."),
        vec![
            "Seven | number | 7 | exact | libraries | -",
            "40 | number | 40 | exact | desks | -",
            "20 | number | 20 | exact | leaders | -",
            "1 | number | 1 | exact | person | -",
        ]
    );
}

/// US wire copy's abbreviations: "mln dlrs", "cts", "mln marks", "stg", "pct" after a
/// range; marks in an exam stay a count.
#[test]
fn wire_service_abbreviations() {
    assert_eq!(
        figs(
            "Net was 31.4 mln dlrs, or 15 cts a share, against 512 mln marks, \
             12.5 mln stg and 25 mln guilders. Growth was 6.0 to 6.5 pct. \
             The student scored 90 marks."
        ),
        vec![
            "31.4 mln dlrs | money | 31400000 | exact | - | USD",
            "15 cts | money | 0.15 | exact | - | USD",
            "512 mln marks | money | 512000000 | exact | - | DEM",
            "12.5 mln stg | money | 12500000 | exact | - | GBP",
            "25 mln guilders | money | 25000000 | exact | - | NLG",
            "6.0 to 6.5 pct | percent | 6..6.5 | range | - | -",
            "90 | number | 90 | exact | marks | -",
        ]
    );
}

/// After a verb of change, "to" gives the level reached: "rose 0.1% to 4.7%" is an
/// amount and a level, two figures, when the level is several times the amount or both
/// are stated to the hundredth; a spread of estimates stays one range.
#[test]
fn a_change_and_the_level_it_reached_are_two_figures() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Joblessness edged up 0.1% to 4.7% over the winter.",
            &[
                "0.1% | percent | 0.1 | exact | - | -",
                "4.7% | percent | 4.7 | exact | - | -",
            ],
        ),
        (
            "Brent crude gained $1.32 to $44.45 a barrel.",
            &[
                "$1.32 | money | 1.32 | exact | - | USD",
                "$44.45 | money | 44.45 | exact | - | USD",
            ],
        ),
        (
            "The claimant total fell by 11,000 to 813,200.",
            &[
                "11,000 | number | 11000 | exact | - | -",
                "813,200 | number | 813200 | exact | - | -",
            ],
        ),
        (
            "Its shares slipped $12.40 to $19.85 in early trading.",
            &[
                "$12.40 | money | 12.4 | exact | - | USD",
                "$19.85 | money | 19.85 | exact | - | USD",
            ],
        ),
        (
            "The group raised its profit forecast by 300m euros to 1.9bn euros.",
            &[
                "300m euros | money | 300000000 | exact | - | EUR",
                "1.9bn euros | money | 1900000000 | exact | - | EUR",
            ],
        ),
        (
            "The index lost more than 40 points to 5,120 by the close.",
            &[
                "more than 40 | number | 40 | more_than | points | -",
                "5,120 | number | 5120 | exact | points | -",
            ],
        ),
        // with what the verb changed between it and the amount
        (
            "The central bank lifted its main interest rate 0.25% to 5.5%.",
            &[
                "0.25% | percent | 0.25 | exact | - | -",
                "5.5% | percent | 5.5 | exact | - | -",
            ],
        ),
        (
            "The firm raised the price 15p to 95p.",
            &[
                "15p | money | 0.15 | exact | - | GBP",
                "95p | money | 0.95 | exact | - | GBP",
            ],
        ),
        // with a comparison between, hyphenated or not
        (
            "The jobless count rose a higher-than-expected 9,000 to 1.62 million.",
            &[
                "9,000 | number | 9000 | exact | - | -",
                "1.62 million | number | 1620000 | exact | - | -",
            ],
        ),
        (
            "Retail sales fell a bigger than forecast 0.4% to 3.1%.",
            &[
                "0.4% | percent | 0.4 | exact | - | -",
                "3.1% | percent | 3.1 | exact | - | -",
            ],
        ),
    ];
    for (copy, want) in cases {
        assert_eq!(figs(copy), *want, "{copy}");
    }
}

#[test]
fn a_spread_after_a_verb_of_change_stays_a_range() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Prices are expected to rise 2% to 3% next year.",
            &["2% to 3% | percent | 2..3 | range | - | -"],
        ),
        (
            "The boundary changes would increase its tally by 25 to 30 seats.",
            &["25 to 30 | number | 25..30 | range | seats | -"],
        ),
        (
            "The council will cut 40 to 60 posts.",
            &["40 to 60 | number | 40..60 | range | posts | -"],
        ),
        (
            "The plant employs 10 to 60 people.",
            &["10 to 60 | number | 10..60 | range | people | -"],
        ),
        // a verb of change in a clause of its own, or before a place, names no amount
        (
            "Prices rose as the firm hired 30 to 400 staff.",
            &["30 to 400 | number | 30..400 | range | staff | -"],
        ),
        (
            "The chain raised prices at 2 to 30 stores.",
            &["2 to 30 | number | 2..30 | range | stores | -"],
        ),
    ];
    for (copy, want) in cases {
        assert_eq!(figs(copy), *want, "{copy}");
    }
}

/// "At first" and "first of all" say when or in what order; "the first three games"
/// and "first place" are ranks.
#[test]
fn first_as_an_adverb_is_no_rank() {
    assert_eq!(
        figs("At first the plan looked sound."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("The minister at first denied it."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("First of all, the fees were too high."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("First and foremost, this is a safety matter."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("The first three games were won."),
        vec![
            "first | ordinal | 1 | exact | - | -",
            "three | number | 3 | exact | games | -",
        ]
    );
    assert_eq!(
        figs("She finished at first place."),
        vec!["first | ordinal | 1 | exact | place | -"]
    );
}

#[test]
fn fractions_of_a_second_are_durations() {
    assert_eq!(
        figs("The delay fell to 15 milliseconds, then to 200 microseconds."),
        vec![
            "15 milliseconds | duration | 15 | exact | milliseconds | -",
            "200 microseconds | duration | 200 | exact | microseconds | -",
        ]
    );
}

/// "N times" counts occasions ("arrested three times", "scored 14 times this season"),
/// with "times" its noun as for "twice"; a multiplier keeps none.
#[test]
fn times_counted_are_the_noun_and_multipliers_are_not() {
    let cases: &[(&str, &str)] = &[
        (
            "He has been arrested three times this year.",
            "three | number | 3 | exact | times | -",
        ),
        (
            "The striker scored 14 times in the league.",
            "14 | number | 14 | exact | times | -",
        ),
        (
            "The committee raised rates five times since June.",
            "five | number | 5 | exact | times | -",
        ),
        (
            "They train four times a week.",
            "four | number | 4 | exact | times | -",
        ),
        (
            "Turnout was three times that figure.",
            "three | number | 3 | exact | - | -",
        ),
        (
            "The new chip is 16 times faster.",
            "16 | number | 16 | exact | - | -",
        ),
        (
            "There were three times as many claims.",
            "three | number | 3 | exact | - | -",
        ),
        (
            "The lens magnifies text by up to 10 times.",
            "up to 10 | number | 10 | at_most | - | -",
        ),
        (
            "He drove three times over the limit.",
            "three | number | 3 | exact | - | -",
        ),
    ];
    for (copy, want) in cases {
        assert_eq!(figs(copy), vec![want.to_string()], "{copy}");
    }
}

/// Number words inside set phrases that count nothing: "zero tolerance", "a one-two".
#[test]
fn number_words_in_set_phrases_are_no_figures() {
    assert_eq!(
        figs("Police promised zero tolerance of violence."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("He played a neat one-two with the winger."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("It was a one-two finish for the team."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("Two-way trade grew in a three-way race."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("Complaints fell to zero."),
        vec!["zero | number | 0 | exact | complaints | -"]
    );
    assert_eq!(
        figs("Only one or two shops closed."),
        vec!["one or two | number | 1..2 | range | shops | -"]
    );
}

/// Four digits before one thing are its year ("the 1965 film", "its 2001 predecessor",
/// "a 1997 landslide"); before a count of things, a count ("1965 homes", "1990 staff"),
/// and a noun hyphened on counts whatever its number ("a 2048-bit key").
#[test]
fn four_digits_before_a_singular_noun_are_its_year() {
    let cases: &[(&str, &str)] = &[
        (
            "She starred in the 1965 film of the novel.",
            "1965 | year | 1965 | exact | - | -",
        ),
        (
            "The sequel beat its 2001 predecessor.",
            "2001 | year | 2001 | exact | - | -",
        ),
        (
            "Labour's 1997 landslide changed that.",
            "1997 | year | 1997 | exact | - | -",
        ),
        (
            "He was the 2003 champion.",
            "2003 | year | 2003 | exact | - | -",
        ),
        (
            "The group expects 2026 sales to slow.",
            "2026 | year | 2026 | exact | - | -",
        ),
        (
            "Its 2019 earnings were restated.",
            "2019 | year | 2019 | exact | - | -",
        ),
        (
            "Costs may overrun up to 2030, it said.",
            "2030 | year | 2030 | exact | - | -",
        ),
        (
            "Up to 2000 people came.",
            "Up to 2000 | number | 2000 | at_most | people | -",
        ),
        (
            "The council built 1965 homes.",
            "1965 | number | 1965 | exact | homes | -",
        ),
        (
            "The trust employs 1990 staff.",
            "1990 | number | 1990 | exact | staff | -",
        ),
        (
            "It needs a 2048-bit key.",
            "2048 | number | 2048 | exact | bit | -",
        ),
        (
            "The plane flew at 1960 mph.",
            "1960 | number | 1960 | exact | mph | -",
        ),
    ];
    for (copy, want) in cases {
        assert_eq!(figs(copy), vec![want.to_string()], "{copy}");
    }
}

/// "The second half of the year" is a period and "section 5 of the code" a label: no
/// share and no count. Half of something, and a count after "took part", stay figures.
#[test]
fn halves_of_a_period_and_numbered_labels_are_no_quantities() {
    assert_eq!(
        figs("Exports fell in the second half of 2025."),
        vec![
            "second | ordinal | 2 | exact | half | -",
            "2025 | year | 2025 | exact | - | -",
        ]
    );
    assert_eq!(
        figs("He scored in the first half."),
        vec!["first | ordinal | 1 | exact | half | -"]
    );
    assert_eq!(
        figs("She breached section 5 of the code and clause 12 of the deal."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("The firm filed for chapter 11 protection. Part two follows on Monday."),
        Vec::<String>::new()
    );
    assert_eq!(
        figs("Half the staff left and he took part 10 times."),
        vec![
            "Half | percent | 50 | exact | - | -",
            "10 | number | 10 | exact | times | -",
        ]
    );
    assert_eq!(
        figs("Trading volume 20% above average."),
        vec!["20% | percent | 20 | exact | - | -"]
    );
}

/// One and a half of a unit ("an hour and a half", "a mile and a half", "a dozen and a
/// half"), a bare decimal with its unit glued on (".25ml"), and "second" as the rank of
/// a set or half ("three second-half goals") rather than a second of time.
#[test]
fn halves_of_units_bare_decimals_and_second_as_a_rank() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The hearing lasted an hour and a half.",
            &["an hour and a half | duration | 1.5 | exact | hour | -"],
        ),
        (
            "She won by a second and a half.",
            &["a second and a half | duration | 1.5 | exact | second | -"],
        ),
        (
            "The route is a mile and a half long.",
            &["a mile and a half | number | 1.5 | exact | mile | -"],
        ),
        (
            "They sold a dozen and a half eggs.",
            &["a dozen and a half | number | 18 | exact | eggs | -"],
        ),
        (
            "Give a .25ml dose.",
            &[".25ml | number | 0.25 | exact | ml | -"],
        ),
        (
            "He scored three second-half goals.",
            &[
                "three | number | 3 | exact | goals | -",
                "second | ordinal | 2 | exact | half | -",
            ],
        ),
        ("The half-time talk took a minute.", &[]),
        ("Results came in a second.", &[]),
        (".0012G of it", &[]),
    ];
    for (copy, want) in cases {
        assert_eq!(figs(copy), *want, "{copy}");
    }
}

/// Days listed before the month they share are dates, not counts: "on 14, 20 and 27
/// April"; two days stay one span ("16 or 17 March") and ages stay numbers.
#[test]
fn days_listed_before_their_month_are_dates() {
    assert_eq!(
        figs("Previews run on 14, 20 and 27 April."),
        vec![
            "14 | date | -..- | exact | - | -",
            "20 | date | -..- | exact | - | -",
            "27 April | date | -..- | exact | - | -",
        ]
    );
    assert_eq!(
        figs("The vote is on 16 or 17 March."),
        vec!["16 or 17 March | date | -..- | exact | - | -"]
    );
    assert_eq!(
        figs("She was 20, he was 27 in April."),
        vec![
            "20 | number | 20 | exact | - | -",
            "27 | number | 27 | exact | - | -",
        ]
    );
}

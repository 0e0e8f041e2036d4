//! General rules of reading numbers written in words that issue 18's peer suite showed
//! missing, each in phrasings written for these tests, with the close cases that must
//! read differently: fractions whose denominator is a compound rank ("three
//! twenty-firsts", "one hundred thirty-fifths"), an improper fraction after "and", a
//! rank of a hundred or more after "one" ("one one hundred fifth"), tens and units
//! written solid ("twentyfifth", "twentyone"), a bare "hundredth" or "millionth" rank,
//! "nineth", and two figures of one size joined by "and" ("three hundred and four
//! hundred"). Outputs are compared in full.

#[path = "common/figures.rs"]
mod figures;
use figures::figs;

fn none() -> Vec<String> {
    Vec::new()
}

#[test]
fn a_tens_before_a_plural_rank_is_the_denominator() {
    // A fraction is written as a share (SPEC: "two-thirds" is 66.67%).
    assert_eq!(
        figs("The recipe calls for three twenty-firsts of the flour."),
        vec!["three twenty-firsts | percent | 14.2857 | exact | - | -"]
    );
    assert_eq!(
        figs("Only two twenty-fifths of the seats changed hands."),
        vec!["two twenty-fifths | percent | 8 | exact | - | -"]
    );
    assert_eq!(
        figs("Each heir got one hundred thirty-fifths of the estate."),
        vec!["one hundred thirty-fifths | percent | 285.7143 | exact | - | -"]
    );
    // "and" ties the tens to the number: the whole of it is the numerator.
    assert_eq!(
        figs("The board kept one hundred and thirty-two fifths, an odd figure."),
        vec!["one hundred and thirty-two fifths | percent | 2640 | exact | - | -"]
    );
    // With no number before it, "twenty fifths" is twenty of them.
    assert_eq!(
        figs("Voters backed it by twenty fifths to one."),
        vec!["twenty fifths | percent | 400 | exact | - | -"]
    );
    // A rank, not a fraction: singular, and nothing that makes it a share.
    assert_eq!(
        figs("It was the one hundred thirty-fifth sitting of the court."),
        vec!["one hundred thirty-fifth | ordinal | 135 | exact | sitting | -"]
    );
    // Plural firsts and seconds alone are degrees or moments, never denominators.
    assert_eq!(
        figs("The college awarded three firsts and nine upper seconds this year."),
        vec![
            "three | number | 3 | exact | firsts | -",
            "nine | number | 9 | exact | seconds | -",
        ]
    );
    assert_eq!(
        figs("The advert lasted thirty seconds."),
        vec!["thirty seconds | duration | 30 | exact | seconds | -"]
    );
}

#[test]
fn a_proper_fraction_after_and_is_a_mixed_number() {
    assert_eq!(
        figs("Turnout was one hundred and three quarters of the target."),
        vec!["one hundred and three quarters | number | 100.75 | exact | - | -"]
    );
    assert_eq!(
        figs("The record fell by two hundred and fifty-four hundredths."),
        vec!["two hundred and fifty-four hundredths | number | 200.54 | exact | - | -"]
    );
    assert_eq!(
        figs("The fund grew to two million and three quarters."),
        vec!["two million and three quarters | number | 2750000 | exact | - | -"]
    );
}

#[test]
fn one_before_a_scaled_rank_is_one_part_of_it() {
    assert_eq!(
        figs("The mill ran at one one hundred fifth of its old speed."),
        vec!["one one hundred fifth | percent | 0.9524 | exact | - | -"]
    );
    // A rank after any other number stays a rank.
    assert_eq!(
        figs("The town marked its two hundred fifth year."),
        vec!["two hundred fifth | ordinal | 205 | exact | year | -"]
    );
}

#[test]
fn tens_and_units_written_solid_are_read() {
    assert_eq!(
        figs("They finished twentyfifth in the league."),
        vec!["twentyfifth | ordinal | 25 | exact | - | -"]
    );
    assert_eq!(
        figs("The party came thirtyfirst of 40 in the poll."),
        vec![
            "thirtyfirst | ordinal | 31 | exact | - | -",
            "40 | number | 40 | exact | - | -",
        ]
    );
    assert_eq!(
        figs("Twentyone councillors voted against, and fortytwo abstained."),
        vec![
            "Twentyone | number | 21 | exact | councillors | -",
            "fortytwo | number | 42 | exact | councillors | -",
        ]
    );
    // Words that only start like a tens are words.
    assert_eq!(
        figs("The twentysomething founders met in Seventyville."),
        none()
    );
}

#[test]
fn a_bare_rank_of_a_hundred_or_more_is_a_rank() {
    assert_eq!(
        figs("The chain served its millionth customer on Friday."),
        vec!["millionth | ordinal | 1000000 | exact | customer | -"]
    );
    assert_eq!(
        figs("The club celebrated its hundredth birthday."),
        vec!["hundredth | ordinal | 100 | exact | birthday | -"]
    );
    // A share of a unit is no rank.
    assert_eq!(
        figs("A thousandth of a gram is a milligram."),
        vec!["A thousandth | percent | 0.1 | exact | - | -"]
    );
}

#[test]
fn nineth_is_read_as_ninth() {
    assert_eq!(
        figs("She finished nineth, two places behind her sister."),
        vec![
            "nineth | ordinal | 9 | exact | - | -",
            "two | number | 2 | exact | places | -",
        ]
    );
}

#[test]
fn a_second_is_never_a_half() {
    // a moment, not a rank either (see the rate test below)
    assert_eq!(figs("She won by a second."), none());
    // one and a half seconds, no rank and no share
    assert_eq!(
        figs("The sprinter won by a second and a half."),
        vec!["a second and a half | duration | 1.5 | exact | second | -"]
    );
}

#[test]
fn two_figures_of_one_size_joined_by_and_stay_two() {
    assert_eq!(
        figs("Between three hundred and four hundred people marched."),
        vec!["Between three hundred and four hundred | number | 300..400 | range | people | -"]
    );
    assert_eq!(
        figs("Crowds of 3 hundred and 2 hundred gathered on two days."),
        vec![
            "3 hundred | number | 300 | exact | - | -",
            "2 hundred | number | 200 | exact | - | -",
            "two days | duration | 2 | exact | days | -",
        ]
    );
    assert_eq!(
        figs("Between five thousand and six thousand homes lost power."),
        vec!["Between five thousand and six thousand | number | 5000..6000 | range | homes | -"]
    );
    // The rest of one figure goes on: a smaller group, or a larger scale.
    assert_eq!(
        figs("Three hundred and two thousand people signed the petition."),
        vec!["Three hundred and two thousand | number | 302000 | exact | people | -"]
    );
    assert_eq!(
        figs("Five thousand and two hundred homes lost power."),
        vec!["Five thousand and two hundred | number | 5200 | exact | homes | -"]
    );
    assert_eq!(
        figs("Some three hundred and twenty-five staff were moved."),
        vec!["Some three hundred and twenty-five | number | 325 | approximate | staff | -"]
    );
}

#[test]
fn a_dollar_is_one_dollar_where_a_price_goes_on() {
    assert_eq!(
        figs("Millions live on less than a dollar a day."),
        vec!["less than a dollar | money | 1 | less_than | - | USD"]
    );
    assert_eq!(
        figs("The shares slid below a dollar on Monday."),
        vec!["below a dollar | money | 1 | less_than | - | USD"]
    );
    assert_eq!(
        figs("A coffee there costs a dollar and 42 cents."),
        vec!["a dollar and 42 cents | money | 1.42 | exact | - | USD"]
    );
    // The currency named, not an amount.
    assert_eq!(figs("The fund is a dollar bond fund."), none());
    assert_eq!(figs("She bought a dollar-denominated bond."), none());
}

#[test]
fn a_unit_per_hour_keeps_its_figure() {
    assert_eq!(
        figs("The limit is 30km/h near schools and 50km/h elsewhere."),
        vec![
            "30km/h | number | 30 | exact | km/h | -",
            "50km/h | number | 50 | exact | km/h | -",
        ]
    );
    assert_eq!(
        figs("The robot walks at about 1.5km/h."),
        vec!["about 1.5km/h | number | 1.5 | approximate | km/h | -"]
    );
    // A glued "m" before "/s" is metres a second; before "/h" it is left alone, as
    // "3/4"-like slashes of ranks are.
    assert_eq!(
        figs("The drone climbs at 5m/s."),
        vec!["5m/s | number | 5 | exact | m/s | -"]
    );
    assert_eq!(figs("The drone climbs at 5m/h."), none());
    assert_eq!(figs("He finished 3rd/4th in the heats."), none());
}

#[test]
fn a_glued_mil_is_millions() {
    assert_eq!(
        figs("He earns 2mil a year, his agent says."),
        vec!["2mil | number | 2000000 | exact | - | -"]
    );
}

#[test]
fn space_grouped_thousands_may_end_in_decimals() {
    assert_eq!(
        figs("The grant came to 1 234 567.89 euros in all."),
        vec!["1 234 567.89 euros | money | 1234567.89 | exact | - | EUR"]
    );
    assert_eq!(
        figs("The census gave 1\u{202f}234\u{202f}567.5 residents."),
        vec!["1\u{202f}234\u{202f}567.5 | number | 1234567.5 | exact | residents | -"]
    );
    assert_eq!(
        figs("The hall seats 1 200 people."),
        vec!["1 200 | number | 1200 | exact | people | -"]
    );
    // Groups of three only: "5 100" is grouped, "5 10.5" is two figures.
    assert_eq!(
        figs("Heats were run in 5 10.5-second bursts."),
        vec![
            "5 | number | 5 | exact | - | -",
            "10.5-second | duration | 10.5 | exact | second | -",
        ]
    );
}

#[test]
fn a_number_word_hyphened_to_a_currency_is_money() {
    assert_eq!(
        figs("He made a one-yen bid for the contract."),
        vec!["one-yen | money | 1 | exact | - | JPY"]
    );
    assert_eq!(
        figs("She paid with a five-pound note and a two-dollar bill."),
        vec![
            "five-pound | money | 5 | exact | - | GBP",
            "two-dollar | money | 2 | exact | - | USD",
        ]
    );
    assert_eq!(
        figs("It was a billion-dollar deal."),
        vec!["a billion-dollar | money | 1000000000 | exact | - | USD"]
    );
    assert_eq!(figs("The play is a one-man show."), none());
}

#[test]
fn a_square_or_cubic_unit_glued_to_digits_is_a_measure() {
    assert_eq!(
        figs("The flat measures 100m2, with a 12m2 balcony."),
        vec![
            "100m2 | number | 100 | exact | m2 | -",
            "12m2 | number | 12 | exact | m2 | -",
        ]
    );
    assert_eq!(
        figs("The tank holds 30m3 of water."),
        vec!["30m3 | number | 30 | exact | m3 | -"]
    );
    // Digits, letters and digits again are a code or a name.
    assert_eq!(figs("He drove a 4x4 fitted with a 3G2 chip."), none());
}

#[test]
fn a_dozen_after_and_counts_what_follows_the_and() {
    assert_eq!(
        figs("They ordered three hundred and two dozen eggs."),
        vec!["three hundred and two dozen | number | 324 | exact | eggs | -"]
    );
    assert_eq!(
        figs("The florist sold two thousand and five dozen roses."),
        vec!["two thousand and five dozen | number | 2060 | exact | roses | -"]
    );
    // With no "and" the dozen multiplies the whole.
    assert_eq!(
        figs("The warehouse held four hundred dozen eggs."),
        vec!["four hundred dozen | number | 4800 | exact | eggs | -"]
    );
}

#[test]
fn second_in_a_rate_or_a_moment_is_no_rank() {
    // the unit of time of a rate, after "per" always, after "a", "each" or "every" where
    // the clause ends with it
    assert_eq!(
        figs("The link carries ten megabits a second, twice the old speed."),
        vec!["ten | number | 10 | exact | megabits | -"]
    );
    assert_eq!(
        figs("The chip handles 40 trillion sums per second (teraflops)."),
        vec!["40 trillion | number | 40000000000000 | exact | sums | -"]
    );
    assert_eq!(
        figs("Its camera films 120 frames every second."),
        vec!["120 | number | 120 | exact | frames | -"]
    );
    assert_eq!(
        figs("The fans fell silent for a second - then roared."),
        none()
    );
    // a rank names what it ranks, straight after it or hyphened to it
    assert_eq!(
        figs("She won a second term in May."),
        vec!["second | ordinal | 2 | exact | term | -"]
    );
    assert_eq!(
        figs("A second-half try sealed it."),
        vec!["second | ordinal | 2 | exact | half | -"]
    );
    assert_eq!(
        figs("Hopes of a second \"summit\" faded."),
        vec!["second | ordinal | 2 | exact | - | -"]
    );
    assert_eq!(
        figs("The party came a close second."),
        vec!["second | ordinal | 2 | exact | - | -"]
    );
}

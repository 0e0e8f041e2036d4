//! The rules on the newer phrasings of news copy, one test per relation: a percentage
//! change with a conversion in brackets or set "against"/"compared with" the earlier
//! figure; a change stated as an amount and a percentage with the level reached; a stated
//! difference ("£3.3bn higher than the £25.1bn forecast", "fell by £700 from A to B"); a
//! comparison ("short of", "up on", "lower than"); a playing record (won, drawn and
//! lost against played); a rate restated over another period ("2,000 vans a week, or
//! about 150,000 a year"); a rate per so many people ("120 deaths among its 400,000
//! residents, a rate of 40 per 100,000"); a measure converted in brackets ("12 miles
//! (19km)"). Each relation has its fixtures in
//! tests/fixtures/phrasings/<relation>/: every `flag` case is an error a sub-editor with a
//! calculator would catch and gives exactly one arithmetic or consistency finding; every
//! `pass` case is a close look-alike (right figures, another measure, a conversion in
//! brackets, a clause about something else, a qualifier) and gives none. Figures come
//! from the real extractor and are judged by the full pipeline (`rules::check`, as
//! `claimcheck check` runs it), not by `support::run`'s separate arithmetic and
//! consistency passes: only the pipeline drops the comparison a stated difference
//! ("£3.3bn higher than the £25.1bn forecast") would otherwise also be read as.

#[macro_use]
#[path = "fixtures/rules/support.rs"]
mod support;

use claimcheck::document::{Document, Format};
use claimcheck::finding::Finding;
use support::{cases, describe};

#[path = "common/typographic.rs"]
mod typographic;
use typographic::{straightened, typographic};

/// Every arithmetic and consistency finding for `text`, as `claimcheck check` finds them.
fn run(text: &str) -> (Document, Vec<Finding>) {
    let doc = Document::from_text("case.txt", text, Format::Text);
    let claims = claimcheck::extract::extract(&doc);
    let frames = claimcheck::frame::frame(&doc, &claims);
    let mut out = claimcheck::rules::check(&doc, &frames);
    out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    (doc, out)
}

/// The findings on every case of `tests/fixtures/phrasings/{relation}/{file}.txt`.
fn findings_of(relation: &str, file: &str) -> Vec<(String, Vec<String>)> {
    cases(&format!("tests/fixtures/phrasings/{relation}/{file}.txt"))
        .into_iter()
        .map(|case| {
            let (doc, found) = run(&case);
            let lines = found
                .iter()
                .enumerate()
                .map(|(i, f)| describe(i + 1, &doc, f))
                .collect();
            (case, lines)
        })
        .collect()
}

/// One line per `flag` case (each must give exactly one finding), for the snapshot;
/// panics on a `pass` case that gives any.
fn check_relation(relation: &str) -> String {
    let mut snap = String::new();
    for (i, (case, lines)) in findings_of(relation, "flag").into_iter().enumerate() {
        assert_eq!(
            lines.len(),
            1,
            "{relation} flag case {}: {case}\n{lines:#?}",
            i + 1
        );
        snap.push_str(&format!("{}: {}\n", i + 1, lines.join("\n")));
    }
    for (i, (case, lines)) in findings_of(relation, "pass").into_iter().enumerate() {
        assert!(
            lines.is_empty(),
            "{relation} pass case {}: {case}\n{lines:#?}",
            i + 1
        );
    }
    snap
}

#[test]
fn percent_change_phrasings() {
    insta::assert_snapshot!(check_relation("percent-change"));
}

#[test]
fn multiple_phrasings() {
    insta::assert_snapshot!(check_relation("multiple"));
}

#[test]
fn amount_change_phrasings() {
    insta::assert_snapshot!(check_relation("amount-change"));
}

#[test]
fn difference_phrasings() {
    insta::assert_snapshot!(check_relation("difference"));
}

#[test]
fn playing_record_phrasings() {
    insta::assert_snapshot!(check_relation("games"));
}

#[test]
fn rate_over_another_period_phrasings() {
    insta::assert_snapshot!(check_relation("period-rate"));
}

#[test]
fn rate_per_head_phrasings() {
    insta::assert_snapshot!(check_relation("rate-per"));
}

#[test]
fn comparison_phrasings() {
    insta::assert_snapshot!(check_relation("comparison"));
}

#[test]
fn share_phrasings() {
    insta::assert_snapshot!(check_relation("share"));
}

#[test]
fn average_phrasings() {
    insta::assert_snapshot!(check_relation("average"));
}

#[test]
fn complement_phrasings() {
    insta::assert_snapshot!(check_relation("complement"));
}

#[test]
fn answers_phrasings() {
    insta::assert_snapshot!(check_relation("answers"));
}

/// Relations read generously (bound across sentences, or holding only at the edge of
/// rounding) are warnings; each flag case gives one, each close look-alike none.
#[test]
fn relations_across_sentences_and_at_the_edge() {
    insta::assert_snapshot!(check_relation("across"));
    for case in cases("tests/fixtures/phrasings/across/flag.txt") {
        for f in run(&case).1 {
            assert_eq!(f.severity, claimcheck::finding::Severity::Warning, "{case}");
        }
    }
}

/// A balance of trade beside the exports and imports it is the difference of, in its
/// sentence or the ones after it.
#[test]
fn balance_phrasings() {
    insta::assert_snapshot!(check_relation("balance"));
}

/// A change said with the level it reached, against the one dated level the sentence
/// before gives ("had 410 staff in 2020. It now employs 380, a fall of 7%").
#[test]
fn a_change_from_the_level_the_sentence_before_gives() {
    insta::assert_snapshot!(check_relation("prior-level"));
    for case in cases("tests/fixtures/phrasings/prior-level/flag.txt") {
        for f in run(&case).1 {
            assert_eq!(f.severity, claimcheck::finding::Severity::Warning, "{case}");
        }
    }
}

#[test]
fn a_price_against_an_offer_price_given_elsewhere() {
    insta::assert_snapshot!(check_relation("offer-price"));
}

#[test]
fn a_count_in_proportion_to_a_population_share() {
    insta::assert_snapshot!(check_relation("proportion"));
}

#[test]
fn one_projected_amount_given_two_values_for_a_year() {
    insta::assert_snapshot!(check_relation("projected-amounts"));
}

#[test]
fn a_part_said_to_be_n_of_them() {
    insta::assert_snapshot!(check_relation("of-them"));
}

#[test]
fn a_length_doubled_or_halved() {
    insta::assert_snapshot!(check_relation("durations"));
}

#[test]
fn a_sentence_repeated_with_a_figure_changed() {
    insta::assert_snapshot!(check_relation("repeated"));
}

#[test]
fn a_measure_and_its_conversion_in_brackets() {
    insta::assert_snapshot!(check_relation("measure-conversion"));
}

#[test]
fn a_length_beside_the_years_it_runs_between() {
    insta::assert_snapshot!(check_relation("year-span"));
}

/// Every phrasing, rule and wire case, set with typographic quotes and apostrophes as
/// published copy is, gives the findings it gives set plainly: the rules read "the
/// company’s 1,200 staff" as they read "the company's 1,200 staff".
#[test]
fn every_case_set_typographic_gives_the_same_findings() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut folders = vec!["tests/fixtures/wire".to_string()];
    for parent in ["phrasings", "rules"] {
        for e in std::fs::read_dir(fixtures.join(parent)).unwrap() {
            let e = e.unwrap();
            if e.path().is_dir() {
                let name = e.file_name().to_string_lossy().into_owned();
                folders.push(format!("tests/fixtures/{parent}/{name}"));
            }
        }
    }
    folders.sort();
    let (mut set, mut findings) = (0, 0);
    for folder in &folders {
        for file in ["flag", "pass"] {
            for case in cases(&format!("{folder}/{file}.txt")) {
                let curly = typographic(&case);
                if curly == case {
                    continue;
                }
                set += 1;
                let read = |text: &str| {
                    let (doc, found) = run(text);
                    found
                        .iter()
                        .enumerate()
                        .map(|(i, f)| straightened(&describe(i + 1, &doc, f)))
                        .collect::<Vec<_>>()
                };
                let plain = read(&case);
                findings += plain.len();
                assert_eq!(read(&curly), plain, "{folder}/{file}: {curly}");
            }
        }
    }
    println!("{set} cases with quotes, {findings} findings, the same set either way");
    assert!(
        set > 70 && findings > 30,
        "{set} cases with quotes, {findings} findings"
    );
}

/// The arithmetic and consistency findings on `text`, as "rule: message".
fn arithmetic_of(text: &str) -> Vec<String> {
    run(text)
        .1
        .iter()
        .map(|f| format!("{}: {}", f.rule.as_str(), f.message))
        .filter(|f| f.starts_with("arithmetic/") || f.starts_with("consistency/"))
        .collect()
}

/// A whole story of our own (a health service's figures, every one consistent): no
/// finding as written, and each edit of one figure that makes it wrong is found, but for
/// the two the rules cannot yet tie to their figures, listed here so that reading them
/// shows up as a change.
#[test]
fn a_whole_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "health-service.txt",
        &[
            ("up from 356,000", "up from 366,000"),
            ("a rise of 56,000", "a rise of 46,000"),
            ("or 16%, in twelve", "or 26%, in twelve"),
            ("an increase of 83%", "an increase of 63%"),
            ("when it treated 8,600", "when it treated 8,900"),
            ("roughly 43,450", "roughly 48,450"),
            ("about £70,000 a bed", "about £90,000 a bed"),
            ("or 8.2% of the", "or 9.2% of the"),
        ],
        // not yet: the same change restated paragraphs on, and a multiple whose later
        // level is in the first paragraph
        &[
            ("the 16% rise was", "the 18% rise was"),
            ("from 190,000 in 2019", "from 250,000 in 2019"),
        ],
    );
}

/// A company's results in wire style ("percent", "$84 million, or 56 cents a share,",
/// "Oct. 31", basis points), every figure consistent.
#[test]
fn a_wire_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-earnings.txt",
        &[
            ("a 12 percent rise", "a 15 percent rise"),
            ("increased 4.1 percent", "increased 6.1 percent"),
            ("widened 60 basis points", "widened 80 basis points"),
            ("Shares rose 7.5 percent", "Shares rose 9.5 percent"),
            ("or 29 percent", "or 39 percent"),
            ("a 28 percent increase", "a 38 percent increase"),
            ("up nearly 5 percent", "up nearly 8 percent"),
            ("debt by a third", "debt by a quarter"),
            ("rose to $84 million", "rose to $94 million"),
            ("$2.54 billion from", "$2.64 billion from"),
            ("to 38.4 percent", "to 38.9 percent"),
        ],
        // not yet: a count of stores after openings and closings
        &[("It had 212 stores", "It had 214 stores")],
    );
}

/// An ambulance service's month (written before the rules that read it were built):
/// calls against a year before, a share of them "of the total" given a sentence
/// earlier, hours lost restated a day, handovers out of arrivals, a workforce and its
/// recruits, vehicles and their cost each, a budget's rise, beds at two hospitals.
#[test]
fn an_ambulance_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "ambulance-waits.txt",
        &[
            ("answered 41,200 emergency", "answered 53,560 emergency"),
            ("up from 36,800 in", "up from 47,840 in"),
            ("a rise of 12%.", "a rise of 16%."),
            ("Of those calls, 8,240", "Of those calls, 10,712"),
            ("about 20% of the total", "about 26% of the total"),
            ("said 2,960 hours", "said 3,848 hours"),
            ("about 99 hours a day", "about 129 hours a day"),
            ("affected, 640 handovers", "affected, 832 handovers"),
            ("out of 2,560 arrivals", "out of 3,328 arrivals"),
            ("employs 1,850 paramedics", "employs 2,405 paramedics"),
            ("another 150 by March", "another 195 by March"),
            ("workforce to 2,000.", "workforce to 2,600."),
            ("bought 24 new", "bought 31 new"),
            ("cost of £3.6m", "cost of £4.7m"),
            ("or £150,000 each", "or £195,000 each"),
            ("just 4%, from", "just 5%, from"),
            ("from £250m to", "from £325m to"),
            ("to £260m.", "to £338m."),
            ("beds, 740 at Kestrel", "beds, 962 at Kestrel"),
            ("and 570 at Northmere", "and 741 at Northmere"),
            ("November, 96 patients", "November, 125 patients"),
            ("up from 60 a year", "up from 78 a year"),
            ("an increase of 60%", "an increase of 78%"),
        ],
        // not yet: a multiple with words between it and the first length, a change
        // restated in a quote, a budget with nothing to check it by, and a whole of
        // places the sentence's subject names
        &[
            ("an average of 52 minutes", "an average of 68 minutes"),
            ("the 18-minute target", "the 23-minute target"),
            ("risen by 12% in a year", "risen by 16% in a year"),
            ("is £271m.", "is £352m."),
            ("have 1,310 beds", "have 1,703 beds"),
        ],
    );
}

/// A city's rents and housing list in broadsheet style ("per cent"), written before the
/// rules that read it were built (9 of its 28 edits found then): a rise stated against
/// the year before a sentence later, a waiting list's growth, a share of it "of the
/// total", a target missed, homes a week, rough sleepers doubled, a cost a family.
#[test]
fn a_rents_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "northmere-rents.txt",
        &[
            ("rose by 9.2 per cent", "rose by 12.0 per cent"),
            ("rent to £1,310.", "rent to £1,703."),
            ("That is £110 more", "That is £143 more"),
            ("average of £1,200 a month", "average of £1,560 a month"),
            ("or £14,400 a year", "or £18,720 a year"),
            ("there are 18,500 households", "there are 24,050 households"),
            ("housing, 2,300 more", "housing, 2,990 more"),
            ("increase of 14 per cent", "increase of 18 per cent"),
            ("the list, 4,100 are", "the list, 5,330 are"),
            ("about 22 per cent", "about 29 per cent"),
            ("built 1,150 new homes", "built 1,495 new homes"),
            ("target of 1,600, a", "target of 2,080, a"),
            ("shortfall of 450.", "shortfall of 585."),
            ("build 1,600 homes a year", "build 2,080 homes a year"),
            ("about 31 a week", "about 40 a week"),
            ("from 42 to 84", "from 55 to 84"),
            ("from 42 to 84", "from 42 to 109"),
            ("Some 640 families", "Some 832 families"),
            ("council £9.6m a year", "council £12.5m a year"),
            ("or £15,000 a family", "or £19,500 a family"),
        ],
        // not yet: what is left of earnings after a share of them, a share "of them"
        // whose whole is one of three figures in the sentence before, and the county's
        // rents, which nothing else fixes
        &[
            ("spends 38 per cent", "spends 49 per cent"),
            ("up from 34 per cent", "up from 44 per cent"),
            (
                "earnings in the city of £41,400",
                "earnings in the city of £53,820",
            ),
            ("about £25,700 for", "about £33,410 for"),
            ("Only 230 of them", "Only 299 of them"),
            ("or 20 per cent, were", "or 26 per cent, were"),
            ("rose 6.8 per cent", "rose 8.8 per cent"),
            ("average of £1,050 a month", "average of £1,365 a month"),
        ],
    );
}

/// A county's crime figures in wire style ("percent", a dateline), written before the
/// rules that read it were built (9 of its 30 edits found then): falls against the year
/// before, a share of victims, a share "of them" whose whole the sentence before gives,
/// a budget per resident whose residents an earlier sentence counts. Most of its other
/// figures nothing else in the story fixes.
#[test]
fn a_wire_crime_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-county-crime.txt",
        &[
            ("fell 7 percent", "fell 9 percent"),
            ("to 3,720 offenses", "to 4,836 offenses"),
            ("from 4,000 in 2023", "from 5,200 in 2023"),
            ("dropped to 410 from", "dropped to 533 from"),
            ("from 520, a decline", "from 676, a decline"),
            ("decline of 21 percent", "decline of 27 percent"),
            ("Of the 31 victims", "Of the 40 victims"),
            ("victims, 22 were", "victims, 29 were"),
            ("about 71 percent", "about 92 percent"),
            ("to 12,480 incidents", "to 16,224 incidents"),
            ("for 2,496 of them", "for 3,245 of them"),
            ("or 20 percent.", "or 26 percent."),
            ("about 620,000 residents", "about 806,000 residents"),
            ("to $212 million", "to $276 million"),
            ("about $342 for", "about $445 for"),
        ],
        // not yet: arrests as a share of the crimes the lead gives, a rate per 100,000
        // whose count is in the lead, and homicides against the victims the next
        // sentence counts
        &[
            ("made 1,860 arrests", "made 2,418 arrests"),
            ("recorded 600 violent", "recorded 780 violent"),
            ("rose to 31 from", "rose to 40 from"),
        ],
    );
}

/// A study's results, written before the rules that read it were built (2 of its 21
/// edits found then): the rate in each group "among the B who …", and a funder's grant a
/// month. Most of its other figures (a risk cut, steps a day, ages) nothing else fixes.
#[test]
fn a_study_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "walking-study.txt",
        &[
            ("Among the 19,200 who", "Among the 24,960 who"),
            ("day, 1,056 developed", "day, 1,373 developed"),
            ("a rate of 5.5%", "a rate of 7.2%"),
            ("Among the 28,800 who", "Among the 37,440 who"),
            ("the rate was 7.2%", "the rate was 9.4%"),
            ("or 2,074 people", "or 2,696 people"),
            ("about £18m a year", "about £23m a year"),
            ("roughly £1.5m a month", "roughly £2.0m a month"),
        ],
        // not yet: a share "of those taking part" whose whole is two sentences back, and
        // the whole of the two groups, given in the lead
        &[
            ("time 3,120 of them", "time 4,056 of them"),
            ("about 6.5% of those", "about 8.5% of those"),
            ("more than 48,000 adults", "more than 62,400 adults"),
        ],
    );
}

/// A by-election and a council's seats, every figure consistent.
#[test]
fn an_election_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "by-election.txt",
        &[
            ("Turnout was 41.2%", "Turnout was 44.2%"),
            ("a drop of 6.6 points", "a drop of 7.6 points"),
            ("a majority of six", "a majority of four"),
            ("a majority of 61", "a majority of 71"),
            ("fell to 45.5% from", "fell to 48.5% from"),
        ],
        // not yet: a majority and the votes it comes from in the next sentence, the
        // votes against the turnout, and a swing from two changes
        &[
            ("with a majority of 1,420", "with a majority of 1,240"),
            ("1,040 for independents", "1,440 for independents"),
            ("a swing of 9.5", "a swing of 8.5"),
        ],
    );
}

/// House prices and mortgages, every figure consistent.
#[test]
fn a_property_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "house-prices.txt",
        &[
            ("a rise of 2.3%", "a rise of 3.3%"),
            ("£6,400 higher than", "£8,400 higher than"),
            ("an increase of 5%, though", "an increase of 8%, though"),
        ],
        // not yet: a share of a price named in words, a rise from a level in the
        // sentence before, a gap to a peak and a figure in another paragraph
        &[
            ("or 20% of the purchase", "or 25% of the purchase"),
            ("risen by 84% over", "risen by 64% over"),
            (
                "about £8,000 below their peak",
                "about £18,000 below their peak",
            ),
            (
                "less than a third of the London",
                "less than a quarter of the London",
            ),
        ],
    );
}

/// A rail operator's year, written as a held-out story (its first run found 11 of its 29
/// single-figure edits, no false alarm): cancellations as a share, journeys down, drivers
/// hired towards a total, a fare rise added to a season ticket, claims doubled and their
/// average pay-out.
#[test]
fn a_rail_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "rail-cancellations.txt",
        &[
            ("led 5,400 of ", "led 7,020 of "),
            ("its 108,000 sch", "its 140,400 sch"),
            (" or 5%, t", " or 6%, t"),
            ("ade 62 mil", "ade 81 mil"),
            ("rom 68 mil", "rom 88 mil"),
            ("out 9%.", "out 12%."),
            ("oys 1,150 dri", "oys 1,495 dri"),
            ("her 90, wh", "her 117, wh"),
            (" to 1,240.", " to 1,612."),
            (" by 4.9% in", " by 6.4% in"),
            ("ng £180 to ", "ng £234 to "),
            (" a £3,670 ann", " a £4,771 ann"),
            (" to 240,000, fr", " to 312,000, fr"),
            ("rom 120,000, an", "rom 156,000, an"),
            ("ut £7.2m, a", "ut £9.4m, a"),
            ("of £30 a c", "of £39 a c"),
        ],
        // not yet: "The figure is up from 3,600" against the count the sentence before
        // gives with two others, a subsidy per journey and a cost of hiring drivers from
        // figures of other sentences
        &[
            ("rom 3,600 the", "rom 4,680 the"),
            ("ut £6.60 for", "ut £8.58 for"),
            ("me £9m.", "me £12m."),
        ],
    );
}

/// A county's school results, written as a held-out story (its first run raised one false
/// alarm, a rate read as an amount added to a running total, now fixed, and found 7 of its
/// 26 edits): a share of schools, a real-terms cut to a level, tutoring money spread over
/// two years, vacancies doubled, a pay multiple and a survey.
#[test]
fn a_schools_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "school-results.txt",
        &[
            ("has 96 pri", "has 125 pri"),
            ("ls, 18 of ", "ls, 23 of "),
            (" or 19%.", " or 25%."),
            (" by 8% in", " by 10% in"),
            ("to £5,520 a y", "to £7,176 a y"),
            ("of £480.", "of £624."),
            ("ra £2.5m on", "ra £3.2m on"),
            ("or £1.25m a ", "or £1.62m a "),
            ("rom 45 to ", "rom 58 to "),
            (" to 90, an", " to 117, an"),
            ("of £62,000, ab", "of £80,600, ab"),
            ("out 1.6 tim", "out 2.1 tim"),
            ("of £39,000.", "of £50,700."),
            (" of 350 par", " of 455 par"),
            ("hat 210, or", "hat 273, or"),
            (" or 60%, w", " or 78%, w"),
        ],
        // not yet: the pupils reaching the standard against the share the sentence before
        // gives, "one in seven" of the pupils two paragraphs up, and a running total after
        // a rate
        &[
            ("ts, 2,436 rea", "ts, 3,167 rea"),
            ("out 600 pup", "out 780 pup"),
            ("to £5.5m.", "to £7.2m."),
        ],
    );
}

/// The story `name` (under `tests/fixtures/stories/`) gives no finding as written; each
/// edit in `found` gives one at least, and each in `not_yet` none.
fn story_and_its_edits(name: &str, found: &[(&str, &str)], not_yet: &[(&str, &str)]) {
    let story = std::fs::read_to_string(format!("tests/fixtures/stories/{name}"))
        .expect("the story fixture");
    assert_eq!(arithmetic_of(&story), Vec::<String>::new(), "{name}");
    let edited = |from: &str, to: &str| {
        assert!(story.contains(from), "{from}");
        story.replacen(from, to, 1)
    };
    for (from, to) in found {
        let got = arithmetic_of(&edited(from, to));
        assert!(!got.is_empty(), "{name}: {from} -> {to}: nothing found");
    }
    for (from, to) in not_yet {
        assert_eq!(
            arithmetic_of(&edited(from, to)),
            Vec::<String>::new(),
            "{name}: {from} -> {to}"
        );
    }
}

#[test]
fn a_tally_of_seats_with_its_verb_left_out() {
    insta::assert_snapshot!(check_relation("tallies"));
}

#[test]
fn parts_set_after_their_whole() {
    insta::assert_snapshot!(check_relation("parts"));
}

/// A council's budget, every figure consistent: a vote's majority, a part of the
/// councillors, a fall in reserves, a bill twice an earlier one, posts cut over two years,
/// an extra sum for roads and a share of the budget the sentence before gives.
#[test]
fn a_council_budget_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "council-budget.txt",
        &[
            ("£310m budget", "£403m budget"),
            ("cut 150 posts", "cut 195 posts"),
            ("about 75 a year", "about 98 a year"),
            ("voted 38 to 21", "voted 49 to 21"),
            ("a majority of 17", "a majority of 22"),
            ("councillors, 59 voted", "councillors, 77 voted"),
            (
                "when the Band D bill was £989",
                "when the Band D bill was £1,286",
            ),
            ("stand at £45m", "stand at £58m"),
            ("down from £60m", "down from £78m"),
            ("from £18m to £21m", "from £18m to £27m"),
            ("an extra £3m", "an extra £5m"),
            ("£124m for adult", "£161m for adult"),
            ("40% of the total", "52% of the total"),
        ],
        // not yet: a rise restated as a weekly sum beside the yearly bill it is not
        &[("about £1.80 a week", "about £3.80 a week")],
    );
}

/// A carmaker's quarter in wire style: vehicles a day over a quarter, hires spread over
/// two plants, a share price's move, and a wage twice another.
#[test]
fn a_wire_carmaker_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-carmaker.txt",
        &[
            ("sold 186,000 vehicles", "sold 241,800 vehicles"),
            ("hire 3,000 more", "hire 3,900 more"),
            ("1,800 in Northmere", "2,340 in Northmere"),
            ("1,200 in Wessex", "1,560 in Wessex"),
            ("up $4.20", "up $6.20"),
            ("or 12 percent, at", "or 16 percent, at"),
            ("at $39.20", "at $50.96"),
            ("$28 an hour", "$36 an hour"),
            ("wage of $14", "wage of $18"),
        ],
        // not yet: the same rise stated in two paragraphs
        &[("Motors rose 12 percent", "Motors rose 16 percent")],
    );
}

/// An airport's year, written as a held-out story (its first run found 16 of 40 edits):
/// a rise to a level against the level a year before in the next paragraph, a wait
/// shorter than a year before, a wait against a target in minutes, a share of the flights
/// the sentence before gives and the rest of them, a runway lengthened, staff hired to a
/// total, a fare's rise and complaints cut by a third.
#[test]
fn an_airport_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "airport-passengers.txt",
        &[
            ("by 18% l", "by 23% l"),
            ("to 5.9 mi", "to 7.7 mi"),
            ("as 14 mi", "as 18 mi"),
            ("s, 6 mi", "s, 8 mi"),
            ("or 20 mi", "or 26 mi"),
            ("'s 30-mi", "'s 39-mi"),
            ("ed 48,200, a", "ed 62,660, a"),
            ("e, 31,330 we", "e, 40,729 we"),
            ("or 65%. ", "or 84%. "),
            ("ng 16,870 we", "ng 21,931 we"),
            ("o £312m f", "o £406m f"),
            ("m £264m, ", "m £343m, "),
            ("f £48m, ", "f £62m, "),
            ("m £29m t", "m £38m t"),
            ("ys 3,400 st", "ys 4,420 st"),
            ("er 600 be", "er 780 be"),
            ("by 450 me", "by 585 me"),
            ("om 2,600 me", "om 3,380 me"),
            ("to 3,050 me", "to 3,965 me"),
            ("s £96, u", "s £125, u"),
            ("m £88 a ", "m £114 a "),
            ("of 9%. ", "of 12%. "),
            ("om 1,260 to", "om 1,638 to"),
            ("to 840. O", "to 1,092. O"),
            ("he 840 co", "he 1,092 co"),
            ("s, 294, o", "s, 382, o"),
            ("or 35%, ", "or 46%, "),
        ],
        // not yet: a level a year before made larger than the level a rise reached (read
        // as another quantity), a season's share of a total two paragraphs up, flights a
        // day with the year in the lead, a week's parking before its price, and a
        // forecast rise from the lead's level
        &[
            ("ed 5 mi", "ed 6 mi"),
            ("th 2.4 mi", "th 3.1 mi"),
            ("ut 40% o", "ut 52% o"),
            ("ut 132 a ", "ut 172 a "),
            ("s £84, o", "s £109, o"),
            ("r £12 a ", "r £16 a "),
            ("ed 6.5 mi", "ed 8.5 mi"),
        ],
    );
}

/// Energy bills in a region, written as a held-out story in "per cent" style (its first
/// run found 14 of 27 edits): a bill restated by the month and the week, a share of
/// households, fuel poverty up by an amount and a percentage, a profit down a quarter, a
/// pay multiple, a standing charge's rise and households moved over three years.
#[test]
fn an_energy_bills_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "energy-bills.txt",
        &[
            ("t £145 a ", "t £188 a "),
            ("r £33 a ", "r £43 a "),
            ("me 1.2 mi", "me 1.6 mi"),
            ("'s 3 mi", "'s 4 mi"),
            ("or 40 pe", "or 52 pe"),
            ("nd 380,000 ho", "nd 494,000 ho"),
            ("om 310,000 tw", "om 403,000 tw"),
            ("f £210m l", "f £273m l"),
            ("m £280m, ", "m £364m, "),
            ("d £2.1m, ", "d £2.7m, "),
            ("m, 70 ti", "m, 91 ti"),
            ("e £30,000 ea", "e £39,000 ea"),
            ("om 53p a", "om 69p a"),
            ("to 60p, ", "to 78p, "),
            ("of 13 pe", "of 17 pe"),
            ("id 64,000 ho", "id 83,200 ho"),
            ("ut 1,800 a ", "ut 2,340 a "),
        ],
        // not yet: a bill, its rise in pounds "more than now" and the price cap's rise in
        // per cent; a doubling from a level two paragraphs up; a rise and its percentage
        // after "Around" (read as ±5%); a third of a market two paragraphs up; a daily
        // charge's rise by the year; a price "less than the average" given two paragraphs
        // up
        &[
            ("f £1,738 a ", "f £2,259 a "),
            (", £90 mo", ", £117 mo"),
            ("by 5.5 pe", "by 7.2 pe"),
            ("t £842. T", "t £1,095. T"),
            ("of 70,000, o", "of 91,000, o"),
            ("or 23 pe", "or 30 pe"),
            ("as 1.1 mi", "as 1.4 mi"),
            ("t £26 a ", "t £34 a "),
            ("y £1,710, £", "y £2,223, £"),
            (", £28 le", ", £36 le"),
        ],
    );
}

/// A storm's floods, written as a held-out story (its first run raised one false alarm,
/// an average "for each flooded home" set against the homes left without power, now
/// fixed, and found 16 of 26 edits): homes flooded in two towns, rain against a month's
/// average, a river above its normal level, homes reconnected and those left, spending
/// over four years, a scheme's cost a home, and schools closed.
#[test]
fn a_storm_floods_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "storm-floods.txt",
        &[
            ("d, 410 in", "d, 533 in"),
            ("nd 830 in", "nd 1,079 in"),
            ("ed 96mm ", "ed 125mm "),
            ("y, 20% m", "y, 26% m"),
            ("he 80mm ", "he 104mm "),
            ("at 4.8 me", "at 6.2 me"),
            ("g, 1.3 me", "g, 1.7 me"),
            ("of 3.5 me", "of 4.5 me"),
            ("ft 18,500 ho", "ft 24,050 ho"),
            ("ng 2,300 st", "ng 2,990 st"),
            ("t £2.4m o", "t £3.1m o"),
            ("f £600,000 a ", "f £780,000 a "),
            ("r £6m s", "r £8m s"),
            ("ct 900 ho", "ct 1,170 ho"),
            ("t £6,700 a ", "t £8,710 a "),
            ("'s 212 sc", "'s 276 sc"),
            ("s, 37 we", "s, 48 we"),
            // (a floor is read below the next figure copy would round down to: "more than
            // 1,200" under 1,300, so not "more than 1,560")
            ("an 1,200 ho", "an 1,560 ho"),
            ("re than 1,200 homes w", "re than 1,560 homes w"),
        ],
        // not yet: the lead's "more than 1,200 homes" against "some 1,240 properties",
        // a whole made larger than two places' parts (a breakdown by place may leave some
        // out), homes reconnected made more than were cut off, the insurers' average per
        // home against the properties flooded, and "about half as many as this weekend"
        &[
            ("me 1,240 pr", "me 1,612 pr"),
            ("g, 16,200 ha", "g, 21,060 ha"),
            ("t £45m, ", "t £58m, "),
            ("y £36,000 fo", "y £46,800 fo"),
            ("0, 640 ho", "0, 832 ho"),
        ],
    );
}

/// A university's enrollment in US wire style, written as a held-out story (its first run
/// raised one false alarm, "2,100 faculty, or about one for every 15 students" read as an
/// average of one, now fixed, and found 12 of 26 edits): first-year students up by an
/// amount and a percentage, tuition up to a level, graduation rates in points, students
/// on campus, and dorm beds over three years.
#[test]
fn a_wire_university_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-university.txt",
        &[
            ("rd 31,800 st", "rd 41,340 st"),
            ("ed 7,200, u", "ed 9,360, u"),
            ("om 6,400, a", "om 8,320, a"),
            ("of 800, o", "of 1,040, o"),
            ("or 12.5 pe", "or 16.2 pe"),
            ("se 4 pe", "se 5 pe"),
            ("o $11,440 ne", "o $14,872 ne"),
            ("ys 2,100 fa", "ys 2,730 fa"),
            ("ry 15 st", "ry 20 st"),
            ("to 68 pe", "to 88 pe"),
            ("om 61 pe", "om 79 pe"),
            ("of 7 pe", "of 9 pe"),
            ("he 31,800 st", "he 41,340 st"),
            ("s, 8,900 li", "s, 11,570 li"),
            ("ut 28 pe", "ut 36 pe"),
            ("ld 1,200 ne", "ld 1,560 ne"),
            ("or 400 a ", "or 520 a "),
        ],
        // not yet: the lead's rise "this fall" against "a year ago" (neither dated as a
        // year), a share "of the total" two paragraphs down, a budget per student, and a
        // cost per bed in a sentence with two counts of beds
        &[
            ("se 6 pe", "se 8 pe"),
            ("ed 30,000 st", "ed 39,000 st"),
            ("up 9,540 of", "up 12,402 of"),
            ("or 30 pe", "or 39 pe"),
            ("f $1.2 bi", "f $1.6 bi"),
            ("t $37,700 pe", "t $49,010 pe"),
            ("f $180 mi", "f $234 mi"),
            ("t $150,000 a ", "t $195,000 a "),
        ],
    );
}

/// A water company's fine, in BBC style, written to be checked: a share of supply
/// restated across sentences, spills in hours restated in days, a share closing the
/// sentence its part's clause makes.
#[test]
fn a_water_company_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "water-leaks.txt",
        &[
            ("d £12m o", "d £16m o"),
            ("d £12m a", "d £16m a"),
            ("of 182 mi", "of 237 mi"),
            ("om 164 mi", "om 213 mi"),
            ("ut 21% o", "ut 27% o"),
            ("he 870 mi", "he 1,131 mi"),
            ("ea 23,400 ti", "ea 30,420 ti"),
            ("th 18,000 ti", "th 23,400 ti"),
            ("of 148,000 ho", "of 192,400 ho"),
            ("an 6,100 da", "an 7,930 da"),
            ("he 1,150 ov", "he 1,495 ov"),
            ("d £2.4bn ", "d £3.1bn "),
            ("r £480m a", "r £624m a"),
            ("m £456 to", "m £593 to"),
            ("o £540, a", "o £702, a"),
            ("s £310m, ", "s £403m, "),
            ("m £345m, ", "m £448m, "),
            ("id 38 of", "id 49 of"),
            ("he 52 ba", "he 68 ba"),
        ],
        // not yet: an average per customer from a loss two sentences up, "a third of
        // this year's" fine two paragraphs up, "rise by £84 a year, from £456 to £540"
        // (a rise a year may be one of several); the rest make no sum wrong (a part of a pay packet, a bound still true)
        &[
            ("es 1.3 mi", "es 1.7 mi"),
            ("ut 140 li", "ut 182 li"),
            ("s, 410 sp", "s, 533 sp"),
            ("an 60 ti", "an 78 ti"),
            ("s £4m, ", "s £5m, "),
            ("ce 900km ", "ce 1,170km "),
            ("y £84 a ", "y £109 a "),
            ("d £1.1m l", "d £1.4m l"),
            ("f £350,000, s", "f £455,000, s"),
        ],
    );
}

/// Food banks' year, in broadsheet style ("per cent"), written to be checked: a
/// comparison after a long aside, a change of "more than half", a month's daily
/// average, a share naming its part across sentences, a bound on "that sum".
#[test]
fn a_food_banks_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "food-banks.txt",
        &[
            ("ut 61,200 em", "ut 79,560 em"),
            ("nd 14 pe", "nd 18 pe"),
            ("he 53,700 gi", "he 69,810 gi"),
            ("ns 38 fo", "ns 49 fo"),
            ("on 1,900 vo", "on 2,470 vo"),
            ("of 50 fo", "of 65 fo"),
            ("m £410,000 to", "m £533,000 to"),
            ("he 12,800 ho", "he 16,640 ho"),
            ("e, 5,100 sa", "e, 6,630 sa"),
            ("ut 40 pe", "ut 52 pe"),
            ("id 4,300 of", "id 5,590 of"),
            ("k £32 to", "k £42 to"),
            ("h £25 in", "h £32 in"),
            ("of 28 pe", "of 36 pe"),
            ("en 7,400 pa", "en 9,620 pa"),
            ("st 240 a ", "st 312 a "),
            ("d £500,000 a ", "d £650,000 a "),
            ("t £9,600 a ", "t £12,480 a "),
            ("d £150,000, l", "d £195,000, l"),
        ],
        // not yet: the days of meals the parcels make, a product across sentences; the
        // rest make no sum wrong (a share still more than a third, a change still more
        // than half, a level with no change stated)
        &[
            ("s, 21,400, w", "s, 27,820, w"),
            ("om 31 la", "om 40 la"),
            ("by 8 pe", "by 10 pe"),
            ("o £2.3m, ", "o £3.0m, "),
            ("o £620,000, a", "o £806,000, a"),
            ("an 183,000 da", "an 237,900 da"),
            ("er 400 vo", "er 520 vo"),
        ],
    );
}

/// A wildfire, in US wire style, written to be checked: a headline measure against the
/// lead, a share of the structures destroyed across sentences, a share closing "more
/// than half of them".
#[test]
fn a_wire_wildfire_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-wildfire.txt",
        &[
            ("to 48,000 ac", "to 62,400 ac"),
            ("s; 3,200 ho", "s; 4,160 ho"),
            ("w to 48,000 acre", "w to 62,400 acre"),
            ("of 3,200 ho", "of 4,160 ho"),
            ("ed 212 st", "ed 276 st"),
            ("ng 146 ho", "ng 190 ho"),
            ("ut 69 pe", "ut 90 pe"),
            ("ut 27,000 cu", "ut 35,100 cu"),
            ("he 135,000 it", "he 175,500 it"),
            ("ed 180 mi", "ed 234 mi"),
            ("y, 12 ti", "y, 16 ti"),
            ("'s 19 sc", "'s 25 sc"),
        ],
        // not yet: the cost per acre six paragraphs below the acreage, "twice the area
        // burned so far" against the lead's; the rest make no sum wrong (a forecast gust
        // "up to" a speed, an average over "more than" a count, levels with no change
        // stated, a share still more than half)
        &[
            ("om 31,000 ac", "om 40,300 ac"),
            ("as 15 pe", "as 20 pe"),
            ("om 22 pe", "om 29 pe"),
            ("an 1,850 fi", "an 2,405 fi"),
            ("by 14 he", "by 18 he"),
            ("nd 160 fi", "nd 208 fi"),
            ("ly 12 fi", "ly 16 fi"),
            ("ed 58 mo", "ed 75 mo"),
            ("t $38 mi", "t $49 mi"),
            ("t $790 an", "t $1,027 an"),
            ("ed 96,000 ac", "ed 124,800 ac"),
            ("to 45 mi", "to 58 mi"),
            ("om 60 mp", "om 78 mp"),
            ("of 25 pe", "of 32 pe"),
            ("me 4,100 st", "me 5,330 st"),
            ("er 11 of", "er 14 of"),
        ],
    );
}

/// A football club's accounts, in BBC style, written to be checked: a net transfer
/// spend, a crowd's rise after a long aside, wages as a share of turnover across
/// sentences, debt up an amount "in a year".
#[test]
fn a_club_accounts_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "club-accounts.txt",
        &[
            ("o £14.2m d", "o £18.5m d"),
            ("t £14.2m i", "t £18.5m i"),
            ("o £38.6m, ", "o £50.2m, "),
            ("up 94% o", "up 122% o"),
            ("t £11m o", "t £14m o"),
            ("d £3.4m f", "d £4.4m f"),
            ("ed 21,400, t", "ed 27,820, t"),
            ("nd 1,900 mo", "nd 2,470 mo"),
            ("o £9.2m, ", "o £12.0m, "),
            ("y £400,000 fo", "y £520,000 fo"),
            ("he 23 ho", "he 30 ho"),
            ("t £48m, ", "t £62m, "),
            ("om 34 pl", "om 44 pl"),
            ("to 27, a", "to 35, a"),
        ],
        // not yet: season tickets as a share of "the average crowd" the sentence before
        // gives as attendances, wages of more than all the turnover (a share over 100% is
        // not bound across sentences), the owners' average a year since 2019 (the year
        // now is not said), and "up £10m" read loosely enough to allow 20%; the rest
        // make no sum wrong
        &[
            ("m £9.8m t", "m £12.7m t"),
            ("by 12% t", "by 16% t"),
            ("m £31.5m t", "m £41.0m t"),
            ("he 70% t", "he 91% t"),
            ("ed 14,800, a", "ed 19,240, a"),
            ("ut 69% o", "ut 90% o"),
            ("n £62m s", "n £81m s"),
            ("t £12m a", "t £16m a"),
            ("p £8m i", "p £10m i"),
        ],
    );
}

/// A state budget, in US wire style, written to be checked: a change after a long
/// aside, a fund brought to a level, a pay rise's cost per worker, a party's share of
/// seats.
#[test]
fn a_wire_state_budget_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-state-budget.txt",
        &[
            ("s $48.2 bi", "s $62.7 bi"),
            ("a $48.2 bi", "a $62.7 bi"),
            ("f $2.9 bi", "f $3.8 bi"),
            ("or 6.4 pe", "or 8.3 pe"),
            ("s $45.3 bi", "s $58.9 bi"),
            ("r $19.3 bi", "r $25.1 bi"),
            ("or 40 pe", "or 52 pe"),
            ("e $1.2 bi", "e $1.6 bi"),
            ("o $6.8 bi", "o $8.8 bi"),
            ("m $5.6 bi", "m $7.3 bi"),
            ("'s 61,000 em", "'s 79,300 em"),
            ("t $420 mi", "t $546 mi"),
            ("y $6,900 pe", "y $8,970 pe"),
            ("ld 71 of", "ld 92 of"),
            ("he 119 se", "he 155 se"),
            ("or 60 pe", "or 78 pe"),
            ("o $14,250, f", "o $18,525, f"),
            ("m $13,600 th", "m $17,680 th"),
            ("f $650, o", "f $845, o"),
            ("or 4.8 pe", "or 6.2 pe"),
        ],
        // not yet: the headline's percentage against the lead's (the lead's restates an
        // amount and is framed as a level), a share "about 30 percent" after a part with
        // no "of the total", the gap between revenue and the budget three paragraphs
        // apart, growth "since 2019" from the lead's level; the rest make no sum wrong
        // (vote tallies, a raise of an unstated pay)
        &[
            ("up 6.4 pe", "up 8.3 pe"),
            ("ly 1, a", "ly 2, a"),
            ("p $14.5 bi", "p $18.9 bi"),
            ("ut 30 pe", "ut 39 pe"),
            (" a 3 pe", " a 4 pe"),
            ("an 34-19", "an 44-19"),
            ("34-19 in", "34-25 in"),
            ("nd 71-48", "nd 92-48"),
            ("71-48 in", "71-62 in"),
            ("f $44.6 bi", "f $58.0 bi"),
            ("n, 2.1 pe", "n, 2.7 pe"),
            ("f $3.6 bi", "f $4.7 bi"),
            ("t $34.9 bi", "t $45.4 bi"),
        ],
    );
}

/// Bus routes cut, in BBC style, written to be checked: a cut said as a fraction of
/// the routes, a subsidy restated by the week after a clause, costs broken down with
/// what they leave.
#[test]
fn a_bus_services_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "bus-services.txt",
        &[
            ("aw 14 of", "aw 18 of"),
            ("ts 62 ro", "ts 81 ro"),
            ("ed 18.6 mi", "ed 24.2 mi"),
            ("om 21.3 mi", "om 27.7 mi"),
            ("m £15 to", "m £20 to"),
            ("o £17.50, a", "o £22.75, a"),
            ("m £3.2m a", "m £4.2m a"),
            ("t £62,000 a ", "t £80,600 a "),
            ("ut 4,100 pe", "ut 5,330 pe"),
            ("y £5.4m i", "y £7.0m i"),
            ("y £2.1m a", "y £2.7m a"),
            ("y £2.8m, ", "y £3.6m, "),
            ("d: 81% o", "d: 105% o"),
            ("st 88% i", "st 114% i"),
            ("om 410 to", "om 533 to"),
            ("to 362, a", "to 471, a"),
            ("of 48, a", "of 62, a"),
            ("ve 9 of", "ve 12 of"),
            ("'s 27 vi", "'s 35 vi"),
        ],
        // not yet: what the costs leave made larger within the rounding of the rest; a
        // shortfall of drivers on an unstated base; the rest make no sum wrong (a fare
        // with no change stated, an average still under its bound)
        &[
            ("m £2.40 to", "m £3.12 to"),
            ("o £2.70, a", "o £3.51, a"),
            ("he 14 ro", "he 18 ro"),
            ("an 300 a ", "an 390 a "),
            ("g £500,000 fr", "g £650,000 fr"),
            ("as 30 va", "as 39 va"),
        ],
    );
}

/// A hospital trust's savings, in BBC style, written to be checked: beds as a share,
/// a deficit cut to a level the sentence after gives, a rate a day from a year's total.
#[test]
fn a_hospital_beds_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "hospital-beds.txt",
        &[
            ("se 120 be", "se 156 be"),
            ("s £38m s", "s £49m s"),
            ("se 120 of", "se 156 of"),
            ("ts 1,450 be", "ts 1,885 be"),
            ("ut 8% o", "ut 10% o"),
            ("d £52m i", "d £68m i"),
            ("m £31m a", "m £40m a"),
            ("f £38m w", "f £49m w"),
            ("o £14m, ", "o £18m, "),
            ("he 85% t", "he 110% t"),
            ("of 14 ho", "of 18 ho"),
            ("ed 412,000 pa", "ed 535,600 pa"),
            ("ut 1,130 a ", "ut 1,469 a "),
        ],
        // not yet: agency workers' cost "each" in a sentence that also counts all staff,
        // agency spending "cut by a fifth, from £80m" against the £64m the sentence
        // before gives; the rest make no sum wrong (a limit still below, rises with no
        // earlier level given)
        &[
            ("e £10m t", "e £13m t"),
            ("ys 9,800 st", "ys 12,740 st"),
            ("om 1,200 ar", "om 1,560 ar"),
            ("g £64m a", "g £83m a"),
            ("t £53,000 ea", "t £68,900 ea"),
            ("m £80m t", "m £104m t"),
            ("ed 96% l", "ed 125% l"),
            ("nd 3% h", "nd 4% h"),
            ("up 4% o", "up 5% o"),
            ("an 340 fe", "an 442 fe"),
        ],
    );
}

/// Inflation and rates, in BBC style, written to be checked: a headline rate against
/// the lead's, a fall in points named in the next sentence, earnings' rise in pounds
/// and per cent, a mortgage rate's fall in points.
#[test]
fn an_inflation_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "inflation.txt",
        &[
            ("to 3.2% a", "to 4.2% a"),
            ("to 3.2% i", "to 4.2% i"),
            ("om 3.8% i", "om 4.9% i"),
            ("of 0.6 pe", "of 0.8 pe"),
            ("by 5.6% t", "by 7.3% t"),
            ("o £682, a", "o £887, a"),
            ("t £36 on", "t £47 on"),
            ("is 5.3%, ", "is 6.9%, "),
            ("st 6.1% a", "st 7.9% a"),
            ("of 0.8 po", "of 1.0 po"),
        ],
        // not yet: real pay as wages less prices, a rate held at a level "cut by a
        // quarter of a percentage point from 5%" in one sentence, "one in six of the 8.5
        // million with a mortgage" (a whole with no noun of its own); the rest make no
        // sum wrong
        &[
            ("he 0.4 po", "he 0.5 po"),
            ("to 4.1%, ", "to 5.3%, "),
            ("om 5.0% a", "om 6.5% a"),
            ("re 12% l", "re 16% l"),
            ("up 2.4%, ", "up 3.1%, "),
            ("at 4.75%, ", "at 6.17%, "),
            ("me 1.4 mi", "me 1.8 mi"),
            ("he 8.5 mi", "he 11.1 mi"),
        ],
    );
}

/// A census story (BBC style): a population, its age groups, households and tenure. No finding as written; the edits found and those not yet.
#[test]
fn a_census_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "census.txt",
        &[
            ("by 7.5% i", "by 9.8% i"),
            ("of 404,200 pe", "of 525,460 pe"),
            ("as 28,200 mo", "as 36,660 mo"),
            ("en 376,000 pe", "en 488,800 pe"),
            ("om 61,500 to", "om 79,950 to"),
            ("up 18.1% o", "up 23.5% o"),
            ("om 16.4%, ", "om 21.3%, "),
            ("of 1.7 pe", "of 2.2 pe"),
            ("me 52,600 re", "me 68,380 re"),
            ("s, 13% o", "s, 17% o"),
            ("t: 34,300 ho", "t: 44,590 ho"),
            ("st 24,700 a ", "st 32,110 a "),
            ("om 64% t", "om 83% t"),
            ("to 61%, ", "to 79%, "),
            ("he 212,000 re", "he 275,600 re"),
            ("k, 41,300 sa", "k, 53,690 sa"),
            ("ed 1,400 ne", "ed 1,820 ne"),
            ("or 14,000 ov", "or 18,200 ov"),
        ],
        // not yet: shares of the population given six paragraphs back without "of the
        // total" ("about one in five residents"), the average household from a population
        // and a count of households in different paragraphs, a yearly rate since a year
        // against a total (the census year is the current one); the rest make no sum wrong
        &[
            ("es 400,000 fo", "es 520,000 fo"),
            ("ed 400,000 fo", "ed 520,000 fo"),
            ("ed 65 an", "ed 84 an"),
            ("re 78,900 ch", "re 102,570 ch"),
            ("er 15, a", "er 20, a"),
            ("of 1,300 on", "of 1,690 on"),
            ("by 4.2% t", "by 5.5% t"),
            ("to 171,300, s", "to 222,690, s"),
            ("as 2.36 pe", "as 3.07 pe"),
            ("th 38,400 in", "th 49,920 in"),
            ("y, 20% o", "y, 26% o"),
            ("of 930 ho", "of 1,209 ho"),
            ("ut 2,800 pe", "ut 3,640 pe"),
        ],
    );
}

/// A state jobs report in US wire style: a jobless rate, payrolls by industry and pay. No finding as written; the edits found and those not yet.
#[test]
fn a_wire_jobs_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-jobs.txt",
        &[
            ("to 3.9 pe", "to 5.1 pe"),
            ("l to 3.9 perc", "l to 5.1 perc"),
            ("om 4.2 pe", "om 5.5 pe"),
            ("ed 38,500 jo", "ed 50,050 jo"),
            ("of 2 pe", "of 3 pe"),
            ("se 4.6 pe", "se 6.0 pe"),
            ("o $31.85, a", "o $41.41, a"),
            ("t $1.40 mo", "t $1.82 mo"),
            ("t $1,274 a ", "t $1,656 a "),
            ("y $66,200 a ", "y $86,060 a "),
            ("ll 12 pe", "ll 16 pe"),
            ("to 4,840 in", "to 6,292 in"),
            ("om 5,500 th", "om 7,150 th"),
        ],
        // not yet: industries' jobs against the lead's total, a rate of unemployed over the
        // labor force a paragraph apart, "that rate" of pay in the sentence before, "the
        // state's rate" against the national one with the state's in the lead; the rest make
        // no sum wrong
        &[
            ("ed 11,400 jo", "ed 14,820 jo"),
            ("he 0.3 pe", "he 0.4 pe"),
            ("in 18 mo", "in 23 mo"),
            ("by 6,200 to", "by 8,060 to"),
            ("to 81,900, o", "to 106,470, o"),
            ("ut 2.1 mi", "ut 2.7 mi"),
            ("ed 4,100 jo", "ed 5,330 jo"),
            ("on 2,700 an", "on 3,510 an"),
            ("ty 3,300, w", "ty 4,290, w"),
            ("st 900. O", "st 1,170. O"),
            ("to 1.94 mi", "to 2.52 mi"),
            ("or 40 ho", "or 52 ho"),
            ("of 3.7 pe", "of 4.8 pe"),
            ("of 0.2 po", "of 0.3 po"),
            ("to 4.4 pe", "to 5.7 pe"),
            ("om 4.9 pe", "om 6.4 pe"),
            ("ed 16 to", "ed 21 to"),
            ("to 24, t", "to 31, t"),
            ("as 8.6 pe", "as 11.2 pe"),
            ("v. 9, f", "v. 12, f"),
            ("ll 64,000 jo", "ll 83,200 jo"),
        ],
    );
}

/// A rail fares story (broadsheet style, "per cent"): a cap, journeys, fare income and a season ticket against day returns. No finding as written; the edits found and those not yet.
#[test]
fn a_fares_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "fares.txt",
        &[
            ("t £24.60, u", "t £31.98, u"),
            ("m £23.50, a", "m £30.55, a"),
            ("f £1.10, o", "f £1.43, o"),
            ("or 4.7 pe", "or 6.1 pe"),
            ("me 48.2 mi", "me 62.7 mi"),
            ("up 9 pe", "up 12 pe"),
            ("he 44.2 mi", "he 57.5 mi"),
            ("he 53 mi", "he 69 mi"),
            ("ut 91 pe", "ut 118 pe"),
            ("o £212m, ", "o £276m, "),
            ("ng 58 pe", "ng 75 pe"),
            ("f £365m. ", "f £474m. "),
            ("g £153m i", "g £199m i"),
            ("a £15 of", "a £20 of"),
            ("es 230 re", "es 299 re"),
            ("t £24.60 ea", "t £31.98 ea"),
            ("t £5,658, a", "t £7,355, a"),
            ("t £3,820 fo", "t £4,966 fo"),
        ],
        // not yet: a cap of inflation "plus one percentage point", trips from days a week
        // and weeks a year; the rest make no sum wrong
        &[
            ("by 4.6 pe", "by 6.0 pe"),
            ("of 4.6 pe", "of 6.0 pe"),
            ("y £168 to", "y £218 to"),
            ("p of 4.6 per ", "p of 6.0 per "),
            ("of 3.6 pe", "of 4.7 pe"),
            ("s £30 a ", "s £39 a "),
            ("or 46 we", "or 60 we"),
            ("ly 81.4 pe", "ly 105.8 pe"),
            ("om 86.0 pe", "om 111.8 pe"),
            ("le 3.1 pe", "le 4.0 pe"),
            ("ly 5 pe", "ly 6 pe"),
        ],
    );
}

/// A council election (BBC style): seats, turnout, vote shares and a margin. No finding as written; the edits found and those not yet.
#[test]
fn a_council_election_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "council-election.txt",
        &[
            ("th 27 se", "th 35 se"),
            ("ng 27 of", "ng 35 of"),
            ("he 49 se", "he 64 se"),
            ("as 38.6%, ", "as 50.2%, "),
            ("th 41,230 of", "th 53,599 of"),
            ("he 106,800 pe", "he 138,840 pe"),
            ("by 11 vo", "by 14 vo"),
            ("s, 1,204 to", "s, 1,565 to"),
            ("he 942 of", "he 1,225 of"),
            ("of 4.4%, ", "of 5.7%, "),
            ("d £94 to", "d £122 to"),
        ],
        // not yet: the parties' seats against the 49, seats held and gained against 27 a
        // paragraph back, "38.5% of those cast" against the count voting in the sentence
        // before; the rest make no sum wrong
        &[
            ("on 12 se", "on 16 se"),
            ("ur 6 an", "ur 8 an"),
            ("es 3, w", "es 4, w"),
            ("st 14 of", "st 18 of"),
            ("he 17 se", "he 22 se"),
            ("om 33.9% f", "om 44.1% f"),
            ("ok 15,870 vo", "ok 20,631 vo"),
            ("t, 38.5% o", "t, 50.1% o"),
            ("by 4.1 po", "by 5.3 po"),
            ("on 2,015 vo", "on 2,620 vo"),
        ],
    );
}

/// A retailer's results (BBC style): profit, sales by channel, stores, jobs and debt. No finding as written; the edits found and those not yet.
#[test]
fn a_retailer_results_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "retailer-results.txt",
        &[
            ("ll 18% a", "ll 23% a"),
            ("an 18% f", "an 23% f"),
            ("o £41m i", "o £53m i"),
            ("m £50m a", "m £65m a"),
            ("t £1.32bn,", "t £1.72bn,"),
            ("o £412m a", "o £536m a"),
            ("up 31% o", "up 40% o"),
            ("of 4.2p a", "of 5.5p a"),
            ("om 5.6p, ", "om 7.3p, "),
            ("ll 9p, ", "ll 12p, "),
            ("or 6%, ", "or 8%, "),
            ("to 141p i", "to 183p i"),
            ("s £64m o", "s £83m o"),
            ("t £88m t", "t £114m t"),
        ],
        // not yet: online and store sales against the total a sentence apart, stores closed
        // "leaving it with 34" against the 38 a sentence back, "one in 15 of its staff" of a
        // part named as "the cuts"; the rest make no sum wrong
        &[
            ("wn 1% o", "wn 2% o"),
            ("se 6% t", "se 8% t"),
            ("ts 38 st", "ts 49 st"),
            ("y £31m t", "y £40m t"),
            ("th 34, a", "th 44, a"),
            ("ut 650 jo", "ut 845 jo"),
            ("ys 9,800 pe", "ys 12,740 pe"),
            ("in 15 of", "in 20 of"),
            ("y £6m, ", "y £8m, "),
            ("o £22m, ", "o £29m, "),
            ("f £38m w", "f £49m w"),
        ],
    );
}

/// A hospice appeal (BBC style): a total beating its target, gifts by source, a new wing and running costs. No finding as written; the edits found and those not yet.
#[test]
fn a_charity_appeal_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "charity-appeal.txt",
        &[
            ("d £2.3m, ", "d £3.0m, "),
            ("ts £2m ta", "ts £3m ta"),
            ("nt 16, a", "nt 21, a"),
            ("e £6.2m, ", "e £8.1m, "),
            ("s £1.9m, ", "s £2.5m, "),
            ("e £4.3m a", "e £5.6m a"),
            ("y £83,000 a ", "y £107,900 a "),
        ],
        // not yet: the gifts of four sentences against the total, an average a sentence
        // after its total, what building leaves of the total a paragraph back, a target said
        // as "£2m" (which may be rounded); the rest make no sum wrong
        &[
            ("s £2m t", "s £3m t"),
            ("ed 18 mo", "ed 23 mo"),
            ("an 4,100 pe", "an 5,330 pe"),
            ("t £560 ea", "t £728 ea"),
            (", £500,000, c", ", £650,000, c"),
            ("e £420,000 be", "e £546,000 be"),
            ("by 620 pe", "by 806 pe"),
            ("d £93,000, b", "d £120,900, b"),
            ("g £770,000 ca", "g £1,001,000 ca"),
            ("dd 12 be", "dd 16 be"),
            ("t £2.1m t", "t £2.7m t"),
            ("d £200,000 to", "d £260,000 to"),
            ("ut 1,400 pa", "ut 1,820 pa"),
            ("se 4,100 do", "se 5,330 do"),
        ],
    );
}

/// A marathon (BBC style): the field, finishers, race times and money raised. No finding as written; the edits found and those not yet.
#[test]
fn a_marathon_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "marathon.txt",
        &[
            ("rd 18,400 ru", "rd 23,920 ru"),
            ("y, 2,300 mo", "y, 2,990 mo"),
            ("in 2hr ", "in 3hr "),
            ("hr 9min", "hr 12min"),
            ("in 42sec", "in 55sec"),
            ("c, 1min", "c, 2min"),
            ("in 12sec", "in 16sec"),
            ("of 2hr ", "of 3hr "),
            ("hr 8min", "hr 10min"),
            ("in 30sec", "in 39sec"),
            ("he 18,400 st", "he 23,920 st"),
            ("s, 18,052 fi", "s, 23,468 fi"),
        ],
        // not yet: "7,900 of the field" (the field is the runners of the sentence before),
        // volunteers "one for every 10 runners" and bottles "about 17 per runner" against
        // the runners counted in the lead, a lead "ahead of the runner-up" with no second
        // time; the rest make no sum wrong
        &[
            ("up 7,900 of", "up 10,270 of"),
            ("d, 43%, ", "d, 56%, "),
            ("om 38% l", "om 49% l"),
            (" in 2hr 2", " in 3hr 2"),
            ("hr 27min", "hr 35min"),
            ("in 5sec", "in 6sec"),
            ("c, 4min", "c, 5min"),
            ("in 15sec", "in 20sec"),
            ("d £6.1m f", "d £7.9m f"),
            ("t £330 ea", "t £429 ea"),
            ("m £5.2m l", "m £6.8m l"),
            ("me 1,900 vo", "me 2,470 vo"),
            ("ry 10 ru", "ry 13 ru"),
            ("ad 42 wa", "ad 55 wa"),
            ("ut 310,000 bo", "ut 403,000 bo"),
            ("ut 17 pe", "ut 22 pe"),
            ("ed 212 ru", "ed 276 ru"),
            ("s, 54 fe", "s, 70 fe"),
            ("nd 11 we", "nd 14 we"),
        ],
    );
}

/// An opinion poll (BBC style): parties' shares, a lead, a sample and its parts, and a
/// council's seats. No finding as written; the edits found and those not yet.
#[test]
fn an_opinion_poll_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "poll.txt",
        &[
            ("on 31%, ", "on 40%, "),
            ("om 35% i", "om 46% i"),
            ("on 27%, ", "on 35%, "),
            ("on 18%, ", "on 23%, "),
            ("he 1,850 pe", "he 2,405 pe"),
            ("d, 1,110 sa", "d, 1,443 sa"),
            ("or 60%. ", "or 78%. "),
            ("s: 33% a", "s: 43% a"),
            ("on 29 of", "on 38 of"),
            ("he 54 se", "he 70 se"),
        ],
        // not yet: the gap two months ago (two shares a paragraph apart), the respondents'
        // shares of a sample two paragraphs back, seats now against seats won less the
        // defectors, and the remaining seats against the seats named and their parts in
        // brackets; the rest make no sum wrong
        &[
            ("of 1,850 ad", "of 2,405 ad"),
            ("en 2 an", "en 3 an"),
            ("nd 6 No", "nd 8 No"),
            ("om 24%, ", "om 31%, "),
            ("om 11 po", "om 14 po"),
            ("ld 4,000 ho", "ld 5,200 ho"),
            ("d, 962 re", "d, 1,251 re"),
            ("ut 52% -", "ut 68% -"),
            ("le 629, o", "le 818, o"),
            ("or 34%, ", "or 44%, "),
            ("ds 26 se", "ds 34 se"),
            ("as 19. T", "as 25. T"),
        ],
    );
}

/// Tourism figures (broadsheet style, "per cent"): spending, visits, an average, shares
/// of each and a budget. No finding as written; the edits found and those not yet.
#[test]
fn a_tourism_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "tourism.txt",
        &[
            ("d £412 mi", "d £536 mi"),
            ("up 9 pe", "up 12 pe"),
            ("e £378 mi", "e £491 mi"),
            ("to 5.15 mi", "to 6.70 mi"),
            ("or 1.24 mi", "or 1.61 mi"),
            ("or 24 pe", "or 31 pe"),
            ("om 3,900 to", "om 5,070 to"),
            ("to 4,600, a", "to 5,980, a"),
            ("of 18 pe", "of 23 pe"),
            ("f £2.4 mi", "f £3.1 mi"),
            ("d £600,000 – ", "d £780,000 – "),
            ("de 410,000 tr", "de 533,000 tr"),
            ("f £190 ea", "f £247 ea"),
            ("t £78 mi", "t £101 mi"),
            ("r £248 mi", "r £322 mi"),
        ],
        // not yet: an average per visit from a total a paragraph back, the remaining
        // spending against that total, overseas trips against the visits two paragraphs
        // back; the rest make no sum wrong
        &[
            ("by 3 pe", "by 4 pe"),
            ("d £80, c", "d £104, c"),
            ("t £75 a ", "t £98 a "),
            ("g £164 mi", "g £213 mi"),
            ("of 71 pe", "of 92 pe"),
            ("om 68 pe", "om 88 pe"),
            ("s, 8 pe", "s, 10 pe"),
            ("ts 14,200 jo", "ts 18,460 jo"),
            ("y, 1,100 mo", "y, 1,430 mo"),
        ],
    );
}

/// A harvest (US wire style): bushels, yields an acre, prices a bushel, claims and jobs.
/// No finding as written; the edits found and those not yet.
#[test]
fn a_harvest_wire_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-harvest.txt",
        &[
            ("ed 48.6 mi", "ed 63.2 mi"),
            ("wn 7% f", "wn 9% f"),
            ("'s 52.3 mi", "'s 68.0 mi"),
            ("to 14.7 mi", "to 19.1 mi"),
            ("om 15 mi", "om 20 mi"),
            ("f $4.10 a ", "f $5.33 a "),
            ("n, 35 ce", "n, 46 ce"),
            ("s $4.45, b", "s $5.79, b"),
            ("at 41 of", "at 53 of"),
            ("'s 620 me", "'s 806 me"),
            ("ut 7%, ", "ut 9%, "),
        ],
        // not yet: the harvest as yield times acres, payments as price times bushels (each
        // a paragraph or more from its operands), and a workforce after a plant that opens
        // in a clause between; the rest make no sum wrong
        &[
            ("ed 162 bu", "ed 211 bu"),
            ("'s 300,000 ac", "'s 390,000 ac"),
            ("th 174 bu", "th 226 bu"),
            ("ng 2% t", "ng 3% t"),
            ("t $199 mi", "t $259 mi"),
            ("st 12 la", "st 16 la"),
            ("ys 230 pe", "ys 299 pe"),
            ("at 14 gr", "at 18 gr"),
            ("dd 20 jo", "dd 26 jo"),
            ("w $18 mi", "w $23 mi"),
        ],
    );
}

/// A promotion (BBC sport style): a playing record, points, goals, a scorer's share,
/// crowds and a wage bill. No finding as written; the edits found and those not yet.
#[test]
fn a_promotion_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "promotion.txt",
        &[
            ("on 26 of", "on 34 of"),
            ("ir 44 le", "ir 57 le"),
            ("ng 10 an", "ng 13 an"),
            ("of 88 po", "of 114 po"),
            ("s, 11 mo", "s, 14 mo"),
            ("ed 79 go", "ed 103 go"),
            ("ed 38, g", "ed 49, g"),
            ("of 41, t", "of 53, t"),
            ("to 6,850 fr", "to 8,905 fr"),
            ("om 5,200 la", "om 6,760 la"),
            ("of 32%, ", "of 42%, "),
            ("f £3.1m i", "f £4.0m i"),
            ("ut 70% o", "ut 91% o"),
            ("f £4.4m, ", "f £5.7m, "),
        ],
        // not yet: a scorer's goals "almost a third of the team's total" against the
        // goals a paragraph back; the rest make no sum wrong (points from wins and draws
        // are a league's rule, not arithmetic, and are not read)
        &[
            (" a 2-0 ", " a 3-0 "),
            (" 2-0 wi", " 2-1 wi"),
            ("an 40 ye", "an 52 ye"),
            ("ed 24 of", "ed 31 of"),
            ("ld 4,100 se", "ld 5,330 se"),
            ("t £1.5m i", "t £2.0m i"),
        ],
    );
}

/// School funding (BBC local style): a settlement, its rise, pupils and schools, the
/// amount a pupil, its parts, teachers a pupil and deficits. No finding as written; the
/// edits found and those not yet.
#[test]
fn a_school_funding_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "school-funding.txt",
        &[
            ("e £412m n", "e £536m n"),
            ("f £14m o", "f £18m o"),
            ("s £398m, ", "s £517m, "),
            ("of 3.5% i", "of 4.5% i"),
            ("as 68,500 pu", "as 89,050 pu"),
            ("in 290 sc", "in 377 sc"),
            ("t £228m, ", "t £296m, "),
            ("ut 55% o", "ut 72% o"),
            ("ys 4,900 te", "ys 6,370 te"),
            ("ry 14 pu", "ry 18 pu"),
            ("id 37 of", "id 48 of"),
        ],
        // not yet: the amount a pupil from a settlement two paragraphs up, and the parts
        // and "the remaining £22m" against it; the rest make no sum wrong
        &[
            ("he 4.2% t", "he 5.5% t"),
            ("t £6,015 a ", "t £7,820 a "),
            ("h £5,810 th", "h £7,553 th"),
            ("g £162m a", "g £211m a"),
            ("nd 6,200 te", "nd 8,060 te"),
            ("om 21 th", "om 27 th"),
        ],
    );
}

/// Transit ridership (US wire style): trips, their parts, a budget, fares' share, a
/// fleet. No finding as written; the edits found and those not yet.
#[test]
fn a_transit_wire_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-transit.txt",
        &[
            ("to 18.4 mi", "to 23.9 mi"),
            ("or 13.1 mi", "or 17.0 mi"),
            ("ng 5.3 mi", "ng 6.9 mi"),
            ("s $212 mi", "s $276 mi"),
            ("up 6% f", "up 8% f"),
            ("m $200 mi", "m $260 mi"),
            ("r $46 mi", "r $60 mi"),
            ("dd 40 bu", "dd 52 bu"),
            ("of 310, b", "of 403, b"),
            ("to 350, a", "to 455, a"),
        ],
        // none yet wrong: a rise with no earlier level, a level it "remains below",
        // drivers hired with no total, weekday riders with no change stated
        &[
            ("se 12% l", "se 16% l"),
            ("he 21 mi", "he 27 mi"),
            ("re 120 dr", "re 156 dr"),
            ("ut 58,000, c", "ut 75,400, c"),
            ("th 52,000 a ", "th 67,600 a "),
        ],
    );
}

/// Smartphone shipments in a quarter, written as a held-out story in technology-desk
/// style (its first run found 14 of 28 edits, no false alarm): a rise whose earlier
/// level the next sentence gives ("That compares with 300 million in the same quarter
/// last year") and a maker's share of the market two paragraphs below the market's size
/// are now read. Not yet: a level "up from" a higher one (read as two quantities), a share
/// with no amount in its sentence ("Its share of the market rose to almost 13%"), the
/// three makers' total across paragraphs, a difference with a share between it and its
/// level ("2.4 million …, less than 1% of all handsets, although that was 0.6 million
/// more than the 1.8 million"), a fall within the rounding of "30 million", and figures
/// inside a quote; the edits of "2.4 million" and "less than 1%" leave the copy true.
#[test]
fn a_phone_shipments_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "phone-shipments.txt",
        &[
            ("by 8% i", "by 10% i"),
            ("to 324 mi", "to 421 mi"),
            ("ng 71 mi", "ng 92 mi"),
            (" a 22% s", " a 29% s"),
            ("th 58 mi", "th 75 mi"),
            ("om 50 mi", "om 65 mi"),
            ("of 16%.\n", "of 21%.\n"),
            ("ed 41 mi", "ed 53 mi"),
            ("he 21 mi", "he 27 mi"),
            ("to 28.5 mi", "to 37.1 mi"),
            ("om 30 mi", "om 39 mi"),
            ("o $312 fr", "o $406 fr"),
            ("m $330, a", "m $429, a"),
            ("f $18, o", "f $23, o"),
            ("ut 5%.\n", "ut 6%.\n"),
            ("ch 1.22 bi", "ch 1.59 bi"),
            ("om 1.17 bi", "om 1.52 bi"),
            ("of 50 mi", "of 65 mi"),
        ],
        &[
            ("th 300 mi", "th 390 mi"),
            ("st 13%.\n", "st 17%.\n"),
            ("or 170 mi", "or 221 mi"),
            ("at 2.4 mi", "at 3.1 mi"),
            ("an 1% o", "an 2% o"),
            ("as 0.6 mi", "as 0.8 mi"),
            ("he 1.8 mi", "he 2.3 mi"),
            ("by 5% t", "by 6% t"),
            ("in 10 ph", "in 13 ph"),
            ("n $100.\"\n", "n $130.\"\n"),
        ],
    );
}

/// A box-office weekend, written as a held-out story in US wire style (its first run
/// found 7 of 23 edits, no false alarm): a rise whose earlier level a "when" clause gives
/// ("up 18% from the same weekend last year, when receipts totaled $100 million") and an
/// amount added to the sentence before's ("earned a further $37 million overseas for a
/// global opening of $85 million") are now read. Not yet: an average per theater whose
/// total is four paragraphs up, a share "of the weekend total" among many totals, and
/// figures no other figure fixes (a budget, a running total, audience shares).
#[test]
fn a_box_office_wire_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-box-office.txt",
        &[
            ("h $48 mi", "h $62 mi"),
            ("d $48 mi", "d $62 mi"),
            ("r $37 mi", "r $48 mi"),
            ("f $85 mi", "f $110 mi"),
            ("h $21.5 mi", "h $27.9 mi"),
            ("wn 55% f", "wn 72% f"),
            ("s $47.8 mi", "s $62.1 mi"),
            ("d $118 mi", "d $153 mi"),
            ("up 18% f", "up 23% f"),
            ("d $100 mi", "d $130 mi"),
            ("n $210 mi", "n $273 mi"),
            ("f $105 mi", "f $136 mi"),
        ],
        &[
            ("t $90 mi", "t $117 mi"),
            ("d $86 mi", "d $112 mi"),
            ("h $12 mi", "h $16 mi"),
            ("o $164 mi", "o $213 mi"),
            ("re 62% f", "re 81% f"),
            ("nd 41% w", "nd 53% w"),
            ("er 25, t", "er 32, t"),
            ("in 3,900 th", "in 5,070 th"),
            ("t $12,300 pe", "t $15,990 pe"),
            ("r $96 mi", "r $125 mi"),
            ("ut 81%.\n", "ut 105%.\n"),
        ],
    );
}

/// Migration statistics for a fictional country, written as a held-out story in BBC style
/// (its first run found 11 of 25 edits, no false alarm): net migration against the
/// arrivals and departures the next sentence gives, and the parts of a count the sentence
/// after points back to ("Of those, 4,100 … and the remaining 8,300") past an earlier
/// level ("up 16% on the previous year's 10,700") are now read. Not yet: a fall "by a
/// third" whose earlier level stands two sentences on, a quoted cut and multiple, and
/// edits inside rounding (a fall of "three quarters" read as 64% to 86%, "about 12,400"
/// up 21% on 10,700) or of figures nothing else fixes.
#[test]
fn a_migration_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "migration.txt",
        &[
            ("to 240,000, o", "to 312,000, o"),
            ("id 780,000 pe", "id 1,014,000 pe"),
            ("le 540,000 le", "le 702,000 le"),
            ("to 210,000 fr", "to 273,000 fr"),
            ("om 285,000 th", "om 370,500 th"),
            ("of 26%. ", "of 34%. "),
            ("ut 60,000 of", "ut 78,000 of"),
            ("ut 12,400 pe", "ut 16,120 pe"),
            ("'s 10,700. O", "'s 13,910. O"),
            ("e, 4,100 we", "e, 5,330 we"),
            ("ng 8,300 le", "ng 10,790 le"),
            ("to 96,000, t", "to 124,800, t"),
            ("me 37,000 - ", "me 48,100 - "),
            ("at 72,000 in", "at 93,600 in"),
            ("om 118,000 a ", "om 153,400 a "),
            ("of 46,000.\n\n", "of 59,800.\n\n"),
        ],
        &[
            ("as 360,000.\n\n", "as 468,000.\n\n"),
            ("he 130,000 is", "he 169,000 is"),
            ("by 18% t", "by 23% t"),
            ("to 328,000, a", "to 426,400, a"),
            ("om 140,000 to", "om 182,000 to"),
            ("to 35,000, a", "to 45,500, a"),
            ("up 16% o", "up 21% o"),
            ("by 120,000 in", "by 156,000 in"),
            ("he 80,000 a ", "he 104,000 a "),
        ],
    );
}

/// A year of electricity generation in a fictional country, written as a held-out story
/// in BBC style with units glued to their figures ("84TWh", "47GW") (its first run found
/// 6 of 24 edits, no false alarm): a level's share set between it and its earlier level
/// ("73TWh, or 26% of the total, down from 95TWh …, a fall of almost a quarter", "14TWh,
/// 5% of the total and 40% more than the 10TWh") had been read as the share's change, and
/// "£450 more than before the energy crisis, when it was about £1,400" had not been read.
/// Not yet: shares of the total two sentences below it, the remaining output after four
/// sources, a difference whose level carries its unit in brackets ("47 gigawatts (GW) on
/// a cold evening in January"), and an edit inside rounding ("3GW lower" to "4GW").
#[test]
fn a_power_generation_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "power-generation.txt",
        &[
            ("ed 84 te", "ed 109 te"),
            ("or 30% o", "or 39% o"),
            ("he 280TWh", "he 364TWh"),
            ("ed 73TWh", "ed 95TWh"),
            ("om 95TWh", "om 124TWh"),
            ("ed 14TWh", "ed 18TWh"),
            ("nd 40% m", "nd 52% m"),
            ("he 10TWh", "he 13TWh"),
            ("ed 2,700 ki", "ed 3,510 ki"),
            ("om 3,300 a ", "om 4,290 a "),
            ("of 18%.\n", "of 23%.\n"),
            (" £1,850 is", " £2,405 is"),
            (" £450 mo", " £585 mo"),
            (" £1,400.\n", " £1,820.\n"),
        ],
        &[
            ("om 71TWh", "om 92TWh"),
            ("or 26%, ", "or 34%, "),
            ("h, 5% o", "h, 6% o"),
            ("as 38TWh", "as 49TWh"),
            ("ng 71TWh", "ng 92TWh"),
            ("ed 125TWh", "ed 162TWh"),
            ("or 45% o", "or 58% o"),
            ("at 47 gi", "at 61 gi"),
            ("y, 3GW ", "y, 4GW "),
            ("of 50GW ", "of 65GW "),
        ],
    );
}

/// A prison population story in broadsheet style ("per cent"), written as a held-out
/// story (its first run found 8 of 19 edits, no false alarm): the change restated as a
/// percentage in the paragraph after its level and amount ("a record 88,400, up 4,200 on
/// a year ago, according to … . That is an increase of 5 per cent") is now read. Not
/// yet: spare places as capacity less population, remand prisoners grown "by almost half"
/// from a level the sentence after gives, women's share of prisoners two paragraphs below
/// the total, a target ("below 55,000"), and a quoted rate per 100,000 people.
#[test]
fn a_prisons_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "prisons.txt",
        &[
            ("rd 88,400, u", "rd 114,920, u"),
            ("up 4,200 on", "up 5,460 on"),
            ("of 5 pe", "of 6 pe"),
            ("to 61,000 at", "to 79,300 at"),
            ("om 67,000 at", "om 87,100 at"),
            ("of 9 pe", "of 12 pe"),
            (" £1.1bn ", " £1.4bn "),
            ("on 6,500 ne", "on 8,450 ne"),
            (" £170,000 a ", " £221,000 a "),
            (" £52,000 a ", " £67,600 a "),
            (" £1,000 a ", " £1,300 a "),
        ],
        &[
            ("an 1,600 sp", "an 2,080 sp"),
            ("or 90,000 in", "or 117,000 in"),
            ("re 12,000, m", "re 15,600, m"),
            ("ut 4 pe", "ut 5 pe"),
            ("me 3,500, a", "me 4,550, a"),
            ("ow 55,000 by", "ow 71,500 by"),
            ("up 146 pe", "up 190 pe"),
            ("ry 100,000 of", "ry 130,000 of"),
        ],
    );
}

/// Road deaths in a BBC-style story: a fall from one year's toll to the next with its
/// percentage, injuries up by an amount and a percentage, a difference with its earlier
/// level ("30 more than the 230 of the year before"), a fall by a third, speed cameras up
/// by 15%, fines with their average, and pedestrians' share "of those killed" two
/// paragraphs below the toll. Not yet: the other parts of the toll (motorcyclists "310
/// deaths, or 19%" of a toll counted as people killed, "the remaining 111"), a rate per
/// million with its toll two paragraphs up, and a target of half the toll.
#[test]
fn a_road_deaths_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "road-deaths.txt",
        &[
            ("to 1,624 la", "to 2,111 la"),
            ("om 1,711 th", "om 2,224 th"),
            ("of 5%, ", "of 6%, "),
            ("up 600 on", "up 780 on"),
            ("of 2%.\n", "of 3%.\n"),
            ("at 260, t", "at 338, t"),
            ("nd 30 mo", "nd 39 mo"),
            ("he 230 of", "he 299 of"),
            ("om 66 to", "om 86 to"),
            ("to 44.\n\n", "to 57.\n\n"),
            ("om 3,000 in", "om 3,900 in"),
            ("to 3,450, a", "to 4,485, a"),
            ("of 15%. ", "of 20%. "),
            ("d £88m i", "d £114m i"),
            ("f £100 fo", "f £130 fo"),
            ("he 880,000 pe", "he 1,144,000 pe"),
            ("up 385 of", "up 500 of"),
        ],
        // not yet: the parts and shares of a toll given two paragraphs up, a rate per million
        // people against that toll, a target of half of it; the rest make no sum wrong
        &[
            ("to 29,800, u", "to 38,740, u"),
            ("or 310 de", "or 403 de"),
            ("or 19%, ", "or 25%, "),
            ("or 720.\n\n", "or 936.\n\n"),
            ("or 98 de", "or 127 de"),
            ("ng 111 we", "ng 144 we"),
            ("to 27 de", "to 35 de"),
            ("ut 60 mi", "ut 78 mi"),
            ("ut 810.\n\n", "ut 1053.\n\n"),
        ],
    );
}

/// An airline's quarterly results in US wire style: passengers up 6% from the year
/// before, profit compared with a year ago and restated as a percentage in the next
/// sentence, an operating margin against the revenue the sentence before gives, a load
/// factor's change in points, fuel costs down 11%, a fleet and the planes still to come
/// ("38 more …, bringing its fleet to 450"), and a share price's move. Not yet: seat
/// miles flown out of those offered against the share of seats filled.
#[test]
fn an_airline_results_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-airline.txt",
        &[
            ("ed 41.2 mi", "ed 53.6 mi"),
            ("up 6% f", "up 8% f"),
            ("om 38.9 mi", "om 50.6 mi"),
            ("d $412 mi", "d $536 mi"),
            ("h $305 mi", "h $396 mi"),
            ("of 35%.\n", "of 46%.\n"),
            ("o $6.54 bi", "o $8.50 bi"),
            ("s $667 mi", "s $867 mi"),
            ("of 10.2%.\n", "of 13.3%.\n"),
            ("ng 86.4% o", "ng 112.3% o"),
            ("up 1.2 po", "up 1.6 po"),
            ("om 85.2% a", "om 110.8% a"),
            ("ll 11% t", "ll 14% t"),
            ("o $1.46 bi", "o $1.90 bi"),
            ("m $1.64 bi", "m $2.13 bi"),
            ("as 412 pl", "as 536 pl"),
            ("of 38 mo", "of 49 mo"),
            ("to 450. I", "to 585. I"),
            ("e $1.85, o", "e $2.41, o"),
            ("or 4.1%, ", "or 5.3%, "),
            ("o $47.00 in", "o $61.10 in"),
        ],
        // not yet: miles flown out of seat miles offered against the seats filled; the rest
        // (earnings per share, a range forecast, revenue up 9% alone) make no sum wrong
        &[
            ("r $1.23 pe", "r $1.60 pe"),
            ("or 91 ce", "or 118 ce"),
            ("se 9% t", "se 12% t"),
            ("ew 45.0 bi", "ew 58.5 bi"),
            ("he 52.1 bi", "he 67.7 bi"),
            ("ut 54,000 pe", "ut 70,200 pe"),
            ("f $4.10 to", "f $5.33 to"),
            ("o $4.30 pe", "o $5.59 pe"),
        ],
    );
}

/// A mayor's race in US wire style: two tallies with their shares of the votes cast,
/// turnout as votes cast out of registered voters, precincts carried "61 of the 84" and
/// "the remaining 23", a ballot measure passed "19,840 to 16,210, a margin of 3,630",
/// and a tax's yearly yield over five years. Not yet: a margin given two sentences after
/// the tallies, the votes cast against the tallies and the write-in, and the lead's
/// "more than 6,000 votes".
#[test]
fn a_mayors_race_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-mayor-race.txt",
        &[
            ("ad 21,412 vo", "ad 27,836 vo"),
            ("or 58%, ", "or 75%, "),
            ("'s 15,186, o", "'s 19,742, o"),
            ("or 41%, ", "or 53%, "),
            ("as 31%, ", "as 40%, "),
            ("th 36,967 of", "th 48,057 of"),
            ("'s 119,250 re", "'s 155,025 re"),
            ("ed 61 of", "ed 79 of"),
            ("he 84 pr", "he 109 pr"),
            ("ng 23.\n\n", "ng 30.\n\n"),
            ("s, 19,840 to", "s, 25,792 to"),
            ("of 3,630 vo", "of 4,719 vo"),
            ("t $4.8 mi", "t $6.2 mi"),
            ("r $24 mi", "r $31 mi"),
        ],
        // not yet: the margin two sentences after the tallies, the tallies against the votes
        // cast, the lead's "more than 6,000"; the rest make no sum wrong
        &[
            ("an 6,000 vo", "an 7,800 vo"),
            ("ll 84 pr", "ll 109 pr"),
            ("ed 369 vo", "ed 480 vo"),
            ("of 6,226 vo", "of 8,094 vo"),
            ("om 27% f", "om 35% f"),
            ("n, 44, c", "n, 57, c"),
            ("ll 12 on", "ll 16 on"),
            (" a 0.25% i", " a 0.33% i"),
            ("to 16,210, a", "to 21,073, a"),
            ("s $112,000 a ", "s $145,600 a "),
        ],
    );
}

/// Tax receipts in a broadsheet story: a record total up £41bn on the year before,
/// restated as "a rise of 5.2 per cent" in the next sentence, two taxes and the total
/// "Together" they make, VAT up from an earlier level by a percentage, and higher-rate
/// payers up "by half". Not yet: shares of the total said "of all receipts", and next
/// year's forecast against this year's total.
#[test]
fn a_tax_receipts_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "tax-receipts.txt",
        &[
            ("d £827bn ", "d £1075bn "),
            ("p £41bn ", "p £53bn "),
            ("of 5.2 pe", "of 6.8 pe"),
            ("d £268bn,", "d £348bn,"),
            ("e £176bn.", "e £229bn."),
            ("n £444bn,", "n £577bn,"),
            ("d £169bn,", "d £220bn,"),
            ("m £162bn,", "m £211bn,"),
            ("om 4.2 mi", "om 5.5 mi"),
            ("to 6.3 mi", "to 8.2 mi"),
            ("or 54 pe", "or 70 pe"),
        ],
        // not yet: next year's forecast against this year's total; the rest make no sum
        // wrong
        &[
            ("ed 2.5 pe", "ed 3.2 pe"),
            ("of 4 pe", "of 5 pe"),
            ("y £6bn ", "y £8bn "),
            ("o £88bn.", "o £114bn."),
            (", £50,270, w", ", £65,351, w"),
            ("n £61,000 ha", "n £79,300 ha"),
            ("o £865bn ", "o £1124bn "),
            ("f £38bn.", "f £49bn."),
            ("an 2 mi", "an 3 mi"),
        ],
    );
}

/// A pay offer, written as a held-out story (its first run found 10 of 27 edits): a
/// ballot's share of those who voted, a starting salary's rise by an amount, agency staff
/// as a share of nurses, vacancies down by more than a tenth, and appointments postponed
/// on strike days with their average a day. Not yet: the offer's percentage against the
/// salary it "would rise to" in a clause of its own, turnout against the votes of the
/// sentence before, "double what has now been offered" a paragraph on, a one-off payment
/// added to the rise in another sentence, and a real-terms cut in points between pay and
/// inflation.
#[test]
fn a_pay_offer_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "pay-offer.txt",
        &[
            ("ch 61% o", "ch 79% o"),
            ("he 280,000 me", "he 364,000 me"),
            ("ut 171,000, b", "ut 222,300, b"),
            (" £28,400 to", " £36,920 to"),
            (" £29,820, a", " £38,766, a"),
            (" £1,420.\n\n", " £1,846.\n\n"),
            ("re 350,000 nu", "re 455,000 nu"),
            ("om 31,000, o", "om 40,300, o"),
            ("or 9%, ", "or 12%, "),
            ("to 42,000 ov", "to 54,600 ov"),
            ("on 12 da", "on 16 da"),
            ("to 88,000 ap", "to 114,400 ap"),
            ("an 7,000 a ", "an 9,100 a "),
        ],
        // not yet: the rise against a salary in a "whose" clause, turnout across sentences,
        // "double" what an earlier paragraph offered, a sum across sentences, a gap in
        // points; the rest are floors ("more than a tenth") the edits keep true
        &[],
    );
}

/// A drought, written as a held-out story (its first run found 18 of 40 edits): a
/// rainfall total as a share of the average, a reservoir's fall in points between its
/// levels, demand "23% above the usual" level, leakage as a share of supply, spending
/// over five years a year, a bill's rise by "an average of" an amount and a percentage,
/// "more than twice" a sum, a yield "down by a fifth, at B against A", customers "one in
/// six" of the whole as an aside, schools as a share, and a change in points said in the
/// paragraph after its levels, and three chances of one forecast's outcomes that cannot
/// come to more than 100%. Not yet: a cut "by a quarter, to" a level a paragraph on, and
/// "roughly twice" a figure after a long clause with another figure in it.
#[test]
fn a_drought_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "reservoirs.txt",
        &[
            ("re 41% f", "re 53% f"),
            ("om 68% a", "om 88% a"),
            ("by 27 pe", "by 35 pe"),
            ("as 212mm,", "as 276mm,"),
            ("m, 58% o", "m, 75% o"),
            ("of 365mm.", "of 474mm."),
            ("es 1.8 mi", "es 2.3 mi"),
            ("ut 300,000 of", "ut 390,000 of"),
            ("om 74% t", "om 96% t"),
            ("to 29% s", "to 38% s"),
            ("of 45 po", "of 58 po"),
            ("at 640 mi", "at 832 mi"),
            ("y, 23% a", "y, 30% a"),
            ("al 520 mi", "al 676 mi"),
            ("h: 144 mi", "h: 187 mi"),
            ("ut 21% o", "ut 27% o"),
            ("he 680 mi", "he 884 mi"),
            (" £420m o", " £546m o"),
            (" £84m a", " £109m a"),
            (" £38, f", " £49, f"),
            (" £452 to", " £588 to"),
            (" £490, a", " £637, a"),
            ("of 8.4%.\n", "of 10.9%.\n"),
            (" £41m i", " £53m i"),
            ("at 6.4 to", "at 8.3 to"),
            ("st 8 to", "st 10 to"),
            ("id 46 of", "id 60 of"),
            ("ts 212 sc", "ts 276 sc"),
            ("ut 22%, ", "ut 29%, "),
            (" a 30% c", " a 39% c"),
            (" a 20% c", " a 26% c"),
            (" a 50% c", " a 65% c"),
        ],
        // not yet: leakage cut "by a quarter, to" a level a paragraph after; "roughly
        // twice" after a clause with another figure; the rest are counts no other figure
        // checks, or a floor ("more than twice") the edit keeps true
        &[],
    );
}

/// A hurricane in US wire style, written as a held-out story (its first run raised one
/// false alarm, a surge's "12 feet" and a city's 85,000 people added to the homes
/// destroyed and damaged "where" the list began, now fixed): the toll against the one
/// reported the day before with an attribution between, customers without power as a
/// share of those on the grid, those reconnected and those left against the sentence
/// before, conversions, shelters down by a percentage, and aid "three-fifths as much" as
/// the sentence before asks. Not yet: the headline's toll against "at least" one below.
#[test]
fn a_hurricane_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "wire-hurricane.txt",
        &[
            ("of 130 mp", "of 169 mp"),
            ("h (209 km", "h (272 km"),
            ("st 14 pe", "st 18 pe"),
            ("an 1.2 mi", "an 1.6 mi"),
            ("ut 40% o", "ut 52% o"),
            ("he 3 mi", "he 4 mi"),
            ("to 700,000 of", "to 910,000 of"),
            ("to 18 in", "to 23 in"),
            ("s (46 ce", "s (60 ce"),
            ("ed 12 fe", "ed 16 fe"),
            ("t (3.7 me", "t (4.8 me"),
            ("re 2,300 ho", "re 2,990 ho"),
            ("nd 6,100 da", "nd 7,930 da"),
            ("of 8,400.\n\n", "of 10,920.\n\n"),
            ("me 22,000 pe", "me 28,600 pe"),
            ("of 31,000, a", "of 40,300, a"),
            ("of 29%.\n", "of 38%.\n"),
            ("r $1.5 bi", "r $2.0 bi"),
            ("w $900 mi", "w $1170 mi"),
        ],
        // not yet: a headline's toll over a body's "at least"; a city's population and the
        // figures a floor or a change leaves true
        &[],
    );
}

/// A markets report, written as a held-out story (its first run found 9 of 20 edits):
/// an index's fall in points and percentage to its close, a forecast cut by an amount,
/// the pound's fall "against the dollar" from one rate to another, and oil's rise "a
/// barrel" with its percentage. Not yet: a share price's fall with no price before it,
/// and a week's fall set against the value wiped off.
#[test]
fn a_markets_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "markets.txt",
        &[
            ("ll 93 po", "ll 121 po"),
            ("or 1.2%, ", "or 1.6%, "),
            ("at 7,654 on", "at 9,950 on"),
            ("wn 412 po", "wn 536 po"),
            ("or 1.1%, ", "or 1.4%, "),
            ("at 36,980 in", "at 48,074 in"),
            (" £310m f", " £403m f"),
            (" £380m, ", " £494m, "),
            (" £70m.\n", " £91m.\n"),
            ("ll 0.6% a", "ll 0.8% a"),
            ("m $1.2485 to", "m $1.6230 to"),
            ("o $1.2410.\n\n", "o $1.6133.\n\n"),
            ("e $2.05 a ", "e $2.67 a "),
            ("o $84.55, a", "o $109.92, a"),
            ("of 2.5%.\n", "of 3.2%.\n"),
        ],
        // not yet: a fall with no level before it, and the value wiped off a market's worth
        &[],
    );
}

/// A vaccination campaign, written as a held-out story (its first run found 4 of 15
/// edits): those vaccinated as a share of those eligible after "more than", take-up "at
/// 81%, with" its part and whole, health workers' share in words, and admissions up by
/// "more than half". Not yet: a target's share restated as a count, the shortfall
/// against the sentence before, doses "of the total" of people vaccinated, and a rise
/// whose "more than half" the edit keeps true.
#[test]
fn a_vaccination_story_and_the_edits_that_make_it_wrong() {
    story_and_its_edits(
        "boosters.txt",
        &[
            ("an 4.1 mi", "an 5.3 mi"),
            ("r, 62% o", "r, 81% o"),
            ("he 6.6 mi", "he 8.6 mi"),
            ("at 81%, ", "at 105%, "),
            ("th 1.38 mi", "th 1.79 mi"),
            ("he 1.7 mi", "he 2.2 mi"),
            ("s, 48,000 of", "s, 62,400 of"),
            ("of 120,000, o", "of 156,000, o"),
            ("om 610 th", "om 793 th"),
        ],
        // not yet: a target's share of the eligible given before, the shortfall, doses
        // against people vaccinated; the rest make no sum wrong
        &[],
    );
}

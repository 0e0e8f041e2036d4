//! Copy set with typographic quotes and apostrophes (“…”, ‘…’, "don’t", "Spain’s"), as
//! most published and wire copy is, reads as the same copy set with straight ones: the
//! same figures, kinds, values and counted nouns. So does copy whose hyphens are the
//! Unicode ones word processors put in ("20‑year‑old" with non-breaking hyphens). Each case is a sentence written for
//! this test; the BBC corpus, set in straight quotes, is turned typographic whole and must
//! read the same.

use claimcheck::document::{Document, Format};
use claimcheck::extract::{extract, Claim};

#[path = "common/bbc.rs"]
mod bbc;

#[path = "common/figures.rs"]
mod figures;
use figures::{figs, show};

#[path = "common/typographic.rs"]
mod typographic;
use typographic::{straightened, typographic};

/// A figure as [`show`] prints it, with its text's quotes made straight again, so that
/// the two settings of one sentence compare equal.
fn straight_figure(c: &Claim) -> String {
    straightened(&show(c))
}

fn read(s: &str) -> Vec<String> {
    let doc = Document::from_text("t.txt", s, Format::Text);
    extract(&doc).iter().map(straight_figure).collect()
}

/// Sentences whose figures hang on an apostrophe or a quotation mark: possessives before
/// and after a figure, contractions, a name with digits, a figure opening a quotation or
/// the sentence after one.
const SENTENCES: &[&str] = &[
    "The airline's 42 new jets cost $3bn, and Boeing's 787 line is running late.",
    "Canada's 10 provinces and three territories each set their own rules.",
    "Ocean's 11 took $450m worldwide, and the sequel's 13 heists did not.",
    "No-one's going to pay £40 for that, she said.",
    "He won't say whether one year's pay, about £52,000, will be repaid.",
    "The third quarter's growth of 0.4% was the weakest since 2012.",
    "\"We have lost 300 jobs,\" the union said. \"Two hundred more could go.\"",
    "She said: \"It's 12 years since the mill closed.\" Forty families left the village.",
    "When I'm 74 I'll have paid into the scheme for 50 years.",
    "The first minister's budget adds 2,000 nurses over five years.",
    "The band's 24-year-old singer played 30 dates; 50 Cent's tour played 12.",
    "In the '90s, the club's 3,000 members met twice a week.",
    "Sales rose 8% in 2003's final quarter, and 2004's first quarter was flat.",
    "'Three in four voters,' the poll's author wrote, 'back the plan.'",
];

#[test]
fn typographic_quotes_read_as_straight_ones() {
    for s in SENTENCES {
        let curly = typographic(s);
        assert_ne!(&curly, s, "the case has a quote to set: {s}");
        assert_eq!(read(&curly), read(s), "{curly}");
    }
}

/// What those settings read, in full, for a few of them: the possessive is no counted
/// noun and no name, the contraction no figure, and a figure after a closing quotation
/// opens a sentence.
#[test]
fn typographic_settings_read_in_full() {
    assert_eq!(
        figs("Canada’s 10 provinces and three territories each set their own rules."),
        vec![
            "10 | number | 10 | exact | provinces | -",
            "three | number | 3 | exact | territories | -",
        ]
    );
    assert_eq!(
        figs("No-one’s going to pay £40 for that, she said."),
        vec!["£40 | money | 40 | exact | - | GBP"]
    );
    assert_eq!(
        figs("Ocean’s 11 took $450m worldwide."),
        vec!["$450m | money | 450000000 | exact | - | USD"]
    );
    assert_eq!(
        figs("“We have lost 300 jobs,” the union said. “Two hundred more could go.”"),
        vec![
            "300 | number | 300 | exact | jobs | -",
            "Two hundred | number | 200 | exact | jobs | -",
        ]
    );
    assert_eq!(
        figs("She said it was over.” Forty families left the village."),
        vec!["Forty | number | 40 | exact | families | -"]
    );
    assert_eq!(
        figs("The band’s 24-year-old singer played 30 dates; 50 Cent’s tour played 12."),
        vec![
            "24-year-old | number | 24 | exact | years | -",
            "30 | number | 30 | exact | dates | -",
            "12 | number | 12 | exact | dates | -",
        ]
    );
}

/// Every BBC article, set typographic, gives the figures its straight setting gives.
#[test]
fn the_bbc_corpus_set_typographic_reads_the_same() {
    let Some(articles) = bbc::articles() else {
        return;
    };
    let (mut figures, mut quoted) = (0, 0);
    for doc in &articles {
        let straight = doc.text.as_str();
        let curly = typographic(straight);
        if curly == straight {
            continue;
        }
        quoted += 1;
        let want = read(straight);
        figures += want.len();
        assert_eq!(read(&curly), want, "{}", doc.path);
    }
    assert!(
        quoted > 1500 && figures > 15_000,
        "{quoted} articles, {figures} figures"
    );
}

/// A Unicode hyphen (U+2010) or a non-breaking one (U+2011) joins what an ASCII hyphen
/// joins, and each figure's text is still the copy's own.
#[test]
fn unicode_hyphens_read_as_ascii_ones() {
    let sentences = [
        "The 20-year-old was one of 1,200 people at the rally.",
        "The 2019-20 season ended early, with 38 games played.",
        "A 36-page report found 10-15% of the 4-year-olds were ill.",
        "The state-owned firm cut 2,000 jobs in its 12-month plan.",
    ];
    for s in sentences {
        for hyphen in ["\u{2010}", "\u{2011}"] {
            let set = s.replace('-', hyphen);
            let straight: Vec<String> = read(s);
            let unicode: Vec<String> = figs(&set)
                .into_iter()
                .map(|f| f.replace(hyphen, "-"))
                .collect();
            assert_eq!(unicode, straight, "{set}");
        }
    }
    assert_eq!(
        figs("The 20\u{2011}year\u{2011}old was one of 1,200 people."),
        vec![
            "20\u{2011}year\u{2011}old | number | 20 | exact | years | -",
            "1,200 | number | 1200 | exact | people | -",
        ]
    );
}

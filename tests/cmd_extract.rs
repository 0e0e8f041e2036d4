//! `claimcheck extract` run as a binary: every output format and exit code, cases in
//! tests/cmd/extract-*.toml with their expected output beside them.

#[test]
fn extract_cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/extract-*.toml");
}

//! CLI cases for `claimcheck dupes`, as data: tests/cmd/dupes-*.toml with their `.in`
//! folders (fixture text written for these tests).

#[test]
fn dupes_cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/dupes-*.toml");
}

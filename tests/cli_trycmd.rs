//! CLI behaviour as data: each `tests/cmd/cli-*.toml` runs the binary (in the matching
//! `.in/` folder when there is one) and compares exit code, stdout and stderr.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin(
            "claimcheck",
            std::path::Path::new(env!("CARGO_BIN_EXE_claimcheck")),
        )
        .case("tests/cmd/cli-*.toml");
}

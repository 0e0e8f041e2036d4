//! Records, linking and provenance as CLI data: each `tests/cmd/records-*.toml` runs the
//! binary in its `.in/` folder and compares exit code, stdout and stderr.

#[test]
fn records_cases() {
    trycmd::TestCases::new()
        .register_bin(
            "claimcheck",
            std::path::Path::new(env!("CARGO_BIN_EXE_claimcheck")),
        )
        .case("tests/cmd/records-*.toml");
}

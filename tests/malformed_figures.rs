//! `figure/malformed` run as a user runs it: `claimcheck check --format json` on its
//! fixtures. Every `flag` paragraph gives exactly one finding of the rule, listed here in
//! full; no `pass` paragraph gives any.

use std::path::Path;
use std::process::Command;

/// `(line, column, message, actual)` of each `figure/malformed` finding in `fixture`.
fn malformed(fixture: &str) -> Vec<(u64, u64, String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/rules/malformed")
        .join(fixture);
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .expect("claimcheck runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let mut found = Vec::new();
    for file in json["files"].as_array().expect("files") {
        for f in file["findings"].as_array().expect("findings") {
            if f["rule"] == "figure/malformed" {
                assert_eq!(f["severity"], "warning", "{f}");
                found.push((
                    f["line"].as_u64().unwrap_or(0),
                    f["column"].as_u64().unwrap_or(0),
                    f["message"].as_str().unwrap_or("").to_string(),
                    f["actual"].as_str().unwrap_or("").to_string(),
                ));
            }
        }
    }
    found
}

#[test]
fn every_broken_group_is_flagged_once() {
    let lines: Vec<String> = malformed("flag.txt")
        .iter()
        .map(|(line, col, message, actual)| format!("{line}:{col} [{actual}] {message}"))
        .collect();
    insta::assert_snapshot!(lines.join("\n"), @r"
    1:23 [£135,00] '£135,00' has two digits after its comma, where a thousands group has three; it is read as £135
    3:36 [€1,1420] '€1,1420' has four digits after its comma, where a thousands group has three; it is read as €1
    5:23 [$2,500,00] '$2,500,00' has two digits after its comma, where a thousands group has three; it is read as $2,500
    7:18 [14,50] '14,50' has two digits after its comma, where a thousands group has three; it is read as 14
    9:31 [45,50] '45,50' has two digits after its comma, where a thousands group has three; it is read as 45
    11:17 [64,25] '64,25' has two digits after its comma, where a thousands group has three; it is read as 64
    13:31 [3,4567] '3,4567' has four digits after its comma, where a thousands group has three; it is read as 3
    15:20 [US$12,34] 'US$12,34' has two digits after its comma, where a thousands group has three; it is read as US$12
    17:17 [£17.m] '£17.m' has a point with no digits after it; it is read as £17
    19:30 [4.bn] '4.bn' has a point with no digits after it; it is read as 4
    ");
}

#[test]
fn lists_scores_codes_dates_files_and_well_formed_figures_are_left_alone() {
    assert_eq!(malformed("pass.txt"), Vec::new());
}

//! Rules that read the copy around a figure, run as a user runs them: `claimcheck check
//! --format json` on each rule's fixtures. Every `flag` paragraph gives exactly one
//! finding of the rule, listed here in full; no `pass` paragraph gives any.

use std::path::Path;
use std::process::Command;

/// `line:column [actual -> expected] message` of each finding of `rule` in the fixture
/// file `fixture` of `tests/fixtures/rules/{dir}`, each checked to be of `severity`.
fn findings(dir: &str, fixture: &str, rule: &str, severity: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/rules")
        .join(dir)
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
            if f["rule"] == rule {
                assert_eq!(f["severity"], severity, "{f}");
                let text = |key: &str| f[key].as_str().unwrap_or("-").to_string();
                found.push(format!(
                    "{}:{} [{} -> {}] {}",
                    f["line"],
                    f["column"],
                    text("actual"),
                    text("expected"),
                    text("message")
                ));
            }
        }
    }
    found
}

#[test]
fn every_broken_group_is_flagged_once() {
    let found = findings("malformed", "flag.txt", "figure/malformed", "warning");
    insta::assert_snapshot!(found.join("\n"), @r"
    1:23 [£135,00 -> -] '£135,00' has two digits after its comma, where a thousands group has three; it is read as £135
    3:36 [€1,1420 -> -] '€1,1420' has four digits after its comma, where a thousands group has three; it is read as €1
    5:23 [$2,500,00 -> -] '$2,500,00' has two digits after its comma, where a thousands group has three; it is read as $2,500
    7:18 [14,50 -> -] '14,50' has two digits after its comma, where a thousands group has three; it is read as 14
    9:31 [45,50 -> -] '45,50' has two digits after its comma, where a thousands group has three; it is read as 45
    11:17 [64,25 -> -] '64,25' has two digits after its comma, where a thousands group has three; it is read as 64
    13:31 [3,4567 -> -] '3,4567' has four digits after its comma, where a thousands group has three; it is read as 3
    15:20 [US$12,34 -> -] 'US$12,34' has two digits after its comma, where a thousands group has three; it is read as US$12
    17:17 [£17.m -> -] '£17.m' has a point with no digits after it; it is read as £17
    19:30 [4.bn -> -] '4.bn' has a point with no digits after it; it is read as 4
    21:21 [£507, 596 -> -] '£507, 596' has a space inside it, after its comma; it is read as £507
    23:30 [$30, 000 -> -] '$30, 000' has a space inside it, after its comma; it is read as $30
    25:8 [40, 000 -> -] '40, 000' has a space inside it, after its comma; it is read as 40
    ");
}

#[test]
fn lists_scores_codes_dates_files_and_well_formed_figures_are_left_alone() {
    assert_eq!(
        findings("malformed", "pass.txt", "figure/malformed", "warning"),
        Vec::<String>::new()
    );
}

#[test]
fn every_list_longer_or_shorter_than_its_count_is_flagged_once() {
    let found = findings("list-count", "flag.txt", "arithmetic/list-count", "error");
    insta::assert_snapshot!(found.join("\n"), @r"
    1:20 [three -> 4] the count of the list that follows (Jaguar, Land Rover, Volvo and Aston Martin) is 4; the copy says three
    3:33 [four -> 3] the count of the list that follows (England, Scotland and Wales) is 3; the copy says four
    5:12 [two -> 3] the count of the list that follows (a header, a volley and a penalty) is 3; the copy says two
    7:17 [five -> 3] the count of the list that follows (in Leeds, Hull and York) is 3; the copy says five
    9:19 [six -> 7] the count of the list that follows (Adams, Baker, Clarke, Dunn, Evans, Ford and Gray) is 7; the copy says six
    11:17 [4 -> 3] the count of the list that follows (Lights, Harbour and Winter Road) is 3; the copy says 4
    13:22 [three -> 2] the count of the list that follows (Northbank and Westbank) is 2; the copy says three
    15:15 [seven -> 8] the count of the list that follows (Leeds, Bristol, Sheffield, Manchester, Liverpool, Birmingham, Newcastle and Glasgow) is 8; the copy says seven
    ");
}

#[test]
fn partial_ambiguous_and_counted_lists_are_left_alone() {
    assert_eq!(
        findings("list-count", "pass.txt", "arithmetic/list-count", "error"),
        Vec::<String>::new()
    );
}

#[test]
fn a_conversion_at_another_rate_than_the_articles_others_is_flagged() {
    let found = findings(
        "conversion-rate",
        "words.txt",
        "consistency/conversion-rate",
        "warning",
    );
    insta::assert_snapshot!(found.join("\n"), @"5:76 [$14bn -> $19.7bn to $19.8bn] '2,100bn yen' converted as '$14bn' is 0.00668 USD to the JPY; the article converts JPY to USD at 0.00937 to 0.00942 elsewhere (lines 3 and 5)");
}

#[test]
fn conversions_at_one_rate_and_dollars_of_two_countries_are_left_alone() {
    assert_eq!(
        findings(
            "conversion-rate",
            "words-pass.txt",
            "consistency/conversion-rate",
            "warning"
        ),
        Vec::<String>::new()
    );
}

//! Issue 14: `verify` lints claim records (terms that identify nothing, terms of another
//! kind, duplicate quantities, no source, a currency that is not ISO 4217, an `as_of`
//! that is not a date) and says how many records it checked; a claims file with several
//! mistakes reports every one at its own line and column.

mod common;

use common::{code, json, run, stderr, stdout, write};

const SOURCES: &str = "- id: annual-report\n  title: Annual report\n";

#[test]
fn verify_lints_records_and_counts_them() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claims/c.yaml",
        "\
- id: revenue
  value: 5000000
  kind: money
  currency: '$'
  as_of: 2024-13-01
  match: [dollar, reached]
  sources: [{id: annual-report}]
- id: share-of-staff
  value: 12
  kind: percent
  match: [staff, euros]
  sources: []
- id: staff-a
  value: 900
  kind: number
  match: [staff, Acme]
  sources: [{id: annual-report}]
- id: staff-b
  value: 900
  kind: number
  match: [Acme, staff]
  sources: [{id: annual-report}]
",
    );
    write(dir.path(), "sources/s.yaml", SOURCES);
    let o = run(dir.path(), &["verify", "--format", "json"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let doc = json(&o);
    let found: Vec<String> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{} {} {}",
                f["line"],
                f["column"],
                f["rule"].as_str().unwrap_or(""),
                f["message"].as_str().unwrap_or("")
            )
        })
        .collect();
    insta::assert_snapshot!(found.join("\n"), @r"
    4:13 record/invalid-field claim `revenue`: currency `$` is not an ISO 4217 code; write the three-letter code (USD for US dollars)
    5:10 record/invalid-field claim `revenue`: `as_of: 2024-13-01` is not a date (YYYY-MM-DD, YYYY-MM or YYYY)
    6:10 record/weak-match claim `revenue`: match term `dollar` is too common to identify a figure; name what the figure counts and whose it is
    6:10 record/weak-match claim `revenue`: match term `reached` is too common to identify a figure; name what the figure counts and whose it is
    11:10 record/weak-match claim `share-of-staff` is a percent record, but its term `euros` would fit amounts of money
    12:12 record/no-source claim `share-of-staff` cites no source, so no figure it fits can be supported
    18:7 record/duplicate-quantity claim `staff-b` gives the same quantity as `staff-a` (in claims/c.yaml): same value, terms, subject, period and scope
    1:7 provenance/missing-snapshot source `annual-report` has no archived snapshot, so its figures cannot be re-checked
    ");
    let human = run(dir.path(), &["verify"]);
    assert!(
        stdout(&human).ends_with(
            "records: 4 claims and 1 source checked, 8 findings (2 errors, 6 warnings, 0 info)\n"
        ),
        "{}",
        stdout(&human)
    );
}

#[test]
fn every_mistake_in_a_claims_file_is_reported_at_once() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claims/c.yaml",
        "\
- id: a
  value: 5
  match: [cars]
  toleranse: 0.1
- id: b
  value: 5
  match: [vans]
  tolerance: 3
- id: c
  value: 6
  match: [lorries]
  sources:
    - id: nowhere
",
    );
    write(dir.path(), "sources/s.yaml", SOURCES);
    let o = run(dir.path(), &["check", "claims"]);
    assert_eq!(code(&o), 2);
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].starts_with("error: claims/c.yaml:4:3: unknown field `toleranse`"),
        "{err}"
    );
    assert_eq!(
        lines[1],
        "error: claims/c.yaml:8:14: claim `b` has tolerance 3; give a fraction from 0 to 1"
    );
    assert_eq!(
        lines[2],
        "error: claims/c.yaml:13:11: claim `c` cites source `nowhere`, which no source record defines"
    );
}

#[test]
fn a_missing_snapshot_is_a_finding_and_its_figures_are_unverifiable() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claims/c.yaml",
        "- id: staff\n  value: 900\n  kind: number\n  unit: staff\n  match: [staff, Acme]\n  sources: [{id: gone}]\n",
    );
    write(
        dir.path(),
        "sources/s.yaml",
        "- id: gone\n  snapshot: snapshots/gone.txt\n  sha256: 9f2c000000000000000000000000000000000000000000000000000000000000\n",
    );
    write(dir.path(), "articles/a.txt", "Acme had 900 staff.\n");
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert!(code(&o) < 2, "{}", stderr(&o));
    let doc = json(&o);
    let claims = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["claims"].as_array().unwrap().clone())
        .collect::<Vec<_>>();
    assert_eq!(claims[0]["verdict"], "unverifiable");
    let rules: Vec<String> = doc["record_findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        rules.contains(&"provenance/missing-snapshot".to_string()),
        "{rules:?}"
    );
}

#[test]
fn an_articles_glob_that_is_not_one_is_an_error_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claims/c.yaml",
        "- id: z\n  value: 1\n  articles: ['articles/[x']\n  match: [cars]\n  sources: [{id: annual-report}]\n",
    );
    write(dir.path(), "sources/s.yaml", SOURCES);
    let o = run(dir.path(), &["verify"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "error: claims/c.yaml:3:13: claim `z`: `articles:` `articles/[x` is not a glob: unclosed character class; missing ']'\n"
    );
}

#[test]
fn check_shows_the_provenance_of_sources_used_but_not_verifys_lints() {
    let dir = tempfile::tempdir().unwrap();
    // a claim whose id is also the id of the source it cites, and a term `verify` flags
    write(
        dir.path(),
        "claims/c.yaml",
        "- id: annual-report\n  value: 900\n  kind: number\n  unit: staff\n  match: [staff, reached]\n  sources: [{id: annual-report}]\n",
    );
    write(dir.path(), "sources/s.yaml", SOURCES);
    write(
        dir.path(),
        "articles/a.txt",
        "Staff numbers reached 900 staff.\n",
    );
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert!(code(&o) < 2, "{}", stderr(&o));
    let rules: Vec<String> = json(&o)["record_findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|f| f["rule"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(rules, ["provenance/missing-snapshot"]);
    let o = run(dir.path(), &["verify", "--format", "json"]);
    let rules: Vec<String> = json(&o)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(rules, ["record/weak-match", "provenance/missing-snapshot"]);
}

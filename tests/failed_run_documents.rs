//! A run that cannot be done (a bad record) still writes the SARIF or JSON document asked
//! for, with the error in it and `executionSuccessful: false`, into folders that `-o`
//! makes; the exit status stays 2 and the error line is still on stderr.

use std::path::Path;

mod common;

use common::{code, run, stderr, write};

const ERROR: &str = "claims/c.yaml:2:3: unknown field `bogus`, expected one of `id`, `statement`, `value`, `low`, `high`, `kind`, `unit`, `currency`, `as_of`, `subject`, `articles`, `match`, `tolerance`, `sources`";

fn broken_newsroom(dir: &Path) {
    write(dir, "articles/a.txt", "The library lent 4,000 books.\n");
    write(dir, "claims/c.yaml", "- id: lent\n  bogus: 1\n");
}

#[test]
fn sarif_is_written_with_the_error_as_a_notification() {
    let dir = tempfile::tempdir().unwrap();
    broken_newsroom(dir.path());
    let o = run(
        dir.path(),
        &[
            "check",
            "articles",
            "--format",
            "sarif",
            "-o",
            "reports/ci/claimcheck.sarif",
        ],
    );
    assert_eq!(code(&o), 2);
    assert_eq!(stderr(&o), format!("error: {ERROR}\n"));
    let text = std::fs::read_to_string(dir.path().join("reports/ci/claimcheck.sarif")).unwrap();
    let log: serde_json::Value = serde_json::from_str(&text).unwrap();
    let run = &log["runs"][0];
    assert_eq!(
        run["invocations"],
        serde_json::json!([{
            "executionSuccessful": false,
            "toolExecutionNotifications": [{"level": "error", "message": {"text": ERROR}}],
        }])
    );
    assert_eq!(run["results"], serde_json::json!([]));
    if let Ok(schema) = std::fs::read("../shared/schemas/sarif-schema-2.1.0.json") {
        let schema: serde_json::Value = serde_json::from_slice(&schema).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[test]
fn json_is_written_with_the_error() {
    let dir = tempfile::tempdir().unwrap();
    broken_newsroom(dir.path());
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(code(&o), 2);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["errors"], serde_json::json!([ERROR]));
    assert_eq!(v["files"], serde_json::json!([]));
    assert_eq!(v["summary"]["files"], 0);
    // dupes, over a config that does not parse, the same way
    write(dir.path(), "claimcheck.yaml", "fial_on: error\n");
    let o = run(dir.path(), &["dupes", "articles", "--format", "json"]);
    assert_eq!(code(&o), 2);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["errors"].as_array().unwrap().len(), 1);
    assert!(
        v["errors"][0]
            .as_str()
            .unwrap()
            .starts_with("claimcheck.yaml:1:1: unknown field `fial_on`"),
        "{v}"
    );
}

/// The human report of a failed run is the error line alone, as before.
#[test]
fn human_output_of_a_failed_run_is_the_error_alone() {
    let dir = tempfile::tempdir().unwrap();
    broken_newsroom(dir.path());
    let o = run(dir.path(), &["check", "articles"]);
    assert_eq!(code(&o), 2);
    assert_eq!(o.stdout, b"");
    assert_eq!(stderr(&o), format!("error: {ERROR}\n"));
}

//! Issue 19, items 11–13: record files that the YAML parser would accept silently or
//! report at the wrong place give one error at their real line and column, and valid
//! shapes (a byte-order mark, an indented list, a `:` in a snapshot name) are accepted.

mod common;

use common::{code, run, stderr};

/// `verify` over one claim file with `claims`, and one source file with `sources`.
fn verify(claims: &str, sources: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "claims/c.yaml", claims);
    common::write(dir.path(), "sources/s.yaml", sources);
    common::write(dir.path(), "sources/snapshots/a:b.txt", "Spending was 3.\n");
    let out = run(dir.path(), &["verify"]);
    (code(&out), stderr(&out))
}

fn claim_error(claims: &str) -> String {
    let (code, err) = verify(claims, "- id: s\n");
    assert_eq!(code, 2, "{claims:?}: {err}");
    err
}

#[test]
fn nan_inf_and_unshowable_values_are_refused_where_they_stand() {
    assert_eq!(
        claim_error("- id: x\n  value: .nan\n  match: [spending]\n"),
        "error: claims/c.yaml:2:10: claim `x`: `value` is .nan, not a number\n"
    );
    assert_eq!(
        claim_error("- id: x\n  low: 1\n  high: -.inf\n  match: [spending]\n"),
        "error: claims/c.yaml:3:9: claim `x`: `high` is infinite; give a finite number\n"
    );
    assert_eq!(
        claim_error("- id: x\n  value: 1e300\n  match: [spending]\n"),
        "error: claims/c.yaml:2:10: claim `x`: `value` is 1e300, beyond the ±9,007,199,254,740,992 a record value may be\n"
    );
    assert_eq!(
        claim_error("- id: x\n  low: 5\n  high: 4\n  match: [spending]\n"),
        "error: claims/c.yaml:2:8: claim `x` has low 5 above high 4\n"
    );
}

#[test]
fn tags_documents_and_control_bytes_are_refused_at_their_place() {
    assert_eq!(
        claim_error("- id: x\n  value: !!float 3\n  match: [spending]\n"),
        "error: claims/c.yaml:2:10: YAML tags (`!…`) are not allowed in records; write the plain value\n"
    );
    assert_eq!(
        claim_error("- !record\n  id: x\n  value: 3\n  match: [spending]\n"),
        "error: claims/c.yaml:1:3: YAML tags (`!…`) are not allowed in records; write the plain value\n"
    );
    assert_eq!(
        claim_error("- id: x\n  value: 3\n  match: [spending]\n---\n- id: y\n  value: 3\n  match: [spending]\n"),
        "error: claims/c.yaml:4:1: a second YAML document starts here; a record file is one list of records\n"
    );
    assert_eq!(
        claim_error("- id: x\n  value: 3\n  statement: a\0b\n  match: [spending]\n"),
        "error: claims/c.yaml:3:15: control character U+0000 is not allowed in a record file\n"
    );
}

#[test]
fn an_indented_list_is_located_by_its_own_lines() {
    assert_eq!(
        claim_error("  - id: x\n    value: 3\n    match: [spending]\n  - id: x\n    value: 4\n    match: [spending]\n"),
        "error: claims/c.yaml:4:9: duplicate claim id `x` (first at claims/c.yaml:1:9)\n"
    );
}

#[test]
fn a_bom_comments_and_quoted_bangs_are_accepted() {
    let (code, err) = verify(
        "\u{feff}# ours\n- id: x # !not a tag\n  value: 3\n  statement: \"Wow, !\"\n  match: [spending]\n  sources:\n    - id: s\n",
        "\u{feff}- id: s\n",
    );
    assert_ne!(code, 2, "{err}");
}

#[test]
fn a_colon_in_a_snapshot_name_is_a_file_name() {
    let sha = "0".repeat(64);
    let (code, err) = verify(
        "[]\n",
        &format!("- id: s\n  snapshot: snapshots/a:b.txt\n  sha256: {sha}\n"),
    );
    // read, hashed, and found not to match: not refused as an absolute path
    assert_eq!(code, 1, "{err}");
}

#[test]
fn sources_add_refuses_a_date_that_is_not_one() {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "doc.txt", "Spending was 3.\n");
    for bad in ["2025-13-45", "2025-02-30", "2025-1-5"] {
        let out = run(
            dir.path(),
            &["sources", "add", "doc.txt", "--id", "d", "--published", bad],
        );
        assert_eq!(code(&out), 2);
        assert_eq!(
            stderr(&out),
            format!("error: --published must be a real date as YYYY-MM-DD, not `{bad}`\n")
        );
    }
    assert!(!dir.path().join("sources").exists());
}

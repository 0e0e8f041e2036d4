//! `verify`, `check` against records and `sources add`, run as the binary on small
//! newsrooms built in temp dirs (every sentence and record here written for the test).

use std::fs;

mod common;

use common::{json, run, write};

fn sha(bytes: &[u8]) -> String {
    claimcheck::hash::sha256_hex(bytes)
}

const SNAPSHOT: &str = "Harbour authority note.\nThe port handled \u{201C}1,204 ships\u{201D} in\n  the year to March.\n";

/// A newsroom whose one source has a snapshot; `hash` and `quote` are written as given.
fn newsroom(hash: &str, quote: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "claimcheck.yaml", "# empty: stops the walk up\n");
    write(d.path(), "sources/snapshots/harbour.txt", SNAPSHOT);
    write(
        d.path(),
        "sources/harbour.yaml",
        format!("- id: harbour-note\n  title: Harbour authority note\n  snapshot: snapshots/harbour.txt\n  sha256: {hash}\n"),
    );
    write(
        d.path(),
        "claims/ships.yaml",
        format!("- id: ships-handled\n  value: 1204\n  unit: ships\n  match: [ships]\n  sources:\n    - id: harbour-note\n      quote: '{quote}'\n"),
    );
    write(
        d.path(),
        "articles/port.txt",
        "The port handled 1,204 ships last year.\n",
    );
    d
}

/// (rule, path, line, column, message) of every finding in a verify JSON document.
fn findings(v: &serde_json::Value) -> Vec<(String, String, u64, u64, String)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn verify_passes_when_hashes_and_quotes_hold() {
    // Straight quotes and a single space in the record; curly quotes and a line break in
    // the snapshot: folded alike.
    let d = newsroom(&sha(SNAPSHOT.as_bytes()), "\"1,204 ships\" in the year");
    let o = run(d.path(), &["verify", "--format", "json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(findings(&json(&o)), []);
    let human = run(d.path(), &["verify"]);
    assert_eq!(
        String::from_utf8_lossy(&human.stdout),
        "records: 1 claim and 1 source checked, all hold (every snapshot hashes to its sha256, every quote is in its snapshot)\n"
    );
}

#[test]
fn verify_reports_a_hash_mismatch_at_the_sha256() {
    let wrong = "0".repeat(64);
    let d = newsroom(&wrong, "1,204 ships");
    let o = run(d.path(), &["verify", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    assert_eq!(
        findings(&v),
        [(
            "provenance/hash-mismatch".to_string(),
            "sources/harbour.yaml".to_string(),
            4,
            11,
            format!(
                "snapshot `snapshots/harbour.txt` of source `harbour-note` hashes to {}, not the recorded sha256",
                sha(SNAPSHOT.as_bytes())
            )
        )]
    );
    assert_eq!(v["findings"][0]["expected"], wrong.as_str());
}

#[test]
fn verify_reports_a_quote_not_in_the_snapshot() {
    let d = newsroom(&sha(SNAPSHOT.as_bytes()), "1,240 ships");
    let o = run(d.path(), &["verify", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        findings(&json(&o)),
        [(
            "provenance/quote-not-found".to_string(),
            "claims/ships.yaml".to_string(),
            7,
            14,
            "claim `ships-handled` quotes \"1,240 ships\", which is not in the snapshot of source `harbour-note`".to_string()
        )]
    );
}

#[test]
fn verify_warns_of_a_source_without_snapshot_and_exits_0() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "claimcheck.yaml", "# empty\n");
    write(
        d.path(),
        "sources/s.yaml",
        "- id: council-minutes\n  title: Council minutes\n",
    );
    let o = run(d.path(), &["verify"]);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("warning[provenance/missing-snapshot]: source `council-minutes` has no archived snapshot"), "{out}");
    assert!(out.contains("--> sources/s.yaml:1:7"), "{out}");
}

#[test]
fn a_bad_record_stops_the_run_with_exit_2() {
    let d = newsroom(&sha(SNAPSHOT.as_bytes()), "1,204 ships");
    write(
        d.path(),
        "claims/extra.yaml",
        "- id: x\n  value: 1\n  match: [y]\n  tolerence: 0.1\n",
    );
    for cmd in [&["verify"][..], &["check", "articles"][..]] {
        let o = run(d.path(), cmd);
        assert_eq!(o.status.code(), Some(2));
        assert_eq!(
            String::from_utf8_lossy(&o.stderr),
            "error: claims/extra.yaml:4:3: unknown field `tolerence`, expected one of `id`, `statement`, `value`, `low`, `high`, `kind`, `unit`, `currency`, `as_of`, `subject`, `articles`, `match`, `tolerance`, `sources`\n"
        );
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn check_links_figures_and_carries_the_record_digest() {
    let d = newsroom(&sha(SNAPSHOT.as_bytes()), "1,204 ships");
    let o = run(d.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v = json(&o);
    let set = claimcheck::run::load_records(&claimcheck::settings::Settings {
        claims: d.path().join("claims"),
        sources: d.path().join("sources"),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(v["records_digest"], set.digest.as_str());
    let file = &v["files"][0];
    assert_eq!(file["path"], "articles/port.txt");
    assert_eq!(
        file["sha256"],
        sha(b"The port handled 1,204 ships last year.\n").as_str()
    );
    let claim = &file["claims"][0];
    assert_eq!(claim["verdict"], "supported");
    assert_eq!(claim["record"], "ships-handled");
    assert_eq!(claim["sources"][0]["id"], "harbour-note");
    assert_eq!(claim["sources"][0]["title"], "Harbour authority note");
    assert_eq!(v["summary"]["verdicts"]["supported"], 1);
}

#[test]
fn check_marks_figures_on_a_broken_source_unverifiable() {
    let d = newsroom(&"a".repeat(64), "1,204 ships");
    let o = run(d.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v = json(&o);
    assert_eq!(v["files"][0]["claims"][0]["verdict"], "unverifiable");
    // `files` lists only the copy; findings in the record files are beside it
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    let rules: Vec<(&str, &str)> = v["record_findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["rule"].as_str().unwrap()))
        .collect();
    assert_eq!(
        rules,
        [("sources/harbour.yaml", "provenance/hash-mismatch")]
    );
}

#[test]
fn check_flags_a_contradicted_figure_diff_style() {
    let d = newsroom(&sha(SNAPSHOT.as_bytes()), "1,204 ships");
    write(
        d.path(),
        "articles/port.txt",
        "The port handled 1,420 ships last year.\n",
    );
    let o = run(d.path(), &["check", "articles"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("error[record/contradicted]: the copy says 1,420 ships, but record `ships-handled` gives 1,204"), "{out}");
    assert!(out.contains("- copy: 1,420 ships"), "{out}");
    assert!(
        out.contains("+ record: 1,204 (Harbour authority note)"),
        "{out}"
    );
}

#[test]
fn sources_add_archives_hashes_and_refuses_an_existing_id() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "claimcheck.yaml", "# empty\n");
    write(
        d.path(),
        "sources/old.yaml",
        "- id: council-minutes\n  title: Council minutes\n",
    );
    write(
        d.path(),
        "download/budget.txt",
        "Budget notes written for this test.\n",
    );
    let o = run(
        d.path(),
        &[
            "sources",
            "add",
            "download/budget.txt",
            "--id",
            "budget-notes",
            "--title",
            "Budget notes",
            "--published",
            "2026-01-05",
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let digest = sha(b"Budget notes written for this test.\n");
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        format!("archived sources/snapshots/budget-notes.txt (sha256 {digest})\nadded source `budget-notes` to sources/sources.yaml\n")
    );
    assert_eq!(
        fs::read_to_string(d.path().join("sources/sources.yaml")).unwrap(),
        format!("- id: budget-notes\n  title: Budget notes\n  published: 2026-01-05\n  snapshot: snapshots/budget-notes.txt\n  sha256: {digest}\n")
    );
    assert_eq!(run(d.path(), &["verify", "--quiet"]).status.code(), Some(0));

    // The same id again, or an id already defined by hand: refused, nothing changed.
    let before = fs::read_to_string(d.path().join("sources/sources.yaml")).unwrap();
    for id in ["budget-notes", "council-minutes"] {
        let o = run(
            d.path(),
            &["sources", "add", "download/budget.txt", "--id", id],
        );
        assert_eq!(o.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&o.stderr)
            .contains(&format!("source id `{id}` already exists at sources/")));
    }
    assert_eq!(
        fs::read_to_string(d.path().join("sources/sources.yaml")).unwrap(),
        before
    );

    // A snapshot file already there (not recorded) is not overwritten.
    write(d.path(), "sources/snapshots/stray.txt", "kept");
    let o = run(
        d.path(),
        &["sources", "add", "download/budget.txt", "--id", "stray"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        fs::read_to_string(d.path().join("sources/snapshots/stray.txt")).unwrap(),
        "kept"
    );
    assert_eq!(
        fs::read_to_string(d.path().join("sources/sources.yaml")).unwrap(),
        before
    );

    // An id that would name a path elsewhere is refused.
    let o = run(
        d.path(),
        &["sources", "add", "download/budget.txt", "--id", "../x"],
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn record_size_limit_is_set_in_the_config() {
    let d = newsroom(&sha(SNAPSHOT.as_bytes()), "1,204 ships");
    write(d.path(), "claimcheck.yaml", "max_record_bytes: 40\n");
    let o = run(d.path(), &["verify"]);
    assert_eq!(o.status.code(), Some(2));
    let claims = fs::metadata(d.path().join("claims/ships.yaml"))
        .unwrap()
        .len();
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!("error: claims/ships.yaml: record file is {claims} bytes, over the limit of 40 bytes (max_record_bytes)\n")
    );
}

#[test]
fn verify_with_no_records_says_it_verified_nothing() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "claimcheck.yaml", "# empty: stops the walk up\n");
    let o = run(d.path(), &["verify"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "records: none found, so nothing was verified (see --claims and --sources)\n"
    );
}

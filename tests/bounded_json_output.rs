//! Issue 19, item 8: JSON output stays linear in its input. A figure's `sentence` is a
//! bounded window (about 300 bytes, `…` where cut) however long the sentence, and a
//! finding repeated in pasted copies carries one note for all its repeats, not one each.

mod common;

use common::{json, run};

fn claims_of(v: &serde_json::Value) -> Vec<serde_json::Value> {
    v["files"][0]["claims"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn a_long_sentence_is_given_as_a_marked_window_round_the_figure() {
    let dir = tempfile::tempdir().unwrap();
    let filler = "and the council went on at length about the works ".repeat(200);
    common::write(
        dir.path(),
        "a.txt",
        format!("The report {filler}said spending rose 5% last year {filler}until the end.\n"),
    );
    for cmd in [
        ["extract", "a.txt", "--format", "json"],
        ["check", "a.txt", "--format", "json"],
    ] {
        let out = run(dir.path(), &cmd);
        let claims = claims_of(&json(&out));
        assert_eq!(claims.len(), 1, "{cmd:?}");
        let sentence = claims[0]["sentence"].as_str().unwrap();
        assert!(sentence.len() <= 310, "{cmd:?}: {} bytes", sentence.len());
        // (cut after the figure here; the start is where the document cut the run-on
        // sentence into parts)
        assert!(sentence.ends_with('…'), "{sentence}");
        assert!(
            sentence.contains("spending rose 5% last year"),
            "{sentence}"
        );
    }
}

/// JSON bytes of `check` over `copy`.
fn json_bytes(copy: &str) -> usize {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "a.txt", copy);
    let out = run(
        dir.path(),
        &["check", "a.txt", "--format", "json", "--fail-on", "never"],
    );
    assert_eq!(common::code(&out), 0, "{}", common::stderr(&out));
    out.stdout.len()
}

#[test]
fn json_grows_in_step_with_the_input() {
    // one run-on line of figures: the shape that once gave a quadratic document
    let unit = "the fund grew 5%, the levy 7% and the rate 2%, ";
    let one = json_bytes(&unit.repeat(8));
    let sixteen = json_bytes(&unit.repeat(8 * 16));
    assert!(
        sixteen <= one * 16 * 5 / 4,
        "16× the input gave {sixteen} bytes of JSON against {one} (ratio {:.1})",
        sixteen as f64 / one as f64
    );
}

#[test]
fn a_finding_repeated_in_pasted_copy_carries_one_note() {
    let para = "Rents rose from 100 to 134, a 15% increase, the agency said in its yearly review of the housing market across the region.\n\n";
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "a.txt", para.repeat(40));
    let out = run(dir.path(), &["check", "a.txt", "--format", "json"]);
    let doc = json(&out);
    let findings = doc["files"][0]["findings"].as_array().unwrap();
    let pct: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| f["rule"] == "arithmetic/percent-change")
        .collect();
    // the first copy's finding (the copy that opens the repeated block is reported too)
    assert!(pct.len() <= 2, "{findings:#?}");
    let notes: Vec<&str> = pct[0]["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n.as_str())
        .filter(|n| n.starts_with("repeated"))
        .collect();
    // (the first copy and the start of the repeated block are not repeats of it)
    assert_eq!(
        notes,
        ["repeated 38 times in duplicated passages (on lines 5, 7, 9, …)"]
    );
}

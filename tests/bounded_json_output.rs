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

/// A paragraph of two figures no record links to, as a depot's note might run.
const DEPOT: &str = "The depot moved 4,200 parcels on Monday and 3,900 on Tuesday, the firm said in a note to staff about the winter rush.\n\n";

/// The draft note every `record/unsourced` finding carries.
const DRAFT: &str = "`claimcheck draft` writes a claim record to fill in";

/// A finding as (rule, line, notes).
type Seen = (String, u64, Vec<String>);

/// `check --format json` in `dir`: each finding of the first file, and each suppressed
/// finding as (rule, line).
fn findings_and_suppressed(dir: &std::path::Path) -> (Vec<Seen>, Vec<(String, u64)>) {
    let doc = json(&run(dir, &["check", "--format", "json"]));
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let findings = doc["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let notes = f["notes"].as_array().cloned().unwrap_or_default();
            let notes = notes.iter().map(text).collect();
            (text(&f["rule"]), f["line"].as_u64().unwrap(), notes)
        })
        .collect();
    let suppressed = doc["suppressed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (text(&s["rule"]), s["line"].as_u64().unwrap()))
        .collect();
    (findings, suppressed)
}

/// `record/unsourced` at `line` with `notes` after the draft note, once for each of the
/// paragraph's two figures.
fn unsourced_twice(line: u64, notes: &[&str]) -> Vec<Seen> {
    let notes: Vec<String> = std::iter::once(DRAFT)
        .chain(notes.iter().copied())
        .map(String::from)
        .collect();
    vec![("record/unsourced".to_string(), line, notes); 2]
}

#[test]
fn unsourced_figures_in_a_pasted_block_are_folded_into_the_first_copy() {
    // lines 7–11 repeat lines 1–5: their figures are the first copy's, noted there once
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "a.txt", DEPOT.repeat(6));
    let (findings, suppressed) = findings_and_suppressed(dir.path());
    let mut expected = unsourced_twice(
        1,
        &["repeated on lines 7, 9 and 11, in duplicated passages"],
    );
    expected.extend(unsourced_twice(3, &[]));
    expected.extend(unsourced_twice(5, &[]));
    expected.push((
        "duplicate/passage".to_string(),
        7,
        vec!["75 words as compared (numbers split at their separators, hyphenated words at hyphens; lone punctuation is not a word)".to_string()],
    ));
    assert_eq!(findings, expected);
    assert_eq!(suppressed, []);
}

#[test]
fn a_repeat_silenced_inline_is_suppressed_not_folded() {
    // the copy on line 8 is suppressed: it is listed as such, and the first copy's note
    // names only the repeats that were not
    let dir = tempfile::tempdir().unwrap();
    let copy = format!(
        "{}<!-- claimcheck: ignore record/unsourced reason=\"agency copy\" -->\n{}",
        DEPOT.repeat(3),
        DEPOT.repeat(3)
    );
    common::write(dir.path(), "a.md", copy);
    let (findings, suppressed) = findings_and_suppressed(dir.path());
    let mut expected = unsourced_twice(1, &["repeated on lines 10 and 12, in duplicated passages"]);
    expected.extend(unsourced_twice(3, &[]));
    expected.extend(unsourced_twice(5, &[]));
    assert_eq!(findings[..6], expected);
    assert_eq!(findings[6].0, "duplicate/passage");
    assert_eq!(findings.len(), 7);
    let on_8 = ("record/unsourced".to_string(), 8);
    assert_eq!(suppressed, [on_8.clone(), on_8]);
}

#[test]
fn with_duplicate_passages_switched_off_nothing_is_folded() {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "a.txt", DEPOT.repeat(6));
    common::write(
        dir.path(),
        "claimcheck.yaml",
        "ignore: [duplicate/passage]\n",
    );
    let (findings, _) = findings_and_suppressed(dir.path());
    let expected: Vec<Seen> = [1, 3, 5, 7, 9, 11]
        .into_iter()
        .flat_map(|line| unsourced_twice(line, &[]))
        .collect();
    assert_eq!(findings, expected);
}

#[test]
fn a_pasted_figure_that_takes_a_record_by_repeating_one_is_not_folded_away() {
    // the figure in the pasted block repeats the one line 1 links to, and takes its
    // record: only the block's unsourced figures fold into the first copy's
    let dir = tempfile::tempdir().unwrap();
    common::write(
        dir.path(),
        "claims/removals.yaml",
        "- id: ice-removals-fy2024\n  statement: ICE removals in fiscal year 2024\n  value: 271484\n  kind: number\n  unit: removals\n  as_of: 2024-09-30\n  match: [removals, fiscal year]\n",
    );
    let block = "Critics said the 271,484 removals hid how many people were sent back twice, and that the 5% rise in staff was too small for the regional field offices of the agency.\n\n";
    let copy = format!(
        "ICE carried out 271,484 removals in fiscal year 2024, the agency's annual report said.\n\n{}",
        block.repeat(3)
    );
    common::write(dir.path(), "a.txt", copy);
    let doc = json(&run(dir.path(), &["check", "--format", "json"]));
    let verdicts: Vec<(String, u64, String)> = claims_of(&doc)
        .iter()
        .map(|c| {
            let text = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (text("text"), c["line"].as_u64().unwrap(), text("verdict"))
        })
        .collect();
    let v = |t: &str, line: u64, verdict: &str| (t.to_string(), line, verdict.to_string());
    let mut expected = vec![v("271,484", 1, "unverifiable")];
    for line in [3, 5, 7] {
        expected.extend([
            v("271,484", line, "unverifiable"),
            v("twice", line, "unsourced"),
            v("5%", line, "unsourced"),
        ]);
    }
    assert_eq!(verdicts, expected);
    let (findings, _) = findings_and_suppressed(dir.path());
    let mut expected = unsourced_twice(3, &["repeated on lines 5 and 7, in duplicated passages"]);
    let passage = |line| {
        (
            "duplicate/passage".to_string(),
            line,
            vec!["32 words as compared (numbers split at their separators, hyphenated words at hyphens; lone punctuation is not a word)".to_string()],
        )
    };
    expected.extend([passage(5), passage(7)]);
    assert_eq!(findings, expected);
}

#[test]
fn a_file_lists_ten_thousand_findings_of_a_rule_then_counts_the_rest() {
    // a pasted table of 10,030 percentages, none with a record: one finding a cell would be
    // 10,030 findings; every figure keeps its verdict in `claims`
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (0..5015)
        .map(|i| format!("| {}% | {}% |\n", 11 + i, 3 + i * 7 % 997))
        .collect();
    common::write(
        dir.path(),
        "table.md",
        format!("| a | b |\n|---|---|\n{rows}"),
    );
    let out = run(
        dir.path(),
        &[
            "check",
            "table.md",
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
    );
    let v = json(&out);
    assert_eq!(claims_of(&v).len(), 10_030);
    assert_eq!(v["summary"]["verdicts"]["unsourced"], 10_030);
    let findings = v["files"][0]["findings"].as_array().unwrap();
    let unsourced: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| f["rule"] == "record/unsourced")
        .collect();
    assert_eq!(unsourced.len(), 10_001);
    let last = unsourced.last().unwrap();
    assert_eq!(
        last["message"],
        "30 more record/unsourced findings in this file, from line 5003 on, are not listed"
    );
    assert_eq!(last["line"], 5003);
}

#[test]
fn a_long_document_s_figures_are_all_reported_with_their_verdicts() {
    // more figures than one part holds: the figures are read again when written, and
    // must be every one, in order, as `extract` finds them
    let dir = tempfile::tempdir().unwrap();
    let para = "Sales rose 15% to £3.2bn, and 1,200 staff joined its 31 stores.\n\n";
    common::write(dir.path(), "a.txt", para.repeat(1500));
    let checked = json(&run(
        dir.path(),
        &["check", "a.txt", "--format", "json", "--fail-on", "never"],
    ));
    let extracted = json(&run(dir.path(), &["extract", "a.txt", "--format", "json"]));
    let key = |c: &serde_json::Value| (c["start"].clone(), c["text"].clone(), c["value"].clone());
    let checked: Vec<_> = claims_of(&checked).iter().map(key).collect();
    let quantities: Vec<_> = claims_of(&extracted)
        .iter()
        .filter(|c| ["number", "percent", "money"].contains(&c["kind"].as_str().unwrap_or("")))
        .map(key)
        .collect();
    assert_eq!(checked.len(), 6000);
    assert!(checked == quantities);
}

//! The binary's contract: exit codes, config, suppression, baselines, init, draft,
//! explain, completions. Each test runs the built binary in a temporary newsroom.
//!
//! Detection is written elsewhere, so these tests lean on findings that exist whatever
//! the extractor does: `input/encoding` (copy that is not UTF-8), `input/binary`, and
//! `input/suppression` (a malformed ignore comment).

use std::path::Path;

mod common;

use common::{bin, code, json, run, stderr, stdout, write};

/// Copy saved by an old CMS in Windows-1252: "é" is byte 0xE9. No figure in it, so no
/// `record/unsourced` finding joins the encoding warning.
const CP1252: &[u8] = b"The library caf\xe9 reopened this week.\n";
const CLEAN: &str = "The library reopened on Monday after a short refit.\n";

/// `(rule, path)` of every reported finding.
fn findings(v: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for f in v["files"].as_array().unwrap() {
        for x in f["findings"].as_array().unwrap() {
            out.push((
                x["rule"].as_str().unwrap().to_string(),
                x["path"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

fn pair(rule: &str, path: &str) -> (String, String) {
    (rule.to_string(), path.to_string())
}

// ---- exit codes -------------------------------------------------------------------

#[test]
fn exit_0_when_nothing_reaches_fail_on() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/a.txt", CLEAN);
    write(dir.path(), "articles/b.txt", CP1252);
    // The encoding warning is below the default --fail-on error.
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        findings(&json(&o)),
        vec![pair("input/encoding", "articles/b.txt")]
    );
}

#[test]
fn exit_1_when_a_finding_reaches_fail_on() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/b.txt", CP1252);
    let o = run(dir.path(), &["check", "articles", "--fail-on", "warning"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let o = run(dir.path(), &["check", "articles", "--fail-on", "never"]);
    assert_eq!(code(&o), 0);
}

#[test]
fn exit_2_on_a_bad_flag() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["check", "x.txt", "--fail-on", "sometimes"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("invalid value 'sometimes'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn exit_2_on_a_missing_file_with_one_line_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["check", "nowhere.md"]);
    assert_eq!(code(&o), 2);
    assert_eq!(stderr(&o), "error: nowhere.md: no such file or directory\n");
    assert_eq!(stdout(&o), "");
}

#[test]
fn help_lists_the_exit_codes() {
    let o = bin().args(["check", "--help"]).output().unwrap();
    assert_eq!(code(&o), 0);
    let h = stdout(&o);
    assert!(h.contains("Exit status:\n  0  nothing at or above --fail-on (default: error)\n  1  findings at or above --fail-on\n  2  the run could not be done"), "{h}");
}

// ---- config -------------------------------------------------------------------------

#[test]
fn config_is_found_walking_up_and_its_globs_are_relative_to_it() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claimcheck.yaml",
        "rules:\n  input/encoding: error\nexclude: [\"articles/archive/**\"]\n",
    );
    write(dir.path(), "articles/b.txt", CP1252);
    write(dir.path(), "articles/archive/old.txt", CP1252);
    // From the articles folder, the config one level up still applies.
    let o = run(
        &dir.path().join("articles"),
        &["check", ".", "--format", "json"],
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(findings(&v), vec![pair("input/encoding", "b.txt")]);
    assert_eq!(v["files"][0]["findings"][0]["severity"], "error");
    // A flag overrides the config.
    let o = run(
        &dir.path().join("articles"),
        &["check", ".", "--fail-on", "never"],
    );
    assert_eq!(code(&o), 0);
}

#[test]
fn gitignored_copy_is_not_walked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".gitignore", "drafts/\n");
    write(dir.path(), "articles/drafts/b.txt", CP1252);
    write(dir.path(), "articles/a.txt", CLEAN);
    let o = run(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(code(&o), 0);
    let v = json(&o);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, vec!["articles/a.txt"]);
}

#[test]
fn rule_off_in_config_drops_its_findings() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claimcheck.yaml",
        "rules:\n  input/encoding: off\n",
    );
    write(dir.path(), "b.txt", CP1252);
    let o = run(
        dir.path(),
        &["check", "b.txt", "--format", "json", "--fail-on", "info"],
    );
    assert_eq!(code(&o), 0);
    assert_eq!(findings(&json(&o)), vec![]);
}

#[test]
fn exit_2_on_an_unknown_config_key_located_at_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claimcheck.yaml",
        "claims: claims\nfail_on: error\ndupes:\n  min_wrds: 20\n",
    );
    write(dir.path(), "a.txt", CLEAN);
    let o = run(dir.path(), &["check", "a.txt"]);
    assert_eq!(code(&o), 2);
    let e = stderr(&o);
    assert!(e.starts_with("error: "), "{e}");
    assert!(
        e.ends_with("claimcheck.yaml:4:3: dupes: unknown field `min_wrds`, expected `min_words`\n"),
        "{e}"
    );
    assert_eq!(e.lines().count(), 1, "{e}");
}

#[test]
fn exit_2_on_an_unknown_rule_in_config() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "cfg.yaml",
        "rules:\n  record/unsourced: off\n  arithmetic/percentage: off\n",
    );
    write(dir.path(), "a.txt", CLEAN);
    let o = run(dir.path(), &["check", "a.txt", "--config", "cfg.yaml"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "error: cfg.yaml:3:3: rules: unknown rule \"arithmetic/percentage\"; `claimcheck explain` lists the rules\n"
    );
}

#[test]
fn show_settings_prints_the_resolved_settings() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claimcheck.yaml",
        "claims: facts\nfail_on: warning\nrules:\n  record/unsourced: off\n  duplicate/passage: error\ndupes:\n  min_words: 25\nexclude: [\"articles/archive/**\"]\n",
    );
    let o = run(
        dir.path(),
        &["check", "--show-settings", "--fail-on", "never"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    insta::assert_snapshot!(stdout(&o), @r#"
    config: claimcheck.yaml
    claims: facts
    sources: sources
    fail_on: never
    rules:
      record/contradicted: error
      record/ambiguous: warning
      record/unsourced: off
      record/weak-match: warning
      record/duplicate-quantity: warning
      record/no-source: warning
      record/invalid-field: error
      provenance/hash-mismatch: error
      provenance/quote-not-found: error
      provenance/missing-snapshot: warning
      arithmetic/percent-change: error
      arithmetic/multiple: error
      arithmetic/share: error
      arithmetic/sum: error
      arithmetic/conversion: error
      arithmetic/average: error
      arithmetic/list-count: error
      figure/malformed: warning
      consistency/conflicting-values: error
      consistency/comparison: error
      consistency/conversion-rate: warning
      duplicate/passage: error
      duplicate/cross-file: warning
      input/encoding: warning
      input/binary: warning
      input/suppression: error
      input/unsupported: error
      suppress/unused: warning
    dupes:
      min_words: 25
    exclude:
    - articles/archive/**
    max_record_bytes: 8388608
    paths:
    - .
    select: []
    ignore: []
    overrides: []
    "#);
}

// ---- output -------------------------------------------------------------------------

#[test]
fn output_writes_the_report_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", CP1252);
    let o = run(
        dir.path(),
        &[
            "check",
            "b.txt",
            "--format",
            "json",
            "--output",
            "report.json",
        ],
    );
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), "");
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("report.json")).unwrap()).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["findings"], 1);
}

#[test]
fn quiet_leaves_out_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", CLEAN);
    let loud = run(dir.path(), &["check", "a.txt"]);
    assert_eq!(code(&loud), 0);
    assert!(!stdout(&loud).is_empty());
    let quiet = run(dir.path(), &["check", "a.txt", "--quiet"]);
    assert_eq!(code(&quiet), 0);
    assert_eq!(stdout(&quiet), "");
}

// ---- inline suppression -------------------------------------------------------------

#[test]
fn an_ignore_without_a_reason_is_an_error_finding() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.md",
        "# Library\n\n<!-- claimcheck: ignore record/unsourced -->\nThe library reopened on Monday.\n",
    );
    let o = run(dir.path(), &["check", "a.md", "--format", "json"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v = json(&o);
    let f = &v["files"][0]["findings"][0];
    assert_eq!(f["rule"], "input/suppression");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(3), Some(1))
    );
    // With a reason it is accepted and the copy is clean.
    write(
        dir.path(),
        "a.md",
        "# Library\n\n<!-- claimcheck: ignore record/unsourced reason=\"figure from the council minutes\" -->\nThe library reopened on Monday.\n",
    );
    let o = run(dir.path(), &["check", "a.md", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
}

#[test]
fn an_ignore_silences_the_next_paragraph_and_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    // The second paragraph holds a malformed comment (an input/suppression error); the
    // ignore before it silences exactly that, and the JSON says so.
    write(
        dir.path(),
        "a.html",
        "<p>The library reopened.</p>\n\n<!-- claimcheck: ignore input/suppression reason=\"the desk's own note\" -->\n<p>Staff returned <!-- claimcheck: check this --> on Monday.</p>\n\n<p>Then <!-- claimcheck: check that --> again.</p>\n",
    );
    let o = run(dir.path(), &["check", "a.html", "--format", "json"]);
    assert_eq!(code(&o), 1);
    let v = json(&o);
    let reported: Vec<u64> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(reported, vec![6]);
    let s = &v["suppressed"];
    assert_eq!(s.as_array().unwrap().len(), 1, "{s}");
    assert_eq!(s[0]["rule"], "input/suppression");
    assert_eq!(s[0]["line"], 4);
    assert_eq!(s[0]["by"], "inline");
    assert_eq!(s[0]["reason"], "the desk's own note");
    assert_eq!(v["summary"]["suppressed"], 1);
}

// ---- baselines ----------------------------------------------------------------------

#[test]
fn baseline_silences_recorded_findings_and_only_those() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/b.txt", CP1252);
    let args = [
        "check",
        "articles",
        "--fail-on",
        "warning",
        "--format",
        "json",
    ];
    let o = run(dir.path(), &args);
    assert_eq!(code(&o), 1);

    let mut w = args.to_vec();
    w.extend(["--write-baseline", "baseline.json"]);
    let o = run(dir.path(), &w);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "wrote 1 finding to the baseline baseline.json\n"
    );
    let b: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("baseline.json")).unwrap()).unwrap();
    assert_eq!(b["version"], 1);
    assert_eq!(b["findings"][0]["rule"], "input/encoding");
    assert_eq!(b["findings"][0]["path"], "articles/b.txt");

    let mut with = args.to_vec();
    with.extend(["--baseline", "baseline.json"]);
    let o = run(dir.path(), &with);
    assert_eq!(code(&o), 0);
    let v = json(&o);
    assert_eq!(findings(&v), vec![]);
    assert_eq!(v["suppressed"][0]["by"], "baseline");

    // A new problem is still reported.
    write(dir.path(), "articles/c.txt", CP1252);
    let o = run(dir.path(), &with);
    assert_eq!(code(&o), 1);
    assert_eq!(findings(&json(&o)).len(), 1);
}

#[test]
fn exit_2_on_a_malformed_baseline() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", CLEAN);
    write(
        dir.path(),
        "baseline.json",
        "{\"version\": 1, \"findings\": [}",
    );
    let o = run(
        dir.path(),
        &["check", "a.txt", "--baseline", "baseline.json"],
    );
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).starts_with("error: baseline.json:1:"),
        "{}",
        stderr(&o)
    );
}

// ---- init, draft, explain, completions ----------------------------------------------

#[test]
fn init_scaffolds_then_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(dir.path(), &["init"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "created claimcheck.yaml\ncreated claims/README.md\ncreated sources/README.md\ncreated articles/\nnext: put copy in articles/ and claim records in claims/ (`claimcheck draft ARTICLE` starts them), then run `claimcheck check articles`\n"
    );
    // The config it wrote is valid: check runs with it.
    write(dir.path(), "articles/a.txt", CLEAN);
    assert_eq!(code(&run(dir.path(), &["check", "articles"])), 0);
    let before = std::fs::read(dir.path().join("claimcheck.yaml")).unwrap();
    let o = run(dir.path(), &["init"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "error: claimcheck.yaml, claims, sources already exist; init changes nothing\n"
    );
    assert_eq!(
        std::fs::read(dir.path().join("claimcheck.yaml")).unwrap(),
        before
    );
}

#[test]
fn draft_prints_yaml_and_write_refuses_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", "The library reopened on Monday.\n");
    let o = run(dir.path(), &["draft", "a.md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("# Draft claim records for a.md"),
        "{}",
        stdout(&o)
    );
    let o = run(dir.path(), &["draft", "a.md", "--write", "claims.yaml"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let written = std::fs::read_to_string(dir.path().join("claims.yaml")).unwrap();
    assert!(written.starts_with("# Draft claim records for a.md"));
    let o = run(dir.path(), &["draft", "a.md", "--write", "claims.yaml"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "error: claims.yaml: already exists; not overwritten\n"
    );
}

#[test]
fn explain_prints_a_rules_doc_and_rejects_unknown_ones() {
    let o = bin()
        .args(["explain", "duplicate/cross-file"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(
        out.starts_with("duplicate/cross-file (default severity: warning)\n\n"),
        "{out}"
    );
    assert!(out.contains("<!-- claimcheck: ignore duplicate/cross-file reason=\"why\" -->"));
    let o = bin().args(["explain"]).output().unwrap();
    assert_eq!(code(&o), 0);
    assert_eq!(
        stdout(&o).lines().count(),
        claimcheck::rules::RuleId::ALL.len()
    );
    let o = bin().args(["explain", "record/unsorced"]).output().unwrap();
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "error: no rule named \"record/unsorced\"; `claimcheck explain` lists them\n"
    );
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = bin().args(["completions", shell]).output().unwrap();
        assert_eq!(code(&o), 0, "{shell}");
        let s = stdout(&o);
        assert!(s.contains("claimcheck"), "{shell}");
        assert!(s.contains("changed-since"), "{shell}: flags are completed");
    }
    let o = bin().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(code(&o), 2);
}

#[test]
fn exit_2_when_the_named_config_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", CLEAN);
    let o = run(dir.path(), &["check", "a.txt", "--config", "nope.yaml"]);
    assert_eq!(code(&o), 2);
    assert_eq!(stderr(&o), "error: nope.yaml: no such file or directory\n");
}

#[test]
fn a_gitignore_above_the_walked_folder_applies() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".gitignore", "*.draft.md\n");
    write(dir.path(), "articles/a.draft.md", "Not ready.\n");
    write(dir.path(), "articles/a.md", CLEAN);
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    let v = json(&o);
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    assert_eq!(v["files"][0]["path"], "articles/a.md");
}

#[test]
fn many_files_in_parallel_give_the_same_sorted_report() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..120 {
        let body: &[u8] = if i % 3 == 0 { CP1252 } else { CLEAN.as_bytes() };
        write(dir.path(), &format!("articles/{}/{i:03}.txt", i % 7), body);
    }
    let first = run(dir.path(), &["check", "articles", "--format", "json"]);
    let second = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(code(&first), 0);
    assert_eq!(first.stdout, second.stdout);
    let v = json(&first);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 120);
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted);
    assert_eq!(v["summary"]["findings"], 40);
    // Not a terminal: no progress bar on stderr.
    assert_eq!(stderr(&first), "");
}

#[test]
fn an_incomplete_run_writes_no_baseline_and_exits_2() {
    // A file that exists but cannot be read, even as root.
    let unreadable = Path::new("/proc/self/mem");
    if !unreadable.exists() {
        eprintln!("no /proc/self/mem here; skipping");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", CLEAN);
    let o = run(
        dir.path(),
        &[
            "check",
            "a.txt",
            "/proc/self/mem",
            "--write-baseline",
            "b.json",
        ],
    );
    assert_eq!(code(&o), 2);
    assert!(!dir.path().join("b.json").exists());
    assert!(
        stderr(&o)
            .starts_with("error: the run was incomplete, so the baseline b.json was not written\n"),
        "{}",
        stderr(&o)
    );
}

//! Every format renders the same hand-built report (tests/report_fixture): full-output
//! snapshots, plus the SARIF schema and GitHub's annotation limit.

mod report_fixture;

use claimcheck::finding::Finding;
use claimcheck::report::{self, github, human, Format, RenderOptions, Report};

fn render(format: Format, report: &Report, opts: &RenderOptions) -> String {
    let mut out = Vec::new();
    report::render_with(format, report, opts, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn plain() -> RenderOptions {
    RenderOptions::default()
}

#[test]
fn human_report() {
    insta::assert_snapshot!(render(Format::Human, &report_fixture::report(), &plain()));
}

#[test]
fn human_report_in_colour() {
    let opts = RenderOptions {
        color: true,
        ..RenderOptions::default()
    };
    let out = render(Format::Human, &report_fixture::report(), &opts);
    assert!(out.contains("\u{1b}["), "no ANSI escapes:\n{out}");
    // Without the escapes it is the plain report, character for character.
    let stripped = strip_ansi(&out);
    assert_eq!(
        stripped,
        render(Format::Human, &report_fixture::report(), &plain())
    );
    insta::assert_snapshot!(out.replace('\u{1b}', "<ESC>"));
}

#[test]
fn human_quiet_leaves_out_only_the_summary() {
    let opts = RenderOptions {
        quiet: true,
        ..RenderOptions::default()
    };
    let loud = render(Format::Human, &report_fixture::report(), &plain());
    let quiet = render(Format::Human, &report_fixture::report(), &opts);
    let summary = loud.lines().last().unwrap();
    assert!(summary.starts_with("1 file, 8 claims"), "{summary}");
    assert_eq!(format!("{quiet}{summary}\n"), loud);
}

#[test]
fn human_summary_counts_claims_even_with_no_findings() {
    let mut r = report_fixture::report();
    r.files[0].findings.clear();
    assert_eq!(
        render(Format::Human, &r, &plain()),
        "1 file, 8 claims (2 supported, 1 contradicted, 5 unsourced, 0 ambiguous, 0 unverifiable), \
         0 findings (0 errors, 0 warnings, 0 info), 0 suppressed\n"
    );
    r.files[0].claims = Default::default();
    assert_eq!(
        render(Format::Human, &r, &plain()),
        "1 file, 0 claims (0 supported, 0 contradicted, 0 unsourced, 0 ambiguous, 0 unverifiable), \
         0 findings (0 errors, 0 warnings, 0 info), 0 suppressed\n"
    );
}

#[test]
fn human_windows_a_long_line_around_the_figure() {
    let long = format!(
        "{} the total was 42 people {}\n",
        "word ".repeat(30),
        "more ".repeat(30)
    );
    let mut r = report_fixture::report();
    let doc = claimcheck::document::Document::from_text(
        "articles/long.txt",
        long.clone(),
        claimcheck::document::Format::Text,
    );
    let f = Finding::new(
        claimcheck::rules::RuleId::Unsourced,
        &doc,
        report_fixture::span(&long, "42", 0),
        "no record for 42",
    );
    r.files = vec![claimcheck::report::FileReport {
        path: doc.path.clone(),
        sha256: doc.sha256.clone(),
        findings: vec![f],
        claims: Default::default(),
        doc: std::sync::Arc::new(doc),
    }];
    let out = render(Format::Human, &r, &plain());
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[3],
        "1 | …word word word word word  the total was 42 people more more more more more more…"
    );
    assert_eq!(lines[4], "  |                                          ^^");
}

#[test]
fn json_report() {
    insta::assert_snapshot!(render(Format::Json, &report_fixture::report(), &plain()));
}

#[test]
fn sarif_report() {
    let mut log: serde_json::Value =
        serde_json::from_str(&render(Format::Sarif, &report_fixture::report(), &plain())).unwrap();
    // The rules carry the registry's documentation, which changes with the rules; pin
    // their shape on one rule and the rest by id.
    let rules = log["runs"][0]["tool"]["driver"]["rules"].take();
    let rules = rules.as_array().unwrap();
    for r in rules {
        assert_eq!(r["id"], r["name"]);
        assert!(!r["shortDescription"]["text"].as_str().unwrap().is_empty());
        assert_eq!(r["fullDescription"]["text"], r["help"]["markdown"]);
    }
    let contradicted = rules
        .iter()
        .find(|r| r["id"] == "record/contradicted")
        .unwrap();
    assert_eq!(contradicted["defaultConfiguration"]["level"], "error");
    assert_eq!(
        contradicted["shortDescription"]["text"],
        claimcheck::rules::RuleId::Contradicted.rule().summary
    );
    let ids: Vec<&serde_json::Value> = rules.iter().map(|r| &r["id"]).collect();
    log["runs"][0]["tool"]["driver"]["rules"] = serde_json::json!(ids);
    log["runs"][0]["tool"]["driver"]["version"] = serde_json::json!("[version]");
    log["runs"][0]["tool"]["driver"]["semanticVersion"] = serde_json::json!("[version]");
    insta::assert_json_snapshot!(log);
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let path = std::path::Path::new("../shared/schemas/sarif-schema-2.1.0.json");
    let Ok(schema) = std::fs::read(path) else {
        eprintln!(
            "note: {} is absent; SARIF schema validation skipped",
            path.display()
        );
        return;
    };
    let schema: serde_json::Value = serde_json::from_slice(&schema).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut r = report_fixture::report();
    r.errors
        .push("articles/gone.txt: No such file or directory".to_string());
    let log: serde_json::Value =
        serde_json::from_str(&render(Format::Sarif, &r, &plain())).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().unwrap().len(),
        claimcheck::rules::RuleId::ALL.len()
    );
    assert_eq!(run["results"].as_array().unwrap().len(), 5);
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
}

#[test]
fn sarif_leaves_out_suppressed_findings() {
    let mut r = report_fixture::report();
    let gone = r.files[0].findings.remove(1);
    r.suppressed.push(claimcheck::suppress::Suppressed::new(
        &gone, "baseline", None,
    ));
    let log: serde_json::Value =
        serde_json::from_str(&render(Format::Sarif, &r, &plain())).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    assert!(
        results
            .iter()
            .all(|x| x["partialFingerprints"]["claimcheckFingerprint/v1"]
                != gone.fingerprint.as_str())
    );
}

#[test]
fn github_report() {
    insta::assert_snapshot!(render(Format::Github, &report_fixture::report(), &plain()));
}

/// Twelve errors: ten annotated, two beyond GitHub's limit.
fn twelve_errors() -> Report {
    let mut r = report_fixture::report();
    let f = r.files[0].findings[0].clone();
    r.files[0].findings = (0..12)
        .map(|i| {
            let mut g = f.clone();
            g.rule = claimcheck::rules::RuleId::Sum;
            g.message = format!("sum {i}: 1, 2 | 3");
            g
        })
        .collect();
    r
}

#[test]
fn github_beyond_ten_writes_the_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let opts = RenderOptions {
        step_summary: Some(summary.clone()),
        ..RenderOptions::default()
    };
    let out = render(Format::Github, &twelve_errors(), &opts);
    assert_eq!(
        out.lines().filter(|l| l.starts_with("::error ")).count(),
        10
    );
    assert!(out.contains(
        "claimcheck: 2 findings were not annotated (GitHub shows 10 of each kind per step); the step summary lists every finding\n"
    ));
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("earlier step\n## claimcheck\n"), "{md}");
    assert_eq!(
        md.lines().filter(|l| l.starts_with("| error |")).count(),
        12
    );
    assert!(
        md.contains(
            "| error | `arithmetic/sum` | articles/homes.txt:1:79 | sum 11: 1, 2 \\| 3 |\n"
        ),
        "{md}"
    );
}

#[test]
fn github_beyond_ten_without_a_step_summary_prints_the_rest() {
    let out = render(Format::Github, &twelve_errors(), &plain());
    assert_eq!(
        out.lines().filter(|l| l.starts_with("::error ")).count(),
        10
    );
    assert!(out.contains(
        "claimcheck: 2 findings were not annotated (GitHub shows 10 of each kind per step):\n\
         articles/homes.txt:1:79: error[arithmetic/sum] sum 10: 1, 2 | 3\n\
         articles/homes.txt:1:79: error[arithmetic/sum] sum 11: 1, 2 | 3\n"
    ));
}

#[test]
fn github_escapes_messages_and_properties() {
    let mut r = report_fixture::report();
    r.files[0].findings.truncate(1);
    let mut doc = (*r.files[0].doc).clone();
    doc.path = "a,b:c%.txt".to_string();
    let f = &mut r.files[0].findings[0];
    f.path = "a,b:c%.txt".to_string();
    f.message = "50% not 25%\nsecond line".to_string();
    f.notes.clear();
    f.diff.clear();
    assert_eq!(
        github::annotation(f, &claimcheck::report::Locator::new([&doc])),
        "::error file=a%2Cb%3Ac%25.txt,line=1,col=79,endLine=1,endColumn=82,title=arithmetic/percent-change::50%25 not 25%25%0Asecond line"
    );
}

#[test]
fn summary_line_is_shared() {
    let r = report_fixture::report();
    assert!(render(Format::Github, &r, &plain())
        .ends_with(&format!("{}\n", human::summary_line(&r.summary()))));
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn human_says_where_a_passage_over_several_lines_ends() {
    let text = "First line of the passage.\nSecond line of it.\nThird.\n";
    let doc = claimcheck::document::Document::from_text(
        "articles/multi.txt",
        text,
        claimcheck::document::Format::Text,
    );
    let f = Finding::new(
        claimcheck::rules::RuleId::DuplicatePassage,
        &doc,
        0..text.find("Third").unwrap(),
        "a repeated passage",
    );
    let mut r = report_fixture::report();
    r.files = vec![claimcheck::report::FileReport {
        path: doc.path.clone(),
        sha256: doc.sha256.clone(),
        findings: vec![f],
        claims: Default::default(),
        doc: std::sync::Arc::new(doc),
    }];
    let out = render(Format::Human, &r, &plain());
    assert_eq!(
        out.lines().take(5).collect::<Vec<_>>(),
        [
            "warning[duplicate/passage]: a repeated passage",
            " --> articles/multi.txt:1:1",
            "  |",
            "1 | First line of the passage.",
            "  | ^^^^^^^^^^^^^^^^^^^^^^^^^^ to line 2",
        ]
    );
}

#[test]
fn github_falls_back_to_the_log_when_the_step_summary_cannot_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let opts = RenderOptions {
        // A folder cannot be appended to.
        step_summary: Some(dir.path().to_path_buf()),
        ..RenderOptions::default()
    };
    let out = render(Format::Github, &twelve_errors(), &opts);
    assert!(out.contains("articles/homes.txt:1:79: error[arithmetic/sum] sum 11: 1, 2 | 3\n"));
}

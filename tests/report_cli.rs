//! The formats through the binary: `--format sarif|github|html`, and `--output DIR` for
//! one HTML page per article.

use std::path::Path;

mod common;

use common::{run, run_in_checkout};

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("claimcheck.yaml"), "").unwrap();
    std::fs::write(
        dir.path().join("one.txt"),
        "The ferry carried 120 passengers on Monday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("two.md"),
        "# Harbour\n\nThe harbour <b>& marina</b> berths 45 boats.\n",
    )
    .unwrap();
    dir
}

#[test]
fn html_output_dir_writes_one_page_per_article_and_an_index() {
    let dir = setup();
    let out = run(
        dir.path(),
        &[
            "check", "one.txt", "two.md", "--format", "html", "--output", "pages/",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let pages = dir.path().join("pages");
    let mut names: Vec<String> = std::fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["index.html", "one.txt.html", "two.md.html"]);
    let index = std::fs::read_to_string(pages.join("index.html")).unwrap();
    assert!(index.contains("<a href=\"one.txt.html\">one.txt</a>"));
    assert!(index.contains("<a href=\"two.md.html\">two.md</a>"));
    let two = std::fs::read_to_string(pages.join("two.md.html")).unwrap();
    assert!(two.contains("<title>claimcheck: two.md</title>"));
    assert!(!two.contains("one.txt"));
    assert!(two.starts_with("<!DOCTYPE html>"));
}

#[test]
fn html_output_file_is_one_page_with_contents() {
    let dir = setup();
    let out = run(
        dir.path(),
        &[
            "check",
            "one.txt",
            "two.md",
            "--format",
            "html",
            "--output",
            "report.html",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let page = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(page.contains("<nav><h2>Articles</h2>"));
    assert!(page.contains("id=\"file-0\"") && page.contains("id=\"file-1\""));
    // Markdown markup is masked: the tag is not shown, the ampersand is escaped.
    assert!(page.contains("&amp; marina"));
    assert!(!page.contains("<b>&amp;"));
}

#[test]
fn sarif_and_github_come_out_of_the_binary() {
    let dir = setup();
    let out = run(dir.path(), &["check", "one.txt", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(0));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["runs"][0]["tool"]["driver"]["name"], "claimcheck");
    let out = run(dir.path(), &["check", "one.txt", "--format", "github"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines().last().unwrap().starts_with("1 file, "),
        "{text}"
    );
}

/// The sample newsroom in the repository (articles/, claims/, sources/): its SARIF, with
/// real findings of every family, validates against the official schema.
#[test]
fn the_sample_articles_sarif_validates() {
    let schema = Path::new("../shared/schemas/sarif-schema-2.1.0.json");
    let Ok(schema) = std::fs::read(schema) else {
        eprintln!("note: ../shared/schemas is absent; SARIF schema validation skipped");
        return;
    };
    let out = run_in_checkout(&[
        "check",
        "articles",
        "--format",
        "sarif",
        "--fail-on",
        "never",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: serde_json::Value = serde_json::from_slice(&schema).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(!log["runs"][0]["results"].as_array().unwrap().is_empty());
}

//! Issue 14: `draft` writes records that link only to their figure: distinctive terms
//! (never "reached" or "increase"), one record per distinct quantity, an `articles:`
//! scope with a comment on widening it; it takes several files or a folder.

mod common;

use common::{code, run, stderr, stdout, write};

const STORY: &str = "\
Harbour traffic record

Harbour traffic reached a record in May, the port authority said.

Ferry passengers reached 48,310 in May, an increase on April, the port authority said. \
Cargo tonnage reached 9,200 tonnes.

The authority repeated that 48,310 passengers had travelled.
";

#[test]
fn drafted_terms_are_distinctive_and_a_repeated_figure_is_one_record() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/port.txt", STORY);
    let o = run(dir.path(), &["draft", "articles/port.txt"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let yaml = stdout(&o);
    assert!(
        yaml.contains("# Each record links only in this article (`articles:`)"),
        "{yaml}"
    );
    assert!(
        yaml.contains("  articles:\n  - articles/port.txt\n"),
        "{yaml}"
    );
    for generic in ["  - reached\n", "  - increase\n", "  - said\n"] {
        assert!(!yaml.contains(generic), "{generic:?} in\n{yaml}");
    }
    // 48,310 passengers twice: one record, no `-2` copy
    assert_eq!(yaml.matches("value: 48310").count(), 1, "{yaml}");
    assert!(!yaml.contains("-2\n"), "{yaml}");
}

#[test]
fn drafted_records_link_back_to_every_figure_they_were_drafted_from() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/port.txt", STORY);
    let o = run(dir.path(), &["draft", "articles/port.txt"]);
    let yaml = stdout(&o).replace("  sources: []", "  sources:\n  - id: port-report");
    write(dir.path(), "claims/port.yaml", yaml);
    write(
        dir.path(),
        "sources/s.yaml",
        "- id: port-report\n  title: Port authority monthly figures\n",
    );
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let verdicts: Vec<String> = doc["files"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c["text"].as_str().unwrap(),
                c["verdict"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        verdicts,
        ["48,310 supported", "9,200 supported", "48,310 supported"]
    );
}

#[test]
fn draft_takes_several_files_and_folders_with_ids_unique_across_them() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "articles/a/port.txt", STORY);
    write(dir.path(), "articles/b/port.txt", STORY);
    write(
        dir.path(),
        "more/other.txt",
        "The museum drew 12,400 visitors.\n",
    );
    let o = run(dir.path(), &["draft", "articles", "more/other.txt"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let yaml = stdout(&o);
    assert!(
        yaml.contains("# Draft claim records for articles/a/port.txt"),
        "{yaml}"
    );
    assert!(
        yaml.contains("# Draft claim records for articles/b/port.txt"),
        "{yaml}"
    );
    assert!(
        yaml.contains("# Draft claim records for more/other.txt"),
        "{yaml}"
    );
    let mut ids: Vec<&str> = yaml
        .lines()
        .filter_map(|l| l.strip_prefix("- id: "))
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "{yaml}");
    // the whole output is one YAML list the records loader reads back
    write(dir.path(), "claims/all.yaml", &yaml);
    let o = run(dir.path(), &["verify"]);
    assert!(code(&o) < 2, "{}", stderr(&o));
}

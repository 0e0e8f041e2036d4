//! A record holds for its `as_of`: a figure the copy states for another year does not
//! link to it, and the unsourced finding says which record was refused and why.

mod common;

use common::{json, run, write};

const RECORDS: &str = "\
- id: port-arrivals-2024
  value: 48310
  kind: number
  unit: arrivals
  as_of: 2024-12-31
  match: [arrivals, port]
  sources:
    - id: port-report-2024
";

const SOURCES: &str = "\
- id: port-report-2024
  title: Harbour board annual report 2024
";

fn newsroom(article: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "claims/arrivals.yaml", RECORDS);
    write(dir.path(), "sources/sources.yaml", SOURCES);
    write(dir.path(), "articles/port.txt", article);
    dir
}

fn verdicts(dir: &tempfile::TempDir) -> Vec<(String, String, Vec<String>)> {
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    let doc = json(&o);
    let file = &doc["files"][0];
    let claims = file["claims"].as_array().cloned().unwrap_or_default();
    claims
        .iter()
        .map(|c| {
            let text = c["text"].as_str().unwrap_or("").to_string();
            let notes: Vec<String> = file["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|f| f["start"] == c["start"])
                .flat_map(|f| f["notes"].as_array().cloned().unwrap_or_default())
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect();
            (text, c["verdict"].as_str().unwrap_or("").to_string(), notes)
        })
        .collect()
}

#[test]
fn a_figure_for_the_records_year_links() {
    let dir = newsroom("The port handled 48,310 arrivals in 2024, the board said.\n");
    let v = verdicts(&dir);
    assert_eq!(v[0].0, "48,310");
    assert_eq!(v[0].1, "supported");
}

#[test]
fn a_figure_for_another_year_is_not_contradicted_by_the_record() {
    let dir = newsroom("The port handled 39,870 arrivals in 2023, the board said.\n");
    let v = verdicts(&dir);
    assert_eq!(v[0].0, "39,870");
    assert_eq!(v[0].1, "unsourced");
    assert_eq!(
        v[0].2,
        [
            "`claimcheck draft` writes a claim record to fill in",
            "record `port-arrivals-2024` has the words but is as of 2024-12-31, and the copy gives the figure in 2023"
        ]
    );
}

#[test]
fn a_figure_with_no_period_still_links() {
    let dir = newsroom("The port handled 39,870 arrivals, the board said.\n");
    let v = verdicts(&dir);
    assert_eq!(v[0].1, "contradicted");
}

//! Issue 14: a record links to a figure only when what the figure measures agrees with
//! what the record measures, in the articles and period the record is for; every link
//! says why (`linked_by`, `check --explain-links`).

mod common;

use common::{code, json, run, stderr, write};

const SOURCES: &str = "- id: annual-report\n  title: Annual report\n";

/// (figure text, verdict, record, linked_by) for each figure of `articles/` against
/// `records`.
fn check(records: &str, articles: &[(&str, &str)]) -> Vec<(String, String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "claims/c.yaml", records);
    write(dir.path(), "sources/s.yaml", SOURCES);
    for (path, text) in articles {
        write(dir.path(), path, text);
    }
    let o = run(dir.path(), &["check", "articles", "--format", "json"]);
    assert!(code(&o) < 2, "{}", stderr(&o));
    let doc = json(&o);
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
    doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["claims"].as_array().unwrap().clone())
        .map(|c| {
            (
                s(&c["text"]),
                s(&c["verdict"]),
                s(&c["record"]),
                s(&c["linked_by"]),
            )
        })
        .collect()
}

fn verdict_of(rows: &[(String, String, String, String)], text: &str) -> String {
    rows.iter()
        .find(|r| r.0 == text)
        .map(|r| r.1.clone())
        .unwrap_or_default()
}

#[test]
fn terms_are_stemmed_and_read_as_phrases() {
    let rec = "- id: r\n  value: 12\n  kind: percent\n  match: [price increase, fares]\n  sources: [{id: annual-report}]\n";
    let rows = check(
        rec,
        &[(
            "articles/a.txt",
            "Fares saw a price increased by 12% this spring.\n",
        )],
    );
    // "price increased" is the phrase `price increase` once stemmed
    assert_eq!(verdict_of(&rows, "12%"), "supported");
    let rows = check(
        rec,
        &[(
            "articles/a.txt",
            "Fares saw an increase in the price of 12%.\n",
        )],
    );
    assert_eq!(verdict_of(&rows, "12%"), "unsourced");
}

#[test]
fn a_figure_of_another_measure_does_not_link_and_is_not_contradicted() {
    // the record measures profit; near its words, a figure of costs
    let rec = "- id: acme-profit\n  value: 85000000\n  kind: money\n  currency: USD\n  match: [profit, Acme]\n  sources: [{id: annual-report}]\n";
    let rows = check(
        rec,
        &[(
            "articles/a.txt",
            "Acme said its profit rose while costs were $12m in the quarter.\n\nAcme's profit was $85m.\n",
        )],
    );
    assert_eq!(verdict_of(&rows, "$12m"), "unsourced");
    assert_eq!(verdict_of(&rows, "$85m"), "supported");
    let linked = rows.iter().find(|r| r.0 == "$85m").unwrap();
    assert!(linked.3.contains("measures profit"), "{linked:?}");
}

#[test]
fn a_record_scoped_to_other_articles_does_not_link() {
    let rec = "- id: r\n  value: 300\n  kind: number\n  unit: jobs\n  articles: [articles/plant.txt]\n  match: [jobs, plant]\n  sources: [{id: annual-report}]\n";
    let text = "The plant will cut 250 jobs.\n";
    let rows = check(
        rec,
        &[("articles/plant.txt", text), ("articles/other.txt", text)],
    );
    let verdicts: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    // plant.txt: contradicted (300 against 250); other.txt: out of scope
    assert_eq!(verdicts, ["unsourced", "contradicted"]);
}

#[test]
fn a_subject_must_stand_in_the_sentence_or_the_lead() {
    let rec = "- id: r\n  value: 4\n  kind: percent\n  subject: Barclays\n  match: [sales]\n  sources: [{id: annual-report}]\n";
    let rows = check(
        rec,
        &[
            ("articles/barclays.txt", "Barclays results\n\nBarclays reported its results on Tuesday morning.\n\nSales rose 4% in the year.\n"),
            ("articles/shell.txt", "Shell results\n\nShell reported its results on Tuesday morning.\n\nSales rose 9% in the year.\n"),
        ],
    );
    assert_eq!(verdict_of(&rows, "4%"), "supported");
    assert_eq!(verdict_of(&rows, "9%"), "unsourced");
}

#[test]
fn a_figure_for_a_weekday_or_another_year_is_not_contradicted() {
    let rec = "- id: r\n  value: 5.1\n  kind: percent\n  as_of: 2004\n  match: [shares, Acme]\n  sources: [{id: annual-report}]\n";
    let rows = check(
        rec,
        &[(
            "articles/a.txt",
            "Acme shares fell 3% on Thursday.\n\nAcme shares rose 8% in 2003.\n\nAcme shares rose 5.1% in 2004.\n",
        )],
    );
    assert_eq!(verdict_of(&rows, "3%"), "unsourced");
    assert_eq!(verdict_of(&rows, "8%"), "unsourced");
    assert_eq!(verdict_of(&rows, "5.1%"), "supported");
}

#[test]
fn explain_links_names_each_record_taken_or_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claims/c.yaml",
        "- id: acme-profit\n  value: 85000000\n  kind: money\n  currency: USD\n  match: [profit, Acme]\n  sources: [{id: annual-report}]\n- id: acme-staff\n  value: 900\n  kind: number\n  unit: staff\n  match: [staff, Acme]\n  sources: [{id: annual-report}]\n",
    );
    write(dir.path(), "sources/s.yaml", SOURCES);
    write(
        dir.path(),
        "articles/a.txt",
        "Acme's profit was $85m, and Acme had 900 staff.\n",
    );
    let o = run(dir.path(), &["check", "articles", "--explain-links"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    insta::assert_snapshot!(stderr(&o), @r"
    articles/a.txt:1:19: $85m → supported `acme-profit`
      taken   `acme-profit`: terms profit, Acme in the clause; measures profit
      refused `acme-staff`: it is a number record and the figure is money in USD
    articles/a.txt:1:38: 900 → supported `acme-staff`
      taken   `acme-staff`: terms staff, Acme in the clause; measures staff
      refused `acme-profit`: it is a money record in USD and the figure is number
    ");
}

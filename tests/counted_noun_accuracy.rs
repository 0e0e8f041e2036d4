//! What each figure counts, scored on news sentences written and annotated by hand
//! (tests/fixtures/nouns/sentences.jsonl): for every figure, the head noun an editor
//! would say it counts (`unit`, null where the copy names none) and the words that
//! describe that noun (`describes`).
//!
//! The sentences run through `claimcheck extract` as one article, a paragraph each. The
//! test prints three rates and holds the first to the bar:
//! - noun: figures with a noun whose extracted `unit` is that noun (a figure not found
//!   at all counts as wrong);
//! - none: figures that count nothing written whose `unit` is null (or not found);
//! - describes: of the figures whose noun is right, those whose `describes` is too.
//!
//! `CLAIMCHECK_NOUN_MISMATCHES=1 cargo test --test counted_noun_accuracy -- --nocapture`
//! lists every figure scored wrong.

mod common;

use serde_json::Value;

/// The least share of figures with a noun whose noun must be right.
const NOUN_BAR: f64 = 0.90;
/// The least share of figures that count nothing written left without a noun.
const NONE_BAR: f64 = 0.70;

/// One annotated figure: its text as the copy writes it and what it counts.
struct Expected {
    figure: String,
    unit: Option<String>,
    describes: Option<String>,
}

fn rows() -> Vec<(String, Vec<Expected>)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/nouns/sentences.jsonl"
    );
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let row: Value = serde_json::from_str(l).unwrap();
            let figures = row["figures"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| Expected {
                    figure: f["figure"].as_str().unwrap().to_string(),
                    unit: f["unit"].as_str().map(str::to_string),
                    describes: f["describes"].as_str().map(str::to_string),
                })
                .collect();
            (row["sentence"].as_str().unwrap().to_string(), figures)
        })
        .collect()
}

/// One extracted claim: its text, unit and describes.
type Found = (String, Option<String>, Option<String>);

/// Each sentence's extracted claims, in order.
fn extracted(sentences: &[String]) -> Vec<Vec<Found>> {
    let dir = tempfile::tempdir().unwrap();
    // A paragraph each: line 2k+1 holds sentence k.
    common::write(dir.path(), "article.txt", sentences.join("\n\n") + "\n");
    let out = common::run(dir.path(), &["extract", "--format", "json", "article.txt"]);
    let doc = common::json(&out);
    let mut by_sentence = vec![Vec::new(); sentences.len()];
    for c in doc["files"][0]["claims"].as_array().unwrap() {
        let line = c["line"].as_u64().unwrap() as usize;
        let text = c["text"].as_str().unwrap().to_string();
        let unit = c["unit"].as_str().map(str::to_string);
        let describes = c["describes"].as_str().map(str::to_string);
        by_sentence[(line - 1) / 2].push((text, unit, describes));
    }
    by_sentence
}

#[test]
fn counted_nouns_are_right_on_annotated_news_sentences() {
    let rows = rows();
    let sentences: Vec<String> = rows.iter().map(|(s, _)| s.clone()).collect();
    let claims = extracted(&sentences);
    let show = std::env::var_os("CLAIMCHECK_NOUN_MISMATCHES").is_some();
    let (mut with_noun, mut noun_right, mut without, mut none_right) = (0, 0, 0, 0);
    let mut describes_right = 0;
    for ((sentence, expected), found) in rows.iter().zip(&claims) {
        let mut used = vec![false; found.len()];
        for e in expected {
            // The first claim not yet matched whose text holds the figure.
            let hit = found
                .iter()
                .enumerate()
                .find(|(i, c)| !used[*i] && c.0.contains(e.figure.as_str()))
                .map(|(i, c)| {
                    used[i] = true;
                    c
                });
            let (unit, describes) = hit.map_or((None, None), |c| (c.1.clone(), c.2.clone()));
            let noun_ok = unit == e.unit;
            match e.unit {
                Some(_) => {
                    with_noun += 1;
                    noun_right += usize::from(noun_ok);
                    describes_right += usize::from(noun_ok && describes == e.describes);
                }
                None => {
                    without += 1;
                    none_right += usize::from(noun_ok);
                }
            }
            let describes_ok = !noun_ok || e.unit.is_none() || describes == e.describes;
            if show && !(noun_ok && describes_ok) {
                println!(
                    "{:>14} want {:?} [{:?}] got {:?} [{:?}]{}  | {sentence}",
                    e.figure,
                    e.unit,
                    e.describes,
                    unit,
                    describes,
                    if hit.is_none() { " (not found)" } else { "" }
                );
            }
        }
    }
    let rate = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let noun = rate(noun_right, with_noun);
    let none = rate(none_right, without);
    let desc = rate(describes_right, noun_right);
    println!(
        "COUNTED NOUNS sentences={} figures={} noun={noun:.3} ({noun_right}/{with_noun}) \
         none={none:.3} ({none_right}/{without}) describes={desc:.3} ({describes_right}/{noun_right})",
        rows.len(),
        with_noun + without
    );
    assert!(
        with_noun >= 300,
        "the set must hold at least 300 figures with a noun"
    );
    assert!(
        noun >= NOUN_BAR,
        "counted noun right for {noun:.3} < {NOUN_BAR}"
    );
    assert!(
        none >= NONE_BAR,
        "no noun where none is written: {none:.3} < {NONE_BAR}"
    );
}

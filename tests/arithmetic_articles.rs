//! The internal-consistency rules on whole articles: the seed from ../shared (skipped
//! when absent) and the bundled sample. Only rule, line and computed values are
//! asserted, so no sentence of the articles is copied into the repository.

#[path = "fixtures/rules/support.rs"]
mod support;

use support::{extractor_ready, run, Source};

fn sources() -> Vec<Source> {
    if extractor_ready() {
        vec![Source::HandBuilt, Source::Extractor]
    } else {
        println!("note: the extractor finds no figures yet; checked with hand-built claims only");
        vec![Source::HandBuilt]
    }
}

#[test]
fn seed_has_only_the_flights_change_wrong() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/articles/deportations-seed.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("note: {path} absent; skipped");
        return;
    };
    for source in sources() {
        let (_, found) = run(&text, source);
        let got: Vec<(&str, usize)> = found.iter().map(|f| (f.rule.as_str(), f.line)).collect();
        assert!(
            got.contains(&("arithmetic/percent-change", 8)),
            "{source:?}: {got:?}"
        );
        for (rule, line) in &got {
            assert!(
                *rule == "arithmetic/percent-change" && (*line == 8 || *line == 22),
                "{source:?}: unexpected {rule} on line {line}: {found:#?}"
            );
        }
        for f in &found {
            assert_eq!(f.expected.as_deref(), Some("+28% to +41%"), "{source:?}");
            assert_eq!(f.actual.as_deref(), Some("+15%"), "{source:?}");
        }
        // the pasted copy, when reported, is the same finding: same fingerprint material
        if let [a, b] = found.as_slice() {
            assert_eq!((&a.message, &a.key), (&b.message, &b.key));
        }
    }
}

#[test]
fn sample_article_gives_the_change_and_the_conflict() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/articles/deportation-target.txt"
    );
    let text = std::fs::read_to_string(path).unwrap();
    for source in sources() {
        let (_, found) = run(&text, source);
        let got: Vec<(&str, usize, Option<&str>, Option<&str>, Vec<usize>)> = found
            .iter()
            .map(|f| {
                (
                    f.rule.as_str(),
                    f.line,
                    f.expected.as_deref(),
                    f.actual.as_deref(),
                    f.related.iter().map(|r| r.line).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "arithmetic/percent-change",
                    8,
                    Some("+28% to +41%"),
                    Some("+15%"),
                    vec![]
                ),
                (
                    "arithmetic/percent-change",
                    12,
                    Some("+28% to +41%"),
                    Some("+15%"),
                    vec![]
                ),
                (
                    "consistency/conflicting-values",
                    15,
                    Some("271,000"),
                    Some("217,000"),
                    vec![7]
                ),
            ],
            "{source:?}"
        );
    }
}

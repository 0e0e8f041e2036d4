//! The rules on wire-service copy ("85 mln dlrs", "six pct", "5.3 mln tonnes"): what a
//! figure measures is never its currency or unit word, years are never operands, and the
//! wire phrasings of change, multiple and share are checked like any other. Every `flag`
//! case gives exactly one arithmetic or consistency finding and every `pass` case none,
//! with the real extractor (the hand-built reader of the other rule tests reads no wire
//! abbreviations).

#[macro_use]
#[path = "fixtures/rules/support.rs"]
mod support;

use support::{cases, describe, run, Source};

fn findings_of(file: &str) -> Vec<(String, Vec<String>)> {
    cases(&format!("tests/fixtures/wire/{file}.txt"))
        .into_iter()
        .map(|case| {
            let (doc, found) = run(&case, Source::Extractor);
            let lines = found
                .iter()
                .enumerate()
                .map(|(i, f)| describe(i + 1, &doc, f))
                .collect();
            (case, lines)
        })
        .collect()
}

#[test]
fn wire_copy_errors_are_flagged_once_each() {
    let mut snap = String::new();
    for (i, (case, lines)) in findings_of("flag").into_iter().enumerate() {
        assert_eq!(lines.len(), 1, "flag case {}: {case}\n{lines:#?}", i + 1);
        snap.push_str(&format!("{}: {}\n", i + 1, lines.join("\n")));
    }
    insta::assert_snapshot!(snap);
}

#[test]
fn wire_copy_that_holds_is_left_alone() {
    for (i, (case, lines)) in findings_of("pass").into_iter().enumerate() {
        assert!(lines.is_empty(), "pass case {}: {case}\n{lines:#?}", i + 1);
    }
}

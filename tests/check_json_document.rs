//! The `check --format json` document, pinned whole: the sample newsroom as README's
//! first command checks it, and fixtures with a duplicated passage, a conflict pointing
//! back at an earlier line, inline suppressions (kept, malformed, naming no rule) and
//! columns after multi-byte characters. Any change to a field, its order or a position
//! shows here.

mod common;

use common::{code, run_in_checkout, stdout};

#[test]
fn check_json_of_the_sample_newsroom() {
    let o = run_in_checkout(&["check", "articles/", "--format", "json"]);
    assert_eq!(code(&o), 1);
    insta::assert_snapshot!(stdout(&o));
}

#[test]
fn check_json_with_duplicates_related_places_and_suppressions() {
    let o = run_in_checkout(&[
        "check",
        "tests/fixtures/check_json",
        "--format",
        "json",
        "--min-words",
        "12",
    ]);
    assert_eq!(code(&o), 1);
    insta::assert_snapshot!(stdout(&o));
}

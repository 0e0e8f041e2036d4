//! Records the linker reads alike (the same words, scope, kind, unit, subject and
//! `as_of`; only their values differ) are asked about once per figure and searched by
//! value (issue 19, item 9). The verdicts must be those of asking each record in turn.

mod common;

use std::path::{Path, PathBuf};

use claimcheck::link::{CheckedClaim, Verdict};
use claimcheck::run::{self, CheckOptions};
use claimcheck::settings::{Overrides, Settings};

/// `n` records of the council's staff in 2020, 20,000 + 7k each, and `copy` as the article.
fn newsroom(d: &Path, n: usize, copy: &str) -> PathBuf {
    common::staffing_newsroom(d);
    let claims: String = (0..n)
        .map(|k| {
            format!(
                "- id: staff-{k:02}\n  value: {}\n  unit: staff\n  as_of: 2020\n  match: [staff, council]\n  sources: [{{id: s}}]\n",
                20_000 + 7 * k
            )
        })
        .collect();
    std::fs::write(d.join("claims/c.yaml"), claims).unwrap();
    let article = d.join("a.txt");
    std::fs::write(&article, copy).unwrap();
    article
}

fn checked(n: usize, copy: &str) -> (Vec<CheckedClaim>, Vec<claimcheck::finding::Finding>) {
    let dir = tempfile::tempdir().unwrap();
    let article = newsroom(dir.path(), n, copy);
    let settings = Settings::resolve_in(&Overrides::default(), dir.path()).unwrap();
    let report = run::check(&settings, &[article], &CheckOptions::default()).unwrap();
    let file = report
        .files
        .into_iter()
        .find(|f| f.path.ends_with("a.txt"))
        .unwrap();
    (file.claims.into_vec(), file.findings)
}

fn verdicts(claims: &[CheckedClaim]) -> Vec<(Verdict, Option<&str>)> {
    claims
        .iter()
        .map(|c| (c.verdict, c.record.as_deref()))
        .collect()
}

#[test]
fn of_many_records_alike_a_figure_takes_the_one_its_value_fits() {
    let (claims, _) = checked(40, "In 2020 the council had 20,105 staff.\n");
    assert_eq!(verdicts(&claims), [(Verdict::Supported, Some("staff-15"))]);
}

#[test]
fn a_figure_fitting_none_of_many_records_alike_ties_with_them_all() {
    let (claims, findings) = checked(40, "In 2020 the council had 20,103 staff.\n");
    assert_eq!(verdicts(&claims), [(Verdict::Ambiguous, None)]);
    let amb = findings
        .iter()
        .find(|f| f.rule.as_str() == "record/ambiguous")
        .unwrap();
    assert_eq!(
        amb.message,
        "records `staff-00` and `staff-01` match 20,103 staff equally well"
    );
    assert!(
        amb.notes
            .iter()
            .any(|n| n.ends_with("one of 40 records with the same words and other values")),
        "{:?}",
        amb.notes
    );
}

#[test]
fn a_record_another_figure_of_the_sentence_fits_leaves_the_rest_tied() {
    // 20,007 takes staff-01; 20,011 fits none, and the 39 others still tie for it, as
    // they did when each record was asked in turn (not "contradicted" by staff-00 alone)
    let (claims, _) = checked(
        40,
        "In 2020 the council had 20,007 staff and 20,011 staff.\n",
    );
    assert_eq!(
        verdicts(&claims),
        [
            (Verdict::Supported, Some("staff-01")),
            (Verdict::Ambiguous, None)
        ]
    );
}

#[test]
fn a_few_records_alike_are_still_asked_one_by_one() {
    // eight records: each asked in turn, the two that do not fit tie as before
    let (claims, findings) = checked(8, "In 2020 the council had 20,003 staff.\n");
    assert_eq!(verdicts(&claims), [(Verdict::Ambiguous, None)]);
    let amb = findings
        .iter()
        .find(|f| f.rule.as_str() == "record/ambiguous")
        .unwrap();
    assert!(amb.message.contains("`staff-07`"), "{}", amb.message);
    // one record that does not fit contradicts the figure
    let (claims, _) = checked(1, "In 2020 the council had 20,003 staff.\n");
    assert_eq!(
        verdicts(&claims),
        [(Verdict::Contradicted, Some("staff-00"))]
    );
}

//! Issue 17, item 4: a repeated paragraph whose copy changes a figure among its first or
//! last few words is one near repeat of the whole paragraph, reported "with changes" and
//! naming the figure, never cut at the edit and called word for word. Exampleton is a
//! made-up village; every sentence here was written for these tests.

use claimcheck::document::{Document, Format};
use claimcheck::dupes::find;
use claimcheck::finding::Finding;
use claimcheck::report::Locator;

const BODY: &str = "more visitors in the summer, the parish council said on Tuesday evening in the old school hall, where residents had gathered to hear the plans for a new footpath beside the river and a car park near the church";
const OTHER: &str = "The chair of the council promised that a survey of the ground would be carried out before any money was committed.";

/// Paragraphs separated by blank lines, as most copy is laid out.
fn doc(path: &str, paragraphs: &[&str]) -> Document {
    Document::from_text(path, paragraphs.join("\n\n") + "\n", Format::Text)
}

fn lines(d: &[&Document], f: &Finding) -> ((usize, usize), (usize, usize)) {
    let at = Locator::new(d.iter().copied());
    let q = at.finding(f);
    let p = at.related(&f.related[0]);
    ((q.line, q.end_line), (p.line, p.end_line))
}

#[test]
fn a_figure_changed_in_the_first_words_of_a_repeated_paragraph_is_one_near_repeat() {
    let first = format!("Exampleton saw 6.1% {BODY}.");
    let repeat = format!("Exampleton saw 6.7% {BODY}.");
    let d = doc("budget.txt", &["Exampleton budget", &first, OTHER, &repeat]);
    let found = find(&[&d], 30);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    // the whole paragraph, from its first word
    assert_eq!(lines(&[&d], f), ((7, 7), (3, 3)));
    assert_eq!(at_column(&d, f), 1);
    assert!(!f.message.contains("word for word"), "{}", f.message);
    assert!(
        f.message
            .contains("with changes, similarity 0.98 (42 words)"),
        "{}",
        f.message
    );
    assert!(
        f.message.ends_with("6.7% here, 6.1% in the first copy"),
        "{}",
        f.message
    );
    let diff: Vec<String> = f
        .diff
        .iter()
        .map(|l| format!("{} {}", l.sign, l.text))
        .collect();
    assert!(diff.contains(&"- 6.1".to_string()), "{diff:?}");
    assert!(diff.contains(&"+ 6.7".to_string()), "{diff:?}");
    assert!(f.duplicate.unwrap().similarity < 1.0);
}

fn at_column(d: &Document, f: &Finding) -> usize {
    d.line_col(f.span.start).1
}

#[test]
fn a_figure_changed_in_the_last_words_of_a_repeated_paragraph_is_one_near_repeat() {
    let first = format!("Exampleton saw {BODY}, at a cost of £2.5m.");
    let repeat = format!("Exampleton saw {BODY}, at a cost of £3m.");
    let d = doc("cost.txt", &["Exampleton costs", &first, OTHER, &repeat]);
    let found = find(&[&d], 30);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_eq!(lines(&[&d], f), ((7, 7), (3, 3)));
    // to the end of the paragraph
    assert_eq!(d.slice(f.span.clone()).trim_end().chars().last(), Some('m'));
    assert!(
        f.message.ends_with("£3m here, £2.5m in the first copy"),
        "{}",
        f.message
    );
}

#[test]
fn across_files_a_changed_opening_figure_is_part_of_the_shared_paragraph() {
    let a = doc("a.txt", &["One", &format!("In 2024, 1,200 {BODY}."), OTHER]);
    let b = doc("b.txt", &["Two", OTHER, &format!("In 2024, 1,350 {BODY}.")]);
    let found = find(&[&a, &b], 30);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_eq!(f.path, "b.txt");
    assert_eq!(lines(&[&a, &b], f), ((5, 5), (3, 3)));
    assert_eq!(at_column(&b, f), 1);
    assert!(
        f.message.contains("1,350 here, 1,200 in the first copy"),
        "{}",
        f.message
    );
}

#[test]
fn a_different_lead_in_is_not_taken_for_an_edit() {
    // a quotation shared by two paragraphs that introduce it in their own words: the
    // repeat is the shared words only, word for word
    let a = doc(
        "a.txt",
        &[
            "One",
            &format!("The minister told reporters outside the hall that {BODY}."),
        ],
    );
    let b = doc(
        "b.txt",
        &["Two", &format!("According to a statement, {BODY}.")],
    );
    let found = find(&[&a, &b], 30);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert!(f.message.contains("word for word"), "{}", f.message);
    assert!(b.slice(f.span.clone()).starts_with("more visitors"));
}

#[test]
fn an_unchanged_repeat_is_still_word_for_word() {
    let p = format!("Exampleton saw 6.1% {BODY}.");
    let d = doc("same.txt", &["Same", &p, OTHER, &p]);
    let found = find(&[&d], 30);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("word for word"));
    assert_eq!(found[0].duplicate.unwrap().similarity, 1.0);
}

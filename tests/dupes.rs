//! The duplicate finder on small fixtures written for these tests: what it must flag and
//! the close cases it must leave alone. Exampleton is a made-up village.

use claimcheck::document::{Document, Format};
use claimcheck::dupes::find;
use claimcheck::finding::Finding;
use claimcheck::report::{Locator, Position};

/// Where `span` of the file at `path` is, as the reports show it.
fn pos(docs: &[&Document], path: &str, span: &std::ops::Range<usize>) -> Position {
    Locator::new(docs.iter().copied()).position(path, span)
}

/// The line a finding's first related place starts on (its first copy).
fn first_copy_line(docs: &[&Document], f: &Finding) -> usize {
    pos(docs, &f.related[0].path, &f.related[0].span).line
}

const INTRO: &str =
    "Exampleton, a village invented for this test, has argued about its riverside path for years.";
const S_A: &str = "The parish council met on Tuesday evening in the old school hall to discuss plans for a new footpath beside the river.";
const S_B: &str = "Residents who walk their dogs along the bank said the existing track turns to mud every winter and floods after heavy rain.";
const S_C: &str = "The chair of the council promised that a survey of the ground would be carried out before any money was committed.";
const S_D: &str = "Several people at the meeting asked whether the path could be wide enough for wheelchairs and pushchairs to pass each other.";
const S_E: &str = "A decision is expected at the next meeting, once the survey has been completed and the costs are known.";
const S_F: &str = "Local shops have offered to put up posters asking for volunteers to help clear brambles from the route in the spring.";

fn doc(path: &str, lines: &[&str]) -> Document {
    Document::from_text(path, lines.join("\n") + "\n", Format::Text)
}

fn run(docs: &[&Document], min_words: usize) -> Vec<Finding> {
    find(docs, min_words)
}

/// The parts of a finding an editor reads, one line each, so a test shows all of it.
fn summary(docs: &[&Document], findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let text = docs
            .iter()
            .find(|d| d.path == f.path)
            .map(|d| d.slice(f.span.clone()))
            .unwrap_or("");
        let p = pos(docs, &f.path, &f.span);
        out += &format!(
            "{} {}:{}:{}-{}:{} words={:?} similarity={:?}\n  {}\n  text: {}\n",
            f.rule,
            f.path,
            p.line,
            p.column,
            p.end_line,
            p.end_column,
            f.duplicate.map(|d| d.words),
            f.duplicate.map(|d| d.similarity),
            f.message,
            text
        );
        for r in &f.related {
            let p = pos(docs, &r.path, &r.span);
            out += &format!(
                "  related {}:{}:{}-{}:{} {}\n",
                r.path, p.line, p.column, p.end_line, p.end_column, r.message
            );
        }
        for d in &f.diff {
            out += &format!("  {} {}\n", d.sign, d.text);
        }
        for n in &f.notes {
            out += &format!("  = note: {n}\n");
        }
    }
    out
}

#[test]
fn exact_repeat_is_one_finding_over_the_whole_block() {
    let block = [S_A, S_B, S_C];
    let mut lines = vec![INTRO];
    lines.extend(block);
    lines.push(S_D);
    lines.extend(block);
    lines.push(S_E);
    let d = doc("village.txt", &lines);
    let found = run(&[&d], 30);
    insta::assert_snapshot!(summary(&[&d], &found));
}

#[test]
fn near_repeat_merges_a_changed_figure_a_swapped_word_and_an_inserted_clause() {
    let first = format!("{S_A} {S_D} The path would run for 600 metres. {S_B} {S_C}");
    let repeat = format!(
        "{} {} The path would run for 650 metres. {} {}",
        S_A,
        S_D,
        S_B.replace("existing track", "current track"),
        S_C.replace(
            "would be carried out",
            "would be carried out, weather permitting and with the landowner's consent,"
        )
    );
    let d = doc("village.txt", &[INTRO, &first, S_D, &repeat, S_E]);
    let found = run(&[&d], 30);
    insta::assert_snapshot!(summary(&[&d], &found));
}

#[test]
fn repeat_inside_one_paragraph_is_found_with_its_columns() {
    let line = format!("{S_A} {S_B} {S_D} {S_A} {S_B}");
    let d = doc("one-paragraph.txt", &[INTRO, &line]);
    let found = run(&[&d], 30);
    insta::assert_snapshot!(summary(&[&d], &found));
}

#[test]
fn overlapping_repeats_of_one_source_are_two_findings() {
    // A B C first; later A B and, separately, B C: the repeats share B's source
    let d = doc(
        "overlap.txt",
        &[
            INTRO,
            &format!("{S_A} {S_B} {S_C}"),
            S_D,
            &format!("{S_A} {S_B}"),
            S_E,
            &format!("{S_B} {S_C}"),
            S_F,
        ],
    );
    let found = run(&[&d], 30);
    insta::assert_snapshot!(summary(&[&d], &found));
}

#[test]
fn three_copies_are_two_findings_pointing_at_the_first() {
    let block = format!("{S_B} {S_C}");
    let d = doc("three.txt", &[INTRO, &block, S_A, &block, S_D, &block, S_E]);
    let found = run(&[&d], 30);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|f| first_copy_line(&[&d], f) == 2));
    insta::assert_snapshot!(summary(&[&d], &found));
}

#[test]
fn three_copies_back_to_back_do_not_overlap_their_source() {
    let block = format!("{S_B} {S_C}");
    let d = doc("pasted.txt", &[INTRO, &block, &block, &block, S_E]);
    let found = run(&[&d], 30);
    let lines: Vec<(usize, usize)> = found
        .iter()
        .map(|f| (pos(&[&d], &f.path, &f.span).line, first_copy_line(&[&d], f)))
        .collect();
    assert_eq!(lines, vec![(3, 2), (4, 2)]);
    assert!(found
        .iter()
        .all(|f| f.duplicate.map(|d| d.words) == Some(43)));
}

#[test]
fn short_coincidental_phrases_are_not_reported() {
    // a stock phrase and a shared sentence of 22 words, under the threshold
    let a = doc(
        "a.txt",
        &[
            INTRO,
            &format!("{S_A} The council said it would consider the matter. {S_C}"),
            S_D,
        ],
    );
    let b = doc(
        "b.txt",
        &[
            "Another village, also invented for this test, wants a new bus shelter.",
            &format!("The council said it would consider the matter. {S_E} {S_A}"),
            S_F,
        ],
    );
    assert!(run(&[&a, &b], 30).is_empty());
    assert!(run(&[&a, &b], 23).is_empty());
    // the same 22-word sentence is found once the threshold allows it
    let found = run(&[&a, &b], 22);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].duplicate.map(|d| d.words), Some(22));
}

#[test]
fn a_run_of_exactly_min_words_is_found_and_one_word_less_is_not() {
    let shared = format!("{S_A} {S_E}"); // 22 + 19 = 41 words
    let a = doc("a.txt", &[INTRO, &shared, S_F]);
    let b = doc("b.txt", &[S_D, &shared, S_C]);
    for (min_words, expected) in [(40, 1), (41, 1), (42, 0)] {
        assert_eq!(run(&[&a, &b], min_words).len(), expected, "{min_words}");
    }
}

#[test]
fn folding_ignores_case_quote_marks_punctuation_and_wrapping() {
    let first = format!("{S_B} \"It's a disgrace,\" said one resident. {S_C}");
    let second = format!(
        "{}\n\u{201c}It\u{2019}s a DISGRACE\u{201d} said one resident; {}",
        S_B.replace(" turns to mud", "\nturns to mud"),
        S_C.replace(',', "")
    );
    let a = doc("a.txt", &[INTRO, &first]);
    let b = doc("b.txt", &[S_F, &second]);
    let found = run(&[&a, &b], 30);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].duplicate.map(|d| d.similarity), Some(1.0));
    assert!(found[0].diff.is_empty());
    let p = pos(&[&a, &b], &found[0].path, &found[0].span);
    assert_eq!((p.line, p.end_line), (2, 4));
}

#[test]
fn cross_file_copy_names_the_other_file() {
    let a = doc("desk/a.txt", &[INTRO, S_A, S_B, S_C]);
    let b = doc("desk/b.txt", &[S_F, S_A, S_B, S_E]);
    let found = run(&[&b, &a], 30);
    insta::assert_snapshot!(summary(&[&a, &b], &found));
}

#[test]
fn an_article_in_three_files_is_one_group_pointing_at_the_first() {
    let lines = [INTRO, S_A, S_B, S_C, S_D];
    let a = doc("c/1.txt", &lines);
    let b = doc("c/2.txt", &lines);
    let c = doc("c/3.txt", &lines);
    let found = run(&[&c, &a, &b], 30);
    let pairs: Vec<(&str, &str, usize)> = found
        .iter()
        .map(|f| {
            (
                f.path.as_str(),
                f.related[0].path.as_str(),
                f.duplicate.map_or(0, |d| d.words),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        vec![("c/2.txt", "c/1.txt", 101), ("c/3.txt", "c/1.txt", 101)]
    );
    assert!(found.iter().all(|f| f.rule == "duplicate/cross-file"));
}

#[test]
fn markup_is_masked_but_offsets_point_into_the_original() {
    let first = format!("{S_A} {S_B}");
    let second = format!("{} <a href=\"https://example.org/path\">{}</a>", S_A, S_B);
    let a = Document::from_text("a.html", format!("<p>{first}</p>\n"), Format::Html);
    let b = Document::from_text("b.html", format!("<p>{second}</p>\n"), Format::Html);
    let found = run(&[&a, &b], 30);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].duplicate.map(|d| d.similarity), Some(1.0));
    assert!(b
        .slice(found[0].span.clone())
        .starts_with("The parish council"));
    assert!(b.slice(found[0].span.clone()).ends_with("heavy rain"));
}

#[test]
fn nothing_to_compare_gives_nothing() {
    let empty = doc("empty.txt", &[""]);
    let short = doc("short.txt", &["Too short to repeat."]);
    assert!(run(&[], 30).is_empty());
    assert!(run(&[&empty, &short], 30).is_empty());
    // a threshold of 0 is taken as 1: every shared word run is a passage
    let again = doc("again.txt", &["Too short to repeat."]);
    let found = run(&[&short, &again], 0);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].duplicate.map(|d| d.words), Some(4));
}

#[test]
fn a_word_repeated_thousands_of_times_is_reported_without_overlaps() {
    // regression guard: every seed of such text lies on its own diagonal
    let text = "again ".repeat(30_000);
    let d = Document::from_text("stuck-key.txt", text, Format::Text);
    let found = run(&[&d], 30);
    assert!(!found.is_empty() && found.len() < 40, "{}", found.len());
    for w in found.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    assert!(found.iter().all(|f| f.related[0].span.end <= f.span.start));
}

#[test]
fn a_repeat_with_many_edits_shows_eight_hunks_and_counts_the_rest() {
    let first = [INTRO, S_A, S_B, S_C, S_D, S_E, S_F].join(" ");
    let words: Vec<&str> = first.split(' ').collect();
    let edited: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i >= 45 && (i - 45) % 8 == 0 {
                format!("edited{i}")
            } else {
                w.to_string()
            }
        })
        .collect();
    let d = doc("edits.txt", &[&first, S_F, &edited.join(" ")]);
    let found = run(&[&d], 30);
    assert_eq!(found.len(), 1);
    let f = &found[0];
    assert_eq!(
        (pos(&[&d], &f.path, &f.span).line, first_copy_line(&[&d], f)),
        (3, 1)
    );
    let hunks = f.diff.iter().filter(|l| l.sign == '@').count();
    assert_eq!(hunks, 8);
    assert_eq!(f.notes, vec!["4 more changes not shown".to_string()]);
    let first_hunk: Vec<String> = f.diff[..5]
        .iter()
        .map(|l| format!("{} {}", l.sign, l.text))
        .collect();
    assert_eq!(
        first_hunk,
        vec![
            "@ @@ lines 1–1 ~ 3–3 @@",
            "  along the bank",
            "- said",
            "+ edited45",
            "  the existing track",
        ]
    );
    assert!(f
        .duplicate
        .is_some_and(|d| d.similarity > 0.9 && d.similarity < 1.0));
}

#[test]
fn a_stock_sentence_in_many_files_does_not_hide_a_passage_two_of_them_share() {
    // S_E (19 words) is in every file; only d and e share it with S_F after it (40 words)
    let a = doc("a.txt", &[INTRO, S_E, S_D]);
    let b = doc("b.txt", &[S_B, S_E, S_C]);
    let c = doc("c.txt", &[S_D, &format!("{S_E} {S_A}")]);
    let d = doc("d.txt", &[S_A, &format!("{S_E} {S_F}"), S_B]);
    let e = doc("e.txt", &[S_C, &format!("{S_E} {S_F}"), S_D]);
    let found = run(&[&a, &b, &c, &d, &e], 30);
    let got: Vec<(&str, &str, Option<usize>)> = found
        .iter()
        .map(|f| {
            (
                f.path.as_str(),
                f.related[0].path.as_str(),
                f.duplicate.map(|d| d.words),
            )
        })
        .collect();
    assert_eq!(got, vec![("e.txt", "d.txt", Some(40))]);
}

/// Both copies happen to be followed (and preceded) by paragraphs that begin and end
/// alike; the repeat is the pasted paragraph, not a word or two of its neighbours.
#[test]
fn a_repeat_takes_in_no_stray_words_of_the_paragraphs_around_it() {
    let pasted = format!("{S_A} {S_B}");
    let text = [
        "The meeting was called by the council.",
        &pasted,
        "The survey will cost more than expected, officials said.",
        "Readers wrote in to say the path was long overdue, the council.",
        &pasted,
        "The footpath has been discussed since the floods.",
    ]
    .join("\n\n");
    let d = Document::from_text("village.txt", text, Format::Text);
    let found = run(&[&d], 30);
    let spans: Vec<String> = found
        .iter()
        .map(|f| {
            let p = pos(&[&d], &f.path, &f.span);
            format!(
                "{}:{}-{}:{} {:?} {}",
                p.line,
                p.column,
                p.end_line,
                p.end_column,
                f.duplicate.map(|d| d.words),
                f.message
            )
        })
        .collect();
    assert_eq!(
        spans,
        vec!["9:1-9:242 Some(44) Line 9 repeats line 3 word for word (44 words)"]
    );
}

/// Hard-wrapped copy breaks every line: a repeat that starts two words before a line
/// ends keeps those words.
#[test]
fn a_line_break_without_a_blank_line_cuts_nothing() {
    let lines = [
        INTRO,
        "Last of a line: the parish",
        S_A,
        S_D,
        "the parish",
        S_A,
        S_E,
    ];
    let d = doc("village.txt", &lines);
    let found = run(&[&d], 20);
    let texts: Vec<&str> = found.iter().map(|f| d.slice(f.span.clone())).collect();
    let expected = format!("the parish\n{}", S_A.trim_end_matches('.'));
    assert_eq!(texts, vec![expected]);
}

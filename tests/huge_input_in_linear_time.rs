//! Huge and pathological copy is handled in bounded time and memory.
//!
//! These are not timed: each input is built so that a quadratic step anywhere (masking,
//! sentence splitting, locating figures) would take hours rather than the seconds a
//! linear one takes, so a regression shows as a hung test. Each asserts what was found.

use claimcheck::document::{Document, Format, MAX_SENTENCE};
use claimcheck::extract::{extract, Claim};

/// Spans on char boundaries, `text` equal to the bytes, line and column as the document
/// computes them.
fn assert_claims_sound(d: &Document, claims: &[Claim]) {
    for c in claims {
        assert!(d.text.is_char_boundary(c.start) && d.text.is_char_boundary(c.end));
        assert_eq!(d.text[c.start..c.end], c.text);
        assert_eq!(d.line_col(c.start), (c.line, c.column));
    }
}

fn assert_sentences_bounded(d: &Document) {
    for s in d.sentences() {
        assert!(s.end - s.start <= MAX_SENTENCE, "{s:?}");
        assert!(d.text.is_char_boundary(s.start) && d.text.is_char_boundary(s.end));
    }
}

#[test]
fn twenty_megabytes_on_one_line_are_indexed_and_located() {
    // no full stop anywhere: one paragraph, one "sentence" were it not capped
    let unit = "the council said 1,250 homes and \u{a3}3.5m were promised, ";
    let text = unit.repeat(20 * 1024 * 1024 / unit.len() + 1);
    assert!(text.len() >= 20 * 1024 * 1024);
    let d = Document::from_text("big.txt", text.clone(), Format::Text);
    assert_eq!(d.line_count(), 1);
    assert_eq!(d.paragraphs().len(), 1);
    assert_sentences_bounded(&d);
    // the column of the last character counts characters ("£" is two bytes, one column)
    let chars = text.chars().count();
    assert_eq!(d.line_col(text.len()), (1, chars + 1));
    let last = text.len() - 2; // the final comma
    assert_eq!(d.line_col(last), (1, chars - 1));
}

#[test]
fn figures_in_a_quarter_megabyte_line_are_all_found_and_located() {
    let unit = "officials counted 1,250 homes and \u{a3}3.5m in grants; ";
    let n = 256 * 1024 / unit.len();
    let text = unit.repeat(n);
    let d = Document::from_text("big.txt", text, Format::Text);
    let claims = extract(&d);
    let homes = claims.iter().filter(|c| c.text == "1,250").count();
    let money = claims.iter().filter(|c| c.text == "\u{a3}3.5m").count();
    assert_eq!((homes, money), (n, n));
    assert_claims_sound(&d, &claims);
    let last = claims.last().unwrap();
    assert_eq!(last.column, (n - 1) * unit.chars().count() + 35);
}

#[test]
fn ten_thousand_digits_and_endless_comma_groups_do_not_break_extraction() {
    let digits = "9".repeat(10_000);
    let groups = vec!["1"; 10_000].join(",");
    let decimals = format!("0.{}", "3".repeat(10_000));
    let text = format!(
        "A total of {digits} were counted.\nThe ledger read {groups} in all.\nIt was {decimals} per cent.\nThen 12 more arrived.\n"
    );
    let d = Document::from_text("long.txt", text, Format::Text);
    let claims = extract(&d);
    assert_claims_sound(&d, &claims);
    for c in &claims {
        for v in [c.value, c.low, c.high].into_iter().flatten() {
            assert!(!v.is_nan(), "{} gave NaN", &c.text[..c.text.len().min(20)]);
        }
    }
    // the ordinary figure after them is still read
    let twelve = claims.iter().find(|c| c.text == "12").unwrap();
    assert_eq!(
        (twelve.line, twelve.column, twelve.value),
        (4, 6, Some(12.0))
    );
    // the JSON of such claims is valid
    let json = serde_json::to_string(&claims).unwrap();
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
}

/// `mask` keeps every byte's position: the visible words are those of the copy.
fn visible(d: &Document) -> Vec<&str> {
    assert_eq!(d.prose().len(), d.text.len());
    d.prose().split_whitespace().collect()
}

#[test]
fn deeply_nested_markdown_is_masked_in_linear_time() {
    let n = 100_000;
    let cases: Vec<(String, &str)> = vec![
        // unclosed brackets, one paragraph
        (format!("{} 5 left.", "[".repeat(n)), "5"),
        // nested brackets closed at the end, with no target: not a link, left as is
        (format!("{}x{} 6 left.", "[".repeat(n), "]".repeat(n)), "6"),
        // image openers that never close
        (format!("{} 7 left.", "![".repeat(n)), "7"),
        // link text then an opened target that never closes
        (format!("{} 8 left.", "[a](".repeat(n)), "8"),
        // quote markers and list bullets nested on one line
        (format!("{}9 left.", "> - ".repeat(n)), "9"),
        // backtick runs of growing length, none ever closed
        (
            (1..600)
                .map(|k| "`".repeat(k))
                .collect::<Vec<_>>()
                .join(" x ")
                + " 10 left.",
            "10",
        ),
        // emphasis markers
        (format!("{} 11 left.", "**".repeat(n)), "11"),
        // an HTML tag opened inside Markdown, never closed: it is masked to the end
        (format!("{} 12 left.", "<code>".repeat(n / 10)), ""),
    ];
    for (text, figure) in cases {
        let d = Document::from_text("deep.md", text.clone(), Format::Markdown);
        let words = visible(&d);
        if figure.is_empty() {
            assert!(words.is_empty(), "{:?}", &words[..words.len().min(3)]);
        } else {
            assert!(words.contains(&figure), "{figure} lost in {:.40}", text);
        }
        assert_sentences_bounded(&d);
        let claims = extract(&d);
        assert_claims_sound(&d, &claims);
    }
}

#[test]
fn nested_block_quotes_and_lists_on_many_lines() {
    let mut text = String::new();
    for depth in 0..5_000 {
        // (no indentation inside the quotes: four spaces there would be a code block)
        text.push_str(&"> ".repeat(depth % 50));
        text.push_str("- item with 3 parts\n");
    }
    let d = Document::from_text("quotes.md", text, Format::Markdown);
    let words = visible(&d);
    assert_eq!(words.len(), 5_000 * 4);
    assert!(words.chunks(4).all(|w| w == ["item", "with", "3", "parts"]));
    let claims = extract(&d);
    assert_eq!(claims.len(), 5_000);
    assert_claims_sound(&d, &claims);
    assert_eq!((claims[4_999].line, claims[4_999].column), (5_000, 111));
}

#[test]
fn markdown_links_code_and_images_still_mask_as_before() {
    let md = "Read [the 2024 audit](https://x.org/a/2024) and [its annex][a7].\n\
              A badge [![build 42](b/42.svg)](https://ci/42) and `n = 8` here.\n\
              Up 15 per cent.\n\n[a7]: https://x.org/annex/7\n";
    let d = Document::from_text("links.md", md, Format::Markdown);
    assert_eq!(
        visible(&d),
        [
            "Read", "the", "2024", "audit", "and", "its", "annex", ".", "A", "badge", "and",
            "here.", "Up", "15", "per", "cent."
        ]
    );
    // A reference with no definition is no link: CommonMark shows its brackets as they
    // are, and so does the reader.
    let d = Document::from_text("links.md", "See [its annex][a9].\n", Format::Markdown);
    assert_eq!(visible(&d), ["See", "[its", "annex][a9]."]);
}

#[test]
fn a_stray_backtick_or_link_opener_masks_nothing_past_its_paragraph() {
    let md = "A stray ` mark and a stray ](x here.\n\nCosts rose 40 per cent) in total.\n\nLater ` 9 `.\n";
    let d = Document::from_text("stray.md", md, Format::Markdown);
    let words = visible(&d);
    assert!(words.contains(&"40"), "{words:?}");
    assert!(words.contains(&"stray"), "{words:?}");
    // a closed code span within one paragraph is still code
    assert!(!words.contains(&"9"), "{words:?}");
}

#[test]
fn html_with_unclosed_raw_text_tags_is_masked_once() {
    // thousands of <script openers with no closing tag: the first masks to the end
    let html = format!("<p>Some 30 staff.</p>{}", "<script>x".repeat(100_000));
    let d = Document::from_text("s.html", html, Format::Html);
    assert_eq!(visible(&d), ["Some", "30", "staff."]);
    // and a closing tag in other case is found
    let html = "<SCRIPT>var n = 5;</sCrIpT><p>About 70 jobs.</p>";
    let d = Document::from_text("s.html", html, Format::Html);
    assert_eq!(visible(&d), ["About", "70", "jobs."]);
}

/// Regression: a 10,000-digit figure got the value infinity, which JSON renders as `null`
/// and arithmetic cannot use. A figure beyond f64's range is not a claim.
#[test]
fn extractor_bug_ten_thousand_digit_figure_is_infinite() {
    let text = format!("A total of {} were counted.", "9".repeat(10_000));
    let d = Document::from_text("long.txt", text, Format::Text);
    for c in extract(&d) {
        for v in [c.value, c.low, c.high].into_iter().flatten() {
            assert!(
                v.is_finite(),
                "{} gave {v}",
                &c.text[..c.text.len().min(20)]
            );
        }
    }
}

#[test]
fn a_lone_angle_bracket_masks_nothing_past_its_paragraph() {
    for (path, format) in [("a.md", Format::Markdown), ("a.html", Format::Html)] {
        let text =
            "Where a<b held, 4 of them\n\nstill reported 25 cases.\n\n<p>And 7 <b>more</b>.</p>\n";
        let d = Document::from_text(path, text, format);
        let words = visible(&d);
        for figure in ["4", "25", "7", "more"] {
            assert!(words.contains(&figure), "{path}: {figure} in {words:?}");
        }
        assert!(
            !words.iter().any(|w| w.contains("<p>")),
            "{path}: {words:?}"
        );
    }
    // thousands of them in one paragraph stay linear
    let text = format!("{} 9 left.", "a<b ".repeat(200_000));
    let d = Document::from_text("a.html", text, Format::Html);
    assert!(visible(&d).contains(&"9"));
}

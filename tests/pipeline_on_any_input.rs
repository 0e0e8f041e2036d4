//! For any input at all — arbitrary Unicode, arbitrary bytes, and copy
//! built from news-like pieces — reading, extraction and the per-document checks never
//! panic, every span lies on char boundaries with `text` equal to its bytes, the JSON
//! always parses, and extraction is stable when unrelated text is appended.

use std::sync::Arc;

use proptest::prelude::*;

use claimcheck::document::{Document, Format};
use claimcheck::extract::{extract, Claim};
use claimcheck::finding::Finding;
use claimcheck::input::{decode, Loaded};
use claimcheck::records::RecordSet;
use claimcheck::report::{self, Command, FileReport, Report};

const FORMATS: [Format; 3] = [Format::Text, Format::Markdown, Format::Html];
const PATHS: [&str; 3] = ["a.txt", "a.md", "a.html"];

fn assert_span(d: &Document, start: usize, end: usize, what: &str) {
    assert!(start <= end && end <= d.text.len(), "{what} {start}..{end}");
    assert!(
        d.text.is_char_boundary(start) && d.text.is_char_boundary(end),
        "{what} {start}..{end} not on char boundaries"
    );
}

fn assert_document_sound(d: &Document) {
    assert_eq!(d.prose().len(), d.text.len());
    if let Some(v) = d.view() {
        // every unit of a marked-up file is one line of its view, and one paragraph
        assert_eq!(v.doc().paragraphs().len(), v.units().len());
        assert_eq!(d.paragraphs().len(), v.units().len());
    }
    for ranges in [d.paragraphs(), d.sentences()] {
        let mut last = 0;
        for r in ranges {
            assert_span(d, r.start, r.end, "range");
            assert!(r.start >= last, "ranges overlap or go back");
            last = r.end;
        }
    }
}

fn assert_claims_sound(d: &Document, claims: &[Claim]) {
    for c in claims {
        assert_span(d, c.start, c.end, "claim");
        if d.view().is_none() {
            assert_eq!(d.text[c.start..c.end], c.text);
        } else {
            // markup: the figure's text is its copy as a reader sees it
            assert_eq!(d.shown(c.start..c.end), c.text);
        }
        assert_eq!(d.line_col(c.start), (c.line, c.column));
        for v in [c.value, c.low, c.high].into_iter().flatten() {
            assert!(!v.is_nan(), "NaN from {:?}", c.text);
        }
    }
}

fn assert_findings_sound(d: &Document, findings: &[Finding]) {
    for f in findings {
        if f.path != d.path {
            continue;
        }
        assert_span(d, f.span.start, f.span.end, f.rule.as_str());
    }
}

/// The stages `check` runs on one document, then the JSON of `extract` and `check`.
fn pipeline(d: Document, mut findings: Vec<Finding>) {
    assert_document_sound(&d);
    let claims = extract(&d);
    assert_claims_sound(&d, &claims);
    let (checked, linked) = claimcheck::link::link(&d, &claims, &RecordSet::default());
    findings.extend(linked);
    findings.extend(claimcheck::rules::arithmetic::check(&d, &claims));
    findings.extend(claimcheck::rules::consistency::check(&d, &claims));
    findings.extend(claimcheck::dupes::find(&[&d], 8));
    assert_findings_sound(&d, &findings);
    // inline ignores: whatever the comments look like, findings are kept or suppressed
    let total = findings.len();
    let (findings, suppressed) = claimcheck::suppress::apply_inline(&d, findings);
    assert_eq!(findings.len() + suppressed.len(), total);

    let mut out = Vec::new();
    let files = [report::extract::ExtractedFile {
        path: d.path.clone(),
        sha256: d.sha256.clone(),
        claims,
    }];
    report::extract::render(report::extract::ExtractFormat::Json, &files, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        v["files"][0]["claims"].as_array().unwrap().len(),
        files[0].claims.len()
    );

    let report = Report {
        command: Command::Check,
        files: vec![FileReport {
            path: d.path.clone(),
            sha256: d.sha256.clone(),
            claims: checked.into(),
            findings,
            doc: Arc::new(d),
        }],
        suppressed: Vec::new(),
        records_digest: None,
        records_date: None,
        records_read: 0,
        sources_read: 0,
        errors: Vec::new(),
        other_docs: Vec::new(),
        groups: Vec::new(),
    };
    let mut out = Vec::new();
    report::json::render(&report, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["version"], 1);
    // the human report renders every finding without panicking either
    let mut out = Vec::new();
    report::render(report::Format::Human, &report, false, &mut out).unwrap();
}

/// Words and marks news copy is made of, so generated text reaches the extractor's and
/// the rules' interesting paths rather than only their prefilter.
fn piece() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "about",
        "more than",
        "nearly",
        "up to",
        "between",
        "and",
        "from",
        "to",
        "rose",
        "fell",
        "a rise of",
        "per cent",
        "%",
        "million",
        "bn",
        "m",
        "thousand",
        "a dozen",
        "two-thirds",
        "half",
        "doubled",
        "times",
        "of",
        "or",
        "one in",
        "people",
        "removals",
        "flights",
        "last year",
        "in 2024",
        "COVID-19",
        "9/11",
        "Title 42",
        "\u{a3}",
        "$",
        "\u{20ac}",
        "\u{2013}",
        "\u{2014}",
        "-",
        ",",
        ".",
        ";",
        ":",
        "(",
        ")",
        "\"",
        "\u{201c}",
        "\u{201d}",
        "'",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        "\u{a0}",
        "\u{feff}",
        "\0",
        "*",
        "_",
        "`",
        "```",
        "[",
        "]",
        "](",
        "![",
        "#",
        "> ",
        "- ",
        "1. ",
        "<p>",
        "</p>",
        "<a href=\"/7\">",
        "</a>",
        "<!--",
        "<!-- claimcheck: ignore",
        "record/unsourced",
        "arithmetic/sum",
        "reason=\"",
        "reason=\u{201c}",
        "-->",
        "<script>",
        "&nbsp;",
        "&#163;",
        "\u{e9}",
        "\u{4e00}",
        "\u{1f600}",
        "\u{301}",
        " ",
    ]);
    prop_oneof![
        words.prop_map(str::to_string),
        (0u64..10_000_000).prop_map(|n| n.to_string()),
        (0u32..1000, 0u32..1000).prop_map(|(a, b)| format!("{a},{b:03}")),
        (0u32..100, 0u32..100).prop_map(|(a, b)| format!("{a}.{b}")),
        "[0-9,.]{1,12}",
    ]
}

fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|p| p.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_in_any_format(text in any::<String>(), f in 0usize..3) {
        pipeline(Document::from_text(PATHS[f], text, FORMATS[f]), Vec::new());
    }

    #[test]
    fn any_bytes_as_read_from_disk(bytes in prop::collection::vec(any::<u8>(), 0..400), f in 0usize..3) {
        match decode(PATHS[f].into(), bytes, FORMATS[f]) {
            Loaded::Doc(d, warnings) => pipeline(d, warnings),
            Loaded::Skipped(w) => prop_assert_eq!(w.rule, "input/binary"),
        }
    }

    #[test]
    fn news_like_copy_in_any_format(text in newsy(), f in 0usize..3) {
        pipeline(Document::from_text(PATHS[f], text, FORMATS[f]), Vec::new());
    }

    #[test]
    fn news_like_bytes_in_windows_1252(text in newsy(), f in 0usize..3) {
        // the same copy re-encoded as an old CMS would, where it can be
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        if let Loaded::Doc(d, warnings) = decode(PATHS[f].into(), bytes.into_owned(), FORMATS[f]) {
            pipeline(d, warnings);
        }
    }

    #[test]
    fn appending_an_unrelated_paragraph_changes_no_figure(text in newsy(), f in 0usize..3) {
        let before = extract(&Document::from_text(PATHS[f], text.clone(), FORMATS[f]));
        let appended = format!("{text}\n\nThe weather was mild and the roads were quiet.\n");
        let after = extract(&Document::from_text(PATHS[f], appended, FORMATS[f]));
        prop_assert_eq!(before, after);
    }
}

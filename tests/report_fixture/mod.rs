//! One fixed report, built by hand, that every format test renders: a short article
//! about a fictional town (Exampleton) with a supported, a contradicted and an unsourced
//! figure, an arithmetic error and a near-duplicate paragraph. Detection is not involved,
//! so the renderers are tested alone.
#![allow(dead_code)]

use std::sync::Arc;

use claimcheck::document::{Document, Format};
use claimcheck::extract::{Claim, Kind, Qualifier};
use claimcheck::finding::{Finding, Related};
use claimcheck::link::{CheckedClaim, SourceRef, Verdict};
use claimcheck::report::{Command, FileReport, Report};

/// The fixture article (fictional; written for these tests).
pub const ARTICLE: &str = "\
Exampleton council approved 120 new homes on Tuesday, up from 80 last year, a 25% rise.
The scheme will cost £4.5 million, according to the council's budget papers.
Of the homes, 30 will be let at social rents.
Exampleton council approved 120 new houses on Tuesday, up from 80 last year, a 25% rise.
";

/// The byte span of the `nth` (0-based) occurrence of `needle` in `text`.
pub fn span(text: &str, needle: &str, nth: usize) -> std::ops::Range<usize> {
    let start = text.match_indices(needle).nth(nth).map(|(i, _)| i).unwrap();
    start..start + needle.len()
}

/// A checked claim at the `nth` occurrence of `text`.
pub fn claim(
    doc: &Document,
    text: &str,
    nth: usize,
    kind: Kind,
    value: f64,
    verdict: Verdict,
    record: Option<(&str, &str, SourceRef)>,
) -> CheckedClaim {
    let sp = span(&doc.text, text, nth);
    let (line, column) = doc.line_col(sp.start);
    let sentence = doc.slice(doc.sentence_span(sp.start)).trim().to_string();
    CheckedClaim {
        claim: Claim {
            text: text.to_string(),
            start: sp.start,
            end: sp.end,
            line,
            column,
            kind,
            value: Some(value),
            low: Some(value),
            high: Some(value),
            qualifier: Qualifier::Exact,
            unit: None,
            describes: None,
            currency: (kind == Kind::Money).then(|| "GBP".to_string()),
            sentence: sentence.into(),
            precision: 0.5,
        },
        verdict,
        record: record.as_ref().map(|r| r.0.to_string()),
        record_value: record.as_ref().map(|r| r.1.to_string()),
        sources: record.map(|r| vec![r.2]).unwrap_or_default(),
        linked_by: None,
        considered: Vec::new(),
    }
}

pub fn source(id: &str, title: &str, quote: &str) -> SourceRef {
    SourceRef {
        id: id.to_string(),
        title: Some(title.to_string()),
        publisher: Some("Exampleton Borough Council".to_string()),
        url: Some(format!("https://example.org/{id}")),
        published: Some("2025-03-01".to_string()),
        quote: Some(quote.to_string()),
    }
}

/// The article's file report: claims and findings, fingerprints filled, sorted.
pub fn file_report(path: &str, text: &str) -> FileReport {
    let doc = Document::from_text(path, text, Format::Text);
    let minutes = source(
        "planning-minutes",
        "Planning committee minutes, 4 March 2025",
        "The committee approved 120 dwellings.",
    );
    let budget = source(
        "budget-2025",
        "Capital budget 2025/26",
        "Housing scheme: £5.2m.",
    );
    let claims = vec![
        claim(
            &doc,
            "120",
            0,
            Kind::Number,
            120.0,
            Verdict::Supported,
            Some(("homes-approved", "120", minutes.clone())),
        ),
        claim(&doc, "80", 0, Kind::Number, 80.0, Verdict::Unsourced, None),
        claim(
            &doc,
            "25%",
            0,
            Kind::Percent,
            25.0,
            Verdict::Unsourced,
            None,
        ),
        claim(
            &doc,
            "£4.5 million",
            0,
            Kind::Money,
            4_500_000.0,
            Verdict::Contradicted,
            Some(("scheme-cost", "£5.2 million", budget)),
        ),
        claim(&doc, "30", 0, Kind::Number, 30.0, Verdict::Unsourced, None),
        claim(
            &doc,
            "120",
            1,
            Kind::Number,
            120.0,
            Verdict::Supported,
            Some(("homes-approved", "120", minutes)),
        ),
        claim(&doc, "80", 1, Kind::Number, 80.0, Verdict::Unsourced, None),
        claim(
            &doc,
            "25%",
            1,
            Kind::Percent,
            25.0,
            Verdict::Unsourced,
            None,
        ),
    ];
    let first = doc.paragraphs()[0].clone();
    let last = doc.paragraphs()[3].clone();
    let mut findings = vec![
        Finding::new(
            claimcheck::rules::RuleId::PercentChange,
            &doc,
            span(&doc.text, "25%", 0),
            "from 80 to 120 is a 50% increase, not 25%",
        )
        .expected("50%")
        .actual("25%")
        .note("120 / 80 - 1 = +50%; allowing for rounding, +49% to +51%")
        .diff_line('-', "25%")
        .diff_line('+', "50% (computed)"),
        Finding::new(
            claimcheck::rules::RuleId::Contradicted,
            &doc,
            span(&doc.text, "£4.5 million", 0),
            "the copy says £4.5 million; the record scheme-cost says £5.2 million",
        )
        .expected("£5.2 million")
        .actual("£4.5 million")
        .note("record scheme-cost, tolerance 0")
        .note("source: Capital budget 2025/26 (https://example.org/budget-2025)")
        .diff_line('-', "£4.5 million")
        .diff_line('+', "£5.2 million (record scheme-cost)"),
        Finding::new(
            claimcheck::rules::RuleId::Unsourced,
            &doc,
            span(&doc.text, "30", 0),
            "no record for 30 (social rent homes)",
        ),
        Finding::new(
            claimcheck::rules::RuleId::DuplicatePassage,
            &doc,
            last,
            "this 16-word passage repeats line 1 with one word changed",
        )
        .related(Related::new(&doc, first, "first copy"))
        .diff_line('@', "@@ line 1 ~ line 4 @@")
        .diff_line(' ', "Exampleton council approved 120 new")
        .diff_line('-', "homes")
        .diff_line('+', "houses")
        .diff_line(' ', "on Tuesday, up from 80 last year, a 25% rise."),
        Finding::new(
            claimcheck::rules::RuleId::PercentChange,
            &doc,
            span(&doc.text, "25%", 1),
            "from 80 to 120 is a 50% increase, not 25%",
        )
        .expected("50%")
        .actual("25%")
        .diff_line('-', "25%")
        .diff_line('+', "50% (computed)"),
    ];
    findings[3].duplicate = Some(claimcheck::finding::Duplicate {
        words: 16,
        similarity: 0.94,
        group: None,
    });
    for f in &mut findings {
        f.fill_fingerprint(&doc.text);
    }
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    FileReport {
        path: path.to_string(),
        sha256: doc.sha256.clone(),
        claims: claims.into(),
        findings,
        doc: Arc::new(doc),
    }
}

/// The fixed report: one article, a record set digest and date.
pub fn report() -> Report {
    Report {
        command: Command::Check,
        files: vec![file_report("articles/homes.txt", ARTICLE)],
        suppressed: Vec::new(),
        records_digest: Some(
            "3f1c9a0b7e5d2468ace13579bdf02468ace13579bdf02468ace13579bdf02468".to_string(),
        ),
        records_date: Some("2025-03-04".to_string()),
        records_read: 2,
        sources_read: 1,
        errors: Vec::new(),
        other_docs: Vec::new(),
        groups: Vec::new(),
    }
}

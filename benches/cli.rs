//! Throughput of the per-run machinery this CLI adds around detection: inline
//! suppressions (parsed for every Markdown/HTML article), baselines, `git diff` parsing.
//! Run with `cargo bench --bench cli`.

use std::path::Path;
use std::sync::Arc;

use claimcheck::baseline::Baseline;
use claimcheck::changed::Changes;
use claimcheck::document::{Document, Format};
use claimcheck::finding::Finding;
use claimcheck::report::{Command, FileReport, Report};

fn main() {
    divan::main();
}

/// A long Markdown article: `n` paragraphs, every tenth preceded by an ignore comment.
fn article(n: usize) -> Document {
    let mut text = String::new();
    for i in 0..n {
        if i % 10 == 0 {
            text.push_str("<!-- claimcheck: ignore record/unsourced reason=\"desk note\" -->\n");
        }
        text.push_str(&format!(
            "Paragraph {i} says the council opened {} parks and <!-- an editor's note --> {} pools.\n\n",
            i * 3,
            i + 1
        ));
    }
    Document::from_text("a.md", text, Format::Markdown)
}

/// One fake finding per paragraph.
fn findings(doc: &Document) -> Vec<Finding> {
    doc.paragraphs()
        .iter()
        .map(|p| {
            let mut f = Finding::new(
                claimcheck::rules::RuleId::Unsourced,
                doc,
                p.start..p.start + 9,
                "x",
            );
            f.fill_fingerprint(&doc.text);
            f
        })
        .collect()
}

#[divan::bench(args = [100, 1000, 10000])]
fn inline_suppression(bencher: divan::Bencher, n: usize) {
    let doc = article(n);
    let fs = findings(&doc);
    bencher
        .counter(divan::counter::BytesCount::new(doc.text.len()))
        .bench(|| claimcheck::suppress::apply_inline(&doc, fs.clone()));
}

#[divan::bench(args = [1000, 10000])]
fn baseline_apply(bencher: divan::Bencher, n: usize) {
    let doc = article(n);
    let fs = findings(&doc);
    let report = Report {
        command: Command::Check,
        files: vec![FileReport {
            path: doc.path.clone(),
            sha256: doc.sha256.clone(),
            claims: Default::default(),
            findings: fs,
            doc: Arc::new(doc),
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
    let baseline = Baseline::from_report(&report);
    bencher.bench(|| {
        let mut r = report.clone();
        baseline.apply(&mut r);
        r
    });
}

#[divan::bench]
fn git_diff_parse(bencher: divan::Bencher) {
    let mut diff = String::new();
    for f in 0..200 {
        diff.push_str(&format!(
            "diff --git a/articles/{f}.md b/articles/{f}.md\n--- a/articles/{f}.md\n+++ b/articles/{f}.md\n"
        ));
        for h in 0..50 {
            diff.push_str(&format!(
                "@@ -{h},2 +{h},3 @@\n-old line\n+new line\n+another\n"
            ));
        }
    }
    bencher
        .counter(divan::counter::BytesCount::new(diff.len()))
        .bench(|| Changes::from_diff(Path::new("/repo"), &diff));
}

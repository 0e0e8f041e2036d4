//! The HTML report of the hand-built fixture report: the whole page pinned, and the
//! properties an editor relies on checked one by one.

mod report_fixture;

use claimcheck::link::Verdict;
use claimcheck::report::{html, Report};

fn page(report: &Report) -> String {
    let mut out = Vec::new();
    html::render(report, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn html_report() {
    // One element per line so the snapshot reviews well.
    insta::assert_snapshot!(page(&report_fixture::report()).replace("><", ">\n<"));
}

#[test]
fn every_figure_is_marked_with_its_verdict() {
    let r = report_fixture::report();
    let p = page(&r);
    assert_eq!(
        p.matches("<mark data-verdict=").count(),
        r.files[0].claims.len()
    );
    assert_eq!(p.matches("<mark data-verdict=\"supported\"").count(), 2);
    assert_eq!(p.matches("<mark data-verdict=\"contradicted\"").count(), 1);
    assert_eq!(p.matches("<mark data-verdict=\"unsourced\"").count(), 5);
    assert!(p.contains(
        "title=\"£4.5 million: contradicted; record scheme-cost = £5.2 million; source: Capital budget 2025/26\""
    ));
    assert!(p.contains("<a href=\"https://example.org/budget-2025\" rel=\"noreferrer noopener\">Capital budget 2025/26</a>"));
}

#[test]
fn the_page_is_self_contained() {
    let p = page(&report_fixture::report());
    assert!(!p.contains("<script"));
    assert!(!p.contains("<link"));
    assert!(!p.contains("src="));
    assert!(!p.contains("@import"));
    assert!(!p.contains("url("));
    // The only external addresses are the records' source links.
    assert_eq!(
        p.matches("https://").count(),
        p.matches("href=\"https://").count() + p.matches("(https://").count()
    );
}

#[test]
fn findings_sit_beside_their_paragraph() {
    let p = page(&report_fixture::report());
    let para = |n: usize| p.find(&format!("id=\"file-0-p{n}\"")).unwrap();
    let at = |s: &str| p.find(s).unwrap();
    assert!(
        para(1) < at("the record scheme-cost says") && at("the record scheme-cost says") < para(2)
    );
    assert!(para(2) < at("no record for 30") && at("no record for 30") < para(3));
    // The duplicate: both copies side by side, the changed word marked on each side.
    assert!(p.contains("<del>homes</del>"));
    assert!(p.contains("<ins>houses</ins>"));
    assert!(p.contains("16 words, 94% alike"));
}

#[test]
fn copy_and_records_are_escaped() {
    let text = "The <script>alert(1)</script> fund holds 42 coins & \"more\".\n";
    let mut r = report_fixture::report();
    let mut fr = report_fixture::file_report("articles/homes.txt", report_fixture::ARTICLE);
    let doc = claimcheck::document::Document::from_text(
        "articles/x<script>.txt",
        text,
        claimcheck::document::Format::Text,
    );
    let mut src = report_fixture::source("evil", "<script>alert(2)</script>", "\"><img onerror=x>");
    src.url = Some("javascript:alert(3)".to_string());
    fr.claims = vec![report_fixture::claim(
        &doc,
        "42",
        0,
        claimcheck::extract::Kind::Number,
        42.0,
        Verdict::Supported,
        Some(("r<1>", "42\"", src)),
    )]
    .into();
    fr.findings = vec![claimcheck::finding::Finding::new(
        claimcheck::rules::RuleId::Unsourced,
        &doc,
        report_fixture::span(text, "42", 0),
        "<b>bold</b>",
    )
    .note("<i>note</i>")];
    fr.path = doc.path.clone();
    fr.doc = std::sync::Arc::new(doc);
    r.files = vec![fr];
    r.errors = vec!["<script>alert(4)</script>".to_string()];
    let p = page(&r);
    assert!(!p.contains("<script"), "{p}");
    assert!(!p.contains("<img"), "{p}");
    assert!(!p.contains("<b>bold"), "{p}");
    assert!(!p.contains("<i>note"), "{p}");
    assert!(!p.contains("javascript:"), "{p}");
    assert!(p.contains("The &lt;script&gt;alert(1)&lt;/script&gt; fund holds"));
    assert!(p.contains("&lt;script&gt;alert(2)&lt;/script&gt;"));
    assert!(p.contains("<q>&quot;&gt;&lt;img onerror=x&gt;</q>"));
    assert!(p.contains("coins &amp; &quot;more&quot;."));
}

#[test]
fn several_articles_get_a_table_of_contents() {
    let mut r = report_fixture::report();
    r.files.push(report_fixture::file_report(
        "articles/zeta.txt",
        report_fixture::ARTICLE,
    ));
    let p = page(&r);
    assert!(p.contains("<nav><h2>Articles</h2><ol><li><a href=\"#file-0\">articles/homes.txt</a> <small>8 figures, 5 findings</small></li><li><a href=\"#file-1\">articles/zeta.txt</a>"));
    assert!(p.contains("<section class=\"article\" id=\"file-1\">"));
    assert!(p.contains("<b>2</b> files"));
    // One article's own page: its counts only, no contents.
    let mut one = Vec::new();
    html::render_file(&r, &r.files[1], &mut one).unwrap();
    let one = String::from_utf8(one).unwrap();
    assert!(!one.contains("<nav>"));
    assert!(one.contains("<b>1</b> file<"));
    assert!(one.contains("<title>claimcheck: articles/zeta.txt</title>"));
    let mut index = Vec::new();
    html::render_index(&r, &mut index).unwrap();
    let index = String::from_utf8(index).unwrap();
    assert!(index.contains("<a href=\"articles_zeta.txt.html\">articles/zeta.txt</a>"));
}

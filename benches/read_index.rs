//! Throughput of reading and indexing copy on ordinary and pathological inputs at growing
//! sizes: time that grows in proportion to the size (not its square) is what shows the
//! masking, sentence splitting and locating stay linear.
//!
//! `cargo bench --bench read_index -- --sample-count 10` keeps a run short.

use claimcheck::document::{Document, Format};

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[256 * 1024, 1024 * 1024, 4 * 1024 * 1024];

fn repeat_to(unit: &str, size: usize) -> String {
    unit.repeat(size / unit.len() + 1)
}

/// Ordinary copy with no full stop: one paragraph, one line.
#[divan::bench(args = SIZES)]
fn one_long_line(bencher: divan::Bencher, size: usize) {
    let text = repeat_to(
        "the council said 1,250 homes and \u{a3}3.5m were promised, ",
        size,
    );
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| Document::from_text("a.txt", text.clone(), Format::Text));
}

/// Unclosed link openers: each used to scan to the end of the paragraph.
#[divan::bench(args = SIZES)]
fn unclosed_brackets(bencher: divan::Bencher, size: usize) {
    let text = repeat_to("[a](", size);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| Document::from_text("a.md", text.clone(), Format::Markdown));
}

/// Unclosed `<script` tags inside HTML.
#[divan::bench(args = SIZES)]
fn unclosed_script_tags(bencher: divan::Bencher, size: usize) {
    let text = format!("<p>Some 30 staff.</p>{}", repeat_to("<script>x", size));
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| Document::from_text("a.html", text.clone(), Format::Html));
}

/// CMS-style HTML: many small blocks, entities, inline tags and whitespace between
/// blocks (each dropped unit used to filter every piece kept so far).
#[divan::bench(args = SIZES)]
fn cms_html_blocks(bencher: divan::Bencher, size: usize) {
    let text = repeat_to(
        "<p>The depot runs <b>35</b> buses &amp; 12&#8201;000 seats.</p>\n<ul><li>Fares rose to &pound;4.5m</li></ul>\n",
        size,
    );
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| Document::from_text("a.html", text.clone(), Format::Html));
}

/// Markdown with tables, inline code and front matter.
#[divan::bench(args = SIZES)]
fn markdown_tables_and_code(bencher: divan::Bencher, size: usize) {
    let text = format!(
        "---\ntitle: Budget 2025\n---\n\n{}",
        repeat_to(
            "| Region | Jobs |\n|---|---|\n| North `x` | 1,200 |\n\nThe council said *40* posts go.\n\n",
            size
        )
    );
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| Document::from_text("a.md", text.clone(), Format::Markdown));
}

/// Locating one position per 64 bytes on a single line: each used to count characters
/// from the start of the line.
#[divan::bench(args = SIZES)]
fn line_col_on_one_line(bencher: divan::Bencher, size: usize) {
    let text = repeat_to("caf\u{e9} prices rose by 15 per cent in the year, ", size);
    let doc = Document::from_text("a.txt", text, Format::Text);
    let len = doc.text.len();
    bencher
        .counter(divan::counter::BytesCount::new(len))
        .bench(|| {
            (0..len)
                .step_by(64)
                .map(|o| doc.line_col(o).1)
                .sum::<usize>()
        });
}

/// Extraction over a long single line, where every figure's sentence is bounded.
#[divan::bench(args = SIZES)]
fn extract_one_long_line(bencher: divan::Bencher, size: usize) {
    let text = repeat_to(
        "officials counted 1,250 homes and \u{a3}3.5m in grants; ",
        size,
    );
    let doc = Document::from_text("a.txt", text, Format::Text);
    bencher
        .counter(divan::counter::BytesCount::new(doc.text.len()))
        .bench(|| claimcheck::extract::extract(&doc).len());
}

//! Rendering cost of every format on a large report: 200 copies of the test fixture's
//! article (8 figures and 5 findings each, one of them a side-by-side duplicate), so
//! 1,600 figures and 1,000 findings. Run with `cargo bench --bench report`.

#[path = "../tests/report_fixture/mod.rs"]
mod report_fixture;

use claimcheck::report::{self, Format, RenderOptions, Report};

fn main() {
    divan::main();
}

fn big() -> Report {
    let mut r = report_fixture::report();
    r.files = (0..200)
        .map(|i| {
            report_fixture::file_report(&format!("articles/a{i:03}.txt"), report_fixture::ARTICLE)
        })
        .collect();
    r
}

fn render(bencher: divan::Bencher, format: Format) {
    let r = big();
    let opts = RenderOptions::default();
    bencher.bench_local(|| {
        let mut out = Vec::with_capacity(1 << 20);
        report::render_with(format, divan::black_box(&r), &opts, &mut out).unwrap();
        out.len()
    });
}

#[divan::bench]
fn human(bencher: divan::Bencher) {
    render(bencher, Format::Human);
}

#[divan::bench]
fn json(bencher: divan::Bencher) {
    render(bencher, Format::Json);
}

#[divan::bench]
fn sarif(bencher: divan::Bencher) {
    render(bencher, Format::Sarif);
}

#[divan::bench]
fn github(bencher: divan::Bencher) {
    render(bencher, Format::Github);
}

#[divan::bench]
fn html(bencher: divan::Bencher) {
    render(bencher, Format::Html);
}

//! Hostile input at 1×, 4× and 16× (issue 19, items 8 and 9): each step should take
//! about 4× and 16× its 1× time, and allocate about 4× and 16× its 1× bytes. Run with `cargo bench --bench hostile`; the ratio tests
//! in tests/linear_time_ratios.rs and tests/bounded_json_output.rs hold the same shapes
//! to linear growth in CI.

#[path = "../tests/hostile_fixture/mod.rs"]
mod hostile_fixture;

use std::path::PathBuf;

use claimcheck::report::{self, Format, RenderOptions, Report};
use claimcheck::run::{self, CheckOptions};
use claimcheck::settings::{Overrides, Settings};

/// Counts what each benchmark allocates (divan's `alloc`/`dealloc` columns): the
/// memory side of issue 19, item 8, where `tests/bounded_memory.rs` bounds the peak.
#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

const SCALES: [usize; 3] = [1, 4, 16];

/// The report of `check` over one file holding `copy`.
fn report_of(name: &str, copy: &str) -> Report {
    let dir = std::env::temp_dir().join(format!("claimcheck-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path: PathBuf = dir.join(name);
    let _ = std::fs::write(&path, copy);
    let settings = Settings::resolve_in(&Overrides::default(), &dir).unwrap();
    run::check(&settings, &[path], &CheckOptions::default()).unwrap()
}

/// One HTML line of copy with a wrong percentage change in each of its sentences.
fn long_line(scale: usize) -> String {
    format!(
        "<p>{}</p>\n",
        hostile_fixture::wrong_changes_on_one_line(400 * scale)
    )
}

/// The human report of a single long line with a finding every sentence.
#[divan::bench(args = SCALES)]
fn human_on_one_long_line(bencher: divan::Bencher, scale: usize) {
    let r = report_of(&format!("long{scale}.html"), &long_line(scale));
    let opts = RenderOptions::default();
    bencher.bench_local(|| {
        let mut out = Vec::new();
        report::render_with(Format::Human, divan::black_box(&r), &opts, &mut out).unwrap();
        out.len()
    });
}

/// The JSON of a run-on line of figures (its size is what item 8 bounds).
#[divan::bench(args = SCALES)]
fn json_of_run_on_figures(bencher: divan::Bencher, scale: usize) {
    let copy = "the fund grew 5%, the levy 7% and the rate 2%, ".repeat(200 * scale);
    let r = report_of(&format!("runon{scale}.txt"), &copy);
    let opts = RenderOptions::default();
    bencher.bench_local(|| {
        let mut out = Vec::new();
        report::render_with(Format::Json, divan::black_box(&r), &opts, &mut out).unwrap();
        out.len()
    });
}

/// The whole check of a long line: extraction, rules and linking together.
#[divan::bench(args = SCALES, sample_count = 3)]
fn check_one_long_line(bencher: divan::Bencher, scale: usize) {
    let copy = long_line(scale);
    bencher.bench_local(|| report_of(&format!("check{scale}.html"), &copy).files.len());
}

/// The whole check of copy that is nothing but figures, one to a line: its allocations
/// are what item 8 bounds (the peak is held to a ceiling by tests/bounded_memory.rs).
#[divan::bench(args = SCALES, sample_count = 3)]
fn check_a_figure_on_every_line(bencher: divan::Bencher, scale: usize) {
    let copy = "5%\n".repeat(4_000 * scale);
    bencher.bench_local(|| report_of(&format!("lines{scale}.txt"), &copy).files.len());
}

/// Linking copy that states many values of one quantity to as many records of it, and
/// drafting records for them: once quadratic in `link` (issue 19, item 9).
#[divan::bench(args = SCALES, sample_count = 3)]
fn draft_many_values_of_one_quantity(bencher: divan::Bencher, scale: usize) {
    let dir = std::env::temp_dir().join(format!(
        "claimcheck-bench-draft-{}-{scale}",
        std::process::id()
    ));
    let _ = std::fs::create_dir_all(&dir);
    let copy: String = (0..100 * scale)
        .map(|i| {
            format!(
                "The council employed {} staff last year.\n\n",
                20_000 + i * 7
            )
        })
        .collect();
    let article = dir.join("staffing.txt");
    let _ = std::fs::write(&article, copy);
    let settings = Settings::resolve_in(&Overrides::default(), &dir).unwrap();
    bencher.bench_local(|| {
        claimcheck::draft::draft_paths(&settings, std::slice::from_ref(&article))
            .unwrap()
            .1
    });
}

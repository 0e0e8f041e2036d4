//! Extraction throughput over news prose (a few MB), on one core: generated wire copy at
//! two densities and, when it is beside the checkout, the real BBC corpus. A document
//! this long is cut into parts for every core, so each bench runs in a one-thread pool.
//! Run: `cargo bench --bench extract`.

use std::sync::LazyLock;

use claimcheck::document::{Document, Format};
use claimcheck::extract::Claim;

/// One core, as the throughput target is stated.
static ONE_CORE: LazyLock<rayon::ThreadPool> = LazyLock::new(|| {
    rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread pool")
});

fn extract(doc: &Document) -> Vec<Claim> {
    ONE_CORE.install(|| claimcheck::extract::extract(doc))
}

fn main() {
    divan::main();
}

/// Sentences in the shape of wire copy, most of them with a figure or two: about four
/// times as many figures to the byte as the BBC corpus (one every 64 bytes against one
/// every 246), so a hard case for throughput.
const PARTS: &[&str] = &[
    "The council said on Tuesday that it would review the plan before the summer recess.",
    "More than 4,200 households have applied for the scheme since it opened in 2023.",
    "Officials expect around 1.5 million visitors, up from about 900,000 last year.",
    "The minister told reporters the policy had broad support among backbenchers.",
    "Spending on the programme rose 12 per cent to £3.4bn, according to the figures.",
    "Residents said the changes had been made without proper consultation.",
    "Between 30 and 40 staff will move to the new office in early March.",
    "A spokesperson declined to comment further on the report's findings.",
    "Two-thirds of those surveyed said they had not been told about the delay.",
    "The company, which employs nearly 800 people, reported a loss of $45m.",
    "Campaigners have called for an independent inquiry into the decision.",
    "Prices in the region have risen sharply over the past three years.",
];

/// Sentences with no figure, to mix in at the density of feature copy.
const PLAIN: &[&str] = &[
    "Local people gathered outside the town hall on Saturday afternoon to voice their concerns.",
    "The chief executive said the board remained confident in its long-term strategy.",
    "Critics argued that the proposals would do little to address the underlying problem.",
    "Neighbours described the family as quiet and kind, and said they were shocked by the news.",
];

fn prose(bytes: usize) -> String {
    mixed(bytes, 0)
}

/// `plain` figure-free sentences after each sentence from [`PARTS`].
fn mixed(bytes: usize, plain: usize) -> String {
    let mut s = String::with_capacity(bytes + 200);
    let mut i = 0usize;
    while s.len() < bytes {
        for k in 0..plain {
            s.push_str(PLAIN[(i + k) % PLAIN.len()]);
            s.push(' ');
        }
        s.push_str(PARTS[(i * 7 + i / 5) % PARTS.len()]);
        i += 1;
        s.push(if i.is_multiple_of(4) { '\n' } else { ' ' });
    }
    s
}

/// Figure-dense wire copy (see [`PARTS`]).
#[divan::bench(sample_count = 10)]
fn extract_news_prose(bencher: divan::Bencher) {
    let text = prose(4 << 20);
    let doc = Document::from_text("bench.txt", text.clone(), Format::Text);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| extract(divan::black_box(&doc)));
}

/// Feature-like density: three sentences without figures to each one from [`PARTS`].
#[divan::bench(sample_count = 10)]
fn extract_sparse_news_prose(bencher: divan::Bencher) {
    let text = mixed(4 << 20, 3);
    let doc = Document::from_text("bench.txt", text.clone(), Format::Text);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| extract(divan::black_box(&doc)));
}

/// The 2,225 BBC articles joined (5 MB of real news copy), when present.
#[divan::bench(sample_count = 10)]
fn extract_bbc_corpus(bencher: divan::Bencher) {
    let root =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/bbc/articles");
    let mut text = String::new();
    for topic in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        for f in std::fs::read_dir(topic.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            text.push_str(&std::fs::read_to_string(f.path()).unwrap_or_default());
            text.push_str("\n\n");
        }
    }
    if text.is_empty() {
        return; // the corpus is not beside the checkout
    }
    let doc = Document::from_text("bbc.txt", text.clone(), Format::Text);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| extract(divan::black_box(&doc)));
}

#[divan::bench(sample_count = 10)]
fn index_and_extract_news_prose(bencher: divan::Bencher) {
    let text = prose(4 << 20);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| {
            ONE_CORE.install(|| {
                let doc =
                    Document::from_text("bench.txt", divan::black_box(text.clone()), Format::Text);
                claimcheck::extract::extract(&doc).len()
            })
        });
}

/// `extract --format json` after extraction: the claims of the dense prose written to a
/// sink (bytes counted are the input's, so the figure compares with the others).
#[divan::bench(sample_count = 10)]
fn render_json_news_prose(bencher: divan::Bencher) {
    use claimcheck::report::extract::{render, ExtractFormat, ExtractedFile};
    let text = prose(4 << 20);
    let doc = Document::from_text("bench.txt", text.clone(), Format::Text);
    let files = [ExtractedFile {
        path: doc.path.clone(),
        sha256: doc.sha256.clone(),
        claims: extract(&doc),
    }];
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| {
            render(
                ExtractFormat::Json,
                divan::black_box(&files),
                &mut std::io::sink(),
            )
        });
}

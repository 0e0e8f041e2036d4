//! Linking throughput: articles × records. Records are found through the match-word
//! index, so time grows with articles + records, not their product.
//! Run: `cargo bench --bench link`.

use claimcheck::document::{Document, Format};
use claimcheck::extract::{extract, Claim};
use claimcheck::link;
use claimcheck::records::{ClaimRecord, ClaimSource, RecordKind, RecordSet};

fn main() {
    divan::main();
}

/// `n` records, each matched on a word of its own ("depot17") plus a shared noun.
fn records(n: usize) -> RecordSet {
    let claims: Vec<ClaimRecord> = (0..n)
        .map(|i| ClaimRecord {
            id: format!("rec-{i:05}"),
            statement: None,
            value: Some(1_000.0 + i as f64),
            low: None,
            high: None,
            kind: RecordKind::Number,
            unit: Some("parcels".into()),
            currency: None,
            as_of: None,
            subject: None,
            articles: None,
            match_words: vec![format!("depot{i}"), "parcels".into()],
            tolerance: None,
            sources: vec![ClaimSource {
                id: "ledger".into(),
                quote: None,
            }],
        })
        .collect();
    let mut set = RecordSet {
        index: link::index(&claims),
        ..RecordSet::default()
    };
    set.claims = claims;
    set
}

/// `n` short articles, each naming a few depots and their parcel counts.
fn articles(n: usize, records: usize) -> Vec<(Document, Vec<Claim>)> {
    (0..n)
        .map(|a| {
            let mut text = String::new();
            for k in 0..6 {
                let i = (a * 7 + k * 131) % records.max(1);
                text.push_str(&format!(
                    "Staff at depot{i} sorted {} parcels on Monday, the operator said. ",
                    1_000 + i + (k % 2)
                ));
                text.push_str("Drivers said the new rota had eased the pressure on weekends.\n");
            }
            let doc = Document::from_text(format!("a{a}.txt"), text, Format::Text);
            let claims = extract(&doc);
            (doc, claims)
        })
        .collect()
}

fn run(bencher: divan::Bencher, n_articles: usize, n_records: usize) {
    let set = records(n_records);
    let docs = articles(n_articles, n_records);
    bencher.bench(|| {
        let mut linked = 0;
        for (doc, claims) in &docs {
            linked += link::link(doc, claims, &set).0.len();
        }
        divan::black_box(linked)
    });
}

/// 10,000 records; articles from 100 to 1,000.
#[divan::bench(args = [100, 300, 1000], sample_count = 10, sample_size = 1)]
fn articles_against_10k_records(bencher: divan::Bencher, n: usize) {
    run(bencher, n, 10_000);
}

/// 1,000 articles; records from 1,000 to 10,000.
#[divan::bench(args = [1000, 3000, 10000], sample_count = 10, sample_size = 1)]
fn records_against_1k_articles(bencher: divan::Bencher, n: usize) {
    run(bencher, 1_000, n);
}

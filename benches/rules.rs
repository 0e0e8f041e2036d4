//! What the internal-consistency rules cost on top of extraction (the target is at
//! most 20%). Run with `cargo bench --bench rules`.
//!
//! The copy is the bundled sample article and the rule fixtures, and, when present beside
//! the checkout, the BBC corpus from ../shared (read at run time, never copied).
//!
//! Measured 2026-11-28 on the shared 2-core machine. Wall time is noisy there, so the
//! figure to compare is callgrind's instruction count per iteration over both corpora:
//! extraction 585 M instructions, all six rules 81 M, i.e. the rules cost 13.8% on top
//! of extraction. Quietest wall times seen on the BBC corpus (2,225 files): extraction
//! 87 ms, rules 12.4 ms. On the local fixtures, where every sentence is a case for a
//! rule, the rules cost about 2.5 times extraction.

use std::path::Path;
use std::sync::LazyLock;

use claimcheck::document::{Document, Format};
use claimcheck::extract::{self, Claim};
use claimcheck::rules::{arithmetic, consistency};

fn main() {
    divan::main();
}

/// Every .txt file under `dir`, recursively.
fn texts(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            texts(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push(t);
            }
        }
    }
}

fn docs(which: &str) -> Vec<Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut t = Vec::new();
    match which {
        "bbc" => texts(&root.join("../shared/corpora/bbc/articles"), &mut t),
        _ => {
            texts(&root.join("articles"), &mut t);
            texts(&root.join("tests/fixtures/rules"), &mut t);
        }
    }
    t.into_iter()
        .enumerate()
        .map(|(i, text)| Document::from_text(format!("{i}.txt"), text, Format::Text))
        .collect()
}

static LOCAL: LazyLock<Vec<Document>> = LazyLock::new(|| docs("local"));
static BBC: LazyLock<Vec<Document>> = LazyLock::new(|| docs("bbc"));

fn corpus(name: &str) -> &'static [Document] {
    if name == "bbc" {
        &BBC
    } else {
        &LOCAL
    }
}

const CORPORA: &[&str] = &["local", "bbc"];

#[divan::bench(args = CORPORA)]
fn extract_only(bencher: divan::Bencher, name: &str) {
    let docs = corpus(name);
    bencher.bench(|| {
        docs.iter()
            .map(|d| extract::extract(divan::black_box(d)).len())
            .sum::<usize>()
    });
}

#[divan::bench(args = CORPORA)]
fn rules_only(bencher: divan::Bencher, name: &str) {
    let docs = corpus(name);
    let claims: Vec<Vec<Claim>> = docs.iter().map(extract::extract).collect();
    bencher.bench(|| {
        docs.iter()
            .zip(&claims)
            .map(|(d, c)| {
                arithmetic::check(divan::black_box(d), c).len()
                    + consistency::check(divan::black_box(d), c).len()
            })
            .sum::<usize>()
    });
}

#[divan::bench(args = CORPORA)]
fn arithmetic_only(bencher: divan::Bencher, name: &str) {
    let docs = corpus(name);
    let claims: Vec<Vec<Claim>> = docs.iter().map(extract::extract).collect();
    bencher.bench(|| {
        docs.iter()
            .zip(&claims)
            .map(|(d, c)| arithmetic::check(divan::black_box(d), c).len())
            .sum::<usize>()
    });
}

#[divan::bench(args = CORPORA)]
fn consistency_only(bencher: divan::Bencher, name: &str) {
    let docs = corpus(name);
    let claims: Vec<Vec<Claim>> = docs.iter().map(extract::extract).collect();
    bencher.bench(|| {
        docs.iter()
            .zip(&claims)
            .map(|(d, c)| consistency::check(divan::black_box(d), c).len())
            .sum::<usize>()
    });
}

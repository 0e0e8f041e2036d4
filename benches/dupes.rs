//! Duplicate finder throughput: the BBC corpus audit (5 MB, 2,225 files) and a 20×
//! corpus generated from it (about 100 MB, 44,500 files, each copy lightly edited at
//! random); the archive index built on the corpus, and `--against` for one article.
//! Targets: BBC ≤ 250 ms, 20× ≤ 4 s, on 2 cores; `--against` ≤ 50 ms.
//!
//! Both read ../shared/corpora/bbc/articles and are skipped with a note when it is
//! absent. Run: `cargo bench --bench dupes` (the 20× case writes its corpus to a
//! temporary folder first, which takes a few seconds and is not timed).

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use claimcheck::settings::Settings;

const BBC: &str = "../shared/corpora/bbc/articles";

fn main() {
    if !Path::new(BBC).exists() {
        println!("skipped: {BBC} is not here");
        return;
    }
    divan::main();
}

fn settings() -> Settings {
    Settings {
        min_words: 40,
        ..Settings::default()
    }
}

fn audit(dir: &Path) -> usize {
    let report = claimcheck::run::dupes(&settings(), &[dir.to_path_buf()]).unwrap();
    report.files.iter().map(|f| f.findings.len()).sum()
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn bbc_audit() -> usize {
    audit(Path::new(BBC))
}

/// The archive index of the BBC corpus, built once per bench run.
static BBC_INDEX: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    let idx = dir.path().join("bbc.idx");
    index_build(Path::new(BBC), &idx);
    (dir, idx)
});

fn index_build(archive: &Path, out: &Path) -> usize {
    let opts = claimcheck::index::store::BuildOptions {
        min_words: 40,
        max_memory: 512 << 20,
        emit_fingerprints: None,
        by_path: true,
        crash_before_commit: false,
    };
    claimcheck::index::store::build(&settings(), &[archive.to_path_buf()], out, &opts)
        .unwrap()
        .articles
}

/// `claimcheck index build` on the BBC corpus (the 20× figures are in README, from
/// benches/dupes_scale.sh).
#[divan::bench(sample_count = 5, sample_size = 1)]
fn bbc_index_build() -> usize {
    let dir = tempfile::tempdir().unwrap();
    index_build(Path::new(BBC), &dir.path().join("bbc.idx"))
}

/// `dupes --against` for one article of the corpus: fingerprints looked up, the
/// archived copies rebuilt from the index, the finder run on them.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn bbc_against_one_article() -> usize {
    let idx = &BBC_INDEX.1;
    let article = Path::new(BBC).join("business/007.txt");
    let report = claimcheck::index::against(
        idx,
        &settings(),
        &[article],
        &claimcheck::run::CheckOptions::default(),
    )
    .unwrap();
    report.files.iter().map(|f| f.findings.len()).sum()
}

/// The 20× corpus, written once per bench run.
static CORPUS_20X: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("articles");
    generate(Path::new(BBC), &root, 20);
    (dir, root)
});

#[divan::bench(sample_count = 3, sample_size = 1)]
fn corpus_20x(bencher: divan::Bencher) {
    let root = &CORPUS_20X.1;
    bencher.bench(|| audit(root));
}

/// Writes `copies` lightly edited copies of every article under `from` into `to`.
fn generate(from: &Path, to: &Path, copies: usize) {
    let mut files: Vec<PathBuf> = Vec::new();
    for cat in std::fs::read_dir(from).unwrap() {
        let cat = cat.unwrap().path();
        if cat.is_dir() {
            for f in std::fs::read_dir(&cat).unwrap() {
                files.push(f.unwrap().path());
            }
        }
    }
    files.sort();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for copy in 0..copies {
        let dir = to.join(format!("copy{copy:02}"));
        std::fs::create_dir_all(&dir).unwrap();
        for (i, f) in files.iter().enumerate() {
            let bytes = std::fs::read(f).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            std::fs::write(dir.join(format!("{i:04}.txt")), edit(&text, &mut rng)).unwrap();
        }
    }
}

/// One edit in about every 150 words: a word dropped, doubled or swapped for another
/// word of the article.
fn edit(text: &str, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for line in text.split_inclusive('\n') {
        let words: Vec<&str> = line.split(' ').collect();
        for (j, w) in words.iter().enumerate() {
            if j > 0 {
                out.push(' ');
            }
            match rng.next() % 450 {
                0 => {}
                1 => {
                    out.push_str(w);
                    out.push(' ');
                    out.push_str(w.trim_end());
                }
                2 => out.push_str(words[(rng.next() as usize) % words.len()].trim_end()),
                _ => out.push_str(w),
            }
        }
        if line.ends_with('\n') && !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

/// xorshift64: deterministic, so every run benches the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

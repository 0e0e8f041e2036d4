//! The whole `claimcheck extract --format json` of a 20 MB file, run as a user runs it,
//! beside `wc -w` on the same file: the yardstick is "no slower than 1.5× `wc -w`"
//! with memory a few times the input.
//!
//! Two files are made in a temporary folder:
//! - `news`: real news prose, the BBC corpus under `../shared/corpora/bbc/articles`
//!   repeated to 20 MB (a figure every 250 bytes or so); generated wire-copy sentences
//!   when the corpus is not beside the checkout;
//! - `dense`: our sample article repeated (a figure every 74 bytes, four times as dense as
//!   news copy), the worst case for output.
//!
//! Run: `cargo bench --bench extract_cli`. Divan times each command; before that, a
//! summary prints the median of 15 runs of both and their ratio, the peak memory of one
//! extract run, and the median CPU time of each with the throughput a core it gives
//! (both read by `/usr/bin/time` when it is there).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

const TARGET_BYTES: usize = 20_000_000;

/// The two 20 MB files, made once for every bench in this run.
static FILES: LazyLock<Files> = LazyLock::new(Files::make);

struct Files {
    _dir: tempfile::TempDir,
    news: PathBuf,
    dense: PathBuf,
}

impl Files {
    fn make() -> Files {
        let dir = tempfile::tempdir().expect("a temporary folder for the bench files");
        let news = dir.path().join("news.txt");
        let dense = dir.path().join("dense.txt");
        std::fs::write(&news, repeat_to(&news_prose(), TARGET_BYTES)).expect("news file");
        let sample = include_str!("../articles/deportation-target.txt");
        std::fs::write(&dense, repeat_to(sample, TARGET_BYTES)).expect("dense file");
        Files {
            _dir: dir,
            news,
            dense,
        }
    }

    fn get(&self, which: &str) -> &Path {
        match which {
            "dense" => &self.dense,
            _ => &self.news,
        }
    }
}

/// The BBC articles joined, or generated wire copy without the corpus.
fn news_prose() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/bbc/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|topic| {
            std::fs::read_dir(topic.path())
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|f| f.path())
        .collect();
    files.sort();
    let mut text = String::new();
    for f in files {
        if let Ok(article) = std::fs::read_to_string(f) {
            text.push_str(&article);
            text.push_str("\n\n");
        }
    }
    if text.is_empty() {
        text = "The council said on Tuesday it would review the plan. More than 4,200 \
                households applied, up 12 per cent on last year, at a cost of £3.4bn.\n"
            .to_string();
    }
    text
}

/// `unit` repeated to `bytes` (cut at a character boundary).
fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut end = bytes.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

fn claimcheck(file: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    c.args(["extract", "--format", "json"]).arg(file);
    c
}

fn wc(file: &Path) -> Command {
    let mut c = Command::new("wc");
    c.arg("-w").arg(file);
    c
}

/// Runs `cmd` to the end with its output thrown away, as a shell's `> /dev/null` would.
fn run(mut cmd: Command) {
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the command runs");
    assert!(status.success(), "{cmd:?} failed");
}

fn median(mut make: impl FnMut() -> Command, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let cmd = make();
            let start = Instant::now();
            run(cmd);
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

/// The median CPU time (user and system, every thread) of `runs` runs of `program` with
/// `args`, read by `/usr/bin/time` when it is there: issue 18 counts throughput a core,
/// the file's size over this time, since the input is processed on every core.
fn median_cpu(program: &str, args: &[&std::ffi::OsStr], runs: usize) -> Option<f64> {
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let out = Command::new("/usr/bin/time")
            .args(["-f", "%U %S"])
            .arg(program)
            .args(args)
            .stdout(Stdio::null())
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stderr);
        let line = text.lines().last()?;
        let cpu: f64 = line
            .split_whitespace()
            .map(|t| t.parse::<f64>().ok())
            .sum::<Option<f64>>()?;
        times.push(cpu);
    }
    times.sort_by(f64::total_cmp);
    times.get(runs / 2).copied()
}

/// Peak resident memory of one run in KB, read by `/usr/bin/time` when it is there.
fn peak_kb(file: &Path) -> Option<u64> {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["extract", "--format", "json"])
        .arg(file)
        .stdout(Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .last()?
        .trim()
        .parse()
        .ok()
}

fn main() {
    for which in ["news", "dense"] {
        let file = FILES.get(which);
        let size = std::fs::metadata(file).map_or(0, |m| m.len());
        let words = median(|| wc(file), 15);
        let extract = median(|| claimcheck(file), 15);
        let memory = peak_kb(file).map_or("?".to_string(), |kb| {
            format!(
                "{} MB, {:.1}× the input",
                kb / 1024,
                (kb * 1024) as f64 / size as f64
            )
        });
        println!(
            "{which} ({} MB): wc -w {:.0} ms, extract --format json {:.0} ms = {:.2}× wc -w; peak memory {memory}",
            size / 1_000_000,
            words.as_secs_f64() * 1e3,
            extract.as_secs_f64() * 1e3,
            extract.as_secs_f64() / words.as_secs_f64(),
        );
        let path = file.as_os_str();
        let json = ["extract", "--format", "json"].map(std::ffi::OsStr::new);
        let wc_cpu = median_cpu("wc", &[std::ffi::OsStr::new("-w"), path], 15);
        let extract_cpu = median_cpu(
            env!("CARGO_BIN_EXE_claimcheck"),
            &[json[0], json[1], json[2], path],
            15,
        );
        if let (Some(w), Some(e)) = (wc_cpu, extract_cpu) {
            let per_core = |cpu: f64| size as f64 / 1e6 / cpu.max(0.001);
            println!(
                "{which}: CPU (user + system) wc -w {w:.2} s = {:.0} MB/s a core, extract {e:.2} s = {:.0} MB/s a core (issue 18 asks 200)",
                per_core(w),
                per_core(e),
            );
        }
    }
    divan::main();
}

#[divan::bench(args = ["news", "dense"], sample_count = 10)]
fn extract_json_20mb(which: &str) {
    run(claimcheck(FILES.get(which)));
}

#[divan::bench(args = ["news", "dense"], sample_count = 10)]
fn wc_w_20mb(which: &str) {
    run(wc(FILES.get(which)));
}

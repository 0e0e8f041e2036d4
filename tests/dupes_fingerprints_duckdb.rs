//! Issue 17, item 7: the DuckDB query in docs/dupes.md finds, across two shards indexed
//! separately with `--emit-fingerprints`, the articles that share a passage. DuckDB comes
//! from PyPI (installed under the test's target folder when it is not importable); the
//! test skips, saying so, when neither Python with DuckDB nor the network is there.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::{code, run, stderr, write};

const P1: &str = "The parish council met on Tuesday evening in the old school hall to discuss plans for a new footpath beside the river, and residents who walk their dogs along the bank said the existing track turns to mud every winter.";
const P2: &str = "The chair of the council promised that a survey of the ground would be carried out before any money was committed, and several people asked whether the path could be wide enough for wheelchairs and pushchairs.";

/// A folder on PYTHONPATH where `import duckdb` works, or `None` (with a note).
fn duckdb() -> Option<Option<PathBuf>> {
    let works = |path: Option<&Path>| {
        let mut c = Command::new("python3");
        c.args(["-c", "import duckdb"]);
        if let Some(p) = path {
            c.env("PYTHONPATH", p);
        }
        c.output().is_ok_and(|o| o.status.success())
    };
    if works(None) {
        return Some(None);
    }
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("duckdb-py");
    if works(Some(&target)) {
        return Some(Some(target));
    }
    let installed = Command::new("python3")
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(["--timeout", "30", "--retries", "1", "--target"])
        .arg(&target)
        .arg("duckdb")
        .output();
    if installed.is_ok_and(|o| o.status.success()) && works(Some(&target)) {
        return Some(Some(target));
    }
    println!("skipped: DuckDB could not be imported or installed from PyPI");
    None
}

/// The query between the `duckdb:query` markers of docs/dupes.md, fences left out.
fn documented_query() -> String {
    let doc = std::fs::read_to_string("docs/dupes.md").unwrap();
    let start = doc
        .find("<!-- duckdb:query")
        .expect("docs/dupes.md has the query");
    let end = doc.find("<!-- /duckdb:query -->").unwrap();
    doc[start..end]
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with("```"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn filler(i: usize) -> String {
    format!("Filler paragraph of story {i} names item{i}a and item{i}b, with words like alpha{i} beta{i} gamma{i} delta{i} epsilon{i} zeta{i} eta{i} theta{i} iota{i} kappa{i} lambda{i} mu{i} nu{i} xi{i} omicron{i} pi{i} rho{i} sigma{i} tau{i} upsilon{i} phi{i} chi{i} psi{i} omega{i} only.")
}

#[test]
fn the_documented_query_finds_passages_shared_across_shards() {
    let Some(pythonpath) = duckdb() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "shard1/a.txt",
        format!("A\n\n{}\n\n{P1}\n\n{P2}\n", filler(1)),
    );
    write(d, "shard1/c.txt", format!("C\n\n{}\n", filler(3)));
    write(
        d,
        "shard2/b.txt",
        format!("B\n\n{P1}\n\n{P2}\n\n{}\n", filler(2)),
    );
    write(d, "shard2/e.txt", format!("E\n\n{}\n", filler(5)));
    for shard in ["shard1", "shard2"] {
        let out = run(
            d,
            &[
                "index",
                "build",
                shard,
                "-o",
                &format!("{shard}.idx"),
                "--emit-fingerprints",
                &format!("fps/{shard}"),
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let sql = documented_query().replace("FINGERPRINTS", "'fps/*/fingerprints-*.jsonl'");
    std::fs::write(d.join("query.sql"), &sql).unwrap();
    let mut py = Command::new("python3");
    py.current_dir(d).args([
        "-c",
        "import duckdb, json; print(json.dumps(duckdb.sql(open('query.sql').read()).fetchall()))",
    ]);
    if let Some(p) = &pythonpath {
        py.env("PYTHONPATH", p);
    }
    let out = py.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0][0], "shard1/a.txt");
    assert_eq!(rows[0][1], "shard2/b.txt");
    assert!(rows[0][2].as_u64().unwrap() >= 2, "{rows:?}");
}

//! Where `check` looks: `paths:` in the config (default `articles` when it exists, else
//! the config's folder), the config found from the first path checked before the working
//! directory, `--show-settings` naming the config used, and `-o` making its folders.

use std::path::Path;

mod common;

use common::{code, json_paths, run, stderr, stdout, write};

const COPY: &str = "The library lent 4,000 books.\n";

#[test]
fn check_alone_checks_articles_or_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "notes.txt", COPY);
    let o = run(d, &["check", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json_paths(&o), ["notes.txt"]);
    write(d, "articles/a.txt", COPY);
    let o = run(d, &["check", "--format", "json"]);
    assert_eq!(json_paths(&o), ["articles/a.txt"]);
    write(d, "claimcheck.yaml", "paths: [desk, notes.txt]\n");
    write(d, "desk/b.md", COPY);
    let o = run(d, &["check", "--format", "json"]);
    assert_eq!(json_paths(&o), ["desk/b.md", "notes.txt"]);
    // relative to the config, from a subfolder too (shown in full, being outside it)
    let o = run(&d.join("articles"), &["check", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let top = d.canonicalize().unwrap();
    let shown: Vec<std::path::PathBuf> = json_paths(&o)
        .iter()
        .map(|p| Path::new(p).canonicalize().unwrap())
        .collect();
    assert_eq!(shown, [top.join("desk/b.md"), top.join("notes.txt")]);
}

#[test]
fn the_config_is_found_from_the_first_path_checked() {
    let here = tempfile::tempdir().unwrap();
    let there = tempfile::tempdir().unwrap();
    write(here.path(), "claimcheck.yaml", "fail_on: never\n");
    write(there.path(), "claimcheck.yaml", "fail_on: info\n");
    write(there.path(), "articles/a.txt", COPY);
    let article = there.path().join("articles/a.txt");
    let o = run(
        here.path(),
        &["check", article.to_str().unwrap(), "--format", "json"],
    );
    // the newsroom's own config says fail on info: the unsourced figure fails the run
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let o = run(
        here.path(),
        &["check", article.to_str().unwrap(), "--show-settings"],
    );
    let want = format!(
        "config: {}\n",
        there.path().join("claimcheck.yaml").display()
    );
    assert!(stdout(&o).starts_with(&want), "{}", stdout(&o));
    // with nothing found from the path, the working directory's config is used
    let lone = tempfile::tempdir().unwrap();
    write(lone.path(), "a.txt", COPY);
    let o = run(
        here.path(),
        &["check", lone.path().join("a.txt").to_str().unwrap()],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run(here.path(), &["check", "--show-settings"]);
    assert!(
        stdout(&o).starts_with("config: claimcheck.yaml\n"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn output_makes_its_folders() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "articles/a.txt", COPY);
    let o = run(
        d,
        &[
            "check",
            "-o",
            "out/reports/claimcheck.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = std::fs::read_to_string(Path::new(d).join("out/reports/claimcheck.json")).unwrap();
    assert!(text.starts_with("{\n  \"version\": 1,"), "{text}");
}

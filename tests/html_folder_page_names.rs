//! Issue 19, item 13: `check --format html -o out/` gives long nested article paths
//! short unique page names, and `index.html` links only pages that were written.

mod common;

use common::{code, run, stderr};

#[test]
fn long_nested_paths_get_short_unique_pages_all_linked_and_written() {
    let dir = tempfile::tempdir().unwrap();
    let deep: String = (0..12)
        .map(|i| format!("section-number-{i:02}-of-the-archive/"))
        .collect();
    let a = format!("articles/{deep}story.txt");
    let b = format!("articles/{deep}other/story.txt");
    common::write(
        dir.path(),
        &a,
        "Spending rose from 100 to 134, a 15% increase.\n",
    );
    common::write(
        dir.path(),
        &b,
        "Spending rose from 100 to 134, a 15% increase.\n",
    );
    let out = run(
        dir.path(),
        &[
            "check",
            "articles",
            "--format",
            "html",
            "-o",
            "out/",
            "--fail-on",
            "never",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let index = std::fs::read_to_string(dir.path().join("out/index.html")).unwrap();
    let mut pages: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "index.html")
        .collect();
    pages.sort();
    assert_eq!(pages.len(), 2, "{pages:?}");
    for p in &pages {
        assert!(p.len() <= 110, "{p}");
        assert!(index.contains(&format!("href=\"{p}\"")), "{p} not linked");
    }
    // every page the index links exists
    for link in index
        .split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
    {
        if link.ends_with(".html") {
            assert!(
                pages.iter().any(|p| p == link),
                "{link} linked but not written"
            );
        }
    }
}

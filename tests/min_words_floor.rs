//! Issue 19, item 9: `--min-words` (or `dupes.min_words`) below 3 is refused with the
//! reason, rather than a run whose time grows with the square of the copy.

mod common;

use common::{code, run, stderr};

#[test]
fn min_words_below_three_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "a.txt", "Spending rose 4%. Spending rose 4%.\n");
    for n in ["0", "1", "2"] {
        let out = run(dir.path(), &["dupes", "a.txt", "--min-words", n]);
        assert_eq!(code(&out), 2);
        assert_eq!(
            stderr(&out),
            format!("error: --min-words is {n}; it must be at least 3: shorter runs of words repeat by chance in any copy, and finding every one takes time that grows with the square of the copy\n")
        );
    }
    assert_eq!(
        code(&run(dir.path(), &["dupes", "a.txt", "--min-words", "3"])),
        0
    );
    common::write(dir.path(), "claimcheck.yaml", "dupes:\n  min_words: 1\n");
    let out = run(dir.path(), &["check", "a.txt"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).starts_with("error: dupes.min_words in "),
        "{}",
        stderr(&out)
    );
}

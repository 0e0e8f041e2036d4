//! Loader errors: every malformed record is an error naming file:line:col (exit 2 at the
//! CLI), and nothing outside sources/ is read.

use std::fs;
use std::path::Path;

use claimcheck::records::load::{load, Folders};

const CLAIM: &str = "- id: c1\n  value: 5\n  match: [removals]\n  sources:\n    - id: s1\n";
const SOURCE: &str = "- id: s1\n  title: A note\n";

/// A newsroom in a temp dir with `files` (path, text), loaded.
fn load_with(
    files: &[(&str, &str)],
) -> (
    tempfile::TempDir,
    Result<claimcheck::records::RecordSet, String>,
) {
    let dir = tempfile::tempdir().unwrap();
    for (p, text) in files {
        let full = dir.path().join(p);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, text).unwrap();
    }
    let r = load_dir(dir.path(), 1 << 20);
    (dir, r)
}

fn load_dir(root: &Path, max_bytes: u64) -> Result<claimcheck::records::RecordSet, String> {
    let folders = Folders {
        claims: root.join("claims"),
        sources: root.join("sources"),
        claims_named: false,
        sources_named: false,
        max_bytes,
    };
    load(&folders).map_err(|e| {
        let s = e.to_string();
        s.replace(&format!("{}/", root.display()), "")
    })
}

fn err(files: &[(&str, &str)]) -> String {
    match load_with(files).1 {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

#[test]
fn valid_records_load_sorted_with_a_digest() {
    let (_d, r) = load_with(&[
        (
            "claims/a.yaml",
            "- id: z\n  value: 1\n  match: [x]\n- id: b\n  value: 2\n  match: [y]\n",
        ),
        ("sources/s.yaml", SOURCE),
    ]);
    let set = r.unwrap();
    let ids: Vec<&str> = set.claims.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["b", "z"]);
    assert_eq!(set.digest.len(), 64);
}

#[test]
fn digest_ignores_file_layout_and_order() {
    let (_a, a) = load_with(&[(
        "claims/a.yaml",
        "- id: one\n  value: 1\n  match: [x]\n- id: two\n  value: 2\n  match: [y]\n",
    )]);
    let (_b, b) = load_with(&[
        ("claims/a.yaml", "- id: two\n  value: 2\n  match: [y]\n"),
        ("claims/b.yaml", "- id: one\n  match: [x]\n  value: 1\n"),
    ]);
    let (_c, c) = load_with(&[(
        "claims/a.yaml",
        "- id: one\n  value: 1.5\n  match: [x]\n- id: two\n  value: 2\n  match: [y]\n",
    )]);
    assert_eq!(a.as_ref().unwrap().digest, b.as_ref().unwrap().digest);
    assert_ne!(a.unwrap().digest, c.unwrap().digest);
}

#[test]
fn missing_default_folders_mean_no_records() {
    let (_d, r) = load_with(&[]);
    let set = r.unwrap();
    assert!(set.claims.is_empty());
    assert_eq!(set.digest, "");
}

#[test]
fn a_named_folder_must_exist() {
    let dir = tempfile::tempdir().unwrap();
    let folders = Folders {
        claims: dir.path().join("facts"),
        sources: dir.path().join("sources"),
        claims_named: true,
        sources_named: false,
        max_bytes: 1024,
    };
    let e = load(&folders).err().unwrap().to_string();
    assert_eq!(
        e,
        format!(
            "{}/facts: no such folder (named as the claims folder by --claims or claimcheck.yaml)",
            dir.path().display()
        )
    );
}

#[test]
fn unknown_field_names_the_expected_ones() {
    assert_eq!(
        err(&[("sources/s.yaml", "- id: s1\n  sha265: abc\n")]),
        "sources/s.yaml:2:3: unknown field `sha265`, expected one of `id`, `title`, `publisher`, `url`, `published`, `retrieved`, `snapshot`, `sha256`"
    );
}

#[test]
fn wrong_type() {
    assert_eq!(
        err(&[("claims/c.yaml", "- id: c1\n  value: lots\n  match: [x]\n")]),
        "claims/c.yaml:2:10: invalid type: string \"lots\", expected f64"
    );
}

#[test]
fn duplicate_claim_id_names_both_places() {
    assert_eq!(
        err(&[
            ("claims/a.yaml", "- id: c1\n  value: 1\n  match: [x]\n"),
            (
                "claims/b.yaml",
                "# more\n- id: c1\n  value: 2\n  match: [y]\n"
            ),
        ]),
        "claims/b.yaml:2:7: duplicate claim id `c1` (first at claims/a.yaml:1:7)"
    );
}

#[test]
fn duplicate_source_id_names_both_places() {
    assert_eq!(
        err(&[("sources/s.yaml", "- id: s1\n- id: s2\n-\n  id: s1\n")]),
        "sources/s.yaml:4:7: duplicate source id `s1` (first at sources/s.yaml:1:7)"
    );
}

#[test]
fn dangling_source_id() {
    assert_eq!(
        err(&[("claims/c.yaml", CLAIM), ("sources/s.yaml", "- id: s2\n")]),
        "claims/c.yaml:5:11: claim `c1` cites source `s1`, which no source record defines"
    );
}

#[test]
fn bad_sha256() {
    assert_eq!(
        err(&[("sources/s.yaml", "- id: s1\n  sha256: 9f2c\n")]),
        "sources/s.yaml:2:11: sha256 must be 64 hex digits, found `9f2c`"
    );
    let not_hex = format!("- id: s1\n  sha256: {}\n", "g".repeat(64));
    assert_eq!(
        err(&[("sources/s.yaml", &not_hex)]),
        format!(
            "sources/s.yaml:2:11: sha256 must be 64 hex digits, found `{}`",
            "g".repeat(64)
        )
    );
}

#[test]
fn absolute_snapshot_path() {
    assert_eq!(
        err(&[("sources/s.yaml", "- id: s1\n  snapshot: /etc/passwd\n")]),
        "sources/s.yaml:2:13: snapshot path `/etc/passwd` is absolute; write it relative to sources/"
    );
}

#[test]
fn snapshot_path_leaving_sources() {
    assert_eq!(
        err(&[(
            "sources/s.yaml",
            "- id: s1\n  snapshot: snapshots/../../claims/c.yaml\n"
        )]),
        "sources/s.yaml:2:13: snapshot path `snapshots/../../claims/c.yaml` leaves sources/"
    );
}

#[cfg(unix)]
#[test]
fn snapshot_leaving_sources_through_a_symlink() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("sources/snapshots")).unwrap();
    fs::write(dir.path().join("outside.txt"), "secret").unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("outside.txt"),
        dir.path().join("sources/snapshots/link.txt"),
    )
    .unwrap();
    let sha = "0".repeat(64);
    fs::write(
        dir.path().join("sources/s.yaml"),
        format!("- id: s1\n  snapshot: snapshots/link.txt\n  sha256: {sha}\n"),
    )
    .unwrap();
    assert_eq!(
        load_dir(dir.path(), 1 << 20).err().unwrap(),
        "sources/s.yaml:2:13: snapshot `snapshots/link.txt` of source `s1` leaves sources/ through a symlink"
    );
}

#[test]
fn missing_snapshot_file() {
    // issue 14: a snapshot that is gone is a provenance/missing-snapshot finding on its
    // source (what cites it is unverifiable), not a stop of the whole run
    let (_dir, r) = load_with(&[(
        "sources/s.yaml",
        "- id: s1\n  snapshot: snapshots/gone.txt\n",
    )]);
    let set = r.unwrap();
    assert_eq!(set.problems.len(), 1);
    let p = &set.problems[0];
    assert_eq!(p.rule, "provenance/missing-snapshot");
    assert_eq!(
        p.message,
        "snapshot `snapshots/gone.txt` of source `s1` could not be read (no such file or directory), so its figures cannot be verified"
    );
    assert!(p.breaks);
    assert!(set.broken.contains("s1"));
}

#[test]
fn snapshot_that_is_a_directory() {
    assert_eq!(
        err(&[
            ("sources/snapshots/dir/x.txt", "x"),
            ("sources/s.yaml", "- id: s1\n  snapshot: snapshots/dir\n"),
        ]),
        "sources/s.yaml:2:13: snapshot `snapshots/dir` of source `s1` is a directory, not a file"
    );
}

#[test]
fn snapshot_without_sha256() {
    assert_eq!(
        err(&[
            ("sources/snapshots/a.txt", "x"),
            ("sources/s.yaml", "- id: s1\n  snapshot: snapshots/a.txt\n"),
        ]),
        "sources/s.yaml:2:13: snapshot `snapshots/a.txt` of source `s1` has no sha256; add the sha256 of its bytes"
    );
}

#[test]
fn claim_without_value_or_match() {
    assert_eq!(
        err(&[("claims/c.yaml", "- id: c1\n  match: [x]\n")]),
        "claims/c.yaml:1:7: claim `c1` has no value (give `value`, or `low`/`high`)"
    );
    assert_eq!(
        err(&[("claims/c.yaml", "- id: c1\n  value: 3\n")]),
        "claims/c.yaml:1:3: missing field `match`"
    );
    assert_eq!(
        err(&[("claims/c.yaml", "- id: c1\n  value: 3\n  match: [\"--\"]\n")]),
        "claims/c.yaml:3:10: claim `c1` has no `match` words, so no figure could link to it"
    );
}

#[test]
fn malformed_yaml() {
    assert_eq!(
        err(&[("claims/c.yaml", "- id: c1\n  match: [x\n")]),
        "claims/c.yaml:3:1: did not find expected ',' or ']', while parsing a flow sequence"
    );
}

#[test]
fn tabs_for_indentation() {
    assert_eq!(
        err(&[("claims/c.yaml", "- id: c1\n\tvalue: 3\n")]),
        "claims/c.yaml:2:1: found a tab character that violates indentation, while scanning a plain scalar"
    );
}

#[test]
fn not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("claims")).unwrap();
    fs::write(
        dir.path().join("claims/c.yaml"),
        b"- id: a\n- id: caf\xe9\n",
    )
    .unwrap();
    assert_eq!(
        load_dir(dir.path(), 1 << 20).err().unwrap(),
        "claims/c.yaml:2:10: record file is not UTF-8"
    );
}

#[test]
fn record_file_over_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("claims")).unwrap();
    fs::write(dir.path().join("claims/c.yaml"), CLAIM).unwrap();
    assert_eq!(
        load_dir(dir.path(), 10).err().unwrap(),
        format!(
            "claims/c.yaml: record file is {} bytes, over the limit of 10 bytes (max_record_bytes)",
            CLAIM.len()
        )
    );
}

#[test]
fn alias_bomb_is_rejected_fast() {
    // "Billion laughs": nine levels of anchors, each alias expanding the one before nine
    // times, would be 9^9 strings if expanded.
    let mut text = String::from("- id: c1\n  value: 1\n  match: [x]\n  statement:\n");
    text.push_str("    - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let refs = vec![format!("*{}", pair[0]); 9].join(", ");
        text.push_str(&format!("    - &{} [{refs}]\n", pair[1]));
    }
    let started = std::time::Instant::now();
    let e = err(&[("claims/c.yaml", &text)]);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    // No record field takes nested data, so the aliases are never expanded: the first
    // nested list is a type error.
    assert_eq!(
        e,
        "claims/c.yaml:5:5: invalid type: sequence, expected a string"
    );
}

#[cfg(unix)]
#[test]
fn record_file_symlinked_from_outside_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("claims")).unwrap();
    fs::write(dir.path().join("elsewhere.yaml"), CLAIM).unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("elsewhere.yaml"),
        dir.path().join("claims/c.yaml"),
    )
    .unwrap();
    assert_eq!(
        load_dir(dir.path(), 1 << 20).err().unwrap(),
        "claims/c.yaml: record file leaves claims through a symlink"
    );
}

#[test]
fn flow_style_lists_lose_no_record() {
    let (_d, r) = load_with(&[(
        "claims/c.yaml",
        "[{id: a, value: 1, match: [x]}, {id: b, value: 2, match: [y]}]\n",
    )]);
    let ids: Vec<String> = r.unwrap().claims.into_iter().map(|c| c.id).collect();
    assert_eq!(ids, ["a", "b"]);
}

//! Every write goes through `fsutil::write_atomic`, which never tears a
//! file, never replaces one unless allowed, and leaves nothing behind when it fails.

use std::path::Path;

use claimcheck::fsutil::{write_atomic, Overwrite};

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn writes_a_new_file_and_leaves_only_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("b.json");
    write_atomic(&p, b"{}\n", Overwrite::Refuse).unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"{}\n");
    assert_eq!(entries(dir.path()), ["b.json"]);
}

#[test]
fn refuses_to_replace_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("c.yaml");
    std::fs::write(&p, "old").unwrap();
    let err = write_atomic(&p, b"new", Overwrite::Refuse).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("c.yaml: already exists; not overwritten"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "old");
    write_atomic(&p, b"new", Overwrite::Allow).unwrap();
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
    assert_eq!(entries(dir.path()), ["c.yaml"]);
}

#[test]
fn a_folder_in_the_way_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sources");
    std::fs::create_dir(&p).unwrap();
    std::fs::write(p.join("keep.yaml"), "x").unwrap();
    for mode in [Overwrite::Refuse, Overwrite::Allow] {
        assert!(write_atomic(&p, b"y", mode).is_err());
        assert!(p.is_dir());
        assert_eq!(entries(&p), ["keep.yaml"]);
        assert_eq!(entries(dir.path()), ["sources"]);
    }
}

#[test]
fn a_missing_parent_folder_is_an_error_that_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("no/such/dir/b.json");
    let err = write_atomic(&p, b"{}", Overwrite::Allow).unwrap_err();
    assert!(
        err.to_string().ends_with("dir: no such file or directory"),
        "{err}"
    );
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn a_large_write_arrives_whole() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.txt");
    let bytes: Vec<u8> = (0..8 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    write_atomic(&p, &bytes, Overwrite::Refuse).unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), bytes);
}

#[cfg(unix)]
#[test]
fn replacing_a_symlink_replaces_the_link_not_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target.yaml");
    std::fs::write(&target, "target").unwrap();
    let link = dir.path().join("link.yaml");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    // refused: the link exists
    assert!(write_atomic(&link, b"new", Overwrite::Refuse).is_err());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "target");
    // allowed: rename puts a file where the link was; the file it pointed at is untouched
    write_atomic(&link, b"new", Overwrite::Allow).unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "target");
    assert_eq!(std::fs::read_to_string(&link).unwrap(), "new");
    assert!(!std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
}

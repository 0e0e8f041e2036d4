//! No control character hides in the code: a regex written with `\b` through a tool that
//! read it as a backspace compiles, matches nothing, and fails silently (it happened once,
//! to a rule's "another contest" words). Every `.rs` file under src/, tests/ and benches/
//! may hold only tabs, line feeds and carriage returns below the space.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_control_characters_in_rust_sources() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(
        files.len() > 50,
        "the sources were not found under {root:?}"
    );
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read(file).unwrap_or_default();
        let mut line = 1;
        for &b in &text {
            if b == b'\n' {
                line += 1;
            } else if b < 0x20 && b != b'\t' && b != b'\r' {
                found.push(format!("{}:{line}: byte 0x{b:02x}", file.display()));
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
}

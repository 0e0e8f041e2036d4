//! The BBC articles under `../shared/corpora/bbc/articles`, for tests that read the whole
//! corpus; they skip cleanly where `../shared` is not beside the checkout.

use claimcheck::document::{Document, Format};
use claimcheck::input::{decode, Loaded};

/// Every article, in path order, decoded as `claimcheck` reads it (the one file in
/// Windows-1252 is decoded too); `None`, with a line saying so, when the corpus is absent.
pub fn articles() -> Option<Vec<Document>> {
    let root = std::path::Path::new("../shared/corpora/bbc/articles");
    if !root.is_dir() {
        println!("skipped: {} is not here", root.display());
        return None;
    }
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(files.len() > 2000, "{} files", files.len());
    let docs = files
        .iter()
        .filter_map(|p| {
            let bytes = std::fs::read(p).unwrap();
            match decode(p.display().to_string(), bytes, Format::Text) {
                Loaded::Doc(doc, _) => Some(doc),
                _ => None,
            }
        })
        .collect();
    Some(docs)
}

//! `claimcheck init`: scaffolds claims/, sources/ and a commented claimcheck.yaml.
//!
//! It refuses to touch anything that already exists (checking everything before writing
//! anything), so running it in a newsroom repository that is already set up is harmless.
//! It writes no example records: a made-up figure in a records folder could end up
//! "supporting" real copy.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::fsutil::{write_atomic, Overwrite};
use crate::settings::{ARTICLES_DIR, CONFIG_FILE};

/// The config `init` writes: every key at its default, each explained.
pub const CONFIG_TEMPLATE: &str = r#"# claimcheck configuration. claimcheck finds this file by walking up from the
# working directory (or takes --config FILE); paths here are relative to this file.
# Flags given on the command line override what is set here.

# Folders of claim records and source records (YAML).
claims: claims
sources: sources

# The lowest severity that makes `claimcheck check` exit 1: error | warning | info | never
fail_on: error

# Per-rule level: off | info | warning | error. `claimcheck explain` lists the rules.
rules:
  record/unsourced: info
  # duplicate/passage: error

# Duplicated passages: the shortest shared run, in words, that is reported.
dupes:
  min_words: 30

# Copy not to check (globs relative to this file), on top of what .gitignore excludes.
exclude: []

# The largest record YAML file read, in bytes (a guard against a runaway file).
max_record_bytes: 8388608
"#;

const CLAIMS_README: &str = "# Claim records

Each `*.yaml` file here is a list of claim records: one figure the copy may state, with the
value a source gives and the terms that tie copy to it. A figure links only when every
term stands in its sentence (one in its clause), what the copy says it counts is the
record's unit or a term, and the subject, period and scope below agree.

```yaml
- id: council-homes-2025          # unique across all claim files
  statement: what the figure counts, in a few words
  value: 0                        # or low: / high: for a range
  kind: number                    # number | percent | money
  unit: homes
  subject: Northvale Council      # optional: whose figure it is
  as_of: 2025                     # optional: a date, a month (2025-03) or a year
  articles: ['articles/**']       # optional: the articles it may link in
  match: [homes, affordable]      # what it counts, and what sets it apart
  sources:
    - id: a-source-id             # a record in ../sources
      quote: \"the words in the source that give the figure\"
```

`claimcheck draft ARTICLE...` writes these for articles' unsourced figures, to fill in;
`claimcheck verify` lints them, and `claimcheck check --explain-links` says why each
figure linked or did not.
";

const SOURCES_README: &str = "# Source records

Each `*.yaml` file here is a list of source records: where a figure comes from, and an
archived copy (under `snapshots/`) whose sha256 is recorded so later edits are noticed.

```yaml
- id: a-source-id
  title: the document's title
  publisher: who published it
  url: https://example.org/where-it-was-published
  published: 2025-01-31
  retrieved: 2025-02-01
  snapshot: snapshots/a-source-id.txt   # relative to this folder
  sha256: the hex digest of the snapshot's bytes
```

`claimcheck sources add FILE --id ID` archives a copy, hashes it and writes the record.
";

/// What `init` writes, relative to the folder it runs in.
fn plan() -> [(PathBuf, &'static str); 3] {
    [
        (PathBuf::from(CONFIG_FILE), CONFIG_TEMPLATE),
        (Path::new("claims").join("README.md"), CLAIMS_README),
        (Path::new("sources").join("README.md"), SOURCES_README),
    ]
}

/// Scaffolds the newsroom layout in `dir`, returning the paths written (relative to
/// `dir`). Fails, writing nothing, if claimcheck.yaml, claims/ or sources/ exists.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>> {
    let existing: Vec<String> = [CONFIG_FILE, "claims", "sources"]
        .iter()
        .filter(|name| dir.join(name).symlink_metadata().is_ok())
        .map(|name| name.to_string())
        .collect();
    if !existing.is_empty() {
        return Err(Error::Usage(format!(
            "{} already exist{}; init changes nothing",
            existing.join(", "),
            if existing.len() == 1 { "s" } else { "" }
        )));
    }
    let mut written = Vec::new();
    for (rel, text) in plan() {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, &e))?;
        }
        write_atomic(&path, text.as_bytes(), Overwrite::Refuse)?;
        written.push(rel);
    }
    // the folder the next step names (`claimcheck check articles`), so that step reads
    // "no article found" rather than "no such file"; a newsroom's own folder is kept
    let articles = dir.join(ARTICLES_DIR);
    if articles.symlink_metadata().is_err() {
        std::fs::create_dir(&articles).map_err(|e| Error::io(&articles, &e))?;
        written.push(PathBuf::from(format!("{ARTICLES_DIR}/")));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_a_valid_config_at_the_defaults() {
        let s = crate::settings::parse(Path::new(CONFIG_FILE), CONFIG_TEMPLATE).unwrap();
        let d = crate::settings::Settings::default();
        assert_eq!(s.fail_on, d.fail_on);
        assert_eq!(s.min_words, d.min_words);
        assert_eq!(s.claims, d.claims);
        assert_eq!(s.sources, d.sources);
        assert!(s.exclude.is_empty());
        for (id, level) in &s.rules {
            let rule = id.rule();
            assert_eq!(*level, crate::settings::Level::from(rule.default_severity));
        }
    }

    #[test]
    fn scaffolds_then_refuses() {
        let dir = tempfile::tempdir().unwrap();
        let written = init(dir.path()).unwrap();
        assert_eq!(written.len(), 4);
        assert!(dir.path().join("articles").is_dir());
        assert!(dir.path().join("claims/README.md").is_file());
        std::fs::write(dir.path().join(CONFIG_FILE), "fail_on: never\n").unwrap();
        let e = init(dir.path()).unwrap_err().to_string();
        assert_eq!(
            e,
            "claimcheck.yaml, claims, sources already exist; init changes nothing"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join(CONFIG_FILE)).unwrap(),
            "fail_on: never\n"
        );
    }

    #[test]
    fn refuses_when_only_one_part_exists() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        let e = init(dir.path()).unwrap_err().to_string();
        assert_eq!(e, "sources already exists; init changes nothing");
        assert!(!dir.path().join(CONFIG_FILE).exists());
    }
}

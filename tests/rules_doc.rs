//! docs/rules.md is generated from the rule registry (`rules::all()`, in `RuleId::ALL`'s order), so the docs
//! people read and the text `claimcheck explain` prints never drift apart. This test
//! fails when the file is stale; `CLAIMCHECK_BLESS=1 cargo test --test rules_doc`
//! rewrites it.

use std::fmt::Write as _;

const PATH: &str = "docs/rules.md";

/// The whole of docs/rules.md.
fn generate() -> String {
    let mut md = String::new();
    md.push_str("# Rules\n\n");
    md.push_str("<!-- Generated from src/rules by tests/rules_doc.rs; do not edit by hand.\n     Regenerate with: CLAIMCHECK_BLESS=1 cargo test --test rules_doc -->\n\n");
    md.push_str("Every rule can be set to `off`, `info`, `warning` or `error` under `rules:` in\n`claimcheck.yaml`, and silenced for one paragraph of Markdown or HTML copy with\n`<!-- claimcheck: ignore RULE reason=\"why\" -->`. `claimcheck explain RULE` prints the\nsame text as this page.\n\n");
    md.push_str("| rule | default | what it flags |\n|---|---|---|\n");
    for r in claimcheck::rules::all() {
        let anchor: String = r.id.as_str().chars().filter(|c| *c != '/').collect();
        let _ = writeln!(
            md,
            "| [`{}`](#{}) | {} | {} |",
            r.id,
            anchor,
            r.default_severity.as_str(),
            r.summary.trim().replace('|', "\\|")
        );
    }
    for r in claimcheck::rules::all() {
        let _ = write!(
            md,
            "\n## `{}`\n\nDefault severity: **{}**\n\n{}\n",
            r.id,
            r.default_severity.as_str(),
            r.doc.trim()
        );
    }
    md
}

#[test]
fn rules_md_is_current() {
    let want = generate();
    if std::env::var_os("CLAIMCHECK_BLESS").is_some() {
        std::fs::write(PATH, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        have == want,
        "{PATH} is out of date with the rule docs in src/rules.\nRegenerate it with:\n\n    CLAIMCHECK_BLESS=1 cargo test --test rules_doc\n"
    );
}

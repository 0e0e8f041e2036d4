//! SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers).
//!
//! One run; `tool.driver.rules[]` is the whole rule registry so a viewer can show any
//! rule's documentation; columns count Unicode code points (`columnKind`), as
//! [`Document::line_col`](crate::document::Document::line_col) does; every result
//! carries its content fingerprint in `partialFingerprints`, so code scanning follows a
//! finding across line shifts. Suppressed findings are not in the report's files and so
//! never reach SARIF.

use std::io::{self, Write};

use serde_json::{json, Map, Value};

use super::{Locator, Position, Report};
use crate::finding::{Finding, Related, Severity};
use crate::rules::{Rule, RuleId};

/// The SARIF schema the output conforms to.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Writes the report as one pretty-printed SARIF log and a newline; `rules_url` is the
/// published docs/rules.md each rule's `helpUri` points into (`--rules-url`).
pub fn render(report: &Report, rules_url: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    let value = to_value_with(report, rules_url);
    serde_json::to_writer_pretty(&mut *out, &value).map_err(io::Error::other)?;
    writeln!(out)
}

/// The SARIF log as a JSON value, with rule links only where Cargo.toml names the
/// repository.
pub fn to_value(report: &Report) -> Value {
    to_value_with(report, None)
}

/// The SARIF log as a JSON value; `helpUri` and `informationUri` point into `rules_url`
/// (else the repository Cargo.toml names, else they are left out).
pub fn to_value_with(report: &Report, rules_url: Option<&str>) -> Value {
    let rules_url = rules_url
        .map(str::to_string)
        .or_else(|| REPOSITORY.map(published_rules));
    let at = report.locator();
    let results: Vec<Value> = report
        .findings()
        .map(|f| {
            let mut r = result(f, &at);
            if let (Some(fix), Value::Object(m)) = (fixes(f, &at), &mut r) {
                m.insert("fixes".into(), fix);
            }
            r
        })
        .collect();
    let mut run = Map::new();
    run.insert(
        "tool".into(),
        json!({
            "driver": {
                "name": "claimcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": crate::rules::all()
                    .map(|r| rule(r, rules_url.as_deref()))
                    .collect::<Vec<_>>(),
            }
        }),
    );
    if let (Some(url), Some(Value::Object(driver))) = (
        rules_url.as_deref(),
        run.get_mut("tool").and_then(|t| t.get_mut("driver")),
    ) {
        driver.insert("informationUri".into(), json!(url));
    }
    run.insert("columnKind".into(), json!("unicodeCodePoints"));
    run.insert("results".into(), Value::Array(results));
    let notifications: Vec<Value> = report
        .errors
        .iter()
        .map(|e| json!({"level": "error", "message": {"text": e}}))
        .collect();
    run.insert(
        "invocations".into(),
        json!([{
            "executionSuccessful": report.errors.is_empty(),
            "toolExecutionNotifications": notifications,
        }]),
    );
    let mut props = Map::new();
    if let Some(d) = &report.records_digest {
        props.insert("recordsDigest".into(), json!(d));
    }
    if let Some(d) = &report.records_date {
        props.insert("recordsDate".into(), json!(d));
    }
    if !props.is_empty() {
        run.insert("properties".into(), Value::Object(props));
    }
    json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [Value::Object(run)],
    })
}

/// SARIF's `level` for a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule(r: &Rule, rules_url: Option<&str>) -> Value {
    let mut v = json!({
        "id": r.id,
        "name": r.id,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.doc},
        "help": {"text": r.doc, "markdown": r.doc},
        "defaultConfiguration": {"level": level(r.default_severity)},
    });
    if let (Some(url), Value::Object(m)) = (rules_url, &mut v) {
        m.insert("helpUri".into(), json!(help_uri(url, r.id)));
    }
    v
}

/// Where claimcheck is hosted (Cargo.toml's `repository`), when the build names it:
/// `helpUri` and `informationUri` point there. Without it they are left out rather
/// than guessed; every rule's whole documentation is in `help` either way.
const REPOSITORY: Option<&str> = match option_env!("CARGO_PKG_REPOSITORY") {
    Some(r) if !r.is_empty() => Some(r),
    _ => None,
};

/// docs/rules.md in the repository at `base`, at this version's tag.
fn published_rules(base: &str) -> String {
    format!(
        "{}/blob/v{}/docs/rules.md",
        base.trim_end_matches('/'),
        env!("CARGO_PKG_VERSION")
    )
}

/// The rule's section of the published docs/rules.md at `rules_url`.
pub fn help_uri(rules_url: &str, id: RuleId) -> String {
    format!("{}#{}", rules_url.trim_end_matches('#'), rule_anchor(id))
}

/// The anchor GitHub gives the heading ``## `record/contradicted` ``: lower case,
/// letters, digits, `-` and `_` kept, spaces as `-`, the rest dropped.
pub fn rule_anchor(id: RuleId) -> String {
    id.as_str()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

fn result(f: &Finding, at: &Locator) -> Value {
    let mut text = f.message.clone();
    for n in &f.notes {
        text.push_str("\nnote: ");
        text.push_str(n);
    }
    let mut r = Map::new();
    r.insert("ruleId".into(), json!(f.rule));
    if let Some(i) = RuleId::ALL.iter().position(|&r| r == f.rule) {
        r.insert("ruleIndex".into(), json!(i));
    }
    r.insert("level".into(), json!(level(f.severity)));
    r.insert("message".into(), json!({ "text": text }));
    r.insert(
        "locations".into(),
        json!([{ "physicalLocation": physical(&f.path, at.finding(f), &f.span) }]),
    );
    if !f.related.is_empty() {
        let related: Vec<Value> = f
            .related
            .iter()
            .enumerate()
            .map(|(i, rel)| related(i, rel, at))
            .collect();
        r.insert("relatedLocations".into(), Value::Array(related));
    }
    if !f.fingerprint.is_empty() {
        r.insert(
            "partialFingerprints".into(),
            json!({ "claimcheckFingerprint/v1": f.fingerprint }),
        );
    }
    let mut props = Map::new();
    if let Some(e) = &f.expected {
        props.insert("expected".into(), json!(e));
    }
    if let Some(a) = &f.actual {
        props.insert("actual".into(), json!(a));
    }
    if let Some(d) = f.duplicate {
        props.insert("words".into(), json!(d.words));
        props.insert("similarity".into(), json!(d.similarity));
    }
    if !props.is_empty() {
        r.insert("properties".into(), Value::Object(props));
    }
    Value::Object(r)
}

/// SARIF `fixes` for a finding with a computed value for exactly its span (see
/// [`super::fix::replacement`]): the copy's figure replaced by it.
fn fixes(f: &Finding, at: &Locator) -> Option<Value> {
    let doc = at.doc(&f.path)?;
    let (actual, expected) = super::fix::replacement(&doc.text, f)?;
    Some(json!([{
        "description": {"text": format!("Replace {actual} with {expected}")},
        "artifactChanges": [{
            "artifactLocation": {"uri": uri(&f.path)},
            "replacements": [{
                "deletedRegion": {
                    "byteOffset": f.span.start,
                    "byteLength": f.span.end - f.span.start,
                },
                "insertedContent": {"text": expected},
            }],
        }],
    }]))
}

fn related(i: usize, rel: &Related, at: &Locator) -> Value {
    json!({
        "id": i,
        "physicalLocation": physical(&rel.path, at.related(rel), &rel.span),
        "message": {"text": rel.message},
    })
}

fn physical(path: &str, p: Position, span: &std::ops::Range<usize>) -> Value {
    json!({
        "artifactLocation": {"uri": uri(path)},
        "region": {
            "startLine": p.line.max(1),
            "startColumn": p.column.max(1),
            "endLine": p.end_line.max(p.line).max(1),
            "endColumn": p.end_column.max(1),
            "byteOffset": span.start,
            "byteLength": span.end.saturating_sub(span.start),
        }
    })
}

/// A relative path as a URI reference: `/`-separated, everything outside RFC 3986's
/// unreserved set (and `/`) percent-encoded, so spaces and `#` in file names survive.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut s = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                s.push(b as char)
            }
            _ => s.push_str(&format!("%{b:02X}")),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule's anchor is a heading of docs/rules.md, so a `helpUri` lands on it.
    #[test]
    fn rule_anchors_are_headings_of_the_rules_page() {
        let page = include_str!("../../docs/rules.md");
        for r in RuleId::ALL {
            let heading = format!("\n## `{}`\n", r.as_str());
            assert!(page.contains(&heading), "{heading}");
            assert!(
                page.contains(&format!("(#{})", rule_anchor(r))),
                "docs/rules.md links #{}",
                rule_anchor(r)
            );
        }
        assert_eq!(
            help_uri(
                &published_rules("https://example.org/claimcheck/"),
                RuleId::Contradicted
            ),
            format!(
                "https://example.org/claimcheck/blob/v{}/docs/rules.md#recordcontradicted",
                env!("CARGO_PKG_VERSION")
            )
        );
        assert_eq!(
            help_uri(
                "https://example.org/claimcheck/blob/abc123/docs/rules.md",
                RuleId::Unsourced
            ),
            "https://example.org/claimcheck/blob/abc123/docs/rules.md#recordunsourced"
        );
    }

    #[test]
    fn uri_encodes_spaces_and_keeps_slashes() {
        assert_eq!(uri("articles/a b#1.txt"), "articles/a%20b%231.txt");
        assert_eq!(uri("a\\b.txt"), "a/b.txt");
        assert_eq!(uri("é.txt"), "%C3%A9.txt");
    }
}

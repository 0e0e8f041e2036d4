//! `claimcheck lsp`: a language server for editors. Each open Markdown, HTML or text
//! buffer is checked as it changes (its unsaved text, with the records and config found
//! from its file's folder), and its findings are published as diagnostics; a finding
//! with a computed value (the record's, or what the arithmetic gives) offers it as a
//! quick fix.
//!
//! The transport is rust-analyzer's `lsp-server` (JSON-RPC over the connection `main`
//! opens on stdio); the few LSP messages used are written as JSON here.

mod position;

use std::collections::HashMap;
use std::path::PathBuf;

use lsp_server::{Connection, Message, Notification, Request, Response};
use serde_json::{json, Value};

use crate::document::{Document, Format};
use crate::finding::{Finding, Severity};
use crate::settings::{Overrides, Settings};

pub use position::{lsp_position, path_of_uri};

/// An open buffer: its document and the findings last published for it.
struct Open {
    doc: Document,
    findings: Vec<Finding>,
}

/// Serves `conn` until the client asks to shut down and exits.
pub fn serve(conn: &Connection) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let capabilities = json!({
        "textDocumentSync": {"openClose": true, "change": 1},
        "codeActionProvider": {"codeActionKinds": ["quickfix"]},
    });
    conn.initialize(capabilities)?;
    let mut open: HashMap<String, Open> = HashMap::new();
    for msg in &conn.receiver {
        match msg {
            Message::Request(req) => {
                if conn.handle_shutdown(&req)? {
                    return Ok(());
                }
                conn.sender.send(Message::Response(answer(&req, &open)))?;
            }
            Message::Notification(n) => {
                if let Some((uri, published)) = notified(&n, &mut open) {
                    let params = json!({"uri": uri, "diagnostics": published});
                    conn.sender.send(Message::Notification(Notification::new(
                        "textDocument/publishDiagnostics".into(),
                        params,
                    )))?;
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(())
}

/// Handles a notification; the diagnostics to publish for a buffer, if it changed.
fn notified(n: &Notification, open: &mut HashMap<String, Open>) -> Option<(String, Value)> {
    let p = &n.params;
    let uri = p["textDocument"]["uri"].as_str()?.to_string();
    let text = match n.method.as_str() {
        "textDocument/didOpen" => p["textDocument"]["text"].as_str()?.to_string(),
        // full sync: the last change holds the whole text
        "textDocument/didChange" => p["contentChanges"]
            .as_array()?
            .last()?
            .get("text")?
            .as_str()?
            .to_string(),
        "textDocument/didClose" => {
            open.remove(&uri);
            return Some((uri, json!([])));
        }
        _ => return None,
    };
    let (doc, checked) = check(&uri, text);
    let published = match &checked {
        Ok(findings) => Value::Array(findings.iter().map(|f| diagnostic(&doc, f)).collect()),
        // the run could not be done: said once, at the buffer's start
        Err(e) => json!([{
            "range": range(&doc, &(0..0)),
            "severity": 1,
            "source": "claimcheck",
            "message": e,
        }]),
    };
    let findings = checked.unwrap_or_default();
    open.insert(uri.clone(), Open { doc, findings });
    Some((uri, published))
}

/// The buffer at `uri` checked with the config and records found from its file's
/// folder: its findings, or why the check could not be done (a config or record file
/// that does not parse).
fn check(uri: &str, text: String) -> (Document, Result<Vec<Finding>, String>) {
    let path = path_of_uri(uri).unwrap_or_else(|| PathBuf::from(uri));
    let shown = path.to_string_lossy().into_owned();
    let format = Format::from_path(&shown).unwrap_or(Format::Text);
    let doc = Document::from_text(shown, text, format);
    let loaded = Settings::resolve_for(&Overrides::default(), Some(&path)).and_then(|s| {
        let records = crate::run::load_records(&s)?;
        Ok((s, records))
    });
    let checked = loaded
        .map(|(s, r)| crate::run::check_buffer(&s, &r, doc.clone()))
        .map_err(|e| e.to_string());
    (doc, checked)
}

/// A finding as an LSP diagnostic.
fn diagnostic(doc: &Document, f: &Finding) -> Value {
    let mut message = f.message.clone();
    for n in &f.notes {
        message.push_str("\nnote: ");
        message.push_str(n);
    }
    json!({
        "range": range(doc, &f.span),
        "severity": match f.severity {
            Severity::Error => 1,
            Severity::Warning => 2,
            Severity::Info => 3,
        },
        "code": f.rule.as_str(),
        "source": "claimcheck",
        "message": message,
    })
}

fn range(doc: &Document, span: &std::ops::Range<usize>) -> Value {
    let (sl, sc) = lsp_position(&doc.text, span.start);
    let (el, ec) = lsp_position(&doc.text, span.end);
    json!({"start": {"line": sl, "character": sc}, "end": {"line": el, "character": ec}})
}

/// The quick fix of a finding: its span replaced by the computed value
/// ([`crate::report::fix::replacement`]).
fn fix(doc: &Document, f: &Finding) -> Option<(String, Value)> {
    let (actual, expected) = crate::report::fix::replacement(&doc.text, f)?;
    Some((
        format!("Replace {actual} with {expected}"),
        json!({"range": range(doc, &f.span), "newText": expected}),
    ))
}

/// The answer to a request: quick fixes for `textDocument/codeAction`, an error for
/// anything else.
fn answer(req: &Request, open: &HashMap<String, Open>) -> Response {
    if req.method != "textDocument/codeAction" {
        return Response::new_err(
            req.id.clone(),
            lsp_server::ErrorCode::MethodNotFound as i32,
            format!("claimcheck does not answer {}", req.method),
        );
    }
    let uri = req.params["textDocument"]["uri"].as_str().unwrap_or("");
    let wanted = &req.params["range"];
    let line = |v: &Value| v["line"].as_u64().unwrap_or(0);
    let (from, to) = (line(&wanted["start"]), line(&wanted["end"]));
    let actions: Vec<Value> = open
        .get(uri)
        .map(|o| {
            o.findings
                .iter()
                .filter(|f| {
                    let at = lsp_position(&o.doc.text, f.span.start).0 as u64;
                    (from..=to).contains(&at)
                })
                .filter_map(|f| {
                    let (title, edit) = fix(&o.doc, f)?;
                    Some(json!({
                        "title": title,
                        "kind": "quickfix",
                        "diagnostics": [diagnostic(&o.doc, f)],
                        "edit": {"changes": {uri: [edit]}},
                    }))
                })
                .collect()
        })
        .unwrap_or_default();
    Response::new_ok(req.id.clone(), actions)
}

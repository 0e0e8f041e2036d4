//! `claimcheck lsp` driven by a scripted client over stdio, as an editor drives it:
//! diagnostics published for an opened Markdown buffer (its unsaved text, the records
//! found from its folder), updated as it changes, cleared on close; the computed value
//! offered as a quick fix; shutdown and exit.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{ChildStdin, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

use serde_json::{json, Value};

mod common;

use common::{bin, write};

struct Client {
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its response (notifications met on the way are
    /// dropped).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.next();
            if m["id"] == id {
                return m;
            }
        }
    }

    fn next(&self) -> Value {
        self.incoming
            .recv_timeout(Duration::from_secs(60))
            .expect("the server answered within a minute")
    }

    /// The next diagnostics published.
    fn diagnostics(&self) -> Value {
        loop {
            let m = self.next();
            if m["method"] == "textDocument/publishDiagnostics" {
                return m["params"].clone();
            }
        }
    }
}

/// Reads framed messages from the server into a channel.
fn reader(out: impl Read + Send + 'static) -> Receiver<Value> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut r = BufReader::new(out);
        loop {
            let mut len = 0usize;
            loop {
                let mut line = String::new();
                if r.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some(n) = line.strip_prefix("Content-Length: ") {
                    len = n.parse().unwrap();
                }
            }
            let mut body = vec![0; len];
            if r.read_exact(&mut body).is_err() {
                return;
            }
            if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                return;
            }
        }
    });
    rx
}

/// (line, character, code, severity) of each diagnostic.
fn summary(params: &Value) -> Vec<(u64, u64, String, u64)> {
    params["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["range"]["start"]["line"].as_u64().unwrap(),
                d["range"]["start"]["character"].as_u64().unwrap(),
                d["code"].as_str().unwrap_or("").to_string(),
                d["severity"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn diagnostics_follow_the_buffer_and_offer_the_computed_value() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().canonicalize().unwrap();
    write(&d, "claimcheck.yaml", "rules:\n  record/unsourced: off\n");
    let path = write(&d, "articles/rents.md", "");
    let uri = format!("file://{}", path.display());
    let mut child = bin()
        .arg("lsp")
        .current_dir(&d)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut client = Client {
        stdin: child.stdin.take().unwrap(),
        incoming: reader(child.stdout.take().unwrap()),
        next_id: 0,
    };
    let init = client.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}}),
    );
    assert_eq!(
        init["result"]["capabilities"]["textDocumentSync"]["change"],
        1
    );
    client.notify("initialized", json!({}));

    // Unsaved text: the file on disk is empty. "£5" keeps UTF-16 columns honest.
    let text = "Fees of £5 aside, rents went from 100 to 134 last year, a 15% increase.\n";
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
    let published = client.diagnostics();
    assert_eq!(published["uri"], uri);
    assert_eq!(
        summary(&published),
        [(0, 58, "arithmetic/percent-change".to_string(), 1)]
    );
    let message = published["diagnostics"][0]["message"].as_str().unwrap();
    assert!(message.starts_with("from 100 to 134 is +34%"), "{message}");

    // The quick fix puts the computed value in place of the copy's.
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
            "context": {"diagnostics": []}
        }),
    );
    let action = &actions["result"][0];
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["title"], "Replace 15% with 34%");
    assert_eq!(
        action["edit"]["changes"][&uri],
        json!([{"range": {"start": {"line": 0, "character": 58}, "end": {"line": 0, "character": 61}}, "newText": "34%"}])
    );

    // Fixed as the editor types: the diagnostic goes.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"text": text.replace("15%", "34%")}]}),
    );
    assert_eq!(summary(&client.diagnostics()), []);

    // A record file that does not parse: one diagnostic says so.
    write(&d, "claims/bad.yaml", "- id: x\n  bogus: 1\n");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text}]}),
    );
    let broken = client.diagnostics();
    let m = broken["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        m.contains("claims/bad.yaml:2:3: unknown field `bogus`"),
        "{m}"
    );

    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(summary(&client.diagnostics()), []);

    let down = client.request("shutdown", json!(null));
    assert_eq!(down["result"], Value::Null);
    client.notify("exit", json!(null));
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

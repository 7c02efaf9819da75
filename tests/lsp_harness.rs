//! An in-process LSP client for the language-server tests: it talks to `dpa_lsp::serve` over a
//! pair of in-memory pipes with real `Content-Length` framing, answers the server's own
//! requests (`workspace/configuration`, …) and hands the test every other message.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf};
use tokio::sync::{mpsc, Mutex};
use tokio::task::JoinHandle;

/// Generous: tests run in debug builds on small CI machines, and a failure should never hang.
pub const TIMEOUT: Duration = Duration::from_secs(30);

type Writer = Arc<Mutex<WriteHalf<DuplexStream>>>;

pub struct Client {
    writer: Writer,
    incoming: mpsc::UnboundedReceiver<Value>,
    /// Messages received while waiting for something else, in arrival order.
    backlog: VecDeque<Value>,
    next_id: i64,
    server: JoinHandle<bool>,
    /// How long to wait for any one message.
    timeout: Duration,
}

/// A document URI that is not a file: no configuration or translation is read from disk.
pub fn memory_uri(name: &str) -> String {
    format!("untitled:{name}")
}

/// `initialize` parameters for a client offering the given position encodings.
pub fn initialize_params(encodings: &[&str], extra: Value) -> Value {
    let mut params = json!({
        "processId": null,
        "rootUri": null,
        "capabilities": {
            "general": { "positionEncodings": encodings },
            "textDocument": {
                "publishDiagnostics": { "versionSupport": true, "relatedInformation": true },
                "hover": { "contentFormat": ["markdown", "plaintext"] },
                "codeAction": { "codeActionLiteralSupport": { "codeActionKind": { "valueSet": ["quickfix"] } } },
                "documentSymbol": { "hierarchicalDocumentSymbolSupport": true }
            }
        }
    });
    if let (Some(params), Value::Object(extra)) = (params.as_object_mut(), extra) {
        params.extend(extra);
    }
    params
}

async fn write_message(writer: &Writer, message: &Value) {
    let body = message.to_string();
    let mut writer = writer.lock().await;
    let framed = format!("Content-Length: {}\r\n\r\n{body}", body.len());
    writer.write_all(framed.as_bytes()).await.expect("server input closed");
    writer.flush().await.expect("server input closed");
}

/// Reads framed messages until the server closes its output.
async fn read_messages(
    reader: ReadHalf<DuplexStream>,
    writer: Writer,
    configuration: Value,
    forward: mpsc::UnboundedSender<Value>,
) {
    let mut reader = BufReader::new(reader);
    loop {
        let mut length = None;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).await.unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse::<usize>().ok();
                }
            }
        }
        let mut body = vec![0; length.expect("a message without Content-Length")];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        let message: Value = serde_json::from_slice(&body).expect("the server sent invalid JSON");
        if let (Some(id), Some(method)) = (message.get("id"), message.get("method").and_then(Value::as_str)) {
            let result = match method {
                "workspace/configuration" => {
                    let items = message["params"]["items"].as_array().map_or(0, Vec::len);
                    Value::Array(vec![configuration.clone(); items])
                }
                _ => Value::Null,
            };
            write_message(&writer, &json!({ "jsonrpc": "2.0", "id": id, "result": result })).await;
        }
        if forward.send(message).is_err() {
            return;
        }
    }
}

impl Client {
    /// Starts a server; `configuration` is what the client answers to `workspace/configuration`.
    pub fn start(configuration: Value) -> Client {
        let (client_end, server_end) = tokio::io::duplex(1 << 16);
        let (server_input, server_output) = tokio::io::split(server_end);
        let server = tokio::spawn(dpa_lsp::serve(server_input, server_output));
        let (reader, writer) = tokio::io::split(client_end);
        let writer = Arc::new(Mutex::new(writer));
        let (forward, incoming) = mpsc::unbounded_channel();
        tokio::spawn(read_messages(reader, Arc::clone(&writer), configuration, forward));
        Client { writer, incoming, backlog: VecDeque::new(), next_id: 0, server, timeout: TIMEOUT }
    }

    /// Starts a server and completes the `initialize` handshake; returns the client and the
    /// server's `InitializeResult`.
    pub async fn initialized(params: Value) -> (Client, Value) {
        let mut client = Client::start(Value::Null);
        let result = client.request("initialize", params).await;
        client.notify("initialized", json!({})).await;
        (client, result["result"].clone())
    }

    /// Waits up to `timeout` for each message from now on (linting very large documents).
    #[allow(dead_code)] // Used by the latency benchmark in crates/dpa-lsp/benches, which includes this file.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        write_message(&self.writer, &json!({ "jsonrpc": "2.0", "method": method, "params": params })).await;
    }

    /// Sends a request and returns the whole response (with `result` or `error`).
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        write_message(&self.writer, &json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params })).await;
        self.receive(|message| message.get("method").is_none() && message["id"] == json!(id)).await
    }

    /// The first message (already received or still to come) that `wanted` accepts; the others
    /// stay in the backlog for later calls.
    pub async fn receive(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self.backlog.iter().position(&wanted) {
            return self.backlog.remove(at).expect("position is in range");
        }
        let deadline = tokio::time::Instant::now() + self.timeout;
        loop {
            let message = tokio::time::timeout_at(deadline, self.incoming.recv())
                .await
                .expect("timed out waiting for a message from the server")
                .expect("the server closed its output");
            if wanted(&message) {
                return message;
            }
            self.backlog.push_back(message);
        }
    }

    /// Everything received up to and including the first message `wanted` accepts, in arrival
    /// order (the backlog first).
    pub async fn collect_until(&mut self, wanted: impl Fn(&Value) -> bool) -> Vec<Value> {
        let mut collected: Vec<Value> = Vec::new();
        while let Some(message) = self.backlog.pop_front() {
            let done = wanted(&message);
            collected.push(message);
            if done {
                return collected;
            }
        }
        let deadline = tokio::time::Instant::now() + self.timeout;
        loop {
            let message = tokio::time::timeout_at(deadline, self.incoming.recv())
                .await
                .expect("timed out waiting for a message from the server")
                .expect("the server closed its output");
            let done = wanted(&message);
            collected.push(message);
            if done {
                return collected;
            }
        }
    }

    /// The next `publishDiagnostics` for `uri` (its params).
    pub async fn diagnostics(&mut self, uri: &str) -> Value {
        let message = self.receive(|message| is_diagnostics_for(message, uri, None)).await;
        message["params"].clone()
    }

    /// The `publishDiagnostics` for `uri` at `version`, skipping any for older versions.
    pub async fn diagnostics_at(&mut self, uri: &str, version: i64) -> Value {
        let message = self.receive(|message| is_diagnostics_for(message, uri, Some(version))).await;
        message["params"].clone()
    }

    /// Waits `quiet` and returns every message that arrived meanwhile (and the backlog).
    pub async fn drain(&mut self, quiet: Duration) -> Vec<Value> {
        tokio::time::sleep(quiet).await;
        while let Ok(message) = self.incoming.try_recv() {
            self.backlog.push_back(message);
        }
        self.backlog.drain(..).collect()
    }

    pub async fn open(&mut self, uri: &str, version: i64, text: &str) {
        let document = json!({ "uri": uri, "languageId": "dpa", "version": version, "text": text });
        self.notify("textDocument/didOpen", json!({ "textDocument": document })).await;
    }

    /// One `didChange` with the given content changes (`{"range": …, "text": …}` or `{"text": …}`).
    pub async fn change(&mut self, uri: &str, version: i64, changes: Value) {
        let params = json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": changes });
        self.notify("textDocument/didChange", params).await;
    }

    /// `shutdown` then `exit`; returns what `serve` returned (whether the shutdown was clean).
    pub async fn shutdown_and_exit(mut self) -> bool {
        let response = self.request("shutdown", Value::Null).await;
        assert_eq!(response["result"], Value::Null, "shutdown failed: {response}");
        self.notify("exit", Value::Null).await;
        self.exit_status().await
    }

    /// Waits for the server task to end (after `exit`).
    pub async fn exit_status(self) -> bool {
        tokio::time::timeout(self.timeout, self.server)
            .await
            .expect("the server did not exit")
            .expect("the server panicked")
    }
}

pub fn is_diagnostics_for(message: &Value, uri: &str, version: Option<i64>) -> bool {
    message["method"] == "textDocument/publishDiagnostics"
        && message["params"]["uri"] == uri
        && version.is_none_or(|version| message["params"]["version"] == json!(version))
}

/// LSP position `{line, character}`.
pub fn position(line: u32, character: u32) -> Value {
    json!({ "line": line, "character": character })
}

pub fn range(start: (u32, u32), end: (u32, u32)) -> Value {
    json!({ "start": position(start.0, start.1), "end": position(end.0, end.1) })
}

/// The diagnostics of a `publishDiagnostics` whose code is one of `rules`.
pub fn only_rules(params: &Value, rules: &[&str]) -> Vec<Value> {
    params["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|diagnostic| diagnostic["code"].as_str().is_some_and(|code| rules.contains(&code)))
        .cloned()
        .collect()
}

/// `(code, range)` pairs, compact enough for snapshots that should not depend on wording.
pub fn codes_and_ranges(diagnostics: &[Value]) -> Vec<Value> {
    diagnostics.iter().map(|diagnostic| json!([diagnostic["code"], diagnostic["range"]])).collect()
}

/// Applies LSP text edits (all relative to `text`) in the given position encoding.
pub fn apply_edits(text: &str, edits: &[Value], utf8: bool) -> String {
    let offset = |position: &Value| {
        let line = position["line"].as_u64().unwrap_or(0) as usize;
        let character = position["character"].as_u64().unwrap_or(0) as usize;
        let line_start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut consumed = 0;
        for (at, ch) in text[line_start..].char_indices() {
            if consumed >= character || ch == '\n' {
                return line_start + at;
            }
            consumed += if utf8 { ch.len_utf8() } else { ch.len_utf16() };
        }
        text.len()
    };
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|edit| {
            (offset(&edit["range"]["start"]), offset(&edit["range"]["end"]), edit["newText"].as_str().unwrap_or(""))
        })
        .collect();
    spans.sort_by_key(|(start, end, _)| std::cmp::Reverse((*start, *end)));
    let mut result = text.to_string();
    for (start, end, new_text) in spans {
        result.replace_range(start..end, new_text);
    }
    result
}

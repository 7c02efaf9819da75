//! dpa-lsp: the language server of dpa-lint.
//!
//! A thin adapter between the Language Server Protocol and `dpa-core`: the core knows nothing of
//! LSP, and this crate knows nothing of GDPR beyond what the core and the lexicon tell it.
//!
//! Invariants:
//! - Document state changes only in the synchronous prefix of `didOpen`/`didChange`/`didClose`;
//!   stale versions are ignored, so edits apply in the client's order.
//! - Linting runs on blocking threads, debounced, and only the latest generation of a document
//!   is published, with its version; closing a document clears its diagnostics.
//! - Each version of a text is parsed once: the lint and the semantic tokens share the parse,
//!   and highlighting never waits for a lint.
//! - A panic while linting or answering a request fails that one piece of work, never the server.
//! - Positions are converted only through `dpa_syntax::LineIndex`, in the negotiated encoding.
#![deny(clippy::print_stdout)]

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

mod analysis;
mod code_actions;
mod completion;
mod diagnostics;
mod documents;
mod hover;
mod navigation;
mod position;
mod semantic_tokens;
mod server;
mod settings;
mod symbols;

pub use server::{Backend, DEBOUNCE};

/// Serves one client over a pair of byte streams with LSP (`Content-Length`) framing; returns
/// whether the client asked for a `shutdown` before `exit`.
pub async fn serve<I, O>(input: I, output: O) -> bool
where
    I: AsyncRead + Unpin,
    O: AsyncWrite,
{
    let shut_down = Arc::new(AtomicBool::new(false));
    let (service, socket) = LspService::new({
        let shut_down = Arc::clone(&shut_down);
        move |client| Backend::new(client, shut_down)
    });
    Server::new(input, output, socket).serve(service).await;
    shut_down.load(Ordering::SeqCst)
}

/// Runs the server on standard input and output until the client says `exit`, and returns the
/// process exit status: 0 after a `shutdown` request, 1 without one (as the protocol asks), 2 when
/// the server could not start.
pub fn run_stdio() -> u8 {
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("dpa-lsp: cannot start the async runtime: {error}");
            return 2;
        }
    };
    let clean = runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    // A lint still running on a blocking thread must not delay the exit.
    runtime.shutdown_background();
    if clean {
        0
    } else {
        1
    }
}

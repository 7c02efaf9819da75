//! The `LanguageServer` implementation: document sync, background linting and the request
//! handlers, which only translate between LSP and the feature modules.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::{Duration, Instant};

use dpa_core::Lang;
use dpa_syntax::{ColumnUnit, Parse};
use tokio::task::JoinError;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use crate::analysis::{Analysis, Environment};
use crate::documents::{ChangeOutcome, DocumentStore, Snapshot};
use crate::settings::{Settings, SECTION};
use crate::{code_actions, completion, diagnostics, hover, navigation, position, semantic_tokens, symbols};

/// The longest pause in typing a document waits for before it is linted again.
pub const DEBOUNCE: Duration = Duration::from_millis(100);

/// The shortest such pause, so that a burst of keystrokes is still linted once.
const MIN_DEBOUNCE: Duration = Duration::from_millis(10);

/// How long typing must pause before a document is linted again: as long as its last lint took,
/// within [`MIN_DEBOUNCE`] and [`DEBOUNCE`]. A lint started sooner would most likely be made
/// useless by the next keystroke, and on a contract that lints in a few milliseconds a fixed
/// 100 ms would be most of the wait for its diagnostics.
fn debounce(lint_time: Option<Duration>) -> Duration {
    lint_time.map_or(DEBOUNCE, |time| time.clamp(MIN_DEBOUNCE, DEBOUNCE))
}

pub struct Backend {
    client: Client,
    shared: Arc<Shared>,
}

struct Shared {
    documents: Mutex<DocumentStore>,
    session: RwLock<Session>,
    /// Held while deciding whether to publish and publishing, so that a closed or re-edited
    /// document never receives diagnostics computed for an older state.
    publishing: tokio::sync::Mutex<()>,
    /// Set by `shutdown`; an `exit` without it is an error exit (LSP §exit).
    shut_down: Arc<AtomicBool>,
    /// Configuration errors already shown, so that each is shown once, not on every keystroke.
    reported_config_errors: Mutex<HashSet<String>>,
}

#[derive(Default)]
struct Session {
    unit: Option<ColumnUnit>,
    locale: Option<String>,
    settings: Settings,
    root: Option<PathBuf>,
    /// The client answers `workspace/configuration`.
    pulls_configuration: bool,
}

/// What a feature needs besides the analysis.
#[derive(Clone)]
struct View {
    uri: Uri,
    unit: ColumnUnit,
    lang: Lang,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Runs a synchronous step of a notification handler; a panic comes back as its message instead
/// of unwinding into the server's event loop.
fn guarded<T>(step: impl FnOnce() -> T) -> std::result::Result<T, String> {
    catch_unwind(AssertUnwindSafe(step)).map_err(|panic| panic_message(panic.as_ref()))
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// Runs CPU-bound work on a blocking thread; a panic there comes back as its message.
async fn run_blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> std::result::Result<T, String> {
    tokio::task::spawn_blocking(work).await.map_err(|error: JoinError| match error.try_into_panic() {
        Ok(panic) => panic_message(panic.as_ref()),
        Err(error) => error.to_string(),
    })
}

impl Backend {
    pub fn new(client: Client, shut_down: Arc<AtomicBool>) -> Self {
        let shared = Shared {
            documents: Mutex::default(),
            session: RwLock::default(),
            publishing: tokio::sync::Mutex::default(),
            shut_down,
            reported_config_errors: Mutex::default(),
        };
        Backend { client, shared: Arc::new(shared) }
    }
}

impl Shared {
    fn session(&self) -> std::sync::RwLockReadGuard<'_, Session> {
        self.session.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn view(&self, uri: &Uri) -> View {
        let session = self.session();
        View {
            uri: uri.clone(),
            unit: session.unit.unwrap_or(ColumnUnit::Utf16),
            lang: session.settings.message_language(session.locale.as_deref()),
        }
    }

    fn environment(&self) -> Environment {
        let session = self.session();
        Environment { settings: session.settings.clone(), root: session.root.clone() }
    }

    /// The analysis of this snapshot, computed at most once per generation, off the runtime,
    /// after any analysis of the same document already running.
    async fn analysis(&self, snapshot: &Snapshot) -> std::result::Result<Arc<Analysis>, String> {
        if let Some(done) = snapshot.analysis.get() {
            return Ok(Arc::clone(done));
        }
        let _turn = snapshot.turn.lock().await;
        self.analyse(snapshot).await
    }

    /// Computes (or reuses) the analysis; the caller holds the document's turn.
    async fn analyse(&self, snapshot: &Snapshot) -> std::result::Result<Arc<Analysis>, String> {
        let environment = self.environment();
        let cell = Arc::clone(&snapshot.analysis);
        let uri = snapshot.uri.clone();
        let snapshot = snapshot.clone();
        let analysis = cell
            .get_or_try_init(|| async {
                let started = Instant::now();
                let analysis = run_blocking(move || Arc::new(Analysis::compute(&snapshot, &environment))).await?;
                lock(&self.documents).record_lint_time(&uri, started.elapsed());
                Ok::<_, String>(analysis)
            })
            .await?;
        Ok(Arc::clone(analysis))
    }
}

impl Backend {
    fn unit(&self) -> ColumnUnit {
        self.shared.session().unit.unwrap_or(ColumnUnit::Utf16)
    }

    /// Lints one generation of a document after `delay` and publishes the result, unless the
    /// document changed or closed in the meantime.
    fn schedule_lint(&self, uri: Uri, generation: u64, delay: Duration) {
        let shared = Arc::clone(&self.shared);
        let client = self.client.clone();
        tokio::spawn(async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            let snapshot = lock(&shared.documents).snapshot(&uri).filter(|snapshot| snapshot.generation == generation);
            let Some(snapshot) = snapshot else { return };
            let turn = snapshot.turn.lock().await;
            // Versions typed while an earlier analysis ran are skipped: only the latest is linted.
            if !lock(&shared.documents).is_current(&uri, generation) {
                return;
            }
            let analysis = shared.analyse(&snapshot).await;
            drop(turn);
            let analysis = match analysis {
                Ok(analysis) => analysis,
                Err(panic) => {
                    let message = format!("dpa-lsp: linting {} failed: {panic}", uri.as_str());
                    client.log_message(MessageType::ERROR, message).await;
                    return;
                }
            };
            let view = shared.view(&uri);
            for error in &analysis.config_errors {
                let message = format!("dpa-lint: {}", error.message(view.lang));
                if lock(&shared.reported_config_errors).insert(message.clone()) {
                    client.show_message(MessageType::WARNING, message).await;
                }
            }
            let positions = analysis.positions(view.unit);
            let diagnostics = analysis
                .report
                .findings
                .iter()
                .map(|finding| diagnostics::to_diagnostic(finding, &uri, positions, view.lang))
                .collect();
            let _publishing = shared.publishing.lock().await;
            if lock(&shared.documents).is_current(&uri, generation) {
                client.publish_diagnostics(uri, diagnostics, Some(analysis.version)).await;
            }
        });
    }

    async fn log_failure(&self, action: &str, uri: &Uri, panic: String) {
        let message = format!("dpa-lsp: {action} {} failed: {panic}", uri.as_str());
        self.client.log_message(MessageType::ERROR, message).await;
    }

    /// Starts a new generation of every open document and lints it (settings changed).
    fn relint_all(&self) {
        let generations: Vec<(Uri, u64)> = {
            let mut documents = lock(&self.shared.documents);
            documents
                .uris()
                .into_iter()
                .filter_map(|uri| documents.invalidate(&uri).map(|generation| (uri, generation)))
                .collect()
        };
        for (uri, generation) in generations {
            self.schedule_lint(uri, generation, Duration::ZERO);
        }
    }

    async fn pull_configuration(&self) -> Option<Settings> {
        let item = ConfigurationItem { scope_uri: None, section: Some(SECTION.to_string()) };
        let values = self.client.configuration(vec![item]).await.ok()?;
        values.first().and_then(|value| Settings::from_json(&serde_json::json!({ SECTION: value })))
    }

    fn apply_settings(&self, settings: Settings) {
        let changed = {
            let mut session = self.shared.session.write().unwrap_or_else(PoisonError::into_inner);
            let changed = session.settings != settings;
            session.settings = settings;
            changed
        };
        if changed {
            self.relint_all();
        }
    }

    /// Runs a feature on the current analysis of a document, off the runtime; `None` when the
    /// document is not open. A panic becomes an internal error for this request only.
    async fn with_analysis<T, F>(&self, uri: &Uri, feature: F) -> Result<Option<T>>
    where
        T: Send + 'static,
        F: FnOnce(&Analysis, &View) -> T + Send + 'static,
    {
        let Some(snapshot) = lock(&self.shared.documents).snapshot(uri) else {
            return Ok(None);
        };
        let analysis = self.shared.analysis(&snapshot).await.map_err(internal_error)?;
        let view = self.shared.view(uri);
        run_blocking(move || feature(&analysis, &view)).await.map(Some).map_err(internal_error)
    }

    /// Runs a feature on the current text and its parse, off the runtime, without waiting for
    /// a lint; `None` when the document is not open.
    async fn with_syntax<T, F>(&self, uri: &Uri, feature: F) -> Result<Option<T>>
    where
        T: Send + 'static,
        F: FnOnce(&Snapshot, &Parse, &View) -> T + Send + 'static,
    {
        let Some(snapshot) = lock(&self.shared.documents).snapshot(uri) else {
            return Ok(None);
        };
        let view = self.shared.view(uri);
        run_blocking(move || feature(&snapshot, &snapshot.parse(), &view)).await.map(Some).map_err(internal_error)
    }
}

fn internal_error(message: String) -> Error {
    Error { message: format!("dpa-lsp: {message}").into(), ..Error::internal_error() }
}

fn capabilities(unit: ColumnUnit) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(position::encoding_kind(unit)),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::INCREMENTAL),
            ..TextDocumentSyncOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(completion::TRIGGERS.iter().map(|c| c.to_string()).collect()),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: semantic_tokens::legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                ..SemanticTokensOptions::default()
            },
        )),
        ..ServerCapabilities::default()
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let unit = position::negotiate(&params.capabilities);
        {
            let mut session = self.shared.session.write().unwrap_or_else(PoisonError::into_inner);
            session.unit = Some(unit);
            session.locale = params.locale.clone();
            session.pulls_configuration =
                params.capabilities.workspace.as_ref().and_then(|workspace| workspace.configuration).unwrap_or(false);
            session.settings = params.initialization_options.as_ref().and_then(Settings::from_json).unwrap_or_default();
            #[allow(deprecated)] // `root_uri` is what older clients send instead of workspace folders.
            let root = params.workspace_folders.as_ref().and_then(|folders| folders.first()).map(|folder| &folder.uri);
            #[allow(deprecated)]
            let root = root.or(params.root_uri.as_ref());
            session.root = root.and_then(|uri| uri.to_file_path()).map(|path| path.into_owned());
        }
        Ok(InitializeResult {
            capabilities: capabilities(unit),
            server_info: Some(ServerInfo {
                name: "dpa-lsp".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        if self.shared.session().pulls_configuration {
            if let Some(settings) = self.pull_configuration().await {
                self.apply_settings(settings);
            }
        }
    }

    async fn shutdown(&self) -> Result<()> {
        self.shared.shut_down.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        let uri = document.uri.clone();
        match guarded(|| lock(&self.shared.documents).open(document.uri, document.text, document.version)) {
            Ok(generation) => self.schedule_lint(uri, generation, Duration::ZERO),
            Err(panic) => self.log_failure("opening", &uri, panic).await,
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let unit = self.unit();
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        let outcome = guarded(|| lock(&self.shared.documents).change(&uri, version, params.content_changes, unit));
        match outcome {
            Ok(ChangeOutcome::Applied { generation }) => {
                let delay = debounce(lock(&self.shared.documents).lint_time(&uri));
                self.schedule_lint(uri, generation, delay)
            }
            Ok(ChangeOutcome::Stale) => {
                let message = format!("dpa-lsp: ignored change to {} at stale version {version}", uri.as_str());
                self.client.log_message(MessageType::LOG, message).await;
            }
            Ok(ChangeOutcome::Unknown) => {}
            Err(panic) => self.log_failure("editing", &uri, panic).await,
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let closed = guarded(|| lock(&self.shared.documents).close(&uri));
        if let Err(panic) = &closed {
            self.log_failure("closing", &uri, panic.clone()).await;
        }
        if closed == Ok(true) {
            let _publishing = self.shared.publishing.lock().await;
            self.client.publish_diagnostics(uri, Vec::new(), None).await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let settings = match Settings::from_json(&params.settings) {
            Some(settings) => Some(settings),
            None if self.shared.session().pulls_configuration => self.pull_configuration().await,
            None => None,
        };
        if let Some(settings) = settings {
            self.apply_settings(settings);
        }
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params.position;
        let uri = params.text_document_position_params.text_document.uri;
        let result = self
            .with_analysis(&uri, move |analysis, view| {
                let positions = analysis.positions(view.unit);
                hover::hover(analysis, positions.offset(at), view.lang).map(|(markdown, span)| Hover {
                    contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: markdown }),
                    range: Some(positions.range(span)),
                })
            })
            .await?;
        Ok(result.flatten())
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position.position;
        let uri = params.text_document_position.text_document.uri;
        let result = self
            .with_analysis(&uri, move |analysis, view| {
                let items = completion::complete(analysis, at, view.unit, view.lang);
                (!items.is_empty()).then_some(CompletionResponse::Array(items))
            })
            .await?;
        Ok(result.flatten())
    }

    async fn goto_definition(&self, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params.position;
        let uri = params.text_document_position_params.text_document.uri;
        let result = self
            .with_analysis(&uri, move |analysis, view| {
                let positions = analysis.positions(view.unit);
                let (target, _) = navigation::target_at(analysis, positions.offset(at))?;
                let span = navigation::definition(&analysis.report.document, &target)?;
                Some(GotoDefinitionResponse::Scalar(Location::new(view.uri.clone(), positions.range(span))))
            })
            .await?;
        Ok(result.flatten())
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position.position;
        let uri = params.text_document_position.text_document.uri;
        let include_declaration = params.context.include_declaration;
        let result = self
            .with_analysis(&uri, move |analysis, view| {
                let positions = analysis.positions(view.unit);
                let (target, _) = navigation::target_at(analysis, positions.offset(at))?;
                let spans = navigation::references(analysis, &target, include_declaration);
                Some(spans.into_iter().map(|span| Location::new(view.uri.clone(), positions.range(span))).collect())
            })
            .await?;
        Ok(result.flatten())
    }

    async fn document_symbol(&self, params: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        let result = self
            .with_analysis(&params.text_document.uri, |analysis, view| {
                DocumentSymbolResponse::Nested(symbols::document_symbols(analysis, view.unit, view.lang))
            })
            .await?;
        Ok(result)
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        if !code_actions::wants_quick_fixes(params.context.only.as_deref()) {
            return Ok(None);
        }
        let range = params.range;
        let result = self
            .with_analysis(&params.text_document.uri, move |analysis, view| {
                let span = analysis.positions(view.unit).span(range);
                code_actions::code_actions(analysis, &view.uri, view.unit, view.lang, span)
            })
            .await?;
        Ok(result)
    }

    async fn semantic_tokens_full(&self, params: SemanticTokensParams) -> Result<Option<SemanticTokensResult>> {
        let result = self
            .with_syntax(&params.text_document.uri, |snapshot, parse, view| {
                SemanticTokensResult::Tokens(SemanticTokens {
                    result_id: None,
                    data: semantic_tokens::semantic_tokens(&snapshot.text, &snapshot.index, parse, view.unit),
                })
            })
            .await?;
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_panic_on_a_blocking_thread_becomes_an_error() {
        let failed = run_blocking(|| -> usize { panic!("lint blew up on {}", "contract.dpa") }).await;
        assert_eq!(failed, Err("lint blew up on contract.dpa".to_string()));
        assert_eq!(run_blocking(|| 42).await, Ok(42));
    }

    #[test]
    fn the_debounce_follows_the_last_lint_time_within_bounds() {
        assert_eq!(debounce(None), DEBOUNCE);
        assert_eq!(debounce(Some(Duration::from_micros(300))), MIN_DEBOUNCE);
        assert_eq!(debounce(Some(Duration::from_millis(42))), Duration::from_millis(42));
        assert_eq!(debounce(Some(Duration::from_secs(3))), DEBOUNCE);
    }

    #[test]
    fn a_panic_in_a_notification_step_becomes_an_error() {
        assert_eq!(guarded(|| -> u8 { panic!("static message") }), Err("static message".to_string()));
        let store = Mutex::new(DocumentStore::default());
        let _ = guarded(|| {
            let _held = lock(&store);
            panic!("while holding the lock")
        });
        // The poisoned lock stays usable.
        assert!(lock(&store).uris().is_empty());
    }
}

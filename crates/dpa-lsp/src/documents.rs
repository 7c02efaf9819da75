//! The open documents. Every mutation happens synchronously at the start of a notification
//! handler, before any `.await`, so edits apply in the order the client sent them even though
//! handlers run concurrently; versions guard against anything that still arrives late.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use dpa_syntax::{ColumnUnit, LineIndex, Parse};
use tokio::sync::OnceCell;
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};

use crate::analysis::Analysis;
use crate::position::Positions;

/// A lazily computed analysis, shared by everyone who asks for the same generation so that a
/// hover arriving during linting waits for that lint instead of starting another.
pub type AnalysisCell = Arc<OnceCell<Arc<Analysis>>>;

/// Held while a document is analysed: one analysis per document at a time, so that a long lint
/// is never joined by lints of the versions typed meanwhile; the next one starts when it ends,
/// on the latest version.
pub type AnalysisTurn = Arc<tokio::sync::Mutex<()>>;

/// The parse of one version of the text, made once and shared by the lint and the syntax
/// highlighting, which does not wait for the lint. Kept across a settings change.
pub type SyntaxCell = Arc<OnceLock<Arc<Parse>>>;

struct Document {
    text: Arc<String>,
    index: Arc<LineIndex>,
    version: i32,
    /// Changes on every edit and every settings change; background work for an older generation
    /// is dropped instead of published.
    generation: u64,
    analysis: AnalysisCell,
    turn: AnalysisTurn,
    syntax: SyntaxCell,
    /// How long the last analysis of this document took.
    lint_time: Option<Duration>,
}

/// Everything needed to analyse one state of a document off the lock.
#[derive(Clone)]
pub struct Snapshot {
    pub uri: Uri,
    pub text: Arc<String>,
    pub index: Arc<LineIndex>,
    pub version: i32,
    pub generation: u64,
    pub analysis: AnalysisCell,
    pub turn: AnalysisTurn,
    pub syntax: SyntaxCell,
}

impl Snapshot {
    /// The parse of this version, made on first use; call it off the async runtime.
    pub fn parse(&self) -> Arc<Parse> {
        Arc::clone(self.syntax.get_or_init(|| Arc::new(dpa_syntax::parse(&self.text))))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeOutcome {
    Applied {
        generation: u64,
    },
    /// The version is not newer than the one held: the change is ignored.
    Stale,
    /// The document is not open.
    Unknown,
}

#[derive(Default)]
pub struct DocumentStore {
    documents: HashMap<Uri, Document>,
    next_generation: u64,
}

impl DocumentStore {
    fn bump(&mut self) -> u64 {
        self.next_generation += 1;
        self.next_generation
    }

    /// Opens (or reopens, replacing) a document; returns its generation.
    pub fn open(&mut self, uri: Uri, text: String, version: i32) -> u64 {
        let generation = self.bump();
        let index = Arc::new(LineIndex::new(&text));
        let document = Document {
            text: Arc::new(text),
            index,
            version,
            generation,
            analysis: AnalysisCell::default(),
            turn: AnalysisTurn::default(),
            syntax: SyntaxCell::default(),
            lint_time: None,
        };
        self.documents.insert(uri, document);
        generation
    }

    /// Applies content changes in order, each relative to the text left by the previous one
    /// (so overlapping changes compose as the protocol says).
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        unit: ColumnUnit,
    ) -> ChangeOutcome {
        let generation = self.next_generation + 1;
        let Some(document) = self.documents.get_mut(uri) else {
            return ChangeOutcome::Unknown;
        };
        if version <= document.version {
            return ChangeOutcome::Stale;
        }
        let text = Arc::make_mut(&mut document.text);
        let mut index = LineIndex::clone(&document.index);
        for change in changes {
            match change.range {
                Some(range) => {
                    let span = Positions::new(text, &index, unit).span(range);
                    text.replace_range(span.start..span.end, &change.text);
                }
                None => *text = change.text,
            }
            index = LineIndex::new(text);
        }
        document.index = Arc::new(index);
        document.version = version;
        document.generation = generation;
        document.analysis = AnalysisCell::default();
        document.syntax = SyntaxCell::default();
        self.next_generation = generation;
        ChangeOutcome::Applied { generation }
    }

    pub fn close(&mut self, uri: &Uri) -> bool {
        self.documents.remove(uri).is_some()
    }

    /// Starts a new generation without an edit (settings changed); returns it.
    pub fn invalidate(&mut self, uri: &Uri) -> Option<u64> {
        let generation = self.next_generation + 1;
        let document = self.documents.get_mut(uri)?;
        document.generation = generation;
        document.analysis = AnalysisCell::default();
        self.next_generation = generation;
        Some(generation)
    }

    pub fn uris(&self) -> Vec<Uri> {
        self.documents.keys().cloned().collect()
    }

    pub fn lint_time(&self, uri: &Uri) -> Option<Duration> {
        self.documents.get(uri).and_then(|document| document.lint_time)
    }

    pub fn record_lint_time(&mut self, uri: &Uri, time: Duration) {
        if let Some(document) = self.documents.get_mut(uri) {
            document.lint_time = Some(time);
        }
    }

    pub fn is_current(&self, uri: &Uri, generation: u64) -> bool {
        self.documents.get(uri).is_some_and(|document| document.generation == generation)
    }

    pub fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        self.documents.get(uri).map(|document| Snapshot {
            uri: uri.clone(),
            text: Arc::clone(&document.text),
            index: Arc::clone(&document.index),
            version: document.version,
            generation: document.generation,
            analysis: Arc::clone(&document.analysis),
            turn: Arc::clone(&document.turn),
            syntax: Arc::clone(&document.syntax),
        })
    }

    #[cfg(test)]
    fn text(&self, uri: &Uri) -> Option<&str> {
        self.documents.get(uri).map(|document| document.text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn uri() -> Uri {
        "file:///contract.dpa".parse().unwrap()
    }

    fn edit(start: (u32, u32), end: (u32, u32), text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(start.0, start.1), Position::new(end.0, end.1))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn stale_versions_are_ignored() {
        let mut store = DocumentStore::default();
        store.open(uri(), "abc".into(), 1);
        assert!(matches!(
            store.change(&uri(), 3, vec![edit((0, 0), (0, 1), "X")], ColumnUnit::Utf16),
            ChangeOutcome::Applied { .. }
        ));
        assert_eq!(store.change(&uri(), 2, vec![edit((0, 0), (0, 3), "")], ColumnUnit::Utf16), ChangeOutcome::Stale);
        assert_eq!(store.text(&uri()), Some("Xbc"));
    }

    #[test]
    fn changes_in_one_notification_compose() {
        let mut store = DocumentStore::default();
        store.open(uri(), "one\r\ntwo 😀 three".into(), 1);
        let changes = vec![
            edit((1, 4), (1, 6), "emoji"),
            // Overlaps the text inserted by the previous change.
            edit((1, 2), (1, 7), "-"),
            TextDocumentContentChangeEvent { range: None, range_length: None, text: "reset\n".into() },
            edit((1, 0), (1, 0), "tail"),
        ];
        store.change(&uri(), 2, changes, ColumnUnit::Utf16);
        assert_eq!(store.text(&uri()), Some("reset\ntail"));

        store.open(uri(), "two 😀 three".into(), 1);
        store.change(&uri(), 2, vec![edit((0, 4), (0, 6), "emoji"), edit((0, 2), (0, 7), "-")], ColumnUnit::Utf16);
        assert_eq!(store.text(&uri()), Some("tw-ji three"));
    }

    #[test]
    fn one_parse_per_text_kept_across_a_settings_change() {
        let mut store = DocumentStore::default();
        store.open(uri(), "# Audits {audit}\n".into(), 1);
        let first = store.snapshot(&uri()).unwrap().parse();
        assert!(Arc::ptr_eq(&first, &store.snapshot(&uri()).unwrap().parse()));
        store.invalidate(&uri());
        assert!(Arc::ptr_eq(&first, &store.snapshot(&uri()).unwrap().parse()), "settings do not change the text");
        store.change(&uri(), 2, vec![edit((0, 0), (0, 0), "x")], ColumnUnit::Utf16);
        let edited = store.snapshot(&uri()).unwrap().parse();
        assert!(!Arc::ptr_eq(&first, &edited));
        assert_eq!(edited.tree.blocks.len(), 1);
    }

    #[test]
    fn generations_change_on_edit_and_invalidation() {
        let mut store = DocumentStore::default();
        let first = store.open(uri(), "a".into(), 1);
        let ChangeOutcome::Applied { generation: second } = store.change(&uri(), 2, vec![], ColumnUnit::Utf8) else {
            panic!("change refused");
        };
        assert!(second > first && store.is_current(&uri(), second) && !store.is_current(&uri(), first));
        let third = store.invalidate(&uri()).unwrap();
        assert!(third > second && store.is_current(&uri(), third));
        assert!(store.close(&uri()));
        assert!(!store.is_current(&uri(), third));
        assert_eq!(store.change(&uri(), 9, vec![], ColumnUnit::Utf8), ChangeOutcome::Unknown);
    }
}

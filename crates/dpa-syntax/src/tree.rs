//! The owned syntax tree. It records *shapes* only (`{…}` tags, `[[name: value]]` facts,
//! `key: value` lines, pipe tables, `%%` lines); words are mapped to meanings later by the core's
//! lexicon, so new languages never touch the grammar. Every node carries byte spans into the
//! original source and every accessor tolerates incomplete input.

use crate::Span;
use serde::{Deserialize, Serialize};

/// A piece of source text together with where it came from. `text` is the slice after trimming
/// surrounding whitespace (including no-break spaces); `span` covers exactly `text`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Token {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SyntaxTree {
    pub front_matter: Option<FrontMatter>,
    /// Top-level blocks in source order (after the front matter).
    pub blocks: Vec<Block>,
}

/// `---` … `---` at the very top of the file (after an optional BOM).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FrontMatter {
    pub span: Span,
    pub entries: Vec<FrontMatterEntry>,
    /// `%%` lines inside the front matter (notes and suppressions placed there still count).
    pub comments: Vec<Comment>,
    /// False when the closing `---` is missing (then the front matter ends at the first line
    /// that is not a `key: value` line, and a SYNTAX diagnostic is emitted).
    pub closed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FrontMatterEntry {
    pub span: Span,
    /// Key as written (`acting for`, `langue`), trimmed.
    pub key: Token,
    /// Value as written, trimmed; may be empty.
    pub value: Token,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    Heading(Heading),
    /// Consecutive non-blank prose lines (a Markdown paragraph).
    Paragraph(TextBlock),
    /// One list item (`- `, `* `, `+ `, `1. `, `1) `, possibly indented), with its marker excluded
    /// from `inlines`. The indented lines right under it that start no other block continue it.
    ListItem(TextBlock),
    Table(Table),
    Comment(Comment),
}

impl Block {
    pub fn span(&self) -> Span {
        match self {
            Block::Heading(h) => h.span,
            Block::Paragraph(t) | Block::ListItem(t) => t.span,
            Block::Table(t) => t.span,
            Block::Comment(c) => c.span,
        }
    }
}

/// `#`–`####` heading. More than four `#` is still a heading (level clamped to 4 is *not*
/// applied: `level` is the real count) so that nothing is lost; the core decides what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    pub span: Span,
    pub level: usize,
    /// Heading words without the `#` marker and without the tag.
    pub text: Token,
    pub tag: Option<Tag>,
}

/// `{annex security-measures #annex-security}` at the end of a heading line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    /// From `{` to `}` inclusive (to the tag's last word when unclosed).
    pub span: Span,
    /// Whitespace-separated words that are not anchors, in order (`annex`, `security-measures`).
    pub words: Vec<Token>,
    /// The `#anchor` word, without the `#`.
    pub anchor: Option<Token>,
    pub closed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextBlock {
    pub span: Span,
    /// Texts and facts in order, each starting where the previous one ends (the line breaks and
    /// indentation between lines are inside the texts); the block's trailing whitespace is left
    /// out.
    pub inlines: Vec<Inline>,
}

impl TextBlock {
    pub fn facts(&self) -> impl Iterator<Item = &FactNode> {
        self.inlines.iter().filter_map(|inline| match inline {
            Inline::Fact(fact) => Some(fact),
            Inline::Text(_) => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Inline {
    /// Plain text; for paragraphs spanning several lines, the line breaks are inside the text.
    Text(Token),
    Fact(FactNode),
}

impl Inline {
    pub fn span(&self) -> Span {
        match self {
            Inline::Text(text) => text.span,
            Inline::Fact(fact) => fact.span,
        }
    }
}

/// `[[name: value]]`. Also used for parties (`[[controller: …]]`) and references (`[[ref: x]]`):
/// the name decides what it is, later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactNode {
    /// From `[[` to `]]` inclusive (to the fact's last word when unclosed: no `]]` before the end
    /// of the line, or before the cell's `|` in a table).
    pub span: Span,
    pub name: Token,
    /// Trimmed value; empty for `[[name: ]]` and when there is no colon.
    pub value: Token,
    /// Whether a `:` separated name and value.
    pub has_colon: bool,
    /// False for a `[[` with no `]]` before the end of the line (a SYNTAX diagnostic is emitted).
    pub closed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub span: Span,
    pub header: Row,
    /// Rows after the `|---|` delimiter row (or after the header when the delimiter is missing).
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub span: Span,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    /// The trimmed cell content (span may be empty for an empty cell). `text` is the source under
    /// the span, so an escaped pipe stays `\|` and facts keep their brackets.
    pub span: Span,
    pub text: String,
    pub inlines: Vec<Inline>,
}

/// A `%%` line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub span: Span,
    pub kind: CommentKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum CommentKind {
    /// `%% text`
    Plain { text: Token },
    /// `%% NOTE text` (the word NOTE in capitals).
    Note { text: Token },
    /// `%% lint: allow RULE-ID[, RULE-ID…] -- reason: text`
    /// (`%% lint : autoriser RULE-ID -- motif : texte`). The verb and the reason label are kept
    /// as written; the core's lexicon decides whether they mean "allow" and "reason".
    Directive(Directive),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directive {
    /// The word after `lint:` (`allow`, `autoriser`, or a typo).
    pub verb: Token,
    /// Rule ids named after the verb (separated by spaces and/or commas).
    pub rules: Vec<Token>,
    /// The label before the reason's colon (`reason`, `motif`), if a `--` part is present.
    pub reason_label: Option<Token>,
    /// The reason text; `None` when there is no `--` part, empty token when it is blank.
    pub reason: Option<Token>,
}

/// What went wrong, without words: the core turns kinds into EN/FR messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SyntaxErrorKind {
    /// `[[` with no `]]` before the end of the line.
    UnclosedFact,
    /// `[[]]` or `[[: value]]`.
    EmptyFactName,
    /// `{` in a heading with no `}` before the end of the line.
    UnclosedTag,
    /// `{}` in a heading.
    EmptyTag,
    /// A line inside the front matter that is not `key: value`.
    BadFrontMatterLine,
    /// The front matter has no closing `---`.
    UnterminatedFrontMatter,
    /// A `%% lint` line that does not have the shape `lint: VERB RULE-ID -- reason: text`.
    BadDirective,
    /// A table row whose cell count differs from the header's.
    TableCellCount { expected: usize, found: usize },
    /// A NUL or other control character that does not belong in a contract.
    ControlCharacter,
    /// The parser gave up (the grammar matches every input, but pest stops when the thread is
    /// nearly out of stack): the whole text is kept as plain paragraphs, with no structure, and
    /// this marks the line where it stopped.
    Unparsed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyntaxDiagnostic {
    pub kind: SyntaxErrorKind,
    pub span: Span,
}

/// What [`crate::parse`] returns: always a tree, plus what was malformed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Parse {
    pub tree: SyntaxTree,
    pub diagnostics: Vec<SyntaxDiagnostic>,
}

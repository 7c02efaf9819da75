//! What a Word document becomes: a flat list of paragraphs in reading order, one per line of
//! the Markdown rendering.

use serde::Serialize;

/// A Word document read for linting.
///
/// `paragraphs[i]` is rendered as line `i + 1` of [`crate::to_markdown`], so a finding on line N
/// is about paragraph N (1-based). See [`ParagraphKind`] for how tables fit that rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DocxDocument {
    pub paragraphs: Vec<DocxParagraph>,
}

impl DocxDocument {
    /// The paragraph shown on 1-based `line` of the Markdown rendering.
    pub fn paragraph_at_line(&self, line: usize) -> Option<&DocxParagraph> {
        line.checked_sub(1).and_then(|index| self.paragraphs.get(index))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocxParagraph {
    pub kind: ParagraphKind,
    /// The visible text: runs joined in order, `w:tab` as `\t`, line breaks (`w:br`, `w:cr`) as
    /// `\n`, non-breaking hyphens as `-`, symbols (`w:sym`) as Unicode. Deleted text of tracked
    /// changes, field instructions and hidden text are left out. For a table row, the cells
    /// separated by `\t`; empty for the layout lines of a table.
    pub text: String,
    /// The number or bullet Word shows before the paragraph, from its list numbering.
    pub label: Option<ListLabel>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ParagraphKind {
    /// An ordinary paragraph (possibly empty, which renders as a blank line).
    Body,
    /// A paragraph with a heading style or an outline level; `level` is 1–9.
    Heading { level: u8 },
    /// One row of a table (the first row is the header row). Each cell's paragraphs are joined
    /// on one line; a cell spanning several grid columns is followed by empty cells, and a
    /// vertically merged cell repeats the text of the cell it continues, so every row of a
    /// table has as many cells as the table's grid.
    TableRow { cells: Vec<String> },
    /// The `|---|---|` line under a table's first row. It is not in the Word file; it is a
    /// paragraph here so that the Markdown is a real pipe table and line N stays paragraph N.
    TableDelimiter { columns: usize },
    /// A blank line closing a table that is directly followed by text, which Markdown would
    /// otherwise read as one more row. Not in the Word file either.
    TableEnd,
}

/// A list number or bullet as Word renders it (`7.2`, `(a)`, `Article 3 -`, `•`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListLabel {
    pub text: String,
    /// 0-based list level (`w:ilvl`).
    pub level: u8,
    pub bullet: bool,
}

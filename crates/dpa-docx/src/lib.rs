//! Reads Word (`.docx`) contracts so the DPA linter can check them in prose mode.
//!
//! [`read`] takes the bytes of a file and returns its paragraphs in reading order: the text of
//! each (runs joined), its heading level (from the paragraph style, resolved through
//! `word/styles.xml`: outline levels, `basedOn` inheritance and the English and French built-in
//! names such as "heading 1" and "Titre 1"), its list label (computed from `word/numbering.xml`
//! the way Word displays it: `7.2`, `(a)`, `Article 3 -`), and tables as rows of cell texts.
//! [`to_markdown`] renders that as Markdown.
//!
//! **Line N = paragraph N.** The Markdown has exactly one line per entry of
//! [`DocxDocument::paragraphs`], so the line number of a finding on the Markdown is the
//! 1-based paragraph number in the document ([`DocxDocument::paragraph_at_line`]). Tables take
//! one line per row plus two layout lines that are paragraphs too (see [`ParagraphKind`]).
//!
//! What is not read: headers, footers, footnotes, comments, and deleted text of tracked
//! changes (insertions are read, as if all changes were accepted).
//!
//! Invariants: no IO (bytes in, structure out); [`read`] never panics, whatever the bytes;
//! decompression is capped ([`MAX_UNCOMPRESSED_BYTES`], [`MAX_ENTRIES`]) against zip bombs.

mod document;
mod error;
mod markdown;
mod model;
mod numbering;
mod package;
mod styles;
mod symbols;
mod xml;

pub use error::DocxError;
pub use markdown::to_markdown;
pub use model::{DocxDocument, DocxParagraph, ListLabel, ParagraphKind};
pub use package::{MAX_ENTRIES, MAX_UNCOMPRESSED_BYTES};

use numbering::Numbering;
use package::Part;
use styles::StyleSheet;

/// Read a `.docx` file's bytes. Fails only when the bytes are not a readable Word document
/// (each [`DocxError`] says why and what to do, in English and French).
pub fn read(bytes: &[u8]) -> Result<DocxDocument, DocxError> {
    let parts = package::open(bytes, package::Limits::default())?;
    let styles = match &parts.styles {
        Some(part) => StyleSheet::parse(&part.bytes).map_err(corrupt(part))?,
        None => StyleSheet::default(),
    };
    let mut numbering = match &parts.numbering {
        Some(part) => Numbering::parse(&part.bytes).map_err(corrupt(part))?,
        None => Numbering::default(),
    };
    let paragraphs =
        document::read_body(&parts.document.bytes, &styles, &mut numbering).map_err(corrupt(&parts.document))?;
    Ok(DocxDocument { paragraphs })
}

fn corrupt(part: &Part) -> impl Fn(String) -> DocxError + '_ {
    move |detail| DocxError::Corrupt { part: part.name.clone(), detail }
}

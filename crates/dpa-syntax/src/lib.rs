//! Parser for the DPA contract language (`.dpa`), version 0.1.
//!
//! Invariants:
//! - [`parse`] is total: every `&str` yields a [`Parse`]; it never panics and never returns an
//!   error. Malformed constructs become [`SyntaxDiagnostic`]s and the rest of the file keeps its
//!   structure.
//! - Every span lies inside the input and on `char` boundaries; offsets are bytes into the input
//!   exactly as given (a leading BOM counts).
//! - No IO, no words: keywords are resolved by the core's lexicon.

mod line_index;
mod parser;
mod span;
mod tree;

pub use line_index::{ColumnUnit, LineCol, LineIndex};
pub use parser::parse;
pub use span::Span;
pub use tree::*;

//! The bilingual vocabulary of the DPA language.
//!
//! The grammar recognises shapes; this crate gives words their meaning. Every keyword, fact name,
//! column header, cue phrase and value word in English and French lives here, so a new language
//! adds rows to these tables, not code to the parser or the rules.
//!
//! Invariants: no IO; every function is total and never panics on any input.

pub mod cues;
mod fold;
pub mod kinds;
pub mod lang;
mod sentences;
pub mod values;
mod words;

pub use fold::{fold, fold_key, words, FoldedText};
pub use kinds::*;
pub use lang::{L10n, Lang, Message};
pub use sentences::sentences;
pub use words::*;

//! "The document itself" (rules.md): markup and drafting hygiene, independent of the GDPR.

use super::Rule;

mod bad_value;
mod front_matter;
mod kind_unknown;
mod note_in_final;
mod placeholder;
mod ref_broken;
mod suppression;
mod syntax;
mod translation;
mod unknown_fact;

pub(crate) use suppression::unused_suppressions;
pub(crate) use syntax::syntax_findings;

pub(super) static RULES: &[&dyn Rule] = &[
    &bad_value::FactBadValue,
    &front_matter::FrontMatterUnknown,
    &kind_unknown::KindUnknown,
    &note_in_final::NoteInFinal,
    &placeholder::PlaceholderRule,
    &ref_broken::RefBroken,
    &suppression::SuppressionNoReason,
    &suppression::SuppressionUnused,
    &syntax::Syntax,
    &translation::TranslationMismatch,
    &unknown_fact::FactUnknown,
];

use dpa_syntax::Span;

use crate::finding::{Edit, Fix};
use crate::lang::Message;
use crate::model::{Document, FrontMatterKey};

/// Where a finding about a file the front matter links points: the value of that key
/// (`translation: fr = contract.fr.dpa`), else the document's anchor.
pub(crate) fn front_matter_value(doc: &Document, key: FrontMatterKey) -> Span {
    let entry = doc.front_matter.entries.iter().find(|entry| entry.key == Some(key));
    entry.map_or(doc.anchor_span, |entry| entry.value_span)
}

/// The " Did you mean `x`?" sentence (EN, FR), empty without a suggestion.
fn did_you_mean(suggestion: Option<&str>) -> (String, String) {
    match suggestion {
        Some(s) => (format!(" Did you mean `{s}`?"), format!(" Vouliez-vous dire « {s} » ?")),
        None => (String::new(), String::new()),
    }
}

/// A fix that replaces a misspelt word with the suggestion.
fn replace_with(span: Span, suggestion: &str) -> Fix {
    Fix {
        title: Message::new(format!("Replace with `{suggestion}`"), format!("Remplacer par « {suggestion} »")),
        edits: vec![Edit { span, replacement: suggestion.to_string() }],
    }
}

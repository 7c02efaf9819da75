//! What the cursor is on, for go-to-definition, references and hovers: anchors (`#x` in a tag ↔
//! `[[ref: x]]`) and defined terms (`"Customer Data" means …` ↔ every use of `Customer Data`).

use dpa_core::lexicon::fold_key;
use dpa_core::model::{Definition, Document};
use dpa_syntax::Span;

use crate::analysis::Analysis;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An anchor name, folded the way tags and references are compared.
    Anchor(String),
    /// Index into `Document::definitions`.
    Term(usize),
}

/// The anchor or defined term under `offset`, with the span it was recognised on.
pub fn target_at(analysis: &Analysis, offset: usize) -> Option<(Target, Span)> {
    let document = &analysis.report.document;
    let touches = |span: Span| span.start <= offset && offset <= span.end;
    if let Some(reference) = document.references.iter().find(|reference| touches(reference.span)) {
        return Some((Target::Anchor(fold_key(&reference.target)), reference.target_span));
    }
    if let Some(anchor) =
        document.clauses.iter().filter_map(|clause| clause.anchor.as_ref()).find(|anchor| touches(anchor.span))
    {
        return Some((Target::Anchor(fold_key(&anchor.name)), anchor.span));
    }
    if let Some(index) = document.definitions.iter().position(|definition| touches(definition.term_span)) {
        return Some((Target::Term(index), document.definitions[index].term_span));
    }
    // "Customer Data" wins over "Customer" when both are defined.
    let line = analysis.index.line_span(&analysis.text, analysis.index.line_of(offset));
    document
        .definitions
        .iter()
        .enumerate()
        .filter_map(|(index, definition)| {
            term_uses(&analysis.text, line, definition)
                .find(|span| touches(*span))
                .map(|span| (Target::Term(index), span))
        })
        .max_by_key(|(_, span)| span.len())
}

/// Where the target is declared.
pub fn definition(document: &Document, target: &Target) -> Option<Span> {
    match target {
        Target::Anchor(name) => document
            .clauses
            .iter()
            .filter_map(|clause| clause.anchor.as_ref())
            .find(|anchor| fold_key(&anchor.name) == *name)
            .map(|anchor| anchor.span),
        Target::Term(index) => document.definitions.get(*index).map(|definition| definition.term_span),
    }
}

/// Every place the target is used, in source order, with its declaration when asked.
pub fn references(analysis: &Analysis, target: &Target, include_declaration: bool) -> Vec<Span> {
    let document = &analysis.report.document;
    let declaration = definition(document, target);
    let mut spans: Vec<Span> = match target {
        Target::Anchor(name) => document
            .references
            .iter()
            .filter(|reference| fold_key(&reference.target) == *name)
            .map(|reference| reference.target_span)
            .collect(),
        Target::Term(index) => document.definitions.get(*index).map_or_else(Vec::new, |definition| {
            term_uses(&analysis.text, Span::new(0, analysis.text.len()), definition)
                .filter(|span| !definition.term_span.contains(span.start))
                .collect()
        }),
    };
    if include_declaration {
        spans.extend(declaration);
    }
    spans.sort_by_key(|span| (span.start, span.end));
    spans.dedup();
    spans
}

/// Whole-word occurrences of a defined term inside `within`. Defined terms are capitalised by
/// drafting convention, so the match is exact.
fn term_uses<'a>(text: &'a str, within: Span, definition: &'a Definition) -> impl Iterator<Item = Span> + 'a {
    let term = definition.term.trim();
    let haystack = within.text(text);
    haystack.match_indices(term).filter(move |_| !term.is_empty()).filter_map(move |(at, found)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + found.len()..].chars().next();
        let bounded = before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric());
        bounded.then(|| Span::new(within.start + at, within.start + at + found.len()))
    })
}

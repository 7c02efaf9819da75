//! Quick fixes from the core's `Fix`es, and "suppress with a reason" actions that insert a
//! `%% lint: allow` line where the core will read it (language.md §2, Suppression).

use std::collections::{HashMap, HashSet};

use dpa_core::model::{Clause, Document};
use dpa_core::{Finding, Lang};
use dpa_syntax::{ColumnUnit, Span};
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, TextEdit, Uri, WorkspaceEdit,
};

use crate::analysis::Analysis;
use crate::diagnostics::to_diagnostic;

/// Whether a request restricted to `only` kinds wants quick fixes.
pub fn wants_quick_fixes(only: Option<&[CodeActionKind]>) -> bool {
    only.is_none_or(|kinds| kinds.iter().any(|kind| kind.as_str().is_empty() || *kind == CodeActionKind::QUICKFIX))
}

/// Actions for every finding that touches `range`.
pub fn code_actions(
    analysis: &Analysis,
    uri: &Uri,
    unit: ColumnUnit,
    lang: Lang,
    range: Span,
) -> Vec<CodeActionOrCommand> {
    let positions = analysis.positions(unit);
    let document = &analysis.report.document;
    let mut actions = Vec::new();
    let mut offered = HashSet::new();
    for finding in &analysis.report.findings {
        if finding.span.start > range.end || range.start > finding.span.end {
            continue;
        }
        let diagnostic = to_diagnostic(finding, uri, positions, lang);
        if let Some(fix) = &finding.fix {
            let edits = fix
                .edits
                .iter()
                .map(|edit| TextEdit::new(positions.range(edit.span), edit.replacement.clone()))
                .collect();
            actions.push(quick_fix(fix.title.get(lang).to_string(), uri, edits, &diagnostic, true));
        }
        // The engine never lets a suppression waive findings about suppressions.
        if finding.rule.starts_with("SUPPRESSION-") {
            continue;
        }
        for scope in suppression_scopes(document, finding) {
            let insertion = suppression_edit(analysis, &finding.rule, scope);
            if !offered.insert((finding.rule.clone(), insertion.0)) {
                continue;
            }
            let edit = TextEdit::new(positions.range(Span::empty(insertion.0)), insertion.1);
            let title = suppression_title(&finding.rule, scope, lang);
            actions.push(quick_fix(title, uri, vec![edit], &diagnostic, false));
        }
    }
    actions
}

fn quick_fix(
    title: String,
    uri: &Uri,
    edits: Vec<TextEdit>,
    diagnostic: &Diagnostic,
    preferred: bool,
) -> CodeActionOrCommand {
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit: Some(WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), edits)])), ..WorkspaceEdit::default() }),
        is_preferred: preferred.then_some(true),
        ..CodeAction::default()
    })
}

#[derive(Clone, Copy)]
enum Scope<'a> {
    Clause(&'a Clause),
    File,
}

/// Where a suppression for this finding may go: its innermost clause, and the whole file.
fn suppression_scopes<'a>(document: &'a Document, finding: &Finding) -> Vec<Scope<'a>> {
    let innermost = document
        .clauses
        .iter()
        .filter(|clause| clause.span.start <= finding.span.start && finding.span.start <= clause.span.end)
        .max_by_key(|clause| (clause.span.start, clause.level));
    innermost.map(Scope::Clause).into_iter().chain([Scope::File]).collect()
}

/// The text of a suppression line, in the document's language.
pub fn suppression_line(rule: &str, document_lang: Lang) -> String {
    match document_lang {
        Lang::En => format!("%% lint: allow {rule} -- reason: <why this is accepted>"),
        Lang::Fr => format!("%% lint : autoriser {rule} -- motif : <pourquoi ce point est accepté>"),
    }
}

/// Offset and text of the insertion: on its own line right after the clause's heading, or, for
/// the file, right before the first heading (after any front matter).
fn suppression_edit(analysis: &Analysis, rule: &str, scope: Scope<'_>) -> (usize, String) {
    let (text, index, document) = (analysis.text.as_str(), &analysis.index, &analysis.report.document);
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let line = suppression_line(rule, document.language);
    let line_start_after = |offset: usize| {
        let next = index.line_of(offset) + 1;
        (next < index.line_count()).then(|| index.offset(text, next, 0, ColumnUnit::Utf8))
    };
    let at = match scope {
        Scope::Clause(clause) => line_start_after(clause.heading_span.start),
        Scope::File => match document.clauses.iter().map(|clause| clause.heading_span.start).min() {
            Some(first_heading) => Some(index.line_span(text, index.line_of(first_heading)).start),
            None => match document.front_matter.span {
                Some(front_matter) => line_start_after(front_matter.end.saturating_sub(1)),
                None => Some(index.offset(text, 0, 0, ColumnUnit::Utf8)),
            },
        },
    };
    match at {
        Some(offset) => (offset, format!("{line}{eol}")),
        // The heading is the last line of a file with no final newline.
        None => (text.len(), format!("{eol}{line}")),
    }
}

fn suppression_title(rule: &str, scope: Scope<'_>, lang: Lang) -> String {
    match (scope, lang) {
        (Scope::Clause(_), Lang::En) => format!("Suppress {rule} in this clause (with a reason)"),
        (Scope::Clause(_), Lang::Fr) => format!("Autoriser {rule} dans cette clause (avec un motif)"),
        (Scope::File, Lang::En) => format!("Suppress {rule} in the whole document (with a reason)"),
        (Scope::File, Lang::Fr) => format!("Autoriser {rule} dans tout le document (avec un motif)"),
    }
}

//! The outline: clauses and annexes nested by heading level, with the parties inside the clause
//! that names them.

use dpa_core::lexicon::{row_of, CLAUSE_KINDS, PARTY_ROLES};
use dpa_core::model::{Clause, PartyFact};
use dpa_core::Lang;
use dpa_syntax::ColumnUnit;
use tower_lsp_server::ls_types::{DocumentSymbol, SymbolKind};

use crate::analysis::Analysis;
use crate::position::Positions;

pub fn document_symbols(analysis: &Analysis, unit: ColumnUnit, lang: Lang) -> Vec<DocumentSymbol> {
    let document = &analysis.report.document;
    let positions = analysis.positions(unit);
    let mut children: Vec<Vec<DocumentSymbol>> = vec![Vec::new(); document.clauses.len()];
    let mut roots = Vec::new();
    for party in &document.parties {
        let symbol = party_symbol(party, positions, &analysis.text, lang);
        match party.clause.filter(|&clause| clause < children.len()) {
            Some(clause) => children[clause].push(symbol),
            None => roots.push(symbol),
        }
    }
    // Children come after their parent in source order, so building from the last clause
    // backwards always finds a child's subtree complete.
    for (id, clause) in document.clauses.iter().enumerate().rev() {
        let mut nested = std::mem::take(&mut children[id]);
        nested.sort_by_key(|symbol| (symbol.range.start.line, symbol.range.start.character));
        let symbol = clause_symbol(clause, nested, positions, lang);
        match clause.parent.filter(|&parent| parent < id) {
            Some(parent) => children[parent].push(symbol),
            None => roots.push(symbol),
        }
    }
    roots.sort_by_key(|symbol| (symbol.range.start.line, symbol.range.start.character));
    roots
}

#[allow(deprecated)] // `DocumentSymbol::deprecated` must still be written out.
fn clause_symbol(
    clause: &Clause,
    children: Vec<DocumentSymbol>,
    positions: Positions<'_>,
    lang: Lang,
) -> DocumentSymbol {
    let kind_word = clause.kind.and_then(|kind| row_of(CLAUSE_KINDS, kind)).map(|row| row.word(lang));
    let kind_word = kind_word.or(clause.custom_kind.as_deref());
    let name = match (clause.title.trim(), kind_word) {
        ("", Some(kind)) => kind.to_string(),
        ("", None) => "#".repeat(clause.level.max(1)),
        (title, _) => title.to_string(),
    };
    DocumentSymbol {
        name,
        detail: kind_word.map(str::to_string),
        kind: if clause.annex { SymbolKind::MODULE } else { SymbolKind::NAMESPACE },
        tags: None,
        deprecated: None,
        range: positions.range(clause.span.cover(clause.heading_span)),
        selection_range: positions.range(clause.heading_span),
        children: Some(children),
    }
}

#[allow(deprecated)] // `DocumentSymbol::deprecated` must still be written out.
fn party_symbol(party: &PartyFact, positions: Positions<'_>, text: &str, lang: Lang) -> DocumentSymbol {
    let name = match &party.party {
        Ok(value) if !value.name.trim().is_empty() => value.name.clone(),
        _ => party.value_span.text(text).trim().to_string(),
    };
    DocumentSymbol {
        name: if name.is_empty() { party.role.id().to_string() } else { name },
        detail: row_of(PARTY_ROLES, party.role).map(|row| row.word(lang).to_string()),
        kind: SymbolKind::OBJECT,
        tags: None,
        deprecated: None,
        range: positions.range(party.span),
        selection_range: positions.range(party.value_span),
        children: None,
    }
}

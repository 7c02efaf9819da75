//! Completion in the document's language, from the lexicon tables: clause kinds inside `{`, fact
//! names after `[[`, anchors after `[[ref:`.

use dpa_core::lexicon::{CLAUSE_KINDS, FACT_NAMES, PARTY_ROLES, REFERENCE_WORDS};
use dpa_core::Lang;
use dpa_syntax::{ColumnUnit, Span};
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, Documentation, MarkupContent, MarkupKind, Position,
    TextEdit,
};

use crate::analysis::Analysis;
use crate::hover::requirement;

/// Characters after which the client should ask without being prompted.
pub const TRIGGERS: &[char] = &['{', '[', ':', ' ', '|', ','];

/// Where the cursor is, from the text of its line before it. Offsets are bytes into that text.
#[derive(Debug, PartialEq, Eq)]
enum Context<'a> {
    /// A word inside a heading's `{…}` tag.
    TagWord { start: usize },
    /// The name of a `[[fact`.
    FactName { start: usize },
    /// The value of `[[name: value`, `value_start` after the colon and its spaces.
    FactValue { name: &'a str, value_start: usize },
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

/// Start of the word that ends at the end of `text` (after `from`).
fn word_start(text: &str, from: usize) -> usize {
    text[from..]
        .rfind(is_space)
        .map_or(from, |at| from + at + text[from + at..].chars().next().map_or(1, char::len_utf8))
}

fn skip_spaces(text: &str, from: usize) -> usize {
    from + text[from..].len() - text[from..].trim_start_matches(is_space).len()
}

fn context(line: &str) -> Option<Context<'_>> {
    if let Some(open) = line.rfind("[[").filter(|&open| !line[open..].contains("]]")) {
        let inside = open + 2;
        return Some(match line[inside..].find(':') {
            None => Context::FactName { start: skip_spaces(line, inside) },
            Some(colon) => Context::FactValue {
                name: line[inside..inside + colon].trim_matches(is_space),
                value_start: skip_spaces(line, inside + colon + 1),
            },
        });
    }
    if line.trim_start().starts_with('#') {
        let brace = line.rfind('{').filter(|&brace| !line[brace..].contains('}'))?;
        return Some(Context::TagWord { start: word_start(line, brace + 1) });
    }
    None
}

/// The word a tag takes to make its heading an annex.
fn annex_word(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "annex",
        Lang::Fr => "annexe",
    }
}

pub fn complete(analysis: &Analysis, at: Position, unit: ColumnUnit, lang: Lang) -> Vec<CompletionItem> {
    let positions = analysis.positions(unit);
    let offset = positions.offset(at);
    let line_start = analysis.index.line_span(&analysis.text, analysis.index.line_of(offset)).start;
    let line = &analysis.text[line_start..offset];
    let document_lang = analysis.report.document.language;
    let replacing = |start: usize| positions.range(Span::new(line_start + start, offset));
    match context(line) {
        Some(Context::TagWord { start }) if !line[start..].starts_with('#') => {
            let mut items: Vec<CompletionItem> = CLAUSE_KINDS
                .iter()
                .map(|row| {
                    let documentation = requirement(row.value).get(lang);
                    let mut item = item(row.word(document_lang), CompletionItemKind::ENUM_MEMBER, replacing(start));
                    item.detail = Some(row.value.article()).filter(|article| !article.is_empty()).map(str::to_string);
                    item.documentation = Some(markdown(documentation));
                    item
                })
                .collect();
            items.push(item(annex_word(document_lang), CompletionItemKind::KEYWORD, replacing(start)));
            items
        }
        Some(Context::FactName { start }) => {
            let separator = match document_lang {
                Lang::En => ": ",
                Lang::Fr => " : ",
            };
            let name = |row_word: &str, kind, detail: &str| {
                let mut item = item(row_word, kind, replacing(start));
                if let Some(CompletionTextEdit::Edit(edit)) = &mut item.text_edit {
                    edit.new_text = format!("{row_word}{separator}");
                }
                item.detail = Some(detail.to_string());
                item
            };
            let facts =
                FACT_NAMES.iter().map(|row| name(row.word(document_lang), CompletionItemKind::FIELD, row.value.id()));
            let roles =
                PARTY_ROLES.iter().map(|row| name(row.word(document_lang), CompletionItemKind::CLASS, row.value.id()));
            let references = REFERENCE_WORDS
                .iter()
                .map(|row| name(row.word(document_lang), CompletionItemKind::REFERENCE, row.value.id()));
            facts.chain(roles).chain(references).collect()
        }
        Some(Context::FactValue { name, value_start }) if is_reference(name) => analysis
            .report
            .document
            .clauses
            .iter()
            .filter_map(|clause| clause.anchor.as_ref().map(|anchor| (anchor, clause)))
            .map(|(anchor, clause)| {
                let mut item = item(&anchor.name, CompletionItemKind::REFERENCE, replacing(value_start));
                item.detail = Some(clause.title.clone());
                item
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn is_reference(name: &str) -> bool {
    dpa_core::lexicon::is_reference_word(name)
}

fn item(label: &str, kind: CompletionItemKind, range: tower_lsp_server::ls_types::Range) -> CompletionItem {
    CompletionItem {
        label: label.to_string(),
        kind: Some(kind),
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, label.to_string()))),
        ..CompletionItem::default()
    }
}

fn markdown(text: &str) -> Documentation {
    Documentation::MarkupContent(MarkupContent { kind: MarkupKind::Markdown, value: text.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_where_the_cursor_is() {
        assert_eq!(context("# Audits {au"), Some(Context::TagWord { start: 10 }));
        assert_eq!(context("# Annex {annex sec"), Some(Context::TagWord { start: 15 }));
        assert_eq!(context("# Done {audit} more"), None);
        assert_eq!(context("within [[breach-no"), Some(Context::FactName { start: 9 }));
        assert_eq!(context("see [[ref: ann"), Some(Context::FactValue { name: "ref", value_start: 11 }));
        assert_eq!(
            context("[[délai-violation\u{a0}: 48 "),
            Some(Context::FactValue { name: "délai-violation", value_start: 22 })
        );
        assert_eq!(context("[[a: b]] then"), None);
        assert_eq!(context("plain text"), None);
    }

    #[test]
    fn annex_words_are_the_lexicons() {
        for lang in Lang::ALL {
            assert!(dpa_core::lexicon::is_annex_word(annex_word(lang)));
        }
    }
}

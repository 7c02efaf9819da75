//! Completion in the document's language, from the lexicon: clause kinds inside `{`, fact names
//! after `[[`, anchors after `[[ref:`, units after a number in a duration, transfer mechanisms,
//! certification schemes, and countries in party facts, `governing-law` and table columns.
//!
//! Every value offered is one the lexicon's own parser reads back (see the tests), so completion
//! never suggests a word the linter would then reject.

use std::sync::OnceLock;

use dpa_core::lexicon::{
    fact_name, is_reference_word, party_role, record_column, CLAUSE_KINDS, FACT_NAMES, PARTY_ROLES, REFERENCE_WORDS,
};
use dpa_core::model::{FactName, RecordColumn};
use dpa_core::values::{self, CertScheme, Country, Duration, FactValue, TimeUnit};
use dpa_core::Lang;
use dpa_syntax::{Block, ColumnUnit, Span};
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, Documentation, MarkupContent, MarkupKind, Position, Range,
    TextEdit,
};

use crate::analysis::Analysis;
use crate::hover::{describe, requirement};

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
    /// A cell of a pipe table: its 0-based column and where its text starts.
    TableCell { column: usize, start: usize },
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
    if line.trim_start().starts_with('|') {
        let last_bar = line.rfind('|')?;
        return Some(Context::TableCell {
            column: line.matches('|').count() - 1,
            start: skip_spaces(line, last_bar + 1),
        });
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
        Some(Context::FactValue { name, value_start }) if is_reference_word(name) => analysis
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
        Some(Context::FactValue { name, value_start }) => {
            let value = &line[value_start..];
            let values = if party_role(name).is_some() {
                // `[[controller: Name, FR, identifier]]`: the country follows the first comma.
                value.find(',').map(|comma| (ValueKind::Country, skip_spaces(line, value_start + comma + 1)))
            } else {
                match fact_name(name) {
                    Some(FactName::TransferMechanism) => Some((ValueKind::Mechanism, value_start)),
                    Some(FactName::Certification) => Some((ValueKind::Certification, value_start)),
                    Some(FactName::GoverningLaw) => Some((ValueKind::Country, value_start)),
                    Some(fact) if takes_duration(fact) => {
                        let start = word_start(line, value_start);
                        follows_number(&line[value_start..start]).then_some((ValueKind::Unit, start))
                    }
                    _ => None,
                }
            };
            values.map_or_else(Vec::new, |(kind, start)| value_items(kind, document_lang, lang, replacing(start)))
        }
        Some(Context::TableCell { column, start }) => {
            let header = table_header_at(analysis, offset, column);
            match header.as_deref().and_then(record_column) {
                Some(RecordColumn::Country) => value_items(ValueKind::Country, document_lang, lang, replacing(start)),
                Some(RecordColumn::TransferMechanism) => {
                    value_items(ValueKind::Mechanism, document_lang, lang, replacing(start))
                }
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

/// Facts whose value is a duration (language.md §2.3).
fn takes_duration(fact: FactName) -> bool {
    matches!(values::parse(fact, "2 days"), Ok(FactValue::Duration(_)))
}

/// Whether `text` ends with a number: `48 `, `1,5 `, `forty-eight (48) `.
fn follows_number(text: &str) -> bool {
    let text = text.trim_end_matches(is_space).trim_end_matches(')');
    text.ends_with(|c: char| c.is_ascii_digit())
}

/// The header text of `column` in the table around `offset`, when `offset` is below the header.
fn table_header_at(analysis: &Analysis, offset: usize, column: usize) -> Option<String> {
    analysis.parse.tree.blocks.iter().find_map(|block| match block {
        Block::Table(table) if table.header.span.end < offset && offset <= table.span.end => {
            table.header.cells.get(column).map(|cell| cell.text.clone())
        }
        _ => None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ValueKind {
    Unit,
    Mechanism,
    Certification,
    Country,
}

/// Mechanisms as contracts write them, per language.
fn mechanisms(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "EEA",
            "adequacy",
            "SCC 2021/914 Module 1",
            "SCC 2021/914 Module 2",
            "SCC 2021/914 Module 3",
            "SCC 2021/914 Module 4",
            "BCR",
            "UK IDTA",
            "EU-US Data Privacy Framework",
            "Art. 49 derogation",
        ],
        Lang::Fr => &[
            "EEE",
            "décision d'adéquation",
            "CCT 2021/914 module 1",
            "CCT 2021/914 module 2",
            "CCT 2021/914 module 3",
            "CCT 2021/914 module 4",
            "BCR",
            "UK IDTA",
            "cadre de protection des données UE-États-Unis",
            "dérogation de l'art. 49",
        ],
    }
}

const CERTIFICATIONS: &[CertScheme] = &[
    CertScheme::Iso27001,
    CertScheme::Iso27017,
    CertScheme::Iso27018,
    CertScheme::Iso27701,
    CertScheme::Soc2Type1,
    CertScheme::Soc2Type2,
    CertScheme::PciDss,
    CertScheme::Hds,
    CertScheme::SecNumCloud,
    CertScheme::C5,
    CertScheme::CsaStar,
];

const UNITS: &[TimeUnit] = &[
    TimeUnit::Hours,
    TimeUnit::CalendarDays,
    TimeUnit::BusinessDays,
    TimeUnit::WorkingDaysMonSat,
    TimeUnit::Weeks,
    TimeUnit::Months,
    TimeUnit::Years,
];

/// Unit words of `lang` that the duration parser reads back as that unit (English has no word
/// of its own for Monday-to-Saturday working days, for instance).
fn unit_words(lang: Lang) -> impl Iterator<Item = (TimeUnit, &'static str)> {
    UNITS.iter().map(move |&unit| (unit, unit.word(lang, true))).filter(|&(unit, word)| {
        matches!(values::parse_duration(&format!("2 {word}")), Ok(Duration::Quantified { unit: read, .. }) if read == unit)
    })
}

/// Every country the lexicon knows, found through its public code lookup.
fn countries() -> &'static [Country] {
    static COUNTRIES: OnceLock<Vec<Country>> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        let mut countries: Vec<Country> = (b'A'..=b'Z')
            .flat_map(|first| (b'A'..=b'Z').map(move |second| [first, second]))
            .filter_map(|code| Country::from_code(std::str::from_utf8(&code).ok()?))
            .collect();
        countries.sort();
        countries.dedup();
        countries
    })
}

fn value_items(kind: ValueKind, document_lang: Lang, lang: Lang, range: Range) -> Vec<CompletionItem> {
    match kind {
        ValueKind::Unit => {
            unit_words(document_lang).map(|(_, word)| item(word, CompletionItemKind::UNIT, range)).collect()
        }
        ValueKind::Mechanism => mechanisms(document_lang)
            .iter()
            .map(|&text| {
                let mut item = item(text, CompletionItemKind::VALUE, range);
                item.detail = values::parse_mechanism(text)
                    .ok()
                    .map(|mechanism| describe(&FactValue::Mechanism(mechanism), lang));
                item
            })
            .collect(),
        ValueKind::Certification => {
            CERTIFICATIONS.iter().map(|scheme| item(scheme.label(), CompletionItemKind::VALUE, range)).collect()
        }
        ValueKind::Country => countries()
            .iter()
            .map(|country| {
                let mut item = item(country.code(), CompletionItemKind::VALUE, range);
                item.detail = Some(country.name(lang).to_string());
                item.filter_text = Some(format!("{} {}", country.code(), country.name(document_lang)));
                item
            })
            .collect(),
    }
}

fn item(label: &str, kind: CompletionItemKind, range: Range) -> CompletionItem {
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
        assert_eq!(context("| Kaveri | I"), Some(Context::TableCell { column: 1, start: 11 }));
    }

    #[test]
    fn numbers_are_recognised_before_a_unit() {
        assert!(follows_number("48 "));
        assert!(follows_number("1,5 "));
        assert!(follows_number("forty-eight (48) "));
        assert!(!follows_number("without undue "));
    }

    #[test]
    fn every_offered_value_is_read_back_by_the_lexicon() {
        for lang in Lang::ALL {
            assert!(unit_words(lang).count() >= 6, "{lang:?}");
            for text in mechanisms(lang) {
                let mechanism = values::parse_mechanism(text).unwrap_or_else(|error| panic!("{text}: {error:?}"));
                assert_eq!(mechanism.kinds.len(), 1, "{text}");
            }
        }
        for scheme in CERTIFICATIONS {
            assert_eq!(values::parse_certification(scheme.label()).map(|c| c.scheme), Ok(scheme.clone()));
        }
        assert!(countries().len() > 240);
        assert!(countries().iter().any(|country| country.code() == "IN" && country.name(Lang::Fr) == "Inde"));
    }

    #[test]
    fn annex_words_are_the_lexicons() {
        for lang in Lang::ALL {
            assert!(dpa_core::lexicon::is_annex_word(annex_word(lang)));
        }
    }
}

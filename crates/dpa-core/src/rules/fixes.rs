//! Fixes that insert contract text. Model clauses are the project's own wording, in the
//! document's language (EN or FR).

use dpa_syntax::Span;

use super::Context;
use crate::finding::{Edit, Fix};
use crate::lang::{L10n, Lang, Message};
use crate::model::ClauseKind;

/// Insert a new clause (`# Title {kind}` and its text) before the first annex, or at the end.
/// In untagged prose the heading carries no tag, so the fix reads like the rest of the document.
pub fn insert_clause(cx: &Context<'_>, kind: ClauseKind, title: L10n, body: L10n) -> Fix {
    let lang = cx.doc_lang();
    let at = cx.doc.clauses.iter().find(|c| c.annex && c.level == 1).map_or(cx.source.len(), |c| c.heading_span.start);
    let tag = if cx.doc.prose { String::new() } else { format!(" {{{}}}", kind_word(kind, lang)) };
    let newline = if cx.source.contains("\r\n") { "\r\n" } else { "\n" };
    let lead = if at > 0 && !cx.source[..at].ends_with('\n') { newline } else { "" };
    let text = format!("{lead}# {}{tag}{newline}{}{newline}{newline}", title.get(lang), body.get(lang));
    Fix {
        title: Message::new(format!("Insert the clause “{}”", title.en), format!("Insérer la clause « {} »", title.fr)),
        edits: vec![Edit { span: Span::empty(at), replacement: text }],
    }
}

/// Add a sentence at the end of the first clause of `kind`; insert a new clause with `title` when
/// there is none.
pub fn add_to_clause(cx: &Context<'_>, kind: ClauseKind, title: L10n, sentence: L10n) -> Fix {
    let lang = cx.doc_lang();
    let Some(clause) = cx.doc.clauses_of(kind).next() else {
        return insert_clause(cx, kind, title, sentence);
    };
    // End of the clause's own text: before trailing blank lines and before a sub-heading.
    let next_heading =
        cx.doc.clauses.iter().find(|c| c.heading_span.start > clause.heading_span.start).map(|c| c.heading_span.start);
    let end = next_heading.unwrap_or(clause.span.end).min(clause.span.end);
    let at = cx.source[..end].trim_end().len().max(clause.heading_span.end);
    let newline = if cx.source.contains("\r\n") { "\r\n" } else { "\n" };
    Fix {
        title: Message::new(
            format!("Add: “{}”", shorten(sentence.en)),
            format!("Ajouter : « {} »", shorten(sentence.fr)),
        ),
        edits: vec![Edit { span: Span::empty(at), replacement: format!("{newline}{}", sentence.get(lang)) }],
    }
}

/// Replace the text under `span`.
pub fn replace(span: Span, replacement: impl Into<String>, title: Message) -> Fix {
    Fix { title, edits: vec![Edit { span, replacement: replacement.into() }] }
}

/// The tag word for a kind in the document's language.
pub(crate) fn kind_word(kind: ClauseKind, lang: Lang) -> &'static str {
    dpa_lexicon::row_of(dpa_lexicon::CLAUSE_KINDS, kind).map_or(kind.id(), |row| row.word(lang))
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

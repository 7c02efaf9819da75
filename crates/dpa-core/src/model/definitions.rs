//! Defined terms by drafting convention (language.md §2): `"Customer Data" means …` at the start
//! of a paragraph, and inline `(the "Provider")` / `(ci-après le « Prestataire »)`. Straight and
//! curly quotes and guillemets (with or without inner no-break spaces) are all accepted.

use dpa_lexicon::{cues, FoldedText};

use super::{Definition, Paragraph};

const QUOTE_PAIRS: &[(char, char)] =
    &[('"', '"'), ('\u{201C}', '\u{201D}'), ('\u{AB}', '\u{BB}'), ('\u{2018}', '\u{2019}')];

/// Quoted spans in `text`: `(open, close, term)` with byte offsets of the quote characters.
fn quoted(text: &str) -> Vec<(usize, usize, &str)> {
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((open_at, ch)) = chars.next() {
        let Some(&(_, close)) = QUOTE_PAIRS.iter().find(|(open, _)| *open == ch) else { continue };
        let body_start = open_at + ch.len_utf8();
        let Some(close_rel) = text[body_start..].find(close) else { continue };
        let close_at = body_start + close_rel;
        let term = text[body_start..close_at].trim_matches(|c: char| c.is_whitespace());
        // A term is a short name, not a quoted sentence.
        if !term.is_empty() && term.chars().count() <= 60 && !term.contains('\n') {
            found.push((open_at, close_at, term));
        }
        while chars.peek().is_some_and(|(i, _)| *i <= close_at) {
            chars.next();
        }
    }
    found
}

/// A paragraph's text after the label that numbers it in a list of definitions: `1.2`, `(3)`,
/// and a letter or roman numeral closed by a dot or a parenthesis (`e.`, `(e)`, `iv)`).
fn after_list_label(text: &str) -> &str {
    let mut rest = text.trim_start();
    loop {
        let numbered = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')' || c == '(');
        let lettered = letter_label(numbered).unwrap_or(numbered);
        let next = lettered.trim_start();
        if next.len() == rest.len() {
            return rest;
        }
        rest = next;
    }
}

/// The text after a letter label (`e.`, `(e)`, `iv)`) that a space follows, if it opens with one.
fn letter_label(text: &str) -> Option<&str> {
    let body = text.strip_prefix('(').unwrap_or(text);
    let letters = body.find(|c: char| !c.is_ascii_alphabetic())?;
    let (label, rest) = body.split_at(letters);
    let roman = label.chars().all(|c| matches!(c.to_ascii_lowercase(), 'i' | 'v' | 'x'));
    if label.is_empty() || (label.len() > 1 && !roman) || label.len() > 4 {
        return None;
    }
    let rest = rest.strip_prefix(['.', ')'])?;
    rest.starts_with(char::is_whitespace).then_some(rest)
}

pub(super) fn scan_definitions(paragraph: &Paragraph) -> Vec<Definition> {
    let text = paragraph.text.as_str();
    let mut definitions = Vec::new();
    let lead = text.len() - after_list_label(text).len();
    for (open, close, term) in quoted(text) {
        let after = &text[close..];
        let after = after.get(after.chars().next().map_or(0, char::len_utf8)..).unwrap_or("");
        let before = text[..open].trim_end();
        // Only the words right after the quote matter: a lookup at that offset, not a search
        // of every cue through the rest of the paragraph.
        let after = FoldedText::new(after, 0);
        let follows_definition_verb = cues::DEFINITION_VERB.phrases().any(|verb| after.phrase_at(verb, 0).is_some());
        let at_paragraph_start = open <= lead;
        // `(the "Provider")`, `(ci-après le « Prestataire »)`: only intro words between the
        // parenthesis and the quote.
        let in_parenthesis = before.rfind('(').is_some_and(|paren| {
            let between = dpa_lexicon::fold(&before[paren + 1..]);
            between.is_empty() || cues::DEFINITION_INTRO.has_phrase(&between)
        });
        if (at_paragraph_start && follows_definition_verb) || in_parenthesis {
            let term_start = text[open..].find(term).map_or(open, |i| open + i);
            definitions.push(Definition {
                term: term.to_string(),
                term_span: paragraph.source_span(term_start, term_start + term.len()),
                span: paragraph.span,
                text: text.trim().to_string(),
            });
        }
    }
    definitions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str) -> Paragraph {
        Paragraph {
            span: dpa_syntax::Span::new(0, text.len()),
            clause: None,
            text: text.to_string(),
            offsets: (0..text.len()).collect(),
            folded: dpa_lexicon::FoldedText::new(text, 0),
            is_table_row: false,
        }
    }

    fn terms(text: &str) -> Vec<String> {
        scan_definitions(&paragraph(text)).into_iter().map(|d| d.term).collect()
    }

    #[test]
    fn finds_definitions_in_every_quote_style() {
        assert_eq!(terms("\"Customer Data\" means the Personal Data processed."), ["Customer Data"]);
        assert_eq!(terms("\u{201C}Services\u{201D} shall mean the hosted services."), ["Services"]);
        assert_eq!(terms("« Données du Client » désigne les données."), ["Données du Client"]);
        assert_eq!(
            terms("\u{AB}\u{A0}Sous-traitant ultérieur\u{A0}\u{BB} désigne tout sous-traitant."),
            ["Sous-traitant ultérieur"]
        );
        assert_eq!(
            terms("made between Duval (the \"Customer\") and Quillon (the \"Provider\")."),
            ["Customer", "Provider"]
        );
        assert_eq!(terms("conclu entre Duval (ci-après le « Client ») et Quillon."), ["Client"]);
    }

    #[test]
    fn letter_labels_before_a_term_are_skipped() {
        assert_eq!(terms("e. \"Sub-processor\" means any processor engaged by the Provider."), ["Sub-processor"]);
        assert_eq!(terms("(e) \"Customer Data\" means the Personal Data processed."), ["Customer Data"]);
        assert_eq!(terms("iv) « Violation » désigne toute violation de données."), ["Violation"]);
        assert_eq!(terms("2.1 (b) \"Services\" means the hosted services."), ["Services"]);
        assert!(
            terms("Note \"Services\" means the hosted services.").is_empty(),
            "a word is no label without its dot or parenthesis"
        );
    }

    #[test]
    fn ignores_quotations_that_are_not_definitions() {
        assert!(terms("The Provider said \"hello\" to the Customer.").is_empty());
    }

    #[test]
    fn term_spans_point_at_the_term() {
        let text = "« Données du Client » désigne les données.";
        let definition = &scan_definitions(&paragraph(text))[0];
        assert_eq!(definition.term_span.text(text), "Données du Client");
    }
}

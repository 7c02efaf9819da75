//! Bracketed blanks left in prose (`[●]`, `[TBD]`, `[SPECIFY …]`, `[À compléter]`, `[XX]`), and
//! paragraphs that are only an inline code span naming what to write
//! (`` `subject matter of processing` ``, the Common Form convention for a blank).

use dpa_lexicon::{cues, FoldedText};

use super::{Paragraph, Placeholder};

pub(super) fn scan_placeholders(paragraph: &Paragraph) -> Vec<Placeholder> {
    let text = paragraph.text.as_str();
    let mut found = Vec::new();
    if let Some((start, end)) = code_span_blank(text) {
        // The words only: messages quote the blank themselves.
        let words = text[start + 1..end - 1].to_string();
        found.push(Placeholder { span: paragraph.source_span(start, end), text: words, fact: None });
    }
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| from + i) {
        let Some(close) = text[open + 1..].find([']', '\n', '[']).map(|i| open + 1 + i) else { break };
        from = close;
        if text.as_bytes()[close] != b']' {
            continue;
        }
        let inner = &text[open + 1..close];
        // A Markdown link `[text](url)` is not a blank.
        if text[close + 1..].starts_with('(') {
            continue;
        }
        if is_blank(inner) {
            found.push(Placeholder {
                span: paragraph.source_span(open, close + 1),
                text: text[open..=close].to_string(),
                fact: None,
            });
        }
    }
    found
}

/// The byte range of a paragraph that is one inline code span of words ("`subject matter of
/// processing`", "`durée du traitement`"): in a contract, a blank to fill, not code.
fn code_span_blank(text: &str) -> Option<(usize, usize)> {
    let start = text.len() - text.trim_start().len();
    let span = text.trim();
    let inner = span.strip_prefix('`')?.strip_suffix('`')?;
    let words = !inner.contains('`')
        && inner.chars().any(char::is_alphabetic)
        && inner.chars().all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '-' | '\'' | '’' | ',' | '/'));
    words.then_some((start, start + span.len()))
}

fn is_blank(inner: &str) -> bool {
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return true;
    }
    let only_filler = trimmed
        .chars()
        .all(|c| matches!(c, '●' | '•' | '…' | '.' | '_' | '-' | '*' | 'x' | 'X' | '?' | ' ' | '\u{a0}'));
    only_filler || cues::PLACEHOLDER.find(&FoldedText::new(trimmed, 0)).is_some_and(|(start, _)| start == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanks(text: &str) -> Vec<String> {
        let paragraph = Paragraph {
            span: dpa_syntax::Span::new(0, text.len()),
            clause: None,
            text: text.to_string(),
            offsets: (0..text.len()).collect(),
            folded: dpa_lexicon::FoldedText::new(text, 0),
            is_table_row: false,
        };
        scan_placeholders(&paragraph).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn finds_blanks_in_both_languages() {
        assert_eq!(blanks("within [●] days"), ["[●]"]);
        assert_eq!(blanks("Retention: [SPECIFY retention period]."), ["[SPECIFY retention period]"]);
        assert_eq!(blanks("Durée : [À compléter]"), ["[À compléter]"]);
        assert_eq!(blanks("[TBD] and [XX] and [ ]"), ["[TBD]", "[XX]", "[ ]"]);
    }

    #[test]
    fn a_paragraph_that_is_only_a_code_span_of_words_is_a_blank() {
        assert_eq!(blanks("`subject matter of processing`"), ["subject matter of processing"]);
        assert_eq!(blanks("  `catégories de personnes concernées` "), ["catégories de personnes concernées"]);
        assert!(blanks("Run `dpa-lint check` on the file.").is_empty());
        assert!(blanks("`x = 1;`").is_empty());
        assert!(blanks("``").is_empty());
    }

    #[test]
    fn leaves_ordinary_brackets_alone() {
        assert!(blanks("see [the Annex](annex.md) and [Customer]").is_empty());
        assert!(blanks("a lone [ bracket").is_empty());
    }
}

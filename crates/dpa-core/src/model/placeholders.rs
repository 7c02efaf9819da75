//! Bracketed blanks left in prose (`[●]`, `[TBD]`, `[SPECIFY …]`, `[À compléter]`, `[XX]`).

use dpa_lexicon::{cues, FoldedText};

use super::{Paragraph, Placeholder};

pub(super) fn scan_placeholders(paragraph: &Paragraph) -> Vec<Placeholder> {
    let text = paragraph.text.as_str();
    let mut found = Vec::new();
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
    fn leaves_ordinary_brackets_alone() {
        assert!(blanks("see [the Annex](annex.md) and [Customer]").is_empty());
        assert!(blanks("a lone [ bracket").is_empty());
    }
}

//! Blanks left in prose: bracketed (`[●]`, `[TBD]`, `[SPECIFY …]`, `[À compléter]`, `[XX]`,
//! `[_please specify_]`, `[enter: …]`, `[todo]`, `[Describe …]`, `[Indiquer …]`), template variables (`{{customer_legal_name}}`, `{CUSTOMER.name}`),
//! parenthesised field names (`(DATE)`), runs of underscores or dots to write on (`________`,
//! `……`), figures masked with x (`Business ID xxxxxxxx`, `+33 1 XX XX XX XX`), lines of field names only (`NAME ORGANIZATION STREET`), and paragraphs that are only an
//! inline code span naming what to write (`` `subject matter of processing` ``, the Common Form
//! convention for a blank).

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
    if is_field_name_line(text) {
        let start = text.len() - text.trim_start().len();
        let span = paragraph.source_span(start, start + text.trim().len());
        found.push(Placeholder { span, text: text.trim().to_string(), fact: None });
        return found;
    }
    found.extend(bracketed_blanks(paragraph));
    found.extend(template_variables(paragraph));
    found.extend(parenthesised_field_names(paragraph));
    for blank in writing_lines(paragraph).into_iter().chain(masked_figures(paragraph)) {
        if !found.iter().any(|known| known.span.start <= blank.span.start && blank.span.end <= known.span.end) {
            found.push(blank);
        }
    }
    found.sort_by_key(|blank| blank.span.start);
    found
}

fn blank_at(paragraph: &Paragraph, start: usize, end: usize) -> Placeholder {
    Placeholder { span: paragraph.source_span(start, end), text: paragraph.text[start..end].to_string(), fact: None }
}

fn bracketed_blanks(paragraph: &Paragraph) -> Vec<Placeholder> {
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
        // `\[insert name\]`: a Markdown export escapes the brackets.
        if is_blank(inner.strip_suffix('\\').unwrap_or(inner)) {
            found.push(blank_at(paragraph, open, close + 1));
        }
    }
    found
}

/// `{{customer_legal_name}}`, `{{ dpa_date }}` (mail-merge and web templates) and `{CUSTOMER.name}`,
/// `{VENDOR_NAME}`: a variable the template fills in. A lower-case word in single braces is a
/// clause tag (`{sub-processors}`), not a blank.
fn template_variables(paragraph: &Paragraph) -> Vec<Placeholder> {
    let text = paragraph.text.as_str();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let double = text[open..].starts_with("{{");
        let (inner_start, closing) = if double { (open + 2, "}}") } else { (open + 1, "}") };
        let Some(close) = text[inner_start..].find(closing).map(|i| inner_start + i) else { break };
        from = close + closing.len();
        let inner = text[inner_start..close].trim();
        let identifier = !inner.is_empty()
            && inner.chars().any(char::is_alphabetic)
            && inner.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'));
        let variable =
            double || inner.contains(['_', '.']) || inner.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if identifier && variable {
            found.push(blank_at(paragraph, open, from));
        }
    }
    found
}

/// `(DATE)`, `(NAME OF THE CUSTOMER)`: a field name in capitals between parentheses. An acronym
/// (`(GDPR)`) names something; only the words of a blank make one.
fn parenthesised_field_names(paragraph: &Paragraph) -> Vec<Placeholder> {
    let text = paragraph.text.as_str();
    let mut found = Vec::new();
    for (open, _) in text.match_indices('(') {
        let Some(close) = text[open + 1..].find([')', '(', '\n']).map(|i| open + 1 + i) else { continue };
        let inner = &text[open + 1..close];
        let capitals = inner.chars().any(char::is_alphabetic)
            && inner.chars().all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '_' | '/' | '\''));
        if text.as_bytes()[close] == b')' && capitals && is_blank(inner) {
            found.push(blank_at(paragraph, open, close + 1));
        }
    }
    found
}

/// A run of underscores or dots to write on (`________`, `……`, `.......`). Dots that lead to a
/// page number are a table of contents, not a blank.
fn writing_lines(paragraph: &Paragraph) -> Vec<Placeholder> {
    let text = paragraph.text.as_str();
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, first)) = chars.next() {
        if !matches!(first, '_' | '.' | '…') {
            continue;
        }
        let mut end = start + first.len_utf8();
        let mut length = if first == '…' { 3 } else { 1 };
        // Underscores and dots written with their Markdown escape (`\_\_\_`) are the same run.
        while let Some(&(at, next)) = chars.peek() {
            let continues = match first {
                '_' => next == '_' || next == '\\',
                _ => next == '.' || next == '…',
            };
            if !continues {
                break;
            }
            length += match next {
                '…' => 3,
                '\\' => 0,
                _ => 1,
            };
            end = at + next.len_utf8();
            chars.next();
        }
        let leader = text[end..].trim_start().starts_with(|c: char| c.is_ascii_digit());
        if length >= 4 && !(first != '_' && leader) {
            found.push(blank_at(paragraph, start, end));
        }
    }
    found
}

/// Figures masked with x for the party to fill in: `Business ID xxxxxxxx`, « Tél. : +33 1 XX XX XX
/// XX », `VAT no. XXXX-XXXX`. Words made only of x, joined by spaces, dots, dashes or slashes, with
/// four x or more; three in lower case also count, but not an upper-case `XX` or `XXX` alone, which
/// may be a Roman numeral ("Article XX").
fn masked_figures(paragraph: &Paragraph) -> Vec<Placeholder> {
    masked_figure_spans(&paragraph.text).into_iter().map(|(start, end)| blank_at(paragraph, start, end)).collect()
}

/// The byte ranges of the figures masked with x in `text` (see `masked_figures`).
pub(crate) fn masked_figure_spans(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut word_start = None;
    for (at, c) in text.char_indices() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(at);
        } else if let Some(start) = word_start.take() {
            words.push((start, at));
        }
    }
    words.extend(word_start.map(|start| (start, text.len())));
    let is_masked =
        |&(start, end): &(usize, usize)| end - start >= 2 && text[start..end].bytes().all(|b| b == b'x' || b == b'X');
    let mut found = Vec::new();
    let mut rest = words.as_slice();
    while let Some(first) = rest.iter().position(is_masked) {
        let mut end = first + 1;
        while rest.get(end).is_some_and(|word| {
            is_masked(word)
                && text[rest[end - 1].1..word.0].chars().all(|c| matches!(c, ' ' | '\u{a0}' | '.' | '-' | '/'))
        }) {
            end += 1;
        }
        let run = &rest[first..end];
        let count: usize = run.iter().map(|(start, end)| end - start).sum();
        let lower = run.iter().any(|&(start, _)| text.as_bytes()[start] == b'x');
        if count >= 4 || (count == 3 && lower) {
            found.push((run[0].0, run[end - first - 1].1));
        }
        rest = &rest[end..];
    }
    found
}

/// A text of field names in capitals only ("NAME ORGANIZATION STREET POST CODE/CITY COUNTRY",
/// « NOM SOCIÉTÉ ADRESSE »): a form's address block left for the party to fill in. A converted
/// form may have made each line a heading (`## NAME`), which does not change what it is.
pub(crate) fn is_field_name_line(text: &str) -> bool {
    let words: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | '#')).filter(|w| !w.is_empty()).collect();
    words.len() >= 2
        && words.iter().all(|word| {
            word.chars().all(|c| c.is_uppercase() || c == '-')
                && cues::FORM_FIELD_NAMES.contains(&dpa_lexicon::fold(word).as_str())
        })
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
    // `[_please specify_]`: emphasis is no part of the words.
    let trimmed = inner.trim().trim_matches(|c: char| c == '_' || c == '*').trim();
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
        assert_eq!(blanks("Effective on [enter: signature date]."), ["[enter: signature date]"]);
        assert_eq!(blanks("Processor: [todo] ([to do: country])"), ["[todo]", "[to do: country]"]);
        assert_eq!(
            blanks("Durée : [Indiquer la durée] ; lieu : [à renseigner]"),
            ["[Indiquer la durée]", "[à renseigner]"]
        );
        assert_eq!(blanks("Purposes: [Describe the purposes]"), ["[Describe the purposes]"]);
        assert_eq!(blanks("Office: [Registered address], [Company name]"), ["[Registered address]", "[Company name]"]);
        assert_eq!(
            blanks("Siège : [Adresse complète], [Raison sociale du prestataire]"),
            ["[Adresse complète]", "[Raison sociale du prestataire]"]
        );
    }

    #[test]
    fn a_bracketed_word_that_only_begins_like_an_instruction_is_no_blank() {
        assert!(blanks("see [Enterprise Plan] and [Completed Audits]").is_empty());
        assert!(blanks("the [Addressee] and [Addresses of the Services]").is_empty());
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
    fn finds_template_variables_and_writing_lines() {
        assert_eq!(blanks("Client : {{customer_legal_name}} (\"Client\")"), ["{{customer_legal_name}}"]);
        assert_eq!(blanks("Vendor: {VENDOR.name}, {VENDOR_ADDRESS}"), ["{VENDOR.name}", "{VENDOR_ADDRESS}"]);
        assert_eq!(blanks("Contract number: ________________"), ["________________"]);
        assert_eq!(blanks("Fait à …… le ……"), ["……", "……"]);
        assert_eq!(blanks("signed on (DATE) by \\[insert name\\]"), ["(DATE)", "[insert name\\]"]);
        assert_eq!(blanks("Nom : [_please specify_]"), ["[_please specify_]"]);
        assert_eq!(
            blanks("NAME ORGANIZATION STREET POST CODE/CITY COUNTRY"),
            ["NAME ORGANIZATION STREET POST CODE/CITY COUNTRY"]
        );
        assert_eq!(blanks("NOM SOCIÉTÉ ADRESSE"), ["NOM SOCIÉTÉ ADRESSE"]);
    }

    #[test]
    fn finds_figures_masked_with_x() {
        assert_eq!(blanks("Company number xxxxxxxx, VAT XXXX-XXXX."), ["xxxxxxxx", "XXXX-XXXX"]);
        assert_eq!(blanks("Tél. : +33 4 XX XX XX XX ; SIREN xxx"), ["XX XX XX XX", "xxx"]);
        assert_eq!(blanks("Registered under no. [XXXX]"), ["[XXXX]"]);
    }

    #[test]
    fn leaves_roman_numerals_and_words_with_x_alone() {
        assert!(blanks("See Article XX and Chapter XXX of the Regulation.").is_empty());
        assert!(blanks("Exxon, xerox, the x-ray unit and Mr X.").is_empty());
    }

    #[test]
    fn leaves_tags_acronyms_and_contents_leaders_alone() {
        assert!(blanks("# Sub-processors {sub-processors}").is_empty());
        assert!(blanks("the Regulation (GDPR) and the (UK) GDPR").is_empty());
        assert!(blanks("Annex 1 ........ 12").is_empty());
        assert!(blanks("as __bold__ or ___both___ and so on...").is_empty());
        assert!(blanks("NAME").is_empty());
    }

    #[test]
    fn leaves_ordinary_brackets_alone() {
        assert!(blanks("see [the Annex](annex.md) and [Customer]").is_empty());
        assert!(blanks("a lone [ bracket").is_empty());
    }
}

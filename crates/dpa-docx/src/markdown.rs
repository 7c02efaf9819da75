//! Markdown rendering: exactly one line per paragraph, so line N of the output is paragraph N
//! of the [`DocxDocument`] and a finding's line number points back into the Word file.

use crate::model::{DocxDocument, DocxParagraph, ParagraphKind};

/// Markdown allows six heading levels; Word's levels 7–9 become level 6.
const MAX_MARKDOWN_HEADING: u8 = 6;

/// Render the document as Markdown the DPA linter reads in prose mode: headings as `#` lines,
/// list paragraphs with their labels (bullets as `- `), tables as pipe tables with `|` escaped.
/// Every paragraph is one line (tabs and line breaks inside it become spaces), so line N is
/// `document.paragraphs[N - 1]` (see [`DocxDocument::paragraph_at_line`]).
pub fn to_markdown(document: &DocxDocument) -> String {
    let mut out = String::new();
    for paragraph in &document.paragraphs {
        out.push_str(&render_line(paragraph));
        out.push('\n');
    }
    out
}

fn render_line(paragraph: &DocxParagraph) -> String {
    let text = one_line(&paragraph.text);
    match &paragraph.kind {
        ParagraphKind::Body => match &paragraph.label {
            // An empty `-` under a line of text would turn that line into a heading.
            Some(label) if label.bullet => {
                if text.is_empty() {
                    String::new()
                } else {
                    format!("{}- {text}", nesting(label.level))
                }
            }
            Some(label) => {
                let label_text = one_line(&label.text);
                let line = escape_block_start(format!("{label_text} {text}").trim_end());
                // A nested list's items keep their depth as Markdown does, by indentation,
                // where the label alone does not show it (`1.` under `1.`, not `1.1`).
                if is_list_marker(&label_text) && !text.is_empty() {
                    format!("{}{line}", nesting(label.level))
                } else {
                    line
                }
            }
            None => escape_block_start(&text),
        },
        ParagraphKind::Heading { level } => {
            let text = match &paragraph.label {
                Some(label) if !label.bullet => format!("{} {text}", one_line(&label.text)),
                _ => text,
            };
            let text = text.trim();
            if text.is_empty() {
                String::new()
            } else {
                format!("{} {text}", "#".repeat(usize::from((*level).clamp(1, MAX_MARKDOWN_HEADING))))
            }
        }
        ParagraphKind::TableRow { cells } => {
            let cells: Vec<String> = cells.iter().map(|cell| one_line(cell).replace('|', "\\|")).collect();
            format!("| {} |", cells.join(" | "))
        }
        ParagraphKind::TableDelimiter { columns } => {
            format!("|{}", "---|".repeat((*columns).max(1)))
        }
        ParagraphKind::TableEnd => String::new(),
    }
}

/// Columns of indentation per list level, as in a Markdown nested list.
const INDENT_PER_LEVEL: usize = 4;

fn nesting(level: u8) -> String {
    " ".repeat(usize::from(level) * INDENT_PER_LEVEL)
}

/// `1.`, `12)`: a label Markdown reads as an ordered list item's marker. Other labels (`7.2`,
/// `(a)`, `Article 3 -`) carry their depth themselves and stay at the margin, where an
/// indented line would continue the item above it.
fn is_list_marker(label: &str) -> bool {
    let digits = label.trim_end_matches(['.', ')']);
    label.len() == digits.len() + 1 && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

/// The text on one line: every line-breaking or tab character becomes a space, ends trimmed.
fn one_line(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => ' ',
            other => other,
        })
        .collect();
    flat.trim().to_string()
}

/// Body text that would start a Markdown or DPA construct (heading, table, `%%` comment, code
/// fence, block quote, thematic break or setext underline) gets a backslash, so a paragraph
/// that merely begins with `#` or `|` in Word stays prose.
fn escape_block_start(line: &str) -> String {
    let marker_only = !line.is_empty() && {
        let mut marks = line.chars().filter(|c| !c.is_whitespace());
        marks.next().is_some_and(|first| matches!(first, '-' | '=' | '*' | '_') && marks.all(|c| c == first))
    };
    let starts_construct = ["#", "|", "%%", ">", "```", "~~~"].iter().any(|prefix| line.starts_with(prefix));
    if marker_only || starts_construct {
        format!("\\{line}")
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ListLabel;

    fn paragraph(kind: ParagraphKind, text: &str, label: Option<(&str, bool)>) -> DocxParagraph {
        DocxParagraph {
            kind,
            text: text.to_string(),
            label: label.map(|(text, bullet)| ListLabel { text: text.to_string(), level: 0, bullet }),
        }
    }

    #[test]
    fn every_paragraph_is_exactly_one_line() {
        let document = DocxDocument {
            paragraphs: vec![
                paragraph(ParagraphKind::Heading { level: 1 }, "Objet", Some(("Article 1 -", false))),
                paragraph(ParagraphKind::Body, "Le sous-traitant\nnotifie\tla violation.", None),
                paragraph(ParagraphKind::Body, "", None),
                paragraph(ParagraphKind::Heading { level: 8 }, "Deep", None),
                paragraph(ParagraphKind::Heading { level: 2 }, "  ", None),
            ],
        };
        let markdown = to_markdown(&document);
        assert_eq!(markdown, "# Article 1 - Objet\nLe sous-traitant notifie la violation.\n\n###### Deep\n\n");
        assert_eq!(markdown.lines().count(), document.paragraphs.len());
    }

    #[test]
    fn labels_and_bullets() {
        let lines: Vec<String> = [
            paragraph(ParagraphKind::Body, "Audits", Some(("7.2", false))),
            paragraph(ParagraphKind::Body, "sur place", Some(("•", true))),
            paragraph(ParagraphKind::Body, "", Some(("•", true))),
            paragraph(ParagraphKind::Body, "", Some(("(a)", false))),
        ]
        .iter()
        .map(render_line)
        .collect();
        assert_eq!(lines, ["7.2 Audits", "- sur place", "", "(a)"]);
    }

    #[test]
    fn tables_escape_pipes() {
        let row =
            paragraph(ParagraphKind::TableRow { cells: vec!["A | B".into(), "".into(), "x\ny".into()] }, "", None);
        assert_eq!(render_line(&row), "| A \\| B |  | x y |");
        assert_eq!(render_line(&paragraph(ParagraphKind::TableDelimiter { columns: 3 }, "", None)), "|---|---|---|");
        assert_eq!(render_line(&paragraph(ParagraphKind::TableEnd, "", None)), "");
    }

    #[test]
    fn body_text_never_starts_a_construct() {
        for (text, expected) in [
            ("# not a heading", "\\# not a heading"),
            ("| not | a table", "\\| not | a table"),
            ("%% not a comment", "\\%% not a comment"),
            ("---", "\\---"),
            ("= = =", "\\= = ="),
            ("```", "\\```"),
            ("> quote", "\\> quote"),
            ("- a real dash item", "- a real dash item"),
            ("Prix : 3 - 4 €", "Prix : 3 - 4 €"),
        ] {
            assert_eq!(escape_block_start(text), expected, "{text}");
        }
    }
}

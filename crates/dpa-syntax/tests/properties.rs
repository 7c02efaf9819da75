//! Property tests: any text parses into a well-formed tree (see `common`), and line endings or a
//! BOM never change the structure.

mod common;

use common::parse_checked;
use dpa_syntax::*;
use proptest::prelude::*;

const MARKERS: &[&str] = &[
    "[[",
    "]]",
    "[",
    "{",
    "}",
    "#",
    "# ",
    "|",
    "\\|",
    "|---|",
    "%%",
    "%% lint: allow A-B -- reason: ",
    "NOTE",
    "---",
    "---\n",
    "\n",
    "\r\n",
    "\r",
    ":",
    " ",
    "\t",
    "\u{a0}",
    "\u{202f}",
    "\u{feff}",
    "\0",
    "😀",
    "é",
    "- ",
    "1. ",
];

/// Text made of the language's markers and the characters that trouble parsers, so that random
/// strings hit half-typed constructs far more often than plain `\PC*` does.
fn marker_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![proptest::sample::select(MARKERS).prop_map(str::to_owned), "[a-zA-Z]{1,6}"];
    proptest::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

fn texts<'a>(tokens: impl IntoIterator<Item = &'a Token>) -> String {
    tokens.into_iter().map(|token| token.text.as_str()).collect::<Vec<_>>().join(" ")
}

/// What a parse says, without offsets or line-break characters: used to compare parses of texts
/// that differ only in line endings or a leading BOM.
fn shape(parse: &Parse) -> Vec<String> {
    let mut shape: Vec<String> = parse.diagnostics.iter().map(|diagnostic| format!("{:?}", diagnostic.kind)).collect();
    if let Some(front_matter) = &parse.tree.front_matter {
        shape.push(format!("front matter closed={}", front_matter.closed));
        shape.extend(front_matter.entries.iter().map(|entry| format!("{}={}", entry.key.text, entry.value.text)));
    }
    for block in &parse.tree.blocks {
        shape.push(match block {
            Block::Heading(heading) => {
                let tag = heading.tag.as_ref().map(|tag| (texts(&tag.words), texts(&tag.anchor), tag.closed));
                format!("h{} {} {tag:?}", heading.level, heading.text.text)
            }
            Block::Paragraph(text) | Block::ListItem(text) => {
                let facts = text.facts().map(|fact| (texts([&fact.name, &fact.value]), fact.has_colon, fact.closed));
                format!("text {:?}", facts.collect::<Vec<_>>())
            }
            Block::Table(table) => {
                let rows = std::iter::once(&table.header).chain(&table.rows);
                format!(
                    "table {:?}",
                    rows.map(|row| row.cells.iter().map(|cell| cell.text.as_str()).collect::<Vec<_>>())
                        .collect::<Vec<_>>()
                )
            }
            Block::Comment(comment) => match &comment.kind {
                CommentKind::Plain { text } => format!("comment {}", text.text),
                CommentKind::Note { text } => format!("note {}", text.text),
                CommentKind::Directive(directive) => format!(
                    "directive {} [{}] {} {}",
                    directive.verb.text,
                    texts(&directive.rules),
                    texts(&directive.reason_label),
                    texts(&directive.reason)
                ),
            },
        });
    }
    shape
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_printable_text_is_well_formed(source in "\\PC*") {
        parse_checked(&source);
    }

    #[test]
    fn any_marker_soup_is_well_formed(source in marker_soup()) {
        parse_checked(&source);
    }

    #[test]
    fn crlf_and_lf_give_the_same_structure(source in marker_soup()) {
        let lf = source.replace('\r', "");
        let crlf = lf.replace('\n', "\r\n");
        prop_assert_eq!(shape(&parse_checked(&lf)), shape(&parse_checked(&crlf)));
    }

    #[test]
    fn a_bom_shifts_every_offset_and_changes_nothing_else(source in marker_soup()) {
        let source = source.trim_start_matches('\u{feff}');
        let plain = parse_checked(source);
        let with_bom = parse_checked(&format!("\u{feff}{source}"));
        prop_assert_eq!(shape(&plain), shape(&with_bom));
        let starts = |parse: &Parse| parse.tree.blocks.iter().map(|block| block.span().start).collect::<Vec<_>>();
        prop_assert_eq!(starts(&plain).into_iter().map(|start| start + 3).collect::<Vec<_>>(), starts(&with_bom));
    }
}

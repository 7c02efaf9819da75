//! Facts, paragraphs and list items.

mod common;

use common::parse_checked;
use dpa_syntax::*;

fn facts(parse: &Parse) -> Vec<&FactNode> {
    parse
        .tree
        .blocks
        .iter()
        .flat_map(|block| match block {
            Block::Paragraph(text) | Block::ListItem(text) => text.facts().collect(),
            Block::Table(table) => table
                .rows
                .iter()
                .flat_map(|row| &row.cells)
                .flat_map(|cell| &cell.inlines)
                .filter_map(|inline| match inline {
                    Inline::Fact(fact) => Some(fact),
                    Inline::Text(_) => None,
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

fn name_value(fact: &FactNode) -> (&str, &str) {
    (fact.name.text.as_str(), fact.value.text.as_str())
}

fn kinds(parse: &Parse) -> Vec<&SyntaxErrorKind> {
    parse.diagnostics.iter().map(|diagnostic| &diagnostic.kind).collect()
}

fn texts(inlines: &[Inline]) -> Vec<&str> {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => text.text.as_str(),
            Inline::Fact(_) => "<fact>",
        })
        .collect()
}

#[test]
fn english_fact_inside_a_sentence() {
    let source = "Within [[breach-notice: 48 hours]] after becoming aware.";
    let parse = parse_checked(source);
    let [fact] = facts(&parse)[..] else { panic!() };
    assert_eq!(name_value(fact), ("breach-notice", "48 hours"));
    assert!(fact.has_colon && fact.closed);
    assert_eq!(fact.span.text(source), "[[breach-notice: 48 hours]]");
    assert_eq!(fact.name.span.text(source), "breach-notice");
    let Block::Paragraph(paragraph) = &parse.tree.blocks[0] else { panic!() };
    assert_eq!(texts(&paragraph.inlines), ["Within ", "<fact>", " after becoming aware."]);
    assert!(parse.diagnostics.is_empty());
}

#[test]
fn french_fact_with_no_break_spaces_around_the_colon() {
    let source = "Dans un délai de [[délai-violation\u{a0}:\u{a0}48\u{a0}heures\u{202f}]] à compter de la prise de connaissance.";
    let parse = parse_checked(source);
    let [fact] = facts(&parse)[..] else { panic!() };
    assert_eq!(name_value(fact), ("délai-violation", "48\u{a0}heures"));
}

#[test]
fn fact_without_colon_or_value() {
    let parse = parse_checked("See [[ref]] and [[deletion-period: ]] and [[deletion-period: ?]].");
    let found: Vec<_> = facts(&parse).into_iter().map(|fact| (name_value(fact), fact.has_colon)).collect();
    assert_eq!(found, [(("ref", ""), false), (("deletion-period", ""), true), (("deletion-period", "?"), true)]);
    assert!(parse.diagnostics.is_empty());
}

#[test]
fn values_may_contain_colons_and_single_brackets() {
    let parse = parse_checked("[[certification: ISO/IEC 27001:2022, valid until 2026-11-30]] [[note: see [1]]]");
    let found: Vec<_> = facts(&parse).into_iter().map(name_value).collect();
    assert_eq!(found, [("certification", "ISO/IEC 27001:2022, valid until 2026-11-30"), ("note", "see [1")]);
}

#[test]
fn unclosed_fact_runs_to_the_end_of_its_line_only() {
    let source = "within [[breach-notice: 48 hours after becoming aware\nof it, and [[mfa: required]].";
    let parse = parse_checked(source);
    let found = facts(&parse);
    assert_eq!(found.len(), 2);
    assert!(!found[0].closed);
    assert_eq!(found[0].span.text(source), "[[breach-notice: 48 hours after becoming aware");
    assert_eq!(name_value(found[0]), ("breach-notice", "48 hours after becoming aware"));
    assert!(found[1].closed, "the next line is unaffected");
    assert_eq!(kinds(&parse), [&SyntaxErrorKind::UnclosedFact]);
    assert_eq!(parse.diagnostics[0].span, found[0].span);
}

#[test]
fn half_typed_opener_at_end_of_line() {
    for source in ["[[", "text [[", "text [[\r\nnext", "[[ name :"] {
        let parse = parse_checked(source);
        assert_eq!(kinds(&parse), [&SyntaxErrorKind::UnclosedFact], "{source:?}");
        assert!(!parse.diagnostics[0].span.text(source).contains('\r'));
    }
}

#[test]
fn empty_fact_name_is_reported() {
    for source in ["[[]]", "[[: 48 hours]]", "[[ : x ]]"] {
        let parse = parse_checked(source);
        assert_eq!(kinds(&parse), [&SyntaxErrorKind::EmptyFactName], "{source}");
        assert_eq!(facts(&parse)[0].name.text, "");
    }
}

#[test]
fn brackets_that_are_not_facts_are_text() {
    let source = "Provider [●] shall [TBD] see [the annex](annex.md) and ]] stray.";
    let parse = parse_checked(source);
    assert!(facts(&parse).is_empty());
    assert!(parse.diagnostics.is_empty());
    let Block::Paragraph(paragraph) = &parse.tree.blocks[0] else { panic!() };
    assert_eq!(texts(&paragraph.inlines), [source]);
}

#[test]
fn the_last_opener_before_the_closer_wins() {
    let parse = parse_checked("[[a [[b: c]] and [[[x]]]");
    let found: Vec<_> = facts(&parse).into_iter().map(name_value).collect();
    assert_eq!(found, [("b", "c"), ("x", "")]);
    assert!(parse.diagnostics.is_empty());
}

#[test]
fn paragraph_text_spans_line_breaks_and_keeps_words_apart() {
    let source = "The Provider shall notify within [[breach-notice: 48 hours]]\nafter becoming aware   \n  of it.  \n\nSecond paragraph.";
    let parse = parse_checked(source);
    let [Block::Paragraph(first), Block::Paragraph(second)] = &parse.tree.blocks[..] else { panic!() };
    assert_eq!(
        texts(&first.inlines),
        ["The Provider shall notify within ", "<fact>", "\nafter becoming aware   \n  of it."]
    );
    assert_eq!(
        first.span.text(source),
        "The Provider shall notify within [[breach-notice: 48 hours]]\nafter becoming aware   \n  of it.  "
    );
    assert_eq!(texts(&second.inlines), ["Second paragraph."]);
}

#[test]
fn list_items_in_every_marker_style() {
    let source = "- first [[mfa: required]]\n* second\n+ third\n1. fourth\n2) fifth\n   - indented\n-\n";
    let parse = parse_checked(source);
    let items: Vec<_> = parse
        .tree
        .blocks
        .iter()
        .map(|block| match block {
            Block::ListItem(item) => texts(&item.inlines).concat(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(items, ["first <fact>", "second", "third", "fourth", "fifth", "indented", ""]);
    assert_eq!(parse.tree.blocks[0].span().text(source), "- first [[mfa: required]]");
    assert_eq!(facts(&parse).len(), 1);
}

#[test]
fn indented_continuation_lines_belong_to_the_list_item() {
    let source =
        "- Le sous-traitant notifie\n  dans un délai de [[délai-violation : 24 heures]].\nNot indented: a paragraph.";
    let parse = parse_checked(source);
    let [Block::ListItem(item), Block::Paragraph(_)] = &parse.tree.blocks[..] else {
        panic!("{:?}", parse.tree.blocks)
    };
    assert_eq!(texts(&item.inlines), ["Le sous-traitant notifie\n  dans un délai de ", "<fact>", "."]);
}

#[test]
fn blocks_interrupt_paragraphs_but_wrapped_numbers_do_not() {
    let source = "As required by Article\n28. The processor shall\n1. first item\n- bullet\n%% comment\n# Heading";
    let parse = parse_checked(source);
    let shapes: Vec<_> = parse
        .tree
        .blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(_) => "paragraph",
            Block::ListItem(_) => "item",
            Block::Comment(_) => "comment",
            Block::Heading(_) => "heading",
            Block::Table(_) => "table",
        })
        .collect();
    assert_eq!(shapes, ["paragraph", "item", "item", "comment", "heading"]);
    assert_eq!(parse.tree.blocks[0].span().text(source), "As required by Article\n28. The processor shall");
}

#[test]
fn crlf_line_breaks_stay_inside_paragraph_text_only() {
    let source = "Line one [[a: b]]\r\nline two\r\n";
    let parse = parse_checked(source);
    let Block::Paragraph(paragraph) = &parse.tree.blocks[0] else { panic!() };
    assert_eq!(texts(&paragraph.inlines), ["Line one ", "<fact>", "\r\nline two"]);
}

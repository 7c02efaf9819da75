mod common;

use common::parse_checked;
use dpa_syntax::*;

fn parse_heading(source: &str) -> (Heading, Vec<SyntaxErrorKind>) {
    let parse = parse_checked(source);
    let kinds = parse.diagnostics.iter().map(|diagnostic| diagnostic.kind.clone()).collect();
    match parse.tree.blocks.first() {
        Some(Block::Heading(heading)) => (heading.clone(), kinds),
        other => panic!("expected a heading, got {other:?}"),
    }
}

fn words(tag: &Tag) -> Vec<&str> {
    tag.words.iter().map(|word| word.text.as_str()).collect()
}

#[test]
fn english_clause_heading_with_tag() {
    let source = "# Personal data breaches {breach-notification}";
    let (heading, diagnostics) = parse_heading(source);
    assert_eq!(heading.level, 1);
    assert_eq!(heading.text.text, "Personal data breaches");
    let tag = heading.tag.unwrap();
    assert_eq!(words(&tag), ["breach-notification"]);
    assert_eq!(tag.span.text(source), "{breach-notification}");
    assert!(tag.closed && tag.anchor.is_none());
    assert_eq!(heading.span.text(source), source);
    assert!(diagnostics.is_empty());
}

#[test]
fn french_annex_heading_with_words_and_anchor() {
    let source = "## Annexe II – Mesures de sécurité {annexe mesures-de-securite #annex-security}  ";
    let (heading, diagnostics) = parse_heading(source);
    assert_eq!(heading.level, 2);
    assert_eq!(heading.text.text, "Annexe II – Mesures de sécurité");
    let tag = heading.tag.unwrap();
    assert_eq!(words(&tag), ["annexe", "mesures-de-securite"]);
    let anchor = tag.anchor.unwrap();
    assert_eq!(anchor.text, "annex-security");
    assert_eq!(anchor.span.text(source), "annex-security");
    assert!(diagnostics.is_empty());
}

#[test]
fn heading_without_tag() {
    let (heading, _) = parse_heading("### Audits et inspections   ");
    assert_eq!((heading.level, heading.text.text.as_str()), (3, "Audits et inspections"));
    assert!(heading.tag.is_none());
}

#[test]
fn tag_only_heading_has_empty_text() {
    let source = "# {audit}";
    let (heading, _) = parse_heading(source);
    assert_eq!(heading.text.text, "");
    assert_eq!(words(heading.tag.as_ref().unwrap()), ["audit"]);
}

#[test]
fn braces_followed_by_more_text_are_heading_text() {
    let (heading, diagnostics) = parse_heading("# Use of {braces} in titles");
    assert_eq!(heading.text.text, "Use of {braces} in titles");
    assert!(heading.tag.is_none() && diagnostics.is_empty());
    let (heading, _) = parse_heading("# A {b} c {d}");
    assert_eq!(heading.text.text, "A {b} c");
    assert_eq!(words(heading.tag.as_ref().unwrap()), ["d"]);
    let (heading, _) = parse_heading("# Glued{audit}");
    assert_eq!(heading.text.text, "Glued");
    assert_eq!(words(heading.tag.as_ref().unwrap()), ["audit"]);
}

#[test]
fn unclosed_tag_runs_to_the_end_of_the_line() {
    let source = "# Audit {audit #audit-clause  \nNext paragraph.";
    let parse = parse_checked(source);
    let Block::Heading(heading) = &parse.tree.blocks[0] else { panic!() };
    let tag = heading.tag.as_ref().unwrap();
    assert!(!tag.closed);
    assert_eq!(tag.span.text(source), "{audit #audit-clause");
    assert_eq!(words(tag), ["audit"]);
    assert_eq!(tag.anchor.as_ref().unwrap().text, "audit-clause");
    assert_eq!(parse.diagnostics.len(), 1);
    assert_eq!(parse.diagnostics[0].kind, SyntaxErrorKind::UnclosedTag);
    assert_eq!(parse.diagnostics[0].span, tag.span);
    assert!(matches!(&parse.tree.blocks[1], Block::Paragraph(_)), "the next line is unaffected");
}

#[test]
fn only_the_last_open_brace_can_be_an_unclosed_tag() {
    let (heading, diagnostics) = parse_heading("# Title {a} and {b");
    assert_eq!(heading.text.text, "Title {a} and");
    assert_eq!(words(heading.tag.as_ref().unwrap()), ["b"]);
    assert_eq!(diagnostics, [SyntaxErrorKind::UnclosedTag]);
    let (lone, diagnostics) = parse_heading("# {");
    assert!(lone.tag.as_ref().is_some_and(|tag| !tag.closed && tag.words.is_empty()));
    assert_eq!(diagnostics, [SyntaxErrorKind::UnclosedTag]);
}

#[test]
fn empty_tag_is_reported() {
    for source in ["# Security {}", "# Sécurité { }"] {
        let (heading, diagnostics) = parse_heading(source);
        assert!(heading.tag.unwrap().closed);
        assert_eq!(diagnostics, [SyntaxErrorKind::EmptyTag], "{source}");
    }
    let (heading, diagnostics) = parse_heading("# Anchor only {#here}");
    assert_eq!(heading.tag.unwrap().anchor.unwrap().text, "here");
    assert!(diagnostics.is_empty());
}

#[test]
fn a_second_anchor_is_kept_as_a_word() {
    let (heading, _) = parse_heading("# T {audit #one #two}");
    let tag = heading.tag.unwrap();
    assert_eq!(tag.anchor.as_ref().unwrap().text, "one");
    assert_eq!(words(&tag), ["audit", "#two"]);
}

#[test]
fn hash_without_space_is_prose_and_levels_are_counted() {
    let parse = parse_checked("#hashtag is not a heading\n#### Deep {term}\n###### Deeper");
    assert!(matches!(&parse.tree.blocks[0], Block::Paragraph(_)));
    assert!(matches!(&parse.tree.blocks[1], Block::Heading(h) if h.level == 4));
    assert!(matches!(&parse.tree.blocks[2], Block::Heading(h) if h.level == 6 && h.text.text == "Deeper"));
}

#[test]
fn a_line_of_hashes_is_an_empty_heading() {
    let source = "#".repeat(10_000);
    let (heading, diagnostics) = parse_heading(&source);
    assert_eq!(heading.level, 10_000);
    assert_eq!(heading.text.span, Span::empty(10_000));
    assert!(diagnostics.is_empty());
}

#[test]
fn indented_heading_and_crlf() {
    let source = "   # Titre {objet}\r\nTexte.\r\n";
    let parse = parse_checked(source);
    let Block::Heading(heading) = &parse.tree.blocks[0] else { panic!() };
    assert_eq!(heading.span, Span::new(3, 18));
    assert_eq!(words(heading.tag.as_ref().unwrap()), ["objet"]);
}

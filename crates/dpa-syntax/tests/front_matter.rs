mod common;

use common::parse_checked;
use dpa_syntax::*;

fn entries(parse: &Parse) -> Vec<(&str, &str)> {
    let front_matter = parse.tree.front_matter.as_ref().expect("front matter");
    front_matter.entries.iter().map(|entry| (entry.key.text.as_str(), entry.value.text.as_str())).collect()
}

fn kinds(parse: &Parse) -> Vec<&SyntaxErrorKind> {
    parse.diagnostics.iter().map(|diagnostic| &diagnostic.kind).collect()
}

#[test]
fn english_front_matter_with_spaced_keys_and_colons_in_values() {
    let source = "---\ndpa: 1\nacting for: controller\ntranslation: fr = contrat.fr.dpa\nsigned at: 10:30\n---\n\n# Parties {parties}\n";
    let parse = parse_checked(source);
    assert_eq!(
        entries(&parse),
        [("dpa", "1"), ("acting for", "controller"), ("translation", "fr = contrat.fr.dpa"), ("signed at", "10:30")]
    );
    let front_matter = parse.tree.front_matter.as_ref().unwrap();
    assert!(front_matter.closed);
    assert_eq!(
        front_matter.span.text(source),
        "---\ndpa: 1\nacting for: controller\ntranslation: fr = contrat.fr.dpa\nsigned at: 10:30\n---"
    );
    assert!(parse.diagnostics.is_empty());
    assert!(matches!(&parse.tree.blocks[..], [Block::Heading(_)]));
}

#[test]
fn french_front_matter_accepts_no_break_spaces_before_the_colon() {
    let source = "---\nlangue\u{a0}: fr\ntitre\u{202f}: Accord de sous-traitance\npour-le-compte-de : responsable\ndate : 01/10/2026\n---\n";
    let parse = parse_checked(source);
    assert_eq!(
        entries(&parse),
        [
            ("langue", "fr"),
            ("titre", "Accord de sous-traitance"),
            ("pour-le-compte-de", "responsable"),
            ("date", "01/10/2026"),
        ]
    );
    assert!(parse.diagnostics.is_empty());
}

#[test]
fn entry_spans_cover_key_to_value() {
    let source = "---\n  status :  draft  \n---";
    let parse = parse_checked(source);
    let entry = &parse.tree.front_matter.as_ref().unwrap().entries[0];
    assert_eq!(entry.span.text(source), "status :  draft");
    assert_eq!(entry.value.span.text(source), "draft");
    let empty = parse_checked("---\ntitle:\n---");
    let value = &empty.tree.front_matter.as_ref().unwrap().entries[0].value;
    assert_eq!((value.text.as_str(), value.span), ("", Span::empty(10)));
}

#[test]
fn a_line_that_is_not_key_value_is_reported_alone() {
    let source = "---\ndpa: 1\nthis is not an entry\nstatus: final\n---\nText.";
    let parse = parse_checked(source);
    assert_eq!(entries(&parse), [("dpa", "1"), ("status", "final")]);
    assert_eq!(kinds(&parse), [&SyntaxErrorKind::BadFrontMatterLine]);
    assert_eq!(parse.diagnostics[0].span.text(source), "this is not an entry");
    assert!(parse.tree.front_matter.as_ref().unwrap().closed);
    assert!(matches!(&parse.tree.blocks[..], [Block::Paragraph(_)]));
}

#[test]
fn blank_lines_and_comments_are_allowed_inside() {
    let source = "---\ndpa: 1\n\n%% NOTE confirm the date\n%% lint: allow FRONT-MATTER-UNKNOWN -- reason: firm key\nfirm-ref: 42\n---\n";
    let parse = parse_checked(source);
    let front_matter = parse.tree.front_matter.as_ref().unwrap();
    assert_eq!(entries(&parse), [("dpa", "1"), ("firm-ref", "42")]);
    assert!(matches!(&front_matter.comments[0].kind, CommentKind::Note { text } if text.text == "confirm the date"));
    assert!(
        matches!(&front_matter.comments[1].kind, CommentKind::Directive(d) if d.rules[0].text == "FRONT-MATTER-UNKNOWN")
    );
    assert!(parse.diagnostics.is_empty());
    assert!(parse.tree.blocks.is_empty());
}

#[test]
fn missing_closing_fence_ends_before_the_first_other_line() {
    let source =
        "---\ndpa: 1\nstatus: draft\n\n# Personal data breaches {breach-notification}\nThe Provider shall notify.\n";
    let parse = parse_checked(source);
    let front_matter = parse.tree.front_matter.as_ref().unwrap();
    assert!(!front_matter.closed);
    assert_eq!(front_matter.span.text(source), "---\ndpa: 1\nstatus: draft");
    assert_eq!(entries(&parse), [("dpa", "1"), ("status", "draft")]);
    assert_eq!(kinds(&parse), [&SyntaxErrorKind::UnterminatedFrontMatter]);
    assert_eq!(parse.diagnostics[0].span, Span::new(0, 3));
    let [Block::Heading(heading), Block::Paragraph(_)] = &parse.tree.blocks[..] else {
        panic!("{:?}", parse.tree.blocks)
    };
    assert_eq!(heading.text.text, "Personal data breaches");
}

#[test]
fn a_later_thematic_break_does_not_close_a_front_matter_across_a_heading() {
    let source = "---\ntitle: DPA\n# Definitions {definitions}\nText.\n---\nMore.";
    let parse = parse_checked(source);
    assert!(!parse.tree.front_matter.as_ref().unwrap().closed);
    assert_eq!(entries(&parse), [("title", "DPA")]);
    assert!(matches!(&parse.tree.blocks[0], Block::Heading(h) if h.text.text == "Definitions"));
}

#[test]
fn unterminated_front_matter_at_end_of_file() {
    let parse = parse_checked("---\ndpa: 1");
    assert_eq!(entries(&parse), [("dpa", "1")]);
    assert_eq!(kinds(&parse), [&SyntaxErrorKind::UnterminatedFrontMatter]);
    let bare = parse_checked("---");
    assert!(bare.tree.front_matter.as_ref().is_some_and(|fm| fm.entries.is_empty() && !fm.closed));
}

#[test]
fn front_matter_only_at_the_top() {
    let parse = parse_checked("\n---\ndpa: 1\n---\n");
    assert!(parse.tree.front_matter.is_none());
    assert!(parse.tree.blocks.iter().all(|block| matches!(block, Block::Paragraph(_))));
}

#[test]
fn bom_and_crlf() {
    let source = "\u{feff}---\r\ndpa: 1\r\nlanguage: en\r\n---\r\n# Title {audit}\r\n";
    let parse = parse_checked(source);
    assert_eq!(entries(&parse), [("dpa", "1"), ("language", "en")]);
    let front_matter = parse.tree.front_matter.as_ref().unwrap();
    assert_eq!(front_matter.span.start, 3, "the BOM's bytes count in offsets");
    assert!(front_matter.closed);
    assert!(matches!(&parse.tree.blocks[..], [Block::Heading(h)] if h.tag.as_ref().unwrap().words[0].text == "audit"));
}

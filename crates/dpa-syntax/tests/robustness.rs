//! Regression tests for hostile and half-typed input: every one must give a well-formed tree
//! quickly. The stress inputs are 100 KB to 1 MB: a quadratic path in the grammar would make them
//! run for hours even in a debug build, while linear parsing takes seconds.

mod common;

use common::parse_checked;
use dpa_syntax::*;

const MEGABYTE: usize = 1_000_000;
const STRESS: usize = 200_000;

fn kinds(parse: &Parse) -> Vec<&SyntaxErrorKind> {
    parse.diagnostics.iter().map(|diagnostic| &diagnostic.kind).collect()
}

/// Deterministic pseudo-random bytes (xorshift), so failures reproduce.
fn garbage(len: usize, mut state: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
}

#[test]
fn empty_and_whitespace_only_inputs() {
    for source in ["", "\u{feff}", "\n", "\r", "\r\n\r\n", "   ", " \t\u{a0}\n\u{202f}"] {
        let parse = parse_checked(source);
        assert!(parse.tree.blocks.is_empty() && parse.diagnostics.is_empty(), "{source:?}");
    }
}

#[test]
fn binary_garbage() {
    for seed in 1..=8 {
        let bytes = garbage(64 * 1024, seed);
        let source = String::from_utf8_lossy(&bytes);
        let parse = parse_checked(&source);
        assert!(!parse.tree.blocks.is_empty());
        assert!(kinds(&parse).contains(&&SyntaxErrorKind::ControlCharacter));
    }
}

#[test]
fn control_characters_are_reported_once_per_line_and_kept() {
    let source = "\0\0 start\u{7}\n# Title\0 {audit}\nclean line\nbell \u{85}\u{1b} end";
    let parse = parse_checked(source);
    let reported: Vec<_> = parse.diagnostics.iter().map(|d| (d.kind.clone(), d.span.text(source))).collect();
    assert_eq!(
        reported,
        [
            (SyntaxErrorKind::ControlCharacter, "\0\0 start\u{7}"),
            (SyntaxErrorKind::ControlCharacter, "\0"),
            (SyntaxErrorKind::ControlCharacter, "\u{85}\u{1b}"),
        ]
    );
    assert!(matches!(&parse.tree.blocks[1], Block::Heading(h) if h.text.text == "Title\0"));
    assert!(parse_checked("tab\tand\r\nCRLF are fine").diagnostics.is_empty());
}

#[test]
fn half_typed_constructs_leave_the_rest_of_the_document_intact() {
    let source = "# Breaches {breach-notification\nWithin [[breach-notice: 48 hours\n{\n[[\n%% lint: allow\n| a | b |\n|---|\n# Audit {audit}\nThe controller may audit [[audit-frequency: once per year]].\n";
    let parse = parse_checked(source);
    assert_eq!(
        kinds(&parse),
        [
            &SyntaxErrorKind::UnclosedTag,
            &SyntaxErrorKind::UnclosedFact,
            &SyntaxErrorKind::UnclosedFact,
            &SyntaxErrorKind::BadDirective,
            &SyntaxErrorKind::TableCellCount { expected: 2, found: 1 },
        ]
    );
    let Some(Block::Heading(audit)) = parse.tree.blocks.iter().rev().nth(1) else { panic!() };
    assert_eq!(audit.tag.as_ref().unwrap().words[0].text, "audit");
    let Some(Block::Paragraph(last)) = parse.tree.blocks.last() else { panic!() };
    assert!(last.facts().all(|fact| fact.closed && fact.value.text == "once per year"));
}

#[test]
fn ten_thousand_hashes() {
    let hashes = "#".repeat(10_000);
    let parse = parse_checked(&format!("{hashes}\n{hashes} title {{audit}}\n{hashes}x"));
    let levels: Vec<_> = parse
        .tree
        .blocks
        .iter()
        .map(|block| match block {
            Block::Heading(heading) => heading.level,
            _ => 0,
        })
        .collect();
    assert_eq!(levels, [10_000, 10_000, 0]);
}

#[test]
fn a_one_megabyte_line_of_prose_and_facts() {
    let sentence = "The Provider shall keep [[backup-retention: 35 days]] of backups and notify. ";
    let source = sentence.repeat(MEGABYTE / sentence.len());
    let parse = parse_checked(&source);
    let [Block::Paragraph(paragraph)] = &parse.tree.blocks[..] else { panic!() };
    assert_eq!(paragraph.facts().count(), MEGABYTE / sentence.len());
}

#[test]
fn long_runs_of_openers_in_prose_headings_and_cells() {
    for unit in ["[", "[[", "[[a", "[[a: x ]", "{", "{a} ", "]]", "|", "\\|", "%% ", "# ", "- ", ":", "\u{a0}"] {
        let line = unit.repeat(STRESS / 2 / unit.len());
        parse_checked(&line);
        parse_checked(&format!("# {line}"));
        parse_checked(&format!("| {line} |"));
    }
}

#[test]
fn a_megabyte_of_brackets() {
    let brackets = "[".repeat(MEGABYTE);
    let parse = parse_checked(&brackets);
    assert_eq!(kinds(&parse), [&SyntaxErrorKind::UnclosedFact], "only the last `[[` opens a fact");
}

#[test]
fn many_short_lines_and_blank_lines() {
    parse_checked(&"a\n".repeat(STRESS / 2));
    parse_checked(&"\n".repeat(STRESS));
    parse_checked(&"| a |\n".repeat(STRESS / 6));
    parse_checked(&"- [[a: b\r\n".repeat(STRESS / 10));
}

#[test]
fn huge_unterminated_front_matter() {
    let source = format!("---\n{}# Heading\n", "key: value\n".repeat(STRESS / 11));
    let parse = parse_checked(&source);
    assert!(parse.tree.front_matter.as_ref().is_some_and(|fm| !fm.closed));
    assert!(matches!(&parse.tree.blocks[..], [Block::Heading(_)]));
}

#[test]
fn unicode_and_bom_offsets() {
    let source = "\u{feff}# Sécurité 😀 {sécurité #sûreté}\n[[délai-violation : 48 heures]] 😀";
    let parse = parse_checked(source);
    let Block::Heading(heading) = &parse.tree.blocks[0] else { panic!() };
    assert_eq!(heading.span.start, 3);
    assert_eq!(heading.tag.as_ref().unwrap().anchor.as_ref().unwrap().text, "sûreté");
}

#[test]
fn a_thread_short_of_stack_still_gets_the_whole_text_as_prose() {
    // pest refuses to run with less than 64 KiB of stack left; the parser must keep the text.
    let source = "# Title {audit}\nFirst [[a: b]] paragraph\nstill first.\n\nSecond.";
    let parse = std::thread::Builder::new()
        .stack_size(48 * 1024)
        .spawn(move || parse(source))
        .expect("spawn")
        .join()
        .expect("no panic on a small stack");
    common::assert_well_formed(source, &parse);
    assert_eq!(kinds(&parse), [&SyntaxErrorKind::Unparsed]);
    let paragraphs: Vec<_> = parse.tree.blocks.iter().map(|block| block.span().text(source)).collect();
    assert_eq!(paragraphs, ["# Title {audit}\nFirst [[a: b]] paragraph\nstill first.", "Second."]);
}

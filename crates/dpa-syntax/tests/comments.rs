mod common;

use common::parse_checked;
use dpa_syntax::*;

fn comment(source: &str) -> (CommentKind, Vec<SyntaxErrorKind>) {
    let parse = parse_checked(source);
    let kinds = parse.diagnostics.iter().map(|diagnostic| diagnostic.kind.clone()).collect();
    match &parse.tree.blocks[..] {
        [Block::Comment(comment)] => (comment.kind.clone(), kinds),
        other => panic!("expected one comment, got {other:?}"),
    }
}

fn directive(source: &str) -> Directive {
    match comment(source) {
        (CommentKind::Directive(directive), diagnostics) if diagnostics.is_empty() => directive,
        other => panic!("expected a directive, got {other:?}"),
    }
}

fn rules(directive: &Directive) -> Vec<&str> {
    directive.rules.iter().map(|rule| rule.text.as_str()).collect()
}

fn plain_text(kind: &CommentKind) -> &str {
    match kind {
        CommentKind::Plain { text } => &text.text,
        other => panic!("expected a plain comment, got {other:?}"),
    }
}

#[test]
fn plain_comment() {
    let (kind, diagnostics) = comment("  %%   internal remark  ");
    assert_eq!(plain_text(&kind), "internal remark");
    assert!(diagnostics.is_empty());
    let (kind, _) = comment("%%");
    assert_eq!(plain_text(&kind), "");
}

#[test]
fn drafting_notes_in_english_and_french() {
    for (source, expected) in [
        ("%% NOTE check the deadline with the client", "check the deadline with the client"),
        ("%% NOTE: vérifier le délai avec le client", "vérifier le délai avec le client"),
        ("%%NOTE", ""),
    ] {
        match comment(source).0 {
            CommentKind::Note { text } => assert_eq!(text.text, expected),
            other => panic!("{source}: {other:?}"),
        }
    }
    assert_eq!(plain_text(&comment("%% note lower case is plain").0), "note lower case is plain");
    assert_eq!(plain_text(&comment("%% NOTES are plain").0), "NOTES are plain");
}

#[test]
fn english_suppression() {
    let source = "%% lint: allow BREACH-DEADLINE -- reason: negotiated with the controller";
    let directive = directive(source);
    assert_eq!(directive.verb.text, "allow");
    assert_eq!(rules(&directive), ["BREACH-DEADLINE"]);
    assert_eq!(directive.reason_label.as_ref().unwrap().text, "reason");
    let reason = directive.reason.unwrap();
    assert_eq!(reason.text, "negotiated with the controller");
    assert_eq!(reason.span.text(source), "negotiated with the controller");
}

#[test]
fn french_suppression_with_no_break_spaces() {
    let directive = directive("%% lint\u{a0}: autoriser SEC-CRYPTO-STRENGTH -- motif\u{202f}: archive historique");
    assert_eq!(directive.verb.text, "autoriser");
    assert_eq!(rules(&directive), ["SEC-CRYPTO-STRENGTH"]);
    assert_eq!(directive.reason_label.unwrap().text, "motif");
    assert_eq!(directive.reason.unwrap().text, "archive historique");
}

#[test]
fn several_rules_separated_by_spaces_and_commas() {
    for source in [
        "%% lint: allow BREACH-DEADLINE, SEC-CRYPTO-STRENGTH AUDIT-1 -- reason: x",
        "%% lint: allow BREACH-DEADLINE,SEC-CRYPTO-STRENGTH , AUDIT-1, -- reason: x",
    ] {
        assert_eq!(rules(&directive(source)), ["BREACH-DEADLINE", "SEC-CRYPTO-STRENGTH", "AUDIT-1"], "{source}");
    }
}

#[test]
fn reason_forms() {
    let without = directive("%% lint: allow BREACH-DEADLINE");
    assert!(without.reason.is_none() && without.reason_label.is_none());
    let blank = directive("%% lint: allow BREACH-DEADLINE -- reason:   ");
    assert_eq!(blank.reason.unwrap().text, "");
    let unlabelled = directive("%% lint: allow BREACH-DEADLINE -- see clause 4: accepted");
    assert!(unlabelled.reason_label.is_none());
    assert_eq!(unlabelled.reason.unwrap().text, "see clause 4: accepted");
    let em_dash = directive("%% Lint: allow BREACH-DEADLINE — reason: typed by a word processor");
    assert_eq!(em_dash.reason.unwrap().text, "typed by a word processor");
}

#[test]
fn malformed_lint_lines_are_reported_and_kept_as_plain_comments() {
    for source in [
        "%% lint: allow",
        "%% lint: BREACH-DEADLINE -- reason: no verb",
        "%% lint allow BREACH-DEADLINE reason: missing dashes",
        "%% lint:",
    ] {
        let (kind, diagnostics) = comment(source);
        assert_eq!(diagnostics, [SyntaxErrorKind::BadDirective], "{source}");
        assert_eq!(plain_text(&kind), source.trim_start_matches("%% "));
    }
    assert_eq!(plain_text(&comment("%% linting guide").0), "linting guide");
}

#[test]
fn comments_interrupt_paragraphs_and_mid_line_percent_signs_are_text() {
    let parse = parse_checked("Fees rise 10%% per year.\n%% lint: allow X-Y -- reason: z\nText.");
    assert!(matches!(
        &parse.tree.blocks[..],
        [Block::Paragraph(_), Block::Comment(Comment { kind: CommentKind::Directive(_), .. }), Block::Paragraph(_)]
    ));
}

//! Semantic tokens from the syntax tree: tags, anchors, fact names and values, references,
//! comments, drafting notes and suppression directives.

use dpa_core::lexicon::is_reference_word;
use dpa_syntax::{Block, ColumnUnit, Comment, CommentKind, FactNode, Inline, LineIndex, Parse, Span, SyntaxTree};
use tower_lsp_server::ls_types::{SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokensLegend};

use crate::position::Positions;

/// Token types, in legend order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Clause kinds and the annex word in tags, the `ref` of a reference.
    Keyword,
    /// Anchors and reference targets.
    Label,
    /// Fact names, party roles, front-matter keys.
    Property,
    /// Fact values and front-matter values.
    Value,
    /// `%%` comments, drafting notes and suppression reasons.
    Comment,
    /// The `%% lint:` head and its verb.
    Directive,
    /// Rule ids named by a directive.
    RuleId,
}

const TYPES: [SemanticTokenType; 7] = [
    SemanticTokenType::KEYWORD,
    SemanticTokenType::new("label"),
    SemanticTokenType::PROPERTY,
    SemanticTokenType::STRING,
    SemanticTokenType::COMMENT,
    SemanticTokenType::MACRO,
    SemanticTokenType::ENUM_MEMBER,
];

/// Drafting notes are comments that matter: they carry the `documentation` modifier.
const NOTE_MODIFIER: u32 = 1;

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend { token_types: TYPES.to_vec(), token_modifiers: vec![SemanticTokenModifier::DOCUMENTATION] }
}

/// The tokens of one version of a document, from its parse alone: highlighting never waits for
/// a lint.
pub fn semantic_tokens(text: &str, index: &LineIndex, parse: &Parse, unit: ColumnUnit) -> Vec<SemanticToken> {
    let mut raw = Vec::new();
    collect(&parse.tree, &mut raw);
    raw.retain(|(span, _, _)| !span.is_empty());
    raw.sort_by_key(|(span, _, _)| (span.start, span.end));
    encode(text, index, unit, raw)
}

type Raw = (Span, Kind, u32);

fn collect(tree: &SyntaxTree, out: &mut Vec<Raw>) {
    if let Some(front_matter) = &tree.front_matter {
        for entry in &front_matter.entries {
            out.push((entry.key.span, Kind::Property, 0));
            out.push((entry.value.span, Kind::Value, 0));
        }
    }
    for block in &tree.blocks {
        match block {
            Block::Heading(heading) => {
                if let Some(tag) = &heading.tag {
                    out.extend(tag.words.iter().map(|word| (word.span, Kind::Keyword, 0)));
                    out.extend(tag.anchor.iter().map(|anchor| (anchor.span, Kind::Label, 0)));
                }
            }
            Block::Paragraph(text) | Block::ListItem(text) => inlines(&text.inlines, out),
            Block::Table(table) => {
                for row in std::iter::once(&table.header).chain(&table.rows) {
                    for cell in &row.cells {
                        inlines(&cell.inlines, out);
                    }
                }
            }
            Block::Comment(comment) => comment_tokens(comment, out),
        }
    }
}

fn inlines(inlines: &[Inline], out: &mut Vec<Raw>) {
    for inline in inlines {
        if let Inline::Fact(fact) = inline {
            fact_tokens(fact, out);
        }
    }
}

fn fact_tokens(fact: &FactNode, out: &mut Vec<Raw>) {
    if is_reference_word(&fact.name.text) {
        out.push((fact.name.span, Kind::Keyword, 0));
        out.push((fact.value.span, Kind::Label, 0));
    } else {
        out.push((fact.name.span, Kind::Property, 0));
        out.push((fact.value.span, Kind::Value, 0));
    }
}

fn comment_tokens(comment: &Comment, out: &mut Vec<Raw>) {
    match &comment.kind {
        CommentKind::Plain { .. } => out.push((comment.span, Kind::Comment, 0)),
        CommentKind::Note { .. } => out.push((comment.span, Kind::Comment, NOTE_MODIFIER)),
        CommentKind::Directive(directive) => {
            out.push((
                Span::new(comment.span.start, directive.verb.span.end.max(comment.span.start)),
                Kind::Directive,
                0,
            ));
            out.extend(directive.rules.iter().map(|rule| (rule.span, Kind::RuleId, 0)));
            let tail_start = directive.reason_label.as_ref().map(|label| label.span.start);
            let tail_start = tail_start.or(directive.reason.as_ref().map(|reason| reason.span.start));
            if let Some(start) = tail_start {
                out.push((Span::new(start, comment.span.end), Kind::Comment, 0));
            }
        }
    }
}

/// Relative encoding (LSP §semanticTokens): line and start deltas in the negotiated unit. Tokens
/// never overlap and never cross a line end.
fn encode(text: &str, index: &LineIndex, unit: ColumnUnit, raw: Vec<Raw>) -> Vec<SemanticToken> {
    let positions = Positions::new(text, index, unit);
    let mut tokens = Vec::with_capacity(raw.len());
    let (mut previous_line, mut previous_start, mut covered) = (0u32, 0u32, 0usize);
    for (span, kind, modifiers) in raw {
        if span.start < covered {
            continue;
        }
        let line_end = index.line_span(text, index.line_of(span.start)).end;
        let span = Span::new(span.start, span.end.min(line_end.max(span.start)));
        let length = positions.width(span);
        if length == 0 {
            continue;
        }
        let start = positions.position(span.start);
        let delta_line = start.line - previous_line;
        let delta_start = if delta_line == 0 { start.character - previous_start } else { start.character };
        tokens.push(SemanticToken {
            delta_line,
            delta_start,
            length,
            token_type: kind as u32,
            token_modifiers_bitset: modifiers,
        });
        (previous_line, previous_start, covered) = (start.line, start.character, span.end);
    }
    tokens
}

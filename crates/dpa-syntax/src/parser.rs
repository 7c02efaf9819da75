//! Source text → owned syntax tree, through the pest grammar in `grammar/dpa.pest`.
//!
//! The grammar is total (see `grammar/README.md`), so pest always returns one `document` pair;
//! it is converted to the owned tree at once. What the grammar marks as half-typed (an unclosed
//! `[[`, a tag with no `}`, a malformed `%% lint` line…) becomes a [`SyntaxDiagnostic`] here, and
//! control characters are reported from a separate scan of the raw text.

use pest::error::InputLocation;
use pest::iterators::Pair;
use pest::Parser;

use crate::tree::*;
use crate::Span;

#[derive(pest_derive::Parser)]
#[grammar = "../../grammar/dpa.pest"]
struct DpaGrammar;

/// Parse DPA source text. Total: never fails, never panics.
pub fn parse(source: &str) -> Parse {
    let mut builder = TreeBuilder { source, diagnostics: Vec::new() };
    let document = DpaGrammar::parse(Rule::document, source).map(|mut pairs| pairs.next());
    let tree = match document {
        Ok(Some(document)) => builder.document(document),
        Ok(None) => builder.prose_fallback(0),
        Err(error) => builder.prose_fallback(match error.location {
            InputLocation::Pos(offset) | InputLocation::Span((offset, _)) => offset,
        }),
    };
    let mut diagnostics = builder.diagnostics;
    diagnostics.extend(control_characters(source));
    diagnostics.sort_by_key(|diagnostic| (diagnostic.span.start, diagnostic.span.end));
    Parse { tree, diagnostics }
}

struct TreeBuilder<'s> {
    source: &'s str,
    diagnostics: Vec<SyntaxDiagnostic>,
}

impl TreeBuilder<'_> {
    fn report(&mut self, kind: SyntaxErrorKind, span: Span) {
        self.diagnostics.push(SyntaxDiagnostic { kind, span });
    }

    fn document(&mut self, document: Pair<'_, Rule>) -> SyntaxTree {
        let mut tree = SyntaxTree::default();
        for pair in document.into_inner() {
            let block = match pair.as_rule() {
                Rule::front_matter => {
                    tree.front_matter = Some(self.front_matter(pair));
                    continue;
                }
                Rule::heading => Block::Heading(self.heading(pair)),
                Rule::comment => Block::Comment(self.comment(pair)),
                Rule::list_item => Block::ListItem(self.text_block(pair)),
                Rule::paragraph => Block::Paragraph(self.text_block(pair)),
                Rule::table => Block::Table(self.table(pair)),
                _ => continue,
            };
            tree.blocks.push(block);
        }
        tree
    }

    fn front_matter(&mut self, pair: Pair<'_, Rule>) -> FrontMatter {
        let mut front_matter = FrontMatter { span: span_of(&pair), ..FrontMatter::default() };
        let mut opening_fence = front_matter.span;
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::fence => opening_fence = span_of(&child),
                Rule::closing_fence => front_matter.closed = true,
                Rule::front_matter_entry => front_matter.entries.push(FrontMatterEntry {
                    span: span_of(&child),
                    key: child_token(&child, Rule::front_matter_key),
                    value: child_token(&child, Rule::front_matter_value),
                }),
                Rule::comment => front_matter.comments.push(self.comment(child)),
                Rule::bad_front_matter_line => self.report(SyntaxErrorKind::BadFrontMatterLine, span_of(&child)),
                _ => {}
            }
        }
        if !front_matter.closed {
            self.report(SyntaxErrorKind::UnterminatedFrontMatter, opening_fence);
        }
        front_matter
    }

    fn heading(&mut self, pair: Pair<'_, Rule>) -> Heading {
        let span = span_of(&pair);
        let text = child_token(&pair, Rule::heading_text);
        let mut heading = Heading { span, level: 0, text, tag: None };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::heading_marker => heading.level = child.as_str().len(),
                Rule::tag => heading.tag = Some(self.tag(child)),
                _ => {}
            }
        }
        heading
    }

    fn tag(&mut self, pair: Pair<'_, Rule>) -> Tag {
        let mut tag = Tag { span: span_of(&pair), words: Vec::new(), anchor: None, closed: false };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::tag_word => tag.words.push(token(&child)),
                // The first `#word` is the anchor; a second one is kept as a word, `#` included,
                // so that the core can point at it.
                Rule::anchor if tag.anchor.is_some() => tag.words.push(token(&child)),
                Rule::anchor => tag.anchor = Some(child_token(&child, Rule::anchor_name)),
                Rule::tag_close => tag.closed = true,
                _ => {}
            }
        }
        if !tag.closed {
            self.report(SyntaxErrorKind::UnclosedTag, tag.span);
        } else if tag.words.is_empty() && tag.anchor.is_none() {
            self.report(SyntaxErrorKind::EmptyTag, tag.span);
        }
        tag
    }

    fn comment(&mut self, pair: Pair<'_, Rule>) -> Comment {
        let span = span_of(&pair);
        let mut kind = CommentKind::Plain { text: empty_token(span.end) };
        for child in pair.into_inner() {
            kind = match child.as_rule() {
                Rule::directive => CommentKind::Directive(directive(child)),
                Rule::note => CommentKind::Note { text: child_token(&child, Rule::comment_text) },
                Rule::malformed_directive => {
                    self.report(SyntaxErrorKind::BadDirective, span);
                    CommentKind::Plain { text: child_token(&child, Rule::comment_text) }
                }
                _ => CommentKind::Plain { text: token(&child) },
            };
        }
        Comment { span, kind }
    }

    fn text_block(&mut self, pair: Pair<'_, Rule>) -> TextBlock {
        let span = span_of(&pair);
        TextBlock { span, inlines: self.inlines(pair) }
    }

    /// The facts and texts under `pair`, tiled (see [`Tiler`]).
    fn inlines(&mut self, pair: Pair<'_, Rule>) -> Vec<Inline> {
        let mut tiler = Tiler::default();
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::fact | Rule::cell_fact => {
                    let fact = self.fact(child);
                    tiler.fact(self.source, fact);
                }
                Rule::text | Rule::cell_text => tiler.text(span_of(&child)),
                _ => {}
            }
        }
        tiler.finish(self.source)
    }

    fn fact(&mut self, pair: Pair<'_, Rule>) -> FactNode {
        let span = span_of(&pair);
        let name = child_token(&pair, Rule::fact_name);
        let mut fact = FactNode { span, value: empty_token(name.span.end), name, has_colon: false, closed: false };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::fact_colon => fact.has_colon = true,
                Rule::fact_value | Rule::cell_fact_value => fact.value = token(&child),
                Rule::fact_close => fact.closed = true,
                _ => {}
            }
        }
        if !fact.closed {
            self.report(SyntaxErrorKind::UnclosedFact, span);
        } else if fact.name.text.is_empty() {
            self.report(SyntaxErrorKind::EmptyFactName, span);
        }
        fact
    }

    fn table(&mut self, pair: Pair<'_, Rule>) -> Table {
        let span = span_of(&pair);
        let mut header: Option<Row> = None;
        let mut delimiter = None;
        let mut rows = Vec::new();
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::table_row if header.is_none() => header = Some(self.row(child)),
                Rule::table_row => rows.push(self.row(child)),
                Rule::delimiter_row => delimiter = Some((span_of(&child), child.into_inner().count())),
                _ => {}
            }
        }
        let header = header.unwrap_or(Row { span: Span::empty(span.start), cells: Vec::new() });
        let expected = header.cells.len();
        let widths = delimiter.into_iter().chain(rows.iter().map(|row| (row.span, row.cells.len())));
        for (row_span, found) in widths {
            if found != expected {
                self.report(SyntaxErrorKind::TableCellCount { expected, found }, row_span);
            }
        }
        Table { span, header, rows }
    }

    fn row(&mut self, pair: Pair<'_, Rule>) -> Row {
        let span = span_of(&pair);
        let cells =
            pair.into_inner().filter(|child| child.as_rule() == Rule::cell).map(|cell| self.cell(cell)).collect();
        Row { span, cells }
    }

    fn cell(&mut self, pair: Pair<'_, Rule>) -> Cell {
        let start = pair.as_span().start();
        let inlines = self.inlines(pair);
        let span = match (inlines.first(), inlines.last()) {
            (Some(first), Some(last)) => first.span().cover(last.span()),
            _ => Span::empty(start),
        };
        Cell { span, text: span.text(self.source).to_owned(), inlines }
    }

    /// Keeps the whole text as prose (one paragraph per run of non-blank lines) and reports the
    /// line where pest stopped. The grammar matches every input, but pest also gives up when the
    /// calling thread has less than 64 KiB of stack left; the document must not be lost then.
    fn prose_fallback(&mut self, stopped_at: usize) -> SyntaxTree {
        let bytes = self.source.as_bytes();
        let stopped_at = stopped_at.min(bytes.len());
        let line_start = bytes[..stopped_at].iter().rposition(|&byte| byte == b'\n').map_or(0, |i| i + 1);
        let line_end =
            bytes[stopped_at..].iter().position(|&byte| byte == b'\n').map_or(bytes.len(), |i| stopped_at + i);
        self.report(SyntaxErrorKind::Unparsed, trimmed(self.source, Span::new(line_start, line_end)));

        let mut blocks = Vec::new();
        let mut paragraph: Option<Span> = None;
        let mut line_start = if self.source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        while line_start <= self.source.len() {
            let line_length =
                bytes[line_start..].iter().position(|&byte| byte == b'\n').unwrap_or(bytes.len() - line_start);
            let content = trimmed(self.source, Span::new(line_start, line_start + line_length));
            if !content.is_empty() {
                paragraph = Some(paragraph.map_or(content, |span| span.cover(content)));
            } else if let Some(span) = paragraph.take() {
                blocks.push(prose_paragraph(self.source, span));
            }
            line_start += line_length + 1;
        }
        blocks.extend(paragraph.map(|span| prose_paragraph(self.source, span)));
        SyntaxTree { front_matter: None, blocks }
    }
}

fn directive(pair: Pair<'_, Rule>) -> Directive {
    let mut directive = Directive {
        verb: child_token(&pair, Rule::directive_verb),
        rules: Vec::new(),
        reason_label: None,
        reason: None,
    };
    for child in pair.into_inner() {
        match child.as_rule() {
            Rule::rule_id => directive.rules.push(token(&child)),
            Rule::directive_reason => {
                for part in child.into_inner() {
                    match part.as_rule() {
                        Rule::reason_label => directive.reason_label = Some(token(&part)),
                        Rule::reason_text => directive.reason = Some(token(&part)),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    directive
}

/// Builds the inlines of one block so that they cover it without gaps: the line breaks and
/// indentation the grammar skips between the lines of a paragraph become part of the surrounding
/// text (so a fact's value and the words after it never run together), adjacent texts merge, and
/// the block's trailing whitespace is dropped. Texts are kept as spans until they are complete, so
/// a long paragraph costs one copy of its text.
#[derive(Default)]
struct Tiler {
    inlines: Vec<Inline>,
    pending_text: Option<Span>,
    covered_to: Option<usize>,
}

impl Tiler {
    fn text(&mut self, span: Span) {
        let start = match (self.pending_text, self.covered_to) {
            (Some(pending), _) => pending.start,
            (None, Some(covered_to)) => covered_to,
            (None, None) => span.start,
        };
        self.pending_text = Some(Span::new(start, span.end));
        self.covered_to = Some(span.end);
    }

    fn fact(&mut self, source: &str, fact: FactNode) {
        if let Some(covered_to) = self.covered_to.filter(|&end| end < fact.span.start) {
            self.text(Span::new(covered_to, fact.span.start));
        }
        self.flush_text(source);
        self.covered_to = Some(fact.span.end);
        self.inlines.push(Inline::Fact(fact));
    }

    fn flush_text(&mut self, source: &str) {
        if let Some(span) = self.pending_text.take() {
            self.inlines.push(Inline::Text(Token { text: span.text(source).to_owned(), span }));
        }
    }

    fn finish(mut self, source: &str) -> Vec<Inline> {
        if let Some(pending) = &mut self.pending_text {
            pending.end = pending.start + pending.text(source).trim_end().len();
            if pending.is_empty() {
                self.pending_text = None;
            }
        }
        self.flush_text(source);
        self.inlines
    }
}

/// `span` without its leading and trailing white space.
fn trimmed(source: &str, span: Span) -> Span {
    let text = span.text(source);
    let start = span.start + (text.len() - text.trim_start().len());
    Span::new(start, start + text.trim().len())
}

fn prose_paragraph(source: &str, span: Span) -> Block {
    let text = Token { text: span.text(source).to_owned(), span };
    Block::Paragraph(TextBlock { span, inlines: vec![Inline::Text(text)] })
}

/// One diagnostic per line that holds control characters other than tab, CR and LF, covering
/// them from the first to the last.
fn control_characters(source: &str) -> Vec<SyntaxDiagnostic> {
    let mut diagnostics = Vec::new();
    let mut on_this_line: Option<Span> = None;
    for (offset, ch) in source.char_indices() {
        if ch == '\n' {
            diagnostics.extend(on_this_line.take().map(control_character_diagnostic));
        } else if ch.is_control() && !matches!(ch, '\t' | '\r') {
            let span = Span::new(offset, offset + ch.len_utf8());
            on_this_line = Some(on_this_line.map_or(span, |line| line.cover(span)));
        }
    }
    diagnostics.extend(on_this_line.map(control_character_diagnostic));
    diagnostics
}

fn control_character_diagnostic(span: Span) -> SyntaxDiagnostic {
    SyntaxDiagnostic { kind: SyntaxErrorKind::ControlCharacter, span }
}

fn span_of(pair: &Pair<'_, Rule>) -> Span {
    Span::new(pair.as_span().start(), pair.as_span().end())
}

fn token(pair: &Pair<'_, Rule>) -> Token {
    Token { text: pair.as_str().to_owned(), span: span_of(pair) }
}

fn empty_token(at: usize) -> Token {
    Token { text: String::new(), span: Span::empty(at) }
}

/// The token of `pair`'s first child matched by `rule`; an empty token at the end of `pair` when
/// the grammar did not produce one.
fn child_token(pair: &Pair<'_, Rule>, rule: Rule) -> Token {
    pair.clone()
        .into_inner()
        .find(|child| child.as_rule() == rule)
        .map_or_else(|| empty_token(pair.as_span().end()), |child| token(&child))
}

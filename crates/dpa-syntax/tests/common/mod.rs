//! Structural invariants every parse must satisfy, whatever the input.

use dpa_syntax::*;

/// Parses `source` and checks [`assert_well_formed`] before handing the parse to the test.
pub fn parse_checked(source: &str) -> Parse {
    let parse = parse(source);
    assert_well_formed(source, &parse);
    parse
}

/// Panics (with the offending span) unless `parse` is a well-formed parse of `source`:
/// spans in bounds and on char boundaries, blocks in order without overlap, every token's text
/// equal to the source under its span, single-line tokens trimmed and free of line breaks, and
/// each block's inlines covering it without gaps.
pub fn assert_well_formed(source: &str, parse: &Parse) {
    let check = Checker { source };
    for diagnostic in &parse.diagnostics {
        check.span(diagnostic.span);
    }
    let mut previous_end = 0;
    if let Some(front_matter) = &parse.tree.front_matter {
        check.span(front_matter.span);
        for entry in &front_matter.entries {
            check.within(entry.span, front_matter.span);
            check.single_line_token(&entry.key, entry.span);
            check.single_line_token(&entry.value, entry.span);
        }
        for comment in &front_matter.comments {
            check.within(comment.span, front_matter.span);
            check.comment(comment);
        }
        previous_end = front_matter.span.end;
    }
    for block in &parse.tree.blocks {
        let span = block.span();
        check.span(span);
        assert!(span.start >= previous_end && !span.is_empty(), "block {span:?} overlaps or is empty");
        previous_end = span.end;
        match block {
            Block::Heading(heading) => {
                check.single_line_token(&heading.text, span);
                if let Some(tag) = &heading.tag {
                    check.within(tag.span, span);
                    for word in tag.words.iter().chain(&tag.anchor) {
                        check.single_line_token(word, tag.span);
                    }
                }
            }
            Block::Paragraph(text) | Block::ListItem(text) => check.inlines(&text.inlines, span),
            Block::Table(table) => {
                for row in std::iter::once(&table.header).chain(&table.rows) {
                    check.within(row.span, span);
                    for cell in &row.cells {
                        check.within(cell.span, row.span);
                        assert_eq!(cell.text, check.source[cell.span.start..cell.span.end]);
                        assert_eq!(cell.text, cell.text.trim(), "cell {:?} is not trimmed", cell.span);
                        check.inlines(&cell.inlines, cell.span);
                    }
                }
            }
            Block::Comment(comment) => check.comment(comment),
        }
    }
}

struct Checker<'s> {
    source: &'s str,
}

impl Checker<'_> {
    fn span(&self, span: Span) {
        assert!(span.start <= span.end && span.end <= self.source.len(), "span {span:?} out of bounds");
        assert!(
            self.source.is_char_boundary(span.start) && self.source.is_char_boundary(span.end),
            "span {span:?} not on char boundaries"
        );
    }

    fn within(&self, inner: Span, outer: Span) {
        self.span(inner);
        assert!(outer.start <= inner.start && inner.end <= outer.end, "{inner:?} is outside {outer:?}");
    }

    fn token(&self, token: &Token, parent: Span) {
        self.within(token.span, parent);
        assert_eq!(token.text, self.source[token.span.start..token.span.end], "token text differs from its span");
    }

    fn single_line_token(&self, token: &Token, parent: Span) {
        self.token(token, parent);
        assert_eq!(token.text, token.text.trim(), "token {:?} is not trimmed", token.span);
        assert!(!token.text.contains(['\n', '\r']), "token {:?} spans a line break", token.span);
    }

    fn inlines(&self, inlines: &[Inline], parent: Span) {
        for pair in inlines.windows(2) {
            assert_eq!(pair[0].span().end, pair[1].span().start, "gap or overlap between inlines");
            assert!(
                !matches!(pair, [Inline::Text(_), Inline::Text(_)]),
                "adjacent texts at {:?} were not merged",
                pair[1].span()
            );
        }
        for inline in inlines {
            match inline {
                Inline::Text(text) => {
                    self.token(text, parent);
                    assert!(!text.text.is_empty(), "empty text at {:?}", text.span);
                }
                Inline::Fact(fact) => {
                    self.within(fact.span, parent);
                    self.single_line_token(&fact.name, fact.span);
                    self.single_line_token(&fact.value, fact.span);
                    assert!(!fact.span.text(self.source).contains('\n'), "fact {:?} spans lines", fact.span);
                }
            }
        }
        if let Some(Inline::Text(last)) = inlines.last() {
            assert_eq!(last.text, last.text.trim_end(), "trailing whitespace kept in {:?}", last.span);
        }
    }

    fn comment(&self, comment: &Comment) {
        self.span(comment.span);
        match &comment.kind {
            CommentKind::Plain { text } | CommentKind::Note { text } => self.single_line_token(text, comment.span),
            CommentKind::Directive(directive) => {
                let tokens = std::iter::once(&directive.verb)
                    .chain(&directive.rules)
                    .chain(&directive.reason_label)
                    .chain(&directive.reason);
                for token in tokens {
                    self.single_line_token(token, comment.span);
                }
            }
        }
    }
}

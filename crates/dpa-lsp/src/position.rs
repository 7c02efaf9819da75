//! Byte spans ⇄ LSP positions in the encoding negotiated with the client, all through the one
//! [`LineIndex`] (which already knows CRLF, the BOM and astral characters).

use dpa_syntax::{ColumnUnit, LineIndex, Span};
use tower_lsp_server::ls_types::{ClientCapabilities, Position, PositionEncodingKind, Range};

/// UTF-8 when the client offers it (no conversion cost), else UTF-16, which every client must
/// support.
pub fn negotiate(capabilities: &ClientCapabilities) -> ColumnUnit {
    let offered = capabilities.general.as_ref().and_then(|general| general.position_encodings.as_ref());
    if offered.is_some_and(|kinds| kinds.contains(&PositionEncodingKind::UTF8)) {
        ColumnUnit::Utf8
    } else {
        ColumnUnit::Utf16
    }
}

pub fn encoding_kind(unit: ColumnUnit) -> PositionEncodingKind {
    match unit {
        ColumnUnit::Utf8 => PositionEncodingKind::UTF8,
        ColumnUnit::Utf16 => PositionEncodingKind::UTF16,
        ColumnUnit::Scalar => PositionEncodingKind::UTF32,
    }
}

/// A text seen through its line index and the negotiated column unit.
#[derive(Clone, Copy)]
pub struct Positions<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub unit: ColumnUnit,
}

impl<'a> Positions<'a> {
    pub fn new(text: &'a str, index: &'a LineIndex, unit: ColumnUnit) -> Self {
        Positions { text, index, unit }
    }

    pub fn position(&self, offset: usize) -> Position {
        let (line, column) = self.index.position(self.text, offset, self.unit);
        Position::new(saturate(line), saturate(column))
    }

    pub fn range(&self, span: Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }

    /// Byte offset of a client position; out-of-range positions are clamped, never rejected.
    pub fn offset(&self, position: Position) -> usize {
        self.index.offset(self.text, position.line as usize, position.character as usize, self.unit)
    }

    /// Byte span of a client range, reordered if the client sent its ends reversed.
    pub fn span(&self, range: Range) -> Span {
        let (a, b) = (self.offset(range.start), self.offset(range.end));
        Span::new(a.min(b), a.max(b))
    }

    /// Width of `span` in the negotiated unit (for semantic tokens, which are single-line).
    pub fn width(&self, span: Span) -> u32 {
        let text = span.text(self.text);
        saturate(match self.unit {
            ColumnUnit::Utf8 => text.len(),
            ColumnUnit::Utf16 => text.encode_utf16().count(),
            ColumnUnit::Scalar => text.chars().count(),
        })
    }
}

fn saturate(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_utf8_columns_differ_after_an_emoji() {
        let text = "a😀b\r\nc";
        let index = LineIndex::new(text);
        let b = text.find('b').unwrap();
        assert_eq!(Positions::new(text, &index, ColumnUnit::Utf16).position(b), Position::new(0, 3));
        assert_eq!(Positions::new(text, &index, ColumnUnit::Utf8).position(b), Position::new(0, 5));
        let c = text.find('c').unwrap();
        assert_eq!(Positions::new(text, &index, ColumnUnit::Utf16).offset(Position::new(1, 0)), c);
    }

    #[test]
    fn reversed_ranges_are_reordered() {
        let text = "abc";
        let index = LineIndex::new(text);
        let positions = Positions::new(text, &index, ColumnUnit::Utf16);
        assert_eq!(positions.span(Range::new(Position::new(0, 2), Position::new(0, 1))), Span::new(1, 2));
    }
}

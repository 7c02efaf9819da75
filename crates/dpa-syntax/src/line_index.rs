//! Offsets ⇄ line/column conversion shared by the CLI, the JSON output and the language server.
//!
//! Lines end at LF, CRLF or a lone CR, as in LSP and in the grammar; the terminator is not part of
//! the line, so CRLF files get the same columns as LF files. Columns are counted in three units because each consumer needs
//! a different one: Unicode scalar values (JSON, SARIF, humans), UTF-16 code units (LSP default)
//! and bytes (LSP `utf-8` encoding).

use crate::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset at which each line starts; `line_starts[0] == 0`.
    line_starts: Vec<usize>,
    len: usize,
}

/// A position with 1-based line and 1-based column counted in Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Column unit for [`LineIndex::position`] and [`LineIndex::offset`] (0-based, as in LSP).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnUnit {
    Utf8,
    Utf16,
    Scalar,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        // The BOM counts in byte offsets but is not a column: line 1 starts after it.
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut line_starts = vec![bom];
        let bytes = text.as_bytes();
        line_starts.extend(bytes.iter().enumerate().filter_map(|(i, &byte)| {
            let ends_line = byte == b'\n' || (byte == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            ends_line.then_some(i + 1)
        }));
        LineIndex { line_starts, len: text.len() }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 0-based line containing `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.clamp(self.line_starts[0], self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// Byte range of a 0-based line without its terminator (LF, CRLF or CR).
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let Some(&start) = self.line_starts.get(line) else {
            return Span::empty(self.len);
        };
        // The last line has no terminator: a terminator at the end of the text starts a new line.
        let mut end = self.line_starts.get(line + 1).map_or(self.len, |next| next - 1);
        let bytes = text.as_bytes();
        if end > start && bytes.get(end) == Some(&b'\n') && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Span::new(start, end.max(start))
    }

    /// 1-based line and scalar column of a byte offset (clamped, snapped back to a char boundary).
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let (line, column) = self.position(text, offset, ColumnUnit::Scalar);
        LineCol { line: line + 1, column: column + 1 }
    }

    /// 0-based `(line, column)` of a byte offset in the given unit.
    pub fn position(&self, text: &str, offset: usize, unit: ColumnUnit) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.clamp(self.line_starts[0], self.len));
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        let prefix = text.get(start..offset).unwrap_or("");
        (line, measure(prefix, unit))
    }

    /// Byte offset of a 0-based `(line, column)`; out-of-range values are clamped to the line's
    /// end or the text's end, and a column inside a surrogate pair or a multi-byte character
    /// snaps to the start of that character, so the result is always a valid char boundary.
    pub fn offset(&self, text: &str, line: usize, column: usize, unit: ColumnUnit) -> usize {
        if line >= self.line_starts.len() {
            return self.len;
        }
        let span = self.line_span(text, line);
        let line_text = span.text(text);
        let mut consumed = 0;
        for (i, ch) in line_text.char_indices() {
            let width = match unit {
                ColumnUnit::Utf8 => ch.len_utf8(),
                ColumnUnit::Utf16 => ch.len_utf16(),
                ColumnUnit::Scalar => 1,
            };
            if consumed + width > column {
                return span.start + i;
            }
            consumed += width;
        }
        span.end
    }
}

fn measure(s: &str, unit: ColumnUnit) -> usize {
    match unit {
        ColumnUnit::Utf8 => s.len(),
        ColumnUnit::Utf16 => s.encode_utf16().count(),
        ColumnUnit::Scalar => s.chars().count(),
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_lf_give_the_same_columns() {
        let lf = "ab\ncd";
        let crlf = "ab\r\ncd";
        assert_eq!(LineIndex::new(lf).line_col(lf, 3), LineCol { line: 2, column: 1 });
        assert_eq!(LineIndex::new(crlf).line_col(crlf, 4), LineCol { line: 2, column: 1 });
        assert_eq!(LineIndex::new(crlf).line_span(crlf, 0), Span::new(0, 2));
    }

    #[test]
    fn a_lone_cr_ends_a_line() {
        let text = "ab\rcd\r\nef\r";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.line_span(text, 0), Span::new(0, 2));
        assert_eq!(index.line_span(text, 1), Span::new(3, 5));
        assert_eq!(index.line_span(text, 2), Span::new(7, 9));
        assert_eq!(index.line_span(text, 3), Span::empty(10));
        assert_eq!(index.line_col(text, 3), LineCol { line: 2, column: 1 });
    }

    #[test]
    fn columns_count_scalars_utf16_and_bytes() {
        let text = "é😀x";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(index.line_col(text, x).column, 3);
        assert_eq!(index.position(text, x, ColumnUnit::Utf16), (0, 3));
        assert_eq!(index.position(text, x, ColumnUnit::Utf8), (0, 6));
        assert_eq!(index.offset(text, 0, 3, ColumnUnit::Utf16), x);
        // Inside the surrogate pair: snaps to the emoji's start.
        assert_eq!(index.offset(text, 0, 2, ColumnUnit::Utf16), 2);
    }

    #[test]
    fn bom_counts_as_bytes_but_not_as_a_line() {
        let text = "\u{feff}# T\nx";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 3).column, 1);
        assert_eq!(index.line_col(text, 0).column, 1);
        assert_eq!(index.line_col(text, text.len() - 1), LineCol { line: 2, column: 1 });
    }

    #[test]
    fn out_of_range_is_clamped() {
        let text = "ab\ncd";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(text, 9, 9, ColumnUnit::Utf16), text.len());
        assert_eq!(index.offset(text, 0, 9, ColumnUnit::Utf16), 2);
        assert_eq!(index.line_col(text, 99), LineCol { line: 2, column: 3 });
    }
}

//! `word/document.xml`: walks the body in reading order and produces paragraphs and table rows.
//!
//! The walk is one pass over the XML events with a stack of open element names: a property
//! element means something only under its expected parent (`w:tab` in a run is a tab
//! character, in `w:tabs` a tab stop), and content that Word does not display (deleted text,
//! field instructions, hidden runs, the fallback copy of alternate content) is skipped as a
//! whole subtree.

use quick_xml::events::{BytesStart, Event};

use crate::model::{DocxParagraph, ListLabel, ParagraphKind};
use crate::numbering::Numbering;
use crate::styles::{NumberingReference, StyleSheet};
use crate::symbols::symbol;
use crate::xml::{self, attribute, on_off, val, val_number, Events};

/// Subtrees whose text Word does not show as document content.
const SKIPPED: &[&[u8]] = &[
    b"del",
    b"moveFrom",
    b"delText",
    b"delInstrText",
    b"pPrChange",
    b"rPrChange",
    b"sectPrChange",
    b"tblPrChange",
    b"trPrChange",
    b"tcPrChange",
    b"numberingChange",
    b"Fallback",
    b"sdtPr",
    b"rt",
];

/// Paragraphs joined in one cell are separated by a space after these, by `; ` otherwise.
const SENTENCE_END: &[char] = &['.', ';', ':', ',', '!', '?'];

/// Characters Word stores in text but does not display: the soft hyphen (shown only where a line
/// breaks), zero-width spaces and joiners used as break hints, and a stray byte-order mark.
const INVISIBLE: &[char] = &['\u{AD}', '\u{200B}', '\u{2060}', '\u{FEFF}'];

/// Fields nest a few levels in real documents; deeper `begin`s are only counted, so hostile
/// input cannot grow the stack.
const MAX_FIELD_DEPTH: usize = 32;
/// Only the start of a field instruction matters (its type and a MACROBUTTON's display text).
const MAX_FIELD_CODE_CHARS: usize = 512;

pub fn read_body(bytes: &[u8], styles: &StyleSheet, numbering: &mut Numbering) -> Result<Vec<DocxParagraph>, String> {
    let mut walker = Walker {
        styles,
        numbering,
        stack: Vec::new(),
        paragraphs: Vec::new(),
        tables: Vec::new(),
        run_hidden: false,
        blocks: Vec::new(),
        fields: Vec::new(),
        fields_beyond_depth: 0,
        merged_into_next: None,
    };
    let mut events = Events::new(bytes);
    loop {
        match events.next()? {
            Event::Start(element) => {
                let name = element.local_name().as_ref().to_vec();
                if SKIPPED.contains(&name.as_slice()) {
                    walker.note_removed_paragraph_mark(&name);
                    events.skip_subtree()?;
                    continue;
                }
                walker.open(&name, &element);
                walker.stack.push(name);
            }
            Event::Empty(element) => {
                let name = element.local_name().as_ref().to_vec();
                if SKIPPED.contains(&name.as_slice()) {
                    walker.note_removed_paragraph_mark(&name);
                } else {
                    walker.open(&name, &element);
                    walker.close(&name);
                }
            }
            Event::End(_) => {
                if let Some(name) = walker.stack.pop() {
                    walker.close(&name);
                }
            }
            Event::Text(text) => {
                if walker.in_text() {
                    walker.push_text(&xml::text(&text)?);
                } else if walker.in_field_instruction_text() {
                    walker.push_field_code(&xml::text(&text)?);
                }
            }
            Event::CData(data) => {
                if walker.in_text() {
                    walker.push_text(&String::from_utf8_lossy(&data));
                }
            }
            Event::GeneralRef(reference) => {
                if walker.in_text() {
                    walker.push_text(&xml::reference(&reference));
                }
            }
            Event::Eof => return Ok(walker.finish()),
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
}

#[derive(Default)]
struct ParagraphBuilder {
    text: String,
    style: Option<String>,
    outline_level: Option<u32>,
    numbering: NumberingReference,
    /// The paragraph mark is a tracked deletion (or moved away): once changes are accepted, the
    /// text joins the next paragraph.
    mark_removed: bool,
}

/// Where a complex field (`w:fldChar` begin … separate … end) is: its instruction, which Word
/// does not display, or its result, which it does.
enum FieldPart {
    Instruction { code: String },
    Result,
}

#[derive(Default)]
struct CellBuilder {
    text: String,
    grid_span: usize,
    /// `w:vMerge` without `restart`: this cell continues the one above.
    continues_above: bool,
}

#[derive(Default)]
struct TableBuilder {
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell: Option<CellBuilder>,
}

impl TableBuilder {
    fn finish_cell(&mut self) {
        let Some(cell) = self.cell.take() else { return };
        let column = self.row.len();
        let text = if cell.continues_above && cell.text.is_empty() {
            self.rows.last().and_then(|above| above.get(column)).cloned().unwrap_or_default()
        } else {
            cell.text
        };
        self.row.push(text);
        self.row.extend(std::iter::repeat_n(String::new(), cell.grid_span.saturating_sub(1)));
    }

    fn finish_row(&mut self) {
        self.finish_cell();
        self.rows.push(std::mem::take(&mut self.row));
    }

    /// A table inside a cell or a text box, as one line of text: cells joined by `, `, rows by
    /// `; `, except after a list label cell (`i)`, `(a)`) or text that already ends a sentence or
    /// clause, where a space reads as Word shows it (`i) the data…;` then `ii) …`).
    fn flatten(self) -> String {
        let mut text = String::new();
        for cells in self.rows {
            let mut row = String::new();
            for cell in &cells {
                let separator = if is_list_label(row.trim_end()) { " " } else { ", " };
                append_piece(&mut row, cell, separator);
            }
            append_line(&mut text, &row);
        }
        text
    }
}

/// A finished top-level block, before tables are laid out as lines.
enum Block {
    Paragraph(DocxParagraph),
    Table(Vec<Vec<String>>),
}

struct Walker<'a> {
    styles: &'a StyleSheet,
    numbering: &'a mut Numbering,
    stack: Vec<Vec<u8>>,
    paragraphs: Vec<ParagraphBuilder>,
    tables: Vec<TableBuilder>,
    run_hidden: bool,
    blocks: Vec<Block>,
    /// Open complex fields, outermost first. Fields may span paragraphs (a table of contents).
    fields: Vec<FieldPart>,
    fields_beyond_depth: usize,
    /// Text of body paragraphs whose mark was deleted, waiting for the paragraph it joins.
    merged_into_next: Option<String>,
}

/// Where a finished paragraph or table goes: decided by the nearest enclosing container.
enum Container {
    Cell,
    TextBox,
    Body,
}

impl Walker<'_> {
    fn parent(&self) -> &[u8] {
        self.stack.last().map_or(&[], Vec::as_slice)
    }

    fn grandparent(&self) -> &[u8] {
        self.stack.len().checked_sub(2).and_then(|index| self.stack.get(index)).map_or(&[], Vec::as_slice)
    }

    fn in_text(&self) -> bool {
        self.parent() == b"t" && self.displayed()
    }

    fn in_run(&self) -> bool {
        self.parent() == b"r" && self.displayed()
    }

    /// Text in a hidden run, or anywhere in a field's instruction (including the results of
    /// fields nested in it, as in `IF { MERGEFIELD … } …`), is not shown.
    fn displayed(&self) -> bool {
        !self.run_hidden && self.fields.iter().all(|part| matches!(part, FieldPart::Result))
    }

    fn in_field_instruction_text(&self) -> bool {
        self.parent() == b"instrText" && !self.run_hidden
    }

    fn push_field_code(&mut self, text: &str) {
        if let Some(FieldPart::Instruction { code }) = self.fields.last_mut() {
            let room = MAX_FIELD_CODE_CHARS.saturating_sub(code.chars().count());
            code.extend(text.chars().take(room));
        }
    }

    fn field_char(&mut self, kind: Option<&str>) {
        match kind {
            Some("begin") if self.fields.len() < MAX_FIELD_DEPTH => {
                self.fields.push(FieldPart::Instruction { code: String::new() })
            }
            Some("begin") => self.fields_beyond_depth += 1,
            Some("separate") if self.fields_beyond_depth == 0 => {
                if let Some(part) = self.fields.last_mut() {
                    *part = FieldPart::Result;
                }
            }
            Some("end") if self.fields_beyond_depth > 0 => self.fields_beyond_depth -= 1,
            Some("end") => {
                if let Some(FieldPart::Instruction { code }) = self.fields.pop() {
                    // A field without a result shows nothing, except MACROBUTTON, which shows
                    // the rest of its instruction: template placeholders such as `[Client name]`.
                    if let Some(shown) = macro_button_text(&code) {
                        if self.displayed() {
                            self.push_text(shown);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// An instruction never spans paragraphs; a field still in its instruction when the paragraph
    /// ends is broken (its `end` deleted or lost) and must not hide the rest of the document.
    fn close_unfinished_field_instructions(&mut self) {
        if let Some(first) = self.fields.iter().position(|part| matches!(part, FieldPart::Instruction { .. })) {
            self.fields.truncate(first);
            self.fields_beyond_depth = 0;
        }
    }

    /// `w:del` or `w:moveFrom` in a paragraph mark's run properties (`w:pPr/w:rPr`).
    fn note_removed_paragraph_mark(&mut self, name: &[u8]) {
        if matches!(name, b"del" | b"moveFrom") && self.parent() == b"rPr" && self.grandparent() == b"pPr" {
            self.with_paragraph(|p| p.mark_removed = true);
        }
    }

    fn container(&self) -> Container {
        for name in self.stack.iter().rev() {
            match name.as_slice() {
                b"tc" if !self.tables.is_empty() => return Container::Cell,
                b"txbxContent" if !self.paragraphs.is_empty() => return Container::TextBox,
                _ => {}
            }
        }
        Container::Body
    }

    fn push_text(&mut self, text: &str) {
        if let Some(paragraph) = self.paragraphs.last_mut() {
            paragraph.text.extend(
                text.chars().filter(|c| (!c.is_control() || matches!(c, '\t' | '\n')) && !INVISIBLE.contains(c)),
            );
        }
    }

    fn open(&mut self, name: &[u8], element: &BytesStart) {
        let parent = self.parent();
        match (name, parent) {
            (b"p", _) => self.paragraphs.push(ParagraphBuilder::default()),
            (b"pStyle", b"pPr") => self.with_paragraph(|p| p.style = val(element)),
            (b"outlineLvl", b"pPr") => self.with_paragraph(|p| p.outline_level = val_number(element)),
            (b"numId", b"numPr") if self.grandparent() == b"pPr" => {
                self.with_paragraph(|p| p.numbering.num_id = val(element))
            }
            (b"ilvl", b"numPr") if self.grandparent() == b"pPr" => self
                .with_paragraph(|p| p.numbering.level = val_number(element).and_then(|level| u8::try_from(level).ok())),
            (b"r", _) => self.run_hidden = false,
            (b"vanish", b"rPr") if self.grandparent() == b"r" => self.run_hidden = on_off(element),
            (b"tab" | b"ptab", b"r") if self.in_run() => self.push_text("\t"),
            (b"fldChar", b"r") => self.field_char(attribute(element, b"fldCharType").as_deref()),
            (b"br" | b"cr", b"r") if self.in_run() => self.push_text("\n"),
            (b"noBreakHyphen", b"r") if self.in_run() => self.push_text("-"),
            (b"sym", b"r") if self.in_run() => {
                let font = attribute(element, b"font");
                if let Some(c) = attribute(element, b"char").and_then(|code| symbol(font.as_deref(), &code)) {
                    self.push_text(c.encode_utf8(&mut [0; 4]));
                }
            }
            (b"tbl", _) => self.tables.push(TableBuilder::default()),
            (b"gridBefore", b"trPr") => {
                if let Some(table) = self.tables.last_mut() {
                    let skipped = val_number(element).unwrap_or(0).min(64) as usize;
                    table.row.extend(std::iter::repeat_n(String::new(), skipped));
                }
            }
            (b"tc", _) => {
                if let Some(table) = self.tables.last_mut() {
                    table.finish_cell();
                    table.cell = Some(CellBuilder { grid_span: 1, ..CellBuilder::default() });
                }
            }
            (b"gridSpan", b"tcPr") => self.with_cell(|cell| {
                // Word's grid has at most 63 columns; a larger span is garbage.
                cell.grid_span = val_number(element).unwrap_or(1).clamp(1, 63) as usize
            }),
            (b"vMerge", b"tcPr") => {
                self.with_cell(|cell| cell.continues_above = val(element).is_none_or(|value| value != "restart"))
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &[u8]) {
        match name {
            b"p" => {
                self.close_unfinished_field_instructions();
                if let Some(builder) = self.paragraphs.pop() {
                    self.finish_paragraph(builder);
                }
            }
            b"r" => self.run_hidden = false,
            b"tc" => {
                if let Some(table) = self.tables.last_mut() {
                    table.finish_cell();
                }
            }
            b"tr" => {
                if let Some(table) = self.tables.last_mut() {
                    table.finish_row();
                }
            }
            b"tbl" => {
                if let Some(table) = self.tables.pop() {
                    match self.container() {
                        Container::Cell => {
                            let text = table.flatten();
                            self.with_cell(|cell| append_line(&mut cell.text, &text));
                        }
                        Container::TextBox => {
                            let text = table.flatten();
                            self.with_paragraph(|p| append_line(&mut p.text, &text));
                        }
                        Container::Body => {
                            self.flush_merged_text();
                            self.blocks.push(Block::Table(table.rows));
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn with_paragraph(&mut self, update: impl FnOnce(&mut ParagraphBuilder)) {
        if let Some(paragraph) = self.paragraphs.last_mut() {
            update(paragraph);
        }
    }

    fn with_cell(&mut self, update: impl FnOnce(&mut CellBuilder)) {
        if let Some(cell) = self.tables.last_mut().and_then(|table| table.cell.as_mut()) {
            update(cell);
        }
    }

    fn finish_paragraph(&mut self, mut builder: ParagraphBuilder) {
        let container = self.container();
        if matches!(container, Container::Body) {
            if let Some(before) = self.merged_into_next.take() {
                builder.text.insert_str(0, &before);
            }
            // The merged paragraph has the properties of the mark that remains, the next one's;
            // this one's list number disappears with its mark.
            if builder.mark_removed {
                self.merged_into_next = Some(builder.text);
                return;
            }
        }
        let style = self.styles.paragraph_style(builder.style.as_deref());
        let label = self.label(&builder, style);
        match container {
            Container::Cell => {
                let text = labelled(label.as_ref(), &builder.text);
                self.with_cell(|cell| append_line(&mut cell.text, &text));
            }
            Container::TextBox => {
                let text = labelled(label.as_ref(), &builder.text);
                self.with_paragraph(|p| append_line(&mut p.text, &text));
            }
            Container::Body => {
                let heading_level = match builder.outline_level {
                    Some(level) => u8::try_from(level + 1).ok().filter(|level| *level <= 9),
                    None => style.and_then(|style| self.styles.heading_level(style)),
                };
                let kind = match heading_level {
                    Some(level) => ParagraphKind::Heading { level },
                    None => ParagraphKind::Body,
                };
                self.blocks.push(Block::Paragraph(DocxParagraph { kind, text: builder.text, label }));
            }
        }
    }

    /// The paragraph's own `w:numPr` wins over its style's; `numId` 0 removes numbering.
    fn label(&mut self, builder: &ParagraphBuilder, style: Option<&str>) -> Option<ListLabel> {
        let styles = self.styles;
        let from_style = || style.and_then(|style| styles.numbering(style)).unwrap_or_default();
        let (num_id, level) = match &builder.numbering.num_id {
            Some(num_id) => (num_id.clone(), builder.numbering.level.or_else(|| from_style().level)),
            None => {
                let inherited = from_style();
                (inherited.num_id?, builder.numbering.level.or(inherited.level))
            }
        };
        if num_id.trim() == "0" {
            return None;
        }
        let level = level
            .or_else(|| style.and_then(|style| self.numbering.level_for_style(&num_id, style, styles)))
            .unwrap_or(0);
        self.numbering.next_label(&num_id, level, styles)
    }

    /// Text left by a deleted paragraph mark with no paragraph after it to join (the next block
    /// is a table, or the document ends) stays a paragraph of its own.
    fn flush_merged_text(&mut self) {
        if let Some(text) = self.merged_into_next.take() {
            self.blocks.push(Block::Paragraph(DocxParagraph { kind: ParagraphKind::Body, text, label: None }));
        }
    }

    /// Lay tables out as lines: header row, delimiter, other rows, and a closing blank line
    /// when text follows directly.
    fn finish(mut self) -> Vec<DocxParagraph> {
        self.flush_merged_text();
        let mut paragraphs = Vec::new();
        let mut blocks = self.blocks.into_iter().peekable();
        while let Some(block) = blocks.next() {
            match block {
                Block::Paragraph(paragraph) => paragraphs.push(paragraph),
                Block::Table(rows) => {
                    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
                    if columns == 0 {
                        continue;
                    }
                    for (index, mut cells) in rows.into_iter().enumerate() {
                        cells.resize(columns, String::new());
                        paragraphs.push(DocxParagraph {
                            kind: ParagraphKind::TableRow { cells: cells.clone() },
                            text: cells.join("\t"),
                            label: None,
                        });
                        if index == 0 {
                            paragraphs.push(layout_line(ParagraphKind::TableDelimiter { columns }));
                        }
                    }
                    let followed_by_text = match blocks.peek() {
                        Some(Block::Paragraph(next)) => !next.text.trim().is_empty() || next.label.is_some(),
                        Some(Block::Table(_)) => true,
                        None => false,
                    };
                    if followed_by_text {
                        paragraphs.push(layout_line(ParagraphKind::TableEnd));
                    }
                }
            }
        }
        paragraphs
    }
}

fn layout_line(kind: ParagraphKind) -> DocxParagraph {
    DocxParagraph { kind, text: String::new(), label: None }
}

fn labelled(label: Option<&ListLabel>, text: &str) -> String {
    match label {
        Some(label) => format!("{} {}", label.text, text.trim_start()),
        None => text.to_string(),
    }
}

/// Add a paragraph's text to a cell (or text box) that may already hold some.
fn append_line(target: &mut String, line: &str) {
    append_piece(target, line, "; ");
}

/// Append `piece` after `separator`, or after a space when `target` already ends a clause.
fn append_piece(target: &mut String, piece: &str, separator: &str) {
    let piece = piece.trim();
    if piece.is_empty() {
        return;
    }
    target.truncate(target.trim_end().len());
    if !target.is_empty() {
        target.push_str(if target.ends_with(SENTENCE_END) { " " } else { separator });
    }
    target.push_str(piece);
}

/// A cell holding only a list label, as tables laid out like lists have: `a)`, `(ii)`, `12)`.
fn is_list_label(text: &str) -> bool {
    const MAX_LABEL_CHARS: usize = 8;
    let Some(inner) = text.strip_suffix(')') else { return false };
    let inner = inner.strip_prefix('(').unwrap_or(inner);
    text.chars().count() <= MAX_LABEL_CHARS && !inner.is_empty() && inner.chars().all(char::is_alphanumeric)
}

/// The text a MACROBUTTON field displays: its instruction after the macro's name.
fn macro_button_text(code: &str) -> Option<&str> {
    let rest = code.trim_start().strip_prefix("MACROBUTTON")?;
    let rest = rest.trim_start();
    let shown = rest.split_once(char::is_whitespace).map_or("", |(_, shown)| shown).trim();
    (!shown.is_empty()).then_some(shown)
}

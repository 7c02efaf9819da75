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
    b"instrText",
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

pub fn read_body(bytes: &[u8], styles: &StyleSheet, numbering: &mut Numbering) -> Result<Vec<DocxParagraph>, String> {
    let mut walker = Walker {
        styles,
        numbering,
        stack: Vec::new(),
        paragraphs: Vec::new(),
        tables: Vec::new(),
        run_hidden: false,
        blocks: Vec::new(),
    };
    let mut events = Events::new(bytes);
    loop {
        match events.next()? {
            Event::Start(element) => {
                let name = element.local_name().as_ref().to_vec();
                if SKIPPED.contains(&name.as_slice()) {
                    events.skip_subtree()?;
                    continue;
                }
                walker.open(&name, &element);
                walker.stack.push(name);
            }
            Event::Empty(element) => {
                let name = element.local_name().as_ref().to_vec();
                if !SKIPPED.contains(&name.as_slice()) {
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

    /// A table inside a cell or a text box, as one line of text.
    fn flatten(self) -> String {
        let rows: Vec<String> = self
            .rows
            .into_iter()
            .map(|cells| cells.into_iter().filter(|cell| !cell.is_empty()).collect::<Vec<_>>().join(", "))
            .filter(|row| !row.is_empty())
            .collect();
        rows.join("; ")
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
        self.parent() == b"t" && !self.run_hidden
    }

    fn in_run(&self) -> bool {
        self.parent() == b"r" && !self.run_hidden
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
            paragraph.text.extend(text.chars().filter(|c| !c.is_control() || matches!(c, '\t' | '\n')));
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
            (b"tab", b"r") if self.in_run() => self.push_text("\t"),
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
                        Container::Body => self.blocks.push(Block::Table(table.rows)),
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

    fn finish_paragraph(&mut self, builder: ParagraphBuilder) {
        let style = self.styles.paragraph_style(builder.style.as_deref());
        let label = self.label(&builder, style);
        match self.container() {
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

    /// Lay tables out as lines: header row, delimiter, other rows, and a closing blank line
    /// when text follows directly.
    fn finish(self) -> Vec<DocxParagraph> {
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
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    target.truncate(target.trim_end().len());
    if !target.is_empty() {
        target.push_str(if target.ends_with(SENTENCE_END) { " " } else { "; " });
    }
    target.push_str(line);
}

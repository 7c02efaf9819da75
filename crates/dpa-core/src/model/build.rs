//! Syntax tree → typed model. Every word goes through the lexicon here; nothing after this
//! point looks at surface spelling except cue searches over paragraph text.

use dpa_lexicon::cues::subprocessors::SUB_PROCESSOR;
use dpa_lexicon::values::{self, FactValue};
use dpa_lexicon::{self as lexicon, all_words, FoldedText, Lang};
use dpa_syntax::{Block, Comment, CommentKind, FactNode, Inline, Parse, Span, Table, TextBlock, Token};

use super::definitions::scan_definitions;
use super::outline::{self, Levels};
use super::placeholders::scan_placeholders;
use super::*;

/// Build the typed model of `source` from its parse. `prose`: `Some(true)` forces inference of
/// clause kinds from untagged text, `None` decides from the text (no tags and no facts).
/// `custom_kinds`: firm clause kinds accepted in tags besides the namespaced `firm-…` ones.
pub fn build(source: &str, parse: &Parse, prose: Option<bool>, custom_kinds: &[String]) -> Document {
    let prose = prose.unwrap_or_else(|| !has_markup(parse, custom_kinds));
    let mut builder = Builder {
        source,
        doc: Document::default(),
        current_clause: None,
        custom_kinds,
        prose,
        levels: Levels::default(),
        open: Vec::new(),
        in_list: false,
        lead_in_depth: 0,
        list_item: None,
        item_indents: Vec::new(),
        title_to_wrap: None,
    };
    if let Some(front_matter) = &parse.tree.front_matter {
        builder.front_matter(front_matter);
        // Notes and suppressions inside the front matter are file-level, like those before the
        // first heading.
        for comment in &front_matter.comments {
            builder.comment(comment);
        }
    }
    for block in &parse.tree.blocks {
        builder.block(block);
    }
    builder.finish()
}

/// Whether the text uses the language's markup: a clause tag that names a kind, or a fact.
/// Without any, the document is untagged prose (language.md §6).
fn has_markup(parse: &Parse, custom_kinds: &[String]) -> bool {
    let known_fact = |fact: &FactNode| fact.closed && lexicon::fact_name(&fact.name.text).is_some();
    let known_kind = |word: &Token| {
        lexicon::clause_kind(&word.text).is_some()
            || is_namespaced_kind(&word.text)
            || custom_kinds.iter().any(|k| lexicon::fold_key(k) == lexicon::fold_key(&word.text))
    };
    parse.tree.blocks.iter().any(|block| match block {
        Block::Heading(heading) => heading
            .tag
            .as_ref()
            .is_some_and(|tag| tag.words.iter().filter(|w| !lexicon::is_annex_word(&w.text)).take(1).any(known_kind)),
        Block::Paragraph(text) | Block::ListItem(text) => text.facts().any(known_fact),
        Block::Table(table) => std::iter::once(&table.header)
            .chain(&table.rows)
            .flat_map(|row| &row.cells)
            .flat_map(|cell| &cell.inlines)
            .any(|inline| matches!(inline, Inline::Fact(fact) if known_fact(fact))),
        Block::Comment(_) => false,
    })
}

struct Builder<'a> {
    source: &'a str,
    doc: Document,
    current_clause: Option<ClauseId>,
    custom_kinds: &'a [String],
    /// Untagged prose: lines are read for headings and each line of a block is a paragraph
    /// of its own unless it continues a sentence (see [`outline`]).
    prose: bool,
    levels: Levels,
    /// Clauses whose sections are still open, outermost first.
    open: Vec<ClauseId>,
    /// The last paragraph introduced a list ("… as follows:"): numbered lines are its items,
    /// not headings.
    in_list: bool,
    /// Depth of the number of the paragraph that introduced the list ("7.1 … :" is 2), 0 when
    /// it had none: a line numbered no deeper (`8`) is the next clause, not an item.
    lead_in_depth: usize,
    /// The numbered line last read as an item of a list just introduced: the line numbered
    /// next ("2." after "1.") is an item of the same list, however long the first one was.
    list_item: Option<Span>,
    /// Columns of the numbered heading lines still open, outermost first: a line indented
    /// under another is a sub-clause of it ("1. Processing", then "    1. Processing details").
    item_indents: Vec<usize>,
    /// The heading line just read, with no text after its title: a title wrapped by a hard
    /// line break goes on over the next line.
    title_to_wrap: Option<(ClauseId, outline::Numbering)>,
}

impl Builder<'_> {
    fn front_matter(&mut self, front_matter: &dpa_syntax::FrontMatter) {
        let info = &mut self.doc.front_matter;
        info.span = Some(front_matter.span);
        for entry in &front_matter.entries {
            let key = lexicon::front_matter_key(&entry.key.text);
            info.entries.push(FrontMatterItem {
                key,
                raw_key: entry.key.text.clone(),
                value: entry.value.text.clone(),
                span: entry.span,
                key_span: entry.key.span,
                value_span: entry.value.span,
            });
            let Some(key) = key else {
                self.doc.unknown_keys.push(UnknownWord {
                    word: entry.key.text.clone(),
                    span: entry.key.span,
                    suggestion: lexicon::suggest(&entry.key.text, all_words(lexicon::FRONT_MATTER_KEYS)),
                });
                continue;
            };
            let value = entry.value.text.as_str();
            let mut bad = |expected: Vec<&'static str>| {
                self.doc.bad_values.push(BadValue {
                    key: entry.key.text.clone(),
                    value: value.to_string(),
                    span: if entry.value.span.is_empty() { entry.span } else { entry.value.span },
                    expected,
                });
            };
            match key {
                FrontMatterKey::Dpa => info.version = Some(value.to_string()),
                FrontMatterKey::Title => info.title = Some(value.to_string()),
                FrontMatterKey::MainAgreement => info.main_agreement = Some(value.to_string()),
                FrontMatterKey::Playbook => info.playbook = Some(value.to_string()),
                FrontMatterKey::Glossary => info.glossary = Some(value.to_string()),
                FrontMatterKey::Language => match lexicon::language_word(value) {
                    Some(lang) => info.language = Some(lang),
                    None => bad(vec!["en", "fr"]),
                },
                FrontMatterKey::Authoritative => match lexicon::language_word(value) {
                    Some(lang) => info.authoritative = Some(lang),
                    None => bad(vec!["en", "fr"]),
                },
                FrontMatterKey::Translation => match parse_translation(value) {
                    Some(translation) => info.translation = Some(translation),
                    None => bad(vec!["fr = contract.fr.dpa"]),
                },
                FrontMatterKey::ActingFor => match lexicon::acting_for(value) {
                    Some(side) => info.acting_for = Some(side),
                    None => bad(words_of(lexicon::ACTING_FOR)),
                },
                FrontMatterKey::Status => match lexicon::status(value) {
                    Some(status) => info.status = Some(status),
                    None => bad(words_of(lexicon::STATUSES)),
                },
                FrontMatterKey::Risk => match lexicon::risk(value) {
                    Some(risk) => info.risk = Some(risk),
                    None => bad(words_of(lexicon::RISKS)),
                },
                FrontMatterKey::Date => match values::parse_date(value) {
                    Some(date) => info.date = Some(date),
                    None => bad(vec!["2026-10-01", "01/10/2026"]),
                },
            }
        }
    }

    fn block(&mut self, block: &Block) {
        if !matches!(block, Block::Paragraph(_)) {
            self.title_to_wrap = None;
        }
        match block {
            Block::Heading(heading) => {
                self.levels.markdown_heading(heading.level);
                self.in_list = false;
                self.list_item = None;
                self.item_indents.clear();
                self.open_clause(heading.level, heading.text.text.clone(), heading.span, heading.tag.as_ref());
            }
            Block::Paragraph(text) if self.prose => self.prose_lines(&text.inlines),
            Block::ListItem(text) if self.prose => self.prose_list_item(text),
            Block::Paragraph(text) | Block::ListItem(text) => {
                self.inlines(&text.inlines, text.span, false);
            }
            Block::Table(table) => self.table(table),
            Block::Comment(comment) => self.comment(comment),
        }
    }

    /// A block of untagged prose, line by line: lines that read as headings open clauses, the
    /// others are grouped into paragraphs where a sentence runs on over a line break.
    fn prose_lines(&mut self, inlines: &[Inline]) {
        let lines = split_lines(inlines);
        let mut paragraph: Vec<Inline> = Vec::new();
        let mut previous: Option<Span> = None;
        for (index, line) in lines.iter().enumerate() {
            let span = inlines_span(line);
            // A title wrapped over a line break goes on here: the line joins the heading.
            if let Some(title) = self.title_to_wrap.take() {
                if self.wraps_title(title, span) {
                    continue;
                }
            }
            let text = outline::without_inline_html(span.text(self.source));
            // "11.1.6.1 Finalité", then its paragraph on the next line: a title line.
            let heads_text = lines.get(index + 1).is_some_and(|next| {
                let next = inlines_span(next).text(self.source);
                outline::label(&text).is_some() && outline::label(next).is_none() && outline::starts_with_capital(next)
            });
            let place = LinePlace { standalone: lines.len() == 1 || heads_text, heads_text, end: span.end };
            let previous_text = previous.map(|previous| previous.text(self.source));
            // The paragraph before ends first, so that a list it introduces is known.
            if previous_text.is_some_and(|previous| outline::starts_new_paragraph(previous, span.text(self.source))) {
                self.flush(&mut paragraph);
            }
            // A line that goes on with a sentence cut by a hard line break heads nothing.
            let continues = previous_text.is_some_and(outline::ends_inside_sentence);
            if let Some(heading) = self.heading_line(&text, line, place).filter(|_| !continues) {
                self.flush(&mut paragraph);
                let heading = self.nested(heading, column(self.source, span.start));
                self.synthetic_heading(span, &text, line, heading);
                previous = None;
                continue;
            }
            paragraph.extend(line.iter().cloned());
            previous = Some(span);
        }
        self.flush(&mut paragraph);
    }

    /// A list item in untagged prose: `1. Definitions` is a heading, and an item indented
    /// under it (`    1. Processing details`) a sub-heading.
    fn prose_list_item(&mut self, item: &TextBlock) {
        let line_end = self.source[item.span.start..].find('\n').map_or(item.span.end, |at| item.span.start + at);
        let line_span = Span::new(item.span.start, line_end.min(item.span.end).max(item.span.start));
        let line = outline::without_inline_html(line_span.text(self.source));
        let single_line = line_span.end >= item.span.end;
        let place = LinePlace { standalone: false, heads_text: false, end: line_span.end };
        // An item over several lines is a clause when a title opens its first line and its text
        // follows ("1. **Objet et durée** : hébergement …" wrapped by the editor).
        let titled = |heading: &outline::HeadingLine| single_line || heading.body.is_some();
        let Some(heading) = self.heading_line(&line, &item.inlines, place).filter(titled) else {
            self.text_paragraph(&item.inlines, item.span);
            return;
        };
        let heading = self.nested(heading, column(self.source, item.span.start));
        self.synthetic_heading(line_span, &line, &item.inlines, heading);
    }

    /// A heading line at `column`, one level deeper for each numbered heading line it is
    /// indented under, when its own number does not show the depth (`1.` or `a.` under `1.`,
    /// as a nested Markdown list or a Word list level writes it; `7.2` shows it).
    fn nested(&mut self, mut heading: outline::HeadingLine, column: usize) -> outline::HeadingLine {
        if !matches!(heading.numbering, outline::Numbering::Number(_)) {
            self.item_indents.clear();
            return heading;
        }
        while self.item_indents.last().is_some_and(|&open| open >= column) {
            self.item_indents.pop();
        }
        if heading.numbering == outline::Numbering::Number(1) {
            heading.numbering = outline::Numbering::Number(1 + self.item_indents.len());
        }
        self.item_indents.push(column);
        heading
    }

    /// `line` as a heading, unless it carries facts or is an item of a list just introduced.
    fn heading_line(&self, line: &str, inlines: &[Inline], place: LinePlace) -> Option<outline::HeadingLine> {
        if inlines.iter().any(|inline| matches!(inline, Inline::Fact(_))) {
            return None;
        }
        let heading = outline::heading_line(line, place.standalone)?;
        let depth = match heading.numbering {
            outline::Numbering::Number(depth) => depth,
            outline::Numbering::Sub => usize::MAX,
            outline::Numbering::Container | outline::Numbering::Unnumbered => return Some(heading),
        };
        let next_list_item = self.list_item.is_some_and(|item| outline::next_item(item.text(self.source), line));
        if !(self.in_list || next_list_item) {
            return Some(heading);
        }
        // Numbered lines after "… as follows:" are its items, unless one reads as a clause of
        // its own: an article or clause by name, a number no deeper than the lead-in's (when
        // it does not number the next item: "4." after the item "3. … including:"), a
        // run-in title ("**1. Personnel.** …", not an item's bold label before a colon: "1.
        // **Names**: first and last name"), a title over its paragraph, or a number whose
        // first sub-clause comes next ("1. Interpretation", then "1.1 …"), or the number after
        // an open clause's that does not go on the list ("10. Deletion" after "9. Audits" and
        // its items "(i)" to "(iii)").
        let clause_of_its_own = outline::label(line).is_some_and(|label| label.named)
            || (depth <= self.lead_in_depth && !next_list_item)
            || (!next_list_item && self.numbers_next_clause(line))
            || (heading.body.is_some() && !outline::opens_with_bold_label(line))
            || place.heads_text
            || outline::first_subclause_follows(line, next_line(self.source, place.end));
        clause_of_its_own.then_some(heading)
    }

    /// `line` numbers the clause after one still open: "10. Deletion" while "9. Audits" is open.
    fn numbers_next_clause(&self, line: &str) -> bool {
        self.open.iter().any(|&open| outline::next_item(self.doc.clauses[open].heading_span.text(self.source), line))
    }

    /// Extends the heading of `clause` over the line `next` when its title goes on there,
    /// on the very next line.
    fn wraps_title(&mut self, (clause, numbering): (ClauseId, outline::Numbering), next: Span) -> bool {
        let heading = self.doc.clauses[clause].heading_span;
        let between = self.source.get(heading.end..next.start).unwrap_or("");
        let next_line = between.trim().is_empty() && between.matches('\n').count() == 1;
        let next_text = next.text(self.source);
        if !next_line || !outline::continues_title(heading.text(self.source), numbering, next_text) {
            return false;
        }
        let clause = &mut self.doc.clauses[clause];
        clause.heading_span = Span::new(heading.start, next.end);
        clause.title = format!("{} {}", clause.title, next_text.split_whitespace().collect::<Vec<_>>().join(" "));
        true
    }

    /// A clause for a heading line of prose (`text`: the line's text, inline HTML blanked
    /// out); a run-in title's paragraph follows it.
    fn synthetic_heading(&mut self, line: Span, text: &str, inlines: &[Inline], heading: outline::HeadingLine) {
        let level = self.levels.level(heading.numbering);
        let words = &text[heading.heading.0..heading.heading.1];
        // Emphasis is layout, not words: "**7.** **Audits**" is titled "7. Audits".
        let title = words.replace("**", "").replace("__", "").split_whitespace().collect::<Vec<_>>().join(" ");
        let span = Span::new(line.start + heading.heading.0, line.start + heading.heading.1);
        self.in_list = false;
        self.list_item = None;
        self.open_clause(level, title, span, None);
        self.title_to_wrap = heading.body.is_none().then(|| (self.doc.clauses.len() - 1, heading.numbering));
        if let Some(body) = heading.body {
            let body = inlines_from(inlines, line.start + body);
            let end = inlines_span(&body).end.max(line.end);
            self.text_paragraph(&body, Span::new(line.start + heading.body.unwrap_or(0), end));
        }
    }

    /// Ends the paragraph being gathered, if any.
    fn flush(&mut self, paragraph: &mut Vec<Inline>) {
        if paragraph.is_empty() {
            return;
        }
        let span = inlines_span(paragraph);
        let inlines = std::mem::take(paragraph);
        self.text_paragraph(&inlines, span);
    }

    /// A paragraph or list item of running text.
    fn text_paragraph(&mut self, inlines: &[Inline], span: Span) {
        self.levels.text();
        let text = span.text(self.source);
        // Bullets under a numbered item ("3. Delete the data, including:", then "- account
        // records") belong to it: its list goes on after them ("4. Certify deletion").
        if self.list_item.is_some() && outline::is_bullet(text.trim_start()) {
            self.inlines(inlines, span, false);
            return;
        }
        let lead_in = text.trim_end().ends_with(':');
        if lead_in {
            self.lead_in_depth = match outline::label(text).map(|label| label.numbering) {
                Some(outline::Numbering::Number(depth)) => depth,
                _ => 0,
            };
        }
        let item = self.in_list || self.list_item.is_some_and(|item| outline::next_item(item.text(self.source), text));
        self.list_item = (item && outline::label(text).is_some()).then_some(span);
        self.in_list = lead_in || (self.in_list && outline::is_short_item(text));
        self.inlines(inlines, span, false);
    }

    fn open_clause(&mut self, level: usize, title: String, heading_span: Span, tag: Option<&dpa_syntax::Tag>) {
        let id = self.doc.clauses.len();
        // The open clauses, outermost first: the parent is the innermost of a lower level.
        while self.open.last().is_some_and(|&open| self.doc.clauses[open].level >= level) {
            self.open.pop();
        }
        let parent = self.open.last().copied();
        self.open.push(id);
        let mut clause = Clause {
            id,
            kind: None,
            custom_kind: None,
            origin: KindOrigin::None,
            annex: false,
            level,
            title,
            heading_span,
            tag_span: None,
            anchor: None,
            parent,
            span: heading_span,
        };
        if let Some(tag) = tag {
            clause.tag_span = Some(tag.span);
            clause.anchor = tag.anchor.as_ref().map(|a| Anchor { name: a.text.clone(), span: a.span });
            let mut kind_words = tag.words.iter().filter(|word| {
                let annex = lexicon::is_annex_word(&word.text);
                clause.annex |= annex;
                !annex
            });
            if let Some(word) = kind_words.next() {
                self.resolve_kind(&mut clause, word);
            }
        }
        if clause.origin == KindOrigin::None {
            if let Some(parent) = parent.and_then(|p| self.doc.clauses.get(p)) {
                if parent.kind.is_some() && parent.origin != KindOrigin::Inferred {
                    clause.kind = parent.kind;
                    clause.annex = parent.annex;
                    clause.origin = KindOrigin::Inherited;
                }
            }
        }
        self.doc.clauses.push(clause);
        self.current_clause = Some(id);
    }

    fn resolve_kind(&mut self, clause: &mut Clause, word: &Token) {
        if let Some(kind) = lexicon::clause_kind(&word.text) {
            clause.kind = Some(kind);
            clause.annex |= kind.is_annex_kind();
            clause.origin = KindOrigin::Tagged;
        } else if is_namespaced_kind(&word.text)
            || self.custom_kinds.iter().any(|k| lexicon::fold_key(k) == lexicon::fold_key(&word.text))
        {
            clause.custom_kind = Some(word.text.clone());
            clause.origin = KindOrigin::Tagged;
        } else {
            self.doc.unknown_kinds.push(UnknownWord {
                word: word.text.clone(),
                span: word.span,
                suggestion: lexicon::suggest(&word.text, all_words(lexicon::CLAUSE_KINDS)),
            });
        }
    }

    /// A run of inline content (paragraph, list item or table row): facts become model entries,
    /// the text becomes a [`Paragraph`] with fact values in place of their markup.
    fn inlines(&mut self, inlines: &[Inline], span: Span, is_table_row: bool) {
        let mut pieces: Vec<(String, usize)> = Vec::new();
        for inline in inlines {
            match inline {
                Inline::Text(token) => pieces.push((token.text.clone(), token.span.start)),
                Inline::Fact(fact) => {
                    self.fact(fact);
                    if fact.closed && !fact.value.text.is_empty() {
                        pieces.push((fact.value.text.clone(), fact.value.span.start));
                    }
                }
            }
        }
        self.paragraph(&pieces, span, is_table_row);
    }

    fn paragraph(&mut self, pieces: &[(String, usize)], span: Span, is_table_row: bool) {
        let mut text = String::new();
        let mut offsets = Vec::new();
        let mut spaced: Vec<(&str, usize)> = Vec::with_capacity(pieces.len() * 2);
        for (piece, start) in pieces {
            let glued = !text.is_empty()
                && !text.ends_with(|c: char| c.is_whitespace() || OPENING.contains(c))
                && !piece.starts_with(|c: char| c.is_whitespace() || CLOSING.contains(c));
            if glued {
                // Keep words from gluing together where markup or a line break sat between
                // them, in the text and in its folded form alike ("within [[…: 48 hours]]
                // after"), but not before a full stop, which must still end the sentence.
                text.push(' ');
                offsets.push(*start);
                spaced.push((" ", *start));
            }
            text.push_str(piece);
            offsets.extend(piece.char_indices().flat_map(|(i, ch)| std::iter::repeat_n(start + i, ch.len_utf8())));
            spaced.push((piece, *start));
        }
        if text.trim().is_empty() {
            return;
        }
        let folded = lexicon::FoldedText::from_pieces(spaced);
        let paragraph = Paragraph { span, clause: self.current_clause, text, offsets, folded, is_table_row };
        self.doc.placeholders.extend(scan_placeholders(&paragraph));
        if !is_table_row {
            self.doc.definitions.extend(scan_definitions(&paragraph));
        }
        self.doc.paragraphs.push(paragraph);
    }

    fn fact(&mut self, node: &FactNode) {
        if !node.closed || node.name.text.is_empty() {
            return; // Reported as SYNTAX; guessing at a half-typed fact would only add noise.
        }
        let name = &node.name.text;
        let value = &node.value;
        let clause = self.current_clause;
        if lexicon::is_reference_word(name) {
            self.doc.references.push(Reference {
                target: value.text.clone(),
                span: node.span,
                target_span: value.span,
            });
        } else if let Some(role) = lexicon::party_role(name) {
            self.doc.parties.push(PartyFact {
                party: values::parse_party(role, &value.text),
                role,
                span: node.span,
                value_span: value.span,
                clause,
                inferred: false,
            });
        } else if let Some(fact_name) = lexicon::fact_name(name) {
            let parsed = values::parse(fact_name, &value.text);
            if matches!(parsed, Ok(FactValue::Placeholder)) {
                self.doc.placeholders.push(Placeholder {
                    span: node.span,
                    text: value.text.clone(),
                    fact: Some(fact_name.id().to_string()),
                });
            }
            self.doc.facts.push(Fact {
                name: fact_name,
                raw_name: name.clone(),
                value_text: value.text.clone(),
                value: parsed,
                span: node.span,
                name_span: node.name.span,
                value_span: value.span,
                clause,
                inferred: false,
            });
        } else {
            let candidates = all_words(lexicon::FACT_NAMES)
                .chain(all_words(lexicon::PARTY_ROLES))
                .chain(all_words(lexicon::REFERENCE_WORDS));
            self.doc.unknown_facts.push(UnknownFact {
                raw_name: name.clone(),
                value_text: value.text.clone(),
                span: node.span,
                name_span: node.name.span,
                suggestion: lexicon::suggest(name, candidates),
            });
        }
    }

    fn table(&mut self, table: &Table) {
        for row in std::iter::once(&table.header).chain(&table.rows) {
            let mut pieces = Vec::new();
            for cell in &row.cells {
                for inline in &cell.inlines {
                    match inline {
                        Inline::Text(token) => pieces.push((token.text.clone(), token.span.start)),
                        Inline::Fact(fact) => {
                            self.fact(fact);
                            if fact.closed {
                                pieces.push((fact.value.text.clone(), fact.value.span.start));
                            }
                        }
                    }
                }
                pieces.push((" |".to_string(), cell.span.end));
            }
            pieces.pop();
            self.paragraph(&pieces, row.span, true);
        }
        let clause_kind = self.current_clause.and_then(|c| self.doc.clauses.get(c)).and_then(|c| c.kind);
        if self.label_records(table) {
            return;
        }
        let mut columns: Vec<Option<RecordColumn>> =
            table.header.cells.iter().map(|cell| lexicon::record_column(&cell.text)).collect();
        // Under a title about sub-processors a first column the lexicon cannot name names them
        // ("**List of sub-processors**" over "Processor | Description | Location"); a later one
        // does not ("Rôle | Données concernées | Localisation" names no sub-processor).
        if !columns.contains(&Some(RecordColumn::Name)) && self.table_about_sub_processors(table) {
            if let Some(first @ None) = columns.first_mut() {
                *first = Some(RecordColumn::Name);
            }
        }
        let has = |column| columns.contains(&Some(column));
        let is_record_table = clause_kind == Some(ClauseKind::SubProcessorList)
            || (has(RecordColumn::Name)
                && (has(RecordColumn::Country) || has(RecordColumn::TransferMechanism) || has(RecordColumn::Address)));
        if clause_kind == Some(ClauseKind::Description) || (table.header.cells.len() == 2 && !is_record_table) {
            self.particular_rows(table, clause_kind == Some(ClauseKind::Description));
        } else if is_record_table {
            self.record_rows(table, &columns);
        }
    }

    /// Two-column key/value rows of a description annex (or any two-column table whose labels are
    /// particulars).
    fn particular_rows(&mut self, table: &Table, in_description: bool) {
        let header_is_data = !lexicon::particulars(cell_text(&table.header, 0)).is_empty();
        let rows = header_is_data.then_some(&table.header).into_iter().chain(&table.rows);
        for row in rows {
            let label = cell_text(row, 0);
            let found = lexicon::particulars(label);
            if found.is_empty() {
                continue;
            }
            let (text, span) = row.cells.get(1).map_or((String::new(), row.span), |c| (c.text.clone(), c.span));
            for &particular in found {
                self.doc.particulars.push(ParticularEntry {
                    particular,
                    unfilled: is_unfilled(&text),
                    text: text.clone(),
                    span,
                    source: if in_description { ParticularSource::AnnexRow } else { ParticularSource::Clause },
                });
            }
        }
    }

    /// The table's clause is about sub-processors (by its kind or title), or the line right
    /// above the table names them ("**List of sub-processors**"). Called once the table's rows
    /// are read as paragraphs.
    fn table_about_sub_processors(&self, table: &Table) -> bool {
        let clause = self.current_clause.and_then(|c| self.doc.clauses.get(c));
        let by_clause = clause.is_some_and(|clause| {
            clause.kind.is_some_and(ClauseKind::concerns_sub_processors) || names_sub_processors(&clause.title)
        });
        let rows = 1 + table.rows.len();
        let above = self.doc.paragraphs.len().checked_sub(rows + 1).and_then(|at| self.doc.paragraphs.get(at));
        by_clause
            || above.is_some_and(|paragraph| !paragraph.is_table_row && names_sub_processors(&paragraph.folded.folded))
    }

    /// A record is certain only in a table under a tagged sub-processor list; anywhere else the
    /// table was recognised by its headers or labels.
    fn records_listed(&self) -> bool {
        self.current_clause
            .and_then(|c| self.doc.clauses.get(c))
            .is_some_and(|c| c.is(ClauseKind::SubProcessorList) && c.origin != KindOrigin::None)
    }

    /// Sub-processors written as label/value rows, one table or one run of rows each (the SCC
    /// Annex III shape: "Full legal name | …", "Address / country | …", "Description of the
    /// processing | …"); a row labelled with a name starts the next record. `false` when the
    /// table is not of that shape (a name label and another field's) or not about
    /// sub-processors: the parties' details in an annex have the same labels. Kinds are
    /// inferred after the whole document is read, so the heading's words say it here.
    fn label_records(&mut self, table: &Table) -> bool {
        let rows: Vec<&dpa_syntax::Row> = std::iter::once(&table.header).chain(&table.rows).collect();
        let about_sub_processors =
            self.table_about_sub_processors(table) || rows.iter().any(|row| names_sub_processors(cell_text(row, 0)));
        if !about_sub_processors {
            return false;
        }
        let labels: Vec<Option<RecordColumn>> = rows
            .iter()
            .map(|row| if row.cells.len() == 2 { lexicon::record_label(cell_text(row, 0)) } else { None })
            .collect();
        let labelled = |column: RecordColumn| labels.contains(&Some(column));
        let shaped = labelled(RecordColumn::Name)
            && [RecordColumn::Country, RecordColumn::Address, RecordColumn::Purpose, RecordColumn::TransferMechanism]
                .into_iter()
                .any(labelled);
        if !shaped {
            return false;
        }
        let inferred = !self.records_listed();
        let mut record: Option<SubProcessorRecord> = None;
        for (row, label) in rows.iter().zip(&labels) {
            let (Some(label), Some(value)) = (label, row.cells.get(1).filter(|cell| !cell.text.trim().is_empty()))
            else {
                continue;
            };
            let cell = Some(super::Cell { text: value.text.clone(), span: value.span });
            if *label == RecordColumn::Name && record.as_ref().is_some_and(|record| record.name.is_some()) {
                self.push_record(record.take());
            }
            let record = record.get_or_insert(SubProcessorRecord {
                span: row.span,
                clause: self.current_clause,
                name: None,
                country: None,
                country_code: None,
                purpose: None,
                mechanism: None,
                mechanism_value: None,
                address: None,
                inferred,
            });
            record.span = Span::new(record.span.start, row.span.end);
            let field = match label {
                RecordColumn::Name => &mut record.name,
                RecordColumn::Country => &mut record.country,
                RecordColumn::Purpose => &mut record.purpose,
                RecordColumn::TransferMechanism => &mut record.mechanism,
                RecordColumn::Address => &mut record.address,
            };
            if field.is_none() {
                *field = cell;
            }
        }
        self.push_record(record);
        true
    }

    /// Adds a record, with the country and mechanism its cells give.
    fn push_record(&mut self, record: Option<SubProcessorRecord>) {
        let Some(mut record) = record else { return };
        record.country_code = record.country.as_ref().and_then(|c| values::parse_country(&c.text));
        record.mechanism_value = record.mechanism.as_ref().map(|m| values::parse_mechanism(&m.text));
        self.doc.sub_processors.push(record);
    }

    fn record_rows(&mut self, table: &Table, columns: &[Option<RecordColumn>]) {
        let listed = self.records_listed();
        for row in &table.rows {
            let cell = |column: RecordColumn| {
                let index = columns.iter().position(|c| *c == Some(column))?;
                let cell = row.cells.get(index)?;
                Some(super::Cell { text: cell.text.clone(), span: cell.span }).filter(|c| !c.text.trim().is_empty())
            };
            let record = SubProcessorRecord {
                span: row.span,
                clause: self.current_clause,
                name: cell(RecordColumn::Name),
                country: cell(RecordColumn::Country),
                country_code: None,
                purpose: cell(RecordColumn::Purpose),
                mechanism: cell(RecordColumn::TransferMechanism),
                mechanism_value: None,
                address: cell(RecordColumn::Address),
                inferred: !listed,
            };
            if !row.cells.iter().all(|c| c.text.trim().is_empty()) {
                self.push_record(Some(record));
            }
        }
    }

    fn comment(&mut self, comment: &Comment) {
        match &comment.kind {
            CommentKind::Plain { .. } => {}
            CommentKind::Note { text } => self.doc.notes.push(Note { text: text.text.clone(), span: comment.span }),
            CommentKind::Directive(directive) => {
                if !lexicon::is_suppression_verb(&directive.verb.text) {
                    self.doc.bad_directives.push(UnknownWord {
                        word: directive.verb.text.clone(),
                        span: directive.verb.span,
                        suggestion: Some("allow".to_string()),
                    });
                    return;
                }
                let label_ok =
                    directive.reason_label.as_ref().is_none_or(|label| lexicon::is_reason_label(&label.text));
                let reason = directive
                    .reason
                    .as_ref()
                    .map(|r| r.text.trim().to_string())
                    .filter(|r| !r.is_empty() && label_ok && !is_reason_template(r));
                self.doc.suppressions.push(Suppression {
                    rules: directive.rules.iter().map(|r| (r.text.clone(), r.span)).collect(),
                    reason,
                    span: comment.span,
                    // Set in `finish`, once clause extents are known.
                    scope: Span::empty(comment.span.start),
                });
            }
        }
    }

    fn finish(mut self) -> Document {
        let len = self.source.len();
        // A clause runs until the next heading of the same or a higher level.
        let mut ends = vec![len; self.doc.clauses.len()];
        let mut open: Vec<usize> = Vec::new();
        for (index, clause) in self.doc.clauses.iter().enumerate() {
            while let Some(&earlier) = open.last() {
                if self.doc.clauses[earlier].level < clause.level {
                    break;
                }
                ends[earlier] = clause.heading_span.start;
                open.pop();
            }
            open.push(index);
        }
        for (clause, end) in self.doc.clauses.iter_mut().zip(ends) {
            clause.span = Span::new(clause.heading_span.start, end.max(clause.heading_span.end));
        }
        let first_heading = self.doc.clauses.first().map(|c| c.heading_span.start);
        for suppression in &mut self.doc.suppressions {
            let enclosing = self
                .doc
                .clauses
                .iter()
                .filter(|c| {
                    c.span.start <= suppression.span.start && suppression.span.start < c.span.end.max(c.span.start + 1)
                })
                .max_by_key(|c| c.heading_span.start);
            suppression.scope = match (enclosing, first_heading) {
                (Some(clause), _) => clause.span,
                (None, _) => Span::new(0, len),
            };
        }

        self.doc.language = self.doc.front_matter.language.unwrap_or_else(|| {
            let sample: String =
                self.doc.paragraphs.iter().take(200).map(|p| p.text.as_str()).collect::<Vec<_>>().join(" ");
            lexicon::detect_language(&sample)
        });
        self.doc.anchor_span = self.anchor_span();
        self.doc.prose = self.prose;
        super::infer::infer(&mut self.doc, self.source);
        self.doc.lead_ins = crate::rules::search::lead_ins(&self.doc, self.source);
        super::extract::extract(&mut self.doc, self.source);
        self.doc
    }

    /// The title line: front matter `title:`, else the first level-1 heading, else the first
    /// non-blank line.
    fn anchor_span(&self) -> Span {
        if let Some(title) = self.doc.front_matter.entries.iter().find(|e| e.key == Some(FrontMatterKey::Title)) {
            return title.span;
        }
        if let Some(clause) = self.doc.clauses.iter().find(|c| c.level == 1).or(self.doc.clauses.first()) {
            return clause.heading_span;
        }
        let start = self.source.find(|c: char| !c.is_whitespace() && c != '\u{feff}').unwrap_or(0);
        let end = self.source[start..].find('\n').map_or(self.source.len(), |i| start + i);
        Span::new(start, self.source[..end].trim_end_matches('\r').len().max(start))
    }
}

/// Where a line of prose stands, for reading it as a heading.
#[derive(Debug, Clone, Copy)]
struct LinePlace {
    /// A paragraph of its own, or a numbered title with its paragraph on the next lines.
    standalone: bool,
    /// A numbered line followed, in its block, by a line of running text.
    heads_text: bool,
    /// Source offset of the end of the line.
    end: usize,
}

/// The column of offset `at` in its line, a tab counting as a Markdown indentation step.
fn column(source: &str, at: usize) -> usize {
    let before = &source[..at];
    before[before.rfind('\n').map_or(0, |newline| newline + 1)..].chars().map(|c| if c == '\t' { 4 } else { 1 }).sum()
}

/// The first non-blank line after offset `end` (empty at the end of the text).
fn next_line(source: &str, end: usize) -> &str {
    source.get(end..).unwrap_or("").split('\n').skip(1).map(str::trim).find(|line| !line.is_empty()).unwrap_or("")
}

/// The inlines of a block cut at its line breaks, each line trimmed.
fn split_lines(inlines: &[Inline]) -> Vec<Vec<Inline>> {
    let mut lines = Vec::new();
    let mut line = Vec::new();
    for inline in inlines {
        let Inline::Text(token) = inline else {
            line.push(inline.clone());
            continue;
        };
        let mut offset = 0;
        for (index, piece) in token.text.split('\n').enumerate() {
            if index > 0 {
                lines.push(std::mem::take(&mut line));
            }
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let start = token.span.start + offset + (piece.len() - piece.trim_start().len());
                let span = Span::new(start, start + trimmed.len());
                line.push(Inline::Text(Token { text: trimmed.to_string(), span }));
            }
            offset += piece.len() + 1;
        }
    }
    lines.push(line);
    lines.retain(|line| !line.is_empty());
    lines
}

/// From the first inline's start to the last one's end.
fn inlines_span(inlines: &[Inline]) -> Span {
    let start = inlines.first().map_or(0, |inline| inline.span().start);
    let end = inlines.last().map_or(start, |inline| inline.span().end);
    Span::new(start, end.max(start))
}

/// The inlines from source offset `from` on (a text cut there keeps its tail).
fn inlines_from(inlines: &[Inline], from: usize) -> Vec<Inline> {
    inlines
        .iter()
        .filter(|inline| inline.span().end > from)
        .map(|inline| match inline {
            Inline::Text(token) if token.span.start < from => {
                let cut = (from - token.span.start).min(token.text.len());
                let cut =
                    (cut..=token.text.len()).find(|&at| token.text.is_char_boundary(at)).unwrap_or(token.text.len());
                Inline::Text(Token {
                    text: token.text[cut..].to_string(),
                    span: Span::new(token.span.start + cut, token.span.end),
                })
            }
            other => other.clone(),
        })
        .collect()
}

/// Punctuation that takes no space after it, or before it, when text pieces are joined.
const OPENING: &str = "([{«“‘";
const CLOSING: &str = ".,;:!?)]}»”’";

fn words_of<T: Copy>(table: &'static [lexicon::Row<T>]) -> Vec<&'static str> {
    table.iter().map(|row| row.word(Lang::En)).collect()
}

/// Words that name sub-processors ("List of sub-processors", « Sous-traitants ultérieurs »).
fn names_sub_processors(text: &str) -> bool {
    SUB_PROCESSOR.matches(&FoldedText::new(text, 0))
}

fn cell_text(row: &dpa_syntax::Row, index: usize) -> &str {
    row.cells.get(index).map_or("", |c| c.text.as_str())
}

/// `fr = contract.fr.dpa`
fn parse_translation(value: &str) -> Option<(Lang, String)> {
    let (lang, path) = value.split_once('=')?;
    let path = path.trim();
    Some((lexicon::language_word(lang)?, path.to_string())).filter(|_| !path.is_empty())
}

/// Firm kinds are namespaced: `firm-insurance`, `acme-escrow`. Anything with a namespace prefix
/// that is not a known kind is kept as a custom kind rather than reported.
fn is_namespaced_kind(word: &str) -> bool {
    let key = lexicon::fold_key(word);
    key.starts_with("firm-") || key.starts_with("x-")
}

/// A particular left blank, as a placeholder, or deferred to the controller.
pub(super) fn is_unfilled(text: &str) -> bool {
    let folded = lexicon::fold(text);
    let trimmed = folded.trim_matches(|c: char| c.is_whitespace() || c == '.');
    trimmed.is_empty()
        || trimmed == "?"
        || (trimmed.starts_with('[') && trimmed.ends_with(']'))
        || lexicon::cues::DEFERRED_TO_CONTROLLER.matches(&lexicon::FoldedText::new(text, 0))
}

/// The reason template the language server inserts is not a reason yet.
fn is_reason_template(reason: &str) -> bool {
    reason.starts_with('<') && reason.ends_with('>')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clauses prose mode reads, as (level, title).
    fn outline(source: &str) -> Vec<(usize, String)> {
        let doc = build(source, &dpa_syntax::parse(source), Some(true), &[]);
        let mut clauses: Vec<&Clause> = doc.clauses.iter().filter(|clause| !clause.heading_span.is_empty()).collect();
        clauses.sort_by_key(|clause| clause.heading_span.start);
        clauses.into_iter().map(|clause| (clause.level, clause.title.clone())).collect()
    }

    fn titles(source: &str) -> Vec<String> {
        outline(source).into_iter().map(|(_, title)| title).collect()
    }

    #[test]
    fn items_of_a_list_just_introduced_are_not_headings() {
        let source = "# Annex\n\nThe personal data are as follows:\n\n1. Names\n\n2. E-mail addresses\n";
        assert_eq!(titles(source), ["Annex"]);
        let french = "# Annexe\n\nLes données traitées sont les suivantes :\n\n1. Noms\n\n2. Adresses électroniques\n";
        assert_eq!(titles(french), ["Annexe"]);
    }

    #[test]
    fn clauses_after_a_lead_in_are_still_headings() {
        let first_subclause = "# Annex\n\nIt is agreed as follows:\n\n1.\tInterpretation\n\n1.1. This annex is incorporated by reference into the Agreement.\n";
        assert_eq!(titles(first_subclause), ["Annex", "1. Interpretation"]);
        let shallower = "7\tBreach notification\n\n7.1 The Company shall, without undue delay:\n\n7.1.1 notify the Customer; and\n\n7.1.2 describe the breach.\n\n8\tDeletion or return of data\n\nThe Company shall delete the data on request.\n";
        assert_eq!(titles(shallower), ["7 Breach notification", "8 Deletion or return of data"]);
        let named = "Les Parties conviennent de ce qui suit :\n\nArticle 2. Description des traitements\n\nLe Prestataire héberge les données.\n";
        assert_eq!(titles(named), ["Article 2. Description des traitements"]);
        let run_in = "Description of the measures:\n\n**1. Personnel.** Staff are bound by confidentiality.\n";
        assert_eq!(titles(run_in), ["1. Personnel"]);
        let title_over_text = "Le Sous-traitant s'engage à :\n\n11.1.6.1 Finalité\nTraiter les données uniquement pour la finalité prévue.\n";
        assert_eq!(titles(title_over_text), ["11.1.6.1 Finalité"]);
    }

    #[test]
    fn items_go_on_after_the_bullets_of_an_item() {
        let source = "9.2 On termination\n\nOn termination the Processor shall:\n\n1.  Stop the processing\n2.  Return the data when the Customer asks for it before the account is closed for good\n3.  Erase the data within 30 days, including:\n    -   account records\n    -   invoices\n4.  Confirm the erasure in writing\n\n9.3 Exceptions\n\nLegal retention applies.\n";
        assert_eq!(titles(source), ["9.2 On termination", "9.3 Exceptions"]);
        let french = "9.2 Fin du contrat\n\nÀ la fin du contrat, le Sous-traitant :\n\n1. cesse tout traitement\n2. Restitue les données au Client sur sa demande avant la fermeture définitive de son compte\n3. Supprime les données sous 30 jours, notamment :\n   - les comptes\n   - les factures\n4. Atteste la suppression par écrit\n\n9.3 Exceptions\n\nLes durées légales s'appliquent.\n";
        assert_eq!(titles(french), ["9.2 Fin du contrat", "9.3 Exceptions"]);
        let clause_after_bullets = "Scope\n\nThe Processor processes:\n\n- names\n- e-mail addresses\n\n2. Security\n\nThe Processor encrypts the data.\n";
        assert_eq!(titles(clause_after_bullets), ["Scope", "2. Security"]);
    }

    #[test]
    fn numbered_bold_labels_title_their_clauses() {
        let source = "# Annex\n\nThe Supplier processes the data for the Club.\n\n1. **Subject matter** : hosting of the member\n   accounts for the term of the subscription.\n2. **Breach notification** : the Supplier tells the\n   Club of any breach within 48 hours.\n";
        assert_eq!(
            outline(source),
            [(1, "Annex".to_string()), (2, "1. Subject matter".to_string()), (2, "2. Breach notification".to_string())]
        );
        let french = "# Annexe\n\nLe Prestataire traite les données pour le Club.\n\n1. **Objet** : hébergement des comptes\n   des membres.\n2. **Sort des données** : suppression sous\n   90 jours.\n";
        assert_eq!(titles(french), ["Annexe", "1. Objet", "2. Sort des données"]);
        // Items of a list just introduced stay items, bold label or not.
        let items = "# Annex\n\nThe personal data are as follows:\n\n1. **Identity**: first and last name\n2. **Contact**: e-mail address\n";
        assert_eq!(titles(items), ["Annex"]);
        let french_items = "# Annexe\n\nLes données traitées sont les suivantes :\n\n1. **Identité** : nom et prénom\n2. **Contact** : adresse électronique\n";
        assert_eq!(titles(french_items), ["Annexe"]);
    }

    #[test]
    fn the_number_after_an_open_clause_ends_a_list_of_another_shape() {
        let source = "9. Audits\n\nThe Processor shall make available the following documents:\n(i) its certificate\n(ii) its test summary\n(iii) its records\n\n10. Deletion\n\nThe Processor deletes the data.\n";
        assert_eq!(titles(source), ["9. Audits", "10. Deletion"]);
        let french = "4. Audits\n\nLe Sous-traitant met à disposition :\n(a) son certificat ;\n(b) son rapport de test\n\n5. Coûts\n\nLes audits sont aux frais du Responsable.\n";
        assert_eq!(titles(french), ["4. Audits", "5. Coûts"]);
        let same_shape = "1. Audits\n\nThe Processor shall:\n1. keep records;\n2. allow audits\n";
        assert_eq!(titles(same_shape), ["1. Audits"]);
    }

    #[test]
    fn titles_wrapped_over_two_lines_are_one_heading() {
        let source = "9. DELETION AND RETURN OF PERSONAL\nDATA AT THE END OF THE SERVICES\n\nThe Processor deletes the data.\n\n10. Security of the processing and measures to be taken\nby the Processor\n\nThe Processor encrypts the data.\n\nANNEX II - MEASURES INCLUDING\nMEASURES TO ENSURE THE SECURITY OF THE DATA\n\nEncryption at rest.\n";
        assert_eq!(
            titles(source),
            [
                "9. DELETION AND RETURN OF PERSONAL DATA AT THE END OF THE SERVICES",
                "10. Security of the processing and measures to be taken by the Processor",
                "ANNEX II - MEASURES INCLUDING MEASURES TO ENSURE THE SECURITY OF THE DATA",
            ]
        );
        let french = "Article 12 - Sort des données à la fin\ndu contrat\nLe Sous-traitant supprime les données.\n";
        assert_eq!(titles(french), ["Article 12 - Sort des données à la fin du contrat"]);
        let subtitle_and_text =
            "ANNEX II\nTECHNICAL AND ORGANISATIONAL MEASURES\n\n9. Audits\nThe Controller may audit the Processor.\n";
        assert_eq!(titles(subtitle_and_text), ["ANNEX II", "TECHNICAL AND ORGANISATIONAL MEASURES", "9. Audits"]);
    }

    #[test]
    fn sub_processors_written_as_label_rows_are_records() {
        let records = |source: &str| {
            let doc = build(source, &dpa_syntax::parse(source), Some(true), &[]);
            doc.sub_processors
                .iter()
                .map(|record| {
                    (record.name.as_ref().map(|c| c.text.clone()), record.country_code.map(|c| c.code().to_string()))
                })
                .collect::<Vec<_>>()
        };
        let annex = "# Annex III - List of sub-processors\n\n| Name | Kestrel Cloud Inc. |\n|---|---|\n| Address / country | San Francisco, USA |\n| Contact person's name | Jo Bloggs |\n| Name | Nordlicht Mail GmbH |\n| Address / country | Berlin, Germany |\n";
        assert_eq!(
            records(annex),
            [
                (Some("Kestrel Cloud Inc.".to_string()), Some("US".to_string())),
                (Some("Nordlicht Mail GmbH".to_string()), Some("DE".to_string()))
            ]
        );
        let french = "# Annexe 2\n\n| Sous-traitant ultérieur | |\n|---|---|\n| Dénomination | Nordlicht Mail GmbH |\n| Siège / pays | Berlin, Allemagne |\n";
        assert_eq!(records(french), [(Some("Nordlicht Mail GmbH".to_string()), Some("DE".to_string()))]);
        let parties = "# Annex I.A - List of parties\n\n| Name | Marlow Clinics Ltd |\n|---|---|\n| Address | London, United Kingdom |\n| Role | Controller |\n";
        assert!(records(parties).is_empty());
    }

    #[test]
    fn list_items_indented_under_a_heading_item_are_its_sub_clauses() {
        let source = "# DPA\n\n1. <span class=\"header_2\">Processing</span>\n\n    1. <span class=\"header_3\">Processing Details.</span>  Annex I describes the processing.\n\n    2. <span class=\"header_3\">Instructions.</span>  Provider follows the instructions.\n\n2. <span class=\"header_2\">Security</span>\n";
        assert_eq!(
            outline(source),
            [
                (1, "DPA".to_string()),
                (2, "1. Processing".to_string()),
                (3, "1. Processing Details".to_string()),
                (3, "2. Instructions".to_string()),
                (2, "2. Security".to_string()),
            ]
        );
    }

    #[test]
    fn addresses_stay_text() {
        let source = "2. Contact. The privacy officer can be reached at:\nExample, Inc.\nAttn: Privacy\n88 Colin P. Kelly Jr. Street\nSan Francisco, CA 94107\n";
        assert_eq!(titles(source), ["2. Contact"]);
        let french = "Le siège est situé :\n12 Rue de la Paix\n75002 Paris\n";
        assert!(titles(french).is_empty());
    }
}

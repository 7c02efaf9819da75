//! From an untagged DPA (Markdown, plain text, or a Word file rendered as Markdown) to a tagged
//! `.dpa` draft: what prose mode infers is written down, so a lawyer can check it once and the
//! linter no longer has to guess (language.md §6).
//!
//! The text is kept word for word. What changes: front matter is added (title, language,
//! `status: draft`); heading lines become `#` headings tagged with their inferred kind; a
//! paragraph whose kind was read from its words alone gets a heading of its own; facts read
//! from the prose are wrapped as `[[name: value]]` around the exact words; paragraphs that
//! shared a block (Word files put one paragraph per line) are separated by blank lines; and a
//! `%% NOTE` marks each inference that rests on the clause's words rather than its heading.
//! Explicit markup wins: tagged headings, facts and front matter are left as they are, so
//! converting a converted file changes nothing.

use dpa_lexicon::{row_of, Lang, FACT_NAMES, PARTY_ROLES};
use dpa_syntax::Span;

use crate::lang::L10n;
use crate::model::{self, Clause, ClauseKind, Document, KindOrigin};
use crate::rules::fixes::kind_word;
use crate::LintOptions;

/// A converted document and what the conversion did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    /// The tagged `.dpa` text.
    pub text: String,
    /// Headings given a kind tag.
    pub tags: usize,
    /// Facts and parties wrapped as `[[name: value]]`.
    pub facts: usize,
    /// `%% NOTE` lines added where an inference should be checked.
    pub notes: usize,
}

/// Convert `source` to a tagged `.dpa` draft. `fallback_title` (usually the file name) is the
/// title when the text has no heading to take it from.
pub fn convert(source: &str, options: &LintOptions, fallback_title: Option<&str>) -> Conversion {
    let parse = dpa_syntax::parse(source);
    let doc = model::build(source, &parse, Some(true), &options.custom_kinds);
    let mut writer = Writer { source, doc: &doc, edits: Vec::new(), tags: 0, facts: 0, notes: 0 };
    writer.front_matter(fallback_title);
    writer.headings();
    writer.paragraph_breaks();
    writer.facts();
    let text = apply(source, writer.edits);
    Conversion { text, tags: writer.tags, facts: writer.facts, notes: writer.notes }
}

/// A replacement of `span` by `text`; insertions have an empty span. Built only by
/// [`Edit::new`], so its bounds are always character boundaries of the source.
struct Edit {
    span: Span,
    text: String,
}

impl Edit {
    /// The replacement of `span`, widened to whole characters: a reader's span that cuts a
    /// character ("Santé" ending inside its "é") must neither cut the text nor lose its words.
    fn new(source: &str, span: Span, text: String) -> Edit {
        Edit { span: whole_characters(source, span), text }
    }
}

/// `span` clamped to the source and widened to the character boundaries around it.
fn whole_characters(source: &str, span: Span) -> Span {
    let start = (0..=span.start.min(source.len())).rev().find(|&at| source.is_char_boundary(at)).unwrap_or(0);
    let end =
        (span.end.min(source.len())..=source.len()).find(|&at| source.is_char_boundary(at)).unwrap_or(source.len());
    Span::new(start, end.max(start))
}

struct Writer<'a> {
    source: &'a str,
    doc: &'a Document,
    edits: Vec<Edit>,
    tags: usize,
    facts: usize,
    notes: usize,
}

impl Writer<'_> {
    fn lang(&self) -> Lang {
        self.doc.language
    }

    fn insert(&mut self, at: usize, text: String) {
        self.edits.push(Edit::new(self.source, Span::empty(at), text));
    }

    /// `title:`, `language:` and `status: draft`, in the document's language, unless the text
    /// already has front matter.
    fn front_matter(&mut self, fallback_title: Option<&str>) {
        if self.doc.front_matter.span.is_some() {
            return;
        }
        // Contracts open with their title; a first line that is a whole paragraph is not one.
        let first = plain_heading(first_line(self.source));
        let title = match fallback_title {
            Some(fallback) if first.is_empty() || first.chars().count() > MAX_TITLE_CHARS => fallback.to_string(),
            _ => first,
        };
        let block = match self.lang() {
            Lang::En => format!("---\ndpa: 1\ntitle: {title}\nlanguage: en\nstatus: draft\n---\n\n"),
            Lang::Fr => format!("---\ndpa: 1\ntitre : {title}\nlangue : fr\nstatut : brouillon\n---\n\n"),
        };
        let at = if self.source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        self.insert(at, block);
    }

    fn headings(&mut self) {
        for clause in &self.doc.clauses {
            let tag = self.tag_for(clause);
            let note = (tag.is_some() && !model::kind_named_by_heading(clause)).then(|| UNSURE_KIND.get(self.lang()));
            if clause.heading_span.is_empty() {
                self.inferred_clause_heading(clause, tag, note);
            } else if self.source[clause.heading_span.start..].starts_with('#') {
                self.tag_markdown_heading(clause, tag, note);
            } else {
                self.heading_line(clause, tag, note);
            }
        }
    }

    /// The tag a clause needs in the `.dpa` text: its kind when that was inferred and is not
    /// what the heading above it would pass on (untagged sub-headings inherit their parent's).
    fn tag_for(&self, clause: &Clause) -> Option<String> {
        let kind = clause.kind?;
        if clause.origin != KindOrigin::Inferred {
            return None;
        }
        let parent = clause.parent.and_then(|id| self.doc.clauses.get(id));
        if parent.is_some_and(|parent| parent.kind == Some(kind) && parent.annex == clause.annex) {
            return None;
        }
        let word = kind_word(kind, self.lang());
        Some(match (clause.annex, self.lang()) {
            (true, Lang::En) => format!(" {{annex {word}}}"),
            (true, Lang::Fr) => format!(" {{annexe {word}}}"),
            (false, _) => format!(" {{{word}}}"),
        })
    }

    /// `## 7. Security` gains its tag, and a note on the next line when unsure.
    fn tag_markdown_heading(&mut self, clause: &Clause, tag: Option<String>, note: Option<&str>) {
        let Some(tag) = tag else { return };
        let heading = clause.heading_span.text(self.source);
        self.insert(clause.heading_span.start + heading.trim_end().len(), tag);
        self.tags += 1;
        if let Some(note) = note {
            let end = line_end(self.source, clause.heading_span.end);
            self.insert(end, format!("\n%% NOTE {note}"));
            self.notes += 1;
        }
    }

    /// A heading line of prose ("7. Security", "ARTICLE 8 – AUDITS", a run-in "3. Security."
    /// title) becomes a `#` heading on a line of its own, blank lines around it.
    fn heading_line(&mut self, clause: &Clause, tag: Option<String>, note: Option<&str>) {
        let start = line_start(self.source, clause.heading_span.start);
        let end_of_line = line_end(self.source, clause.heading_span.end);
        // A run-in title's paragraph starts on the same line.
        let paragraphs = &self.doc.paragraphs;
        let next = paragraphs.partition_point(|p| p.span.start < clause.heading_span.end);
        let body = paragraphs.get(next).map(|p| p.span.start).filter(|&at| at < end_of_line);
        let end = body.unwrap_or(end_of_line);
        let mut text = String::new();
        if !preceded_by_blank_line(self.source, start) {
            text.push('\n');
        }
        let hashes = "#".repeat(clause.level.clamp(1, 6));
        // The title as the outline read it: without emphasis or inline HTML.
        text.push_str(&format!("{hashes} {}", clause.title));
        if let Some(tag) = &tag {
            text.push_str(tag);
            self.tags += 1;
        }
        text.push('\n');
        if let Some(note) = note {
            text.push_str(&format!("%% NOTE {note}\n"));
            self.notes += 1;
        }
        if body.is_some() || !followed_by_blank_line(self.source, end) {
            text.push('\n');
        }
        // The line break that ended the heading line stays after the replacement.
        let end = if body.is_none() && self.source[end..].starts_with('\n') { end + 1 } else { end };
        self.edits.push(Edit::new(self.source, Span::new(start, end), text));
    }

    /// A paragraph whose kind was read from its own words gets a heading naming that kind.
    fn inferred_clause_heading(&mut self, clause: &Clause, tag: Option<String>, note: Option<&str>) {
        let (Some(kind), Some(tag)) = (clause.kind, tag) else { return };
        let at = line_start(self.source, clause.heading_span.start);
        let lead = if preceded_by_blank_line(self.source, at) { "" } else { "\n" };
        let hashes = "#".repeat(clause.level.clamp(1, 6));
        let note = note.map(|note| format!("%% NOTE {note}\n")).unwrap_or_default();
        self.insert(at, format!("{lead}{hashes} {}{tag}\n{note}\n", kind_title(kind).get(self.lang())));
        self.tags += 1;
        self.notes += usize::from(!note.is_empty());
    }

    /// Paragraphs that prose mode read apart but that sit on consecutive lines (one per line in
    /// Word files) get a blank line between them, so the `.dpa` reads them apart too.
    fn paragraph_breaks(&mut self) {
        let clause_starts: std::collections::HashSet<usize> =
            self.doc.clauses.iter().map(|clause| line_start(self.source, clause.heading_span.start)).collect();
        let mut previous_end = 0;
        for paragraph in &self.doc.paragraphs {
            let start = line_start(self.source, paragraph.span.start);
            let at_line_start = self.source[start..paragraph.span.start].trim().is_empty();
            let previous_line = if start > 0 { line_start(self.source, start - 1) } else { start };
            // Right after a heading line or a `%%` comment the paragraph is already apart,
            // unless a run-in title's paragraph shares that line.
            let after_heading = start > 0
                && previous_end <= previous_line
                && (clause_starts.contains(&previous_line)
                    || self.source[previous_line..start].trim_start().starts_with("%%"));
            let separate = at_line_start
                && !paragraph.is_table_row
                && !after_heading
                && !clause_starts.contains(&start)
                && !preceded_by_blank_line(self.source, start);
            if separate {
                self.insert(start, "\n".to_string());
            }
            previous_end = paragraph.span.end;
        }
    }

    /// Facts and parties read from the prose, wrapped around their words.
    fn facts(&mut self) {
        let lang = self.lang();
        let separator = if lang == Lang::Fr { " : " } else { ": " };
        for fact in self.doc.facts.iter().filter(|fact| fact.inferred) {
            let name = row_of(FACT_NAMES, fact.name).map_or(fact.name.id(), |row| row.word(lang));
            self.wrap(fact.value_span, &format!("{name}{separator}"));
            self.facts += 1;
        }
        for party in self.doc.parties.iter().filter(|party| party.inferred) {
            let role = row_of(PARTY_ROLES, party.role).map_or(party.role.id(), |row| row.word(lang));
            self.wrap(party.value_span, &format!("{role}{separator}"));
            self.facts += 1;
        }
    }

    /// `[[name: words]]` around the words of `span`.
    fn wrap(&mut self, span: Span, name: &str) {
        let span = whole_characters(self.source, span);
        let words = span.text(self.source);
        self.edits.push(Edit::new(self.source, span, format!("[[{name}{words}]]")));
    }
}

/// Longest first line taken as the document's title.
const MAX_TITLE_CHARS: usize = 120;

/// What a note says about a kind read from a clause's words.
const UNSURE_KIND: L10n = L10n::new(
    "the clause kind was read from the words of the clause, not from its heading: check the tag.",
    "le type de clause a été déduit du texte de la clause, non de son titre : vérifiez l'étiquette.",
);

/// Applies non-overlapping edits (insertions at one offset in the order given).
fn apply(source: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|edit| (edit.span.start, edit.span.end));
    let mut out = String::with_capacity(source.len() + edits.iter().map(|e| e.text.len()).sum::<usize>());
    let mut at = 0;
    for edit in edits {
        if edit.span.start < at {
            continue;
        }
        out.push_str(&source[at..edit.span.start]);
        out.push_str(&edit.text);
        at = edit.span.end;
    }
    out.push_str(&source[at..]);
    out
}

/// A heading's words without Markdown emphasis and `#` markers.
fn plain_heading(text: &str) -> String {
    let text = text.trim_start_matches('#').replace("**", "").replace("__", "");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn first_line(source: &str) -> &str {
    source.trim_start_matches('\u{feff}').lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or("")
}

fn line_start(source: &str, at: usize) -> usize {
    source[..at.min(source.len())].rfind('\n').map_or(0, |newline| newline + 1)
}

/// The offset of the line break ending the line of `at` (or the end of the text).
fn line_end(source: &str, at: usize) -> usize {
    let at = at.min(source.len());
    let end = source[at..].find('\n').map_or(source.len(), |newline| at + newline);
    if source[..end].ends_with('\r') {
        end - 1
    } else {
        end
    }
}

/// The line starting at `start` is the first of the text or follows a blank line.
fn preceded_by_blank_line(source: &str, start: usize) -> bool {
    let before = source[..start].trim_end_matches([' ', '\t', '\r']);
    let before = before.strip_suffix('\n').unwrap_or(before).trim_end_matches([' ', '\t', '\r']);
    before.trim_start_matches('\u{feff}').is_empty() || before.ends_with('\n')
}

/// The line after the one ending at `end` is blank or there is none.
fn followed_by_blank_line(source: &str, end: usize) -> bool {
    let rest = &source[end.min(source.len())..];
    let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n')).unwrap_or(rest);
    let next_line = rest.split('\n').next().unwrap_or("");
    next_line.trim().is_empty()
}

/// The heading given to a paragraph whose kind was read from its words.
fn kind_title(kind: ClauseKind) -> L10n {
    match kind {
        ClauseKind::Parties => L10n::new("Parties", "Parties"),
        ClauseKind::Definitions => L10n::new("Definitions", "Définitions"),
        ClauseKind::SubjectMatter => L10n::new("Subject matter", "Objet"),
        ClauseKind::Instructions => L10n::new("Instructions", "Instructions"),
        ClauseKind::Confidentiality => L10n::new("Confidentiality", "Confidentialité"),
        ClauseKind::Security => L10n::new("Security", "Sécurité"),
        ClauseKind::SubProcessors => L10n::new("Sub-processors", "Sous-traitants ultérieurs"),
        ClauseKind::DataSubjectRights => L10n::new("Data subject rights", "Droits des personnes concernées"),
        ClauseKind::Assistance => L10n::new("Assistance", "Assistance"),
        ClauseKind::BreachNotification => L10n::new("Personal data breaches", "Violations de données"),
        ClauseKind::DeletionReturn => L10n::new("Deletion and return", "Suppression et restitution"),
        ClauseKind::Audit => L10n::new("Audits", "Audits"),
        ClauseKind::Transfers => L10n::new("Transfers", "Transferts"),
        ClauseKind::Liability => L10n::new("Liability", "Responsabilité"),
        ClauseKind::Term => L10n::new("Term", "Durée"),
        ClauseKind::Description => L10n::new("Description of the processing", "Description du traitement"),
        ClauseKind::SecurityMeasures => L10n::new("Security measures", "Mesures de sécurité"),
        ClauseKind::SubProcessorList => L10n::new("Sub-processor list", "Liste des sous-traitants ultérieurs"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lint, LintOptions};

    fn convert_text(source: &str) -> String {
        convert(source, &LintOptions::default(), Some("Contract")).text
    }

    #[test]
    fn numbered_lines_become_tagged_headings() {
        let source = "DATA PROCESSING AGREEMENT\n\n7. Personal data breaches\n\n7.1 The Processor shall notify the Controller of any personal data breach within 48 hours.\n";
        let converted = convert_text(source);
        assert!(
            converted.starts_with("---\ndpa: 1\ntitle: DATA PROCESSING AGREEMENT\nlanguage: en\nstatus: draft\n---\n"),
            "{converted}"
        );
        assert!(converted.contains("\n## 7. Personal data breaches {breach-notification}\n"), "{converted}");
        assert!(converted.contains("7.1 The Processor shall notify"), "{converted}");
        let report = lint(&converted, &LintOptions::default());
        assert!(!report.document.prose, "the result uses the markup");
        assert!(report
            .document
            .clauses
            .iter()
            .any(|c| c.is(ClauseKind::BreachNotification) && c.origin == KindOrigin::Tagged));
    }

    #[test]
    fn run_in_titles_and_word_paragraphs_are_set_apart() {
        let source = "Accord de sous-traitance\n3. Sécurité. Le Prestataire chiffre les données.\nLe Prestataire forme son personnel.\n";
        let converted = convert_text(source);
        assert!(converted.contains("titre : Accord de sous-traitance\nlangue : fr\nstatut : brouillon"), "{converted}");
        assert!(
            converted
                .contains("\n# 3. Sécurité {sécurité}\n\nLe Prestataire chiffre les données.\n\nLe Prestataire forme"),
            "{converted}"
        );
    }

    #[test]
    fn a_kind_read_from_the_words_gets_a_heading_and_a_note() {
        let source = "# Agreement\n\n## 4. Obligations\n\n(1) The Processor shall process the data only on documented instructions.\n\n(2) The Processor shall assist the Controller with any data protection impact assessment and prior consultation.\n";
        let converted = convert_text(source);
        assert!(converted.contains("### Assistance {assistance}\n%% NOTE the clause kind was read"), "{converted}");
    }

    #[test]
    fn edits_cover_whole_characters() {
        let source = "Santé publique";
        // A reader's span ending inside "é" (bytes 4..6) takes the whole character.
        assert_eq!(whole_characters(source, Span::new(0, 5)), Span::new(0, 6));
        assert_eq!(whole_characters(source, Span::new(5, 7)), Span::new(4, 7));
        assert_eq!(whole_characters(source, Span::new(3, 99)), Span::new(3, source.len()));
    }

    #[test]
    fn facts_ending_on_an_accented_letter_are_wrapped_whole() {
        let source = "# Sécurité

Le Prestataire est certifié Hébergeur de Données de Santé.
";
        let once = convert_text(source);
        assert!(once.contains("Santé"), "{once}");
        assert_eq!(convert_text(&once), once);
    }

    #[test]
    fn run_in_titles_after_a_lead_in_and_addresses_convert_once() {
        let source = "Measures taken by the importer:

**1. Personnel.** Staff are bound by confidentiality.

**2. Contact.** The officer can be reached at the following address:
Example, Inc.
88 Colin P. Kelly Jr. Street
San Francisco, CA 94107
";
        let once = convert_text(source);
        assert!(once.contains("\n# 1. Personnel {confidentiality}\n\nStaff are bound"), "{once}");
        assert!(!once.contains("# 88") && !once.contains("# Street"), "{once}");
        assert_eq!(convert_text(&once), once);
    }

    #[test]
    fn converting_twice_changes_nothing() {
        let source = "MAILCRATE LTD\n\n1. Data breaches. If we become aware of a data breach, we will tell you promptly.\n\n2. Subcontractors. We may use subcontractors.\nWe stay liable for them.\n";
        let once = convert_text(source);
        assert_eq!(convert_text(&once), once);
    }
}

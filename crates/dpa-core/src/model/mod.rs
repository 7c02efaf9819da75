//! The typed model of a DPA: what the rules look at. Built from the syntax tree by `build`,
//! resolving every word through the lexicon. It is plain data (serde), independent of the
//! surface syntax, so untagged prose (§6) produces the same model with `inferred` marks.

use dpa_syntax::Span;
use serde::Serialize;

use crate::lang::Lang;
use crate::values::{Country, Date, FactValue, Mechanism, Party, ValueError};

mod build;
mod crypto;
mod definitions;
mod extract;
mod infer;
mod outline;
mod placeholders;

pub use build::build;
pub(crate) use crypto::protects_only_credentials;
pub use crypto::CryptoMention;
pub use dpa_lexicon::kinds::*;
pub(crate) use extract::durations_in;
pub(crate) use infer::kind_named_by_heading;
pub(crate) use placeholders::is_field_name_line;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    pub front_matter: FrontMatterInfo,
    /// The document's language: from front matter, else detected from its words.
    pub language: Lang,
    pub clauses: Vec<Clause>,
    /// Units of running text (paragraphs, list items, table rows) with their clause, for cue
    /// searches. Fact markup is rendered as its value text.
    pub paragraphs: Vec<Paragraph>,
    pub facts: Vec<Fact>,
    pub unknown_facts: Vec<UnknownFact>,
    pub parties: Vec<PartyFact>,
    pub references: Vec<Reference>,
    pub definitions: Vec<Definition>,
    /// The Art. 28(3) particulars found in the description annex (or in clauses).
    pub particulars: Vec<ParticularEntry>,
    pub sub_processors: Vec<SubProcessorRecord>,
    pub notes: Vec<Note>,
    pub suppressions: Vec<Suppression>,
    /// `?`/empty fact values and bracketed blanks in prose (`[●]`, `[TBD]`, `[À compléter]`).
    pub placeholders: Vec<Placeholder>,
    /// Where a finding about something missing from the whole document points: the title
    /// heading or front matter `title:` line, else the first line.
    pub anchor_span: Span,
    /// Tags with an unknown clause kind (KIND-UNKNOWN).
    pub unknown_kinds: Vec<UnknownWord>,
    /// Front-matter keys that are not in the language (FRONT-MATTER-UNKNOWN).
    pub unknown_keys: Vec<UnknownWord>,
    /// Front-matter values that do not fit their key (`status: maybe`).
    pub bad_values: Vec<BadValue>,
    /// `%% lint:` lines whose verb or reason label is not a known word.
    pub bad_directives: Vec<UnknownWord>,
    /// True when the document has no clause tags and no facts: kinds were inferred (§6).
    pub prose: bool,
    /// Sentences in which the processor notifies the controller of a personal data breach.
    pub breach_notices: Vec<BreachNotice>,
    /// Ciphers, hashes, key sizes and protocols named in the text, read once for every rule.
    #[serde(skip)]
    pub crypto: Vec<CryptoMention>,
    /// For each paragraph, the lead-in of the list it is an item of (`rules::search::lead_ins`),
    /// read once for the breach notices and every rule's sentence reading.
    #[serde(skip)]
    pub lead_ins: Vec<Option<LeadIn>>,
}

/// A paragraph introducing a list, by its index in [`Document::paragraphs`], and the folded
/// range of its last sentence.
pub type LeadIn = (usize, (usize, usize));

/// A sentence in which the processor notifies the controller of a personal data breach (not a
/// sub-processor notifying the processor, not help with the controller's own notifications).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct BreachNotice {
    /// Index in [`Document::paragraphs`].
    pub paragraph: usize,
    /// Folded byte range of the sentence in the paragraph's folded text.
    pub sentence: (usize, usize),
    /// Source span of the sentence.
    pub span: Span,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct FrontMatterInfo {
    pub span: Option<Span>,
    pub entries: Vec<FrontMatterItem>,
    pub version: Option<String>,
    pub title: Option<String>,
    pub language: Option<Lang>,
    pub authoritative: Option<Lang>,
    /// `translation: fr = other.dpa`
    pub translation: Option<(Lang, String)>,
    pub main_agreement: Option<String>,
    pub acting_for: Option<ActingFor>,
    pub playbook: Option<String>,
    pub glossary: Option<String>,
    pub status: Option<Status>,
    pub risk: Option<Risk>,
    pub date: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FrontMatterItem {
    pub key: Option<FrontMatterKey>,
    pub raw_key: String,
    pub value: String,
    pub span: Span,
    pub key_span: Span,
    pub value_span: Span,
}

/// How a clause got its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KindOrigin {
    /// `{kind}` tag on the heading.
    Tagged,
    /// A heading under a tagged heading, without a tag of its own.
    Inherited,
    /// Inferred from heading words or content (§6).
    Inferred,
    /// No kind could be given.
    None,
}

pub type ClauseId = usize;

#[derive(Debug, Clone, Serialize)]
pub struct Clause {
    pub id: ClauseId,
    pub kind: Option<ClauseKind>,
    /// A firm-specific namespaced kind (`firm-insurance`), kept as written.
    pub custom_kind: Option<String>,
    pub origin: KindOrigin,
    pub annex: bool,
    pub level: usize,
    pub title: String,
    pub heading_span: Span,
    pub tag_span: Option<Span>,
    pub anchor: Option<Anchor>,
    pub parent: Option<ClauseId>,
    /// Heading through the end of the section (before the next heading of the same or a
    /// higher level).
    pub span: Span,
}

impl Clause {
    pub fn is(&self, kind: ClauseKind) -> bool {
        self.kind == Some(kind)
    }

    pub fn inferred(&self) -> bool {
        self.origin == KindOrigin::Inferred
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Anchor {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct Paragraph {
    pub span: Span,
    /// The innermost clause containing it; `None` before the first heading.
    pub clause: Option<ClauseId>,
    /// Plain text, facts replaced by their value text.
    pub text: String,
    /// For each byte of `text`, the byte offset in the source it came from (len = text.len()).
    #[serde(skip)]
    pub offsets: Vec<usize>,
    /// `text` folded for cue searches, mapping back to source offsets.
    #[serde(skip)]
    pub folded: dpa_lexicon::FoldedText,
    pub is_table_row: bool,
}

impl Paragraph {
    /// True when source `span` sits inside square brackets: a blank, an alternative or a
    /// drafting note (`[Drafting note: name the algorithm]`), not agreed contract text.
    pub fn bracketed(&self, span: Span) -> bool {
        let text = &self.text;
        let at = self.offsets.partition_point(|&offset| offset < span.start);
        let (before, after) = text.split_at(at.min(text.len()));
        before.rfind('[').is_some_and(|open| before.rfind(']').is_none_or(|close| close < open)) && after.contains(']')
    }

    /// All in square brackets: a drafting note or a blank for the parties to fill ("[Drafting
    /// note: …]", "[À compléter]"), not agreed contract text.
    pub fn is_drafting_note(&self) -> bool {
        let text = self.text.trim().trim_matches(|c: char| c == '*' || c == '_').trim_end_matches('.');
        text.starts_with('[') && text.ends_with(']')
    }

    /// Source span of a byte range of `text` (clamped).
    pub fn source_span(&self, start: usize, end: usize) -> Span {
        if self.offsets.is_empty() {
            return Span::empty(self.span.start);
        }
        let last = self.offsets.len() - 1;
        let from = self.offsets[start.min(last)];
        // Every byte of a character maps to the character's first source byte: the end is
        // after the whole of the last character ("Santé" must not end inside its "é").
        let to = match end.checked_sub(1) {
            None => from,
            Some(end) => {
                let last_char = (0..=end.min(last)).rev().find(|&at| self.text.is_char_boundary(at)).unwrap_or(0);
                self.offsets[last_char] + self.text[last_char..].chars().next().map_or(1, char::len_utf8)
            }
        };
        Span::new(from, to.max(from))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub name: FactName,
    pub raw_name: String,
    pub value_text: String,
    #[serde(skip)]
    pub value: Result<FactValue, ValueError>,
    pub span: Span,
    pub name_span: Span,
    pub value_span: Span,
    pub clause: Option<ClauseId>,
    /// Extracted from prose rather than written as `[[…]]`.
    pub inferred: bool,
}

impl Fact {
    pub fn parsed(&self) -> Option<&FactValue> {
        self.value.as_ref().ok()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct UnknownFact {
    pub raw_name: String,
    pub value_text: String,
    pub span: Span,
    pub name_span: Span,
    pub suggestion: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnknownWord {
    pub word: String,
    pub span: Span,
    pub suggestion: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BadValue {
    pub key: String,
    pub value: String,
    pub span: Span,
    /// A few accepted values, in the document's language.
    pub expected: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PartyFact {
    #[serde(skip)]
    pub party: Result<Party, ValueError>,
    pub role: PartyRole,
    pub span: Span,
    pub value_span: Span,
    pub clause: Option<ClauseId>,
    pub inferred: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Reference {
    pub target: String,
    pub span: Span,
    pub target_span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct Definition {
    pub term: String,
    pub term_span: Span,
    /// The sentence or parenthesis that defines it.
    pub span: Span,
    pub text: String,
}

/// Where a particular came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParticularSource {
    AnnexRow,
    Clause,
    Fact,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParticularEntry {
    pub particular: Particular,
    pub text: String,
    pub span: Span,
    pub source: ParticularSource,
    /// Blank, `?`, a bracketed placeholder, or "as specified by the controller".
    pub unfilled: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubProcessorRecord {
    pub span: Span,
    pub clause: Option<ClauseId>,
    pub name: Option<Cell>,
    pub country: Option<Cell>,
    pub country_code: Option<Country>,
    pub purpose: Option<Cell>,
    pub mechanism: Option<Cell>,
    #[serde(skip)]
    pub mechanism_value: Option<Result<Mechanism, ValueError>>,
    pub address: Option<Cell>,
    pub inferred: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Note {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct Suppression {
    pub rules: Vec<(String, Span)>,
    /// `None` when missing or blank: such a suppression suppresses nothing.
    pub reason: Option<String>,
    pub span: Span,
    /// The region it applies to: the enclosing clause, or the whole file before the first heading.
    pub scope: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct Placeholder {
    pub span: Span,
    pub text: String,
    /// The fact it stands for, when it is a fact value.
    pub fact: Option<String>,
}

impl Document {
    pub fn clauses_of(&self, kind: ClauseKind) -> impl Iterator<Item = &Clause> {
        self.clauses.iter().filter(move |c| c.kind == Some(kind))
    }

    pub fn has_clause(&self, kind: ClauseKind) -> bool {
        self.clauses_of(kind).next().is_some()
    }

    pub fn facts_named(&self, name: FactName) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(move |f| f.name == name)
    }

    /// Paragraphs inside clauses of `kind` (including their sub-headings' paragraphs).
    pub fn paragraphs_in(&self, kind: ClauseKind) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs
            .iter()
            .filter(move |p| p.clause.and_then(|c| self.clauses.get(c)).is_some_and(|c| c.kind == Some(kind)))
    }

    pub fn clause_of(&self, paragraph: &Paragraph) -> Option<&Clause> {
        paragraph.clause.and_then(|c| self.clauses.get(c))
    }

    /// The index of one of this document's paragraphs, from its address: rules hold paragraphs
    /// by reference, and searching the list for each would be quadratic on long contracts.
    pub fn paragraph_index(&self, paragraph: &Paragraph) -> Option<usize> {
        let offset = (paragraph as *const Paragraph as usize).checked_sub(self.paragraphs.as_ptr() as usize)?;
        let index = offset / std::mem::size_of::<Paragraph>();
        self.paragraphs.get(index).filter(|candidate| std::ptr::eq(*candidate, paragraph)).map(|_| index)
    }

    pub fn status(&self) -> Status {
        self.front_matter.status.unwrap_or(Status::Draft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_index_is_its_place_in_the_document_and_a_copy_has_none() {
        let source = "# Audits {audit}\nThe Customer may audit.\n\nOnce a year.\n\n# Security {security}\nEncrypted.\n";
        let doc = build(source, &dpa_syntax::parse(source), Some(false), &[]);
        assert!(doc.paragraphs.len() >= 3);
        for (index, paragraph) in doc.paragraphs.iter().enumerate() {
            assert_eq!(doc.paragraph_index(paragraph), Some(index));
        }
        let copy = doc.paragraphs[1].clone();
        assert_eq!(doc.paragraph_index(&copy), None);
    }
}

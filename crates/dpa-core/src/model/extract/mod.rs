//! Facts read from the prose (language.md §6), so rules look at one typed model whether a value
//! was written as `[[name: value]]` or in words, and `convert` can write them down. One
//! extractor per fact family; each extracted fact spans the exact words of its value, is parsed
//! from those words by the lexicon's parsers (so the converted `[[name: words]]` reads the same)
//! and is marked `inferred`.
//!
//! Explicit facts win: words inside a written fact are never read again, words inside square
//! brackets are blanks or alternatives the parties have not agreed (`within [30] days`): no fact
//! is read from them in any family (language.md, Facts), no two facts overlap, and a value the
//! contract states once (an audit notice, a deletion period) is not read from the words when a
//! fact already states it.

use dpa_lexicon::values::{self, find_duration, Duration, Located};
use dpa_syntax::Span;

use super::{Document, Fact, FactName, Paragraph};
use crate::rules::Context;
use crate::LintOptions;

mod audits;
mod breach;
mod retention;
mod security;
mod subprocessors;
mod transfers;

/// Extractors that read the document through the rules' sentence reading, in this order: an
/// earlier family's fact keeps its words from a later one.
const FAMILIES: &[fn(&Context<'_>) -> Vec<Fact>] =
    &[security::extract, audits::extract, subprocessors::extract, retention::extract, transfers::extract];

/// Values a contract states once: the rules read the first, so a written fact of the name
/// leaves nothing to read from the words.
const STATED_ONCE: &[FactName] = &[
    FactName::AuditNotice,
    FactName::AuditFrequency,
    FactName::ObjectionNotice,
    FactName::ObjectionWindow,
    FactName::DeletionPeriod,
    FactName::BackupRetention,
];

pub(super) fn extract(doc: &mut Document, source: &str) {
    let deadlines = breach::extract(doc);
    add(doc, deadlines);
    doc.crypto = super::crypto::read(doc);
    let options = LintOptions::default();
    for family in FAMILIES {
        let found = family(&Context {
            source,
            doc,
            options: &options,
            high_risk: false,
            today: None,
            readings: Default::default(),
        });
        add(doc, found);
    }
    super::crypto::attach_inferred_facts(doc);
}

/// Adds the facts whose words are free: outside every fact so far, and not a value stated once
/// that a written fact already gives.
fn add(doc: &mut Document, found: Vec<Fact>) {
    for fact in found {
        if !taken(doc, &fact) {
            doc.facts.push(fact);
        }
    }
}

/// Whether a fact read from the words would overlap a fact so far, or restate a value stated
/// once that a written fact already gives. Extractors that keep the first free value of a kind
/// ask this before settling on one.
fn taken(doc: &Document, fact: &Fact) -> bool {
    doc.facts.iter().any(|other| {
        overlaps(other.span, fact.span)
            || (!other.inferred && other.name == fact.name && STATED_ONCE.contains(&fact.name))
    })
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// A fact read from the words at source `span` of `paragraph`, with its value parsed from those
/// words: `None` when they sit inside square brackets or do not parse as the fact's type.
fn inferred_fact(name: FactName, span: Span, paragraph: &Paragraph) -> Option<Fact> {
    if span.is_empty() || paragraph.bracketed(span) {
        return None;
    }
    let start = paragraph.offsets.partition_point(|&offset| offset < span.start);
    let end = paragraph.offsets.partition_point(|&offset| offset < span.end);
    let value_text = paragraph.text.get(start..end)?.to_string();
    let value =
        values::parse(name, &value_text).ok().filter(|value| !matches!(value, values::FactValue::Placeholder))?;
    Some(Fact {
        name,
        raw_name: name.id().to_string(),
        value_text,
        value: Ok(value),
        span,
        name_span: Span::empty(span.start),
        value_span: span,
        clause: paragraph.clause,
        inferred: true,
    })
}

/// The inferred fact for a folded byte range of a paragraph.
fn fact_at(name: FactName, paragraph: &Paragraph, (start, end): (usize, usize)) -> Option<Fact> {
    let (from, to) = paragraph.folded.source_range(start, end);
    inferred_fact(name, Span::new(from, to), paragraph)
}

/// Every duration stated in a folded text, in order, with byte ranges in that text: all the
/// numbers with a unit, then the first vague or immediate phrase after the last of them.
pub(crate) fn durations_in(text: &str) -> Vec<Located<Duration>> {
    let mut found = Vec::new();
    let mut offset = 0;
    while let Some(located) = text.get(offset..).and_then(find_duration) {
        if located.end == 0 {
            break;
        }
        found.push(Located { value: located.value, start: offset + located.start, end: offset + located.end });
        offset += located.end;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{lint, LintOptions};

    /// The facts of `name` read from the words of `source`, as those words.
    pub(super) fn extracted(source: &str, name: FactName) -> Vec<String> {
        let report = lint(source, &LintOptions::default());
        report
            .document
            .facts_named(name)
            .filter(|fact| fact.inferred)
            .map(|fact| fact.value_span.text(source).to_string())
            .collect()
    }

    #[test]
    fn a_value_stated_once_is_not_read_again_beside_its_fact() {
        let source = "# Audits {audit}\nThe Customer may audit the Provider on [[audit-notice: 30 days]] notice, or on 45 days' notice for an on-site audit.\n";
        assert!(extracted(source, FactName::AuditNotice).is_empty());
    }

    #[test]
    fn words_that_do_not_parse_are_no_fact() {
        let source = "# Security {security}\nCustomer data is stored on encrypted disks [AES-256 or 3DES].\n";
        assert!(extracted(source, FactName::EncryptionAtRest).is_empty());
    }
}

//! Transfers (rules.md, GDPR Chapter V): a mechanism for every recipient outside the EEA
//! without adequacy, the right module of the 2021/914 standard contractual clauses, a transfer
//! impact assessment where the clauses are relied on, and the Data Privacy Framework's limits.
//!
//! Every rule reads the same recipients ([`recipients`]):
//!
//! * each country of each sub-processor row, with the row's mechanism cell (the processor
//!   exporting to its sub-processor), or, when the row has none, a mechanism that a transfer or
//!   sub-processor clause states for sub-processors;
//! * the processor itself when its party fact places it outside the EEA (the controller exporting
//!   to its processor), with the mechanisms the transfer clauses and `transfer-mechanism` facts
//!   state;
//! * a country named in a sentence of a transfer or sub-processor clause that moves data there or
//!   processes it there ("support staff in India access Customer Data"), with the mechanism of
//!   that sentence, else of its clause. Countries already covered by a row or by the processor
//!   are left to those.

use dpa_lexicon::cues::subprocessors::SUB_PROCESSOR;
use dpa_lexicon::cues::transfers::{SCC_2021_914, TIA_ACRONYM_FR, TRANSFER_IMPACT_ASSESSMENT, TRANSFER_OR_LOCATION};
use dpa_lexicon::values::{parse_countries, parse_mechanism};
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use super::completeness::search::{sentences_in, Sentence};
use super::{Context, Rule};
use crate::lang::{Lang, Message};
use crate::model::{ClauseId, ClauseKind, FactName, PartyRole};
use crate::values::{Country, Date, FactValue, Mechanism, MechanismKind};

mod dpf;
mod mechanism;
mod scc_module;
mod tia;

pub(super) static RULES: &[&dyn Rule] =
    &[&dpf::XferDpfCheck, &mechanism::XferMechanism, &scc_module::XferSccModule, &tia::XferTia];

const TRANSFER_CLAUSE: ClauseKind = ClauseKind::Transfers;

/// Clauses whose sentences may name where data goes and under which mechanism.
const TRANSFER_KINDS: &[ClauseKind] = &[ClauseKind::Transfers, ClauseKind::SubProcessors];

/// The United States, whose adequacy decision covers only certified organisations.
const UNITED_STATES: Country = Country(*b"US");

/// Who receives the data, which decides the SCC module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A sub-processor: the processor exports (Module 3).
    SubProcessor,
    /// The processor itself: the controller exports (Module 2).
    Processor,
    /// Someone in a country named by a sentence.
    Named,
}

/// A recipient of personal data in one country.
#[derive(Debug, Clone)]
pub(super) struct Recipient<'a> {
    pub role: Role,
    /// The sub-processor's or the processor's name, as written.
    pub name: Option<&'a str>,
    pub country: Country,
    /// The row, party fact or sentence.
    pub span: Span,
    /// Where its mechanism is written: the cell, fact value or sentence.
    pub written: Option<Span>,
    pub mechanism: Option<Mechanism>,
    /// A mechanism is written but names none the lexicon knows.
    pub unreadable: bool,
    pub inferred: bool,
    /// The sub-processor row it comes from, so a row naming several countries is reported once.
    pub record: Option<usize>,
}

impl Recipient<'_> {
    /// Outside the EEA and without an adequacy decision covering the whole country on the
    /// document's date.
    pub fn needs_mechanism(&self, today: Option<Date>) -> bool {
        !self.country.is_eea() && !self.country.has_adequacy(today)
    }

    pub fn kinds(&self) -> &[MechanismKind] {
        self.mechanism.as_ref().map_or(&[], |mechanism| &mechanism.kinds)
    }

    pub fn has(&self, wanted: impl Fn(&MechanismKind) -> bool) -> bool {
        self.kinds().iter().any(wanted)
    }

    pub fn is_us(&self) -> bool {
        self.country == UNITED_STATES
    }

    /// Where a finding about its mechanism points.
    pub fn point(&self) -> Span {
        self.written.unwrap_or(self.span)
    }

    /// "The sub-processor “Quizly Inc.” (United States)", in both languages.
    pub fn who(&self) -> Message {
        let (en, fr) = match (self.role, self.name) {
            (Role::SubProcessor, Some(name)) => {
                (format!("The sub-processor “{name}”"), format!("Le sous-traitant ultérieur « {name} »"))
            }
            (Role::SubProcessor, None) => ("A sub-processor".to_string(), "Un sous-traitant ultérieur".to_string()),
            (Role::Processor, Some(name)) => {
                (format!("The processor “{name}”"), format!("Le sous-traitant « {name} »"))
            }
            (Role::Processor, None) => ("The processor".to_string(), "Le sous-traitant".to_string()),
            (Role::Named, _) => ("A recipient".to_string(), "Un destinataire".to_string()),
        };
        Message::new(
            format!("{en} ({})", self.country.name(Lang::En)),
            format!("{fr} ({})", self.country.name(Lang::Fr)),
        )
    }

    /// Why the country needs a mechanism: no adequacy decision, or one for certified
    /// organisations only.
    pub fn no_adequacy(&self) -> Message {
        if self.is_us() {
            Message::new(
                "the United States' adequacy decision covers only organisations certified under the EU-US Data Privacy Framework",
                "la décision d'adéquation des États-Unis ne couvre que les organisations certifiées au titre du cadre de protection des données UE-États-Unis",
            )
        } else {
            Message::new(
                format!("{} has no adequacy decision", self.country.name(Lang::En)),
                format!("le pays ({}) ne bénéficie d'aucune décision d'adéquation", self.country.name(Lang::Fr)),
            )
        }
    }
}

/// A mechanism stated in a `transfer-mechanism` fact or a clause sentence.
struct Stated {
    mechanism: Mechanism,
    span: Span,
    clause: Option<ClauseId>,
    /// Its sentence speaks of sub-processors.
    for_sub_processors: bool,
    /// Its sentence names a country or cites Decision 2021/914: a concrete transfer, not a
    /// general "where standard contractual clauses are used".
    concrete: bool,
    inferred: bool,
}

/// The words of a sentence as written, with fact values in place of their markup, for the
/// parsers that read capitals (country codes, `AIT`).
fn plain_text<'a>(sentence: &Sentence<'a>) -> &'a str {
    let span = sentence.span();
    let paragraph = sentence.paragraph;
    let start = paragraph.offsets.iter().position(|&offset| offset >= span.start).unwrap_or(paragraph.text.len());
    let end = paragraph.offsets.iter().rposition(|&offset| offset < span.end).map_or(start, |last| last + 1);
    paragraph.text.get(start..end.max(start)).unwrap_or("")
}

/// Whether a mechanism names something other than "none" or the EEA, which need no further
/// statement.
fn names_a_safeguard(mechanism: &Mechanism) -> bool {
    mechanism.kinds.iter().any(|kind| !matches!(kind, MechanismKind::None | MechanismKind::Eea))
}

/// Mechanisms stated outside the sub-processor rows: `transfer-mechanism` facts in running text,
/// and sentences of transfer and sub-processor clauses that name one.
fn stated_mechanisms(cx: &Context<'_>) -> Vec<Stated> {
    let mut stated = Vec::new();
    for sentence in sentences_in(cx, &[]).filter(|sentence| !sentence.paragraph.is_table_row) {
        let span = sentence.span();
        let plain = plain_text(&sentence);
        let for_sub_processors = !sentence.mentions(&SUB_PROCESSOR).is_empty();
        let concrete = !sentence.mentions(&SCC_2021_914).is_empty() || !parse_countries(plain).is_empty();
        let facts: Vec<_> = cx
            .doc
            .facts_named(FactName::TransferMechanism)
            .filter(|fact| span.start <= fact.span.start && fact.span.end <= span.end)
            .collect();
        let inferred = sentence.inferred(cx);
        if !facts.is_empty() {
            for fact in facts {
                if let Some(FactValue::Mechanism(mechanism)) = fact.parsed() {
                    stated.push(Stated {
                        mechanism: mechanism.clone(),
                        span: fact.value_span,
                        clause: fact.clause,
                        for_sub_processors,
                        concrete: true,
                        inferred: false,
                    });
                }
            }
            continue;
        }
        let in_transfer_text =
            sentence.clause(cx).and_then(|clause| clause.kind).is_some_and(|kind| TRANSFER_KINDS.contains(&kind));
        if !in_transfer_text {
            continue;
        }
        if let Ok(mechanism) = parse_mechanism(plain) {
            if names_a_safeguard(&mechanism) {
                stated.push(Stated {
                    mechanism,
                    span,
                    clause: sentence.paragraph.clause,
                    for_sub_processors,
                    concrete,
                    inferred,
                });
            }
        }
    }
    stated
}

/// The union of several mechanisms.
fn merged<'s>(all: impl Iterator<Item = &'s Stated>) -> Option<(Mechanism, Span, bool)> {
    let mut result: Option<(Mechanism, Span, bool)> = None;
    for stated in all {
        match &mut result {
            None => result = Some((stated.mechanism.clone(), stated.span, stated.inferred)),
            Some((mechanism, _, inferred)) => {
                for kind in &stated.mechanism.kinds {
                    if !mechanism.kinds.contains(kind) {
                        mechanism.kinds.push(*kind);
                    }
                }
                mechanism.tia |= stated.mechanism.tia;
                mechanism.tia_date = mechanism.tia_date.or(stated.mechanism.tia_date);
                *inferred |= stated.inferred;
            }
        }
    }
    result
}

/// Every recipient the document names (see the module notes).
pub(super) fn recipients<'a>(cx: &Context<'a>) -> Vec<Recipient<'a>> {
    let stated = stated_mechanisms(cx);
    let mut found: Vec<Recipient<'a>> = Vec::new();

    let for_rows = merged(stated.iter().filter(|s| s.for_sub_processors && names_a_safeguard(&s.mechanism)));
    for (index, record) in cx.doc.sub_processors.iter().enumerate() {
        let mut countries = record.country.as_ref().map(|cell| parse_countries(&cell.text)).unwrap_or_default();
        if countries.is_empty() {
            countries.extend(record.country_code);
        }
        let (mechanism, unreadable, written) = match &record.mechanism_value {
            Some(Ok(mechanism)) => (Some(mechanism.clone()), false, record.mechanism.as_ref().map(|cell| cell.span)),
            Some(Err(_)) => (None, true, record.mechanism.as_ref().map(|cell| cell.span)),
            None => (for_rows.as_ref().map(|(mechanism, _, _)| mechanism.clone()), false, None),
        };
        for country in countries {
            found.push(Recipient {
                role: Role::SubProcessor,
                name: record.name.as_ref().map(|cell| cell.text.trim()),
                country,
                span: record.span,
                written,
                mechanism: mechanism.clone(),
                unreadable,
                inferred: record.inferred,
                record: Some(index),
            });
        }
    }

    let everything = merged(stated.iter());
    for party in cx.doc.parties.iter().filter(|party| party.role == PartyRole::Processor) {
        let Ok(processor) = &party.party else { continue };
        let Some(country) = processor.country else { continue };
        found.push(Recipient {
            role: Role::Processor,
            name: Some(processor.name.as_str()),
            country,
            span: party.span,
            written: everything.as_ref().map(|(_, span, _)| *span),
            mechanism: everything.as_ref().map(|(mechanism, _, _)| mechanism.clone()),
            unreadable: false,
            inferred: party.inferred || everything.as_ref().is_some_and(|(_, _, inferred)| *inferred),
            record: None,
        });
    }

    let mut named: Vec<Recipient<'a>> = Vec::new();
    for sentence in
        sentences_in(cx, TRANSFER_KINDS).filter(|s| !s.paragraph.is_table_row && s.states(&TRANSFER_OR_LOCATION))
    {
        let span = sentence.span();
        let own = merged(stated.iter().filter(|s| span.start <= s.span.start && s.span.end <= span.end));
        let of_clause = || {
            merged(stated.iter().filter(|s| s.clause == sentence.paragraph.clause && names_a_safeguard(&s.mechanism)))
        };
        let (mechanism, written, mechanism_inferred) = match own.or_else(of_clause) {
            Some((mechanism, written, inferred)) => (Some(mechanism), Some(written), inferred),
            None => (None, None, false),
        };
        for country in parse_countries(plain_text(&sentence)) {
            let covered = found.iter().chain(&named).any(|recipient| recipient.country == country);
            if covered {
                continue;
            }
            named.push(Recipient {
                role: if sentence.mentions(&SUB_PROCESSOR).is_empty() { Role::Named } else { Role::SubProcessor },
                name: None,
                country,
                span,
                written,
                mechanism: mechanism.clone(),
                unreadable: false,
                inferred: sentence.inferred(cx) || mechanism_inferred,
                record: None,
            });
        }
    }
    found.extend(named);
    found
}

/// Recipients for per-row findings: one per sub-processor row (its first country that matters
/// to the rule) and every other recipient.
pub(super) fn once_per_row<'r, 'a>(
    recipients: &'r [Recipient<'a>],
    keep: impl Fn(&Recipient<'a>) -> bool,
) -> Vec<&'r Recipient<'a>> {
    let mut seen_rows = Vec::new();
    recipients
        .iter()
        .filter(|recipient| keep(recipient))
        .filter(|recipient| match recipient.record {
            Some(row) if seen_rows.contains(&row) => false,
            Some(row) => {
                seen_rows.push(row);
                true
            }
            None => true,
        })
        .collect()
}

/// Whether the text outside the sub-processor rows mentions a transfer impact assessment
/// (`transfer impact assessment`, `analyse d'impact des transferts`, `TIA`, `AIT` in capitals),
/// which then covers every transfer; a row's own mention covers that row only.
pub(super) fn text_mentions_tia(cx: &Context<'_>) -> bool {
    let in_words = cx.find_all(&TRANSFER_IMPACT_ASSESSMENT, &[]).iter().any(|hit| !hit.paragraph.is_table_row);
    let acronym = cx
        .doc
        .paragraphs
        .iter()
        .filter(|p| !p.is_table_row)
        .any(|p| p.text.split(|c: char| !c.is_alphanumeric()).any(|word| word == TIA_ACRONYM_FR));
    let in_facts = cx
        .doc
        .facts_named(FactName::TransferMechanism)
        .any(|fact| matches!(fact.parsed(), Some(FactValue::Mechanism(mechanism)) if mechanism.tia));
    in_words || acronym || in_facts
}

/// The parties' countries, for the SCC module of a clause that does not name its recipient.
pub(super) fn party_country(cx: &Context<'_>, role: PartyRole) -> Option<Country> {
    cx.doc
        .parties
        .iter()
        .filter(|party| party.role == role)
        .find_map(|party| party.party.as_ref().ok().and_then(|party| party.country))
}

/// Mechanisms stated in facts and clause sentences, for the module and DPF checks.
pub(super) struct Citation {
    pub mechanism: Mechanism,
    pub span: Span,
    pub for_sub_processors: bool,
    pub inferred: bool,
}

/// The concrete mechanism citations outside the sub-processor rows: `transfer-mechanism` facts,
/// and clause sentences that cite Decision 2021/914 or name a country.
pub(super) fn citations(cx: &Context<'_>) -> Vec<Citation> {
    stated_mechanisms(cx)
        .into_iter()
        .filter(|stated| stated.concrete)
        .map(|stated| Citation {
            mechanism: stated.mechanism,
            span: stated.span,
            for_sub_processors: stated.for_sub_processors,
            inferred: stated.inferred,
        })
        .collect()
}

/// The first place in the transfer clauses that allows transfers to any country.
pub(super) fn anywhere_clause(cx: &Context<'_>) -> Option<Span> {
    cx.find(&dpa_lexicon::cues::transfers::ANY_COUNTRY, &[TRANSFER_CLAUSE]).map(|hit| {
        let (from, to) = hit.paragraph.folded.source_range(hit.sentence.0, hit.sentence.1);
        Span::new(from, to)
    })
}

/// Folded text of a source span, to look for cue words inside a cell or fact value.
pub(super) fn folded(cx: &Context<'_>, span: Span) -> FoldedText {
    FoldedText::new(cx.text(span), span.start)
}

//! Transfers (rules.md, GDPR Chapter V): a mechanism for every recipient outside the EEA
//! without adequacy, the right module of the 2021/914 standard contractual clauses, a transfer
//! impact assessment where the clauses are relied on, and the Data Privacy Framework's limits.
//!
//! Every rule reads the same recipients ([`recipients`]):
//!
//! * each country of each sub-processor row, with the row's mechanism cell (the processor
//!   exporting to its sub-processor), or, when the row has none, a safeguard written in another
//!   of its cells ("US (SCC + DPF)" as the location), else a mechanism that a transfer or
//!   sub-processor clause states for sub-processors;
//! * the processor itself when its party fact places it outside the EEA (the controller exporting
//!   to its processor), with the mechanisms the transfer clauses and `transfer-mechanism` facts
//!   state;
//! * a country named in a sentence of a transfer or sub-processor clause that moves data there or
//!   processes it there ("support staff in India access Customer Data"), with the mechanism of
//!   that sentence, else of its clause, else one stated for every transfer or, in the
//!   sub-processor clause, for sub-processors. Countries already covered by a row or by the
//!   processor are left to those.
//!
//! A mechanism stated for every transfer ("All transfers out of the EEA are governed by the
//! SCCs") or for transfers beyond the EEA as a class ("Transfers to sub-processors outside the
//! EEA are governed by the SCCs", « Pour les transferts vers des pays tiers, s'appliquent : » then
//! a list of mechanisms), in the sentence or in the lead-in of its list, stands for any row or
//! named country that has none of its own; failing that, so does one the transfer clauses state,
//! since that is what a DPA's transfer clause is for.

use std::sync::Arc;

use dpa_lexicon::cues::subprocessors::SUB_PROCESSOR;
use dpa_lexicon::cues::transfers::{
    ALL_TRANSFERS, ANOTHER_MECHANISM, BEYOND_THE_EEA, CERTIFICATION, CONDITION, FALLBACK_TO_CLAUSES, MODEL_CLAUSES,
    NON_ADEQUATE_COUNTRIES, NO_TRANSFER_MADE, OUTSIDE, REPEALED_SCC_DECISIONS, SCC_2021_914, TIA_ACRONYM_FR,
    TRANSFER_CONDITION, TRANSFER_IMPACT_ASSESSMENT, TRANSFER_OR_LOCATION, UK_GDPR, WITH_ITS_SUB_PROCESSORS,
};
use dpa_lexicon::cues::Cue;
use dpa_lexicon::values::{parse_countries, parse_mechanism};
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use super::search::{sentences_in, Sentence};
use super::{Context, Rule};
use crate::lang::{L10n, Lang, Message};

/// How to make certain a finding about a recipient or mechanism read from untagged text.
pub(super) const TAG_THE_RECIPIENT: L10n = L10n::new(
    "list the recipient in the sub-processor annex `{annex sub-processor-list}` with its country and `[[transfer-mechanism: …]]`",
    "inscrivez le destinataire dans l'annexe `{annexe liste-sous-traitants-ulterieurs}` avec son pays et `[[mecanisme-transfert : …]]`",
);
use crate::model::{ClauseId, ClauseKind, FactName, PartyRole, SubProcessorRecord};
use crate::values::{Country, Date, FactValue, Mechanism, MechanismKind};

mod dpf;
mod mechanism;
mod scc_module;
mod tia;

pub(super) static RULES: &[&dyn Rule] =
    &[&dpf::XferDpfCheck, &mechanism::XferMechanism, &scc_module::XferSccModule, &tia::XferTia];

const TRANSFER_CLAUSE: ClauseKind = ClauseKind::Transfers;

/// Clauses whose sentences may name where data goes and under which mechanism.
pub(crate) const TRANSFER_KINDS: &[ClauseKind] = &[ClauseKind::Transfers, ClauseKind::SubProcessors];

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
    /// The statement its mechanism comes from when it writes none of its own ("For US-based
    /// sub-processors, we rely on: …").
    pub stated_at: Option<Span>,
    /// A mechanism is written but names none the lexicon knows.
    pub unreadable: bool,
    /// It relies on standard clauses that Decision 2021/914 repealed.
    pub repealed: bool,
    /// It relies on the Data Privacy Framework only if certified ("where certified") or names the
    /// clauses as its fallback ("where the Framework does not apply", "DPF and/or SCCs"), so the
    /// clauses named with it carry the transfer otherwise.
    pub dpf_if_certified: bool,
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
pub(super) struct Stated {
    pub mechanism: Mechanism,
    /// The fact value, or the sentence.
    pub span: Span,
    clause: Option<ClauseId>,
    /// Its sentence speaks of sub-processors.
    pub for_sub_processors: bool,
    /// It names the processor itself beside its sub-processors ("the Processor (or any of its
    /// Sub-processors)"), so the controller's export to the processor is among its transfers.
    pub with_the_processor: bool,
    /// Its sentence names a country or cites Decision 2021/914: a concrete transfer, not a
    /// general "where standard contractual clauses are used".
    pub concrete: bool,
    /// Its sentence speaks of countries without adequacy as a class ("a country not recognised
    /// as providing an adequate level of protection").
    pub for_non_adequate: bool,
    /// It names the clauses as the one mechanism, with no other offered beside them ("such
    /// transfers are subject to the SCCs", not "SCCs or equivalent", « décision d'adéquation, CCT
    /// ou autre mécanisme », nor an item of a list of safeguards).
    pub clauses_alone: bool,
    /// It relies on standard clauses repealed by Decision 2021/914 ("the Model Clauses").
    pub repealed: bool,
    /// It governs every transfer ("All transfers out of the EEA are governed by the SCCs").
    for_all_transfers: bool,
    /// It governs transfers beyond the EEA as a class ("Transfers to sub-processors outside the
    /// EEA", « transferts vers des pays tiers »).
    for_beyond_the_eea: bool,
    /// It is stated in a transfer clause.
    in_transfer_clause: bool,
    /// It relies on the Data Privacy Framework "where certified" (see [`Recipient`]).
    dpf_if_certified: bool,
    pub inferred: bool,
}

/// The mechanism of a recipient, gathered from one or more statements.
#[derive(Debug, Clone)]
struct Gathered {
    mechanism: Mechanism,
    span: Span,
    repealed: bool,
    /// Every statement naming the Framework makes it conditional on certification.
    dpf_if_certified: bool,
    inferred: bool,
}

/// The words of a sentence as written, with fact values in place of their markup, for the
/// parsers that read capitals (country codes, `AIT`).
pub(super) fn plain_text<'a>(sentence: &Sentence<'a>) -> &'a str {
    let (start, end) = plain_range(sentence);
    sentence.paragraph.text.get(start..end).unwrap_or("")
}

/// The byte range of [`plain_text`] in its paragraph's text.
pub(crate) fn plain_range(sentence: &Sentence<'_>) -> (usize, usize) {
    let span = sentence.span();
    let paragraph = sentence.paragraph;
    // The offsets follow the source in order.
    let start = paragraph.offsets.partition_point(|&offset| offset < span.start);
    let end = paragraph.offsets.partition_point(|&offset| offset < span.end);
    (start, end.max(start))
}

/// Whether the folded range of `text` relies on the standard contractual clauses that Decision
/// 2021/914 repealed, by their decision or by name ("the Model Clauses").
fn cites_repealed_clauses(text: &FoldedText, range: (usize, usize)) -> bool {
    REPEALED_SCC_DECISIONS.matches_in(text, range) || MODEL_CLAUSES.matches_in(text, range)
}

/// Whether a mechanism names something other than "none" or the EEA, which need no further
/// statement.
pub(crate) fn names_a_safeguard(mechanism: &Mechanism) -> bool {
    mechanism.kinds.iter().any(|kind| !matches!(kind, MechanismKind::None | MechanismKind::Eea))
}

/// The document says, as a fact, that no transfer takes place ("No personal data is transferred
/// outside the EEA"): then clauses named for transfers outside the EEA are for a transfer that
/// may come later. A refusal with a condition ("no transfer without the Customer's consent")
/// still lets transfers happen.
pub(super) fn states_no_transfer(cx: &Context<'_>) -> bool {
    running_text(cx, &[]).any(|sentence| {
        !sentence.mentions(&NO_TRANSFER_MADE).is_empty() && sentence.mentions(&TRANSFER_CONDITION).is_empty()
    })
}

/// A country without adequacy named, in any clause, by a sentence that says where the data goes
/// or is processed ("processed outside of the EU, such as in the United States"), other than the
/// recipients' own.
pub(super) fn destination_named_elsewhere(cx: &Context<'_>, recipients: &[Recipient<'_>]) -> bool {
    running_text(cx, &[]).filter(|s| s.states(&TRANSFER_OR_LOCATION) || s.states(&OUTSIDE)).any(|sentence| {
        parse_countries(plain_text(&sentence)).into_iter().any(|country| {
            !country.is_eea()
                && !country.has_adequacy(cx.today)
                && !recipients.iter().any(|recipient| recipient.country == country)
        })
    })
}

/// Sentences of running text that are contract terms: not table rows, not drafting notes.
pub(crate) fn running_text<'a>(cx: &Context<'a>, kinds: &'a [ClauseKind]) -> impl Iterator<Item = Sentence<'a>> + 'a {
    sentences_in(cx, kinds)
        .filter(|sentence| !sentence.paragraph.is_table_row && !sentence.paragraph.is_drafting_note())
}

/// Mechanisms stated outside the sub-processor rows: `transfer-mechanism` facts in running text,
/// and sentences of transfer and sub-processor clauses that name one. Read once for every rule.
pub(super) fn stated_mechanisms(cx: &Context<'_>) -> Arc<Vec<Stated>> {
    cx.reading(read_stated_mechanisms)
}

fn read_stated_mechanisms(cx: &Context<'_>) -> Vec<Stated> {
    let mut stated = Vec::new();
    for sentence in running_text(cx, &[]) {
        let span = sentence.span();
        // A list item's recipients are named by its lead-in ("For US-based sub-processors, we
        // rely on:" then "- EU Standard Contractual Clauses").
        let lead_in = sentence.lead_in_sentence();
        let for_group = |cue: &Cue| {
            !sentence.mentions(cue).is_empty() || lead_in.is_some_and(|lead_in| !lead_in.mentions(cue).is_empty())
        };
        let for_sub_processors = for_group(&SUB_PROCESSOR);
        let with_the_processor = for_group(&WITH_ITS_SUB_PROCESSORS);
        let for_non_adequate = for_group(&NON_ADEQUATE_COUNTRIES);
        let repealed = cites_repealed_clauses(&sentence.paragraph.folded, sentence.range);
        let for_all_transfers = for_group(&ALL_TRANSFERS);
        let for_beyond_the_eea = for_group(&BEYOND_THE_EEA) || for_non_adequate;
        // The Framework relied on only "where certified", or the clauses named as its fallback:
        // the clauses then carry the transfer for whoever the Framework does not cover.
        let framework_conditional =
            sentence.states_all(&[&CERTIFICATION, &CONDITION]) || sentence.states(&FALLBACK_TO_CLAUSES);
        let facts: Vec<_> = cx
            .doc
            .facts_named(FactName::TransferMechanism)
            // By its value: a sentence may begin inside the markup ("EU-U.S. [[transfer-mechanism:
            // Data Privacy Framework]]" ends a sentence at "U.S.").
            .filter(|fact| span.start <= fact.value_span.start && fact.value_span.end <= span.end)
            .collect();
        let inferred = sentence.inferred(cx);
        // A written fact is a concrete transfer; words read as one are concrete when their
        // sentence names a destination or cites Decision 2021/914.
        let concrete_words = || {
            // "Clauses contractuelles types de l'UE" names the Union, not a destination.
            let names_destination = [Some(sentence), lead_in]
                .into_iter()
                .flatten()
                .any(|said| parse_countries(plain_text(&said)).iter().any(|country| !country.is_eea()));
            !sentence.mentions(&SCC_2021_914).is_empty() || names_destination
        };
        let in_transfer_clause = sentence.clause(cx).is_some_and(|clause| clause.is(TRANSFER_CLAUSE));
        for fact in &facts {
            if let Some(FactValue::Mechanism(mechanism)) = fact.parsed() {
                let mut mechanism = mechanism.clone();
                // "a country that has not been found to provide an adequate level of protection"
                // names the destinations without adequacy, not an adequacy decision.
                if for_non_adequate {
                    mechanism.kinds.retain(|kind| *kind != MechanismKind::Adequacy);
                }
                let dpf_if_certified = framework_conditional && mechanism.kinds.contains(&MechanismKind::Dpf);
                // "outside the EEA" may be read as a kind: it names where the data leaves from.
                // An item of a list of safeguards is one of them, not the one.
                let clauses_alone = lead_in.is_none()
                    && !sentence.states(&ANOTHER_MECHANISM)
                    && mechanism
                        .kinds
                        .iter()
                        .all(|kind| matches!(kind, MechanismKind::Scc { .. } | MechanismKind::Eea));
                stated.push(Stated {
                    mechanism,
                    span: fact.value_span,
                    clause: fact.clause,
                    for_sub_processors,
                    with_the_processor,
                    concrete: !fact.inferred || concrete_words(),
                    for_non_adequate,
                    clauses_alone,
                    repealed,
                    for_all_transfers,
                    for_beyond_the_eea,
                    in_transfer_clause,
                    dpf_if_certified,
                    inferred: fact.inferred && inferred,
                });
            }
        }
        let in_transfer_text =
            sentence.clause(cx).and_then(|clause| clause.kind).is_some_and(|kind| TRANSFER_KINDS.contains(&kind));
        // Clauses repealed by Decision 2021/914 ("the Model Clauses") name no mechanism in force.
        if facts.is_empty() && repealed && in_transfer_text {
            stated.push(Stated {
                mechanism: Mechanism { kinds: Vec::new(), tia: false, tia_date: None },
                span,
                clause: sentence.paragraph.clause,
                for_sub_processors,
                with_the_processor,
                concrete: concrete_words(),
                for_non_adequate,
                clauses_alone: false,
                repealed,
                for_all_transfers,
                for_beyond_the_eea,
                in_transfer_clause,
                dpf_if_certified: false,
                inferred,
            });
        }
    }
    stated
}

/// The union of several statements' mechanisms.
fn merged<'s>(all: impl Iterator<Item = &'s Stated>) -> Option<Gathered> {
    let mut result: Option<Gathered> = None;
    for stated in all {
        match &mut result {
            None => {
                result = Some(Gathered {
                    mechanism: stated.mechanism.clone(),
                    span: stated.span,
                    repealed: stated.repealed,
                    dpf_if_certified: stated.dpf_if_certified,
                    inferred: stated.inferred,
                });
            }
            Some(gathered) => {
                // The Framework relied on without condition anywhere holds for every US recipient.
                let names_dpf = stated.mechanism.kinds.contains(&MechanismKind::Dpf);
                let names_dpf_before = gathered.mechanism.kinds.contains(&MechanismKind::Dpf);
                gathered.dpf_if_certified = match (names_dpf_before, names_dpf) {
                    (true, true) => gathered.dpf_if_certified && stated.dpf_if_certified,
                    (false, true) => stated.dpf_if_certified,
                    (_, false) => gathered.dpf_if_certified,
                };
                for kind in &stated.mechanism.kinds {
                    if !gathered.mechanism.kinds.contains(kind) {
                        gathered.mechanism.kinds.push(*kind);
                    }
                }
                gathered.mechanism.tia |= stated.mechanism.tia;
                gathered.mechanism.tia_date = gathered.mechanism.tia_date.or(stated.mechanism.tia_date);
                gathered.repealed |= stated.repealed;
                gathered.inferred |= stated.inferred;
            }
        }
    }
    result
}

/// Statements that can stand for a recipient with no mechanism of its own.
fn usable(stated: &Stated) -> bool {
    names_a_safeguard(&stated.mechanism) || stated.repealed
}

/// Every recipient the document names (see the module notes).
pub(super) fn recipients<'a>(cx: &Context<'a>) -> Vec<Recipient<'a>> {
    let stated = stated_mechanisms(cx);
    let mut found: Vec<Recipient<'a>> = Vec::new();

    // "All transfers are governed by the SCCs" prevails over what a sentence says of a class of
    // transfers, which may be a mechanism the contract sets aside ("the Privacy Shield is not relied on").
    let for_all = merged(stated.iter().filter(|s| s.for_all_transfers && usable(s)))
        .or_else(|| merged(stated.iter().filter(|s| s.for_beyond_the_eea && usable(s))));
    let in_transfer_clauses = merged(stated.iter().filter(|s| s.in_transfer_clause && usable(s)));
    let for_rows = merged(stated.iter().filter(|s| s.for_sub_processors && usable(s)))
        .or_else(|| for_all.clone())
        .or_else(|| in_transfer_clauses.clone());
    for (index, record) in cx.doc.sub_processors.iter().enumerate() {
        let mut countries = record.country.as_ref().map(|cell| parse_countries(&cell.text)).unwrap_or_default();
        if countries.is_empty() {
            countries.extend(record.country_code);
        }
        // With no country column, the country that ends the address ("New York, US").
        if countries.is_empty() {
            countries.extend(record.address.as_ref().and_then(|cell| parse_countries(&cell.text).last().copied()));
        }
        let cell = record.mechanism.as_ref().map(|cell| cell.span);
        let stated_at = for_rows
            .as_ref()
            .map(|gathered| gathered.span)
            .filter(|_| record.mechanism_value.is_none() && written_in_row(cx, record).is_none());
        let (mechanism, unreadable, written, repealed, dpf_if_certified) = match &record.mechanism_value {
            Some(Ok(mechanism)) => (Some(mechanism.clone()), false, cell, false, false),
            Some(Err(_)) => {
                let repealed = record.mechanism.as_ref().is_some_and(|cell| {
                    let text = FoldedText::new(&cell.text, 0);
                    cites_repealed_clauses(&text, (0, text.folded.len()))
                });
                (None, !repealed, cell, repealed, false)
            }
            None => match (written_in_row(cx, record), &for_rows) {
                (Some((mechanism, cell)), _) => (Some(mechanism), false, Some(cell), false, false),
                (None, Some(gathered)) => {
                    (Some(gathered.mechanism.clone()), false, None, gathered.repealed, gathered.dpf_if_certified)
                }
                (None, None) => (None, false, None, false, false),
            },
        };
        for country in countries {
            found.push(Recipient {
                role: Role::SubProcessor,
                name: record.name.as_ref().map(|cell| cell.text.trim()),
                country,
                span: record.span,
                written,
                mechanism: mechanism.clone(),
                stated_at,
                unreadable,
                repealed,
                dpf_if_certified,
                inferred: record.inferred,
                record: Some(index),
            });
        }
    }

    let everything = merged(stated.iter().filter(|s| usable(s)));
    for party in cx.doc.parties.iter().filter(|party| party.role == PartyRole::Processor) {
        let Ok(processor) = &party.party else { continue };
        let Some(country) = processor.country else { continue };
        found.push(Recipient {
            role: Role::Processor,
            name: Some(processor.name.as_str()),
            country,
            span: party.span,
            written: everything.as_ref().map(|gathered| gathered.span),
            mechanism: everything.as_ref().map(|gathered| gathered.mechanism.clone()),
            stated_at: everything.as_ref().map(|gathered| gathered.span),
            unreadable: false,
            repealed: everything.as_ref().is_some_and(|gathered| gathered.repealed),
            dpf_if_certified: everything.as_ref().is_some_and(|gathered| gathered.dpf_if_certified),
            inferred: party.inferred || everything.as_ref().is_some_and(|gathered| gathered.inferred),
            record: None,
        });
    }

    let mut named: Vec<Recipient<'a>> = Vec::new();
    for sentence in running_text(cx, TRANSFER_KINDS).filter(|s| s.states(&TRANSFER_OR_LOCATION)) {
        let span = sentence.span();
        let own = merged(stated.iter().filter(|s| span.start <= s.span.start && s.span.end <= span.end && usable(s)));
        // A sentence of the sub-processor clause names where sub-processors take the data: the
        // mechanism stated for sub-processors in another clause covers it.
        let in_sub_processor_clause = sentence.clause(cx).is_some_and(|clause| clause.is(ClauseKind::SubProcessors));
        let gathered = own
            .or_else(|| merged(stated.iter().filter(|s| s.clause == sentence.paragraph.clause && usable(s))))
            .or_else(|| for_all.clone())
            .or_else(|| for_rows.clone().filter(|_| in_sub_processor_clause))
            .or_else(|| in_transfer_clauses.clone());
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
                written: gathered.as_ref().map(|gathered| gathered.span),
                mechanism: gathered.as_ref().map(|gathered| gathered.mechanism.clone()),
                stated_at: gathered.as_ref().map(|gathered| gathered.span),
                unreadable: false,
                repealed: gathered.as_ref().is_some_and(|gathered| gathered.repealed),
                dpf_if_certified: gathered.as_ref().is_some_and(|gathered| gathered.dpf_if_certified),
                inferred: sentence.inferred(cx) || gathered.as_ref().is_some_and(|gathered| gathered.inferred),
                record: None,
            });
        }
    }
    found.extend(named);
    found
}

/// A safeguard written in another cell of a row that has no mechanism column: "US (CCT +
/// DPF)", "US / edge EU (SCC)" in the location cell, "Support (SCC Module 3)" in the purpose,
/// then in the table's other columns, whose headers need not name a mechanism (« Lieu des
/// données et garantie », "Hosting and safeguards"). Never the name cell: a company's name
/// ("Standard Clauses Ltd") is no safeguard.
fn written_in_row(cx: &Context<'_>, record: &SubProcessorRecord) -> Option<(Mechanism, Span)> {
    let named = [&record.country, &record.address, &record.purpose].into_iter().flatten().map(|cell| cell.span);
    let name = record.name.as_ref().map(|cell| cell.span);
    let other_columns = table_cells(cx, record.span)
        .into_iter()
        .filter(move |cell| name.is_none_or(|name| cell.end <= name.start || name.end <= cell.start));
    named.chain(other_columns).find_map(|span| {
        parse_mechanism(cx.text(span)).ok().filter(names_a_safeguard).map(|mechanism| (mechanism, span))
    })
}

/// The cells of a table row, trimmed, in order; none for a record that is not a table row.
fn table_cells(cx: &Context<'_>, row: Span) -> Vec<Span> {
    let text = cx.text(row);
    if !text.trim_start().starts_with('|') {
        return Vec::new();
    }
    let mut cells = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices('|').chain([(text.len(), "")]) {
        let cell = &text[start..at];
        let trimmed = cell.trim_start();
        let from = start + (cell.len() - trimmed.len());
        let to = from + trimmed.trim_end().len();
        if to > from {
            cells.push(Span::new(row.start + from, row.start + to));
        }
        start = at + 1;
    }
    cells
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

/// Whether the document is under the United Kingdom's GDPR, whose exports rely on the IDTA or
/// the Addendum.
pub(super) fn under_uk_law(cx: &Context<'_>) -> bool {
    cx.find(&UK_GDPR, &[]).is_some()
}

/// The first place in the transfer clauses that allows transfers to any country.
pub(super) fn anywhere_clause(cx: &Context<'_>) -> Option<Span> {
    cx.find(&dpa_lexicon::cues::transfers::ANY_COUNTRY, &[TRANSFER_CLAUSE]).map(|hit| hit.sentence_span())
}

/// Folded text of a source span, to look for cue words inside a cell or fact value.
pub(super) fn folded(cx: &Context<'_>, span: Span) -> FoldedText {
    FoldedText::new(cx.text(span), span.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;

    fn read(source: &str) -> Vec<(Role, String, Vec<MechanismKind>)> {
        with_test_context(source, |cx| {
            recipients(cx)
                .into_iter()
                .map(|recipient| (recipient.role, recipient.country.code().to_string(), recipient.kinds().to_vec()))
                .collect()
        })
    }

    const SCC_3: MechanismKind = MechanismKind::Scc { module: Some(3) };

    #[test]
    fn every_country_of_a_row_is_a_recipient() {
        let source = "# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Ticketwise Inc. | DE / US | Ticketing | SCC 2021/914 Module 3 |\n";
        let found = read(source);
        assert_eq!(
            found,
            [(Role::SubProcessor, "DE".to_string(), vec![SCC_3]), (Role::SubProcessor, "US".to_string(), vec![SCC_3])]
        );
    }

    #[test]
    fn a_sentence_names_a_recipient_with_the_mechanism_of_its_clause() {
        let source = "# International transfers {transfers}\nThe Provider's support team accesses Customer Data from India. All such transfers are governed by SCC 2021/914 Module 3.\n";
        assert_eq!(read(source), [(Role::Named, "IN".to_string(), vec![SCC_3])]);
        let negated =
            "# International transfers {transfers}\nThe Provider shall not transfer Customer Data to India.\n";
        assert!(read(negated).is_empty());
    }

    #[test]
    fn a_country_in_a_row_is_not_named_twice() {
        let source = "# International transfers {transfers}\nLevel-1 support is provided from India.\n\n# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Kaveri Support | IN | Support | SCC 2021/914 Module 3 |\n";
        assert_eq!(read(source), [(Role::SubProcessor, "IN".to_string(), vec![SCC_3])]);
    }

    #[test]
    fn the_french_acronym_counts_only_in_capitals() {
        let mentions = |source: &str| with_test_context(source, text_mentions_tia);
        assert!(mentions("# Transferts {transferts}\nUne AIT a été réalisée pour chaque destination.\n"));
        assert!(!mentions("# Transferts {transferts}\nLe Prestataire veille à ce qu'il ait les garanties requises.\n"));
    }
}

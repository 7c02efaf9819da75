//! Sub-processors (rules.md, GDPR Art. 28(2), 28(3)(d) and 28(4)): the controller's prior
//! written authorisation, notice of changes and the right to object, the obligations flowed down
//! to sub-processors, the processor's liability for them, the list of who they are, and how fast
//! they report breaches.
//!
//! Every rule reads the same text ([`SubProcessing::read`]): the sentences of sub-processor
//! clauses and annexes, and elsewhere the sentences that name sub-processors. From these and the
//! `authorisation` facts comes the authorisation regime: general, specific, required without a
//! kind (Art. 28(2)'s own "specific or general" words), or sub-processing prohibited.
//!
//! A document that says nothing at all about sub-processors gets one finding, from
//! SUBPROC-AUTH-TYPE, whose fix inserts a complete clause; the other rules measure the terms of a
//! clause that exists. A document that forbids sub-processing needs none of those terms.

use dpa_lexicon::cues::completeness::{CONTROLLER_WORDS, PROCESSOR_WORDS};
use dpa_lexicon::cues::subprocessors::{
    AGREEMENT, APPROVAL, ARTICLE_28_2, AT_WILL, AUTHORISATION, BOUND_TO, BY_CONDUCT, CHANGE, CHOOSE, CONSENT_ANSWER,
    DEEMED, EACH_NEW, EITHER_AUTHORISATION, ENGAGE, EXCEPTION, GENERAL_AUTHORISATION, GRANT, INFORM, LIST, LIST_LINK,
    NONE_LISTED, NOT_CHOSEN, OBJECT, OPTION_TO_AUTHORISE, PERMISSION, PERMITTED, PLAIN_SUB_PROCESSOR, REFERS_BACK,
    SPECIFIC_AUTHORISATION, SUB_PROCESSOR, TEMPLATE_NOTE, WITHOUT,
};
use dpa_lexicon::cues::{Cue, DEFINITION_VERB};
use dpa_lexicon::values::{Duration, FactValue};
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;
use std::collections::HashSet;
use std::sync::Arc;

use super::query::{fact_in_inferred_clause, negated};
use super::search::{is_whole_phrase, sentences_in, Sentence};
use super::{fixes, Context, Rule};
use crate::finding::Fix;
use crate::lang::{L10n, Message};
use crate::model::{ClauseKind, Fact, FactName, Paragraph};
use crate::values::Authorisation;

mod authorisation;
mod breach_timing;
pub(crate) mod changes;
mod flowdown;
mod liability;
mod list;

pub(super) static RULES: &[&dyn Rule] = &[
    &authorisation::SubprocAuthType,
    &breach_timing::SubprocBreachTiming,
    &changes::SubprocChangeNotice,
    &changes::SubprocObjection,
    &flowdown::SubprocFlowdown,
    &liability::SubprocLiability,
    &list::SubprocList,
];

const CLAUSE: ClauseKind = ClauseKind::SubProcessors;

/// Title of an inserted sub-processor clause.
const CLAUSE_TITLE: L10n = L10n::new("Sub-processors", "Sous-traitants ultérieurs");

/// How many words may stand between an option to authorise and the kind it offers ("may give
/// the Processor a general authorisation").
const OPTION_REACH: usize = 4;

/// How many words before an authorisation a "without" may stand to make it a condition.
const WITHOUT_REACH: usize = 4;

/// The kind of a prior written authorisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Regime {
    General,
    Specific,
    /// Required, but of no stated kind: Art. 28(2)'s "specific or general", or "without the
    /// Customer's prior written authorisation".
    Unstated,
}

/// What a sentence or fact says about engaging sub-processors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stance {
    Authorised(Regime),
    /// The processor may engage sub-processors without any authorisation.
    AtWill,
    /// The processor may not engage sub-processors at all.
    Prohibited,
    /// The processor uses sub-processors (it lists them, or says it uses them) and no
    /// authorisation of any kind is stated: the controller signing the contract that lists or
    /// announces them accepts them, a general authorisation in substance, whose notice and
    /// objection terms are measured.
    InUse,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Statement<'a> {
    pub stance: Stance,
    /// The fact value, or the sentence.
    pub span: Span,
    pub fact: Option<&'a Fact>,
    /// The stance was read in untagged text.
    pub inferred: bool,
}

impl Statement<'_> {
    /// How a message states the regime a general-authorisation rule measures.
    pub fn regime_words(&self) -> Message {
        match self.stance {
            Stance::AtWill => Message::new(
                "The processor may engage sub-processors as it sees fit",
                "Le sous-traitant peut recourir à des sous-traitants ultérieurs comme il l'entend",
            ),
            Stance::InUse => Message::new(
                "The processor uses sub-processors, with no authorisation stated (a general authorisation in substance)",
                "Le sous-traitant recourt à des sous-traitants ultérieurs sans qu'aucune autorisation ne soit stipulée (une autorisation générale en substance)",
            ),
            Stance::Authorised(Regime::Specific | Regime::Unstated) => Message::new(
                "The controller authorises sub-processors and the contract provides for changes to them (a general authorisation in substance)",
                "Le responsable du traitement autorise des sous-traitants ultérieurs et le contrat en prévoit les changements (une autorisation générale en substance)",
            ),
            _ => Message::new(
                "The controller gives a general authorisation to engage sub-processors",
                "Le responsable du traitement donne une autorisation générale de recourir à des sous-traitants ultérieurs",
            ),
        }
    }
}

/// What a document says about sub-processing.
pub(super) struct SubProcessing<'a> {
    /// The reading itself, made once per lint and shared by the rules of the family.
    stored: Arc<StoredReading>,
    /// Sentences of sub-processor clauses and annexes, and elsewhere those naming sub-processors
    /// (table rows left out: they are records).
    pub sentences: Vec<Sentence<'a>>,
    pub statements: Vec<Statement<'a>>,
    /// Anything at all about sub-processors: a sentence, a list row, a fact.
    pub mentioned: bool,
    /// Where the document shows sub-processors in use with no authorisation stated.
    in_use: Option<Statement<'a>>,
}

/// [`SubProcessing`] held by paragraph and fact indices rather than by reference, so that the
/// document is read once per lint (readings outlive the rules that ask for them).
struct StoredReading {
    /// Defined terms that name sub-processors ("tout fournisseur … (ci-après, les
    /// « Fournisseurs »)"), folded, as phrases that also match their singular.
    aliases: Vec<String>,
    sentences: Vec<SentenceAt>,
    statements: Vec<StoredStatement>,
    mentioned: bool,
    in_use: Option<StoredStatement>,
}

/// A sentence by the index of its paragraph (and of the paragraphs it leans on).
#[derive(Debug, Clone, Copy)]
struct SentenceAt {
    paragraph: usize,
    range: (usize, usize),
    previous: Option<(usize, (usize, usize))>,
    lead_in: Option<(usize, (usize, usize))>,
}

impl SentenceAt {
    fn of(cx: &Context<'_>, sentence: &Sentence<'_>) -> Option<SentenceAt> {
        let index =
            |(paragraph, range): (&Paragraph, (usize, usize))| Some((cx.doc.paragraph_index(paragraph)?, range));
        Some(SentenceAt {
            paragraph: cx.doc.paragraph_index(sentence.paragraph)?,
            range: sentence.range,
            previous: sentence.previous.and_then(index),
            lead_in: sentence.lead_in.and_then(index),
        })
    }

    fn sentence<'a>(&self, cx: &Context<'a>) -> Sentence<'a> {
        let paragraphs = &cx.doc.paragraphs;
        Sentence {
            paragraph: &paragraphs[self.paragraph],
            range: self.range,
            previous: self.previous.map(|(at, range)| (&paragraphs[at], range)),
            lead_in: self.lead_in.map(|(at, range)| (&paragraphs[at], range)),
        }
    }
}

/// A [`Statement`] with its fact by index.
#[derive(Debug, Clone, Copy)]
struct StoredStatement {
    stance: Stance,
    span: Span,
    fact: Option<usize>,
    inferred: bool,
}

impl StoredStatement {
    fn of(cx: &Context<'_>, statement: &Statement<'_>) -> StoredStatement {
        let fact_index = |fact: &Fact| cx.doc.facts.iter().position(|candidate| std::ptr::eq(candidate, fact));
        StoredStatement {
            stance: statement.stance,
            span: statement.span,
            fact: statement.fact.and_then(fact_index),
            inferred: statement.inferred,
        }
    }

    fn statement<'a>(&self, cx: &Context<'a>) -> Statement<'a> {
        Statement {
            stance: self.stance,
            span: self.span,
            fact: self.fact.and_then(|at| cx.doc.facts.get(at)),
            inferred: self.inferred,
        }
    }
}

impl StoredReading {
    fn read(cx: &Context<'_>) -> StoredReading {
        let aliases = sub_processor_aliases(cx);
        let sentences: Vec<Sentence<'_>> = sentences_in(cx, &[])
            .filter(|sentence| {
                !sentence.paragraph.is_table_row
                    && !sentence.paragraph.is_drafting_note()
                    && !is_template_instruction(sentence)
                    && (in_sub_processor_clause(cx, sentence)
                        || !named_sub_processors(sentence, &aliases).is_empty()
                        || carries_on_about_changes(sentence, &aliases)
                        || refers_back_to_sub_processor(sentence, &aliases))
            })
            .collect();
        let facts: Vec<&Fact> = cx.doc.facts_named(FactName::Authorisation).collect();
        let mut statements: Vec<Statement<'_>> = facts
            .iter()
            .map(|&fact| {
                let regime = match fact.parsed() {
                    Some(FactValue::Authorisation(Authorisation::General)) => Regime::General,
                    Some(FactValue::Authorisation(Authorisation::Specific)) => Regime::Specific,
                    // A blank or unreadable value is reported as such; it still says that an
                    // authorisation is meant.
                    _ => Regime::Unstated,
                };
                Statement {
                    stance: Stance::Authorised(regime),
                    span: fact.value_span,
                    fact: Some(fact),
                    inferred: false,
                }
            })
            .collect();
        for sentence in &sentences {
            let span = sentence.span();
            if facts.iter().any(|fact| span.start <= fact.span.start && fact.span.end <= span.end) {
                continue;
            }
            let in_clause = in_sub_processor_clause(cx, sentence);
            if let Some(stance) = stance_of(sentence, &aliases, in_clause) {
                statements.push(Statement { stance, span, fact: None, inferred: sentence.inferred(cx) });
            }
        }
        statements.sort_by_key(|statement| statement.span.start);
        let has_period_fact =
            cx.doc.facts.iter().any(|fact| matches!(fact.name, FactName::ObjectionNotice | FactName::ObjectionWindow));
        let mentioned =
            !sentences.is_empty() || !cx.doc.sub_processors.is_empty() || !facts.is_empty() || has_period_fact;
        let in_use = if statements.is_empty() { sub_processors_in_use(cx, &sentences, &aliases) } else { None };
        StoredReading {
            sentences: sentences.iter().filter_map(|sentence| SentenceAt::of(cx, sentence)).collect(),
            statements: statements.iter().map(|statement| StoredStatement::of(cx, statement)).collect(),
            in_use: in_use.map(|statement| StoredStatement::of(cx, &statement)),
            aliases,
            mentioned,
        }
    }
}

impl<'a> SubProcessing<'a> {
    /// The reading of the document, made the first time a rule of the family asks for it.
    pub fn read(cx: &Context<'a>) -> Self {
        let stored = cx.reading(StoredReading::read);
        SubProcessing {
            sentences: stored.sentences.iter().map(|at| at.sentence(cx)).collect(),
            statements: stored.statements.iter().map(|statement| statement.statement(cx)).collect(),
            mentioned: stored.mentioned,
            in_use: stored.in_use.map(|statement| statement.statement(cx)),
            stored,
        }
    }

    /// Where a sentence names sub-processors, by the cue words or by a defined alias.
    pub fn named_in(&self, sentence: &Sentence<'_>) -> Vec<(usize, usize)> {
        named_sub_processors(sentence, &self.stored.aliases)
    }

    /// The authorisations, of whatever kind.
    pub fn authorisations(&self) -> impl Iterator<Item = &Statement<'a>> {
        self.statements.iter().filter(|statement| matches!(statement.stance, Stance::Authorised(_)))
    }

    /// The first general authorisation: the regime under which changes must be announced and
    /// may be objected to. A processor free to engage sub-processors at will (which
    /// SUBPROC-AUTH-TYPE reports), or using them with no authorisation stated, is under that
    /// regime a fortiori. So is an authorisation read from words that name no kind or call it
    /// specific ("only with prior written authorisation", "Customer specifically authorises the
    /// Sub-processors listed on the website") when the controller may object to changes or is
    /// told of them a stated time in advance ("Any change to this list is notified to the Client
    /// in writing 30 days beforehand"; not a mere "notified update", nor under an authorisation
    /// that calls itself specific): notice of changes and a
    /// right to object answer a general authorisation, a specific one asks consent for each
    /// newcomer. A written `authorisation: specific` fact keeps its regime, and an objection
    /// among the terms of an option to authorise generally ("may also give a general
    /// authorisation, provided that: … it may object") is not a right the controller has.
    pub fn general(&self) -> Option<Statement<'a>> {
        let find = |stance: Stance| self.statements.iter().find(|statement| statement.stance == stance).copied();
        let stating = |terms: fn(&Sentence<'_>) -> bool| {
            self.sentences.iter().any(|sentence| {
                let answers_request = [&AUTHORISATION, &APPROVAL, &CONSENT_ANSWER]
                    .into_iter()
                    .any(|cue| !sentence.mentions(cue).is_empty());
                terms(sentence) && !answers_request && !under_option(sentence)
            })
        };
        let unwritten = |statement: &&Statement<'a>| statement.fact.is_none();
        let with_objection =
            || self.authorisations().find(unwritten).filter(|_| stating(changes::lets_object)).copied();
        // An authorisation that calls itself specific may announce each newcomer to ask for
        // consent; only one of no stated kind is read as general from its notice.
        let with_notice = || {
            self.authorisations()
                .filter(unwritten)
                .find(|statement| statement.stance == Stance::Authorised(Regime::Unstated))
                .filter(|_| stating(changes::announces_change_in_advance))
                .copied()
        };
        find(Stance::Authorised(Regime::General))
            .or_else(|| find(Stance::AtWill))
            .or(self.in_use)
            .or_else(with_objection)
            .or_else(with_notice)
    }

    /// Sub-processing is forbidden outright, with no authorisation anywhere.
    pub fn prohibited(&self) -> bool {
        self.authorisations().next().is_none()
            && self.statements.iter().any(|statement| statement.stance == Stance::Prohibited)
    }

    /// Whether there are terms of sub-processing to measure: the document speaks of
    /// sub-processors and does not forbid them.
    pub fn has_terms(&self) -> bool {
        self.mentioned && !self.prohibited()
    }
}

/// A model contract's note to whoever fills it in ("EXPLANATORY NOTE:" and what follows it,
/// "This Annex needs to be completed in case of …"): not a statement of the parties.
fn is_template_instruction(sentence: &Sentence<'_>) -> bool {
    let under_note = sentence
        .lead_in
        .is_some_and(|(paragraph, range)| !Sentence::alone(paragraph, range).mentions(&TEMPLATE_NOTE).is_empty());
    under_note || !sentence.mentions(&TEMPLATE_NOTE).is_empty()
}

/// Defined terms that stand for sub-processors: a term the processor engages in its defining
/// sentence ("Le Sous-Traitant est autorisé à faire appel à tout fournisseur … (ci-après, les
/// « Fournisseurs »)"), or one defined as sub-processors ("« Fournisseurs » désigne les
/// sous-traitants ultérieurs du Prestataire"). A term the controller engages is the processor
/// itself, and a party's role word is never an alias.
fn sub_processor_aliases(cx: &Context<'_>) -> Vec<String> {
    let mut aliases: Vec<String> = Vec::new();
    // A term defined again (a long contract, or several contracts in one file) is read once:
    // every sentence is later searched for every alias.
    let mut seen: HashSet<String> = HashSet::new();
    for definition in &cx.doc.definitions {
        let term = dpa_lexicon::fold(&definition.term);
        let role_word = is_whole_phrase(&PROCESSOR_WORDS, &term) || is_whole_phrase(&CONTROLLER_WORDS, &term);
        if term.is_empty()
            || role_word
            || !seen.insert(term.clone())
            || SUB_PROCESSOR.matches(&FoldedText::new(&term, 0))
        {
            continue;
        }
        // Paragraphs are in document order.
        let at = cx.doc.paragraphs.partition_point(|p| p.span.start < definition.span.start);
        let Some(paragraph) = cx.doc.paragraphs.get(at).filter(|p| p.span == definition.span) else { continue };
        let folded = &paragraph.folded;
        let Some(&(start, end)) = folded.sentences().iter().find(|&&(start, end)| {
            let span = paragraph.source_span(start, end);
            span.start <= definition.term_span.start && definition.term_span.end <= span.end
        }) else {
            continue;
        };
        let sentence = Sentence::alone(paragraph, (start, end));
        let term_at = folded.folded_offset(definition.term_span.start);
        // The party named last before the verb engages: "Le Client autorise le Prestataire à
        // faire appel à …" is the processor engaging.
        let engaged_by_processor = sentence.mentions(&ENGAGE).iter().any(|&(verb, _)| {
            let subject = FoldedText::new(&folded.folded[start..verb], 0);
            let last = |cue: &Cue| cue.find_all(&subject).last().map(|&(at, _)| at);
            verb < term_at && last(&PROCESSOR_WORDS) > last(&CONTROLLER_WORDS)
        });
        let defined_as_sub_processor = sentence.mentions(&SUB_PROCESSOR).iter().any(|&(named, _)| named > term_at);
        if engaged_by_processor || defined_as_sub_processor {
            // "Fournisseurs" also reads "Tout Fournisseur".
            let stem = term.strip_suffix('s').filter(|stem| !stem.contains(' ')).unwrap_or(&term);
            aliases.push(format!("{stem}*"));
        }
    }
    aliases
}

/// A sentence that goes on, in the same paragraph, from one naming sub-processors, to let the
/// controller object or to announce changes without naming them again ("… will notify the
/// customer of changes to subprocessors. The customer may object and terminate the agreement.").
fn carries_on_about_changes(sentence: &Sentence<'_>, aliases: &[String]) -> bool {
    let Some((paragraph, range)) = sentence.previous else { return false };
    let previous = Sentence::alone(paragraph, range);
    std::ptr::eq(paragraph, sentence.paragraph)
        && (changes::lets_object(sentence) || changes::announces_change(sentence))
        && !named_sub_processors(&previous, aliases).is_empty()
}

/// A sentence whose subject points back to the sub-processor the sentence before named, in the
/// same paragraph ("… may engage a sub-processor. The latter shall be bound by …", « … recourir à
/// un sous-traitant ultérieur. Celui-ci s'engage à respecter … »), speaks of that
/// sub-processor although it never names it: a sub-processor clause run into a list of duties
/// has no heading to carry it.
fn refers_back_to_sub_processor(sentence: &Sentence<'_>, aliases: &[String]) -> bool {
    let Some((paragraph, range)) = sentence.previous else { return false };
    let opens_with_reference = sentence
        .mentions(&REFERS_BACK)
        .first()
        .is_some_and(|&(start, _)| sentence.words_between(sentence.range.0, start).is_empty());
    std::ptr::eq(paragraph, sentence.paragraph)
        && opens_with_reference
        && !named_sub_processors(&Sentence::alone(paragraph, range), aliases).is_empty()
}

/// Whether a sentence belongs to a clause or annex about sub-processing.
fn in_sub_processor_clause(cx: &Context<'_>, sentence: &Sentence<'_>) -> bool {
    sentence.clause(cx).and_then(|clause| clause.kind).is_some_and(ClauseKind::concerns_sub_processors)
}

/// Where a sentence names sub-processors: the cue words, or a defined alias.
fn named_sub_processors(sentence: &Sentence<'_>, aliases: &[String]) -> Vec<(usize, usize)> {
    let mut named = sentence.mentions(&SUB_PROCESSOR);
    for alias in aliases {
        named.extend(
            sentence
                .paragraph
                .folded
                .find_phrase(alias)
                .into_iter()
                .filter(|&(start, end)| start >= sentence.range.0 && end <= sentence.range.1),
        );
    }
    named.sort_unstable();
    named
}

/// What one sentence says about engaging sub-processors. In a sub-processor clause the plain
/// French « des sous-traitants » names them too.
fn stance_of(sentence: &Sentence<'_>, aliases: &[String], in_clause: bool) -> Option<Stance> {
    if !sentence.mentions(&NOT_CHOSEN).is_empty() {
        return None;
    }
    if !sentence.mentions(&EITHER_AUTHORISATION).is_empty() {
        return Some(Stance::Authorised(Regime::Unstated));
    }
    // "The Controller may also give a general authorisation" under a regime of specific consent
    // offers a kind of authorisation; the sentence grants none, whatever else it says.
    if [&GENERAL_AUTHORISATION, &SPECIFIC_AUTHORISATION].into_iter().any(|kind| only_offered(sentence, kind)) {
        return None;
    }
    if sentence.states(&GENERAL_AUTHORISATION) {
        return Some(Stance::Authorised(Regime::General));
    }
    if sentence.states(&SPECIFIC_AUTHORISATION) {
        return Some(Stance::Authorised(Regime::Specific));
    }
    // "Comply with the conditions for engaging another processor referred to in Article 28(2)":
    // the prior authorisation that paragraph requires, of no kind stated.
    if incorporates(sentence, &ARTICLE_28_2) {
        return Some(Stance::Authorised(Regime::Unstated));
    }
    // The controller's own rights ("the Customer may freely object") say nothing of how the
    // processor engages sub-processors.
    if !sentence.mentions(&OBJECT).is_empty() {
        return None;
    }
    let folded = &sentence.paragraph.folded.folded;
    let engages = sentence.mentions(&ENGAGE);
    // "at its sole discretion, either not appoint the new Sub-processor, or …" is a choice of
    // how to answer an objection; discretion is freedom to engage only where the engaging verb
    // is not refused.
    let refuses_to_engage = engages.iter().any(|&(start, _)| negated(&folded[sentence.range.0..start]));
    let mut named = named_sub_processors(sentence, aliases);
    if in_clause {
        named.extend(sentence.mentions(&PLAIN_SUB_PROCESSOR));
    }
    let names_after = |end: usize| named.iter().any(|&(at, _)| at >= end);
    // The discretion must bear on engaging or choosing them: "copies of the Sub-processor
    // agreements … will be provided in a manner determined in its discretion" frees nothing. What
    // is chosen is named after the verb or, in French, is the object pronoun before it (« le
    // Prestataire les choisit librement »).
    let chooses_them = sentence.mentions(&CHOOSE).iter().any(|&(start, end)| {
        names_after(end) || sentence.words_between(sentence.range.0, start).last().is_some_and(|word| *word == "les")
    });
    if sentence.states(&AT_WILL) && (!engages.is_empty() || chooses_them) && !refuses_to_engage {
        return Some(Stance::AtWill);
    }
    if engages.is_empty() {
        return controller_approves(sentence, &named).then(|| Stance::Authorised(regime_of_approval(sentence)));
    }
    // "Sub-processors engaged without proper authorisation", « des sous-traitants recrutés sans
    // autorisation »: a participle right after the sub-processors describes them (what the
    // processor answers for), it grants no freedom to engage.
    let describes_sub_processors = engages.iter().all(|&(engage, _)| {
        named.iter().any(|&(_, name_end)| name_end <= engage && sentence.words_between(name_end, engage).is_empty())
    });
    let withouts = sentence.mentions(&WITHOUT);
    let mut at_will = false;
    for (start, _) in sentence.mentions(&AUTHORISATION) {
        let without = withouts
            .iter()
            .rev()
            .find(|&&(at, _)| at < start && sentence.words_between(at, start).len() <= WITHOUT_REACH);
        if let Some(&(without, _)) = without {
            // "shall not engage … without the Customer's authorisation" requires it; "may
            // engage … without the Customer's authorisation" dispenses with it. The object of
            // the refused verb may be long ("shall not subcontract any of its processing
            // operations performed on behalf of the data exporter under the Clauses without"),
            // so the negation is looked for from the start of the clause, not within a count of
            // words; the verb may also follow ("Without the Customer's consent, the Provider
            // shall not engage …").
            let clause_start = folded[sentence.range.0..without]
                .rfind([';', ':'])
                .map_or(sentence.range.0, |at| sentence.range.0 + at + 1);
            let refused = engages.iter().any(|&(engage, _)| {
                engage >= clause_start && sentence.words_between(clause_start, engage).iter().any(|word| negated(word))
            });
            if refused {
                return Some(Stance::Authorised(regime_of_requirement(sentence)));
            }
            at_will = !describes_sub_processors;
            continue;
        }
        if negated(&folded[sentence.range.0..start]) {
            // "No authorisation is required to engage Sub-processors."
            at_will = true;
            continue;
        }
        return Some(Stance::Authorised(regime_of_requirement(sentence)));
    }
    if at_will {
        return Some(Stance::AtWill);
    }
    if controller_approves(sentence, &named) {
        return Some(Stance::Authorised(regime_of_approval(sentence)));
    }
    // "Customer agrees that Provider may engage Sub-processors", "We may use subcontractors":
    // the contract itself permits sub-processing, a general authorisation in substance.
    let permitted = engages.iter().any(|&(start, end)| {
        !negated(&folded[sentence.range.0..start])
            && names_after(end)
            && sentence.matches(&PERMISSION).iter().any(|&(permission, _)| permission < start)
    });
    // "The commissioning of further subcontractors is permitted": the engaging permitted after
    // the fact.
    let permitted_passively = engages.iter().any(|&(_, end)| {
        names_after(end) && sentence.matches(&PERMITTED).iter().any(|&(permission, _)| permission > end)
    });
    if sentence.states(&AGREEMENT) || permitted || permitted_passively {
        return Some(Stance::Authorised(Regime::General));
    }
    // "shall not engage any sub-processor": a negated engaging verb with the sub-processor as
    // its object, and no exception. "If the Customer objects, the Provider shall not engage the
    // new Sub-processor" is the consequence of an objection, not a prohibition.
    let prohibits = engages.iter().any(|&(start, end)| negated(&folded[sentence.range.0..start]) && names_after(end));
    // "shall not engage any Sub-processor without first informing the Customer", « n'engager
    // aucun sous-traitant ultérieur sans en informer le Client »: engaging is allowed on notice
    // alone, a general authorisation in substance whose notice and objection are then measured.
    if prohibits && engages_on_notice(sentence) {
        return Some(Stance::Authorised(Regime::General));
    }
    let exception = !sentence.mentions(&EXCEPTION).is_empty() || !sentence.mentions(&CHANGE).is_empty();
    (prohibits && !exception).then_some(Stance::Prohibited)
}

/// How many words may stand between "without" and the informing verb it governs ("without
/// first having informed", « sans en avoir préalablement informé »).
const NOTICE_AFTER_WITHOUT_REACH: usize = 4;

/// An engaging verb refused "without" an informing verb closely after: engaging is conditioned
/// on notice alone.
pub(super) fn engages_on_notice(sentence: &Sentence<'_>) -> bool {
    let folded = &sentence.paragraph.folded.folded;
    if !sentence.mentions(&ENGAGE).iter().any(|&(start, _)| negated(&folded[sentence.range.0..start])) {
        return false;
    }
    let informs = sentence.mentions(&INFORM);
    sentence.mentions(&WITHOUT).iter().any(|&(_, without_end)| {
        informs.iter().any(|&(inform, _)| {
            inform >= without_end && sentence.words_between(without_end, inform).len() <= NOTICE_AFTER_WITHOUT_REACH
        })
    })
}

/// Whether `sentence` binds the processor to the conditions for engaging another processor that
/// `article` (a paragraph of Art. 28 cited by number) sets: the duties of that paragraph are then
/// terms of the contract by reference, as if written out. Citing the paragraph without binding
/// anyone to it ("authorisation within the meaning of Article 28(2)") incorporates nothing.
pub(super) fn incorporates(sentence: &Sentence<'_>, article: &Cue) -> bool {
    sentence.states(&BOUND_TO) && !sentence.mentions(article).is_empty()
}

/// A sentence that is one of the terms of an option to authorise: the option is in the
/// sentence or in the lead-in of its list.
fn under_option(sentence: &Sentence<'_>) -> bool {
    let offers = |sentence: &Sentence<'_>| only_offered(sentence, &GENERAL_AUTHORISATION);
    offers(sentence) || sentence.lead_in_sentence().is_some_and(|lead_in| offers(&lead_in))
}

/// Every mention of a kind of authorisation follows an option to give it ("may also give a
/// general authorisation", « peut également donner une autorisation générale »).
fn only_offered(sentence: &Sentence<'_>, kind: &Cue) -> bool {
    let named = sentence.matches(kind);
    let options = sentence.mentions(&OPTION_TO_AUTHORISE);
    !named.is_empty()
        && named.iter().all(|&(start, _)| {
            options.iter().any(|&(_, end)| end <= start && sentence.words_between(end, start).len() <= OPTION_REACH)
        })
}

/// The controller, as the subject, accepting sub-processors named after its verb ("The
/// Controller agrees to the sub-processors named …", "Customer shall permit Processor to engage
/// additional sub-processors", « Le Client autorise les sous-traitants ultérieurs listés en
/// annexe »), or named right before the relative clause it is the subject of ("the
/// Sub-processors which the Controller has already authorised", « les sous-traitants ultérieurs
/// que le Client a autorisés »). A party's role word closest before the verb is its subject.
/// Acceptance by conduct ("If the Client selects a location …, he thereby accepts the
/// subcontractor") is not a prior written authorisation.
fn controller_approves(sentence: &Sentence<'_>, named: &[(usize, usize)]) -> bool {
    if !sentence.mentions(&BY_CONDUCT).is_empty() {
        return false;
    }
    let folded = &sentence.paragraph.folded.folded;
    sentence.mentions(&APPROVAL).iter().any(|&(verb, end)| {
        let subject = FoldedText::new(&folded[sentence.range.0..verb], 0);
        let last = |cue: &Cue| cue.find_all(&subject).last().map(|&(at, _)| at);
        let by_controller = last(&CONTROLLER_WORDS).is_some_and(|at| Some(at) > last(&PROCESSOR_WORDS));
        let named_after = named.iter().any(|&(at, _)| at >= end);
        let named_before_relative = named.iter().any(|&(_, name_end)| {
            let between = sentence.words_between(name_end, verb);
            name_end <= verb
                && between.len() <= RELATIVE_CLAUSE_REACH
                && between.first().is_some_and(|word| RELATIVE_PRONOUNS.contains(word))
        });
        by_controller && !negated(&folded[sentence.range.0..verb]) && (named_after || named_before_relative)
    })
}

/// Words that open a relative clause right after the sub-processors it speaks of.
const RELATIVE_PRONOUNS: &[&str] = &["which", "that", "whom", "que", "qu", "lesquels", "lesquelles"];

/// How many words a relative clause may hold before its verb ("which the Data Controller has
/// already authorised").
const RELATIVE_CLAUSE_REACH: usize = 7;

/// The kind of an approval of sub-processors: specific when each newcomer needs it, general
/// otherwise.
fn regime_of_approval(sentence: &Sentence<'_>) -> Regime {
    match regime_of_requirement(sentence) {
        Regime::Specific => Regime::Specific,
        _ => Regime::General,
    }
}

/// How many words may qualify "sub-processors" before the colon that opens their names inline
/// ("Sous-traitants principaux :", "Sub-processors currently engaged:").
const INLINE_LABEL_REACH: usize = 3;

/// Sub-processors in use, in a document that states no authorisation: a table of them, a link
/// to their list ("a list of the subcontractors can be found at https://…"), a list in the
/// sub-processor clause ("Current key providers are:" then the providers), or a sentence in which
/// the processor uses them ("We use the following sub-processors"). A term defined and used in
/// passing ("processing carried out by any Sub-Processor") shows none in use.
fn sub_processors_in_use<'a>(
    cx: &Context<'a>,
    sentences: &[Sentence<'a>],
    aliases: &[String],
) -> Option<Statement<'a>> {
    let listed_below = |sentence: &Sentence<'a>| {
        let in_clause = sentence.clause(cx).is_some_and(|clause| clause.is(CLAUSE));
        in_clause && sentence.lead_in.is_some_and(|(paragraph, _)| paragraph.clause == sentence.paragraph.clause)
    };
    let links_to_list =
        |sentence: &Sentence<'a>| !sentence.mentions(&LIST_LINK).is_empty() && !sentence.mentions(&LIST).is_empty();
    let uses = |sentence: &Sentence<'a>| {
        let folded = &sentence.paragraph.folded.folded;
        let mut named = named_sub_processors(sentence, aliases);
        if in_sub_processor_clause(cx, sentence) {
            named.extend(sentence.mentions(&PLAIN_SUB_PROCESSOR));
        }
        sentence.mentions(&DEFINITION_VERB).is_empty()
            && sentence.mentions(&ENGAGE).iter().any(|&(start, end)| {
                !negated(&folded[sentence.range.0..start]) && named.iter().any(|&(at, _)| at >= end)
            })
    };
    // "Sous-traitants principaux : Supabase (hébergement), OpenAI (inférence)", "Current
    // sub-processors: Hetzner Online GmbH (hosting, Germany)": a label, then the names on its line.
    let names_inline = |sentence: &Sentence<'a>| {
        let folded = &sentence.paragraph.folded.folded;
        let mut named = named_sub_processors(sentence, aliases);
        if in_sub_processor_clause(cx, sentence) {
            named.extend(sentence.mentions(&PLAIN_SUB_PROCESSOR));
        }
        let none_listed = sentence.mentions(&NONE_LISTED);
        named.iter().any(|&(_, end)| {
            folded[end..sentence.range.1].find(':').is_some_and(|colon| {
                let names_at = end + colon + 1;
                let names = folded[names_at..sentence.range.1].trim_start();
                sentence.words_between(end, names_at).len() <= INLINE_LABEL_REACH
                    && names.starts_with(char::is_alphanumeric)
                    && !none_listed.iter().any(|&(at, _)| at >= names_at)
            })
        })
    };
    let as_statement = |span: Span, inferred: bool| Statement { stance: Stance::InUse, span, fact: None, inferred };
    if let Some(record) = cx.doc.sub_processors.first() {
        return Some(as_statement(record.span, record.inferred));
    }
    sentences
        .iter()
        .find(|sentence| listed_below(sentence) || links_to_list(sentence) || uses(sentence) || names_inline(sentence))
        .map(|sentence| as_statement(sentence.span(), sentence.inferred(cx)))
}

/// The kind of an authorisation stated without its name: consent to each newcomer is specific
/// (unless silence counts as consent), a grant by the controller is general.
fn regime_of_requirement(sentence: &Sentence<'_>) -> Regime {
    if !sentence.mentions(&EACH_NEW).is_empty() && sentence.mentions(&DEEMED).is_empty() {
        Regime::Specific
    } else if sentence.states(&GRANT) {
        Regime::General
    } else {
        Regime::Unstated
    }
}

/// A time limit read from a fact or from a sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Period<'a> {
    pub duration: Duration,
    /// The fact's value, or the words in the sentence.
    pub span: Span,
    pub fact: Option<&'a Fact>,
    pub inferred: bool,
}

impl<'a> Period<'a> {
    /// The first fact named `name` whose value is a duration, written or read from the words.
    pub fn from_fact(cx: &Context<'a>, name: FactName) -> Option<Self> {
        cx.doc.facts_named(name).find_map(|fact| match fact.parsed() {
            Some(FactValue::Duration(duration)) => Some(Period {
                duration: *duration,
                span: fact.value_span,
                fact: Some(fact),
                inferred: fact_in_inferred_clause(cx, fact),
            }),
            _ => None,
        })
    }

    /// The period as the contract words it.
    pub fn written<'s>(&self, cx: &'s Context<'_>) -> &'s str {
        cx.text(self.span).trim()
    }
}

/// Source span of a folded range of a sentence, without the closing `]]` of a fact whose value
/// ends the range: the folded text joins a fact's value to the words after its markup.
pub(super) fn words_span(cx: &Context<'_>, sentence: &Sentence<'_>, range: (usize, usize)) -> Span {
    let span = sentence.source_span(range);
    let kept = cx.text(span).trim_end_matches(|c: char| c == ']' || c.is_whitespace()).len();
    Span::new(span.start, span.start + kept)
}

/// A model sentence: with typed facts for tagged documents, in plain words for untagged prose
/// (where markup would be foreign).
#[derive(Debug, Clone, Copy)]
pub(super) struct Model {
    pub tagged: L10n,
    pub prose: L10n,
}

impl Model {
    /// The same words in either kind of document.
    const fn plain(text: L10n) -> Model {
        Model { tagged: text, prose: text }
    }

    pub fn for_document(&self, cx: &Context<'_>) -> L10n {
        if cx.doc.prose {
            self.prose
        } else {
            self.tagged
        }
    }
}

pub(super) const AUTHORISE: Model = Model {
    tagged: L10n::new(
        "The controller gives the processor a [[authorisation: general]] written authorisation to engage the sub-processors listed in the annex on sub-processors.",
        "Le responsable du traitement donne au sous-traitant une autorisation écrite [[autorisation : générale]] de recourir aux sous-traitants ultérieurs énumérés dans l'annexe relative aux sous-traitants ultérieurs.",
    ),
    prose: L10n::new(
        "The controller gives the processor a general written authorisation to engage the sub-processors listed in the annex on sub-processors.",
        "Le responsable du traitement donne au sous-traitant une autorisation écrite générale de recourir aux sous-traitants ultérieurs énumérés dans l'annexe relative aux sous-traitants ultérieurs.",
    ),
};

pub(super) const NOTICE: Model = Model {
    tagged: L10n::new(
        "The processor shall inform the controller in writing of any intended addition or replacement of a sub-processor at least [[objection-notice: 30 days]] before the change, giving its name, country, the processing it will carry out and the transfer mechanism it relies on.",
        "Le sous-traitant informe le responsable du traitement par écrit de tout ajout ou remplacement envisagé d'un sous-traitant ultérieur au moins [[préavis-objection : 30 jours]] avant le changement, en indiquant sa dénomination, son pays, le traitement qu'il effectuera et le mécanisme de transfert sur lequel il s'appuie.",
    ),
    prose: L10n::new(
        "The processor shall inform the controller in writing of any intended addition or replacement of a sub-processor at least 30 days before the change, giving its name, country, the processing it will carry out and the transfer mechanism it relies on.",
        "Le sous-traitant informe le responsable du traitement par écrit de tout ajout ou remplacement envisagé d'un sous-traitant ultérieur au moins 30 jours avant le changement, en indiquant sa dénomination, son pays, le traitement qu'il effectuera et le mécanisme de transfert sur lequel il s'appuie.",
    ),
};

pub(super) const OBJECTION: Model = Model {
    tagged: L10n::new(
        "The controller may object to the change within [[objection-window: 14 days]] of that information; if it objects, the processor shall not engage the new sub-processor, and the controller may terminate the affected services without penalty.",
        "Le responsable du traitement peut s'opposer au changement dans un délai de [[délai-objection : 14 jours]] à compter de cette information ; en cas d'opposition, le sous-traitant ne recourt pas au nouveau sous-traitant ultérieur, et le responsable du traitement peut résilier les services concernés sans pénalité.",
    ),
    prose: L10n::new(
        "The controller may object to the change within 14 days of that information; if it objects, the processor shall not engage the new sub-processor, and the controller may terminate the affected services without penalty.",
        "Le responsable du traitement peut s'opposer au changement dans un délai de 14 jours à compter de cette information ; en cas d'opposition, le sous-traitant ne recourt pas au nouveau sous-traitant ultérieur, et le responsable du traitement peut résilier les services concernés sans pénalité.",
    ),
};

pub(super) const FLOWDOWN: Model = Model::plain(L10n::new(
    "By a written contract with each sub-processor, the processor shall bind it to the same data protection obligations as this agreement sets out, in particular to sufficient guarantees of appropriate technical and organisational measures.",
    "Par un contrat écrit conclu avec chaque sous-traitant ultérieur, le sous-traitant lui impose les mêmes obligations de protection des données que celles du présent accord, notamment des garanties suffisantes de mesures techniques et organisationnelles appropriées.",
));

pub(super) const BREACH_FLOWDOWN: Model = Model::plain(L10n::new(
    "The processor shall require each sub-processor to notify it of any personal data breach without undue delay and in any event within 24 hours of becoming aware of it, so that the processor can meet its own deadline towards the controller.",
    "Le sous-traitant impose à chaque sous-traitant ultérieur de lui notifier toute violation de données à caractère personnel dans les meilleurs délais et au plus tard dans les 24 heures après en avoir pris connaissance, afin de pouvoir respecter son propre délai envers le responsable du traitement.",
));

pub(super) const LIABILITY: Model = Model::plain(L10n::new(
    "The processor remains fully liable to the controller for the performance of each sub-processor's obligations, as for its own acts and omissions.",
    "Le sous-traitant demeure pleinement responsable envers le responsable du traitement de l'exécution par chaque sous-traitant ultérieur de ses obligations, comme de ses propres actes.",
));

/// Model sentences in the document's language, in this order.
fn joined(cx: &Context<'_>, first: Model, more: &[Model]) -> String {
    let lang = cx.doc_lang();
    std::iter::once(first)
        .chain(more.iter().copied())
        .map(|model| model.for_document(cx).get(lang))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A fix that adds model sentences, in this order, to the sub-processor clause, or inserts the
/// clause when there is none.
pub(super) fn add_sentences(cx: &Context<'_>, first: Model, more: &[Model]) -> Fix {
    let lang = cx.doc_lang();
    let first_text = first.for_document(cx);
    let mut fix = fixes::add_to_clause(cx, CLAUSE, CLAUSE_TITLE, first_text);
    // `add_to_clause` places one sentence; the others follow it in the same edit.
    let whole = joined(cx, first, more);
    for edit in &mut fix.edits {
        edit.replacement = edit.replacement.replacen(first_text.get(lang), &whole, 1);
    }
    fix
}

/// A fix that replaces a sentence (keeping its clause number) with model sentences.
pub(super) fn replace_with(cx: &Context<'_>, sentence: Span, first: Model, more: &[Model]) -> Fix {
    fixes::replace(
        without_numbering(cx, sentence),
        joined(cx, first, more),
        Message::new("Replace with the model wording", "Remplacer par la rédaction type"),
    )
}

/// Contract words as quoted in a message: the first few.
pub(super) fn excerpt(text: &str) -> String {
    const WORDS: usize = 14;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        words.join(" ")
    } else {
        format!("{} …", words[..WORDS].join(" "))
    }
}

/// A sentence's span without the clause number it starts with ("6.4 ", "(b) "), so that a fix
/// replacing the sentence keeps the numbering.
pub(super) fn without_numbering(cx: &Context<'_>, span: Span) -> Span {
    let text = cx.text(span);
    let Some(first) = text.split_whitespace().next() else { return span };
    let numbered = first.chars().any(|c| c.is_ascii_digit()) && first.chars().all(|c| c.is_ascii_digit() || c == '.');
    let lettered = first.len() <= 5 && first.starts_with('(') && first.ends_with(')');
    if !numbered && !lettered {
        return span;
    }
    let rest = text[text.find(first).map_or(0, |at| at + first.len())..].trim_start();
    Span::new(span.end - rest.len(), span.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;

    fn stances(source: &str) -> Vec<Stance> {
        with_test_context(source, |cx| {
            SubProcessing::read(cx).statements.iter().map(|statement| statement.stance).collect()
        })
    }

    const GENERAL: Stance = Stance::Authorised(Regime::General);
    const SPECIFIC: Stance = Stance::Authorised(Regime::Specific);
    const UNSTATED: Stance = Stance::Authorised(Regime::Unstated);

    #[test]
    fn named_kinds_of_authorisation() {
        let source = "# Sub-processors {sub-processors}\nThe Provider shall not engage another processor without prior specific or general written authorisation of the Customer. The Customer grants a general written authorisation to engage the Sub-processors listed below.\n";
        assert_eq!(stances(source), [UNSTATED, GENERAL]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire ne recrute pas un autre sous-traitant sans l'autorisation écrite préalable, spécifique ou générale, du Client. Le Client donne une autorisation spécifique pour chaque Sous-traitant ultérieur.\n";
        assert_eq!(stances(french), [UNSTATED, SPECIFIC]);
    }

    #[test]
    fn without_an_authorisation_is_a_condition_after_a_prohibition_and_a_freedom_otherwise() {
        let required = "# Sub-processors {sub-processors}\nThe Provider shall not, for any reason, engage a Sub-processor without the Customer's prior written authorisation.\n";
        assert_eq!(stances(required), [UNSTATED]);
        let free = "# Sub-processors {sub-processors}\nThe Provider may engage Sub-processors without the Customer's consent.\n";
        assert_eq!(stances(free), [Stance::AtWill]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire ne peut recourir à un sous-traitant ultérieur sans l'autorisation écrite préalable du Client.\n";
        assert_eq!(stances(french), [UNSTATED]);
        let long_object = "# Sub-processors {sub-processors}\nThe Provider shall not subcontract any of the processing operations it performs for the Customer under this Agreement and its annexes without the prior written consent of the Customer.\n";
        assert_eq!(stances(long_object), [UNSTATED]);
        let long_french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire ne sous-traite aucune des opérations de traitement qu'il réalise pour le compte du Client au titre du présent accord et de ses annexes sans l'accord écrit préalable du Client.\n";
        assert_eq!(stances(long_french), [UNSTATED]);
        let leading = "# Sub-processors {sub-processors}\nWithout the Customer's prior written consent, the Provider shall not engage any Sub-processor.\n";
        assert_eq!(stances(leading), [UNSTATED]);
    }

    #[test]
    fn template_instructions_are_not_statements_of_the_parties() {
        let source = "# Sub-processors {sub-processors}\nThe Customer gives a general written authorisation to engage Sub-processors.\n\nExplanatory note:\n\nThis annex is to be completed only in case of a specific authorisation of sub-processors.\n\nThis Annex needs to be completed in case of specific authorisation of sub-processors.\n";
        assert_eq!(stances(source), [GENERAL]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Client donne une autorisation générale de recourir à des sous-traitants ultérieurs.\n\nNote explicative :\n\nCette annexe est à compléter en cas d'autorisation spécifique des sous-traitants ultérieurs.\n";
        assert_eq!(stances(french), [GENERAL]);
    }

    #[test]
    fn unnamed_kinds_are_read_from_the_words() {
        let grant = "# Sub-processors {sub-processors}\nThe Customer hereby authorises the Provider to engage Sub-processors.\n";
        assert_eq!(stances(grant), [GENERAL]);
        let agreement = "# Sub-processors {sub-processors}\nCustomer agrees that Provider may use Sub-processors to provide the Services.\n";
        assert_eq!(stances(agreement), [GENERAL]);
        let each = "# Sub-processors {sub-processors}\nThe Provider shall obtain the Customer's prior written consent before engaging each new Sub-processor.\n";
        assert_eq!(stances(each), [SPECIFIC]);
        let deemed = "# Sub-processors {sub-processors}\nThe Customer's consent to any new Sub-processor is deemed given when the notice period ends, and the Provider may then engage it.\n";
        assert_eq!(stances(deemed), [UNSTATED]);
        let permission =
            "# Sub-processors {sub-processors}\nWe may use subcontractors to help us deliver the services.\n";
        assert_eq!(stances(permission), [GENERAL]);
        let passive = "# Subcontracting\nThe commissioning of further subcontractors is permitted.\n";
        assert_eq!(stances(passive), [GENERAL]);
        let passive_french = "# Sous-traitance\nLe recours à d'autres sous-traitants ultérieurs est admis.\n";
        assert_eq!(stances(passive_french), [GENERAL]);
        let refused = "# Subcontracting\nThe commissioning of further subcontractors is not permitted.\n";
        assert!(stances(refused).is_empty());
        let free = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire choisit librement ses sous-traitants ultérieurs.\n";
        assert_eq!(stances(free), [Stance::AtWill]);
        let objection = "# Sub-processors {sub-processors}\nThe Customer may freely object to any new Sub-processor.\n";
        assert!(stances(objection).is_empty(), "the controller's right, not the processor's freedom");
        let not_chosen = "# Sub-processors {sub-processors}\n(Option 2 of Clause 7.7(a), general written authorisation, is not selected.)\n";
        assert!(stances(not_chosen).is_empty());
        let not_required = "# Sub-processors {sub-processors}\nNo authorisation of the Customer is required to engage Sub-processors.\n";
        assert_eq!(stances(not_required), [Stance::AtWill]);
    }

    #[test]
    fn the_controller_accepting_sub_processors_authorises_them() {
        let agrees =
            "# Sub-processors {sub-processors}\nThe Controller agrees to the sub-processors named in Appendix 2.\n";
        assert_eq!(stances(agrees), [GENERAL]);
        let permits = "# Sub-processors {sub-processors}\nThe Customer shall permit the Provider to engage additional sub-processors provided that it gives notice.\n";
        assert_eq!(stances(permits), [GENERAL]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Client autorise les sous-traitants ultérieurs listés en annexe 3.\n";
        assert_eq!(stances(french), [GENERAL]);
        let the_processor_accepts =
            "# Sub-processors {sub-processors}\nThe Provider accepts the sub-processors' standard terms.\n";
        assert!(stances(the_processor_accepts).is_empty());
        let by_conduct = "# Sub-processors {sub-processors}\nIf the Client selects a location outside Germany, it thereby accepts the Supplier's subcontractor at that location.\n";
        assert!(stances(by_conduct).is_empty(), "acceptance by conduct is no written authorisation");
    }

    #[test]
    fn sub_processors_the_controller_has_authorised_are_authorised() {
        let english = "# Sub-processors {sub-processors}\nThe list of Sub-processors which the Data Controller has already authorised is in Appendix B.\n";
        assert_eq!(stances(english), [GENERAL]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLa liste des sous-traitants ultérieurs que le Client a déjà autorisés figure en annexe 2.\n";
        assert_eq!(stances(french), [GENERAL]);
        let by_the_processor = "# Sub-processors {sub-processors}\nThe Sub-processors that the Provider has approved are bound by written contracts.\n";
        assert!(stances(by_the_processor).is_empty());
    }

    #[test]
    fn plain_french_sous_traitants_name_sub_processors_in_their_clause() {
        let permitted = "# Sous-traitance ultérieure {sous-traitants-ultérieurs}\nLe Prestataire peut recourir à des sous-traitants listés au contrat.\n";
        assert_eq!(stances(permitted), [GENERAL]);
        let elsewhere = "# Objet\nLe Prestataire peut recourir à des sous-traitants listés au contrat.\n";
        assert!(stances(elsewhere).is_empty(), "outside the clause the bare word may be the processor");
    }

    #[test]
    fn discretion_over_an_objection_is_no_freedom_to_engage() {
        let consequence = "# Sub-processors {sub-processors}\nIf no resolution can be reached, the Provider will, at its sole discretion, either not appoint the new Sub-processor or permit the Customer to terminate.\n";
        assert!(stances(consequence).is_empty());
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nÀ défaut d'accord, le Prestataire, à sa seule discrétion, soit ne recourt pas au nouveau sous-traitant ultérieur, soit permet au Client de résilier.\n";
        assert!(stances(french).is_empty());
        let freedom =
            "# Sub-processors {sub-processors}\nThe Provider may appoint Sub-processors at its sole discretion.\n";
        assert_eq!(stances(freedom), [Stance::AtWill]);
    }

    #[test]
    fn discretion_over_something_else_is_no_freedom_to_engage() {
        let copies = "# Sub-processors {sub-processors}\nCopies of the Sub-processor contracts will be supplied in a form the Provider sets at its discretion, on request only.\n";
        assert!(stances(copies).is_empty());
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLes copies des contrats de sous-traitance ultérieure sont remises sous la forme que le Prestataire fixe à sa discrétion.\n";
        assert!(stances(french).is_empty());
        let summaries = "# Sub-processors {sub-processors}\nSummaries of Sub-processor terms are sent in whatever format the Provider chooses, at its sole discretion.\n";
        assert!(stances(summaries).is_empty(), "the format is chosen, not the sub-processors");
        let chooses =
            "# Sub-processors {sub-processors}\nThe Provider selects its Sub-processors at its sole discretion.\n";
        assert_eq!(stances(chooses), [Stance::AtWill]);
        let pronoun = "# Sous-traitance {sous-traitants-ultérieurs}\nLes sous-traitants ultérieurs servent à l'hébergement. Le Prestataire les choisit librement.\n";
        assert_eq!(stances(pronoun), [Stance::AtWill]);
    }

    #[test]
    fn sub_processors_engaged_without_authorisation_are_described_not_freed() {
        let liable = "# Liability\nThe Provider answers for the acts of Sub-processors engaged without the Customer's authorisation.\n";
        assert!(stances(liable).is_empty());
        let french = "# Responsabilité\nLe Prestataire répond des actes des sous-traitants ultérieurs recrutés sans l'autorisation du Client.\n";
        assert!(stances(french).is_empty());
        let free = "# Sub-processors {sub-processors}\nSub-processors may be engaged by the Provider without the Customer's authorisation.\n";
        assert_eq!(stances(free), [Stance::AtWill]);
    }

    #[test]
    fn engaging_on_notice_alone_is_a_general_authorisation() {
        let english = "# Sub-processors {sub-processors}\nThe Provider shall not engage any Sub-processor without first informing the Customer.\n";
        assert_eq!(stances(english), [GENERAL]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire ne recourt à aucun sous-traitant ultérieur sans en avoir préalablement informé le Client.\n";
        assert_eq!(stances(french), [GENERAL]);
        let consent = "# Sub-processors {sub-processors}\nThe Provider shall not engage any Sub-processor without informing the Customer and obtaining its prior written consent.\n";
        assert_eq!(stances(consent), [UNSTATED]);
        let banned = "# Sub-processors {sub-processors}\nThe Provider shall not engage any Sub-processor; it shall inform the Customer of any request to do so.\n";
        assert_eq!(stances(banned), [Stance::Prohibited]);
    }

    #[test]
    fn a_prohibition_names_the_sub_processor_after_the_negated_verb() {
        let banned = "# Sub-processors {sub-processors}\nThe Provider shall not engage any Sub-processor.\n";
        assert_eq!(stances(banned), [Stance::Prohibited]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire ne recourt à aucun sous-traitant ultérieur.\n";
        assert_eq!(stances(french), [Stance::Prohibited]);
        let duty_of_sub_processors =
            "# Security {security}\nSub-processors shall not use Customer Data for their own purposes.\n";
        assert!(stances(duty_of_sub_processors).is_empty());
        let consequence = "# Sub-processors {sub-processors}\nIf the Customer objects, the Provider shall not engage the new Sub-processor.\n";
        assert!(stances(consequence).is_empty());
    }

    #[test]
    fn a_defined_term_the_processor_engages_names_sub_processors() {
        let french = "# Prestataires\nLe Client autorise le Prestataire à faire appel à tout prestataire technique (ci-après, les « Partenaires »). Tout Partenaire est tenu de respecter les obligations du présent contrat.\n";
        assert_eq!(stances(french), [GENERAL]);
        let english = "# Service partners\nThe Provider may use technical service partners (hereinafter, the \"Partners\") to run the Service.\n";
        assert_eq!(stances(english), [GENERAL]);
        let the_processor_itself = "# Parties\nThe Customer engages Nuvola Systems SRL (the \"Partner\") to run the Service. The Partner may not use the data for its own purposes.\n";
        assert!(stances(the_processor_itself).is_empty(), "the controller engages its processor");
    }

    #[test]
    fn an_option_to_authorise_grants_nothing() {
        let offered = "# Sub-processors {sub-processors}\nThe Provider shall not engage another processor without the Customer's prior written authorisation. The Customer may also give a general authorisation for the use of Sub-processors, provided that it is informed of changes.\n";
        assert_eq!(stances(offered), [UNSTATED]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire ne peut recruter un autre sous-traitant qu'avec l'autorisation écrite préalable du Client. Le Client peut également donner une autorisation générale pour le recours à des sous-traitants ultérieurs.\n";
        assert_eq!(stances(french), [UNSTATED]);
        let given = "# Sub-processors {sub-processors}\nThe Customer gives a general authorisation to engage Sub-processors; it may withdraw it on notice.\n";
        assert_eq!(stances(given), [GENERAL]);
    }

    fn measured_regime(source: &str) -> Option<Stance> {
        with_test_context(source, |cx| SubProcessing::read(cx).general().map(|statement| statement.stance))
    }

    #[test]
    fn a_notice_of_changes_in_advance_makes_an_authorisation_of_no_stated_kind_general() {
        let english = "# Sub-processors {sub-processors}\nThe Provider shall not engage a Sub-processor without the Customer's prior written authorisation. Any change to the list of Sub-processors is notified to the Customer 30 days in advance.\n";
        assert_eq!(measured_regime(english), Some(UNSTATED));
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire ne recourt à aucun sous-traitant ultérieur sans l'autorisation écrite préalable du Client. Toute modification de la liste des sous-traitants ultérieurs est notifiée au Client 30 jours à l'avance.\n";
        assert_eq!(measured_regime(french), Some(UNSTATED));
        let no_period = "# Sous-traitance {sous-traitants-ultérieurs}\nLe Prestataire ne recourt à aucun sous-traitant ultérieur sans l'autorisation écrite préalable du Client. Toute modification de la liste fera l'objet d'une mise à jour notifiée.\n";
        assert_eq!(measured_regime(no_period), None);
        let specific = "# Sub-processors {sub-processors}\nThe Provider shall not engage a Sub-processor without the Customer's prior specific written authorisation. Any change to the list of Sub-processors is notified to the Customer 30 days in advance.\n";
        assert_eq!(measured_regime(specific), None);
        let inspection = "# Sub-processors {sub-processors}\nThe Provider shall not engage a Sub-processor without the Customer's prior written authorisation. In addition to the annual report, the Customer may inspect the data centres of Sub-processors on ten days' written notice.\n";
        assert_eq!(measured_regime(inspection), None);
    }

    #[test]
    fn a_right_to_object_makes_an_authorisation_of_no_stated_kind_general() {
        let english = "# Subcontracting
The Contractor may commission further processors only with the prior written consent of the Principal.

The Contractor informs the Principal of intended changes. The Principal may object to a change within 14 days.
";
        assert_eq!(measured_regime(english), Some(UNSTATED));
        let french = "# Sous-traitance
Le Prestataire ne peut recourir à un sous-traitant ultérieur qu'avec l'autorisation écrite préalable du Client.

Le Prestataire informe le Client de tout changement envisagé. Le Client peut présenter ses objections dans un délai de 15 jours.
";
        assert_eq!(measured_regime(french), Some(UNSTATED));
        let consent_for_each = "# Subcontracting
The Contractor may commission further processors only with the prior written consent of the Principal. Before each new subcontractor, the Contractor informs the Principal of the change and obtains its consent.
";
        assert_eq!(measured_regime(consent_for_each), None, "no right to object: consent is asked");
        let offered = "# Sous-traitance
Le Prestataire ne peut recruter un autre sous-traitant qu'avec l'autorisation écrite préalable du Client.

Le Client peut également donner une autorisation générale pour le recours à des sous-traitants ultérieurs, sous réserve :

- d'informer le Client de tout changement ;
- de permettre au Client de s'opposer dans ce délai.
";
        assert_eq!(measured_regime(offered), None, "the objection is a term of an option not taken");
        let request = "# Sous-traitance\nLe Prestataire ne peut recruter un autre sous-traitant qu'avec l'autorisation écrite préalable du Client.\n\nLe Prestataire transmet une demande écrite au Client, qui dispose de 30 jours pour accepter ou refuser le nouveau sous-traitant ultérieur.\n";
        assert_eq!(measured_regime(request), None, "refusing a request for consent is no objection");
    }

    #[test]
    fn a_fact_speaks_for_its_sentence() {
        let source = "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors.\n";
        with_test_context(source, |cx| {
            let reading = SubProcessing::read(cx);
            assert_eq!(reading.statements.len(), 1);
            assert!(reading.statements[0].fact.is_some());
            assert_eq!(cx.text(reading.general().unwrap().span), "general");
        });
    }
}

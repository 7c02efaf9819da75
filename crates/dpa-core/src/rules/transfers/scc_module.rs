//! XFER-SCC-MODULE: the 2021/914 clauses come in four modules, one per pair of roles (1
//! controller to controller, 2 controller to processor, 3 processor to processor, 4 processor to
//! controller). A citation must name its module, and the module must fit who exports to whom:
//!
//! * a sub-processor row, or a sentence about sub-processors: the processor exports to another
//!   processor, Module 3, unless the sentence names the processor itself beside them ("the
//!   Processor (or any of its Sub-processors)"), which makes it an importer too;
//! * otherwise, from the parties' countries: a processor outside the EEA receives from its
//!   controller, Module 2; a controller outside the EEA receives back from an EEA processor,
//!   Module 4. When the parties do not settle it, only a missing module is reported.

use dpa_lexicon::cues::transfers::{
    ART_28_CLAUSES, MODULE_OR_CLAUSES, MODULE_ROLE_PAIRS, REPEALED_SCC_DECISIONS, SCC_2021_914, STANDARD_CLAUSES,
    UK_OR_SWISS_ADAPTATION, UK_OR_SWISS_ORIGIN,
};
use dpa_lexicon::cues::{Cue, DEFINITION_VERB};
use dpa_lexicon::values::parse_mechanism;
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use crate::finding::{Edit, Fix, Severity};
use crate::lang::{L10n, Lang, Message};
use crate::model::PartyRole;
use crate::rules::query::inference_note;
use crate::rules::search::{sentences_in, Sentence};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};
use crate::values::{Mechanism, MechanismKind};

use super::{
    destination_named_elsewhere, folded, party_country, recipients, stated_mechanisms, states_no_transfer, Role,
};

/// How to make certain a finding about clauses cited in untagged text.
const TAG_THE_MECHANISM: L10n = L10n::new(
    "tag it as `[[transfer-mechanism: SCC 2021/914 Module …]]`",
    "balisez-le `[[mecanisme-transfert : CCT 2021/914 module …]]`",
);

pub(crate) struct XferSccModule;

static META: RuleMeta = RuleMeta {
    id: "XFER-SCC-MODULE",
    family: Family::Transfers,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 46(2)(c); Commission Implementing Decision (EU) 2021/914",
    summary: L10n::new(
        "SCC 2021/914 cited without a module, or with a module that does not fit the roles (processor to sub-processor = Module 3).",
        "CCT 2021/914 citées sans module, ou avec un module qui ne correspond pas aux rôles (sous-traitant vers sous-traitant ultérieur = module 3).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reads every citation of the standard contractual clauses: sub-processor rows, `transfer-mechanism` facts, and sentences of transfer clauses that cite Decision 2021/914 or name a country. Reports a citation with no module (a module named by its roles elsewhere, \"the Controller to Processor Clauses\", is a module named; clauses named for a later transfer, in a document that says no transfer takes place and names no recipient or destination outside the EEA, need none yet), and a module that does not fit the roles: Module 3 for the processor's transfers to sub-processors (a sentence naming the processor itself beside them, \"the Processor or any of its Sub-processors\", may cite the module of the parties' own transfer); Module 2 when the processor itself is outside the EEA; Module 4 when the controller is outside the EEA and the processor inside. The UK Addendum, the IDTA and clauses qualified as the UK's or Switzerland's (\"UK-approved standard contractual clauses\") have no module and are not read.",
            "Lit chaque mention des clauses contractuelles types : lignes de sous-traitants ultérieurs, faits `mécanisme-transfert`, et phrases de la clause de transferts qui citent la décision 2021/914 ou nomment un pays. Signale une mention sans module (un module nommé ailleurs par ses rôles, « le module responsable du traitement à sous-traitant », est un module nommé ; des clauses citées pour un transfert à venir, dans un document qui dit qu'aucun transfert n'a lieu et ne nomme aucun destinataire ni aucune destination hors de l'EEE, n'en demandent pas encore), et un module qui ne correspond pas aux rôles : module 3 pour les transferts du sous-traitant vers ses sous-traitants ultérieurs (une phrase qui nomme le sous-traitant lui-même à côté d'eux, « le Prestataire ou l'un de ses sous-traitants ultérieurs », peut citer le module du transfert entre les parties) ; module 2 lorsque le sous-traitant lui-même est hors de l'EEE ; module 4 lorsque le responsable du traitement est hors de l'EEE et le sous-traitant dans l'EEE. L'addendum britannique, l'IDTA et les clauses qualifiées de britanniques ou de suisses (« clauses contractuelles types britanniques ») n'ont pas de module et ne sont pas lus.",
        ),
        why: L10n::new(
            "Decision (EU) 2021/914 gives a different set of clauses for each pair of roles; the parties must sign the module that matches their transfer, and each module gives different rights and duties (instructions, sub-processors, breach notice). \"SCCs\" without a module does not say which obligations bind the importer, and the wrong module binds it to the wrong ones.",
            "La décision (UE) 2021/914 prévoit des clauses différentes pour chaque couple de rôles ; les parties doivent signer le module qui correspond à leur transfert, et chaque module fixe des droits et obligations différents (instructions, sous-traitance ultérieure, notification des violations). Des « CCT » sans module ne disent pas quelles obligations lient l'importateur, et un mauvais module le lie aux mauvaises.",
        ),
        failing: "# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Lumen Analytics Pte Ltd | SG | Learning analytics | SCC 2021/914, TIA dated 2026-02-01 |\n",
        passing: "# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Lumen Analytics Pte Ltd | SG | Learning analytics | SCC 2021/914 Module 3, TIA dated 2026-02-01 |\n",
        companion: None,
    },
};

/// Which roles a module is for, as a message says it.
fn module_roles(module: u8) -> L10n {
    match module {
        1 => L10n::new("from controller to controller", "de responsable à responsable"),
        2 => L10n::new("from controller to processor", "de responsable à sous-traitant"),
        3 => L10n::new("from processor to processor", "de sous-traitant à sous-traitant"),
        _ => L10n::new("from processor to controller", "de sous-traitant à responsable"),
    }
}

/// A citation of the standard contractual clauses to judge.
struct Cited {
    module: Option<u8>,
    expected: Option<u8>,
    /// The cell, fact value or sentence.
    span: Span,
    /// What the expectation rests on, for the message.
    because: L10n,
    /// A sub-processor row, which states its own recipient's mechanism.
    row: bool,
    inferred: bool,
}

fn scc_module(mechanism: &Mechanism) -> Option<Option<u8>> {
    mechanism.kinds.iter().find_map(|kind| match kind {
        MechanismKind::Scc { module } => Some(*module),
        _ => None,
    })
}

const TO_SUB_PROCESSOR: L10n = L10n::new(
    "the processor exports to its sub-processor",
    "le sous-traitant exporte vers son sous-traitant ultérieur",
);

/// The module the roles call for, and why: Module 3 to a sub-processor; otherwise from the
/// parties' countries.
fn expected_module(
    to_sub_processor: bool,
    processor_outside: Option<bool>,
    controller_outside: Option<bool>,
) -> (Option<u8>, L10n) {
    if to_sub_processor {
        return (Some(3), TO_SUB_PROCESSOR);
    }
    match (processor_outside, controller_outside) {
        (Some(true), _) => (
            Some(2),
            L10n::new(
                "the processor, outside the EEA, receives from the controller",
                "le sous-traitant, hors de l'EEE, reçoit les données du responsable du traitement",
            ),
        ),
        (Some(false), Some(true)) => (
            Some(4),
            L10n::new(
                "the controller, outside the EEA, receives from its processor in the EEA",
                "le responsable du traitement, hors de l'EEE, reçoit les données de son sous-traitant situé dans l'EEE",
            ),
        ),
        _ => (None, L10n::new("", "")),
    }
}

impl Rule for XferSccModule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let mut cited: Vec<Cited> = Vec::new();
        for record in &cx.doc.sub_processors {
            let (Some(Ok(mechanism)), Some(cell)) = (&record.mechanism_value, &record.mechanism) else { continue };
            if let Some(module) = scc_module(mechanism) {
                cited.push(Cited {
                    module,
                    expected: Some(3),
                    span: cell.span,
                    because: TO_SUB_PROCESSOR,
                    row: true,
                    inferred: record.inferred,
                });
            }
        }
        let processor_outside = party_country(cx, PartyRole::Processor).map(|country| !country.is_eea());
        let controller_outside = party_country(cx, PartyRole::Controller).map(|country| !country.is_eea());
        let stated = stated_mechanisms(cx);
        for stated in stated.iter().filter(|stated| stated.concrete) {
            let Some(module) = scc_module(&stated.mechanism) else { continue };
            // "Where the Processor (or any of its Sub-processors) processes data outside the
            // EEA": the controller's export to the processor is among these transfers, so the
            // module of the parties' own transfer fits as well as Module 3.
            let to_sub_processors_only = stated.for_sub_processors && !stated.with_the_processor;
            let (expected, because) = expected_module(to_sub_processors_only, processor_outside, controller_outside);
            cited.push(Cited { module, expected, span: stated.span, because, row: false, inferred: stated.inferred });
        }
        // A country named in one sentence, under clauses named in a general one ("Some
        // sub-processors access the data from the United States. These transfers are governed by
        // the standard contractual clauses."): only a missing module is reported, the roles being
        // too loosely read to judge a module that is named; so is a sub-processor row that takes
        // the clauses stated for its group ("For US-based sub-processors, we rely on: - EU
        // Standard Contractual Clauses"). Data kept in the EEA ("hosted in the European Union")
        // is no transfer.
        for recipient in
            recipients(cx).iter().filter(|recipient| recipient.role != Role::Processor && !recipient.country.is_eea())
        {
            let Some(general) = stated.iter().find(|stated| Some(stated.span) == recipient.stated_at) else { continue };
            if scc_module(&general.mechanism) != Some(None)
                || cited.iter().any(|citation| citation.span == general.span)
            {
                continue;
            }
            let (expected, because) =
                expected_module(recipient.role == Role::SubProcessor, processor_outside, controller_outside);
            cited.push(Cited {
                module: None,
                expected,
                span: general.span,
                because,
                row: false,
                inferred: recipient.inferred,
            });
        }
        // Whether the module is stated is decided once for the document: "Module Two of the EEA
        // SCCs applies" in one clause, or a definition of the SCCs as Module 2, covers every
        // other mention of the term ("the SCCs"); and clauses of 2010 have no modules at all. A
        // document stating that no transfer takes place, and naming no recipient outside the EEA,
        // names the clauses for a transfer that may come later, whose module is not yet known. A sub-processor row states its own
        // recipient's mechanism, module included.
        let mut unnamed_excused: Option<bool> = None;
        for citation in cited {
            if citation.module.is_none()
                && (!cites_transfer_clauses(cx, citation.span)
                    || (!citation.row
                        && *unnamed_excused
                            .get_or_insert_with(|| module_stated_or_none_exists(cx) || for_a_later_transfer(cx))))
            {
                continue;
            }
            report(cx, sink, &citation);
        }
    }
}

/// Whether the clauses are named only for a transfer that may come later: the document says no
/// transfer takes place, and names no recipient outside the EEA nor a country without adequacy
/// where data goes. A refusal limited to one provider ("no transfer occurs through the host")
/// beside data sent to the United States is no such statement.
fn for_a_later_transfer(cx: &Context<'_>) -> bool {
    states_no_transfer(cx)
        && !recipients(cx).iter().any(|recipient| !recipient.country.is_eea())
        && !destination_named_elsewhere(cx, &[])
}

/// Clauses that have no modules: the repealed sets, and the Art. 28(7) clauses between
/// controller and processor, which are not transfer clauses.
const CLAUSES_WITHOUT_MODULES: [&Cue; 2] = [&REPEALED_SCC_DECISIONS, &ART_28_CLAUSES];

/// Whether the document names an SCC module somewhere (a definition, a clause, a row, a fact,
/// by its number or by its roles), or cites only clauses that have none (2010/87/EU, never 2021/914).
fn module_stated_or_none_exists(cx: &Context<'_>) -> bool {
    let named_module = |mechanism: &Mechanism| matches!(scc_module(mechanism), Some(Some(_)));
    let names_module = |text: &str| parse_mechanism(text).is_ok_and(|m| named_module(&m));
    // A list item may name the module under a lead-in that names the clauses ("the SCCs apply as
    // follows:" then "the Module Two terms apply").
    let in_text = cx.doc.paragraphs.iter().zip(&cx.doc.lead_ins).any(|(paragraph, lead_in)| {
        paragraph.folded.folded.contains("module")
            && (names_module(&paragraph.text)
                || lead_in.is_some_and(|(index, _)| {
                    names_module(&format!("{} {}", cx.doc.paragraphs[index].text, paragraph.text))
                }))
    });
    let in_rows =
        cx.doc.sub_processors.iter().any(|record| matches!(&record.mechanism_value, Some(Ok(m)) if named_module(m)));
    let by_roles = sentences_in(cx, &[]).any(|sentence| names_module_by_roles(&sentence));
    let cites_only_clauses_without_modules =
        CLAUSES_WITHOUT_MODULES.iter().any(|cue| cx.find(cue, &[]).is_some()) && cx.find(&SCC_2021_914, &[]).is_none();
    in_text || in_rows || by_roles || cites_only_clauses_without_modules
}

/// Whether a sentence names a module by its pair of roles: the roles right before the clauses'
/// or module's name ("the Controller to Processor Clauses", "Processor-to-Processor SCCs"), or
/// right after it, one word apart at most (« le module responsable du traitement à
/// sous-traitant », « les clauses de sous-traitant à sous-traitant »). Roles followed by other
/// words are a transfer's direction ("from controller to processor, the SCCs apply"), not a
/// module.
fn names_module_by_roles(sentence: &Sentence<'_>) -> bool {
    let names = sentence.mentions(&MODULE_OR_CLAUSES);
    sentence.mentions(&MODULE_ROLE_PAIRS).into_iter().any(|(start, end)| {
        names.iter().any(|&(name_start, name_end)| {
            (name_start >= end && sentence.words_between(end, name_start).is_empty())
                || (name_end <= start && sentence.words_between(name_end, start).len() <= 1)
        })
    })
}

/// Whether a sentence citing the clauses is a transfer relying on the 2021/914 clauses, which
/// must name a module: not a definition of the term, not a sentence of the UK Addendum or the
/// Swiss adaptation, not a citation of clauses that have no modules (2010/87/EU, or the Art.
/// 28(7) clauses of Decision 2021/915).
fn cites_transfer_clauses(cx: &Context<'_>, span: Span) -> bool {
    let text = folded(cx, span);
    let modular = SCC_2021_914.find(&text).is_some();
    let without_modules = CLAUSES_WITHOUT_MODULES.iter().any(|cue| cue.matches(&text)) && !modular;
    !without_modules
        && UK_OR_SWISS_ADAPTATION.find(&text).is_none()
        && (modular || !names_uk_or_swiss_clauses(cx, span))
        && !is_definition(&text.folded)
}

/// How many words may separate the clauses' name from the UK or Swiss origin qualifying it ("the
/// ICO's standard contractual clauses", "standard contractual clauses approved by the ICO").
const ORIGIN_REACH: usize = 3;

/// Whether the clauses cited at `span` are the UK's or Switzerland's: in the sentence around
/// the citation, their name with a UK or Swiss origin right before or after it. A country named
/// further away is a destination or an origin of the transfers ("the SCCs apply to transfers from
/// the EEA, the UK and Switzerland"), not the clauses' own.
fn names_uk_or_swiss_clauses(cx: &Context<'_>, span: Span) -> bool {
    // Paragraphs follow one another in the source: only the last one starting by the citation
    // can hold it, which keeps this lookup from reading every sentence for every citation.
    let starting_before = cx.doc.paragraphs.partition_point(|p| p.span.start <= span.start);
    let Some(paragraph) = starting_before.checked_sub(1).map(|at| &cx.doc.paragraphs[at]) else { return false };
    let Some(sentence) =
        paragraph.folded.sentences().iter().map(|&range| Sentence::alone(paragraph, range)).find(|sentence| {
            let around = sentence.span();
            around.start <= span.start && span.end <= around.end
        })
    else {
        return false;
    };
    let origins = sentence.matches(&UK_OR_SWISS_ORIGIN);
    sentence.matches(&STANDARD_CLAUSES).into_iter().any(|(start, end)| {
        origins.iter().any(|&(o_start, o_end)| {
            (o_end <= start && sentence.words_between(o_end, start).len() <= ORIGIN_REACH)
                || (o_start >= end && sentence.words_between(end, o_start).len() <= ORIGIN_REACH)
        })
    })
}

/// `"EEA SCCs" means …`, `« CCT » désigne …`: a quoted term opening the sentence (after a list
/// marker or emphasis), then a definition verb.
fn is_definition(folded: &str) -> bool {
    let Some(open) = folded.find('"') else { return false };
    let before = folded[..open].trim_end_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let marker_only = before.split_whitespace().count() <= 1 && before.len() <= 6;
    let Some(close) = folded[open + 1..].find('"').map(|at| open + 1 + at) else { return false };
    let after = folded[close + 1..].trim_start_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    marker_only && DEFINITION_VERB.find(&FoldedText::new(after, 0)).is_some_and(|(start, _)| start == 0)
}

fn report(cx: &Context<'_>, sink: &mut Sink, cited: &Cited) {
    let written = cx.text(cited.span).trim();
    match (cited.module, cited.expected) {
        (None, expected) => {
            let (advice_en, advice_fr) = match expected {
                Some(module) => (
                    format!("Here {}: Module {module} ({}).", cited.because.en, module_roles(module).en),
                    format!("Ici, {} : module {module} ({}).", cited.because.fr, module_roles(module).fr),
                ),
                None => (
                    "Name the module that matches who exports to whom.".to_string(),
                    "Nommez le module qui correspond à qui exporte vers qui.".to_string(),
                ),
            };
            let message = Message::new(
                format!("“{written}” cites the standard contractual clauses without a module. Decision (EU) 2021/914 has four modules, one per pair of roles, each with its own obligations; the parties sign one of them (Art. 46(2)(c) GDPR). {advice_en}"),
                format!("« {written} » cite les clauses contractuelles types sans module. La décision (UE) 2021/914 comprend quatre modules, un par couple de rôles, chacun avec ses propres obligations ; les parties en signent un (art. 46(2)(c) RGPD). {advice_fr}"),
            );
            let message = inference_note(message, cited.inferred, TAG_THE_MECHANISM);
            let finding = sink.report(cx, &META, cited.span, message).inferred(cited.inferred);
            if let Some(fix) = expected.and_then(|module| add_module(cx, cited.span, module)) {
                finding.with_fix(fix);
            }
        }
        (Some(module), Some(expected)) if module != expected => {
            let message = Message::new(
                format!("“{written}” cites Module {module} of the standard contractual clauses, which is for transfers {}; here {}, which is Module {expected} ({}). The wrong module binds the importer to obligations written for other roles (Decision (EU) 2021/914). Cite Module {expected}.", module_roles(module).en, cited.because.en, module_roles(expected).en),
                format!("« {written} » cite le module {module} des clauses contractuelles types, prévu pour les transferts {} ; ici {}, ce qui relève du module {expected} ({}). Un mauvais module lie l'importateur à des obligations écrites pour d'autres rôles (décision (UE) 2021/914). Citez le module {expected}.", module_roles(module).fr, cited.because.fr, module_roles(expected).fr),
            );
            let message = inference_note(message, cited.inferred, TAG_THE_MECHANISM);
            sink.report(cx, &META, cited.span, message).inferred(cited.inferred);
        }
        _ => {}
    }
}

/// A fix writing the module right after the decision number ("SCC 2021/914" → "SCC 2021/914
/// Module 3"); none when the citation does not give the number.
fn add_module(cx: &Context<'_>, span: Span, module: u8) -> Option<Fix> {
    let text = folded(cx, span);
    let (_, end) = SCC_2021_914.find(&text)?;
    let (_, at) = text.source_range(end - 1, end);
    let word = match cx.doc_lang() {
        Lang::En => "Module",
        Lang::Fr => "module",
    };
    Some(Fix {
        title: Message::new(format!("Cite Module {module}"), format!("Citer le module {module}")),
        edits: vec![Edit { span: Span::empty(at), replacement: format!(" {word} {module}") }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;

    fn folded_text(text: &str) -> String {
        FoldedText::new(text, 0).folded
    }

    #[test]
    fn a_definition_opens_with_the_quoted_term() {
        assert!(is_definition(&folded_text("\"EEA SCCs\" means the clauses annexed to Decision 2021/914.")));
        assert!(is_definition(&folded_text("f. **“Standard Contractual Clauses”** means Module 2 of the clauses.")));
        assert!(is_definition(&folded_text("« CCT » désigne les clauses contractuelles types.")));
        assert!(!is_definition(&folded_text(
            "Transfers to India are governed by the clauses (the \"SCCs\") of Decision 2021/914."
        )));
    }

    #[test]
    fn sentences_without_a_module_to_name() {
        let cites = |text: &str| {
            let source = format!("# International transfers {{transfers}}\n{text}\n");
            with_test_context(&source, |cx| cites_transfer_clauses(cx, cx.doc.paragraphs.last().unwrap().span))
        };
        assert!(cites("Transfers to India are governed by the standard contractual clauses of Decision 2021/914."));
        assert!(!cites("Transfers to India are governed by the standard contractual clauses of Decision 2010/87/EU."));
        assert!(!cites("Tables 1 to 3 of the UK Addendum are completed as the EU SCCs."));
        assert!(!cites("Pour les transferts soumis au droit suisse, les CCT renvoient à la LPD."));
    }

    #[test]
    fn a_module_named_by_its_roles() {
        let by_roles = |text: &str| {
            let source = format!("# International transfers {{transfers}}\n{text}\n");
            with_test_context(&source, |cx| sentences_in(cx, &[]).any(|sentence| names_module_by_roles(&sentence)))
        };
        assert!(by_roles("The Controller to Processor Clauses apply to transfers to the Provider."));
        assert!(by_roles("Where the Customer is a processor, the processor-to-processor SCCs apply."));
        assert!(by_roles("Le module responsable du traitement à sous-traitant s'applique."));
        assert!(by_roles("Les clauses de sous-traitant à sous-traitant s'appliquent aux sous-traitants ultérieurs."));
        assert!(!by_roles("For data passed from controller to processor, the standard contractual clauses apply."));
        assert!(!by_roles("Les données transmises de responsable à sous-traitant puis à l'étranger relèvent des CCT."));
    }

    #[test]
    fn clauses_of_the_uk_or_switzerland_have_no_module() {
        let cites = |text: &str| {
            let source = format!("# International transfers {{transfers}}\n{text}\n");
            with_test_context(&source, |cx| cites_transfer_clauses(cx, cx.doc.paragraphs.last().unwrap().span))
        };
        assert!(!cites("Exports from Britain rely on the ICO's standard contractual clauses."));
        assert!(!cites("Transfers of UK data are made under standard contractual clauses approved by the Information Commissioner."));
        assert!(!cites("Les transferts depuis la Suisse reposent sur des clauses contractuelles types suisses."));
        assert!(
            cites("The SCCs apply to every transfer of personal data from the EEA, the UK and Switzerland."),
            "the countries are the transfers' origins, not the clauses'"
        );
        assert!(cites(
            "Les transferts vers le Royaume-Uni puis l'Inde sont encadrés par les clauses contractuelles types."
        ));
    }
}

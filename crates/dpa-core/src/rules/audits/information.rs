//! AUDIT-INFO: the processor makes available the information needed to demonstrate compliance.

use dpa_lexicon::cues::audits as cues;
use dpa_lexicon::cues::breach as breach_cues;

use super::AUDIT_TITLE;
use crate::finding::Severity;
use crate::lang::L10n;
use crate::model::{ClauseKind, PartyRole};
use crate::rules::roles::Roles;
use crate::rules::search::{report_missing, sentences_in, Duty, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct AuditInfo;

/// How many words may separate requests from the data subjects or authority who make them
/// ("requests for information received from data subjects").
const REQUESTER_REACH: usize = 3;

/// "The Provider shall answer the Customer's requests for information about the processing", «
/// répond aux demandes de renseignements du Responsable »: the duty worded as a service. Requests
/// made by data subjects or an authority are other duties (Arts. 12 to 22, Art. 31).
fn answers_requests_for_information(cx: &Context<'_>) -> bool {
    sentences_in(cx, &[]).any(|sentence| {
        let requesters = sentence.mentions(&breach_cues::AUTHORITY_OR_SUBJECTS);
        let made_by_others = |(start, end): (usize, usize)| {
            requesters.iter().any(|&(r_start, r_end)| {
                (r_start >= end && sentence.words_between(end, r_start).len() <= REQUESTER_REACH)
                    || (r_end <= start && sentence.words_between(r_end, start).len() <= 1)
            })
        };
        sentence.states(&cues::ANSWER)
            && sentence.matches(&cues::INFORMATION_REQUESTS).into_iter().any(|found| !made_by_others(found))
    })
}

/// In an audit clause, the processor (or a party not named as the controller) making documents
/// or information available: "The Provider will provide:" then "- compliance documentation", «
/// le Prestataire met à disposition la documentation de sécurité ». The clause is there so that
/// the controller can check compliance, so what it makes available serves that check. Not the
/// controller handing over documents ("the Customer shall provide the audit plan"), nor
/// documents for an authority or data subjects ("If required by any regulatory authority, the
/// Processor shall share such documents"), nor a verb whose object is something else ("where
/// such documents are not available, the Processor shall furnish the same"), nor a release
/// ("nothing in this Clause shall require the Processor to share any information").
fn makes_documents_available_for_audit(cx: &Context<'_>) -> bool {
    let roles = Roles::of(cx);
    // The offsets where the processor's making-available verbs end.
    let made_available_by_processor = |sentence: &Sentence<'_>| -> Vec<usize> {
        sentence
            .matches(&cues::MAKE_AVAILABLE)
            .into_iter()
            .filter(|&(start, _)| roles.subject_of(sentence, start) != Some(PartyRole::Controller))
            .map(|(_, end)| end)
            .collect()
    };
    let for_others_or_released = |sentence: &Sentence<'_>| {
        !sentence.mentions(&breach_cues::AUTHORITY_OR_SUBJECTS).is_empty()
            || !sentence.mentions(&cues::NOTHING_REQUIRES).is_empty()
    };
    sentences_in(cx, &[ClauseKind::Audit]).any(|sentence| {
        let documents = sentence.matches(&cues::COMPLIANCE_INFORMATION);
        let lead_in = sentence.lead_in_sentence();
        let object_of_verb = made_available_by_processor(&sentence)
            .into_iter()
            .any(|verb_end| documents.iter().any(|&(start, _)| start >= verb_end));
        let item_under_verb = lead_in.as_ref().is_some_and(|lead_in| {
            !documents.is_empty()
                && !for_others_or_released(lead_in)
                && !made_available_by_processor(lead_in).is_empty()
        });
        !for_others_or_released(&sentence) && (object_of_verb || item_under_verb)
    })
}

static INFORMATION_DUTY: Duty = Duty {
    kinds: &[ClauseKind::Audit],
    in_clause: &[
        &[&cues::COMPLIANCE_INFORMATION, &cues::DEMONSTRATE_COMPLIANCE],
        &[&cues::COMPLIANCE_INFORMATION, &cues::CHECK_COMPLIANCE, &cues::COMPLIANCE],
        // The controller's right to the information, also as an item under its right ("The
        // Customer has the right to:" then "- obtain information").
        &[&cues::PERMISSION, &cues::OBTAIN, &cues::COMPLIANCE_INFORMATION],
    ],
    anywhere: &[
        &[&cues::MAKE_AVAILABLE, &cues::COMPLIANCE_INFORMATION, &cues::DEMONSTRATE_COMPLIANCE],
        &[&cues::MAKE_AVAILABLE, &cues::COMPLIANCE_INFORMATION, &cues::CHECK_COMPLIANCE, &cues::COMPLIANCE],
        &[&cues::MAKE_AVAILABLE, &cues::COMPLIANCE_INFORMATION, &cues::FOR_AUDITS],
        &[&cues::MAKE_AVAILABLE, &cues::PROOF, &cues::COMPLIANCE],
    ],
};

static META: RuleMeta = RuleMeta {
    id: "AUDIT-INFO",
    family: Family::Audits,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3)(h)",
    summary: L10n::new(
        "No duty to make available the information needed to demonstrate compliance.",
        "Aucune obligation de mettre à disposition les informations nécessaires pour démontrer le respect des obligations.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for the processor's duty to make available to the controller the information necessary to demonstrate compliance with Art. 28 and the contract (also worded as proof of compliance, or information to confirm or verify it): first in `{audit}` clauses, then anywhere. In an audit clause the controller's right to obtain or request the information states it too (\"The Customer has the right to:\" then \"- obtain information\"); so does the processor making documents or information available there (\"The Provider will supply:\" then \"- its security policies\"), unless they are for an authority or data subjects, the controller is the one supplying them, or the sentence releases from a duty (\"Nothing in this clause shall require the Provider to share…\"); anywhere, so does a duty to answer the controller's requests for information, unless those are requests from data subjects or an authority.",
            "Recherche l'obligation du sous-traitant de mettre à la disposition du responsable du traitement les informations nécessaires pour démontrer le respect de l'art. 28 et du contrat (aussi formulée comme la preuve de ce respect, ou des informations pour le vérifier ou le confirmer) : d'abord dans les clauses `{audit}`, puis dans tout le document. Dans une clause d'audit, le droit du responsable d'obtenir ou de demander les informations l'exprime aussi (« Le Client a le droit : » puis « - d'obtenir toute information ») ; de même le sous-traitant qui y met à disposition des documents ou informations (« Le Prestataire tient à disposition ses politiques de sécurité »), sauf s'ils sont destinés à une autorité ou aux personnes concernées, si c'est le responsable qui les fournit, ou si la phrase dispense d'une obligation (« Rien dans le présent article n'oblige le Prestataire à communiquer… ») ; dans tout le document, l'obligation de répondre à ses demandes d'information l'exprime aussi, sauf s'il s'agit de demandes des personnes concernées ou d'une autorité.",
        ),
        why: L10n::new(
            "Art. 28(3)(h) requires the processor to make available all information necessary to demonstrate compliance. The controller remains accountable for its processor (Art. 5(2), Art. 28(1)): in the OFII case (January 2026) the controller had to answer for a contractor's security without the documents to show what it had checked.",
            "L'art. 28(3)(h) exige que le sous-traitant mette à disposition toutes les informations nécessaires pour démontrer le respect de ses obligations. Le responsable du traitement répond de son sous-traitant (art. 5(2), art. 28(1)) : dans l'affaire OFII (janvier 2026), le responsable a dû répondre de la sécurité d'un prestataire sans les documents montrant ce qu'il avait vérifié.",
        ),
        failing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits conducted by the Customer.\n",
        passing: "# Audits {audit}\nThe Provider shall make available to the Customer all information necessary to demonstrate compliance with Article 28 of the GDPR, and shall allow for and contribute to audits conducted by the Customer.\n",
        companion: None,
    },
};

impl Rule for AuditInfo {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if INFORMATION_DUTY.find(cx).is_some()
            || answers_requests_for_information(cx)
            || makes_documents_available_for_audit(cx)
        {
            return;
        }
        let message = L10n::new(
            "No clause obliges the processor to make available the information needed to demonstrate its compliance. Art. 28(3)(h) requires it: the controller answers for its processor and needs the documents to show what it checked. Add the duty to the audit clause.",
            "Aucune clause n'oblige le sous-traitant à mettre à disposition les informations nécessaires pour démontrer qu'il respecte ses obligations. L'art. 28(3)(h) l'exige : le responsable du traitement répond de son sous-traitant et a besoin des documents pour montrer ce qu'il a vérifié. Ajoutez cette obligation à la clause d'audit.",
        );
        let sentence = L10n::new(
            "The processor shall make available to the controller all information necessary to demonstrate compliance with Article 28 of Regulation (EU) 2016/679 and this agreement, and shall answer the controller's questions on the processing promptly.",
            "Le sous-traitant met à la disposition du responsable du traitement toutes les informations nécessaires pour démontrer le respect de l'article 28 du règlement (UE) 2016/679 et du présent accord, et répond rapidement à ses questions sur le traitement.",
        );
        let fix = fixes::add_to_clause(cx, ClauseKind::Audit, AUDIT_TITLE, sentence);
        report_missing(cx, sink, &META, ClauseKind::Audit, message, fix);
    }
}

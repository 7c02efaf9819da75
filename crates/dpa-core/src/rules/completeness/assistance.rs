//! DSR-ASSIST and ASSIST-DPIA: the processor helps the controller answer data subjects
//! (Art. 28(3)(e)) and with impact assessments and prior consultation (Art. 28(3)(f), Arts. 35–36).

use dpa_lexicon::cues::completeness as cues;

use crate::finding::Severity;
use crate::lang::L10n;
use crate::model::ClauseKind;
use crate::rules::search::{report_missing, Duty};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct DsrAssist;
pub(crate) struct AssistDpia;

/// Forwarding requests alone is not assistance: the processor must help answer them.
static DSR_DUTY: Duty = Duty {
    kinds: &[ClauseKind::DataSubjectRights],
    in_clause: &[&[&cues::ASSIST]],
    anywhere: &[&[&cues::ASSIST, &cues::DATA_SUBJECT_REQUESTS]],
};

static DSR_META: RuleMeta = RuleMeta {
    id: "DSR-ASSIST",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3)(e)",
    summary: L10n::new("No assistance with data-subject requests.", "Aucune assistance pour répondre aux demandes des personnes concernées."),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for the processor's duty to assist the controller in answering requests from data subjects exercising their rights (Chapter III): first in `{data-subject-rights}` clauses, then anywhere. Merely forwarding requests is not assistance.",
            "Recherche l'obligation du sous-traitant d'aider le responsable du traitement à répondre aux demandes des personnes concernées qui exercent leurs droits (chapitre III) : d'abord dans les clauses `{droits-des-personnes}`, puis dans tout le document. Se contenter de transmettre les demandes n'est pas une assistance.",
        ),
        why: L10n::new(
            "Art. 28(3)(e) requires the processor to assist the controller, by appropriate technical and organisational measures, in answering data subjects. The controller has one month to answer (Art. 12(3)) and often cannot reach the data without the processor: without this duty, access and erasure requests go unanswered.",
            "L'art. 28(3)(e) exige que le sous-traitant aide le responsable du traitement, par des mesures techniques et organisationnelles appropriées, à répondre aux personnes concernées. Le responsable a un mois pour répondre (art. 12(3)) et ne peut souvent pas atteindre les données sans le sous-traitant : sans cette obligation, les demandes d'accès et d'effacement restent sans réponse.",
        ),
        failing: "# Data subject requests {data-subject-rights}\nThe Provider shall forward to the Customer any request it receives from a data subject.\n",
        passing: "# Data subject requests {data-subject-rights}\nThe Provider shall assist the Customer by appropriate technical and organisational measures in responding to requests from data subjects to exercise their rights.\n",
        companion: None,
    },
};

impl Rule for DsrAssist {
    fn meta(&self) -> &'static RuleMeta {
        &DSR_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if DSR_DUTY.find(cx).is_some() {
            return;
        }
        let message = L10n::new(
            "No clause obliges the processor to assist the controller in answering data subjects who exercise their rights. Art. 28(3)(e) requires this assistance, by appropriate technical and organisational measures: the controller has one month to answer and often cannot reach the data without the processor. Forwarding requests alone is not enough.",
            "Aucune clause n'oblige le sous-traitant à aider le responsable du traitement à répondre aux personnes concernées qui exercent leurs droits. L'art. 28(3)(e) exige cette assistance, par des mesures techniques et organisationnelles appropriées : le responsable a un mois pour répondre et ne peut souvent pas atteindre les données sans le sous-traitant. La simple transmission des demandes ne suffit pas.",
        );
        let sentence = L10n::new(
            "Taking into account the nature of the processing, the processor shall assist the controller by appropriate technical and organisational measures, insofar as possible, in responding to requests from data subjects exercising their rights under Chapter III of Regulation (EU) 2016/679.",
            "Compte tenu de la nature du traitement, le sous-traitant aide le responsable du traitement, par des mesures techniques et organisationnelles appropriées et dans toute la mesure du possible, à donner suite aux demandes des personnes concernées qui exercent leurs droits prévus au chapitre III du règlement (UE) 2016/679.",
        );
        let fix = fixes::add_to_clause(
            cx,
            ClauseKind::DataSubjectRights,
            L10n::new("Data subject rights", "Droits des personnes concernées"),
            sentence,
        );
        report_missing(cx, sink, &DSR_META, ClauseKind::DataSubjectRights, message, fix);
    }
}

static DPIA_DUTY: Duty = Duty {
    kinds: &[ClauseKind::Assistance],
    in_clause: &[&[&cues::IMPACT_ASSESSMENT], &[&cues::ARTICLES_35_36]],
    anywhere: &[&[&cues::IMPACT_ASSESSMENT, &cues::ASSIST], &[&cues::ARTICLES_35_36, &cues::ASSIST]],
};

static CONSULTATION_DUTY: Duty = Duty {
    kinds: &[ClauseKind::Assistance],
    in_clause: &[&[&cues::PRIOR_CONSULTATION], &[&cues::ARTICLES_35_36]],
    anywhere: &[&[&cues::PRIOR_CONSULTATION, &cues::ASSIST], &[&cues::ARTICLES_35_36, &cues::ASSIST]],
};

static DPIA_META: RuleMeta = RuleMeta {
    id: "ASSIST-DPIA",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3)(f), Arts. 35–36",
    summary: L10n::new(
        "No assistance with data protection impact assessments and prior consultation (Arts. 35–36).",
        "Aucune assistance pour les analyses d'impact et la consultation préalable (art. 35 et 36).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for the processor's duty to assist the controller with data protection impact assessments (Art. 35) and with the prior consultation of the supervisory authority (Art. 36), or with \"Articles 32 to 36\" as a whole: first in `{assistance}` clauses, then anywhere. Reports which of the two is missing.",
            "Recherche l'obligation du sous-traitant d'aider le responsable du traitement pour les analyses d'impact (art. 35) et la consultation préalable de l'autorité de contrôle (art. 36), ou pour les « articles 32 à 36 » dans leur ensemble : d'abord dans les clauses `{assistance}`, puis dans tout le document. Indique lequel des deux manque.",
        ),
        why: L10n::new(
            "Art. 28(3)(f) requires the processor to assist the controller with its obligations under Arts. 32 to 36. An impact assessment of processing done by a contractor needs the contractor's facts (systems, locations, measures); for high-risk processing such as the immigration data of the OFII case (January 2026), the controller cannot complete it alone.",
            "L'art. 28(3)(f) exige que le sous-traitant aide le responsable du traitement à respecter ses obligations des articles 32 à 36. L'analyse d'impact d'un traitement confié à un prestataire demande les informations du prestataire (systèmes, lieux, mesures) ; pour un traitement à haut risque comme les données d'immigration de l'affaire OFII (janvier 2026), le responsable ne peut pas la mener seul.",
        ),
        failing: "# Assistance {assistance}\nThe Provider shall assist the Customer in ensuring the security of the processing.\n",
        passing: "# Assistance {assistance}\nThe Provider shall assist the Customer with data protection impact assessments and the prior consultation of the supervisory authority under Articles 35 and 36 of the GDPR.\n",
        companion: None,
    },
};

impl Rule for AssistDpia {
    fn meta(&self) -> &'static RuleMeta {
        &DPIA_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let dpia = DPIA_DUTY.find(cx).is_some();
        let consultation = CONSULTATION_DUTY.find(cx).is_some();
        let message = match (dpia, consultation) {
            (true, true) => return,
            (true, false) => L10n::new(
                "The processor assists with impact assessments but not with the prior consultation of the supervisory authority. Art. 28(3)(f) requires assistance with the obligations of Arts. 32 to 36, and Art. 36 consultation follows an assessment that shows a high residual risk. Add the prior consultation.",
                "Le sous-traitant aide pour les analyses d'impact mais pas pour la consultation préalable de l'autorité de contrôle. L'art. 28(3)(f) exige une assistance pour les obligations des articles 32 à 36, et la consultation de l'art. 36 suit une analyse qui révèle un risque résiduel élevé. Ajoutez la consultation préalable.",
            ),
            (false, true) => L10n::new(
                "The processor assists with the prior consultation of the supervisory authority but not with data protection impact assessments. Art. 28(3)(f) requires assistance with the obligations of Arts. 32 to 36, and the assessment (Art. 35) needs the processor's facts. Add the impact assessments.",
                "Le sous-traitant aide pour la consultation préalable de l'autorité de contrôle mais pas pour les analyses d'impact. L'art. 28(3)(f) exige une assistance pour les obligations des articles 32 à 36, et l'analyse d'impact (art. 35) a besoin des informations du sous-traitant. Ajoutez les analyses d'impact.",
            ),
            (false, false) => L10n::new(
                "No clause obliges the processor to assist the controller with data protection impact assessments and the prior consultation of the supervisory authority. Art. 28(3)(f) requires assistance with the obligations of Arts. 32 to 36; an assessment of processing done by a contractor needs the contractor's facts.",
                "Aucune clause n'oblige le sous-traitant à aider le responsable du traitement pour les analyses d'impact et la consultation préalable de l'autorité de contrôle. L'art. 28(3)(f) exige une assistance pour les obligations des articles 32 à 36 ; l'analyse d'un traitement confié à un prestataire a besoin des informations du prestataire.",
            ),
        };
        let sentence = L10n::new(
            "Taking into account the nature of the processing and the information available to it, the processor shall assist the controller in carrying out data protection impact assessments and, where required, the prior consultation of the supervisory authority under Articles 35 and 36 of Regulation (EU) 2016/679.",
            "Compte tenu de la nature du traitement et des informations à sa disposition, le sous-traitant aide le responsable du traitement à réaliser les analyses d'impact relatives à la protection des données et, le cas échéant, la consultation préalable de l'autorité de contrôle prévues aux articles 35 et 36 du règlement (UE) 2016/679.",
        );
        let fix = fixes::add_to_clause(cx, ClauseKind::Assistance, L10n::new("Assistance", "Assistance"), sentence);
        report_missing(cx, sink, &DPIA_META, ClauseKind::Assistance, message, fix);
    }
}

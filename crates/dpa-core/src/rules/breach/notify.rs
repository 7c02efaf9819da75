use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::FactName;
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{
    breach_clause_heading, clause_inferred, inference_note, notice_sentences, BREACH_CLAUSE, CLAUSE_TITLE,
    TAG_THE_CLAUSE,
};

pub(crate) struct BreachNotifyController;

static META: RuleMeta = RuleMeta {
    id: "BREACH-NOTIFY-CONTROLLER",
    family: Family::Breach,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 33(2), Art. 28(3)(f)",
    summary: L10n::new(
        "No duty for the processor to notify the controller of personal data breaches.",
        "Aucune obligation pour le sous-traitant de notifier au responsable du traitement les violations de données.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for a clause by which the processor notifies the controller of any personal data breach: a `breach-notice` fact, or a sentence in which the processor notifies, informs or alerts the controller of a breach (not one where it only assists the controller, and not a sub-processor's duty towards the processor; its own notice after its help counts: \"assists the Customer with requests and notifies it of any breach\", where \"assist the Customer to investigate and notify the breach\" is help).",
            "Recherche une clause par laquelle le sous-traitant notifie au responsable du traitement toute violation de données à caractère personnel : un fait `délai-violation`, ou une phrase où le sous-traitant notifie, informe ou alerte le responsable d'une violation (pas une phrase où il ne fait qu'aider le responsable, ni l'obligation d'un sous-traitant ultérieur envers lui ; sa propre notification après son aide compte : « aide le Client à répondre aux demandes et lui notifie toute violation », alors que « aide le Client à analyser et notifier la violation » est une aide).",
        ),
        why: L10n::new(
            "Art. 33(2) GDPR obliges the processor to notify the controller without undue delay after becoming aware of a breach, and the controller has only 72 hours to notify the supervisory authority (Art. 33(1)). In the OFII leak of January 2026 the data came from a training contractor: without this clause the controller learns of a breach from the press, not from its processor.",
            "L'art. 33(2) du RGPD oblige le sous-traitant à notifier la violation au responsable du traitement dans les meilleurs délais après en avoir pris connaissance, et le responsable n'a que 72 heures pour notifier l'autorité de contrôle (art. 33(1)). Dans la fuite de l'OFII de janvier 2026, les données venaient d'un prestataire de formation : sans cette clause, le responsable apprend la violation par la presse et non par son sous-traitant.",
        ),
        failing: "# Security incidents {breach-notification}\nThe Provider maintains an incident response plan and investigates security incidents.\n",
        passing: "# Security incidents {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within [[breach-notice: 48 hours]] after becoming aware of it.\n",
        companion: None,
    },
};

const MODEL_CLAUSE: L10n = L10n::new(
    "The Processor shall notify the Controller of any personal data breach affecting the Controller's personal data without undue delay and in any event within [[breach-notice: 48 hours]] after becoming aware of it.",
    "Le Sous-traitant notifie au Responsable du traitement toute violation de données à caractère personnel concernant ses données dans les meilleurs délais et au plus tard dans un délai de [[délai-violation : 48 heures]] après en avoir pris connaissance.",
);

const MODEL_CLAUSE_PLAIN: L10n = L10n::new(
    "The Processor shall notify the Controller of any personal data breach affecting the Controller's personal data without undue delay and in any event within 48 hours after becoming aware of it.",
    "Le Sous-traitant notifie au Responsable du traitement toute violation de données à caractère personnel concernant ses données dans les meilleurs délais et au plus tard dans un délai de 48 heures après en avoir pris connaissance.",
);

impl Rule for BreachNotifyController {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if cx.doc.facts_named(FactName::BreachNotice).next().is_some() || !notice_sentences(cx).is_empty() {
            return;
        }
        let heading = breach_clause_heading(cx);
        let message = match heading {
            Some(_) => Message::new(
                "The breach clause never obliges the processor to notify the controller of a personal data breach. Art. 33(2) GDPR requires it, and the controller needs the notice to meet its own 72-hour deadline towards the supervisory authority (Art. 33(1)). Add: “The Processor shall notify the Controller of any personal data breach without undue delay and in any event within 48 hours after becoming aware of it.”",
                "La clause sur les violations n'oblige jamais le sous-traitant à notifier au responsable du traitement une violation de données. L'art. 33(2) du RGPD l'exige, et le responsable a besoin de cette notification pour respecter son propre délai de 72 heures envers l'autorité de contrôle (art. 33(1)). Ajoutez : « Le Sous-traitant notifie au Responsable du traitement toute violation de données à caractère personnel dans les meilleurs délais et au plus tard dans un délai de 48 heures après en avoir pris connaissance. »",
            ),
            None => Message::new(
                "No clause obliges the processor to notify the controller of a personal data breach. Art. 33(2) GDPR requires it, and the controller needs the notice to meet its own 72-hour deadline towards the supervisory authority (Art. 33(1)). Add a breach clause: “The Processor shall notify the Controller of any personal data breach without undue delay and in any event within 48 hours after becoming aware of it.”",
                "Aucune clause n'oblige le sous-traitant à notifier au responsable du traitement une violation de données. L'art. 33(2) du RGPD l'exige, et le responsable a besoin de cette notification pour respecter son propre délai de 72 heures envers l'autorité de contrôle (art. 33(1)). Ajoutez une clause sur les violations : « Le Sous-traitant notifie au Responsable du traitement toute violation de données à caractère personnel dans les meilleurs délais et au plus tard dans un délai de 48 heures après en avoir pris connaissance. »",
            ),
        };
        let inferred = clause_inferred(cx);
        let fix = fixes::add_to_clause(
            cx,
            BREACH_CLAUSE,
            CLAUSE_TITLE,
            if cx.doc.prose { MODEL_CLAUSE_PLAIN } else { MODEL_CLAUSE },
        );
        sink.report(
            cx,
            &META,
            heading.unwrap_or_else(|| cx.missing_span()),
            inference_note(message, inferred, TAG_THE_CLAUSE),
        )
        .inferred(inferred)
        .with_fix(fix);
    }
}

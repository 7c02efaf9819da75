//! AUDIT-RIGHT, AUDIT-INSPECTION and AUDIT-REPORTS-ONLY: the controller (or an auditor it
//! mandates) may audit, including by inspections, and reports do not replace that right.

use dpa_lexicon::cues::audits as cues;

use super::{AuditReading, AUDIT_TITLE, TAG_THE_CLAUSE};
use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::ClauseKind;
use crate::rules::query::inference_note;
use crate::rules::search::{missing_target, with_certainty_hint, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct AuditRight;
pub(crate) struct AuditInspection;
pub(crate) struct AuditReportsOnly;

const RIGHT_SENTENCE: L10n = L10n::new(
    "The processor shall allow for and contribute to audits, including inspections at its premises, conducted by the controller or by another auditor mandated by the controller.",
    "Le sous-traitant permet la réalisation d'audits, y compris d'inspections dans ses locaux, par le responsable du traitement ou un autre auditeur qu'il a mandaté, et contribue à ces audits.",
);

static RIGHT_META: RuleMeta = RuleMeta {
    id: "AUDIT-RIGHT",
    family: Family::Audits,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3)(h)",
    summary: L10n::new("No audit right for the controller or an auditor it mandates.", "Aucun droit d'audit pour le responsable du traitement ou un auditeur qu'il mandate."),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for a sentence that lets the controller, or an auditor it mandates, audit the processor: the processor allows for and contributes to audits or takes part in the controller's audits (\"take part in the Customer's audits\", « participer aux audits du Client »; not audits of someone else, \"takes part in industry certification audits\"), the controller may audit, or audits are conducted by the controller or its auditor, also as an item of a list the controller's right introduces (\"The Customer has the right to:\" then \"- carry out an on-site audit\"), or the controller carries out audits as its own activity (\"monitors the processing, including by carrying out audits\"). Audits \"fully satisfied by\" reports (also at the processor's option, \"may satisfy any audit request by supplying its certificate\"), reviews left to the processor's discretion, and reports or audits offered by the processor as alternatives (\"will provide audit reports or permit audits\"), which it may always settle with reports, are not an audit right.",
            "Recherche une phrase qui permet au responsable du traitement, ou à un auditeur qu'il mandate, d'auditer le sous-traitant : le sous-traitant permet les audits et y contribue ou participe aux audits du responsable (« participer aux audits du Client » ; non à ceux d'un tiers, « participe aux audits de certification de son secteur »), le responsable peut auditer, ou les audits sont réalisés par le responsable ou son auditeur, y compris dans une liste qu'annonce le droit du responsable (« Le Client a le droit de : » puis « - effectuer un audit sur site »), ou le responsable réalise lui-même des audits (« supervise le traitement, notamment en procédant à des audits »). Des audits « satisfaits par » des rapports, une revue laissée à la discrétion du sous-traitant, ou des rapports ou un audit que le sous-traitant offre au choix (« fournit ses rapports d'audit ou permet un audit »), qu'il peut toujours réduire aux rapports, ne sont pas un droit d'audit.",
        ),
        why: L10n::new(
            "Art. 28(3)(h) requires the processor to allow for and contribute to audits, including inspections, conducted by the controller or another auditor it mandates. Reports chosen and summarised by the processor show what the processor wants shown; after the OFII leak (January 2026) the controller announced it would strengthen its checks on contractors, which needs a right to audit them.",
            "L'art. 28(3)(h) exige que le sous-traitant permette la réalisation d'audits, y compris d'inspections, par le responsable du traitement ou un autre auditeur qu'il a mandaté, et y contribue. Des rapports choisis et résumés par le sous-traitant montrent ce qu'il veut bien montrer ; après la fuite de l'OFII (janvier 2026), le responsable a annoncé renforcer ses contrôles sur ses prestataires, ce qui suppose un droit de les auditer.",
        ),
        failing: "# Audits {audit}\nThe Customer agrees that its audit rights are fully satisfied by the Provider's SOC 2 Type II report.\n",
        passing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits, including inspections, conducted by the Customer or another auditor mandated by the Customer.\n",
        companion: None,
    },
};

impl Rule for AuditRight {
    fn meta(&self) -> &'static RuleMeta {
        &RIGHT_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = AuditReading::of(cx);
        if reading.right().is_some() {
            return;
        }
        let fix = fixes::add_to_clause(cx, ClauseKind::Audit, AUDIT_TITLE, RIGHT_SENTENCE);
        if let Some(replacement) = reading.replacement() {
            let message = Message::new(
                "Audits are replaced by reports: the controller has no right to audit the processor itself or through an auditor it mandates. Art. 28(3)(h) requires the processor to allow for and contribute to audits, including inspections, by the controller or its auditor; reports may come in addition, not instead.",
                "Les audits sont remplacés par des rapports : le responsable du traitement n'a aucun droit d'auditer lui-même le sous-traitant ou par un auditeur qu'il mandate. L'art. 28(3)(h) exige que le sous-traitant permette les audits, y compris les inspections, du responsable ou de son auditeur ; les rapports peuvent s'y ajouter, pas s'y substituer.",
            );
            let inferred = replacement.inferred(cx);
            let message = inference_note(message, inferred, TAG_THE_CLAUSE);
            sink.report(cx, &RIGHT_META, replacement.span(), message).with_fix(fix).inferred(inferred);
            return;
        }
        let (span, inferred, _) = missing_target(cx, ClauseKind::Audit);
        let message = Message::new(
            "No clause lets the controller, or an auditor it mandates, audit the processor. Art. 28(3)(h) requires the processor to allow for and contribute to audits, including inspections: without that right the controller cannot check what it answers for.",
            "Aucune clause ne permet au responsable du traitement, ou à un auditeur qu'il mandate, d'auditer le sous-traitant. L'art. 28(3)(h) exige que le sous-traitant permette les audits, y compris les inspections, et y contribue : sans ce droit, le responsable ne peut pas vérifier ce dont il répond.",
        );
        let message = with_certainty_hint(message, ClauseKind::Audit, inferred);
        sink.report(cx, &RIGHT_META, span, message).with_fix(fix).inferred(inferred);
    }
}

static INSPECTION_META: RuleMeta = RuleMeta {
    id: "AUDIT-INSPECTION",
    family: Family::Audits,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: true,
    citation: "GDPR Art. 28(3)(h)",
    summary: L10n::new("On-site inspections are excluded entirely.", "Les inspections sur place sont entièrement exclues."),
    doc: RuleDoc {
        what: L10n::new(
            "Reports a sentence that excludes on-site audits or inspections (\"On-site inspections are excluded\", \"does not permit … on-site audits\", \"renonce à toute inspection\") when no exception keeps them for some cases and no other sentence grants them. A warning, an error under high risk.",
            "Signale une phrase qui exclut les audits sur site ou les inspections (« les inspections sur place sont exclues », « renonce à toute inspection », \"does not permit … on-site audits\") lorsqu'aucune exception ne les maintient dans certains cas et qu'aucune autre phrase ne les accorde. Avertissement, erreur en cas de risque élevé.",
        ),
        why: L10n::new(
            "Art. 28(3)(h) names inspections among the audits the processor must allow. Access control, logging and the handling of paper files can only be seen on site; when the data is high risk, such as the immigration records a training contractor held in the OFII case (January 2026), excluding inspections leaves the controller blind.",
            "L'art. 28(3)(h) cite les inspections parmi les audits que le sous-traitant doit permettre. Le contrôle d'accès, la journalisation ou la gestion des dossiers papier ne se constatent que sur place ; quand les données sont à haut risque, comme les dossiers d'immigration détenus par un prestataire de formation dans l'affaire OFII (janvier 2026), exclure les inspections rend le responsable aveugle.",
        ),
        failing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits conducted by the Customer. On-site inspections of the Provider's premises are excluded.\n",
        passing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits, including on-site inspections of its premises, conducted by the Customer.\n",
        companion: None,
    },
};

impl Rule for AuditInspection {
    fn meta(&self) -> &'static RuleMeta {
        &INSPECTION_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = AuditReading::of(cx);
        let excludes = |sentence: &&Sentence<'_>| {
            !sentence.mentions(&cues::ON_SITE).is_empty()
                && sentence.states(&cues::EXCLUSION)
                && !sentence.states(&cues::EXCEPTION)
        };
        let Some(exclusion) = reading.sentences.iter().find(excludes) else { return };
        let granted = reading.sentences.iter().any(|sentence| {
            sentence.range != exclusion.range && sentence.states(&cues::ON_SITE) && reading.grants_audit(sentence)
        });
        if granted {
            return;
        }
        let message = Message::new(
            "This sentence excludes on-site audits and inspections entirely. Art. 28(3)(h) requires the processor to allow audits \"including inspections\" by the controller or its auditor; keep at least inspections on reasonable notice and after a personal data breach.",
            "Cette phrase exclut entièrement les audits sur site et les inspections. L'art. 28(3)(h) exige que le sous-traitant permette les audits « y compris des inspections » par le responsable du traitement ou son auditeur ; maintenez au moins les inspections moyennant un préavis raisonnable et après une violation de données.",
        );
        let replacement = L10n::new(
            "The controller, or an auditor it mandates, may inspect the premises and facilities used for the processing on reasonable notice, and on short notice after a personal data breach.",
            "Le responsable du traitement, ou un auditeur qu'il mandate, peut inspecter les locaux et installations utilisés pour le traitement moyennant un préavis raisonnable, et à bref délai après une violation de données à caractère personnel.",
        );
        let fix = fixes::replace(
            exclusion.span(),
            replacement.get(cx.doc_lang()),
            Message::new("Allow inspections", "Permettre les inspections"),
        );
        let inferred = exclusion.inferred(cx);
        let message = inference_note(message, inferred, TAG_THE_CLAUSE);
        sink.report(cx, &INSPECTION_META, exclusion.span(), message).with_fix(fix).inferred(inferred);
    }
}

static REPORTS_ONLY_META: RuleMeta = RuleMeta {
    id: "AUDIT-REPORTS-ONLY",
    family: Family::Audits,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 28(3)(h)",
    summary: L10n::new(
        "Audits are replaced by certificates or reports, with no escalation to a real audit.",
        "Les audits sont remplacés par des certificats ou des rapports, sans possibilité de passer à un véritable audit.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reports reports or certificates offered instead of audits (\"audit rights are fully satisfied by the SOC 2 report\", \"tiennent lieu d'audit\"), also at the processor's option (\"the Provider may satisfy any audit request by supplying its ISO 27001 certificate\", \"may, at its discretion, instead provide a recent audit report\"), or as the only content of an audit clause, when nothing lets the controller go on to an audit of its own. Reports first and an audit if they are not enough is fine.",
            "Signale des rapports ou certificats proposés à la place des audits (« tiennent lieu d'audit », \"audit rights are fully satisfied by the SOC 2 report\"), y compris au choix du sous-traitant (« le Prestataire peut satisfaire à toute demande d'audit en remettant son certificat ISO 27001 », « peut, à sa discrétion, fournir à la place un rapport d'audit récent »), ou comme seul contenu d'une clause d'audit, lorsque rien ne permet au responsable du traitement de passer à un audit qui lui soit propre. D'abord les rapports, puis un audit s'ils ne suffisent pas : cela convient.",
        ),
        why: L10n::new(
            "Certificates and reports may be taken into account (SCC 2021/915, cl. 7.6(c)) but cannot replace the audits Art. 28(3)(h) guarantees: their scope, period and sampling are chosen by the processor and its auditor, not by the controller who answers for the processing.",
            "Certifications et rapports peuvent être pris en compte (clauses types 2021/915, cl. 7.6(c)) mais ne remplacent pas les audits que garantit l'art. 28(3)(h) : leur périmètre, leur période et leurs échantillons sont choisis par le sous-traitant et son auditeur, pas par le responsable du traitement qui répond du traitement.",
        ),
        failing: "# Audits {audit}\nThe Customer agrees that its audit rights are fully satisfied by the Provider's SOC 2 Type II report.\n",
        passing: "# Audits {audit}\nThe Customer shall first review the Provider's SOC 2 Type II report to satisfy its audit needs. If the report is not sufficient, the Customer or an auditor it mandates may conduct an audit.\n",
        companion: None,
    },
};

impl Rule for AuditReportsOnly {
    fn meta(&self) -> &'static RuleMeta {
        &REPORTS_ONLY_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = AuditReading::of(cx);
        if reading.right().is_some() {
            return;
        }
        let offered_instead = reading.replacement().or_else(|| {
            reading.sentences.iter().find(|sentence| {
                sentence.clause(cx).is_some_and(|c| c.is(ClauseKind::Audit)) && sentence.states(&cues::REPORTS)
            })
        });
        let Some(sentence) = offered_instead else { return };
        let message = Message::new(
            "Reports or certificates stand in for audits here, and nothing lets the controller go on to an audit of its own when they are not enough. Art. 28(3)(h) requires audits by the controller or its auditor; reports may be a first step, with a right to audit if they do not answer the controller's questions.",
            "Des rapports ou certificats tiennent lieu d'audit, et rien ne permet au responsable du traitement de passer à un audit qui lui soit propre lorsqu'ils ne suffisent pas. L'art. 28(3)(h) exige des audits par le responsable ou son auditeur ; les rapports peuvent être une première étape, avec un droit d'audit s'ils ne répondent pas à ses questions.",
        );
        let escalation = L10n::new(
            "Where the reports do not answer the controller's questions, the controller or an auditor it mandates may conduct an audit, including an inspection, which the processor shall allow for and contribute to.",
            "Lorsque les rapports ne répondent pas aux questions du responsable du traitement, celui-ci ou un auditeur qu'il mandate peut réaliser un audit, y compris une inspection, que le sous-traitant permet et auquel il contribue.",
        );
        let fix = fixes::add_to_clause(cx, ClauseKind::Audit, AUDIT_TITLE, escalation);
        let inferred = sentence.inferred(cx);
        let message = inference_note(message, inferred, TAG_THE_CLAUSE);
        sink.report(cx, &REPORTS_ONLY_META, sentence.span(), message).with_fix(fix).inferred(inferred);
    }
}

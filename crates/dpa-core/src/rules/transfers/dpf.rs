//! XFER-DPF-CHECK: a US recipient relying on the EU-US Data Privacy Framework is covered only if
//! it is certified, and only for the data its certification covers; the list changes, so the
//! reminder is to check it at signature. A reasoned suppression records that check.

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::query::inference_note;
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};
use crate::values::MechanismKind;

use super::{once_per_row, recipients, stated_mechanisms, TAG_THE_RECIPIENT};

pub(crate) struct XferDpfCheck;

static META: RuleMeta = RuleMeta {
    id: "XFER-DPF-CHECK",
    family: Family::Transfers,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: false,
    citation: "GDPR Art. 45; Commission Implementing Decision (EU) 2023/1795",
    summary: L10n::new(
        "A US recipient relies on the EU-US Data Privacy Framework: only certified organisations are covered.",
        "Un destinataire américain s'appuie sur le cadre de protection des données UE-États-Unis : seules les organisations certifiées sont couvertes.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reports each recipient in the United States whose mechanism is the EU-US Data Privacy Framework (or \"adequacy\", which for the United States means the Framework), as a reminder to check its certification on the official list at signature. Once checked, record it with a suppression giving the date and what was seen. With no such recipient, a transfer clause naming the Framework as a safeguard (\"the EU-US Data Privacy Framework, where the recipient is certified\") gets the same reminder.",
            "Signale chaque destinataire situé aux États-Unis dont le mécanisme est le cadre de protection des données UE-États-Unis (ou « adéquation », qui pour les États-Unis désigne ce cadre), pour rappeler de vérifier sa certification sur la liste officielle à la signature. Une fois vérifiée, consignez-la par une suppression indiquant la date et ce qui a été constaté. Sans un tel destinataire, une clause de transferts qui cite le cadre comme garantie (« le Data Privacy Framework, lorsque le destinataire y est certifié ») reçoit le même rappel.",
        ),
        why: L10n::new(
            "The adequacy decision of 10 July 2023 (Decision (EU) 2023/1795) covers only US organisations that have self-certified under the Framework, for the kinds of data (HR, non-HR) their certification names; a certification can lapse or be withdrawn, and the decision itself can be annulled as its two predecessors were (Safe Harbor, Privacy Shield). Naming the Framework does not make an uncertified recipient safe.",
            "La décision d'adéquation du 10 juillet 2023 (décision (UE) 2023/1795) ne couvre que les organisations américaines auto-certifiées au titre du cadre, pour les catégories de données (RH, non RH) visées par leur certification ; une certification peut expirer ou être retirée, et la décision elle-même peut être annulée comme ses deux devancières (Safe Harbor, Privacy Shield). Nommer le cadre ne protège pas un destinataire non certifié.",
        ),
        failing: "# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Ticketwise Inc. | US | Support ticketing | EU-US Data Privacy Framework |\n",
        passing: "# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Ticketwise Inc. | US | Support ticketing | SCC 2021/914 Module 3, TIA dated 2026-02-10 |\n",
        companion: None,
    },
};

impl Rule for XferDpfCheck {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let all = recipients(cx);
        let relying = once_per_row(&all, |recipient| {
            recipient.is_us() && recipient.has(|kind| matches!(kind, MechanismKind::Dpf | MechanismKind::Adequacy))
        });
        if relying.is_empty() {
            return report_clause(cx, sink);
        }
        for recipient in relying {
            let who = recipient.who();
            let (fallback_en, fallback_fr) = if recipient.has(|kind| matches!(kind, MechanismKind::Scc { .. })) {
                (
                    "The standard contractual clauses named with it remain the fallback.",
                    "Les clauses contractuelles types mentionnées avec lui restent la solution de repli.",
                )
            } else {
                (
                    "Provide for standard contractual clauses should the certification lapse or the Framework be annulled.",
                    "Prévoyez des clauses contractuelles types pour le cas où la certification expirerait ou le cadre serait annulé.",
                )
            };
            let message = Message::new(
                format!("{} relies on the EU-US Data Privacy Framework, which covers only certified organisations, for the data their certification names (Decision (EU) 2023/1795). Check its entry on the official Data Privacy Framework list at signature: active, covering the data concerned. {fallback_en} Once checked, record it with a suppression giving the date.", who.en),
                format!("{} s'appuie sur le cadre de protection des données UE-États-Unis, qui ne couvre que les organisations certifiées, pour les données visées par leur certification (décision (UE) 2023/1795). Vérifiez son inscription sur la liste officielle du cadre à la signature : active, couvrant les données concernées. {fallback_fr} Une fois vérifiée, consignez-la par une suppression indiquant la date.", who.fr),
            );
            let message = inference_note(message, recipient.inferred, TAG_THE_RECIPIENT);
            sink.report(cx, &META, recipient.point(), message).inferred(recipient.inferred);
        }
    }
}

/// With no recipient relying on it, a transfer clause that names the Framework as a mechanism
/// ("EU-US Data Privacy Framework where the sub-processor is certified") still relies on each US
/// recipient's certification.
fn report_clause(cx: &Context<'_>, sink: &mut Sink) {
    let stated = stated_mechanisms(cx);
    let Some(stated) = stated.iter().find(|stated| stated.mechanism.kinds.contains(&MechanismKind::Dpf)) else {
        return;
    };
    let message = Message::new(
        "The transfer clause relies on the EU-US Data Privacy Framework, which covers only certified organisations, for the data their certification names (Decision (EU) 2023/1795). Check each US recipient's entry on the official Data Privacy Framework list at signature: active, covering the data concerned, and name the recipients that rely on it. Once checked, record it with a suppression giving the date.",
        "La clause de transferts s'appuie sur le cadre de protection des données UE-États-Unis, qui ne couvre que les organisations certifiées, pour les données visées par leur certification (décision (UE) 2023/1795). Vérifiez l'inscription de chaque destinataire américain sur la liste officielle du cadre à la signature : active, couvrant les données concernées, et nommez les destinataires qui s'en prévalent. Une fois vérifiée, consignez-la par une suppression indiquant la date.",
    );
    let message = inference_note(message, stated.inferred, TAG_THE_RECIPIENT);
    sink.report(cx, &META, stated.span, message).inferred(stated.inferred);
}

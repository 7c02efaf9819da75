//! XFER-TIA: standard contractual clauses relied on for a country without adequacy call for a
//! transfer impact assessment (Clause 14 of the 2021/914 clauses). A mention in the transfer
//! clauses ("the Provider has carried out a transfer impact assessment") covers every transfer;
//! one in a row's mechanism cell ("SCC 2021/914 Module 3, TIA dated 2026-01-20") covers that row.
//! A US recipient that also relies on the Data Privacy Framework transfers under the Framework;
//! its clauses are a fallback and are not judged here, unless the Framework is relied on only
//! "where certified" or the clauses are named as its fallback ("where the Framework does not
//! apply", "DPF and/or SCCs", « à défaut »), which leaves the clauses carrying the transfer to
//! whoever the Framework does not cover.

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::query::inference_note;
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};
use crate::values::MechanismKind;

use super::{
    anywhere_clause, destination_named_elsewhere, once_per_row, recipients, stated_mechanisms, states_no_transfer,
    text_mentions_tia, Recipient, Stated, TAG_THE_RECIPIENT,
};

pub(crate) struct XferTia;

static META: RuleMeta = RuleMeta {
    id: "XFER-TIA",
    family: Family::Transfers,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: false,
    citation: "GDPR Art. 46(1); Decision (EU) 2021/914, Clause 14",
    summary: L10n::new(
        "Standard contractual clauses are relied on for a country without adequacy, and no transfer impact assessment is mentioned.",
        "Des clauses contractuelles types sont invoquées pour un pays sans décision d'adéquation, sans mention d'une analyse d'impact des transferts.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "For each recipient in a country without an adequacy decision whose mechanism is the standard contractual clauses, looks for a transfer impact assessment: in its row (\"TIA dated …\", \"AIT du …\"), in a `transfer-mechanism` fact, or anywhere in the text (\"transfer impact assessment\", \"analyse d'impact des transferts\", \"AIT\"). A US recipient also covered by the Data Privacy Framework is reported only when the Framework is relied on \"where certified\" or the clauses are named as its fallback (\"where the Framework does not apply\", \"and/or\"). Reports the recipients with none. With no such recipient, a clause relying on the clauses for countries without adequacy or for transfers outside the EEA as a class with no other mechanism offered (\"where data is transferred outside the EEA, the SCCs apply\", not \"the SCCs or equivalent\", nor when the document says no transfer takes place and the clauses are for a later one), or anywhere while another clause says the data may be processed in such a country (\"processed outside the EU, for instance in India\"), is reported once.",
            "Pour chaque destinataire situé dans un pays sans décision d'adéquation dont le mécanisme est celui des clauses contractuelles types, recherche une analyse d'impact des transferts : dans sa ligne (« AIT du … », \"TIA dated …\"), dans un fait `mécanisme-transfert`, ou n'importe où dans le texte (« analyse d'impact des transferts », « AIT », \"transfer impact assessment\"). Un destinataire américain également couvert par le Data Privacy Framework n'est signalé que si le Framework n'est invoqué que « pour les entités certifiées » ou si les clauses en sont le repli (« à défaut », « et/ou »). Signale les destinataires qui n'en ont pas. Sans un tel destinataire, une clause qui invoque les clauses pour les pays sans adéquation ou pour les transferts hors de l'EEE en général sans autre mécanisme proposé (« en cas de transfert hors de l'EEE, les CCT s'appliquent », non « les CCT ou tout mécanisme équivalent », ni lorsque le document indique qu'aucun transfert n'a lieu et que les clauses visent un transfert futur), ou qui les invoque alors qu'une autre clause prévoit un traitement dans un tel pays (« traitées en dehors de l'Union, par exemple en Inde »), est signalée une fois.",
        ),
        why: L10n::new(
            "Clause 14 of the standard contractual clauses makes the parties warrant that they have no reason to believe the destination's laws and practices prevent the importer from complying, on the basis of a documented assessment; the CJEU's Schrems II judgment (C-311/18) and EDPB Recommendations 01/2020 require supplementary measures where that assessment finds gaps. Clauses signed without it do not by themselves make the transfer lawful.",
            "La clause 14 des clauses contractuelles types fait garantir aux parties qu'elles n'ont aucune raison de croire que la législation et les pratiques du pays de destination empêchent l'importateur de respecter ses obligations, sur la base d'une évaluation documentée ; l'arrêt Schrems II de la CJUE (C-311/18) et les recommandations 01/2020 du CEPD exigent des mesures supplémentaires lorsque cette évaluation révèle des lacunes. Des clauses signées sans elle ne rendent pas, à elles seules, le transfert licite.",
        ),
        failing: "# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Kaveri Support Services Pvt Ltd | IN | Level-1 support | SCC 2021/914 Module 3 |\n",
        passing: "# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Kaveri Support Services Pvt Ltd | IN | Level-1 support | SCC 2021/914 Module 3, TIA dated 2026-01-20 |\n",
        companion: None,
    },
};

impl Rule for XferTia {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if text_mentions_tia(cx) {
            return;
        }
        let all = recipients(cx);
        let without_assessment = once_per_row(&all, |recipient| {
            recipient.needs_mechanism(cx.today)
                && (recipient.repealed || recipient.has(|kind| matches!(kind, MechanismKind::Scc { .. })))
                && (!recipient.has(|kind| *kind == MechanismKind::Dpf) || recipient.dpf_if_certified)
                && !recipient.mechanism.as_ref().is_some_and(|mechanism| mechanism.tia)
        });
        if without_assessment.is_empty() {
            return report_for_any_country(cx, sink, &all);
        }
        for recipient in without_assessment {
            let (who, no_adequacy) = (recipient.who(), recipient.no_adequacy());
            let message = Message::new(
                format!("{} relies on the standard contractual clauses and {}, but no transfer impact assessment is mentioned. Clause 14 of the clauses (Decision (EU) 2021/914) requires the parties to assess the destination's laws and practices, and EDPB Recommendations 01/2020 the supplementary measures that assessment calls for. Record it, for example “SCC 2021/914 Module 3, TIA dated 2026-01-20”.", who.en, no_adequacy.en),
                format!("{} s'appuie sur les clauses contractuelles types et {}, mais aucune analyse d'impact des transferts n'est mentionnée. La clause 14 des clauses (décision (UE) 2021/914) impose aux parties d'évaluer la législation et les pratiques du pays de destination, et les recommandations 01/2020 du CEPD les mesures supplémentaires que cette évaluation appelle. Mentionnez-la, par exemple « CCT 2021/914 module 3, AIT du 20/01/2026 ».", who.fr, no_adequacy.fr),
            );
            let message = inference_note(message, recipient.inferred, TAG_THE_RECIPIENT);
            sink.report(cx, &META, recipient.point(), message).inferred(recipient.inferred);
        }
    }
}

/// With no recipient named, a transfer clause that relies on the clauses for countries without
/// adequacy as a class ("to a country not recognised as providing an adequate level of
/// protection"), for transfers outside the EEA as a class with no other mechanism beside them
/// ("Where data is transferred outside the EEA, the SCCs apply": they then carry every transfer
/// to a country without adequacy; "an adequacy decision, the SCCs or another valid mechanism"
/// only promises some safeguard), or
/// alongside a permission to transfer anywhere still calls for the assessment,
/// and so does any clause relying on them when another part of the document names a destination
/// without adequacy ("Customer Data may be processed … such as in the United States", in the
/// sub-processor clause, while the clauses are in the transfer clause).
fn report_for_any_country(cx: &Context<'_>, sink: &mut Sink, recipients: &[Recipient<'_>]) {
    let anywhere = anywhere_clause(cx).is_some();
    let stated = stated_mechanisms(cx);
    let stated_all = stated.as_slice();
    let relies_on_clauses = |stated: &&Stated| {
        !stated.mechanism.tia && stated.mechanism.kinds.iter().any(|kind| matches!(kind, MechanismKind::Scc { .. }))
    };
    let no_transfer_made = states_no_transfer(cx);
    let relied_on = stated
        .iter()
        .filter(relies_on_clauses)
        .find(|stated| {
            stated.for_non_adequate || anywhere || (!no_transfer_made && the_only_safeguard(stated, stated_all))
        })
        .or_else(|| {
            let relied_on = stated.iter().find(relies_on_clauses)?;
            destination_named_elsewhere(cx, recipients).then_some(relied_on)
        });
    let Some(stated) = relied_on else { return };
    let message = Message::new(
        "The transfer clause relies on the standard contractual clauses for countries without an adequacy decision, but no transfer impact assessment is mentioned. Clause 14 of the clauses (Decision (EU) 2021/914) requires the parties to assess the laws and practices of each destination, and EDPB Recommendations 01/2020 the supplementary measures that assessment calls for. Require an assessment for each destination, and a copy for the controller.",
        "La clause de transferts s'appuie sur les clauses contractuelles types pour les pays sans décision d'adéquation, mais aucune analyse d'impact des transferts n'est mentionnée. La clause 14 des clauses (décision (UE) 2021/914) impose aux parties d'évaluer la législation et les pratiques de chaque pays de destination, et les recommandations 01/2020 du CEPD les mesures supplémentaires que cette évaluation appelle. Exigez une analyse pour chaque destination, et sa communication au responsable du traitement.",
    );
    let message = inference_note(message, stated.inferred, TAG_THE_RECIPIENT);
    sink.report(cx, &META, stated.span, message).inferred(stated.inferred);
}

/// Whether a statement for transfers outside the EEA names the clauses as the safeguard, with
/// no other offered beside them in its sentence or its clause (a list "an appropriate safeguard:
/// the SCCs; an approved code of conduct; …" only promises one of them).
fn the_only_safeguard(stated: &Stated, all: &[Stated]) -> bool {
    let offers_another = |other: &Stated| {
        other.clause == stated.clause
            && other
                .mechanism
                .kinds
                .iter()
                .any(|kind| !matches!(kind, MechanismKind::Scc { .. } | MechanismKind::Eea | MechanismKind::None))
    };
    stated.for_beyond_the_eea && stated.clauses_alone && !all.iter().any(offers_another)
}

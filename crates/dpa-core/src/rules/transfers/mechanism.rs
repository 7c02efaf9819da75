//! XFER-MECHANISM: every recipient outside the EEA, in a country without an adequacy decision on
//! the document's date, has a Chapter V mechanism that covers it: SCC 2021/914, binding
//! corporate rules or an Art. 49 derogation anywhere; the EU-US Data Privacy Framework (or the
//! US adequacy decision it rests on) in the United States only. A recipient in an adequacy
//! country needs nothing more. Whether a US recipient relying on the Framework is certified is
//! XFER-DPF-CHECK's reminder, not an error here.

use crate::finding::Severity;
use crate::lang::{L10n, Lang, Message};
use crate::rules::query::inference_note;
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};
use crate::values::{Country, Date, MechanismKind};

use super::{anywhere_clause, once_per_row, recipients, under_uk_law, Recipient, TAG_THE_RECIPIENT};

pub(crate) struct XferMechanism;

static META: RuleMeta = RuleMeta {
    id: "XFER-MECHANISM",
    family: Family::Transfers,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Arts. 44-46, 49",
    summary: L10n::new(
        "A recipient outside the EEA, in a country without adequacy, has no transfer mechanism (SCCs, BCRs, a derogation; the Data Privacy Framework in the United States).",
        "Un destinataire hors de l'EEE, dans un pays sans décision d'adéquation, n'a pas de mécanisme de transfert (CCT, BCR, dérogation ; le cadre de protection des données aux États-Unis).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "For each recipient outside the EEA (a sub-processor row with its country, the processor's own country from its party fact, a country named in a transfer clause sentence), checks that a mechanism covers it: the row's transfer-mechanism cell, the `transfer-mechanism` facts and the mechanisms the transfer clause names. Standard contractual clauses, binding corporate rules and Art. 49 derogations cover any country; the EU-US Data Privacy Framework covers the United States only; \"EEA\" or \"adequacy\" cover nothing outside it. Countries with an adequacy decision on the document's date need no mechanism. An empty cell or `None` counts as missing. A row with no mechanism column may write the mechanism in another cell (\"US (SCC + DPF)\" as the location).",
            "Pour chaque destinataire hors de l'EEE (une ligne de sous-traitant ultérieur avec son pays, le pays du sous-traitant lui-même d'après son fait de partie, un pays nommé dans une phrase de la clause de transferts), vérifie qu'un mécanisme le couvre : la cellule du mécanisme de transfert, les faits `mécanisme-transfert` et les mécanismes que nomme la clause de transferts. Les clauses contractuelles types, les règles d'entreprise contraignantes et les dérogations de l'art. 49 couvrent tout pays ; le cadre de protection des données UE-États-Unis couvre les seuls États-Unis ; « EEE » ou « adéquation » ne couvrent rien en dehors. Les pays bénéficiant d'une décision d'adéquation à la date du document n'exigent aucun mécanisme. Une cellule vide ou `Aucun` vaut absence. Une ligne sans colonne de mécanisme peut l'écrire dans une autre cellule (« États-Unis (CCT + DPF) » comme localisation).",
        ),
        why: L10n::new(
            "Chapter V GDPR (Art. 44) allows a transfer to a third country only under an adequacy decision (Art. 45), appropriate safeguards such as the Commission's standard contractual clauses or binding corporate rules (Arts. 46-47), or, exceptionally, a derogation (Art. 49). The controller answers for its processor's transfers; a support desk or an analytics tool abroad with no mechanism is an unlawful transfer of every record it touches.",
            "Le chapitre V du RGPD (art. 44) n'admet un transfert vers un pays tiers que sur la base d'une décision d'adéquation (art. 45), de garanties appropriées comme les clauses contractuelles types de la Commission ou des règles d'entreprise contraignantes (art. 46-47), ou, exceptionnellement, d'une dérogation (art. 49). Le responsable du traitement répond des transferts de son sous-traitant ; un support ou un outil d'analyse à l'étranger sans mécanisme est un transfert illicite de chaque donnée qu'il touche.",
        ),
        failing: "# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Quizly Inc. | US | Assessment engine | |\n",
        passing: "# Annex 3 - Sub-processors {annex sub-processor-list}\n| Sub-processor | Country | Purpose | Transfer mechanism |\n|---|---|---|---|\n| Quizly Inc. | US | Assessment engine | SCC 2021/914 Module 3, TIA dated 2026-01-20 |\n",
        companion: None,
    },
};

/// Whether a mechanism makes a transfer to `country` lawful on `today`; `uk_law` when the
/// exporter is under the UK GDPR.
fn covers(kind: MechanismKind, country: Country, today: Option<Date>, uk_law: bool) -> bool {
    match kind {
        MechanismKind::Scc { .. } | MechanismKind::Bcr | MechanismKind::Derogation => true,
        // The US decision covers certified organisations, which is what "adequacy" means there.
        MechanismKind::Adequacy => country.adequacy(today).is_some(),
        MechanismKind::Dpf => country == super::UNITED_STATES,
        MechanismKind::Eea => country.is_eea(),
        // UK instruments frame exports from the UK, not from the EEA.
        MechanismKind::UkIdta => uk_law,
        MechanismKind::None => false,
    }
}

/// Why a written mechanism does not cover the country.
fn why_not(kind: MechanismKind, recipient: &Recipient<'_>) -> Message {
    match kind {
        MechanismKind::Eea => Message::new("the country is not in the EEA", "le pays n'est pas dans l'EEE"),
        MechanismKind::Adequacy => Message::new(
            format!("{} has no adequacy decision", recipient.country.name(Lang::En)),
            format!("le pays ({}) ne bénéficie d'aucune décision d'adéquation", recipient.country.name(Lang::Fr)),
        ),
        MechanismKind::Dpf => Message::new(
            "the EU-US Data Privacy Framework covers certified organisations in the United States only",
            "le cadre de protection des données UE-États-Unis ne couvre que des organisations certifiées aux États-Unis",
        ),
        MechanismKind::UkIdta => Message::new(
            "the UK IDTA and Addendum frame transfers from the United Kingdom, not from the EEA",
            "l'IDTA et l'Addendum britanniques encadrent les transferts depuis le Royaume-Uni, non depuis l'EEE",
        ),
        MechanismKind::None | MechanismKind::Scc { .. } | MechanismKind::Bcr | MechanismKind::Derogation => {
            Message::default()
        }
    }
}

impl Rule for XferMechanism {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let all = recipients(cx);
        let uk_law = under_uk_law(cx);
        let uncovered = once_per_row(&all, |recipient| {
            recipient.needs_mechanism(cx.today)
                && !recipient.kinds().iter().any(|&kind| covers(kind, recipient.country, cx.today, uk_law))
        });
        let anywhere = anywhere_clause(cx);
        for recipient in uncovered {
            let (who, no_adequacy) = (recipient.who(), recipient.no_adequacy());
            let problem = match (recipient.written, recipient.kinds().first()) {
                _ if recipient.repealed => Message::new(
                    "it relies on standard clauses that Decision (EU) 2021/914 repealed (2001/497/EC, 2004/915/EC, 2010/87/EU), without effect since 27 December 2022",
                    "il s'appuie sur des clauses types que la décision (UE) 2021/914 a abrogées (2001/497/CE, 2004/915/CE, 2010/87/UE), sans effet depuis le 27 décembre 2022",
                ),
                (Some(span), _) if recipient.unreadable => {
                    let written = cx.text(span).trim();
                    Message::new(
                        format!("the mechanism written for it, “{written}”, is not one Chapter V recognises"),
                        format!("le mécanisme indiqué, « {written} », n'est pas de ceux que reconnaît le chapitre V"),
                    )
                }
                (Some(span), Some(MechanismKind::None)) => {
                    let written = cx.text(span).trim();
                    Message::new(
                        format!("the mechanism is given as “{written}”"),
                        format!("le mécanisme indiqué est « {written} »"),
                    )
                }
                (Some(span), Some(&kind)) => {
                    let (written, reason) = (cx.text(span).trim(), why_not(kind, recipient));
                    Message::new(
                        format!("“{written}” does not cover it: {}", reason.en),
                        format!("« {written} » ne le couvre pas : {}", reason.fr),
                    )
                }
                _ => {
                    Message::new("no transfer mechanism is stated for it", "aucun mécanisme de transfert n'est indiqué")
                }
            };
            let (dpf_en, dpf_fr) = if recipient.is_us() {
                (
                    ", or “EU-US Data Privacy Framework” if it is certified",
                    ", ou « cadre de protection des données UE-États-Unis » s'il est certifié",
                )
            } else {
                ("", "")
            };
            let message = Message::new(
                format!("{} is outside the EEA and {}; {}. Chapter V GDPR (Arts. 44-46, 49) then requires standard contractual clauses, binding corporate rules or, exceptionally, an Art. 49 derogation. State the mechanism, for example “SCC 2021/914 Module 3”{dpf_en}.", who.en, no_adequacy.en, problem.en),
                format!("{} est hors de l'EEE et {} ; {}. Le chapitre V du RGPD (art. 44-46, 49) exige alors des clauses contractuelles types, des règles d'entreprise contraignantes ou, exceptionnellement, une dérogation de l'art. 49. Indiquez le mécanisme, par exemple « CCT 2021/914 module 3 »{dpf_fr}.", who.fr, no_adequacy.fr, problem.fr),
            );
            let message = inference_note(message, recipient.inferred, TAG_THE_RECIPIENT);
            let finding = sink.report(cx, &META, recipient.point(), message).inferred(recipient.inferred);
            if let Some(span) = anywhere {
                finding.related(
                    span,
                    Message::new(
                        "The transfer clause allows transfers to any country, without naming a mechanism.",
                        "La clause de transferts autorise les transferts vers tout pays, sans nommer de mécanisme.",
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> Country {
        Country::from_code(code).expect(code)
    }

    #[test]
    fn what_covers_which_country() {
        let scc = MechanismKind::Scc { module: Some(3) };
        assert!(covers(scc, country("IN"), None, false));
        assert!(covers(MechanismKind::Bcr, country("SG"), None, false));
        assert!(covers(MechanismKind::Dpf, country("US"), None, false));
        assert!(!covers(MechanismKind::Dpf, country("IN"), None, false), "the Framework is American");
        assert!(
            covers(MechanismKind::Adequacy, country("US"), None, false),
            "the US decision, for certified organisations"
        );
        assert!(!covers(MechanismKind::Adequacy, country("IN"), None, false));
        assert!(!covers(MechanismKind::Eea, country("IN"), None, false));
        assert!(!covers(MechanismKind::UkIdta, country("PH"), None, false));
        assert!(covers(MechanismKind::UkIdta, country("PH"), None, true), "an export from the UK");
        assert!(!covers(MechanismKind::None, country("US"), None, false));
    }
}

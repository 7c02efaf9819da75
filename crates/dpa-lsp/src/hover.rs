//! Hovers: what a tag, a fact, a rule id in a `%% lint` line, a reference or a defined term means.

use dpa_core::lexicon::{row_of, Row, CLAUSE_KINDS, FACT_NAMES, PARTY_ROLES};
use dpa_core::model::{ClauseKind, Document, Fact, PartyFact};
use dpa_core::rules::RuleMeta;
use dpa_core::values::{
    AuditCost, Authorisation, BreachTrigger, Certification, Evidence, EvidenceKind, FactValue, Mechanism,
    MechanismKind, Mfa, Party, Strength,
};
use dpa_core::{L10n, Lang};
use dpa_syntax::Span;

use crate::analysis::Analysis;
use crate::diagnostics::rule_doc_url;
use crate::navigation::{self, Target};

/// Markdown for whatever sits under `offset`, and the span it describes.
pub fn hover(analysis: &Analysis, offset: usize, lang: Lang) -> Option<(String, Span)> {
    let document = &analysis.report.document;
    let touches = |span: Span| span.start <= offset && offset <= span.end;
    for suppression in &document.suppressions {
        if let Some((id, span)) = suppression.rules.iter().find(|(_, span)| touches(*span)) {
            return Some((rule_hover(id, lang), *span));
        }
    }
    if let Some(clause) = document.clauses.iter().find(|clause| clause.tag_span.is_some_and(touches)) {
        let span = clause.tag_span.unwrap_or(clause.heading_span);
        if let Some(kind) = clause.kind {
            return Some((kind_hover(kind, clause.annex, lang), span));
        }
    }
    if let Some(fact) = document.facts.iter().find(|fact| touches(fact.span)) {
        let mut text = fact_hover(fact, lang);
        let position =
            analysis.playbook.as_ref().and_then(|playbook| playbook.position(fact, document.front_matter.acting_for));
        if let Some(position) = position {
            let label = match lang {
                Lang::En => "Playbook",
                Lang::Fr => "Référentiel",
            };
            text.push_str(&format!("\n\n{label}: {}", position.message.get(lang)));
        }
        return Some((text, fact.span));
    }
    if let Some(party) = document.parties.iter().find(|party| touches(party.span)) {
        return Some((party_hover(party, lang), party.span));
    }
    let (target, span) = navigation::target_at(analysis, offset)?;
    let text = match &target {
        Target::Anchor(_) => anchor_hover(document, &target, lang),
        Target::Term(index) => {
            let definition = document.definitions.get(*index)?;
            format!("**{}**\n\n> {}", definition.term, definition.text.trim())
        }
    };
    Some((text, span))
}

/// A lexicon row's words as `en` · `fr` (once when they are the same).
fn words<T: Copy>(row: &Row<T>) -> String {
    let (en, fr) = (row.word(Lang::En), row.word(Lang::Fr));
    if en == fr {
        format!("`{en}`")
    } else {
        format!("`{en}` · `{fr}`")
    }
}

fn kind_hover(kind: ClauseKind, annex: bool, lang: Lang) -> String {
    let row_words = row_of(CLAUSE_KINDS, kind).map(words).unwrap_or_else(|| format!("`{kind}`"));
    let label = match (annex, lang) {
        (true, Lang::En) => "Annex",
        (true, Lang::Fr) => "Annexe",
        (false, Lang::En) => "Clause",
        (false, Lang::Fr) => "Clause",
    };
    let article = match kind.article() {
        "" => String::new(),
        article => format!(" — {article}"),
    };
    format!("**{label}** {row_words}{article}\n\n{}", requirement(kind).get(lang))
}

/// What the GDPR expects of a clause of this kind (shown on hover and in completion).
pub fn requirement(kind: ClauseKind) -> L10n {
    match kind {
        ClauseKind::Parties => L10n::new(
            "Identifies the controller and the processor: Art. 28(3) requires a contract that binds the processor to the controller.",
            "Identifie le responsable du traitement et le sous-traitant : l'art. 28(3) exige un contrat qui lie le sous-traitant au responsable du traitement.",
        ),
        ClauseKind::Definitions => L10n::new(
            "Defines the terms used in the agreement. No Art. 28 requirement of its own.",
            "Définit les termes employés dans le contrat. Pas d'exigence propre de l'art. 28.",
        ),
        ClauseKind::SubjectMatter => L10n::new(
            "Sets out the subject matter and duration of the processing, its nature and purpose, the types of personal data and the categories of data subjects.",
            "Fixe l'objet et la durée du traitement, sa nature et sa finalité, le type de données à caractère personnel et les catégories de personnes concernées.",
        ),
        ClauseKind::Instructions => L10n::new(
            "The processor processes personal data only on documented instructions from the controller, and informs it immediately if an instruction infringes data protection law.",
            "Le sous-traitant ne traite les données que sur instruction documentée du responsable du traitement et l'informe immédiatement si une instruction constitue une violation du droit de la protection des données.",
        ),
        ClauseKind::Confidentiality => L10n::new(
            "Persons authorised to process the personal data have committed themselves to confidentiality or are under a statutory obligation of confidentiality.",
            "Les personnes autorisées à traiter les données s'engagent à respecter la confidentialité ou sont soumises à une obligation légale de confidentialité.",
        ),
        ClauseKind::Security => L10n::new(
            "The processor takes all the measures required by Art. 32 (security of processing).",
            "Le sous-traitant prend toutes les mesures requises par l'art. 32 (sécurité du traitement).",
        ),
        ClauseKind::SubProcessors => L10n::new(
            "The processor engages another processor only with the controller's prior specific or general written authorisation, informs it of intended changes so that it can object, and imposes the same data protection obligations on the sub-processor.",
            "Le sous-traitant ne recrute un autre sous-traitant qu'avec l'autorisation écrite préalable, spécifique ou générale, du responsable du traitement, l'informe de tout changement prévu pour lui permettre d'émettre des objections, et impose au sous-traitant ultérieur les mêmes obligations.",
        ),
        ClauseKind::DataSubjectRights => L10n::new(
            "The processor assists the controller, by appropriate technical and organisational measures, in responding to requests from data subjects exercising their rights.",
            "Le sous-traitant aide le responsable du traitement, par des mesures techniques et organisationnelles appropriées, à donner suite aux demandes d'exercice des droits des personnes concernées.",
        ),
        ClauseKind::Assistance => L10n::new(
            "The processor assists the controller with its obligations under Arts. 32 to 36: security, breach notification, impact assessments and prior consultation.",
            "Le sous-traitant aide le responsable du traitement à respecter les obligations des art. 32 à 36 : sécurité, notification des violations, analyses d'impact et consultation préalable.",
        ),
        ClauseKind::BreachNotification => L10n::new(
            "The processor notifies the controller of a personal data breach without undue delay after becoming aware of it, so that the controller can notify the authority within 72 hours and inform the data subjects.",
            "Le sous-traitant notifie au responsable du traitement toute violation de données dans les meilleurs délais après en avoir pris connaissance, pour que celui-ci puisse la notifier à l'autorité dans les 72 heures et informer les personnes concernées.",
        ),
        ClauseKind::DeletionReturn => L10n::new(
            "At the choice of the controller, the processor deletes or returns all the personal data at the end of the services and deletes existing copies.",
            "Selon le choix du responsable du traitement, le sous-traitant supprime ou renvoie toutes les données au terme de la prestation et détruit les copies existantes.",
        ),
        ClauseKind::Audit => L10n::new(
            "The processor makes available all information necessary to demonstrate compliance and allows for and contributes to audits, including inspections, by the controller or an auditor it mandates.",
            "Le sous-traitant met à disposition toutes les informations nécessaires pour démontrer le respect de ses obligations et permet la réalisation d'audits, y compris des inspections, par le responsable du traitement ou un auditeur qu'il a mandaté.",
        ),
        ClauseKind::Transfers => L10n::new(
            "Personal data leave the EEA only under an adequacy decision, appropriate safeguards (standard contractual clauses, binding corporate rules) or a derogation.",
            "Les données ne quittent l'EEE qu'en vertu d'une décision d'adéquation, de garanties appropriées (clauses contractuelles types, règles d'entreprise contraignantes) ou d'une dérogation.",
        ),
        ClauseKind::Liability => L10n::new(
            "Allocates liability between the parties. No Art. 28 requirement of its own; Art. 82 governs liability towards data subjects.",
            "Répartit la responsabilité entre les parties. Pas d'exigence propre de l'art. 28 ; l'art. 82 régit la responsabilité envers les personnes concernées.",
        ),
        ClauseKind::Term => L10n::new(
            "Sets how long the agreement lasts. The duration of the processing itself is one of the Art. 28(3) particulars.",
            "Fixe la durée du contrat. La durée du traitement lui-même fait partie des mentions de l'art. 28(3).",
        ),
        ClauseKind::Description => L10n::new(
            "Describes the processing: subject matter, duration, nature, purpose, types of personal data and categories of data subjects.",
            "Décrit le traitement : objet, durée, nature, finalité, types de données et catégories de personnes concernées.",
        ),
        ClauseKind::SecurityMeasures => L10n::new(
            "Lists the technical and organisational measures that ensure a level of security appropriate to the risk.",
            "Énumère les mesures techniques et organisationnelles qui garantissent un niveau de sécurité adapté au risque.",
        ),
        ClauseKind::SubProcessorList => L10n::new(
            "Lists the sub-processors the controller authorises: name, country, service and transfer mechanism.",
            "Énumère les sous-traitants ultérieurs autorisés : nom, pays, prestation et mécanisme de transfert.",
        ),
    }
}

pub fn rule_hover(id: &str, lang: Lang) -> String {
    match dpa_core::rules::find(id) {
        Some(meta) => rule_documentation(meta, lang),
        None => match lang {
            Lang::En => format!("No rule has the id `{id}`. `dpa-lint rules` lists them all."),
            Lang::Fr => format!("Aucune règle ne porte l'identifiant `{id}`. `dpa-lint rules` les énumère toutes."),
        },
    }
}

/// The rule's documentation (the same Markdown as `dpa-lint explain`) and a link to its page.
fn rule_documentation(meta: &RuleMeta, lang: Lang) -> String {
    let mut text = dpa_core::rules::docs::markdown(meta, lang);
    if let Some(url) = rule_doc_url(meta.id) {
        text.push_str(&format!("\n[{}]({})\n", meta.id, url.as_str()));
    }
    text
}

fn fact_hover(fact: &Fact, lang: Lang) -> String {
    let names = row_of(FACT_NAMES, fact.name).map(words).unwrap_or_else(|| format!("`{}`", fact.name));
    let value_label = match lang {
        Lang::En => "Normalised value",
        Lang::Fr => "Valeur normalisée",
    };
    let value = match &fact.value {
        Ok(value) => describe(value, lang),
        Err(_) => match lang {
            Lang::En => "not understood (see the diagnostic)".to_string(),
            Lang::Fr => "non reconnue (voir le diagnostic)".to_string(),
        },
    };
    let mut text = format!("**{names}**: {}\n\n{value_label}: {value}", fact.value_text.trim());
    if fact.inferred {
        text.push_str(match lang {
            Lang::En => "\n\n*Read from the wording, not written as a `[[fact]]`.*",
            Lang::Fr => "\n\n*Déduit du texte, non écrit sous forme de `[[fait]]`.*",
        });
    }
    text
}

fn party_hover(party: &PartyFact, lang: Lang) -> String {
    let role = PARTY_ROLES
        .iter()
        .find(|row| row.value == party.role)
        .map(words)
        .unwrap_or_else(|| format!("`{}`", party.role));
    match &party.party {
        Ok(value) => format!("**{role}**\n\n{}", describe_party(value, lang)),
        Err(_) => format!("**{role}**"),
    }
}

fn anchor_hover(document: &Document, target: &Target, lang: Lang) -> String {
    let clause = navigation::definition(document, target).and_then(|span| {
        document.clauses.iter().find(|clause| clause.anchor.as_ref().is_some_and(|anchor| anchor.span == span))
    });
    let name = match target {
        Target::Anchor(name) => name.as_str(),
        Target::Term(_) => "",
    };
    match (clause, lang) {
        (Some(clause), Lang::En) => format!("`#{name}` → **{}**", clause.title),
        (Some(clause), Lang::Fr) => format!("`#{name}` → **{}**", clause.title),
        (None, Lang::En) => format!("No heading has the anchor `#{name}`."),
        (None, Lang::Fr) => format!("Aucun titre ne porte l'ancre `#{name}`."),
    }
}

/// A value as a lawyer would read it back, in the interface language. Durations, frequencies,
/// certification schemes, countries and dates use the lexicon's own wording.
pub fn describe(value: &FactValue, lang: Lang) -> String {
    let pick = |en: &str, fr: &str| match lang {
        Lang::En => en.to_string(),
        Lang::Fr => fr.to_string(),
    };
    match value {
        FactValue::Duration(duration) => duration.describe(lang),
        FactValue::BreachTrigger(trigger) => match trigger {
            BreachTrigger::Awareness => pick("from becoming aware", "à compter de la prise de connaissance"),
            BreachTrigger::Discovery => pick("from discovery", "à compter de la découverte"),
            BreachTrigger::Suspicion => pick("from suspicion", "à compter du soupçon"),
            BreachTrigger::Confirmation => pick("from confirmation", "à compter de la confirmation"),
        },
        FactValue::Crypto(crypto) => crypto
            .items
            .iter()
            .map(|item| {
                let strength = match &item.strength {
                    Strength::StateOfTheArt => pick("state of the art", "à l'état de l'art"),
                    Strength::Deprecated { reason } => {
                        format!("{}: {}", pick("deprecated", "obsolète"), reason.get(lang))
                    }
                    Strength::Acceptable => pick("acceptable", "acceptable"),
                    Strength::Unknown => pick("not recognised", "non reconnu"),
                };
                format!("{} ({strength})", item.name)
            })
            .collect::<Vec<_>>()
            .join(", "),
        FactValue::Certification(certification) => describe_certification(certification, lang),
        FactValue::Evidence(evidence) => describe_evidence(evidence, lang),
        FactValue::Authorisation(authorisation) => match authorisation {
            Authorisation::General => pick("general written authorisation", "autorisation écrite générale"),
            Authorisation::Specific => pick("specific written authorisation", "autorisation écrite spécifique"),
        },
        FactValue::Frequency(frequency) => frequency.describe(lang),
        FactValue::AuditCost(cost) => match cost {
            AuditCost::Controller => pick("borne by the controller", "à la charge du responsable du traitement"),
            AuditCost::Processor => pick("borne by the processor", "à la charge du sous-traitant"),
            AuditCost::Shared => pick("shared", "partagé"),
            AuditCost::ProcessorIfNonCompliant => pick(
                "borne by the processor if non-compliance is found",
                "à la charge du sous-traitant en cas de manquement",
            ),
        },
        FactValue::Mechanism(mechanism) => describe_mechanism(mechanism, lang),
        FactValue::Mfa(mfa) => match mfa {
            Mfa::Required => pick("required", "obligatoire"),
            Mfa::Optional => pick("optional", "facultative"),
        },
        FactValue::Country(country) => format!("{} ({country})", country.name(lang)),
        FactValue::Party(party) => describe_party(party, lang),
        FactValue::Text(text) => text.clone(),
        FactValue::Placeholder => pick("not filled in yet", "pas encore renseignée"),
    }
}

fn describe_certification(certification: &Certification, lang: Lang) -> String {
    let mut text = certification.scheme.label().to_string();
    if let Some(edition) = &certification.edition {
        text.push_str(&format!(":{edition}"));
    }
    if let Some(until) = &certification.valid_until {
        let label = match lang {
            Lang::En => "valid until",
            Lang::Fr => "valable jusqu'au",
        };
        text.push_str(&format!(", {label} {until}"));
    }
    text
}

fn describe_evidence(evidence: &Evidence, lang: Lang) -> String {
    let mut text = match (&evidence.kind, lang) {
        (EvidenceKind::Soc2Report, Lang::En) => "SOC 2 report".to_string(),
        (EvidenceKind::Soc2Report, Lang::Fr) => "rapport SOC 2".to_string(),
        (EvidenceKind::Soc2Type1Report, Lang::En) => "SOC 2 Type I report".to_string(),
        (EvidenceKind::Soc2Type1Report, Lang::Fr) => "rapport SOC 2 Type I".to_string(),
        (EvidenceKind::Soc2Type2Report, Lang::En) => "SOC 2 Type II report".to_string(),
        (EvidenceKind::Soc2Type2Report, Lang::Fr) => "rapport SOC 2 Type II".to_string(),
        (EvidenceKind::PentestReport, Lang::En) => "penetration test report".to_string(),
        (EvidenceKind::PentestReport, Lang::Fr) => "rapport de test d'intrusion".to_string(),
        (EvidenceKind::IsoCertificate, Lang::En) => "ISO certificate".to_string(),
        (EvidenceKind::IsoCertificate, Lang::Fr) => "certificat ISO".to_string(),
        (EvidenceKind::AuditReport, Lang::En) => "audit report".to_string(),
        (EvidenceKind::AuditReport, Lang::Fr) => "rapport d'audit".to_string(),
        (EvidenceKind::Other(name), _) => name.clone(),
    };
    if let Some(frequency) = evidence.frequency {
        text.push_str(&format!(", {}", frequency.describe(lang)));
    }
    if let Some(dated) = &evidence.dated {
        let label = match lang {
            Lang::En => "dated",
            Lang::Fr => "du",
        };
        text.push_str(&format!(", {label} {dated}"));
    }
    text
}

fn describe_mechanism(mechanism: &Mechanism, lang: Lang) -> String {
    let mut parts: Vec<String> = mechanism
        .kinds
        .iter()
        .map(|kind| match (kind, lang) {
            (MechanismKind::Eea, Lang::En) => "within the EEA".to_string(),
            (MechanismKind::Eea, Lang::Fr) => "dans l'EEE".to_string(),
            (MechanismKind::Adequacy, Lang::En) => "adequacy decision".to_string(),
            (MechanismKind::Adequacy, Lang::Fr) => "décision d'adéquation".to_string(),
            (MechanismKind::Scc { module: Some(module) }, Lang::En) => format!("SCC 2021/914 Module {module}"),
            (MechanismKind::Scc { module: Some(module) }, Lang::Fr) => format!("CCT 2021/914 module {module}"),
            (MechanismKind::Scc { module: None }, Lang::En) => "SCC 2021/914 (no module named)".to_string(),
            (MechanismKind::Scc { module: None }, Lang::Fr) => "CCT 2021/914 (module non précisé)".to_string(),
            (MechanismKind::Bcr, _) => "BCR".to_string(),
            (MechanismKind::UkIdta, _) => "UK IDTA".to_string(),
            (MechanismKind::Dpf, Lang::En) => "EU-US Data Privacy Framework".to_string(),
            (MechanismKind::Dpf, Lang::Fr) => "cadre de protection des données UE-États-Unis".to_string(),
            (MechanismKind::Derogation, Lang::En) => "Art. 49 derogation".to_string(),
            (MechanismKind::Derogation, Lang::Fr) => "dérogation de l'art. 49".to_string(),
            (MechanismKind::None, Lang::En) => "no mechanism".to_string(),
            (MechanismKind::None, Lang::Fr) => "aucun mécanisme".to_string(),
        })
        .collect();
    if mechanism.tia {
        let label = match lang {
            Lang::En => "transfer impact assessment",
            Lang::Fr => "analyse d'impact des transferts",
        };
        parts.push(match &mechanism.tia_date {
            Some(dated) => format!("{label} ({dated})"),
            None => label.to_string(),
        });
    }
    parts.join(", ")
}

fn describe_party(party: &Party, lang: Lang) -> String {
    let mut text = party.name.clone();
    if let Some(country) = party.country {
        text.push_str(&format!(", {}", country.name(lang)));
    }
    if let Some(identifier) = &party.identifier {
        let label = match lang {
            Lang::En => "identifier",
            Lang::Fr => "identifiant",
        };
        text.push_str(&format!(" ({label}: {identifier})"));
    }
    text
}

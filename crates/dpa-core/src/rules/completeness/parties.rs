//! ART28-PARTIES: the controller and the processor must both be identified.

use dpa_lexicon::cues::completeness as cues;
use dpa_syntax::Span;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{ClauseKind, PartyFact, PartyRole};
use crate::rules::query::inference_note;
use crate::rules::roles::{role_of_term, Roles};
use crate::rules::search::{missing_target, sentences_in, with_certainty_hint};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct Parties;

static META: RuleMeta = RuleMeta {
    id: "ART28-PARTIES",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3), 28(9)",
    summary: L10n::new(
        "The controller or the processor is not identified (no party fact and no sentence naming it).",
        "Le responsable du traitement ou le sous-traitant n'est pas identifié (ni fait de partie, ni phrase le désignant).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Checks that the contract names both the controller and the processor: a party fact (`[[controller: …]]`, `[[processor: …]]`), or a sentence introducing the parties (`between X (the \"Customer\") and Y (the \"Provider\")`, `entre X … (le « Client ») et Y … (le « Prestataire »)`) whose roles are clear from the defined names or from a sentence such as \"the Customer acts as controller\". A name left as a blank (`[CUSTOMER LEGAL NAME]`, `[●]`, `[[controller: ?]]`) does not identify anyone.",
            "Vérifie que le contrat désigne à la fois le responsable du traitement et le sous-traitant : un fait de partie (`[[responsable-du-traitement : …]]`, `[[sous-traitant : …]]`), ou une phrase qui présente les parties (`entre X … (le « Client ») et Y … (le « Prestataire »)`) dont les rôles ressortent des noms définis ou d'une phrase telle que « le Client agit en qualité de responsable du traitement ». Un nom laissé en blanc (`[NOM DU CLIENT]`, `[●]`, `[[responsable-du-traitement : ?]]`) n'identifie personne.",
        ),
        why: L10n::new(
            "Art. 28(3) requires a contract that binds the processor with regard to the controller, and Art. 28(9) that it be in writing: a contract that does not say who the controller and the processor are binds no one to anyone. When a training contractor leaked immigration data in the OFII case (January 2026), the controller's first question was which entity was bound by which duties.",
            "L'art. 28(3) exige un contrat qui lie le sous-traitant à l'égard du responsable du traitement, et l'art. 28(9) qu'il soit écrit : un contrat qui ne dit pas qui sont le responsable et le sous-traitant n'engage personne envers personne. Lors de la fuite de données d'immigration par un prestataire de formation de l'OFII (janvier 2026), la première question du responsable a été de savoir quelle entité était tenue de quelles obligations.",
        ),
        failing: "This agreement is made between [[controller: Boulangeries Duval SA, FR]] (the \"Customer\") and the provider named in the order form.\n\n# Instructions {instructions}\nThe Provider shall process Customer Data only on the Customer's documented instructions.\n",
        passing: "This agreement is made between [[controller: Boulangeries Duval SA, FR]] (the \"Customer\") and [[processor: Quillon Cloud SAS, FR]] (the \"Provider\").\n\n# Instructions {instructions}\nThe Provider shall process Customer Data only on the Customer's documented instructions.\n",
        companion: None,
    },
};

/// What the document says about one role.
enum Identification {
    Named,
    /// Only a blank stands where the name should be.
    Blank(Span),
    Missing,
}

impl Rule for Parties {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let roles = Roles::of(cx);
        for role in [PartyRole::Controller, PartyRole::Processor] {
            match identification(cx, &roles, role) {
                Identification::Named => {}
                Identification::Blank(span) => {
                    let (en, fr) = role_words(role);
                    let message = Message::new(
                        format!("The {en}'s name is still a blank. Art. 28(3) requires a contract that binds the processor to a controller it names: fill in the {en}'s legal name, registered office and registration number before signature."),
                        format!("Le nom du {fr} est encore un blanc. L'art. 28(3) exige un contrat qui lie le sous-traitant à un responsable du traitement qu'il désigne : indiquez la dénomination, le siège et le numéro d'immatriculation du {fr} avant la signature."),
                    );
                    let hint = match role {
                        PartyRole::Processor => L10n::new(
                            "write the processor as `[[processor: …]]`",
                            "écrivez le sous-traitant `[[sous-traitant : …]]`",
                        ),
                        _ => L10n::new(
                            "write the controller as `[[controller: …]]`",
                            "écrivez le responsable du traitement `[[responsable-du-traitement : …]]`",
                        ),
                    };
                    let message = inference_note(message, cx.doc.prose, hint);
                    sink.report(cx, &META, span, message).inferred(cx.doc.prose);
                }
                Identification::Missing => {
                    let (span, inferred, _) = missing_target(cx, ClauseKind::Parties);
                    let (en, fr) = role_words(role);
                    let message = Message::new(
                        format!("The {en} is not identified: there is no `[[{}: …]]` fact and no sentence naming it as a party. Art. 28(3) requires a contract that binds the processor to a named controller; without the name, nobody can enforce the processor's duties. Name the {en} with its legal name, country and registration number.", role.id()),
                        format!("Le {fr} n'est pas identifié : aucun fait `[[{}: …]]` ni aucune phrase ne le désigne comme partie. L'art. 28(3) exige un contrat qui lie le sous-traitant à un responsable du traitement désigné ; sans ce nom, personne ne peut exiger l'exécution des obligations du sous-traitant. Désignez le {fr} par sa dénomination, son pays et son numéro d'immatriculation.", french_role_word(role)),
                    );
                    let message = with_certainty_hint(message, ClauseKind::Parties, inferred);
                    let fix = fixes::add_to_clause(
                        cx,
                        ClauseKind::Parties,
                        L10n::new("Parties", "Parties"),
                        model_sentence(role, cx.doc.prose),
                    );
                    sink.report(cx, &META, span, message).with_fix(fix).inferred(inferred);
                }
            }
        }
    }
}

fn identification(cx: &Context<'_>, roles: &Roles, role: PartyRole) -> Identification {
    let mut blank = None;
    for party in cx.doc.parties.iter().filter(|party| plays(party.role, role)) {
        if names_someone(party) {
            return Identification::Named;
        }
        blank.get_or_insert(party.span);
    }
    for name in roles.names.iter().filter(|name| name.role == Some(role)) {
        if !name.blank {
            return Identification::Named;
        }
        blank.get_or_insert(name.term_span);
    }
    // "Controller: Liffeyside Dental Group Limited, company number 648213, …"
    for paragraph in cx.doc.paragraphs.iter().filter(|p| !p.is_table_row) {
        let folded = &paragraph.folded.folded;
        let Some((label, value)) = folded.split_once(':') else { continue };
        let value = value.trim();
        if role_of_term(label.trim()) == Some(role) && value.split_whitespace().count() >= 2 && !value.contains('[') {
            return Identification::Named;
        }
    }
    // "between Boulangeries Duval SA, as controller, and Quillon Cloud SAS, as processor"
    let statement = match role {
        PartyRole::Processor => &cues::PROCESSOR_ROLE_STATEMENT,
        _ => &cues::CONTROLLER_ROLE_STATEMENT,
    };
    let introduced = sentences_in(cx, &[])
        .any(|sentence| sentence.states_all(&[&cues::PARTY_SENTENCE, statement]) && !sentence.text().contains('['));
    if introduced {
        return Identification::Named;
    }
    blank.map_or(Identification::Missing, Identification::Blank)
}

/// A joint controller is a controller for this rule.
fn plays(fact_role: PartyRole, role: PartyRole) -> bool {
    fact_role == role || (role == PartyRole::Controller && fact_role == PartyRole::JointController)
}

fn names_someone(party: &PartyFact) -> bool {
    party.party.as_ref().is_ok_and(|p| {
        let name = p.name.trim();
        !name.is_empty() && name != "?" && !(name.starts_with('[') && name.ends_with(']'))
    })
}

fn role_words(role: PartyRole) -> (&'static str, &'static str) {
    match role {
        PartyRole::Processor => ("processor", "sous-traitant"),
        _ => ("controller", "responsable du traitement"),
    }
}

fn french_role_word(role: PartyRole) -> &'static str {
    match role {
        PartyRole::Processor => "sous-traitant",
        _ => "responsable-du-traitement",
    }
}

/// A sentence naming the missing party: a party fact to fill in a tagged document, a bracketed
/// blank in untagged prose (so the text stays free of markup).
fn model_sentence(role: PartyRole, prose: bool) -> L10n {
    match (role, prose) {
        (PartyRole::Processor, false) => L10n::new(
            "The processor is [[processor: ?]] (the \"Provider\").",
            "Le sous-traitant est [[sous-traitant : ?]] (le « Prestataire »).",
        ),
        (PartyRole::Processor, true) => L10n::new(
            "The processor is [name of the processor, registered office and registration number] (the \"Provider\").",
            "Le sous-traitant est [nom du sous-traitant, siège social et numéro d'immatriculation] (le « Prestataire »).",
        ),
        (_, false) => L10n::new(
            "The controller is [[controller: ?]] (the \"Customer\").",
            "Le responsable du traitement est [[responsable-du-traitement : ?]] (le « Client »).",
        ),
        (_, true) => L10n::new(
            "The controller is [name of the controller, registered office and registration number] (the \"Customer\").",
            "Le responsable du traitement est [nom du responsable du traitement, siège social et numéro d'immatriculation] (le « Client »).",
        ),
    }
}

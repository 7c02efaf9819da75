//! ART28-PARTIES: the controller and the processor must both be identified.

use dpa_lexicon::cues::completeness as cues;
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{ClauseKind, PartyFact, PartyRole};
use crate::rules::query::inference_note;
use crate::rules::roles::{role_of_term, Roles};
use crate::rules::search::{missing_target, sentences_in, with_certainty_hint, Sentence};
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
    if labelled(cx, role) {
        return Identification::Named;
    }
    // "between Boulangeries Duval SA, as controller, and Quillon Cloud SAS, as processor"
    let (statement, noun) = match role {
        PartyRole::Processor => (&cues::PROCESSOR_ROLE_STATEMENT, &cues::PROCESSOR_ROLE_NOUN),
        _ => (&cues::CONTROLLER_ROLE_STATEMENT, &cues::CONTROLLER_ROLE_NOUN),
    };
    let introduced = sentences_in(cx, &[]).filter(|sentence| !sentence.text().contains('[')).any(|sentence| {
        sentence.states_all(&[&cues::PARTY_SENTENCE, statement])
            || sentence.matches(statement).into_iter().any(|(start, _)| party_named_before(cx, &sentence, start))
            || sentence.mentions(noun).into_iter().any(|noun| role_noun_names_party(cx, &sentence, noun))
    });
    if introduced {
        return Identification::Named;
    }
    blank.map_or(Identification::Missing, Identification::Blank)
}

/// "Controller: Liffeyside Dental Group Limited, company number 648213, …"; the Commission's
/// annex writes the label with an instruction in brackets or italics and the name in the next
/// paragraph ("**Controller(s):** *[Identity and contact details …]*", then the name).
fn labelled(cx: &Context<'_>, role: PartyRole) -> bool {
    let paragraphs: Vec<_> = cx.doc.paragraphs.iter().filter(|p| !p.is_table_row).collect();
    paragraphs.iter().enumerate().any(|(index, paragraph)| {
        let Some((label, value)) = paragraph.text.split_once(':') else { return false };
        let label = dpa_lexicon::fold(label.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace()));
        if role_of_term(label.strip_suffix("(s)").unwrap_or(&label)) != Some(role) {
            return false;
        }
        let value = value.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
        let instruction_only = value.is_empty() || (value.starts_with('[') && value.ends_with(']'));
        let (value, holder) = match paragraphs.get(index + 1) {
            Some(next) if instruction_only && next.clause == paragraph.clause => (next.text.as_str(), next),
            _ => (value, paragraph),
        };
        // "Controller: {{customer_name}} (« Client »)": the alias after a blank names nobody.
        let blank = has_bracketed_blank(value)
            || cx.doc.placeholders.iter().any(|p| holder.span.start <= p.span.start && p.span.end <= holder.span.end);
        // A name opens the value; a definition of the role opens with a common noun ("La
        // personne physique ou morale qui …").
        let opens_with_name = value.split_whitespace().take(3).any(names_a_party);
        value.split_whitespace().count() >= 2 && opens_with_name && !blank
    })
}

/// A bracketed blank (`[CUSTOMER LEGAL NAME]`, `[●]`), not a Markdown link (`[the Agreement](…)`).
fn has_bracketed_blank(text: &str) -> bool {
    text.match_indices('[').any(|(open, _)| {
        let rest = &text[open..];
        rest.find(']').is_none_or(|close| !rest[close + 1..].starts_with('('))
    })
}

/// Whether the words right before folded offset `at` (after the last comma, parenthesis or
/// "and") name a party: a capitalised word other than a role noun or an opening word ("GitHub",
/// "the Customer", "SEPTEO IT SOLUTIONS"), in a clause that is not a condition ("where Customer
/// acts as a processor" states a role it may play, not the one the contract gives it).
fn party_named_before(cx: &Context<'_>, sentence: &Sentence<'_>, at: usize) -> bool {
    let folded = &sentence.paragraph.folded.folded[sentence.range.0..at];
    let clause_start = [", ", "; ", ": ", "(", ")", " and ", " et ", " that ", " que "]
        .iter()
        .filter_map(|separator| folded.rfind(separator).map(|found| found + separator.len()))
        .max()
        .unwrap_or(0);
    let span = sentence.source_span((sentence.range.0 + clause_start, at));
    let words: Vec<&str> = cx.text(span).split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-')).collect();
    let words: Vec<&str> = words.into_iter().filter(|word| !word.is_empty()).rev().take(5).collect();
    let conditional = words.iter().any(|word| cues::CONDITIONAL_ROLE.contains(&dpa_lexicon::fold(word).as_str()));
    !conditional && words.iter().any(|word| names_a_party(word))
}

/// What follows "is" / "est" opening `text`.
fn complement_after_role_verb(text: &str) -> Option<&str> {
    cues::ROLE_IS.iter().find_map(|verb| text.strip_prefix(verb)?.strip_prefix(' '))
}

/// A capitalised word that is neither a role noun's nor an opening word.
fn names_a_party(word: &str) -> bool {
    // "l'Abonné", "d'Acme"
    let word = word.rsplit('\'').next().unwrap_or(word);
    let folded = dpa_lexicon::fold(word);
    word.chars().next().is_some_and(char::is_uppercase)
        && !cues::ROLE_NOUN_WORDS.contains(&folded.as_str())
        && !cues::NON_PARTY_CAPITALS.contains(&folded.as_str())
}

/// A role noun given to a named party without a role statement: in apposition ("JIS COMPUTING,
/// le Sous-Traitant, s'engage"), as the name given in parentheses ("Acme (ci-après « le
/// Sous-traitant »)"), or as the subject of a sentence naming the party ("the Data Controller, or
/// just Controller, is the Customer"). "The data controller ("Controller") refers to the entity
/// …" names nobody.
fn role_noun_names_party(cx: &Context<'_>, sentence: &Sentence<'_>, (start, end): (usize, usize)) -> bool {
    let folded = &sentence.paragraph.folded.folded;
    let before = &folded[sentence.range.0..start];
    let after = &folded[end..sentence.range.1];
    if before.ends_with('-') {
        // "sub-processor"
        return false;
    }
    let article = ["the ", "le ", "la ", "l'"].iter().find_map(|article| before.strip_suffix(article));
    if let Some(name) = article.and_then(|rest| rest.strip_suffix(", ")) {
        if after.starts_with(',') {
            return party_named_before(cx, sentence, sentence.range.0 + name.len());
        }
    }
    if let Some(open) = before.rfind('(') {
        let inside = FoldedText::new(&before[open + 1..].replace('"', " "), 0);
        let mut rest = inside.folded.clone();
        for (start, end) in cues::NAME_INTRO.find_all(&inside) {
            rest.replace_range(start..end, &" ".repeat(end - start));
        }
        let only_intro = rest.split_whitespace().all(|word| cues::SENTENCE_OPENERS.contains(&word));
        if only_intro && after.trim_start_matches(['"', ' ']).starts_with(')') {
            return party_named_before(cx, sentence, sentence.range.0 + open);
        }
    }
    // "the Data Controller, or just Controller, is the Customer": an aside between commas may
    // come before the verb.
    let Some(complement) = complement_after_role_verb(after.trim_start()).or_else(|| {
        let (_, rest) = after.strip_prefix(", ")?.split_once(", ")?;
        complement_after_role_verb(rest)
    }) else {
        return false;
    };
    let Some(party) = ["the ", "le ", "la ", "l'"].iter().find_map(|article| complement.strip_prefix(article)) else {
        return false;
    };
    let from = sentence.range.1 - party.len();
    let word_end = party.find(|c: char| !(c.is_alphanumeric() || c == '-')).map_or(sentence.range.1, |at| from + at);
    names_a_party(cx.text(sentence.source_span((from, word_end))))
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

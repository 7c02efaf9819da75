//! END-DELETE-OR-RETURN, END-CONTROLLER-CHOICE, END-DEADLINE, END-CERTIFICATE: what happens to
//! the data at the end of the services (Art. 28(3)(g)).
//!
//! The last three measure the terms of the delete-or-return duty, so they stay silent when the
//! duty itself is missing (END-DELETE-OR-RETURN reports that).

use dpa_lexicon::cues::completeness as cues;
use dpa_lexicon::cues::subprocessors::SUB_PROCESSOR;
use dpa_lexicon::values::{Duration, FactValue};
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use crate::finding::Severity;
use crate::lang::{L10n, Lang, Message};
use crate::model::{durations_in, ClauseKind, FactName, Paragraph, PartyRole};
use crate::rules::query::inference_note;
use crate::rules::roles::Roles;
use crate::rules::search::{missing_target, report_missing, sentences_in, with_certainty_hint, Duty, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

/// How to make certain a finding read from an untagged end-of-processing clause.
const TAG_THE_CLAUSE: L10n =
    L10n::new("tag the clause `{deletion-return}`", "balisez la clause `{suppression-restitution}`");

pub(crate) struct DeleteOrReturn;
pub(crate) struct ControllerChoice;
pub(crate) struct Deadline;
pub(crate) struct Certificate;

/// The longest deletion or return period the linter accepts, in days (catalogue §14: policy, not
/// law; a three-month period is within it).
const MAX_DAYS: f64 = 90.0;

const TITLE: L10n = L10n::new("Deletion and return", "Suppression et restitution");

static DELETE_OR_RETURN_DUTY: Duty = Duty {
    kinds: &[ClauseKind::DeletionReturn],
    in_clause: &[&[&cues::DELETE], &[&cues::RETURN]],
    anywhere: &[
        &[&cues::DELETE, &cues::END_OF_SERVICES, &cues::DATA_WORD],
        &[&cues::RETURN, &cues::END_OF_SERVICES, &cues::DATA_WORD],
    ],
};

/// The sentences that deal with deleting or returning the data at the end: every such sentence
/// of a deletion clause, and elsewhere those that also name the end of the services, themselves,
/// in the lead-in of their list ("When you terminate the service:" then "- we delete your data
/// within 30 days") or in the heading of their sub-clause ("Upon termination"). A sentence that
/// bars the processor from deleting on its own authority is about who decides a deletion during
/// the contract, not about the end; one that passes the duty down to sub-processors is theirs,
/// and its return or period says nothing of what the controller gets.
pub(crate) fn end_sentences<'a>(cx: &Context<'a>) -> Vec<Sentence<'a>> {
    sentences_in(cx, &[])
        .filter(|sentence| {
            let acts = sentence.states(&cues::DELETE) || gives_back(sentence);
            if !acts || bars_own_deletion(sentence) || passes_down_to_sub_processors(sentence) {
                return false;
            }
            let clause = sentence.clause(cx);
            let lead_in_names_end = || {
                sentence
                    .lead_in
                    .is_some_and(|(paragraph, range)| Sentence::alone(paragraph, range).states(&cues::END_OF_SERVICES))
            };
            let heading_names_end =
                || clause.is_some_and(|clause| cues::END_OF_SERVICES.matches(&FoldedText::new(&clause.title, 0)));
            clause.is_some_and(|clause| clause.is(ClauseKind::DeletionReturn))
                || sentence.states(&cues::END_OF_SERVICES)
                || lead_in_names_end()
                || heading_names_end()
        })
        .collect()
}

/// "The Supplier is not entitled of his own authority to delete …", « ne peut de sa propre
/// initiative supprimer … »: the negation sits too far from the verb to be read as one, so the
/// words on the processor's own authority mark the sentence (negated or not, they restrict).
fn bars_own_deletion(sentence: &Sentence<'_>) -> bool {
    !sentence.mentions(&cues::OWN_AUTHORITY).is_empty()
}

/// "The Provider shall bring about the return or deletion also with its subcontractors", « le
/// Prestataire impose à ses sous-traitants ultérieurs la suppression des données »: the
/// processor makes its sub-processors act.
fn passes_down_to_sub_processors(sentence: &Sentence<'_>) -> bool {
    sentence.states(&SUB_PROCESSOR) && sentence.states(&cues::PASSED_DOWN)
}

/// The sentence stating the delete-or-return duty: the first one the duty's words find, unless
/// that one only bars deleting on the processor's own authority; then the first end sentence.
fn delete_or_return_duty<'a>(cx: &Context<'a>) -> Option<Sentence<'a>> {
    let found = DELETE_OR_RETURN_DUTY.find(cx)?;
    if !bars_own_deletion(&found) {
        return Some(found);
    }
    end_sentences(cx).into_iter().next()
}

static DELETE_OR_RETURN_META: RuleMeta = RuleMeta {
    id: "END-DELETE-OR-RETURN",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3)(g)",
    summary: L10n::new("No duty to delete or return the data at the end of the services.", "Aucune obligation de supprimer ou de restituer les données au terme des prestations."),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for the processor's duty to delete or return the personal data at the end of the services: any deletion or return wording in a `{deletion-return}` clause, or elsewhere a sentence that deletes or returns the data on termination or expiry, verbless list items included (\"Delete or return personal data at end of provision\"); for a self-service offer the customer deleting or closing its account ends the services (\"You may delete your account at any time. All data is then erased.\"). A sentence that only bars the processor from deleting on its own authority is not the duty.",
            "Recherche l'obligation du sous-traitant de supprimer ou de restituer les données à caractère personnel au terme des prestations : toute mention de suppression ou de restitution dans une clause `{suppression-restitution}`, ou ailleurs une phrase qui supprime ou restitue les données à la fin, la résiliation ou l'expiration du contrat, y compris un élément de liste sans verbe conjugué (« Supprimer ou restituer les données en fin de prestation ») ; pour une offre en libre-service, la suppression ou la clôture du compte par le client met fin aux prestations (« Le Client peut clôturer son compte à tout moment. Toutes les données sont alors effacées. »). Une phrase qui interdit seulement au sous-traitant de supprimer de sa propre initiative n'est pas cette obligation.",
        ),
        why: L10n::new(
            "Art. 28(3)(g) requires the processor to delete or return all personal data after the end of the services and to delete existing copies. Data left with a former contractor is data nobody supervises any more: the OFII leak (January 2026) came from a contractor's copy of the controller's files.",
            "L'art. 28(3)(g) exige que le sous-traitant supprime ou restitue toutes les données à caractère personnel au terme des prestations et détruise les copies existantes. Des données laissées chez un ancien prestataire ne sont plus surveillées par personne : la fuite de l'OFII (janvier 2026) venait de la copie des fichiers du responsable détenue par un prestataire.",
        ),
        failing: "# Term {term}\nThis Agreement ends with the Main Agreement.\n",
        passing: "# Deletion and return {deletion-return}\nAt the end of the services, the Provider shall, at the Customer's choice, delete all Customer Data or return it to the Customer.\n",
        companion: None,
    },
};

impl Rule for DeleteOrReturn {
    fn meta(&self) -> &'static RuleMeta {
        &DELETE_OR_RETURN_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if delete_or_return_duty(cx).is_some() {
            return;
        }
        let message = L10n::new(
            "No clause obliges the processor to delete or return the personal data at the end of the services. Art. 28(3)(g) requires it, together with the deletion of existing copies: otherwise a former contractor keeps the data with nobody supervising it. Add a deletion and return clause.",
            "Aucune clause n'oblige le sous-traitant à supprimer ou à restituer les données à caractère personnel au terme des prestations. L'art. 28(3)(g) l'exige, avec la destruction des copies existantes : sinon un ancien prestataire conserve les données sans que personne ne les surveille. Ajoutez une clause de suppression et de restitution.",
        );
        let fix = fixes::insert_clause(cx, ClauseKind::DeletionReturn, TITLE, model_clause(cx.doc.prose));
        report_missing(cx, sink, &DELETE_OR_RETURN_META, ClauseKind::DeletionReturn, message, fix);
    }
}

/// The model deletion clause: the controller's choice, a 30-day period and a written certificate.
fn model_clause(prose: bool) -> L10n {
    if prose {
        L10n::new(
            "At the end of the services, the processor shall, at the controller's choice, delete all personal data or return it to the controller and then delete existing copies, unless Union or Member State law requires their storage. It shall do so within 30 days and confirm the deletion to the controller in writing.",
            "Au terme des prestations, le sous-traitant, selon le choix du responsable du traitement, supprime toutes les données à caractère personnel ou les lui restitue puis détruit les copies existantes, à moins que le droit de l'Union ou d'un État membre n'exige leur conservation. Il le fait dans un délai de 30 jours et confirme la suppression par écrit au responsable du traitement.",
        )
    } else {
        L10n::new(
            "At the end of the services, the processor shall, at the controller's choice, delete all personal data or return it to the controller and then delete existing copies, unless Union or Member State law requires their storage. It shall do so within [[deletion-period: 30 days]] and confirm the deletion to the controller in writing.",
            "Au terme des prestations, le sous-traitant, selon le choix du responsable du traitement, supprime toutes les données à caractère personnel ou les lui restitue puis détruit les copies existantes, à moins que le droit de l'Union ou d'un État membre n'exige leur conservation. Il le fait dans un délai de [[délai-suppression : 30 jours]] et confirme la suppression par écrit au responsable du traitement.",
        )
    }
}

static CHOICE_META: RuleMeta = RuleMeta {
    id: "END-CONTROLLER-CHOICE",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 28(3)(g)",
    summary: L10n::new(
        "The processor, not the controller, chooses between deletion and return (or only one of them is offered).",
        "Le sous-traitant, et non le responsable du traitement, choisit entre suppression et restitution (ou une seule est prévue).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reads who chooses between deleting and returning the data: a choice that belongs to the processor (\"at its option\", \"at the Provider's discretion\", \"au choix du Prestataire\", \"à sa discrétion\") is reported; so is a processor that \"will delete or return\" the data (or \"hand over the data … or have them deleted\", or the two ways in two list items, the first ending with \"or\") with no request or instruction of the controller saying which (unless another sentence sets out the procedure: a return at the controller's request, or a return and a deletion each done in turn), and a clause that only offers deletion, with no way for the controller to have the data back (sending or making available all the data, \"transmit to the Controller all personal data\", is a return; a choice in the lead-in of the list of ways governs it); a controller choosing whether or when to delete (\"you can choose to delete your account\") is not a choice between deletion and return, and a return passed down to sub-processors (\"bring about the return or deletion also with its subcontractors\") gives the controller nothing back. Only measured when a delete-or-return duty exists.",
            "Lit qui choisit entre la suppression et la restitution des données : un choix qui appartient au sous-traitant (« à son choix », « à sa discrétion », « au choix du Prestataire », \"at its option\") est signalé ; un sous-traitant qui « supprime ou restitue » les données (ou « restitue les données … ou les fait supprimer », ou les deux voies en deux éléments de liste, le premier finissant par « ou ») sans qu'une demande ou une instruction du responsable dise laquelle (sauf si une autre phrase fixe la marche à suivre : une restitution sur demande du responsable, ou une restitution puis une suppression), et une clause qui ne prévoit que la suppression, sans possibilité pour le responsable de récupérer ses données (transmettre ou mettre à disposition l'ensemble des données est une restitution ; un choix dans la phrase qui annonce la liste des voies la gouverne), aussi ; un responsable qui choisit s'il supprime ou quand (« vous pouvez choisir de supprimer votre compte ») ne choisit pas entre suppression et restitution, et une restitution imposée aux sous-traitants ultérieurs (« impose à ses sous-traitants ultérieurs la restitution ») ne rend rien au responsable. Mesuré seulement si une obligation de suppression ou de restitution existe.",
        ),
        why: L10n::new(
            "Art. 28(3)(g) gives the choice to the controller: \"at the choice of the controller\", the processor deletes or returns the data. A processor that chooses may delete data the controller still needs, or keep handing back copies it never deletes.",
            "L'art. 28(3)(g) donne le choix au responsable du traitement : « selon le choix du responsable du traitement », le sous-traitant supprime ou renvoie les données. Un sous-traitant qui choisit peut supprimer des données dont le responsable a encore besoin, ou restituer des copies sans jamais supprimer les siennes.",
        ),
        failing: "# Deletion and return {deletion-return}\nAt the end of the services, the Provider will, at its option, delete or return all Customer Data.\n",
        passing: "# Deletion and return {deletion-return}\nAt the end of the services, the Provider will, at the Customer's choice, delete or return all Customer Data.\n",
        companion: None,
    },
};

/// Who a choice word gives the choice to, and where the phrase is.
struct Choice {
    owner: Option<PartyRole>,
    /// `at its option`: from the preposition to the choice word (folded paragraph offsets).
    phrase: (usize, usize),
    /// A noun after a preposition (`at its option`), which a fix can replace as a whole.
    replaceable: bool,
}

fn read_choice(roles: &Roles, sentence: &Sentence<'_>, (start, end): (usize, usize)) -> Choice {
    let folded = &sentence.paragraph.folded.folded;
    let noun = cues::CHOICE_NOUN.matches(&dpa_lexicon::FoldedText::new(&folded[start..end], 0));
    let before = sentence.words_between(sentence.range.0, start);
    let last_words = &before[before.len().saturating_sub(3)..];
    let possessive = last_words.iter().any(|word| cues::OWN_POSSESSIVE.contains(word));
    let owner = if !noun {
        // A verb belongs to its subject ("the Controller chooses", "Éventia choisit").
        roles.subject_of(sentence, start)
    } else if possessive {
        // "Solvane will, at its option, …": the choice is the subject's; a duty's subject is the
        // processor unless a controller is named.
        Some(roles.role_before(sentence, start).unwrap_or(PartyRole::Processor))
    } else {
        // Otherwise a party linked right after the noun ("au choix du Client") or named right
        // before it ("at Customer's election") owns it; "selon le choix d'ESR" names its owner
        // even when that name is unknown, so the subject is not its owner then.
        let next_word = sentence.words_between(end, sentence.range.1).into_iter().next().unwrap_or("");
        let names_owner = cues::CHOICE_OWNER_LINK
            .iter()
            .any(|&link| next_word == link || (link.ends_with('\'') && next_word.starts_with(link)));
        match roles.role_linked_after(sentence, end) {
            Some(role) => Some(role),
            None if names_owner => None,
            None => roles.subject_of(sentence, start),
        }
    };
    let preposition_at =
        folded[sentence.range.0..start].rmatch_indices([' ', ',']).map(|(index, _)| index + 1).take(4).find(|&index| {
            folded[index..].split(' ').next().is_some_and(|word| cues::CHOICE_PREPOSITIONS.contains(&word))
        });
    Choice { owner, phrase: (preposition_at.unwrap_or(start), end), replaceable: noun && preposition_at.is_some() }
}

impl Rule for ControllerChoice {
    fn meta(&self) -> &'static RuleMeta {
        &CHOICE_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let Some(duty) = delete_or_return_duty(cx) else { return };
        let roles = Roles::of(cx);
        let sentences = end_sentences(cx);
        let mut controller_chooses = false;
        // A choice in the lead-in governs the list of ways below it ("ClearMinds shall, at the
        // Client's election:" then "- return all data" and "- delete all data").
        let lead_ins = sentences.iter().filter_map(|sentence| sentence.lead_in).map(|(paragraph, range)| Sentence {
            paragraph,
            range,
            previous: None,
            lead_in: None,
        });
        for sentence in &sentences.iter().copied().chain(lead_ins).collect::<Vec<_>>() {
            let choices = sentence.matches(&cues::CHOICE_NOUN).into_iter().chain(sentence.matches(&cues::CHOICE_VERB));
            for found in choices {
                let choice = read_choice(&roles, sentence, found);
                match choice.owner {
                    Some(PartyRole::Processor) => return report_processor_choice(cx, sink, &roles, sentence, &choice),
                    Some(_) if !chooses_only_deletion(sentence) => controller_chooses = true,
                    _ => {}
                }
            }
        }
        if controller_chooses {
            return;
        }
        if let Some((sentence, pair)) = processor_picks_either(&roles, &sentences) {
            if !end_procedure_settles_it(&roles, &sentences) {
                return report_unassigned_choice(cx, sink, &roles, &sentence, pair);
            }
            return;
        }
        if return_is_offered(cx, &roles, &sentences) {
            return;
        }
        let message = Message::new(
            "Only deletion is provided for at the end of the services: the controller cannot choose to have its data returned. Art. 28(3)(g) leaves the choice between deletion and return to the controller; add the return option, at the controller's choice.",
            "Seule la suppression est prévue au terme des prestations : le responsable du traitement ne peut pas choisir de récupérer ses données. L'art. 28(3)(g) lui laisse le choix entre suppression et restitution ; ajoutez la restitution, au choix du responsable du traitement.",
        );
        let sentence = L10n::new(
            "At the controller's choice, the processor shall return all personal data to the controller in a structured, commonly used and machine-readable format instead of deleting it, and then delete existing copies.",
            "Au choix du responsable du traitement, le sous-traitant lui restitue toutes les données à caractère personnel dans un format structuré, couramment utilisé et lisible par machine au lieu de les supprimer, puis détruit les copies existantes.",
        );
        let fix = fixes::add_to_clause(cx, ClauseKind::DeletionReturn, TITLE, sentence);
        let inferred = duty.inferred(cx);
        let message = inference_note(message, inferred, TAG_THE_CLAUSE);
        sink.report(cx, &CHOICE_META, duty.span(), message).with_fix(fix).inferred(inferred);
    }
}

/// How many words may stand between a sending verb and the whole data it sends back ("transmit
/// *to the Controller* all personal data", « met à disposition *du Responsable* l'ensemble des
/// données »).
const HAND_OVER_REACH: usize = 4;

/// One way of ending: where a sentence deletes, or gives the data back.
type Way = fn(&Sentence<'_>) -> Vec<(usize, usize)>;

fn deletions(sentence: &Sentence<'_>) -> Vec<(usize, usize)> {
    sentence.matches(&cues::DELETE)
}

/// Where a sentence gives the data back: a return word ("return", « restituer »), or a verb that
/// sends or makes available followed by the whole data ("transmit to the Controller all personal
/// data", « transmettre l'ensemble des données »). Sending something else is no return
/// ("transfers all logs to its archiving provider").
pub(crate) fn hand_backs(sentence: &Sentence<'_>) -> Vec<(usize, usize)> {
    let whole = sentence.matches(&cues::WHOLE_DATA);
    let sends_whole = |&(_, verb_end): &(usize, usize)| {
        whole
            .iter()
            .any(|&(start, _)| start >= verb_end && sentence.words_between(verb_end, start).len() <= HAND_OVER_REACH)
    };
    let mut found = sentence.matches(&cues::RETURN);
    found.extend(sentence.matches(&cues::HAND_OVER).into_iter().filter(sends_whole));
    found.sort_unstable();
    found
}

pub(crate) fn gives_back(sentence: &Sentence<'_>) -> bool {
    !hand_backs(sentence).is_empty()
}

/// "You can choose to delete your account and your stats at any time": the controller chooses
/// whether and when to delete, not between deletion and return.
fn chooses_only_deletion(sentence: &Sentence<'_>) -> bool {
    sentence.states(&cues::DELETE) && !gives_back(sentence)
}

/// Return is offered when a sentence about the end returns the data, or when the controller can
/// retrieve or export it itself ("Customer may retrieve or delete Customer Data at any time").
fn return_is_offered(cx: &Context<'_>, roles: &Roles, end_sentences: &[Sentence<'_>]) -> bool {
    end_sentences.iter().any(gives_back)
        || sentences_in(cx, &[]).any(|sentence| {
            sentence.states(&cues::DATA_WORD)
                && hand_backs(&sentence)
                    .into_iter()
                    .any(|(start, _)| roles.role_before(&sentence, start) == Some(PartyRole::Controller))
        })
}

/// "Receipt will delete or return Customer personal data", « le Prestataire supprime ou
/// restitue les données »: whoever does both ways at once picks between them unless a request or
/// instruction of the controller in the sentence says which. The one doing it is the processor
/// unless the controller is named before the verbs (a name the contract never gave a role, like
/// "Receipt", is the processor's: the controller would be named).
fn processor_picks_either<'a>(roles: &Roles, sentences: &[Sentence<'a>]) -> Option<(Sentence<'a>, (usize, usize))> {
    sentences.iter().enumerate().find_map(|(index, sentence)| {
        let either = either_phrases(sentence)
            .into_iter()
            .chain(either_across_items(sentence, sentences.get(index + 1)))
            .find(|either| roles.role_before(sentence, either.first_verb) != Some(PartyRole::Controller))?;
        // The lead-in of the list of ways directs its items too ("the Processor shall, as
        // instructed by the Customer:" then "- return the data, or" and "- destroy them").
        let directed = controller_directs(roles, sentence)
            || sentence.lead_in_sentence().is_some_and(|lead_in| controller_directs(roles, &lead_in));
        (!directed).then_some((*sentence, either.phrase))
    })
}

/// How a list item may end to offer the next item as the other way.
const TRAILING_ALTERNATIVES: &[&str] = &["or", "ou", "or else", "ou bien", "and/or", "et/ou"];

/// The two ways offered over two items of one list, the first ending with the alternative ("the
/// Processor shall:" then "- erase the data or" and "- return it on a secure medium"). The
/// phrase runs from the first verb to the word before that "or", so that the fix inserts the
/// controller's choice ahead of it, clear of any emphasis around it ("**or**").
fn either_across_items(item: &Sentence<'_>, next: Option<&Sentence<'_>>) -> Option<Either> {
    let next = next?;
    let same_list = |a: Option<(&Paragraph, (usize, usize))>, b: Option<(&Paragraph, (usize, usize))>| match (a, b) {
        (Some((a, a_range)), Some((b, b_range))) => std::ptr::eq(a, b) && a_range == b_range,
        _ => false,
    };
    if !same_list(item.lead_in, next.lead_in) {
        return None;
    }
    let not_word = |c: char| !c.is_alphanumeric();
    let text = item.text().trim_end_matches(not_word);
    let before_alternative = TRAILING_ALTERNATIVES.iter().find_map(|alternative| {
        let before = text.strip_suffix(alternative)?;
        before.ends_with(not_word).then_some(before)
    })?;
    let first_way_end = item.range.0 + before_alternative.trim_end_matches(not_word).len();
    let (first, second): (Way, Way) = [(deletions as Way, hand_backs as Way), (hand_backs, deletions)]
        .into_iter()
        .find(|(first, second)| !first(item).is_empty() && !second(next).is_empty())?;
    let (first_verb, _) = *first(item).first()?;
    let (second_verb, _) = *second(next).first()?;
    // The second way opens its item ("- les restituer …"), as it would follow "or" in one sentence.
    let opens_item = next.words_between(next.range.0, second_verb).len() < ALTERNATIVE_REACH;
    opens_item.then_some(Either { first_verb, phrase: (first_verb, first_way_end) })
}

/// Words that offer the second way as an alternative ("… *or* have them deleted").
const ALTERNATIVE: &[&str] = &[" or ", " ou "];

/// How many words may stand between the alternative and its verb, the alternative included ("*or
/// have them* deleted", « *ou les* supprime »).
const ALTERNATIVE_REACH: usize = 3;

/// Deleting and returning offered as two ways of one act.
struct Either {
    /// Where the first way's verb starts: who does it is named before it.
    first_verb: usize,
    /// The words to quote and amend (folded paragraph range): "delete or return", or for two
    /// verbs apart, from "or" to the second ("or have them deleted").
    phrase: (usize, usize),
}

/// "delete or return", or the two verbs apart with the second right after "or" ("hand over to
/// the Controller all data … or have them deleted", « restitue au Client ses données ou les
/// supprime »).
fn either_phrases(sentence: &Sentence<'_>) -> Vec<Either> {
    let mut found: Vec<Either> = sentence
        .matches(&cues::DELETE_OR_RETURN)
        .into_iter()
        .map(|phrase| Either { first_verb: phrase.0, phrase })
        .collect();
    if !found.is_empty() {
        return found;
    }
    let folded = &sentence.paragraph.folded.folded;
    let (returns, deletes) = (hand_backs(sentence), sentence.matches(&cues::DELETE));
    for (first, second) in [(&returns, &deletes), (&deletes, &returns)] {
        for &(start, end) in second.iter() {
            let Some(&(first_verb, first_end)) = first.iter().rfind(|&&(_, end)| end <= start) else {
                continue;
            };
            let between = &folded[first_end..start];
            let Some(at) = ALTERNATIVE.iter().filter_map(|word| between.rfind(word)).max() else { continue };
            let alternative = first_end + at + 1;
            // Two nouns side by side ("if return or destruction is impracticable", "Deletion or
            // Return") name the topic; only the listed phrases read them as a duty.
            let apart = !sentence.words_between(first_end, alternative).is_empty();
            if apart && sentence.words_between(alternative, start).len() <= ALTERNATIVE_REACH {
                found.push(Either { first_verb, phrase: (alternative, end) });
            }
        }
    }
    found.sort_unstable_by_key(|either| either.phrase);
    found
}

/// A "delete or return" duty may only summarise the procedure another sentence sets out: the
/// controller asks for its data back ("we provide an export upon your request before deletion",
/// « restitution sur demande du Client »), or the processor does both in turn, a return and a
/// deletion each stated on its own ("- return of the data in CSV format", "- deletion within 30
/// days"). The processor then picks nothing.
fn end_procedure_settles_it(roles: &Roles, sentences: &[Sentence<'_>]) -> bool {
    // Two list items joined by a trailing "or" are one either-or, not two steps.
    let pairs_with_next = |index: usize| either_across_items(&sentences[index], sentences.get(index + 1)).is_some();
    let alone: Vec<&Sentence<'_>> = sentences
        .iter()
        .enumerate()
        .filter(|&(index, sentence)| {
            either_phrases(sentence).is_empty() && !pairs_with_next(index) && !(index > 0 && pairs_with_next(index - 1))
        })
        .map(|(_, sentence)| sentence)
        .collect();
    let controller_asks = alone.iter().any(|sentence| gives_back(sentence) && controller_directs(roles, sentence));
    let returns_alone = alone.iter().any(|s| gives_back(s) && !s.states(&cues::DELETE));
    let deletes_alone = alone.iter().any(|s| s.states(&cues::DELETE) && !gives_back(s));
    controller_asks || (returns_alone && deletes_alone)
}

/// How many words may stand between a request or instruction and the controller it comes from
/// ("on the written request *of the* Customer", « sur demande écrite *du* Client »).
const DIRECTION_OWNER_REACH: usize = 4;

/// A request or instruction of the controller in the sentence: "at the Customer's request",
/// "as instructed by the Controller", « sur demande écrite du Client ».
fn controller_directs(roles: &Roles, sentence: &Sentence<'_>) -> bool {
    sentence.matches(&cues::DIRECTION).into_iter().any(|(start, end)| {
        roles.subject_of(sentence, start) == Some(PartyRole::Controller)
            || roles.role_named_after(sentence, end, DIRECTION_OWNER_REACH) == Some(PartyRole::Controller)
    })
}

fn report_unassigned_choice(
    cx: &Context<'_>,
    sink: &mut Sink,
    roles: &Roles,
    sentence: &Sentence<'_>,
    pair: (usize, usize),
) {
    let span = sentence.source_span(pair);
    let words = cx.text(span);
    let message = Message::new(
        format!("“{words}” lets the processor delete or return the data without saying who chooses, so the processor picks. Art. 28(3)(g) gives that choice to the controller, who must be able to get its data back or have it deleted as it needs: make it the controller's choice."),
        format!("« {words} » laisse le sous-traitant supprimer ou restituer les données sans dire qui choisit : c'est donc lui qui choisit. L'art. 28(3)(g) réserve ce choix au responsable du traitement, qui doit pouvoir récupérer ses données ou les faire supprimer selon ses besoins : faites-en le choix du responsable."),
    );
    let inferred = sentence.inferred(cx);
    let message = inference_note(message, inferred, TAG_THE_CLAUSE);
    let replacement = format!("{words}, {},", controller_choice_words(cx, roles));
    let title = Message::new(format!("Replace with “{replacement}”"), format!("Remplacer par « {replacement} »"));
    sink.report(cx, &CHOICE_META, span, message).inferred(inferred).with_fix(fixes::replace(span, replacement, title));
}

/// "at the Customer's choice", « au choix du Client », in the document's language and names.
fn controller_choice_words(cx: &Context<'_>, roles: &Roles) -> String {
    match (cx.doc_lang(), roles.name_of(PartyRole::Controller)) {
        (Lang::En, Some(name)) => format!("at the {name}'s choice"),
        (Lang::En, None) => "at the controller's choice".to_string(),
        (Lang::Fr, Some(name)) if name.starts_with(|c: char| "AEIOUHÉÈaeiouhéè".contains(c)) => {
            format!("au choix de l'{name}")
        }
        (Lang::Fr, Some(name)) => format!("au choix du {name}"),
        (Lang::Fr, None) => "au choix du responsable du traitement".to_string(),
    }
}

fn report_processor_choice(cx: &Context<'_>, sink: &mut Sink, roles: &Roles, sentence: &Sentence<'_>, choice: &Choice) {
    let span = sentence.source_span(choice.phrase);
    let message = Message::new(
        format!("“{}” gives the processor the choice between deleting and returning the data. Art. 28(3)(g) gives that choice to the controller, who must be able to get its data back or have it deleted as it needs: make it the controller's choice.", cx.text(span)),
        format!("« {} » donne au sous-traitant le choix entre la suppression et la restitution des données. L'art. 28(3)(g) réserve ce choix au responsable du traitement, qui doit pouvoir récupérer ses données ou les faire supprimer selon ses besoins : faites-en le choix du responsable.", cx.text(span)),
    );
    let inferred = sentence.inferred(cx);
    let message = inference_note(message, inferred, TAG_THE_CLAUSE);
    let finding = sink.report(cx, &CHOICE_META, span, message).inferred(inferred);
    if choice.replaceable {
        let replacement = controller_choice_words(cx, roles);
        let title = Message::new(format!("Replace with “{replacement}”"), format!("Remplacer par « {replacement} »"));
        finding.with_fix(fixes::replace(span, replacement, title));
    }
}

static DEADLINE_META: RuleMeta = RuleMeta {
    id: "END-DEADLINE",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 28(3)(g)",
    summary: L10n::new("No period for deleting or returning the data, or one over 90 days.", "Aucun délai de suppression ou de restitution, ou un délai de plus de 90 jours."),
    doc: RuleDoc {
        what: L10n::new(
            "Reads the period within which the data must be deleted or returned at the end of the services: the `deletion-period` fact, or else a time limit in the deletion sentences (periods about backups and archives are `backup-retention`, not this); \"at the latest upon termination\" makes the end itself the deadline, and a line of the deletion clause giving a period counted from the end (\"**Time limit**: 30 days after the end of the contract\") is that period; a period passed down to sub-processors is theirs. Reports a missing period and one over 90 days. Only measured when a delete-or-return duty exists.",
            "Lit le délai dans lequel les données doivent être supprimées ou restituées au terme des prestations : le fait `delai-suppression`, ou à défaut un délai dans les phrases de suppression (les délais relatifs aux sauvegardes et archives relèvent de `conservation-sauvegardes`, pas de celui-ci) ; « au plus tard à la fin du contrat » fait de la fin elle-même le délai, et une ligne de la clause de suppression qui donne un délai compté depuis la fin (« **Délai** : 30 jours après la fin de la prestation ») est ce délai ; un délai imposé aux sous-traitants ultérieurs est le leur. Signale l'absence de délai et un délai de plus de 90 jours. Mesuré seulement si une obligation de suppression ou de restitution existe.",
        ),
        why: L10n::new(
            "Art. 28(3)(g) requires deletion or return \"after the end of the provision of services\"; a duty with no period can be postponed indefinitely, and every month the data stays with a former contractor is a month of exposure the controller answers for. 30 days is common practice; this linter reports periods over 90 days.",
            "L'art. 28(3)(g) exige la suppression ou la restitution « au terme de la prestation de services » ; une obligation sans délai peut être repoussée indéfiniment, et chaque mois où les données restent chez un ancien prestataire est un mois d'exposition dont répond le responsable. 30 jours est l'usage ; le linter signale les délais de plus de 90 jours.",
        ),
        failing: "# Deletion and return {deletion-return}\nAt the Customer's choice, the Provider shall delete or return all Customer Data within [[deletion-period: 180 days]] after the end of the services.\n",
        passing: "# Deletion and return {deletion-return}\nAt the Customer's choice, the Provider shall delete or return all Customer Data within [[deletion-period: 30 days]] after the end of the services.\n",
        companion: None,
    },
};

/// A period found for the deletion, where it is written.
struct Period {
    duration: Duration,
    span: Span,
    /// The `deletion-period` fact it comes from, whose value a fix can replace.
    from_fact: bool,
}

impl Period {
    fn over_limit(&self) -> bool {
        self.duration.days_min().is_some_and(|days| days > MAX_DAYS)
    }

    fn quantified(&self) -> bool {
        !matches!(self.duration, Duration::Unquantified)
    }
}

/// A figure proposed in square brackets for the period ("within [30] days"): a blank the
/// parties still have to agree on, which PLACEHOLDER reports; no fact is read from it.
fn proposes_period_in_brackets(sentence: &Sentence<'_>) -> bool {
    let text = sentence.text().replace(['[', ']'], " ");
    durations_in(&text).iter().any(|found| {
        let span = sentence.source_span((sentence.range.0 + found.start, sentence.range.0 + found.end));
        sentence.paragraph.bracketed(span)
    })
}

impl Rule for Deadline {
    fn meta(&self) -> &'static RuleMeta {
        &DEADLINE_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let Some(duty) = delete_or_return_duty(cx) else { return };
        let sentences = end_sentences(cx);
        let mut blank = None;
        let mut periods = Vec::new();
        for fact in cx.doc.facts_named(FactName::DeletionPeriod) {
            match fact.parsed() {
                Some(FactValue::Duration(duration)) => {
                    periods.push(Period { duration: *duration, span: fact.value_span, from_fact: !fact.inferred })
                }
                Some(FactValue::Placeholder) => blank = blank.or(Some(fact.span)),
                _ => {}
            }
        }
        if periods.iter().any(|period| period.quantified() && !period.over_limit()) {
            return;
        }
        if periods.is_empty() && sentences.iter().any(proposes_period_in_brackets) {
            return;
        }
        // "At the latest upon termination": the end itself is the deadline, no days after it.
        if periods.is_empty() && sentences.iter().any(|sentence| sentence.states(&cues::AT_THE_LATEST_AT_THE_END)) {
            return;
        }
        let backups_unlimited = backups_kept_without_limit(cx, &sentences);
        let (backups_en, backups_fr) = if backups_unlimited {
            (" Copies in backups or archives are kept with no time limit at all: set one too (the `backup-retention` fact).", " Les copies de sauvegarde ou d'archive sont conservées sans aucune limite : fixez-en une aussi (le fait `conservation-sauvegardes`).")
        } else {
            ("", "")
        };
        if let Some(period) = periods.iter().find(|period| period.over_limit()) {
            let (en, fr) = (period.duration.describe(Lang::En), period.duration.describe(Lang::Fr));
            let message = Message::new(
                format!("The processor may take {en} to delete or return the data after the end of the services. Art. 28(3)(g) requires deletion or return at the end of the services, and every extra month keeps the data exposed at a former contractor; this linter reports periods over 90 days. Agree on 30 days.{backups_en}"),
                format!("Le sous-traitant dispose de {fr} pour supprimer ou restituer les données après la fin des prestations. L'art. 28(3)(g) exige la suppression ou la restitution au terme des prestations, et chaque mois supplémentaire laisse les données exposées chez un ancien prestataire ; le linter signale les délais de plus de 90 jours. Convenez de 30 jours.{backups_fr}"),
            );
            let replacement = match cx.doc_lang() {
                Lang::En => "30 days",
                Lang::Fr => "30 jours",
            };
            let fix =
                fixes::replace(period.span, replacement, Message::new("Shorten to 30 days", "Ramener à 30 jours"));
            let inferred = !period.from_fact && (cx.doc.prose || duty.inferred(cx));
            sink.report(cx, &DEADLINE_META, period.span, message).with_fix(fix).inferred(inferred);
            return;
        }
        let message = Message::new(
            format!("No period is set for deleting or returning the data at the end of the services, so the processor may postpone it indefinitely. Art. 28(3)(g) requires deletion or return at the end of the services: agree on a period (30 days is common; this linter reports periods over 90 days).{backups_en}"),
            format!("Aucun délai n'est fixé pour supprimer ou restituer les données au terme des prestations : le sous-traitant peut le repousser indéfiniment. L'art. 28(3)(g) exige la suppression ou la restitution au terme des prestations : convenez d'un délai (30 jours est l'usage ; le linter signale les délais de plus de 90 jours).{backups_fr}"),
        );
        let (clause_span, inferred, clause) = missing_target(cx, ClauseKind::DeletionReturn);
        let span = blank.or(clause.map(|_| clause_span)).unwrap_or_else(|| duty.span());
        let message = with_certainty_hint(message, ClauseKind::DeletionReturn, inferred);
        let sentence = if cx.doc.prose {
            L10n::new("The processor shall complete the deletion or return within 30 days of the end of the services.", "Le sous-traitant achève la suppression ou la restitution dans un délai de 30 jours à compter du terme des prestations.")
        } else {
            L10n::new(
                "The processor shall complete the deletion or return within [[deletion-period: 30 days]] of the end of the services.",
                "Le sous-traitant achève la suppression ou la restitution dans un délai de [[délai-suppression : 30 jours]] à compter du terme des prestations.",
            )
        };
        let fix = fixes::add_to_clause(cx, ClauseKind::DeletionReturn, TITLE, sentence);
        sink.report(cx, &DEADLINE_META, span, message).with_fix(fix).inferred(inferred);
    }
}

/// Backups or archives are mentioned at the end of the services with no period of their own.
fn backups_kept_without_limit(cx: &Context<'_>, sentences: &[Sentence<'_>]) -> bool {
    let has_backup_period =
        cx.doc.facts_named(FactName::BackupRetention).any(|fact| matches!(fact.parsed(), Some(FactValue::Duration(_))));
    !has_backup_period && sentences.iter().any(|sentence| sentence.states(&cues::BACKUP))
}

static CERTIFICATE_META: RuleMeta = RuleMeta {
    id: "END-CERTIFICATE",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Info,
    escalates: false,
    citation: "GDPR Art. 28(3)(g); SCC 2021/915 cl. 10(d)",
    summary: L10n::new("No written confirmation that the data has been deleted.", "Aucune confirmation écrite de la suppression des données."),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for a written confirmation or certificate of deletion: any certification wording in a `{deletion-return}` clause, or elsewhere a sentence that certifies or confirms the deletion, in writing whatever words stand between (\"on request, confirms the erasure to the Customer in writing\"), or informs the controller of when it took place; a deletion done \"certifiably\" counts too. Only measured when a delete-or-return duty exists.",
            "Recherche une confirmation écrite ou un certificat de suppression : toute mention de certification dans une clause `{suppression-restitution}`, ou ailleurs une phrase qui certifie ou confirme la suppression, par écrit quels que soient les mots intercalés (« sur demande, confirme l'effacement par écrit »), ou informe le responsable de sa date ; une suppression faite « de manière certifiée » compte aussi. Mesuré seulement si une obligation de suppression ou de restitution existe.",
        ),
        why: L10n::new(
            "The controller must be able to show that its data no longer exists at a former processor (accountability, Art. 5(2)); the Commission's standard clauses (2021/915, cl. 10(d)) have the processor certify the deletion. Without a written confirmation, the controller learns that a copy survived only when it leaks.",
            "Le responsable du traitement doit pouvoir démontrer que ses données n'existent plus chez un ancien sous-traitant (responsabilité, art. 5(2)) ; les clauses types de la Commission (2021/915, cl. 10(d)) font certifier la suppression par le sous-traitant. Sans confirmation écrite, le responsable n'apprend qu'une copie a survécu que lorsqu'elle fuit.",
        ),
        failing: "# Deletion and return {deletion-return}\nAt the Customer's choice, the Provider shall delete or return all Customer Data within [[deletion-period: 30 days]] after the end of the services.\n",
        passing: "# Deletion and return {deletion-return}\nAt the Customer's choice, the Provider shall delete or return all Customer Data within [[deletion-period: 30 days]] after the end of the services, and shall certify the deletion to the Customer in writing.\n",
        companion: None,
    },
};

/// The certificate must be of the deletion or return: "certifies that it will not sell the
/// data" or an "approved certification mechanism" in the same clause certifies nothing of it.
/// Informing the controller of when the deletion took place confirms it too ("information on
/// the nature and the time of the deletion"), and so does confirming it in a written form with
/// any words between ("confirms the erasure to the Customer in writing"). Outside the deletion
/// clause a certificate counts only beside a deletion word: the verbs of returning also hand
/// over other certificates ("shall deliver its insurance certificate", « remettra son
/// attestation de vigilance »).
static CERTIFICATE_DUTY: Duty = Duty {
    kinds: &[ClauseKind::DeletionReturn],
    in_clause: &[
        &[&cues::CERTIFY_DELETION, &cues::DELETE],
        &[&cues::CERTIFY_DELETION, &cues::RETURN],
        &[&cues::CONFIRM, &cues::WRITTEN, &cues::DELETE],
        &[&cues::CONFIRM, &cues::WRITTEN, &cues::RETURN],
        &[&cues::INFORM, &cues::DELETION_MOMENT],
    ],
    anywhere: &[
        &[&cues::CERTIFY_DELETION, &cues::DELETE],
        &[&cues::CONFIRM, &cues::WRITTEN, &cues::DELETE],
        &[&cues::CONFIRM, &cues::WRITTEN, &cues::RETURN],
        &[&cues::INFORM, &cues::DELETION_MOMENT],
    ],
};

impl Rule for Certificate {
    fn meta(&self) -> &'static RuleMeta {
        &CERTIFICATE_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let Some(duty) = delete_or_return_duty(cx) else { return };
        if CERTIFICATE_DUTY.find(cx).is_some() {
            return;
        }
        let message = Message::new(
            "Nothing obliges the processor to confirm in writing that the data has been deleted. The controller must be able to show that no copy remains at its former processor (Art. 5(2)); the Commission's standard clauses have the processor certify the deletion. Add a written certificate of deletion.",
            "Rien n'oblige le sous-traitant à confirmer par écrit que les données ont été supprimées. Le responsable du traitement doit pouvoir démontrer qu'aucune copie ne subsiste chez son ancien sous-traitant (art. 5(2)) ; les clauses types de la Commission font certifier la suppression par le sous-traitant. Ajoutez un certificat écrit de suppression.",
        );
        let (clause_span, inferred, clause) = missing_target(cx, ClauseKind::DeletionReturn);
        let span = if clause.is_some() { clause_span } else { duty.span() };
        let message = with_certainty_hint(message, ClauseKind::DeletionReturn, inferred);
        let sentence = L10n::new(
            "The processor shall certify the deletion to the controller in writing within 10 days of its completion.",
            "Le sous-traitant certifie la suppression par écrit au responsable du traitement dans les 10 jours de son achèvement.",
        );
        let fix = fixes::add_to_clause(cx, ClauseKind::DeletionReturn, TITLE, sentence);
        sink.report(cx, &CERTIFICATE_META, span, message).with_fix(fix).inferred(inferred);
    }
}

#[cfg(test)]
mod tests {
    use crate::{lint, LintOptions};

    fn fired(source: &str, rule: &str) -> Vec<String> {
        let report = lint(source, &LintOptions::default());
        report.findings.iter().filter(|f| f.rule == rule).map(|f| f.span.text(source).to_string()).collect()
    }

    #[test]
    fn backup_rotation_is_not_the_deletion_period() {
        let source = "# Deletion {deletion-return}\nAt the end of the services the Provider shall, at the Customer's choice, delete or return all Customer Data within sixty (60) days, including deletion from backup systems, which are rotated on a one hundred and twenty (120) day cycle.\n";
        assert!(fired(source, "END-DEADLINE").is_empty());
        let source = "# Deletion {deletion-return}\nAt the end of the services the Provider shall, at the Customer's choice, delete or return all Customer Data within six (6) months.\n";
        assert_eq!(fired(source, "END-DEADLINE"), ["six (6) months"]);
    }

    #[test]
    fn a_choice_belongs_to_whoever_the_sentence_gives_it_to() {
        let controller = "# Deletion {deletion-return}\nAs the Controller chooses, the Processor shall delete or return all personal data at the end of the services.\n";
        assert!(fired(controller, "END-CONTROLLER-CHOICE").is_empty());
        let processor = "# Deletion {deletion-return}\nÀ l'expiration du contrat, le Prestataire choisit, à sa discrétion, de restituer les données au Client ou de les supprimer.\n";
        assert_eq!(fired(processor, "END-CONTROLLER-CHOICE"), ["à sa discrétion"]);
    }
}

use dpa_lexicon::cues::breach::{
    ARTICLES_33_34, ASSIST, AUTHORITY_OR_SUBJECTS, BREACH_WORD, CONTROLLER_NOTIFICATIONS, COORDINATION,
    ENABLE_CONTROLLER, NOTIFICATION_GOVERNORS, NOTIFICATION_MODIFIERS, NOTIFICATION_OBLIGATIONS, NOTIFY, SUPPORT,
};
use dpa_lexicon::cues::Cue;

use crate::finding::Severity;
use crate::lang::{L10n, Lang, Message};
use crate::model::PartyRole;
use crate::rules::roles::Roles;
use crate::rules::search::{sentences_in, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{
    breach_clause_heading, clause_inferred, gives_notification_material, inference_note, BREACH_CLAUSE, CLAUSE_TITLE,
    TAG_THE_CLAUSE,
};

pub(crate) struct BreachAssist;

static META: RuleMeta = RuleMeta {
    id: "BREACH-ASSIST-33-34",
    family: Family::Breach,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3)(f), Arts. 33-34",
    summary: L10n::new(
        "No assistance with notifying the supervisory authority and informing the data subjects.",
        "Aucune aide pour notifier l'autorité de contrôle et informer les personnes concernées.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for the processor's duty to assist the controller with its own breach obligations: a sentence in which the processor assists, supports or cooperates with reference to Articles 33 and 34 (or Articles 32 to 36), or with notifying the supervisory authority or communicating a breach to the data subjects, including in the general assistance clause and in a list item under an assistance lead-in (\"with respect to:\"); information on the breach given to allow the controller to meet its own notification obligations also counts, and so does the information it needs or is required to give the authority or the data subjects (\"any information the Customer is required by law to provide to a regulator\"), and so does a promise of help right after the sentence naming the controller's notifications (\"You notify the authorities. We will assist as needed.\"). Help with notifying a breach counts when the notification is what the help is for (\"assist the Customer in notifying any breach\", \"cooperate in the notification\" in the breach clause), not when the processor's own notice merely follows it (\"cooperate with the Customer and notify it\"), nor when the controller is the one helping. Assistance with DPIAs or data-subject requests alone does not count.",
            "Recherche l'obligation du sous-traitant d'aider le responsable du traitement à remplir ses propres obligations en cas de violation : une phrase où le sous-traitant aide, soutient ou coopère en visant les articles 33 et 34 (ou 32 à 36), ou la notification à l'autorité de contrôle ou la communication de la violation aux personnes concernées, y compris dans la clause générale d'assistance et dans un élément de liste annoncé par une phrase d'assistance (« en ce qui concerne : ») ; les informations sur la violation fournies pour permettre au responsable de respecter ses propres obligations de notification comptent aussi, ainsi que celles dont il a besoin ou qu'il est tenu de donner à l'autorité ou aux personnes concernées (« les informations nécessaires à sa notification auprès de l'autorité de contrôle »), de même qu'une promesse d'aide juste après la phrase qui nomme les notifications du responsable (« Le Client notifie les autorités. Le Prestataire l'assiste si nécessaire. »). L'aide à notifier une violation compte quand la notification est l'objet de l'aide (« aider le Client à notifier toute violation », « coopérer pour la notification » dans la clause de violation), non quand la propre notification du sous-traitant la suit seulement (« coopère avec le Client et lui notifie »), ni quand c'est le responsable qui aide. L'aide aux AIPD ou aux demandes d'exercice des droits ne suffit pas.",
        ),
        why: L10n::new(
            "Art. 28(3)(f) GDPR requires the contract to oblige the processor to assist the controller in ensuring compliance with Articles 32 to 36, which include notifying the authority (Art. 33) and the data subjects (Art. 34). After a breach at a contractor, as in the OFII leak of January 2026, the controller cannot write either notification without the contractor's facts and help.",
            "L'art. 28(3)(f) du RGPD impose au contrat d'obliger le sous-traitant à aider le responsable du traitement à respecter les articles 32 à 36, dont la notification à l'autorité (art. 33) et la communication aux personnes concernées (art. 34). Après une violation chez un prestataire, comme dans la fuite de l'OFII de janvier 2026, le responsable ne peut rédiger ni l'une ni l'autre sans les informations et l'aide du prestataire.",
        ),
        failing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within [[breach-notice: 48 hours]].\n",
        passing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within [[breach-notice: 48 hours]]. The Provider shall assist the Customer in notifying the breach to the supervisory authority and in communicating it to the data subjects under Articles 33 and 34 GDPR.\n",
        companion: None,
    },
};

/// Sentences that show the duty: assistance or support with the articles by number, with a
/// breach towards the authority or the data subjects (not with their requests, nor with a
/// DPIA), or with the controller's notifications named as such; or the breach information given
/// to let the controller meet its own notification obligations. The duty often sits in the
/// general assistance clause, and its words may be split between a lead-in and a list item.
const EVIDENCE: &[&[&Cue]] = &[
    &[&ASSIST, &ARTICLES_33_34],
    &[&ASSIST, &AUTHORITY_OR_SUBJECTS, &BREACH_WORD],
    &[&ASSIST, &CONTROLLER_NOTIFICATIONS],
    &[&SUPPORT, &ARTICLES_33_34],
    &[&SUPPORT, &AUTHORITY_OR_SUBJECTS, &BREACH_WORD],
    &[&SUPPORT, &CONTROLLER_NOTIFICATIONS],
    &[&ENABLE_CONTROLLER, &NOTIFICATION_OBLIGATIONS, &BREACH_WORD],
];
/// How many words may stand between the help and the notification it is given for ("assist the
/// Customer, where required, in notifying", « aider l'organisme à répondre aux demandes
/// d'exercice des droits de ses stagiaires et à notifier »).
const HELP_REACH: usize = 15;

/// How many words may open a sentence before the help for it to be the label of what follows
/// its colon (« Assistance du Prestataire : fourniture des éléments nécessaires à la
/// notification »); elsewhere a colon ends the help's reach, as it opens a list of other duties.
const LABEL_WORDS_BEFORE_HELP: usize = 2;

/// Whether the words before a notification make it the object of the help: a governing
/// preposition ("in notifying", « à notifier », « dans ses notifications »), or a determiner
/// after "and" (« les analyses d'impact et la notification des violations »), with only
/// determiners and breach words between. A bare "and" before it is the processor's own notice.
fn governs_notification(lang: Lang, words_before: &[&str]) -> bool {
    let mut modified = false;
    for &word in words_before.iter().rev() {
        if NOTIFICATION_GOVERNORS.has_phrase_in(lang, word) {
            return true;
        }
        if NOTIFICATION_MODIFIERS.has_phrase_in(lang, word) {
            modified = true;
            continue;
        }
        return modified && COORDINATION.has_phrase_in(lang, word);
    }
    false
}

/// Whether `sentence` has the processor help the controller notify a breach, the notification
/// being what the help is for ("assist the Customer in notifying any breach", « aider
/// l'organisme à notifier toute violation », « assiste le Responsable dans ses notifications »)
/// rather than the processor's own notice next to its help ("cooperate with the Customer and
/// notify it"). The helper is not the controller, the notification goes to someone else than
/// the controller, and the breach is named in the sentence or its lead-in unless the sentence
/// stands in the breach clause or one of its sub-clauses (« 8.3 Coopération : coopérer pour
/// l'évaluation et la notification »).
fn helps_with_notifying(cx: &Context<'_>, roles: &Roles, sentence: &Sentence<'_>) -> bool {
    let about_breach = sentence.states(&BREACH_WORD)
        || sentence.lead_in_sentence().is_some_and(|lead_in| lead_in.states(&BREACH_WORD))
        || std::iter::successors(sentence.clause(cx), |clause| clause.parent.and_then(|id| cx.doc.clauses.get(id)))
            .any(|clause| clause.is(BREACH_CLAUSE));
    if !about_breach {
        return false;
    }
    let folded = &sentence.paragraph.folded.folded;
    let notifications = sentence.matches(&NOTIFY);
    let helps = sentence.matches(&ASSIST).into_iter().chain(sentence.matches(&SUPPORT));
    helps.filter(|&(help_start, _)| roles.subject_of(sentence, help_start) != Some(PartyRole::Controller)).any(
        |(help_start, help_end)| {
            let labels = sentence.words_between(sentence.range.0, help_start).len() <= LABEL_WORDS_BEFORE_HELP;
            notifications.iter().any(|&(notify_start, notify_end)| {
                let gap = &folded[help_end..notify_start.max(help_end)];
                if notify_start < help_end || gap.contains(';') || (gap.contains(':') && !labels) {
                    return false;
                }
                let between = sentence.words_between(help_end, notify_start);
                between.len() <= HELP_REACH
                    && governs_notification(cx.doc_lang(), &between)
                    && roles.role_named_after(sentence, notify_end, 2) != Some(PartyRole::Controller)
            })
        },
    )
}

const MODEL_SENTENCE: L10n = L10n::new(
    "Taking into account the nature of the processing and the information available to it, the Processor shall assist the Controller in notifying the breach to the supervisory authority (Article 33 GDPR) and in communicating it to the data subjects (Article 34 GDPR).",
    "Compte tenu de la nature du traitement et des informations dont il dispose, le Sous-traitant aide le Responsable du traitement à notifier la violation à l'autorité de contrôle (article 33 du RGPD) et à la communiquer aux personnes concernées (article 34 du RGPD).",
);

impl Rule for BreachAssist {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        // A short promise of help may follow the sentence naming the controller's notifications
        // ("You are responsible for notifying the authorities. We will assist as needed.").
        // Handing over what those notifications need, about a breach, is that help too.
        let roles = Roles::of(cx);
        let evidence = |sentence: &Sentence<'_>| {
            helps_with_notifying(cx, &roles, sentence)
                || EVIDENCE.iter().any(|cues| sentence.states_all_with_lead_in(cues))
                || (sentence.states(&ASSIST) && sentence.states_all_nearby(&[&ASSIST, &CONTROLLER_NOTIFICATIONS]))
                || (sentence.states(&BREACH_WORD) && gives_notification_material(sentence))
        };
        if sentences_in(cx, &[]).any(|sentence| evidence(&sentence)) {
            return;
        }
        let inferred = clause_inferred(cx);
        let message = Message::new(
            "The processor has no duty to assist the controller in notifying a breach to the supervisory authority and in communicating it to the data subjects (Art. 28(3)(f) GDPR, Arts. 33 and 34). Add: “The Processor shall assist the Controller in notifying the breach to the supervisory authority (Article 33) and in communicating it to the data subjects (Article 34).”",
            "Le sous-traitant n'a aucune obligation d'aider le responsable du traitement à notifier la violation à l'autorité de contrôle et à la communiquer aux personnes concernées (art. 28(3)(f) RGPD, art. 33 et 34). Ajoutez : « Le Sous-traitant aide le Responsable du traitement à notifier la violation à l'autorité de contrôle (article 33) et à la communiquer aux personnes concernées (article 34). »",
        );
        let span = breach_clause_heading(cx).unwrap_or_else(|| cx.missing_span());
        let fix = fixes::add_to_clause(cx, BREACH_CLAUSE, CLAUSE_TITLE, MODEL_SENTENCE);
        sink.report(cx, &META, span, inference_note(message, inferred, TAG_THE_CLAUSE))
            .inferred(inferred)
            .with_fix(fix);
    }
}

use dpa_lexicon::cues::breach::{
    ART33_3_REFERENCE, ARTICLES_33_34, CONTENT_CONSEQUENCES, CONTENT_CONTACT, CONTENT_MEASURES, CONTENT_NATURE,
    CONTENT_NUMBERS, NOTICE_INFORMATION, NOTIFICATION_MATERIAL,
};
use dpa_lexicon::cues::Cue;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::FactName;
use crate::rules::search::Sentence;
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{
    breach_clause_heading, breach_paragraphs, clause_inferred, find_in, gives_notification_content, inference_note,
    notice_sentences, sentences_of, BREACH_CLAUSE, CLAUSE_TITLE, TAG_THE_CLAUSE,
};

pub(crate) struct BreachContent;

static META: RuleMeta = RuleMeta {
    id: "BREACH-CONTENT",
    family: Family::Breach,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 33(3), Art. 28(3)(f)",
    summary: L10n::new(
        "The breach notice need not contain the Art. 33(3) items (nature, categories and numbers, contact point, consequences, measures).",
        "La notification de violation n'a pas à contenir les éléments de l'art. 33(3) (nature, catégories et nombres, point de contact, conséquences, mesures).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Checks that the breach clause makes the processor's notice contain what the controller must itself tell the supervisory authority under Art. 33(3): the nature of the breach; the categories and approximate number of data subjects and records; a contact point; the likely consequences; the measures taken or proposed. A reference to \"the information listed in Article 33(3)\" is enough, and so is the information the controller needs or is required to give the authority or the data subjects (\"any information the Customer is required by law to provide to a regulator\"), unless the clause lists some of the items itself: the list is then what the notice promises. Information merely useful, or wanted for the controller's \"reporting obligations\", is not that content. The message names the missing items.",
            "Vérifie que la clause de violation impose à la notification du sous-traitant de contenir ce que le responsable doit lui-même communiquer à l'autorité de contrôle selon l'art. 33(3) : la nature de la violation ; les catégories et le nombre approximatif de personnes concernées et d'enregistrements ; un point de contact ; les conséquences probables ; les mesures prises ou envisagées. Un renvoi aux « informations visées à l'article 33(3) » suffit, de même que les informations dont le responsable a besoin ou qu'il est tenu de donner à l'autorité ou aux personnes concernées (« les informations nécessaires à sa notification auprès de la CNIL »), sauf si la clause énumère elle-même certains éléments : la liste est alors ce que la notification promet. Des informations seulement utiles, ou demandées pour les « obligations de notification » du responsable, ne sont pas ce contenu. Le message nomme les éléments manquants.",
        ),
        why: L10n::new(
            "The controller's notification to the authority must contain the Art. 33(3) items, and only the processor knows them when the breach happened on its side. A notice reduced to \"the information the processor considers relevant\" leaves the controller unable to notify properly within 72 hours.",
            "La notification du responsable à l'autorité doit contenir les éléments de l'art. 33(3), que seul le sous-traitant connaît quand la violation a eu lieu chez lui. Une notification réduite aux « informations que le sous-traitant juge utiles » empêche le responsable de notifier correctement dans les 72 heures.",
        ),
        failing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48 hours]] after becoming aware of a breach and provide the information it considers relevant.\n",
        passing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48 hours]] after becoming aware of a breach and provide the information listed in Article 33(3) GDPR.\n",
        companion: None,
    },
};

/// The Art. 33(3) items and how the message names them.
const ITEMS: &[(Cue, L10n)] = &[
    (CONTENT_NATURE, L10n::new("the nature of the breach", "la nature de la violation")),
    (
        CONTENT_NUMBERS,
        L10n::new(
            "the categories and approximate number of data subjects and records",
            "les catégories et le nombre approximatif de personnes et d'enregistrements concernés",
        ),
    ),
    (CONTENT_CONTACT, L10n::new("a contact point", "un point de contact")),
    (CONTENT_CONSEQUENCES, L10n::new("the likely consequences", "les conséquences probables")),
    (CONTENT_MEASURES, L10n::new("the measures taken or proposed", "les mesures prises ou envisagées")),
];

const MODEL_SENTENCE: L10n = L10n::new(
    "The notice shall contain at least the information listed in Article 33(3) GDPR: the nature of the breach, including where possible the categories and approximate number of data subjects and of records concerned; the name and contact details of a contact point; the likely consequences of the breach; and the measures taken or proposed to address it. Information not yet available shall be provided in phases without undue further delay.",
    "La notification contient au moins les informations visées à l'article 33(3) du RGPD : la nature de la violation, y compris si possible les catégories et le nombre approximatif de personnes concernées et d'enregistrements concernés ; le nom et les coordonnées d'un point de contact ; les conséquences probables de la violation ; les mesures prises ou envisagées pour y remédier. Les informations qui ne sont pas encore disponibles sont fournies de manière échelonnée sans autre retard indu.",
);

/// How many words may join the information to the Article that requires it ("information
/// required by Article 33", « les informations visées à l'article 33 »).
const ARTICLE_REACH: usize = 4;

/// Whether `sentence` requires the information by the Article that lists it, without its
/// paragraph ("the information required under Article 33 GDPR", « les informations prévues par
/// l'article 33 du RGPD », "the details pursuant to Art. 33 GDPR"): only Art. 33(3) says what a
/// notification holds. Information for the controller's "obligations under Article 33" says why
/// it is given, not what it holds.
fn requires_article_33_information(sentence: &Sentence<'_>) -> bool {
    let articles = sentence.matches(&ARTICLES_33_34);
    sentence.matches(&NOTIFICATION_MATERIAL).into_iter().any(|(_, material_end)| {
        articles.iter().any(|&(article_start, _)| {
            let between = sentence.words_between(material_end, article_start);
            article_start >= material_end
                && between.len() <= ARTICLE_REACH
                && !between.iter().any(|word| word.starts_with("obligation"))
        })
    })
}

impl Rule for BreachContent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let notices = notice_sentences(cx);
        if notices.is_empty() && cx.doc.facts_named(FactName::BreachNotice).next().is_none() {
            return;
        }
        let paragraphs = breach_paragraphs(cx);
        if find_in(&paragraphs, &ART33_3_REFERENCE).is_some()
            || sentences_of(&paragraphs).any(|sentence| requires_article_33_information(&sentence))
        {
            return;
        }
        let missing: Vec<&L10n> =
            ITEMS.iter().filter(|(cue, _)| find_in(&paragraphs, cue).is_none()).map(|(_, name)| name).collect();
        if missing.is_empty() {
            return;
        }
        // The content named by its purpose stands for the Art. 33(3) items unless the clause
        // lists some of them: the list then is what the notice promises.
        let none_listed = missing.len() == ITEMS.len();
        if none_listed && sentences_of(&paragraphs).any(|sentence| gives_notification_content(&sentence)) {
            return;
        }
        let list_en = missing.iter().map(|item| item.en).collect::<Vec<_>>().join("; ");
        let list_fr = missing.iter().map(|item| item.fr).collect::<Vec<_>>().join(" ; ");
        let message = Message::new(
            format!("The breach notice need not contain {list_en}. The controller must give these to the supervisory authority (Art. 33(3) GDPR) and only the processor knows them when the breach is on its side. Require at least “the information listed in Article 33(3) GDPR”, given in phases where needed."),
            format!("La notification de violation n'a pas à contenir {list_fr}. Le responsable doit les communiquer à l'autorité de contrôle (art. 33(3) RGPD) et seul le sous-traitant les connaît quand la violation a eu lieu chez lui. Exigez au moins « les informations visées à l'article 33(3) du RGPD », fournies de manière échelonnée si nécessaire."),
        );
        // Point at the sentence that says what the notice contains, else at the notice itself.
        let (span, inferred) = match find_in(&paragraphs, &NOTICE_INFORMATION).or_else(|| notices.first().copied()) {
            Some(hit) => (hit.sentence_span(), hit.inferred(cx)),
            None => (breach_clause_heading(cx).unwrap_or_else(|| cx.missing_span()), clause_inferred(cx)),
        };
        let fix = fixes::add_to_clause(cx, BREACH_CLAUSE, CLAUSE_TITLE, MODEL_SENTENCE);
        sink.report(cx, &META, span, inference_note(message, inferred, TAG_THE_CLAUSE))
            .inferred(inferred)
            .with_fix(fix);
    }
}

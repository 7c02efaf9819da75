use dpa_lexicon::cues::security::{MEASURES, PERIODIC_REVIEW, REGULARLY, REVIEW, TEST, TESTING};
use dpa_lexicon::values::{EvidenceKind, FactValue};

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{FactName, PartyRole};
use crate::rules::query::inference_note;
use crate::rules::roles::Roles;
use crate::rules::search::{sentences_in, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{describes_the_record, measures_kind, security_anchor, CLAUSE_TITLE, TAG_THE_CLAUSE};

pub(crate) struct SecTesting;

static META: RuleMeta = RuleMeta {
    id: "SEC-TESTING",
    family: Family::Security,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: false,
    citation: "GDPR Art. 32(1)(d)",
    summary: L10n::new(
        "No regular testing, assessing and evaluating of the measures.",
        "Aucune procédure pour tester, analyser et évaluer régulièrement les mesures.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for a process for regularly testing the measures: a `pentest-interval` fact, a penetration test report as evidence, words such as \"penetration test\", \"regularly test\", \"vulnerability scans\", \"tests d'intrusion\", \"évaluer régulièrement\", a test said to recur (\"regular security testing\", \"tested at regular intervals\"), or a regular review whose object is the measures (\"regularly monitor the technical and organisational measures\", \"reviewing, assessing and evaluating the effectiveness of the measures\", « revue régulière des mesures »). Tests and reviews the controller carries out (\"the Controller may verify the measures on a regular basis\") are its audit right, not the processor's process. Nor does the list of what the record of processing describes (\"a general description of the measures, including as appropriate:\" then \"- a process for regularly testing … the measures\") promise a test.",
            "Recherche une procédure de test régulier des mesures : un fait `intervalle-tests-intrusion`, un rapport de test d'intrusion cité comme preuve, des mots tels que « tests d'intrusion », « évaluer régulièrement », « recherche de vulnérabilités », « penetration test », un test dit récurrent (« tests de sécurité réguliers », « testées à intervalles réguliers »), ou une revue régulière qui porte sur les mesures (« revue régulière des mesures », « contrôle régulièrement les mesures techniques et organisationnelles », \"regularly monitor the technical and organisational measures\"). Les tests et revues menés par le responsable du traitement (« le Responsable peut contrôler régulièrement les mesures ») relèvent de son droit d'audit, non de la procédure du sous-traitant. La liste de ce que décrit le registre des activités (« une description générale des mesures, y compris, selon les besoins : » puis « - une procédure visant à tester … régulièrement ») ne promet pas non plus de test.",
        ),
        why: L10n::new(
            "Art. 32(1)(d) GDPR lists \"a process for regularly testing, assessing and evaluating the effectiveness\" of the measures. Measures that are never tested decay unnoticed: a contractor's interface left open, as in the OFII leak of January 2026, is what a penetration test finds.",
            "L'art. 32(1)(d) du RGPD cite « une procédure visant à tester, à analyser et à évaluer régulièrement l'efficacité » des mesures. Des mesures jamais testées se dégradent sans que personne ne le voie : une interface de prestataire restée ouverte, comme dans la fuite de l'OFII de janvier 2026, est ce qu'un test d'intrusion découvre.",
        ),
        failing: "# Security {security}\nThe Provider encrypts stored data with [[encryption-at-rest: AES-256-GCM]].\n",
        passing: "# Security {security}\nThe Provider encrypts stored data with [[encryption-at-rest: AES-256-GCM]] and has an independent penetration test performed every [[pentest-interval: 12 months]].\n",
        companion: None,
    },
};

const MODEL: L10n = L10n::new(
    "The Processor shall regularly test, assess and evaluate the effectiveness of the measures, including by an independent penetration test at least every [[pentest-interval: 12 months]] and after any major change.",
    "Le Sous-traitant teste, analyse et évalue régulièrement l'efficacité des mesures, notamment par un test d'intrusion indépendant au moins tous les [[intervalle-tests-intrusion : 12 mois]] et après toute évolution majeure.",
);

const MODEL_PLAIN: L10n = L10n::new(
    "The Processor shall regularly test, assess and evaluate the effectiveness of the measures, including by an independent penetration test at least every 12 months and after any major change.",
    "Le Sous-traitant teste, analyse et évalue régulièrement l'efficacité des mesures, notamment par un test d'intrusion indépendant au moins tous les 12 mois et après toute évolution majeure.",
);

/// How many words may separate the words of a regular review from the measures it reviews.
const REVIEW_REACH: usize = 10;

/// How many words may separate a review word from the word saying it recurs ("periodically and
/// systematically monitor", « réexamen régulier », "reviewed at least annually").
const REGULAR_REACH: usize = 2;

/// A regular review whose object is the measures: the measures named within a few words after
/// the review ("periodically monitor the internal processes as well as the technical and
/// organisational measures", « un réexamen régulier des mesures », "review the measures on a
/// regular basis"), not a review of the risks in a sentence that also names the measures, nor
/// a regular update of the measures after a review.
fn reviews_measures(cx: &Context<'_>) -> bool {
    let roles = Roles::of(cx);
    processors_sentences(cx).any(|sentence| {
        let processors = |&(start, _): &(usize, usize)| !controller_acts(&roles, &sentence, start);
        let recurring = sentence.matches(&REGULARLY);
        let recurs_before = |start: usize| {
            recurring.iter().any(|&(_, to)| to <= start && sentence.words_between(to, start).len() <= REGULAR_REACH)
        };
        let recurs_after = |end: usize| {
            recurring.iter().any(|&(from, _)| from >= end && sentence.words_between(end, from).len() <= REGULAR_REACH)
        };
        let measures = sentence.mentions(&MEASURES);
        let reviewed = |review_end: usize| {
            measures.iter().copied().filter(move |&(start, _)| {
                start >= review_end && sentence.words_between(review_end, start).len() <= REVIEW_REACH
            })
        };
        sentence.matches(&PERIODIC_REVIEW).into_iter().filter(processors).any(|(_, end)| reviewed(end).next().is_some())
            || sentence.matches(&REVIEW).into_iter().filter(processors).any(|(start, end)| {
                let regular = recurs_before(start) || recurs_after(end);
                reviewed(end).any(|(_, measures_end)| regular || recurs_after(measures_end))
            })
    })
}

/// How many words may separate a test from the word saying it recurs ("tests de sécurité
/// réguliers", "security tests of the platform shall be carried out at regular intervals").
const TEST_REACH: usize = 8;

/// A test said to recur, whatever its wording: the test word with a regularity word a few words
/// before or after it ("regular security testing", « tests de sécurité périodiques », "the
/// measures are tested at regular intervals"). A test on its own ("tested before go-live") is not
/// the regular process the Article asks for.
fn tests_regularly(cx: &Context<'_>) -> bool {
    let roles = Roles::of(cx);
    processors_sentences(cx).any(|sentence| {
        let recurring = sentence.matches(&REGULARLY);
        // A drafting note in brackets ("[the description must cover regular tests]") agrees nothing.
        let agreed = |&(start, end): &(usize, usize)| {
            !sentence.paragraph.bracketed(sentence.source_span((start, end)))
                && !controller_acts(&roles, &sentence, start)
        };
        sentence.matches(&TEST).into_iter().filter(agreed).any(|(start, end)| {
            recurring.iter().any(|&(from, to)| {
                (to <= start && sentence.words_between(to, start).len() <= TEST_REACH)
                    || (from >= end && sentence.words_between(end, from).len() <= TEST_REACH)
            })
        })
    })
}

/// Every sentence but the record of processing's list of what it describes ("a procedure for
/// regularly testing … the effectiveness of the measures" is a heading of the record, not a test
/// the processor runs).
fn processors_sentences<'a>(cx: &Context<'a>) -> impl Iterator<Item = Sentence<'a>> + 'a {
    let doc = cx.doc;
    sentences_in(cx, &[]).filter(move |sentence| !describes_the_record(doc, sentence.paragraph))
}

/// The controller is the one testing or reviewing ("the Controller may verify the measures on a
/// regular basis", « le Client peut contrôler régulièrement les mesures »): its audit right,
/// not the processor's own process that Art. 32(1)(d) asks for.
fn controller_acts(roles: &Roles, sentence: &Sentence<'_>, at: usize) -> bool {
    roles.role_before(sentence, at) == Some(PartyRole::Controller)
}

impl Rule for SecTesting {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let interval = cx.doc.facts_named(FactName::PentestInterval).next().is_some();
        let report = cx.doc.facts_named(FactName::Evidence).any(|fact| {
            matches!(fact.parsed(), Some(FactValue::Evidence(evidence)) if evidence.kind == EvidenceKind::PentestReport)
        });
        let tested = cx.find_agreed(&TESTING, &[]).iter().any(|hit| !describes_the_record(cx.doc, hit.paragraph));
        if interval || report || tested || tests_regularly(cx) || reviews_measures(cx) {
            return;
        }
        let (span, inferred) = security_anchor(cx);
        let message = Message::new(
            "Nothing provides for regularly testing, assessing and evaluating the security measures (Art. 32(1)(d) GDPR): no penetration test, no vulnerability scans, no review cycle. Add: “The Processor shall regularly test, assess and evaluate the effectiveness of the measures, including by an independent penetration test at least every 12 months.”",
            "Rien ne prévoit de tester, d'analyser et d'évaluer régulièrement les mesures de sécurité (art. 32(1)(d) RGPD) : ni test d'intrusion, ni recherche de vulnérabilités, ni cycle de revue. Ajoutez : « Le Sous-traitant teste, analyse et évalue régulièrement l'efficacité des mesures, notamment par un test d'intrusion indépendant au moins tous les 12 mois. »",
        );
        let model = if cx.doc.prose { MODEL_PLAIN } else { MODEL };
        let fix = fixes::add_to_clause(cx, measures_kind(cx), CLAUSE_TITLE, model);
        sink.report(cx, &META, span, inference_note(message, inferred, TAG_THE_CLAUSE))
            .inferred(inferred)
            .with_fix(fix);
    }
}

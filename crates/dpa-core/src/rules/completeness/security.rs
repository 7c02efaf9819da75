//! ART28-3B-CONFIDENTIALITY and ART28-3C-SECURITY: the people who process the data are bound to
//! confidentiality (Art. 28(3)(b)), and the processor takes the Art. 32 measures (Art. 28(3)(c)).

use dpa_lexicon::cues::completeness as cues;
use dpa_lexicon::cues::security::SUFFICIENT_GUARANTEES;
use dpa_lexicon::cues::Cue;
use dpa_lexicon::FoldedText;

use crate::finding::Severity;
use crate::lang::L10n;
use crate::model::ClauseKind;
use crate::rules::search::{report_missing, sentences_in, Duty, Sentence};
use crate::rules::security::describes_the_record;
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct Confidentiality;
pub(crate) struct Security;

/// A sentence binding the personnel, or two neighbouring ones sharing the duty ("Access is
/// limited to authorised staff. They are bound by confidentiality."), unless the persons are only
/// let at the data and nothing binds them: "authorised personnel may access visitor data" beside
/// "X ensures the confidentiality of visitor data" is access granted plus the company's own
/// secrecy.
fn personnel_bound_to_confidentiality(cx: &Context<'_>) -> bool {
    let cues: [&Cue; 2] = [&cues::AUTHORISED_PERSONS, &cues::CONFIDENTIALITY_COMMITMENT];
    sentences_in(cx, &[]).any(|sentence| {
        if sentence.states_all(&cues) {
            return true;
        }
        if !sentence.states_all_nearby(&cues) {
            return false;
        }
        let around = [sentence.previous, sentence.lead_in].into_iter().flatten().map(|(paragraph, range)| Sentence {
            paragraph,
            range,
            previous: None,
            lead_in: None,
        });
        let pair: Vec<Sentence<'_>> = std::iter::once(sentence).chain(around).collect();
        let only_let_in =
            pair.iter().any(|one| one.states(&cues::AUTHORISED_PERSONS) && one.states(&cues::ACCESS_PERMISSION));
        !only_let_in || pair.iter().any(|one| one.states(&cues::PERSONALLY_BOUND))
    })
}

static CONFIDENTIALITY_META: RuleMeta = RuleMeta {
    id: "ART28-3B-CONFIDENTIALITY",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3)(b)",
    summary: L10n::new(
        "No duty to bind the persons authorised to process the data to confidentiality.",
        "Aucune obligation de soumettre les personnes autorisées à traiter les données à la confidentialité.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for a sentence that binds the processor's personnel (the persons authorised to process, staff, employees) to confidentiality, by a commitment or a statutory duty: first in `{confidentiality}` clauses, then anywhere. A short item that names the duty (\"- Ensure confidentiality\") under a heading listing the processor's obligations counts, the heading supplying actor and verb. A promise that the company itself keeps the data confidential is not enough.",
            "Recherche une phrase qui soumet le personnel du sous-traitant (les personnes autorisées à traiter les données, salariés, préposés) à la confidentialité, par un engagement ou une obligation légale : d'abord dans les clauses `{confidentialite}`, puis dans tout le document. Un élément bref qui nomme l'obligation (« - Garantir la confidentialité ») sous un titre énumérant les obligations du sous-traitant compte, le titre fournissant l'acteur et le verbe. La promesse que l'entreprise elle-même garde les données confidentielles ne suffit pas.",
        ),
        why: L10n::new(
            "Art. 28(3)(b) requires the processor to ensure that every person authorised to process the data has committed to confidentiality or is under a statutory obligation of confidentiality. Insider access was one hypothesis in the OFII case (January 2026): a personal commitment is what makes an employee's disclosure a breach that can be pursued.",
            "L'art. 28(3)(b) exige que le sous-traitant veille à ce que chaque personne autorisée à traiter les données s'engage à la confidentialité ou soit soumise à une obligation légale de confidentialité. Une complicité interne était l'une des hypothèses de l'affaire OFII (janvier 2026) : un engagement personnel est ce qui fait de la divulgation par un salarié un manquement que l'on peut poursuivre.",
        ),
        failing: "# Confidentiality {confidentiality}\nThe Provider will keep Customer Data confidential.\n",
        passing: "# Confidentiality {confidentiality}\nThe Provider shall ensure that persons authorised to process Customer Data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality.\n",
        companion: None,
    },
};

impl Rule for Confidentiality {
    fn meta(&self) -> &'static RuleMeta {
        &CONFIDENTIALITY_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if personnel_bound_to_confidentiality(cx) || confidentiality_listed_among_processor_duties(cx) {
            return;
        }
        let message = L10n::new(
            "No clause binds the persons authorised to process the data to confidentiality. Art. 28(3)(b) requires the processor to ensure that each of them has committed to confidentiality or is under a statutory obligation of confidentiality; a promise that the company keeps the data confidential does not bind its staff.",
            "Aucune clause ne soumet les personnes autorisées à traiter les données à la confidentialité. L'art. 28(3)(b) exige que le sous-traitant veille à ce que chacune d'elles s'engage à la confidentialité ou soit soumise à une obligation légale de confidentialité ; la promesse que l'entreprise garde les données confidentielles n'engage pas son personnel.",
        );
        let sentence = L10n::new(
            "The processor shall ensure that every person it authorises to process the personal data has committed in writing to confidentiality or is under an appropriate statutory obligation of confidentiality, and that access is limited to those who need it to perform the services.",
            "Le sous-traitant veille à ce que chaque personne qu'il autorise à traiter les données à caractère personnel se soit engagée par écrit à respecter la confidentialité ou soit soumise à une obligation légale appropriée de confidentialité, et à ce que l'accès soit limité aux personnes qui en ont besoin pour exécuter les prestations.",
        );
        let fix = fixes::add_to_clause(
            cx,
            ClauseKind::Confidentiality,
            L10n::new("Confidentiality", "Confidentialité"),
            sentence,
        );
        report_missing(cx, sink, &CONFIDENTIALITY_META, ClauseKind::Confidentiality, message, fix);
    }
}

/// A security clause must talk about security; elsewhere the sentence must oblige the processor
/// to take measures *for security* (assistance "by appropriate technical and organisational
/// measures" is about data-subject requests, not Art. 32).
static SECURITY_DUTY: Duty = Duty {
    kinds: &[ClauseKind::Security],
    in_clause: &[&[&cues::SECURITY_SUBJECT]],
    anywhere: &[&[&cues::SECURITY_MEASURES, &cues::SECURITY_PURPOSE, &cues::IMPLEMENT]],
};

static SECURITY_META: RuleMeta = RuleMeta {
    id: "ART28-3C-SECURITY",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3)(c), Art. 32",
    summary: L10n::new(
        "No security clause and no security-measures annex.",
        "Ni clause de sécurité ni annexe de mesures de sécurité.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Checks that the processor is obliged to take the security measures of Art. 32: a `{security}` clause that talks about measures or security, a `{annex security-measures}` annex (how good the annex is, is SEC-TOM-ANNEX's business), or a sentence anywhere obliging the processor to implement technical and organisational measures for security (also a verbless item, \"- Appropriate security measures\", under a heading that lists the processor's obligations). Measures that bind nobody do not count: the record of processing's \"general description of the technical and organisational security measures\" and its items, or the \"sufficient guarantees to implement appropriate measures\" a sub-processor must offer (Art. 28(4)).",
            "Vérifie que le sous-traitant est tenu de prendre les mesures de sécurité de l'art. 32 : une clause `{securite}` qui parle de mesures ou de sécurité, une annexe `{annexe mesures-de-securite}` (sa qualité relève de SEC-TOM-ANNEX), ou une phrase qui oblige le sous-traitant à mettre en œuvre des mesures techniques et organisationnelles de sécurité (y compris un élément sans verbe, « - Mesures de sécurité appropriées », sous un titre qui énumère les obligations du sous-traitant). Des mesures qui n'obligent personne ne comptent pas : la « description générale des mesures de sécurité techniques et organisationnelles » du registre des activités et ses éléments, ou les « garanties suffisantes quant à la mise en œuvre de mesures appropriées » que doit présenter un sous-traitant ultérieur (art. 28(4)).",
        ),
        why: L10n::new(
            "Art. 28(3)(c) requires the contract to oblige the processor to take all the measures required by Art. 32. Without that duty the controller has no contractual ground to demand encryption, access control or testing, which is exactly what the OFII case (January 2026) showed a controller needs from its contractors.",
            "L'art. 28(3)(c) exige que le contrat oblige le sous-traitant à prendre toutes les mesures requises par l'art. 32. Sans cette obligation, le responsable n'a aucun fondement contractuel pour exiger chiffrement, contrôle d'accès ou tests, ce dont l'affaire OFII (janvier 2026) a montré qu'un responsable a besoin de la part de ses prestataires.",
        ),
        failing: "# Services {subject-matter}\nThe Provider hosts the Customer's order-management platform.\n",
        passing: "# Security {security}\nThe Provider shall implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk, as required by Article 32 of the GDPR.\n",
        companion: None,
    },
};

/// The sentences of clauses headed as the processor's obligations ("Obligations of the
/// Processor", « Obligations du Sous-traitant »): a verbless item there ("- Appropriate security
/// measures", "- Ensure confidentiality") takes its actor and its verb from the heading.
fn under_processor_duties<'a>(cx: &Context<'a>) -> impl Iterator<Item = Sentence<'a>> + 'a {
    let doc = cx.doc;
    sentences_in(cx, &[]).filter(move |sentence| {
        doc.clause_of(sentence.paragraph).is_some_and(|clause| {
            let title = FoldedText::new(&clause.title, 0);
            cues::DUTIES_HEADING.matches(&title) && cues::PROCESSOR_WORDS.matches(&title)
        })
    })
}

/// Items that name Art. 28(3)(b) by its topic alone are the duty in a list of the processor's
/// Art. 28 duties; a longer sentence about keeping the data confidential is the company's own
/// secrecy and must bind the persons to count.
const DUTY_NAME_MAX_WORDS: usize = 5;

fn confidentiality_listed_among_processor_duties(cx: &Context<'_>) -> bool {
    under_processor_duties(cx).any(|sentence| {
        sentence.states(&cues::CONFIDENTIALITY_COMMITMENT)
            && sentence.words_between(sentence.range.0, sentence.range.1).len() <= DUTY_NAME_MAX_WORDS
    })
}

/// "Implements appropriate technical and organisational measures to protect visitor data": the
/// Art. 32 measures named in full are the security duty, unless they are how the processor
/// assists the controller ("assists the controller by appropriate technical and organisational
/// measures" is Art. 28(3)(e)).
fn implements_technical_and_organisational_measures(cx: &Context<'_>) -> bool {
    sentences_in(cx, &[]).any(|sentence| {
        sentence.states_all(&[&cues::TECHNICAL_ORGANISATIONAL_MEASURES, &cues::IMPLEMENT])
            && !sentence.states(&cues::ASSIST)
            && binds_the_processor(cx, &sentence)
    })
}

/// Words about measures that bind nobody to take them: what the record of processing describes
/// ("a general description of the security measures, including as appropriate:" and its items),
/// or the guarantees a (sub-)processor must offer (Art. 28(1) and (4): "ensure that the
/// sub-processor provides sufficient guarantees to implement appropriate measures", « présente
/// les garanties suffisantes quant à la mise en œuvre de mesures »): the measures are named only
/// after the guarantees, as their object. Measures named before them ("shall implement the
/// measures and provides sufficient guarantees") are still the duty.
fn binds_the_processor(cx: &Context<'_>, sentence: &Sentence<'_>) -> bool {
    let guarantees_only = sentence.mentions(&SUFFICIENT_GUARANTEES).first().is_some_and(|&(guarantees, _)| {
        sentence.mentions(&cues::SECURITY_MEASURES).iter().all(|&(start, _)| start > guarantees)
    });
    !guarantees_only && !describes_the_record(cx.doc, sentence.paragraph)
}

impl Rule for Security {
    fn meta(&self) -> &'static RuleMeta {
        &SECURITY_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if cx.has_clause(ClauseKind::SecurityMeasures)
            || SECURITY_DUTY.find_where(cx, |sentence| binds_the_processor(cx, sentence)).is_some()
            || under_processor_duties(cx)
                .any(|sentence| sentence.states_all(&[&cues::SECURITY_MEASURES, &cues::SECURITY_PURPOSE]))
            || implements_technical_and_organisational_measures(cx)
        {
            return;
        }
        let message = L10n::new(
            "No clause obliges the processor to take the security measures of Art. 32, and there is no security-measures annex. Art. 28(3)(c) requires this duty: without it the controller cannot demand encryption, access control or testing. Add a security clause and describe the measures in an annex.",
            "Aucune clause n'oblige le sous-traitant à prendre les mesures de sécurité de l'art. 32, et il n'y a pas d'annexe de mesures de sécurité. L'art. 28(3)(c) impose cette obligation : sans elle, le responsable ne peut exiger ni chiffrement, ni contrôle d'accès, ni tests. Ajoutez une clause de sécurité et décrivez les mesures dans une annexe.",
        );
        let body = L10n::new(
            "The processor shall take all the measures required by Article 32 of Regulation (EU) 2016/679 and shall at least implement the technical and organisational measures described in the security-measures annex, which it shall not change in a way that lowers the level of protection.",
            "Le sous-traitant prend toutes les mesures requises en vertu de l'article 32 du règlement (UE) 2016/679 et met en œuvre au minimum les mesures techniques et organisationnelles décrites à l'annexe des mesures de sécurité, qu'il ne modifie pas d'une manière qui réduirait le niveau de protection.",
        );
        let fix = fixes::insert_clause(
            cx,
            ClauseKind::Security,
            L10n::new("Security of processing", "Sécurité du traitement"),
            body,
        );
        report_missing(cx, sink, &SECURITY_META, ClauseKind::Security, message, fix);
    }
}

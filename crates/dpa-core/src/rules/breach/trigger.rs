use std::collections::HashMap;

use dpa_lexicon::cues::breach::{CONFIRMATION_TRIGGER, CONFIRMED, SUSPECTED};
use dpa_lexicon::values::{BreachTrigger, FactValue};
use dpa_lexicon::Lang;
use dpa_syntax::Span;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{Definition, FactName};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{breach_paragraphs, find_in, inference_note, notice_sentences, TAG_THE_CLAUSE};

pub(crate) struct BreachTriggerRule;

static META: RuleMeta = RuleMeta {
    id: "BREACH-TRIGGER",
    family: Family::Breach,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 33(2)",
    summary: L10n::new(
        "The breach notice clock starts at confirmation or at the end of an investigation instead of awareness.",
        "Le délai de notification court à partir de la confirmation ou de la fin d'une enquête, et non de la prise de connaissance.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Checks from when the processor's breach notice deadline runs: a `breach-trigger` fact set to `confirmation`, or breach-clause wording such as \"after confirming the breach\", \"a confirmed personal data breach\", \"after the investigation\", \"à compter de la confirmation\", \"à l'issue de l'enquête\"; or a breach term used by the notice clause whose definition takes in only confirmed breaches (\"Security Incident means … confirmed …\", unless it also covers suspected ones). Awareness, discovery and suspicion are fine.",
            "Vérifie le point de départ du délai de notification : un fait `déclencheur-violation` valant `confirmation`, ou une formulation de la clause de violation telle que « à compter de la confirmation », « une violation confirmée », « à l'issue de l'enquête », « after confirming the breach » ; ou un terme défini employé par la clause de notification dont la définition ne vise que les violations confirmées (« Incident de sécurité désigne … confirmé … », sauf si elle couvre aussi les violations suspectées). La prise de connaissance, la découverte et le soupçon conviennent.",
        ),
        why: L10n::new(
            "Art. 33(2) GDPR makes the processor notify \"after becoming aware\" of a breach, not after confirming it. A clock that starts when the processor's own investigation ends lets it decide when the controller's 72 hours (Art. 33(1)) begin to run: a contractor can investigate for weeks, as in the OFII leak of January 2026, while the controller stays in the dark.",
            "L'art. 33(2) du RGPD impose au sous-traitant de notifier « après en avoir pris connaissance », non après confirmation. Un délai qui court à la fin de l'enquête du sous-traitant le laisse décider du moment où commencent les 72 heures du responsable (art. 33(1)) : un prestataire peut enquêter des semaines, comme dans la fuite de l'OFII de janvier 2026, pendant que le responsable ignore tout.",
        ),
        failing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48 hours]] after [[breach-trigger: confirmation]] of the breach.\n",
        passing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48 hours]] after [[breach-trigger: becoming aware]] of the breach.\n",
        companion: None,
    },
};

const AWARENESS: L10n = L10n::new("becoming aware", "prise de connaissance");

impl Rule for BreachTriggerRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let facts: Vec<_> = cx.doc.facts_named(FactName::BreachTrigger).collect();
        if !facts.is_empty() {
            for fact in facts {
                if let Some(FactValue::BreachTrigger(BreachTrigger::Confirmation)) = fact.parsed() {
                    let fix = fixes::replace(
                        fact.value_span,
                        AWARENESS.get(cx.doc_lang()),
                        Message::new(
                            "Start the clock at awareness",
                            "Faire courir le délai à la prise de connaissance",
                        ),
                    );
                    let inferred = fact.inferred;
                    let note = inference_note(message(&fact.value_text), inferred, TAG_THE_CLAUSE);
                    sink.report(cx, &META, fact.value_span, note).inferred(inferred).with_fix(fix);
                }
            }
            return;
        }
        if let Some(hit) = find_in(&breach_paragraphs(cx), &CONFIRMATION_TRIGGER) {
            let inferred = hit.inferred(cx);
            sink.report(cx, &META, hit.span, inference_note(message(cx.text(hit.span)), inferred, TAG_THE_CLAUSE))
                .inferred(inferred);
        } else if let Some((term, words)) = confirmed_in_definition(cx) {
            let message = definition_message(term, cx.text(words));
            sink.report(cx, &META, words, inference_note(message, true, TAG_THE_CLAUSE)).inferred(true);
        }
    }
}

/// The word "confirmed" in the definition of a breach term that a notice sentence uses: the
/// notice clause says "upon becoming aware of a Security Incident", but a Security Incident is
/// only a confirmed one, so the clock still waits for confirmation. A definition that also takes
/// in suspected breaches does not wait.
fn confirmed_in_definition<'a>(cx: &Context<'a>) -> Option<(&'a str, Span)> {
    let notices = notice_sentences(cx);
    // A long document defines the same few terms again and again: each is looked for once.
    let mut looked_up: HashMap<String, bool> = HashMap::new();
    let mut used = |definition: &Definition| {
        let term = dpa_lexicon::fold(&definition.term);
        *looked_up.entry(term).or_insert_with_key(|term| {
            !term.is_empty() && notices.iter().any(|notice| !notice.paragraph.folded.find_phrase(term).is_empty())
        })
    };
    cx.doc.definitions.iter().filter(|definition| used(definition)).find_map(|definition| {
        let start = definition.term_span.start;
        let paragraph = cx.doc.paragraphs.iter().find(|p| p.span.start <= start && start < p.span.end)?;
        if SUSPECTED.matches(&paragraph.folded) {
            return None;
        }
        let &(from, to) = CONFIRMED.find_all(&paragraph.folded).first()?;
        let (from, to) = paragraph.folded.source_range(from, to);
        Some((definition.term.as_str(), Span::new(from, to)))
    })
}

fn message(words: &str) -> Message {
    let en = AWARENESS.get(Lang::En);
    let fr = AWARENESS.get(Lang::Fr);
    Message::new(
        format!("The breach notice deadline runs from “{words}”, not from when the processor becomes aware of the breach (Art. 33(2) GDPR). The processor then decides when the controller's 72 hours (Art. 33(1)) effectively start. Make the deadline run from {en}: “within 48 hours after becoming aware of it”, including suspected breaches."),
        format!("Le délai de notification court à partir de « {words} », et non de la prise de connaissance de la violation par le sous-traitant (art. 33(2) RGPD). Le sous-traitant décide alors du moment où commencent réellement les 72 heures du responsable (art. 33(1)). Faites courir le délai à compter de la {fr} : « dans un délai de 48 heures après en avoir pris connaissance », violations suspectées comprises."),
    )
}

fn definition_message(term: &str, word: &str) -> Message {
    Message::new(
        format!("The breach notice clause speaks of “{term}”, which the definitions limit to confirmed breaches (“{word}”). The notice deadline then runs from confirmation, not from when the processor becomes aware of the breach (Art. 33(2) GDPR), and the processor decides when the controller's 72 hours (Art. 33(1)) effectively start. Take “{word}” out of the definition and include suspected breaches: “any actual or reasonably suspected breach of security …”."),
        format!("La clause de notification vise « {term} », que les définitions limitent aux violations confirmées (« {word} »). Le délai de notification court alors à partir de la confirmation, et non de la prise de connaissance de la violation par le sous-traitant (art. 33(2) RGPD), et le sous-traitant décide du moment où commencent réellement les 72 heures du responsable (art. 33(1)). Retirez « {word} » de la définition et incluez les violations suspectées : « toute violation de sécurité avérée ou raisonnablement suspectée … »."),
    )
}

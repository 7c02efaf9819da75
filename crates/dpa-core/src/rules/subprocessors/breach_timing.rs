//! SUBPROC-BREACH-TIMING: a sub-processor's breach notice to the processor must come early
//! enough for the processor to meet its own deadline towards the controller (Art. 28(4) with
//! Art. 33(2)).
//!
//! A flow-down is tied to that deadline when it says so ("in time to meet its own deadline",
//! "suffisamment tôt"), when it passes the breach clause's duties on as they are ("répercute sur
//! ses sous-traitants ultérieurs les obligations du présent article"), or when its period is
//! shorter than the processor's own: the `breach-notice` fact, else the first duration in the
//! breach clause, else the controller's 72 hours.

use dpa_lexicon::cues::breach::{BREACH_EVENT, BREACH_WORD, NOTIFY};
use dpa_lexicon::cues::subprocessors::{FLOW_DOWN, INFORM, IN_PROCESSORS_PLACE, TIED_TO_OWN_DEADLINE};
use dpa_lexicon::values::{Duration, FactValue};
use dpa_syntax::Span;

use crate::finding::Severity;
use crate::lang::{L10n, Lang, Message};
use crate::model::{durations_in, ClauseKind, FactName};
use crate::rules::search::{missing_target, sentences_in, with_certainty_hint, Sentence};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{add_sentences, words_span, SubProcessing, BREACH_FLOWDOWN, CLAUSE};

pub(crate) struct SubprocBreachTiming;

const BREACH_CLAUSE: ClauseKind = ClauseKind::BreachNotification;

/// The controller's own window under Art. 33(1), in hours: the bound when the processor's own
/// deadline cannot be read.
const CONTROLLER_WINDOW_HOURS: f64 = 72.0;

static META: RuleMeta = RuleMeta {
    id: "SUBPROC-BREACH-TIMING",
    family: Family::SubProcessors,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: false,
    citation: "GDPR Art. 28(4), Art. 33(2)",
    summary: L10n::new(
        "Sub-processors' breach notices are not tied to the processor's own deadline.",
        "La notification des violations par les sous-traitants ultérieurs n'est pas liée au délai du sous-traitant lui-même.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for the duty passed on to sub-processors to report a personal data breach to the processor, and checks that it is tied to the processor's own deadline: it says so (\"in time to meet its own deadline\", \"suffisamment tôt pour que le Prestataire respecte son propre délai\"), it flows the breach clause down as it is (also by binding sub-processors to the breach section \"as if the Subprocessor were the Processor\"), or its period is shorter than the processor's own (the `breach-notice` fact; 72 hours when none is stated). Reports a flow-down that is longer, one with no number, and the absence of any.",
            "Recherche l'obligation imposée aux sous-traitants ultérieurs de notifier une violation de données au sous-traitant, et vérifie qu'elle est liée au délai du sous-traitant lui-même : elle le dit (« suffisamment tôt pour que le Prestataire respecte son propre délai », \"in time to meet its own deadline\"), elle répercute telle quelle la clause de violation (y compris en soumettant les sous-traitants ultérieurs à l'article sur les violations « comme s'ils étaient le sous-traitant »), ou son délai est plus court que celui du sous-traitant (le fait `délai-violation` ; 72 heures s'il n'y en a pas). Signale un délai plus long, un délai non chiffré et l'absence de toute répercussion.",
        ),
        why: L10n::new(
            "The controller's 72 hours under Art. 33(1) GDPR run from its awareness, which comes through the processor (Art. 33(2)), which often learns of the breach from a sub-processor. If the sub-processor may take a week, the processor's 48-hour promise cannot be kept. In the OFII leak of January 2026 the breach happened at a contractor; every link of the chain needs a deadline that fits the next one's.",
            "Les 72 heures du responsable du traitement (art. 33(1) RGPD) courent à partir de sa prise de connaissance, qui passe par le sous-traitant (art. 33(2)), lequel apprend souvent la violation d'un sous-traitant ultérieur. Si celui-ci dispose d'une semaine, l'engagement du sous-traitant à 48 heures ne peut être tenu. Dans la fuite de l'OFII de janvier 2026, la violation s'est produite chez un prestataire : chaque maillon de la chaîne a besoin d'un délai compatible avec celui du suivant.",
        ),
        failing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. Each Sub-processor must report security incidents to the Provider within 7 days.\n\n# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within [[breach-notice: 48 hours]].\n",
        passing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. Each Sub-processor must report security incidents to the Provider within 24 hours.\n\n# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within [[breach-notice: 48 hours]].\n",
        companion: None,
    },
};

impl Rule for SubprocBreachTiming {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = SubProcessing::read(cx);
        if !reading.has_terms() {
            return;
        }
        if reading.sentences.iter().any(owes_the_processors_breach_duty) {
            return;
        }
        let own = own_deadline_hours(cx, &reading);
        let flow_downs: Vec<&Sentence<'_>> =
            reading.sentences.iter().filter(|s| is_breach_flow_down(cx, s, &reading.named_in(s))).collect();
        if flow_downs
            .iter()
            .any(|s| !s.mentions(&TIED_TO_OWN_DEADLINE).is_empty() || !s.mentions(&FLOW_DOWN).is_empty())
        {
            return;
        }
        let bound = own.map_or(CONTROLLER_WINDOW_HOURS, |(hours, _)| hours);
        let own_words = |lang: Lang| match own {
            Some((_, duration)) => match lang {
                Lang::En => format!("the processor's own deadline ({})", duration.describe(lang)),
                Lang::Fr => format!("le propre délai du sous-traitant ({})", duration.describe(lang)),
            },
            None => match lang {
                Lang::En => "the controller's own 72 hours".to_string(),
                Lang::Fr => "les 72 heures dont dispose le responsable du traitement".to_string(),
            },
        };
        let mut vague = None;
        for sentence in &flow_downs {
            let Some(located) = durations_in(sentence.text()).into_iter().next() else {
                vague = vague.or(Some(*sentence));
                continue;
            };
            match located.value.calendar_hours_max() {
                // Immediately is as fast as can be, whatever the processor's own deadline.
                Some(hours) if hours < bound || hours == 0.0 => return,
                Some(_) => {
                    let at = sentence.range.0;
                    let span = words_span(cx, sentence, (at + located.start, at + located.end));
                    let written = cx.text(span);
                    let message = Message::new(
                        format!("Sub-processors may take {written} to report a personal data breach to the processor: no shorter than {}. The processor then cannot meet its own deadline, nor the controller its 72 hours under Art. 33(1) GDPR. Require sub-processors to report within 24 hours, or in time for the processor to meet its own deadline.", own_words(Lang::En)),
                        format!("Les sous-traitants ultérieurs disposent de {written} pour notifier une violation de données au sous-traitant : pas moins que {}. Le sous-traitant ne peut alors tenir son propre délai, ni le responsable du traitement ses 72 heures (art. 33(1) RGPD). Exigez des sous-traitants ultérieurs une notification sous 24 heures, ou à temps pour que le sous-traitant respecte son propre délai.", own_words(Lang::Fr)),
                    );
                    return report(cx, sink, span, message, sentence.inferred(cx));
                }
                None => vague = vague.or(Some(*sentence)),
            }
        }
        if let Some(sentence) = vague {
            let message = Message::new(
                format!("Sub-processors must report personal data breaches to the processor, but with no number of hours and no link to {}. Art. 33(2) GDPR makes the chain only as fast as its slowest link. Require them to report within 24 hours, or in time for the processor to meet its own deadline.", own_words(Lang::En)),
                format!("Les sous-traitants ultérieurs doivent notifier les violations de données au sous-traitant, mais sans nombre d'heures ni lien avec {}. Avec l'art. 33(2) du RGPD, la chaîne n'est pas plus rapide que son maillon le plus lent. Exigez une notification sous 24 heures, ou à temps pour que le sous-traitant respecte son propre délai.", own_words(Lang::Fr)),
            );
            return report(cx, sink, sentence.span(), message, sentence.inferred(cx));
        }
        let message = Message::new(
            format!("Nothing requires sub-processors to report a personal data breach to the processor in time for {}. Art. 33(2) GDPR: the controller learns of a breach at a sub-processor only through the processor. Pass the breach duty on with a deadline shorter than the processor's own.", own_words(Lang::En)),
            format!("Rien n'oblige les sous-traitants ultérieurs à notifier une violation de données au sous-traitant à temps pour respecter {}. Art. 33(2) du RGPD : le responsable du traitement n'apprend une violation chez un sous-traitant ultérieur que par le sous-traitant. Répercutez l'obligation de notification avec un délai plus court que celui du sous-traitant.", own_words(Lang::Fr)),
        );
        let (span, inferred, _) = missing_target(cx, CLAUSE);
        report(cx, sink, span, message, inferred);
    }
}

fn report(cx: &Context<'_>, sink: &mut Sink, span: Span, message: Message, inferred: bool) {
    sink.report(cx, &META, span, with_certainty_hint(message, CLAUSE, inferred))
        .with_fix(add_sentences(cx, BREACH_FLOWDOWN, &[]))
        .inferred(inferred);
}

/// A sentence that passes breach reporting down: a sub-processor named before the notifying verb
/// ("Each Sub-processor must report …", "shall require its sub-processors to notify it"), about
/// a breach; or one that flows the breach clause's duties down.
fn is_breach_flow_down(cx: &Context<'_>, sentence: &Sentence<'_>, named: &[(usize, usize)]) -> bool {
    let in_breach_clause = sentence.clause(cx).is_some_and(|clause| clause.is(BREACH_CLAUSE));
    let about_breach =
        sentence.states(&BREACH_EVENT) || (in_breach_clause && !sentence.mentions(&BREACH_WORD).is_empty());
    if !about_breach {
        return false;
    }
    // "notice of any breach to Provider" tells as much as "notify".
    let tellings = sentence.matches(&NOTIFY).into_iter().chain(sentence.matches(&INFORM));
    let notified_after = tellings.into_iter().any(|(verb, _)| named.iter().any(|&(at, _)| at < verb));
    notified_after || (!named.is_empty() && !sentence.mentions(&FLOW_DOWN).is_empty())
}

/// Sub-processors bound by the breach clause as if they were the processor, in one sentence or
/// as an item under such a lead-in ("as if the Subprocessor were the Processor:" then "Data
/// Breach"): they owe the controller's deadline themselves.
fn owes_the_processors_breach_duty(sentence: &Sentence<'_>) -> bool {
    let in_place = |s: &Sentence<'_>| !s.mentions(&IN_PROCESSORS_PLACE).is_empty();
    let lead_in = sentence.lead_in_sentence();
    !sentence.mentions(&BREACH_WORD).is_empty() && (in_place(sentence) || lead_in.is_some_and(|s| in_place(&s)))
}

/// The processor's own breach deadline in calendar hours, with its duration: the `breach-notice`
/// fact outside sub-processor clauses, else the first duration with a number in a breach clause
/// sentence that names no sub-processor.
fn own_deadline_hours(cx: &Context<'_>, reading: &SubProcessing<'_>) -> Option<(f64, Duration)> {
    let from_fact = cx.doc.facts_named(FactName::BreachNotice).find_map(|fact| {
        let in_sub_clause = cx.clause(fact.clause).is_some_and(|clause| clause.is(CLAUSE));
        match fact.parsed() {
            Some(FactValue::Duration(duration)) if !in_sub_clause => {
                duration.calendar_hours_max().map(|hours| (hours, *duration))
            }
            _ => None,
        }
    });
    from_fact.or_else(|| {
        sentences_in(cx, &[BREACH_CLAUSE])
            .filter(|sentence| reading.named_in(sentence).is_empty())
            .flat_map(|sentence| durations_in(sentence.text()))
            .find_map(|located| located.value.calendar_hours_max().map(|hours| (hours, located.value)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;

    fn own(source: &str) -> Option<f64> {
        with_test_context(source, |cx| own_deadline_hours(cx, &SubProcessing::read(cx)).map(|(hours, _)| hours))
    }

    #[test]
    fn the_processors_own_deadline_comes_from_its_fact_then_its_clause() {
        let fact = "# Sub-processors {sub-processors}\nEach Sub-processor reports breaches within [[breach-notice: 12 hours]].\n\n# Breaches {breach-notification}\nThe Provider notifies the Customer within [[breach-notice: 48 hours]].\n";
        assert_eq!(own(fact), Some(48.0), "a sub-processor's deadline is not the processor's");
        let words = "# Breaches\nEach Sub-processor reports breaches to the Provider within 12 hours. The Provider notifies the Customer of any personal data breach within 36 hours.\n";
        assert_eq!(own(words), Some(36.0));
        assert_eq!(
            own("# Breaches {breach-notification}\nThe Provider notifies the Customer without undue delay.\n"),
            None
        );
    }
}

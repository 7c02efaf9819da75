//! BREACH-DEADLINE, the flagship check. How the deadline is judged against the controller's own
//! 72 hours under Art. 33(1), in calendar time:
//!
//! * more than 72 hours even at its shortest: error (4 days, 96 hours, 4 business days);
//! * 72 hours at its shortest and more over a weekend: error too, since it never leaves the
//!   controller any time and usually takes longer (3 business days run 72 to 120 hours);
//! * exactly 72 hours whatever the start: warning, it uses up the controller's whole window
//!   (72 hours, 3 days);
//! * shorter, but able to reach 72 hours over a weekend: info (1 or 2 business days, 2 *jours
//!   ouvrables*). Public holidays can only lengthen a working-day period, so reaching the bound
//!   counts as well as exceeding it;
//! * only vague words ("without undue delay", "dans les meilleurs délais") or no timing at all:
//!   warning, error under high risk;
//! * immediately, or a fixed period under 72 hours: nothing. "Immediately, at the latest within
//!   N hours" is judged by its outer limit, the longest of the deadlines read for the notice.
//!
//! With a playbook, the fact's standing against its positions gives a second severity and the
//! higher of the two is reported: the law layer can be tightened, never relaxed. When a
//! document states several deadlines, the one judged is the worst of those for the first
//! notice to the controller; deadlines of follow-up reports, of the controller's own
//! notification and of sub-processors are not this rule's. The deadlines are the model's
//! `breach-notice` facts: written as facts, or read from the notice sentences by the model
//! (`model/extract/breach.rs`), which marks the latter inferred.

use dpa_lexicon::values::{parse_duration, Duration, FactValue, TimeUnit};
use dpa_lexicon::{fold, Lang};
use dpa_syntax::Span;

use crate::finding::{Edit, Fix, Severity};
use crate::lang::{L10n, Message};
use crate::model::{Fact, FactName};
use crate::playbook::Position;
use crate::rules::query::Hit;
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{inference_note, notice_sentences};

pub(crate) struct BreachDeadline;

static META: RuleMeta = RuleMeta {
    id: "BREACH-DEADLINE",
    family: Family::Breach,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 33(1)-(2), Art. 28(3)(f)",
    summary: L10n::new(
        "The processor's breach notice deadline is over 72 hours (error), exactly 72 hours (warning), in working days that can reach 72 hours (info), or has no number (warning, error under high risk).",
        "Le délai de notification des violations par le sous-traitant dépasse 72 heures (erreur), vaut 72 heures (avertissement), est en jours ouvrés pouvant atteindre 72 heures (info), ou n'est pas chiffré (avertissement, erreur si risque élevé).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reads the deadline by which the processor must notify the controller of a personal data breach, from the `breach-notice` fact or from the sentence that sets it (\"within forty-eight (48) hours\", \"sous 3 jours ouvrés\"), and compares it in calendar time with the controller's own 72 hours: over 72 hours is an error (3 business days too: at least 72 hours, up to 120 over a weekend), exactly 72 hours a warning, shorter working-day deadlines that can reach 72 hours over a weekend an info, and \"without undue delay\" with no number a warning (an error under high risk). When the notice is due \"immediately\" and also within an outer limit (\"immediately … at the latest within 24 hours\", in the same sentence or in the next ones about the notification), the outer limit is the deadline judged; \"immediately\" alone is a deadline of no time and passes. Deadlines for follow-up reports are not judged. With a playbook, a value outside the preferred position is reported at the higher of the two severities.",
            "Lit le délai dans lequel le sous-traitant doit notifier une violation au responsable du traitement, dans le fait `délai-violation` ou dans la phrase qui le fixe (« dans un délai de quarante-huit (48) heures », « sous 3 jours ouvrés »), et le compare en temps calendaire aux 72 heures dont dispose le responsable : plus de 72 heures est une erreur (3 jours ouvrés aussi : au moins 72 heures, jusqu'à 120 sur un week-end), exactement 72 heures un avertissement, un délai plus court en jours ouvrés qui peut atteindre 72 heures sur un week-end une information, et « dans les meilleurs délais » sans chiffre un avertissement (une erreur si le risque est élevé). Quand la notification est due « immédiatement » et aussi dans une limite extrême (« immédiatement … au plus tard dans les 24 heures », dans la même phrase ou dans les suivantes sur la notification), c'est cette limite qui est jugée ; « immédiatement » seul est un délai nul et passe. Les délais des rapports complémentaires ne sont pas jugés. Avec un référentiel, une valeur hors de la position préférée est signalée au plus sévère des deux niveaux.",
        ),
        why: L10n::new(
            "The controller must notify the supervisory authority within 72 hours of becoming aware of a breach (Art. 33(1) GDPR), and it becomes aware through its processor (Art. 33(2)). A processor allowed 96 hours makes the controller late by design; one allowed exactly 72 hours leaves it no time to assess the breach. In the OFII leak of January 2026 the source was a contractor: the controller's clock depends on the contractor's notice.",
            "Le responsable du traitement doit notifier la violation à l'autorité de contrôle dans les 72 heures après en avoir pris connaissance (art. 33(1) RGPD), et il en prend connaissance par son sous-traitant (art. 33(2)). Un sous-traitant qui dispose de 96 heures met le responsable en retard par construction ; avec exactement 72 heures, il ne lui laisse aucun temps pour analyser la violation. Dans la fuite de l'OFII de janvier 2026, la source était un prestataire : le délai du responsable dépend de la notification du prestataire.",
        ),
        failing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within [[breach-notice: 96 hours]] after becoming aware of it.\n",
        passing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer of any personal data breach within [[breach-notice: 48 hours]] after becoming aware of it.\n",
        companion: None,
    },
};

/// The controller's own deadline towards the supervisory authority, Art. 33(1).
const CONTROLLER_WINDOW_HOURS: f64 = 72.0;

/// What messages and fixes propose when no playbook says otherwise.
const PROPOSED: Duration = Duration::Quantified { amount: 48.0, unit: TimeUnit::Hours };

/// Words around the figure in a proposed deadline.
const WRITE_WITHIN: L10n = L10n::new(
    "within {} of becoming aware of the breach",
    "dans un délai de {} à compter de la prise de connaissance de la violation",
);
const AND_IN_ANY_EVENT: L10n = L10n::new(
    " and in any event within {} of becoming aware of it",
    " et au plus tard dans un délai de {} après en avoir pris connaissance",
);
const WITHOUT_UNDUE_DELAY_AND: L10n = L10n::new(
    ", without undue delay and in any event within {} of becoming aware of it",
    ", dans les meilleurs délais et au plus tard dans un délai de {} après en avoir pris connaissance",
);

/// Why the law layer objects to a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Longer than 72 hours, or 72 hours at best and longer over a weekend.
    Longer,
    /// Exactly 72 hours: the controller's whole window.
    UsesWindow,
    /// Working days that can reach 72 hours over a weekend.
    CanReach,
    /// No number of hours.
    NoNumber,
}

/// A deadline the document gives for notifying the controller.
struct Candidate<'a> {
    duration: Duration,
    /// The value words (a fact's value, or the duration words in a sentence); for a notice
    /// with no timing words at all, the notice sentence.
    span: Span,
    fact: Option<&'a Fact>,
    notice: Option<Hit<'a>>,
    /// False for the placeholder candidate of a notice without any timing words.
    worded: bool,
}

impl Rule for BreachDeadline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let notices = notice_sentences(cx);
        let mut candidates = candidates(cx, &notices);
        if candidates.iter().any(|c| matches!(c.duration, Duration::Quantified { .. })) {
            // A number wins over vague words around it ("without undue delay and in any event
            // within 48 hours").
            candidates.retain(|c| matches!(c.duration, Duration::Quantified { .. }));
        }
        if candidates.is_empty() {
            let Some(notice) = notices.first() else { return };
            candidates.push(Candidate {
                duration: Duration::Unquantified,
                span: notice.span,
                fact: None,
                notice: Some(*notice),
                worded: false,
            });
        }
        let judged = candidates.iter().filter_map(|candidate| {
            let law = law_verdict(&candidate.duration, cx.high_risk);
            let position = cx.position(&as_fact(cx, candidate));
            let severity =
                law.map(|(severity, _)| severity).max(position.as_ref().and_then(|p| p.standing.severity()))?;
            Some((candidate, law.map(|(_, verdict)| verdict), position, severity))
        });
        let worst = judged.max_by(|a, b| {
            let longest = |c: &Candidate| c.duration.calendar_hours_max().unwrap_or(f64::INFINITY);
            a.3.cmp(&b.3).then(longest(a.0).total_cmp(&longest(b.0)))
        });
        let Some((candidate, verdict, position, severity)) = worst else { return };
        let proposal = position
            .as_ref()
            .and_then(|p| p.preferred.as_deref())
            .and_then(|text| parse_duration(text).ok())
            .unwrap_or(PROPOSED);
        let mut message = match verdict {
            Some(verdict) => law_message(cx, candidate, verdict, &proposal),
            None => Message::default(),
        };
        if let Some(position) = &position {
            if position.standing.severity().is_some() {
                message = join(message, playbook_message(position, &proposal));
            }
        }
        // A deadline rests on inference when read from untagged text, or when the model itself
        // extracted its fact from prose.
        let inferred = match candidate.fact {
            Some(fact) => fact.inferred,
            None => candidate.notice.map_or(cx.doc.prose, |notice| notice.inferred(cx)),
        };
        let hint =
            L10n::new("tag the deadline as `[[breach-notice: …]]`", "balisez le délai `[[délai-violation : …]]`");
        let fix = fix(cx, candidate, verdict, &proposal);
        sink.report_with(&META, severity, candidate.span, inference_note(message, inferred, hint))
            .inferred(inferred)
            .with_fix(fix);
    }
}

/// Every deadline for notifying the controller: the `breach-notice` facts, written or read by
/// the model from the notice sentences, each with the notice sentence it sits in.
fn candidates<'a>(cx: &Context<'a>, notices: &[Hit<'a>]) -> Vec<Candidate<'a>> {
    cx.doc
        .facts_named(FactName::BreachNotice)
        .filter_map(|fact| match fact.parsed() {
            Some(FactValue::Duration(duration)) => Some(Candidate {
                duration: *duration,
                span: fact.value_span,
                fact: Some(fact),
                notice: notices.iter().copied().find(|notice| notice.span.contains(fact.value_span.start)),
                worded: true,
            }),
            _ => None,
        })
        .collect()
}

/// The law layer's severity and reason for a deadline (see the module notes); `None` when the
/// deadline is fine.
fn law_verdict(duration: &Duration, high_risk: bool) -> Option<(Severity, Verdict)> {
    let (Some(shortest), Some(longest)) = (duration.calendar_hours_min(), duration.calendar_hours_max()) else {
        let severity = if high_risk { Severity::Error } else { Severity::Warning };
        return Some((severity, Verdict::NoNumber));
    };
    let reaches = |hours: f64| hours >= CONTROLLER_WINDOW_HOURS - f64::EPSILON;
    let exceeds = |hours: f64| hours > CONTROLLER_WINDOW_HOURS + f64::EPSILON;
    if exceeds(shortest) || (reaches(shortest) && exceeds(longest)) {
        Some((Severity::Error, Verdict::Longer))
    } else if reaches(shortest) {
        Some((Severity::Warning, Verdict::UsesWindow))
    } else if reaches(longest) {
        Some((Severity::Info, Verdict::CanReach))
    } else {
        None
    }
}

/// The candidate as a `breach-notice` fact, for the playbook: the fact itself, or one read from
/// the text.
fn as_fact(cx: &Context<'_>, candidate: &Candidate<'_>) -> Fact {
    if let Some(fact) = candidate.fact {
        return fact.clone();
    }
    let value_text =
        if candidate.worded { cx.text(candidate.span).to_string() } else { candidate.duration.describe(Lang::En) };
    Fact {
        name: FactName::BreachNotice,
        raw_name: FactName::BreachNotice.id().to_string(),
        value_text,
        value: Ok(FactValue::Duration(candidate.duration)),
        span: candidate.span,
        name_span: Span::empty(candidate.span.start),
        value_span: candidate.span,
        clause: candidate.notice.and_then(|notice| notice.paragraph.clause),
        inferred: true,
    }
}

/// Hours as a lawyer writes them: `96`, `1.5`.
fn hours(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// The deadline in the reader's language, with its length in hours when counted otherwise and
/// the document's own words when they read differently: `96 hours`, `4 days (96 hours)`,
/// `3 business days (72 to 120 hours in calendar time; written “3 jours ouvrés”)`.
fn stated(duration: &Duration, value: &str, lang: Lang) -> String {
    let described = duration.describe(lang);
    let mut notes = Vec::new();
    if let (Some(shortest), Some(longest)) = (duration.calendar_hours_min(), duration.calendar_hours_max()) {
        let in_hours = matches!(duration, Duration::Quantified { unit: TimeUnit::Hours, .. });
        notes.extend(match (in_hours, shortest == longest, lang) {
            (true, _, _) => None,
            (false, true, Lang::En) => Some(format!("{} hours", hours(shortest))),
            (false, true, Lang::Fr) => Some(format!("{} heures", hours(shortest))),
            (false, false, Lang::En) => {
                Some(format!("{} to {} hours in calendar time", hours(shortest), hours(longest)))
            }
            (false, false, Lang::Fr) => {
                Some(format!("de {} à {} heures en temps calendaire", hours(shortest), hours(longest)))
            }
        });
    }
    if fold(value) != fold(&described) {
        notes.push(match lang {
            Lang::En => format!("written “{value}”"),
            Lang::Fr => format!("écrit « {value} »"),
        });
    }
    if notes.is_empty() {
        described
    } else {
        let separator = if lang == Lang::Fr { " ; " } else { "; " };
        format!("{described} ({})", notes.join(separator))
    }
}

fn law_message(cx: &Context<'_>, candidate: &Candidate<'_>, verdict: Verdict, proposal: &Duration) -> Message {
    let value = cx.text(candidate.span);
    let duration = &candidate.duration;
    let write_en = WRITE_WITHIN.en.replace("{}", &proposal.describe(Lang::En));
    let write_fr = WRITE_WITHIN.fr.replace("{}", &proposal.describe(Lang::Fr));
    let (taken_en, taken_fr) = (stated(duration, value, Lang::En), stated(duration, value, Lang::Fr));
    match verdict {
        Verdict::Longer => Message::new(
            format!("The processor may take {taken_en} to notify the controller of a personal data breach: longer than the 72 hours the controller itself has to notify the supervisory authority (Art. 33(1) GDPR), so the controller cannot meet its own deadline. Write “{write_en}”."),
            format!("Le sous-traitant dispose de {taken_fr} pour notifier une violation de données au responsable du traitement : c'est plus que les 72 heures dont le responsable dispose lui-même pour notifier l'autorité de contrôle (art. 33(1) RGPD), qui ne pourra donc pas respecter son propre délai. Écrivez « {write_fr} »."),
        ),
        Verdict::UsesWindow => Message::new(
            format!("The processor may take {taken_en} to notify the controller of a personal data breach: that uses up the whole 72-hour window the controller has to notify the supervisory authority (Art. 33(1) GDPR) and leaves it no time to assess the breach. Write “{write_en}”."),
            format!("Le sous-traitant dispose de {taken_fr} pour notifier une violation de données au responsable du traitement : cela épuise tout le délai de 72 heures dont le responsable dispose pour notifier l'autorité de contrôle (art. 33(1) RGPD) et ne lui laisse aucun temps pour analyser la violation. Écrivez « {write_fr} »."),
        ),
        Verdict::CanReach => {
            let longest = hours(duration.calendar_hours_max().unwrap_or(CONTROLLER_WINDOW_HOURS));
            Message::new(
                format!("The breach notice deadline “{value}” counts working days: over a weekend it lasts up to {longest} hours in calendar time, more with a public holiday, which reaches the 72 hours the controller has to notify the supervisory authority (Art. 33(1) GDPR). Count the deadline in hours: “{write_en}”."),
                format!("Le délai de notification « {value} » se compte en jours ouvrés : sur un week-end il dure jusqu'à {longest} heures en temps calendaire, davantage avec un jour férié, ce qui atteint les 72 heures dont le responsable dispose pour notifier l'autorité de contrôle (art. 33(1) RGPD). Comptez le délai en heures : « {write_fr} »."),
            )
        }
        Verdict::NoNumber => {
            let number_en = proposal.describe(Lang::En);
            let number_fr = proposal.describe(Lang::Fr);
            let mut message = if candidate.worded {
                Message::new(
                    format!("The breach notice deadline is only “{value}”, with no number of hours. Art. 33(2) GDPR uses those words, but the controller must notify the supervisory authority within 72 hours (Art. 33(1)) and needs a fixed deadline to plan for it. Write “without undue delay and in any event within {number_en} of becoming aware of the breach”."),
                    format!("Le délai de notification des violations est seulement « {value} », sans nombre d'heures. L'art. 33(2) du RGPD emploie ces mots, mais le responsable doit notifier l'autorité de contrôle dans les 72 heures (art. 33(1)) et a besoin d'un délai chiffré pour s'organiser. Écrivez « dans les meilleurs délais et au plus tard dans un délai de {number_fr} à compter de la prise de connaissance de la violation »."),
                )
            } else {
                Message::new(
                    format!("The duty to notify the controller of a personal data breach sets no deadline at all. The controller must notify the supervisory authority within 72 hours (Art. 33(1) GDPR) and needs a fixed deadline from its processor (Art. 33(2)). Write “without undue delay and in any event within {number_en} of becoming aware of the breach”."),
                    format!("L'obligation de notifier les violations au responsable du traitement ne fixe aucun délai. Le responsable doit notifier l'autorité de contrôle dans les 72 heures (art. 33(1) RGPD) et a besoin d'un délai chiffré de la part de son sous-traitant (art. 33(2)). Écrivez « dans les meilleurs délais et au plus tard dans un délai de {number_fr} à compter de la prise de connaissance de la violation »."),
                )
            };
            if cx.high_risk {
                message = join(message, Message::new("The processing is high risk, so this is an error.", "Le traitement présente un risque élevé : c'est donc une erreur."));
            }
            message
        }
    }
}

fn playbook_message(position: &Position, proposal: &Duration) -> Message {
    Message::new(
        format!("Playbook: {} Propose {}.", position.message.en, proposal.describe(Lang::En)),
        format!("Référentiel : {} Proposez {}.", position.message.fr, proposal.describe(Lang::Fr)),
    )
}

fn join(first: Message, second: Message) -> Message {
    if first.en.is_empty() {
        return second;
    }
    Message::new(format!("{} {}", first.en, second.en), format!("{} {}", first.fr, second.fr))
}

/// A stronger deadline in the document's language: the number replaced, or added after vague
/// words or to a notice that has none; as a fact in tagged documents.
fn fix(cx: &Context<'_>, candidate: &Candidate<'_>, verdict: Option<Verdict>, proposal: &Duration) -> Fix {
    let lang = cx.doc_lang();
    let words = proposal.describe(lang);
    let number = match (cx.doc.prose, lang) {
        (true, _) => words.clone(),
        (false, Lang::En) => format!("[[breach-notice: {words}]]"),
        (false, Lang::Fr) => format!("[[délai-violation : {words}]]"),
    };
    let title = Message::new(
        format!("Set the deadline to {}", proposal.describe(Lang::En)),
        format!("Fixer le délai à {}", proposal.describe(Lang::Fr)),
    );
    if verdict != Some(Verdict::NoNumber) {
        return fixes::replace(candidate.span, words, title);
    }
    // A deadline read from the words is completed in words, like a notice without one.
    let written = candidate.fact.filter(|fact| !fact.inferred);
    let edit = match (written, candidate.worded) {
        // `[[breach-notice: without undue delay]]` keeps its words and gains a typed number.
        (Some(fact), _) => {
            let separator = if lang == Lang::Fr { " : " } else { ": " };
            let typed = format!("[[{}{separator}{words}]]", fact.raw_name);
            let replacement = format!("{}{}", fact.value_text.trim(), AND_IN_ANY_EVENT.get(lang).replace("{}", &typed));
            Edit { span: fact.span, replacement }
        }
        (None, true) => Edit {
            span: Span::empty(candidate.span.end),
            replacement: AND_IN_ANY_EVENT.get(lang).replace("{}", &number),
        },
        (None, false) => {
            let sentence = cx.text(candidate.span);
            let at = candidate.span.start + sentence.trim_end_matches(['.', ';', ' ']).len();
            Edit { span: Span::empty(at), replacement: WITHOUT_UNDUE_DELAY_AND.get(lang).replace("{}", &number) }
        }
    };
    Fix { title, edits: vec![edit] }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(text: &str) -> Option<(Severity, Verdict)> {
        law_verdict(&parse_duration(text).expect(text), false)
    }

    #[test]
    fn thresholds_in_calendar_hours() {
        assert_eq!(verdict("96 hours"), Some((Severity::Error, Verdict::Longer)));
        assert_eq!(verdict("4 days"), Some((Severity::Error, Verdict::Longer)));
        assert_eq!(verdict("73 hours"), Some((Severity::Error, Verdict::Longer)));
        assert_eq!(verdict("72 hours"), Some((Severity::Warning, Verdict::UsesWindow)));
        assert_eq!(verdict("3 days"), Some((Severity::Warning, Verdict::UsesWindow)));
        assert_eq!(verdict("soixante-douze heures"), Some((Severity::Warning, Verdict::UsesWindow)));
        assert_eq!(verdict("48 hours"), None);
        assert_eq!(verdict("quarante-huit (48) heures"), None);
        assert_eq!(verdict("immediately"), None);
    }

    #[test]
    fn business_days_are_judged_over_every_start_day() {
        assert_eq!(verdict("4 business days"), Some((Severity::Error, Verdict::Longer)));
        assert_eq!(verdict("3 jours ouvrés"), Some((Severity::Error, Verdict::Longer)));
        assert_eq!(verdict("3 business days"), Some((Severity::Error, Verdict::Longer)));
        assert_eq!(verdict("2 business days"), Some((Severity::Info, Verdict::CanReach)));
        assert_eq!(verdict("1 business day"), Some((Severity::Info, Verdict::CanReach)));
        assert_eq!(verdict("2 jours ouvrables"), Some((Severity::Info, Verdict::CanReach)));
        assert_eq!(verdict("1 jour ouvrable"), None);
    }

    #[test]
    fn no_number_is_a_warning_raised_under_high_risk() {
        let vague = parse_duration("without undue delay").unwrap();
        assert_eq!(law_verdict(&vague, false), Some((Severity::Warning, Verdict::NoNumber)));
        assert_eq!(law_verdict(&vague, true), Some((Severity::Error, Verdict::NoNumber)));
    }

    fn judged_with_playbook(playbook: &str, deadline: &str) -> Option<Severity> {
        let source = format!("# Breaches {{breach-notification}}\nThe Provider shall notify the Customer of any personal data breach within {deadline} after becoming aware of it.\n");
        let options = crate::LintOptions { playbook: crate::Playbook::from_toml(playbook).ok(), ..Default::default() };
        crate::lint(&source, &options).findings.iter().find(|f| f.rule == META.id).map(|f| f.severity)
    }

    const CONTROLLER_PLAYBOOK: &str =
        "acting-for = \"controller\"\n[facts.breach-notice]\npreferred = \"24 hours\"\nfallback = \"48 hours\"\nwalk-away = \"72 hours\"\n";

    #[test]
    fn a_playbook_tightens_the_law_layer() {
        assert_eq!(judged_with_playbook(CONTROLLER_PLAYBOOK, "[[breach-notice: 24 hours]]"), None);
        assert_eq!(judged_with_playbook(CONTROLLER_PLAYBOOK, "[[breach-notice: 48 hours]]"), Some(Severity::Info));
        assert_eq!(
            judged_with_playbook(CONTROLLER_PLAYBOOK, "sixty (60) hours"),
            Some(Severity::Warning),
            "a deadline read from prose"
        );
        assert_eq!(judged_with_playbook(CONTROLLER_PLAYBOOK, "[[breach-notice: 96 hours]]"), Some(Severity::Error));
    }

    #[test]
    fn a_playbook_never_relaxes_the_law_layer() {
        let lenient = "acting-for = \"processor\"\n[facts.breach-notice]\npreferred = \"72 hours\"\nfallback = \"48 hours\"\nwalk-away = \"24 hours\"\n";
        assert_eq!(judged_with_playbook(lenient, "[[breach-notice: 72 hours]]"), Some(Severity::Warning));
        assert_eq!(judged_with_playbook(lenient, "[[breach-notice: 96 hours]]"), Some(Severity::Error));
    }

    #[test]
    fn messages_state_the_deadline_in_the_readers_language() {
        let three_days = parse_duration("trois jours ouvrés").unwrap();
        assert_eq!(
            stated(&three_days, "trois jours ouvrés", Lang::En),
            "3 business days (72 to 120 hours in calendar time; written “trois jours ouvrés”)"
        );
        assert_eq!(
            stated(&three_days, "3 jours ouvrés", Lang::Fr),
            "3 jours ouvrés (de 72 à 120 heures en temps calendaire)"
        );
        let hours = parse_duration("96 hours").unwrap();
        assert_eq!(stated(&hours, "96 hours", Lang::En), "96 hours");
        assert_eq!(stated(&hours, "96 hours", Lang::Fr), "96 heures (écrit « 96 hours »)");
    }
}

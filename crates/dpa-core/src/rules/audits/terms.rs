//! AUDIT-NOTICE, AUDIT-FREQUENCY and AUDIT-COST: the terms of the audits, measured only when the
//! contract states them (a fact or a sentence about audits).

use dpa_lexicon::cues::audits as cues;
use dpa_lexicon::values::{AuditCost, Duration, FactValue};
use dpa_syntax::Span;

use super::{AuditReading, AUDIT_TITLE};
use crate::finding::Severity;
use crate::lang::{L10n, Lang, Message};
use crate::model::{durations_in, ClauseKind, FactName, PartyRole};
use crate::rules::query::{fact_in_inferred_clause, inference_note};
use crate::rules::roles::Roles;
use crate::rules::search::Sentence;
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct AuditNotice;
pub(crate) struct AuditFrequency;
pub(crate) struct AuditCostRule;

/// The longest advance notice of an audit the linter accepts, in days (catalogue §14: policy).
const MAX_NOTICE_DAYS: f64 = 30.0;

/// A term as the contract states it: a fact, written or read from the words (by the model).
struct Term<T> {
    value: T,
    span: Span,
    /// Read from the words of untagged prose or of a clause whose kind was inferred.
    inferred: bool,
}

impl<T> Term<T> {
    /// The first fact of `name` whose value `read` accepts.
    fn first(cx: &Context<'_>, name: FactName, read: impl Fn(&FactValue) -> Option<T>) -> Option<Self> {
        cx.doc.facts_named(name).find_map(|fact| {
            let value = read(fact.parsed()?)?;
            Some(Term { value, span: fact.value_span, inferred: fact_in_inferred_clause(cx, fact) })
        })
    }
}

/// A shorter notice for cause: a sentence on notice that names a cause (breach, authority,
/// indications of non-compliance) and shortens or waives the notice ("except where …", "on
/// shorter notice", "two business days' notice is enough", "aucun préavis n'est requis").
fn shorter_notice_for_cause(reading: &AuditReading<'_>, notice: &Duration) -> bool {
    let longest_short = notice.days_min().unwrap_or(f64::INFINITY);
    reading.sentences.iter().any(|sentence| {
        let shorter_period = durations_in(sentence.text())
            .iter()
            .any(|found| found.value.days_max().is_some_and(|days| days < longest_short));
        !sentence.mentions(&cues::NOTICE).is_empty()
            && sentence.states(&cues::FOR_CAUSE)
            && (sentence.states(&cues::SHORTER_NOTICE)
                || shorter_period
                // A bare "unless"/« sauf » may except the costs, not the notice: "on 30 days'
                // notice, at the Customer's expense unless a breach is found".
                || (sentence.states(&cues::EXCEPTION) && !causes_concern_costs(sentence)))
    })
}

/// How many words may separate a cause from a cost word for the cause to be the condition of the
/// cost ("the costs are borne by the Customer unless the audit reveals a breach").
const COST_REACH: usize = 10;

/// How many words may separate the controller's "own costs" from the processor named as bearing
/// the rest ("its own costs and the Provider's reasonable costs", « ses propres frais ainsi que
/// ceux du Prestataire »).
const OTHER_COSTS_REACH: usize = 10;

/// "The Customer bears its own costs and the Provider's reasonable costs": own costs said of the
/// controller alone, with the processor's costs added to them, are not costs shared. Each side
/// bearing its own ("each party", "and the Provider bears its own") still is.
fn controller_bears_processor_costs_too(roles: &Roles, sentence: &Sentence<'_>) -> bool {
    let own = sentence.matches(&cues::SHARED_COSTS);
    let [(start, end)] = own[..] else { return false };
    // "and the Provider bears the costs of its staff" puts the processor's costs on the processor;
    // "the Provider's costs", « rembourse au Prestataire les frais » only name whose they are.
    let processor_bears_after =
        sentence.matches(&cues::COST).into_iter().filter(|&(at, _)| at >= end).any(|(at, _)| {
            let before = sentence.words_between(end, at);
            let names_owner = before.iter().rev().take(2).any(|word| word.ends_with("'s"))
                || before.last().is_some_and(|word| cues::COST_DETERMINERS.contains(word));
            !names_owner && roles.subject_of(sentence, at) == Some(PartyRole::Processor)
        });
    roles.role_before(sentence, start) == Some(PartyRole::Controller)
        && roles.role_named_after(sentence, end, OTHER_COSTS_REACH) == Some(PartyRole::Processor)
        && !processor_bears_after
}

/// An audit beyond the cap for cause ("and in addition, after a personal data breach"), or a cap
/// lifted for a cause ("this limit does not apply after a breach", « cette limite ne
/// s'appliquant pas en cas d'incident »), where the cause is not a condition of the costs; the
/// cause may be named in the sentence before ("un audit supplémentaire dans chacun des cas
/// mentionnés à l'article 11.3").
fn extra_audit_for_cause(reading: &AuditReading<'_>) -> bool {
    reading.sentences.iter().any(|sentence| {
        let added = sentence.states_all_nearby(&[&cues::FOR_CAUSE, &cues::ADDITIONAL_AUDIT])
            && sentence.states(&cues::ADDITIONAL_AUDIT)
            && !causes_concern_costs(sentence);
        added || lifts_cap_for_cause(sentence)
    })
}

/// A cause named after the words that lift the cap, not next to a cost word. The lifting words'
/// own negation governs the cause, which is therefore only mentioned.
fn lifts_cap_for_cause(sentence: &Sentence<'_>) -> bool {
    sentence.matches(&cues::CAP_LIFTED).into_iter().any(|(_, lifted_end)| {
        sentence
            .mentions(&cues::FOR_CAUSE)
            .into_iter()
            .any(|(cause, _)| cause >= lifted_end && !near_cost(sentence, cause))
    })
}

/// Whether the sentence's causes are conditions of its costs: each within a few words of a cost
/// word ("at the Customer's expense, except after a breach"). With the cause in the sentence
/// before, any cost word makes the sentence one about costs.
fn causes_concern_costs(sentence: &Sentence<'_>) -> bool {
    if !sentence.states(&cues::COST) {
        return false;
    }
    sentence.mentions(&cues::FOR_CAUSE).into_iter().all(|(cause, _)| near_cost(sentence, cause))
}

/// Whether a cost word stands within [`COST_REACH`] words of folded offset `at`.
fn near_cost(sentence: &Sentence<'_>, at: usize) -> bool {
    sentence.matches(&cues::COST).into_iter().any(|(start, end)| {
        let words = if end <= at { sentence.words_between(end, at) } else { sentence.words_between(at, start) };
        words.len() <= COST_REACH
    })
}

static NOTICE_META: RuleMeta = RuleMeta {
    id: "AUDIT-NOTICE",
    family: Family::Audits,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 28(3)(h)",
    summary: L10n::new(
        "Audit notice over 30 days, or no shorter notice for cause (breach, regulator).",
        "Préavis d'audit de plus de 30 jours, ou pas de préavis plus court pour motif (violation, autorité).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reads the advance notice the controller must give before an audit (the `audit-notice` fact, or a time limit in a sentence about audit notice) and reports a notice over 30 days, or a notice with no shorter one for cause: after a personal data breach, at a supervisory authority's request, or on indications of non-compliance. Silent when no notice is stated.",
            "Lit le préavis que le responsable du traitement doit donner avant un audit (le fait `preavis-audit`, ou un délai dans une phrase sur le préavis d'audit) et signale un préavis de plus de 30 jours, ou un préavis sans préavis plus court pour motif : après une violation de données, à la demande d'une autorité de contrôle, ou en cas d'indices de manquement. Muet quand aucun préavis n'est fixé.",
        ),
        why: L10n::new(
            "An audit announced two months ahead finds what the processor has had two months to prepare, and after a breach the controller must know quickly what happened to meet its own 72-hour deadline (Art. 33(1)). The Commission's clauses (2021/915, cl. 7.6(d)) speak of \"reasonable notice\"; this linter accepts up to 30 days with a shorter notice for cause.",
            "Un audit annoncé deux mois à l'avance constate ce que le sous-traitant a eu deux mois pour préparer, et après une violation le responsable doit savoir vite ce qui s'est passé pour tenir son propre délai de 72 heures (art. 33(1)). Les clauses types de la Commission (2021/915, cl. 7.6(d)) parlent d'un « préavis raisonnable » ; le linter admet jusqu'à 30 jours avec un préavis plus court pour motif.",
        ),
        failing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer on [[audit-notice: 60 days]] written notice.\n",
        passing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer on [[audit-notice: 30 days]] written notice, or on shorter notice after a personal data breach or at the request of a supervisory authority.\n",
        companion: None,
    },
};

const FOR_CAUSE_NOTICE: L10n = L10n::new(
    "After a personal data breach, on indications of non-compliance or at the request of a supervisory authority, the controller may audit on such shorter notice as the circumstances require.",
    "Après une violation de données à caractère personnel, en cas d'indices de manquement ou à la demande d'une autorité de contrôle, le responsable du traitement peut auditer moyennant un préavis plus court adapté aux circonstances.",
);

impl Rule for AuditNotice {
    fn meta(&self) -> &'static RuleMeta {
        &NOTICE_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = AuditReading::of(cx);
        let Some(notice) = Term::first(cx, FactName::AuditNotice, |value| match value {
            FactValue::Duration(duration) => Some(*duration),
            _ => None,
        }) else {
            return;
        };
        let over = notice.value.days_min().is_some_and(|days| days > MAX_NOTICE_DAYS);
        let shorter_for_cause = shorter_notice_for_cause(&reading, &notice.value);
        if !over && shorter_for_cause {
            return;
        }
        let (en, fr) = (notice.value.describe(Lang::En), notice.value.describe(Lang::Fr));
        let (cause_en, cause_fr) = if shorter_for_cause {
            ("", "")
        } else {
            (
                " Nor is there a shorter notice after a personal data breach, on indications of non-compliance or at a supervisory authority's request, when the controller must find out quickly.",
                " Aucun préavis plus court n'est prévu non plus après une violation de données, en cas d'indices de manquement ou à la demande d'une autorité de contrôle, quand le responsable doit savoir vite.",
            )
        };
        let message = if over {
            Message::new(
                format!("The controller must give {en} of notice before an audit, which lets the processor prepare what the auditor will see; this linter accepts up to 30 days (Art. 28(3)(h) audits, \"reasonable notice\" in the Commission's clauses).{cause_en}"),
                format!("Le responsable du traitement doit donner un préavis de {fr} avant un audit, ce qui laisse au sous-traitant le temps de préparer ce que verra l'auditeur ; le linter admet jusqu'à 30 jours (audits de l'art. 28(3)(h), « préavis raisonnable » des clauses types de la Commission).{cause_fr}"),
            )
        } else {
            Message::new(
                format!("Audits require {en} of notice in every case. After a personal data breach, on indications of non-compliance or at a supervisory authority's request the controller must find out quickly (Art. 33(1) gives it 72 hours): add a shorter notice for these cases."),
                format!("Les audits exigent un préavis de {fr} dans tous les cas. Après une violation de données, en cas d'indices de manquement ou à la demande d'une autorité de contrôle, le responsable doit savoir vite (l'art. 33(1) lui donne 72 heures) : prévoyez un préavis plus court dans ces cas."),
            )
        };
        let fix = if over {
            let thirty = match cx.doc_lang() {
                Lang::En => "30 days",
                Lang::Fr => "30 jours",
            };
            fixes::replace(
                notice.span,
                thirty,
                Message::new("Shorten the notice to 30 days", "Ramener le préavis à 30 jours"),
            )
        } else {
            fixes::add_to_clause(cx, ClauseKind::Audit, AUDIT_TITLE, FOR_CAUSE_NOTICE)
        };
        let inferred = notice.inferred;
        let hint = L10n::new("tag the notice as `[[audit-notice: …]]`", "balisez le préavis `[[preavis-audit : …]]`");
        let message = inference_note(message, inferred, hint);
        sink.report(cx, &NOTICE_META, notice.span, message).with_fix(fix).inferred(inferred);
    }
}

static FREQUENCY_META: RuleMeta = RuleMeta {
    id: "AUDIT-FREQUENCY",
    family: Family::Audits,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 28(3)(h)",
    summary: L10n::new(
        "Fewer than one audit a year, or no extra audit after a breach or on indications of non-compliance.",
        "Moins d'un audit par an, ou pas d'audit supplémentaire après une violation ou en cas d'indices de manquement.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reads the cap on audits (the `audit-frequency` fact, or a frequency in a sentence about audits such as \"not more than once in any twelve-month period\") and reports a cap below once a year, or a cap with no extra audit after a breach, at a regulator's request or on indications of non-compliance. Silent when audits are not capped.",
            "Lit le plafond d'audits (le fait `frequence-audit`, ou une fréquence dans une phrase sur les audits telle que « un audit par an au maximum ») et signale un plafond inférieur à un audit par an, ou un plafond sans audit supplémentaire après une violation, à la demande d'une autorité ou en cas d'indices de manquement. Muet quand les audits ne sont pas plafonnés.",
        ),
        why: L10n::new(
            "The Commission's clauses (2021/915, cl. 7.6(c)) provide for audits \"at reasonable intervals or if there are indications of non-compliance\". A contractor audited once every three years can run unchecked for years, and a cap that also blocks an audit after a breach removes the controller's means of finding out what happened.",
            "Les clauses types de la Commission (2021/915, cl. 7.6(c)) prévoient des audits « à intervalles raisonnables ou en cas d'indices de non-conformité ». Un prestataire audité une fois tous les trois ans peut fonctionner des années sans contrôle, et un plafond qui bloque aussi l'audit après une violation prive le responsable du moyen de savoir ce qui s'est passé.",
        ),
        failing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer, no more than [[audit-frequency: once every 3 years]].\n",
        passing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer [[audit-frequency: once per year]], and in addition after any personal data breach or where there are indications of non-compliance.\n",
        companion: None,
    },
};

const FOR_CAUSE_AUDIT: L10n = L10n::new(
    "In addition to these audits, the controller may audit after a personal data breach, on indications of non-compliance or at the request of a supervisory authority.",
    "En outre, le responsable du traitement peut réaliser un audit après une violation de données à caractère personnel, en cas d'indices de manquement ou à la demande d'une autorité de contrôle.",
);

impl Rule for AuditFrequency {
    fn meta(&self) -> &'static RuleMeta {
        &FREQUENCY_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        // An unlimited frequency caps nothing.
        let Some(cap) = Term::first(cx, FactName::AuditFrequency, |value| match value {
            FactValue::Frequency(frequency) if frequency.per_year().is_finite() => Some(*frequency),
            _ => None,
        }) else {
            return;
        };
        let reading = AuditReading::of(cx);
        let below = cap.value.per_year() < 1.0;
        let extra_for_cause = extra_audit_for_cause(&reading);
        if !below && extra_for_cause {
            return;
        }
        let (en, fr) = (cap.value.describe(Lang::En), cap.value.describe(Lang::Fr));
        let message = match (below, extra_for_cause) {
            (true, true) => Message::new(
                format!("Audits are capped at {en}, less than once a year. The Commission's clauses provide for audits at reasonable intervals (2021/915, cl. 7.6(c)); a processor audited this rarely runs unchecked for years. Allow at least one audit a year."),
                format!("Les audits sont plafonnés à {fr}, moins d'une fois par an. Les clauses types de la Commission prévoient des audits à intervalles raisonnables (2021/915, cl. 7.6(c)) ; un sous-traitant audité aussi rarement fonctionne des années sans contrôle. Prévoyez au moins un audit par an."),
            ),
            (true, false) => Message::new(
                format!("Audits are capped at {en}, less than once a year, with no extra audit after a personal data breach or on indications of non-compliance. The Commission's clauses provide for audits at reasonable intervals or if there are indications of non-compliance (2021/915, cl. 7.6(c)). Allow at least one audit a year, plus audits for cause."),
                format!("Les audits sont plafonnés à {fr}, moins d'une fois par an, sans audit supplémentaire après une violation de données ou en cas d'indices de manquement. Les clauses types de la Commission prévoient des audits à intervalles raisonnables ou en cas d'indices de non-conformité (2021/915, cl. 7.6(c)). Prévoyez au moins un audit par an, plus des audits pour motif."),
            ),
            _ => Message::new(
                format!("Audits are capped at {en} with no extra audit after a personal data breach, at a supervisory authority's request or on indications of non-compliance. The Commission's clauses provide for audits \"if there are indications of non-compliance\" (2021/915, cl. 7.6(c)): exempt audits for cause from the cap."),
                format!("Les audits sont plafonnés à {fr} sans audit supplémentaire après une violation de données, à la demande d'une autorité de contrôle ou en cas d'indices de manquement. Les clauses types de la Commission prévoient des audits « en cas d'indices de non-conformité » (2021/915, cl. 7.6(c)) : exceptez les audits pour motif du plafond."),
            ),
        };
        let fix = if below {
            let yearly = match cx.doc_lang() {
                Lang::En => "once per year",
                Lang::Fr => "une fois par an",
            };
            fixes::replace(cap.span, yearly, Message::new("Allow one audit a year", "Permettre un audit par an"))
        } else {
            fixes::add_to_clause(cx, ClauseKind::Audit, AUDIT_TITLE, FOR_CAUSE_AUDIT)
        };
        let inferred = cap.inferred;
        let hint = L10n::new(
            "tag the frequency as `[[audit-frequency: …]]`",
            "balisez la fréquence `[[frequence-audit : …]]`",
        );
        let message = inference_note(message, inferred, hint);
        sink.report(cx, &FREQUENCY_META, cap.span, message).with_fix(fix).inferred(inferred);
    }
}

static COST_META: RuleMeta = RuleMeta {
    id: "AUDIT-COST",
    family: Family::Audits,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: false,
    citation: "GDPR Art. 28(3)(h)",
    summary: L10n::new(
        "The controller bears all audit costs, including audits that find non-compliance.",
        "Le responsable du traitement supporte tous les frais d'audit, y compris ceux qui révèlent un manquement.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reads who pays for audits: the `audit-cost` fact (`controller` is reported; `processor-if-non-compliant`, `shared` and `processor` are not), or a sentence about audit costs that puts them on the controller (\"Customer shall reimburse the Provider's time\", \"the Contractor may charge its hourly rates\") with no shift to the processor when the audit finds a failure.",
            "Lit qui paie les audits : le fait `cout-audit` (`responsable` est signalé ; `sous-traitant-si-manquement`, `partage` et `sous-traitant` ne le sont pas), ou une phrase sur les frais d'audit qui les met à la charge du responsable du traitement (« le Client rembourse le temps passé par le Prestataire », « le Prestataire peut facturer ses tarifs horaires ») sans report sur le sous-traitant quand l'audit révèle un manquement.",
        ),
        why: L10n::new(
            "Who pays is commercial, but when every audit is billed to the controller, including the one that finds the processor in breach, the audit right of Art. 28(3)(h) gets used less than it should; the usual balance is that the processor pays when the audit reveals a material failure.",
            "Qui paie relève du commercial, mais quand chaque audit est facturé au responsable du traitement, y compris celui qui révèle un manquement du sous-traitant, le droit d'audit de l'art. 28(3)(h) est moins exercé qu'il ne devrait ; l'équilibre usuel veut que le sous-traitant paie lorsque l'audit révèle un manquement significatif.",
        ),
        failing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer. Audit costs: [[audit-cost: controller]].\n",
        passing: "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer. Audit costs: [[audit-cost: processor-if-non-compliant]].\n",
        companion: None,
    },
};

impl Rule for AuditCostRule {
    fn meta(&self) -> &'static RuleMeta {
        &COST_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let message = Message::new(
            "The controller bears all the costs of audits, including an audit that finds the processor in breach. Cost is commercial, but billing every audit to the controller discourages the audits Art. 28(3)(h) guarantees; the usual balance is that the processor pays when the audit reveals a material failure.",
            "Le responsable du traitement supporte tous les frais d'audit, y compris ceux d'un audit qui révèle un manquement du sous-traitant. Les frais relèvent du commercial, mais facturer chaque audit au responsable décourage les audits que garantit l'art. 28(3)(h) ; l'équilibre usuel veut que le sous-traitant paie lorsque l'audit révèle un manquement significatif.",
        );
        let facts: Vec<_> = cx
            .doc
            .facts_named(FactName::AuditCost)
            .filter_map(|fact| fact.parsed().map(|value| (fact, value)))
            .collect();
        if !facts.is_empty() {
            for (fact, value) in facts {
                if matches!(value, FactValue::AuditCost(AuditCost::Controller)) {
                    let balanced = match cx.doc_lang() {
                        Lang::En => "processor-if-non-compliant",
                        Lang::Fr => "sous-traitant-si-manquement",
                    };
                    let fix = fixes::replace(
                        fact.value_span,
                        balanced,
                        Message::new(
                            "The processor pays when the audit finds a failure",
                            "Le sous-traitant paie lorsque l'audit révèle un manquement",
                        ),
                    );
                    sink.report(cx, &COST_META, fact.value_span, message.clone()).with_fix(fix);
                }
            }
            return;
        }
        let reading = AuditReading::of(cx);
        let cost_sentences: Vec<&Sentence<'_>> =
            reading.sentences.iter().filter(|sentence| sentence.states(&cues::COST)).collect();
        let shifts = cost_sentences.iter().any(|sentence| {
            sentence.states(&cues::COST_SHIFTS_ON_FAILURE)
                || (sentence.states(&cues::SHARED_COSTS)
                    && !controller_bears_processor_costs_too(&reading.roles, sentence))
        });
        if shifts {
            return;
        }
        // Who pays: the party costs are "borne by", else the subject of the sentence ("the
        // Customer shall reimburse the Provider"); a processor that "may charge" bills the
        // controller.
        let on_controller = cost_sentences.into_iter().find(|sentence| {
            let controller = |role: Option<PartyRole>| role == Some(PartyRole::Controller);
            let charged = sentence
                .matches(&cues::PROCESSOR_CHARGES)
                .into_iter()
                .any(|(start, _)| !controller(reading.roles.role_before(sentence, start)));
            let borne_by = sentence.matches(&cues::COST_BORNE_BY);
            if !borne_by.is_empty() {
                return charged
                    || borne_by.into_iter().any(|(_, end)| controller(reading.roles.role_linked_after(sentence, end)));
            }
            charged
                || sentence
                    .matches(&cues::COST)
                    .into_iter()
                    .any(|(start, _)| controller(reading.roles.role_before(sentence, start)))
        });
        let Some(sentence) = on_controller else { return };
        let balance = L10n::new(
            "Where an audit reveals that the processor has failed to comply with its obligations, the processor shall bear the costs of that audit.",
            "Lorsqu'un audit révèle un manquement du sous-traitant à ses obligations, le sous-traitant en supporte les frais.",
        );
        let fix = fixes::add_to_clause(cx, ClauseKind::Audit, AUDIT_TITLE, balance);
        let inferred = sentence.inferred(cx);
        let hint = L10n::new("tag who pays as `[[audit-cost: …]]`", "balisez la prise en charge `[[cout-audit : …]]`");
        let message = inference_note(message, inferred, hint);
        sink.report(cx, &COST_META, sentence.span(), message).with_fix(fix).inferred(inferred);
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
    fn the_notice_is_the_period_next_to_the_word_notice() {
        let source = "# Audits {audit}\nYou or an auditor you appoint may audit us once a year on forty-five (45) days' written notice.\n";
        assert_eq!(fired(source, "AUDIT-NOTICE"), ["forty-five (45) days"]);
    }

    #[test]
    fn a_shorter_period_for_cause_is_an_exception() {
        let source = "# Audits {audit}\nThe Customer may audit the Provider on thirty (30) days' notice. After a personal data breach, one business day's notice is enough.\n";
        assert!(fired(source, "AUDIT-NOTICE").is_empty());
    }

    #[test]
    fn once_in_a_period_is_a_cap() {
        let source = "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer, not more than once in any period of 36 months.\n";
        assert_eq!(fired(source, "AUDIT-FREQUENCY"), ["once in any period of 36 months"]);
    }

    #[test]
    fn costs_borne_by_the_controller_are_reported() {
        let source = "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer. The costs of any audit shall be borne by the Customer.\n";
        assert_eq!(fired(source, "AUDIT-COST").len(), 1);
        let source = "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer. The Customer shall reimburse the Provider's costs unless the audit reveals a material breach.\n";
        assert!(fired(source, "AUDIT-COST").is_empty());
    }
}

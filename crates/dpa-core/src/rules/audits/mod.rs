//! Audits (rules.md, Art. 28(3)(h)): information to demonstrate compliance, the controller's
//! right to audit and inspect, reports offered instead of audits, and the terms of audits
//! (notice, frequency, costs).
//!
//! AUDIT-INFO and AUDIT-RIGHT are presence rules. The others measure what the contract says: with
//! no audit clause at all they have nothing to measure and stay silent.

use std::sync::Arc;

use dpa_lexicon::cues::audits as cues;

use super::roles::Roles;
use super::search::{sentences_in, Sentence};
use super::{Context, Rule};
use crate::lang::L10n;

/// How to make certain a finding read from an untagged audit clause.
pub(super) const TAG_THE_CLAUSE: L10n =
    L10n::new("tag the audit clause `{audit}`", "balisez la clause d'audit `{audit}`");
use crate::model::{ClauseKind, PartyRole};

mod information;
mod right;
mod terms;

pub(super) static RULES: &[&dyn Rule] = &[
    &information::AuditInfo,
    &right::AuditRight,
    &right::AuditInspection,
    &right::AuditReportsOnly,
    &terms::AuditNotice,
    &terms::AuditFrequency,
    &terms::AuditCostRule,
];

/// The heading of an audit clause a fix inserts.
const AUDIT_TITLE: L10n = L10n::new("Audits", "Audits");

/// What a contract says about audits.
struct AuditReading<'a> {
    roles: Arc<Roles>,
    /// Sentences of audit clauses, and sentences elsewhere that mention audits or inspections.
    sentences: Vec<Sentence<'a>>,
}

impl<'a> AuditReading<'a> {
    fn of(cx: &Context<'a>) -> Self {
        AuditReading { roles: Roles::of(cx), sentences: audit_sentences(cx) }
    }

    /// The first sentence that gives the controller, or an auditor it mandates, an audit that no
    /// later sentence narrows to reports: "Provider will allow for audits. … Customer will only
    /// exercise its audit rights by instructing Provider to send its reports" grants no audit,
    /// while an audit granted after the reports ("if the report is not sufficient, the Customer
    /// may audit") stands.
    fn right(&self) -> Option<&Sentence<'a>> {
        let narrowed_until = self
            .sentences
            .iter()
            .rev()
            .find(|sentence| replaces_audits(sentence))
            .map(|sentence| sentence.span().start);
        self.sentences
            .iter()
            .filter(|sentence| narrowed_until.is_none_or(|until| sentence.span().start > until))
            .find(|sentence| self.grants_audit(sentence))
    }

    /// Whether a sentence gives the controller an audit ([`grants_audit`]).
    fn grants_audit(&self, sentence: &Sentence<'_>) -> bool {
        grants_audit(&self.roles, sentence)
    }

    /// A sentence that replaces audits with reports or certificates, or lets the processor pick
    /// reports over an audit.
    fn replacement(&self) -> Option<&Sentence<'a>> {
        self.sentences
            .iter()
            .find(|sentence| replaces_audits(sentence) || processor_offers_reports_or_audit(&self.roles, sentence))
    }
}

/// Sentences of audit clauses, and sentences elsewhere that mention audits or inspections.
pub(crate) fn audit_sentences<'a>(cx: &Context<'a>) -> Vec<Sentence<'a>> {
    sentences_in(cx, &[])
        .filter(|sentence| {
            sentence.clause(cx).is_some_and(|c| c.is(ClauseKind::Audit))
                || !sentence.mentions(&cues::AUDIT_WORDS).is_empty()
        })
        .collect()
}

/// "shall allow for and contribute to audits", "Customer may audit", "audits conducted by the
/// Customer or its auditor". Not: audits replaced by reports, a review left to the processor's
/// discretion, an "audit report".
pub(crate) fn grants_audit(roles: &Roles, sentence: &Sentence<'_>) -> bool {
    if replaces_audits(sentence)
        || sentence.states(&cues::PROCESSOR_DISCRETION)
        || processor_offers_reports_or_audit(roles, sentence)
    {
        return false;
    }
    let audits = audits_not_reports(sentence);
    if audits.is_empty() {
        return false;
    }
    let by_controller = |role: Option<PartyRole>| role == Some(PartyRole::Controller);
    // "before 1 May" is a date, not a permission.
    let permitted = sentence.matches(&cues::PERMISSION).into_iter().any(|(start, _)| {
        !sentence
            .words_between(sentence.range.0, start)
            .last()
            .is_some_and(|word| word.chars().all(|c| c.is_ascii_digit()))
    });
    // A list item under the controller's permission ("The Customer has the right to:" then "-
    // carry out an on-site audit") is permitted by its lead-in.
    let permitted_by_lead_in = sentence.lead_in.is_some_and(|(paragraph, range)| {
        let lead_in = Sentence::alone(paragraph, range);
        lead_in
            .matches(&cues::PERMISSION)
            .into_iter()
            .any(|(start, _)| by_controller(roles.role_before(&lead_in, start)))
    });
    sentence.states(&cues::PROCESSOR_ALLOWS)
        || takes_part_in_controller_audits(roles, sentence, &audits)
        || permitted_by_lead_in
        || controller_performs_audit(roles, sentence, &audits)
        || (permitted
            && audits.iter().any(|&(start, _)| {
                by_controller(roles.role_before(sentence, start)) || auditor_before(sentence, start)
            }))
        || sentence.matches(&cues::CONDUCTED_BY).into_iter().any(|(_, end)| {
            by_controller(roles.role_linked_after(sentence, end))
                || sentence.mentions(&cues::AUDITOR).iter().any(|&(start, _)| start >= end)
        })
}

/// The processor takes part in audits that are the controller's: its own name right before them
/// ("participate in the Customer's audits") or linked after them (« participer aux audits du
/// Client »), or audits named bare, which can only be the ones the agreement grants. Audits of
/// someone else ("takes part in industry certification audits") grant none.
fn takes_part_in_controller_audits(roles: &Roles, sentence: &Sentence<'_>, audits: &[(usize, usize)]) -> bool {
    sentence.matches(&cues::PARTICIPATE).into_iter().any(|(_, end)| {
        bare_audits_after(sentence, end, audits)
            || audits.iter().any(|&(audit_start, audit_end)| {
                audit_start >= end
                    && sentence.words_between(end, audit_start).len() <= PERFORM_REACH
                    && (roles.subject_of(sentence, audit_start) == Some(PartyRole::Controller)
                        || roles.role_linked_after(sentence, audit_end) == Some(PartyRole::Controller))
            })
    })
}

/// Audits named right after the verb with nothing to qualify them, up to the end of the sentence
/// ("cooperate in audits and inspections", « collaborer aux audits et inspections »): no
/// certification scheme, no other party, only articles and conjunctions between the words.
fn bare_audits_after(sentence: &Sentence<'_>, verb_end: usize, audits: &[(usize, usize)]) -> bool {
    let mut cursor = verb_end;
    let mut named = false;
    for &(start, end) in audits.iter().filter(|&&(start, _)| start >= verb_end) {
        if !sentence.words_between(cursor, start).iter().all(|word| cues::BARE_AUDIT_LINKS.contains(word)) {
            return false;
        }
        cursor = end;
        named = true;
    }
    named && sentence.words_between(cursor, sentence.range.1).is_empty()
}

/// How many words may separate a verb of carrying out from the audit it governs ("carry out
/// regular on-site audits", « en réalisant des audits »).
const PERFORM_REACH: usize = 3;

/// The controller carries out audits as its own activity ("The Customer will carry out audits of
/// the Provider", « supervise le traitement, y compris en réalisant des audits » in a list the
/// controller's name introduces): an audit the controller performs is one it may perform. The
/// actor is the party named last before the verb, else the last one in the list's lead-in; the
/// processor's own internal audits grant nothing, nor does a controller that waives them («
/// renonce à faire procéder à tout audit »), nor an audit set as the circumstance of another
/// duty ("Customer shall, when carrying out an audit, limit the disruption").
fn controller_performs_audit(roles: &Roles, sentence: &Sentence<'_>, audits: &[(usize, usize)]) -> bool {
    if sentence.states(&cues::EXCLUSION) {
        return false;
    }
    let lead_in_actor = || {
        sentence.lead_in.and_then(|(paragraph, range)| {
            let lead_in = Sentence::alone(paragraph, range);
            roles.role_before(&lead_in, range.1)
        })
    };
    sentence.matches(&cues::PERFORM).into_iter().any(|(start, end)| {
        let supposed = sentence
            .words_between(sentence.range.0, start)
            .iter()
            .rev()
            .take(2)
            .any(|word| cues::CIRCUMSTANCE_WORDS.contains(word));
        let governs_an_audit = audits.iter().any(|&(audit_start, _)| {
            audit_start >= end && sentence.words_between(end, audit_start).len() <= PERFORM_REACH
        });
        !supposed
            && governs_an_audit
            && roles.role_before(sentence, start).or_else(lead_in_actor) == Some(PartyRole::Controller)
    })
}

/// The audit words of a sentence that name an audit, not an "audit report".
fn audits_not_reports(sentence: &Sentence<'_>) -> Vec<(usize, usize)> {
    let folded = &sentence.paragraph.folded.folded;
    sentence
        .matches(&cues::AUDIT_WORDS)
        .into_iter()
        .filter(|&(_, end)| {
            let next = folded[end..sentence.range.1].split_whitespace().next().unwrap_or("");
            !cues::REPORTS.matches(&dpa_lexicon::FoldedText::new(next, 0))
        })
        .collect()
}

/// How many words may separate reports, the "or" and the audit it offers as the alternative.
const ALTERNATIVE_REACH: usize = 3;

/// "Processor will provide audit reports or permit audits", « le Prestataire fournit ses rapports
/// d'audit ou permet un audit »: the processor offers the two as alternatives, so it may always
/// choose the reports and the controller can never insist on an audit.
fn processor_offers_reports_or_audit(roles: &Roles, sentence: &Sentence<'_>) -> bool {
    let near = |from: usize, to: usize| from <= to && sentence.words_between(from, to).len() <= ALTERNATIVE_REACH;
    let audits = audits_not_reports(sentence);
    let alternatives = sentence.mentions(&cues::ALTERNATIVE);
    sentence.matches(&cues::REPORTS).into_iter().any(|(report_start, report_end)| {
        roles.role_before(sentence, report_start) == Some(PartyRole::Processor)
            && alternatives.iter().any(|&(or_start, or_end)| {
                near(report_end, or_start) && audits.iter().any(|&(audit_start, _)| near(or_end, audit_start))
            })
    })
}

/// "its audit rights are fully satisfied by … a summary of its SOC 2 report", "tiennent lieu
/// d'audit".
pub(crate) fn replaces_audits(sentence: &Sentence<'_>) -> bool {
    sentence.states_all(&[&cues::AUDIT_WORDS, &cues::REPLACEMENT, &cues::REPORTS])
}

/// "an independent auditor … may conduct an audit": an auditor named before the audit.
fn auditor_before(sentence: &Sentence<'_>, at: usize) -> bool {
    sentence.matches(&cues::AUDITOR).iter().any(|&(_, end)| end <= at)
}

#[cfg(test)]
mod tests {
    use crate::{lint, LintOptions};

    fn fires(source: &str, rule: &str) -> bool {
        lint(source, &LintOptions::default()).findings.iter().any(|f| f.rule == rule)
    }

    #[test]
    fn a_date_in_may_is_no_permission_to_audit() {
        let source = "# Audits {audit}\nThe Provider shall each year, before 1 May, deliver to the Customer an independent auditor's assurance report.\n";
        assert!(fires(source, "AUDIT-RIGHT"));
        let source = "# Audits {audit}\nThe Customer may, on thirty (30) days' notice, audit the Provider's compliance with this Agreement.\n";
        assert!(!fires(source, "AUDIT-RIGHT"));
    }

    #[test]
    fn an_audit_report_is_not_an_audit() {
        let source = "# Audits {audit}\nThe Customer may request a copy of the Provider's latest audit report.\n";
        assert!(fires(source, "AUDIT-RIGHT"));
    }
}

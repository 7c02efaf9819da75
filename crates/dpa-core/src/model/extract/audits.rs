//! The terms of the audits, from the sentences about audits that are not about reports replacing
//! them:
//!
//! * `audit-notice`: a number of days written next to the word notice ("on forty-five (45)
//!   days' written notice", "moyennant un préavis de trente (30) jours"); a duration further from
//!   it may be something else (a report's delivery, a retention), and one after words of cause
//!   is the shorter notice for cause: neither is read;
//! * `audit-frequency`: the cap on audits ("not more than once per year", "une fois par an au
//!   maximum", "once in any period of 36 months", or a yearly audit granted to the controller,
//!   « peut effectuer un audit annuel »), in a sentence that limits audits, not one about reports
//!   delivered each year. An unlimited frequency caps nothing and is not read.
//!
//! Who pays for audits is read by AUDIT-COST from whole sentences: the words that say it ("borne
//! by the Customer") are not a value the `audit-cost` fact could hold.

use std::cell::OnceCell;
use std::sync::Arc;

use dpa_lexicon::cues::audits as cues;
use dpa_lexicon::values::{find_frequency, Duration};

use super::{durations_in, fact_at};
use crate::model::{Fact, FactName};
use crate::rules::audits::{audit_sentences, grants_audit, replaces_audits};
use crate::rules::roles::Roles;
use crate::rules::search::Sentence;
use crate::rules::Context;

/// How many words may stand between a duration and the word notice it measures ("30 days'
/// prior written notice", "préavis écrit d'au moins 30 jours").
const NOTICE_REACH: usize = 4;

pub(super) fn extract(cx: &Context<'_>) -> Vec<Fact> {
    let (replacing, sentences): (Vec<Sentence<'_>>, Vec<Sentence<'_>>) =
        audit_sentences(cx).into_iter().partition(replaces_audits);
    notice(&sentences).into_iter().chain(cap(cx, &sentences, !replacing.is_empty())).collect()
}

/// The first notice stated: in the first sentence that has one, the quantified duration nearest
/// to the word notice, within [`NOTICE_REACH`] words of it.
fn notice(sentences: &[Sentence<'_>]) -> Option<Fact> {
    sentences.iter().find_map(|sentence| {
        let notices = sentence.matches(&cues::NOTICE);
        let words_apart = |(start, end): (usize, usize)| {
            notices
                .iter()
                .map(|&(n_start, n_end)| {
                    let (from, to) = if n_start >= end { (end, n_start) } else { (n_end, start) };
                    sentence.words_between(from, to).len()
                })
                .min()
        };
        let durations = in_paragraph(sentence);
        // The period of a frequency is not a notice ("une fois tous les trois ans").
        let frequency = find_frequency(sentence.text());
        let in_frequency = |&(start, end): &(usize, usize)| {
            frequency
                .as_ref()
                .is_some_and(|found| sentence.range.0 + found.start <= start && end <= sentence.range.0 + found.end)
        };
        // A notice after words of cause since the duration before it is the shorter notice for
        // cause ("after a personal data breach, two (2) business days' notice is enough").
        let for_cause = |index: usize| {
            let from = index.checked_sub(1).map_or(sentence.range.0, |before| durations[before].1 .1);
            cues::FOR_CAUSE.matches_in(&sentence.paragraph.folded, (from, durations[index].1 .0))
        };
        let range = durations
            .iter()
            .enumerate()
            .filter(|&(index, (duration, range))| {
                matches!(duration, Duration::Quantified { .. }) && !for_cause(index) && !in_frequency(range)
            })
            .map(|(_, &found)| found)
            .filter_map(|(_, range)| words_apart(range).filter(|&apart| apart <= NOTICE_REACH).map(|d| (d, range)))
            .min_by_key(|(apart, _)| *apart)
            .map(|(_, range)| range)?;
        fact_at(FactName::AuditNotice, sentence.paragraph, range)
    })
}

/// The cap on audits: the first frequency in a sentence that limits audits, or, where audit
/// rights are exercised through requests for reports and information (`through_requests`), one
/// that limits those requests ("requests may only be made once a year").
fn cap(cx: &Context<'_>, sentences: &[Sentence<'_>], through_requests: bool) -> Option<Fact> {
    // Who grants an audit matters only in sentences that also speak of reports.
    let roles: OnceCell<Arc<Roles>> = OnceCell::new();
    sentences
        .iter()
        .filter(|sentence| {
            let caps_requests = through_requests && sentence.states_all(&[&cues::REQUESTS, &cues::FREQUENCY_CAP]);
            let grants = || grants_audit(roles.get_or_init(|| Roles::of(cx)), sentence);
            // "The Customer may conduct an annual audit" caps the controller's audits; "the
            // Provider undergoes an annual audit" is the processor's own.
            // "the annual assurance report", « le rapport SOC 2 annuel » are yearly, the audit is not.
            let reports = sentence.matches(&cues::REPORTS);
            let yearly_audit = sentence.matches(&cues::YEARLY).into_iter().any(|(start, end)| {
                !reports.iter().any(|&(report_start, report_end)| {
                    (report_start >= end && sentence.words_between(end, report_start).len() <= 2)
                        || (report_end <= start && sentence.words_between(report_end, start).len() <= 2)
                })
            });
            let yearly_for_controller = yearly_audit && sentence.states(&cues::AUDIT_WORDS) && grants();
            caps_requests
                || yearly_for_controller
                || (sentence.states_all(&[&cues::AUDIT_WORDS, &cues::FREQUENCY_CAP])
                    && (!sentence.states(&cues::REPORTS) || grants()))
        })
        .find_map(|sentence| {
            let found = find_frequency(sentence.text())?;
            let range = (sentence.range.0 + found.start, sentence.range.0 + found.end);
            found.value.per_year().is_finite().then(|| fact_at(FactName::AuditFrequency, sentence.paragraph, range))?
        })
}

/// The durations of a sentence with their folded ranges in its paragraph.
fn in_paragraph(sentence: &Sentence<'_>) -> Vec<(Duration, (usize, usize))> {
    let at = sentence.range.0;
    durations_in(sentence.text()).into_iter().map(|found| (found.value, (at + found.start, at + found.end))).collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::extracted;
    use crate::model::FactName;

    #[test]
    fn the_notice_is_the_duration_next_to_the_word_notice() {
        let english = "# Audits {audit}\nYou or an auditor you appoint may audit us once a year on forty-five (45) days' written notice.\n";
        assert_eq!(extracted(english, FactName::AuditNotice), ["forty-five (45) days"]);
        let french = "# Audits {audit}\nLe Client peut auditer le Prestataire une fois tous les trois ans, moyennant un préavis écrit de trente (30) jours.\n";
        assert_eq!(extracted(french, FactName::AuditNotice), ["trente (30) jours"], "not the frequency's period");
    }

    #[test]
    fn a_duration_far_from_the_word_notice_or_in_brackets_is_no_notice() {
        let far = "# Audits {audit}\nThe Customer may audit the Provider on reasonable notice, and the Provider shall keep the audit records for 12 months.\n";
        assert!(extracted(far, FactName::AuditNotice).is_empty());
        let for_cause = "# Audits {audit}\nThe Customer shall give reasonable notice of an audit; after a personal data breach, two (2) business days' notice is enough.\n";
        assert!(extracted(for_cause, FactName::AuditNotice).is_empty(), "the shorter notice for cause");
        let blank = "# Audits {audit}\nThe Customer may audit the Provider on [30] days' notice.\n";
        assert!(extracted(blank, FactName::AuditNotice).is_empty());
    }

    #[test]
    fn the_cap_on_audits() {
        let english = "# Audits {audit}\nThe Customer may audit the Provider not more than once per year.\n";
        assert_eq!(extracted(english, FactName::AuditFrequency), ["once per year"]);
        let period = "# Audits {audit}\nThe Provider shall allow for and contribute to audits by the Customer, not more than once in any period of 36 months.\n";
        assert_eq!(extracted(period, FactName::AuditFrequency), ["once in any period of 36 months"]);
        let french = "# Audits {audit}\nLe Client peut réaliser un audit au maximum une fois par an.\n";
        assert_eq!(extracted(french, FactName::AuditFrequency), ["une fois par an"]);
    }

    #[test]
    fn requests_that_stand_for_audits_are_capped_like_audits() {
        let english = "# Audits {audit}\nThe Customer will only exercise its audit rights by instructing the Provider to send its security reports. Such requests may only be made once a year.\n";
        assert_eq!(extracted(english, FactName::AuditFrequency), ["once a year"]);
        let french = "# Audits {audit}\nLe Client n'exercera son droit d'audit qu'en demandant au Prestataire ses rapports de sécurité. Le Client peut adresser une seule demande par an.\n";
        assert_eq!(extracted(french, FactName::AuditFrequency), ["une seule demande par an"]);
        let granted = "# Audits {audit}\nThe Customer may audit the Provider. Requests for copies of the records may only be made once a year.\n";
        assert!(
            extracted(granted, FactName::AuditFrequency).is_empty(),
            "requests are no audits when audits are granted"
        );
    }

    #[test]
    fn reports_sent_each_year_cap_no_audit() {
        let reports = "# Audits {audit}\nThe Provider shall send the Customer its SOC 2 report once per year instead of any audit, which it replaces.\n";
        assert!(extracted(reports, FactName::AuditFrequency).is_empty());
        let negated = "# Audits {audit}\nAudits are not limited to once per year.\n";
        assert!(extracted(negated, FactName::AuditFrequency).is_empty());
    }
}

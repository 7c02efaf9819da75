//! What happens to the data at the end of the services, from the sentences that delete or return
//! it (those of a deletion clause, and elsewhere those that also name the end of the services):
//!
//! * `deletion-period`: the time limit for deleting or returning the data ("within thirty (30)
//!   days after termination", « dans un délai de trois mois à compter de la fin du contrat »).
//!   Not a period right after a mention of backups or archives (that is their retention), nor
//!   one inside the exception for copies the law requires to keep ("except copies it must keep
//!   for ten years under tax law", « sauf … conservées 10 ans en application de la législation
//!   fiscale »): that is a retention too. When the words give several, the shortest is read: the
//!   processor is bound by it, and a longer one is a later step (return, then deletion);
//! * `backup-retention`: the first time limit after a mention of backups or archives ("backup
//!   copies are overwritten within 35 days", « les sauvegardes sont écrasées sous 35 jours »).
//!
//! A deletion clause may also give the period on a line of its own, with no deletion verb: a
//! period counted from the end of the services (« **Délai** : 30 jours après la fin de la
//! prestation », "Time limit: within 30 days of termination") is the deletion period.
//!
//! A figure proposed in square brackets ("within [30] days") is a blank, like any bracketed
//! words (see the module notes): END-DEADLINE leaves it to PLACEHOLDER.

use dpa_lexicon::cues::completeness as cues;
use dpa_lexicon::values::{Duration, Located};

use super::{durations_in, fact_at, taken};
use crate::model::{ClauseKind, Fact, FactName};
use crate::rules::completeness::end_of_processing::{end_sentences, gives_back};
use crate::rules::search::{sentences_in, Sentence};
use crate::rules::Context;

/// How many words after a mention of backups a period is theirs ("backup systems, which are
/// rotated on a thirty-five (35) day cycle").
const BACKUP_REACH: usize = 6;

/// How many words may stand between a period and the end of the services it is counted from
/// ("30 days *of* termination", « 30 jours calendaires *après la* fin de la prestation »).
const COUNTED_FROM_REACH: usize = 4;

pub(super) fn extract(cx: &Context<'_>) -> Vec<Fact> {
    let sentences = end_sentences(cx);
    let period_lines: Vec<_> = sentences_in(cx, &[ClauseKind::DeletionReturn])
        .filter(|sentence| !sentence.states(&cues::DELETE) && !gives_back(sentence))
        .collect();
    let from_end_periods = period_lines
        .iter()
        .flat_map(|sentence| counted_from_end(sentence).into_iter().map(move |found| (sentence, found)));
    let deletion = sentences
        .iter()
        .flat_map(|sentence| deletion_periods(sentence).into_iter().map(move |found| (sentence, found)))
        .chain(from_end_periods)
        .filter_map(|(sentence, found)| {
            Some((found.value, fact_at(FactName::DeletionPeriod, sentence.paragraph, (found.start, found.end))?))
        })
        .filter(|(_, fact)| !taken(cx.doc, fact))
        .min_by(|(a, _), (b, _)| shortest(a).total_cmp(&shortest(b)))
        .map(|(_, fact)| fact);
    let backup = sentences.iter().find_map(|sentence| {
        let after_backups = sentence.mentions(&cues::BACKUP).first()?.1;
        in_paragraph(sentence)
            .into_iter()
            .filter(|found| found.start >= after_backups && !matches!(found.value, Duration::Unquantified))
            .filter_map(|found| fact_at(FactName::BackupRetention, sentence.paragraph, (found.start, found.end)))
            .find(|fact| !taken(cx.doc, fact) && deletion.as_ref().is_none_or(|deletion| deletion.span != fact.span))
    });
    deletion.into_iter().chain(backup).collect()
}

/// The fewest days a period may last; an immediate deletion or one of no stated length counts
/// as none.
fn shortest(duration: &Duration) -> f64 {
    duration.days_min().unwrap_or(0.0)
}

/// The quantified periods of a deletion sentence that are the deletion's (see the module notes),
/// with folded ranges in its paragraph.
fn deletion_periods(sentence: &Sentence<'_>) -> Vec<Located<Duration>> {
    let legal_exception = legal_exception(sentence);
    let backups = sentence.mentions(&cues::BACKUP);
    in_paragraph(sentence)
        .into_iter()
        .filter(|found| {
            let about_backups = backups.iter().any(|&(_, backup_end)| {
                backup_end <= found.start && sentence.words_between(backup_end, found.start).len() <= BACKUP_REACH
            });
            let in_exception = legal_exception.is_some_and(|(start, end)| (start..end).contains(&found.start));
            !about_backups && !in_exception && !matches!(found.value, Duration::Unquantified)
        })
        .collect()
}

/// The exception for copies the law requires to keep, as a folded range of the paragraph: from
/// its opener to the comma or semicolon out of brackets that closes it after the legal words,
/// else to the end of the sentence. A period after that break is the deletion's again (« soit à la suppression des
/// données, sauf obligation légale de conservation, dans un délai de 90 jours »).
fn legal_exception(sentence: &Sentence<'_>) -> Option<(usize, usize)> {
    let text = &sentence.paragraph.folded;
    sentence.mentions(&cues::EXCEPTION_OPENER).into_iter().find_map(|(start, _)| {
        let (_, legal_end) = cues::LEGAL_OBLIGATION.find_all_in(text, (start, sentence.range.1)).into_iter().next()?;
        // A comma inside brackets is still the exception's ("(invoices, kept for 10 years)").
        let mut depth = 0_i32;
        let closed_at = text.folded[legal_end..sentence.range.1].char_indices().find_map(|(at, c)| {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                ',' | ';' if depth <= 0 => return Some(legal_end + at),
                _ => {}
            }
            None
        });
        Some((start, closed_at.unwrap_or(sentence.range.1)))
    })
}

/// The quantified periods of a sentence that are counted from the end of the services named
/// right after them.
fn counted_from_end(sentence: &Sentence<'_>) -> Vec<Located<Duration>> {
    let ends = sentence.mentions(&cues::END_OF_SERVICES);
    in_paragraph(sentence)
        .into_iter()
        .filter(|found| {
            !matches!(found.value, Duration::Unquantified)
                && ends.iter().any(|&(end_start, _)| {
                    found.end <= end_start && sentence.words_between(found.end, end_start).len() <= COUNTED_FROM_REACH
                })
        })
        .collect()
}

/// The durations of a sentence with their folded ranges in its paragraph.
fn in_paragraph(sentence: &Sentence<'_>) -> Vec<Located<Duration>> {
    let at = sentence.range.0;
    durations_in(sentence.text())
        .into_iter()
        .map(|found| Located { value: found.value, start: at + found.start, end: at + found.end })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::extracted;
    use crate::model::FactName;

    #[test]
    fn the_deletion_period_in_words() {
        let english = "# Deletion {deletion-return}\nAt the end of the services, the Provider shall delete or return all Customer Data within thirty (30) days.\n";
        assert_eq!(extracted(english, FactName::DeletionPeriod), ["thirty (30) days"]);
        let french = "# Suppression {suppression-restitution}\nAu terme des prestations, le Prestataire supprime ou restitue les données dans un délai de trois mois.\n";
        assert_eq!(extracted(french, FactName::DeletionPeriod), ["trois mois"]);
    }

    #[test]
    fn a_retention_the_law_requires_is_no_deletion_period() {
        let source = "# Suppression {suppression-restitution}\nAu terme des prestations, le Prestataire supprime les données sous 30 jours, sauf les copies conservées 10 ans en application de la législation fiscale.\n";
        assert_eq!(extracted(source, FactName::DeletionPeriod), ["30 jours"]);
    }

    #[test]
    fn backups_have_their_own_period() {
        let source = "# Deletion {deletion-return}\nAt the end of the services, the Provider shall delete all Customer Data within 30 days; copies in backup systems are deleted within 90 days.\n";
        assert_eq!(extracted(source, FactName::DeletionPeriod), ["30 days"]);
        assert_eq!(extracted(source, FactName::BackupRetention), ["90 days"]);
    }

    #[test]
    fn a_period_line_of_the_deletion_clause_counts_from_the_end() {
        let french = "# Suppression {suppression-restitution}\nAu terme des prestations, le Prestataire supprime les données.\n\n**Délai** : 30 jours calendaires après la fin de la prestation.\n";
        assert_eq!(extracted(french, FactName::DeletionPeriod), ["30 jours calendaires"]);
        let english = "# Deletion {deletion-return}\nAt the end of the services, the Provider deletes the data.\n\n**Time limit**: within 45 days of termination.\n\nThese obligations survive termination of the Agreement for 5 years.\n";
        assert_eq!(extracted(english, FactName::DeletionPeriod), ["45 days"]);
    }

    #[test]
    fn a_figure_proposed_in_brackets_is_a_blank() {
        let source = "# Deletion {deletion-return}\nAt the end of the services, the Provider shall delete all Customer Data within [30] days.\n";
        assert!(extracted(source, FactName::DeletionPeriod).is_empty());
    }
}

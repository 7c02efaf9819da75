//! SUBPROC-LIABILITY: the processor remains fully liable to the controller for its
//! sub-processors (Art. 28(4), last sentence).
//!
//! Judgement on limits: a cap of the main agreement that applies to the processor's own acts as
//! well ("remains fully liable …, subject to the limitations of liability of the Agreement")
//! leaves the processor answering for its sub-processors as for itself, and is not reported.
//! What is reported is a limit that applies to sub-processors only: liability up to what the
//! processor recovers from them, "commercially reasonable efforts" to enforce their contracts,
//! "reasonable care in selecting them", a cap stated in the sentence about sub-processors.

use dpa_lexicon::cues::completeness::{CONTROLLER_WORDS, PROCESSOR_WORDS};
use dpa_lexicon::cues::subprocessors::{ARTICLE_28_4, FULLY_LIABLE, LIABILITY_WORDS, LIMITED_LIABILITY, NOT_LIABLE};
use dpa_lexicon::FoldedText;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::search::{missing_target, with_certainty_hint, Sentence};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{add_sentences, excerpt, incorporates, replace_with, SubProcessing, CLAUSE, LIABILITY};

pub(crate) struct SubprocLiability;

static META: RuleMeta = RuleMeta {
    id: "SUBPROC-LIABILITY",
    family: Family::SubProcessors,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(4)",
    summary: L10n::new(
        "The processor is not fully liable to the controller for its sub-processors (no such statement, an exclusion, or a limit that applies to sub-processors only).",
        "Le sous-traitant n'est pas pleinement responsable envers le responsable du traitement de ses sous-traitants ultérieurs (aucune stipulation, une exclusion, ou une limite propre aux sous-traitants ultérieurs).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for the processor's statement that it remains fully liable to the controller for the performance of its sub-processors' obligations (\"remains fully liable\", \"as for its own acts\", \"demeure pleinement responsable\"). Reports its absence, an exclusion (\"is not liable for the acts or omissions of Sub-processors\"), and a limit that applies to sub-processors only (liability up to what the processor recovers from them, \"commercially reasonable efforts\" to enforce their obligations, \"reasonable care in selecting them\"). A general cap of the main agreement that also applies to the processor's own acts is not reported.",
            "Recherche la stipulation par laquelle le sous-traitant demeure pleinement responsable envers le responsable du traitement de l'exécution des obligations de ses sous-traitants ultérieurs (« demeure pleinement responsable », « comme de ses propres actes », \"remains fully liable\"). Signale son absence, une exclusion (« n'est pas responsable des actes des sous-traitants ultérieurs ») et une limite propre aux sous-traitants ultérieurs (responsabilité limitée à ce que le sous-traitant recouvre auprès d'eux, « efforts commercialement raisonnables », « diligence raisonnable dans leur choix »). Un plafond général du contrat principal qui s'applique aussi aux actes propres du sous-traitant n'est pas signalé.",
        ),
        why: L10n::new(
            "Art. 28(4) GDPR: where the other processor fails to fulfil its data protection obligations, \"the initial processor shall remain fully liable to the controller for the performance of that other processor's obligations\". The controller chose and contracted with the processor, not with its sub-processors; an exclusion leaves it with no one to turn to when a sub-processor leaks the data, as a training contractor's systems did in the OFII case of January 2026.",
            "Art. 28(4) du RGPD : lorsque cet autre sous-traitant ne remplit pas ses obligations en matière de protection des données, « le sous-traitant initial demeure pleinement responsable devant le responsable du traitement de l'exécution par l'autre sous-traitant de ses obligations ». Le responsable a choisi le sous-traitant et contracté avec lui, non avec ses sous-traitants ultérieurs ; une exclusion le laisse sans recours quand un sous-traitant ultérieur laisse fuir les données, comme les systèmes d'un prestataire de formation dans l'affaire OFII de janvier 2026.",
        ),
        failing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. The Provider is not liable for the acts or omissions of its Sub-processors.\n",
        passing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. The Provider remains fully liable to the Customer for the performance of each Sub-processor's obligations.\n",
        companion: None,
    },
};

impl Rule for SubprocLiability {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = SubProcessing::read(cx);
        if !reading.has_terms() {
            return;
        }
        if let Some(exclusion) = reading.sentences.iter().find(|s| excludes_liability(s, &reading.named_in(s))) {
            let text = excerpt(cx.text(exclusion.span()));
            let message = Message::new(
                format!("The processor excludes its liability for sub-processors (“{text}”). Art. 28(4) GDPR keeps it fully liable to the controller for the performance of its sub-processors' obligations; a contract cannot take that away. Delete the exclusion and state that the processor remains fully liable, as for its own acts."),
                format!("Le sous-traitant exclut sa responsabilité du fait de ses sous-traitants ultérieurs (« {text} »). L'art. 28(4) du RGPD le maintient pleinement responsable envers le responsable du traitement de l'exécution de leurs obligations ; le contrat ne peut l'écarter. Supprimez l'exclusion et stipulez que le sous-traitant demeure pleinement responsable, comme de ses propres actes."),
            );
            return report(cx, sink, exclusion, message);
        }
        let limit = reading
            .sentences
            .iter()
            .find(|s| !s.mentions(&LIMITED_LIABILITY).is_empty() && limits_processor(s, &reading.named_in(s)));
        if let Some(limit) = limit {
            let text = excerpt(cx.text(limit.span()));
            let message = Message::new(
                format!("The processor's liability for its sub-processors is cut down (“{text}”): below what it answers for its own acts. Art. 28(4) GDPR keeps the processor fully liable to the controller for the performance of its sub-processors' obligations. Remove the limit specific to sub-processors."),
                format!("La responsabilité du sous-traitant du fait de ses sous-traitants ultérieurs est réduite (« {text} ») : en deçà de ce qu'il assume pour ses propres actes. L'art. 28(4) du RGPD le maintient pleinement responsable envers le responsable du traitement de l'exécution de leurs obligations. Supprimez la limite propre aux sous-traitants ultérieurs."),
            );
            return report(cx, sink, limit, message);
        }
        // Binding the processor to Art. 28(4) by number keeps its last sentence, full liability,
        // as a term of the contract.
        if reading.sentences.iter().any(|s| s.states(&FULLY_LIABLE) || incorporates(s, &ARTICLE_28_4)) {
            return;
        }
        let message = Message::new(
            "Nothing says that the processor remains fully liable to the controller for its sub-processors. Art. 28(4) GDPR requires it, and the controller has no contract with the sub-processors to fall back on. Add it.",
            "Rien ne dit que le sous-traitant demeure pleinement responsable envers le responsable du traitement du fait de ses sous-traitants ultérieurs. L'art. 28(4) du RGPD l'exige, et le responsable n'a aucun contrat avec les sous-traitants ultérieurs sur lequel se replier. Ajoutez-le.",
        );
        let (span, inferred, _) = missing_target(cx, CLAUSE);
        sink.report(cx, &META, span, with_certainty_hint(message, CLAUSE, inferred))
            .with_fix(add_sentences(cx, LIABILITY, &[]))
            .inferred(inferred);
    }
}

/// Reports a sentence that takes liability away, with a fix that replaces it by the model.
fn report(cx: &Context<'_>, sink: &mut Sink, sentence: &Sentence<'_>, message: Message) {
    let inferred = sentence.inferred(cx);
    sink.report(cx, &META, sentence.span(), with_certainty_hint(message, CLAUSE, inferred))
        .with_fix(replace_with(cx, sentence.span(), LIABILITY, &[]))
        .inferred(inferred);
}

/// A sentence in which the processor, not the controller, disclaims liability for the
/// sub-processors named after the disclaimer ("Solvane is not liable for the acts of
/// Sub-processors"; not "Customer is not liable for Sub-processors' fees").
fn excludes_liability(sentence: &Sentence<'_>, named: &[(usize, usize)]) -> bool {
    let folded = &sentence.paragraph.folded.folded;
    sentence.mentions(&NOT_LIABLE).into_iter().any(|(start, end)| {
        let subject = FoldedText::new(&folded[sentence.range.0..start], 0);
        let controller_subject = CONTROLLER_WORDS.matches(&subject) && !PROCESSOR_WORDS.matches(&subject);
        !controller_subject && named.iter().any(|&(at, _)| at >= end)
    })
}

/// Words between a liability word and its owner ("liability of the subprocessor",
/// "responsabilité du sous-traitant ultérieur").
const OWNER_LINKS: &[&str] =
    &["of", "a", "an", "the", "any", "each", "every", "such", "du", "des", "de", "la", "un", "une", "chaque", "tout"];

/// The kind of liability, which may stand before its owner too (« la responsabilité civile du
/// Sous-Traitant Ultérieur », "contractual liability of each sub-processor").
const LIABILITY_KINDS: &[&str] =
    &["civil", "contractual", "civile", "contractuelle", "delictuelle", "extracontractuelle"];

/// Folded offset of the first word after `from` that is not a linking word: whose the liability
/// is.
fn owner_after(folded: &str, from: usize) -> usize {
    let mut at = from;
    loop {
        let rest = &folded[at..];
        at += rest.len() - rest.trim_start().len();
        let rest = &folded[at..];
        // French elision: "de l'autre sous-traitant".
        if rest.starts_with("l'") || rest.starts_with("d'") {
            at += 2;
            continue;
        }
        let word_len = rest.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(rest.len());
        let word = &rest[..word_len];
        if word_len == 0 || !(OWNER_LINKS.contains(&word) || LIABILITY_KINDS.contains(&word)) {
            return at;
        }
        at += word_len;
    }
}

/// Whether a sentence speaks of the processor's liability, not only of a sub-processor's own:
/// "Such third-party liability of the subprocessor shall be limited to its own processing
/// operations" (the 2010 clauses) limits what the sub-processor owes data subjects, and leaves
/// the processor's liability whole.
fn limits_processor(sentence: &Sentence<'_>, named: &[(usize, usize)]) -> bool {
    let folded = &sentence.paragraph.folded.folded;
    sentence.mentions(&LIABILITY_WORDS).into_iter().any(|(start, end)| {
        let possessive = named
            .iter()
            .any(|&(_, name_end)| name_end <= start && matches!(folded[name_end..start].trim(), "'s" | "'"));
        let owner = owner_after(&folded[..sentence.range.1], end);
        !possessive && !named.iter().any(|&(name_start, _)| name_start == owner)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;

    fn limits(source: &str) -> Vec<bool> {
        with_test_context(source, |cx| {
            let reading = SubProcessing::read(cx);
            reading
                .sentences
                .iter()
                .filter(|s| !s.mentions(&LIMITED_LIABILITY).is_empty())
                .map(|s| limits_processor(s, &reading.named_in(s)))
                .collect()
        })
    }

    #[test]
    fn a_sub_processors_own_liability_is_not_the_processors() {
        let own = "# Sub-processors {sub-processors}\nThe liability of the Sub-processor towards data subjects shall be limited to its own processing operations.\n";
        assert_eq!(limits(own), [false]);
        let possessive = "# Sub-processors {sub-processors}\nEach Sub-processor's liability shall be limited to its own processing operations.\n";
        assert_eq!(limits(possessive), [false]);
        let french = "# Sous-traitance {sous-traitants-ultérieurs}\nLa responsabilité de l'autre sous-traitant est limitée à ses propres opérations de traitement.\n";
        assert_eq!(limits(french), [false]);
        let processor = "# Sub-processors {sub-processors}\nThe Provider's liability for its Sub-processors is limited to the amounts it recovers from them.\n";
        assert_eq!(limits(processor), [true]);
        let french_processor = "# Sous-traitance {sous-traitants-ultérieurs}\nLa responsabilité du Prestataire du fait de ses sous-traitants ultérieurs est limitée aux sommes recouvrées auprès d'eux.\n";
        assert_eq!(limits(french_processor), [true]);
        let kind_of_liability = "# Sous-traitance {sous-traitants-ultérieurs}\nLa responsabilité civile du Sous-traitant ultérieur est limitée à ses propres activités de traitement.\n";
        assert_eq!(limits(kind_of_liability), [false]);
        let contractual = "# Sub-processors {sub-processors}\nThe contractual liability of each Sub-processor is limited to its own processing operations.\n";
        assert_eq!(limits(contractual), [false]);
        let processor_civil = "# Sous-traitance {sous-traitants-ultérieurs}\nLa responsabilité civile du Prestataire du fait de ses sous-traitants ultérieurs est limitée à 10 000 euros.\n";
        assert_eq!(limits(processor_civil), [true]);
    }
}

//! SUBPROC-FLOWDOWN: the same data-protection obligations imposed on each sub-processor by
//! contract (Art. 28(4), first sentence).

use dpa_lexicon::cues::subprocessors::{ARTICLE_28_4, IMPOSE, SAME_OBLIGATIONS};

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::search::{missing_target, with_certainty_hint, Sentence};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{add_sentences, incorporates, SubProcessing, CLAUSE, FLOWDOWN};

pub(crate) struct SubprocFlowdown;

static META: RuleMeta = RuleMeta {
    id: "SUBPROC-FLOWDOWN",
    family: Family::SubProcessors,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(4), Art. 28(3)(d)",
    summary: L10n::new(
        "No duty to impose the same data protection obligations on sub-processors by contract.",
        "Aucune obligation d'imposer par contrat les mêmes obligations de protection des données aux sous-traitants ultérieurs.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks, in the sub-processor clause or a sentence about sub-processors, for the processor's duty to bind each sub-processor to the same data protection obligations as the agreement (\"the same data protection obligations\", \"equivalent\", \"comparable\", \"no less protective\", \"substantially similar\", \"consistent with this Addendum\", an agreement \"in accordance with Art. 28(2)-(4) GDPR\"), by contract or another binding act (\"impose\", \"written agreement\", \"bind\", \"contrat\").",
            "Recherche, dans la clause relative aux sous-traitants ultérieurs ou une phrase qui les concerne, l'obligation du sous-traitant d'imposer à chacun les mêmes obligations de protection des données que l'accord (« les mêmes obligations », « des obligations équivalentes / identiques / au moins aussi protectrices », « un niveau de protection équivalent », « conformes au présent accord », un contrat « conformément à l'article 28 »), par contrat ou autre acte juridique (« impose », « contrat écrit », \"bind\").",
        ),
        why: L10n::new(
            "Art. 28(4) GDPR: where a processor engages another processor, \"the same data protection obligations as set out in the contract … between the controller and the processor shall be imposed on that other processor by way of a contract or other legal act\". Without it, the controller's protections stop at its direct contractor, and the data reaches a sub-processor bound by nothing: a training contractor's own subcontractor, in the OFII case of January 2026, would owe the controller no security, confidentiality or breach notice at all.",
            "Art. 28(4) du RGPD : lorsqu'un sous-traitant recrute un autre sous-traitant, « les mêmes obligations en matière de protection de données que celles fixées dans le contrat … entre le responsable du traitement et le sous-traitant sont imposées à cet autre sous-traitant par contrat ou au moyen d'un autre acte juridique ». Sans cela, les protections du responsable s'arrêtent à son cocontractant direct, et les données parviennent à un sous-traitant ultérieur tenu à rien : le sous-traitant d'un prestataire de formation, dans l'affaire OFII de janvier 2026, ne devrait au responsable ni sécurité, ni confidentialité, ni notification des violations.",
        ),
        failing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. The Provider selects its Sub-processors with care.\n",
        passing: "# Sub-processors {sub-processors}\nThe Customer gives a [[authorisation: general]] written authorisation to engage Sub-processors. The Provider shall impose on each Sub-processor, by a written contract, the same data protection obligations as those set out in this Agreement.\n",
        companion: None,
    },
};

impl Rule for SubprocFlowdown {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = SubProcessing::read(cx);
        // Binding the processor to Art. 28(4) by number imposes its first sentence, the same
        // obligations, as a term of the contract.
        if !reading.has_terms()
            || reading.sentences.iter().any(|sentence| flows_down(sentence) || incorporates(sentence, &ARTICLE_28_4))
        {
            return;
        }
        let message = Message::new(
            "Nothing obliges the processor to impose on its sub-processors, by contract, the same data protection obligations as this agreement. Art. 28(4) GDPR requires it: otherwise the controller's protections stop at its direct contractor. Add the flow-down duty.",
            "Rien n'oblige le sous-traitant à imposer par contrat à ses sous-traitants ultérieurs les mêmes obligations de protection des données que le présent accord. L'art. 28(4) du RGPD l'exige : sans cela, les protections du responsable du traitement s'arrêtent à son cocontractant direct. Ajoutez cette obligation.",
        );
        let (span, inferred, _) = missing_target(cx, CLAUSE);
        sink.report(cx, &META, span, with_certainty_hint(message, CLAUSE, inferred))
            .with_fix(add_sentences(cx, FLOWDOWN, &[]))
            .inferred(inferred);
    }
}

/// The same obligations imposed in one sentence, or in a list item whose lead-in imposes them
/// ("ensure … a written contract:" then "requiring at least the same level of protection").
/// "No less protective" and "pas moins protectrices" carry their own negation, so the
/// obligations are only mentioned, not stated.
fn flows_down(sentence: &Sentence<'_>) -> bool {
    let imposed_by_lead_in =
        || sentence.lead_in.is_some_and(|(paragraph, range)| Sentence::alone(paragraph, range).states(&IMPOSE));
    !sentence.mentions(&SAME_OBLIGATIONS).is_empty() && (sentence.states(&IMPOSE) || imposed_by_lead_in())
}

//! ART28-10-OWN-PURPOSES: a licence for the processor to use the data for its own purposes.
//!
//! A licence is a permission ("may use", "is entitled to use", "le Client autorise Éventia à les
//! utiliser") given to the processor, with an own purpose in the same sentence and no negation
//! governing it. Training models, selling and marketing are errors; improving or developing the
//! processor's services, benchmarks, research and statistics are warnings, unless the sentence
//! keeps the improvement for the services provided to the controller.
//!
//! Aggregated or anonymised data is no exception: producing it from personal data is itself
//! processing, done here for the processor's purpose, so a licence to create and use aggregated
//! statistics for the processor's own ends is reported at the severity of those ends. Statistics
//! produced for the controller (reports on its own campaigns) carry no own purpose and are not
//! reported.

use dpa_lexicon::cues::{completeness as cues, Cue, NEGATION_WORDS};

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::PartyRole;
use crate::rules::query::inference_note;
use crate::rules::roles::Roles;
use crate::rules::search::{sentences_in, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

/// What the reading rests on in untagged text: who the processor is.
const NAME_THE_PARTIES: L10n = L10n::new(
    "name the parties as `[[controller: …]]` and `[[processor: …]]`",
    "désignez les parties `[[responsable-du-traitement : …]]` et `[[sous-traitant : …]]`",
);

pub(crate) struct OwnPurposes;

static META: RuleMeta = RuleMeta {
    id: "ART28-10-OWN-PURPOSES",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(10), 28(3)(a)",
    summary: L10n::new(
        "The processor may use the data for its own purposes (model training, sale, marketing: error; improving its services: warning).",
        "Le sous-traitant peut utiliser les données à ses propres fins (entraînement de modèles, vente, marketing : erreur ; amélioration de ses services : avertissement).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reads every sentence that permits the processor to use, create, share or sell something from the data (\"may use\", \"is entitled to use\", \"Customer authorises the Provider to …\"), or restricts its processing to purposes (\"will process the data only: to provide and improve the Service\"), or holds such a permission in the lead-in of a list whose items say what for (\"may retain data where it is: – anonymised for aggregated analytics\"), and names an own purpose: training machine-learning or AI models, sale, marketing or advertising (error); improving or developing its services or products for its customers generally, benchmarks, research, statistics (warning). A use stated as a fact, without a permission (\"the data is also used for the promotion and sale of our products\"), counts when it markets or sells the processor's own services or products, or when it trains models or serves, in so many words, the processor's own account (\"de-identified data is used for model training\", \"the Vendor uses them for its own account\"). Negated sentences (\"shall not use the data to train any model\", \"no record is used for model training\"; a negation inside a bracketed aside, \"(figures that cannot identify anyone)\", belongs to the aside) and improvements kept for the services provided to the controller are not reported. Aggregated or anonymised data is not an exception: making it is processing for the processor's purpose.",
            "Lit chaque phrase qui permet au sous-traitant d'utiliser, de constituer, de partager ou de vendre quelque chose à partir des données (« peut utiliser », « est autorisé à utiliser », « le Client autorise le Prestataire à … »), ou qui limite son traitement à des fins (« ne traite les données que pour fournir et améliorer le Service »), ou qui tient une telle permission dans l'introduction d'une liste dont les éléments disent à quoi elle sert (« peut conserver les données lorsqu'elles sont : – anonymisées pour des statistiques »), et qui nomme une fin propre : entraînement de modèles d'apprentissage automatique ou d'IA, vente, marketing ou publicité (erreur) ; amélioration ou développement de ses services ou produits pour l'ensemble de ses clients, étalonnages, recherche, statistiques (avertissement). Un usage énoncé comme un fait, sans permission (« les données sont également utilisées pour la prospection et la vente de nos produits »), compte lorsqu'il promeut ou vend les services ou produits du sous-traitant lui-même, ou lorsqu'il entraîne des modèles ou sert, en toutes lettres, le propre compte du sous-traitant (« les données pseudonymisées sont utilisées pour l'entraînement de modèles », « le Prestataire les réutilise pour son propre compte »). Les phrases négatives (« ne peut utiliser les données pour entraîner aucun modèle », « aucun dossier n'est utilisé pour l'entraînement » ; une négation dans une incise entre parenthèses, « (des chiffres qui ne permettent d'identifier personne) », appartient à l'incise) et les améliorations réservées aux services fournis au responsable ne sont pas signalées. Les données agrégées ou anonymisées ne font pas exception : les produire est un traitement pour les fins du sous-traitant.",
        ),
        why: L10n::new(
            "Art. 28(10): a processor that determines the purposes of processing is a controller for it, and infringes the Regulation; Art. 28(3)(a) limits it to the controller's documented instructions. A licence to train models or sell statistics hands the data subjects' information to a business the controller does not control, for purposes it never chose, which is exactly the risk of a training contractor holding immigration files (the OFII case, January 2026).",
            "Art. 28(10) : un sous-traitant qui détermine les finalités d'un traitement en est le responsable, en violation du règlement ; l'art. 28(3)(a) le limite aux instructions documentées du responsable. Une licence pour entraîner des modèles ou vendre des statistiques livre les informations des personnes concernées à une activité que le responsable ne maîtrise pas, pour des finalités qu'il n'a jamais choisies, exactement le risque d'un prestataire de formation détenant des dossiers d'immigration (affaire OFII, janvier 2026).",
        ),
        failing: "# Use of data {instructions}\nThe Provider may use Customer Data to train the machine-learning models it offers to all its customers.\n",
        passing: "# Use of data {instructions}\nThe Provider shall not use Customer Data to train any machine-learning model, for marketing or for any other purpose of its own.\n",
        companion: None,
    },
};

/// Own purposes by severity, with how a message names them.
const SERIOUS_PURPOSES: &[(&Cue, L10n)] = &[
    (
        &cues::OWN_PURPOSE_TRAINING,
        L10n::new(
            "training machine-learning or AI models",
            "l'entraînement de modèles d'apprentissage automatique ou d'IA",
        ),
    ),
    (
        &cues::OWN_PURPOSE_SALE,
        L10n::new("selling the data or what is derived from it", "la vente des données ou de ce qui en est tiré"),
    ),
    (&cues::OWN_PURPOSE_MARKETING, L10n::new("marketing or advertising", "le marketing ou la publicité")),
];

const IMPROVEMENT: L10n = L10n::new(
    "improving or developing its own services, products or research",
    "l'amélioration ou le développement de ses propres services, produits ou recherches",
);

const PROHIBITION: L10n = L10n::new(
    "The processor shall not use the personal data for any purpose of its own, in particular to train or improve machine-learning or other AI models, to develop its products or services, for marketing or advertising, or to sell or license it, including in aggregated or anonymised form.",
    "Le sous-traitant n'utilise les données à caractère personnel pour aucune fin qui lui soit propre, notamment pour entraîner ou améliorer des modèles d'apprentissage automatique ou d'autres systèmes d'IA, développer ses produits ou services, à des fins de marketing ou de publicité, ou pour les vendre ou les concéder, y compris sous forme agrégée ou anonymisée.",
);

impl Rule for OwnPurposes {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let roles = Roles::of(cx);
        for sentence in sentences_in(cx, &[]) {
            let Some(licence_end) = processor_licence(&roles, &sentence) else { continue };
            let purpose_stated = |cue: &Cue| {
                sentence
                    .matches(cue)
                    .into_iter()
                    .any(|(start, _)| start >= licence_end && !negated_since(&sentence, licence_end, start))
            };
            let serious: Vec<L10n> =
                SERIOUS_PURPOSES.iter().filter(|(cue, _)| purpose_stated(cue)).map(|(_, name)| *name).collect();
            let kept_for_controller =
                sentence.states(&cues::FOR_THE_CONTROLLER_ONLY) && !sentence.states(&cues::ACROSS_CUSTOMERS);
            let improvement = purpose_stated(&cues::OWN_PURPOSE_IMPROVEMENT) && !kept_for_controller;
            let (severity, uses) = match (serious.is_empty(), improvement) {
                (false, _) => (Severity::Error, serious),
                (true, true) => (Severity::Warning, vec![IMPROVEMENT]),
                (true, false) => continue,
            };
            let list_en = uses.iter().map(|use_| use_.en).collect::<Vec<_>>().join(", ");
            let list_fr = uses.iter().map(|use_| use_.fr).collect::<Vec<_>>().join(", ");
            let message = Message::new(
                format!("This sentence lets the processor use the data for its own purposes: {list_en}. Under Art. 28(10) a processor that determines the purposes of processing becomes a controller for it, outside the controller's documented instructions (Art. 28(3)(a)); aggregated or anonymised data is no exception, since producing it is processing. Delete the licence, or limit it to the services provided to the controller."),
                format!("Cette phrase permet au sous-traitant d'utiliser les données à ses propres fins : {list_fr}. Selon l'art. 28(10), un sous-traitant qui détermine les finalités d'un traitement en devient le responsable, hors des instructions documentées du responsable (art. 28(3)(a)) ; les données agrégées ou anonymisées ne font pas exception, puisque les produire est un traitement. Supprimez cette licence, ou limitez-la aux services fournis au responsable du traitement."),
            );
            let span = sentence.span();
            let fix = fixes::replace(
                span,
                PROHIBITION.get(cx.doc_lang()),
                Message::new(
                    "Replace with a prohibition of own use",
                    "Remplacer par une interdiction de toute utilisation propre",
                ),
            );
            let message = inference_note(message, cx.doc.prose, NAME_THE_PARTIES);
            sink.report_with(&META, severity, span, message).with_fix(fix).inferred(cx.doc.prose);
        }
    }
}

/// Where a licence for the processor ends in the sentence: "Provider may use", "Customer Data
/// may be used", or a controller's grant ("Customer authorises Provider to use"). A controller's
/// own permission ("Customer may use the reports for marketing") is not one.
fn processor_licence(roles: &Roles, sentence: &Sentence<'_>) -> Option<usize> {
    if let Some(&(_, end)) = sentence.matches(&cues::PASSIVE_USE_LICENCE).first() {
        return Some(end);
    }
    if let Some(end) = reserved_own_use(sentence) {
        return Some(end);
    }
    if let Some(end) = licence_over_list(roles, sentence) {
        return Some(end);
    }
    if let Some(end) = licence_in_lead_in(roles, sentence) {
        return Some(end);
    }
    if let Some(end) = stated_use_for_own_offering(sentence) {
        return Some(end);
    }
    if let Some(end) = processing_restricted_to_own_purpose(roles, sentence) {
        return Some(end);
    }
    if let Some(end) = stated_own_use(roles, sentence) {
        return Some(end);
    }
    let grants = sentence.matches(&cues::LICENCE_GRANT);
    sentence.matches(&cues::USE_LICENCE).into_iter().find_map(|(start, end)| {
        let granted = grants.iter().any(|&(grant_start, _)| grant_start < start);
        let controllers_own = roles.role_before(sentence, start) == Some(PartyRole::Controller) && !granted;
        (!controllers_own).then_some(end)
    })
}

/// "Provider may: (i) host the data; (ii) use aggregated data to improve its services", or the
/// same list as separate items under "Provider may:": a permission opening a list licenses every
/// item that begins with a use verb, the processor (not the controller) holding it.
fn licence_over_list(roles: &Roles, sentence: &Sentence<'_>) -> Option<usize> {
    let folded = &sentence.paragraph.folded.folded;
    let opens_list = |holder: &Sentence<'_>| {
        holder.matches(&cues::LIST_PERMISSION).into_iter().find(|&(start, end)| {
            holder.paragraph.folded.folded[end..holder.range.1].trim_start().starts_with(':')
                && roles.role_before(holder, start) != Some(PartyRole::Controller)
        })
    };
    // Items cut at ';' are sentences of their own: the opener may stand earlier in the paragraph,
    // the list going on up to this item.
    let earlier = Sentence::alone(sentence.paragraph, (0, sentence.range.0));
    let list_goes_on = folded[..sentence.range.0].trim_end().ends_with([';', ':', ',']);
    let lead_in = sentence.lead_in_sentence();
    let opened_before =
        lead_in.as_ref().and_then(opens_list).is_some() || (list_goes_on && opens_list(&earlier).is_some());
    let list_start = if opened_before { sentence.range.0 } else { opens_list(sentence)?.1 };
    sentence.matches(&cues::USE_VERB).into_iter().find_map(|(start, end)| {
        let before = folded[list_start.min(start)..start].trim_end();
        let item_start = before.is_empty() || before.ends_with([')', ';', ':', '-', '•', '*']);
        (start >= list_start && item_start).then_some(end)
    })
}

/// "We may retain data if: – required by law; – anonymised for aggregate analytics", « le
/// Prestataire peut conserver les données : – anonymisées, à des fins statistiques »: a licence
/// held by the processor in the lead-in of a list covers each item, which says what it is for.
fn licence_in_lead_in(roles: &Roles, sentence: &Sentence<'_>) -> Option<usize> {
    let lead_in = sentence.lead_in_sentence()?;
    let licensed = lead_in
        .matches(&cues::USE_LICENCE)
        .into_iter()
        .any(|(start, _)| roles.role_before(&lead_in, start) != Some(PartyRole::Controller));
    licensed.then_some(sentence.range.0)
}

/// "The Processor will process Customer Data only: – to provide, secure and improve the
/// Service", « ne traite les données que pour fournir et améliorer ses services »: processing
/// restricted to purposes permits each of them, so an own purpose named right after the
/// restriction (or opening an item of the list it leads in) is licensed. Further away it is
/// another duty ("only on instructions, and keeps improving its security measures").
fn processing_restricted_to_own_purpose(roles: &Roles, sentence: &Sentence<'_>) -> Option<usize> {
    const VERB_REACH: usize = 6;
    const PURPOSE_REACH: usize = 4;
    let restriction_end = |holder: &Sentence<'_>| {
        let restrictions = holder.matches(&cues::PROCESSING_RESTRICTION);
        holder.matches(&cues::PROCESSING_VERB).into_iter().find_map(|(start, end)| {
            if roles.role_before(holder, start) == Some(PartyRole::Controller) {
                return None;
            }
            restrictions
                .iter()
                .find(|&&(restriction, _)| {
                    restriction >= end && holder.words_between(end, restriction).len() <= VERB_REACH
                })
                .map(|&(_, restriction_end)| restriction_end)
        })
    };
    let own_purpose_from = |from: usize| {
        SERIOUS_PURPOSES.iter().map(|(cue, _)| *cue).chain([&cues::OWN_PURPOSE_IMPROVEMENT]).any(|cue| {
            sentence
                .matches(cue)
                .into_iter()
                .any(|(start, _)| start >= from && sentence.words_between(from, start).len() <= PURPOSE_REACH)
        })
    };
    let lead_in = sentence.lead_in_sentence();
    let from = match lead_in.as_ref().and_then(restriction_end) {
        Some(_) => sentence.range.0,
        None => restriction_end(sentence)?,
    };
    own_purpose_from(from).then_some(from)
}

/// "Data is collected to serve business purposes, such as … marketing and selling the Services",
/// « Les données sont utilisées pour la promotion de ses services »: a use stated as a fact, with
/// nobody's permission, is the processor's own when it markets or sells the processor's offering
/// (its object, at most a linking word or two after the purpose word); marketing the
/// controller's products is the service it provides.
fn stated_use_for_own_offering(sentence: &Sentence<'_>) -> Option<usize> {
    const OFFERING_REACH: usize = 2;
    let &(_, statement_end) = sentence.matches(&cues::PASSIVE_USE_STATEMENT).first()?;
    let offerings = sentence.matches(&cues::PROCESSOR_OFFERING);
    let markets_the_offering = [&cues::OWN_PURPOSE_MARKETING, &cues::OWN_PURPOSE_SALE]
        .iter()
        .flat_map(|cue| sentence.matches(cue))
        .filter(|&(start, _)| start > statement_end)
        .any(|(_, end)| {
            offerings.iter().any(|&(offering_start, _)| {
                offering_start >= end && sentence.words_between(end, offering_start).len() <= OFFERING_REACH
            })
        });
    markets_the_offering.then_some(statement_end)
}

/// "De-identified data is used for model training", « le Prestataire l'utilise pour son propre
/// compte, y compris pour entraîner ses modèles »: a use stated as a fact rather than permitted is
/// a licence all the same when what it serves is model training or, in so many words, the
/// processor's own account. Improvement is left out here: "uses encryption to improve security"
/// is a measure, not a purpose. Any negation before the purpose ("no data is used", « n'utilise
/// pas ») or a use by the controller makes it none.
fn stated_own_use(roles: &Roles, sentence: &Sentence<'_>) -> Option<usize> {
    let &(_, statement_end) = sentence
        .matches(&cues::STATED_USE)
        .iter()
        .find(|&&(start, _)| roles.role_before(sentence, start) != Some(PartyRole::Controller))?;
    let own_purpose = [&cues::OWN_PURPOSE_TRAINING, &cues::OWN_PURPOSES]
        .iter()
        .flat_map(|cue| sentence.matches(cue))
        .find(|&(start, _)| start >= statement_end)?;
    (!negated_since(sentence, sentence.range.0, own_purpose.0)).then_some(statement_end)
}

/// An own use kept back from a duty or a prohibition: "without prejudice to the use of
/// information derived from Personal Data for improvement", « aucun traitement pour ses propres
/// finalités, à l'exception de statistiques … destinées à améliorer le service ». A bare
/// exception ("except for", « à l'exception de ») counts only after the sentence has spoken of
/// own purposes, so "shall not disclose the data except to its sub-processors" is none.
fn reserved_own_use(sentence: &Sentence<'_>) -> Option<usize> {
    if let Some(&(_, end)) = sentence.mentions(&cues::USE_RESERVATION).first() {
        return Some(end);
    }
    let own_purposes = sentence.mentions(&cues::OWN_PURPOSES).first().map(|&(_, end)| end)?;
    sentence.mentions(&cues::EXCEPTION_OPENER).into_iter().map(|(_, end)| end).find(|&end| end > own_purposes)
}

/// "may use the data to provide the Services and not for marketing, training or sale": a
/// negation between the licence and the purpose governs the whole list after it.
///
/// A negation inside a bracketed aside closed before the purpose belongs to the aside: "may use
/// de-identified data (data that cannot identify anyone) to improve the Solution" licenses the
/// improvement.
fn negated_since(sentence: &Sentence<'_>, licence_end: usize, purpose_start: usize) -> bool {
    purpose_start > licence_end
        && outside_closed_brackets(&sentence.paragraph.folded.folded, licence_end, purpose_start).any(|(from, to)| {
            sentence.words_between(from, to).iter().any(|word| NEGATION_WORDS.contains(word) || word.starts_with("n'"))
        })
}

/// The stretches of `text[from..to]` outside brackets opened and closed within it; a bracket
/// still open at `to` keeps its text, since what it says governs what follows in it.
fn outside_closed_brackets(text: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> {
    let mut stretches = Vec::new();
    let (mut stretch_start, mut open_at) = (from, None);
    for (offset, c) in text[from..to].char_indices() {
        let at = from + offset;
        match c {
            '(' if open_at.is_none() => open_at = Some(at),
            ')' => {
                if let Some(open) = open_at.take() {
                    stretches.push((stretch_start, open));
                    stretch_start = at + 1;
                }
            }
            _ => {}
        }
    }
    stretches.push((stretch_start, to));
    stretches.into_iter()
}

#[cfg(test)]
mod tests {
    use crate::{lint, LintOptions, Severity};

    fn severities(source: &str) -> Vec<Severity> {
        lint(source, &LintOptions::default())
            .findings
            .iter()
            .filter(|f| f.rule == "ART28-10-OWN-PURPOSES")
            .map(|f| f.severity)
            .collect()
    }

    #[test]
    fn a_negation_covers_the_whole_list_after_it() {
        assert!(severities("The Provider may use Customer Data only to provide the Services and not for marketing, model training or sale.\n").is_empty());
    }

    #[test]
    fn the_controllers_own_permission_is_no_licence() {
        assert!(severities("The Customer may use the reports for its own marketing.\n").is_empty());
        assert_eq!(
            severities("Customer Data may be used to train the Provider's machine-learning models.\n"),
            [Severity::Error]
        );
    }

    #[test]
    fn a_permission_opening_a_list_licenses_each_use_item() {
        assert_eq!(
            severities("The Provider may: (i) host Customer Data; and (ii) use usage data to improve its services.\n"),
            [Severity::Warning]
        );
        assert_eq!(
            severities("Le Prestataire pourra : a) héberger les données ; b) utiliser des statistiques pour améliorer ses services.\n"),
            [Severity::Warning]
        );
        assert!(severities("The Customer may: (i) use the reports to improve its own services.\n").is_empty());
        assert_eq!(
            severities("The Provider may use aggregated data for its lawful business purposes.\n"),
            [Severity::Warning]
        );
    }

    #[test]
    fn aggregated_statistics_for_the_processor_are_reported_at_the_severity_of_their_use() {
        assert_eq!(severities("The Provider may create aggregated statistics from Customer Data for benchmarking across its customers.\n"), [Severity::Warning]);
        assert_eq!(
            severities(
                "The Provider may create aggregated statistics from Customer Data and sell them to third parties.\n"
            ),
            [Severity::Error]
        );
    }
}

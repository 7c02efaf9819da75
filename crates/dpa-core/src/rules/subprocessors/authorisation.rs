//! SUBPROC-AUTH-TYPE: the controller's prior written authorisation, specific or general
//! (Art. 28(2)), stated once and not both ways.

use dpa_lexicon::cues::subprocessors::BY_CONDUCT;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::FactName;
use crate::rules::search::{missing_target, with_certainty_hint};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

use super::{
    add_sentences, excerpt, replace_with, Model, Period, Regime, Stance, Statement, SubProcessing, AUTHORISE,
    BREACH_FLOWDOWN, CLAUSE, FLOWDOWN, LIABILITY, NOTICE, OBJECTION,
};

pub(crate) struct SubprocAuthType;

static META: RuleMeta = RuleMeta {
    id: "SUBPROC-AUTH-TYPE",
    family: Family::SubProcessors,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(2), Art. 28(3)(d)",
    summary: L10n::new(
        "No prior written authorisation of sub-processors (specific or general), or a general and a specific one that contradict each other.",
        "Aucune autorisation écrite préalable des sous-traitants ultérieurs (spécifique ou générale), ou une autorisation générale et une spécifique qui se contredisent.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for the controller's prior written authorisation to engage sub-processors: an `authorisation` fact (`general` or `specific`), Art. 28(2)'s own words (\"prior specific or general written authorisation\"), a general or specific authorisation named in a sentence, a grant (\"Customer hereby authorises Provider to engage Sub-processors\"), the controller accepting sub-processors (\"The Controller agrees to the sub-processors named in Appendix 2\", \"Customer shall permit Provider to engage additional sub-processors\"), a permission (\"Provider may use sub-processors\"), or sub-processors in use (\"We use the following sub-processors:\", a list or table of them, a link to their list), a general authorisation in substance whose notice of changes and right to object are then measured; so is a ban on engaging them without first informing the controller (\"shall not engage any Sub-processor without first notifying the Customer\"), engaging on notice alone. Acceptance by conduct (\"by selecting a location, the Client thereby accepts the subcontractor\") and an option left to the controller (\"The Controller may also give a general authorisation\") authorise nothing. Reports its absence, a processor free to engage sub-processors without authorisation (\"may engage Sub-processors without the Customer's consent\", \"selects its Sub-processors at its sole discretion\"; not a discretion over something else, \"copies … supplied in a form it sets at its discretion\", nor sub-processors described as \"engaged without authorisation\" in a liability clause), and a document that grants a general authorisation while requiring specific consent for each new sub-processor. A contract that forbids sub-processing outright needs no authorisation.",
            "Recherche l'autorisation écrite préalable du responsable du traitement pour le recours à des sous-traitants ultérieurs : un fait `autorisation` (`générale` ou `spécifique`), les termes de l'art. 28(2) (« autorisation écrite préalable, spécifique ou générale »), une autorisation générale ou spécifique nommée dans une phrase, un octroi (« le Client autorise le Prestataire à recourir à des sous-traitants ultérieurs »), l'acceptation des sous-traitants par le responsable (« Le Client autorise les sous-traitants ultérieurs listés en annexe »), une permission (« le Prestataire peut recourir à des sous-traitants »), ou des sous-traitants utilisés (« Le Prestataire a recours aux sous-traitants suivants : », une liste ou un tableau qui les nomme, un lien vers leur liste), autorisation générale en substance dont l'information des changements et le droit d'opposition sont alors mesurés ; de même l'interdiction d'y recourir sans en informer d'abord le responsable (« ne recourt à aucun sous-traitant ultérieur sans en avoir préalablement informé le Client »), qui ne subordonne le recours qu'à une information. L'acceptation par un comportement (« en choisissant un site, le Client accepte de ce fait le sous-traitant ») et une faculté laissée au responsable (« Le Responsable peut également donner une autorisation générale ») n'autorisent rien. Signale son absence, un sous-traitant libre de recourir à d'autres sans autorisation (« peut recourir à des sous-traitants ultérieurs sans l'autorisation du Client », « choisit librement ses sous-traitants ultérieurs » ; non une discrétion sur autre chose, « copies remises sous la forme qu'il fixe à sa discrétion », ni des sous-traitants « recrutés sans autorisation » décrits dans une clause de responsabilité), et un document qui donne une autorisation générale tout en exigeant un accord spécifique pour chaque nouveau sous-traitant ultérieur. Un contrat qui interdit toute sous-traitance ultérieure n'a pas besoin d'autorisation.",
        ),
        why: L10n::new(
            "Art. 28(2) GDPR forbids the processor to engage another processor without the controller's prior specific or general written authorisation, and Art. 28(3)(d) requires the contract to set these conditions. Which kind applies decides the controller's control: a general authorisation needs notice of changes and a right to object, a specific one a request for each newcomer. A contract that says both leaves the controller unsure whether a new sub-processor needs its consent. In the OFII leak of January 2026 the source was a training contractor; controllers need to know who else handles their data and on whose say-so.",
            "L'art. 28(2) du RGPD interdit au sous-traitant de recruter un autre sous-traitant sans l'autorisation écrite préalable, spécifique ou générale, du responsable du traitement, et l'art. 28(3)(d) exige que le contrat fixe ces conditions. Le type d'autorisation détermine le contrôle du responsable : une autorisation générale suppose une information préalable des changements et un droit d'opposition, une autorisation spécifique une demande pour chaque nouveau venu. Un contrat qui prévoit les deux laisse le responsable dans l'incertitude. Dans la fuite de l'OFII de janvier 2026, la source était un prestataire de formation : le responsable doit savoir qui d'autre traite ses données et avec quel accord.",
        ),
        failing: "# Sub-processors {sub-processors}\nThe Provider may engage Sub-processors at its discretion to provide the Services.\n",
        passing: "# Sub-processors {sub-processors}\nThe Customer gives the Provider a [[authorisation: general]] written authorisation to engage Sub-processors. The Provider shall inform the Customer in writing of any intended change at least [[objection-notice: 30 days]] before it, and the Customer may object within [[objection-window: 14 days]]; if it objects, the Provider shall not engage the new Sub-processor.\n",
        companion: None,
    },
};

impl Rule for SubprocAuthType {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let reading = SubProcessing::read(cx);
        if reading.prohibited() {
            return;
        }
        let general = reading.authorisations().find(|s| s.stance == Stance::Authorised(Regime::General));
        let specific = reading.authorisations().find(|s| s.stance == Stance::Authorised(Regime::Specific));
        if let (Some(general), Some(specific)) = (general, specific) {
            return report_contradiction(cx, sink, general, specific);
        }
        // Freedom to engage at will defeats any requirement stated elsewhere.
        if let Some(at_will) = reading.statements.iter().find(|statement| statement.stance == Stance::AtWill) {
            return report_at_will(cx, sink, at_will);
        }
        if reading.authorisations().next().is_none() && !authorised_in_substance(&reading) {
            report_missing(cx, sink, &reading);
        }
    }
}

/// Sub-processors in use ("We use the following sub-processors:", a list of them, a link to
/// their list): the controller signing the contract that names them accepts them, a general
/// authorisation in substance (the corpus convention), whose notice of changes and right to
/// object SUBPROC-CHANGE-NOTICE and SUBPROC-OBJECTION measure. Not where the document says the
/// controller accepts them by conduct ("by selecting a location, the Client thereby accepts the
/// subcontractor"): that acceptance is the only one given, and it is not in writing.
fn authorised_in_substance(reading: &SubProcessing<'_>) -> bool {
    reading.in_use.is_some() && reading.sentences.iter().all(|sentence| sentence.mentions(&BY_CONDUCT).is_empty())
}

fn report_contradiction(cx: &Context<'_>, sink: &mut Sink, general: &Statement<'_>, specific: &Statement<'_>) {
    // Point at the later statement: the earlier one is what it contradicts.
    let (later, earlier, later_is_specific) =
        if specific.span.start > general.span.start { (specific, general, true) } else { (general, specific, false) };
    let quote = |statement: &Statement<'_>| excerpt(cx.text(statement.fact.map_or(statement.span, |fact| fact.span)));
    let (general_text, specific_text) = (quote(general), quote(specific));
    let message = Message::new(
        format!("The agreement gives a general authorisation to engage sub-processors (“{general_text}”) and also requires a specific one (“{specific_text}”). Under Art. 28(2) GDPR these are two different regimes: with a general authorisation the processor informs the controller of changes and the controller may object; with a specific one each new sub-processor needs the controller's consent first. Keep one and delete the other."),
        format!("L'accord donne une autorisation générale de recourir à des sous-traitants ultérieurs (« {general_text} ») et exige aussi une autorisation spécifique (« {specific_text} »). Selon l'art. 28(2) du RGPD, ce sont deux régimes différents : avec une autorisation générale, le sous-traitant informe le responsable des changements et celui-ci peut s'y opposer ; avec une autorisation spécifique, chaque nouveau sous-traitant ultérieur requiert d'abord l'accord du responsable. Conservez l'un et supprimez l'autre."),
    );
    let inferred = general.inferred || specific.inferred;
    let (related_en, related_fr) = if later_is_specific {
        ("The general authorisation it contradicts.", "L'autorisation générale qu'elle contredit.")
    } else {
        ("The specific authorisation it contradicts.", "L'autorisation spécifique qu'elle contredit.")
    };
    sink.report(cx, &META, later.span, with_certainty_hint(message, CLAUSE, inferred))
        .inferred(inferred)
        .related(earlier.span, Message::new(related_en, related_fr));
}

fn report_at_will(cx: &Context<'_>, sink: &mut Sink, at_will: &Statement<'_>) {
    let text = excerpt(cx.text(at_will.span));
    let message = Message::new(
        format!("The processor may engage sub-processors without the controller's authorisation (“{text}”). Art. 28(2) GDPR forbids that: another processor may be engaged only with the controller's prior specific or general written authorisation. Replace this with a general authorisation, with notice of changes and a right to object, or require specific consent for each sub-processor."),
        format!("Le sous-traitant peut recourir à des sous-traitants ultérieurs sans l'autorisation du responsable du traitement (« {text} »). L'art. 28(2) du RGPD l'interdit : un autre sous-traitant ne peut être recruté qu'avec l'autorisation écrite préalable, spécifique ou générale, du responsable. Remplacez cette stipulation par une autorisation générale, avec information préalable des changements et droit d'opposition, ou exigez un accord spécifique pour chaque sous-traitant ultérieur."),
    );
    sink.report(cx, &META, at_will.span, with_certainty_hint(message, CLAUSE, at_will.inferred))
        .with_fix(replace_with(cx, at_will.span, AUTHORISE, &authorisation_terms(cx)))
        .inferred(at_will.inferred);
}

fn report_missing(cx: &Context<'_>, sink: &mut Sink, reading: &SubProcessing<'_>) {
    if !reading.mentioned {
        let message = Message::new(
            "The agreement says nothing about sub-processors. Art. 28(2) GDPR forbids the processor to engage another processor without the controller's prior specific or general written authorisation, and Art. 28(3)(d) requires the contract to set the conditions for doing so (notice and objection, the same obligations flowed down, the processor's liability). Add a sub-processor clause.",
            "L'accord ne dit rien des sous-traitants ultérieurs. L'art. 28(2) du RGPD interdit au sous-traitant de recruter un autre sous-traitant sans l'autorisation écrite préalable, spécifique ou générale, du responsable du traitement, et l'art. 28(3)(d) exige que le contrat en fixe les conditions (information et opposition, mêmes obligations imposées, responsabilité du sous-traitant). Ajoutez une clause relative aux sous-traitants ultérieurs.",
        );
        let fix = add_sentences(cx, AUTHORISE, &[NOTICE, OBJECTION, FLOWDOWN, BREACH_FLOWDOWN, LIABILITY]);
        let (span, inferred, _) = missing_target(cx, CLAUSE);
        sink.report(cx, &META, span, with_certainty_hint(message, CLAUSE, inferred)).with_fix(fix).inferred(inferred);
        return;
    }
    let fix = add_sentences(cx, AUTHORISE, &authorisation_terms(cx));
    let message = Message::new(
        "Sub-processors are mentioned, but nothing says that the controller authorises them in writing beforehand. Art. 28(2) GDPR allows another processor only with the controller's prior specific or general written authorisation. State which: for example a general written authorisation (`[[authorisation: general]]` in a tagged document), with notice of changes and a right to object.",
        "Des sous-traitants ultérieurs sont mentionnés, mais rien ne dit que le responsable du traitement les autorise préalablement et par écrit. L'art. 28(2) du RGPD n'admet un autre sous-traitant qu'avec l'autorisation écrite préalable, spécifique ou générale, du responsable. Précisez laquelle : par exemple une autorisation écrite générale (`[[autorisation : générale]]` dans un document balisé), avec information préalable des changements et droit d'opposition.",
    );
    let (span, inferred, _) = missing_target(cx, CLAUSE);
    sink.report(cx, &META, span, with_certainty_hint(message, CLAUSE, inferred)).with_fix(fix).inferred(inferred);
}

/// The model authorisation's companions: notice of changes and a right to object, unless the
/// document already states them as facts.
fn authorisation_terms(cx: &Context<'_>) -> Vec<Model> {
    let mut terms = Vec::new();
    if Period::from_fact(cx, FactName::ObjectionNotice).is_none() {
        terms.push(NOTICE);
    }
    if Period::from_fact(cx, FactName::ObjectionWindow).is_none() {
        terms.push(OBJECTION);
    }
    terms
}

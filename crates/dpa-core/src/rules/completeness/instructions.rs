//! ART28-3A-INSTRUCTIONS and ART28-3A-UNLAWFUL-INSTRUCTION-NOTICE: the processor acts only on
//! documented instructions (Art. 28(3)(a)) and tells the controller at once when it thinks an
//! instruction breaks the law (the subparagraph after Art. 28(3)(h)).

use dpa_lexicon::cues::breach as breach_cues;
use dpa_lexicon::cues::completeness as cues;
use dpa_lexicon::cues::Cue;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{ClauseKind, PartyRole};
use crate::rules::roles::Roles;
use crate::rules::search::{first_stating, report_missing, sentences_in, Duty, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct Instructions;
pub(crate) struct UnlawfulInstructionNotice;

const TITLE: L10n = L10n::new("Instructions", "Instructions");

/// "Only on documented instructions": the word *documented* is what Art. 28(3)(a) adds to the
/// Directive's "acts only on instructions".
static DOCUMENTED_INSTRUCTIONS: Duty = Duty {
    kinds: &[ClauseKind::Instructions],
    in_clause: &[&[&cues::DOCUMENTED_INSTRUCTIONS]],
    anywhere: &[&[&cues::DOCUMENTED_INSTRUCTIONS, &cues::PROCESSING_VERB]],
};

/// "Process only on instruction", « ne traiter les données que sur instructions du Client »: the
/// restriction to the controller's instructions, the core of Art. 28(3)(a), in the Directive's
/// words, without saying the instructions are documented; a restriction the controller accepts
/// ("the Customer may only use the Services as instructed") binds the wrong party.
fn restriction_to_instructions<'a>(cx: &'a Context<'_>) -> Option<Sentence<'a>> {
    let roles = Roles::of(cx);
    sentences_in(cx, &[]).find(|sentence| {
        sentence.states_all(&[&cues::INSTRUCTION_WORD, &cues::PROCESSING_VERB])
            && sentence
                .matches(&cues::ONLY)
                .into_iter()
                .any(|(start, _)| roles.first_role_before(sentence, start) != Some(PartyRole::Controller))
    })
}

/// "Only on the Customer's instructions, issued by its account manager in writing", « que sur les
/// instructions du Client formulées par écrit »: a written form a few words after "instructions",
/// in the same item, documents them as "documented" does; the sentence must speak of processing.
fn written_instructions<'a>(cx: &'a Context<'_>) -> Option<Sentence<'a>> {
    const FORM_REACH: usize = 8;
    sentences_in(cx, &[]).find(|sentence| {
        let folded = &sentence.paragraph.folded.folded;
        let forms = sentence.matches(&cues::WRITTEN);
        sentence.states(&cues::PROCESSING_VERB)
            && sentence.matches(&cues::INSTRUCTION_WORD).into_iter().any(|(_, end)| {
                forms.iter().any(|&(start, _)| {
                    start >= end
                        && !folded[end..start].contains(';')
                        && sentence.words_between(end, start).len() <= FORM_REACH
                })
            })
    })
}

static INSTRUCTIONS_META: RuleMeta = RuleMeta {
    id: "ART28-3A-INSTRUCTIONS",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Error,
    escalates: false,
    citation: "GDPR Art. 28(3)(a)",
    summary: L10n::new(
        "No duty for the processor to process personal data only on the controller's documented instructions.",
        "Aucune obligation pour le sous-traitant de ne traiter les données que sur instruction documentée du responsable du traitement.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for the processor's duty to process personal data only on the controller's instructions: \"only on documented (or written) instructions\", instructions given in writing, by email or in text form with oral ones confirmed in writing (the written form a few words after \"instructions\": \"instructions issued by the Customer in writing\"), or the restriction itself (\"process only on instruction\", \"processing is carried out exclusively in accordance with the Customer's instructions\"), also as a verbless item under the processor's obligations; first in `{instructions}` clauses, then anywhere, since many DPAs put it in a general obligations clause. The restriction without the word \"documented\" (the Directive's \"acts only on instructions\") is the core of the duty but not all of it: it is a warning on its sentence, asking for \"documented\" and the transfers. Acting on instructions without \"only\" limits nothing, and a restriction the controller accepts (\"the Customer may only use the Services as instructed\") binds the wrong party: both are reported as a missing duty.",
            "Recherche l'obligation du sous-traitant de ne traiter les données que sur instruction du responsable du traitement : « que sur instruction documentée (ou écrite) », des instructions données par écrit ou par courriel, les instructions orales étant confirmées par écrit (la forme écrite à quelques mots d'« instructions » : « instructions du Client formulées par écrit »), ou la restriction elle-même (« ne traiter les données que sur instructions du Client », « le traitement est effectué exclusivement conformément aux instructions »), y compris sous forme d'élément sans verbe parmi les obligations du sous-traitant ; d'abord dans les clauses `{instructions}`, puis dans tout le document, car beaucoup de contrats la placent dans une clause d'obligations générales. La restriction sans le mot « documentée » (le « n'agit que sur instruction » de la directive) est le cœur de l'obligation mais pas toute l'obligation : elle fait l'objet d'un avertissement sur sa phrase, qui demande « documentées » et les transferts. Agir sur instruction sans « que » ou « uniquement » ne limite rien, et une restriction acceptée par le responsable (« le Client n'utilise le service que selon les instructions ») lie la mauvaise partie : les deux sont signalés comme une obligation absente.",
        ),
        why: L10n::new(
            "Documented instructions are what keeps the processor a processor: everything it does with the data must trace back to a written decision of the controller, who can then prove what it asked for. A processor acting beyond them becomes a controller for that processing (Art. 28(10)), as a training contractor reusing immigration data would in the OFII case (January 2026).",
            "Les instructions documentées sont ce qui maintient le sous-traitant dans son rôle : tout ce qu'il fait des données doit découler d'une décision écrite du responsable, qui peut alors prouver ce qu'il a demandé. Un sous-traitant qui va au-delà devient responsable de ce traitement (art. 28(10)), comme le serait un prestataire de formation réutilisant des données d'immigration dans l'affaire OFII (janvier 2026).",
        ),
        failing: "# Instructions {instructions}\nThe Provider shall act on instructions from the Customer.\n",
        passing: "# Instructions {instructions}\nThe Provider shall process Customer Data only on the Customer's documented instructions, including with regard to transfers to a third country.\n",
        companion: None,
    },
};

impl Rule for Instructions {
    fn meta(&self) -> &'static RuleMeta {
        &INSTRUCTIONS_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if DOCUMENTED_INSTRUCTIONS.find(cx).is_some() || written_instructions(cx).is_some() {
            return;
        }
        if let Some(sentence) = restriction_to_instructions(cx) {
            let message = Message::new(
                "This sentence limits the processor to the controller's instructions, but does not say the instructions are documented. Art. 28(3)(a) requires processing only on documented instructions, including for transfers to third countries, so that the controller can prove what it asked for. Add \"documented\" (or \"written\") and the transfers.",
                "Cette phrase limite le sous-traitant aux instructions du responsable du traitement, sans préciser qu'elles sont documentées. L'art. 28(3)(a) exige un traitement sur instruction documentée, y compris pour les transferts vers des pays tiers, afin que le responsable puisse prouver ce qu'il a demandé. Ajoutez « documentées » (ou « écrites ») et les transferts.",
            );
            sink.report_with(&INSTRUCTIONS_META, Severity::Warning, sentence.span(), message)
                .inferred(sentence.inferred(cx));
            return;
        }
        let message = L10n::new(
            "No clause obliges the processor to process personal data only on documented instructions from the controller. Art. 28(3)(a) requires this duty in every processing contract: without it, nothing limits what the processor does with the data to what the controller has asked for in writing. Add it, including for transfers to third countries.",
            "Aucune clause n'oblige le sous-traitant à ne traiter les données à caractère personnel que sur instruction documentée du responsable du traitement. L'art. 28(3)(a) impose cette obligation dans tout contrat de sous-traitance : sans elle, rien ne limite ce que fait le sous-traitant des données à ce que le responsable a demandé par écrit. Ajoutez-la, y compris pour les transferts vers des pays tiers.",
        );
        let sentence = L10n::new(
            "The processor shall process the personal data only on documented instructions from the controller, including as regards transfers to a third country or an international organisation, unless Union or Member State law requires it to do otherwise; in that case it shall inform the controller of that requirement before processing, unless that law prohibits it on important grounds of public interest.",
            "Le sous-traitant ne traite les données à caractère personnel que sur instruction documentée du responsable du traitement, y compris pour les transferts vers un pays tiers ou une organisation internationale, sauf si le droit de l'Union ou d'un État membre l'y oblige ; il en informe alors le responsable du traitement avant le traitement, sauf si ce droit l'interdit pour des motifs importants d'intérêt public.",
        );
        let fix = fixes::add_to_clause(cx, ClauseKind::Instructions, TITLE, sentence);
        report_missing(cx, sink, &INSTRUCTIONS_META, ClauseKind::Instructions, message, fix);
    }
}

static UNLAWFUL_META: RuleMeta = RuleMeta {
    id: "ART28-3A-UNLAWFUL-INSTRUCTION-NOTICE",
    family: Family::Completeness,
    layer: Layer::Law,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "GDPR Art. 28(3), second subparagraph",
    summary: L10n::new(
        "No duty for the processor to inform the controller immediately when an instruction infringes the GDPR.",
        "Aucune obligation pour le sous-traitant d'informer immédiatement le responsable du traitement lorsqu'une instruction enfreint le RGPD.",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Looks for a sentence in which the processor informs the controller when an instruction infringes the GDPR or other data protection law, also as the last of items lettered in one sentence (\"notify the Customer at once if (a) …; (b) …; or (c) an instruction infringes data protection law\"), and checks that it must do so immediately (or without (undue) delay, \"without culpable delay\", or before carrying the instruction out). Reports a missing duty on the instructions clause, and a duty without \"immediately\" on its sentence.",
            "Recherche une phrase par laquelle le sous-traitant informe le responsable du traitement lorsqu'une instruction enfreint le RGPD ou une autre règle de protection des données, y compris comme dernier des éléments numérotés d'une même phrase (« avertit immédiatement le Client lorsque (a) … ; (b) … ; ou (c) une instruction enfreint le droit de la protection des données »), et vérifie qu'il doit le faire immédiatement (ou sans délai, « dans les plus brefs délais », « sans retard injustifié », ou avant d'exécuter l'instruction). Signale l'absence de l'obligation sur la clause d'instructions, et une obligation sans « immédiatement » sur sa phrase.",
        ),
        why: L10n::new(
            "The subparagraph after Art. 28(3)(h) obliges the processor to tell the controller immediately if, in its opinion, an instruction infringes the GDPR. It is the sentence most contracts leave out, and the one that lets the controller correct an unlawful instruction before the processing happens rather than after a complaint.",
            "L'alinéa qui suit l'art. 28(3)(h) oblige le sous-traitant à informer immédiatement le responsable du traitement si, selon lui, une instruction constitue une violation du RGPD. C'est la phrase que la plupart des contrats omettent, et celle qui permet au responsable de corriger une instruction illicite avant le traitement plutôt qu'après une plainte.",
        ),
        failing: "# Instructions {instructions}\nThe Provider shall process Customer Data only on the Customer's documented instructions.\n",
        passing: "# Instructions {instructions}\nThe Provider shall process Customer Data only on the Customer's documented instructions. The Provider shall immediately inform the Customer if, in its opinion, an instruction infringes the GDPR.\n",
        companion: None,
    },
};

const NOTICE_SENTENCE: L10n = L10n::new(
    "The processor shall immediately inform the controller if, in its opinion, an instruction infringes Regulation (EU) 2016/679 or other Union or Member State data protection provisions.",
    "Le sous-traitant informe immédiatement le responsable du traitement si, selon lui, une instruction constitue une violation du règlement (UE) 2016/679 ou d'autres dispositions du droit de l'Union ou du droit des États membres relatives à la protection des données.",
);

fn lead_in_states(sentence: &Sentence<'_>, cue: &Cue) -> bool {
    sentence.lead_in_sentence().is_some_and(|lead_in| lead_in.states(cue))
}

impl Rule for UnlawfulInstructionNotice {
    fn meta(&self) -> &'static RuleMeta {
        &UNLAWFUL_META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let notice_cues = [&cues::INFORM, &cues::INSTRUCTION_WORD, &cues::INFRINGING];
        // "Where, in its opinion, any processing infringes the law": the processor's judgement
        // on what it is asked to do is the same notice, worded without "instruction"; an opinion
        // that a personal data breach occurred is the breach notice.
        let opinion_cues = [&cues::INFORM, &cues::PROCESSOR_OPINION, &cues::INFRINGING];
        let notice = first_stating(cx, &notice_cues, &[ClauseKind::Instructions])
            .or_else(|| first_stating(cx, &notice_cues, &[]))
            .or_else(|| {
                sentences_in(cx, &[])
                    .map(Sentence::with_inline_lead_in)
                    .find(|sentence| sentence.states_all_with_lead_in(&notice_cues))
            })
            .or_else(|| {
                sentences_in(cx, &[])
                    .find(|sentence| sentence.states_all(&opinion_cues) && !sentence.states(&breach_cues::BREACH_EVENT))
            });
        match notice {
            Some(sentence) if sentence.states(&cues::IMMEDIATELY) || lead_in_states(&sentence, &cues::IMMEDIATELY) => {}
            Some(sentence) => {
                let message = Message::new(
                    "This sentence has the processor inform the controller of an infringing instruction, but does not say it must do so immediately. The subparagraph after Art. 28(3)(h) requires immediate information, so that the controller can correct the instruction before it is carried out: add \"immediately\".",
                    "Cette phrase prévoit que le sous-traitant informe le responsable du traitement d'une instruction illicite, sans préciser qu'il doit le faire immédiatement. L'alinéa qui suit l'art. 28(3)(h) exige une information immédiate, afin que le responsable puisse corriger l'instruction avant son exécution : ajoutez « immédiatement ».",
                );
                sink.report(cx, &UNLAWFUL_META, sentence.span(), message).inferred(sentence.inferred(cx));
            }
            None => {
                let message = L10n::new(
                    "No clause obliges the processor to inform the controller immediately if, in its opinion, an instruction infringes the GDPR. The subparagraph after Art. 28(3)(h) requires it, so that an unlawful instruction is corrected before it is carried out. Add the duty to the instructions clause.",
                    "Aucune clause n'oblige le sous-traitant à informer immédiatement le responsable du traitement si, selon lui, une instruction constitue une violation du RGPD. L'alinéa qui suit l'art. 28(3)(h) l'exige, afin qu'une instruction illicite soit corrigée avant d'être exécutée. Ajoutez cette obligation à la clause d'instructions.",
                );
                let fix = fixes::add_to_clause(cx, ClauseKind::Instructions, TITLE, NOTICE_SENTENCE);
                report_missing(cx, sink, &UNLAWFUL_META, ClauseKind::Instructions, message, fix);
            }
        }
    }
}

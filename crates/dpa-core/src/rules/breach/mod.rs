//! Breach handling (rules.md, GDPR Arts. 33, 34 and 28(3)(f)): the processor's duty to notify
//! the controller of a personal data breach, how fast, from when, with what, through which
//! channel, and its help with the controller's own notifications.
//!
//! Every rule here starts from the same reading of the text: the sentences in which the
//! processor notifies the controller of a breach ([`notice_sentences`]), found in any clause
//! except the sub-processor ones (where the notifier is the sub-processor).

use dpa_lexicon::cues::breach::{
    AUTHORITY_OR_SUBJECTS, BREACH_WORD, CONTROLLER_NOTIFICATIONS, NEEDED_FOR, NOTIFICATION_MATERIAL,
    NOTIFICATION_OBLIGATIONS, NOTIFY, OTHER_NOTICE_TOPIC,
};
use dpa_lexicon::cues::Cue;
use dpa_syntax::Span;

use super::query::inference_note;
use super::query::{negated, Hit};
use super::search::Sentence;
use super::{Context, Rule};
use crate::lang::L10n;
use crate::model::{ClauseKind, Paragraph};

mod assist;
mod contact;
mod content;
mod deadline;
mod notify;
mod trigger;

pub(super) static RULES: &[&dyn Rule] = &[
    &assist::BreachAssist,
    &contact::BreachContactChannel,
    &content::BreachContent,
    &deadline::BreachDeadline,
    &notify::BreachNotifyController,
    &trigger::BreachTriggerRule,
];

const BREACH_CLAUSE: ClauseKind = ClauseKind::BreachNotification;

/// Title of an inserted breach clause.
const CLAUSE_TITLE: L10n = L10n::new("Personal data breaches", "Violations de données à caractère personnel");

/// Sentences in which the processor notifies the controller of a personal data breach, as the
/// model reads them ([`crate::model::Document::breach_notices`]). Each hit spans its sentence.
pub(super) fn notice_sentences<'a>(cx: &Context<'a>) -> Vec<Hit<'a>> {
    cx.doc
        .breach_notices
        .iter()
        .map(|notice| Hit {
            span: notice.span,
            paragraph: &cx.doc.paragraphs[notice.paragraph],
            sentence: notice.sentence,
        })
        .collect()
}

/// The text about breach notices: the breach clauses, and around each notice sentence found
/// elsewhere, its paragraph and the neighbouring ones of the same clause that still speak of the
/// breach or the notice (the numbered sub-clauses of an untagged text). A neighbour that
/// notifies something else without naming the breach ("notify the customer of changes to
/// subprocessors by email") is another duty of a list, and its channel is not the breach's.
pub(super) fn breach_paragraphs<'a>(cx: &Context<'a>) -> Vec<&'a Paragraph> {
    let paragraphs = &cx.doc.paragraphs;
    let in_breach_clause = |p: &Paragraph| cx.doc.clause_of(p).is_some_and(|clause| clause.is(BREACH_CLAUSE));
    let mut chosen: Vec<bool> = paragraphs.iter().map(in_breach_clause).collect();
    for index in cx.doc.breach_notices.iter().map(|notice| notice.paragraph) {
        if chosen[index] {
            continue;
        }
        chosen[index] = true;
        let clause = paragraphs[index].clause;
        let related = |p: &Paragraph| {
            p.clause == clause
                && (BREACH_WORD.matches(&p.folded)
                    || (NOTIFY.matches(&p.folded) && !OTHER_NOTICE_TOPIC.matches(&p.folded)))
        };
        for after in index + 1..paragraphs.len() {
            if !related(&paragraphs[after]) {
                break;
            }
            chosen[after] = true;
        }
        for before in (0..index).rev() {
            if !related(&paragraphs[before]) {
                break;
            }
            chosen[before] = true;
        }
    }
    paragraphs.iter().zip(chosen).filter_map(|(paragraph, chosen)| chosen.then_some(paragraph)).collect()
}

/// Recipients or notifications of the controller that the material is needed for: the
/// authority or the data subjects ("provide to a regulator", « sa notification auprès de la
/// CNIL »).
const CONTROLLER_RECIPIENTS: &[&Cue] = &[&AUTHORITY_OR_SUBJECTS, &CONTROLLER_NOTIFICATIONS];

/// How many words may stand between the material and the need that qualifies it ("information
/// *that Customer is* required", « éléments *dont le Client a* besoin »).
const NEED_REACH: usize = 5;

/// Information or documentation qualified as what the controller needs or is bound to give: the
/// need follows the material within a few words, with no comma between ("the information
/// available to it, to enable …" is the Art. 28(3)(f) caveat, not material needed).
fn needed_material(sentence: &Sentence<'_>) -> bool {
    let folded = &sentence.paragraph.folded.folded;
    let needs = sentence.matches(&NEEDED_FOR);
    sentence.matches(&NOTIFICATION_MATERIAL).into_iter().any(|(_, material_end)| {
        needs.iter().any(|&(need_start, _)| {
            need_start >= material_end
                && !folded[material_end..need_start].contains([',', ';', ':'])
                && sentence.words_between(material_end, need_start).len() <= NEED_REACH
        })
    })
}

/// Whether `sentence` gives the content of the controller's own notifications named by what
/// they must tell their recipients rather than item by item ("any information the Customer is
/// required by law to provide to a regulator", « les informations nécessaires à sa
/// notification auprès de la CNIL »): what Art. 33(3) lists. Information wanted for the
/// controller's reporting *obligations* ("to fulfil its reporting obligations to the
/// supervisory authority") says why it is given, not what it holds.
fn gives_notification_content(sentence: &Sentence<'_>) -> bool {
    needed_material(sentence)
        && CONTROLLER_RECIPIENTS.iter().any(|cue| sentence.states(cue))
        && !sentence.states(&NOTIFICATION_OBLIGATIONS)
}

/// Whether `sentence` gives what the controller needs for its own breach notifications or its
/// reporting obligations: the help Art. 28(3)(f) asks for.
fn gives_notification_material(sentence: &Sentence<'_>) -> bool {
    needed_material(sentence)
        && CONTROLLER_RECIPIENTS.iter().chain([&&NOTIFICATION_OBLIGATIONS]).any(|cue| sentence.states(cue))
}

/// The sentences of `paragraphs`, read on their own (no lead-in nor previous sentence).
fn sentences_of<'s, 'a: 's>(paragraphs: &'s [&'a Paragraph]) -> impl Iterator<Item = Sentence<'a>> + 's {
    paragraphs.iter().flat_map(|&paragraph| {
        paragraph.folded.sentences().iter().map(move |&range| Sentence {
            paragraph,
            range,
            previous: None,
            lead_in: None,
        })
    })
}

/// The matches of `cue` in `paragraphs` that are neither negated within their sentence nor in
/// brackets; each hit spans the matched words.
fn hits_in<'a>(paragraphs: &[&'a Paragraph], cue: &Cue) -> Vec<Hit<'a>> {
    let mut hits = Vec::new();
    for &paragraph in paragraphs {
        let text = &paragraph.folded;
        for (start, end) in cue.find_all(text) {
            let sentence = text.sentence_at(start).unwrap_or((0, text.folded.len()));
            let (from, to) = text.source_range(start, end);
            let hit = Hit { span: Span::new(from, to), paragraph, sentence };
            if !negated(&text.folded[sentence.0..start]) && !hit.bracketed() {
                hits.push(hit);
            }
        }
    }
    hits
}

/// The first of [`hits_in`].
fn find_in<'a>(paragraphs: &[&'a Paragraph], cue: &Cue) -> Option<Hit<'a>> {
    hits_in(paragraphs, cue).into_iter().next()
}

/// The heading of the first breach clause, if there is one.
fn breach_clause_heading(cx: &Context<'_>) -> Option<Span> {
    cx.doc.clauses_of(BREACH_CLAUSE).next().map(|clause| clause.heading_span)
}

/// Whether findings about the breach clause rest on inference: untagged prose, or a breach
/// clause whose kind was inferred from its heading.
fn clause_inferred(cx: &Context<'_>) -> bool {
    cx.doc.prose || cx.doc.clauses_of(BREACH_CLAUSE).next().is_some_and(|clause| clause.inferred())
}

/// How to make certain a finding about the breach clause that rests on text search.
const TAG_THE_CLAUSE: L10n = L10n::new(
    "tag the breach clause `{breach-notification}`",
    "balisez la clause de violation `{notification-violation}`",
);

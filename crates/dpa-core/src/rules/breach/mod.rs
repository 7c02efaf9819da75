//! Breach handling (rules.md, GDPR Arts. 33, 34 and 28(3)(f)): the processor's duty to notify
//! the controller of a personal data breach, how fast, from when, with what, through which
//! channel, and its help with the controller's own notifications.
//!
//! Every rule here starts from the same reading of the text: the sentences in which the
//! processor notifies the controller of a breach ([`notice_sentences`]), found in any clause
//! except the sub-processor ones (where the notifier is the sub-processor).

use dpa_lexicon::cues::breach::{BREACH_WORD, NOTIFY, OTHER_NOTICE_TOPIC};
use dpa_lexicon::cues::Cue;
use dpa_syntax::Span;

use super::query::inference_note;
use super::query::{negated, Hit};
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

//! Sentence-level reading shared by the rule families: a duty is stated when all its cues occur in
//! one sentence (or, for a sentence that leans on it, the sentence before or the lead-in of its
//! list), none of them governed by a negation. Rules look for a duty in the clauses of its kind
//! first (where shorter wording suffices, the heading having said what the clause is about) and
//! then anywhere, because many real DPAs state it in a general obligations clause.

use dpa_lexicon::cues::completeness::RESTRICTIVE_AFTER_NEGATION;
use dpa_lexicon::cues::{Cue, NEGATION_WORDS};
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use crate::finding::{Finding, Fix};
use crate::lang::{L10n, Lang, Message};
use crate::model::{Clause, ClauseKind, Paragraph};
use crate::rules::query::negated;
use crate::rules::{Context, RuleMeta, Sink};

/// One sentence of a paragraph, in the paragraph's folded text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sentence<'a> {
    pub paragraph: &'a Paragraph,
    /// Folded byte range of the sentence in `paragraph.folded.folded`.
    pub range: (usize, usize),
    /// The sentence before it in the same clause, which a duty may lean on ("Data subjects may
    /// exercise their rights … The Provider assists the Customer in answering these requests").
    pub previous: Option<(&'a Paragraph, (usize, usize))>,
    /// The sentence that introduces the list this sentence is an item of ("the processor shall
    /// help the controller to comply with:").
    pub lead_in: Option<(&'a Paragraph, (usize, usize))>,
}

impl<'a> Sentence<'a> {
    pub fn text(&self) -> &'a str {
        &self.paragraph.folded.folded[self.range.0..self.range.1]
    }

    pub fn span(&self) -> Span {
        self.source_span(self.range)
    }

    /// Source span of a folded range of the paragraph.
    pub fn source_span(&self, (start, end): (usize, usize)) -> Span {
        let (from, to) = self.paragraph.folded.source_range(start, end);
        Span::new(from, to)
    }

    /// Every match of `cue` inside the sentence, negated or not (folded paragraph ranges).
    pub fn mentions(&self, cue: &Cue) -> Vec<(usize, usize)> {
        cue.find_all(&self.paragraph.folded)
            .into_iter()
            .filter(|&(start, end)| start >= self.range.0 && end <= self.range.1)
            .collect()
    }

    /// The matches of `cue` that no negation governs ("shall not notify" states nothing).
    pub fn matches(&self, cue: &Cue) -> Vec<(usize, usize)> {
        let folded = &self.paragraph.folded.folded;
        self.mentions(cue)
            .into_iter()
            .filter(|&(start, end)| !governed_by_negation(&folded[self.range.0..start], &folded[end..self.range.1]))
            .collect()
    }

    pub fn states(&self, cue: &Cue) -> bool {
        !self.matches(cue).is_empty()
    }

    pub fn states_all(&self, cues: &[&Cue]) -> bool {
        cues.iter().all(|cue| self.states(cue))
    }

    /// Every cue stated here, in the sentence before or in the list's lead-in, at least one of
    /// them here.
    pub fn states_all_nearby(&self, cues: &[&Cue]) -> bool {
        let around: Vec<Sentence<'a>> = [self.previous, self.lead_in]
            .into_iter()
            .flatten()
            .map(|(paragraph, range)| Sentence { paragraph, range, previous: None, lead_in: None })
            .collect();
        cues.iter().any(|cue| self.states(cue))
            && cues.iter().all(|cue| self.states(cue) || around.iter().any(|s| s.states(cue)))
    }

    /// The words of the sentence between two folded paragraph offsets.
    pub fn words_between(&self, from: usize, to: usize) -> Vec<&'a str> {
        let folded = &self.paragraph.folded.folded;
        let from = from.clamp(self.range.0, self.range.1);
        let to = to.clamp(from, self.range.1);
        folded[from..to]
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
            .filter(|w| !w.is_empty())
            .collect()
    }

    pub fn clause(&self, cx: &Context<'a>) -> Option<&'a Clause> {
        self.paragraph.clause.and_then(|id| cx.doc.clauses.get(id))
    }

    /// True when the sentence was found through inferred clause kinds or in untagged prose.
    pub fn inferred(&self, cx: &Context<'a>) -> bool {
        cx.doc.prose || self.clause(cx).is_some_and(Clause::inferred)
    }
}

/// Whether a negation governs a match, given the folded sentence text before and after it. Two
/// readings refine the plain negation test: a negation in an earlier clause of the sentence
/// ("where these features do not suffice, Éventia assists") does not reach past the comma, and
/// French "ne … que" restricts rather than negates ("le titulaire ne traite les données que sur
/// instruction documentée" is the duty itself).
fn governed_by_negation(prefix: &str, suffix: &str) -> bool {
    let tail = prefix.rfind([',', ';', ':']).map_or(prefix, |at| &prefix[at + 1..]);
    if !negated(tail) {
        return false;
    }
    let words: Vec<&str> = tail.split_whitespace().collect();
    let last_negation = words
        .iter()
        .rposition(|word| NEGATION_WORDS.contains(word) || word.starts_with("n'") || word.ends_with("n't"))
        .unwrap_or(0);
    let following = words[last_negation + 1..].iter().copied().chain(suffix.split_whitespace().take(8));
    let restrictive = following.take_while(|word| !NEGATION_WORDS.contains(word)).any(|word| {
        RESTRICTIVE_AFTER_NEGATION
            .iter()
            .any(|&restrictive| word == restrictive || (restrictive.ends_with('\'') && word.starts_with(restrictive)))
    });
    !restrictive
}

/// Every sentence of the paragraphs in clauses of `kinds` (of the whole document when empty).
pub(crate) fn sentences_in<'a>(cx: &Context<'a>, kinds: &'a [ClauseKind]) -> impl Iterator<Item = Sentence<'a>> + 'a {
    let doc = cx.doc;
    let mut lead_in: Option<(&'a Paragraph, (usize, usize))> = None;
    let mut before: Option<&'a Paragraph> = None;
    let mut found = Vec::new();
    for paragraph in &doc.paragraphs {
        let ranges = paragraph.folded.sentences();
        if before.is_some_and(|before| before.clause != paragraph.clause) {
            lead_in = None;
        }
        let in_kinds = kinds.is_empty()
            || doc.clause_of(paragraph).and_then(|clause| clause.kind).is_some_and(|kind| kinds.contains(&kind));
        if in_kinds {
            let mut previous = before
                .filter(|b| b.clause == paragraph.clause)
                .and_then(|b| b.folded.sentences().last().map(|&range| (b, range)));
            for &range in ranges {
                found.push(Sentence { paragraph, range, previous, lead_in });
                previous = Some((paragraph, range));
            }
        }
        let text = paragraph.folded.folded.trim_end();
        lead_in = match text.chars().last() {
            Some(':') => ranges.last().map(|&range| (paragraph, range)),
            Some(';' | ',') => lead_in,
            _ => None,
        };
        before = Some(paragraph);
    }
    found.into_iter()
}

/// The first sentence in clauses of `kinds` (anywhere when empty) that states every cue.
pub(crate) fn first_stating<'a>(cx: &Context<'a>, cues: &[&Cue], kinds: &'a [ClauseKind]) -> Option<Sentence<'a>> {
    sentences_in(cx, kinds).find(|sentence| sentence.states_all(cues))
}

/// The first sentence in clauses of `kinds` (anywhere when empty) that, with the sentence
/// before it or its list's lead-in, states every cue.
fn first_stating_nearby<'a>(cx: &Context<'a>, cues: &[&Cue], kinds: &'a [ClauseKind]) -> Option<Sentence<'a>> {
    sentences_in(cx, kinds).find(|sentence| sentence.states_all_nearby(cues))
}

/// Whether folded `text` is, as a whole, one of the cue's phrases ("nature of processing" is a
/// nature label; "nature of processing operations" is not).
pub(crate) fn is_whole_phrase(cue: &Cue, text: &str) -> bool {
    let folded = FoldedText::new(text, 0);
    cue.phrases().any(|phrase| folded.phrase_at(phrase, 0) == Some(folded.folded.len()))
}

/// How a contract states one duty.
pub(crate) struct Duty {
    /// The clause kinds where the duty belongs; a missing duty is reported on the first of them.
    pub kinds: &'static [ClauseKind],
    /// Inside clauses of `kinds`: any of these cue sets, every cue of a set in one sentence (see
    /// [`Sentence::states_all_nearby`]).
    pub in_clause: &'static [&'static [&'static Cue]],
    /// Anywhere in the document: any of these cue sets.
    pub anywhere: &'static [&'static [&'static Cue]],
}

impl Duty {
    /// The first sentence that states the duty, in its own clauses first.
    pub fn find<'a>(&self, cx: &Context<'a>) -> Option<Sentence<'a>> {
        self.in_clause
            .iter()
            .find_map(|cues| first_stating_nearby(cx, cues, self.kinds))
            .or_else(|| self.anywhere.iter().find_map(|cues| first_stating_nearby(cx, cues, &[])))
    }
}

/// Where a finding about something missing from clauses of `kind` points: that clause when the
/// document has one, else the title. Also whether that conclusion rests on inference.
pub(crate) fn missing_target<'a>(cx: &Context<'a>, kind: ClauseKind) -> (Span, bool, Option<&'a Clause>) {
    match cx.doc.clauses_of(kind).next() {
        Some(clause) => (clause.span, cx.doc.prose || clause.inferred(), Some(clause)),
        None => (cx.missing_span(), cx.doc.prose, None),
    }
}

/// The tag word of a clause kind in a language (`{security}`, `{securite}`).
pub(crate) use crate::rules::fixes::kind_word as tag_word;

/// Appends to a message how to make a conclusion drawn from untagged text certain.
pub(crate) fn with_certainty_hint(message: Message, kind: ClauseKind, inferred: bool) -> Message {
    if !inferred {
        return message;
    }
    Message::new(
        format!(
            "{} (Found by reading the text, not from tags: if a clause says this in other words, tag it `{{{}}}` to make the check certain.)",
            message.en,
            tag_word(kind, Lang::En)
        ),
        format!(
            "{} (Constat tiré de la lecture du texte, sans étiquette : si une clause le prévoit en d'autres termes, étiquetez-la `{{{}}}` pour rendre la vérification certaine.)",
            message.fr,
            tag_word(kind, Lang::Fr)
        ),
    )
}

/// Reports a duty missing from the document, on the clause of `kind` (or the title), with a fix
/// that adds the model wording.
pub(crate) fn report_missing<'s>(
    cx: &Context<'_>,
    sink: &'s mut Sink,
    meta: &'static RuleMeta,
    kind: ClauseKind,
    message: L10n,
    fix: Fix,
) -> &'s mut Finding {
    let (span, inferred, _) = missing_target(cx, kind);
    let message = with_certainty_hint(message.into(), kind, inferred);
    sink.report(cx, meta, span, message).with_fix(fix).inferred(inferred)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_ne_que_restricts_rather_than_negates() {
        assert!(!governed_by_negation("le titulaire ne traite les donnees ", "que sur instruction documentee"));
        assert!(!governed_by_negation("n'agir que sur ", ""));
        assert!(governed_by_negation("le sous-traitant ne traite pas ", "les donnees a des fins de prospection"));
    }

    #[test]
    fn a_negation_does_not_reach_past_a_comma() {
        assert!(governed_by_negation("the provider shall not ", "notify"));
        assert!(!governed_by_negation("where these features do not suffice, eventia ", "assiste le client"));
    }
}

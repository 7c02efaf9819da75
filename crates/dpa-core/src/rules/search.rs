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
use crate::model::{Clause, ClauseKind, Document, LeadIn, Paragraph};
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
    /// The folded `range` of `paragraph` read on its own: no sentence before it, no lead-in.
    pub fn alone(paragraph: &'a Paragraph, range: (usize, usize)) -> Self {
        Sentence { paragraph, range, previous: None, lead_in: None }
    }

    /// The lead-in of the list this sentence is an item of, read on its own.
    pub fn lead_in_sentence(&self) -> Option<Sentence<'a>> {
        self.lead_in.map(|(paragraph, range)| Sentence::alone(paragraph, range))
    }

    /// "communique immédiatement au Responsable : toute demande … ; tout accès fortuit … ; toute
    /// impossibilité de se conformer aux instructions en raison d'une violation …": the items of a
    /// list run on in one paragraph are sentences of their own, and the last colon before them, in a
    /// sentence that ends an item, opens the lead-in that holds the verb and its urgency (nearer than
    /// the lead-in of the list the paragraph itself is an item of). Without a colon, items
    /// lettered in the sentence ("notify the Customer if (a) …; (b) …; or (c) …") take as lead-in
    /// what precedes the first letter.
    pub fn with_inline_lead_in(self) -> Sentence<'a> {
        const FIRST_ITEM_MARKERS: [&str; 3] = ["(a)", "(i)", "(1)"];
        let folded = &self.paragraph.folded;
        let ends_an_item = |&&(start, end): &&(usize, usize)| folded.folded[start..end].trim_end().ends_with(';');
        let earlier_items: Vec<(usize, usize)> = folded
            .sentences()
            .iter()
            .rev()
            .skip_while(|&&(start, _)| start >= self.range.0)
            .take_while(ends_an_item)
            .copied()
            .collect();
        // A marker after a space: "Art. 32(1)" is no item.
        let before_first_letter = |&(start, end): &(usize, usize)| {
            let text = &folded.folded[start..end];
            FIRST_ITEM_MARKERS
                .iter()
                .flat_map(|marker| text.match_indices(marker).map(|(at, _)| at))
                .filter(|&at| text[..at].ends_with(char::is_whitespace))
                .min()
                .map(|at| (start, start + at))
        };
        let lead_in = earlier_items
            .iter()
            .find_map(|&(start, end)| folded.folded[start..end].rfind(':').map(|colon| (start, start + colon)))
            .or_else(|| earlier_items.last().and_then(before_first_letter));
        match lead_in {
            Some(range) => Sentence { lead_in: Some((self.paragraph, range)), ..self },
            None => self,
        }
    }

    /// The sentence before this one, read on its own.
    pub fn previous_sentence(&self) -> Option<Sentence<'a>> {
        self.previous.map(|(paragraph, range)| Sentence::alone(paragraph, range))
    }

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

    /// The matches of `cue` that no negation governs ("shall not notify" states nothing). The
    /// match itself may carry the restrictive "que" of a "ne … que" (« n'exercera son droit
    /// qu'en demandant »).
    pub fn matches(&self, cue: &Cue) -> Vec<(usize, usize)> {
        let folded = &self.paragraph.folded.folded;
        self.mentions(cue)
            .into_iter()
            .filter(|&(start, _)| !governed_by_negation(&folded[self.range.0..start], &folded[start..self.range.1]))
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
            .map(|(paragraph, range)| Sentence::alone(paragraph, range))
            .collect();
        cues.iter().any(|cue| self.states(cue))
            && cues.iter().all(|cue| self.states(cue) || around.iter().any(|s| s.states(cue)))
    }

    /// Every cue stated here or in the lead-in of the list this sentence is an item of, at least
    /// one of them here: "the Processor shall assist the Controller with respect to:" then
    /// "(d) notifications to the supervisory authority following a personal data breach".
    pub fn states_all_with_lead_in(&self, cues: &[&Cue]) -> bool {
        let lead_in = self.lead_in_sentence();
        cues.iter().any(|cue| self.states(cue))
            && cues.iter().all(|cue| self.states(cue) || lead_in.is_some_and(|lead_in| lead_in.states(cue)))
    }

    /// The words of the sentence between two folded paragraph offsets.
    pub fn words_between(&self, from: usize, to: usize) -> Vec<&'a str> {
        let folded = &self.paragraph.folded.folded;
        let from = from.clamp(self.range.0, self.range.1);
        let to = to.clamp(from, self.range.1);
        dpa_lexicon::words(&folded[from..to]).collect()
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
    let mut before: Option<&'a Paragraph> = None;
    let mut found = Vec::new();
    for (paragraph, &lead_in) in doc.paragraphs.iter().zip(&doc.lead_ins) {
        let in_kinds = kinds.is_empty()
            || doc.clause_of(paragraph).and_then(|clause| clause.kind).is_some_and(|kind| kinds.contains(&kind));
        if in_kinds {
            let lead_in = lead_in.map(|(index, range)| (&doc.paragraphs[index], range));
            let mut previous = before
                .filter(|b| b.clause == paragraph.clause)
                .and_then(|b| b.folded.sentences().last().map(|&range| (b, range)));
            for &range in paragraph.folded.sentences() {
                found.push(Sentence { paragraph, range, previous, lead_in });
                previous = Some((paragraph, range));
            }
        }
        before = Some(paragraph);
    }
    found.into_iter()
}

/// For each paragraph of `doc`, the lead-in of the list it is an item of: the index of a
/// paragraph of the same clause ending with ":" ("the Processor shall, within 48 hours after
/// becoming aware of a breach:") and the folded range of its last sentence. A duty is often
/// split between the two ("… notify the Customer"). The paragraph right after the lead-in is its
/// first item; the list goes on while items end open ("; and", ",") or open with a list marker
/// (`-`, `•`, `(a)`, `1.`, or a number under the lead-in's own: `7.1.2` under `7.1`).
pub(crate) fn lead_ins(doc: &Document, source: &str) -> Vec<Option<LeadIn>> {
    let mut lead_in: Option<LeadIn> = None;
    let mut previous_open = false;
    let mut found = Vec::with_capacity(doc.paragraphs.len());
    for (index, paragraph) in doc.paragraphs.iter().enumerate() {
        lead_in = lead_in.filter(|&(lead, _)| {
            let lead = &doc.paragraphs[lead];
            // A numbered item may have been read as a sub-clause of its own.
            let in_lead_clause = lead.clause == paragraph.clause
                || std::iter::successors(doc.clause_of(paragraph), |clause| {
                    clause.parent.and_then(|id| doc.clauses.get(id))
                })
                .any(|clause| Some(clause.id) == lead.clause);
            in_lead_clause
                && (previous_open
                    || item_of(list_marker(line_of(source, lead)), list_marker(line_of(source, paragraph))))
        });
        found.push(lead_in);
        let text = paragraph.folded.folded.trim_end();
        if text.ends_with(':') {
            lead_in = paragraph.folded.sentences().last().map(|&range| (index, range));
        }
        previous_open = ends_open(text);
    }
    found
}

/// Whether a paragraph leaves its sentence open for the next item: it ends with ":", ";" or
/// ",", maybe followed by the conjunction that joins the last two items ("; and", "; ou").
fn ends_open(folded: &str) -> bool {
    let text = ["and", "or", "et", "ou"]
        .iter()
        .find_map(|conjunction| folded.strip_suffix(conjunction).filter(|rest| rest.ends_with([' ', ';', ','])))
        .unwrap_or(folded)
        .trim_end();
    text.ends_with([':', ';', ','])
}

/// The source line a paragraph starts on, from the line's beginning: a list item's marker may
/// precede the paragraph's own text.
fn line_of<'s>(source: &'s str, paragraph: &Paragraph) -> &'s str {
    let start = paragraph.span.start.min(source.len());
    let line_start = source[..start].rfind('\n').map_or(0, |at| at + 1);
    source[line_start..].lines().next().unwrap_or("")
}

/// Whether the paragraph's line opens with a list marker (`-`, `•`, `(a)`, `2.`).
pub(crate) fn opens_list_item(source: &str, paragraph: &Paragraph) -> bool {
    list_marker(line_of(source, paragraph)).is_some()
}

/// How a line opens a list item.
#[derive(Debug, PartialEq, Eq)]
enum ListMarker<'s> {
    /// A bullet or a letter or roman numeral: `-`, `•`, `(a)`, `iv)`.
    Plain,
    /// A clause number, as its components: `5.2.4` → `["5", "2", "4"]`.
    Number(Vec<&'s str>),
}

fn list_marker(line: &str) -> Option<ListMarker<'_>> {
    let line = line.trim_start_matches([' ', '\t', '>']);
    let (marker, rest) = line.split_at(line.find(char::is_whitespace)?);
    if marker.chars().count() == 1 && marker.chars().all(|c| matches!(c, '-' | '*' | '+' | '•' | '–' | '—' | '·' | '▪'))
    {
        return Some(ListMarker::Plain);
    }
    if rest.trim().is_empty() {
        return None;
    }
    if let Some(label) = marker.strip_suffix(')') {
        let label = label.strip_prefix('(').unwrap_or(label);
        if !label.is_empty() && label.len() <= 4 && label.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Some(if label.chars().all(|c| c.is_ascii_digit()) {
                ListMarker::Number(vec![label])
            } else {
                ListMarker::Plain
            });
        }
        return None;
    }
    let number = marker.trim_end_matches('.');
    let components: Vec<&str> = number.split('.').collect();
    components
        .iter()
        .all(|component| !component.is_empty() && component.len() <= 3 && component.chars().all(|c| c.is_ascii_digit()))
        .then_some(ListMarker::Number(components))
}

/// Whether a paragraph opening with `item` continues the list of a lead-in opening with `lead`:
/// bullets and letters always do, a number when it lies under the lead-in's own (`7.1.2` under
/// `7.1`, not `7.2`).
fn item_of(lead: Option<ListMarker<'_>>, item: Option<ListMarker<'_>>) -> bool {
    match (lead, item) {
        (_, None) => false,
        (_, Some(ListMarker::Plain)) | (None | Some(ListMarker::Plain), Some(ListMarker::Number(_))) => true,
        (Some(ListMarker::Number(lead)), Some(ListMarker::Number(item))) => {
            item.len() > lead.len() && item.starts_with(&lead)
        }
    }
}

/// The first sentence in clauses of `kinds` (anywhere when empty) that states every cue.
pub(crate) fn first_stating<'a>(cx: &Context<'a>, cues: &[&Cue], kinds: &'a [ClauseKind]) -> Option<Sentence<'a>> {
    sentences_in(cx, kinds).find(|sentence| sentence.states_all(cues))
}

/// The first sentence in clauses of `kinds` (anywhere when empty) that, with the sentence
/// before it or its list's lead-in, states every cue, among those `accept` lets through.
fn first_stating_nearby<'a>(
    cx: &Context<'a>,
    cues: &[&Cue],
    kinds: &'a [ClauseKind],
    accept: impl Fn(&Sentence<'a>) -> bool,
) -> Option<Sentence<'a>> {
    sentences_in(cx, kinds).find(|sentence| accept(sentence) && sentence.states_all_nearby(cues))
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
        self.find_where(cx, |_| true)
    }

    /// The first sentence that states the duty among those `accept` lets through (a rule may
    /// know sentences whose words are not the duty).
    pub fn find_where<'a>(
        &self,
        cx: &Context<'a>,
        accept: impl Fn(&Sentence<'a>) -> bool + Copy,
    ) -> Option<Sentence<'a>> {
        self.in_clause
            .iter()
            .find_map(|cues| first_stating_nearby(cx, cues, self.kinds, accept))
            .or_else(|| self.anywhere.iter().find_map(|cues| first_stating_nearby(cx, cues, &[], accept)))
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

/// The tag word of a clause kind in a language (`{security}`, `{sécurité}`).
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
    fn list_markers_are_bullets_letters_and_clause_numbers() {
        assert_eq!(list_marker("- notifier le Client ;"), Some(ListMarker::Plain));
        assert_eq!(list_marker("  • notify the Customer"), Some(ListMarker::Plain));
        assert_eq!(list_marker("(b) notify the Customer"), Some(ListMarker::Plain));
        assert_eq!(list_marker("7.1.1\tnotify the Customer"), Some(ListMarker::Number(vec!["7", "1", "1"])));
        assert_eq!(list_marker("2. notify the Customer"), Some(ListMarker::Number(vec!["2"])));
        assert_eq!(list_marker("The Provider shall:"), None);
        assert_eq!(list_marker("2021/915 applies"), None);
    }

    #[test]
    fn a_numbered_item_lies_under_its_lead_in_number() {
        let number = |components: &[&'static str]| Some(ListMarker::Number(components.to_vec()));
        assert!(item_of(number(&["7", "1"]), number(&["7", "1", "2"])));
        assert!(!item_of(number(&["7", "1"]), number(&["7", "2"])), "a sibling clause ends the list");
        assert!(item_of(None, number(&["1"])));
        assert!(item_of(number(&["5", "2"]), Some(ListMarker::Plain)));
        assert!(!item_of(None, None));
    }

    #[test]
    fn an_item_ending_with_a_conjunction_leaves_the_list_open() {
        assert!(ends_open("notify the customer; and"));
        assert!(ends_open("notifier le client ; ou"));
        assert!(ends_open("with respect to:"));
        assert!(!ends_open("provide the customer with details."));
        assert!(!ends_open("security and"), "a conjunction needs the item's punctuation before it");
    }

    #[test]
    fn list_items_lean_on_their_lead_in() {
        let source = "# Obligations\n\nThe Provider shall, within 48 hours of a breach:\n\n- notify the Customer; and\n- help the Customer.\n\nThe Provider shall keep records.\n\n5.2 The Provider shall assist with:\n\n5.2.1 security;\n\n5.2.2 impact assessments.\n\n5.3 The Customer shall pay.\n";
        let report = crate::lint(source, &crate::LintOptions::default());
        let doc = &report.document;
        let lead_of = |text: &str| {
            let index = doc.paragraphs.iter().position(|p| p.text.contains(text)).unwrap();
            lead_ins(doc, source)[index].map(|(lead, _)| doc.paragraphs[lead].text.clone())
        };
        let breach_lead_in = "The Provider shall, within 48 hours of a breach:";
        assert_eq!(lead_of("notify the Customer").as_deref(), Some(breach_lead_in));
        assert_eq!(lead_of("help the Customer").as_deref(), Some(breach_lead_in));
        assert_eq!(lead_of("keep records"), None);
        assert_eq!(lead_of("impact assessments").as_deref(), Some("5.2 The Provider shall assist with:"));
        assert_eq!(lead_of("The Customer shall pay"), None);
    }

    #[test]
    fn a_negation_does_not_reach_past_a_comma() {
        assert!(governed_by_negation("the provider shall not ", "notify"));
        assert!(!governed_by_negation("where these features do not suffice, eventia ", "assiste le client"));
    }
}

//! Searching a document's words, for rules that look past the typed model (rules look at tags,
//! facts and tables first, at a clause's words second). All phrases come from the lexicon's cues.

use dpa_lexicon::cues::{self, Cue};
pub use dpa_lexicon::sentences;
use dpa_syntax::Span;

use super::Context;
use crate::lang::{L10n, Message};
use crate::model::{Clause, ClauseKind, Fact, Paragraph};

/// Where a cue was found.
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a> {
    /// Source span of the matched words (for `find_together`: of the whole sentence).
    pub span: Span,
    pub paragraph: &'a Paragraph,
    /// Folded byte range of the sentence containing the match, in `paragraph.folded`.
    pub sentence: (usize, usize),
}

impl<'a> Hit<'a> {
    /// The clause the hit is in, if any.
    pub fn clause(&self, cx: &Context<'a>) -> Option<&'a Clause> {
        self.paragraph.clause.and_then(|id| cx.doc.clauses.get(id))
    }

    /// The folded text of the sentence, for further cue checks.
    pub fn sentence_text(&self) -> &'a str {
        &self.paragraph.folded.folded[self.sentence.0..self.sentence.1]
    }

    /// Source span of the whole sentence.
    pub fn sentence_span(&self) -> Span {
        let (from, to) = self.paragraph.folded.source_range(self.sentence.0, self.sentence.1);
        Span::new(from, to)
    }

    /// Whether `cue` occurs in the same sentence.
    pub fn sentence_matches(&self, cue: &Cue) -> bool {
        cue.matches_in(&self.paragraph.folded, self.sentence)
    }

    /// True when the hit rests on inferred clause kinds (untagged prose).
    pub fn inferred(&self, cx: &Context<'a>) -> bool {
        cx.doc.prose || self.clause(cx).is_some_and(Clause::inferred)
    }

    /// True when the match sits inside square brackets: a blank, an alternative or a drafting
    /// note (`[Drafting note: name the algorithm]`), not agreed contract text.
    pub fn bracketed(&self) -> bool {
        self.paragraph.bracketed(self.span)
    }
}

impl<'a> Context<'a> {
    /// Paragraphs inside clauses of any of `kinds`; every paragraph when `kinds` is empty.
    pub fn paragraphs_in(&self, kinds: &'a [ClauseKind]) -> impl Iterator<Item = &'a Paragraph> + 'a {
        let doc = self.doc;
        doc.paragraphs.iter().filter(move |p| {
            kinds.is_empty()
                || p.clause.and_then(|c| doc.clauses.get(c)).and_then(|c| c.kind).is_some_and(|k| kinds.contains(&k))
        })
    }

    /// Every non-negated match of `cue` in clauses of `kinds` (everywhere when empty).
    pub fn find_all(&self, cue: &Cue, kinds: &'a [ClauseKind]) -> Vec<Hit<'a>> {
        let mut hits = Vec::new();
        for paragraph in self.paragraphs_in(kinds) {
            for (start, end) in cue.find_all(&paragraph.folded) {
                let sentence = paragraph.folded.sentence_at(start).unwrap_or((0, start));
                if negated(&paragraph.folded.folded[sentence.0..start]) {
                    continue;
                }
                let (from, to) = paragraph.folded.source_range(start, end);
                hits.push(Hit { span: Span::new(from, to), paragraph, sentence });
            }
        }
        hits
    }

    /// The first non-negated match of `cue` in clauses of `kinds` (everywhere when empty).
    pub fn find(&self, cue: &Cue, kinds: &'a [ClauseKind]) -> Option<Hit<'a>> {
        self.find_all(cue, kinds).into_iter().next()
    }

    /// Every match of `cue` in clauses of `kinds` (everywhere when empty) that is agreed text:
    /// neither negated nor in brackets.
    pub fn find_agreed(&self, cue: &Cue, kinds: &'a [ClauseKind]) -> Vec<Hit<'a>> {
        self.find_all(cue, kinds).into_iter().filter(|hit| !hit.bracketed()).collect()
    }

    /// The first sentence in which every cue occurs, the first one not negated. The hit's span
    /// covers the sentence.
    pub fn find_together(&self, together: &[&Cue], kinds: &'a [ClauseKind]) -> Option<Hit<'a>> {
        let (first, rest) = together.split_first()?;
        self.find_all(first, kinds).into_iter().find_map(|hit| {
            rest.iter().all(|cue| hit.sentence_matches(cue)).then(|| Hit { span: hit.sentence_span(), ..hit })
        })
    }

    /// Whether any clause of `kind` exists (tagged, inherited or inferred).
    pub fn has_clause(&self, kind: ClauseKind) -> bool {
        self.doc.has_clause(kind)
    }
}

/// Whether the words just before a match (within its sentence) negate it: "shall not notify",
/// "no audit", "n'est pas tenu de", "aucun audit".
pub fn negated(sentence_prefix: &str) -> bool {
    let words: Vec<&str> = sentence_prefix.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let window = &words[words.len().saturating_sub(4)..];
    let negation = window
        .iter()
        .position(|word| cues::NEGATION_WORDS.contains(word) || word.starts_with("n'") || word.ends_with("n't"));
    // French `ne … que` restricts rather than negates: "n'agit que sur instruction" = only on
    // instruction.
    negation.is_some_and(|at| !window[at + 1..].iter().any(|word| *word == "que" || word.starts_with("qu'")))
}

/// Whether a finding about a clause that rests on `fact` rests on inference: the fact was read
/// from the words of untagged prose or of a clause whose kind was inferred. Read from the words
/// of a tagged clause, it is as certain as the clause.
pub fn fact_in_inferred_clause(cx: &Context<'_>, fact: &Fact) -> bool {
    fact.inferred && (cx.doc.prose || cx.clause(fact.clause).is_some_and(Clause::inferred))
}

/// The sentence added to a message resting on text search (untagged prose, inferred clause
/// kinds), saying how to make it certain.
pub fn inference_note(message: Message, inferred: bool, hint: L10n) -> Message {
    if !inferred {
        return message;
    }
    Message::new(
        format!("{} (Read from the text: {} to make this certain.)", message.en, hint.en),
        format!("{} (Lu dans le texte : {} pour le rendre certain.)", message.fr, hint.fr),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;

    #[test]
    fn matches_inside_square_brackets_are_not_agreed_text() {
        let source =
            "# Security {security}\nKeys are managed by the Provider. [Drafting note: ask who holds the keys.]\n";
        let bracketed: Vec<bool> = with_test_context(source, |cx| {
            let cue = Cue { id: "keys", en: &["keys"], fr: &[] };
            cx.find_all(&cue, &[]).iter().map(Hit::bracketed).collect()
        });
        assert_eq!(bracketed, [false, true]);
    }

    #[test]
    fn negation_looks_at_the_few_words_before() {
        assert!(negated("the provider shall not "));
        assert!(negated("le sous-traitant n'est pas tenu de "));
        assert!(negated("no "));
        assert!(!negated("the provider shall "));
        assert!(!negated("not applicable to this annex, but the provider shall in any event promptly "));
        assert!(!negated("le sous-traitant n'agit que sur "));
        assert!(negated("le sous-traitant n'agit pas sur "));
    }
}

//! Searching a document's words, for rules that look past the typed model (rules look at tags,
//! facts and tables first, at a clause's words second). All phrases come from the lexicon's cues.

use dpa_lexicon::cues::{self, Cue};
use dpa_syntax::Span;

use super::Context;
use crate::model::{Clause, ClauseKind, Paragraph};

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
            let sentences = sentences(&paragraph.folded.folded);
            for (start, end) in cue.find_all(&paragraph.folded) {
                let sentence = sentence_of(&sentences, start);
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

    /// The first sentence in which every cue occurs, the first one not negated. The hit's span
    /// covers the sentence.
    pub fn find_together(&self, together: &[&Cue], kinds: &'a [ClauseKind]) -> Option<Hit<'a>> {
        let (first, rest) = together.split_first()?;
        self.find_all(first, kinds).into_iter().find_map(|hit| {
            let sentence = &hit.paragraph.folded.folded[hit.sentence.0..hit.sentence.1];
            let sentence_text = dpa_lexicon::FoldedText::new(sentence, 0);
            rest.iter().all(|cue| cue.matches(&sentence_text)).then(|| {
                let (from, to) = hit.paragraph.folded.source_range(hit.sentence.0, hit.sentence.1);
                Hit { span: Span::new(from, to), ..hit }
            })
        })
    }

    /// Whether any clause of `kind` exists (tagged, inherited or inferred).
    pub fn has_clause(&self, kind: ClauseKind) -> bool {
        self.doc.has_clause(kind)
    }
}

/// Folded byte ranges of the sentences of a folded paragraph. A sentence ends at `.`, `;`, `!`
/// or `?` followed by a space, except after abbreviations (`art.`, `e.g.`, `no.`) and numbers.
pub fn sentences(folded: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let bytes = folded.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends = matches!(b, b'.' | b';' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|&next| next == b' ');
        if !ends {
            continue;
        }
        let word_before = folded[start..i].rsplit(' ').next().unwrap_or("");
        if b == b'.'
            && (cues::ABBREVIATIONS.contains(&word_before)
                || word_before.chars().all(|c| c.is_ascii_digit() || c == '.'))
        {
            continue;
        }
        ranges.push((start, i + 1));
        start = (i + 2).min(folded.len());
    }
    if start < folded.len() {
        ranges.push((start, folded.len()));
    }
    ranges
}

fn sentence_of(sentences: &[(usize, usize)], offset: usize) -> (usize, usize) {
    sentences.iter().copied().find(|&(start, end)| start <= offset && offset < end).unwrap_or((0, offset))
}

/// Whether the words just before a match (within its sentence) negate it: "shall not notify",
/// "no audit", "n'est pas tenu de", "aucun audit".
pub fn negated(sentence_prefix: &str) -> bool {
    let words: Vec<&str> = sentence_prefix.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let window = &words[words.len().saturating_sub(4)..];
    let negation = window.iter().position(|word| {
        cues::NEGATION_WORDS.contains(word) || word.starts_with("n'") || word.ends_with("n't")
    });
    // French `ne … que` restricts rather than negates: "n'agit que sur instruction" = only on
    // instruction.
    negation.is_some_and(|at| !window[at + 1..].iter().any(|word| *word == "que" || word.starts_with("qu'")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_but_not_abbreviations_or_numbers() {
        let text = "see art. 28 and clause 7.2. the provider shall notify; then stop";
        let parts: Vec<&str> = sentences(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(parts, ["see art. 28 and clause 7.2. the provider shall notify;", "then stop"]);
    }

    #[test]
    fn matches_inside_square_brackets_are_not_agreed_text() {
        let source = "# Security {security}\nKeys are managed by the Provider. [Drafting note: ask who holds the keys.]\n";
        let report = crate::lint(source, &crate::LintOptions::default());
        let options = crate::LintOptions::default();
        let cx = Context { source, doc: &report.document, options: &options, high_risk: false, today: None };
        let cue = Cue { id: "keys", en: &["keys"], fr: &[] };
        let bracketed: Vec<bool> = cx.find_all(&cue, &[]).iter().map(Hit::bracketed).collect();
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

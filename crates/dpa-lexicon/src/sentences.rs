//! Sentences of folded text: the unit in which rules read a duty ("the Provider shall notify the
//! Customer within 48 hours") and in which a negation counts.

use crate::cues::ABBREVIATIONS;

/// Folded byte ranges of the sentences of a folded paragraph. A sentence ends at `.`, `;`, `!`
/// or `?` followed by a space, except after abbreviations (`art.`, `e.g.`, `no.`) and numbers.
/// [`crate::FoldedText::sentences`] keeps the result with the text.
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
            && (ABBREVIATIONS.contains(&word_before) || word_before.chars().all(|c| c.is_ascii_digit() || c == '.'))
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
    fn a_folded_text_keeps_its_sentences() {
        let text = crate::FoldedText::new("Le Prestataire notifie le Client. Il l'assiste !", 0);
        assert_eq!(text.sentences(), sentences(&text.folded));
        assert_eq!(text.sentences().len(), 2);
    }
}

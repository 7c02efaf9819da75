//! Cue phrases: the words by which a clause shows what it does, in English and French.
//!
//! Rules look at the typed model first and at a clause's words second; this is where those words
//! live. Phrases are written folded (lower case, no accents, see [`crate::fold`]); a trailing `*`
//! on the last word matches any continuation (`notif*`). Each rule family keeps its cues in its
//! own file.

use crate::fold::FoldedText;

/// A named set of phrases with the same meaning, in every language.
#[derive(Debug, Clone, Copy)]
pub struct Cue {
    pub id: &'static str,
    pub en: &'static [&'static str],
    pub fr: &'static [&'static str],
}

impl Cue {
    pub fn phrases(&self) -> impl Iterator<Item = &'static str> {
        self.en.iter().chain(self.fr.iter()).copied()
    }

    /// Folded byte ranges of every match in `text`, in order, without overlaps.
    pub fn find_all(&self, text: &FoldedText) -> Vec<(usize, usize)> {
        let mut hits: Vec<(usize, usize)> = self.phrases().flat_map(|phrase| text.find_phrase(phrase)).collect();
        hits.sort_unstable();
        hits.dedup_by(|later, earlier| later.0 < earlier.1);
        hits
    }

    /// The first match in `text`.
    pub fn find(&self, text: &FoldedText) -> Option<(usize, usize)> {
        self.find_all(text).into_iter().next()
    }

    pub fn matches(&self, text: &FoldedText) -> bool {
        self.phrases().any(|phrase| !text.find_phrase(phrase).is_empty())
    }
}

/// Bracketed blanks in prose that mark an unfinished draft.
pub const PLACEHOLDER: Cue = Cue {
    id: "placeholder",
    en: &["tbd", "tbc", "xx", "xxx", "specify*", "insert*", "to be completed", "to be confirmed", "to be determined", "name of*", "date", "amount"],
    fr: &["a completer", "a preciser", "a definir", "a confirmer", "inserer*", "preciser", "nom du*", "montant"],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_matches_either_language() {
        let english = FoldedText::new("[SPECIFY retention period]", 0);
        let french = FoldedText::new("[À compléter]", 0);
        assert!(PLACEHOLDER.matches(&english));
        assert!(PLACEHOLDER.matches(&french));
        assert!(!PLACEHOLDER.matches(&FoldedText::new("[Customer]", 0)));
    }
}

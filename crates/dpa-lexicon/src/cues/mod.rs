//! Cue phrases: the words by which a clause shows what it does, in English and French.
//!
//! Rules look at the typed model first and at a clause's words second; this is where those words
//! live. Phrases are written folded (lower case, no accents, see [`crate::fold`]); a trailing `*`
//! on the last word matches any continuation (`notif*`). Each rule family keeps its cues in its
//! own file.

use crate::fold::FoldedText;
use crate::lang::Lang;

pub mod audits;
pub mod breach;
pub mod completeness;
pub(crate) mod index;
pub mod inference;
pub mod security;
pub mod subprocessors;
pub mod transfers;

pub use completeness::DEFERRED_TO_CONTROLLER;
pub use inference::{ANNEX_HEADING, HEADING_KINDS, HIGH_RISK_DATA};

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

    /// Whether `folded` is, as a whole, one of the cue's phrases in either language.
    pub fn has_phrase(&self, folded: &str) -> bool {
        self.phrases().any(|phrase| phrase == folded)
    }

    /// Whether `folded` is, as a whole, one of the cue's phrases in `lang`: for words whose folded
    /// form means something else in the other language (French « à » folds to the English "a").
    pub fn has_phrase_in(&self, lang: Lang, folded: &str) -> bool {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
        .contains(&folded)
    }

    /// Folded byte ranges of every match in `text`, in order, without overlaps.
    pub fn find_all(&self, text: &FoldedText) -> Vec<(usize, usize)> {
        match index::indexed_matches(self, text) {
            Some(hits) => hits.collect(),
            None => self.search(text),
        }
    }

    /// The matches lying within the folded byte range `range` of `text` (a sentence of a
    /// paragraph): searching part of a text this way costs nothing once the text was searched.
    pub fn find_all_in(&self, text: &FoldedText, range: (usize, usize)) -> Vec<(usize, usize)> {
        let within = |&(start, end): &(usize, usize)| range.0 <= start && end <= range.1;
        match index::indexed_matches(self, text) {
            Some(hits) => hits.filter(within).collect(),
            None => self.search(text).into_iter().filter(within).collect(),
        }
    }

    /// The first match in `text`.
    pub fn find(&self, text: &FoldedText) -> Option<(usize, usize)> {
        self.find_all(text).into_iter().next()
    }

    pub fn matches(&self, text: &FoldedText) -> bool {
        match index::indexed_matches(self, text) {
            Some(mut hits) => hits.next().is_some(),
            None => self.phrases().any(|phrase| !text.find_phrase(phrase).is_empty()),
        }
    }

    /// Whether a match lies within the folded byte range `range` of `text`.
    pub fn matches_in(&self, text: &FoldedText, range: (usize, usize)) -> bool {
        !self.find_all_in(text, range).is_empty()
    }

    /// Every phrase looked up on its own: the search the index stands for.
    fn search(&self, text: &FoldedText) -> Vec<(usize, usize)> {
        let mut hits: Vec<(usize, usize)> = self.phrases().flat_map(|phrase| text.find_phrase(phrase)).collect();
        hits.sort_unstable();
        hits.dedup_by(|later, earlier| later.0 < earlier.1);
        hits
    }
}

/// Bracketed blanks in prose that mark an unfinished draft: an instruction (`[insert …]`) or the
/// name of a party's detail to fill in (`[Address]`, « [Adresse du siège social] »).
pub const PLACEHOLDER: Cue = Cue {
    id: "placeholder",
    en: &[
        "tbd",
        "tbc",
        "xx",
        "xxx",
        "specify*",
        "insert*",
        "to be completed",
        "to be confirmed",
        "to be determined",
        "name",
        "date",
        "amount",
        "please specify*",
        "please insert*",
        "please complete*",
        "please enter*",
        "please fill in",
        "please describe*",
        "enter",
        "fill in",
        "complete",
        "describe",
        "todo",
        "to do",
        "placeholder",
        "address",
        "company name",
        "registered office",
        "registered address",
        "phone number",
        "telephone number",
        "registration number",
        "business id",
    ],
    fr: &[
        "a completer",
        "a preciser",
        "a definir",
        "a confirmer",
        "inserer*",
        "preciser",
        "nom",
        "montant",
        "veuillez preciser*",
        "veuillez indiquer*",
        "veuillez completer*",
        "veuillez saisir*",
        "veuillez renseigner*",
        "a remplir",
        "a renseigner",
        "a saisir",
        "indiquer",
        "renseigner",
        "saisir",
        "remplir",
        "decrire",
        "completer",
        "adresse",
        "raison sociale",
        "denomination sociale",
        "siege social",
        "numero de telephone",
        "numero d'immatriculation",
        "numero siren",
        "numero siret",
    ],
};

/// Field names of a form's address or signature block, folded: a paragraph made only of these,
/// in capitals ("NAME ORGANIZATION STREET POST CODE/CITY COUNTRY", « NOM SOCIÉTÉ ADRESSE VILLE »),
/// is a block left for a party to fill in, not a name.
pub const FORM_FIELD_NAMES: &[&str] = &[
    "name",
    "first",
    "last",
    "surname",
    "organization",
    "organisation",
    "company",
    "entity",
    "street",
    "address",
    "post",
    "postal",
    "postcode",
    "zip",
    "code",
    "city",
    "town",
    "state",
    "country",
    "title",
    "position",
    "signature",
    "date",
    "place",
    "email",
    "e-mail",
    "phone",
    "telephone",
    "nom",
    "prenom",
    "societe",
    "entreprise",
    "raison",
    "sociale",
    "denomination",
    "adresse",
    "rue",
    "ville",
    "pays",
    "fonction",
    "lieu",
    "siret",
    "siren",
    "siege",
    "courriel",
];

/// The verb after a quoted term that makes it a definition.
pub const DEFINITION_VERB: Cue = Cue {
    id: "definition-verb",
    en: &["means", "shall mean", "has the meaning", "shall have the meaning", "refers to", "includes"],
    fr: &["designe", "designent", "signifie", "s'entend", "a le sens", "renvoie a", "vise"],
};

/// Words that introduce an inline definition in parentheses: `(the "Provider")`.
pub const DEFINITION_INTRO: Cue = Cue {
    id: "definition-intro",
    en: &[
        "the",
        "hereinafter",
        "hereinafter the",
        "hereinafter, the",
        "together the",
        "each a",
        "collectively the",
        "hereinafter referred to as",
        "referred to as",
    ],
    fr: &[
        "le",
        "la",
        "les",
        "l'",
        "ci-apres",
        "ci-apres le",
        "ci-apres la",
        "ci-apres les",
        "ci-apres, le",
        "ci-apres, la",
        "ci-apres, les",
        "ci-apres denomme",
        "ci-apres denommee",
        "ensemble les",
    ],
};

/// Words that negate what follows within a few words ("shall not notify", "aucun audit").
pub const NEGATION_WORDS: &[&str] = &[
    // "without" and "sans" are left out on purpose: "without undue delay, notify" is not a negation.
    "not",
    "no",
    "never",
    "neither",
    "nor",
    "cannot",
    "excluding",
    "exclude",
    "excludes",
    "ne",
    "pas",
    "aucun",
    "aucune",
    "jamais",
    "ni",
    "exclu",
    "exclue",
    "exclus",
    "exclues",
    "nullement",
];

/// Abbreviations after which a full stop does not end a sentence (folded).
pub const ABBREVIATIONS: &[&str] = &[
    "art", "arts", "e.g", "i.e", "no", "nos", "cl", "sec", "para", "p", "pp", "etc", "inc", "ltd", "cf", "vs", "v",
    "ch", "al", "n", "s.a", "s.a.s", "co", "corp", "mr", "mrs", "ms", "dr", "st", "m", "mme", "me",
];

/// Test helper: every phrase is written folded (as the matcher compares), stars only ending words.
#[cfg(test)]
pub(crate) fn assert_folded(cues: &[Cue]) {
    for phrase in cues.iter().flat_map(Cue::phrases) {
        let literal: String = phrase.split('*').collect();
        assert_eq!(crate::fold(&literal), literal, "{phrase} is not folded");
        assert!(!phrase.contains("**") && !phrase.starts_with('*'), "{phrase}: a star ends a word");
        for (at, _) in phrase.match_indices('*') {
            assert!(phrase[at + 1..].chars().next().is_none_or(|c| c == ' '), "{phrase}: a star ends a word");
        }
    }
}

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

//! Folding: the one normalisation every comparison of words goes through.
//!
//! `fold` = case folding, then accent folding (decompose and drop combining marks),
//! with typographic variants mapped to ASCII (no-break and thin spaces, curly apostrophes,
//! dashes), and whitespace runs collapsed. `{Sécurité}`, `{securite}` and `{SECURITE}` fold alike.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Fold one character into zero or more characters, appending to `out`.
fn fold_char(ch: char, out: &mut String) {
    match ch {
        '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\t' | '\r' | '\n' => out.push(' '),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => out.push('-'),
        '\u{0153}' | '\u{0152}' => out.push_str("oe"),
        '\u{00E6}' | '\u{00C6}' => out.push_str("ae"),
        '\u{00DF}' => out.push_str("ss"),
        _ => {
            for lower in ch.to_lowercase() {
                for base in std::iter::once(lower).nfd().filter(|c| !is_combining_mark(*c)) {
                    out.push(base);
                }
            }
        }
    }
}

/// Folded form of `text` for comparisons: lower case, no accents, ASCII punctuation, single
/// spaces, trimmed.
pub fn fold(text: &str) -> String {
    FoldedText::new(text, 0).folded
}

/// Folded form of a keyword: like [`fold`], with spaces and underscores read as hyphens and
/// surrounding punctuation dropped, so `acting for`, `Acting_For` and `acting-for` are one key.
pub fn fold_key(text: &str) -> String {
    let folded = fold(text);
    let mut key = String::with_capacity(folded.len());
    for ch in folded.chars() {
        let ch = if ch == ' ' || ch == '_' { '-' } else { ch };
        if !(ch == '-' && key.ends_with('-')) {
            key.push(ch);
        }
    }
    key.trim_matches(|c: char| c == '-' || c == '.' || c == ':' || c == '\'' || c == '"').to_string()
}

/// Folded text that remembers, for every byte of the folded string, the byte offset in the
/// original it came from, so a match in folded text can be reported at the right place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoldedText {
    pub folded: String,
    /// `origins[i]` = source offset of folded byte `i`; one extra entry for the end.
    origins: Vec<usize>,
}

impl FoldedText {
    /// Fold `text`, whose first byte sits at `base` in the source.
    pub fn new(text: &str, base: usize) -> Self {
        Self::from_pieces(std::iter::once((text, base)))
    }

    /// Fold several pieces of source text as one string (e.g. a paragraph whose fact markup has
    /// been replaced by the fact values). Each piece is `(text, source offset of its first byte)`.
    pub fn from_pieces<'a>(pieces: impl IntoIterator<Item = (&'a str, usize)>) -> Self {
        let mut folded = String::new();
        let mut origins = Vec::new();
        let mut end = 0;
        let mut buffer = String::new();
        for (piece, base) in pieces {
            // Decomposing and dropping marks makes composed and decomposed input fold alike, so
            // no NFC pass is needed (it would also shift the offsets).
            for (offset, ch) in piece.char_indices() {
                let source = base + offset;
                buffer.clear();
                fold_char(ch, &mut buffer);
                for out in buffer.chars() {
                    // Collapse whitespace runs and drop leading whitespace.
                    if out == ' ' && (folded.is_empty() || folded.ends_with(' ')) {
                        continue;
                    }
                    folded.push(out);
                    origins.extend(std::iter::repeat_n(source, out.len_utf8()));
                }
                end = base + piece.len();
            }
        }
        while folded.ends_with(' ') {
            folded.pop();
            origins.pop();
        }
        let last = origins.last().map_or(end, |&o| o);
        origins.push(end.max(last));
        FoldedText { folded, origins }
    }

    /// Source byte range of folded range `start..end`.
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        let last = self.origins.len().saturating_sub(1);
        let from = self.origins.get(start.min(last)).copied().unwrap_or(0);
        let to = if end == 0 {
            from
        } else {
            // End at the byte after the last source char that produced folded byte `end - 1`.
            let origin = self.origins.get((end - 1).min(last)).copied().unwrap_or(from);
            let next = self.origins[end.min(last)..].iter().copied().find(|&o| o > origin);
            next.unwrap_or(self.origins[last])
        };
        (from, to.max(from))
    }

    /// Byte ranges (in folded text) where `phrase` occurs on word boundaries. `phrase` must be
    /// folded already; a trailing `*` on its last word matches any word continuation
    /// (`notif*` matches `notify`, `notification`, `notifie`).
    pub fn find_phrase(&self, phrase: &str) -> Vec<(usize, usize)> {
        let (needle, prefix) = match phrase.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (phrase, false),
        };
        if needle.is_empty() {
            return Vec::new();
        }
        let hay = self.folded.as_str();
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(pos) = hay.get(from..).and_then(|rest| rest.find(needle)) {
            let start = from + pos;
            let mut end = start + needle.len();
            let boundary_before = hay[..start].chars().next_back().is_none_or(|c| !is_word_char(c));
            if prefix {
                end += hay[end..].chars().take_while(|c| is_word_char(*c)).map(char::len_utf8).sum::<usize>();
            }
            let boundary_after = hay[end..].chars().next().is_none_or(|c| !is_word_char(c));
            if boundary_before && boundary_after {
                found.push((start, end));
            }
            from = start + needle.chars().next().map_or(1, char::len_utf8);
        }
        found
    }
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_typography() {
        assert_eq!(fold("Sécurité"), "securite");
        assert_eq!(fold("  Délai\u{a0}\u{a0}violation "), "delai violation");
        assert_eq!(fold("l’œuvre – Straße"), "l'oeuvre - strasse");
        assert_eq!(fold_key("Acting For"), "acting-for");
        assert_eq!(fold_key("faisant  foi :"), "faisant-foi");
        assert_eq!(fold_key("sous-traitants-ultérieurs"), "sous-traitants-ulterieurs");
    }

    #[test]
    fn decomposed_input_folds_like_composed() {
        assert_eq!(fold("se\u{301}curite\u{301}"), fold("sécurité"));
    }

    #[test]
    fn phrase_matches_map_back_to_source() {
        let source = "Le Prestataire NOTIFIE le Client.";
        let text = FoldedText::new(source, 10);
        let hits = text.find_phrase("notif*");
        assert_eq!(hits.len(), 1);
        let (from, to) = text.source_range(hits[0].0, hits[0].1);
        assert_eq!(&source[from - 10..to - 10], "NOTIFIE");
        assert!(text.find_phrase("client").len() == 1);
        assert!(text.find_phrase("lien").is_empty(), "word boundaries");
    }

    #[test]
    fn accented_source_maps_to_whole_characters() {
        let source = "Sécurité des données";
        let text = FoldedText::new(source, 0);
        let (start, end) = text.find_phrase("donnees")[0];
        let (from, to) = text.source_range(start, end);
        assert_eq!(&source[from..to], "données");
        let (start, end) = text.find_phrase("securite")[0];
        let (from, to) = text.source_range(start, end);
        assert_eq!(&source[from..to], "Sécurité");
    }
}

//! Tokens over folded text: the first step of every structured value parser.
//!
//! Letters and digits form separate tokens (`48h` is `48` + `h`, `TLSv1.2` is `tlsv` `1` `.` `2`,
//! `3DES` is `3` + `des`) and every other visible character is a one-character symbol; a flag
//! keeps whether whitespace came before, so parsers can tell `AES-256` from `AES 256` when it
//! matters and ignore the difference when it does not.

use crate::fold::FoldedText;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Number,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub text: &'a str,
    pub kind: TokenKind,
    /// Byte range in the folded text.
    pub start: usize,
    pub end: usize,
    /// Whitespace, or the start of the text, comes right before this token.
    pub spaced: bool,
}

impl Token<'_> {
    pub fn is_word(&self, word: &str) -> bool {
        self.kind == TokenKind::Word && self.text == word
    }

    pub fn is_symbol(&self, symbol: char) -> bool {
        self.kind == TokenKind::Symbol && self.text.starts_with(symbol)
    }

    /// The value of a digit run that fits in `u32`.
    pub fn number(&self) -> Option<u32> {
        if self.kind == TokenKind::Number {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

fn class(ch: char) -> Option<TokenKind> {
    if ch.is_ascii_digit() {
        Some(TokenKind::Number)
    } else if ch.is_alphanumeric() {
        Some(TokenKind::Word)
    } else if ch.is_whitespace() {
        None
    } else {
        Some(TokenKind::Symbol)
    }
}

/// Split folded text into tokens.
pub(crate) fn tokenize(folded: &str) -> Vec<Token<'_>> {
    Tokens::new(folded).collect()
}

/// The tokens of a text one at a time: phrase matching stops at the first token that differs
/// without splitting (or allocating) the rest of the phrase, which matters when every phrase
/// of a table is tried at every token of a long document.
struct Tokens<'a> {
    folded: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    spaced: bool,
}

impl<'a> Tokens<'a> {
    fn new(folded: &'a str) -> Self {
        Tokens { folded, chars: folded.char_indices().peekable(), spaced: true }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        while let Some((start, ch)) = self.chars.next() {
            let Some(kind) = class(ch) else {
                self.spaced = true;
                continue;
            };
            let mut end = start + ch.len_utf8();
            if kind != TokenKind::Symbol {
                while let Some(&(offset, next)) = self.chars.peek() {
                    if class(next) != Some(kind) {
                        break;
                    }
                    end = offset + next.len_utf8();
                    self.chars.next();
                }
            }
            let spaced = std::mem::replace(&mut self.spaced, false);
            return Some(Token { text: &self.folded[start..end], kind, start, end, spaced });
        }
        None
    }
}

/// Where the tokens of `phrase` (folded already) occur in `tokens` starting at `at`; returns the
/// index after the match. Hyphens are ignored on both sides, so `non-compliance` matches
/// `non compliance`.
pub(crate) fn match_phrase(tokens: &[Token], at: usize, phrase: &str) -> Option<usize> {
    // The phrase's first token must be the token at `at` itself (hyphens are skipped only after
    // it), so a different first byte rules the phrase out before it is split.
    let lead = phrase.trim_start();
    if !lead.starts_with('-') && lead.as_bytes().first() != tokens.get(at)?.text.as_bytes().first() {
        return None;
    }
    let mut index = at;
    for expected in Tokens::new(phrase).filter(|token| !token.is_symbol('-')) {
        while tokens.get(index).is_some_and(|token| token.is_symbol('-')) && index > at {
            index += 1;
        }
        let token = tokens.get(index)?;
        if token.text != expected.text {
            return None;
        }
        index += 1;
    }
    (index > at).then_some(index)
}

/// The first of `phrases` matching at `at`, as the index after it.
pub(crate) fn match_any(tokens: &[Token], at: usize, phrases: &[&str]) -> Option<usize> {
    phrases.iter().find_map(|phrase| match_phrase(tokens, at, phrase))
}

/// Folded text and its tokens, with the source it came from, for parsers that report where in
/// the source they found something.
pub(crate) struct Scanned<'s> {
    pub source: &'s str,
    pub folded: FoldedText,
}

impl<'s> Scanned<'s> {
    pub fn new(source: &'s str) -> Self {
        Scanned { source, folded: FoldedText::new(source, 0) }
    }

    pub fn tokens(&self) -> Vec<Token<'_>> {
        tokenize(&self.folded.folded)
    }

    /// Source byte range of tokens `first..last` (exclusive end, clamped).
    pub fn source_range(&self, tokens: &[Token], first: usize, last: usize) -> (usize, usize) {
        match (tokens.get(first), last.checked_sub(1).and_then(|index| tokens.get(index))) {
            (Some(from), Some(to)) if last > first => self.folded.source_range(from.start, to.end),
            _ => (0, 0),
        }
    }

    /// The source text of tokens `first..last`, as written.
    pub fn source_text(&self, tokens: &[Token], first: usize, last: usize) -> &'s str {
        let (from, to) = self.source_range(tokens, first, last);
        self.source.get(from..to).unwrap_or("")
    }

    /// The source text of one token, as written (case and accents kept).
    pub fn source_of(&self, token: &Token) -> &'s str {
        let (from, to) = self.folded.source_range(token.start, token.end);
        self.source.get(from..to).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(folded: &str) -> Vec<&str> {
        tokenize(folded).into_iter().map(|token| token.text).collect()
    }

    #[test]
    fn splits_letters_digits_and_symbols() {
        assert_eq!(texts("tlsv1.2"), ["tlsv", "1", ".", "2"]);
        assert_eq!(texts("48h, 3des-cbc"), ["48", "h", ",", "3", "des", "-", "cbc"]);
        assert_eq!(texts("jusqu'au  1er"), ["jusqu", "'", "au", "1", "er"]);
    }

    #[test]
    fn records_spacing_and_ranges() {
        let tokens = tokenize("aes 256-gcm");
        assert!(tokens[0].spaced && tokens[1].spaced);
        assert!(!tokens[2].spaced && !tokens[3].spaced);
        assert_eq!((tokens[3].start, tokens[3].end), (8, 11));
        assert_eq!(tokens[1].number(), Some(256));
        assert_eq!(tokens[0].number(), None);
    }

    #[test]
    fn phrases_ignore_hyphens() {
        let tokens = tokenize("if non compliance is found");
        assert_eq!(match_phrase(&tokens, 1, "non-compliance"), Some(3));
        assert_eq!(match_phrase(&tokens, 0, "non-compliance"), None);
        let hyphenated = tokenize("sous-traitant");
        assert_eq!(match_phrase(&hyphenated, 0, "sous traitant"), Some(3));
        assert_eq!(match_any(&hyphenated, 0, &["responsable", "sous-traitant"]), Some(3));
    }

    #[test]
    fn maps_tokens_back_to_the_source() {
        let scanned = Scanned::new("Chiffré en AES");
        let tokens = scanned.tokens();
        assert_eq!(scanned.source_of(&tokens[0]), "Chiffré");
        assert_eq!(scanned.source_range(&tokens, 2, 3), (12, 15));
        assert_eq!(scanned.source_range(&tokens, 3, 3), (0, 0));
    }
}

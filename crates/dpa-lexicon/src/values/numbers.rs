//! Numbers as contracts write them: figures with a decimal point or comma (`1.5`, `1,5`), words
//! in English or French (`forty-eight`, `soixante-douze`, `quatre-vingt-dix`), and a figure
//! restated in brackets (`forty-eight (48)`, `30 (trente)`).

use super::tokens::{Token, TokenKind};

/// Number words (folded) up to the tens. Compounds are sums (`forty-eight` = 40 + 8,
/// `soixante-dix` = 60 + 10); `quatre-vingt` and the hundreds are handled in [`words_at`].
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fourty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("vingts", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
];

const HUNDRED_WORDS: &[&str] = &["hundred", "cent", "cents"];

/// Words that join the parts of a spelled-out number (`one hundred and five`, `vingt et un`).
const JOINERS: &[&str] = &["and", "et"];

fn word_value(token: &Token) -> Option<u32> {
    if token.kind != TokenKind::Word {
        return None;
    }
    NUMBER_WORDS.iter().find(|(word, _)| *word == token.text).map(|&(_, value)| value)
}

fn is_hundred(token: &Token) -> bool {
    token.kind == TokenKind::Word && HUNDRED_WORDS.contains(&token.text)
}

fn is_number_word(token: &Token) -> bool {
    word_value(token).is_some() || is_hundred(token)
}

/// A number written in figures or words at `at`: its value and the index after it, including a
/// bracketed restatement. When words and figures disagree the first form wins.
pub(crate) fn number_at(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    let (value, end) =
        figure_at(tokens, at).or_else(|| words_at(tokens, at).map(|(value, end)| (f64::from(value), end)))?;
    Some((value, restatement_end(tokens, end)))
}

/// Digits with an optional decimal part written with a point or a comma and no spaces.
pub(crate) fn figure_at(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    let whole = tokens.get(at).filter(|token| token.kind == TokenKind::Number)?;
    let parse = |text: &str| text.parse::<f64>().ok().filter(|value| value.is_finite());
    if let (Some(separator), Some(fraction)) = (tokens.get(at + 1), tokens.get(at + 2)) {
        let decimal = (separator.is_symbol('.') || separator.is_symbol(',')) && !separator.spaced;
        if decimal && fraction.kind == TokenKind::Number && !fraction.spaced {
            return parse(&format!("{}.{}", whole.text, fraction.text)).map(|value| (value, at + 3));
        }
    }
    parse(whole.text).map(|value| (value, at + 1))
}

/// A spelled-out whole number in English or French, up to the hundreds.
pub(crate) fn words_at(tokens: &[Token], at: usize) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut end = None;
    let mut index = at;
    while let Some(token) = tokens.get(index) {
        let joiner = token.is_symbol('-') || (token.kind == TokenKind::Word && JOINERS.contains(&token.text));
        if joiner {
            if end.is_some() && tokens.get(index + 1).is_some_and(is_number_word) {
                index += 1;
                continue;
            }
            break;
        }
        if is_hundred(token) {
            value = value.max(1).saturating_mul(100);
        } else if let Some(word) = word_value(token) {
            // `quatre-vingt(s)` is 80, also after a hundred (`cent quatre-vingts`).
            value = if word == 20 && value % 100 == 4 { value + 76 } else { value.saturating_add(word) };
        } else {
            break;
        }
        index += 1;
        end = Some(index);
    }
    end.map(|end| (value, end))
}

/// After a number, `(48)` or `(forty-eight)` restating it: the index after the closing bracket,
/// or `end` unchanged.
fn restatement_end(tokens: &[Token], end: usize) -> usize {
    if !tokens.get(end).is_some_and(|token| token.is_symbol('(')) {
        return end;
    }
    let inner =
        figure_at(tokens, end + 1).or_else(|| words_at(tokens, end + 1).map(|(value, next)| (f64::from(value), next)));
    match inner {
        Some((_, close)) if tokens.get(close).is_some_and(|token| token.is_symbol(')')) => close + 1,
        _ => end,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn number(folded: &str) -> Option<(f64, usize)> {
        number_at(&tokenize(folded), 0)
    }

    fn value(folded: &str) -> Option<f64> {
        number(folded).map(|(value, _)| value)
    }

    #[test]
    fn figures_with_point_or_comma() {
        assert_eq!(value("48"), Some(48.0));
        assert_eq!(value("1.5"), Some(1.5));
        assert_eq!(value("1,5"), Some(1.5));
        assert_eq!(number("1, 5"), Some((1.0, 1)), "a comma followed by a space is a list");
        assert_eq!(value("hours"), None);
    }

    #[test]
    fn english_words() {
        assert_eq!(value("forty-eight"), Some(48.0));
        assert_eq!(value("forty eight"), Some(48.0));
        assert_eq!(value("seventy-two"), Some(72.0));
        assert_eq!(value("one"), Some(1.0));
        assert_eq!(value("one hundred"), Some(100.0));
        assert_eq!(value("one hundred and twenty"), Some(120.0));
        assert_eq!(value("ninety-nine"), Some(99.0));
    }

    #[test]
    fn french_words() {
        assert_eq!(value("quarante-huit"), Some(48.0));
        assert_eq!(value("soixante-douze"), Some(72.0));
        assert_eq!(value("soixante-dix"), Some(70.0));
        assert_eq!(value("soixante et onze"), Some(71.0));
        assert_eq!(value("quatre-vingts"), Some(80.0));
        assert_eq!(value("quatre-vingt-dix"), Some(90.0));
        assert_eq!(value("quatre-vingt-dix-neuf"), Some(99.0));
        assert_eq!(value("vingt et un"), Some(21.0));
        assert_eq!(value("vingt-quatre"), Some(24.0));
        assert_eq!(value("cent"), Some(100.0));
        assert_eq!(value("deux cents"), Some(200.0));
        assert_eq!(value("cent quatre-vingts"), Some(180.0));
        assert_eq!(value("une"), Some(1.0));
    }

    #[test]
    fn bracketed_restatement_is_consumed() {
        assert_eq!(number("forty-eight (48) hours"), Some((48.0, 6)));
        assert_eq!(number("30 (trente) jours"), Some((30.0, 4)));
        assert_eq!(number("30 (see below)"), Some((30.0, 1)));
    }

    #[test]
    fn joiners_stop_when_no_number_follows() {
        assert_eq!(number("twenty and more"), Some((20.0, 1)));
        assert_eq!(number("un an"), Some((1.0, 1)));
        assert_eq!(number("-"), None);
    }
}

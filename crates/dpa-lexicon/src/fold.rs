//! Folding: the one normalisation every comparison of words goes through.
//!
//! `fold` = case folding, then accent folding (decompose and drop combining marks),
//! with typographic variants mapped to ASCII (no-break and thin spaces, curly apostrophes,
//! dashes), and whitespace runs collapsed. `{Sécurité}`, `{securite}` and `{SECURITE}` fold alike.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::cues::index::CueHits;

/// Fold one ASCII byte: whitespace to a space, the backquote to an apostrophe, letters to lower
/// case.
fn fold_ascii(byte: u8) -> u8 {
    match byte {
        b'\t' | b'\r' | b'\n' => b' ',
        b'`' => b'\'',
        _ => byte.to_ascii_lowercase(),
    }
}

/// Fold one non-ASCII character into zero or more characters, appending to `out`.
fn fold_char(ch: char, out: &mut String) {
    match ch {
        '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{200A}' => out.push(' '),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{00B4}' => out.push('\''),
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
    let mut folded = String::with_capacity(text.len());
    fold_piece(text, 0, Markup::Kept, &mut folded, &mut |_, _| {});
    folded.truncate(folded.trim_end_matches(' ').len());
    folded
}

/// What folding does with Markdown emphasis and backslash escapes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Markup {
    /// Kept as characters: keywords and cue phrases, where `*` ends a stem (`notif*`).
    Kept,
    /// Folded away: drafts converted from Word or Markdown write `*strong encryption*`,
    /// `_Sub-processor_` or `SOC 2\.`, and the words must match as if plain.
    Dropped,
}

/// Whether a run of `run` `*` or `_` between `prev` and `next` (`None` at either end of the text)
/// is Markdown emphasis, as CommonMark's flanking rules read it, simplified: it opens before or
/// closes after text, is at most three long (longer runs are blanks to fill in, or rules), and
/// does not sit inside a word (`snake_case`, `a*b`). A bullet `* ` opens nothing and is kept.
fn is_emphasis(prev: Option<char>, next: Option<char>, run: usize) -> bool {
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let punctuation = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace() && !is_word_char(c));
    let opens = !space(next) && (!punctuation(next) || space(prev) || punctuation(prev));
    let closes = !space(prev) && (!punctuation(prev) || space(next) || punctuation(next));
    let inside_word = prev.is_some_and(is_word_char) && next.is_some_and(is_word_char);
    run <= 3 && (opens || closes) && !inside_word
}

/// Folds `piece`, whose first byte sits at `base` in the source, onto the end of `folded`
/// (whitespace runs collapsed, none leading), and tells `origin` the source offset and folded
/// length of every character appended; a length of 0 marks markup folded away at that offset.
fn fold_piece(piece: &str, base: usize, markup: Markup, folded: &mut String, origin: &mut impl FnMut(usize, usize)) {
    // Decomposing and dropping marks makes composed and decomposed input fold alike, so no NFC
    // pass is needed (it would also shift the offsets).
    let mut buffer = String::new();
    let bytes = piece.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if markup == Markup::Dropped {
            // `\[` is a literal `[`: the backslash goes, the character stays, and an escaped `*`
            // or `_` is no emphasis.
            if let Some(&escaped) = bytes.get(at + 1).filter(|&&next| byte == b'\\' && next.is_ascii_punctuation()) {
                origin(base + at, 0);
                folded.push(char::from(fold_ascii(escaped)));
                origin(base + at + 1, 1);
                at += 2;
                continue;
            }
            if byte == b'*' || byte == b'_' {
                let run = bytes[at..].iter().take_while(|&&other| other == byte).count();
                if is_emphasis(folded.chars().next_back(), piece[at + run..].chars().next(), run) {
                    origin(base + at, 0);
                } else {
                    for offset in at..at + run {
                        folded.push(char::from(byte));
                        origin(base + offset, 1);
                    }
                }
                at += run;
                continue;
            }
        }
        // Most text is ASCII: one byte that folds to one byte, with nothing to decompose.
        if byte.is_ascii() {
            let out = fold_ascii(byte);
            if !(out == b' ' && (folded.is_empty() || folded.ends_with(' '))) {
                folded.push(char::from(out));
                origin(base + at, 1);
            }
            at += 1;
            continue;
        }
        let Some(ch) = piece[at..].chars().next() else { break };
        buffer.clear();
        fold_char(ch, &mut buffer);
        for out in buffer.chars() {
            if out == ' ' && (folded.is_empty() || folded.ends_with(' ')) {
                continue;
            }
            folded.push(out);
            origin(base + at, out.len_utf8());
        }
        at += ch.len_utf8();
    }
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

/// The words of a text as the rules compare them: runs of letters and digits, apostrophes and
/// hyphens kept inside (`l'abonne`, `sub-processor`), every other character a separator.
pub fn words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-')).filter(|word| !word.is_empty())
}

/// A source offset as stored in [`FoldedText`]: four bytes, like the word ranges; an offset past
/// 4 GiB (a source far larger than its model could hold in memory) saturates.
fn offset32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// Folded text that remembers, for every byte of the folded string, the byte offset in the
/// original it came from, so a match in folded text can be reported at the right place.
#[derive(Debug, Clone, Default)]
pub struct FoldedText {
    pub folded: String,
    /// `origins[i]` = source offset of folded byte `i`; one extra entry for the end. Four bytes,
    /// as for the word ranges: they are most of a long document's model.
    origins: Vec<u32>,
    /// Source offsets where Markdown markup was folded away (the first byte of each emphasis
    /// run or escape), in order: a match ends before the markup that follows it.
    markup: Vec<u32>,
    /// Word ranges sorted by their text, built on the first search: rules look up hundreds of
    /// phrases per paragraph, and a binary search for the first word beats scanning the text.
    words: std::sync::OnceLock<Vec<(u32, u32)>>,
    /// The matches of every indexed cue, found on the first cue search.
    cues: std::sync::OnceLock<CueHits>,
    /// Sentence ranges, split on first use.
    sentences: std::sync::OnceLock<Vec<(usize, usize)>>,
}

impl PartialEq for FoldedText {
    fn eq(&self, other: &Self) -> bool {
        self.folded == other.folded && self.origins == other.origins
    }
}

impl Eq for FoldedText {}

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
        let mut markup = Vec::new();
        let mut end = 0;
        for (piece, base) in pieces {
            folded.reserve(piece.len());
            origins.reserve(piece.len());
            if !piece.is_empty() {
                end = base + piece.len();
            }
            fold_piece(piece, base, Markup::Dropped, &mut folded, &mut |source, length| {
                if length == 0 {
                    markup.push(offset32(source));
                }
                origins.extend(std::iter::repeat_n(offset32(source), length));
            });
        }
        while folded.ends_with(' ') {
            folded.pop();
            origins.pop();
        }
        let last = origins.last().map_or(offset32(end), |&o| o);
        origins.push(offset32(end).max(last));
        FoldedText {
            folded,
            origins,
            markup,
            words: std::sync::OnceLock::new(),
            cues: std::sync::OnceLock::new(),
            sentences: std::sync::OnceLock::new(),
        }
    }

    fn sorted_words(&self) -> &[(u32, u32)] {
        self.words.get_or_init(|| {
            let text = self.folded.as_str();
            let mut words: Vec<(u32, u32)> = word_ranges(text).map(|(start, end)| (start as u32, end as u32)).collect();
            // By text, then position: the occurrences of one word come in text order.
            words.sort_unstable_by(|a, b| {
                text[a.0 as usize..a.1 as usize].cmp(&text[b.0 as usize..b.1 as usize]).then(a.0.cmp(&b.0))
            });
            words
        })
    }

    /// Every indexed cue's matches in this text, found in one pass on first use.
    pub(crate) fn cue_hits(&self) -> &CueHits {
        self.cues.get_or_init(|| CueHits::scan(self))
    }

    /// Folded byte ranges of the sentences (see [`crate::sentences`]), split on first use.
    pub fn sentences(&self) -> &[(usize, usize)] {
        self.sentences.get_or_init(|| crate::sentences(&self.folded))
    }

    /// The sentence containing folded offset `offset`, if any (none between two sentences).
    pub fn sentence_at(&self, offset: usize) -> Option<(usize, usize)> {
        let sentences = self.sentences();
        let at = sentences.partition_point(|&(_, end)| end <= offset);
        sentences.get(at).copied().filter(|&(start, _)| start <= offset)
    }

    /// Start offsets of words equal to `word` (or starting with it when `prefix`), in text order.
    fn word_starts(&self, word: &str, prefix: bool) -> Vec<usize> {
        let text = self.folded.as_str();
        let words = self.sorted_words();
        let key = |&(start, end): &(u32, u32)| &text[start as usize..end as usize];
        let from = words.partition_point(|w| key(w) < word);
        let mut starts: Vec<usize> = words[from..]
            .iter()
            .take_while(|w| if prefix { key(w).starts_with(word) } else { key(w) == word })
            .map(|w| w.0 as usize)
            .collect();
        if prefix {
            // Several words share the stem; one word's occurrences are in order already.
            starts.sort_unstable();
        }
        starts
    }

    /// The folded byte offset whose source is at or after `source_offset`: the way back from a
    /// source position (a parser's words in the paragraph text) to the folded text.
    pub fn folded_offset(&self, source_offset: usize) -> usize {
        // Folding keeps source offsets in order.
        let text = &self.folded;
        let mut at =
            self.origins[..text.len().min(self.origins.len())].partition_point(|&o| (o as usize) < source_offset);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
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
            let next = next.unwrap_or(self.origins[last]);
            let markup_after = self.markup.get(self.markup.partition_point(|&m| m <= origin)).copied();
            markup_after.filter(|&m| m < next).unwrap_or(next)
        };
        (from as usize, to.max(from) as usize)
    }

    /// Where `phrase` ends when it occurs at folded offset `start` (on word boundaries, as
    /// [`Self::find_phrase`] reads it), without searching the rest of the text: "does this label
    /// open with that phrase".
    pub fn phrase_at(&self, phrase: &str, start: usize) -> Option<usize> {
        // The first byte rules out most phrases before any splitting.
        let first_byte = phrase.as_bytes().first().filter(|&&byte| byte != b'*');
        let starts_a_phrase = first_byte.is_some() && self.folded.as_bytes().get(start) == first_byte;
        (starts_a_phrase && self.folded.is_char_boundary(start))
            .then(|| phrase_end(&self.folded, phrase.split('*'), start))
            .flatten()
    }

    /// Byte ranges (in folded text) where `phrase` occurs on word boundaries. `phrase` must be
    /// folded already; a `*` ending a word matches any continuation of that word (`notif*`
    /// matches `notify`, `notification`; `titre* de sejour` matches `titres de sejour`).
    pub fn find_phrase(&self, phrase: &str) -> Vec<(usize, usize)> {
        // Literal parts between stars; after each part but the last, the word may go on.
        let head = phrase.split('*').next().unwrap_or("");
        if head.is_empty() {
            return Vec::new();
        }
        let hay = self.folded.as_str();
        let matches_at = |start: usize| phrase_end(hay, phrase.split('*'), start).map(|end| (start, end));
        // A phrase that starts with a word is looked up through the word index; candidates are
        // then checked exactly as the scan below would.
        if let Some((word, stem)) = first_word(phrase) {
            return self.word_starts(word, stem).into_iter().filter_map(matches_at).collect();
        }
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(pos) = hay.get(from..).and_then(|rest| rest.find(head)) {
            let start = from + pos;
            found.extend(matches_at(start));
            from = start + head.chars().next().map_or(1, char::len_utf8);
        }
        found
    }
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Byte ranges of the words of `text` (runs of letters and digits), in order.
pub(crate) fn word_ranges(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    text.char_indices().chain(std::iter::once((text.len(), ' '))).filter_map(move |(i, c)| {
        match (start, is_word_char(c)) {
            (None, true) => start = Some(i),
            (Some(from), false) => {
                start = None;
                return Some((from, i));
            }
            _ => {}
        }
        None
    })
}

/// The word a phrase begins with, and whether that word is a stem that any longer word matches
/// (`notif*`); `None` when the phrase begins with a symbol.
pub(crate) fn first_word(phrase: &str) -> Option<(&str, bool)> {
    let head = &phrase[..phrase.find('*').unwrap_or(phrase.len())];
    let len = word_len(head);
    (len > 0).then(|| (&head[..len], len == head.len() && phrase.len() > head.len()))
}

/// The length of the word `text` begins with (0 when it begins with no word character). Phrases
/// are looked up by their first word many times per paragraph, and most are ASCII: bytes are
/// read as such until a non-ASCII one, from which on characters are.
fn word_len(text: &str) -> usize {
    for (at, byte) in text.bytes().enumerate() {
        if !byte.is_ascii() {
            let rest = &text[at..];
            return at + rest.char_indices().find(|(_, c)| !is_word_char(*c)).map_or(rest.len(), |(i, _)| i);
        }
        if !byte.is_ascii_alphanumeric() {
            return at;
        }
    }
    text.len()
}

/// Where a phrase, split at its stars into `parts`, ends when it starts at `start` of `hay`: the
/// phrase must begin and end on word boundaries, and after each part but the last the word may
/// go on.
pub(crate) fn phrase_end<'p>(hay: &str, parts: impl IntoIterator<Item = &'p str>, start: usize) -> Option<usize> {
    if hay[..start].chars().next_back().is_some_and(is_word_char) {
        return None;
    }
    let mut end = start;
    for (index, part) in parts.into_iter().enumerate() {
        if index > 0 {
            end += hay[end..].chars().take_while(|c| is_word_char(*c)).map(char::len_utf8).sum::<usize>();
        }
        if !hay.get(end..)?.starts_with(part) {
            return None;
        }
        end += part.len();
    }
    hay[end..].chars().next().is_none_or(|c| !is_word_char(c)).then_some(end)
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
    fn a_word_ends_at_the_first_character_that_is_no_letter_or_digit() {
        for (text, word) in [("notif*", "notif"), ("securite des", "securite"), ("données à", "données"), ("a§b", "a")]
        {
            assert_eq!(&text[..word_len(text)], word);
        }
        assert_eq!(word_len("§ 3"), 0);
        assert_eq!(word_len("l'accord"), 1);
        assert_eq!(first_word("sous-trait* ulterieur*"), Some(("sous", false)));
        assert_eq!(first_word("notif*"), Some(("notif", true)));
        assert_eq!(first_word("(48)"), None);
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
        let plural = FoldedText::new("les sous-traitants ulterieurs et les titres de sejour", 0);
        assert_eq!(plural.find_phrase("sous-traitant* ulterieur*").len(), 1);
        assert_eq!(plural.find_phrase("titre* de sejour").len(), 1);
        assert!(plural.find_phrase("titre* de sejours").is_empty());
    }

    #[test]
    fn an_offset_belongs_to_the_sentence_around_it() {
        let text = FoldedText::new("First one. Second one. Third", 0);
        assert_eq!(text.sentence_at(0), Some((0, 10)));
        assert_eq!(text.sentence_at(15), Some((11, 22)));
        assert_eq!(text.sentence_at(27), Some((23, 28)));
        assert_eq!(text.sentence_at(10), None, "the space between two sentences");
        assert_eq!(text.sentence_at(99), None);
    }

    #[test]
    fn folded_offsets_follow_accents() {
        let folded = FoldedText::new("Sécurité TLS", 0);
        assert_eq!(&folded.folded[folded.folded_offset("Sécurité ".len())..], "tls");
        assert_eq!(folded.folded_offset(0), 0);
        assert_eq!(folded.folded_offset(99), folded.folded.len());
    }

    #[test]
    fn a_phrase_is_matched_at_an_offset() {
        let text = FoldedText::new("Nature des operations: hebergement", 0);
        assert_eq!(text.phrase_at("nature", 0), Some(6));
        assert_eq!(text.phrase_at("nature des operation*", 0), Some(21));
        assert_eq!(text.phrase_at("des", 7), Some(10));
        assert_eq!(text.phrase_at("nat", 0), None, "word boundary");
        assert_eq!(text.phrase_at("des", 6), None, "the offset is where the phrase starts");
        assert_eq!(text.phrase_at("*", 0), None);
        assert_eq!(text.phrase_at("", 6), None, "as find_phrase: an empty phrase matches nowhere");
        assert_eq!(text.phrase_at("nature", 99), None);
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

    #[test]
    fn markdown_emphasis_and_escapes_fold_away() {
        let folded = |text: &str| FoldedText::new(text, 0).folded;
        assert_eq!(folded("*strong encryption* at rest"), "strong encryption at rest");
        assert_eq!(folded("***Secure key management***: yes"), "secure key management: yes");
        assert_eq!(folded("the _Subprocessor_ and __Processor__"), "the subprocessor and processor");
        assert_eq!(folded("ISO/IEC 27001 and SOC 2\\."), "iso/iec 27001 and soc 2.");
        assert_eq!(folded("\\[insert\\] (*insert agreement*)"), "[insert] (insert agreement)");
        assert_eq!(folded("**“Master Agreement”**"), "\"master agreement\"");
        assert_eq!(folded("« *chiffrement des connexions* »"), "\" chiffrement des connexions \"");
        assert_eq!(folded("\\*not emphasis\\*"), "*not emphasis*", "escaped stars are literal");
    }

    #[test]
    fn markup_that_is_no_emphasis_stays() {
        let folded = |text: &str| FoldedText::new(text, 0).folded;
        assert_eq!(folded("* first item"), "* first item", "a bullet opens nothing");
        assert_eq!(folded("Name: ________, date: ____"), "name: ________, date: ____", "blanks to fill in");
        assert_eq!(folded("snake_case and a*b"), "snake_case and a*b");
        assert_eq!(folded("2 * 3 and C:\\path"), "2 * 3 and c:\\path");
        assert_eq!(fold("notif* _x_ \\["), "notif* _x_ \\[", "keywords and cue phrases keep their markup");
    }

    #[test]
    fn matches_in_emphasised_text_map_back_to_the_words() {
        let source = "Keys: ***Secure key management***. Certified **ISO/IEC 27001** and *SOC 2*\\.";
        let text = FoldedText::new(source, 100);
        let range_of = |phrase: &str| {
            let (start, end) = text.find_phrase(phrase)[0];
            let (from, to) = text.source_range(start, end);
            &source[from - 100..to - 100]
        };
        assert_eq!(range_of("secure key management"), "Secure key management");
        assert_eq!(range_of("iso/iec 27001"), "ISO/IEC 27001");
        assert_eq!(range_of("soc 2"), "SOC 2");
        assert_eq!(range_of("27001 and soc"), "27001** and *SOC");
        let period = text.folded.len() - 1;
        assert_eq!(text.source_range(period, period + 1), (source.len() - 1 + 100, source.len() + 100), "escaped");
        assert_eq!(text.folded_offset(100 + source.find("***").unwrap_or(0)), text.find_phrase("secure")[0].0);
    }

    /// The plain scan the word index replaces: every occurrence on word boundaries.
    fn scan(hay: &str, phrase: &str) -> Vec<(usize, usize)> {
        let (needle, prefix) = phrase.strip_suffix('*').map_or((phrase, false), |stem| (stem, true));
        let boundary = |c: Option<char>| c.is_none_or(|c| !is_word_char(c));
        hay.match_indices(needle)
            .filter_map(|(start, _)| {
                let mut end = start + needle.len();
                if prefix {
                    end += hay[end..].chars().take_while(|c| is_word_char(*c)).map(char::len_utf8).sum::<usize>();
                }
                (boundary(hay[..start].chars().next_back()) && boundary(hay[end..].chars().next()))
                    .then_some((start, end))
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn indexed_search_agrees_with_a_plain_scan(
            words in proptest::collection::vec("(audit|audits|notify|notif|l'audit|d'impact|tls|1\\.2|é|x)", 0..30),
            phrase in "(audit|audit\\*|notif\\*|l'audit|d'impact|tls 1\\.2|'audit|x)",
        ) {
            let text = FoldedText::new(&words.join(" "), 0);
            let mut expected = scan(&text.folded, &phrase);
            expected.dedup();
            proptest::prop_assert_eq!(text.find_phrase(&phrase), expected.clone());
            let at_each_offset: Vec<(usize, usize)> = (0..text.folded.len())
                .filter_map(|start| text.phrase_at(&phrase, start).map(|end| (start, end)))
                .collect();
            proptest::prop_assert_eq!(at_each_offset, expected);
        }
    }
}

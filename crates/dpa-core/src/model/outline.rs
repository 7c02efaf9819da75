//! The outline of untagged text (language.md §6): which lines of a plain-text, Markdown or Word
//! DPA are headings although they carry no `#`. Contracts number their clauses ("7. Security",
//! "ARTICLE 8 – AUDITS", "§ 5", "Clause 9.1"), group them in parts and annexes ("PART B",
//! "Annex II"), run a short title into the paragraph ("3. Security. We will …") or set a title
//! in capitals. Only prose mode reads lines this way; a `.dpa` file's outline is its `#` lines.

use std::borrow::Cow;

use dpa_lexicon::cues::inference::{
    CONTAINER_LINKS, CONTAINER_WORDS, CONTINUING_WORDS, NUMBER_ABBREVIATIONS, SECTION_WORDS, SENTENCE_OPENERS,
    SENTENCE_VERBS, STREET_TYPES,
};
use dpa_lexicon::cues::ABBREVIATIONS;
use dpa_lexicon::{fold, FoldedText};

/// What numbers a heading line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Numbering {
    /// `Annex II`, `Schedule 2`, `PART B`: a part of the document that holds clauses.
    Container,
    /// `7`, `7.2`, `§ 5`, `Article 8`, `Clause 9.1`, `IV.`: the depth of the number.
    Number(usize),
    /// `(1)`, `(a)`: one level below the current number.
    Sub,
    /// No number: a title in capitals, or a short line standing alone.
    Unnumbered,
}

/// A line read as a heading. Ranges are byte offsets in the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct HeadingLine {
    pub numbering: Numbering,
    /// The label and the title (without the period that ends a run-in title).
    pub heading: (usize, usize),
    /// Where the paragraph starts when the title runs into it ("3. Security. We will …").
    pub body: Option<usize>,
}

/// A clause label at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Label {
    pub numbering: Numbering,
    /// Where the words after the label (and its separators) start.
    pub text_start: usize,
    /// Worded (`Article 8`, `Clause 9.1`, `§ 5`): the title may stand alone on the line
    /// (`ARTICLE 8`), and such a line is never an item of a list; bare numbers need words.
    pub named: bool,
}

/// Most words a title has; a longer line is a sentence.
const MAX_TITLE_WORDS: usize = 14;
/// Most words of a title that ends with a period.
const MAX_PERIOD_TITLE_WORDS: usize = 8;
/// Most words of a title that runs into its paragraph.
const MAX_RUN_IN_WORDS: usize = 8;
/// Most words of an unnumbered line standing alone that reads as a heading ("Preamble").
const MAX_STANDALONE_WORDS: usize = 6;
/// Most words of a numbered title standing alone without a final period ("11.1.6.9 Aide du
/// Sous-traitant dans le cadre du respect par le Responsable de traitement de ses obligations").
const MAX_STANDALONE_TITLE_WORDS: usize = 20;

/// The line as a heading, if it reads as one. `standalone`: the line is a paragraph on its own
/// (blank lines around it), or a numbered title with its paragraph on the lines after it.
/// Inline HTML tags (`<span class="header_2">Title</span>`) are layout: give the line through
/// [`without_inline_html`].
pub(super) fn heading_line(line: &str, standalone: bool) -> Option<HeadingLine> {
    let start = line.len() - line.trim_start().len();
    if is_bullet(&line[start..]) || line[start..].starts_with('|') {
        return None;
    }
    match label(line) {
        Some(label) => numbered_heading(line, start, label, standalone),
        None => unnumbered_heading(line, start, standalone),
    }
}

fn numbered_heading(line: &str, start: usize, label: Label, standalone: bool) -> Option<HeadingLine> {
    let start = start + line[start..].len() - line[start..].trim_start_matches(['*', '_']).len();
    let end = trim_end_emphasis(line);
    let title_start = label.text_start.min(end);
    let title = &line[title_start..end];
    let heading = |title_end: usize, body: Option<usize>| HeadingLine {
        numbering: label.numbering,
        heading: (start, title_end),
        body,
    };
    if title.trim().is_empty() {
        return label.named.then(|| heading(title_start, None));
    }
    if label.numbering == Numbering::Container {
        return container_title(title).then(|| heading(title_start + title_length(title), None));
    }
    if !starts_with_capital(title) || is_street_address(line, start, title_start, title) {
        return None;
    }
    if let Some((title_end, body)) = run_in_title(line, title_start, end).or_else(|| bold_label(line, title_start)) {
        return Some(heading(title_end, Some(body)));
    }
    let words = word_count(title);
    let ends_with_period = title.trim_end().ends_with('.');
    let most_words = if standalone && !ends_with_period { MAX_STANDALONE_TITLE_WORDS } else { MAX_TITLE_WORDS };
    let fits = words <= most_words && (!ends_with_period || words <= MAX_PERIOD_TITLE_WORDS);
    (fits
        && (!ends_like_a_clause(title) || titled_by_type(title))
        && !is_label_value(title)
        && !has_sentence_verb(title))
    .then(|| heading(title_start + title_length(title), None))
}

/// A numbered title set apart by its type, in capitals or in bold ("7. **INTERNATIONAL
/// TRANSFERS**:"): the colon after it closes the title, where after a sentence it would
/// introduce a list.
fn titled_by_type(title: &str) -> bool {
    let Some(title) = title.trim_end().strip_suffix(':') else { return false };
    let title = title.trim_end();
    // The label takes the opening `**`: the title is bold when it closes one and holds no other.
    let bold = title
        .trim_start_matches('*')
        .strip_suffix("**")
        .is_some_and(|inner| !inner.trim().is_empty() && !inner.contains("**"));
    bold || in_capitals(title)
}

/// Letters, none of them in lower case.
fn in_capitals(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// The words after an annex's number ("Annex 2 – Security measures", "Appendix 2 of the
/// Agreement Pursuant to Art. 28 GDPR:", « Annexe 1 au contrat : Description du traitement »):
/// a title without a verb, which may tie the annex to its contract in lower case, give a
/// subtitle after a colon or introduce the annex's contents with one.
fn container_title(title: &str) -> bool {
    let title = title.trim_end();
    let first_word = fold(title.split_whitespace().next().unwrap_or(""));
    let linked = CONTAINER_LINKS.has_phrase(&first_word);
    let ends_with_period = title.ends_with('.');
    let words = word_count(title);
    let opening = if linked { !ends_with_period } else { starts_with_capital(title) };
    opening
        && words <= MAX_TITLE_WORDS
        && (!ends_with_period || words <= MAX_PERIOD_TITLE_WORDS)
        && !title.ends_with([',', ';'])
        && !has_sentence_verb(title)
}

/// Length of a title without the period or colon that closes it and the spaces before them.
fn title_length(title: &str) -> usize {
    title.trim_end().trim_end_matches(['.', ':']).trim_end().len()
}

/// A title in capitals ("DATA PROCESSING AGREEMENT", "ANNEXE – DESCRIPTION DU TRAITEMENT"), or a
/// short capitalised line standing alone without punctuation ("Preamble").
fn unnumbered_heading(line: &str, start: usize, standalone: bool) -> Option<HeadingLine> {
    let end = trim_end_emphasis(line);
    let title_start = start + line[start..].len() - line[start..].trim_start_matches(['*', '_']).len();
    let title = &line[title_start..end.max(title_start)];
    if title.chars().filter(|c| c.is_alphabetic()).count() < 3
        || !starts_with_capital(title)
        || has_sentence_verb(title)
        || ends_like_a_clause(title)
        || is_label_value(title)
    {
        return None;
    }
    let words = word_count(title);
    let capitals = in_capitals(title) && words <= MAX_TITLE_WORDS;
    let short_alone = standalone
        && words <= MAX_STANDALONE_WORDS
        && starts_with_capital(title)
        && title.trim_end().ends_with(|c: char| c.is_alphabetic())
        && !title.contains(|c: char| c.is_ascii_digit() || c == ':')
        // "Business ID xxxxxxxx": a figure left to fill is still a figure, not a title word.
        && super::placeholders::masked_figure_spans(title).is_empty();
    let title_end = title_start + title_length(title);
    (capitals || short_alone).then_some(HeadingLine {
        numbering: Numbering::Unnumbered,
        heading: (title_start, title_end),
        body: None,
    })
}

/// "88 Colin P. Kelly Jr. Street", "12 Rue de la Paix": a house number (no period or
/// parenthesis after it) with a street type last (English) or first (French).
fn is_street_address(line: &str, start: usize, title_start: usize, title: &str) -> bool {
    let bare_number = line[start..title_start].trim_end().chars().all(|c| c.is_ascii_digit());
    let words: Vec<String> =
        title.split_whitespace().map(|word| fold(word.trim_matches(|c: char| !c.is_alphanumeric()))).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    bare_number && (STREET_TYPES.en.contains(&last.as_str()) || STREET_TYPES.fr.contains(&first.as_str()))
}

/// The line with inline HTML tags (`<span class="header_2">`, `</span>`, `<br/>`) blanked
/// out, byte for byte, so that offsets in it are offsets in the line. Other angle brackets
/// (`<Name of the processor>`, "< 5 days") stay.
pub(crate) fn without_inline_html(line: &str) -> Cow<'_, str> {
    if !line.contains('<') {
        return Cow::Borrowed(line);
    }
    let mut masked = line.as_bytes().to_vec();
    let mut changed = false;
    let mut from = 0;
    while let Some(open) = line[from..].find('<').map(|at| from + at) {
        from = open + 1;
        let Some(close) = line[open..].find('>').map(|at| open + at) else { break };
        if is_inline_html_tag(&line[open + 1..close]) {
            masked[open..=close].fill(b' ');
            changed = true;
            from = close + 1;
        }
    }
    match changed {
        // Only whole tags, which start and end with ASCII brackets, were blanked.
        true => Cow::Owned(String::from_utf8(masked).unwrap_or_else(|_| line.to_string())),
        false => Cow::Borrowed(line),
    }
}

/// Inline HTML that Markdown pages and converters leave around words.
const INLINE_HTML_TAGS: &[&str] = &[
    "a", "abbr", "b", "br", "cite", "code", "del", "div", "em", "font", "i", "ins", "kbd", "mark", "p", "s", "small",
    "span", "strong", "sub", "sup", "u",
];

/// `span class="x"`, `/span`, `br/`: what is between `<` and `>` of a known inline tag.
fn is_inline_html_tag(inside: &str) -> bool {
    let name = inside.strip_prefix('/').unwrap_or(inside);
    let name_end = name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(name.len());
    let rest = &name[name_end..];
    INLINE_HTML_TAGS.contains(&name[..name_end].to_ascii_lowercase().as_str())
        && (rest.is_empty() || rest == "/" || rest.starts_with(char::is_whitespace))
        && !inside.contains('<')
}

/// "Security Incidents. Provider shall …": a short capitalised title without a verb, ended by
/// a period (inside or before closing emphasis), with more text after it. Returns where the
/// title ends and where the body starts.
fn run_in_title(line: &str, from: usize, end: usize) -> Option<(usize, usize)> {
    let text = &line[from..end];
    let mut searched = 0;
    while let Some(dot) = text[searched..].find('.').map(|at| searched + at) {
        searched = dot + 1;
        let after = &text[dot + 1..];
        let after_emphasis = after.trim_start_matches(['*', '_']);
        if !after_emphasis.starts_with(char::is_whitespace) {
            continue;
        }
        let title = text[..dot].trim_end_matches(['*', '_']);
        let last_word = fold(title.rsplit(|c: char| c.is_whitespace() || c == '*').next().unwrap_or(""));
        if ABBREVIATIONS.contains(&last_word.as_str()) {
            continue;
        }
        let body = dot + 1 + (after.len() - after_emphasis.trim_start().len());
        let words = word_count(title);
        let first_word = fold(title.trim_start_matches(['*', '_']).split_whitespace().next().unwrap_or(""));
        let acceptable = (1..=MAX_RUN_IN_WORDS).contains(&words)
            && !has_sentence_verb(title)
            && !SENTENCE_OPENERS.contains(&first_word.as_str())
            && !title.contains([',', ';', ':', '(', '"'])
            && body < text.len();
        return acceptable.then_some((from + title.len(), from + body));
    }
    None
}

/// "1. **Objet et durée** : hébergement des données …", "2. **Purpose:** hosting": a short
/// title in bold right after the number, closed by a colon, with the clause's text after it.
/// The title names the clause, as a run-in title does; `title_start` is where the words after
/// the number (and the opening `**`) start. Returns where the title ends and the body starts.
fn bold_label(line: &str, title_start: usize) -> Option<(usize, usize)> {
    let opened = line[..title_start].trim_end().ends_with("**");
    let text = &line[title_start..];
    let close = text.find("**")?;
    let title = text[..close].trim_end();
    let after_bold = text[close + 2..].trim_start();
    let (title, after_colon) = match title.strip_suffix(':') {
        Some(inside) => (inside.trim_end(), after_bold),
        None => (title, after_bold.strip_prefix(':')?),
    };
    let body = line.len() - after_colon.trim_start().len();
    let words = word_count(title);
    let acceptable = opened
        && (1..=MAX_RUN_IN_WORDS).contains(&words)
        && starts_with_capital(title)
        && !has_sentence_verb(title)
        && !title.contains([',', ';', ':', '.', '(', '"'])
        && body < trim_end_emphasis(line);
    acceptable.then_some((title_start + title.len(), body))
}

/// The line opens with a number and a [`bold_label`]: in a list just introduced, an item.
pub(super) fn opens_with_bold_label(line: &str) -> bool {
    label(line).is_some_and(|label| bold_label(line, label.text_start).is_some())
}

/// The clause label a line starts with: `§ 5`, `Article 8`, `Annex II`, `7.2`, `7.`, `(1)`,
/// `IV.`, `A.`.
pub(super) fn label(line: &str) -> Option<Label> {
    let start = line.len() - line.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_').len();
    let rest = &line[start..];
    if let Some(after) = rest.strip_prefix('§') {
        let at = line.len() - after.trim_start().len();
        let end = arabic(line, at)?;
        let depth = line[at..end].trim_end_matches(['.', ')']).split('.').count();
        return Some(Label {
            numbering: Numbering::Number(depth),
            text_start: after_separators(line, end),
            named: true,
        });
    }
    if let Some(found) = worded_label(line, start) {
        return Some(found);
    }
    if let Some(end) = arabic(line, start) {
        let number = line[start..end].trim_end_matches(['.', ')']);
        // A year or an amount is not a clause number.
        if number.split('.').next().is_some_and(|first| first.len() <= 3) {
            let depth = number.split('.').count();
            return Some(Label {
                numbering: Numbering::Number(depth),
                text_start: after_separators(line, end),
                named: false,
            });
        }
    }
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        let item = &inner[..close];
        let short = !item.is_empty() && item.len() <= 4 && item.chars().all(|c| c.is_alphanumeric());
        if short && (item.chars().all(|c| c.is_ascii_digit()) || item.chars().all(|c| c.is_alphabetic())) {
            let end = start + 1 + close + 1;
            return Some(Label { numbering: Numbering::Sub, text_start: after_separators(line, end), named: false });
        }
        return None;
    }
    // `IV.` or `A.`: a roman numeral or a capital letter closed by a period or a parenthesis.
    let token_end = rest.find(['.', ')']).filter(|&at| at > 0)?;
    let token = &rest[..token_end];
    let closes = rest[token_end + 1..].starts_with(char::is_whitespace);
    let letter = token.len() == 1 && token.chars().all(|c| c.is_ascii_uppercase());
    if closes && (letter || is_roman(token)) {
        let end = start + token_end + 1;
        return Some(Label { numbering: Numbering::Number(1), text_start: after_separators(line, end), named: false });
    }
    None
}

/// `Article 8`, `ART. 8`, `Clause 9.1`, `Annex II`, `Schedule 2`, `Appendix A`, `PARTIE 2`.
fn worded_label(line: &str, start: usize) -> Option<Label> {
    let rest = &line[start..];
    let word_len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    if word_len == 0 {
        return None;
    }
    let word = fold(&rest[..word_len]);
    let container = CONTAINER_WORDS.has_phrase(&word);
    if !container && !SECTION_WORDS.has_phrase(&word) {
        return None;
    }
    let mut at = start + word_len;
    if line[at..].starts_with('.') {
        at += 1;
    }
    let number_start = line.len() - line[at..].trim_start().len();
    if number_start == at {
        return None;
    }
    let end = number(line, number_start)?;
    let numbering = if container {
        Numbering::Container
    } else {
        Numbering::Number(line[number_start..end].trim_end_matches(['.', ')']).split('.').count())
    };
    Some(Label { numbering, text_start: after_separators(line, end), named: true })
}

/// End of an arabic clause number (`7`, `7.2`, `7.2.`, `7)`) starting at `at`, when a space,
/// emphasis or the end of the line follows it.
fn arabic(line: &str, at: usize) -> Option<usize> {
    let rest = &line[at..];
    let mut end = 0;
    let mut segment = 0;
    for (index, c) in rest.char_indices() {
        if c.is_ascii_digit() {
            segment += 1;
            end = index + 1;
        } else if c == '.' && segment > 0 {
            segment = 0;
            end = index + 1;
        } else if c == ')' && segment > 0 {
            end = index + 1;
            break;
        } else {
            break;
        }
    }
    let followed = rest[end..].chars().next().is_none_or(|c| c.is_whitespace() || c == '*' || c == '_');
    (end > 0 && rest[..end].starts_with(|c: char| c.is_ascii_digit()) && followed).then_some(at + end)
}

/// End of the number after a section word: arabic, roman or a single letter, then a
/// separator, a space or the end of the line.
fn number(line: &str, at: usize) -> Option<usize> {
    if let Some(end) = arabic(line, at) {
        return Some(end);
    }
    let rest = &line[at..];
    let token_len = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    let token = &rest[..token_len];
    let single_letter = token.chars().count() == 1 && token.chars().all(char::is_alphabetic);
    let followed = rest[token_len..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    (followed && (single_letter || is_roman(token))).then_some(at + token_len)
}

fn is_roman(token: &str) -> bool {
    roman_value(token).is_some()
}

/// The value of a roman numeral of up to six letters in one case (`iv` = 4, `XII` = 12);
/// a smaller letter before a larger one subtracts.
fn roman_value(token: &str) -> Option<u32> {
    let one_case = token.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        || token.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c'));
    if token.is_empty() || token.len() > 6 || !one_case {
        return None;
    }
    let letter_value = |c: char| match c.to_ascii_lowercase() {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        _ => 100,
    };
    let values: Vec<u32> = token.chars().map(letter_value).collect();
    let mut total: i64 = 0;
    for (at, &value) in values.iter().enumerate() {
        if values.get(at + 1).is_some_and(|&next| next > value) {
            total -= i64::from(value);
        } else {
            total += i64::from(value);
        }
    }
    u32::try_from(total).ok()
}

/// Skips the separators between a label and its title: `.`, `:`, `)`, dashes, emphasis, spaces.
fn after_separators(line: &str, at: usize) -> usize {
    let rest = &line[at..];
    at + rest.len()
        - rest
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | ':' | ')' | '-' | '–' | '—' | '*' | '_')
            })
            .len()
}

/// End of the line without trailing spaces and emphasis markers.
fn trim_end_emphasis(line: &str) -> usize {
    line.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_').len()
}

pub(super) fn is_bullet(text: &str) -> bool {
    ["- ", "* ", "+ ", "• ", "– ", "— "].iter().any(|bullet| text.starts_with(bullet))
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|word| word.chars().any(char::is_alphanumeric)).count()
}

/// The first character after emphasis is a capital letter (not a bracket, quote or digit).
pub(super) fn starts_with_capital(text: &str) -> bool {
    text.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase())
}

/// A comma, semicolon or colon at the end: a line cut mid-sentence or a list's lead-in.
fn ends_like_a_clause(text: &str) -> bool {
    text.trim_end().ends_with([',', ';', ':'])
}

/// `Nature of the processing: storage`: a label and its value, not a heading.
fn is_label_value(text: &str) -> bool {
    text.find(": ").or_else(|| text.find(" : ")).is_some_and(|at| !text[at + 1..].trim().is_empty())
}

fn has_sentence_verb(text: &str) -> bool {
    let folded = FoldedText::new(text, 0);
    folded.folded.split(|c: char| !(c.is_alphanumeric() || c == '\'')).any(|word| SENTENCE_VERBS.contains(&word))
}

/// The levels given to heading lines, relative to the last `#` heading. Numbers nest by their
/// depth (`7` above `7.2`); parts, annexes and a title hold the numbered clauses that follow
/// them; `(1)` sits one below the current number.
#[derive(Debug, Clone, Copy)]
pub(super) struct Levels {
    /// Level of the enclosing `#` heading (0 before any).
    base: usize,
    /// Level of a first-depth number (`7`).
    top: usize,
    /// Level of the last numbered heading, for `(1)` under it.
    numbered: Option<usize>,
    /// A title or any text has been seen under the current base: an unnumbered heading is no
    /// longer the document's title.
    started: bool,
}

impl Default for Levels {
    fn default() -> Self {
        Levels { base: 0, top: 1, numbered: None, started: false }
    }
}

impl Levels {
    pub fn markdown_heading(&mut self, level: usize) {
        *self = Levels { base: level, top: level + 1, numbered: None, started: true };
    }

    /// Running text was read.
    pub fn text(&mut self) {
        self.started = true;
    }

    pub fn level(&mut self, numbering: Numbering) -> usize {
        match numbering {
            Numbering::Container => {
                self.top = self.base + 2;
                self.numbered = None;
                self.started = true;
                self.base + 1
            }
            Numbering::Number(depth) => {
                let level = self.top + depth.saturating_sub(1);
                self.numbered = Some(level);
                level
            }
            Numbering::Sub => self.numbered.map_or(self.top, |level| level + 1),
            Numbering::Unnumbered if !self.started => {
                self.started = true;
                self.top = self.base + 2;
                self.base + 1
            }
            Numbering::Unnumbered => self.top,
        }
    }
}

/// The clause number of a numbered line, without its closing period (`7.2` of "7.2. Audits").
fn clause_number(line: &str) -> Option<&str> {
    let label = label(line)?;
    let Numbering::Number(_) = label.numbering else { return None };
    let start = line.len() - line.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_').len();
    let number = line.get(start..label.text_start)?.trim_end_matches(|c: char| !c.is_ascii_digit());
    (!number.is_empty() && number.chars().all(|c| c.is_ascii_digit() || c == '.')).then_some(number)
}

/// `next_line` numbers the first sub-clause of `line` ("1. Interpretation", then "1.1 …"):
/// `line` heads clauses even where a list was just introduced.
pub(super) fn first_subclause_follows(line: &str, next_line: &str) -> bool {
    clause_number(line)
        .zip(clause_number(next_line))
        .is_some_and(|(number, next)| next.strip_prefix(number).is_some_and(|rest| rest == ".1"))
}

/// `next` goes on with the title of the heading line `title_line`, wrapped by a hard line
/// break: the title stops inside a phrase ("… MEASURES INCLUDING", "… to be taken by the"),
/// the next line starts in lower case ("by the Processor"), or a numbered title in capitals
/// goes on in capitals ("9. DELETION AND RETURN OF PERSONAL", "DATA"). An annex title over
/// its subtitle is two headings, so the capitals rule keeps to numbered clauses.
pub(super) fn continues_title(title_line: &str, numbering: Numbering, next: &str) -> bool {
    let next = next.trim();
    let title_end = title_line.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let fits = !next.is_empty()
        && label(next).is_none()
        && !is_bullet(next)
        && word_count(next) <= MAX_TITLE_WORDS
        && !next.ends_with(['.', ',', ';', ':', '!', '?'])
        && !title_end.ends_with(['.', ',', ';', ':', '!', '?', ')']);
    let lower_case_start = next.chars().next().is_some_and(char::is_lowercase);
    let capitals_go_on = matches!(numbering, Numbering::Number(_)) && in_capitals(title_end) && in_capitals(next);
    fits && (ends_inside_sentence(title_end) || lower_case_start || capitals_go_on)
}

/// A labelled line short enough to be a heading: in a list just introduced ("… as follows:"),
/// such lines are its items and the list goes on.
pub(super) fn is_short_item(line: &str) -> bool {
    label(line).is_some() && word_count(line) <= MAX_TITLE_WORDS
}

/// Where each line of a multi-line block ends a unit of text: after a line that ends a
/// sentence or introduces a list, and before a line that starts with a clause label (unless
/// the line before stops inside a sentence). Word files put one paragraph per line;
/// hard-wrapped Markdown and PDF text continue sentences over lines.
pub(super) fn starts_new_paragraph(previous: &str, line: &str) -> bool {
    let ended = previous
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '"' | '\'' | '»' | '”' | ')'))
        .ends_with(['.', ';', ':', '!', '?'])
        && !ends_inside_sentence(previous);
    let trimmed = line.trim_start();
    ended || (label(line).is_some() && !ends_inside_sentence(previous)) || is_bullet(trimmed)
}

/// The line stops inside a sentence, as hard-wrapped text does: its last word is a function
/// or reference word ("… in accordance with", "… Art. 29 and", « … conformément à l'article »)
/// or an abbreviation a number follows ("… Art.", « … n° »). The next line goes on with the
/// sentence, so a number opening it ("28 GDPR on the basis of …") heads no clause.
pub(super) fn ends_inside_sentence(line: &str) -> bool {
    let text = line.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let Some(last) = text.split_whitespace().next_back() else { return false };
    match last.strip_suffix('.') {
        Some(abbreviation) => NUMBER_ABBREVIATIONS.has_phrase(&fold(abbreviation)),
        None => {
            // « l'article »: the word after an elision.
            let word = fold(last);
            let elided = word.rsplit('\'').next().unwrap_or(&word);
            CONTINUING_WORDS.has_phrase(&word) || CONTINUING_WORDS.has_phrase(elided)
        }
    }
}

/// `line` numbers the item after `previous` in the same list: "2." after "1.", "7.3" after
/// "7.2", "(b)" after "(a)", "(2)" after "(1)".
pub(super) fn next_item(previous: &str, line: &str) -> bool {
    let (Some((before_shape, before)), Some((after_shape, after))) = (item_number(previous), item_number(line)) else {
        return false;
    };
    let (before_stem, before_last) = before.rsplit_once('.').unwrap_or(("", before));
    let (after_stem, after_last) = after.rsplit_once('.').unwrap_or(("", after));
    let successor = match (before_last.parse::<u32>(), after_last.parse::<u32>()) {
        (Ok(before), Ok(after)) => after == before + 1,
        // "(i)" after "(h)" is a letter list, "(ii)" after "(i)" a roman one: either may hold.
        _ => {
            let letters = match (single_char(before_last), single_char(after_last)) {
                (Some(before), Some(after)) => {
                    before.is_ascii_alphabetic() && u32::from(after) == u32::from(before) + 1
                }
                _ => false,
            };
            let numerals = match (roman_value(before_last), roman_value(after_last)) {
                (Some(before), Some(after)) => after == before + 1,
                _ => false,
            };
            letters || numerals
        }
    };
    before_shape == after_shape && before_stem == after_stem && successor
}

fn single_char(text: &str) -> Option<char> {
    let mut chars = text.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// The number of an unnamed item label, and whether it is in parentheses ("(1)" and "1." are
/// two lists): `7.2` of "7.2 …", `a` of "(a) …", `B` of "B. …".
fn item_number(line: &str) -> Option<(bool, &str)> {
    let label = label(line).filter(|label| !label.named && label.numbering != Numbering::Container)?;
    let start = line.len() - line.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_').len();
    let token = line.get(start..label.text_start)?.trim();
    let number = token.trim_matches(|c: char| matches!(c, '(' | ')' | '.' | '*' | '_' | ':' | '-' | '–' | '—'));
    let shaped = !number.is_empty() && number.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
    shaped.then_some((token.starts_with('('), number))
}

/// A short line of words without a verb or closing punctuation: a title set on the line under
/// another ("Annex 2", then "Technical and Organisational Measures").
pub(super) fn reads_as_title(text: &str) -> bool {
    let text = text.trim();
    starts_with_capital(text)
        && word_count(text) <= MAX_TITLE_WORDS
        && !text.ends_with(['.', ',', ';', ':'])
        && !has_sentence_verb(text)
        && !is_label_value(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(line: &str) -> Option<(Numbering, &str)> {
        heading_line(line, false).map(|h| (h.numbering, &line[h.heading.0..h.heading.1]))
    }

    #[test]
    fn numbered_titles_are_headings() {
        assert_eq!(title("7. Security"), Some((Numbering::Number(1), "7. Security")));
        assert_eq!(title("7.2 Sub-processors"), Some((Numbering::Number(2), "7.2 Sub-processors")));
        assert_eq!(title("ARTICLE 8 - AUDITS"), Some((Numbering::Number(1), "ARTICLE 8 - AUDITS")));
        assert_eq!(
            title("Article 1 — Définitions et interprétation"),
            Some((Numbering::Number(1), "Article 1 — Définitions et interprétation"))
        );
        assert_eq!(
            title("§ 1 Subject matter and duration of the commission"),
            Some((Numbering::Number(1), "§ 1 Subject matter and duration of the commission"))
        );
        assert_eq!(title("Clause 9.1"), Some((Numbering::Number(2), "Clause 9.1")));
        assert_eq!(title("(1) Subject matter"), Some((Numbering::Sub, "(1) Subject matter")));
        assert_eq!(title("IV. Transferts"), Some((Numbering::Number(1), "IV. Transferts")));
        assert_eq!(title("**7.** **Audits**"), Some((Numbering::Number(1), "7.** **Audits")));
        assert_eq!(
            title("7. **INTERNATIONAL DATA TRANSFERS**:"),
            Some((Numbering::Number(1), "7. **INTERNATIONAL DATA TRANSFERS**"))
        );
        assert_eq!(
            title("8. **Sous-traitance ultérieure** :"),
            Some((Numbering::Number(1), "8. **Sous-traitance ultérieure**"))
        );
    }

    #[test]
    fn parts_and_annexes_hold_clauses() {
        assert_eq!(
            title("SCHEDULE 2 — TECHNICAL AND ORGANISATIONAL MEASURES"),
            Some((Numbering::Container, "SCHEDULE 2 — TECHNICAL AND ORGANISATIONAL MEASURES"))
        );
        assert_eq!(
            title("Annex I: Description of the processing"),
            Some((Numbering::Container, "Annex I: Description of the processing"))
        );
        assert_eq!(
            title("PART B — OBLIGATIONS OF THE SUPPLIER"),
            Some((Numbering::Container, "PART B — OBLIGATIONS OF THE SUPPLIER"))
        );
        assert_eq!(title("Annexe 3"), Some((Numbering::Container, "Annexe 3")));
    }

    #[test]
    fn sentences_are_not_headings() {
        assert_eq!(title("7.2 The Processor shall notify the Controller of any breach."), None);
        assert_eq!(title("2.3 The details of the processing are set out in Appendix 1."), None);
        assert_eq!(title("(a) personal master data (name, address);"), None);
        assert_eq!(title("(b) Categories of data subjects: employees and contractors"), None);
        assert_eq!(title("2026 was the year"), None);
        assert_eq!(title("Annex 2 sets out the measures."), None);
        assert_eq!(title("- Security"), None);
        assert_eq!(title("30 days after termination"), None);
        assert_eq!(title("1.3 Clause and Schedule headings do not affect interpretation"), None);
        assert_eq!(
            title("11.5 Chaque Partie supporte ses propres frais d'audit. Lorsque l'audit révèle un manquement."),
            None
        );
        assert_eq!(title("[TBD]"), None);
        assert_eq!(title("7. The Processor shall, as follows:"), None);
        assert_eq!(title("7. **The Processor shall**:"), None);
        assert_eq!(title("7. Le Sous-traitant s'engage à :"), None);
        // A note in capitals is a label for the text after it, not a clause.
        assert_eq!(title("EXPLANATORY NOTE:"), None);
    }

    #[test]
    fn run_in_titles_are_split_from_their_paragraph() {
        let line = "3. Security and confidentiality. We will take appropriate measures.";
        let heading = heading_line(line, false).unwrap();
        assert_eq!(&line[heading.heading.0..heading.heading.1], "3. Security and confidentiality");
        assert_eq!(&line[heading.body.unwrap()..], "We will take appropriate measures.");
        let bold = "1. **Governance.** Named information security manager.";
        let heading = heading_line(bold, false).unwrap();
        assert_eq!(&bold[heading.heading.0..heading.heading.1], "1. **Governance");
        assert_eq!(&bold[heading.body.unwrap()..], "Named information security manager.");
        let abbreviated = "9. Amendment No. 2 provisions (GDPR)";
        assert_eq!(title(abbreviated), Some((Numbering::Number(1), "9. Amendment No. 2 provisions (GDPR)")));
    }

    #[test]
    fn bold_labels_closed_by_a_colon_title_their_clause() {
        let line = "1. **Objet et durée** : hébergement des données pendant l'abonnement.";
        let heading = heading_line(line, false).unwrap();
        assert_eq!(&line[heading.heading.0..heading.heading.1], "1. **Objet et durée");
        assert_eq!(&line[heading.body.unwrap()..], "hébergement des données pendant l'abonnement.");
        let inside = "7. **Breach notification:** we tell the Customer within 48 hours.";
        let heading = heading_line(inside, false).unwrap();
        assert_eq!(&inside[heading.heading.0..heading.heading.1], "7. **Breach notification");
        assert_eq!(&inside[heading.body.unwrap()..], "we tell the Customer within 48 hours.");
        // No text after the colon, a sentence in bold, or a label not in bold: no title here.
        assert_eq!(title("3. **Security measures** :"), Some((Numbering::Number(1), "3. **Security measures**")));
        assert_eq!(title("3. **The Processor shall** : notify the Controller"), None);
        assert_eq!(title("3. Security measures: encryption"), None);
    }

    #[test]
    fn unnumbered_headings_are_capitals_or_short_lines_alone() {
        assert_eq!(title("DATA PROCESSING AGREEMENT"), Some((Numbering::Unnumbered, "DATA PROCESSING AGREEMENT")));
        assert_eq!(heading_line("Preamble", true).map(|h| h.numbering), Some(Numbering::Unnumbered));
        assert_eq!(heading_line("Preamble", false), None);
        assert_eq!(heading_line("Dear Siobhán,", true), None);
        assert_eq!(heading_line("Date: 9 April 2026", true), None);
        assert_eq!(title("IN NO EVENT SHALL EITHER PARTY BE LIABLE"), None);
    }

    #[test]
    fn numbers_followed_by_a_tab_or_spaces_head_clauses() {
        assert_eq!(title("1.\tInterpretation"), Some((Numbering::Number(1), "1.\tInterpretation")));
        assert_eq!(
            title("2              Data Processor and Data Controller"),
            Some((Numbering::Number(1), "2              Data Processor and Data Controller"))
        );
        assert_eq!(title("2.1\tProcessing instructions"), Some((Numbering::Number(2), "2.1\tProcessing instructions")));
        assert_eq!(
            title("Article 2. Description des traitements"),
            Some((Numbering::Number(1), "Article 2. Description des traitements"))
        );
        assert_eq!(
            title("Article 5 : Sécurité des données"),
            Some((Numbering::Number(1), "Article 5 : Sécurité des données"))
        );
        assert_eq!(title("ARTICLE 7.\tCOOPÉRATION"), Some((Numbering::Number(1), "ARTICLE 7.\tCOOPÉRATION")));
    }

    #[test]
    fn long_numbered_titles_need_to_stand_alone() {
        let line = "11.1.6.9 Aide du Sous-Traitant dans le cadre du respect par le Responsable de Traitement de ses obligations";
        assert_eq!(heading_line(line, true).map(|h| h.numbering), Some(Numbering::Number(4)));
        assert_eq!(heading_line(line, false), None);
        let english =
            "4.2 Assistance to the Customer with the fulfilment of its obligations towards the supervisory authority";
        assert!(heading_line(english, true).is_some());
        assert_eq!(
            heading_line(
                "4.2 Assistance to the Customer with the fulfilment of its obligations towards the authority.",
                true
            ),
            None
        );
    }

    #[test]
    fn postal_addresses_are_not_headings() {
        assert_eq!(title("88 Colin P. Kelly Jr. Street"), None);
        assert_eq!(title("221 Baker Street"), None);
        assert_eq!(title("12 Rue de la Paix"), None);
        assert_eq!(title("7 Place de la Gare"), None);
        assert_eq!(title("3. Place of processing"), Some((Numbering::Number(1), "3. Place of processing")));
        assert_eq!(title("12. Rue des clauses"), Some((Numbering::Number(1), "12. Rue des clauses")));
    }

    #[test]
    fn inline_html_is_blanked_out_in_place() {
        let line = "1. <span class=\"header_2\">Processing</span>";
        let masked = without_inline_html(line);
        assert_eq!(masked.len(), line.len());
        assert_eq!(masked.split_whitespace().collect::<Vec<_>>(), ["1.", "Processing"]);
        assert_eq!(title(&masked).map(|(numbering, _)| numbering), Some(Numbering::Number(1)));
        let run_in =
            "1. <span class=\"header_3\">Provider as Processor.</span>  In situations where Customer is a Controller.";
        let masked = without_inline_html(run_in);
        let heading = heading_line(&masked, false).unwrap();
        assert_eq!(
            masked[heading.heading.0..heading.heading.1].split_whitespace().collect::<Vec<_>>(),
            ["1.", "Provider", "as", "Processor"]
        );
        assert_eq!(&run_in[heading.body.unwrap()..], "In situations where Customer is a Controller.");
        for kept in ["The <Name of the processor> shall", "within < 5 days", "x <spanner> y"] {
            assert_eq!(without_inline_html(kept), kept);
        }
        assert_eq!(without_inline_html("a <br> b <b>c</b>"), "a      b    c    ");
        assert_eq!(without_inline_html("Sous-traitant <ultérieur>"), "Sous-traitant <ultérieur>");
    }

    #[test]
    fn a_number_followed_by_its_first_sub_clause_heads_clauses() {
        assert!(first_subclause_follows("1.\tInterpretation", "1.1. This Annex is incorporated by reference."));
        assert!(first_subclause_follows("8               Deletion or return", "8.1           The Company shall"));
        assert!(first_subclause_follows("**7.2** Audits", "7.2.1 The Processor shall"));
        assert!(!first_subclause_follows("1. Names", "2. E-mail addresses"));
        assert!(!first_subclause_follows("1. Names", "1.2 Addresses"));
        assert!(!first_subclause_follows("1. Names", "11.1 Addresses"));
        assert!(!first_subclause_follows("Article 3. Obligations", "3.1. Obligations du Client"));
    }

    #[test]
    fn annex_numbers_head_annexes_with_trailing_words() {
        let container = |line| heading_line(line, false).map(|h| (h.numbering, &line[h.heading.0..h.heading.1]));
        assert_eq!(
            container("Appendix 2 of the Agreement Pursuant to Art. 28 GDPR:"),
            Some((Numbering::Container, "Appendix 2 of the Agreement Pursuant to Art. 28 GDPR"))
        );
        assert_eq!(
            container("Appendix 1 Pursuant to Art. 28 GDPR:"),
            Some((Numbering::Container, "Appendix 1 Pursuant to Art. 28 GDPR"))
        );
        assert_eq!(
            container("Annexe 1 au contrat de sous-traitance :"),
            Some((Numbering::Container, "Annexe 1 au contrat de sous-traitance"))
        );
        assert_eq!(
            container("Exhibit B to the DPA: Security Measures"),
            Some((Numbering::Container, "Exhibit B to the DPA: Security Measures"))
        );
        assert_eq!(container("Annex 3 of the DPA lists the sub-processors."), None);
        assert_eq!(container("Annexe 2 décrit les mesures de sécurité."), None);
        assert_eq!(container("Schedule 1 to this DPA shall apply to all processing"), None);
    }

    #[test]
    fn hard_wrapped_sentences_go_on_over_numbers() {
        assert!(ends_inside_sentence("in accordance with Art. 4 No. 2 and Art."));
        assert!(ends_inside_sentence("Confidentiality in accordance with Art. 28 Para. 3, Art. 29 and"));
        assert!(ends_inside_sentence("conformément à l'article"));
        assert!(ends_inside_sentence("tel que défini au n°"));
        assert!(ends_inside_sentence("as set out in Sec."));
        assert!(ends_inside_sentence("We will notify the Customer without undue delay and within"));
        assert!(ends_inside_sentence("Le Prestataire notifie la violation au Client au plus tard sous"));
        assert!(!starts_new_paragraph(
            "The Supplier tells the Customer of a breach within",
            "48 hours of becoming aware."
        ));
        assert!(!starts_new_paragraph("Le Prestataire informe le Client pendant", "24 heures au plus."));
        assert!(!ends_inside_sentence("The Processor shall notify the Controller."));
        assert!(!ends_inside_sentence("Technical and Organisational Measures"));
        assert!(!ends_inside_sentence("The answer is given in writing and."));
        assert!(!starts_new_paragraph(
            "in accordance with Art. 4 No. 2 and Art.",
            "28 GDPR on the basis of this Agreement."
        ));
        assert!(!starts_new_paragraph(
            "Art. 28 Para. 3 Sent. 2 Clause b, Art. 29 and",
            "Art. 32 Para. 4 GDPR. The Supplier"
        ));
        assert!(starts_new_paragraph("The measures must be documented.", "4. Correction and deletion"));
    }

    #[test]
    fn wrapped_titles_go_on_over_the_next_line() {
        let numbered = Numbering::Number(1);
        assert!(continues_title(
            "10. Security of the processing and measures to be taken",
            numbered,
            "by the Processor"
        ));
        assert!(continues_title("ANNEX II - MEASURES INCLUDING", Numbering::Container, "MEASURES TO ENSURE SECURITY"));
        assert!(continues_title("9. DELETION AND RETURN OF PERSONAL", numbered, "DATA"));
        assert!(continues_title("12. Suppression et restitution des données à la fin", numbered, "des services"));
        assert!(!continues_title("ANNEX II", Numbering::Container, "TECHNICAL AND ORGANISATIONAL MEASURES"));
        assert!(!continues_title("9. Audits", numbered, "The Controller may audit the Processor."));
        assert!(!continues_title("9. Audits", numbered, "1. Frequency"));
        assert!(!continues_title("9. Audits:", numbered, "the controller may audit"));
    }

    #[test]
    fn items_follow_their_predecessor_in_the_same_list() {
        assert!(next_item("1. At least annual audit of processes", "2. Responsible disclosure policy"));
        assert!(next_item("7.2 Records", "7.3 Audits"));
        assert!(next_item("(a) notify the Controller;", "(b) Assistance"));
        assert!(next_item("(1) The Processor", "(2) The Controller"));
        assert!(next_item("(i) records;", "(ii) audits;"));
        assert!(next_item("(iv) records;", "(v) audits;"));
        assert!(next_item("(h) records;", "(i) audits;"));
        assert!(next_item("IX. Records", "X. Audits"));
        assert!(!next_item("(ii) records;", "(iv) audits;"));
        assert!(!next_item("(i) records;", "(V) audits;"));
        assert!(!next_item("1. Names", "3. Addresses"));
        assert!(!next_item("1. Names", "(2) Addresses"));
        assert!(!next_item("7.2 Records", "8.3 Audits"));
        assert!(!next_item("Article 1 Scope", "Article 2 Security"));
        assert!(!next_item("The Processor shall:", "1. Names"));
    }

    #[test]
    fn titles_set_under_a_heading_read_as_titles() {
        assert!(reads_as_title("Technical and Organizational Measures in Accordance with Art. 32 GDPR and Amendments"));
        assert!(reads_as_title("Mesures techniques et organisationnelles"));
        assert!(!reads_as_title("The Processor shall implement the following measures:"));
        assert!(!reads_as_title("Les mesures sont décrites ci-dessous."));
    }

    #[test]
    fn paragraph_breaks_follow_sentence_ends_and_labels() {
        assert!(starts_new_paragraph("The Processor shall notify the Controller.", "It shall also"));
        assert!(starts_new_paragraph("Nature and purpose", "7.2 The Processor"));
        assert!(!starts_new_paragraph("The Processor shall notify the", "Controller within 48 hours."));
        assert!(starts_new_paragraph("The Processor shall:", "(a) notify the Controller;"));
    }
}

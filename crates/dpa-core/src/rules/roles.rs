//! Who is who in a contract: the role words ("Customer", "le Prestataire", "we") and the names
//! the parties are given where they are introduced (`… ("Solvane")`, `(ci-après « Éventia »)`),
//! so rules can tell whose duty, licence or choice a sentence states.
//!
//! A name gets its role from, in order: its own words (`"Customer"`), the party fact it follows
//! (`[[processor: Solvane Learning Ltd, IE]] ("Solvane")`), a role word defined in the same
//! parenthesis (`("Mailcrate", "we")`), a sentence that states it ("Corvid is a Processor"), or,
//! in a sentence introducing two parties one of which is known, the other role.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use dpa_lexicon::cues::completeness as cues;
use dpa_lexicon::cues::DEFINITION_VERB;
use dpa_lexicon::{fold, FoldedText};
use dpa_syntax::Span;

use crate::model::{is_field_name_line, ClauseKind, Paragraph, PartyRole};
use crate::rules::search::{is_whole_phrase, sentences_in, Sentence};
use crate::rules::Context;

/// How far after a role statement, in folded bytes, a name defined in parentheses is looked for
/// (` ("`, ` (the "`, ` (ci-après « `).
const NAME_AFTER_STATEMENT: usize = 16;

/// A name given to a party where the parties are introduced.
#[derive(Debug, Clone)]
pub(crate) struct PartyName {
    /// As written (`Solvane`).
    pub term: String,
    pub folded: String,
    pub role: Option<PartyRole>,
    pub term_span: Span,
    /// The words it names are still a blank (`[CUSTOMER LEGAL NAME]`, `[●]`, `[[controller: ?]]`).
    pub blank: bool,
}

pub(crate) struct Roles {
    pub names: Vec<PartyName>,
    /// Source offsets of « Responsable » written alone, capitalised, in a document that writes
    /// « Responsable du traitement » so: the short form of the controller's defined term.
    controller_short_forms: HashSet<usize>,
}

/// A role word or name found in a sentence (folded paragraph offsets).
#[derive(Debug, Clone, Copy)]
struct Mention {
    start: usize,
    end: usize,
    role: PartyRole,
}

impl Roles {
    /// The parties' names and roles, read once per lint for every rule that asks.
    pub fn of(cx: &Context<'_>) -> Arc<Roles> {
        cx.reading(Roles::read)
    }

    fn read(cx: &Context<'_>) -> Roles {
        // Paragraphs are in source order, so the region is too: lookups by binary search keep
        // long documents linear.
        let region: Vec<&Paragraph> = cx.doc.paragraphs.iter().filter(|p| in_party_region(cx, p)).collect();
        let region_starts: HashSet<usize> = region.iter().map(|p| p.span.start).collect();
        let mut introduced: Vec<(Span, String)> = cx
            .doc
            .definitions
            .iter()
            .filter(|d| {
                region_starts.contains(&d.span.start)
                    && parenthesised(cx.source, d.term_span)
                    && !defines_a_concept(cx.source, d.term_span)
            })
            .map(|d| (d.term_span, d.term.clone()))
            .collect();
        introduced.sort_by_key(|(span, _)| span.start);
        let defined = introduced.len();
        for paragraph in &region {
            for (span, term) in names_after_intro_words(paragraph) {
                let next = introduced[..defined].partition_point(|(known, _)| known.end <= span.start);
                let overlaps = introduced[..defined].get(next).is_some_and(|(known, _)| known.start < span.end);
                if !overlaps {
                    introduced.push((span, term));
                }
            }
        }
        introduced.sort_by_key(|(span, _)| span.start);
        let mut names: Vec<PartyName> = Vec::new();
        for (term_span, term) in introduced {
            let at = region.partition_point(|p| p.span.end < term_span.end);
            let Some(paragraph) =
                region.get(at).filter(|p| p.span.start <= term_span.start && term_span.end <= p.span.end)
            else {
                continue;
            };
            // `(the "**Customer**")`: emphasis is no part of the name.
            let term = term.trim_matches(|c: char| c == '*' || c == '_').to_string();
            let folded = fold(&term);
            let role = role_of_term(&folded)
                .or_else(|| introduced_by_party_fact(cx, paragraph, term_span))
                .or_else(|| role_line_before_alias(paragraph, term_span));
            let previous_end = names
                .iter()
                .rev()
                .map(|name| name.term_span.end)
                .find(|&end| end >= paragraph.span.start && end <= term_span.start)
                .unwrap_or(paragraph.span.start);
            let blank = names_a_blank(cx, paragraph, previous_end, term_span.start);
            names.push(PartyName { term, folded, role, term_span, blank });
        }
        share_roles_within_parentheses(cx.source, &mut names);
        let mut roles =
            Roles { names: first_of_each_name(names), controller_short_forms: controller_short_forms(cx.source) };
        roles.read_role_statements(cx);
        roles.complete_two_party_sentences(cx);
        roles
    }

    /// "between Altocumulus … ("Altocumulus"), and the customer identified below ("Customer")":
    /// in a sentence introducing two parties, the one that is not the controller is the
    /// processor, and the other way round.
    fn complete_two_party_sentences(&mut self, cx: &Context<'_>) {
        for sentence in sentences_in(cx, &[]) {
            let Some(&(between, _)) = sentence.matches(&cues::PARTY_SENTENCE).first() else { continue };
            let span = sentence.span();
            let from = sentence.source_span((between, between)).start;
            let parties: Vec<usize> = (0..self.names.len())
                .filter(|&index| {
                    let name = &self.names[index];
                    name.term_span.start >= from && name.term_span.end <= span.end
                })
                .collect();
            let known: Vec<PartyRole> = parties.iter().filter_map(|&index| self.names[index].role).collect();
            let unknown: Vec<usize> =
                parties.iter().copied().filter(|&index| self.names[index].role.is_none()).collect();
            let (Some(&role), [index]) = (known.first(), unknown.as_slice()) else { continue };
            if known.iter().all(|&other| other == role) {
                self.names[*index].role =
                    Some(if role == PartyRole::Processor { PartyRole::Controller } else { PartyRole::Processor });
            }
        }
    }

    /// "Corvid is a Processor", "Corvid processes personal data on behalf of Harbourline": the
    /// name nearest before the statement takes the role, unless a name is defined in parentheses
    /// right after it ("acting as controller ("Practice")").
    fn read_role_statements(&mut self, cx: &Context<'_>) {
        for sentence in sentences_in(cx, &[]) {
            for (cue, role) in [
                (&cues::CONTROLLER_ROLE_STATEMENT, PartyRole::Controller),
                (&cues::PROCESSOR_ROLE_STATEMENT, PartyRole::Processor),
                (&cues::PROCESSES_ON_BEHALF, PartyRole::Processor),
            ] {
                for (at, statement_end) in sentence.matches(cue) {
                    let folded = &sentence.paragraph.folded;
                    let occurrences = |name: &PartyName| folded.find_phrase(&name.folded).into_iter();
                    // "Harrowgate LLP, acting as controller ("Practice")": the name defined right
                    // after the statement, in parentheses, is the one it speaks of.
                    let defined_after = self.names.iter().position(|name| {
                        occurrences(name).any(|(start, _)| {
                            let between = folded.folded.get(statement_end..start).unwrap_or("");
                            start >= statement_end
                                && between.len() <= NAME_AFTER_STATEMENT
                                && between.contains('(')
                                && !between.contains(')')
                        })
                    });
                    let nearest_before = || {
                        self.names
                            .iter()
                            .enumerate()
                            .filter_map(|(index, name)| {
                                occurrences(name)
                                    .filter(|&(start, end)| start >= sentence.range.0 && end <= at)
                                    .map(|(start, _)| (start, index))
                                    .max()
                            })
                            .max()
                            .map(|(_, index)| index)
                    };
                    if let Some(index) = defined_after.or_else(nearest_before) {
                        self.names[index].role.get_or_insert(role);
                    }
                }
            }
        }
    }

    /// Role words and named parties in a sentence, in order.
    fn mentions(&self, sentence: &Sentence<'_>) -> Vec<Mention> {
        let mut found: Vec<Mention> = Vec::new();
        for (cue, role) in
            [(&cues::CONTROLLER_WORDS, PartyRole::Controller), (&cues::PROCESSOR_WORDS, PartyRole::Processor)]
        {
            found.extend(sentence.mentions(cue).into_iter().map(|(start, end)| Mention { start, end, role }));
        }
        found.extend(
            sentence
                .mentions(&cues::CONTROLLER_SHORT_FORM)
                .into_iter()
                .filter(|&range| self.controller_short_forms.contains(&sentence.source_span(range).start))
                .map(|(start, end)| Mention { start, end, role: PartyRole::Controller }),
        );
        for name in &self.names {
            let Some(role) = name.role else { continue };
            let hits = sentence.paragraph.folded.find_phrase(&name.folded);
            found.extend(
                hits.into_iter()
                    .filter(|&(start, end)| start >= sentence.range.0 && end <= sentence.range.1)
                    .map(|(start, end)| Mention { start, end, role }),
            );
        }
        found.sort_by_key(|mention| (mention.start, mention.end));
        found
    }

    /// The party named last before folded offset `at` in the sentence: usually the subject of
    /// what follows ("Solvane will, at its option, …").
    pub fn role_before(&self, sentence: &Sentence<'_>, at: usize) -> Option<PartyRole> {
        self.mentions(sentence)
            .into_iter()
            .filter(|mention| mention.end <= at)
            .max_by_key(|mention| mention.start)
            .map(|mention| mention.role)
    }

    /// The party named first in the sentence, before folded offset `at`: the subject of a
    /// sentence that opens with it ("*The Processor* and any person with access to data of the
    /// Controller may only process …").
    pub fn first_role_before(&self, sentence: &Sentence<'_>, at: usize) -> Option<PartyRole> {
        self.mentions(sentence).into_iter().find(|mention| mention.end <= at).map(|mention| mention.role)
    }

    /// The party named right before `at`, with at most a modal in between: the subject of a verb
    /// ("*we* store", "*the Provider* will host", "*the Controller* chooses").
    pub fn subject_of(&self, sentence: &Sentence<'_>, at: usize) -> Option<PartyRole> {
        let mention = self
            .mentions(sentence)
            .into_iter()
            .filter(|mention| mention.end <= at)
            .max_by_key(|mention| mention.start)?;
        (sentence.words_between(mention.end, at).len() <= 2).then_some(mention.role)
    }

    /// The party named right after `at`, with nothing but linking words in between ("choice *of
    /// the Controller*", "au choix *du Prestataire*", "borne by *the Customer*", "à la charge du
    /// *Client*").
    pub fn role_linked_after(&self, sentence: &Sentence<'_>, at: usize) -> Option<PartyRole> {
        let next = self.mentions(sentence).into_iter().find(|mention| mention.start >= at)?;
        let between = sentence.words_between(at, next.start);
        let linked = between.len() <= 3 && between.iter().all(|word| cues::CHOICE_OWNER_LINK.contains(word));
        linked.then_some(next.role)
    }

    /// The party named first after `at`, at most `reach` words further ("request *in writing
    /// by the Customer*", « demande écrite *du Client* »).
    pub fn role_named_after(&self, sentence: &Sentence<'_>, at: usize, reach: usize) -> Option<PartyRole> {
        let next = self.mentions(sentence).into_iter().find(|mention| mention.start >= at)?;
        (sentence.words_between(at, next.start).len() <= reach).then_some(next.role)
    }

    /// Whether `word` is part of a name given to a party whose name is still a blank
    /// ("l'Établissement" after "Dénomination : [Nom complet de l'établissement]"); an elided
    /// article before the word is not part of it.
    pub fn names_a_blank_party(&self, word: &str) -> bool {
        let word = fold(word.rsplit('\'').next().unwrap_or(word));
        self.names
            .iter()
            .filter(|name| name.blank)
            .any(|name| name.folded.split(|c: char| !(c.is_alphanumeric() || c == '-')).any(|part| part == word))
    }

    /// The name the contract gives the party with `role` (`Customer`), for model wording.
    pub fn name_of(&self, role: PartyRole) -> Option<&str> {
        self.names.iter().find(|name| name.role == Some(role) && !name.blank).map(|name| name.term.as_str())
    }
}

/// « le Responsable informe … » after « Responsable du traitement »: the capitalised word alone
/// is the defined term cut short; lower-case « responsable de » (liable for) and « Responsable de
/// la sécurité » (an officer) are not the controller.
fn controller_short_forms(source: &str) -> HashSet<usize> {
    let full_term = ["Responsable du traitement", "Responsable de traitement", "Responsable des traitements"];
    if !full_term.iter().any(|term| source.contains(term)) {
        return HashSet::new();
    }
    source
        .match_indices("Responsable")
        .filter(|&(at, word)| {
            let before = source[..at].chars().next_back();
            let after = &source[at + word.len()..];
            let whole_word =
                !before.is_some_and(char::is_alphanumeric) && !after.chars().next().is_some_and(char::is_alphanumeric);
            let qualified = after.starts_with(char::is_whitespace)
                && ["de ", "du ", "des ", "d'", "d’"].iter().any(|next| after.trim_start().starts_with(next));
            whole_word && !qualified
        })
        .map(|(at, _)| at)
        .collect()
}

/// A name introduced again later (a second copy of a clause, a repeated definition) is the same
/// party: the first introduction is kept, with a role a later one states if it has none.
fn first_of_each_name(names: Vec<PartyName>) -> Vec<PartyName> {
    let mut kept: Vec<PartyName> = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::new();
    for name in names {
        match index_of.get(&name.folded) {
            Some(&at) => {
                let first = &mut kept[at];
                first.role = first.role.or(name.role);
            }
            None => {
                index_of.insert(name.folded.clone(), kept.len());
                kept.push(name);
            }
        }
    }
    kept
}

/// Paragraphs where parties are introduced: outside any clause, under the title heading or a
/// heading of no known kind, in a `{parties}` clause, or containing "between" / "entre". The
/// title counts whatever kind its words suggest ("Accord relatif au traitement de données à
/// caractère personnel" is no confidentiality clause).
fn in_party_region(cx: &Context<'_>, paragraph: &Paragraph) -> bool {
    let title = cx
        .doc
        .clauses
        .first()
        // Paragraphs are in source order: only the first can come before the title.
        .filter(|c| c.level == 1 && cx.doc.paragraphs.first().is_none_or(|p| p.span.start >= c.span.start));
    match cx.doc.clause_of(paragraph) {
        None => true,
        Some(clause) if clause.kind.is_none() || clause.is(ClauseKind::Parties) => true,
        Some(clause) if title.is_some_and(|title| title.id == clause.id) => true,
        // "**ENTRE**", "BETWEEN:" read as headings whatever kind their neighbours lend them.
        Some(clause)
            if is_whole_phrase(
                &cues::PARTY_HEADING,
                clause.title.trim_matches(|c: char| c == ':' || c == '*' || c.is_whitespace()),
            ) =>
        {
            true
        }
        Some(_) => cues::PARTY_SENTENCE.matches(&paragraph.folded),
    }
}

/// `- hereinafter "Client" -`, `ci-après dénommée « le sous-traitant »`: quoted names right
/// after an introducing word, without a parenthesis.
fn names_after_intro_words(paragraph: &Paragraph) -> Vec<(Span, String)> {
    let folded = &paragraph.folded.folded;
    let quotes: Vec<usize> = folded.match_indices('"').map(|(index, _)| index).collect();
    let mut previous_close = None;
    quotes
        .chunks_exact(2)
        .filter_map(|pair| {
            let (open, close) = (pair[0], pair[1]);
            // "hereinafter will be referred to as: the "Data Processor"".
            let before: Vec<&str> = folded[..open].split_whitespace().rev().take(4).collect();
            let window = before.into_iter().rev().collect::<Vec<_>>().join(" ");
            // `ci-après dénommé « le Responsable du Traitement » ou « l'Établissement »`: a second
            // name joined to the first.
            let joined = previous_close.is_some_and(|end: usize| {
                let between = folded[end + 1..open].trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
                matches!(between, "or" | "ou" | "," | "/")
            });
            if !joined && !cues::NAME_INTRO.matches(&FoldedText::new(&window, 0)) {
                previous_close = None;
                return None;
            }
            previous_close = Some(close);
            let (from, to) = paragraph.folded.source_range(open + 1, close);
            let span = Span::new(from, to);
            let term = paragraph.text.get(text_index(paragraph, from)..text_index(paragraph, to))?.trim().to_string();
            (!term.is_empty() && term.len() <= 60).then_some((span, term))
        })
        .collect()
}

/// `- the Processor - hereafter named "Hetzner" -`, `le Sous-traitant, ci-après dénommé
/// « Quillon »`: the role word that ends the words right before the naming words is the
/// alias's role. Only the last stretch counts (after the last dash, comma or parenthesis), so a
/// role named earlier in the party's description is not taken.
fn role_line_before_alias(paragraph: &Paragraph, term: Span) -> Option<PartyRole> {
    let folded = &paragraph.folded;
    let before = folded.folded.get(..folded.folded_offset(term.start))?;
    // The naming words stand right before the quote ("hereafter named the", "ci-après dénommée").
    let window = before.char_indices().rev().filter(|&(_, c)| c == ' ').nth(NAMING_WORDS).map_or(0, |(at, _)| at);
    let intro_start = window + cues::NAME_INTRO.find_all(&FoldedText::new(&before[window..], 0)).first()?.0;
    let line = before[..intro_start].trim_end_matches(|c: char| is_role_line_mark(c) || c.is_whitespace());
    // A dash sets the line apart only with a space before it: "sous-traitant" is one word.
    let stretch_start = line
        .char_indices()
        .rfind(|&(at, c)| {
            ROLE_LINE_STOPS.contains(&c)
                || (is_role_line_mark(c) && line[..at].chars().next_back().is_none_or(char::is_whitespace))
        })
        .map_or(0, |(at, c)| at + c.len_utf8());
    role_of_term(line[stretch_start..].trim())
}

/// How many words before a quoted alias its naming words may start.
const NAMING_WORDS: usize = 5;

/// What ends the words before a role line.
const ROLE_LINE_STOPS: &[char] = &[',', '(', ')', ';', ':'];

/// What may surround a role line: its stops and dashes (`- the Processor -`).
fn is_role_line_mark(c: char) -> bool {
    ROLE_LINE_STOPS.contains(&c) || matches!(c, '-' | '–' | '—')
}

/// The byte index in a paragraph's text of a source offset.
fn text_index(paragraph: &Paragraph, offset: usize) -> usize {
    paragraph.offsets.iter().position(|&o| o >= offset).unwrap_or(paragraph.text.len())
}

/// `(the "Provider")`: the term sits inside an open parenthesis, not after a verb ("means").
fn parenthesised(source: &str, term: Span) -> bool {
    let before = source.get(..term.start).unwrap_or("");
    let window: String = before.chars().rev().take(40).collect();
    match (window.find('('), window.find(')')) {
        (Some(open), Some(close)) => open < close,
        (Some(_), None) => true,
        _ => false,
    }
}

/// `The data controller ("Controller") refers to the entity …`: a term followed by a definition
/// verb defines a word, it names no party.
fn defines_a_concept(source: &str, term: Span) -> bool {
    let after = source.get(term.end..).unwrap_or("");
    let after = after
        .trim_start_matches(|c: char| matches!(c, '"' | '\'' | ')' | '*' | '_' | '»' | '”' | '’') || c.is_whitespace());
    let opening: String = after.chars().take(40).collect();
    let folded = FoldedText::new(&opening, 0);
    DEFINITION_VERB.find(&folded).is_some_and(|(start, _)| start == 0)
}

/// The role a term names by its own words (`Customer`, `the Processor`, `le Prestataire`).
pub(crate) fn role_of_term(folded: &str) -> Option<PartyRole> {
    let term = cues::SENTENCE_OPENERS
        .iter()
        .find_map(|article| {
            let rest = folded.strip_prefix(article)?;
            if article.ends_with('\'') {
                Some(rest)
            } else {
                rest.strip_prefix(' ')
            }
        })
        .unwrap_or(folded);
    if is_whole_phrase(&cues::CONTROLLER_WORDS, term) || is_whole_phrase(&cues::CONTROLLER_ALIASES, term) {
        Some(PartyRole::Controller)
    } else if is_whole_phrase(&cues::PROCESSOR_WORDS, term) || is_whole_phrase(&cues::PROCESSOR_ALIASES, term) {
        Some(PartyRole::Processor)
    } else {
        None
    }
}

/// `[[processor: Solvane Learning Ltd, IE]] ("Solvane")`: the role of a party fact right before
/// the term (a parenthesis opens in between, nothing else).
fn introduced_by_party_fact(cx: &Context<'_>, paragraph: &Paragraph, term: Span) -> Option<PartyRole> {
    cx.doc
        .parties
        .iter()
        .filter(|party| party.span.start >= paragraph.span.start && party.span.end <= term.start)
        .max_by_key(|party| party.span.end)
        .filter(|party| {
            let between = cx.source.get(party.span.end..term.start).unwrap_or("");
            between.len() <= 30 && between.contains('(') && !between.contains(')')
        })
        .map(|party| if party.role == PartyRole::JointController { PartyRole::Controller } else { party.role })
}

/// Whether the party's name, between `from` and the term, is still a blank: a bracketed blank in
/// the text (`[SUPPLIER LEGAL NAME]`) or a placeholder fact. When the term stands in a paragraph
/// of its own ("ci-après le « Sous-traitant »,"), the name is the paragraph before.
fn names_a_blank(cx: &Context<'_>, paragraph: &Paragraph, from: usize, to: usize) -> bool {
    let segment = paragraph.text.get(text_index(paragraph, from)..text_index(paragraph, to)).unwrap_or("");
    // "Hereinafter referred to as" names no one either.
    let segment_folded = FoldedText::new(segment, 0);
    let mut words = segment_folded.folded.clone();
    for (start, end) in cues::NAME_INTRO.find_all(&segment_folded) {
        words.replace_range(start..end, &" ".repeat(end - start));
    }
    let names_nothing = words.split_whitespace().filter(|word| word.chars().any(char::is_alphanumeric)).count() <= 3
        || describes_the_role(segment);
    // "**The Controller** (the \"Customer\"):" over "- Name of the organisation: [NAME]": a
    // role that names no one and leads in a form's fields is named by the first field.
    let leads_in_fields = paragraph.text.trim_end().trim_end_matches(['*', '_']).ends_with(':')
        && !dpa_lexicon::words(segment).any(names_a_party);
    if leads_in_fields {
        if let Some(field) = cx.doc.paragraphs.iter().find(|p| p.span.start >= paragraph.span.end) {
            let text = field.text.as_str();
            return first_bracketed_blank(text).is_some_and(|at| !names_before_blank(&text[..at]));
        }
    }
    let previous = cx.doc.paragraphs.iter().take_while(|p| p.span.start < paragraph.span.start).last();
    let (holder, segment, from) = match previous {
        Some(previous) if names_nothing && from == paragraph.span.start => {
            // A form's address block made into headings (`## NAME`, `## STREET`) stands between.
            let between = cx.source.get(previous.span.end..paragraph.span.start).unwrap_or("");
            if is_field_name_line(between) {
                return true;
            }
            (previous, previous.text.as_str(), previous.span.start)
        }
        _ => (paragraph, segment, from),
    };
    let holder_start = text_index(holder, from);
    let placeholder = cx
        .doc
        .placeholders
        .iter()
        .find(|p| p.span.start >= from && p.span.start < to)
        .map(|p| text_index(holder, p.span.start).saturating_sub(holder_start));
    let first_blank = first_bracketed_blank(segment).into_iter().chain(placeholder).min();
    first_blank.is_some_and(|at| !names_before_blank(segment.get(..at).unwrap_or(segment)))
}

/// Where the first bracketed blank (`[CUSTOMER LEGAL NAME]`, `[●]`) opens, a Markdown link
/// (`[the Agreement](…)`) being none.
pub(crate) fn first_bracketed_blank(text: &str) -> Option<usize> {
    text.match_indices('[').map(|(open, _)| open).find(|&open| {
        let rest = &text[open..];
        rest.find(']').is_none_or(|close| !rest[close + 1..].starts_with('('))
    })
}

/// Whether the words before a blank name the party: "**Defmacro Software Private Limited**
/// having its office at [insert address]" does, the blank being the address; "[●], société au
/// capital de [●] euros" and a form line "**Dénomination** : [Nom complet …]" do not.
fn names_before_blank(before: &str) -> bool {
    // A field's label ("**Dénomination**", "- Nom de l'organisation") names no one.
    let after_label = match before.split_once(':') {
        Some((label, rest)) if field_label(label) => rest,
        _ => before,
    };
    dpa_lexicon::words(after_label).any(names_a_party)
}

/// A short label before a colon, a list marker aside: "Dénomination", "- Name of the company".
fn field_label(label: &str) -> bool {
    let label = label.trim_start().trim_start_matches(['-', '•', '*', ' ']);
    label.split_whitespace().count() <= 4 && !label.contains(',')
}

/// A capitalised word that is neither a role noun's nor an opening word ("GitHub", "Acme").
pub(crate) fn names_a_party(word: &str) -> bool {
    // "l'Abonné", "d'Acme"
    let word = word.rsplit('\'').next().unwrap_or(word);
    let folded = fold(word);
    word.chars().next().is_some_and(char::is_uppercase)
        && !cues::ROLE_NOUN_WORDS.contains(&folded.as_str())
        && !cues::NON_PARTY_CAPITALS.contains(&folded.as_str())
}

/// "- Controller within the meaning of Art. 4(7) GDPR, hereinafter referred to as the", « -
/// Responsable du traitement au sens de l'art. 4(7) » under a party's address block: the words
/// give the party's role, its name is the block above.
fn describes_the_role(segment: &str) -> bool {
    // The dash sets the line apart from a label ("Controller: Acme Ltd"), which names.
    let Some(words) = segment.trim_start().trim_start_matches('\\').strip_prefix(['-', '–', '—']) else {
        return false;
    };
    let words = words.trim_start();
    let words = FoldedText::new(words, 0);
    [&cues::CONTROLLER_ROLE_NOUN, &cues::PROCESSOR_ROLE_NOUN]
        .iter()
        .any(|noun| noun.find(&words).is_some_and(|(start, _)| start == 0))
}

/// `("Mailcrate", "we")`, `(ci-après « Éventia » ou le « Prestataire »)`: names given in one
/// parenthesis are the same party.
fn share_roles_within_parentheses(source: &str, names: &mut [PartyName]) {
    for index in 1..names.len() {
        let (left, right) = names.split_at_mut(index);
        let (previous, current) = (&mut left[index - 1], &mut right[0]);
        let between = source.get(previous.term_span.end..current.term_span.start).unwrap_or("");
        if between.len() > 40 || between.contains(')') || between.contains('(') {
            continue;
        }
        match (previous.role, current.role) {
            (Some(role), None) => current.role = Some(role),
            (None, Some(role)) => previous.role = Some(role),
            _ => {}
        }
        // `ci-après « le Responsable » ou « l'Établissement »`: a second name for a blank party
        // names no one either.
        current.blank |= previous.blank;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::with_test_context;

    fn roles_of(source: &str) -> Vec<(String, Option<PartyRole>, bool)> {
        with_test_context(source, |cx| {
            Roles::of(cx).names.iter().map(|name| (name.term.clone(), name.role, name.blank)).collect()
        })
    }

    /// The role `first_role_before` reads at the end of each sentence containing `marker`.
    fn role_of_sentences_with(source: &str, marker: &str) -> Vec<Option<PartyRole>> {
        with_test_context(source, |cx| {
            let roles = Roles::of(cx);
            sentences_in(cx, &[])
                .filter(|sentence| sentence.text().contains(marker))
                .map(|sentence| roles.first_role_before(&sentence, sentence.range.1))
                .collect()
        })
    }

    #[test]
    fn responsable_alone_is_the_controller_once_the_full_term_is_written() {
        let source = "Accord entre Atelier Marnier SARL, Responsable du traitement, et Pellucid Hosting BV.\n\nLe Responsable fixe les finalités.\n\nLe responsable de la sécurité tient le registre.\n\nLe Responsable de la sécurité tient le registre.\n";
        assert_eq!(role_of_sentences_with(source, "fixe"), [Some(PartyRole::Controller)]);
        assert_eq!(role_of_sentences_with(source, "registre"), [None, None], "liable for, or an officer");
        let without_full_term =
            "Accord entre Atelier Marnier SARL et Pellucid Hosting BV.\n\nLe Responsable fixe les finalités.\n";
        assert_eq!(role_of_sentences_with(without_full_term, "fixe"), [None]);
    }

    #[test]
    fn role_words_name_their_role() {
        assert_eq!(role_of_term("the customer"), Some(PartyRole::Controller));
        assert_eq!(role_of_term("le prestataire"), Some(PartyRole::Processor));
        assert_eq!(role_of_term("data controller"), Some(PartyRole::Controller));
        assert_eq!(role_of_term("agreement"), None);
        assert_eq!(role_of_term("the principal"), Some(PartyRole::Controller), "a German-register name");
        assert_eq!(role_of_term("le mandant"), Some(PartyRole::Controller));
        assert_eq!(role_of_term("the agent"), Some(PartyRole::Processor));
    }

    #[test]
    fn names_take_the_role_a_sentence_gives_them() {
        let roles = roles_of("This agreement is made between Corvid Metrics, Inc. (\"Corvid\") and Harbourline Retail B.V. (\"Harbourline\").\n\nHarbourline is the controller and Corvid is a processor.\n");
        assert_eq!(
            roles,
            [
                ("Corvid".to_string(), Some(PartyRole::Processor), false),
                ("Harbourline".to_string(), Some(PartyRole::Controller), false)
            ]
        );
    }

    #[test]
    fn whoever_processes_on_behalf_of_another_is_the_processor() {
        let roles = roles_of("This agreement is made between Halvard Analytics AB (\"Halvard\") and Nordhavn Retail A/S (\"Nordhavn\").\n\nHalvard processes personal data on behalf of Nordhavn.\n");
        assert_eq!(roles[0], ("Halvard".to_string(), Some(PartyRole::Processor), false));
        let french = roles_of("Le présent accord est conclu entre Halvard SAS (« Halvard ») et Nordhavn SA (« Nordhavn »).\n\nHalvard traite des données à caractère personnel pour le compte de Nordhavn.\n");
        assert_eq!(french[0], ("Halvard".to_string(), Some(PartyRole::Processor), false));
    }

    #[test]
    fn the_other_party_of_two_is_the_processor() {
        let roles = roles_of("This addendum applies between Altocumulus Cloud Services Limited (\"Altocumulus\") and the customer identified below (\"Customer\").\n");
        assert_eq!(roles[0], ("Altocumulus".to_string(), Some(PartyRole::Processor), false));
    }

    #[test]
    fn an_alias_takes_the_role_of_the_line_it_follows() {
        let roles = roles_of("Agreement between\n\nBirkwald Analytik GmbH, Leipzig\n\n- the Controller - hereafter named \"Birkwald\" -\n\nand\n\nOstrava Hosting s.r.o.\n- the Processor - hereinafter referred to as \"Ostrava\" -\n");
        assert_eq!(
            roles,
            [
                ("Birkwald".to_string(), Some(PartyRole::Controller), false),
                ("Ostrava".to_string(), Some(PartyRole::Processor), false)
            ]
        );
        let french = roles_of("Entre les soussignés :\n\nla société Tilleul Conseil SAS, le Sous-traitant, ci-après dénommée « Tilleul »,\n");
        assert_eq!(french, [("Tilleul".to_string(), Some(PartyRole::Processor), false)]);
    }

    #[test]
    fn every_alias_of_a_blank_form_block_is_blank() {
        let roles = roles_of("## Le Responsable du Traitement\n\n**Dénomination** : [Nom de la commune]  \n**Adresse** : [Adresse]\n\nCi-après dénommé **\"le Responsable du Traitement\"** ou **\"la Commune\"**\n\n## Le Sous-Traitant\n\n**Dénomination** : Gravelot Services SAS  \n**Adresse** : 3 rue des Lilas, Rennes\n\nCi-après dénommé **\"le Sous-Traitant\"** ou **\"l'Exploitant\"**\n");
        assert_eq!(
            roles,
            [
                ("le Responsable du Traitement".to_string(), Some(PartyRole::Controller), true),
                ("la Commune".to_string(), Some(PartyRole::Controller), true),
                ("le Sous-Traitant".to_string(), Some(PartyRole::Processor), false),
                ("l'Exploitant".to_string(), Some(PartyRole::Processor), false)
            ]
        );
    }

    #[test]
    fn names_after_hereinafter_and_blank_names() {
        let roles = roles_of("Entre les soussignés :\n\n[●], société au capital de [●] euros,\n\nci-après le « Responsable du traitement »,\n\nEt la société Pellucid Hosting BV, ci-après dénommée « le sous-traitant ».\n");
        assert_eq!(
            roles,
            [
                ("Responsable du traitement".to_string(), Some(PartyRole::Controller), true),
                ("le sous-traitant".to_string(), Some(PartyRole::Processor), false)
            ]
        );
    }
}

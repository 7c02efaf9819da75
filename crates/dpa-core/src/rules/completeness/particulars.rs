//! ART28-3-SUBJECT-MATTER, -DURATION, -NATURE, -PURPOSE, -DATA-TYPES, -DATA-SUBJECTS: the six
//! particulars Art. 28(3) requires the contract itself to set out.
//!
//! A particular is set out by a filled row of the description annex, a `Label: value` line
//! ("Categories of data subjects: visitors …"), a sentence stating it ("The subject matter of the
//! processing is …"), for the duration a `duration` fact or "for the term of the Agreement", and
//! for the subject matter a `{subject-matter}` clause. It is missing when none of these exists,
//! and open when the only statement is a blank or leaves it to the controller ("any types of
//! personal data, as determined by Customer", "as completed by the Client", "according to the
//! information provided in the respective contractual relationship"). A value that only points
//! elsewhere ("As set forth in the Agreement") says nothing either way; one with words of its own
//! around the reference ("the service described in the Terms (bookings, invoicing)") states it.

use std::collections::HashMap;

use dpa_lexicon::cues::completeness as cues;
use dpa_lexicon::cues::Cue;
use dpa_lexicon::values::FactValue;
use dpa_lexicon::FoldedText;
use dpa_syntax::Span;

use crate::finding::{Edit, Fix, Severity};
use crate::lang::{L10n, Message};
use crate::model::{ClauseKind, FactName, Paragraph, Particular, PartyRole};
use crate::rules::query::inference_note;
use crate::rules::roles::Roles;
use crate::rules::search::{sentences_in, with_certainty_hint, Sentence};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct ParticularRule {
    meta: &'static RuleMeta,
    particular: Particular,
    label: &'static Cue,
    /// The particular, as a message names it.
    name: L10n,
    /// The description annex's row label for it.
    row_label: L10n,
    /// A value that fits most contracts, offered to fill a blank.
    model_value: Option<L10n>,
    /// The annex row to add (`| Duration | … |`), with the model value or a blank to complete.
    row: L10n,
    /// The same as a `Label: value` line, for an annex without a table.
    line: L10n,
    /// A whole description table holding that row, for a document without the annex.
    table: L10n,
}

/// How one statement of a particular reads.
enum Statement {
    Filled,
    /// Only points elsewhere ("are set out in Annex 1"): says nothing either way.
    Elsewhere,
    /// Left to the controller or to "any" data.
    Deferred,
    /// A duration that lasts as long as the processing ("for as long as the processor processes
    /// the data"): it sets no end.
    Unbounded,
    /// Speaks of something else under the particular's label: the document's effective date or
    /// the duties that survive it, under "Duration and termination". Says nothing either way.
    Unrelated,
    /// Restates the label and names no one and no data ("Data subjects whose personal data is
    /// processed under the Agreement").
    Circular,
    Blank,
}

impl Rule for ParticularRule {
    fn meta(&self) -> &'static RuleMeta {
        self.meta
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        match self.explicit(cx) {
            Explicit::Filled => {}
            Explicit::Open(span, state) => self.report_open(cx, sink, span, &state),
            Explicit::Absent if self.stated_in_prose(cx) => {}
            Explicit::Absent => self.report_missing(cx, sink),
        }
    }
}

/// What the document's explicit entries (annex rows, `Label: value` lines, the `duration` fact)
/// say about a particular. A filled entry settles it; an open one is reported even when prose
/// elsewhere seems to describe it, since the blank is what the parties will sign.
enum Explicit {
    Filled,
    Open(Span, Statement),
    Absent,
}

impl ParticularRule {
    fn explicit(&self, cx: &Context<'_>) -> Explicit {
        let mut entries: Vec<(Span, Statement)> = cx
            .doc
            .particulars
            .iter()
            .filter(|entry| entry.particular == self.particular)
            // The words under the span, not only the text the reader kept: "the following
            // services: [Describe the services]" is a blank.
            .map(|entry| (entry.span, self.read_value(cx.text(entry.span), entry.unfilled)))
            .collect();
        if self.particular == Particular::Duration {
            for fact in cx.doc.facts_named(FactName::Duration) {
                match fact.parsed() {
                    Some(FactValue::Placeholder) => entries.push((fact.span, Statement::Blank)),
                    Some(_) => entries.push((fact.span, Statement::Filled)),
                    None => {}
                }
            }
        }
        entries.extend(self.label_lines(cx));
        entries.extend(self.column_values(cx));
        entries.extend(self.left_to_controller(cx));
        if entries.iter().any(|(_, state)| matches!(state, Statement::Filled)) {
            return Explicit::Filled;
        }
        entries
            .into_iter()
            .find(|(_, state)| !matches!(state, Statement::Elsewhere | Statement::Unrelated))
            .map_or(Explicit::Absent, |(span, state)| Explicit::Open(span, state))
    }

    /// `Label: value` lines ("Purpose of Processing: Measuring …"), two-column table rows the
    /// description reader did not take (`| **Subject matter** | … |`), and labels standing alone
    /// on a line with the value in the paragraphs after them ("3.1 Finalités", then a list).
    fn label_lines(&self, cx: &Context<'_>) -> Vec<(Span, Statement)> {
        let paragraphs = &cx.doc.paragraphs;
        let mut found = Vec::new();
        // A heading that is a label ("### Duration of processing", "(2) Duration"): its first
        // paragraph is the value.
        let titles = cx.reading(TitleParticulars::read);
        for (clause, _) in
            cx.doc.clauses.iter().zip(&titles.named).filter(|(_, particulars)| particulars.contains(&self.particular))
        {
            // The first paragraph keeps its own words (a code span is a blank) and, when it leads
            // in ("the following services:"), takes its list or the blank below it.
            if let Some(&index) = titles.first_paragraph.get(&clause.id) {
                let (span, text) = value_with_list(cx, index, 0, paragraphs[index].folded.folded.len());
                found.push((span, self.read_value(&text, false)));
            }
        }
        // A label is part of its paragraph: one that names this particular has its label words.
        let label_words: Vec<&Cue> =
            LABELS.iter().filter(|(particular, _)| *particular == self.particular).map(|&(_, cue)| cue).collect();
        for (index, paragraph) in paragraphs.iter().enumerate() {
            let plural_marked = PLURAL_MARKS.iter().any(|mark| paragraph.folded.folded.contains(mark));
            if !plural_marked && !label_words.iter().any(|cue| cue.matches(&paragraph.folded)) {
                continue;
            }
            // A table's first row titles its columns, read by `column_values`, once it has more
            // than a label and a value.
            let column_titles = paragraph.is_table_row
                && index.checked_sub(1).is_none_or(|previous| !paragraphs[previous].is_table_row)
                && table_cells(&paragraph.folded.folded).len() > 2;
            let split = split_label(paragraph).filter(|(label, _)| label_particulars(label).contains(&self.particular));
            let Some((_, value)) = split.filter(|_| !column_titles) else {
                found.extend(self.label_lines_within(cx, index));
                continue;
            };
            let folded = &paragraph.folded.folded;
            if !folded[value..].trim().is_empty() {
                let (span, text) = value_with_list(cx, index, value, folded.len());
                found.push((span, self.read_value(&text, false)));
                continue;
            }
            found.push(self.value_below(cx, index));
        }
        found
    }

    /// Labels on a line of their own inside a paragraph, as PDF text keeps them ("… Being
    /// Processed⏎Types of data⏎The following types of data are processed:", then a bullet list):
    /// the lines after the label, up to the next label line, are its value, with the list they
    /// introduce.
    fn label_lines_within(&self, cx: &Context<'_>, index: usize) -> Vec<(Span, Statement)> {
        let paragraph = &cx.doc.paragraphs[index];
        let folded_at = |text_offset: usize| paragraph.folded.folded_offset(paragraph.offsets[text_offset]);
        // The paragraph's text joins its lines with a space where the source breaks the line.
        let breaks: Vec<usize> = paragraph
            .text
            .match_indices(' ')
            .map(|(at, _)| at)
            .filter(|&at| {
                let around = paragraph.offsets.get(at.wrapping_sub(1)).zip(paragraph.offsets.get(at + 1));
                around.and_then(|(&before, &after)| cx.source.get(before..after)).is_some_and(|gap| gap.contains('\n'))
            })
            .collect();
        // The first line is `split_label`'s.
        let lines: Vec<(usize, usize)> = breaks
            .iter()
            .enumerate()
            .map(|(at, &space)| (space + 1, breaks.get(at + 1).copied().unwrap_or(paragraph.text.len())))
            .collect();
        let labels: Vec<(usize, usize, Vec<Particular>)> = lines
            .iter()
            .map(|&(start, end)| (start, end, standalone_label(&paragraph.text[start..end])))
            .filter(|(_, _, particulars)| !particulars.is_empty())
            .collect();
        let end = paragraph.folded.folded.len();
        labels
            .iter()
            .enumerate()
            .filter(|(_, (_, _, particulars))| particulars.contains(&self.particular))
            .map(|(at, &(_, line_end, _))| {
                let from = if line_end < paragraph.text.len() { folded_at(line_end) } else { end };
                let to = labels.get(at + 1).map_or(end, |&(next, _, _)| folded_at(next));
                if !paragraph.folded.folded[from..to].trim().is_empty() {
                    let (span, text) = value_with_list(cx, index, from, to);
                    (span, self.read_value(&text, false))
                } else if to == end {
                    self.value_below(cx, index)
                } else {
                    (paragraph.source_span(line_end.saturating_sub(1), line_end), Statement::Blank)
                }
            })
            .collect()
    }

    /// The value of a label that ends paragraph `index`: the next paragraph of its clause, with
    /// the list it introduces, unless that is another label.
    fn value_below(&self, cx: &Context<'_>, index: usize) -> (Span, Statement) {
        let paragraph = &cx.doc.paragraphs[index];
        let next = cx.doc.paragraphs.get(index + 1).filter(|next| next.clause == paragraph.clause);
        match next.filter(|next| split_label(next).is_none_or(|(label, _)| label_particulars(label).is_empty())) {
            Some(next) => {
                let (span, text) = value_with_list(cx, index + 1, 0, next.folded.folded.len());
                (span, self.read_value(&text, false))
            }
            None => (paragraph.span, Statement::Blank),
        }
    }

    /// Cells under a column titled with the particular ("| Type of data | Examples | Affected
    /// data subjects |"): each row states it for its own data.
    fn column_values(&self, cx: &Context<'_>) -> Vec<(Span, Statement)> {
        let mut found = Vec::new();
        for table in processing_tables(cx) {
            let Some((titles, rows)) = table.split_first() else { continue };
            for (column, &(from, to)) in table_cells(&titles.folded.folded).iter().enumerate() {
                if !label_particulars(strip_enumeration(&titles.folded.folded[from..to])).contains(&self.particular) {
                    continue;
                }
                let cells: Vec<(Span, &str)> = rows
                    .iter()
                    .filter_map(|row| {
                        let &(from, to) = table_cells(&row.folded.folded).get(column)?;
                        let (start, end) = row.folded.source_range(from, to);
                        Some((Span::new(start, end), &row.folded.folded[from..to]))
                    })
                    .collect();
                // A first column of labels ("| Subject matter | … |" over "| Duration | … |")
                // names a particular on each row: its first cell is a row, not a column title.
                if cells.iter().any(|(_, cell)| !label_particulars(strip_enumeration(cell)).is_empty()) {
                    continue;
                }
                found.extend(cells.into_iter().map(|(span, cell)| (span, self.read_value(cell, false))));
            }
        }
        found
    }

    /// Prose that states the particular: a sentence opening with its label ("The subject matter
    /// of the processing is …"), or what stands in for it (see the module notes).
    fn stated_in_prose(&self, cx: &Context<'_>) -> bool {
        if sentences_in(cx, &[])
            .any(|sentence| self.states_particular(&sentence) || self.states_particular_in_items(&sentence))
        {
            return true;
        }
        let roles = Roles::of(cx);
        let concrete = |sentence: &Sentence<'_>| !sentence.text().contains('[') && !leaves_open(sentence);
        match self.particular {
            Particular::SubjectMatter => {
                let clause = sentences_in(cx, &[ClauseKind::SubjectMatter]).any(|sentence| {
                    concrete(&sentence)
                        && !sentence.states(&cues::ELSEWHERE_REFERENCE)
                        && sentence.text().split_whitespace().count() >= 4
                });
                let governs = sentences_in(cx, &[]).any(|sentence| {
                    concrete(&sentence)
                        && sentence.states_all(&[&cues::GOVERNS_HANDLING, &cues::DATA_OF, &cues::DATA_SUBJECT_NOUNS])
                });
                // The Commission's clauses (2021/915, Annex II) describe the subject matter
                // through the nature and purpose of the processing.
                clause
                    || governs
                    || (matches!(NATURE.explicit(cx), Explicit::Filled)
                        && matches!(PURPOSE.explicit(cx), Explicit::Filled))
            }
            // A term named after a survival is how long the surviving duty lasts ("confidentiality
            // survives for the term of the Agreement"), not the processing.
            Particular::Duration => sentences_in(cx, &[]).any(|sentence| {
                let survival = sentence.matches(&cues::SURVIVAL).first().map_or(usize::MAX, |&(start, _)| start);
                concrete(&sentence)
                    && sentence.states(&cues::PROCESSING_CONTEXT)
                    && sentence.matches(&cues::TERM_OF_CONTRACT).iter().any(|&(start, _)| start < survival)
            }),
            // "We store the names …", or operations named as nouns in a sentence about the
            // processing ("processing such as indexing and storage") or in a description row
            // ("Purpose: Hosting of the databases").
            Particular::Nature => {
                let by_processor = sentences_in(cx, &[]).any(|sentence| {
                    concrete(&sentence)
                        && sentence
                            .matches(&cues::OPERATION_VERBS)
                            .into_iter()
                            .any(|(start, _)| roles.subject_of(&sentence, start) == Some(PartyRole::Processor))
                });
                let operations_named = sentences_in(cx, &[]).any(|sentence| {
                    concrete(&sentence)
                        && (sentence.states(&cues::PROCESSING_DESCRIPTION)
                            && sentence.matches(&cues::OPERATION_NOUNS).len() >= 2
                            || operations_listed(&sentence))
                });
                // "Processing payroll data solely to validate files, assess eligibility …" in the
                // description: what the processing is done for is what it does.
                let described_with_aim = sentences_in(cx, DESCRIPTION_KINDS).any(|sentence| {
                    concrete(&sentence) && sentence.states(&cues::PROCESSING_VERB) && states_purpose(&sentence)
                });
                // « Le Sous-traitant traite les données … pour permettre la prise de rendez-vous »,
                // "processes the data as part of operating the booking platform, a service for …":
                // in the same clause, the activity the processing serves, in words of its own.
                let serves_activity = sentences_in(cx, DESCRIPTION_KINDS)
                    .any(|sentence| concrete(&sentence) && processing_serves_activity(&sentence));
                by_processor
                    || operations_named
                    || described_with_aim
                    || serves_activity
                    || operation_in_purpose_column(cx)
            }
            Particular::Purpose => sentences_in(cx, &[]).any(|sentence| {
                let after_operation = sentence.matches(&cues::OPERATION_VERBS).first().is_some_and(|&(_, verb_end)| {
                    sentence.matches(&cues::PURPOSE_CLAUSE).into_iter().any(|(start, end)| {
                        start > verb_end && sentence.words_between(end, sentence.range.1).len() >= 3
                    })
                });
                concrete(&sentence)
                    && (after_operation
                        || (states_purpose(&sentence)
                            && (sentence.states(&cues::PROCESSING_VERB) || sentence.states(&cues::DATA_WORD))))
            }),
            // Two types of data, or in the description of the processing one ("Processing payroll
            // data …"); the name and contact details of a contact point are not data processed.
            Particular::DataTypes => {
                let data_words = |sentence: &Sentence<'_>| {
                    if concrete(sentence) && !sentence.states(&cues::CONTACT_POINT) {
                        sentence.matches(&cues::DATA_TYPE_WORDS).len()
                    } else {
                        0
                    }
                };
                sentences_in(cx, &[]).any(|sentence| data_words(&sentence) >= 2)
                    || sentences_in(cx, DESCRIPTION_KINDS).any(|sentence| data_words(&sentence) >= 1)
            }
            // "personal data of the Customer's customers", or the data listed item by item with
            // whose it is ("the name, e-mail address and booking history of the Client's clients"):
            // the people are named as the data's owners, not elsewhere in the sentence ("employees
            // of the contractor … process personal data of the client").
            // Or given as examples of the data subjects ("may relate to Data Subjects, such as the
            // Customer's users, employees …", « des personnes concernées, telles que les clients »).
            Particular::DataSubjects => sentences_in(cx, &[]).any(|sentence| {
                let listed = sentence.matches(&cues::DATA_TYPE_WORDS).len() >= 2;
                let mut links =
                    if listed { sentence.matches(&cues::DATA_OWNER_LINK) } else { sentence.matches(&cues::DATA_OF) };
                let labels = sentence.matches(self.label);
                links.extend(sentence.matches(&cues::EXAMPLES_INTRO).into_iter().filter(|&(start, _)| {
                    labels.iter().any(|&(_, end)| end <= start && sentence.words_between(end, start).is_empty())
                }));
                concrete(&sentence)
                    && sentence.matches(&cues::DATA_SUBJECT_NOUNS).into_iter().any(|(start, _)| {
                        links.iter().any(|&(_, end)| end <= start && sentence.words_between(end, start).len() <= 3)
                    })
            }),
            Particular::SpecialCategories => false,
        }
    }

    /// The label, then at most a few filler words, then a verb, then something that is neither a
    /// pointer elsewhere nor a deferral.
    fn states_particular(&self, sentence: &Sentence<'_>) -> bool {
        if leaves_open(sentence) || sentence.text().contains('[') {
            return false;
        }
        sentence.matches(self.label).into_iter().any(|(start, end)| {
            states_aim(sentence, end)
                || self.value_after_label_verb(sentence, start, end).is_some_and(|value| {
                    value.split_whitespace().count() >= 2 && !points_only_elsewhere(&FoldedText::new(&value, 0))
                })
        })
    }

    /// An item of a list led in by the label and its verb ("The nature of the operations carried
    /// out is:", "The purposes are as follows:", « Les finalités du traitement sont : », then
    /// "- hosting …"): the items are the value.
    fn states_particular_in_items(&self, sentence: &Sentence<'_>) -> bool {
        let Some((paragraph, range)) = sentence.lead_in else { return false };
        let lead_in = Sentence::alone(paragraph, range);
        let opens_list = lead_in.matches(self.label).into_iter().any(|(start, end)| {
            self.value_after_label_verb(&lead_in, start, end).is_some_and(|value| value.trim_end().ends_with(':'))
        });
        opens_list
            && !leaves_open(sentence)
            && !sentence.text().contains('[')
            && sentence.text().split_whitespace().count() >= 2
            && !points_only_elsewhere(&FoldedText::new(sentence.text(), 0))
    }

    /// What follows the label at `start..end` when the sentence opens with it and states it: at
    /// most a few filler words, then a verb ("The purpose of the processing is …", « La nature
    /// des opérations réalisées sur les données est … »).
    fn value_after_label_verb(&self, sentence: &Sentence<'_>, start: usize, end: usize) -> Option<String> {
        let opening = sentence.words_between(sentence.range.0, start);
        if !opening.iter().all(|word| cues::SENTENCE_OPENERS.contains(word) || is_enumeration(word)) {
            return None;
        }
        let rest = &sentence.paragraph.folded.folded[end..sentence.range.1];
        let words: Vec<&str> = rest.split_whitespace().collect();
        let fillers = words.iter().take_while(|word| cues::PARTICULAR_LABEL_FILLER.contains(word)).count();
        // The fillers are a closed list of words, so a long run of them is still the label's own
        // ("… of the operations performed on the personal data is").
        if fillers > 8 {
            return None;
        }
        let after_fillers = words[fillers..].join(" ");
        let verb = FoldedText::new(&after_fillers, 0);
        let verb_end = cues::PARTICULAR_STATEMENT_VERB.find_all(&verb).into_iter().find(|&(start, _)| start == 0)?.1;
        Some(after_fillers[verb_end..].to_string())
    }

    fn report_open(&self, cx: &Context<'_>, sink: &mut Sink, span: Span, state: &Statement) {
        let (name, row) = (self.name, self.row_label);
        let message = match state {
            Statement::Deferred => Message::new(
                format!("The “{}” entry states nothing concrete and leaves it open (\"any\", \"as determined by the Customer\"). Art. 28(3) requires the contract itself to set out {}, so that the processor's mandate has limits: replace the entry with a concrete description.", row.en, name.en),
                format!("La mention « {} » ne précise rien de concret et laisse la question ouverte (« tout », « tel que déterminé par le Client »). L'art. 28(3) exige que le contrat précise lui-même {}, afin que le mandat du sous-traitant ait des limites : remplacez-la par une description concrète.", row.fr, name.fr),
            ),
            Statement::Unbounded => Message::new(
                format!("The “{}” entry sets no end: \"for as long as the processor processes the data\" lasts as long as the processing itself. Art. 28(3) requires the contract to set out {}; tie it to the term of the main agreement or give a date or a period.", row.en, name.en),
                format!("La mention « {} » ne fixe aucun terme : « tant que le sous-traitant traite les données » dure autant que le traitement lui-même. L'art. 28(3) exige que le contrat précise {} ; rattachez-la à la durée du contrat principal ou indiquez une date ou une période.", row.fr, name.fr),
            ),
            Statement::Circular => Message::new(
                format!("The “{}” entry only restates its own label (\"data subjects whose personal data is processed\") and names nothing. Art. 28(3) requires the contract to set out {}, so that the processor's mandate has limits: name them (for example customers, employees, website visitors; names, e-mail addresses, order history).", row.en, name.en),
                format!("La mention « {} » ne fait que répéter son intitulé (« les personnes concernées dont les données sont traitées ») et ne désigne rien. L'art. 28(3) exige que le contrat précise {}, afin que le mandat du sous-traitant ait des limites : désignez-les (par exemple clients, salariés, visiteurs du site ; noms, adresses électroniques, historique des commandes).", row.fr, name.fr),
            ),
            _ => Message::new(
                format!("The “{}” entry is still a blank. Art. 28(3) requires the contract to set out {}; an empty entry sets out nothing. Fill it in before signature.", row.en, name.en),
                format!("La mention « {} » est encore un blanc. L'art. 28(3) exige que le contrat précise {} ; une mention vide ne précise rien. Complétez-la avant la signature.", row.fr, name.fr),
            ),
        };
        let hint = L10n::new(
            "put the description in an annex tagged `{annex description}`",
            "placez la description dans une annexe balisée `{annexe description-du-traitement}`",
        );
        let message = inference_note(message, cx.doc.prose, hint);
        let finding = sink.report(cx, self.meta, span, message).inferred(cx.doc.prose);
        if let (Statement::Blank, Some(value)) = (state, self.model_value) {
            let title = Message::new(format!("Fill in: “{}”", value.en), format!("Compléter : « {} »", value.fr));
            finding.with_fix(fixes::replace(span, value.get(cx.doc_lang()), title));
        }
    }

    fn report_missing(&self, cx: &Context<'_>, sink: &mut Sink) {
        let annex = cx.doc.clauses_of(ClauseKind::Description).next();
        let span = annex.map_or(cx.missing_span(), |clause| clause.span);
        let inferred = cx.doc.prose || annex.is_some_and(|clause| clause.inferred());
        let name = self.name;
        let message = Message::new(
            format!("The contract does not set out {}: neither the description annex nor any clause deals with it. Art. 28(3) requires the contract to set out the subject matter, duration, nature and purpose of the processing, the types of personal data and the categories of data subjects, so that the processor's mandate has limits. Add a “{}” entry to the description annex.", name.en, self.row_label.en),
            format!("Le contrat ne précise pas {} : ni l'annexe de description ni aucune clause n'en traite. L'art. 28(3) exige que le contrat définisse l'objet, la durée, la nature et la finalité du traitement, le type de données à caractère personnel et les catégories de personnes concernées, afin que le mandat du sous-traitant ait des limites. Ajoutez une mention « {} » à l'annexe de description.", name.fr, self.row_label.fr),
        );
        let message = with_certainty_hint(message, ClauseKind::Description, inferred);
        let fix = self.row_fix(cx);
        sink.report(cx, self.meta, span, message).with_fix(fix).inferred(inferred);
    }

    /// Adds the missing row after the last row of the description annex's table, or a new annex
    /// with the row when there is none.
    fn row_fix(&self, cx: &Context<'_>) -> Fix {
        let title = Message::new(
            format!("Add the “{}” row to the description annex", self.row_label.en),
            format!("Ajouter la ligne « {} » à l'annexe de description", self.row_label.fr),
        );
        let last_row = cx.doc.paragraphs_in(ClauseKind::Description).filter(|p| p.is_table_row).last();
        let mut fix = match last_row {
            Some(last_row) => {
                let newline = if cx.source.contains("\r\n") { "\r\n" } else { "\n" };
                let replacement = format!("{newline}{}", self.row.get(cx.doc_lang()));
                Fix { title: title.clone(), edits: vec![Edit { span: Span::empty(last_row.span.end), replacement }] }
            }
            None if cx.doc.has_clause(ClauseKind::Description) => {
                fixes::add_to_clause(cx, ClauseKind::Description, ANNEX_TITLE, self.line)
            }
            None => fixes::insert_clause(cx, ClauseKind::Description, ANNEX_TITLE, self.table),
        };
        fix.title = title;
        fix
    }
}

const ANNEX_TITLE: L10n = L10n::new("Annex I - Description of the processing", "Annexe I - Description du traitement");

impl ParticularRule {
    /// How a particular's value reads: filled, left to the controller, or blank.
    fn read_value(&self, text: &str, unfilled: bool) -> Statement {
        let value = FoldedText::new(text, 0);
        // "Any categories of personal data contained in the Content" is open-ended, not a pointer.
        let open_ended = cues::OPEN_ENDED_PARTICULAR.matches(&value);
        let deferred = open_ended || cues::DEFERRED_TO_CONTROLLER.matches(&value);
        // "the following services: [Describe the services]": what follows the colon is the value.
        let after_colon = after_last_label(&value.folded);
        let trimmed =
            after_colon.trim_matches(|c: char| c.is_whitespace() || c == '.').trim_start_matches(['•', '-', '*', ' ']);
        let blank = trimmed.is_empty()
            || trimmed == "?"
            || (trimmed.starts_with('[') && trimmed.ends_with(']'))
            || is_code_span_blank(text);
        if points_only_elsewhere(&value) && !(blank || unfilled || open_ended) {
            return Statement::Elsewhere;
        }
        if self.particular == Particular::Duration && !(blank || unfilled) {
            if dates_no_term(&value) {
                return Statement::Unrelated;
            }
            if lasts_while_processing(&value) {
                return Statement::Unbounded;
            }
        }
        // A lead-in whose list was not attached ("The categories of personal data are:") is read
        // with its list elsewhere, not judged alone.
        let lead_in = value.folded.trim_end().ends_with(':');
        if !(blank || unfilled || deferred || lead_in) && self.restates_label(&value) {
            return Statement::Circular;
        }
        match (deferred, blank || unfilled) {
            (true, _) => Statement::Deferred,
            (false, true) => Statement::Blank,
            (false, false) => Statement::Filled,
        }
    }

    /// A data-subjects or data-types value that names nothing of its own: no category of people
    /// or type of data, and before what it is processed under ("pursuant to the Terms") only
    /// words restating the label ("Data subjects whose personal data will be processed"). "Customers
    /// whose data is processed" names the customers.
    fn restates_label(&self, value: &FoldedText) -> bool {
        let named = match self.particular {
            Particular::DataSubjects => &cues::DATA_SUBJECT_NOUNS,
            Particular::DataTypes => &cues::DATA_TYPE_WORDS,
            _ => return false,
        };
        if named.matches(value) || !cues::PROCESSING_VERB.matches(value) {
            return false;
        }
        let folded = value.folded.as_str();
        let before_contract = cues::PROCESSED_UNDER.find(value).map_or(folded, |(start, _)| &folded[..start]);
        before_contract
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| word.len() >= 4)
            .all(|word| cues::REFERENCE_FILLER.contains(&word) || cues::RESTATEMENT_WORDS.contains(&word))
    }

    /// Sentences naming the particular and leaving it to the controller: "Les finalités du
    /// traitement sont déterminées par le Responsable de traitement", "The categories of data
    /// subjects are specified by the Customer", « … ne sont pas déterminées par le Prestataire
    /// mais par le Client ».
    fn left_to_controller(&self, cx: &Context<'_>) -> Vec<(Span, Statement)> {
        let roles = Roles::of(cx);
        sentences_in(cx, &[])
            .filter(|sentence| !sentence.mentions(self.label).is_empty())
            .filter(|sentence| {
                sentence.states(&cues::DEFERRED_TO_CONTROLLER)
                    || sentence.matches(&cues::LEFT_TO_PARTICIPLE).into_iter().any(|(_, participle_end)| {
                        roles.role_linked_after(sentence, participle_end) == Some(PartyRole::Controller)
                    })
            })
            .map(|sentence| (sentence.span(), Statement::Deferred))
            .collect()
    }
}

/// A processing table whose purpose (or nature) column names an operation ("| Hébergement des
/// bases de données | …"): the operation is the nature of the processing. A processing table
/// has another particular's column (data, data subjects, retention).
fn operation_in_purpose_column(cx: &Context<'_>) -> bool {
    processing_tables(cx).into_iter().any(|table| {
        let Some((titles, rows)) = table.split_first() else { return false };
        let columns: Vec<Vec<Particular>> = table_cells(&titles.folded.folded)
            .into_iter()
            .map(|(from, to)| label_particulars(strip_enumeration(&titles.folded.folded[from..to])))
            .collect();
        let processing_table = columns.iter().flatten().any(|particular| {
            matches!(particular, Particular::Duration | Particular::DataTypes | Particular::DataSubjects)
        });
        processing_table
            && rows.iter().any(|row| {
                let folded = &row.folded.folded;
                table_cells(folded).into_iter().zip(&columns).any(|((from, to), column)| {
                    column.iter().any(|particular| matches!(particular, Particular::Purpose | Particular::Nature))
                        && cues::OPERATION_NOUNS
                            .find(&FoldedText::new(&folded[from..to], 0))
                            .is_some_and(|(start, _)| start == 0)
                })
            })
    })
}

/// The tables of the document outside its sub-processor clauses and lists, each as its rows (the
/// first titles the columns). A sub-processor list's "Purpose: hosting" is what the sub-processor
/// does, not the processing's nature, and its data column is that sub-processor's share; such a
/// list may stand in a clause of any title, so its rows are known by the records read from them.
fn processing_tables<'d>(cx: &Context<'d>) -> Vec<Vec<&'d Paragraph>> {
    let mut record_rows: Vec<Span> = cx.doc.sub_processors.iter().map(|record| record.span).collect();
    record_rows.sort_by_key(|span| span.start);
    let is_record_row = |paragraph: &Paragraph| {
        let before = record_rows.partition_point(|span| span.start <= paragraph.span.start);
        before > 0 && record_rows[before - 1].end >= paragraph.span.end
    };
    let mut tables: Vec<Vec<&Paragraph>> = Vec::new();
    let mut in_table = false;
    for paragraph in &cx.doc.paragraphs {
        let sub_processor_clause =
            cx.doc.clause_of(paragraph).and_then(|clause| clause.kind).is_some_and(ClauseKind::concerns_sub_processors);
        let row = paragraph.is_table_row && !sub_processor_clause && !is_record_row(paragraph);
        // A separator row (`|---|---|`) is no row of content.
        let separator = paragraph.folded.folded.chars().all(|c| matches!(c, '-' | ':' | '|' | ' '));
        match (row, in_table) {
            (true, _) if separator => {}
            (true, true) => tables.last_mut().into_iter().for_each(|table| table.push(paragraph)),
            (true, false) => tables.push(vec![paragraph]),
            (false, _) => {}
        }
        in_table = row;
    }
    tables.retain(|table| !lists_recipients(table[0]));
    tables
}

/// A table with a country or transfer-mechanism column lists recipients of the data (whatever
/// its first column is called: "Partner", "Vendor"), so its purposes are theirs.
fn lists_recipients(header: &Paragraph) -> bool {
    let folded = &header.folded.folded;
    table_cells(folded).into_iter().any(|(start, end)| {
        matches!(
            dpa_lexicon::record_column(folded[start..end].trim()),
            Some(dpa_lexicon::RecordColumn::Country | dpa_lexicon::RecordColumn::TransferMechanism)
        )
    })
}

/// The folded ranges of a table row's cells, without the outer bars.
fn table_cells(folded: &str) -> Vec<(usize, usize)> {
    let mut cells = Vec::new();
    let mut start = 0;
    for end in folded.match_indices('|').map(|(at, _)| at).chain([folded.len()]) {
        let cell = &folded[start..end];
        let from = start + (cell.len() - cell.trim_start().len());
        cells.push((from, from.max(start + cell.trim_end().len())));
        start = end + 1;
    }
    let outer_bar = |cell: &(usize, usize)| cell.0 == cell.1;
    if folded.trim_start().starts_with('|') && cells.first().is_some_and(outer_bar) {
        cells.remove(0);
    }
    if folded.trim_end().ends_with('|') && cells.last().is_some_and(outer_bar) {
        cells.pop();
    }
    cells
}

/// The value from folded offset `from` to `to` of paragraph `index`, with the items of the list
/// it introduces when it runs to the paragraph's end on a colon ("… are processed:", then
/// bullets): the lead-in alone says nothing of the data.
fn value_with_list(cx: &Context<'_>, index: usize, from: usize, to: usize) -> (Span, String) {
    let paragraph = &cx.doc.paragraphs[index];
    let folded = &paragraph.folded.folded;
    let (start, mut end) = paragraph.folded.source_range(from, to);
    // A whole paragraph keeps its own words: a code span (`` `subject matter` ``) is a blank.
    let mut text = if from == 0 && to == folded.len() { paragraph.text.clone() } else { folded[from..to].to_string() };
    if to == folded.len() && folded.trim_end().ends_with(':') {
        let items = cx.doc.paragraphs[index + 1..]
            .iter()
            .zip(&cx.doc.lead_ins[index + 1..])
            .take_while(|(_, lead_in)| lead_in.is_some_and(|(lead, _)| lead == index));
        let mut listed = false;
        for (item, _) in items {
            text.push(' ');
            text.push_str(&item.folded.folded);
            end = item.span.end;
            listed = true;
        }
        // "… in connection with the following services:" over a paragraph that is only a blank
        // ("[Describe the services, e.g. hosting]"): the lead-in is completed by that blank.
        let blank_below = cx
            .doc
            .paragraphs
            .get(index + 1)
            .filter(|next| !listed && next.clause == paragraph.clause && next.is_drafting_note());
        if let Some(blank) = blank_below {
            text.push_str(": ");
            text.push_str(&blank.folded.folded);
            end = blank.span.end;
        }
    }
    (Span::new(start, end), text)
}

/// A value that only points elsewhere ("As set forth in the Agreement", "The Services described
/// in the Agreement"): around the reference there are filler words only. A description before
/// it ("Hosting of the booking platform, as described in …") or after what it points to
/// (« fournir le service décrit dans les CGU (gestion des consultants, facturation) ») states
/// the particular.
fn points_only_elsewhere(value: &FoldedText) -> bool {
    let Some((start, end)) = cues::ELSEWHERE_REFERENCE.find(value) else { return false };
    let folded = value.folded.as_str();
    // What the reference points to ("the section \"Processing\" of the DPA") ends at a bracket,
    // a punctuation mark or the end of its sentence.
    let after = &folded[end..];
    let target_end = [after.find(['(', ',', ';', ':']), after.find(". ")].into_iter().flatten().min();
    let after_target = target_end.map_or("", |at| &after[at..]);
    content_words(&folded[..start]) < 2 && content_words(after_target) < 2
}

/// Words that describe something: four letters or more, and not filler around a reference.
fn content_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() >= 4 && !cues::REFERENCE_FILLER.contains(word))
        .count()
}

/// A value left to the controller or stated as "any" data.
fn leaves_open(sentence: &Sentence<'_>) -> bool {
    sentence.states(&cues::DEFERRED_TO_CONTROLLER) || sentence.states(&cues::OPEN_ENDED_PARTICULAR)
}

/// The clauses that describe the processing, where a data word or a stated aim describes it.
const DESCRIPTION_KINDS: &[ClauseKind] = &[ClauseKind::Description, ClauseKind::SubjectMatter];

/// A purpose stated by limiting the processing to it ("for the sole purpose of …", "solely to
/// validate files") or by what the data is used for ("in order to …"), with at least three words
/// of its own. "Suitable for the purposes for which the Customer proposes to use the Services" is
/// the Customer's own use, and "for the purposes of this DPA" a drafting idiom: neither is the
/// purpose of the processing. A described service the data is processed to provide is one.
fn states_purpose(sentence: &Sentence<'_>) -> bool {
    let stated = |cue: &Cue| {
        sentence.mentions(cue).into_iter().any(|(_, end)| {
            let words = sentence.words_between(end, sentence.range.1);
            words.len() >= 3 && !cues::DOCUMENT_SELF_WORDS.contains(&words[0])
        })
    };
    let infinitive = sentence.mentions(&cues::PURPOSE_INFINITIVE).into_iter().any(|(_, end)| {
        let words = sentence.words_between(end, sentence.range.1);
        words.len() >= 3
            && !cues::NOT_AN_INFINITIVE
                .iter()
                .any(|determiner| words[0] == *determiner || words[0].starts_with("l'") || words[0].starts_with("d'"))
    });
    // The service is the purpose only when described ("the online booking service, including:",
    // "the service: payroll, payslips"), not when named after the contract ("to provide the
    // Services under the Agreement") or followed by another duty ("…, and informs the Customer").
    let service_described = sentence.mentions(&cues::PURPOSE_SERVICE_PROVISION).into_iter().any(|(_, end)| {
        let rest = &sentence.paragraph.folded.folded[end..sentence.range.1];
        let description = match rest.find([',', ';']) {
            Some(at) if !rest[..at].contains(':') => &rest[..at],
            _ => rest,
        };
        content_words(description) >= 3 && !points_only_elsewhere(&FoldedText::new(description, 0))
    });
    !sentence.states(&cues::CONTROLLERS_INTENDED_USE)
        && (stated(&cues::PURPOSE_LIMITATION) || stated(&cues::PURPOSE_USE) || infinitive || service_described)
}

/// A particular's label ending at `label_end`, then within a few words that are not the document
/// itself, an aim: "the purpose of Plausible Analytics is to measure website usage".
fn states_aim(sentence: &Sentence<'_>, label_end: usize) -> bool {
    const REACH: usize = 4;
    sentence.matches(&cues::PARTICULAR_AIM_VERB).into_iter().any(|(start, end)| {
        let between = sentence.words_between(label_end, start);
        start >= label_end
            && between.len() <= REACH
            && !between.iter().any(|word| cues::DOCUMENT_SELF_WORDS.contains(word))
            && sentence.words_between(end, sentence.range.1).len() >= 2
            && !points_only_elsewhere(&FoldedText::new(&sentence.paragraph.folded.folded[end..sentence.range.1], 0))
    })
}

/// The operations listed after the processing: two of them, as nouns or verbs, after a colon
/// ("the possibility to process data: save, modify, transmit, delete"), inside a bracket ("to
/// process data (to collect, store and delete it)") or after "namely" (« traiter les données, à
/// savoir les collecter et les stocker »), that follows a processing word.
fn operations_listed(sentence: &Sentence<'_>) -> bool {
    let folded = &sentence.paragraph.folded.folded;
    let within = |from: usize| {
        let close = if folded[from..].starts_with('(') { folded[from..sentence.range.1].find(')') } else { None };
        (from, close.map_or(sentence.range.1, |at| from + at))
    };
    let text = &folded[sentence.range.0..sentence.range.1];
    let marks = text.match_indices([':', '(']).map(|(at, _)| sentence.range.0 + at);
    let intros = sentence.mentions(&cues::OPERATIONS_INTRO).into_iter().map(|(start, _)| start);
    let processing = sentence.matches(&cues::PROCESSING_VERB);
    marks.chain(intros).any(|intro| {
        let (from, to) = within(intro);
        let listed = |&(start, _): &(usize, usize)| start > from && start < to;
        let operations = sentence.matches(&cues::OPERATION_NOUNS).iter().filter(|hit| listed(hit)).count()
            + sentence.matches(&cues::OPERATION_INFINITIVES).iter().filter(|hit| listed(hit)).count();
        processing.iter().any(|&(start, _)| start < intro) && operations >= 2
    })
}

/// The processing, then what it serves or the activity it is part of ("so as to", « pour
/// permettre », "to provide the", "as part of operating"), described by three words of its
/// own or by an operation (« la fourniture du service d'hébergement »), not by a pointer
/// elsewhere. The processor's name ("Processor", « Sous-traitant ») is no processing.
fn processing_serves_activity(sentence: &Sentence<'_>) -> bool {
    let folded = &sentence.paragraph.folded.folded;
    let is_processing = |&(start, end): &(usize, usize)| {
        !folded[start..end].starts_with("processor") && !folded[..start].ends_with('-')
    };
    let Some((_, processing_end)) = sentence.matches(&cues::PROCESSING_VERB).into_iter().find(is_processing) else {
        return false;
    };
    [&cues::PURPOSE_CLAUSE, &cues::PURPOSE_SERVICE_PROVISION, &cues::SERVICE_CONTEXT]
        .into_iter()
        .flat_map(|cue| sentence.matches(cue))
        .any(|(start, end)| {
            let activity = FoldedText::new(&folded[end..sentence.range.1], 0);
            start >= processing_end
                && (content_words(&activity.folded) >= 3 || cues::OPERATION_NOUNS.matches(&activity))
                && !points_only_elsewhere(&activity)
        })
}

/// What follows the last label colon of a value. A colon inside brackets is the blank's own
/// ("[SPECIFY: e.g., customers, staff]", « [à compléter : par ex. clients] »): its examples are a
/// hint to the drafter, not the value, so the whole bracket stays the value.
fn after_last_label(folded: &str) -> &str {
    let outside_brackets = |at: usize| folded[..at].matches('[').count() <= folded[..at].matches(']').count();
    folded
        .match_indices(": ")
        .map(|(at, _)| at)
        .filter(|&at| outside_brackets(at))
        .last()
        .map_or(folded, |at| &folded[at + 2..])
}

/// A Common Form blank: the value is nothing but an inline code span (`` `subject matter` ``).
fn is_code_span_blank(text: &str) -> bool {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || c == '.');
    trimmed.len() >= 2
        && trimmed.starts_with('`')
        && trimmed.ends_with('`')
        && !trimmed[1..trimmed.len() - 1].contains('`')
}

/// "for as long as the processor processes the data", « tant que le sous-traitant traite des
/// données »: the processing itself, a few words after "as long as", is the only bound.
fn lasts_while_processing(value: &FoldedText) -> bool {
    let tied_to_contract = cues::TERM_OF_CONTRACT.matches(value) || cues::ENDS_WITH_CONTRACT.matches(value);
    let processing = cues::PROCESSING_VERB.find_all(value);
    !tied_to_contract
        && cues::AS_LONG_AS.find_all(value).into_iter().any(|(_, end)| {
            processing
                .iter()
                .any(|&(start, _)| start >= end && value.folded[end..start].split_whitespace().count() <= 4)
        })
}

/// A duration value that only dates the document's start ("This DPA is effective as of 1 May")
/// or keeps duties alive after its end ("Confidentiality obligations survive termination for as
/// long as …"), sentence by sentence: no end is given to the processing.
fn dates_no_term(value: &FoldedText) -> bool {
    value.folded.split(". ").all(|sentence| {
        let sentence = FoldedText::new(sentence, 0);
        let ends =
            [&cues::TERM_OF_CONTRACT, &cues::AS_LONG_AS, &cues::TERM_END].iter().any(|cue| cue.matches(&sentence));
        cues::SURVIVAL.matches(&sentence) || cues::ENTRY_INTO_FORCE.matches(&sentence) && !ends
    })
}

/// Optional plural marks in labels ("Catégorie(s) de données", "Purpose(s)", "Category(ies)").
const PLURAL_MARKS: &[&str] = &["(s)", "(es)", "(x)", "(ies)"];

/// A label without its plural marks: "categorie(s) de donnees" reads "categorie de donnees".
fn without_plural_marks(label: &str) -> String {
    PLURAL_MARKS.iter().fold(label.to_string(), |label, mark| label.replace(mark, ""))
}

/// The particulars' labels, to tell "Categories of data subjects" (data subjects) from
/// "Categories of data" (data types) by the longest label that opens a line.
const LABELS: &[(Particular, &Cue)] = &[
    (Particular::SubjectMatter, &cues::SUBJECT_MATTER_LABEL),
    (Particular::Duration, &cues::DURATION_LABEL),
    (Particular::Nature, &cues::NATURE_LABEL),
    (Particular::Purpose, &cues::PURPOSE_LABEL),
    (Particular::DataTypes, &cues::DATA_TYPES_LABEL),
    (Particular::DataSubjects, &cues::DATA_SUBJECTS_LABEL),
];

/// A paragraph read as a label and the folded offset where its value starts: before `:` (or
/// the first cell of a table row), or the whole of a short paragraph.
fn split_label(paragraph: &Paragraph) -> Option<(&str, usize)> {
    let folded = paragraph.folded.folded.as_str();
    if let Some(bold_end) = bold_label_end(paragraph) {
        let value = folded[bold_end..].trim_start_matches([':', '.', ' ']);
        return Some((strip_enumeration(&folded[..bold_end]), folded.len() - value.len()));
    }
    // "(1) Subject matter" on a line of its own, its value on the lines below.
    if let Some((first_line, _)) = paragraph.text.split_once('\n') {
        let label = dpa_lexicon::fold(first_line);
        // The folded paragraph starts with the folded line unless folding merged characters
        // across the break (a stray byte-order mark, say): then it is no label line.
        let starts_with_line = folded.get(..label.len()) == Some(label.as_str());
        if starts_with_line
            && !first_line.contains(':')
            && first_line.split_whitespace().count() <= 10
            && label.len() < folded.len()
        {
            return Some((strip_enumeration(&folded[..label.len()]), label.len() + 1));
        }
    }
    let separator = if paragraph.is_table_row { '|' } else { ':' };
    match folded.find(separator) {
        Some(split) if split <= 80 => Some((strip_enumeration(&folded[..split]), split + 1)),
        None if !paragraph.is_table_row && folded.split_whitespace().count() <= 8 => {
            Some((strip_enumeration(folded), folded.len()))
        }
        // A longer heading worded like the Commission's annex, the label then a relative clause
        // that restates it ("Categories of data subjects whose personal data is transferred",
        // « Catégories de personnes concernées dont les données sont transférées »), without a
        // closing stop: the label is what comes before the relative clause.
        None if !paragraph.is_table_row && folded.split_whitespace().count() <= 14 => {
            let heading = strip_enumeration(folded);
            let relative = heading.match_indices(' ').map(|(at, _)| at + 1).find(|&at| {
                heading[at..].split(' ').next().is_some_and(|word| cues::LABEL_RESTATING_RELATIVES.contains(&word))
            })?;
            (!heading.ends_with(['.', ';', '!', '?'])).then_some((heading[..relative].trim_end(), folded.len()))
        }
        _ => None,
    }
}

/// The particulars each clause's title names, in clause order, and the first paragraph of each
/// clause (by clause id): read once for the six rules, in one pass over the paragraphs however
/// many clauses are titled with a particular.
struct TitleParticulars {
    named: Vec<Vec<Particular>>,
    first_paragraph: HashMap<usize, usize>,
}

impl TitleParticulars {
    fn read(cx: &Context<'_>) -> Self {
        let title_particulars = |title: &str| label_particulars(strip_enumeration(&dpa_lexicon::fold(title)));
        let mut first_paragraph = HashMap::new();
        for (index, paragraph) in cx.doc.paragraphs.iter().enumerate() {
            if let Some(clause) = paragraph.clause {
                first_paragraph.entry(clause).or_insert(index);
            }
        }
        TitleParticulars {
            named: cx.doc.clauses.iter().map(|clause| title_particulars(&clause.title)).collect(),
            first_paragraph,
        }
    }
}

/// The particulars a label names: for each part of it ("Subject matter *and* purpose of the
/// processing"), the longest label phrase that opens it, followed by at most a few words
/// ("Nature des opérations réalisées sur les données").
fn label_particulars(label: &str) -> Vec<Particular> {
    label_parts(label).into_iter().flatten().collect()
}

/// What each part of a label names, if anything.
fn label_parts(label: &str) -> Vec<Option<Particular>> {
    let label = without_plural_marks(label);
    let mut parts = vec![label.as_str()];
    for joiner in cues::LABEL_JOINERS {
        parts = parts.into_iter().flat_map(|part| part.split(joiner)).collect();
    }
    parts.into_iter().map(part_particular).collect()
}

/// The particulars a line names when it is nothing but a label: short, capitalised, every part
/// of it a label, and no verb ("Types of data", "Affected People", « Catégories de données »),
/// unlike a sentence broken across lines ("Purpose of the processing is to …").
fn standalone_label(line: &str) -> Vec<Particular> {
    let folded = dpa_lexicon::fold(line);
    let label = strip_enumeration(&folded).trim_end_matches([':', ' ']);
    let capitalised = line
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
        .starts_with(char::is_uppercase);
    let parts = label_parts(label);
    let whole = !parts.is_empty() && parts.iter().all(Option::is_some);
    let statement = cues::PARTICULAR_STATEMENT_VERB.matches(&FoldedText::new(label, 0));
    if !capitalised || !whole || statement || label.split_whitespace().count() > 6 {
        return Vec::new();
    }
    parts.into_iter().flatten().collect()
}

/// What one part of a label names: the longest label phrase opening it, unless a word after it
/// makes it the topic of a duty ("Data subjects' rights", "Purpose limitation").
fn part_particular(part: &str) -> Option<Particular> {
    let part = part.trim();
    let text = FoldedText::new(part, 0);
    LABELS
        .iter()
        .flat_map(|(particular, cue)| cue.phrases().map(move |phrase| (*particular, phrase)))
        .filter_map(|(particular, phrase)| text.phrase_at(phrase, 0).map(|end| (end, particular)))
        .max_by_key(|(end, _)| *end)
        .filter(|(end, _)| {
            let rest = &part[*end..];
            // The possessive's "s" ("subjects' rights", "subject's rights") is no word.
            let next = rest.split(|c: char| !c.is_alphanumeric()).find(|word| !word.is_empty() && *word != "s");
            rest.split_whitespace().count() <= 6 && !next.is_some_and(|word| cues::LABEL_TOPIC_WORDS.contains(&word))
        })
        .map(|(_, particular)| particular)
}

/// `1.2`, `(a)`, `A.3`, `Article 3 –`, `**` around a label.
fn strip_enumeration(label: &str) -> &str {
    strip_enumeration_prefix(label.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace()))
        .trim_matches(|c: char| c == '*' || c == '_' || c == '.' || c.is_whitespace())
}

/// Folded offset where a bold label opening `paragraph` ends ("2.1 **Objet.** Dans le cadre …",
/// "**A.3 Types of personal data.** Pupils: …"). Folding drops the bold, so it is read in the
/// paragraph's text.
fn bold_label_end(paragraph: &Paragraph) -> Option<usize> {
    let (text, folded) = (paragraph.text.as_str(), &paragraph.folded);
    let label = folded.folded.len() - strip_enumeration_prefix(&folded.folded).len();
    let (source, _) = folded.source_range(label, label);
    let label = paragraph.offsets.partition_point(|&offset| offset < source);
    let opens = text.starts_with("**") || text.get(..label).is_some_and(|before| before.ends_with("**"));
    let close = label + text.get(label..)?.find("**")?;
    opens.then(|| folded.folded_offset(paragraph.offsets[close]))
}

/// `label` without the numbering tokens that open it.
fn strip_enumeration_prefix(label: &str) -> &str {
    let mut rest = label.trim_start();
    while let Some((first, after)) = rest.split_once(' ') {
        let numbered_word = cues::ENUMERATION_WORDS.contains(&first.trim_end_matches('.'));
        if !(is_enumeration(first) || numbered_word || first.chars().all(|c| matches!(c, '-' | '•' | '*'))) {
            break;
        }
        rest = after.trim_start();
    }
    rest
}

/// A numbering token: `1.2`, `(a)`, `a)`, `A.3`, `iv.`, `§`.
fn is_enumeration(word: &str) -> bool {
    let core = word.trim_matches(|c: char| matches!(c, '(' | ')' | '.' | '*'));
    let numbered =
        core.chars().any(|c| c.is_ascii_digit()) && core.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
    let lettered = (word.ends_with(')') || word.ends_with('.'))
        && core.len() <= 3
        && core.chars().all(|c| c.is_ascii_alphabetic());
    !core.is_empty() && (numbered || lettered) || word == "§"
}

macro_rules! particular_rule {
    (
        $rule:ident, $meta:ident, $id:literal, $particular:expr, $label:expr, $name:expr,
        row: ($row_en:literal, $row_fr:literal), value: ($value_en:literal, $value_fr:literal), model: $model:literal,
        $summary:expr, $what:expr, $why:expr, $failing:expr, $passing:expr
    ) => {
        static $meta: RuleMeta = RuleMeta {
            id: $id,
            family: Family::Completeness,
            layer: Layer::Law,
            default_severity: Severity::Error,
            escalates: false,
            citation: "GDPR Art. 28(3)",
            summary: $summary,
            doc: RuleDoc { what: $what, why: $why, failing: $failing, passing: $passing, companion: None },
        };

        pub(crate) static $rule: ParticularRule = ParticularRule {
            meta: &$meta,
            particular: $particular,
            label: &$label,
            name: $name,
            row_label: L10n::new($row_en, $row_fr),
            model_value: if $model { Some(L10n::new($value_en, $value_fr)) } else { None },
            row: L10n::new(
                concat!("| ", $row_en, " | ", $value_en, " |"),
                concat!("| ", $row_fr, " | ", $value_fr, " |"),
            ),
            line: L10n::new(concat!($row_en, ": ", $value_en), concat!($row_fr, " : ", $value_fr)),
            table: L10n::new(
                concat!("| Item | Description |\n|---|---|\n| ", $row_en, " | ", $value_en, " |"),
                concat!("| Rubrique | Description |\n|---|---|\n| ", $row_fr, " | ", $value_fr, " |"),
            ),
        };
    };
}

/// The description annex of the documented examples, without the row each rule is about.
macro_rules! annex {
    ($($row:literal),*) => {
        concat!("# Annex I - Description of the processing {annex description}\n| Item | Description |\n|---|---|\n", $($row, "\n"),*)
    };
}

particular_rule!(
    SUBJECT_MATTER,
    SUBJECT_MATTER_META,
    "ART28-3-SUBJECT-MATTER",
    Particular::SubjectMatter,
    cues::SUBJECT_MATTER_LABEL,
    L10n::new("the subject matter of the processing", "l'objet du traitement"),
    row: ("Subject matter", "Objet"),
    value: ("[to be completed]", "[à compléter]"),
    model: false,
    L10n::new("The subject matter of the processing is not set out, or is left blank.", "L'objet du traitement n'est pas précisé, ou est laissé en blanc."),
    L10n::new(
        "Checks that the contract sets out the subject matter of the processing: a filled `Subject matter` row of the description annex, a `Subject matter: …` line, a sentence such as \"The subject matter of the processing is …\", or a `{subject-matter}` clause that says more than a reference elsewhere. A blank or \"as specified by the controller\" does not count.",
        "Vérifie que le contrat précise l'objet du traitement : une ligne `Objet` remplie dans l'annexe de description, une mention `Objet : …`, une phrase telle que « L'objet du traitement est … », ou une clause `{objet}` qui dit plus qu'un renvoi. Un blanc ou « tel que précisé par le responsable » ne compte pas.",
    ),
    L10n::new(
        "Art. 28(3) requires the contract to set out the subject matter of the processing. It is the first limit of the processor's mandate: a contractor that runs training courses is not thereby entitled to process the trainees' immigration files for anything else (the OFII case, January 2026).",
        "L'art. 28(3) exige que le contrat définisse l'objet du traitement. C'est la première limite du mandat du sous-traitant : un prestataire qui dispense des formations n'est pas pour autant autorisé à traiter les dossiers d'immigration des stagiaires à d'autres fins (affaire OFII, janvier 2026).",
    ),
    annex!("| Subject matter | [SPECIFY] |", "| Duration | Term of the Main Agreement |"),
    annex!("| Subject matter | Hosting and support of the Customer's order-management platform |", "| Duration | Term of the Main Agreement |")
);

particular_rule!(
    DURATION,
    DURATION_META,
    "ART28-3-DURATION",
    Particular::Duration,
    cues::DURATION_LABEL,
    L10n::new("the duration of the processing", "la durée du traitement"),
    row: ("Duration", "Durée"),
    value: ("Term of the Main Agreement, then until the deletion or return of all personal data", "Durée du contrat principal, puis jusqu'à la suppression ou la restitution de toutes les données à caractère personnel"),
    model: true,
    L10n::new("The duration of the processing is not set out, or is left blank.", "La durée du traitement n'est pas précisée, ou est laissée en blanc."),
    L10n::new(
        "Checks that the contract sets out how long the processing lasts: a filled `Duration` row of the description annex, a `duration` fact, a `Duration: …` line, or a sentence tying the processing or the contract to the main contract (\"for the term of the Agreement\", \"The Agreement is concluded for the duration of the Main Agreement\"), or the Commission's clauses' \"Period for which the personal data will be retained\" line. \"This DPA remains in force for as long as the processor processes the data\" fixes nothing and does not count, even \"under the Agreement\": it bounds the contract by the processing, not the processing by anything (the shipped corpus labels it so), unless the same entry ends it with the contract (\"… and ends with the subscription\", « … et prend fin avec l'abonnement »); a blank does not count either.",
        "Vérifie que le contrat précise la durée du traitement : une ligne `Durée` remplie dans l'annexe de description, un fait `duree`, une mention `Durée : …`, une phrase qui rattache le traitement ou le contrat au contrat principal (« pendant toute la durée du contrat », « Le Contrat est conclu pour la durée du contrat principal »), ou la ligne « Période pendant laquelle les données à caractère personnel seront conservées » des clauses de la Commission. « Le présent accord reste en vigueur tant que le sous-traitant traite les données » ne fixe rien et ne compte pas : il borne le contrat par le traitement, et non le traitement par quoi que ce soit (le corpus livré le traite ainsi) ; un blanc non plus.",
    ),
    L10n::new(
        "Art. 28(3) requires the contract to set out the duration of the processing. Without it the processor's mandate has no end, and the duty to delete or return the data at the end of the services (Art. 28(3)(g)) has no starting point.",
        "L'art. 28(3) exige que le contrat précise la durée du traitement. Sans elle, le mandat du sous-traitant n'a pas de fin, et l'obligation de supprimer ou de restituer les données au terme des prestations (art. 28(3)(g)) n'a pas de point de départ.",
    ),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Duration | [TBD] |"),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Duration | Term of the Main Agreement, then until the deletion of all Customer Data |")
);

particular_rule!(
    NATURE,
    NATURE_META,
    "ART28-3-NATURE",
    Particular::Nature,
    cues::NATURE_LABEL,
    L10n::new("the nature of the processing", "la nature du traitement"),
    row: ("Nature", "Nature"),
    value: ("[to be completed]", "[à compléter]"),
    model: false,
    L10n::new("The nature of the processing (its operations) is not set out, or is left blank.", "La nature du traitement (ses opérations) n'est pas précisée, ou est laissée en blanc."),
    L10n::new(
        "Checks that the contract sets out the nature of the processing, that is the operations performed (collection, hosting, storage, analysis, transmission, deletion…): a filled `Nature` (or `Nature and purpose`) row of the description annex, a `Nature of the processing: …` line or a sentence stating it, such as the operations listed after the processing (after a colon, in brackets or after \"namely\" / « à savoir ») or, in the clause describing the processing, the activity it serves in words of its own (« traite les données … pour permettre la prise de rendez-vous en ligne », \"as part of operating the parcel dispatch platform\"); \"as part of providing the Services under the Agreement\" names no activity and does not count.",
        "Vérifie que le contrat précise la nature du traitement, c'est-à-dire les opérations réalisées (collecte, hébergement, conservation, analyse, transmission, suppression…) : une ligne `Nature` (ou `Nature et finalité`) remplie dans l'annexe de description, une mention `Nature du traitement : …` ou une phrase qui l'indique.",
    ),
    L10n::new(
        "Art. 28(3) requires the contract to set out the nature of the processing. Listing the operations tells the controller what the processor may do with the data, and what it may not: a host that starts analysing the data has left its mandate.",
        "L'art. 28(3) exige que le contrat précise la nature du traitement. La liste des opérations dit au responsable ce que le sous-traitant peut faire des données, et ce qu'il ne peut pas faire : un hébergeur qui se met à analyser les données sort de son mandat.",
    ),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Purpose | Managing customer orders |"),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Nature | Hosting, storage, backup and deletion |", "| Purpose | Managing customer orders |")
);

particular_rule!(
    PURPOSE,
    PURPOSE_META,
    "ART28-3-PURPOSE",
    Particular::Purpose,
    cues::PURPOSE_LABEL,
    L10n::new("the purpose of the processing", "la finalité du traitement"),
    row: ("Purpose", "Finalité"),
    value: ("[to be completed]", "[à compléter]"),
    model: false,
    L10n::new("The purpose of the processing is not set out, or is left blank or to the controller.", "La finalité du traitement n'est pas précisée, ou est laissée en blanc ou à la décision du responsable."),
    L10n::new(
        "Checks that the contract sets out the purpose of the processing: a filled `Purpose` (or `Nature and purpose`) row of the description annex, a `Purpose: …` line or a sentence stating it. \"Any purpose\" or a purpose \"as determined by the Customer\" is reported as left open.",
        "Vérifie que le contrat précise la finalité du traitement : une ligne `Finalité` (ou `Nature et finalité`) remplie dans l'annexe de description, une mention `Finalité : …` ou une phrase qui l'indique. « Toute finalité » ou une finalité « déterminée par le Client » est signalée comme laissée ouverte.",
    ),
    L10n::new(
        "Art. 28(3) requires the contract to set out the purpose of the processing. The purpose is what the controller decides (Art. 4(7)); a processor that may pursue any purpose is deciding for itself, which makes it a controller under Art. 28(10).",
        "L'art. 28(3) exige que le contrat précise la finalité du traitement. La finalité est ce que décide le responsable (art. 4(7)) ; un sous-traitant qui peut poursuivre n'importe quelle finalité décide lui-même, ce qui en fait un responsable du traitement au sens de l'art. 28(10).",
    ),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Purpose | Any purpose, as determined by the Customer |"),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Purpose | Managing click-and-collect orders and the loyalty programme |")
);

particular_rule!(
    DATA_TYPES,
    DATA_TYPES_META,
    "ART28-3-DATA-TYPES",
    Particular::DataTypes,
    cues::DATA_TYPES_LABEL,
    L10n::new("the types of personal data", "le type de données à caractère personnel"),
    row: ("Types of personal data", "Types de données"),
    value: ("[to be completed]", "[à compléter]"),
    model: false,
    L10n::new("The types of personal data are not set out, or are left blank or to the controller.", "Les types de données à caractère personnel ne sont pas précisés, ou sont laissés en blanc ou à la décision du responsable."),
    L10n::new(
        "Checks that the contract sets out the types of personal data processed: a filled `Types of personal data` row of the description annex, a `Categories of personal data: …` line (or the label on a line of its own above a list), a column of a data table titled with it, or a sentence stating them. \"Any types of personal data\" or data \"as determined by the Customer\" is reported as left open.",
        "Vérifie que le contrat précise les types de données à caractère personnel traitées : une ligne `Types de données` remplie dans l'annexe de description, une mention `Catégories de données : …` (ou ce libellé seul sur sa ligne au-dessus d'une liste), une colonne d'un tableau des données qui porte ce titre, ou une phrase qui les indique. « Tout type de données » ou des données « déterminées par le Client » sont signalés comme laissés ouverts.",
    ),
    L10n::new(
        "Art. 28(3) requires the contract to set out the type of personal data. It is how a controller sees whether the processing is high risk: in the OFII case (January 2026) the contractor's files held nationality, residence status and refugee status, which call for far stronger guarantees than a mailing list.",
        "L'art. 28(3) exige que le contrat précise le type de données à caractère personnel. C'est ainsi que le responsable voit si le traitement est à haut risque : dans l'affaire OFII (janvier 2026), les fichiers du prestataire contenaient nationalité, titre de séjour et statut de réfugié, qui appellent des garanties bien plus fortes qu'une liste de diffusion.",
    ),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Types of personal data | Any personal data the Customer uploads |"),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Types of personal data | Name, e-mail address, delivery address, order history |")
);

particular_rule!(
    DATA_SUBJECTS,
    DATA_SUBJECTS_META,
    "ART28-3-DATA-SUBJECTS",
    Particular::DataSubjects,
    cues::DATA_SUBJECTS_LABEL,
    L10n::new("the categories of data subjects", "les catégories de personnes concernées"),
    row: ("Categories of data subjects", "Catégories de personnes concernées"),
    value: ("[to be completed]", "[à compléter]"),
    model: false,
    L10n::new("The categories of data subjects are not set out, or are left blank or to the controller.", "Les catégories de personnes concernées ne sont pas précisées, ou sont laissées en blanc ou à la décision du responsable."),
    L10n::new(
        "Checks that the contract sets out the categories of data subjects: a filled `Categories of data subjects` row of the description annex, a `Categories of data subjects: …` line (or the label on a line of its own above a list), a column of a data table titled with it (\"Affected data subjects\"), or a sentence stating them. \"Any data subjects\" is reported as left open.",
        "Vérifie que le contrat précise les catégories de personnes concernées : une ligne `Catégories de personnes concernées` remplie dans l'annexe de description, une mention `Catégories de personnes concernées : …` (ou ce libellé seul sur sa ligne au-dessus d'une liste), une colonne d'un tableau des données qui porte ce titre (« Personnes concernées »), ou une phrase qui les indique. « Toute personne concernée » est signalé comme laissé ouvert.",
    ),
    L10n::new(
        "Art. 28(3) requires the contract to set out the categories of data subjects. Whether they are customers, employees, minors or newly arrived foreign nationals changes the risk, and therefore the security the controller must require of its processor (Art. 32).",
        "L'art. 28(3) exige que le contrat précise les catégories de personnes concernées. Qu'il s'agisse de clients, de salariés, de mineurs ou d'étrangers primo-arrivants change le risque, et donc la sécurité que le responsable doit exiger de son sous-traitant (art. 32).",
    ),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Types of personal data | Name, e-mail address, order history |"),
    annex!("| Subject matter | Hosting of the Customer's CRM |", "| Types of personal data | Name, e-mail address, order history |", "| Categories of data subjects | The Customer's retail customers |")
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_lose_their_numbering_and_bold() {
        assert_eq!(strip_enumeration("**a.3 types of personal data.**"), "types of personal data");
        assert_eq!(strip_enumeration("article 3 - objet"), "objet");
        assert_eq!(strip_enumeration("(1) subject matter"), "subject matter");
        assert_eq!(strip_enumeration("3.1 finalites"), "finalites");
    }

    #[test]
    fn a_label_names_the_particulars_of_each_of_its_parts() {
        assert_eq!(
            label_particulars("subject matter and purpose of the processing"),
            [Particular::SubjectMatter, Particular::Purpose]
        );
        assert_eq!(label_particulars("categories of data subjects"), [Particular::DataSubjects]);
        assert_eq!(label_particulars("categories of data"), [Particular::DataTypes]);
        assert_eq!(label_particulars("categorie(s) de donnees a caractere personnel"), [Particular::DataTypes]);
        assert_eq!(label_particulars("finalite(s) du traitement"), [Particular::Purpose]);
        assert_eq!(label_particulars("category(ies) of data subjects"), [Particular::DataSubjects]);
        assert_eq!(label_particulars("nature des operations realisees sur les donnees"), [Particular::Nature]);
        assert!(label_particulars("special categories of personal data").is_empty());
        assert!(label_particulars("data subjects' rights").is_empty());
        assert!(label_particulars("data subject requests").is_empty());
        assert!(label_particulars("purpose limitation").is_empty());
    }

    #[test]
    fn values_read_as_filled_open_or_pointing_elsewhere() {
        let read_value = |text| DATA_TYPES.read_value(text, false);
        assert!(matches!(read_value("Name, e-mail address, order history"), Statement::Filled));
        assert!(matches!(read_value("[SPECIFY]"), Statement::Blank));
        assert!(matches!(read_value("`types of personal data`"), Statement::Blank));
        assert!(matches!(read_value("les services suivants : [Décrire les services]"), Statement::Blank));
        assert!(matches!(
            read_value("any types of personal data, as determined by Customer in its sole discretion"),
            Statement::Deferred
        ));
        assert!(matches!(read_value("Any categories of personal data contained in the uploads"), Statement::Deferred));
        assert!(matches!(read_value("toute catégorie de données déposée par le Client"), Statement::Deferred));
        assert!(matches!(read_value("are set out in Annex 1"), Statement::Elsewhere));
    }

    #[test]
    fn a_reference_with_words_of_its_own_states_the_particular() {
        let read_value = |text| PURPOSE.read_value(text, false);
        assert!(matches!(read_value("The Services described in the Agreement."), Statement::Elsewhere));
        assert!(matches!(
            read_value("As set forth in the Agreement, as amended from time to time."),
            Statement::Elsewhere
        ));
        assert!(matches!(read_value("fournir le service décrit dans les CGU."), Statement::Elsewhere));
        assert!(matches!(
            read_value("fournir le service décrit dans les CGU (gestion des adhérents, facturation, relances)."),
            Statement::Filled
        ));
        assert!(matches!(
            read_value("Hosting of the booking platform, as described in the Agreement."),
            Statement::Filled
        ));
        assert!(matches!(
            read_value("determined according to the information provided in the respective contractual relationship"),
            Statement::Deferred
        ));
        assert!(matches!(read_value("telles que complétées par le Client à l'annexe 1"), Statement::Deferred));
    }

    #[test]
    fn a_line_is_a_label_only_when_it_is_nothing_else() {
        assert_eq!(standalone_label("Types of data"), [Particular::DataTypes]);
        assert_eq!(standalone_label("Affected People"), [Particular::DataSubjects]);
        assert_eq!(standalone_label("• Catégories de données :"), [Particular::DataTypes]);
        assert!(standalone_label("Purpose of the processing is to run the platform").is_empty());
        assert!(standalone_label("purposes of the processing").is_empty());
        assert!(standalone_label("List of Personal Data and the Purpose of Their Being Processed").is_empty());
    }

    #[test]
    fn table_cells_lose_their_outer_bars() {
        let row = "| type of data | examples |  |";
        let cells: Vec<&str> = table_cells(row).into_iter().map(|(from, to)| &row[from..to]).collect();
        assert_eq!(cells, ["type of data", "examples", ""]);
        let row = "basic data | names";
        let cells: Vec<&str> = table_cells(row).into_iter().map(|(from, to)| &row[from..to]).collect();
        assert_eq!(cells, ["basic data", "names"]);
    }

    #[test]
    fn a_duration_bound_by_the_processing_itself_sets_no_end() {
        let read_value = |text| DURATION.read_value(text, false);
        assert!(matches!(read_value("For as long as the Provider processes Customer Data."), Statement::Unbounded));
        assert!(matches!(
            read_value("Le présent accord reste en vigueur tant que le prestataire traite des données."),
            Statement::Unbounded
        ));
        assert!(matches!(
            read_value("For as long as the services are provided under the Agreement."),
            Statement::Filled
        ));
        assert!(matches!(read_value("Term of the Main Agreement"), Statement::Filled));
    }

    #[test]
    fn an_entry_restating_its_label_names_nothing() {
        let subjects = |text| DATA_SUBJECTS.read_value(text, false);
        assert!(matches!(
            subjects("Data subjects whose personal data will be processed pursuant to the Booking Terms."),
            Statement::Circular
        ));
        assert!(matches!(
            subjects("Les personnes concernées dont les données sont traitées au titre du contrat."),
            Statement::Circular
        ));
        assert!(matches!(subjects("Customers whose data is processed under the Agreement."), Statement::Filled));
        assert!(matches!(
            DATA_TYPES.read_value("The personal data processed under the Terms.", false),
            Statement::Circular
        ));
        assert!(matches!(
            DATA_TYPES.read_value("Booking history and payment tokens processed under the Terms.", false),
            Statement::Filled
        ));
    }

    #[test]
    fn an_effective_date_or_a_survival_is_no_duration() {
        let read_value = |text| DURATION.read_value(text, false);
        assert!(matches!(read_value("This DPA is effective as of 1 May 2024."), Statement::Unrelated));
        assert!(matches!(
            read_value("Le présent accord entre en vigueur le 1er mai 2024. Ses obligations de confidentialité survivent à sa résiliation."),
            Statement::Unrelated
        ));
        assert!(matches!(
            read_value(
                "Confidentiality obligations survive termination for as long as the Provider holds Customer Data."
            ),
            Statement::Unrelated
        ));
        assert!(matches!(
            read_value("This DPA takes effect on signature and remains in force until the Agreement ends."),
            Statement::Filled
        ));
        assert!(matches!(
            read_value("Le présent accord prend effet à sa signature pour la durée du contrat principal."),
            Statement::Filled
        ));
    }
}

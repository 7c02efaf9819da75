//! Inference over untagged text (language.md §6): clause kinds from heading words, then from
//! the words of the paragraphs under headings that name nothing (or in text with no headings
//! at all), and whether the processing is high risk (§2.1). An explicit tag or `risk:` always
//! wins: only clauses without a kind are inferred.

use dpa_lexicon::cues::inference::{CONTENT_KINDS, DOCUMENT_TITLE, EVIDENCE_HEADING};
use dpa_lexicon::{self as lexicon, cues, is_none_word, FoldedText};
use dpa_syntax::Span;

use super::build::is_unfilled;
use super::outline;
use super::{
    Clause, ClauseId, ClauseKind, Document, KindOrigin, Paragraph, Particular, ParticularEntry, ParticularSource, Risk,
};

pub(super) fn infer(doc: &mut Document, source: &str) {
    infer_heading_kinds(doc);
    if doc.prose {
        infer_clause_content(doc);
        infer_paragraph_content(doc, source);
        described_under_headings(doc);
    }
}

/// "(2) Types of data" followed by the list of data: a heading that names a particular gives
/// that particular the text under it.
fn described_under_headings(doc: &mut Document) {
    let mut blanks: Vec<usize> = doc.placeholders.iter().map(|placeholder| placeholder.span.start).collect();
    blanks.sort_unstable();
    let mut found = Vec::new();
    for clause in &doc.clauses {
        let particulars = particular_heading(&clause.title, !clause.is(ClauseKind::Description));
        if particulars.is_empty() || clause.origin == KindOrigin::Tagged {
            continue;
        }
        let under = paragraphs_between(doc, clause.heading_span.end, clause.span.end);
        let text = under.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
        let span = match (under.first(), under.last()) {
            (Some(first), Some(last)) => Span::new(first.span.start, last.span.end),
            _ => clause.heading_span,
        };
        // "Objet. Le Sous-traitant fournit les services suivants : [à compléter]": a blank
        // anywhere in the description is what the parties would sign.
        let blank = blanks.get(blanks.partition_point(|&at| at < span.start)).is_some_and(|&at| span.contains(at));
        for &particular in particulars {
            found.push(ParticularEntry {
                particular,
                unfilled: blank || is_unfilled(&text),
                text: text.clone(),
                span,
                source: ParticularSource::Clause,
            });
        }
    }
    doc.particulars.extend(found);
}

/// An untagged heading whose words name a clause kind gets that kind, marked inferred, and its
/// untagged sub-headings inherit it. Inside an annex named by its heading, sub-headings are
/// parts of the annex ("2. Physical security" in the measures annex).
fn infer_heading_kinds(doc: &mut Document) {
    for index in 0..doc.clauses.len() {
        let clause = &doc.clauses[index];
        if clause.origin != KindOrigin::None {
            continue;
        }
        let title = FoldedText::new(&clause.title, clause.heading_span.start);
        let parent = clause.parent.and_then(|p| doc.clauses.get(p)).filter(|p| p.kind.is_some());
        let inherited = parent.map(|p| (p.kind, p.annex, p.custom_kind.clone()));
        let within_annex = parent.is_some_and(|p| p.annex && p.kind.is_some_and(ClauseKind::is_annex_kind));
        let document_title = index == 0 && clause.level == 1 && DOCUMENT_TITLE.matches(&title);
        // "Security Due Diligence" under "Audit & Reports" is part of the audit clause: a security
        // word qualifies a sub-heading of an audit, it does not state the security duty.
        let under_audit = parent.is_some_and(|p| p.is(ClauseKind::Audit));
        let named = heading_kind(&title)
            .map(|kind| match kind {
                ClauseKind::Security if under_audit => ClauseKind::Audit,
                other => other,
            })
            .map(|kind| if names_an_annex(&title) { annex_kind(kind) } else { kind })
            .filter(|kind| !document_title && (!within_annex || kind.is_annex_kind()));
        // "Appendix 2 of the Agreement", then "Technical and Organizational Measures" under it:
        // an annex heading that names nothing takes the kind its subtitle names.
        let subtitled = match named {
            None if names_an_annex(&title) => subtitle_kind(doc, index).map(annex_kind),
            _ => None,
        };
        let named = named.or(subtitled);
        let parent_describes = parent.is_some_and(|p| p.is(ClauseKind::Description));
        // "7.5 Sensitive data" restricts such data; it describes the processing only inside a
        // description.
        let describes = !within_annex
            && match particular_heading(&clause.title, false) {
                [] => false,
                [Particular::SpecialCategories] => parent_describes,
                _ => true,
            };
        let clause = &mut doc.clauses[index];
        if let Some(kind) = named {
            clause.kind = Some(kind);
            clause.annex = kind.is_annex_kind() || cues::ANNEX_HEADING.matches(&title);
            clause.origin = KindOrigin::Inferred;
        } else if describes {
            // "(2) Types of data": a part of the processing description, wherever it stands.
            clause.kind = Some(ClauseKind::Description);
            clause.annex = cues::ANNEX_HEADING.matches(&title);
            clause.origin = KindOrigin::Inferred;
        } else if let Some((kind, annex, custom_kind)) = inherited {
            clause.kind = kind;
            clause.custom_kind = custom_kind;
            clause.annex = annex;
            clause.origin = KindOrigin::Inferred;
        } else {
            clause.annex = cues::ANNEX_HEADING.find(&title).is_some_and(|(start, _)| start == 0);
        }
    }
    measures_clause_beside_annex(doc);
}

/// The kind named by the first paragraph under a clause's heading when it reads as a title.
fn subtitle_kind(doc: &Document, index: ClauseId) -> Option<ClauseKind> {
    let clause = &doc.clauses[index];
    let first = paragraphs_between(doc, clause.heading_span.end, clause.span.end).first()?;
    (first.clause == Some(index) && outline::reads_as_title(&first.text))
        .then(|| heading_kind(&FoldedText::new(&first.text, first.span.start)))
        .flatten()
}

/// "3. Technical and organisational measures" in the body of a contract whose measures are in
/// an appendix ("Appendix 2 … Technical and Organizational Measures") states the security duty:
/// the appendix is the annex of measures, and the clause is read as the security clause.
fn measures_clause_beside_annex(doc: &mut Document) {
    let in_annex_part = |doc: &Document, mut index: ClauseId| loop {
        let clause = &doc.clauses[index];
        if clause.annex && names_an_annex(&FoldedText::new(&clause.title, 0)) {
            return true;
        }
        match clause.parent {
            Some(parent) => index = parent,
            None => return false,
        }
    };
    let annex_exists = (0..doc.clauses.len())
        .any(|index| doc.clauses[index].is(ClauseKind::SecurityMeasures) && in_annex_part(doc, index));
    if !annex_exists {
        return;
    }
    for index in 0..doc.clauses.len() {
        let clause = &doc.clauses[index];
        let body_measures = clause.origin == KindOrigin::Inferred
            && clause.is(ClauseKind::SecurityMeasures)
            && !in_annex_part(doc, index);
        if body_measures {
            doc.clauses[index].kind = Some(ClauseKind::Security);
            doc.clauses[index].annex = false;
        }
    }
}

/// The paragraphs starting in `from..to` (paragraphs are in source order).
fn paragraphs_between(doc: &Document, from: usize, to: usize) -> &[Paragraph] {
    let first = doc.paragraphs.partition_point(|p| p.span.start < from);
    let last = doc.paragraphs.partition_point(|p| p.span.start < to);
    &doc.paragraphs[first..last.max(first)]
}

/// Whether a clause's kind is the one its heading's words name (or the description a
/// particular's label names), rather than one read from its paragraphs or its parent.
pub(crate) fn kind_named_by_heading(clause: &Clause) -> bool {
    let title = FoldedText::new(&clause.title, 0);
    let named = heading_kind(&title);
    clause.kind.is_some()
        && (named == clause.kind
            || (clause.is(ClauseKind::Description) && !particular_heading(&clause.title, false).is_empty())
            // A measures heading in the body, beside the annex of measures (see
            // `measures_clause_beside_annex`).
            || (clause.is(ClauseKind::Security) && named == Some(ClauseKind::SecurityMeasures)))
}

/// The particulars a heading names when its words, without the clause number, are a
/// particular's label ("(3) Categories of data subjects", "2.4 Finalités du traitement").
/// `whole`: only when all the words are the label ("(2) Duration"); otherwise the longest
/// opening that is one ("Nature and purpose of the intended processing of data").
pub(super) fn particular_heading(title: &str, whole: bool) -> &'static [Particular] {
    let words = outline::label(title).map_or(title, |label| &title[label.text_start.min(title.len())..]);
    let words: Vec<&str> = words.trim().trim_end_matches([':', '.']).split_whitespace().collect();
    // An opening of one word is too loose ("Purpose limitation").
    let shortest = if whole { words.len() } else { 2.min(words.len()) };
    (shortest..=words.len())
        .rev()
        .map(|count| lexicon::particulars(&words[..count].join(" ")))
        .find(|found| !found.is_empty())
        .unwrap_or(&[])
}

/// A heading that opens or ends with an annex word ("Annex II – …", "SECURITY ANNEX",
/// "Subprocessor Schedule 3"), not one that merely mentions an annex.
fn names_an_annex(title: &FoldedText) -> bool {
    let words: Vec<&str> =
        title.folded.split_whitespace().filter(|word| word.chars().any(char::is_alphabetic)).collect();
    let annex_word = |word: &&str| cues::ANNEX_HEADING.matches(&FoldedText::new(word, 0));
    words.first().is_some_and(annex_word) || words.last().is_some_and(annex_word)
}

/// In an annex, a kind's words name its annex: security measures, the sub-processor list, the
/// description of the processing.
fn annex_kind(kind: ClauseKind) -> ClauseKind {
    match kind {
        ClauseKind::Security => ClauseKind::SecurityMeasures,
        ClauseKind::SubProcessors => ClauseKind::SubProcessorList,
        ClauseKind::SubjectMatter => ClauseKind::Description,
        other => other,
    }
}

/// The kind a heading's words name: the one named first ("Subject matter and duration" is the
/// subject matter); on a tie the more specific, listed first ("Sub-processor list").
/// "Parties" names the parties clause only as the whole heading: "Obligations of the Parties"
/// is about obligations.
fn heading_kind(title: &FoldedText) -> Option<ClauseKind> {
    let words = outline::label(&title.folded).map_or(title.folded.as_str(), |label| &title.folded[label.text_start..]);
    cues::HEADING_KINDS
        .iter()
        .enumerate()
        .filter_map(|(order, (kind, cue))| cue.find(title).map(|(start, _)| (start, order, *kind)))
        .filter(|&(_, _, kind)| kind != ClauseKind::Parties || cue_is_whole(words))
        .min()
        .map(|(_, _, kind)| kind)
        // "Security Reports", « Rapports de sécurité »: reports and certifications are evidence
        // for the audit clause, not the security duty.
        .map(|kind| match kind {
            ClauseKind::Security if EVIDENCE_HEADING.matches(title) => ClauseKind::Audit,
            other => other,
        })
}

/// Whether a folded heading (without its number) is exactly one of the parties phrases.
fn cue_is_whole(words: &str) -> bool {
    let words = words.trim().trim_end_matches(['.', ':']);
    cues::HEADING_KINDS.iter().filter(|(kind, _)| *kind == ClauseKind::Parties).any(|(_, cue)| cue.has_phrase(words))
}

/// How many phrases of each kind's content cues a text uses.
fn content_scores(text: &FoldedText) -> Vec<(ClauseKind, usize)> {
    CONTENT_KINDS.iter().map(|(kind, cue)| (*kind, cue.find_all(text).len())).filter(|(_, count)| *count > 0).collect()
}

/// The kind the scores point to: the only kind used, or one used at least twice and twice as
/// often as any other.
fn dominant(scores: &[(ClauseKind, usize)]) -> Option<ClauseKind> {
    let (best, count) = scores.iter().copied().max_by_key(|&(_, count)| count)?;
    let second = scores.iter().filter(|&&(kind, _)| kind != best).map(|&(_, count)| count).max().unwrap_or(0);
    (second == 0 || (count >= 2 && count >= 2 * second)).then_some(best)
}

/// A clause whose heading names nothing and that has no sub-clauses takes the kind its
/// paragraphs speak of when they all agree ("§ 8 Supervisory powers of the Client", all about
/// audits and inspections). Otherwise (a clause with sub-clauses, or paragraphs on several
/// topics) its paragraphs are read one by one (see [`infer_paragraph_content`]).
fn infer_clause_content(doc: &mut Document) {
    let mut has_children = vec![false; doc.clauses.len()];
    for parent in doc.clauses.iter().filter_map(|clause| clause.parent) {
        has_children[parent] = true;
    }
    let definitions = DefinitionStarts::of(doc);
    let mut own: Vec<Vec<usize>> = vec![Vec::new(); doc.clauses.len()];
    for (index, paragraph) in doc.paragraphs.iter().enumerate() {
        if let Some(clause) = paragraph.clause {
            own[clause].push(index);
        }
    }
    for index in 0..doc.clauses.len() {
        if doc.clauses[index].kind.is_some() || doc.clauses[index].custom_kind.is_some() || has_children[index] {
            continue;
        }
        let mut kinds = own[index]
            .iter()
            .map(|&p| &doc.paragraphs[p])
            .filter(|p| !definitions.starts(p))
            .filter_map(|p| dominant(&content_scores(&p.folded)));
        let Some(kind) = kinds.next() else { continue };
        if kinds.any(|other| other != kind) {
            continue;
        }
        doc.clauses[index].kind = Some(kind);
        doc.clauses[index].annex |= kind.is_annex_kind();
        doc.clauses[index].origin = KindOrigin::Inferred;
    }
}

/// Paragraphs still outside any kind (under a heading that names nothing and whose paragraphs
/// speak of several things, or with no heading at all) each take the kind their own words
/// clearly speak of, as an inferred clause of their own: consecutive paragraphs of one kind
/// share it. "(4) The Contractor shall assist the Client … with any data protection impact
/// assessment" becomes an assistance clause under "§ 4 Obligations of the Contractor". A
/// paragraph without a clause number (a preamble, a drafting note) needs two cues.
fn infer_paragraph_content(doc: &mut Document, source: &str) {
    let definitions = DefinitionStarts::of(doc);
    let mut groups: Vec<(ClauseKind, Vec<usize>)> = Vec::new();
    for (index, paragraph) in doc.paragraphs.iter().enumerate() {
        let unkinded = doc.clause_of(paragraph).is_none_or(|c| c.kind.is_none() && c.custom_kind.is_none());
        if !unkinded || paragraph.is_table_row || definitions.starts(paragraph) {
            continue;
        }
        let scores = content_scores(&paragraph.folded);
        let numbered = outline::label(paragraph.span.text(source)).is_some();
        if !numbered && scores.iter().map(|&(_, count)| count).sum::<usize>() < 2 {
            continue;
        }
        let Some(kind) = dominant(&scores) else { continue };
        match groups.last_mut() {
            Some((last_kind, members))
                if *last_kind == kind
                    && members.last() == Some(&(index - 1))
                    && doc.paragraphs[index - 1].clause == paragraph.clause =>
            {
                members.push(index);
            }
            _ => groups.push((kind, vec![index])),
        }
    }
    if groups.is_empty() {
        return;
    }
    for (kind, members) in groups {
        let first = &doc.paragraphs[members[0]];
        let last = &doc.paragraphs[members[members.len() - 1]];
        let parent = first.clause;
        let level = parent.and_then(|p| doc.clauses.get(p)).map_or(1, |p| p.level + 1);
        let id = doc.clauses.len();
        doc.clauses.push(Clause {
            id,
            kind: Some(kind),
            custom_kind: None,
            origin: KindOrigin::Inferred,
            annex: false,
            level,
            title: opening_words(&first.text),
            heading_span: Span::empty(first.span.start),
            tag_span: None,
            anchor: None,
            parent,
            span: Span::new(first.span.start, last.span.end),
        });
        for member in members {
            doc.paragraphs[member].clause = Some(id);
        }
    }
    renumber_clauses(doc);
}

/// Where defined terms start, sorted: a paragraph that opens with one (`"Sub-processor" means
/// …`) speaks of the term, not of the clause it would be in.
struct DefinitionStarts(Vec<usize>);

impl DefinitionStarts {
    fn of(doc: &Document) -> Self {
        let mut starts: Vec<usize> = doc.definitions.iter().map(|definition| definition.term_span.start).collect();
        starts.sort_unstable();
        DefinitionStarts(starts)
    }

    /// A term is defined within the paragraph's first few bytes (after a quote or emphasis).
    fn starts(&self, paragraph: &Paragraph) -> bool {
        const OPENING: usize = 4;
        let first = self.0.partition_point(|&start| start < paragraph.span.start);
        self.0.get(first).is_some_and(|&start| start <= paragraph.span.start + OPENING)
    }
}

/// The first words of a paragraph, as the title of the clause inferred around it.
fn opening_words(text: &str) -> String {
    const TITLE_WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= TITLE_WORDS {
        words.join(" ")
    } else {
        format!("{} …", words[..TITLE_WORDS].join(" "))
    }
}

/// Puts clauses back in source order after inferred ones were appended, and every reference
/// to a clause (parents, paragraphs, facts, parties, records) with them.
fn renumber_clauses(doc: &mut Document) {
    let mut order: Vec<ClauseId> = (0..doc.clauses.len()).collect();
    order.sort_by_key(|&id| (doc.clauses[id].heading_span.start, doc.clauses[id].level));
    let mut new_id = vec![0; order.len()];
    for (position, &old) in order.iter().enumerate() {
        new_id[old] = position;
    }
    let map = |id: Option<ClauseId>| id.map(|id| new_id[id]);
    let mut clauses: Vec<Clause> = order.iter().map(|&old| doc.clauses[old].clone()).collect();
    for clause in &mut clauses {
        clause.id = new_id[clause.id];
        clause.parent = map(clause.parent);
    }
    doc.clauses = clauses;
    for paragraph in &mut doc.paragraphs {
        paragraph.clause = map(paragraph.clause);
    }
    for fact in &mut doc.facts {
        fact.clause = map(fact.clause);
    }
    for party in &mut doc.parties {
        party.clause = map(party.clause);
    }
    for record in &mut doc.sub_processors {
        record.clause = map(record.clause);
    }
}

impl Document {
    /// `risk: high`, or high-risk data in the processing description (language.md §2.1).
    pub fn is_high_risk(&self) -> bool {
        match self.front_matter.risk {
            Some(risk) => risk == Risk::High,
            None => self.high_risk_evidence().is_some(),
        }
    }

    /// Where the description lists special categories, criminal data, identity or immigration
    /// documents, nationality, residence or refugee status, minors, health or financial data.
    /// A row saying `None` / `Aucune` lists nothing.
    pub fn high_risk_evidence(&self) -> Option<Span> {
        let listed = self.particulars.iter().filter(|entry| {
            matches!(entry.particular, Particular::DataTypes | Particular::DataSubjects | Particular::SpecialCategories)
                && !entry.unfilled
                && !is_none_word(&entry.text)
        });
        for entry in listed {
            let text = FoldedText::new(&entry.text, entry.span.start);
            let hit =
                cues::HIGH_RISK_DATA.find_all(&text).into_iter().find(|&(start, _)| !negated(&text.folded[..start]));
            if let Some((start, end)) = hit {
                let (from, to) = text.source_range(start, end);
                return Some(Span::new(from, to));
            }
            // Special categories named at all (other than "none") are high risk.
            if entry.particular == Particular::SpecialCategories {
                return Some(entry.span);
            }
        }
        None
    }
}

/// "no health data", "aucune donnée de santé": a cue right after a negation lists nothing.
fn negated(before: &str) -> bool {
    let clause_start = before.rfind([',', ';', '.', ':']).map_or(0, |i| i + 1);
    let words: Vec<&str> = before[clause_start..].split_whitespace().collect();
    words.iter().rev().take(3).any(|w| {
        matches!(*w, "no" | "not" | "excluding" | "except" | "aucune" | "aucun" | "pas" | "hors" | "sauf" | "excluant")
    })
}

//! Inference over untagged text (language.md §6): clause kinds from heading words, and whether
//! the processing is high risk (§2.1). An explicit tag or `risk:` always wins.

use dpa_lexicon::{cues, is_none_word, FoldedText};
use dpa_syntax::Span;

use super::{Document, KindOrigin, Particular, Risk};

pub(super) fn infer(doc: &mut Document) {
    infer_heading_kinds(doc);
}

/// An untagged heading whose words name a clause kind gets that kind, marked inferred, and its
/// untagged sub-headings inherit it.
fn infer_heading_kinds(doc: &mut Document) {
    for index in 0..doc.clauses.len() {
        let clause = &doc.clauses[index];
        if clause.origin != KindOrigin::None {
            continue;
        }
        let title = FoldedText::new(&clause.title, clause.heading_span.start);
        let inferred = cues::HEADING_KINDS.iter().find(|(_, cue)| cue.matches(&title)).map(|(kind, _)| *kind);
        let parent_kind = clause.parent.and_then(|p| doc.clauses.get(p)).and_then(|p| p.kind.map(|k| (k, p.annex)));
        let clause = &mut doc.clauses[index];
        if let Some(kind) = inferred {
            clause.kind = Some(kind);
            clause.annex = kind.is_annex_kind() || cues::ANNEX_HEADING.matches(&title);
            clause.origin = KindOrigin::Inferred;
        } else if let Some((kind, annex)) = parent_kind {
            clause.kind = Some(kind);
            clause.annex = annex;
            clause.origin = KindOrigin::Inferred;
        }
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

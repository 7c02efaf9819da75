use std::collections::BTreeMap;

use dpa_lexicon::values::FactValue;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{self, Document, FactName, FrontMatterKey, KindOrigin};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct TranslationMismatch;

static META: RuleMeta = RuleMeta {
    id: "TRANSLATION-MISMATCH",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "dpa language §4",
    summary: L10n::new("The linked translation differs in clause kinds, anchors or fact values.", "La traduction liée diffère par les types de clauses, les ancres ou les valeurs des faits."),
    doc: RuleDoc {
        what: L10n::new(
            "When the front matter names a translation (`translation: fr = contract.fr.dpa`), compares the two files: the same tagged clause kinds, the same anchors and the same fact values (`48 hours` and `48 heures` agree; `72 heures` does not). A translation that cannot be read is reported on the `translation:` line.",
            "Quand l'en-tête désigne une traduction (`traduction : en = contrat.dpa`), compare les deux fichiers : mêmes types de clauses étiquetées, mêmes ancres et mêmes valeurs de faits (`48 heures` et `48 hours` concordent ; `72 hours` non). Une traduction illisible est signalée sur la ligne `traduction :`.",
        ),
        why: L10n::new(
            "Two language versions that disagree create two contracts: the party relying on the non-authoritative version may be bound by a deadline it never read.",
            "Deux versions linguistiques divergentes créent deux contrats : la partie qui s'appuie sur la version qui ne fait pas foi peut être liée par un délai qu'elle n'a jamais lu.",
        ),
        failing: "---\ntranslation: fr = contract.fr.dpa\n---\n# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48 hours]].\n",
        passing: "---\ntranslation: fr = contract.fr.dpa\n---\n# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 72 hours]].\n",
        companion: Some("---\nlangue : fr\n---\n# Violations de données {notification-violation}\nLe Prestataire notifie le Client dans un délai de [[délai-violation : 72 heures]].\n"),
    },
};

impl Rule for TranslationMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let Some((lang, path)) = &cx.doc.front_matter.translation else {
            return;
        };
        let Some(other_source) = &cx.options.translation else {
            if let Some(reason) = &cx.options.translation_unreadable {
                report_unreadable(cx, sink, lang.code(), path, reason);
            }
            return;
        };
        let other = model::build(other_source, &dpa_syntax::parse(other_source), Some(false), &cx.options.custom_kinds);
        let here = cx.doc;
        let lang = lang.code();

        let kinds = |doc: &Document| -> BTreeMap<&'static str, usize> {
            let mut counts = BTreeMap::new();
            for clause in doc.clauses.iter().filter(|c| c.origin == KindOrigin::Tagged) {
                if let Some(kind) = clause.kind {
                    *counts.entry(kind.id()).or_insert(0) += 1;
                }
            }
            counts
        };
        let (ours, theirs) = (kinds(here), kinds(&other));
        for (kind, count) in &ours {
            if theirs.get(kind).copied().unwrap_or(0) < *count {
                let span = here
                    .clauses
                    .iter()
                    .rfind(|c| c.kind.map(|k| k.id()) == Some(kind))
                    .map_or(here.anchor_span, |c| c.heading_span);
                sink.report(cx, &META, span, Message::new(
                    format!("The {lang} translation ({path}) has no matching `{kind}` clause: add it there, or the two versions say different things."),
                    format!("La traduction {lang} ({path}) n'a pas de clause `{kind}` correspondante : ajoutez-la, sinon les deux versions divergent."),
                ));
            }
        }
        for (kind, count) in &theirs {
            if ours.get(kind).copied().unwrap_or(0) < *count {
                sink.report(
                    cx,
                    &META,
                    here.anchor_span,
                    Message::new(
                        format!("The {lang} translation ({path}) has a `{kind}` clause that this version lacks."),
                        format!("La traduction {lang} ({path}) contient une clause `{kind}` absente de cette version."),
                    ),
                );
            }
        }

        let anchors = |doc: &Document| {
            doc.clauses.iter().filter_map(|c| c.anchor.as_ref().map(|a| a.name.clone())).collect::<Vec<_>>()
        };
        let other_anchors = anchors(&other);
        for clause in &here.clauses {
            if let Some(anchor) = clause.anchor.as_ref().filter(|a| !other_anchors.contains(&a.name)) {
                sink.report(cx, &META, anchor.span, Message::new(
                    format!("The anchor `#{}` does not exist in the {lang} translation ({path}): anchors must be identical in both versions.", anchor.name),
                    format!("L'ancre `#{}` n'existe pas dans la traduction {lang} ({path}) : les ancres doivent être identiques dans les deux versions.", anchor.name),
                ));
            }
        }

        for name in FactName::ALL {
            let ours: Vec<_> = here.facts_named(*name).collect();
            let theirs: Vec<_> = other.facts_named(*name).collect();
            for (fact, counterpart) in ours.iter().zip(&theirs) {
                let (Some(a), Some(b)) =
                    (fact.parsed().and_then(comparable), counterpart.parsed().and_then(comparable))
                else {
                    continue;
                };
                if a != b {
                    let (mine, other_value) = (&fact.value_text, &counterpart.value_text);
                    sink.report(cx, &META, fact.value_span, Message::new(
                        format!("`{name}` is `{mine}` here but `{other_value}` in the {lang} translation ({path}): align the two versions."),
                        format!("« {name} » vaut « {mine} » ici mais « {other_value} » dans la traduction {lang} ({path}) : alignez les deux versions."),
                    ));
                }
            }
        }
    }
}

/// The translation is named but could not be read: say so rather than pass in silence, since
/// a reader would take the absence of findings for two versions that agree.
fn report_unreadable(cx: &Context<'_>, sink: &mut Sink, lang: &str, path: &str, reason: &Message) {
    let span = super::front_matter_value(cx.doc, FrontMatterKey::Translation);
    sink.report(cx, &META, span, Message::new(
        format!("The {lang} translation `{path}` named in the front matter could not be read ({}), so the two versions were not compared: correct the path in `translation:` or add the file.", reason.en),
        format!("La traduction {lang} « {path} » indiquée dans l'en-tête n'a pas pu être lue ({}) : les deux versions n'ont pas été comparées. Corrigez le chemin dans `traduction :` ou ajoutez le fichier.", reason.fr),
    ));
}

/// A language-neutral key for a value, or `None` when the value is free text (whose wording
/// legitimately differs between languages).
fn comparable(value: &FactValue) -> Option<String> {
    match value {
        FactValue::Text(_) | FactValue::Party(_) | FactValue::Placeholder => None,
        other => Some(format!("{other:?}")),
    }
}

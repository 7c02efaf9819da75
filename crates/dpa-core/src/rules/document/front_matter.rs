use dpa_lexicon::FRONT_MATTER_KEYS;

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct FrontMatterUnknown;

static META: RuleMeta = RuleMeta {
    id: "FRONT-MATTER-UNKNOWN",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Info,
    escalates: false,
    citation: "dpa language §2.1",
    summary: L10n::new("Unknown front-matter key (with a \"did you mean\").", "Clé d'en-tête inconnue (avec une suggestion)."),
    doc: RuleDoc {
        what: L10n::new(
            "Reports front-matter keys that are not part of the language (`dpa`, `title`, `language`, `authoritative`, `translation`, `main-agreement`, `acting-for`, `playbook`, `glossary`, `status`, `risk`, `date`, and their French forms). The key is kept; a close known key is suggested.",
            "Signale les clés d'en-tête qui ne font pas partie du langage (`dpa`, `titre`, `langue`, `faisant-foi`, `traduction`, `contrat-principal`, `pour-le-compte-de`, `referentiel`, `glossaire`, `statut`, `risque`, `date`, et leurs formes anglaises). La clé est conservée ; une clé connue proche est suggérée.",
        ),
        why: L10n::new(
            "A misspelt key is silently ignored: `stauts: final` leaves the document in draft mode, so drafting notes and placeholders are not treated as errors.",
            "Une clé mal orthographiée est ignorée : `staut : definitif` laisse le document en brouillon, et les notes de rédaction et blancs ne sont pas traités comme des erreurs.",
        ),
        failing: "---\nstauts: final\n---\n# Audits {audit}\nText.\n",
        passing: "---\nstatus: final\n---\n# Audits {audit}\nText.\n",
        companion: None,
    },
};

impl Rule for FrontMatterUnknown {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        for unknown in &cx.doc.unknown_keys {
            let word = &unknown.word;
            let (hint_en, hint_fr) = super::did_you_mean(unknown.suggestion.as_deref());
            let known = dpa_lexicon::all_words(FRONT_MATTER_KEYS).take(12).collect::<Vec<_>>().join(", ");
            let finding = sink.report(
                cx,
                &META,
                unknown.span,
                Message::new(
                    format!("`{word}` is not a front-matter key and is ignored.{hint_en} Known keys: {known}…"),
                    format!("« {word} » n'est pas une clé d'en-tête et est ignorée.{hint_fr} Clés connues : {known}…"),
                ),
            );
            if let Some(suggestion) = &unknown.suggestion {
                finding.with_fix(super::replace_with(unknown.span, suggestion));
            }
        }
    }
}

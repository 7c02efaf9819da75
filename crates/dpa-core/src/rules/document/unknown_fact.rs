use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct FactUnknown;

static META: RuleMeta = RuleMeta {
    id: "FACT-UNKNOWN",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Info,
    escalates: false,
    citation: "dpa language §2.3",
    summary: L10n::new("Unknown fact name (with a \"did you mean\").", "Nom de fait inconnu (avec une suggestion)."),
    doc: RuleDoc {
        what: L10n::new(
            "Reports `[[name: value]]` facts whose name is not a fact of the language, a party role or `ref`. The value is kept as text; the closest known name is suggested.",
            "Signale les faits `[[nom : valeur]]` dont le nom n'est ni un fait du langage, ni un rôle de partie, ni `renvoi`. La valeur est conservée comme texte ; le nom connu le plus proche est suggéré.",
        ),
        why: L10n::new(
            "An unknown name means the value is never checked: `[[breach-notise: 96 hours]]` hides a deadline that exceeds Art. 33(1)'s 72 hours.",
            "Un nom inconnu signifie que la valeur n'est jamais vérifiée : `[[delai-violaton : 96 heures]]` masque un délai qui dépasse les 72 heures de l'art. 33(1).",
        ),
        failing: "# Breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notise: 48 hours]].\n",
        passing: "# Breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48 hours]].\n",
        companion: None,
    },
};

impl Rule for FactUnknown {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        for unknown in &cx.doc.unknown_facts {
            let name = &unknown.raw_name;
            let (hint_en, hint_fr) = super::did_you_mean(unknown.suggestion.as_deref());
            let finding = sink.report(
                cx,
                &META,
                unknown.name_span,
                Message::new(
                    format!("`{name}` is not a known fact, so its value is not checked.{hint_en}"),
                    format!("« {name} » n'est pas un fait connu : sa valeur n'est donc pas vérifiée.{hint_fr}"),
                ),
            );
            if let Some(suggestion) = &unknown.suggestion {
                finding.with_fix(super::replace_with(unknown.name_span, suggestion));
            }
        }
    }
}

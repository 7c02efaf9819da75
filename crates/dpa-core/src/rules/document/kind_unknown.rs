use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct KindUnknown;

static META: RuleMeta = RuleMeta {
    id: "KIND-UNKNOWN",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "dpa language §2.2",
    summary: L10n::new("Unknown clause kind in a tag (with a \"did you mean\").", "Type de clause inconnu dans une étiquette (avec une suggestion)."),
    doc: RuleDoc {
        what: L10n::new(
            "Reports a heading tag whose clause kind is not in the language (see `dpa-lint explain` for the list, in English or French), suggesting the closest kind. Firm-specific kinds are accepted when namespaced (`firm-insurance`) or declared in configuration.",
            "Signale une étiquette de titre dont le type de clause n'existe pas dans le langage, en suggérant le type le plus proche. Les types propres à un cabinet sont acceptés s'ils sont préfixés (`firm-assurance`) ou déclarés dans la configuration.",
        ),
        why: L10n::new(
            "The tag is what tells the linter a clause exists: a misspelt `{secuirty}` makes the security clause invisible, and Art. 28(3)(c) is then reported as missing.",
            "L'étiquette indique au linter qu'une clause existe : un `{securiet}` mal orthographié rend la clause de sécurité invisible, et l'art. 28(3)(c) est alors signalé comme manquant.",
        ),
        failing: "# Security {secuirty}\nThe Provider shall implement appropriate measures.\n",
        passing: "# Security {security}\nThe Provider shall implement appropriate measures.\n",
        companion: None,
    },
};

impl Rule for KindUnknown {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        for unknown in &cx.doc.unknown_kinds {
            let word = &unknown.word;
            let (hint_en, hint_fr) = match &unknown.suggestion {
                Some(s) => (format!(" Did you mean `{s}`?"), format!(" Vouliez-vous dire « {s} » ?")),
                None => (
                    " Use a kind such as `security`, `audit`, `breach-notification`, or namespace a firm kind as `firm-…`.".to_string(),
                    " Utilisez un type tel que `securite`, `audit`, `notification-violation`, ou préfixez un type propre au cabinet par `firm-…`.".to_string(),
                ),
            };
            let finding = sink.report(
                cx,
                &META,
                unknown.span,
                Message::new(
                    format!("`{word}` is not a clause kind, so this clause is not recognised.{hint_en}"),
                    format!("« {word} » n'est pas un type de clause : cette clause n'est donc pas reconnue.{hint_fr}"),
                ),
            );
            if let Some(suggestion) = &unknown.suggestion {
                finding.with_fix(super::replace_with(unknown.span, suggestion));
            }
        }
    }
}

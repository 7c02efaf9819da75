use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct RefBroken;

static META: RuleMeta = RuleMeta {
    id: "REF-BROKEN",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Error,
    escalates: false,
    citation: "dpa language §2",
    summary: L10n::new("`[[ref: x]]` points to no `#x` anchor.", "`[[renvoi : x]]` ne renvoie à aucune ancre `#x`."),
    doc: RuleDoc {
        what: L10n::new(
            "Checks that every cross-reference `[[ref: x]]` names an anchor `#x` declared in a heading tag of the same document.",
            "Vérifie que chaque renvoi `[[renvoi : x]]` désigne une ancre `#x` déclarée dans l'étiquette d'un titre du même document.",
        ),
        why: L10n::new(
            "A reference to an annex that does not exist incorporates nothing: \"the measures in Annex II\" with no Annex II leaves Art. 28(3)(c) and Art. 32 without content.",
            "Un renvoi à une annexe inexistante n'incorpore rien : « les mesures de l'annexe II » sans annexe II laissent l'art. 28(3)(c) et l'art. 32 sans contenu.",
        ),
        failing: "# Security {security}\nThe Provider shall implement the measures in [[ref: annex-security]].\n",
        passing: "# Security {security}\nThe Provider shall implement the measures in [[ref: annex-security]].\n# Annex II - Security measures {annex security-measures #annex-security}\n- Access control with MFA.\n",
        companion: None,
    },
};

impl Rule for RefBroken {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let anchors: Vec<&str> =
            cx.doc.clauses.iter().filter_map(|c| c.anchor.as_ref()).map(|a| a.name.as_str()).collect();
        for reference in &cx.doc.references {
            let target = reference.target.trim_start_matches('#');
            if anchors.iter().any(|a| dpa_lexicon::fold_key(a) == dpa_lexicon::fold_key(target)) {
                continue;
            }
            let suggestion = dpa_lexicon::suggest(target, anchors.iter().copied());
            let (hint_en, hint_fr) = super::did_you_mean(suggestion.as_deref());
            let message = if target.is_empty() {
                Message::new(
                    "This reference names no anchor: write `[[ref: anchor]]` with the `#anchor` of a heading.",
                    "Ce renvoi ne désigne aucune ancre : écrivez `[[renvoi : ancre]]` avec l'`#ancre` d'un titre.",
                )
            } else {
                Message::new(
                    format!("No heading has the anchor `#{target}`, so this reference points nowhere.{hint_en} Add `#{target}` to the tag of the heading it means."),
                    format!("Aucun titre n'a l'ancre `#{target}` : ce renvoi ne mène nulle part.{hint_fr} Ajoutez `#{target}` à l'étiquette du titre visé."),
                )
            };
            let span = if reference.target_span.is_empty() { reference.span } else { reference.target_span };
            let finding = sink.report(cx, &META, span, message);
            if let Some(suggestion) = &suggestion {
                finding.with_fix(super::replace_with(reference.target_span, suggestion));
            }
        }
    }
}

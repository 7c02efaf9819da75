use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::{FactName, FrontMatterKey};
use crate::rules::{fixes, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

/// PLAYBOOK-POSITION: a fact's value against the firm's positions. Facts whose own rule already
/// weighs positions (the breach deadline, in BREACH-DEADLINE) are left to that rule.
pub(crate) struct PlaybookPosition;

const JUDGED_BY_OWN_RULE: &[FactName] = &[FactName::BreachNotice];

static META: RuleMeta = RuleMeta {
    id: "PLAYBOOK-POSITION",
    family: Family::Playbook,
    layer: Layer::Strength,
    default_severity: Severity::Info,
    escalates: false,
    citation: "Playbook (dpa language §5)",
    summary: L10n::new("A fact is outside the playbook's preferred position (info, warning past fallback, error past walk-away).", "Un fait sort de la position préférée du référentiel (info, avertissement au-delà du repli, erreur au-delà de la rupture)."),
    doc: RuleDoc {
        what: L10n::new(
            "With a playbook (`playbook:` in the front matter, configuration or `--playbook`), compares each fact that has positions with them: within preferred, nothing; up to fallback, info; up to walk-away, warning; beyond walk-away, error. Which direction is better follows the side the firm acts for. A playbook named in the front matter that cannot be read is an error on the `playbook:` line: the contract is linted without its positions.",
            "Avec un référentiel (`referentiel :` dans l'en-tête, la configuration ou `--playbook`), compare chaque fait qui a des positions : dans la position préférée, rien ; jusqu'au repli, information ; jusqu'à la rupture, avertissement ; au-delà, erreur. Le sens dépend de la partie pour laquelle le cabinet agit. Un référentiel indiqué dans l'en-tête mais illisible est une erreur sur la ligne `referentiel :` : le contrat est vérifié sans ses positions.",
        ),
        why: L10n::new(
            "A firm negotiates from agreed positions; seeing at once which terms fall outside them turns a review into a list of points to push back on.",
            "Un cabinet négocie à partir de positions arrêtées ; voir d'emblée les clauses qui en sortent transforme la relecture en liste de points à renégocier.",
        ),
        failing: "# Sub-processors {sub-processors}\nThe Provider shall inform the Customer [[objection-notice: 7 days]] in advance.\n",
        passing: "# Sub-processors {sub-processors}\nThe Provider shall inform the Customer [[objection-notice: 30 days]] in advance.\n",
        companion: Some("acting-for = \"controller\"\n[facts.objection-notice]\npreferred = \"30 days\"\nfallback = \"14 days\"\nwalk-away = \"10 days\"\n"),
    },
};

impl Rule for PlaybookPosition {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if let (Some(reason), Some(path)) = (&cx.options.playbook_unreadable, &cx.doc.front_matter.playbook) {
            report_unreadable(cx, sink, path.trim(), reason);
        }
        for fact in cx.doc.facts.iter().filter(|f| !JUDGED_BY_OWN_RULE.contains(&f.name)) {
            let Some(position) = cx.position(fact) else { continue };
            let Some(severity) = position.standing.severity() else { continue };
            let finding = sink.report_with(&META, severity, fact.value_span, position.message.clone());
            if let Some(preferred) = &position.preferred {
                finding.with_fix(fixes::replace(
                    fact.value_span,
                    preferred.clone(),
                    Message::new(
                        format!("Propose your preferred position: {preferred}"),
                        format!("Proposer votre position préférée : {preferred}"),
                    ),
                ));
            }
        }
    }
}

/// The front matter names a playbook that could not be read. The contract is still linted (a
/// copy sent without the firm's playbook is common), and this error keeps a CI run from passing
/// as if the firm's positions had been checked.
fn report_unreadable(cx: &Context<'_>, sink: &mut Sink, path: &str, reason: &Message) {
    let span = super::document::front_matter_value(cx.doc, FrontMatterKey::Playbook);
    sink.report_with(&META, Severity::Error, span, Message::new(
        format!("The playbook `{path}` named in the front matter could not be read ({}), so its positions were not checked: put the playbook at that path, correct the path in `playbook:`, or set `playbook` in dpa-lint.toml.", reason.en),
        format!("Le référentiel « {path} » indiqué dans l'en-tête n'a pas pu être lu ({}) : ses positions n'ont pas été vérifiées. Placez le référentiel à cet emplacement, corrigez le chemin dans `referentiel :` ou indiquez `playbook` dans dpa-lint.toml.", reason.fr),
    ));
}

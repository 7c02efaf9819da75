use crate::finding::{Edit, Finding, Fix, Severity};
use crate::lang::{L10n, Message};
use crate::rules::{self, Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct SuppressionNoReason;

static NO_REASON: RuleMeta = RuleMeta {
    id: "SUPPRESSION-NO-REASON",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "dpa language §2",
    summary: L10n::new("A suppression has no reason, so it suppresses nothing.", "Une suppression n'a pas de motif : elle ne supprime donc rien."),
    doc: RuleDoc {
        what: L10n::new(
            "Reports `%% lint: allow RULE-ID` lines without `-- reason: …` (or with a blank reason). Such a line suppresses nothing: the finding it names stays reported.",
            "Signale les lignes `%% lint : autoriser RÈGLE` sans `-- motif : …` (ou avec un motif vide). Une telle ligne ne supprime rien : le constat visé reste signalé.",
        ),
        why: L10n::new(
            "Waiving a legal requirement is a decision someone must be able to justify later, to a client, an auditor or a supervisory authority: the reason is the record of that decision.",
            "Écarter une exigence légale est une décision qu'il faut pouvoir justifier plus tard, devant un client, un auditeur ou une autorité de contrôle : le motif en est la trace.",
        ),
        failing: "# Audits {audit}\n%% lint: allow AUDIT-FREQUENCY\nThe Customer may audit once every two years.\n",
        passing: "# Audits {audit}\n%% lint: allow AUDIT-FREQUENCY -- reason: accepted by the Customer's DPO on 2025-02-20\nThe Customer may audit once every two years.\n",
        companion: None,
    },
};

impl Rule for SuppressionNoReason {
    fn meta(&self) -> &'static RuleMeta {
        &NO_REASON
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        for suppression in cx.doc.suppressions.iter().filter(|s| s.reason.is_none()) {
            let ids = suppression.rules.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>().join(", ");
            sink.report(
                cx,
                &NO_REASON,
                suppression.span,
                Message::new(
                    format!("This suppression of {ids} has no reason, so it suppresses nothing: add `-- reason: why it is accepted, by whom, when`."),
                    format!("Cette suppression de {ids} n'a pas de motif : elle ne supprime donc rien. Ajoutez `-- motif : pourquoi c'est accepté, par qui, quand`."),
                ),
            );
        }
    }
}

pub(crate) struct SuppressionUnused;

static UNUSED: RuleMeta = RuleMeta {
    id: "SUPPRESSION-UNUSED",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Warning,
    escalates: false,
    citation: "dpa language §2",
    summary: L10n::new("A suppression suppresses nothing.", "Une suppression ne supprime rien."),
    doc: RuleDoc {
        what: L10n::new(
            "Reports reasoned `%% lint: allow` lines that waive no finding in their clause (or, before the first heading, in the file), including those naming a rule that does not exist.",
            "Signale les lignes `%% lint : autoriser` motivées qui n'écartent aucun constat dans leur clause (ou, avant le premier titre, dans le fichier), y compris celles qui nomment une règle inexistante.",
        ),
        why: L10n::new(
            "A stale waiver misleads the reader into thinking a point was negotiated, and would silently hide the finding if the clause regressed later.",
            "Une dérogation périmée laisse croire qu'un point a été négocié, et masquerait silencieusement le constat si la clause se dégradait plus tard.",
        ),
        failing: "# Personal data breaches {breach-notification}\n%% lint: allow BREACH-DEADLINE -- reason: accepted by the DPO\nThe Provider shall notify the Customer within [[breach-notice: 24 hours]].\n",
        passing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 24 hours]].\n",
        companion: None,
    },
};

impl Rule for SuppressionUnused {
    fn meta(&self) -> &'static RuleMeta {
        &UNUSED
    }

    /// Runs after every other rule, from the engine, through [`unused_suppressions`].
    fn check(&self, _cx: &Context<'_>, _sink: &mut Sink) {}
}

/// SUPPRESSION-UNUSED findings, once every other rule has run; `used[i]` tells whether
/// suppression `i` waived something.
pub(crate) fn unused_suppressions(cx: &Context<'_>, used: &[bool]) -> Vec<Finding> {
    let mut sink = Sink::default();
    for (suppression, _) in cx.doc.suppressions.iter().zip(used).filter(|(s, used)| !**used && s.reason.is_some()) {
        let unknown: Vec<&(String, dpa_syntax::Span)> =
            suppression.rules.iter().filter(|(id, _)| rules::find(id).is_none()).collect();
        // A waiver of a rule switched off by configuration has nothing to waive on this run.
        let all_disabled =
            suppression.rules.iter().all(|(id, _)| rules::find(id).is_some() && !cx.options.filter.enabled(id));
        if all_disabled {
            continue;
        }
        let message = match unknown.first() {
            Some((id, _)) => {
                let ids = rules::registry().iter().map(|r| r.meta().id);
                let (hint_en, hint_fr) =
                    super::did_you_mean(dpa_lexicon::suggest(id, ids).map(|s| s.to_uppercase()).as_deref());
                Message::new(
                    format!("There is no rule `{id}`, so this suppression waives nothing.{hint_en}"),
                    format!("Il n'existe pas de règle « {id} » : cette suppression n'écarte rien.{hint_fr}"),
                )
            }
            None => {
                let ids = suppression.rules.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>().join(", ");
                Message::new(
                    format!("This suppression waives nothing: {ids} reports nothing here. Remove the line so it cannot hide a future finding."),
                    format!("Cette suppression n'écarte rien : {ids} ne signale rien ici. Retirez la ligne pour qu'elle ne masque pas un constat futur."),
                )
            }
        };
        let line_end =
            cx.source[suppression.span.end..].find('\n').map_or(cx.source.len(), |i| suppression.span.end + i + 1);
        let line_start = cx.source[..suppression.span.start].rfind('\n').map_or(0, |i| i + 1);
        sink.report(cx, &UNUSED, suppression.span, message).with_fix(Fix {
            title: Message::new("Remove the unused suppression", "Retirer la suppression inutile"),
            edits: vec![Edit { span: dpa_syntax::Span::new(line_start, line_end), replacement: String::new() }],
        });
    }
    sink.findings
}

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::Status;
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct NoteInFinal;

static META: RuleMeta = RuleMeta {
    id: "NOTE-IN-FINAL",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Error,
    escalates: false,
    citation: "dpa language §2",
    summary: L10n::new("A `%% NOTE` drafting note is left in a final document.", "Une note de rédaction `%% NOTE` subsiste dans un document définitif."),
    doc: RuleDoc {
        what: L10n::new(
            "In a document with `status: final` (or `--status final`), reports every `%% NOTE` drafting note. In drafts, notes are open points and are not reported.",
            "Dans un document `statut : definitif` (ou `--status final`), signale chaque note de rédaction `%% NOTE`. En brouillon, les notes sont des points ouverts et ne sont pas signalées.",
        ),
        why: L10n::new(
            "A drafting note is an open point between the parties: a contract marked final with open points has not been agreed on those points.",
            "Une note de rédaction est un point ouvert entre les parties : un contrat marqué définitif avec des points ouverts n'est pas arrêté sur ces points.",
        ),
        failing: "---\nstatus: final\n---\n# Audits {audit}\n%% NOTE the Provider wants audit costs borne by the Customer.\n",
        passing: "---\nstatus: final\n---\n# Audits {audit}\n%% Each party bears its own audit costs (agreed 2025-02-20).\n",
        companion: None,
    },
};

impl Rule for NoteInFinal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        if cx.doc.status() != Status::Final {
            return;
        }
        for note in &cx.doc.notes {
            sink.report(
                cx,
                &META,
                note.span,
                Message::new(
                    "This drafting note is still open but the document is marked final: resolve the point and remove the note, or set `status: draft`.",
                    "Cette note de rédaction est encore ouverte alors que le document est marqué définitif : réglez le point et retirez la note, ou indiquez `statut : brouillon`.",
                ),
            );
        }
    }
}

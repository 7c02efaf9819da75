use dpa_syntax::{SyntaxDiagnostic, SyntaxErrorKind};

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

/// SYNTAX: a construct is malformed. Findings come from the parser's diagnostics (and from
/// `%% lint` lines whose verb is not a known word), so [`Rule::check`] itself adds only the latter.
pub(crate) struct Syntax;

pub(crate) static META: RuleMeta = RuleMeta {
    id: "SYNTAX",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Error,
    escalates: false,
    citation: "dpa language §2",
    summary: L10n::new("A construct is malformed (unclosed `[[`, unclosed tag, bad front-matter line).", "Une construction est mal formée (`[[` non fermé, étiquette non fermée, ligne d'en-tête incorrecte)."),
    doc: RuleDoc {
        what: L10n::new(
            "Reports markup the parser could not read: a `[[` with no `]]` on the same line, a `{` tag with no `}`, a front-matter line that is not `key: value`, a front matter with no closing `---`, a table row with the wrong number of cells, a malformed `%% lint` line. The rest of the file is still read and checked.",
            "Signale le balisage que l'analyseur n'a pas pu lire : un `[[` sans `]]` sur la même ligne, une étiquette `{` sans `}`, une ligne d'en-tête qui n'est pas `clé : valeur`, un en-tête sans `---` de fermeture, une ligne de tableau au mauvais nombre de cellules, une ligne `%% lint` mal formée. Le reste du fichier est tout de même lu et vérifié.",
        ),
        why: L10n::new(
            "A fact the linter cannot read is a fact it cannot check: a half-typed `[[breach-notice: 48 hours` leaves the breach deadline unverified.",
            "Un fait illisible est un fait invérifiable : un `[[délai-violation : 48 heures` incomplet laisse le délai de notification non vérifié.",
        ),
        failing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48 hours of becoming aware.\n",
        passing: "# Personal data breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48 hours]] of becoming aware.\n",
        companion: None,
    },
};

impl Rule for Syntax {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        for directive in &cx.doc.bad_directives {
            sink.report(
                cx,
                &META,
                directive.span,
                Message::new(
                    format!(
                        "`{}` is not a suppression verb: write `%% lint: allow RULE-ID -- reason: …`.",
                        directive.word
                    ),
                    format!(
                        "« {} » n'est pas un verbe de suppression : écrivez `%% lint : autoriser RÈGLE -- motif : …`.",
                        directive.word
                    ),
                ),
            );
        }
    }
}

/// SYNTAX findings for the parser's diagnostics.
pub(crate) fn syntax_findings(cx: &Context<'_>, diagnostics: &[SyntaxDiagnostic], sink: &mut Sink) {
    if !cx.options.filter.enabled(META.id) {
        return;
    }
    for diagnostic in diagnostics {
        sink.report(cx, &META, diagnostic.span, message(&diagnostic.kind));
    }
}

fn message(kind: &SyntaxErrorKind) -> Message {
    match kind {
        SyntaxErrorKind::UnclosedFact => Message::new(
            "This fact has no closing `]]` on its line: write `[[name: value]]` on one line, or the value is not checked.",
            "Ce fait n'a pas de `]]` fermant sur sa ligne : écrivez `[[nom : valeur]]` sur une seule ligne, sinon la valeur n'est pas vérifiée.",
        ),
        SyntaxErrorKind::EmptyFactName => Message::new(
            "This fact has no name: write `[[name: value]]`, e.g. `[[breach-notice: 48 hours]]`.",
            "Ce fait n'a pas de nom : écrivez `[[nom : valeur]]`, par exemple `[[délai-violation : 48 heures]]`.",
        ),
        SyntaxErrorKind::UnclosedTag => Message::new(
            "This clause tag has no closing `}`: end the heading with `{kind}`, e.g. `{audit}`.",
            "Cette étiquette de clause n'a pas de `}` fermant : terminez le titre par `{type}`, par exemple `{audit}`.",
        ),
        SyntaxErrorKind::EmptyTag => Message::new(
            "This clause tag is empty: name the clause kind, e.g. `{breach-notification}`, or remove the braces.",
            "Cette étiquette de clause est vide : indiquez le type de clause, par exemple `{notification-violation}`, ou retirez les accolades.",
        ),
        SyntaxErrorKind::BadFrontMatterLine => Message::new(
            "This front-matter line is not `key: value`; it is ignored.",
            "Cette ligne d'en-tête n'est pas de la forme `clé : valeur` ; elle est ignorée.",
        ),
        SyntaxErrorKind::UnterminatedFrontMatter => Message::new(
            "The front matter has no closing `---` line: add one after the last `key: value` line.",
            "L'en-tête n'a pas de ligne `---` de fermeture : ajoutez-en une après la dernière ligne `clé : valeur`.",
        ),
        SyntaxErrorKind::BadDirective => Message::new(
            "This `%% lint` line is malformed: write `%% lint: allow RULE-ID -- reason: why it is accepted`.",
            "Cette ligne `%% lint` est mal formée : écrivez `%% lint : autoriser RÈGLE -- motif : pourquoi c'est accepté`.",
        ),
        SyntaxErrorKind::TableCellCount { expected, found } => Message::new(
            format!("This table row has {found} cells but the header has {expected}: a missing `|` shifts the columns."),
            format!("Cette ligne de tableau a {found} cellules mais l'en-tête en a {expected} : un `|` manquant décale les colonnes."),
        ),
        SyntaxErrorKind::Unparsed => Message::new(
            "The linter could not read this text and treated it as plain prose; please report it with the file so the parser can be fixed.",
            "Le linter n'a pas pu lire ce texte et l'a traité comme du texte simple ; merci de le signaler avec le fichier pour que l'analyseur soit corrigé.",
        ),
        SyntaxErrorKind::ControlCharacter => Message::new(
            "This line contains a control character (e.g. NUL) that does not belong in a contract; the file may be damaged or binary.",
            "Cette ligne contient un caractère de contrôle (par exemple NUL) qui n'a pas sa place dans un contrat ; le fichier est peut-être endommagé ou binaire.",
        ),
    }
}

use crate::finding::Severity;
use crate::lang::{L10n, Message};
use crate::model::Status;
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct PlaceholderRule;

static META: RuleMeta = RuleMeta {
    id: "PLACEHOLDER",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Info,
    escalates: false,
    citation: "dpa language §2",
    summary: L10n::new(
        "A blank is left to fill: `?` or empty fact, `[●]`, `[TBD]`, `[SPECIFY …]`, `[enter: …]`, `[todo]`, `{{variable}}`, `(DATE)`, `____` (error when final).",
        "Un blanc reste à compléter : fait `?` ou vide, `[●]`, `[TBD]`, `[À compléter]`, `[Indiquer …]`, `{{variable}}`, `(DATE)`, `____` (erreur si définitif).",
    ),
    doc: RuleDoc {
        what: L10n::new(
            "Reports facts whose value is `?` or empty and the blanks left in prose: words in square brackets that are only filler or an instruction to the drafter (`[●]`, `[TBD]`, `[XX]`, `[SPECIFY …]`, `[insert name]`, `[enter: …]`, `[todo]`, `[Describe …]`, `[_please specify_]`, `[À compléter]`) or the name of a party's detail (`[Address]`, `[Company name]`), template variables (`{{customer_name}}`, `{VENDOR.name}`), field names in parentheses (`(DATE)`), runs of underscores or dots to write on (`________`, `……`), figures masked with x (`Company number xxxxxxxx`, `+44 20 XXXX XXXX`; an upper-case `XX` or `XXX` alone may be a Roman numeral and is left alone), lines made only of form field names (`NAME ORGANIZATION STREET`), and paragraphs that are only an inline code span naming what to write (`` `subject matter of processing` ``, as open contract templates mark blanks). Info in a draft, error when the document is final.",
            "Signale les faits dont la valeur est `?` ou vide et les blancs laissés dans le texte : des mots entre crochets qui ne sont qu'un remplissage ou une consigne au rédacteur (`[●]`, `[TBD]`, `[XX]`, `[À compléter]`, `[À préciser]`, `[Indiquer …]`, `[à renseigner]`, `[Décrire …]`) ou le nom d'une coordonnée d'une partie (`[Adresse du siège social]`, `[Raison sociale]`), des variables de modèle (`{{nom_client}}`, `{EDITEUR.nom}`), des noms de champ entre parenthèses (`(DATE)`), des suites de tirets bas ou de points où écrire (`________`, `……`), des numéros masqués par des x (`SIREN xxx xxx xxx`, `04 XX XX XX XX` ; un `XX` ou `XXX` majuscule isolé peut être un chiffre romain et n'est pas signalé), des lignes faites uniquement de noms de champs (`NOM SOCIÉTÉ ADRESSE`), et les paragraphes faits d'un seul code en ligne nommant ce qu'il faut écrire (`` `durée du traitement` ``, comme les modèles de contrat ouverts marquent leurs blancs). Information en brouillon, erreur quand le document est définitif.",
        ),
        why: L10n::new(
            "A blank is an obligation not yet agreed: a deletion period `[●]` means the processor has no deadline to delete data at the end of the services (Art. 28(3)(g)).",
            "Un blanc est une obligation non encore convenue : un délai de suppression `[●]` signifie que le sous-traitant n'a aucun délai pour supprimer les données à la fin des services (art. 28(3)(g)).",
        ),
        failing: "# Return and deletion {deletion-return}\nThe Provider shall delete all Customer Data within [[deletion-period: ?]].\n",
        passing: "# Return and deletion {deletion-return}\nThe Provider shall delete all Customer Data within [[deletion-period: 30 days]].\n",
        companion: None,
    },
};

impl Rule for PlaceholderRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        let severity = match cx.doc.status() {
            Status::Final => Severity::Error,
            Status::Draft => Severity::Info,
        };
        for placeholder in &cx.doc.placeholders {
            let message = match &placeholder.fact {
                Some(fact) => Message::new(
                    format!("`{fact}` is still a blank: agree on a value before signature."),
                    format!("« {fact} » est encore un blanc : convenez d'une valeur avant la signature."),
                ),
                None => Message::new(
                    format!("`{}` is a blank left to fill before signature.", placeholder.text),
                    format!("« {} » est un blanc à compléter avant la signature.", placeholder.text),
                ),
            };
            sink.report_with(&META, severity, placeholder.span, message);
        }
    }
}

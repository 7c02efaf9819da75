use dpa_lexicon::values::{PartyDefect, ValueError};

use crate::finding::{Edit, Fix, Severity};
use crate::lang::{L10n, Message};
use crate::rules::{Context, Family, Layer, Rule, RuleDoc, RuleMeta, Sink};

pub(crate) struct FactBadValue;

static META: RuleMeta = RuleMeta {
    id: "FACT-BAD-VALUE",
    family: Family::Document,
    layer: Layer::Document,
    default_severity: Severity::Error,
    escalates: false,
    citation: "dpa language §2.3",
    summary: L10n::new("A fact value does not parse for its type (`breach-notice: soon`, a number with no unit).", "La valeur d'un fait ne correspond pas à son type (`délai-violation : bientôt`, un nombre sans unité)."),
    doc: RuleDoc {
        what: L10n::new(
            "Checks that every typed fact has a value of its type: a duration with a unit for deadlines and notice periods, a cipher or protocol name for encryption, a known certification scheme, a transfer mechanism, and valid front-matter values (`status`, `risk`, `date`, `language`). Unknown certification schemes are kept and reported as info.",
            "Vérifie que chaque fait typé a une valeur de son type : une durée avec unité pour les délais et préavis, un nom d'algorithme ou de protocole pour le chiffrement, un référentiel de certification connu, un mécanisme de transfert, et des valeurs d'en-tête valides (`statut`, `risque`, `date`, `langue`). Les certifications inconnues sont conservées et signalées pour information.",
        ),
        why: L10n::new(
            "A value the linter cannot read cannot be checked against the GDPR: `48` may mean hours or days, and only hours tell whether Art. 33(1)'s 72-hour window is respected.",
            "Une valeur illisible ne peut pas être confrontée au RGPD : `48` peut signifier des heures ou des jours, et seules les heures disent si le délai de 72 heures de l'art. 33(1) est respecté.",
        ),
        failing: "# Breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48]].\n",
        passing: "# Breaches {breach-notification}\nThe Provider shall notify the Customer within [[breach-notice: 48 hours]].\n",
        companion: None,
    },
};

impl Rule for FactBadValue {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, sink: &mut Sink) {
        for fact in &cx.doc.facts {
            let Err(error) = &fact.value else { continue };
            let name = &fact.raw_name;
            let value = &fact.value_text;
            let (message, severity, fix) = match error {
                ValueError::MissingUnit => (
                    Message::new(
                        format!("`{value}` has no unit: write `{value} hours` or `{value} days` so the deadline can be checked."),
                        format!("« {value} » n'a pas d'unité : écrivez « {value} heures » ou « {value} jours » pour que le délai puisse être vérifié."),
                    ),
                    Severity::Error,
                    Some(unit_fix(fact.value_span, value, cx)),
                ),
                ValueError::UnknownScheme { name: scheme } => (
                    Message::new(
                        format!("`{scheme}` is not a certification the linter knows (ISO/IEC 27001, 27017, 27018, 27701, SOC 2, PCI DSS, HDS, SecNumCloud, C5, CSA STAR); it is kept but cannot be checked."),
                        format!("« {scheme} » n'est pas une certification connue du linter (ISO/IEC 27001, 27017, 27018, 27701, SOC 2, PCI DSS, HDS, SecNumCloud, C5, CSA STAR) ; elle est conservée mais ne peut pas être vérifiée."),
                    ),
                    Severity::Info,
                    None,
                ),
                other => (describe(name, value, other), Severity::Error, None),
            };
            let finding = sink.report_with(&META, severity, fact.value_span.cover(fact.name_span), message);
            if let Some(fix) = fix {
                finding.with_fix(fix);
            }
        }
        for bad in &cx.doc.bad_values {
            let expected = bad.expected.join(", ");
            sink.report(
                cx,
                &META,
                bad.span,
                Message::new(
                    format!("`{}` is not a valid value for `{}`; expected one of: {expected}.", bad.value, bad.key),
                    format!(
                        "« {} » n'est pas une valeur valide pour « {} » ; valeurs attendues : {expected}.",
                        bad.value, bad.key
                    ),
                ),
            );
        }
        for party in &cx.doc.parties {
            if let Err(error) = &party.party {
                sink.report(cx, &META, party.span, describe(party.role.id(), party.value_span.text(cx.source), error));
            }
        }
    }
}

/// Message for a value that did not parse.
fn describe(name: &str, value: &str, error: &ValueError) -> Message {
    match error {
        ValueError::UnknownUnit { unit } => Message::new(
            format!("`{unit}` is not a unit of time: use hours, days, business days, weeks, months or years."),
            format!("« {unit} » n'est pas une unité de temps : utilisez heures, jours, jours ouvrés, semaines, mois ou années."),
        ),
        ValueError::Unrecognised { expected } => Message::new(
            format!("`{value}` is not a valid value for `{name}`; for example: {}.", expected.join(", ")),
            format!("« {value} » n'est pas une valeur valide pour « {name} » ; par exemple : {}.", expected.join(", ")),
        ),
        ValueError::BadDate { text } => Message::new(
            format!("`{text}` is not a valid date: write YYYY-MM-DD (or DD/MM/YYYY in French)."),
            format!("« {text} » n'est pas une date valide : écrivez AAAA-MM-JJ ou JJ/MM/AAAA."),
        ),
        ValueError::BadParty { defect } => {
            let (en, fr) = match defect {
                PartyDefect::NoName => (
                    "the party has no name before the first comma".to_string(),
                    "la partie n'a pas de nom avant la première virgule".to_string(),
                ),
                PartyDefect::UnknownCountry(code) => (
                    format!("`{code}` is not an ISO 3166-1 country code"),
                    format!("« {code} » n'est pas un code pays ISO 3166-1"),
                ),
            };
            Message::new(
                format!("This party is incomplete ({en}): write the name, then the country, e.g. `Quillon Cloud SAS, FR`."),
                format!("Cette partie est incomplète ({fr}) : indiquez le nom puis le pays, par exemple « Quillon Cloud SAS, FR »."),
            )
        }
        ValueError::MissingUnit => Message::new(
            format!("`{value}` has no unit: add hours or days."),
            format!("« {value} » n'a pas d'unité : ajoutez heures ou jours."),
        ),
        ValueError::UnknownScheme { name: scheme } => Message::new(
            format!("`{scheme}` is not a known certification."),
            format!("« {scheme} » n'est pas une certification connue."),
        ),
    }
}

fn unit_fix(span: dpa_syntax::Span, value: &str, cx: &Context<'_>) -> Fix {
    let unit = match cx.doc_lang() {
        crate::Lang::En => "hours",
        crate::Lang::Fr => "heures",
    };
    Fix {
        title: Message::new(format!("Read it as {value} hours"), format!("Lire {value} heures")),
        edits: vec![Edit { span, replacement: format!("{value} {unit}") }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_party_is_explained_in_each_language() {
        let unknown = ValueError::BadParty { defect: PartyDefect::UnknownCountry("XX".to_string()) };
        let message = describe("processor", "Acme SAS, XX", &unknown);
        assert!(message.en.contains("`XX` is not an ISO 3166-1 country code"), "{}", message.en);
        assert!(message.fr.contains("« XX » n'est pas un code pays ISO 3166-1"), "{}", message.fr);
        let nameless = describe("processor", ", FR", &ValueError::BadParty { defect: PartyDefect::NoName });
        assert!(nameless.fr.contains("pas de nom avant la première virgule"), "{}", nameless.fr);
        assert!(!nameless.fr.contains("the party"), "{}", nameless.fr);
    }
}

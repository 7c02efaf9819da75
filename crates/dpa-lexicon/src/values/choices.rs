//! Closed choices written in words: the breach-notice trigger, the sub-processor authorisation
//! type, who pays for audits, and whether MFA is required. Each is a table of folded phrases
//! (a trailing `*` matches any ending); the earliest phrase in the value wins, after the
//! tie-breaking tiers each parser documents.

use super::{AuditCost, Authorisation, BreachTrigger, Mfa, ValueError};
use crate::fold::FoldedText;

/// The value of the phrase that occurs first in `text` (a longer phrase wins a tie).
fn earliest<T: Copy>(text: &FoldedText, table: &[(&str, T)]) -> Option<T> {
    table
        .iter()
        .filter_map(|&(phrase, value)| {
            text.find_phrase(phrase).first().map(|&(start, end)| (start, std::cmp::Reverse(end), value))
        })
        .min_by_key(|&(start, end, _)| (start, end))
        .map(|(_, _, value)| value)
}

const BREACH_TRIGGERS: &[(&str, BreachTrigger)] = &[
    ("becoming aware", BreachTrigger::Awareness),
    ("become aware", BreachTrigger::Awareness),
    ("becomes aware", BreachTrigger::Awareness),
    ("became aware", BreachTrigger::Awareness),
    ("aware*", BreachTrigger::Awareness),
    ("knowledge", BreachTrigger::Awareness),
    ("prise de connaissance", BreachTrigger::Awareness),
    ("pris connaissance", BreachTrigger::Awareness),
    ("connaissance", BreachTrigger::Awareness),
    ("discover*", BreachTrigger::Discovery),
    ("detect*", BreachTrigger::Discovery),
    ("decouvert*", BreachTrigger::Discovery),
    ("decouvr*", BreachTrigger::Discovery),
    ("suspicion", BreachTrigger::Suspicion),
    ("suspect*", BreachTrigger::Suspicion),
    ("soupcon*", BreachTrigger::Suspicion),
    ("confirm*", BreachTrigger::Confirmation),
    ("end of investigation", BreachTrigger::Confirmation),
    ("end of the investigation", BreachTrigger::Confirmation),
    ("investigation", BreachTrigger::Confirmation),
    ("verified", BreachTrigger::Confirmation),
    ("fin de l'enquete", BreachTrigger::Confirmation),
    ("fin de l'investigation", BreachTrigger::Confirmation),
    ("enquete", BreachTrigger::Confirmation),
];

/// When the breach-notice clock starts.
pub fn parse_breach_trigger(text: &str) -> Result<BreachTrigger, ValueError> {
    earliest(&FoldedText::new(text, 0), BREACH_TRIGGERS).ok_or(ValueError::Unrecognised {
        expected: &["becoming aware", "discovery", "suspicion", "confirmation", "prise de connaissance"],
    })
}

const AUTHORISATIONS: &[(&str, Authorisation)] = &[
    ("general", Authorisation::General),
    ("generale", Authorisation::General),
    ("generales", Authorisation::General),
    ("specific", Authorisation::Specific),
    ("specifique*", Authorisation::Specific),
    ("particulier*", Authorisation::Specific),
    ("individual", Authorisation::Specific),
    ("individuelle", Authorisation::Specific),
    ("case by case", Authorisation::Specific),
    ("cas par cas", Authorisation::Specific),
];

/// The type of prior written authorisation for sub-processors (Art. 28(2)).
pub fn parse_authorisation(text: &str) -> Result<Authorisation, ValueError> {
    earliest(&FoldedText::new(text, 0), AUTHORISATIONS)
        .ok_or(ValueError::Unrecognised { expected: &["general", "specific", "générale", "spécifique"] })
}

/// Audit costs, in tiers: a condition on non-compliance decides first, then sharing, then
/// "free of charge", then whichever party is named first.
const AUDIT_COST_TIERS: &[&[(&str, AuditCost)]] = &[
    &[
        ("non-complian*", AuditCost::ProcessorIfNonCompliant),
        ("non complian*", AuditCost::ProcessorIfNonCompliant),
        ("noncomplian*", AuditCost::ProcessorIfNonCompliant),
        ("non-conformit*", AuditCost::ProcessorIfNonCompliant),
        ("non conformit*", AuditCost::ProcessorIfNonCompliant),
        ("manquement*", AuditCost::ProcessorIfNonCompliant),
        ("breach*", AuditCost::ProcessorIfNonCompliant),
        ("infringement*", AuditCost::ProcessorIfNonCompliant),
    ],
    &[
        ("shared", AuditCost::Shared),
        ("share", AuditCost::Shared),
        ("partage*", AuditCost::Shared),
        ("each party bears its own", AuditCost::Shared),
        ("each party shall bear its own", AuditCost::Shared),
        ("each party will bear its own", AuditCost::Shared),
        ("chaque partie supporte", AuditCost::Shared),
        ("chaque partie conserve", AuditCost::Shared),
        ("split", AuditCost::Shared),
        ("equally", AuditCost::Shared),
        ("parts egales", AuditCost::Shared),
    ],
    &[
        ("free of charge", AuditCost::Processor),
        ("at no cost", AuditCost::Processor),
        ("at no additional cost", AuditCost::Processor),
        ("sans frais", AuditCost::Processor),
        ("gratuit*", AuditCost::Processor),
    ],
    &[
        ("controller", AuditCost::Controller),
        ("customer", AuditCost::Controller),
        ("client", AuditCost::Controller),
        ("data exporter", AuditCost::Controller),
        ("responsable", AuditCost::Controller),
        ("processor", AuditCost::Processor),
        ("provider", AuditCost::Processor),
        ("supplier", AuditCost::Processor),
        ("vendor", AuditCost::Processor),
        ("data importer", AuditCost::Processor),
        ("sous-traitant", AuditCost::Processor),
        ("prestataire", AuditCost::Processor),
        ("fournisseur", AuditCost::Processor),
    ],
];

/// Who bears the cost of audits.
pub fn parse_audit_cost(text: &str) -> Result<AuditCost, ValueError> {
    let folded = FoldedText::new(text, 0);
    AUDIT_COST_TIERS.iter().find_map(|tier| earliest(&folded, tier)).ok_or(ValueError::Unrecognised {
        expected: &[
            "controller",
            "processor",
            "shared",
            "processor-if-non-compliant",
            "responsable",
            "sous-traitant",
            "partage",
            "sous-traitant-si-manquement",
        ],
    })
}

/// MFA wording, in tiers: negations and options decide before "required" words, so `not
/// required` and `non obligatoire` are optional.
const MFA_TIERS: &[&[(&str, Mfa)]] = &[
    &[
        ("optional", Mfa::Optional),
        ("optionnel*", Mfa::Optional),
        ("facultati*", Mfa::Optional),
        ("not required", Mfa::Optional),
        ("not mandatory", Mfa::Optional),
        ("not enforced", Mfa::Optional),
        ("non obligatoire", Mfa::Optional),
        ("pas obligatoire", Mfa::Optional),
        ("on request", Mfa::Optional),
        ("sur demande", Mfa::Optional),
        ("recommended", Mfa::Optional),
        ("recommande*", Mfa::Optional),
        ("available", Mfa::Optional),
        ("disponible", Mfa::Optional),
    ],
    &[
        ("required", Mfa::Required),
        ("mandatory", Mfa::Required),
        ("enforced", Mfa::Required),
        ("always", Mfa::Required),
        ("must", Mfa::Required),
        ("obligatoire", Mfa::Required),
        ("requis*", Mfa::Required),
        ("exige*", Mfa::Required),
        ("impose*", Mfa::Required),
        ("systematique", Mfa::Required),
        ("yes", Mfa::Required),
        ("oui", Mfa::Required),
    ],
];

/// Whether multi-factor authentication is required.
pub fn parse_mfa(text: &str) -> Result<Mfa, ValueError> {
    let folded = FoldedText::new(text, 0);
    MFA_TIERS
        .iter()
        .find_map(|tier| earliest(&folded, tier))
        .ok_or(ValueError::Unrecognised { expected: &["required", "optional", "obligatoire", "facultative"] })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breach_triggers_in_english() {
        for (text, expected) in [
            ("becoming aware", BreachTrigger::Awareness),
            ("awareness", BreachTrigger::Awareness),
            ("after becoming aware of it", BreachTrigger::Awareness),
            ("discovery", BreachTrigger::Discovery),
            ("discovering the breach", BreachTrigger::Discovery),
            ("suspicion", BreachTrigger::Suspicion),
            ("suspected breach", BreachTrigger::Suspicion),
            ("confirmation", BreachTrigger::Confirmation),
            ("confirmed breach", BreachTrigger::Confirmation),
            ("end of investigation", BreachTrigger::Confirmation),
            ("the end of the investigation", BreachTrigger::Confirmation),
        ] {
            assert_eq!(parse_breach_trigger(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn breach_triggers_in_french() {
        for (text, expected) in [
            ("prise de connaissance", BreachTrigger::Awareness),
            ("après en avoir pris connaissance", BreachTrigger::Awareness),
            ("découverte", BreachTrigger::Discovery),
            ("soupçon", BreachTrigger::Suspicion),
            ("suspicion", BreachTrigger::Suspicion),
            ("confirmation", BreachTrigger::Confirmation),
            ("fin de l'enquête", BreachTrigger::Confirmation),
            ("fin de l’enquête", BreachTrigger::Confirmation),
        ] {
            assert_eq!(parse_breach_trigger(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn the_first_trigger_named_wins() {
        assert_eq!(parse_breach_trigger("confirmation, not mere suspicion"), Ok(BreachTrigger::Confirmation));
        assert_eq!(parse_breach_trigger("awareness or, if earlier, suspicion"), Ok(BreachTrigger::Awareness));
        assert!(matches!(parse_breach_trigger("soon"), Err(ValueError::Unrecognised { .. })));
    }

    #[test]
    fn authorisations() {
        for (text, expected) in [
            ("general", Authorisation::General),
            ("générale", Authorisation::General),
            ("generale", Authorisation::General),
            ("general written authorisation", Authorisation::General),
            ("specific", Authorisation::Specific),
            ("spécifique", Authorisation::Specific),
            ("particulière", Authorisation::Specific),
            ("prior specific written authorisation", Authorisation::Specific),
        ] {
            assert_eq!(parse_authorisation(text), Ok(expected), "{text}");
        }
        assert!(parse_authorisation("none").is_err());
    }

    #[test]
    fn audit_costs() {
        for (text, expected) in [
            ("controller", AuditCost::Controller),
            ("responsable", AuditCost::Controller),
            ("at the Controller's expense", AuditCost::Controller),
            ("processor", AuditCost::Processor),
            ("sous-traitant", AuditCost::Processor),
            ("shared", AuditCost::Shared),
            ("partagé", AuditCost::Shared),
            ("partage", AuditCost::Shared),
            ("each party bears its own costs", AuditCost::Shared),
            ("processor-if-non-compliant", AuditCost::ProcessorIfNonCompliant),
            ("sous-traitant-si-manquement", AuditCost::ProcessorIfNonCompliant),
            ("processor if the audit reveals non-compliance", AuditCost::ProcessorIfNonCompliant),
            ("controller, unless the audit reveals a material non-compliance", AuditCost::ProcessorIfNonCompliant),
            ("free of charge for the Controller", AuditCost::Processor),
        ] {
            assert_eq!(parse_audit_cost(text), Ok(expected), "{text}");
        }
        assert!(parse_audit_cost("to be agreed").is_err());
    }

    #[test]
    fn mfa() {
        for (text, expected) in [
            ("required", Mfa::Required),
            ("mandatory", Mfa::Required),
            ("obligatoire", Mfa::Required),
            ("optional", Mfa::Optional),
            ("facultative", Mfa::Optional),
            ("facultatif", Mfa::Optional),
            ("not required", Mfa::Optional),
            ("non obligatoire", Mfa::Optional),
            ("required for all administrative access", Mfa::Required),
        ] {
            assert_eq!(parse_mfa(text), Ok(expected), "{text}");
        }
        assert!(parse_mfa("TOTP").is_err());
    }
}

//! Typed fact values and their parsers (language.md §2.3). Each parser takes the value text as
//! written, in English or French, and returns a normalised value or a [`ValueError`] that says
//! what was expected. Parsers never panic.
//!
//! Reference tables (cipher and protocol verdicts, EEA membership, adequacy decisions,
//! certification editions) are data in [`tables`], dated by [`tables::CHECKED`]. Spellings are
//! recognised by hand-written scanners over folded tokens (`tokens.rs`), one file per value type.

use serde::{Deserialize, Serialize};

use crate::kinds::{FactName, PartyRole};
use crate::lang::Message;

pub use certification::{find_certifications, parse_certification};
pub use choices::{parse_audit_cost, parse_authorisation, parse_breach_trigger, parse_mfa};
pub use country::{parse_countries, parse_country, parse_jurisdiction};
pub use crypto::{find_crypto, parse_crypto};
pub use date::{parse_date, Date};
pub use duration::{find_duration, parse_duration};
pub use evidence::parse_evidence;
pub use frequency::{find_frequency, parse_frequency};
pub use mechanism::parse_mechanism;
pub use party::parse_party;

mod certification;
mod choices;
mod country;
mod country_names;
mod crypto;
mod date;
mod duration;
mod evidence;
mod frequency;
mod mechanism;
mod numbers;
mod party;
pub mod tables;
mod tokens;

/// Unit of a quantified duration. Business days are kept apart from calendar days because a
/// notice "within 3 business days" can last longer than 72 hours over a weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeUnit {
    Hours,
    CalendarDays,
    /// Monday to Friday (`business days`, `working days`, `jours ouvrés`).
    BusinessDays,
    /// Monday to Saturday (`jours ouvrables`).
    WorkingDaysMonSat,
    Weeks,
    Months,
    Years,
}

/// A time limit. Serialised by hand (see `duration.rs`) with its calendar hours and normalised
/// wording, for the CLI's `normalized` field.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Duration {
    Quantified {
        amount: f64,
        unit: TimeUnit,
    },
    /// `without undue delay`, `promptly`, `dans les meilleurs délais`, `sans délai`.
    Unquantified,
    /// `immediately`, `immédiatement`.
    Immediate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BreachTrigger {
    Awareness,
    Discovery,
    Suspicion,
    Confirmation,
}

/// How a cryptographic primitive or protocol stands against the dated reference table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Strength {
    StateOfTheArt,
    /// Deprecated by the dated table; `reason` names the problem and its source in every
    /// language, e.g. `"TLS 1.0: deprecated (RFC 8996; NIST SP 800-52 Rev. 2)"`.
    Deprecated {
        reason: Message,
    },
    /// Usable but not state of the art, or too unspecific to judge: bare `AES`, `RSA` without a
    /// size, AES-CBC without a MAC, `SSH`.
    Acceptable,
    /// A recognised name that the table does not list (`TLS 2.0`, `AES-512`).
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CryptoKind {
    Cipher,
    Protocol,
    Hash,
    PublicKey,
}

/// One primitive or protocol found in a value: `SSH with 3DES-CBC` gives two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CryptoItem {
    /// Normalised name: `AES-256-GCM`, `TLS 1.3`, `3DES`, `RSA-1024`, `SHA-1`.
    pub name: String,
    pub kind: CryptoKind,
    pub strength: Strength,
    /// Byte range of the words inside the value text it came from.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Crypto {
    pub items: Vec<CryptoItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CertScheme {
    Iso27001,
    Iso27017,
    Iso27018,
    Iso27701,
    /// SOC 2 with no type stated.
    Soc2,
    Soc2Type1,
    Soc2Type2,
    PciDss,
    Hds,
    SecNumCloud,
    C5,
    CsaStar,
    /// Kept as written; reported as info (FACT-BAD-VALUE).
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certification {
    pub scheme: CertScheme,
    /// `2022` in `ISO/IEC 27001:2022`.
    pub edition: Option<String>,
    pub valid_until: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    /// A SOC 2 report with no type stated.
    Soc2Report,
    Soc2Type1Report,
    Soc2Type2Report,
    PentestReport,
    IsoCertificate,
    AuditReport,
    Other(String),
}

/// How often something happens, normalised to occurrences per year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Frequency {
    PerYear { times: f64 },
    Unlimited,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub kind: EvidenceKind,
    /// How often the evidence is renewed or provided (`annually`).
    pub frequency: Option<Frequency>,
    /// The latest date in the value (`dated 2025-03-01`, the end of a covered period).
    pub dated: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Authorisation {
    General,
    Specific,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuditCost {
    Controller,
    Processor,
    Shared,
    ProcessorIfNonCompliant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mfa {
    Required,
    Optional,
}

/// ISO 3166-1 alpha-2 code, upper case (`FR`, `IN`, `US`). `EU` is accepted for "European Union".
/// Serialised as the code, `"IN"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(pub [u8; 2]);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum MechanismKind {
    Eea,
    Adequacy,
    /// SCC 2021/914, with the module when one is named.
    Scc {
        module: Option<u8>,
    },
    Bcr,
    UkIdta,
    Dpf,
    Derogation,
    /// `None` / `Aucun`: no mechanism.
    None,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mechanism {
    pub kinds: Vec<MechanismKind>,
    /// A transfer impact assessment is mentioned (`TIA`, `AIT`), with its date when given.
    pub tia: bool,
    pub tia_date: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub role: PartyRole,
    pub name: String,
    pub country: Option<Country>,
    pub identifier: Option<String>,
}

/// Something found in a longer text, with its byte range in that text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Located<T> {
    pub value: T,
    pub start: usize,
    pub end: usize,
}

/// A JSON number that is written as an integer when it is one (`48`, not `48.0`).
struct JsonNumber(f64);

impl Serialize for JsonNumber {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;
        if self.0.fract() == 0.0 && self.0.abs() < EXACT_INTEGERS {
            serializer.serialize_i64(self.0 as i64)
        } else {
            serializer.serialize_f64(self.0)
        }
    }
}

/// A parsed fact value. Adjacently tagged (`{"type": "duration", "value": {…}}`): an
/// internally tagged enum cannot serialise the variants that hold a string or a unit enum
/// (`Text`, `BreachTrigger`, …).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum FactValue {
    Duration(Duration),
    BreachTrigger(BreachTrigger),
    Crypto(Crypto),
    Certification(Certification),
    Evidence(Evidence),
    Authorisation(Authorisation),
    Frequency(Frequency),
    AuditCost(AuditCost),
    Mechanism(Mechanism),
    Mfa(Mfa),
    Country(Country),
    Party(Party),
    Text(String),
    /// `?` or empty.
    Placeholder,
}

/// Why a value did not parse. The core turns it into an EN/FR message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum ValueError {
    /// A number with no unit (`48`).
    MissingUnit,
    /// A unit that is not a time unit (`48 parsecs`).
    UnknownUnit { unit: String },
    /// Not recognised as a value of the expected type; `expected` lists a few valid examples.
    Unrecognised { expected: &'static [&'static str] },
    /// A certification scheme that is not in the table (kept, reported as info).
    UnknownScheme { name: String },
    /// A date that does not exist or is not in an accepted format.
    BadDate { text: String },
    /// A party without a name, or with an unknown country.
    BadParty { defect: PartyDefect },
}

/// What makes a party value unusable, as data: the core words it in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartyDefect {
    /// Nothing before the first comma (`, FR`).
    NoName,
    /// A two-letter code that is not an ISO 3166-1 country (`Acme SAS, XX`).
    UnknownCountry(String),
}

/// `?`, `???`, empty or only whitespace: a value still to be written.
pub fn is_placeholder(text: &str) -> bool {
    text.trim().chars().all(|ch| ch == '?')
}

/// Parse a fact value for its type (language.md §2.3). Placeholder values give
/// [`FactValue::Placeholder`]. `duration`, `key-management` and `governing-law` never fail: what
/// is not a duration or a country stays text.
pub fn parse(name: FactName, text: &str) -> Result<FactValue, ValueError> {
    if is_placeholder(text) {
        return Ok(FactValue::Placeholder);
    }
    let text = text.trim();
    match name {
        FactName::BreachNotice
        | FactName::ObjectionNotice
        | FactName::ObjectionWindow
        | FactName::DsrForwarding
        | FactName::AuditNotice
        | FactName::DeletionPeriod
        | FactName::BackupRetention
        | FactName::PentestInterval => parse_duration(text).map(FactValue::Duration),
        FactName::Duration => {
            Ok(parse_duration(text).map_or_else(|_| FactValue::Text(text.to_string()), FactValue::Duration))
        }
        FactName::BreachTrigger => parse_breach_trigger(text).map(FactValue::BreachTrigger),
        FactName::EncryptionAtRest | FactName::EncryptionInTransit => parse_crypto(text).map(FactValue::Crypto),
        FactName::KeyManagement => Ok(FactValue::Text(text.to_string())),
        FactName::Certification => parse_certification(text).map(FactValue::Certification),
        FactName::Evidence => parse_evidence(text).map(FactValue::Evidence),
        FactName::Authorisation => parse_authorisation(text).map(FactValue::Authorisation),
        FactName::AuditFrequency => parse_frequency(text).map(FactValue::Frequency),
        FactName::AuditCost => parse_audit_cost(text).map(FactValue::AuditCost),
        FactName::TransferMechanism => parse_mechanism(text).map(FactValue::Mechanism),
        FactName::GoverningLaw => Ok(parse_jurisdiction(text)),
        FactName::Mfa => parse_mfa(text).map(FactValue::Mfa),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn parsed(name: &str, text: &str) -> FactValue {
        let fact = FactName::from_id(name).unwrap_or_else(|| panic!("fact {name}"));
        parse(fact, text).unwrap_or_else(|error| panic!("{name}: {text}: {error:?}"))
    }

    fn hours(amount: f64) -> FactValue {
        FactValue::Duration(Duration::Quantified { amount, unit: TimeUnit::Hours })
    }

    fn days(amount: f64, unit: TimeUnit) -> FactValue {
        FactValue::Duration(Duration::Quantified { amount, unit })
    }

    #[test]
    fn every_example_of_the_fact_table() {
        assert_eq!(parsed("breach-notice", "48 hours"), hours(48.0));
        assert_eq!(parsed("breach-notice", "24 heures"), hours(24.0));
        assert_eq!(parsed("breach-notice", "without undue delay"), FactValue::Duration(Duration::Unquantified));
        assert_eq!(parsed("breach-notice", "immédiatement"), FactValue::Duration(Duration::Immediate));
        assert_eq!(parsed("breach-trigger", "becoming aware"), FactValue::BreachTrigger(BreachTrigger::Awareness));
        assert_eq!(
            parsed("breach-trigger", "prise de connaissance"),
            FactValue::BreachTrigger(BreachTrigger::Awareness)
        );
        let FactValue::Crypto(at_rest) = parsed("encryption-at-rest", "AES-256-GCM") else { panic!("crypto") };
        assert_eq!(at_rest.items[0].strength, Strength::StateOfTheArt);
        let FactValue::Crypto(legacy) = parsed("encryption-at-rest", "3DES") else { panic!("crypto") };
        assert!(matches!(legacy.items[0].strength, Strength::Deprecated { .. }));
        for (text, deprecated) in [("TLS 1.3", false), ("TLS 1.0", true), ("SSLv3", true)] {
            let FactValue::Crypto(in_transit) = parsed("encryption-in-transit", text) else { panic!("crypto") };
            assert_eq!(matches!(in_transit.items[0].strength, Strength::Deprecated { .. }), deprecated, "{text}");
        }
        let keys = "HSM, customer-managed keys, rotated every 12 months";
        assert_eq!(parsed("key-management", keys), FactValue::Text(keys.to_string()));
        let FactValue::Certification(iso) = parsed("certification", "ISO/IEC 27001:2022, valid until 2026-11-30")
        else {
            panic!("certification")
        };
        assert_eq!((iso.scheme, iso.valid_until), (CertScheme::Iso27001, parse_date("2026-11-30")));
        assert!(matches!(
            parsed("certification", "SecNumCloud"),
            FactValue::Certification(Certification { scheme: CertScheme::SecNumCloud, .. })
        ));
        assert!(matches!(
            parsed("certification", "HDS"),
            FactValue::Certification(Certification { scheme: CertScheme::Hds, .. })
        ));
        assert!(matches!(
            parsed("evidence", "SOC 2 Type II report, annually"),
            FactValue::Evidence(Evidence { kind: EvidenceKind::Soc2Type2Report, .. })
        ));
        assert!(matches!(
            parsed("evidence", "pentest report dated 2025-03-01"),
            FactValue::Evidence(Evidence { kind: EvidenceKind::PentestReport, dated: Some(_), .. })
        ));
        assert_eq!(parsed("authorisation", "general"), FactValue::Authorisation(Authorisation::General));
        assert_eq!(parsed("authorisation", "générale"), FactValue::Authorisation(Authorisation::General));
        assert_eq!(parsed("objection-notice", "30 days"), days(30.0, TimeUnit::CalendarDays));
        assert_eq!(parsed("objection-notice", "10 jours ouvrés"), days(10.0, TimeUnit::BusinessDays));
        assert_eq!(parsed("objection-window", "14 days"), days(14.0, TimeUnit::CalendarDays));
        assert_eq!(parsed("dsr-forwarding", "5 business days"), days(5.0, TimeUnit::BusinessDays));
        assert_eq!(parsed("audit-notice", "30 days"), days(30.0, TimeUnit::CalendarDays));
        assert_eq!(parsed("audit-frequency", "once per year"), FactValue::Frequency(Frequency::PerYear { times: 1.0 }));
        assert_eq!(
            parsed("audit-frequency", "une fois par an"),
            FactValue::Frequency(Frequency::PerYear { times: 1.0 })
        );
        assert_eq!(parsed("audit-frequency", "unlimited"), FactValue::Frequency(Frequency::Unlimited));
        for (text, cost) in [
            ("controller", AuditCost::Controller),
            ("processor", AuditCost::Processor),
            ("shared", AuditCost::Shared),
            ("processor-if-non-compliant", AuditCost::ProcessorIfNonCompliant),
            ("responsable", AuditCost::Controller),
            ("sous-traitant", AuditCost::Processor),
            ("partage", AuditCost::Shared),
            ("sous-traitant-si-manquement", AuditCost::ProcessorIfNonCompliant),
        ] {
            assert_eq!(parsed("audit-cost", text), FactValue::AuditCost(cost), "{text}");
        }
        assert_eq!(parsed("deletion-period", "30 days"), days(30.0, TimeUnit::CalendarDays));
        assert_eq!(parsed("backup-retention", "35 days"), days(35.0, TimeUnit::CalendarDays));
        for (text, kind) in [
            ("EEA", MechanismKind::Eea),
            ("adequacy", MechanismKind::Adequacy),
            ("SCC 2021/914 Module 3", MechanismKind::Scc { module: Some(3) }),
            ("BCR", MechanismKind::Bcr),
            ("EU-US Data Privacy Framework", MechanismKind::Dpf),
        ] {
            assert_eq!(
                parsed("transfer-mechanism", text),
                FactValue::Mechanism(Mechanism { kinds: vec![kind], tia: false, tia_date: None }),
                "{text}"
            );
        }
        let term = "term of the main agreement";
        assert_eq!(parsed("duration", term), FactValue::Text(term.to_string()));
        assert_eq!(parsed("duration", "3 years"), days(3.0, TimeUnit::Years));
        assert_eq!(parsed("governing-law", "France"), FactValue::Country(Country(*b"FR")));
        assert_eq!(parsed("mfa", "required"), FactValue::Mfa(Mfa::Required));
        assert_eq!(parsed("mfa", "obligatoire"), FactValue::Mfa(Mfa::Required));
        assert_eq!(parsed("mfa", "facultative"), FactValue::Mfa(Mfa::Optional));
        assert_eq!(parsed("pentest-interval", "12 months"), days(12.0, TimeUnit::Months));
    }

    #[test]
    fn placeholders_for_every_fact() {
        for &fact in FactName::ALL {
            for text in ["?", "", "   ", " ? ", "???"] {
                assert_eq!(parse(fact, text), Ok(FactValue::Placeholder), "{fact}: {text:?}");
            }
        }
    }

    #[test]
    fn errors_for_values_of_the_wrong_type() {
        assert!(matches!(parse(FactName::BreachNotice, "soon"), Err(ValueError::Unrecognised { .. })));
        assert_eq!(parse(FactName::BreachNotice, "48"), Err(ValueError::MissingUnit));
        assert!(matches!(parse(FactName::Certification, "Europrivacy"), Err(ValueError::UnknownScheme { .. })));
        assert!(matches!(
            parse(FactName::EncryptionAtRest, "industry-standard encryption"),
            Err(ValueError::Unrecognised { .. })
        ));
        assert_eq!(parse(FactName::GoverningLaw, "New York"), Ok(FactValue::Text("New York".to_string())));
    }

    #[test]
    fn serialises_every_kind_of_value() {
        let json = |value: &FactValue| serde_json::to_value(value).unwrap();
        let breach = json(&parsed("breach-notice", "48 hours"));
        assert_eq!(breach["type"], "duration");
        assert_eq!(breach["value"]["hours"], 48);
        assert_eq!(json(&parsed("governing-law", "Inde")), serde_json::json!({"type": "country", "value": "IN"}));
        assert_eq!(json(&parsed("mfa", "obligatoire")), serde_json::json!({"type": "mfa", "value": "required"}));
        assert_eq!(json(&FactValue::Placeholder), serde_json::json!({"type": "placeholder"}));
        let mechanism = json(&parsed("transfer-mechanism", "CCT 2021/914 module 3, AIT du 15/01/2025"));
        assert_eq!(
            mechanism["value"],
            serde_json::json!({"kinds": [{"kind": "scc", "module": 3}], "tia": true, "tia_date": "2025-01-15"})
        );
        let crypto = json(&parsed("encryption-in-transit", "TLS 1.0"));
        assert_eq!(crypto["value"]["items"][0]["strength"]["status"], "deprecated");
        let party = parse_party(PartyRole::Processor, "Quillon Cloud SAS, FR").unwrap();
        assert_eq!(serde_json::to_value(FactValue::Party(party)).unwrap()["value"]["country"], "FR");
    }

    /// Words the parsers look for, to steer random input into their deeper paths.
    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC{0,12}",
            prop::sample::select(vec![
                "48",
                "1,5",
                "1.",
                "(",
                ")",
                "-",
                "/",
                ":",
                "forty",
                "quatre",
                "vingt",
                "cent",
                "hours",
                "jours",
                "ouvrés",
                "business",
                "a",
                "an",
                "once",
                "every",
                "per",
                "fois",
                "par",
                "module",
                "Module",
                "SCC",
                "TIA",
                "AIT",
                "du",
                "2025-02-30",
                "31/12/2025",
                "1er",
                "mars",
                "ISO",
                "27001",
                "SOC",
                "2",
                "Type",
                "valid until",
                "TLS",
                "1.2",
                "or",
                "AES",
                "256",
                "GCM",
                "RSA",
                "DES",
                "3",
                "bit",
                "ECDSA",
                "P",
                "sha",
                "hmac",
                "chacha",
                "20",
                "SSL",
                "/",
                "ssh",
                "v",
                "EU",
                "US",
                "Inde",
                "and",
                ",",
                "SA",
                "\u{a0}",
                "é",
                "’",
                "≥",
                "+",
            ])
            .prop_map(str::to_string),
        ]
    }

    proptest! {
        #[test]
        fn parsers_never_panic_on_any_text(text in "\\PC{0,80}") {
            check_all_parsers(&text);
        }

        #[test]
        fn parsers_never_panic_on_likely_words(parts in prop::collection::vec(fragment(), 0..12), glue in prop::sample::select(vec!["", " ", "-", "  "])) {
            check_all_parsers(&parts.join(glue));
        }
    }

    fn check_range(text: &str, start: usize, end: usize) {
        assert!(start <= end && text.get(start..end).is_some(), "{start}..{end} in {text:?}");
    }

    fn check_all_parsers(text: &str) {
        for &fact in FactName::ALL {
            if let Ok(value) = parse(fact, text) {
                serde_json::to_string(&value).expect("every value serialises");
            }
        }
        for role in PartyRole::ALL {
            let _ = parse_party(*role, text);
        }
        let _ = (parse_country(text), parse_countries(text), parse_date(text));
        for item in find_crypto(text) {
            check_range(text, item.start, item.end);
        }
        for found in find_certifications(text) {
            check_range(text, found.start, found.end);
        }
        if let Some(found) = find_duration(text) {
            check_range(text, found.start, found.end);
            let _ = (found.value.calendar_hours_max(), found.value.to_string());
        }
        if let Some(found) = find_frequency(text) {
            check_range(text, found.start, found.end);
            let _ = found.value.describe(crate::lang::Lang::Fr);
        }
    }
}

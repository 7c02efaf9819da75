//! Typed fact values and their parsers (language.md §2.3). Each parser takes the value text as
//! written, in English or French, and returns a normalised value or a [`ValueError`] that says
//! what was expected. Parsers never panic.
//!
//! Reference tables (deprecated ciphers, EEA and adequacy countries, certification schemes) are
//! data in `tables.rs`, versioned by the date they were checked.

use serde::{Deserialize, Serialize};

use crate::kinds::{FactName, PartyRole};

pub use certification::{find_certifications, parse_certification};
pub use choices::{parse_audit_cost, parse_authorisation, parse_breach_trigger, parse_mfa};
pub use country::{parse_countries, parse_country, parse_jurisdiction};
pub use crypto::{find_crypto, parse_crypto};
pub use date::Date;
pub use duration::{find_duration, parse_duration};
pub use frequency::{find_frequency, parse_frequency};

mod certification;
mod choices;
mod country;
mod country_names;
mod crypto;
mod date;
mod duration;
mod frequency;
mod numbers;
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

/// Serialised by hand (see `duration.rs`) to add calendar hours for the CLI's `normalized`.
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
    /// Named in the deprecated table; `reason` is a short EN/FR-neutral token such as
    /// `"3DES: 64-bit block (NIST SP 800-131A)"` used in messages.
    Deprecated {
        reason: String,
    },
    /// Recognised but neither listed as state of the art nor deprecated (e.g. RSA-2048 is fine,
    /// AES-CBC without MAC is acceptable with caveats).
    Acceptable,
    /// Not recognised at all.
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
    pub frequency: Option<Frequency>,
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

/// A parsed fact value.
#[derive(Debug, Clone, PartialEq, Serialize)]
/// Adjacently tagged (`{"type": "duration", "value": {…}}`): an internally tagged enum cannot
/// serialise the variants that hold a string or a unit enum (`Text`, `BreachTrigger`, …).
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
    BadParty { detail: String },
}

/// Parse a fact value for its type. Placeholder values (`?`, empty) give `FactValue::Placeholder`.
pub fn parse(name: FactName, text: &str) -> Result<FactValue, ValueError> {
    let _ = name;
    if text.trim().is_empty() || text.trim() == "?" {
        return Ok(FactValue::Placeholder);
    }
    Ok(FactValue::Text(text.trim().to_string()))
}

/// Parse a party value: `Name, FR, identifier`.
pub fn parse_party(role: PartyRole, text: &str) -> Result<Party, ValueError> {
    Ok(Party { role, name: text.trim().to_string(), country: None, identifier: None })
}

/// A transfer mechanism as written in a table cell or fact.
pub fn parse_mechanism(text: &str) -> Result<Mechanism, ValueError> {
    let _ = text;
    Err(ValueError::Unrecognised { expected: &["SCC 2021/914 Module 3"] })
}

pub use date::parse_date;

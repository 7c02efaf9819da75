//! The closed vocabularies of the language: clause kinds, fact names, front-matter keys, party
//! roles, table columns. Canonical ids are English kebab-case and language-neutral; the lexicon
//! maps words in any supported language to these.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $id)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The canonical, language-neutral id.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}

vocabulary! {
    /// What a clause or annex is for (language.md §2.2).
    ClauseKind {
        Parties => "parties",
        Definitions => "definitions",
        SubjectMatter => "subject-matter",
        Instructions => "instructions",
        Confidentiality => "confidentiality",
        Security => "security",
        SubProcessors => "sub-processors",
        DataSubjectRights => "data-subject-rights",
        Assistance => "assistance",
        BreachNotification => "breach-notification",
        DeletionReturn => "deletion-return",
        Audit => "audit",
        Transfers => "transfers",
        Liability => "liability",
        Term => "term",
        Description => "description",
        SecurityMeasures => "security-measures",
        SubProcessorList => "sub-processor-list",
    }
}

impl ClauseKind {
    /// The sub-processor clause and its list: what they say is about the sub-processors, not
    /// about the processing as a whole.
    pub fn concerns_sub_processors(self) -> bool {
        matches!(self, ClauseKind::SubProcessors | ClauseKind::SubProcessorList)
    }

    /// Kinds that only make sense as annexes (their tables are records).
    pub fn is_annex_kind(self) -> bool {
        matches!(self, ClauseKind::Description | ClauseKind::SecurityMeasures | ClauseKind::SubProcessorList)
    }

    /// The Art. 28 anchor a lawyer expects for this kind (shown on hover).
    pub fn article(self) -> &'static str {
        match self {
            ClauseKind::Parties => "GDPR Art. 28(3), Annex I",
            ClauseKind::Definitions | ClauseKind::Liability | ClauseKind::Term => "",
            ClauseKind::SubjectMatter | ClauseKind::Description => "GDPR Art. 28(3)",
            ClauseKind::Instructions => "GDPR Art. 28(3)(a)",
            ClauseKind::Confidentiality => "GDPR Art. 28(3)(b)",
            ClauseKind::Security => "GDPR Art. 28(3)(c), Art. 32",
            ClauseKind::SecurityMeasures => "GDPR Art. 32",
            ClauseKind::SubProcessors => "GDPR Art. 28(2), 28(3)(d), 28(4)",
            ClauseKind::SubProcessorList => "GDPR Art. 28(2), 28(4)",
            ClauseKind::DataSubjectRights => "GDPR Art. 28(3)(e)",
            ClauseKind::Assistance => "GDPR Art. 28(3)(f)",
            ClauseKind::BreachNotification => "GDPR Art. 28(3)(f), 33, 34",
            ClauseKind::DeletionReturn => "GDPR Art. 28(3)(g)",
            ClauseKind::Audit => "GDPR Art. 28(3)(h)",
            ClauseKind::Transfers => "GDPR Art. 44-49",
        }
    }
}

vocabulary! {
    /// Typed fact names (language.md §2.3).
    FactName {
        BreachNotice => "breach-notice",
        BreachTrigger => "breach-trigger",
        EncryptionAtRest => "encryption-at-rest",
        EncryptionInTransit => "encryption-in-transit",
        KeyManagement => "key-management",
        Certification => "certification",
        Evidence => "evidence",
        Authorisation => "authorisation",
        ObjectionNotice => "objection-notice",
        ObjectionWindow => "objection-window",
        DsrForwarding => "dsr-forwarding",
        AuditNotice => "audit-notice",
        AuditFrequency => "audit-frequency",
        AuditCost => "audit-cost",
        DeletionPeriod => "deletion-period",
        BackupRetention => "backup-retention",
        TransferMechanism => "transfer-mechanism",
        Duration => "duration",
        GoverningLaw => "governing-law",
        Mfa => "mfa",
        PentestInterval => "pentest-interval",
    }
}

vocabulary! {
    /// Special fact-shaped constructs that are not typed facts.
    SpecialFactName {
        Reference => "ref",
    }
}

vocabulary! {
    /// Front-matter keys (language.md §2.1).
    FrontMatterKey {
        Dpa => "dpa",
        Title => "title",
        Language => "language",
        Authoritative => "authoritative",
        Translation => "translation",
        MainAgreement => "main-agreement",
        ActingFor => "acting-for",
        Playbook => "playbook",
        Glossary => "glossary",
        Status => "status",
        Risk => "risk",
        Date => "date",
    }
}

vocabulary! {
    /// Roles in a party fact.
    PartyRole {
        Controller => "controller",
        Processor => "processor",
        SubProcessor => "sub-processor",
        JointController => "joint-controller",
    }
}

vocabulary! {
    /// Columns of a sub-processor record table.
    RecordColumn {
        Name => "name",
        Country => "country",
        Purpose => "purpose",
        TransferMechanism => "transfer-mechanism",
        Address => "address",
    }
}

vocabulary! {
    /// The Art. 28(3) particulars of the processing, plus special categories.
    Particular {
        SubjectMatter => "subject-matter",
        Duration => "duration",
        Nature => "nature",
        Purpose => "purpose",
        DataTypes => "data-types",
        DataSubjects => "data-subjects",
        SpecialCategories => "special-categories",
    }
}

vocabulary! {
    /// `status:` values.
    Status {
        Draft => "draft",
        Final => "final",
    }
}

vocabulary! {
    /// `risk:` values.
    Risk {
        Standard => "standard",
        High => "high",
    }
}

vocabulary! {
    /// `acting-for:` values.
    ActingFor {
        Controller => "controller",
        Processor => "processor",
    }
}

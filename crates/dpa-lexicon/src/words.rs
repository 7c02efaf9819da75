//! Keyword tables: every structural word of the language in English and French, and lookups
//! that fold their input first. Aliases beyond the spec's canonical pairs (`schedule`, singular
//! and plural forms, common spellings) are listed where lawyers write them.

use crate::fold::{fold, fold_key};
use crate::kinds::*;
use crate::lang::Lang;

/// One row: a canonical value and the words that mean it, per language (folded key forms).
pub struct Row<T: 'static> {
    pub value: T,
    pub en: &'static [&'static str],
    pub fr: &'static [&'static str],
}

impl<T: Copy + 'static> Row<T> {
    /// The first word of the row in `lang` as a lawyer writes it (what completion offers, hover
    /// shows, and fixes and `convert` write): French words keep their accents.
    pub fn word(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en[0],
            Lang::Fr => self.fr.first().map_or(self.en[0], |&key| written_french(key)),
        }
    }
}

/// The tables hold folded keys so that `délai-violation` and `delai-violation` both resolve;
/// these are the accented spellings of the French first words, as the spec's examples write them.
static FRENCH_SPELLINGS: &[&str] = &[
    "confidentialité",
    "sécurité",
    "sous-traitants-ultérieurs",
    "responsabilité",
    "durée",
    "définitions",
    "mesures-de-sécurité",
    "liste-sous-traitants-ultérieurs",
    "délai-violation",
    "déclencheur-violation",
    "gestion-des-clés",
    "préavis-objection",
    "délai-objection",
    "préavis-audit",
    "fréquence-audit",
    "coût-audit",
    "délai-suppression",
    "mécanisme-transfert",
    "sous-traitant-ultérieur",
    "référentiel",
    "définitif",
    "élevé",
    "mécanisme-de-transfert",
    "finalité",
    "nature-et-finalité",
    "catégories-de-données",
    "catégories-de-personnes-concernées",
    "catégories-particulières",
];

fn written_french(key: &'static str) -> &'static str {
    FRENCH_SPELLINGS.iter().copied().find(|spelling| fold_key(spelling) == key).unwrap_or(key)
}

fn lookup<T: Copy>(table: &'static [Row<T>], word: &str) -> Option<T> {
    let key = fold_key(word);
    table.iter().find(|row| row.en.contains(&key.as_str()) || row.fr.contains(&key.as_str())).map(|row| row.value)
}

/// The row of `value` in a table: its words in both languages.
pub fn row_of<T: Copy + PartialEq>(table: &'static [Row<T>], value: T) -> Option<&'static Row<T>> {
    table.iter().find(|row| row.value == value)
}

/// All words of a table, for "did you mean" and completion.
pub fn all_words<T>(table: &'static [Row<T>]) -> impl Iterator<Item = &'static str> {
    table.iter().flat_map(|row| row.en.iter().chain(row.fr.iter()).copied())
}

pub static CLAUSE_KINDS: &[Row<ClauseKind>] = &[
    Row { value: ClauseKind::Parties, en: &["parties"], fr: &["parties"] },
    Row { value: ClauseKind::Definitions, en: &["definitions", "definition"], fr: &["definitions"] },
    Row { value: ClauseKind::SubjectMatter, en: &["subject-matter", "scope"], fr: &["objet"] },
    Row { value: ClauseKind::Instructions, en: &["instructions", "instruction"], fr: &["instructions"] },
    Row { value: ClauseKind::Confidentiality, en: &["confidentiality"], fr: &["confidentialite"] },
    Row { value: ClauseKind::Security, en: &["security"], fr: &["securite"] },
    Row {
        value: ClauseKind::SubProcessors,
        en: &["sub-processors", "subprocessors", "sub-processor", "subprocessor"],
        fr: &["sous-traitants-ulterieurs", "sous-traitance-ulterieure", "sous-traitant-ulterieur"],
    },
    Row {
        value: ClauseKind::DataSubjectRights,
        en: &["data-subject-rights", "data-subject-requests", "dsr"],
        fr: &["droits-des-personnes", "droits-des-personnes-concernees"],
    },
    Row { value: ClauseKind::Assistance, en: &["assistance"], fr: &["assistance"] },
    Row {
        value: ClauseKind::BreachNotification,
        en: &["breach-notification", "breach", "data-breach", "personal-data-breach"],
        fr: &["notification-violation", "violation", "violations", "violation-de-donnees"],
    },
    Row {
        value: ClauseKind::DeletionReturn,
        en: &["deletion-return", "return-deletion", "deletion", "return-and-deletion"],
        fr: &["suppression-restitution", "restitution-suppression", "suppression"],
    },
    Row { value: ClauseKind::Audit, en: &["audit", "audits"], fr: &["audit", "audits"] },
    Row { value: ClauseKind::Transfers, en: &["transfers", "transfer"], fr: &["transferts", "transfert"] },
    Row { value: ClauseKind::Liability, en: &["liability"], fr: &["responsabilite"] },
    Row { value: ClauseKind::Term, en: &["term", "duration"], fr: &["duree"] },
    Row {
        value: ClauseKind::Description,
        en: &["description", "description-of-processing", "processing-description"],
        fr: &["description-du-traitement", "description"],
    },
    Row {
        value: ClauseKind::SecurityMeasures,
        en: &["security-measures", "toms", "technical-and-organisational-measures"],
        fr: &["mesures-de-securite", "mesures-techniques-et-organisationnelles"],
    },
    Row {
        value: ClauseKind::SubProcessorList,
        en: &["sub-processor-list", "subprocessor-list", "sub-processors-list", "list-of-sub-processors"],
        fr: &["liste-sous-traitants-ulterieurs", "liste-des-sous-traitants-ulterieurs"],
    },
];

pub fn clause_kind(word: &str) -> Option<ClauseKind> {
    lookup(CLAUSE_KINDS, word)
}

/// `annex`, `annexe`, `schedule`, `appendix`: the word that makes a tag an annex.
pub fn is_annex_word(word: &str) -> bool {
    matches!(fold_key(word).as_str(), "annex" | "annexe" | "schedule" | "appendix" | "appendice")
}

pub static FACT_NAMES: &[Row<FactName>] = &[
    Row { value: FactName::BreachNotice, en: &["breach-notice"], fr: &["delai-violation"] },
    Row { value: FactName::BreachTrigger, en: &["breach-trigger"], fr: &["declencheur-violation"] },
    Row { value: FactName::EncryptionAtRest, en: &["encryption-at-rest"], fr: &["chiffrement-au-repos"] },
    Row { value: FactName::EncryptionInTransit, en: &["encryption-in-transit"], fr: &["chiffrement-en-transit"] },
    Row { value: FactName::KeyManagement, en: &["key-management"], fr: &["gestion-des-cles"] },
    Row { value: FactName::Certification, en: &["certification"], fr: &["certification"] },
    Row { value: FactName::Evidence, en: &["evidence"], fr: &["preuve"] },
    Row { value: FactName::Authorisation, en: &["authorisation", "authorization"], fr: &["autorisation"] },
    Row { value: FactName::ObjectionNotice, en: &["objection-notice"], fr: &["preavis-objection"] },
    Row { value: FactName::ObjectionWindow, en: &["objection-window"], fr: &["delai-objection"] },
    Row { value: FactName::DsrForwarding, en: &["dsr-forwarding"], fr: &["transmission-demandes"] },
    Row { value: FactName::AuditNotice, en: &["audit-notice"], fr: &["preavis-audit"] },
    Row { value: FactName::AuditFrequency, en: &["audit-frequency"], fr: &["frequence-audit"] },
    Row { value: FactName::AuditCost, en: &["audit-cost"], fr: &["cout-audit"] },
    Row { value: FactName::DeletionPeriod, en: &["deletion-period"], fr: &["delai-suppression"] },
    Row { value: FactName::BackupRetention, en: &["backup-retention"], fr: &["conservation-sauvegardes"] },
    Row { value: FactName::TransferMechanism, en: &["transfer-mechanism"], fr: &["mecanisme-transfert"] },
    Row { value: FactName::Duration, en: &["duration"], fr: &["duree"] },
    Row { value: FactName::GoverningLaw, en: &["governing-law"], fr: &["droit-applicable"] },
    Row { value: FactName::Mfa, en: &["mfa"], fr: &["mfa"] },
    Row { value: FactName::PentestInterval, en: &["pentest-interval"], fr: &["intervalle-tests-intrusion"] },
];

pub fn fact_name(word: &str) -> Option<FactName> {
    lookup(FACT_NAMES, word)
}

pub static REFERENCE_WORDS: &[Row<SpecialFactName>] =
    &[Row { value: SpecialFactName::Reference, en: &["ref", "reference"], fr: &["renvoi", "reference"] }];

/// `ref` / `renvoi`: a cross-reference fact.
pub fn is_reference_word(word: &str) -> bool {
    lookup(REFERENCE_WORDS, word).is_some()
}

pub static PARTY_ROLES: &[Row<PartyRole>] = &[
    Row {
        value: PartyRole::Controller,
        en: &["controller"],
        fr: &["responsable-du-traitement", "responsable-de-traitement"],
    },
    Row { value: PartyRole::Processor, en: &["processor"], fr: &["sous-traitant"] },
    Row { value: PartyRole::SubProcessor, en: &["sub-processor", "subprocessor"], fr: &["sous-traitant-ulterieur"] },
    Row {
        value: PartyRole::JointController,
        en: &["joint-controller"],
        fr: &["responsable-conjoint", "co-responsable"],
    },
];

pub fn party_role(word: &str) -> Option<PartyRole> {
    lookup(PARTY_ROLES, word)
}

pub static FRONT_MATTER_KEYS: &[Row<FrontMatterKey>] = &[
    Row { value: FrontMatterKey::Dpa, en: &["dpa"], fr: &["dpa"] },
    Row { value: FrontMatterKey::Title, en: &["title"], fr: &["titre"] },
    Row { value: FrontMatterKey::Language, en: &["language", "lang"], fr: &["langue"] },
    Row { value: FrontMatterKey::Authoritative, en: &["authoritative"], fr: &["faisant-foi"] },
    Row { value: FrontMatterKey::Translation, en: &["translation"], fr: &["traduction"] },
    Row { value: FrontMatterKey::MainAgreement, en: &["main-agreement"], fr: &["contrat-principal"] },
    Row { value: FrontMatterKey::ActingFor, en: &["acting-for"], fr: &["pour-le-compte-de"] },
    Row { value: FrontMatterKey::Playbook, en: &["playbook"], fr: &["referentiel"] },
    Row { value: FrontMatterKey::Glossary, en: &["glossary"], fr: &["glossaire"] },
    Row { value: FrontMatterKey::Status, en: &["status"], fr: &["statut"] },
    Row { value: FrontMatterKey::Risk, en: &["risk"], fr: &["risque"] },
    Row { value: FrontMatterKey::Date, en: &["date"], fr: &["date"] },
];

pub fn front_matter_key(word: &str) -> Option<FrontMatterKey> {
    lookup(FRONT_MATTER_KEYS, word)
}

pub static STATUSES: &[Row<Status>] = &[
    Row { value: Status::Draft, en: &["draft"], fr: &["brouillon", "projet"] },
    Row { value: Status::Final, en: &["final"], fr: &["definitif", "definitive"] },
];

pub fn status(word: &str) -> Option<Status> {
    lookup(STATUSES, word)
}

pub static RISKS: &[Row<Risk>] = &[
    Row { value: Risk::Standard, en: &["standard", "normal", "low"], fr: &["standard", "normal", "faible"] },
    Row { value: Risk::High, en: &["high"], fr: &["eleve", "haut"] },
];

pub fn risk(word: &str) -> Option<Risk> {
    lookup(RISKS, word)
}

pub static ACTING_FOR: &[Row<ActingFor>] = &[
    Row { value: ActingFor::Controller, en: &["controller"], fr: &["responsable-du-traitement", "responsable"] },
    Row { value: ActingFor::Processor, en: &["processor"], fr: &["sous-traitant"] },
];

pub fn acting_for(word: &str) -> Option<ActingFor> {
    lookup(ACTING_FOR, word)
}

pub static RECORD_COLUMNS: &[Row<RecordColumn>] = &[
    Row {
        value: RecordColumn::Name,
        en: &[
            "sub-processor",
            "subprocessor",
            "name",
            "entity",
            "company",
            "sub-processor-name",
            "vendor",
            "provider",
            "supplier",
            "identity",
        ],
        fr: &[
            "sous-traitant-ulterieur",
            "sous-traitant",
            "nom",
            "entite",
            "societe",
            "denomination",
            "raison-sociale",
            "prestataire",
            "fournisseur",
            "identite",
        ],
    },
    Row {
        value: RecordColumn::Country,
        en: &["country", "location", "countries", "processing-location", "country-of-processing"],
        fr: &["pays", "localisation", "lieu-de-traitement", "lieu-du-traitement", "pays-de-traitement", "lieu"],
    },
    Row {
        value: RecordColumn::Purpose,
        en: &[
            "purpose",
            "service",
            "services",
            "activity",
            "processing-activity",
            "processing",
            "nature-of-processing",
            "processing-performed",
            "description",
            "function",
        ],
        fr: &[
            "finalite",
            "service",
            "services",
            "activite",
            "prestation",
            "objet",
            "traitement",
            "nature-du-traitement",
            "motif",
            "role",
            "fonction",
        ],
    },
    Row {
        value: RecordColumn::TransferMechanism,
        en: &[
            "transfer-mechanism",
            "mechanism",
            "safeguard",
            "safeguards",
            "transfer-safeguard",
            "transfer-safeguards",
            "transfer-basis",
        ],
        fr: &[
            "mecanisme-de-transfert",
            "mecanisme-transfert",
            "mecanisme",
            "garanties",
            "garantie",
            "garantie-de-transfert",
            "garanties-de-transfert",
            "garantie-des-transferts",
            "garanties-des-transferts",
            "encadrement",
            "encadrement-des-transferts",
            "encadrement-du-transfert",
            "base-juridique-du-transfert",
        ],
    },
    Row {
        value: RecordColumn::Address,
        en: &["address", "contact", "registered-address"],
        fr: &["adresse", "contact", "siege"],
    },
];

/// Words a header may add to its column's name: "Adresse du sous-traitant", "Motif de la
/// sous-traitance", "Localisation des données" are the address, purpose and country columns.
const RECORD_QUALIFIERS: &[&str] = &[
    "-du-sous-traitant-ulterieur",
    "-du-sous-traitant",
    "-de-la-sous-traitance",
    "-des-donnees",
    "-of-the-sub-processor",
    "-of-the-subprocessor",
    "-of-data",
    "-of-the-data",
    // « Localisation principale », « Pays principal »: the main place is still the place.
    "-principale",
    "-principal",
];

pub fn record_column(header: &str) -> Option<RecordColumn> {
    lookup(RECORD_COLUMNS, header).or_else(|| {
        let key = fold_key(header);
        RECORD_QUALIFIERS
            .iter()
            .find_map(|qualifier| key.strip_suffix(qualifier))
            .and_then(|name| lookup(RECORD_COLUMNS, name))
    })
}

/// The field a row label names in a sub-processor record written as label/value rows (the
/// SCC Annex III shape: "Full legal name of sub-processor", "Address / country", "Description
/// of the processing"): a column's name, or the first single word of one in a longer label. A
/// label naming a country gives the country whatever else it names ("Address / country"); a
/// contact person's name or a duration is not the record's.
pub fn record_label(label: &str) -> Option<RecordColumn> {
    if let Some(column) = record_column(label) {
        return Some(column);
    }
    let key = fold_key(label);
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect();
    const OTHER_FIELDS: &[&str] = &["contact", "contacts", "person", "personne", "dpo", "duration", "duree"];
    if words.iter().any(|word| OTHER_FIELDS.contains(word)) {
        return None;
    }
    let column_of = |word: &str| {
        RECORD_COLUMNS.iter().find(|row| row.en.contains(&word) || row.fr.contains(&word)).map(|row| row.value)
    };
    let columns: Vec<RecordColumn> = words.iter().filter_map(|word| column_of(word)).collect();
    columns.iter().find(|&&column| column == RecordColumn::Country).or(columns.first()).copied()
}

pub static PARTICULAR_LABELS: &[Row<&'static [Particular]>] = &[
    Row {
        value: &[Particular::SubjectMatter],
        en: &["subject-matter", "subject-matter-of-the-processing", "subject"],
        fr: &["objet", "objet-du-traitement"],
    },
    Row {
        value: &[Particular::Duration],
        en: &["duration", "duration-of-the-processing", "duration-of-processing", "term"],
        fr: &["duree", "duree-du-traitement"],
    },
    Row {
        value: &[Particular::Nature],
        en: &["nature", "nature-of-the-processing", "processing-operations"],
        fr: &["nature", "nature-du-traitement", "operations-de-traitement"],
    },
    Row {
        value: &[Particular::Purpose],
        en: &["purpose", "purposes", "purpose-of-the-processing", "purposes-of-the-processing"],
        fr: &["finalite", "finalites", "finalite-du-traitement", "finalites-du-traitement"],
    },
    Row {
        value: &[Particular::Nature, Particular::Purpose],
        en: &["nature-and-purpose", "nature-and-purposes", "nature-and-purpose-of-the-processing"],
        fr: &["nature-et-finalite", "nature-et-finalites", "nature-et-finalite-du-traitement"],
    },
    Row {
        value: &[Particular::DataTypes],
        en: &[
            "types-of-personal-data",
            "categories-of-personal-data",
            "personal-data",
            "data-types",
            "types-of-data",
            "categories-of-data",
        ],
        fr: &[
            "categories-de-donnees",
            "types-de-donnees",
            "donnees-personnelles",
            "categories-de-donnees-personnelles",
            "types-de-donnees-personnelles",
            "donnees-a-caractere-personnel",
        ],
    },
    Row {
        value: &[Particular::DataSubjects],
        en: &["categories-of-data-subjects", "data-subjects", "data-subject-categories"],
        fr: &["categories-de-personnes-concernees", "personnes-concernees"],
    },
    Row {
        value: &[Particular::SpecialCategories],
        en: &[
            "special-categories",
            "special-categories-of-data",
            "special-categories-of-personal-data",
            "sensitive-data",
        ],
        fr: &["categories-particulieres", "categories-particulieres-de-donnees", "donnees-sensibles"],
    },
];

/// Particulars a description-annex row label fills ("Nature and purpose" fills two).
pub fn particulars(label: &str) -> &'static [Particular] {
    lookup(PARTICULAR_LABELS, label).unwrap_or(&[])
}

/// `allow` / `autoriser`: the verb of a suppression.
pub fn is_suppression_verb(word: &str) -> bool {
    matches!(fold_key(word).as_str(), "allow" | "autoriser" | "ignore" | "ignorer")
}

/// `reason` / `motif`: the label of a suppression's reason.
pub fn is_reason_label(word: &str) -> bool {
    matches!(fold_key(word).as_str(), "reason" | "motif" | "raison")
}

/// `none`, `n/a`, `aucune`…: a table cell or value that lists nothing.
pub fn is_none_word(text: &str) -> bool {
    matches!(
        fold_key(text).as_str(),
        "none"
            | "no"
            | "n/a"
            | "na"
            | "not-applicable"
            | "nil"
            | "aucun"
            | "aucune"
            | "neant"
            | "sans-objet"
            | "non"
            | "-"
    )
}

/// The closest word within a small edit distance (for "did you mean"), compared folded.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let key = fold_key(word);
    if key.is_empty() {
        return None;
    }
    let limit = (key.chars().count() / 3).clamp(1, 4);
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(&key, candidate), candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate.to_string())
}

/// Levenshtein distance over chars, with a length cap so pathological inputs stay cheap.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

const ENGLISH_MARKERS: &[&str] =
    &["the", "and", "shall", "of", "to", "processor", "with", "any", "data", "by", "which", "this"];
const FRENCH_MARKERS: &[&str] =
    &["le", "la", "les", "des", "et", "du", "une", "sous-traitant", "donnees", "est", "au", "aux", "dans", "par"];

/// The language a text is written in, from the frequency of common words; English on a tie.
pub fn detect_language(text: &str) -> Lang {
    let folded = fold(text);
    let (mut english, mut french) = (0usize, 0usize);
    for word in folded.split(|c: char| !(c.is_alphanumeric() || c == '-')).take(20_000) {
        english += usize::from(ENGLISH_MARKERS.contains(&word));
        french += usize::from(FRENCH_MARKERS.contains(&word));
    }
    if french > english {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// The value words for `language:` are language tags (`en`, `fr`, `anglais`…).
pub fn language_word(word: &str) -> Option<Lang> {
    Lang::from_tag(&fold(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every first French word of every table, for the spelling checks below.
    fn first_french_words() -> Vec<&'static str> {
        fn firsts<T>(table: &'static [Row<T>]) -> impl Iterator<Item = &'static str> {
            table.iter().filter_map(|row| row.fr.first().copied())
        }
        firsts(CLAUSE_KINDS)
            .chain(firsts(FACT_NAMES))
            .chain(firsts(REFERENCE_WORDS))
            .chain(firsts(PARTY_ROLES))
            .chain(firsts(FRONT_MATTER_KEYS))
            .chain(firsts(STATUSES))
            .chain(firsts(RISKS))
            .chain(firsts(ACTING_FOR))
            .chain(firsts(RECORD_COLUMNS))
            .chain(firsts(PARTICULAR_LABELS))
            .collect()
    }

    #[test]
    fn record_labels_name_their_field_among_other_words() {
        assert_eq!(record_label("Full legal name of sub-processor"), Some(RecordColumn::Name));
        assert_eq!(record_label("Address / country"), Some(RecordColumn::Country));
        assert_eq!(record_label("Description of the processing (hosting)"), Some(RecordColumn::Purpose));
        assert_eq!(record_label("Dénomination sociale"), Some(RecordColumn::Name));
        assert_eq!(record_label("Siège social / pays"), Some(RecordColumn::Country));
        assert_eq!(record_label("Sub-processor"), Some(RecordColumn::Name));
        assert_eq!(record_label("Contact person's name, position and contact details"), None);
        assert_eq!(record_label("Duration of processing"), None);
        assert_eq!(record_label("Sub-Processor 1"), None);
    }

    #[test]
    fn french_words_are_written_with_their_accents_and_read_back() {
        for spelling in FRENCH_SPELLINGS {
            assert!(
                first_french_words().contains(&fold_key(spelling).as_str()),
                "`{spelling}` is the spelling of no table's first French word"
            );
        }
        assert_eq!(FACT_NAMES[0].word(Lang::Fr), "délai-violation");
        assert_eq!(fact_name(FACT_NAMES[0].word(Lang::Fr)), Some(FactName::BreachNotice));
        let security = row_of(CLAUSE_KINDS, ClauseKind::Security).unwrap();
        assert_eq!(security.word(Lang::Fr), "sécurité");
        assert_eq!(security.word(Lang::En), "security");
        let plain = row_of(CLAUSE_KINDS, ClauseKind::Audit).unwrap();
        assert_eq!(plain.word(Lang::Fr), "audit");
    }

    #[test]
    fn keywords_resolve_in_both_languages_with_folding() {
        assert_eq!(clause_kind("Audit"), Some(ClauseKind::Audit));
        assert_eq!(clause_kind("sécurité"), Some(ClauseKind::Security));
        assert_eq!(clause_kind("SECURITE"), Some(ClauseKind::Security));
        assert_eq!(clause_kind("sous-traitants-ultérieurs"), Some(ClauseKind::SubProcessors));
        assert_eq!(fact_name("délai-violation"), Some(FactName::BreachNotice));
        assert_eq!(front_matter_key("acting for"), Some(FrontMatterKey::ActingFor));
        assert_eq!(front_matter_key("faisant foi"), Some(FrontMatterKey::Authoritative));
        assert_eq!(party_role("responsable-du-traitement"), Some(PartyRole::Controller));
        assert_eq!(record_column("Sous-traitant ultérieur"), Some(RecordColumn::Name));
        assert_eq!(record_column("Processing performed"), Some(RecordColumn::Purpose));
        assert_eq!(record_column("Nature du traitement"), Some(RecordColumn::Purpose));
        assert_eq!(record_column("Identité du sous-traitant"), Some(RecordColumn::Name));
        assert_eq!(record_column("Adresse du sous-traitant"), Some(RecordColumn::Address));
        assert_eq!(record_column("Motif de la sous-traitance"), Some(RecordColumn::Purpose));
        assert_eq!(record_column("Localisation des données"), Some(RecordColumn::Country));
        assert_eq!(record_column("Garantie de transfert"), Some(RecordColumn::TransferMechanism));
        assert_eq!(record_column("Location of the data"), Some(RecordColumn::Country));
        assert_eq!(record_column("Transfer safeguards"), Some(RecordColumn::TransferMechanism));
        assert_eq!(particulars("Nature and purpose"), &[Particular::Nature, Particular::Purpose]);
        assert_eq!(particulars("Catégories de personnes concernées"), &[Particular::DataSubjects]);
        assert!(is_annex_word("Annexe"));
        assert!(is_reference_word("renvoi"));
    }

    #[test]
    fn every_canonical_id_resolves_to_itself() {
        for row in CLAUSE_KINDS {
            assert_eq!(clause_kind(row.value.id()), Some(row.value), "{}", row.value);
        }
        for row in FACT_NAMES {
            assert_eq!(fact_name(row.value.id()), Some(row.value), "{}", row.value);
        }
        for row in FRONT_MATTER_KEYS {
            assert_eq!(front_matter_key(row.value.id()), Some(row.value), "{}", row.value);
        }
    }

    #[test]
    fn suggestions_find_close_words_only() {
        assert_eq!(suggest("breach-notise", all_words(FACT_NAMES)).as_deref(), Some("breach-notice"));
        assert_eq!(suggest("secuirty", all_words(CLAUSE_KINDS)).as_deref(), Some("security"));
        assert_eq!(suggest("zzzzzzzz", all_words(CLAUSE_KINDS)), None);
    }

    #[test]
    fn detects_french_and_english() {
        assert_eq!(detect_language("Le sous-traitant notifie la violation des données."), Lang::Fr);
        assert_eq!(detect_language("The processor shall notify the controller of any breach."), Lang::En);
    }
}

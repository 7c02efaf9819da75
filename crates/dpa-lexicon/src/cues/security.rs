//! Cues for the security and encryption-evidence rules (GDPR Art. 28(3)(c), Art. 32): where
//! encryption applies, vague encryption promises, key custody, evidence and the right to obtain
//! it, measures kept outside the contract, and regular testing.

use super::Cue;

/// Encryption named as such. Cipher and protocol names are found by the crypto value parser.
pub const ENCRYPTION: Cue = Cue {
    id: "encryption",
    en: &["encrypt*", "cryptograph*", "cipher*"],
    fr: &[
        "chiffrement*",
        "chiffre",
        "chiffree",
        "chiffrees",
        "chiffrer",
        "chiffrons",
        "cryptage",
        "crypte*",
        "cryptograph*",
    ],
};

/// Data at rest: stored data, disks, databases, backups, files uploaded to the service (« les
/// documents déposés »).
pub const AT_REST: Cue = Cue {
    id: "at-rest",
    en: &["at rest", "at-rest", "stored", "storage", "disk*", "database*", "backup*", "volume*", "media", "uploaded"],
    fr: &[
        "au repos",
        "depose",
        "deposes",
        "deposee",
        "deposees",
        "televerse*",
        "at-rest",
        "stocke*",
        "stockage",
        "disque*",
        "base de donnees",
        "bases de donnees",
        "sauvegarde*",
        "support de stockage",
        "supports de stockage",
        "hebergee*",
        "conserve*",
    ],
};

/// Secrets that let someone in, whose encryption or hashing protects the accounts, not the
/// personal data stored ("mailbox passwords and OAuth credentials", « mots de passe »).
pub const CREDENTIALS: Cue = Cue {
    id: "credentials",
    en: &["password*", "passphrase*", "credential*", "api key*", "access token*", "oauth token*", "secret*"],
    fr: &["mot de passe", "mots de passe", "identifiants de connexion", "cle d'api", "cles d'api", "jeton*", "secret*"],
};

/// Verbs that follow a party taking a duty on itself, beside the modals and auxiliaries of
/// [`crate::cues::inference::SENTENCE_VERBS`] ("The Customer *remains* responsible for…",
/// « Le Client *veille* à… »).
pub const OWN_DUTY_VERBS: &[&str] =
    &["remains", "remain", "ensures", "ensure", "reste", "restent", "demeure", "demeurent", "veille", "assure"];

/// What stored personal data is held in, beside [`CREDENTIALS`]: naming it makes the encryption
/// cover the data ("passwords and customer data are encrypted at rest").
pub const STORED_CONTENT: Cue = Cue {
    id: "stored-content",
    en: &[
        "data",
        "information",
        "file*",
        "document*",
        "record*",
        "content*",
        "backup*",
        "database*",
        "disk*",
        "volume*",
        "media",
    ],
    fr: &[
        "donnee*",
        "information*",
        "fichier*",
        "document*",
        "dossier*",
        "enregistrement*",
        "contenu*",
        "sauvegarde*",
        "base de donnees",
        "bases de donnees",
        "disque*",
        "support*",
    ],
};

/// The examples of measures Art. 32(1)(a) gives, in the law's words ("the pseudonymisation and
/// encryption of personal data", « la pseudonymisation et le chiffrement des données »).
pub const LEGAL_EXAMPLE_OF_MEASURES: Cue = Cue {
    id: "legal-example-of-measures",
    en: &[
        "pseudonymisation and encryption",
        "pseudonymization and encryption",
        "pseudonymisation and the encryption",
        "pseudonymization and the encryption",
    ],
    fr: &[
        "pseudonymisation et le chiffrement",
        "pseudonymisation et chiffrement",
        "pseudonymisation et au chiffrement",
    ],
};

/// What the record of processing holds about security (Art. 30(1)(g) and (2)(d): "where
/// possible, a general description of the technical and organisational security measures").
pub const GENERAL_DESCRIPTION: Cue =
    Cue { id: "general-description", en: &["general description"], fr: &["description generale"] };

/// Guarantees offered about measures (Art. 28(1) and (4): "sufficient guarantees to implement
/// appropriate technical and organisational measures"), the criterion for choosing a processor or
/// a sub-processor.
pub const SUFFICIENT_GUARANTEES: Cue = Cue {
    id: "sufficient-guarantees",
    en: &["sufficient guarantees", "sufficient assurances", "adequate guarantees"],
    fr: &["garanties suffisantes", "garanties adequates"],
};

/// Data in transit: transmissions, networks, connections.
pub const IN_TRANSIT: Cue = Cue {
    id: "in-transit",
    en: &[
        "in transit",
        "in motion",
        "transmi*",
        "network*",
        "connection*",
        "communication*",
        "exchanged",
        "exchange*",
        "transfers over",
        "over the internet",
    ],
    fr: &[
        "en transit",
        "transmission*",
        "transmise*",
        "reseau*",
        "flux",
        "connexion*",
        "communication*",
        "echange*",
        "echangee*",
    ],
};

/// Encryption promised without naming an algorithm or protocol version.
pub const VAGUE_ENCRYPTION: Cue = Cue {
    id: "vague-encryption",
    en: &[
        "industry-standard encryption",
        "industry standard encryption",
        "industry-standard encryption technolog*",
        "industry-accepted encryption",
        "strong encryption",
        "robust encryption",
        "appropriate encryption",
        "adequate encryption",
        "reasonable encryption",
        "commercially reasonable encryption",
        "state-of-the-art encryption",
        "state of the art encryption",
        "current encryption standards",
        "encryption where appropriate",
        "encryption as appropriate",
        "encryption where applicable",
        "encrypted where appropriate",
        "encrypted as appropriate",
        "encrypted using industry-standard",
        "encrypted using industry standard",
        "encrypted to industry standards",
    ],
    fr: &[
        "chiffrement conforme a l'etat de l'art",
        "chiffrement conforme aux standards",
        "chiffrement conforme aux normes",
        "chiffrement conforme aux usages",
        "chiffrement de l'etat de l'art",
        "chiffrement a l'etat de l'art",
        "chiffrement fort",
        "chiffrement robuste",
        "chiffrement approprie",
        "chiffrement adapte",
        "chiffrement standard",
        "chiffrement de niveau industriel",
        "chiffrement si necessaire",
        "chiffrement le cas echeant",
        "chiffrees selon l'etat de l'art",
        "chiffrees conformement a l'etat de l'art",
        "chiffrees selon les standards",
        "chiffrees le cas echeant",
    ],
};

/// Who holds the keys and how they are managed.
pub const KEY_MANAGEMENT: Cue = Cue {
    id: "key-management",
    en: &[
        "encryption key*",
        "cryptographic key*",
        "hsm",
        "hardware security module*",
        "kms",
        "key management service*",
        "key vault",
        "byok",
        "hyok",
        "bring your own key*",
        "hold your own key*",
        "customer-managed key*",
        "customer managed key*",
        "customer-held key*",
        "controller-held key*",
    ],
    fr: &[
        "cles de chiffrement",
        "cle de chiffrement",
        "cles cryptographiques",
        "hsm",
        "module materiel de securite",
        "module de securite materiel",
        "kms",
        "service de gestion des cles",
        "byok",
    ],
};

/// Words about keys that may be door or card keys as well as cryptographic ones ("key
/// management, card-keys procedures" under physical access control): they count only in a
/// paragraph about encryption ([`ENCRYPTION`]) and a sentence without [`PHYSICAL_KEYS`].
pub const KEY_HANDLING: Cue = Cue {
    id: "key-handling",
    en: &[
        "key management",
        "key rotation",
        "keys are rotated",
        "rotated keys",
        "key custody",
        "hold the key*",
        "holds the key*",
        "held keys",
        "keys held",
        "keys are",
    ],
    fr: &[
        "gestion des cles",
        "gestion de cles",
        "les cles sont",
        "les cles etant",
        "cles generees",
        "rotation des cles",
        "renouvellement des cles",
        "detention des cles",
        "detient les cles",
        "cles conservees",
        "cles gerees",
        "cles du client",
        "cles detenues",
    ],
};

/// Keys to premises, not to data.
pub const PHYSICAL_KEYS: Cue = Cue {
    id: "physical-keys",
    en: &["card*", "card-key*", "door*", "physical*", "badge*", "lock*", "premises", "building*", "office*"],
    fr: &["carte*", "porte*", "physique*", "badge*", "serrure*", "locaux", "batiment*", "bureau*"],
};

/// A certification scheme named as evidence of the measures. The bare words "certification"
/// and "certified" are left out: a deletion is certified too, and "relevant certifications"
/// name none.
pub const EVIDENCE: Cue = Cue {
    id: "evidence",
    en: &[
        "iso 27001",
        "iso/iec 27001",
        "27001",
        "27017",
        "27018",
        "27701",
        "soc 2",
        "soc2",
        "soc 1",
        "isae 3402",
        "isae 3000",
        "ssae 18",
        "pci dss",
        "pci-dss",
        "hds",
        "secnumcloud",
        "bsi c5",
        "csa star",
    ],
    fr: &[
        "iso 27001",
        "iso/iec 27001",
        "27001",
        "27017",
        "27018",
        "27701",
        "soc 2",
        "soc2",
        "isae 3402",
        "pci dss",
        "hds",
        "hebergeur de donnees de sante",
        "secnumcloud",
        "qualification secnumcloud",
        "rapport soc",
    ],
};

/// A report named as evidence by what it is rather than by its scheme. Whose report it is
/// depends on its sentence: a sub-processor's or the controller's own audit report is not. An
/// auditor, or an audit that is not said to be reported, is no evidence in itself.
pub const EVIDENCE_REPORT: Cue = Cue {
    id: "evidence-report",
    en: &[
        "penetration test report*",
        "pentest report*",
        "penetration testing report*",
        "audit report*",
        "assurance report*",
    ],
    fr: &[
        "rapport d'audit",
        "rapports d'audit",
        "rapport de test d'intrusion",
        "rapport de tests d'intrusion",
        "rapports de tests d'intrusion",
        "rapport de pentest",
    ],
};

/// Handing a document over to another party: whoever is the subject of these verbs holds it.
pub const HANDS_OVER: Cue = Cue {
    id: "hands-over",
    en: &[
        "provide*",
        "deliver*",
        "give*",
        "send*",
        "submit*",
        "furnish*",
        "hand* over",
        "make* available",
        "made available",
    ],
    fr: &[
        "remet*",
        "fournit",
        "fournira",
        "transmet*",
        "communique*",
        "adresse*",
        "envoie*",
        "envoyer*",
        "met a disposition",
        "met a la disposition",
        "mettra a disposition",
        "mettra a la disposition",
    ],
};

/// A condition on the processor offering anything ("to the extent the Provider makes available
/// its audit reports", « dans la mesure où le Prestataire met à disposition »): an offer it may
/// never make gives the controller no right.
pub const CONDITIONAL_OFFER: Cue = Cue {
    id: "conditional-offer",
    en: &["to the extent", "insofar as", "in so far as", "if and when"],
    fr: &["dans la mesure ou", "pour autant que", "si et quand"],
};

/// A certificate that the data was deleted at the end of the processing (Art. 28(3)(g)): proof
/// of a deletion, not of the security measures.
pub const DELETION_CERTIFICATE: Cue = Cue {
    id: "deletion-certificate",
    en: &[
        "certificate of deletion",
        "certificate of destruction",
        "certificate of erasure",
        "deletion certificate*",
        "destruction certificate*",
        "erasure certificate*",
        "certification of deletion",
        "certification of destruction",
    ],
    fr: &[
        "certificat de suppression",
        "certificat de destruction",
        "certificat d'effacement",
        "attestation de suppression",
        "attestation de destruction",
        "attestation d'effacement",
        "certificats de suppression",
        "attestations de suppression",
    ],
};

/// A document that can be handed over: a report or a certificate ("reporting obligations" are
/// not one).
pub const EVIDENCE_DOCUMENT: Cue = Cue {
    id: "evidence-document",
    en: &["report", "reports", "compliance reporting", "certificate*", "certification*", "attestation*", "evidence"],
    fr: &["rapport", "rapports", "certificat*", "certification*", "attestation*", "preuve*", "justificatif*"],
};

/// The controller may receive the evidence: on request, provided, made available.
pub const RIGHT_TO_OBTAIN: Cue = Cue {
    id: "right-to-obtain",
    en: &[
        "on request",
        "upon request",
        "on written request",
        "upon written request",
        "on the customer's request",
        "at the customer's request",
        "on demand",
        "shall provide",
        "will provide",
        "shall make available",
        "will make available",
        "make available",
        "makes available",
        "making available",
        "made available",
        "shall deliver",
        "shall furnish",
        "entitled to receive",
        "entitled to obtain",
        "right to receive",
        "right to obtain",
        "may obtain",
        "may request",
        "a copy of",
        "copy of",
        "copies of",
        "provide copies",
        "written request",
    ],
    fr: &[
        "sur demande",
        "sur simple demande",
        "a sa demande",
        "a la demande",
        "a premiere demande",
        "communique*",
        "transmet",
        "transmettra",
        "fournit",
        "fournira",
        "remet",
        "remettra",
        "met a disposition",
        "met a la disposition",
        "mettra a la disposition",
        "tient a disposition",
        "tient a la disposition",
        "droit de recevoir",
        "droit d'obtenir",
        "peut obtenir",
        "peut demander",
        "une copie",
        "copie",
        "copies",
        "demande ecrite",
    ],
};

/// Words after which a certificate's end of validity is written.
pub const VALID_UNTIL: Cue = Cue {
    id: "valid-until",
    en: &[
        "valid until",
        "valid through",
        "valid to",
        "valid till",
        "expires on",
        "expiring on",
        "expired on",
        "expires",
        "expiry date",
        "expiration date",
    ],
    fr: &[
        "valable jusqu'au",
        "valide jusqu'au",
        "en vigueur jusqu'au",
        "expire le",
        "expirant le",
        "expiree le",
        "date d'expiration",
        "date d'echeance",
    ],
};

/// Words after which the date of a report is written.
pub const DATED: Cue = Cue {
    id: "dated",
    en: &["dated", "issued on", "issued", "dated as of", "performed on", "conducted on", "completed on", "as of"],
    fr: &["en date du", "date du", "du", "emis le", "etabli le", "realise le", "effectue le", "mene le"],
};

/// The measures are kept outside the contract: a web address or a page the processor controls.
pub const EXTERNAL_REFERENCE: Cue = Cue {
    id: "external-reference",
    en: &[
        "http",
        "https",
        "www",
        "available at",
        "available on",
        "published at",
        "published on",
        "posted at",
        "posted on",
        "trust center",
        "trust centre",
        "trust portal",
        "security page",
        "security portal",
        "security website",
        "website",
        "web page",
        "webpage",
    ],
    fr: &[
        "http",
        "https",
        "www",
        "disponible a l'adresse",
        "disponible sur",
        "accessible a l'adresse",
        "accessible sur",
        "publie sur",
        "publiee sur",
        "publies sur",
        "publiees sur",
        "publie a l'adresse",
        "publiee a l'adresse",
        "site internet",
        "site web",
        "page web",
        "page securite",
        "centre de confiance",
        "portail de confiance",
    ],
};

/// Words naming the security measures as a whole (what an external reference incorporates).
pub const MEASURES: Cue = Cue {
    id: "measures",
    en: &[
        "measures",
        "safeguards",
        "security controls",
        "security exhibit",
        "security whitepaper",
        "security white paper",
        "security policy",
        "security policies",
        "security standards",
        "security documentation",
        "security practices",
        "toms",
    ],
    fr: &[
        "mesures",
        "garanties",
        "politique de securite",
        "politiques de securite",
        "plan d'assurance securite",
        "livre blanc",
        "documentation de securite",
        "pratiques de securite",
    ],
};

/// Words showing that the document deals with the security of processing at all: the Art. 32
/// duty, or a security document it refers to.
pub const SECURITY_DUTY: Cue = Cue {
    id: "security-duty",
    en: &[
        "technical and organisational measures",
        "technical and organizational measures",
        "security measures",
        "security of processing",
        "security policy",
        "security policies",
        "security exhibit",
        "security whitepaper",
        "information security",
        "article 32",
        "art. 32",
    ],
    fr: &[
        "mesures techniques et organisationnelles",
        "mesures de securite",
        "securite du traitement",
        "securite des donnees",
        "politique de securite",
        "plan d'assurance securite",
        "securite de l'information",
        "article 32",
        "art. 32",
    ],
};

/// A concrete technical or organisational measure (Art. 32(1), SCC 2021/915 Annex III headings).
pub const CONCRETE_MEASURE: Cue = Cue {
    id: "concrete-measure",
    en: &[
        "access control*",
        "least privilege",
        "role-based access",
        "multi-factor",
        "two-factor",
        "mfa",
        "encrypt*",
        "pseudonymis*",
        "pseudonymiz*",
        "logging",
        "logged",
        "audit log*",
        "backup*",
        "restore*",
        "penetration test*",
        "vulnerability*",
        "patch*",
        "firewall*",
        "anti-malware",
        "antivirus",
        "intrusion detection",
        "badge*",
        "cctv",
        "guarding",
        "security training",
        "awareness training",
        "incident response",
        "business continuity",
        "disaster recovery",
    ],
    fr: &[
        "controle d'acces",
        "controles d'acces",
        "moindre privilege",
        "habilitation*",
        "authentification forte",
        "authentification multifacteur",
        "double authentification",
        "chiffrement*",
        "chiffree*",
        "pseudonymis*",
        "journalisation",
        "journalise*",
        "journaux",
        "sauvegarde*",
        "restauration*",
        "test d'intrusion",
        "tests d'intrusion",
        "vulnerabilit*",
        "correctif*",
        "pare-feu*",
        "antivirus",
        "detection d'intrusion",
        "badge*",
        "videosurveillance",
        "gardiennage",
        "sensibilisation",
        "formation",
        "gestion des incidents",
        "continuite d'activite",
        "plan de reprise",
    ],
};

/// Regular testing, assessing and evaluating of the measures (Art. 32(1)(d)).
pub const TESTING: Cue = Cue {
    id: "testing",
    en: &[
        "penetration test*",
        "pen test*",
        "pentest*",
        "regularly test*",
        "regular test*",
        "regular testing",
        "periodic test*",
        "periodically test*",
        "testing, assessing and evaluating",
        "testing, assessing, and evaluating",
        "test, assess and evaluate",
        "vulnerability scan*",
        "vulnerability assessment*",
        "security assessment*",
        "security testing",
        "red team*",
        "tested at least",
        "tested annually",
        "tested regularly",
        "regularly audited",
        "audited regularly",
        "periodically audited",
        "technical assessment*",
        "vulnerability management",
    ],
    fr: &[
        "test d'intrusion",
        "tests d'intrusion",
        "pentest*",
        "tests de penetration",
        "tester, a analyser et a evaluer",
        "tester, analyser et evaluer",
        "evaluer regulierement l'efficacite",
        "evaluer regulierement les mesures",
        "evalue regulierement l'efficacite",
        "evalue regulierement les mesures",
        "audits reguliers",
        "audits periodiques",
        "controles de securite periodiques",
        "gestion des vulnerabilites",
        "evaluations techniques",
        "teste regulierement",
        "testes regulierement",
        "testees regulierement",
        "tests reguliers",
        "tests periodiques",
        "scan de vulnerabilite*",
        "scans de vulnerabilite*",
        "recherche de vulnerabilites",
        "audit de securite",
        "audits de securite",
        "audit technique",
        "audits techniques",
        "red team*",
    ],
};

/// Words of a test, as verb, participle or noun: a test with a [`REGULARLY`] word beside it is
/// the regular testing of Art. 32(1)(d) ("regular security testing", « tests de sécurité
/// réguliers », "security tests are carried out at regular intervals").
pub const TEST: Cue = Cue {
    id: "test",
    en: &["test", "tests", "tested", "testing"],
    fr: &["test", "tests", "tester", "teste", "testes", "testee", "testees"],
};

/// A regular review of something, which is the Art. 32(1)(d) process only when its object is the
/// measures ("shall periodically monitor … the technical and organisational measures", « un
/// réexamen régulier des mesures »): a [`REVIEW`] word with a [`REGULARLY`] word beside it, or one
/// of these set phrases ("procedures for assessing and evaluating the effectiveness of the
/// measures"). Read together with [`MEASURES`] in one sentence, since "regularly review the risks"
/// or "regularly monitor its sub-processors" tests no measure.
pub const PERIODIC_REVIEW: Cue = Cue {
    id: "periodic-review",
    en: &[
        "assessing and evaluating",
        "assessing, and evaluating",
        "assess and evaluate",
        "evaluating the effectiveness",
        "evaluate the effectiveness",
    ],
    fr: &["analyser et evaluer", "analyse et evalue", "evaluer l'efficacite", "evaluation de l'efficacite"],
};

/// Words of a review or a check, in every form lawyers write it: verb, participle, noun.
pub const REVIEW: Cue = Cue {
    id: "review",
    en: &[
        "review*",
        "monitor*",
        "check*",
        "assess*",
        "reassess*",
        "re-assess*",
        "evaluat*",
        "re-evaluat*",
        "reevaluat*",
        "verif*",
        "revisit*",
    ],
    fr: &[
        "revue*",
        "revoi*",
        "reexamen*",
        "reexamin*",
        "controle*",
        "controler",
        "surveill*",
        "evaluation*",
        "evalue*",
        "evaluer",
        "reevalu*",
        "verification*",
        "verifie*",
        "verifier",
        "reviser",
        "revise*",
        "revision*",
    ],
};

/// How often something recurs: regularly, periodically, on a stated cycle.
pub const REGULARLY: Cue = Cue {
    id: "regularly",
    en: &[
        "regular",
        "regularly",
        "periodic",
        "periodical",
        "periodically",
        "on a regular basis",
        "on a periodic basis",
        "at regular intervals",
        "annual",
        "annually",
        "yearly",
        "every year",
        "once a year",
        "at least once a year",
        "at least annually",
        "quarterly",
        "semi-annual",
        "semi-annually",
        "continuous",
        "continuously",
        "ongoing",
        "on an ongoing basis",
    ],
    fr: &[
        "regulier*",
        "regulierement",
        "periodique*",
        "periodiquement",
        "de maniere reguliere",
        "de facon reguliere",
        "de maniere periodique",
        "a intervalles reguliers",
        "annuel*",
        "annuellement",
        "chaque annee",
        "tous les ans",
        "une fois par an",
        "au moins une fois par an",
        "trimestriel*",
        "semestriel*",
        "continu",
        "continue",
        "en continu",
        "permanent*",
    ],
};

/// A message of a protocol or a part of one, which a protocol's name may qualify ("HTTP
/// request", "HTTP headers", « requête HTTP »): the name then describes data, not a channel.
pub const PROTOCOL_MESSAGE: Cue = Cue {
    id: "protocol-message",
    en: &[
        "request*",
        "response*",
        "header*",
        "status code*",
        "method*",
        "call*",
        "message*",
        "cookie*",
        "referer*",
        "referrer*",
        "user-agent*",
        "user agent*",
    ],
    fr: &["requete*", "reponse*", "en-tete*", "entete*", "code*", "methode*", "appel*", "message*", "cookie*"],
};

/// A table column of reference standards ("Norme/Standard", "Framework"): a scheme named there is
/// what a measure follows, not a certification the processor holds.
pub const REFERENCE_COLUMN: Cue = Cue {
    id: "reference-column",
    en: &["standard*", "norm", "norms", "reference*", "framework*", "benchmark*", "guideline*", "best practice*"],
    fr: &["norme*", "standard*", "referentiel*", "reference*", "recommandation*", "bonnes pratiques", "cadre"],
};

/// A table column of evidence held ("Certification", "Audit report", « Attestation »), even when
/// it names standards too.
pub const HELD_COLUMN: Cue = Cue {
    id: "held-column",
    en: &["certif*", "attestation*", "accreditation*", "audit*", "report*"],
    fr: &["certif*", "attestation*", "accreditation*", "audit*", "rapport*"],
};

/// Words saying that a named primitive or protocol is switched off or forbidden ("TLS 1.0 is
/// disabled"), so naming it is a protection, not a weakness.
pub const DISABLED: Cue = Cue {
    id: "disabled",
    en: &[
        "disabled",
        "disable*",
        "not supported",
        "no longer supported",
        "not permitted",
        "not allowed",
        "prohibited",
        "forbidden",
        "rejected",
        "refused",
        "blocked",
        "deprecated",
        "phased out",
    ],
    fr: &[
        "desactive*",
        "non supporte*",
        "plus supporte*",
        "non autorise*",
        "interdit*",
        "proscrit*",
        "rejete*",
        "refuse*",
        "bloque*",
        "obsolete*",
        "a l'exclusion",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::FoldedText;

    const ALL: &[Cue] = &[
        ENCRYPTION,
        AT_REST,
        IN_TRANSIT,
        VAGUE_ENCRYPTION,
        KEY_MANAGEMENT,
        KEY_HANDLING,
        PHYSICAL_KEYS,
        EVIDENCE,
        EVIDENCE_REPORT,
        HANDS_OVER,
        CONDITIONAL_OFFER,
        EVIDENCE_DOCUMENT,
        RIGHT_TO_OBTAIN,
        VALID_UNTIL,
        DATED,
        EXTERNAL_REFERENCE,
        MEASURES,
        SECURITY_DUTY,
        CONCRETE_MEASURE,
        TESTING,
        TEST,
        PERIODIC_REVIEW,
        REVIEW,
        REGULARLY,
        PROTOCOL_MESSAGE,
        REFERENCE_COLUMN,
        HELD_COLUMN,
        DISABLED,
    ];

    #[test]
    fn phrases_are_folded() {
        super::super::assert_folded(ALL);
    }

    #[test]
    fn vague_encryption_and_testing_read_in_both_languages() {
        let matches = |cue: &Cue, text: &str| cue.matches(&FoldedText::new(text, 0));
        assert!(matches(&VAGUE_ENCRYPTION, "encrypted at rest using industry-standard encryption"));
        assert!(matches(&VAGUE_ENCRYPTION, "un chiffrement conforme à l'état de l'art"));
        assert!(!matches(&VAGUE_ENCRYPTION, "encrypted with AES-256-GCM"));
        assert!(matches(&TESTING, "des tests d'intrusion annuels"));
        assert!(matches(&TESTING, "une procédure visant à tester, à analyser et à évaluer régulièrement l'efficacité"));
        assert!(matches(&EVIDENCE, "ISO/IEC 27001:2022"));
        assert!(!matches(&EVIDENCE, "the Provider shall certify the deletion"));
        assert!(matches(&EXTERNAL_REFERENCE, "published at https://trust.example/security"));
    }
}

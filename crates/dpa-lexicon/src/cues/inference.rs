//! Cues for inferring what untagged text is: clause kinds from heading words, annexes, and
//! high-risk data in a processing description.

use super::Cue;
use crate::kinds::ClauseKind;

/// Heading words per clause kind, most specific first (a heading "Sub-processor list" must be a
/// list, not the sub-processors clause; "Security incidents" is a breach clause, not security).
pub static HEADING_KINDS: &[(ClauseKind, Cue)] = &[
    (ClauseKind::SubProcessorList, Cue {
        id: "heading-sub-processor-list",
        en: &["list of sub-processors", "list of subprocessors", "sub-processor list", "subprocessor list", "authorised sub-processors", "authorized sub-processors", "approved sub-processors", "approved subprocessors", "authorized subprocessors", "authorised subprocessors"],
        fr: &["liste des sous-traitants ulterieurs", "sous-traitants ulterieurs autorises", "liste des sous-traitants"],
    }),
    (ClauseKind::Description, Cue {
        id: "heading-description",
        en: &["description of the processing", "description of processing", "details of processing", "details of the processing", "processing details", "description of the transfer", "processing activities"],
        fr: &["description du traitement", "description des traitements", "details du traitement", "description du ou des traitements", "description des operations de traitement"],
    }),
    (ClauseKind::SecurityMeasures, Cue {
        id: "heading-security-measures",
        en: &["technical and organisational measures", "technical and organizational measures", "security measures", "toms", "information security measures"],
        fr: &["mesures techniques et organisationnelles", "mesures de securite"],
    }),
    (ClauseKind::BreachNotification, Cue {
        id: "heading-breach",
        en: &["personal data breach*", "data breach*", "security incident*", "breach notification", "notification of breach*", "incident notification", "incident management", "breach*"],
        fr: &["violation*", "notification des violations", "incident* de securite", "notification des incidents"],
    }),
    (ClauseKind::SubProcessors, Cue {
        id: "heading-sub-processors",
        en: &["sub-processor*", "subprocessor*", "sub-processing", "subcontract*", "use of sub-processors", "further processors", "other processors"],
        fr: &["sous-traitant* ulterieur*", "sous-traitance ulterieure", "recours a un sous-traitant", "recours a des sous-traitants"],
    }),
    (ClauseKind::DataSubjectRights, Cue {
        id: "heading-dsr",
        en: &["data subject rights", "data subject requests", "rights of data subjects", "requests from data subjects", "data subjects' rights", "data subject's rights"],
        fr: &["droits des personnes*", "exercice des droits", "demandes des personnes concernees"],
    }),
    (ClauseKind::DeletionReturn, Cue {
        id: "heading-deletion",
        en: &["return and deletion", "deletion and return", "return or deletion", "deletion or return", "deletion of data", "return of data", "deletion of personal data", "end of processing", "termination and deletion", "data deletion", "data return", "destruction"],
        fr: &["restitution", "suppression des donnees", "destruction des donnees", "sort des donnees", "fin du traitement", "fin des prestations", "effacement"],
    }),
    (ClauseKind::Audit, Cue {
        id: "heading-audit",
        en: &["audit*", "inspection*", "information and audit*", "demonstration of compliance", "compliance information"],
        fr: &["audit*", "controle*", "inspection*", "documentation et audit*"],
    }),
    (ClauseKind::Transfers, Cue {
        id: "heading-transfers",
        en: &["international transfer*", "transfer* of personal data", "data transfer*", "transfers outside*", "transfer* to third countries", "cross-border transfer*", "transfer*", "location of processing", "data location"],
        fr: &["transfert*", "transferts internationaux", "transferts hors*", "localisation des donnees"],
    }),
    (ClauseKind::Confidentiality, Cue {
        id: "heading-confidentiality",
        en: &["confidentiality", "confidential*", "personnel"],
        fr: &["confidentialite", "personnel"],
    }),
    (ClauseKind::Instructions, Cue {
        id: "heading-instructions",
        en: &["instructions", "processing on instructions", "documented instructions", "obligations of the processor", "processor obligations", "processor's obligations", "scope of processing", "processing of personal data"],
        fr: &["instructions", "obligations du sous-traitant", "traitement sur instruction*"],
    }),
    (ClauseKind::Assistance, Cue {
        id: "heading-assistance",
        en: &["assistance", "cooperation", "co-operation", "data protection impact assessment*", "dpia"],
        fr: &["assistance", "cooperation", "analyse* d'impact", "aipd"],
    }),
    (ClauseKind::Security, Cue {
        id: "heading-security",
        en: &["security", "security of processing", "data security", "information security"],
        fr: &["securite", "securite du traitement", "securite des donnees"],
    }),
    (ClauseKind::Liability, Cue {
        id: "heading-liability",
        en: &["liability", "indemnit*", "limitation of liability"],
        fr: &["responsabilite", "limitation de responsabilite", "indemnisation"],
    }),
    (ClauseKind::Term, Cue {
        id: "heading-term",
        en: &["term and termination", "term", "duration", "termination", "duration and termination", "governing law"],
        fr: &["duree", "duree et resiliation", "resiliation", "droit applicable", "entree en vigueur"],
    }),
    (ClauseKind::Definitions, Cue {
        id: "heading-definitions",
        en: &["definitions", "definitions and interpretation", "interpretation"],
        fr: &["definitions", "definitions et interpretation"],
    }),
    (ClauseKind::Parties, Cue { id: "heading-parties", en: &["parties", "the parties"], fr: &["parties", "entre les soussignes", "les parties"] }),
    (ClauseKind::SubjectMatter, Cue {
        id: "heading-subject-matter",
        en: &["subject matter", "scope", "purpose of this dpa", "scope and purpose", "purpose and scope", "object"],
        fr: &["objet", "objet du contrat", "objet de l'accord", "champ d'application"],
    }),
];

/// A heading that introduces an annex, schedule or appendix.
pub const ANNEX_HEADING: Cue = Cue {
    id: "annex-heading",
    en: &["annex*", "schedule*", "appendix*", "exhibit*", "attachment*"],
    fr: &["annexe*", "appendice*"],
};

/// Data or data subjects whose presence makes the processing high risk (language.md §2.1):
/// Art. 9 special categories, Art. 10 criminal data, identity and immigration documents,
/// nationality, residence or refugee status, minors, health and financial data.
pub const HIGH_RISK_DATA: Cue = Cue {
    id: "high-risk-data",
    en: &[
        "health*", "medical*", "genetic*", "biometric*", "racial*", "ethnic*", "political opinion*", "religio*", "philosophical belief*",
        "trade union*", "sex life", "sexual orientation", "criminal*", "offence*", "offense*", "conviction*", "passport*", "identity document*",
        "identity card*", "id card*", "national id*", "residence permit*", "visa*", "immigration*", "nationality", "nationalities", "citizenship",
        "residence status", "residence ground*", "residency status", "refugee*", "asylum*", "minor", "minors", "child", "children", "pupil*",
        "financial data", "bank account*", "bank detail*", "iban", "payment card*", "credit card*", "card number*", "social security*",
    ],
    fr: &[
        "sante", "medical*", "medicale*", "genetique*", "biometrique*", "origine raciale", "origine ethnique", "opinions politiques",
        "convictions religieuses", "religio*", "syndical*", "vie sexuelle", "orientation sexuelle", "penal*", "infraction*", "condamnation*",
        "passeport*", "piece* d'identite", "carte* d'identite", "titre* de sejour", "titre de sejour", "visa*", "immigration", "nationalite*",
        "statut de residence", "motif* de sejour", "droit au sejour", "refugie*", "asile", "demandeur* d'asile", "mineur*", "enfant*", "eleve*",
        "donnees financieres", "donnees bancaires", "compte* bancaire*", "rib", "iban", "carte* bancaire*", "carte* de paiement", "securite sociale",
        "numero de securite sociale", "nir",
    ],
};

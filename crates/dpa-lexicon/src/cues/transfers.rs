//! Cues for the transfer rules (GDPR Chapter V): sentences that send data to, store it in or
//! open access from a country, blanket permissions to transfer anywhere, the 2021/914 standard
//! contractual clauses, and transfer impact assessments. The mechanisms themselves are read by
//! the lexicon's mechanism parser.

use super::Cue;

/// A sentence that moves data to a place or says where it is processed or accessed from.
pub const TRANSFER_OR_LOCATION: Cue = Cue {
    id: "transfer-or-location",
    en: &[
        "transfer*",
        "processed in",
        "processes",
        "process",
        "stored in",
        "stores",
        "store",
        "hosted",
        "hosting",
        "hosts",
        "host",
        "located in",
        "based in",
        "established in",
        "access*",
        "remote access",
        "support from",
        "operates in",
        "operate in",
        "data centre*",
        "data center*",
        "delivery centre*",
        "delivery center*",
        "perform the services from",
        "performs the services from",
        "provide the services from",
        "provides the services from",
        // "Processing takes place within the EU … and partly in the USA"
        "takes place",
        "take place",
        "carried out in",
        "performed in",
        "partly in",
        "partially in",
    ],
    fr: &[
        "transfer*",
        "transfert*",
        "traite",
        "traitees",
        "traites",
        "traitee",
        "heberge*",
        "stocke*",
        "situe*",
        "etabli*",
        "accede*",
        "acces",
        "acces a distance",
        "centre de donnees",
        "centres de donnees",
        "execute les services depuis",
        "executent les services depuis",
        "fournit les services depuis",
        "fournissent les services depuis",
        "support depuis",
        "assistance depuis",
        "a lieu",
        "ont lieu",
        "se deroule",
        "se deroulent",
        "effectue en",
        "effectue aux",
        "effectues en",
        "effectues aux",
        "realise en",
        "realise aux",
        "en partie en",
        "en partie aux",
        "partiellement en",
        "partiellement aux",
    ],
};

/// A permission to transfer anywhere, naming no country.
pub const ANY_COUNTRY: Cue = Cue {
    id: "any-country",
    en: &[
        "any country",
        "any third country",
        "any jurisdiction",
        "anywhere",
        "any location",
        "any territory",
        "wherever",
    ],
    fr: &[
        "tout pays",
        "n'importe quel pays",
        "quelque pays que ce soit",
        "tout pays tiers",
        "ou que ce soit",
        "tout territoire",
    ],
};

/// The document saying no transfer takes place ("No personal data is transferred outside the
/// EEA", « Aucun transfert de données hors de l'Union n'est effectué »): clauses named for a
/// transfer that may come later carry none today.
pub const NO_TRANSFER_MADE: Cue = Cue {
    id: "no-transfer-made",
    en: &[
        "no transfer",
        "no transfers",
        "no personal data is transferred",
        "no personal data are transferred",
        "no data is transferred",
        "no customer data is transferred",
    ],
    fr: &[
        "aucun transfert",
        "aucune donnee n'est transferee",
        "aucune donnee personnelle n'est transferee",
        "aucune donnee a caractere personnel n'est transferee",
        "ne font l'objet d'aucun transfert",
    ],
};

/// Words that make a refusal to transfer a condition rather than a fact ("no transfer *without*
/// the Customer's consent", « aucun transfert *sans* autorisation »).
pub const TRANSFER_CONDITION: Cue = Cue {
    id: "transfer-condition",
    en: &["without", "unless", "except", "other than"],
    fr: &["sans", "sauf", "a moins", "hormis"],
};

/// Data going or processed beyond the Union ("may be processed outside of Switzerland or the
/// EU, such as in the United States", « traitées en dehors de l'Union »).
pub const OUTSIDE: Cue =
    Cue { id: "outside", en: &["outside"], fr: &["en dehors", "hors de", "hors ue", "hors union"] };

/// Transfers to countries without adequacy, named as a class ("a country not recognised as
/// providing an adequate level of protection", "a country other than the EEA or one found
/// adequate"): adequacy words there describe the destinations, never a decision relied on.
pub const NON_ADEQUATE_COUNTRIES: Cue = Cue {
    id: "non-adequate-countries",
    en: &[
        "not recognised as providing an adequate",
        "not recognized as providing an adequate",
        "not providing an adequate level",
        "does not provide an adequate level",
        "without an adequacy decision",
        "not subject to an adequacy decision",
        "not covered by an adequacy decision",
        "no adequacy decision",
        "not subject to an adequacy determination",
        "without an adequacy determination",
        "no adequacy determination",
        "not covered by an adequacy determination",
        "not been found to provide an adequate",
        "not found to provide an adequate",
        "not deemed to provide an adequate",
        "not deemed adequate",
        "not considered to provide an adequate",
        "not considered adequate",
        "does not ensure an adequate",
        "do not ensure an adequate",
        "do not provide an adequate",
        "not ensuring an adequate",
        "lacks an adequacy decision",
        "lack an adequacy decision",
        "non-adequate countr*",
        "inadequate countr*",
        "jurisdiction other than",
        "jurisdictions other than",
        "country other than",
        "countries other than",
    ],
    fr: &[
        "ne beneficiant pas d'une decision d'adequation",
        "ne beneficie pas d'une decision d'adequation",
        "sans decision d'adequation",
        "non reconnu comme assurant",
        "non reconnus comme assurant",
        "n'assurant pas un niveau de protection adequat",
        "n'assure pas un niveau de protection adequat",
        "ne faisant pas l'objet d'une decision d'adequation",
        "ne fait pas l'objet d'une decision d'adequation",
        "pays tiers non adequat*",
        "n'a pas ete reconnu comme offrant un niveau de protection adequat",
        "n'ont pas ete reconnus comme offrant un niveau de protection adequat",
        "qui n'offre pas un niveau de protection adequat",
        "qui n'offrent pas un niveau de protection adequat",
        "n'offrant pas un niveau de protection adequat",
        "n'assurent pas un niveau de protection adequat",
        "n'ayant pas fait l'objet d'une decision d'adequation",
        "non couvert par une decision d'adequation",
        "non couverts par une decision d'adequation",
        "pays non adequat*",
        "pays autre que",
        "pays autres que",
        "juridiction autre que",
    ],
};

/// The decisions whose standard contractual clauses Decision 2021/914 repealed (2001/497/EC,
/// 2004/915/EC, 2010/87/EU, without effect since 27 December 2022), as contracts cite them: by
/// number, CELEX number, notification number ("C(2010) 593") or date. Those clauses have no
/// modules either, so both the repealed clauses and the clauses without modules are read from
/// this one list.
pub const REPEALED_SCC_DECISIONS: Cue = Cue {
    id: "repealed-scc-decisions",
    en: &[
        "2010/87",
        "2004/915",
        "2001/497",
        "32010d0087",
        "c(2010)593",
        "c(2010) 593",
        "decision of february 5, 2010",
        "decision of 5 february 2010",
        "decision of 5th february 2010",
        "decision dated 5 february 2010",
        "decision dated february 5, 2010",
        "2010 standard contractual clauses",
    ],
    fr: &[
        "2010/87",
        "2004/915",
        "2001/497",
        "32010d0087",
        "c(2010)593",
        "c(2010) 593",
        "decision du 5 fevrier 2010",
        "decision de la commission du 5 fevrier 2010",
        "clauses contractuelles types de 2010",
        "clauses types de 2010",
    ],
};

/// The repealed clauses by the name they went by ("the Model Clauses").
pub const MODEL_CLAUSES: Cue = Cue { id: "model-clauses", en: &["model clauses"], fr: &[] };

/// Transfers beyond the EEA named as a class ("transfers to third countries", "sub-processors
/// outside the EEA", « transferts hors UE »): a mechanism stated for them covers each recipient
/// outside the EEA that states none of its own.
pub const BEYOND_THE_EEA: Cue = Cue {
    id: "beyond-the-eea",
    en: &[
        "third countr*",
        "outside the eea",
        "outside of the eea",
        "outside the eu",
        "outside of the eu",
        "outside the european economic area",
        "outside of the european economic area",
        "outside the european union",
        "outside of the european union",
        "outside the union",
        "out of the eea",
        "out of the eu",
        "out of the european economic area",
        "out of the european union",
        "beyond the eea",
        "beyond the eu",
        "non-eea",
        "non-eu",
        "international transfers",
        "cross-border transfers",
    ],
    fr: &[
        "pays tiers",
        "hors ue",
        "hors de l'ue",
        "hors eee",
        "hors de l'eee",
        "hors de l'union",
        "hors union",
        "hors de l'espace economique europeen",
        "en dehors de l'ue",
        "en dehors de l'eee",
        "en dehors de l'union",
        "en dehors de l'espace economique europeen",
        "transferts internationaux",
        "transfert international",
        "transferts transfrontaliers",
    ],
};

/// A reliance on the Data Privacy Framework that holds only for certified recipients ("EU-US Data
/// Privacy Framework (where certified)", « lorsque le prestataire y adhère »): the clauses named
/// with it carry the transfers to the others. Read with [`CONDITION`] in the same sentence.
pub const CERTIFICATION: Cue = Cue {
    id: "certification",
    en: &["certified", "self-certified", "certification", "participat*", "adhere*", "registered"],
    fr: &["certifie*", "certification", "adhere", "adherent*", "adherera", "inscrit*", "participe*"],
};

/// The clauses named as the fallback for whoever the Data Privacy Framework does not cover
/// ("where the Framework does not apply", "and/or the SCCs", « à défaut, les CCT »): they then
/// carry a transfer to the US on their own.
pub const FALLBACK_TO_CLAUSES: Cue = Cue {
    id: "fallback-to-clauses",
    en: &[
        "and/or",
        "does not apply",
        "do not apply",
        "not certified",
        "not self-certified",
        "not so certified",
        "failing which",
        "failing that",
        "failing such",
        "otherwise",
        "alternatively",
        "in the absence of",
        "absent such",
        "ceases to",
        "no longer",
        "fallback",
        "fall back",
    ],
    fr: &[
        "et/ou",
        "a defaut",
        "ne s'applique pas",
        "ne s'appliquerait pas",
        "non certifie*",
        "pas certifie*",
        "sinon",
        "en l'absence de",
        "cesse de",
        "n'est plus",
        "subsidiairement",
        "de repli",
    ],
};

/// Another mechanism offered beside the one named ("the SCCs or equivalent", « ou tout autre
/// mécanisme conforme »): the sentence promises some safeguard, not that one.
pub const ANOTHER_MECHANISM: Cue = Cue {
    id: "another-mechanism",
    en: &[
        "or equivalent",
        "or an equivalent",
        "or other",
        "or another",
        "or any other",
        "or such other",
        "or similar",
        "or comparable",
        "or alternative",
    ],
    fr: &[
        "ou equivalent*",
        "ou autre*",
        "ou un autre",
        "ou une autre",
        "ou tout autre",
        "ou toute autre",
        "ou d'autres",
    ],
};

/// The processor named together with its sub-processors ("the Processor (or any of its
/// Sub-processors)", « le Prestataire et ses sous-traitants ultérieurs »): the processor itself
/// is one of the importers, not only its sub-processors.
pub const WITH_ITS_SUB_PROCESSORS: Cue = Cue {
    id: "with-its-sub-processors",
    en: &[
        "or its sub-processor*",
        "or any of its sub-processor*",
        "and its sub-processor*",
        "and/or its sub-processor*",
        "or its subprocessor*",
        "or any of its subprocessor*",
        "and its subprocessor*",
        "and/or its subprocessor*",
    ],
    fr: &[
        "ou ses sous-traitants",
        "et ses sous-traitants",
        "et/ou ses sous-traitants",
        "ou l'un de ses sous-traitants",
        "ou de ses sous-traitants",
        "et de ses sous-traitants",
    ],
};

/// A condition ("where", "if", « lorsque », « si »).
pub const CONDITION: Cue = Cue {
    id: "condition",
    en: &["where", "if", "when", "to the extent", "insofar as", "provided that", "as applicable"],
    fr: &[
        "lorsque",
        "lorsqu'il",
        "lorsqu'elle",
        "lorsqu'ils",
        "si",
        "s'il",
        "s'ils",
        "dans la mesure ou",
        "le cas echeant",
    ],
};

/// Every transfer at once ("All transfers of personal data out of the EEA shall be governed by
/// the SCCs"): a mechanism stated so covers each recipient the document names elsewhere.
pub const ALL_TRANSFERS: Cue = Cue {
    id: "all-transfers",
    en: &["all transfers", "any transfer", "any transfers", "every transfer", "each transfer"],
    fr: &["tout transfert", "tous les transferts", "tous transferts", "l'ensemble des transferts", "chaque transfert"],
};

/// The Art. 28(7) clauses between controller and processor (Decision 2021/915): not transfer
/// clauses, and without modules, like those of [`REPEALED_SCC_DECISIONS`].
pub const ART_28_CLAUSES: Cue = Cue { id: "art-28-clauses", en: &["2021/915"], fr: &["2021/915"] };

/// The instruments that adapt the 2021/914 clauses to exports from the United Kingdom or from
/// Switzerland: their sentences set tables and references, not the module.
pub const UK_OR_SWISS_ADAPTATION: Cue = Cue {
    id: "uk-or-swiss-adaptation",
    en: &[
        "uk addendum",
        "uk sccs",
        "uk scc",
        "international data transfer addendum",
        "international data transfer agreement",
        "idta",
        "swiss law",
        "swiss fadp",
        "fadp",
        "federal act on data protection",
        "swiss data protection",
    ],
    fr: &[
        "addendum britannique",
        "addendum du royaume-uni",
        "addendum au royaume-uni",
        "uk addendum",
        "idta",
        "droit suisse",
        "lpd",
        "nlpd",
        "loi federale sur la protection des donnees",
    ],
};

/// A UK or Swiss origin qualifying the clauses right before or after their name ("UK-approved
/// Standard Contractual Clauses", "the ICO's standard contractual clauses", "standard contractual
/// clauses approved by the Swiss FDPIC", « clauses contractuelles types britanniques »): the UK
/// Addendum, the IDTA or the Swiss adaptation, which have no module.
pub const UK_OR_SWISS_ORIGIN: Cue = Cue {
    id: "uk-or-swiss-origin",
    en: &[
        "uk",
        "uk-approved",
        "united kingdom",
        "british",
        "ico",
        "ico's",
        "information commissioner*",
        "swiss",
        "switzerland",
        "fdpic",
    ],
    fr: &["royaume-uni", "britannique*", "ico", "suisse*", "pfpdt"],
};

/// The standard contractual clauses by any of their names, to find what [`UK_OR_SWISS_ORIGIN`]
/// qualifies.
pub const STANDARD_CLAUSES: Cue = Cue {
    id: "standard-clauses",
    en: &["standard contractual clauses", "standard data protection clauses", "scc", "sccs"],
    fr: &["clauses contractuelles types", "cct"],
};

/// A pair of roles as the 2021/914 modules are named by them ("Controller to Processor
/// Clauses", « module responsable du traitement à sous-traitant »): a module named by its roles.
pub const MODULE_ROLE_PAIRS: Cue = Cue {
    id: "module-role-pairs",
    en: &[
        "controller to controller",
        "controller to processor",
        "processor to processor",
        "processor to controller",
        "controller-to-controller",
        "controller-to-processor",
        "processor-to-processor",
        "processor-to-controller",
    ],
    fr: &[
        "responsable a responsable",
        "responsable a sous-traitant",
        "responsable du traitement a responsable du traitement",
        "responsable du traitement a sous-traitant",
        "responsable de traitement a responsable de traitement",
        "responsable de traitement a sous-traitant",
        "responsable vers responsable",
        "responsable vers sous-traitant",
        "responsable du traitement vers responsable du traitement",
        "responsable du traitement vers sous-traitant",
        "responsable de traitement vers sous-traitant",
        "sous-traitant a sous-traitant",
        "sous-traitant a responsable",
        "sous-traitant a responsable du traitement",
        "sous-traitant a responsable de traitement",
        "sous-traitant vers sous-traitant",
        "sous-traitant vers responsable",
        "sous-traitant vers responsable du traitement",
    ],
};

/// The words that name a set of clauses or one of its modules, next to the roles that
/// [`MODULE_ROLE_PAIRS`] gives.
pub const MODULE_OR_CLAUSES: Cue = Cue {
    id: "module-or-clauses",
    en: &["module", "modules", "clauses", "scc", "sccs", "terms"],
    fr: &["module", "modules", "clauses", "cct"],
};

/// The United Kingdom's own data protection law, under which exports from the UK use the IDTA or
/// the Addendum.
pub const UK_GDPR: Cue = Cue {
    id: "uk-gdpr",
    en: &["uk gdpr", "united kingdom general data protection regulation", "data protection act 2018"],
    fr: &["rgpd britannique", "rgpd du royaume-uni", "uk gdpr"],
};

/// The Commission's 2021 standard contractual clauses for transfers, cited by their decision.
pub const SCC_2021_914: Cue = Cue { id: "scc-2021-914", en: &["2021/914"], fr: &["2021/914"] };

/// A transfer impact assessment (Clause 14 of the 2021/914 clauses), named in words.
pub const TRANSFER_IMPACT_ASSESSMENT: Cue = Cue {
    id: "transfer-impact-assessment",
    en: &[
        "transfer impact assessment*",
        "data transfer impact assessment*",
        "transfer risk assessment*",
        "assessment of the laws and practices",
        "tia",
        "tias",
    ],
    fr: &[
        "analyse d'impact des transferts",
        "analyse d'impact sur les transferts",
        "analyse d'impact relative aux transferts",
        "analyses d'impact des transferts",
        "evaluation d'impact des transferts",
        "evaluation de l'impact des transferts",
        "evaluation des lois et pratiques",
    ],
};

/// The French acronym of a transfer impact assessment. It is also a verb form (`qu'il ait`), so
/// it counts only written in capitals, as a word of its own.
pub const TIA_ACRONYM_FR: &str = "AIT";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::FoldedText;

    const ALL: &[Cue] = &[
        TRANSFER_OR_LOCATION,
        ANY_COUNTRY,
        NON_ADEQUATE_COUNTRIES,
        OUTSIDE,
        REPEALED_SCC_DECISIONS,
        MODEL_CLAUSES,
        ALL_TRANSFERS,
        BEYOND_THE_EEA,
        CERTIFICATION,
        FALLBACK_TO_CLAUSES,
        ANOTHER_MECHANISM,
        WITH_ITS_SUB_PROCESSORS,
        CONDITION,
        ART_28_CLAUSES,
        UK_OR_SWISS_ADAPTATION,
        UK_GDPR,
        SCC_2021_914,
        TRANSFER_IMPACT_ASSESSMENT,
    ];

    #[test]
    fn phrases_are_folded() {
        super::super::assert_folded(ALL);
        assert_eq!(TIA_ACRONYM_FR, TIA_ACRONYM_FR.to_uppercase());
    }

    #[test]
    fn transfers_read_in_both_languages() {
        let matches = |cue: &Cue, text: &str| cue.matches(&FoldedText::new(text, 0));
        assert!(matches(&TRANSFER_OR_LOCATION, "Les données sont hébergées en Inde"));
        assert!(matches(&TRANSFER_OR_LOCATION, "support staff in India access Customer Data"));
        assert!(matches(&ANY_COUNTRY, "to any country in which they operate"));
        assert!(matches(&SCC_2021_914, "SCC 2021/914"));
        assert!(matches(&MODEL_CLAUSES, "governed by the Model Clauses executed in 2017"));
        assert!(matches(
            &NON_ADEQUATE_COUNTRIES,
            "to a country not recognised as providing an adequate level of protection"
        ));
        assert!(matches(&NON_ADEQUATE_COUNTRIES, "to a country that has not been found to provide an adequate level"));
        assert!(matches(&NON_ADEQUATE_COUNTRIES, "vers un pays qui n'offre pas un niveau de protection adéquat"));
        assert!(matches(&BEYOND_THE_EEA, "When data is transferred to sub-processors outside the EU:"));
        assert!(matches(&BEYOND_THE_EEA, "Pour les transferts vers des pays tiers, s'appliquent :"));
        assert!(matches(&REPEALED_SCC_DECISIONS, "the Annex to the Commission Decision of February 5, 2010"));
        assert!(matches(&REPEALED_SCC_DECISIONS, "annexées à la décision du 5 février 2010"));
        assert!(matches(&TRANSFER_IMPACT_ASSESSMENT, "une analyse d'impact des transferts a été réalisée"));
        assert!(matches(&TRANSFER_IMPACT_ASSESSMENT, "the TIA dated 2026-01-20"));
        assert!(matches(&FALLBACK_TO_CLAUSES, "the DPF and/or the SCCs"));
        assert!(matches(&ANOTHER_MECHANISM, "the SCCs or an equivalent safeguard"));
        assert!(matches(&WITH_ITS_SUB_PROCESSORS, "Where the Processor (or any of its Sub-processors) processes"));
        assert!(matches(&WITH_ITS_SUB_PROCESSORS, "le Prestataire et ses sous-traitants ultérieurs"));
        assert!(matches(&ANOTHER_MECHANISM, "les CCT ou tout autre mécanisme conforme"));
        assert!(matches(&FALLBACK_TO_CLAUSES, "certification au DPF et/ou CCT"));
        assert!(matches(&FALLBACK_TO_CLAUSES, "Where the Framework does not apply, the SCCs"));
        assert!(matches(&FALLBACK_TO_CLAUSES, "à défaut de certification, les CCT"));
    }
}

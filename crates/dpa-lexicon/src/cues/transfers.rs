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

/// Data going or processed beyond the Union ("may be processed outside of Switzerland or the
/// EU, such as in the United States", « traitées en dehors de l'Union »).
pub const OUTSIDE: Cue =
    Cue { id: "outside", en: &["outside"], fr: &["en dehors", "hors de", "hors ue", "hors union"] };

/// Transfers to countries without adequacy, named as a class ("a country not recognised as
/// providing an adequate level of protection").
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
    ],
};

/// The standard contractual clauses that Decision 2021/914 repealed (2001/497/EC, 2004/915/EC,
/// 2010/87/EU), without effect since 27 December 2022.
pub const REPEALED_SCC: Cue = Cue {
    id: "repealed-scc",
    en: &["model clauses", "2010/87", "2004/915", "2001/497", "2010 standard contractual clauses"],
    fr: &["clauses types de 2010", "clauses contractuelles types de 2010", "2010/87", "2004/915", "2001/497"],
};

/// Every transfer at once ("All transfers of personal data out of the EEA shall be governed by
/// the SCCs"): a mechanism stated so covers each recipient the document names elsewhere.
pub const ALL_TRANSFERS: Cue = Cue {
    id: "all-transfers",
    en: &["all transfers", "any transfer", "any transfers", "every transfer", "each transfer"],
    fr: &["tout transfert", "tous les transferts", "tous transferts", "l'ensemble des transferts", "chaque transfert"],
};

/// Clauses that have no modules: the repealed sets, and the Art. 28(7) clauses between
/// controller and processor (Decision 2021/915), which are not transfer clauses.
pub const SCC_WITHOUT_MODULES: Cue = Cue {
    id: "scc-without-modules",
    en: &["2010/87", "2004/915", "2001/497", "c(2010)593", "c(2010) 593", "2021/915"],
    fr: &["2010/87", "2004/915", "2001/497", "c(2010)593", "c(2010) 593", "2021/915"],
};

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
        REPEALED_SCC,
        ALL_TRANSFERS,
        SCC_WITHOUT_MODULES,
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
        assert!(matches(&REPEALED_SCC, "governed by the Model Clauses executed in 2017"));
        assert!(matches(
            &NON_ADEQUATE_COUNTRIES,
            "to a country not recognised as providing an adequate level of protection"
        ));
        assert!(matches(&TRANSFER_IMPACT_ASSESSMENT, "une analyse d'impact des transferts a été réalisée"));
        assert!(matches(&TRANSFER_IMPACT_ASSESSMENT, "the TIA dated 2026-01-20"));
    }
}

//! Transfer mechanisms (GDPR Chapter V): EEA, adequacy, SCC 2021/914 with its module, BCR, UK
//! IDTA or Addendum, EU-US Data Privacy Framework, Art. 49 derogations, and a transfer impact
//! assessment with its date. One value may name several.

use super::date::dates_from;
use super::numbers::number_at;
use super::tokens::{Scanned, Token, TokenKind};
use super::{Mechanism, MechanismKind, ValueError};
use crate::words::is_none_word;

const MECHANISM_EXAMPLES: &[&str] =
    &["EEA", "adequacy", "SCC 2021/914 Module 3", "BCR", "EU-US Data Privacy Framework", "CCT 2021/914 module 3"];

/// Phrases (folded) naming a mechanism. `SCC` entries give the module separately.
const MECHANISM_PHRASES: &[(&str, MechanismKind)] = &[
    ("data privacy framework", MechanismKind::Dpf),
    ("privacy framework", MechanismKind::Dpf),
    ("dpf", MechanismKind::Dpf),
    ("cadre de protection des donnees", MechanismKind::Dpf),
    ("adequa*", MechanismKind::Adequacy),
    ("art. 45", MechanismKind::Adequacy),
    ("article 45", MechanismKind::Adequacy),
    ("standard contractual clauses", MechanismKind::Scc { module: None }),
    ("standard data protection clauses", MechanismKind::Scc { module: None }),
    ("scc", MechanismKind::Scc { module: None }),
    ("sccs", MechanismKind::Scc { module: None }),
    ("clauses contractuelles types", MechanismKind::Scc { module: None }),
    ("cct", MechanismKind::Scc { module: None }),
    ("2021/914", MechanismKind::Scc { module: None }),
    ("binding corporate rules", MechanismKind::Bcr),
    ("bcr", MechanismKind::Bcr),
    ("bcrs", MechanismKind::Bcr),
    ("regles d'entreprise contraignantes", MechanismKind::Bcr),
    ("art. 47", MechanismKind::Bcr),
    ("article 47", MechanismKind::Bcr),
    ("idta", MechanismKind::UkIdta),
    ("international data transfer agreement", MechanismKind::UkIdta),
    ("international data transfer addendum", MechanismKind::UkIdta),
    ("addendum", MechanismKind::UkIdta),
    ("derogation*", MechanismKind::Derogation),
    ("art. 49", MechanismKind::Derogation),
    ("art.49", MechanismKind::Derogation),
    ("art 49", MechanismKind::Derogation),
    ("article 49", MechanismKind::Derogation),
    ("eea", MechanismKind::Eea),
    ("eee", MechanismKind::Eea),
    ("european economic area", MechanismKind::Eea),
    ("espace economique europeen", MechanismKind::Eea),
];

/// Words for the Union that mean "inside the EEA" only when nothing else is named: the `EU` in
/// `EU-US Data Privacy Framework` or `EU SCCs` is not a location.
const UNION_WORDS: &[&str] = &["eu", "ue", "european union", "union europeenne"];

/// "No mechanism" beyond the one-word forms of [`is_none_word`].
/// (`Not a Restricted Transfer` is the UK GDPR wording for a transfer that needs no mechanism.)
const NO_TRANSFER: &[&str] = &[
    "no transfer*",
    "aucun transfert",
    "not applicable",
    "sans objet",
    "not a restricted transfer",
    "no restricted transfer*",
];

const TIA_PHRASES: &[&str] = &[
    "tia",
    "transfer impact assessment*",
    "data transfer impact assessment*",
    "transfer risk assessment*",
    "analyse d'impact des transferts",
    "analyse d'impact sur les transferts",
    "analyse d'impact relative aux transferts",
    "evaluation d'impact des transferts",
    "evaluation de l'impact des transferts",
];

/// `AIT` is also a French verb form (`qu'il ait`), so it counts only in capitals.
const TIA_ACRONYM_FR: &str = "AIT";

const ROMAN_MODULES: &[(&str, u8)] = &[("i", 1), ("ii", 2), ("iii", 3), ("iv", 4)];

/// The SCC module after `Module`/`Modules`: `Module 3`, `module deux`, `Module Three`,
/// `Module III`; the first one when several are listed.
fn scc_module(tokens: &[Token]) -> Option<u8> {
    let at = tokens.iter().position(|token| token.is_word("module") || token.is_word("modules"))? + 1;
    let at =
        at + tokens[at..].iter().take_while(|token| token.kind == TokenKind::Symbol && !token.is_symbol('(')).count();
    let from_number = number_at(tokens, at)
        .map(|(value, _)| value)
        .filter(|value| (1.0..=4.0).contains(value) && value.fract() == 0.0)
        .map(|value| value as u8);
    from_number.or_else(|| {
        tokens
            .get(at)
            .and_then(|token| ROMAN_MODULES.iter().find(|(roman, _)| token.text == *roman))
            .map(|&(_, module)| module)
    })
}

/// Where a TIA is mentioned, as a folded byte offset of its end.
fn tia_end(scanned: &Scanned) -> Option<usize> {
    let by_phrase = TIA_PHRASES.iter().filter_map(|phrase| scanned.folded.find_phrase(phrase).first().copied());
    let by_acronym = scanned.folded.find_phrase("ait").into_iter().filter(|&(start, end)| {
        let (from, to) = scanned.folded.source_range(start, end);
        scanned.source.get(from..to) == Some(TIA_ACRONYM_FR)
    });
    by_phrase.chain(by_acronym).min().map(|(_, end)| end)
}

/// A `transfer-mechanism` value or a sub-processor table cell.
pub fn parse_mechanism(text: &str) -> Result<Mechanism, ValueError> {
    let scanned = Scanned::new(text);
    let tokens = scanned.tokens();
    let first_hit = |phrase: &str| scanned.folded.find_phrase(phrase).first().map(|&(start, _)| start);

    let mut named: Vec<(usize, MechanismKind)> =
        MECHANISM_PHRASES.iter().filter_map(|&(phrase, kind)| first_hit(phrase).map(|start| (start, kind))).collect();
    if named.is_empty() {
        named
            .extend(UNION_WORDS.iter().filter_map(|phrase| first_hit(phrase).map(|start| (start, MechanismKind::Eea))));
    }
    named.sort_by_key(|&(start, _)| start);
    let module = scc_module(&tokens);
    let mut kinds: Vec<MechanismKind> = Vec::new();
    for (_, kind) in named {
        let kind = match kind {
            MechanismKind::Scc { .. } => MechanismKind::Scc { module },
            other => other,
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }

    let tia_end = tia_end(&scanned);
    let tia_date = match tia_end {
        Some(end) => {
            let after = tokens.iter().position(|token| token.start >= end).unwrap_or(tokens.len());
            match dates_from(&tokens, after).into_iter().next() {
                Some((_, found)) if found.date.is_some() => found.date,
                Some((first, found)) => {
                    return Err(ValueError::BadDate {
                        text: scanned.source_text(&tokens, first, found.end).to_string(),
                    })
                }
                None => None,
            }
        }
        None => None,
    };

    if kinds.is_empty() {
        let none = is_none_word(text) || NO_TRANSFER.iter().any(|phrase| first_hit(phrase).is_some());
        if none {
            kinds.push(MechanismKind::None);
        } else if tia_end.is_none() {
            return Err(ValueError::Unrecognised { expected: MECHANISM_EXAMPLES });
        }
    }
    Ok(Mechanism { kinds, tia: tia_end.is_some(), tia_date })
}

#[cfg(test)]
mod tests {
    use super::super::parse_date;
    use super::*;

    fn kinds(text: &str) -> Vec<MechanismKind> {
        parse_mechanism(text).unwrap_or_else(|error| panic!("{text}: {error:?}")).kinds
    }

    const SCC_3: MechanismKind = MechanismKind::Scc { module: Some(3) };

    #[test]
    fn spec_examples() {
        assert_eq!(kinds("EEA"), [MechanismKind::Eea]);
        assert_eq!(kinds("EEE"), [MechanismKind::Eea]);
        assert_eq!(kinds("adequacy"), [MechanismKind::Adequacy]);
        assert_eq!(kinds("décision d'adéquation"), [MechanismKind::Adequacy]);
        assert_eq!(kinds("SCC 2021/914 Module 3"), [SCC_3]);
        assert_eq!(kinds("CCT 2021/914 module 3"), [SCC_3]);
        assert_eq!(kinds("BCR"), [MechanismKind::Bcr]);
        assert_eq!(kinds("règles d'entreprise contraignantes"), [MechanismKind::Bcr]);
        assert_eq!(kinds("UK IDTA"), [MechanismKind::UkIdta]);
        assert_eq!(kinds("UK Addendum"), [MechanismKind::UkIdta]);
        assert_eq!(kinds("EU-US Data Privacy Framework"), [MechanismKind::Dpf]);
        assert_eq!(kinds("DPF"), [MechanismKind::Dpf]);
        assert_eq!(kinds("cadre de protection des données UE-États-Unis"), [MechanismKind::Dpf]);
        assert_eq!(kinds("Art. 49 derogation"), [MechanismKind::Derogation]);
        assert_eq!(kinds("dérogation (article 49)"), [MechanismKind::Derogation]);
    }

    #[test]
    fn union_words_count_only_alone() {
        assert_eq!(kinds("EU"), [MechanismKind::Eea]);
        assert_eq!(kinds("UE"), [MechanismKind::Eea]);
        assert_eq!(kinds("EU SCCs"), [MechanismKind::Scc { module: None }]);
    }

    #[test]
    fn scc_modules_in_words_and_numbers() {
        assert_eq!(kinds("Standard Contractual Clauses, Module Two"), [MechanismKind::Scc { module: Some(2) }]);
        assert_eq!(kinds("clauses contractuelles types, module deux"), [MechanismKind::Scc { module: Some(2) }]);
        assert_eq!(kinds("SCCs (Module III)"), [SCC_3]);
        assert_eq!(kinds("SCC Module: 4"), [MechanismKind::Scc { module: Some(4) }]);
        assert_eq!(kinds("SCC Modules 2 and 3"), [MechanismKind::Scc { module: Some(2) }]);
        assert_eq!(kinds("SCC 2021/914"), [MechanismKind::Scc { module: None }]);
        assert_eq!(kinds("SCC module 7"), [MechanismKind::Scc { module: None }]);
    }

    #[test]
    fn several_mechanisms_in_one_value() {
        assert_eq!(kinds("SCC 2021/914 Module 3 with UK Addendum"), [SCC_3, MechanismKind::UkIdta]);
        assert_eq!(kinds("DPF, or SCCs as a fallback"), [MechanismKind::Dpf, MechanismKind::Scc { module: None }]);
    }

    #[test]
    fn none_means_no_mechanism() {
        for text in ["None", "Aucun", "N/A", "n/a", "aucune", "No transfer", "sans objet", "Not a Restricted Transfer"]
        {
            assert_eq!(kinds(text), [MechanismKind::None], "{text}");
        }
        assert_eq!(kinds("None (EEA)"), [MechanismKind::Eea], "a named mechanism wins");
    }

    #[test]
    fn transfer_impact_assessments() {
        let english = parse_mechanism("SCC 2021/914 Module 3, TIA dated 2025-01-15").unwrap();
        assert_eq!(english, Mechanism { kinds: vec![SCC_3], tia: true, tia_date: parse_date("2025-01-15") });
        let french = parse_mechanism("CCT 2021/914 module 3, AIT du 15/01/2025").unwrap();
        assert_eq!(french, Mechanism { kinds: vec![SCC_3], tia: true, tia_date: parse_date("2025-01-15") });
        assert!(parse_mechanism("IDTA and transfer risk assessment").unwrap().tia, "the UK name for a TIA");
        let undated = parse_mechanism("SCCs + transfer impact assessment").unwrap();
        assert_eq!((undated.tia, undated.tia_date), (true, None));
        assert!(!parse_mechanism("SCC 2021/914 Module 3").unwrap().tia);
        assert!(!parse_mechanism("CCT, pourvu qu'il ait signé").unwrap().tia, "`ait` in lower case is a verb");
        assert_eq!(
            parse_mechanism("SCC, TIA dated 2025-02-30"),
            Err(ValueError::BadDate { text: "2025-02-30".to_string() })
        );
        assert_eq!(parse_mechanism("TIA (2025-01-15)").map(|mechanism| mechanism.kinds), Ok(vec![]));
    }

    #[test]
    fn unrecognised_values() {
        for text in ["Privacy Shield", "contract", ""] {
            assert_eq!(parse_mechanism(text), Err(ValueError::Unrecognised { expected: MECHANISM_EXAMPLES }), "{text}");
        }
    }
}

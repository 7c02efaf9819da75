//! Countries: ISO 3166-1 alpha-2 codes and English or French names (`IN`, `India`, `Inde`), EEA
//! membership, and adequacy from the dated table.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::country_names::{CountryRow, CODE_ALIASES, COUNTRIES, EUROPEAN_UNION};
use super::tables::{AdequacyRow, AdequacyScope, ADEQUACY, CHECKED_ON, EEA};
use super::tokens::{tokenize, Scanned, Token, TokenKind};
use super::{Country, Date, FactValue};
use crate::fold::fold;
use crate::lang::Lang;

/// Symbols that end a country name in a list: `Germany, France`, `DE / US`, `India (Pune)`.
const LIST_BREAKS: &[char] = &[',', ';', '/', '(', ')', '&', '+', '|'];

/// Articles dropped before a name written alone (`the Netherlands`, `la France`, `l'Inde`).
const ARTICLES: &[&str] = &["the", "le", "la", "les", "l"];

struct NameIndex {
    by_name: HashMap<String, Country>,
    /// The first word of every name: most words of a text start none, and are passed at once.
    first_words: HashSet<String>,
    longest: usize,
}

fn is_name_part(token: &Token) -> bool {
    token.kind != TokenKind::Symbol
}

/// The lookup key of a name: its folded words joined by single spaces, other symbols dropped,
/// so `U.S.`, `Côte d’Ivoire` and `Bosnia-Herzegovina` compare by their words.
fn key(tokens: &[Token]) -> String {
    tokens.iter().filter(|token| is_name_part(token)).map(|token| token.text).collect::<Vec<_>>().join(" ")
}

fn rows() -> impl Iterator<Item = &'static CountryRow> {
    COUNTRIES.iter().chain(std::iter::once(&EUROPEAN_UNION))
}

fn code_of(code: &str) -> Country {
    let bytes = code.as_bytes();
    Country([bytes[0], bytes[1]])
}

fn name_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_name = HashMap::new();
        let mut longest = 0;
        for &(code, english, french, others) in rows() {
            for name in [english, french].into_iter().chain(others.iter().copied()) {
                let folded = fold(name);
                let tokens = tokenize(&folded);
                longest = longest.max(tokens.len());
                by_name.insert(key(&tokens), code_of(code));
            }
        }
        let first_words = by_name.keys().filter_map(|name| name.split(' ').next()).map(str::to_string).collect();
        NameIndex { by_name, first_words, longest }
    })
}

impl Country {
    /// The country for an ISO 3166-1 alpha-2 code in any case, `EU`, or a common alias (`UK`
    /// for GB, `EL` for Greece).
    pub fn from_code(code: &str) -> Option<Country> {
        let upper = code.trim().to_ascii_uppercase();
        let canonical =
            CODE_ALIASES.iter().find(|(alias, _)| *alias == upper).map_or(upper.as_str(), |&(_, code)| code);
        rows().find(|row| row.0 == canonical).map(|row| code_of(row.0))
    }

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    fn row(&self) -> Option<&'static CountryRow> {
        rows().find(|row| row.0.as_bytes() == self.0)
    }

    /// The common short name in `lang`; the code itself for a code that is not in ISO 3166-1.
    pub fn name(&self, lang: Lang) -> &str {
        match (self.row(), lang) {
            (Some(row), Lang::En) => row.1,
            (Some(row), Lang::Fr) => row.2,
            (None, _) => self.code(),
        }
    }

    /// Inside the EEA, where GDPR applies and no transfer mechanism is needed.
    pub fn is_eea(&self) -> bool {
        EEA.contains(&self.code())
    }

    /// The adequacy decision in force for this country on `on` (the tables' date when `None`),
    /// whatever its scope. The United States has a row whose scope is certified organisations
    /// only (EU-US Data Privacy Framework).
    pub fn adequacy(&self, on: Option<Date>) -> Option<&'static AdequacyRow> {
        let on = on.unwrap_or(CHECKED_ON);
        ADEQUACY
            .iter()
            .find(|row| row.country == self.code() && row.since <= on && row.until.is_none_or(|until| on <= until))
    }

    /// Whether transfers to this country are covered by an adequacy decision on `on` without
    /// more: true for whole-country decisions and Canada's commercial-organisation decision,
    /// false for the United States, whose decision covers only certified organisations.
    pub fn has_adequacy(&self, on: Option<Date>) -> bool {
        self.adequacy(on).is_some_and(|row| row.scope != AdequacyScope::CertifiedOrganisationsOnly)
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Country::from_code(&code).ok_or_else(|| serde::de::Error::custom(format!("not a country code: {code}")))
    }
}

/// Whether the token at `index` stands on its own: nothing or a symbol on both sides.
fn stands_alone(tokens: &[Token], index: usize) -> bool {
    let apart = |token: Option<&Token>| token.is_none_or(|token| token.kind == TokenKind::Symbol);
    apart(index.checked_sub(1).and_then(|before| tokens.get(before))) && apart(tokens.get(index + 1))
}

/// The longest country name starting at token `at`, within one list item.
fn name_at(tokens: &[Token], at: usize) -> Option<(Country, usize)> {
    let index = name_index();
    if !tokens.get(at).is_some_and(|token| is_name_part(token) && index.first_words.contains(token.text)) {
        return None;
    }
    let mut best = None;
    let mut words = 0;
    // The key of the tokens read so far, grown a word at a time (see [`key`]).
    let mut name = String::new();
    for (offset, token) in tokens[at..].iter().enumerate() {
        if LIST_BREAKS.iter().any(|&symbol| token.is_symbol(symbol)) || words >= index.longest {
            break;
        }
        if !is_name_part(token) {
            continue;
        }
        words += 1;
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(token.text);
        if let Some(&country) = index.by_name.get(&name) {
            best = Some((country, at + offset + 1));
        }
    }
    best
}

/// Every country named in `text`, in order, once each: names in English or French, and codes
/// written in capitals on their own (`DE, US`, `Ireland (EU)`). A code glued to other words
/// (`Duval SA`) is not read as a country.
pub fn parse_countries(text: &str) -> Vec<Country> {
    let scanned = Scanned::new(text);
    let tokens = scanned.tokens();
    let mut found: Vec<Country> = Vec::new();
    let mut index = 0;
    while index < tokens.len() {
        let (country, end) = match name_at(&tokens, index) {
            Some(named) => named,
            None => {
                let token = &tokens[index];
                let written = scanned.source_of(token);
                let code = (token.kind == TokenKind::Word
                    && written.len() == 2
                    && written.chars().all(|ch| ch.is_ascii_uppercase())
                    && stands_alone(&tokens, index))
                .then(|| Country::from_code(written))
                .flatten();
                match code {
                    Some(country) => (country, index + 1),
                    None => {
                        index += 1;
                        continue;
                    }
                }
            }
        };
        if !found.contains(&country) {
            found.push(country);
        }
        index = end;
    }
    found
}

/// A country written alone, as a code in any case or a name (`FR`, `in`, `Inde`, `the
/// Netherlands`), and nothing else.
pub(crate) fn exact_country(text: &str) -> Option<Country> {
    let folded = fold(text);
    let mut tokens = tokenize(&folded);
    while tokens.last().is_some_and(|token| token.is_symbol('.')) && tokens.len() > 1 {
        tokens.pop();
    }
    let first_word =
        tokens.iter().position(|token| !ARTICLES.contains(&token.text) && token.kind != TokenKind::Symbol).unwrap_or(0);
    let whole = &tokens[first_word..];
    if let [only] = whole {
        if let Some(country) = Country::from_code(only.text) {
            return Some(country);
        }
    }
    name_index().by_name.get(&key(whole)).copied()
}

/// A country written alone (see [`exact_country`]); for longer text, the first country
/// [`parse_countries`] finds (`India (Bangalore)`, `Bangalore, India`).
pub fn parse_country(text: &str) -> Option<Country> {
    exact_country(text).or_else(|| parse_countries(text).first().copied())
}

/// Adjectives naming a country's law: `French law`, `droit français`, `laws of England`.
const LAW_ADJECTIVES: &[(&str, &str)] = &[
    ("french", "FR"),
    ("francais", "FR"),
    ("francaise", "FR"),
    ("english", "GB"),
    ("anglais", "GB"),
    ("anglaise", "GB"),
    ("scots", "GB"),
    ("german", "DE"),
    ("allemand", "DE"),
    ("allemande", "DE"),
    ("irish", "IE"),
    ("irlandais", "IE"),
    ("irlandaise", "IE"),
    ("belgian", "BE"),
    ("belge", "BE"),
    ("luxembourgish", "LU"),
    ("luxembourgeois", "LU"),
    ("luxembourgeoise", "LU"),
    ("dutch", "NL"),
    ("neerlandais", "NL"),
    ("neerlandaise", "NL"),
    ("spanish", "ES"),
    ("espagnol", "ES"),
    ("espagnole", "ES"),
    ("italian", "IT"),
    ("italien", "IT"),
    ("italienne", "IT"),
    ("swiss", "CH"),
    ("suisse", "CH"),
    ("austrian", "AT"),
    ("autrichien", "AT"),
    ("autrichienne", "AT"),
    ("swedish", "SE"),
    ("suedois", "SE"),
    ("suedoise", "SE"),
    ("danish", "DK"),
    ("danois", "DK"),
    ("danoise", "DK"),
    ("polish", "PL"),
    ("polonais", "PL"),
    ("polonaise", "PL"),
    ("portuguese", "PT"),
    ("portugais", "PT"),
    ("portugaise", "PT"),
];

const LAW_WORDS: &[&str] = &["law", "laws", "droit", "loi", "lois", "legislation"];

/// A `governing-law` value: the country when one is named (`France`, `the laws of Ireland`,
/// `droit français`), else the text as written. Never an error: a jurisdiction such as `the
/// State of New York` is kept as text.
pub fn parse_jurisdiction(text: &str) -> FactValue {
    let folded = fold(text);
    let tokens = tokenize(&folded);
    let about_law = tokens.iter().any(|token| LAW_WORDS.contains(&token.text));
    let adjective = tokens
        .iter()
        .filter(|_| about_law)
        .find_map(|token| LAW_ADJECTIVES.iter().find(|(word, _)| *word == token.text))
        .and_then(|&(_, code)| Country::from_code(code));
    match parse_country(text).or(adjective) {
        Some(country) => FactValue::Country(country),
        None => FactValue::Text(text.trim().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<String> {
        parse_country(text).map(|country| country.code().to_string())
    }

    #[test]
    fn every_iso_code_parses_and_has_names() {
        assert_eq!(COUNTRIES.len(), 249);
        for &(iso, english, french, _) in COUNTRIES {
            let country = Country::from_code(iso).unwrap_or_else(|| panic!("{iso}"));
            assert_eq!(country.code(), iso);
            assert_eq!(country.name(Lang::En), english);
            assert_eq!(country.name(Lang::Fr), french);
            assert_eq!(code(english).as_deref(), Some(iso), "{english}");
            assert_eq!(code(french).as_deref(), Some(iso), "{french}");
            assert_eq!(code(&iso.to_lowercase()).as_deref(), Some(iso));
        }
        let codes: Vec<&str> = COUNTRIES.iter().map(|row| row.0).collect();
        assert!(codes.windows(2).all(|pair| pair[0] < pair[1]), "sorted, unique");
    }

    #[test]
    fn names_and_variants() {
        for (text, expected) in [
            ("Inde", "IN"),
            ("India", "IN"),
            ("Allemagne", "DE"),
            ("United States of America", "US"),
            ("USA", "US"),
            ("U.S.", "US"),
            ("US", "US"),
            ("États-Unis", "US"),
            ("Etats-Unis", "US"),
            ("Royaume-Uni", "GB"),
            ("UK", "GB"),
            ("the United Kingdom", "GB"),
            ("England and Wales", "GB"),
            ("EL", "GR"),
            ("South Korea", "KR"),
            ("Corée du Sud", "KR"),
            ("Republic of Korea", "KR"),
            ("the Netherlands", "NL"),
            ("Pays-Bas", "NL"),
            ("Türkiye", "TR"),
            ("Turkey", "TR"),
            ("Turquie", "TR"),
            ("UAE", "AE"),
            ("Émirats arabes unis", "AE"),
            ("Maurice", "MU"),
            ("Mauritius", "MU"),
            ("Côte d’Ivoire", "CI"),
            ("Bosnia and Herzegovina", "BA"),
            ("Viet Nam", "VN"),
            ("Suisse", "CH"),
            ("Russian Federation", "RU"),
            ("European Union", "EU"),
            ("Union européenne", "EU"),
            ("UE", "EU"),
            ("India (Bangalore)", "IN"),
            ("Bangalore, India", "IN"),
            ("l'Inde", "IN"),
        ] {
            assert_eq!(code(text).as_deref(), Some(expected), "{text}");
        }
        for text in ["", "Atlantis", "XX", "Duval SA", "EEA", "New York"] {
            assert_eq!(code(text), None, "{text}");
        }
    }

    #[test]
    fn lists_of_countries() {
        let codes =
            |text: &str| parse_countries(text).iter().map(|country| country.code().to_string()).collect::<Vec<_>>();
        assert_eq!(codes("Germany, France and the United States"), ["DE", "FR", "US"]);
        assert_eq!(codes("DE / US"), ["DE", "US"]);
        assert_eq!(codes("Ireland (EU)"), ["IE", "EU"]);
        assert_eq!(codes("Trinidad and Tobago"), ["TT"]);
        assert_eq!(codes("Allemagne et Inde"), ["DE", "IN"]);
        assert_eq!(codes("hosted in Ireland"), ["IE"], "`in` in lower case is a word");
        assert_eq!(codes("Boulangeries Duval SA"), Vec::<String>::new());
        assert_eq!(codes("US, US"), ["US"]);
    }

    #[test]
    fn eea_membership() {
        let eea = |text: &str| parse_country(text).is_some_and(|country| country.is_eea());
        for text in ["FR", "Germany", "Norway", "Iceland", "Liechtenstein", "Réunion", "EU", "Croatia"] {
            assert!(eea(text), "{text}");
        }
        for text in ["GB", "Switzerland", "US", "India", "Faroe Islands", "Greenland"] {
            assert!(!eea(text), "{text}");
        }
    }

    #[test]
    fn adequacy_is_dated() {
        let country = |code: &str| Country::from_code(code).unwrap();
        let on = |text: &str| super::super::parse_date(text);
        for code in ["AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY", "BR"] {
            assert!(country(code).has_adequacy(None), "{code}");
        }
        assert!(!country("IN").has_adequacy(None));
        assert!(!country("US").has_adequacy(None), "DPF covers certified organisations only");
        assert_eq!(country("US").adequacy(None).map(|row| row.scope), Some(AdequacyScope::CertifiedOrganisationsOnly));
        assert_eq!(country("CA").adequacy(None).map(|row| row.scope), Some(AdequacyScope::CommercialOrganisations));
        assert!(!country("JP").has_adequacy(on("2018-12-31")), "before the decision");
        assert!(country("JP").has_adequacy(on("2019-01-23")));
        assert!(!country("BR").has_adequacy(on("2025-12-31")));
        assert!(country("GB").has_adequacy(on("2031-12-27")));
        assert!(!country("GB").has_adequacy(on("2031-12-28")), "after the sunset");
        assert!(!country("FR").has_adequacy(None), "EEA members need no adequacy");
    }

    #[test]
    fn serialises_as_its_code() {
        let india = Country::from_code("in").unwrap();
        assert_eq!(serde_json::to_string(&india).unwrap(), "\"IN\"");
        assert_eq!(serde_json::from_str::<Country>("\"uk\"").unwrap().code(), "GB");
        assert!(serde_json::from_str::<Country>("\"ZZ\"").is_err());
        assert_eq!(india.to_string(), "IN");
        assert_eq!(Country(*b"ZZ").name(Lang::Fr), "ZZ");
        assert_eq!(Country([0xff, 0]).code(), "??");
    }

    #[test]
    fn jurisdictions() {
        let law = |text: &str| match parse_jurisdiction(text) {
            FactValue::Country(country) => country.code().to_string(),
            FactValue::Text(text) => format!("text: {text}"),
            other => format!("{other:?}"),
        };
        assert_eq!(law("France"), "FR");
        assert_eq!(law("the laws of Ireland"), "IE");
        assert_eq!(law("French law"), "FR");
        assert_eq!(law("droit français"), "FR");
        assert_eq!(law("laws of England and Wales"), "GB");
        assert_eq!(law("the State of New York"), "text: the State of New York");
        assert_eq!(law("French"), "text: French", "an adjective alone is not a jurisdiction");
    }
}

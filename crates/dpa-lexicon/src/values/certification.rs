//! Certifications and attestations: ISO/IEC 27001, 27017, 27018, 27701 with their edition,
//! SOC 2 Type I/II, PCI DSS, HDS, SecNumCloud, BSI C5, CSA STAR, each with an optional
//! `valid until DATE` / `valable jusqu'au DATE`.

use std::sync::OnceLock;

use super::date::{date_at, DateMatch};
use super::tables::EDITION_SUNSETS;
use super::tokens::{match_any, match_phrase, tokenize, Scanned, Token, TokenKind};
use super::{CertScheme, Certification, Date, Located, ValueError};

/// ISO/IEC standards that are security or privacy certifications.
const ISO_STANDARDS: &[(u32, CertScheme)] = &[
    (27001, CertScheme::Iso27001),
    (27017, CertScheme::Iso27017),
    (27018, CertScheme::Iso27018),
    (27701, CertScheme::Iso27701),
];

/// Spelled-out scheme names (folded).
const SCHEME_PHRASES: &[(&str, CertScheme)] = &[
    ("hebergeur de donnees de sante", CertScheme::Hds),
    ("hebergement de donnees de sante", CertScheme::Hds),
    ("health data hosting", CertScheme::Hds),
    ("hds", CertScheme::Hds),
    ("secnumcloud", CertScheme::SecNumCloud),
    ("secnum cloud", CertScheme::SecNumCloud),
    ("csa star", CertScheme::CsaStar),
    ("pci dss", CertScheme::PciDss),
    ("pci-dss", CertScheme::PciDss),
    ("bsi c5", CertScheme::C5),
    ("c5", CertScheme::C5),
];

/// Words before the end date of a certificate.
const VALID_UNTIL: &[&str] = &[
    "valid until",
    "valid till",
    "valid through",
    "valid thru",
    "valid up to",
    "valid to",
    "expiring on",
    "expiring",
    "expires on",
    "expires",
    "expiry date",
    "expiry",
    "expiration date",
    "expiration",
    "until",
    "valable jusqu'au",
    "valable jusqu'a",
    "valide jusqu'au",
    "valide jusqu'a",
    "jusqu'au",
    "jusqu'a",
    "expire le",
    "expirant le",
    "date d'expiration",
    "date d'echeance",
];

/// Words between `valid until` and the date: `expires on: 30 November 2026`, `jusqu'au le`.
const DATE_LEAD_INS: &[&str] = &[":", "on", "the", "le"];

const SOC_TYPES: &[(&str, bool)] =
    &[("i", false), ("1", false), ("one", false), ("ii", true), ("2", true), ("two", true)];

impl CertScheme {
    /// The scheme's usual name: `ISO/IEC 27001`, `SOC 2 Type II`, `SecNumCloud`.
    pub fn label(&self) -> &str {
        match self {
            CertScheme::Iso27001 => "ISO/IEC 27001",
            CertScheme::Iso27017 => "ISO/IEC 27017",
            CertScheme::Iso27018 => "ISO/IEC 27018",
            CertScheme::Iso27701 => "ISO/IEC 27701",
            CertScheme::Soc2 => "SOC 2",
            CertScheme::Soc2Type1 => "SOC 2 Type I",
            CertScheme::Soc2Type2 => "SOC 2 Type II",
            CertScheme::PciDss => "PCI DSS",
            CertScheme::Hds => "HDS",
            CertScheme::SecNumCloud => "SecNumCloud",
            CertScheme::C5 => "BSI C5",
            CertScheme::CsaStar => "CSA STAR",
            CertScheme::Other(name) => name,
        }
    }

    pub fn is_iso(&self) -> bool {
        matches!(self, CertScheme::Iso27001 | CertScheme::Iso27017 | CertScheme::Iso27018 | CertScheme::Iso27701)
    }
}

impl Certification {
    /// The last day the certificate can be relied on: its own end date, or the day its edition
    /// stopped being valid (ISO/IEC 27001:2013 after 31 October 2025), whichever is earlier.
    pub fn expires_on(&self) -> Option<Date> {
        let sunset = EDITION_SUNSETS
            .iter()
            .find(|sunset| sunset.scheme == self.scheme && self.edition.as_deref() == Some(sunset.edition))
            .map(|sunset| sunset.last_valid);
        match (self.valid_until, sunset) {
            (Some(until), Some(sunset)) => Some(until.min(sunset)),
            (until, sunset) => until.or(sunset),
        }
    }
}

fn is_symbol(tokens: &[Token], index: usize, symbol: char) -> bool {
    tokens.get(index).is_some_and(|token| token.is_symbol(symbol))
}

/// A four-digit year after a scheme: `:2022`, `(2022)`, `version 2022`, `édition 2013`.
fn edition_year(tokens: &[Token], index: usize) -> Option<(String, usize)> {
    let year = |at: usize| tokens.get(at).filter(|token| token.kind == TokenKind::Number && token.text.len() == 4);
    if is_symbol(tokens, index, ':') {
        return year(index + 1).map(|token| (token.text.to_string(), index + 2));
    }
    if is_symbol(tokens, index, '(') && is_symbol(tokens, index + 2, ')') {
        return year(index + 1).map(|token| (token.text.to_string(), index + 3));
    }
    let after_word = match_any(tokens, index, &["version", "edition"])?;
    year(after_word).map(|token| (token.text.to_string(), after_word + 1))
}

/// A dotted version after a scheme: `v4.0`, `4.0.1`, `3.2`.
fn dotted_version(tokens: &[Token], index: usize) -> Option<(String, usize)> {
    let mut at = index;
    if tokens.get(at).is_some_and(|token| token.is_word("v") || token.is_word("version")) {
        at += 1;
    }
    let first = tokens.get(at).filter(|token| token.kind == TokenKind::Number)?;
    let mut version = first.text.to_string();
    let mut end = at + 1;
    while let (Some(dot), Some(part)) = (tokens.get(end), tokens.get(end + 1)) {
        let next_part = dot.is_symbol('.') && !dot.spaced && part.kind == TokenKind::Number && !part.spaced;
        if !next_part {
            break;
        }
        version.push('.');
        version.push_str(part.text);
        end += 2;
    }
    version.contains('.').then_some((version, end))
}

/// `ISO/IEC 27001:2022`, `ISO 27001`, `ISO27701`, or a bare `27001`.
fn iso_at(tokens: &[Token], at: usize) -> Option<(CertScheme, Option<String>, usize)> {
    let mut index = at;
    let prefixed = tokens.get(index).is_some_and(|token| token.is_word("iso"));
    if prefixed {
        index += 1;
        if is_symbol(tokens, index, '/') || is_symbol(tokens, index, '-') {
            index += 1;
        }
        if tokens.get(index).is_some_and(|token| token.is_word("iec") || token.is_word("cei")) {
            index += 1;
        }
    }
    let number = tokens.get(index).filter(|token| token.kind == TokenKind::Number)?;
    let value = number.number()?;
    let scheme = match ISO_STANDARDS.iter().find(|(standard, _)| *standard == value) {
        Some((_, scheme)) => scheme.clone(),
        None if prefixed => CertScheme::Other(format!("ISO {value}")),
        None => return None,
    };
    match edition_year(tokens, index + 1) {
        Some((edition, end)) => Some((scheme, Some(edition), end)),
        None => Some((scheme, None, index + 1)),
    }
}

/// `SOC 2 Type II`, `SOC2 Type 2`, `rapport SOC 2 de type II`, `SOC 2`.
fn soc_at(tokens: &[Token], at: usize) -> Option<(CertScheme, Option<String>, usize)> {
    if !tokens.get(at).is_some_and(|token| token.is_word("soc")) {
        return None;
    }
    let mut index = at + 1;
    if is_symbol(tokens, index, '-') {
        index += 1;
    }
    let level = tokens.get(index)?.number()?;
    if level != 2 {
        return Some((CertScheme::Other(format!("SOC {level}")), None, index + 1));
    }
    let after_level = index + 1;
    let type_word = match_any(tokens, after_level, &["type", "de type"]);
    let kind = type_word.and_then(|at| {
        let at = if is_symbol(tokens, at, '-') { at + 1 } else { at };
        let token = tokens.get(at)?;
        SOC_TYPES.iter().find(|(word, _)| token.text == *word).map(|&(_, two)| (two, at + 1))
    });
    Some(match kind {
        Some((true, end)) => (CertScheme::Soc2Type2, None, end),
        Some((false, end)) => (CertScheme::Soc2Type1, None, end),
        None => (CertScheme::Soc2, None, after_level),
    })
}

fn named_scheme_at(tokens: &[Token], at: usize) -> Option<(CertScheme, Option<String>, usize)> {
    let (scheme, end) = SCHEME_PHRASES
        .iter()
        .find_map(|(phrase, scheme)| match_phrase(tokens, at, phrase).map(|end| (scheme.clone(), end)))?;
    let edition = match scheme {
        CertScheme::PciDss | CertScheme::SecNumCloud => dotted_version(tokens, end),
        CertScheme::C5 => edition_year(tokens, end),
        CertScheme::CsaStar => match_any(tokens, end, &["level"])
            .and_then(|at| tokens.get(at).and_then(Token::number).map(|level| (format!("Level {level}"), at + 1))),
        _ => None,
    };
    Some(match edition {
        Some((edition, end)) => (scheme, Some(edition), end),
        None => (scheme, None, end),
    })
}

/// The end date after `valid until` at `at`, skipping `:`/`on`/`le`.
fn validity_at(tokens: &[Token], at: usize) -> Option<(usize, DateMatch)> {
    let mut index = match_any(tokens, at, VALID_UNTIL)?;
    while tokens.get(index).is_some_and(|token| DATE_LEAD_INS.contains(&token.text)) {
        index += 1;
    }
    date_at(tokens, index).map(|found| (index, found))
}

/// What a scan found: certifications with token ranges, and end dates whose day does not exist.
struct ScanResult {
    found: Vec<(Certification, usize, usize)>,
    bad_date: Option<(usize, usize)>,
}

/// Whether a scheme or validity phrase may start at `token`: a number (a bare `27001`) or the
/// first word of one of them. Phrases match from their first token exactly, so the scan skips
/// every other token (most of a contract) without trying each table.
fn may_start_phrase(token: &Token) -> bool {
    static LEAD_WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let lead_words = LEAD_WORDS.get_or_init(|| {
        let phrases = SCHEME_PHRASES.iter().map(|(phrase, _)| *phrase).chain(VALID_UNTIL.iter().copied());
        let mut words: Vec<&'static str> = ["iso", "soc"]
            .into_iter()
            .chain(phrases.filter_map(|phrase| tokenize(phrase).first().map(|token| token.text)))
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    });
    token.kind == TokenKind::Number || lead_words.binary_search(&token.text).is_ok()
}

/// Whether a folded text may name a certification: ISO, SOC and C5 names have a number, and
/// every other scheme phrase begins with a word that the text then contains. Most paragraphs
/// have neither, and are not split into tokens at all.
fn may_name_a_scheme(folded: &str) -> bool {
    static WORDED_LEADS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let worded_leads = WORDED_LEADS.get_or_init(|| {
        let worded = SCHEME_PHRASES.iter().map(|(phrase, _)| *phrase).filter(|phrase| !phrase.contains(is_digit));
        worded.filter_map(|phrase| tokenize(phrase).first().map(|token| token.text)).collect()
    });
    folded.contains(is_digit) || worded_leads.iter().any(|lead| folded.contains(lead))
}

fn is_digit(ch: char) -> bool {
    ch.is_ascii_digit()
}

fn scan(tokens: &[Token]) -> ScanResult {
    let mut result = ScanResult { found: Vec::new(), bad_date: None };
    let mut index = 0;
    while index < tokens.len() {
        if !may_start_phrase(&tokens[index]) {
            index += 1;
            continue;
        }
        let scheme = iso_at(tokens, index).or_else(|| soc_at(tokens, index)).or_else(|| named_scheme_at(tokens, index));
        if let Some((scheme, edition, end)) = scheme {
            result.found.push((Certification { scheme, edition, valid_until: None }, index, end));
            index = end.max(index + 1);
            continue;
        }
        if let Some((date_start, found)) = validity_at(tokens, index) {
            match found.date {
                Some(date) => {
                    if let Some((certification, _, _)) =
                        result.found.iter_mut().rev().find(|(certification, _, _)| certification.valid_until.is_none())
                    {
                        certification.valid_until = Some(date);
                    }
                }
                None => result.bad_date = result.bad_date.or(Some((date_start, found.end))),
            }
            index = found.end.max(index + 1);
            continue;
        }
        index += 1;
    }
    result
}

/// Every known certification named in `text`, with its byte range and the end date that
/// follows it (`ISO 27001 (valid until 2026-11-30) and SOC 2 Type II`). Unknown schemes
/// (`ISO 9001`) are left out.
pub fn find_certifications(text: &str) -> Vec<Located<Certification>> {
    let scanned = Scanned::new(text);
    if !may_name_a_scheme(&scanned.folded.folded) {
        return Vec::new();
    }
    let tokens = scanned.tokens();
    scan(&tokens)
        .found
        .into_iter()
        .filter(|(certification, _, _)| !matches!(certification.scheme, CertScheme::Other(_)))
        .map(|(value, first, end)| {
            let (start, end) = scanned.source_range(&tokens, first, end);
            Located { value, start, end }
        })
        .collect()
}

/// A `certification` value: the first scheme, with the end date given anywhere in the value.
/// An unknown scheme is `UnknownScheme` with its name as written, which the core reports as
/// information.
pub fn parse_certification(text: &str) -> Result<Certification, ValueError> {
    let scanned = Scanned::new(text);
    let tokens = scanned.tokens();
    let result = scan(&tokens);
    if let Some((first, end)) = result.bad_date {
        return Err(ValueError::BadDate { text: scanned.source_text(&tokens, first, end).to_string() });
    }
    let known = result.found.iter().find(|(certification, _, _)| !matches!(certification.scheme, CertScheme::Other(_)));
    match known {
        Some((certification, _, _)) => {
            let valid_until =
                certification.valid_until.or_else(|| result.found.iter().find_map(|(other, _, _)| other.valid_until));
            Ok(Certification { valid_until, ..certification.clone() })
        }
        None => {
            let name = result
                .found
                .first()
                .map(|(certification, _, _)| certification.scheme.label().to_string())
                .unwrap_or_else(|| scheme_words(text));
            Err(ValueError::UnknownScheme { name })
        }
    }
}

/// The part of a value that names the scheme: before the first comma or validity words.
fn scheme_words(text: &str) -> String {
    let scanned = Scanned::new(text);
    let tokens = scanned.tokens();
    let end = (0..tokens.len())
        .find(|&at| tokens[at].is_symbol(',') || match_any(&tokens, at, VALID_UNTIL).is_some())
        .unwrap_or(tokens.len());
    scanned.source_text(&tokens, 0, end).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::super::parse_date;
    use super::*;

    fn date(text: &str) -> Option<Date> {
        parse_date(text)
    }

    fn scheme(text: &str) -> CertScheme {
        parse_certification(text)
            .map(|certification| certification.scheme)
            .unwrap_or_else(|error| panic!("{text}: {error:?}"))
    }

    #[test]
    fn iso_with_edition_and_validity() {
        let certification = parse_certification("ISO/IEC 27001:2022, valid until 2026-11-30").unwrap();
        assert_eq!(
            certification,
            Certification {
                scheme: CertScheme::Iso27001,
                edition: Some("2022".to_string()),
                valid_until: date("2026-11-30")
            }
        );
        let french = parse_certification("ISO/IEC 27001:2013, valable jusqu'au 30/11/2026").unwrap();
        assert_eq!((french.edition.as_deref(), french.valid_until), (Some("2013"), date("2026-11-30")));
        assert_eq!(
            parse_certification("ISO 27701 (2019) expiring 1 March 2027").unwrap().valid_until,
            date("2027-03-01")
        );
        assert_eq!(
            parse_certification("certified ISO 27018, expires on: 31 December 2026").unwrap().valid_until,
            date("2026-12-31")
        );
        assert_eq!(parse_certification("ISO27001").unwrap().edition, None);
        assert_eq!(scheme("ISO/IEC 27017"), CertScheme::Iso27017);
        assert_eq!(scheme("ISO 27018"), CertScheme::Iso27018);
        assert_eq!(scheme("27701"), CertScheme::Iso27701);
    }

    #[test]
    fn other_schemes() {
        for (text, expected) in [
            ("SOC 2 Type II", CertScheme::Soc2Type2),
            ("SOC2 Type 2", CertScheme::Soc2Type2),
            ("SOC 2 de type II", CertScheme::Soc2Type2),
            ("SOC 2 Type I", CertScheme::Soc2Type1),
            ("SOC-2 Type 1", CertScheme::Soc2Type1),
            ("SOC 2", CertScheme::Soc2),
            ("PCI DSS v4.0", CertScheme::PciDss),
            ("PCI-DSS", CertScheme::PciDss),
            ("HDS", CertScheme::Hds),
            ("Hébergeur de Données de Santé", CertScheme::Hds),
            ("SecNumCloud", CertScheme::SecNumCloud),
            ("qualification SecNumCloud 3.2", CertScheme::SecNumCloud),
            ("C5", CertScheme::C5),
            ("BSI C5:2020", CertScheme::C5),
            ("CSA STAR Level 2", CertScheme::CsaStar),
        ] {
            assert_eq!(scheme(text), expected, "{text}");
        }
        assert_eq!(parse_certification("PCI DSS v4.0").unwrap().edition.as_deref(), Some("4.0"));
        assert_eq!(parse_certification("SecNumCloud 3.2").unwrap().edition.as_deref(), Some("3.2"));
        assert_eq!(parse_certification("BSI C5:2020").unwrap().edition.as_deref(), Some("2020"));
        assert_eq!(parse_certification("CSA STAR Level 2").unwrap().edition.as_deref(), Some("Level 2"));
    }

    #[test]
    fn unknown_schemes_keep_their_name() {
        assert_eq!(
            parse_certification("Europrivacy, valid until 2026-01-01"),
            Err(ValueError::UnknownScheme { name: "Europrivacy".to_string() })
        );
        assert_eq!(
            parse_certification("ISO 9001:2015"),
            Err(ValueError::UnknownScheme { name: "ISO 9001".to_string() })
        );
        assert_eq!(parse_certification("SOC 1 Type II"), Err(ValueError::UnknownScheme { name: "SOC 1".to_string() }));
    }

    #[test]
    fn end_dates_must_exist() {
        assert_eq!(
            parse_certification("ISO 27001, valid until 2026-02-30"),
            Err(ValueError::BadDate { text: "2026-02-30".to_string() })
        );
    }

    #[test]
    fn finds_every_certification_in_prose() {
        let text = "The Provider holds ISO/IEC 27001:2022 (valid until 2026-11-30) and a SOC 2 Type II report; its ISO 9001 quality label is not relevant.";
        let found = find_certifications(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].value.valid_until, date("2026-11-30"));
        assert_eq!(&text[found[0].start..found[0].end], "ISO/IEC 27001:2022");
        assert_eq!(found[1].value.scheme, CertScheme::Soc2Type2);
        assert_eq!(found[1].value.valid_until, None);
        assert!(find_certifications("des mesures de sécurité").is_empty());
    }

    #[test]
    fn finds_certifications_in_emphasis_and_escapes() {
        let text = "Certified ***ISO/IEC 27001*** and _SOC 2 Type II_, « **certifié HDS** » and SOC 2\\.";
        let found: Vec<&str> = find_certifications(text).iter().map(|found| &text[found.start..found.end]).collect();
        assert_eq!(found, ["ISO/IEC 27001", "SOC 2 Type II", "HDS", "SOC 2"]);
    }

    #[test]
    fn finds_schemes_named_without_a_number() {
        let schemes = |text: &str| -> Vec<CertScheme> {
            find_certifications(text).into_iter().map(|found| found.value.scheme).collect()
        };
        assert_eq!(
            schemes("Hébergement certifié Hébergeur de Données de Santé et SecNumCloud."),
            [CertScheme::Hds, CertScheme::SecNumCloud]
        );
        assert_eq!(
            schemes("The data centre is PCI-DSS compliant and listed in the CSA STAR registry."),
            [CertScheme::PciDss, CertScheme::CsaStar]
        );
        assert!(schemes("The Processor secures the hosting of health data.").is_empty());
    }

    #[test]
    fn editions_can_expire_before_the_certificate() {
        let old = parse_certification("ISO/IEC 27001:2013, valid until 2026-06-30").unwrap();
        assert_eq!(old.expires_on(), date("2025-10-31"));
        let current = parse_certification("ISO/IEC 27001:2022, valid until 2026-06-30").unwrap();
        assert_eq!(current.expires_on(), date("2026-06-30"));
        assert_eq!(parse_certification("ISO 27001:2013").unwrap().expires_on(), date("2025-10-31"));
        assert_eq!(parse_certification("HDS").unwrap().expires_on(), None);
    }

    #[test]
    fn labels() {
        assert_eq!(CertScheme::Soc2Type2.label(), "SOC 2 Type II");
        assert_eq!(CertScheme::Other("Europrivacy".to_string()).label(), "Europrivacy");
        assert!(CertScheme::Iso27701.is_iso());
        assert!(!CertScheme::Hds.is_iso());
    }
}

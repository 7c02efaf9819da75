//! How often something happens, normalised to occurrences per year: `once per year`,
//! `twice a year`, `every two years`, `once every 24 months`, `une fois par an`,
//! `tous les deux ans`, `quarterly`, `unlimited`.

use super::numbers::number_at;
use super::tokens::{match_any, match_phrase, Scanned, Token, TokenKind};
use super::{Frequency, Located, ValueError};
use crate::lang::Lang;

const FREQUENCY_EXAMPLES: &[&str] =
    &["once per year", "twice a year", "every two years", "une fois par an", "unlimited"];

const UNLIMITED: &[&str] = &[
    "unlimited",
    "at any time",
    "at all times",
    "as often as",
    "no limit",
    "illimite",
    "illimitee",
    "illimites",
    "illimitees",
    "a tout moment",
    "a tout instant",
    "aussi souvent que",
    "sans limite",
];

/// One-word frequencies and the times per year they mean.
const ADVERBS: &[(&str, f64)] = &[
    ("annually", 1.0),
    ("annual", 1.0),
    ("yearly", 1.0),
    ("annuellement", 1.0),
    ("annuel", 1.0),
    ("annuelle", 1.0),
    ("semi-annually", 2.0),
    ("semi-annual", 2.0),
    ("half-yearly", 2.0),
    ("semestriellement", 2.0),
    ("semestriel", 2.0),
    ("semestrielle", 2.0),
    ("quarterly", 4.0),
    ("trimestriellement", 4.0),
    ("trimestriel", 4.0),
    ("trimestrielle", 4.0),
    ("monthly", 12.0),
    ("mensuellement", 12.0),
    ("mensuel", 12.0),
    ("mensuelle", 12.0),
    ("weekly", 52.0),
    ("hebdomadaire", 52.0),
    ("daily", 365.0),
    ("quotidien", 365.0),
    ("quotidienne", 365.0),
    ("quotidiennement", 365.0),
    ("biennially", 0.5),
    ("biennial", 0.5),
    ("biennal", 0.5),
    ("biennale", 0.5),
    ("every other year", 0.5),
];

const COUNT_WORDS: &[(&str, f64)] = &[("once", 1.0), ("twice", 2.0), ("thrice", 3.0)];
const TIMES_WORDS: &[&str] = &["times", "time", "fois", "x"];

/// Words between a count and its period: `once per year`, `deux fois par an`, `twice in any
/// 12-month period`, `une fois tous les deux ans`.
const PER: &[&str] = &[
    "per",
    "each",
    "every",
    "in any",
    "in a",
    "in each",
    "within any",
    "within a",
    "par",
    "chaque",
    "tous les",
    "toutes les",
    "au cours de",
    "/",
];

/// `a`/`an` as "per" only right after the count (`once a year`, `2 times a year`): further on
/// it is the French `à` (`un antivirus tenu à jour`).
const PER_ARTICLES: &[&str] = &["a", "an"];

/// What may be counted between a count and `per` (`one on-site audit per year`). Other nouns
/// are not frequencies (`500 euros par jour` is a penalty).
const COUNTED: &[&str] = &[
    "audit",
    "audits",
    "inspection",
    "inspections",
    "review",
    "reviews",
    "assessment",
    "assessments",
    "test",
    "tests",
    "pentest",
    "pentests",
    "visit",
    "visits",
    "report",
    "reports",
    "on",
    "site",
    "onsite",
    "physical",
    "additional",
    "controle",
    "controles",
    "visite",
    "visites",
    "verification",
    "verifications",
    "rapport",
    "rapports",
    "sur",
    "physique",
    "supplementaire",
    // "a single request per year", « une seule demande par an »: requests that stand for audits.
    "single",
    "seul",
    "seule",
    "request",
    "requests",
    "demande",
    "demandes",
];

/// Words that start a period without a count: `every year`, `chaque année`, `tous les deux ans`.
const EVERY: &[&str] = &["every", "each", "chaque", "tous les", "toutes les"];

/// Period words and how many such periods make a year.
const PERIODS: &[(&str, f64)] = &[
    ("years", 1.0),
    ("year", 1.0),
    ("annum", 1.0),
    ("annees", 1.0),
    ("annee", 1.0),
    ("ans", 1.0),
    ("an", 1.0),
    ("half-year", 2.0),
    ("semesters", 2.0),
    ("semester", 2.0),
    ("semestres", 2.0),
    ("semestre", 2.0),
    ("quarters", 4.0),
    ("quarter", 4.0),
    ("trimestres", 4.0),
    ("trimestre", 4.0),
    ("months", 12.0),
    ("month", 12.0),
    ("mois", 12.0),
    ("weeks", 52.0),
    ("week", 52.0),
    ("semaines", 52.0),
    ("semaine", 52.0),
    ("days", 365.0),
    ("day", 365.0),
    ("jours", 365.0),
    ("jour", 365.0),
];

/// Qualifiers of a period that do not change its length (`calendar year`, `année civile`).
const PERIOD_QUALIFIERS: &[&str] =
    &["calendar", "rolling", "contract", "civile", "civil", "glissant", "glissants", "contractuelle"];
const PERIOD_NOUNS: &[&str] = &["period", "periode"];
/// A period named before its length: `once in any period of 12 months`, `par période de 12 mois`.
const PERIOD_OF: &[&str] = &["period of", "periode de"];

/// How many counted words (and hyphens) may sit between a count and `per`.
const MAX_WORDS_BETWEEN: usize = 5;

fn skip_words(tokens: &[Token], mut index: usize, words: &[&str]) -> usize {
    while tokens.get(index).is_some_and(|token| token.kind == TokenKind::Word && words.contains(&token.text)) {
        index += 1;
    }
    index
}

/// `[period of] [N] [calendar] year(s) [period]` at `at`: how many such periods make a year, and
/// the index after it. `24 months` is 0.5, `period of 12 months` 1.
fn period_at(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    let at = match_any(tokens, at, PERIOD_OF).unwrap_or(at);
    let (multiple, mut index) = number_at(tokens, at).unwrap_or((1.0, at));
    if tokens.get(index).is_some_and(|token| token.is_symbol('-')) {
        index += 1;
    }
    let index = skip_words(tokens, index, PERIOD_QUALIFIERS);
    let (per_year, end) =
        PERIODS.iter().find_map(|&(word, per_year)| match_phrase(tokens, index, word).map(|end| (per_year, end)))?;
    let end = skip_words(tokens, end, PERIOD_QUALIFIERS);
    let end = skip_words(tokens, end, PERIOD_NOUNS);
    (multiple > 0.0).then_some((per_year / multiple, end))
}

/// `once`, `twice`, `2 times`, `deux fois`, `1x`, or a bare number before `per`.
fn count_at(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    let token = tokens.get(at)?;
    if let Some(&(_, count)) = COUNT_WORDS.iter().find(|(word, _)| token.is_word(word)) {
        return Some((count, at + 1));
    }
    let (count, end) = number_at(tokens, at)?;
    Some((count, skip_words(tokens, end, TIMES_WORDS).min(end + 1)))
}

/// `once per year`, `one audit per year`, `once every 24 months`, `deux fois par an`.
fn count_per_period_at(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    let (count, after_count) = count_at(tokens, at)?;
    let after_article = match_any(tokens, after_count, PER_ARTICLES).and_then(|after| period_at(tokens, after));
    if let Some((per_year, end)) = after_article {
        return Some((count * per_year, end));
    }
    for index in after_count..=after_count + MAX_WORDS_BETWEEN {
        let period = match_any(tokens, index, PER).and_then(|after_per| period_at(tokens, after_per));
        if let Some((per_year, end)) = period {
            return Some((count * per_year, end));
        }
        let counted = tokens.get(index).is_some_and(|token| {
            token.is_symbol('-') || (token.kind == TokenKind::Word && COUNTED.contains(&token.text))
        });
        if !counted {
            return None;
        }
    }
    None
}

/// `every year`, `every two years`, `chaque année`, `tous les deux ans`.
fn every_period_at(tokens: &[Token], at: usize) -> Option<(f64, usize)> {
    match_any(tokens, at, EVERY).and_then(|after_every| period_at(tokens, after_every))
}

fn frequency_at(tokens: &[Token], at: usize) -> Option<(Frequency, usize)> {
    if let Some(end) = match_any(tokens, at, UNLIMITED) {
        return Some((Frequency::Unlimited, end));
    }
    let per_year = count_per_period_at(tokens, at)
        .or_else(|| every_period_at(tokens, at))
        .or_else(|| ADVERBS.iter().find_map(|&(word, times)| match_phrase(tokens, at, word).map(|end| (times, end))))?;
    let (times, end) = per_year;
    times.is_finite().then_some((Frequency::PerYear { times }, end))
}

/// The first frequency stated in `text`, with its byte range.
pub fn find_frequency(text: &str) -> Option<Located<Frequency>> {
    let scanned = Scanned::new(text);
    let tokens = scanned.tokens();
    (0..tokens.len()).find_map(|at| {
        let (value, end) = frequency_at(&tokens, at)?;
        let (start, end) = scanned.source_range(&tokens, at, end);
        Some(Located { value, start, end })
    })
}

/// An `audit-frequency` value.
pub fn parse_frequency(text: &str) -> Result<Frequency, ValueError> {
    find_frequency(text).map(|found| found.value).ok_or(ValueError::Unrecognised { expected: FREQUENCY_EXAMPLES })
}

impl Frequency {
    /// Occurrences per year; infinite when unlimited.
    pub fn per_year(&self) -> f64 {
        match *self {
            Frequency::PerYear { times } => times,
            Frequency::Unlimited => f64::INFINITY,
        }
    }

    /// `once a year`, `twice a year`, `once every 2 years`, `une fois par an`, `illimitée`.
    pub fn describe(&self, lang: Lang) -> String {
        let Frequency::PerYear { times } = *self else {
            return match lang {
                Lang::En => "unlimited".to_string(),
                Lang::Fr => "illimitée".to_string(),
            };
        };
        let every_years = 1.0 / times;
        match lang {
            Lang::En if times == 1.0 => "once a year".to_string(),
            Lang::En if times == 2.0 => "twice a year".to_string(),
            Lang::En if times < 1.0 && every_years.fract() == 0.0 => format!("once every {every_years} years"),
            Lang::En => format!("{times} times a year"),
            Lang::Fr if times == 1.0 => "une fois par an".to_string(),
            Lang::Fr if times < 1.0 && every_years.fract() == 0.0 => format!("une fois tous les {every_years} ans"),
            Lang::Fr => format!("{} fois par an", times.to_string().replace('.', ",")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn per_year(text: &str) -> Option<f64> {
        parse_frequency(text).ok().map(|frequency| frequency.per_year())
    }

    #[test]
    fn counts_per_period() {
        let cases = [
            ("once per year", 1.0),
            ("once a year", 1.0),
            ("twice per year", 2.0),
            ("twice a year", 2.0),
            ("3 times a year", 3.0),
            ("1x per year", 1.0),
            ("one audit per calendar year", 1.0),
            ("one on-site audit per year", 1.0),
            ("one audit in any twelve (12) month period", 1.0),
            ("once every 24 months", 0.5),
            ("once in any 12-month period", 1.0),
            ("once in any period of 36 months", 1.0 / 3.0),
            ("une fois par période de 12 mois", 1.0),
            ("une fois par an", 1.0),
            ("deux fois par an", 2.0),
            ("une fois par année civile", 1.0),
            ("un audit par an", 1.0),
            ("une fois tous les deux ans", 0.5),
            ("four times per year", 4.0),
        ];
        for (text, expected) in cases {
            assert_eq!(per_year(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn periods_without_a_count() {
        for (text, expected) in [
            ("every year", 1.0),
            ("every two years", 0.5),
            ("each year", 1.0),
            ("chaque année", 1.0),
            ("tous les ans", 1.0),
            ("tous les deux ans", 0.5),
            ("every 6 months", 2.0),
        ] {
            assert_eq!(per_year(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn adverbs() {
        for (text, expected) in [
            ("annually", 1.0),
            ("yearly", 1.0),
            ("annuellement", 1.0),
            ("semestriellement", 2.0),
            ("semi-annually", 2.0),
            ("quarterly", 4.0),
            ("trimestriel", 4.0),
            ("monthly", 12.0),
            ("biennially", 0.5),
        ] {
            assert_eq!(per_year(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn unlimited() {
        for text in [
            "unlimited",
            "illimité",
            "Illimitées",
            "at any time",
            "à tout moment",
            "as often as the Controller requires",
        ] {
            assert_eq!(parse_frequency(text), Ok(Frequency::Unlimited), "{text}");
        }
        assert_eq!(Frequency::Unlimited.per_year(), f64::INFINITY);
    }

    #[test]
    fn rejects_other_text() {
        for text in [
            "soon",
            "48 hours",
            "per year",
            "SOC 2 Type II report",
            "",
            "un antivirus tenu à jour",
            "500 euros par jour de retard",
        ] {
            assert_eq!(parse_frequency(text), Err(ValueError::Unrecognised { expected: FREQUENCY_EXAMPLES }), "{text}");
        }
    }

    #[test]
    fn finds_the_frequency_in_a_sentence() {
        let text = "SOC 2 Type II report, annually";
        let found = find_frequency(text).unwrap();
        assert_eq!(found.value, Frequency::PerYear { times: 1.0 });
        assert_eq!(&text[found.start..found.end], "annually");
    }

    #[test]
    fn describes_in_both_languages() {
        let describe = |times: f64, lang| Frequency::PerYear { times }.describe(lang);
        assert_eq!(describe(1.0, Lang::En), "once a year");
        assert_eq!(describe(2.0, Lang::En), "twice a year");
        assert_eq!(describe(0.5, Lang::En), "once every 2 years");
        assert_eq!(describe(4.0, Lang::En), "4 times a year");
        assert_eq!(describe(1.0, Lang::Fr), "une fois par an");
        assert_eq!(describe(0.5, Lang::Fr), "une fois tous les 2 ans");
        assert_eq!(describe(2.0, Lang::Fr), "2 fois par an");
        assert_eq!(Frequency::Unlimited.describe(Lang::Fr), "illimitée");
    }
}

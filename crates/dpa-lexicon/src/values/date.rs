//! Calendar dates: validation (leap years), arithmetic for validity and freshness rules, and the
//! written forms contracts use: ISO `2025-03-01`, French `01/03/2025`, and with the month in
//! words, `1 March 2025`, `1er mars 2025`, `March 1, 2025`.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::tokens::{tokenize, Token, TokenKind};
use crate::fold::fold;

/// A calendar date (proleptic Gregorian). Serialised as its ISO form, `"2025-03-01"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` of `year`; 0 for a month number outside 1–12.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Day numbers are kept within about a billion years so that the year always fits in `i32`.
const DAY_NUMBER_LIMIT: i64 = 365_000_000_000;

impl Date {
    /// The date if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let date = Date { year, month, day };
        date.is_valid().then_some(date)
    }

    pub fn is_valid(&self) -> bool {
        self.day >= 1 && self.day <= days_in_month(self.year, self.month)
    }

    /// Days from `earlier` to `self`: positive when `self` is later.
    pub fn days_since(&self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }

    pub fn add_days(&self, days: i64) -> Date {
        let number = self.day_number().saturating_add(days).clamp(-DAY_NUMBER_LIMIT, DAY_NUMBER_LIMIT);
        Date::from_day_number(number)
    }

    /// The same day `months` later (or earlier when negative), moved back to the last day of
    /// the month when that month is shorter: 31 January + 1 month = 28 (or 29) February.
    pub fn add_months(&self, months: i32) -> Date {
        let month_index = i64::from(self.year) * 12 + i64::from(self.month.clamp(1, 12)) - 1 + i64::from(months);
        let year = month_index.div_euclid(12).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        let month = (month_index.rem_euclid(12) + 1) as u8;
        Date { year, month, day: self.day.clamp(1, days_in_month(year, month)) }
    }

    /// Days since 1970-01-01 (negative before). Out-of-range fields are clamped first, so an
    /// invalid date built by hand still gives a number.
    fn day_number(&self) -> i64 {
        let month = i64::from(self.month.clamp(1, 12));
        let day = i64::from(self.day.clamp(1, days_in_month(self.year, month as u8)));
        // Count years from March so the leap day is the last day of the year.
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    fn from_day_number(number: i64) -> Date {
        let shifted = number + 719_468;
        let era = shifted.div_euclid(146_097);
        let day_of_era = shifted - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let march_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * march_month + 2) / 5 + 1) as u8;
        let month = if march_month < 10 { march_month + 3 } else { march_month - 9 } as u8;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date { year: year as i32, month, day }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_date(&text).ok_or_else(|| serde::de::Error::custom(format!("not a valid date: {text}")))
    }
}

/// Month names and abbreviations in English and French (folded).
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("janvier", 1),
    ("janv", 1),
    ("february", 2),
    ("feb", 2),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("march", 3),
    ("mar", 3),
    ("mars", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("avr", 4),
    ("may", 5),
    ("mai", 5),
    ("june", 6),
    ("jun", 6),
    ("juin", 6),
    ("july", 7),
    ("jul", 7),
    ("juillet", 7),
    ("juil", 7),
    ("august", 8),
    ("aug", 8),
    ("aout", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("october", 10),
    ("oct", 10),
    ("octobre", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("december", 12),
    ("dec", 12),
    ("decembre", 12),
];

/// Ordinal endings written after the day: `1st`, `2nd`, `1er`, `2e`.
const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "er", "re", "e", "eme"];

/// A group of tokens shaped like a date. `date` is `None` when the shape is right but the day
/// does not exist (`2025-02-30`), so callers can report a bad date rather than ignore it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMatch {
    pub date: Option<Date>,
    /// Index of the token after the date.
    pub end: usize,
}

fn digits(token: Option<&Token>, lengths: std::ops::RangeInclusive<usize>) -> Option<u32> {
    token.filter(|token| lengths.contains(&token.text.len())).and_then(Token::number)
}

fn month_at(tokens: &[Token], at: usize) -> Option<(u8, usize)> {
    let token = tokens.get(at).filter(|token| token.kind == TokenKind::Word)?;
    let &(_, month) = MONTHS.iter().find(|(name, _)| *name == token.text)?;
    let abbreviated = tokens.get(at + 1).is_some_and(|next| next.is_symbol('.') && !next.spaced);
    Some((month, at + 1 + usize::from(abbreviated)))
}

/// A day number with an optional ordinal ending, or `premier`/`first`.
fn day_at(tokens: &[Token], at: usize) -> Option<(u32, usize)> {
    let token = tokens.get(at)?;
    if token.is_word("premier") || token.is_word("first") {
        return Some((1, at + 1));
    }
    let day = digits(Some(token), 1..=2)?;
    let ordinal = tokens
        .get(at + 1)
        .is_some_and(|next| !next.spaced && next.kind == TokenKind::Word && ORDINAL_SUFFIXES.contains(&next.text));
    Some((day, at + 1 + usize::from(ordinal)))
}

fn build(year: u32, month: u32, day: u32, end: usize) -> DateMatch {
    let date = match (i32::try_from(year), u8::try_from(month), u8::try_from(day)) {
        (Ok(year), Ok(month), Ok(day)) => Date::new(year, month, day),
        _ => None,
    };
    DateMatch { date, end }
}

/// `2025-03-01`, `2025/03/01`, `01/03/2025`, `01.03.2025`, `01-03-2025`: three numbers with the
/// same separator and no spaces.
fn numeric_date_at(tokens: &[Token], at: usize) -> Option<DateMatch> {
    let separator = tokens.get(at + 1).filter(|token| !token.spaced && ["-", "/", "."].contains(&token.text))?;
    tokens.get(at + 3).filter(|token| !token.spaced && token.text == separator.text)?;
    let joined = |index: usize| tokens.get(index).filter(|token| !token.spaced);
    if let (Some(year), Some(month), Some(day)) =
        (digits(tokens.get(at), 4..=4), digits(joined(at + 2), 1..=2), digits(joined(at + 4), 1..=2))
    {
        return Some(build(year, month, day, at + 5));
    }
    let (day, month, year) =
        (digits(tokens.get(at), 1..=2)?, digits(joined(at + 2), 1..=2)?, digits(joined(at + 4), 4..=4)?);
    Some(build(year, month, day, at + 5))
}

/// `1 March 2025`, `1er mars 2025`, `1st of March, 2025`.
fn day_month_year_at(tokens: &[Token], at: usize) -> Option<DateMatch> {
    let (day, mut index) = day_at(tokens, at)?;
    // `1st of March`
    if tokens.get(index).is_some_and(|token| token.is_word("of")) {
        index += 1;
    }
    let (month, mut index) = month_at(tokens, index)?;
    if tokens.get(index).is_some_and(|token| token.is_symbol(',')) {
        index += 1;
    }
    let year = digits(tokens.get(index), 4..=4)?;
    Some(build(year, u32::from(month), day, index + 1))
}

/// `March 1, 2025`, `March 1st 2025`.
fn month_day_year_at(tokens: &[Token], at: usize) -> Option<DateMatch> {
    let (month, index) = month_at(tokens, at)?;
    let (day, mut index) = day_at(tokens, index)?;
    if tokens.get(index).is_some_and(|token| token.is_symbol(',')) {
        index += 1;
    }
    let year = digits(tokens.get(index), 4..=4)?;
    Some(build(year, u32::from(month), day, index + 1))
}

/// A date written in any accepted form starting at token `at`.
pub(crate) fn date_at(tokens: &[Token], at: usize) -> Option<DateMatch> {
    numeric_date_at(tokens, at).or_else(|| day_month_year_at(tokens, at)).or_else(|| month_day_year_at(tokens, at))
}

/// Every date-shaped group in `tokens` from `from` on, with the index where it starts.
pub(crate) fn dates_from(tokens: &[Token], from: usize) -> Vec<(usize, DateMatch)> {
    let mut found = Vec::new();
    let mut index = from;
    while index < tokens.len() {
        match date_at(tokens, index) {
            Some(found_date) => {
                found.push((index, found_date));
                index = found_date.end.max(index + 1);
            }
            None => index += 1,
        }
    }
    found
}

/// A date written on its own: ISO `YYYY-MM-DD`, `JJ/MM/AAAA`, `1 March 2025`, `1er mars 2025`,
/// `March 1, 2025`. `None` when the text is not a date or the day does not exist.
pub fn parse_date(text: &str) -> Option<Date> {
    let folded = fold(text);
    let mut tokens = tokenize(&folded);
    if tokens.last().is_some_and(|token| token.is_symbol('.')) {
        tokens.pop();
    }
    date_at(&tokens, 0).filter(|found| found.end == tokens.len()).and_then(|found| found.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> Date {
        Date::new(year, month, day).expect("test dates exist")
    }

    #[test]
    fn parses_every_written_form() {
        let first_of_march = Some(date(2025, 3, 1));
        for text in [
            "2025-03-01",
            "2025/03/01",
            "01/03/2025",
            "1/3/2025",
            "01.03.2025",
            "1 March 2025",
            "1st March 2025",
            "1st of March, 2025",
            "1er mars 2025",
            "premier mars 2025",
            "March 1, 2025",
            "Mar. 1 2025",
            " 1 MARS 2025. ",
        ] {
            assert_eq!(parse_date(text), first_of_march, "{text}");
        }
        assert_eq!(parse_date("15 août 2025"), Some(date(2025, 8, 15)));
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert_eq!(parse_date("2025-02-29"), None);
        assert_eq!(parse_date("2024-02-29"), Some(date(2024, 2, 29)));
        assert_eq!(parse_date("29/02/1900"), None, "1900 is not a leap year");
        assert_eq!(parse_date("29/02/2000"), Some(date(2000, 2, 29)), "2000 is");
        assert_eq!(parse_date("31/04/2025"), None);
        assert_eq!(parse_date("2025-13-01"), None);
        assert_eq!(parse_date("00/01/2025"), None);
    }

    #[test]
    fn rejects_other_text() {
        for text in
            ["", "2025", "2021/914", "2025-03-01 and more", "01/03/25", "2025-03/01", "March 2025", "2025 - 03 - 01"]
        {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn reports_date_shapes_that_do_not_exist() {
        let folded = fold("valid until 2026-02-30");
        let tokens = tokenize(&folded);
        let found = dates_from(&tokens, 0);
        assert_eq!(found, vec![(2, DateMatch { date: None, end: 7 })]);
    }

    #[test]
    fn counts_days_between_dates() {
        assert_eq!(date(2025, 3, 1).days_since(date(2025, 2, 1)), 28);
        assert_eq!(date(2024, 3, 1).days_since(date(2024, 2, 1)), 29);
        assert_eq!(date(2025, 1, 1).days_since(date(2024, 1, 1)), 366);
        assert_eq!(date(2024, 1, 1).days_since(date(2025, 1, 1)), -366);
        assert_eq!(date(1970, 1, 1).days_since(date(1970, 1, 1)), 0);
        assert_eq!(date(2000, 3, 1).days_since(date(1970, 1, 1)), 11_017);
    }

    #[test]
    fn adds_days_and_months() {
        assert_eq!(date(2025, 12, 31).add_days(1), date(2026, 1, 1));
        assert_eq!(date(2024, 2, 28).add_days(1), date(2024, 2, 29));
        assert_eq!(date(2025, 3, 1).add_days(-1), date(2025, 2, 28));
        assert_eq!(date(2025, 1, 31).add_months(1), date(2025, 2, 28));
        assert_eq!(date(2024, 1, 31).add_months(1), date(2024, 2, 29));
        assert_eq!(date(2025, 11, 30).add_months(3), date(2026, 2, 28));
        assert_eq!(date(2025, 3, 15).add_months(-15), date(2023, 12, 15));
        assert_eq!(date(2025, 3, 15).add_months(12), date(2026, 3, 15));
    }

    #[test]
    fn arithmetic_never_panics_on_extreme_values() {
        let odd = Date { year: i32::MAX, month: 13, day: 0 };
        let _ = odd.add_months(i32::MAX);
        let _ = odd.add_days(i64::MAX);
        let _ = Date { year: i32::MIN, month: 0, day: 255 }.add_days(i64::MIN);
        let _ = odd.days_since(Date { year: i32::MIN, month: 1, day: 1 });
        assert!(!odd.is_valid());
    }

    #[test]
    fn displays_and_serialises_as_iso() {
        assert_eq!(date(2025, 3, 1).to_string(), "2025-03-01");
        assert_eq!(serde_json::to_string(&date(2025, 3, 1)).unwrap(), "\"2025-03-01\"");
        assert_eq!(serde_json::from_str::<Date>("\"01/03/2025\"").unwrap(), date(2025, 3, 1));
        assert!(serde_json::from_str::<Date>("\"2025-02-30\"").is_err());
    }
}

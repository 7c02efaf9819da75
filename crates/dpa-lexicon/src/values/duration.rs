//! Durations: `48 hours`, `forty-eight (48) hours`, `3 jours ouvrés`, `1,5 jours`, `without
//! undue delay`, `immédiatement`, with the words around them that contracts add ("within",
//! "at least … in advance", "au plus tard").
//!
//! # Calendar bounds
//!
//! Rules compare durations in calendar hours. A duration counted in whole days is taken as a run
//! of consecutive calendar days; public holidays and a contract's own rule for the day of the
//! event are not modelled (either can only lengthen the period).
//!
//! * hours, calendar days and weeks have one length (`n` h, `24n` h, `168n` h);
//! * a period runs from an event on an open day (a notice is given on a working day) and ends
//!   with its last open day. `n` business days (Monday to Friday) last at most `n + 2·⌈n/5⌉`
//!   calendar days and at least `n + 2·⌊n/5⌋`, since every five business days take a weekend
//!   with them: 3 business days last 3 to 5 calendar days (72 to 120 h), 10 business days
//!   always 14;
//! * `n` working days Monday to Saturday (*jours ouvrables*) last at most `n + ⌈n/6⌉` and at
//!   least `n + ⌊n/6⌋` calendar days;
//! * a month lasts 28 to 31 days and a year 365 to 366 days.
//!
//! `immediately` lasts 0 hours; an unquantified duration has no bound.

use std::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::numbers::number_at;
use super::tokens::{match_any, match_phrase, Scanned, Token, TokenKind};
use super::{Duration, JsonNumber, Located, TimeUnit, ValueError};
use crate::lang::Lang;

const DURATION_EXAMPLES: &[&str] =
    &["48 hours", "30 days", "5 business days", "72 heures", "10 jours ouvrés", "without undue delay"];

/// Unit words (folded), longest first so `jours ouvrés` wins over `jours`.
const UNITS: &[(&str, TimeUnit)] = &[
    ("calendar days", TimeUnit::CalendarDays),
    ("calendar day", TimeUnit::CalendarDays),
    ("clear days", TimeUnit::CalendarDays),
    ("business days", TimeUnit::BusinessDays),
    ("business day", TimeUnit::BusinessDays),
    ("working days", TimeUnit::BusinessDays),
    ("working day", TimeUnit::BusinessDays),
    ("work days", TimeUnit::BusinessDays),
    ("workdays", TimeUnit::BusinessDays),
    ("jours calendaires", TimeUnit::CalendarDays),
    ("jour calendaire", TimeUnit::CalendarDays),
    ("jours civils", TimeUnit::CalendarDays),
    ("jours francs", TimeUnit::CalendarDays),
    ("jour franc", TimeUnit::CalendarDays),
    ("jours ouvres", TimeUnit::BusinessDays),
    ("jour ouvre", TimeUnit::BusinessDays),
    ("jours ouvrables", TimeUnit::WorkingDaysMonSat),
    ("jour ouvrable", TimeUnit::WorkingDaysMonSat),
    ("hours", TimeUnit::Hours),
    ("hour", TimeUnit::Hours),
    ("hrs", TimeUnit::Hours),
    ("hr", TimeUnit::Hours),
    ("h", TimeUnit::Hours),
    ("heures", TimeUnit::Hours),
    ("heure", TimeUnit::Hours),
    ("days", TimeUnit::CalendarDays),
    ("day", TimeUnit::CalendarDays),
    ("jours", TimeUnit::CalendarDays),
    ("jour", TimeUnit::CalendarDays),
    ("j", TimeUnit::CalendarDays),
    ("weeks", TimeUnit::Weeks),
    ("week", TimeUnit::Weeks),
    ("semaines", TimeUnit::Weeks),
    ("semaine", TimeUnit::Weeks),
    ("months", TimeUnit::Months),
    ("month", TimeUnit::Months),
    ("mois", TimeUnit::Months),
    ("years", TimeUnit::Years),
    ("year", TimeUnit::Years),
    ("annees", TimeUnit::Years),
    ("annee", TimeUnit::Years),
    ("ans", TimeUnit::Years),
    ("an", TimeUnit::Years),
];

/// `within an hour`, `a week`: the English article as the number one, before an English unit
/// only (`mise à jour` is not a day).
const ARTICLES: &[&str] = &["a", "an"];
const ENGLISH_UNITS: &[&str] = &["hour", "day", "business day", "calendar day", "working day", "week", "month", "year"];

const IMMEDIATE: &[&str] =
    &["immediately", "immediate", "forthwith", "at once", "immediatement", "immediat", "sur-le-champ"];

/// Words that promise speed without a number. `sans délai` is here, as the spec reads it.
const VAGUE: &[&str] = &[
    "without undue delay",
    "without unreasonable delay",
    "without delay",
    "undue delay",
    "promptly",
    "prompt",
    "as soon as possible",
    "as soon as reasonably practicable",
    "as soon as practicable",
    "as soon as reasonably possible",
    "asap",
    "in a timely manner",
    "timely",
    "expeditiously",
    "reasonable time",
    "reasonable period",
    "reasonable notice",
    "a few",
    "several",
    "dans les meilleurs delais",
    "dans les plus brefs delais",
    "dans les plus courts delais",
    "sans delai",
    "sans retard injustifie",
    "sans retard indu",
    "sans retard",
    "des que possible",
    "delai raisonnable",
    "preavis raisonnable",
    "rapidement",
    "promptement",
    "sans tarder",
    "quelques",
    "plusieurs",
];

/// A quantity followed by a unit at `at`: `48 hours`, `24-hour`, `forty-eight (48) hours`,
/// `an hour`. Returns the duration and the index after the unit.
fn quantity_at(tokens: &[Token], at: usize) -> Option<(Duration, usize)> {
    let (amount, mut end) = match number_at(tokens, at) {
        Some(number) => number,
        None => {
            let article =
                tokens.get(at).is_some_and(|token| token.kind == TokenKind::Word && ARTICLES.contains(&token.text));
            match_any(tokens, at + 1, ENGLISH_UNITS).filter(|_| article)?;
            (1.0, at + 1)
        }
    };
    if tokens.get(end).is_some_and(|token| token.is_symbol('-')) {
        end += 1;
    }
    let (unit, end) =
        UNITS.iter().find_map(|&(words, unit)| match_phrase(tokens, end, words).map(|end| (unit, end)))?;
    Some((Duration::Quantified { amount, unit }, end))
}

/// Parse a duration value. The first number with a unit wins over vague words around it
/// ("without undue delay and in any event within 48 hours" is 48 hours).
pub fn parse_duration(text: &str) -> Result<Duration, ValueError> {
    if let Some(found) = find_duration(text) {
        return Ok(found.value);
    }
    let scanned = Scanned::new(text);
    let tokens = scanned.tokens();
    let bare_number =
        (0..tokens.len()).filter(|&at| tokens[at].kind == TokenKind::Number).find_map(|at| number_at(&tokens, at));
    match bare_number {
        Some((_, end)) => match tokens.get(end).filter(|token| token.kind == TokenKind::Word) {
            Some(word) => Err(ValueError::UnknownUnit { unit: scanned.source_of(word).to_string() }),
            None => Err(ValueError::MissingUnit),
        },
        None => Err(ValueError::Unrecognised { expected: DURATION_EXAMPLES }),
    }
}

/// The time limit stated in `text`, with its byte range: the first number with a unit, else
/// an immediate or vague phrase. For values and for prose ("… within 48 hours of …").
pub fn find_duration(text: &str) -> Option<Located<Duration>> {
    let scanned = Scanned::new(text);
    let tokens = scanned.tokens();
    if let Some((at, (value, end))) = (0..tokens.len()).find_map(|at| quantity_at(&tokens, at).map(|found| (at, found)))
    {
        let (start, end) = scanned.source_range(&tokens, at, end);
        return Some(Located { value, start, end });
    }
    [(IMMEDIATE, Duration::Immediate), (VAGUE, Duration::Unquantified)].into_iter().find_map(|(phrases, value)| {
        let hits = phrases.iter().filter_map(|phrase| scanned.folded.find_phrase(phrase).into_iter().next());
        let (start, end) = hits.min_by_key(|&(start, end)| (start, std::cmp::Reverse(end)))?;
        let (start, end) = scanned.folded.source_range(start, end);
        Some(Located { value, start, end })
    })
}

/// Calendar days spanned by `amount` days in a week of `open_days` working days, at most
/// (`longest`) or at least.
fn working_days_span(amount: f64, open_days: f64, longest: bool) -> f64 {
    let closed_days = 7.0 - open_days;
    if longest {
        amount + closed_days * (amount / open_days).ceil()
    } else {
        amount + closed_days * (amount / open_days).floor()
    }
}

impl TimeUnit {
    /// Calendar days taken by `amount` of this unit, at most or at least.
    fn calendar_days(self, amount: f64, longest: bool) -> Option<f64> {
        let days = match self {
            TimeUnit::Hours => return None,
            TimeUnit::CalendarDays => amount,
            TimeUnit::BusinessDays => working_days_span(amount, 5.0, longest),
            TimeUnit::WorkingDaysMonSat => working_days_span(amount, 6.0, longest),
            TimeUnit::Weeks => amount * 7.0,
            TimeUnit::Months => amount * if longest { 31.0 } else { 28.0 },
            TimeUnit::Years => amount * if longest { 366.0 } else { 365.0 },
        };
        Some(days)
    }

    /// The unit's name in `lang`, singular or plural.
    pub fn word(self, lang: Lang, plural: bool) -> &'static str {
        let (singular, plural_form) = match (self, lang) {
            (TimeUnit::Hours, Lang::En) => ("hour", "hours"),
            (TimeUnit::Hours, Lang::Fr) => ("heure", "heures"),
            (TimeUnit::CalendarDays, Lang::En) => ("day", "days"),
            (TimeUnit::CalendarDays, Lang::Fr) => ("jour", "jours"),
            (TimeUnit::BusinessDays, Lang::En) => ("business day", "business days"),
            (TimeUnit::BusinessDays, Lang::Fr) => ("jour ouvré", "jours ouvrés"),
            (TimeUnit::WorkingDaysMonSat, Lang::En) => {
                ("working day (Monday to Saturday)", "working days (Monday to Saturday)")
            }
            (TimeUnit::WorkingDaysMonSat, Lang::Fr) => ("jour ouvrable", "jours ouvrables"),
            (TimeUnit::Weeks, Lang::En) => ("week", "weeks"),
            (TimeUnit::Weeks, Lang::Fr) => ("semaine", "semaines"),
            (TimeUnit::Months, Lang::En) => ("month", "months"),
            (TimeUnit::Months, Lang::Fr) => ("mois", "mois"),
            (TimeUnit::Years, Lang::En) => ("year", "years"),
            (TimeUnit::Years, Lang::Fr) => ("an", "ans"),
        };
        if plural {
            plural_form
        } else {
            singular
        }
    }
}

impl Duration {
    fn calendar_hours(&self, longest: bool) -> Option<f64> {
        match *self {
            Duration::Quantified { amount, unit: TimeUnit::Hours } => Some(amount),
            Duration::Quantified { amount, unit } => unit.calendar_days(amount, longest).map(|days| days * 24.0),
            Duration::Immediate => Some(0.0),
            Duration::Unquantified => None,
        }
    }

    /// The longest this can last in calendar time, in hours (see the module notes): 3 business
    /// days can last 120 hours over a weekend. `None` when no number is given.
    pub fn calendar_hours_max(&self) -> Option<f64> {
        self.calendar_hours(true)
    }

    /// The shortest this can last in calendar time, in hours.
    pub fn calendar_hours_min(&self) -> Option<f64> {
        self.calendar_hours(false)
    }

    /// [`Self::calendar_hours_max`] in days.
    pub fn days_max(&self) -> Option<f64> {
        self.calendar_hours_max().map(|hours| hours / 24.0)
    }

    /// [`Self::calendar_hours_min`] in days.
    pub fn days_min(&self) -> Option<f64> {
        self.calendar_hours_min().map(|hours| hours / 24.0)
    }

    /// Whether the length in calendar time depends on when it starts (business days, months).
    pub fn is_variable(&self) -> bool {
        self.calendar_hours_min() != self.calendar_hours_max()
    }

    /// The normalised wording in `lang`: `48 hours`, `3 jours ouvrés`, `1,5 jour`,
    /// `immediately`, `sans délai chiffré`.
    pub fn describe(&self, lang: Lang) -> String {
        match (*self, lang) {
            (Duration::Quantified { amount, unit }, _) => {
                // French puts amounts below two in the singular (`1,5 jour`).
                let plural = match lang {
                    Lang::En => amount != 1.0,
                    Lang::Fr => amount >= 2.0,
                };
                let number = format_amount(amount, lang);
                format!("{number} {}", unit.word(lang, plural))
            }
            (Duration::Immediate, Lang::En) => "immediately".to_string(),
            (Duration::Immediate, Lang::Fr) => "immédiatement".to_string(),
            (Duration::Unquantified, Lang::En) => "without a stated time limit".to_string(),
            (Duration::Unquantified, Lang::Fr) => "sans délai chiffré".to_string(),
        }
    }
}

fn format_amount(amount: f64, lang: Lang) -> String {
    let text = amount.to_string();
    match lang {
        Lang::En => text,
        Lang::Fr => text.replace('.', ","),
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// `{"kind": "quantified", "amount": 48, "unit": "hours", "hours": 48, "hours_min": 48,
/// "hours_max": 48, "text": "48 hours"}`; `hours` only when the length is fixed.
impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        match *self {
            Duration::Quantified { amount, unit } => {
                map.serialize_entry("kind", "quantified")?;
                map.serialize_entry("amount", &JsonNumber(amount))?;
                map.serialize_entry("unit", &unit)?;
                let (min, max) = (self.calendar_hours_min(), self.calendar_hours_max());
                if min == max {
                    map.serialize_entry("hours", &min.map(JsonNumber))?;
                }
                map.serialize_entry("hours_min", &min.map(JsonNumber))?;
                map.serialize_entry("hours_max", &max.map(JsonNumber))?;
            }
            Duration::Immediate => {
                map.serialize_entry("kind", "immediate")?;
                map.serialize_entry("hours", &JsonNumber(0.0))?;
            }
            Duration::Unquantified => map.serialize_entry("kind", "unquantified")?,
        }
        map.serialize_entry("text", &self.to_string())?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quantified(amount: f64, unit: TimeUnit) -> Result<Duration, ValueError> {
        Ok(Duration::Quantified { amount, unit })
    }

    #[test]
    fn spec_examples() {
        assert_eq!(parse_duration("48 hours"), quantified(48.0, TimeUnit::Hours));
        assert_eq!(parse_duration("24 heures"), quantified(24.0, TimeUnit::Hours));
        assert_eq!(parse_duration("without undue delay"), Ok(Duration::Unquantified));
        assert_eq!(parse_duration("immédiatement"), Ok(Duration::Immediate));
        assert_eq!(parse_duration("30 days"), quantified(30.0, TimeUnit::CalendarDays));
        assert_eq!(parse_duration("10 jours ouvrés"), quantified(10.0, TimeUnit::BusinessDays));
        assert_eq!(parse_duration("14 days"), quantified(14.0, TimeUnit::CalendarDays));
        assert_eq!(parse_duration("5 business days"), quantified(5.0, TimeUnit::BusinessDays));
        assert_eq!(parse_duration("35 days"), quantified(35.0, TimeUnit::CalendarDays));
        assert_eq!(parse_duration("12 months"), quantified(12.0, TimeUnit::Months));
    }

    #[test]
    fn every_unit_spelling() {
        let cases = [
            ("72 heures", 72.0, TimeUnit::Hours),
            ("1 hour", 1.0, TimeUnit::Hours),
            ("48h", 48.0, TimeUnit::Hours),
            ("48 hrs", 48.0, TimeUnit::Hours),
            ("1 heure", 1.0, TimeUnit::Hours),
            ("1 day", 1.0, TimeUnit::CalendarDays),
            ("30 calendar days", 30.0, TimeUnit::CalendarDays),
            ("30 jours calendaires", 30.0, TimeUnit::CalendarDays),
            ("15 jours francs", 15.0, TimeUnit::CalendarDays),
            ("1,5 jours", 1.5, TimeUnit::CalendarDays),
            ("1.5 days", 1.5, TimeUnit::CalendarDays),
            ("3 jours ouvrés", 3.0, TimeUnit::BusinessDays),
            ("3 working days", 3.0, TimeUnit::BusinessDays),
            ("1 business day", 1.0, TimeUnit::BusinessDays),
            ("10 jours ouvrables", 10.0, TimeUnit::WorkingDaysMonSat),
            ("2 weeks", 2.0, TimeUnit::Weeks),
            ("deux semaines", 2.0, TimeUnit::Weeks),
            ("6 mois", 6.0, TimeUnit::Months),
            ("1 month", 1.0, TimeUnit::Months),
            ("1 year", 1.0, TimeUnit::Years),
            ("3 ans", 3.0, TimeUnit::Years),
            ("un an", 1.0, TimeUnit::Years),
            ("2 années", 2.0, TimeUnit::Years),
            ("an hour", 1.0, TimeUnit::Hours),
            ("a week", 1.0, TimeUnit::Weeks),
        ];
        for (text, amount, unit) in cases {
            assert_eq!(parse_duration(text), quantified(amount, unit), "{text}");
        }
    }

    #[test]
    fn spelled_out_numbers() {
        assert_eq!(parse_duration("forty-eight (48) hours"), quantified(48.0, TimeUnit::Hours));
        assert_eq!(parse_duration("seventy-two hours"), quantified(72.0, TimeUnit::Hours));
        assert_eq!(parse_duration("quarante-huit (48) heures"), quantified(48.0, TimeUnit::Hours));
        assert_eq!(parse_duration("soixante-douze heures"), quantified(72.0, TimeUnit::Hours));
        assert_eq!(parse_duration("soixante-dix jours"), quantified(70.0, TimeUnit::CalendarDays));
        assert_eq!(parse_duration("quatre-vingt-dix jours"), quantified(90.0, TimeUnit::CalendarDays));
        assert_eq!(parse_duration("thirty (30) calendar days"), quantified(30.0, TimeUnit::CalendarDays));
        assert_eq!(parse_duration("48 (forty-eight) hours"), quantified(48.0, TimeUnit::Hours));
        assert_eq!(parse_duration("one hundred days"), quantified(100.0, TimeUnit::CalendarDays));
    }

    #[test]
    fn words_around_the_quantity() {
        assert_eq!(parse_duration("within 48 hours"), quantified(48.0, TimeUnit::Hours));
        assert_eq!(parse_duration("at least 30 days in advance"), quantified(30.0, TimeUnit::CalendarDays));
        assert_eq!(parse_duration("au plus tard 48 heures"), quantified(48.0, TimeUnit::Hours));
        assert_eq!(parse_duration("dans un délai de 72 heures"), quantified(72.0, TimeUnit::Hours));
        assert_eq!(parse_duration("a 24-hour window"), quantified(24.0, TimeUnit::Hours));
        assert_eq!(
            parse_duration("without undue delay and in any event within 48 hours"),
            quantified(48.0, TimeUnit::Hours),
            "the number wins over the vague words"
        );
        assert_eq!(parse_duration("immédiatement et au plus tard sous 24 heures"), quantified(24.0, TimeUnit::Hours));
    }

    #[test]
    fn vague_and_immediate_words() {
        for text in [
            "promptly",
            "as soon as possible",
            "as soon as reasonably practicable",
            "dans les meilleurs délais",
            "sans délai",
            "sans retard injustifié",
            "dès que possible",
            "within a few days",
        ] {
            assert_eq!(parse_duration(text), Ok(Duration::Unquantified), "{text}");
        }
        for text in ["immediately", "Immédiatement", "forthwith"] {
            assert_eq!(parse_duration(text), Ok(Duration::Immediate), "{text}");
        }
        assert_eq!(
            parse_duration("dès que possible après la mise à jour"),
            Ok(Duration::Unquantified),
            "`à jour` is not a day"
        );
    }

    #[test]
    fn errors_say_what_is_missing() {
        assert_eq!(parse_duration("48"), Err(ValueError::MissingUnit));
        assert_eq!(parse_duration("within 48."), Err(ValueError::MissingUnit));
        assert_eq!(parse_duration("48 parsecs"), Err(ValueError::UnknownUnit { unit: "parsecs".to_string() }));
        assert_eq!(parse_duration("soon"), Err(ValueError::Unrecognised { expected: DURATION_EXAMPLES }));
        assert_eq!(parse_duration(""), Err(ValueError::Unrecognised { expected: DURATION_EXAMPLES }));
    }

    #[test]
    fn calendar_bounds() {
        let hours = |text: &str| {
            let duration = parse_duration(text).unwrap();
            (duration.calendar_hours_min(), duration.calendar_hours_max())
        };
        assert_eq!(hours("72 hours"), (Some(72.0), Some(72.0)));
        assert_eq!(hours("3 days"), (Some(72.0), Some(72.0)));
        assert_eq!(hours("3 business days"), (Some(72.0), Some(120.0)), "Sat, Sun, Mon, Tue, Wed");
        assert_eq!(hours("5 business days"), (Some(168.0), Some(168.0)), "a weekend in every run of five");
        assert_eq!(hours("6 business days"), (Some(192.0), Some(240.0)));
        assert_eq!(hours("10 business days"), (Some(336.0), Some(336.0)), "always two weekends");
        assert_eq!(hours("10 jours ouvrés"), (Some(336.0), Some(336.0)));
        assert_eq!(hours("12 jours ouvrés"), (Some(384.0), Some(432.0)));
        assert_eq!(hours("1 business day"), (Some(24.0), Some(72.0)));
        assert_eq!(hours("6 jours ouvrables"), (Some(168.0), Some(168.0)), "a Sunday in every run of six");
        assert_eq!(hours("7 jours ouvrables"), (Some(192.0), Some(216.0)));
        assert_eq!(hours("2 weeks"), (Some(336.0), Some(336.0)));
        assert_eq!(hours("1 month"), (Some(28.0 * 24.0), Some(31.0 * 24.0)));
        assert_eq!(hours("1 year"), (Some(365.0 * 24.0), Some(366.0 * 24.0)));
        assert_eq!(hours("immediately"), (Some(0.0), Some(0.0)));
        assert_eq!(hours("without undue delay"), (None, None));
        let business = parse_duration("3 business days").unwrap();
        assert_eq!((business.days_min(), business.days_max()), (Some(3.0), Some(5.0)));
        assert!(business.is_variable());
        assert!(!parse_duration("72 hours").unwrap().is_variable());
    }

    #[test]
    fn describes_in_both_languages() {
        let describe = |text: &str, lang| parse_duration(text).unwrap().describe(lang);
        assert_eq!(describe("48 heures", Lang::En), "48 hours");
        assert_eq!(describe("48 hours", Lang::Fr), "48 heures");
        assert_eq!(describe("1 hour", Lang::En), "1 hour");
        assert_eq!(describe("1,5 jours", Lang::En), "1.5 days");
        assert_eq!(describe("1.5 days", Lang::Fr), "1,5 jour");
        assert_eq!(describe("3 jours ouvrés", Lang::En), "3 business days");
        assert_eq!(describe("10 jours ouvrables", Lang::Fr), "10 jours ouvrables");
        assert_eq!(describe("immediately", Lang::Fr), "immédiatement");
        assert_eq!(parse_duration("promptly").unwrap().to_string(), "without a stated time limit");
    }

    #[test]
    fn serialises_with_hours() {
        let json = serde_json::to_value(parse_duration("48 hours").unwrap()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind": "quantified", "amount": 48, "unit": "hours", "hours": 48, "hours_min": 48, "hours_max": 48, "text": "48 hours"})
        );
        let business = serde_json::to_value(parse_duration("3 business days").unwrap()).unwrap();
        assert_eq!(business.get("hours"), None, "no single length");
        assert_eq!(business["hours_max"], serde_json::json!(120));
        let half = serde_json::to_value(parse_duration("1,5 jours").unwrap()).unwrap();
        assert_eq!(half["amount"], serde_json::json!(1.5));
        let vague = serde_json::to_value(Duration::Unquantified).unwrap();
        assert_eq!(vague, serde_json::json!({"kind": "unquantified", "text": "without a stated time limit"}));
        let back: Duration = serde_json::from_value(json).unwrap();
        assert_eq!(back, Duration::Quantified { amount: 48.0, unit: TimeUnit::Hours });
    }

    #[test]
    fn finds_durations_in_prose() {
        let text =
            "The Processor shall notify the Controller without undue delay and within 48 hours after becoming aware.";
        let found = find_duration(text).unwrap();
        assert_eq!(found.value, Duration::Quantified { amount: 48.0, unit: TimeUnit::Hours });
        assert_eq!(&text[found.start..found.end], "48 hours");
        let vague = "Le Sous-traitant notifie la violation dans les meilleurs délais.";
        let found = find_duration(vague).unwrap();
        assert_eq!(found.value, Duration::Unquantified);
        assert_eq!(&vague[found.start..found.end], "dans les meilleurs délais");
        assert_eq!(find_duration("Le Sous-traitant tient à jour un registre."), None);
    }
}

//! What the run takes from its environment: the message language, the date, the terminal.

use std::time::{SystemTime, UNIX_EPOCH};

use dpa_core::values::Date;
use dpa_core::Lang;

/// The message language from the locale variables, in POSIX order: the first one that is set
/// and non-empty decides (`LC_ALL=C` means English even if `LANG=fr_FR`). `LANGUAGE` may list
/// several languages separated by `:`; the first supported one wins.
pub fn locale_lang(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        let Some(value) = var(name).filter(|value| !value.trim().is_empty()) else {
            continue;
        };
        return if name == "LANGUAGE" { value.split(':').find_map(Lang::from_tag) } else { Lang::from_tag(&value) };
    }
    None
}

/// Today's date (UTC), what freshness rules compare against when a document has no date.
pub fn today() -> Option<Date> {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    Some(civil_date(i64::try_from(seconds / 86_400).ok()?))
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
fn civil_date(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date { year: year as i32, month: month as u8, day: day as u8 }
}

/// Whether `NO_COLOR` asks for no colour (any non-empty value, per no-color.org).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

/// Whether the run is in continuous integration (the `CI` variable most CI services set).
pub fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|value| !value.is_empty() && value != "false" && value != "0")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang_with(vars: &[(&str, &str)]) -> Option<Lang> {
        locale_lang(|name| vars.iter().find(|(key, _)| *key == name).map(|(_, value)| value.to_string()))
    }

    #[test]
    fn the_first_set_locale_variable_decides() {
        assert_eq!(lang_with(&[("LANG", "fr_FR.UTF-8")]), Some(Lang::Fr));
        assert_eq!(lang_with(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "fr_FR.UTF-8")]), Some(Lang::En));
        assert_eq!(lang_with(&[("LC_ALL", ""), ("LC_MESSAGES", "fr_CA"), ("LANG", "en_US")]), Some(Lang::Fr));
        assert_eq!(lang_with(&[("LC_ALL", "C.UTF-8"), ("LANG", "fr_FR.UTF-8")]), None);
        assert_eq!(lang_with(&[("LANGUAGE", "de:fr:en")]), Some(Lang::Fr));
        assert_eq!(lang_with(&[]), None);
    }

    #[test]
    fn day_counts_become_calendar_dates() {
        assert_eq!(civil_date(0), Date { year: 1970, month: 1, day: 1 });
        assert_eq!(civil_date(11_016), Date { year: 2000, month: 2, day: 29 });
        assert_eq!(civil_date(20_454), Date { year: 2026, month: 1, day: 1 });
        assert_eq!(civil_date(-1), Date { year: 1969, month: 12, day: 31 });
    }
}

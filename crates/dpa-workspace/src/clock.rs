//! Today's date, which date rules compare against when a document has no `date:`.

use std::time::{SystemTime, UNIX_EPOCH};

use dpa_core::values::Date;

/// Today's date (UTC); `None` if the clock is before 1970.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_become_calendar_dates() {
        assert_eq!(civil_date(0), Date { year: 1970, month: 1, day: 1 });
        assert_eq!(civil_date(11_016), Date { year: 2000, month: 2, day: 29 });
        assert_eq!(civil_date(20_454), Date { year: 2026, month: 1, day: 1 });
        assert_eq!(civil_date(-1), Date { year: 1969, month: 12, day: 31 });
    }

    #[test]
    fn today_comes_from_the_system_clock() {
        let today = today().expect("the clock is after 1970");
        assert!(today.year >= 2026 && (1..=12).contains(&today.month), "{today:?}");
    }
}

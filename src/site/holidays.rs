//! Japan's public holidays (祝日, with substitute holidays, 振替休日) for "open now", computed at
//! build time with the `jpholiday` crate for the build's year and the next five. The crate stays
//! out of the wasm: the site carries one file of the dates (`holidays.json`, `src/ui/holidays.rs`).

use jpholiday::chrono::NaiveDate;
use jpholiday::jpholiday::JPHoliday;

use crate::hours::Holiday;

/// How many years, from the build's, the table covers.
pub const YEARS: i32 = 6;

pub fn table(from_year: i32) -> Vec<Holiday> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a real date");
    let holidays = JPHoliday::new();
    (from_year..from_year + YEARS)
        .flat_map(|year| holidays.year_holidays(year))
        .map(|(date, name)| Holiday { date: (date - epoch).num_days(), name })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> i64 {
        (NaiveDate::from_ymd_opt(y, m, d).unwrap() - NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days()
    }

    #[test]
    fn knows_the_holidays_and_substitutes_across_years() {
        let table = table(2026);
        let name = |y, m, d| table.iter().find(|h| h.date == day(y, m, d)).map(|h| h.name.as_str());
        assert_eq!(name(2026, 11, 23), Some("勤労感謝の日"));
        assert_eq!(name(2026, 11, 24), None);
        // 3 May 2026 is a Sunday: the next free weekday, 6 May, is a substitute holiday.
        assert!(name(2026, 5, 6).is_some_and(|n| n.contains("振替休日")), "{:?}", name(2026, 5, 6));
        assert_eq!(name(2027, 1, 1), Some("元日"));
        // Coming of Age Day, the second Monday of January: 11 January 2027, 10 January 2028.
        assert_eq!(name(2027, 1, 11), Some("成人の日"));
        assert_eq!(name(2028, 1, 10), Some("成人の日"));
        // 23 February, the Emperor's Birthday; 2031 is the table's last year.
        assert_eq!(name(2031, 2, 24), Some("天皇誕生日 振替休日"));
        assert_eq!(name(2032, 1, 1), None);
    }
}

//! The last day of a time limit, counted as a cited rule counts it: for a request for review of a
//! refusal, 7 days from the day after the person was told, moved on past a day the government
//! offices are closed. Only where the rule is known for every day it passes (the holiday table
//! covers the year); otherwise no date, and the page gives the rule in words.

use crate::date::PartialDate;
use crate::hours::{Holiday, Weekday};
use crate::model::CountingRule;

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn day_number(date: PartialDate) -> Option<i64> {
    let (y, m, d) = (i64::from(date.year), i64::from(date.month), i64::from(date.day?));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The civil date of a day number.
pub fn from_day_number(days: i64) -> PartialDate {
    // Noon in Japan of that day, in milliseconds: the date in Japan is that day.
    PartialDate::in_japan(days as f64 * 86_400_000.0)
}

/// The day of the week of a day number (1970-01-01 was a Thursday).
pub fn weekday(days: i64) -> Weekday {
    const FROM_THURSDAY: [Weekday; 7] =
        [Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun, Weekday::Mon, Weekday::Tue, Weekday::Wed];
    FROM_THURSDAY[days.rem_euclid(7) as usize]
}

/// Whether the government offices are closed that day: a weekend, a public holiday, or the New
/// Year closure (29 December to 3 January).
pub fn offices_closed(days: i64, holidays: &[Holiday]) -> bool {
    let date = from_day_number(days);
    let new_year = (date.month == 12 && date.day >= Some(29)) || (date.month == 1 && date.day <= Some(3));
    matches!(weekday(days), Weekday::Sat | Weekday::Sun) || new_year || holidays.iter().any(|h| h.date == days)
}

/// The last day to act, for an event on `told` and a limit of `days`; `None` when the holiday
/// table does not cover the days the count passes through (it is known year by year).
pub fn last_day(told: PartialDate, days: u16, rule: CountingRule, holidays: &[Holiday]) -> Option<PartialDate> {
    let covered = |day: i64| {
        let year = from_day_number(day).year;
        holidays.iter().any(|h| from_day_number(h.date).year == year)
    };
    match rule {
        CountingRule::NextDayToNextOpenDay => {
            let mut last = day_number(told)? + i64::from(days);
            while covered(last) && offices_closed(last, holidays) {
                last += 1;
            }
            covered(last).then(|| from_day_number(last))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    /// Japan's public holidays of 2026 and 2027 that the cases below pass, as the build's table
    /// gives them (src/site/holidays.rs tests the table itself).
    fn holidays() -> Vec<Holiday> {
        [
            "2026-01-01",
            "2026-01-12",
            "2026-04-29",
            "2026-05-03",
            "2026-05-04",
            "2026-05-05",
            "2026-05-06",
            "2026-11-23",
            "2027-01-01",
            "2027-01-11",
        ]
        .iter()
        .map(|d| Holiday { date: day_number(date(d)).unwrap(), name: "holiday".into() })
        .collect()
    }

    fn last(told: &str) -> Option<String> {
        last_day(date(told), 7, CountingRule::NextDayToNextOpenDay, &holidays())
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day.unwrap()))
    }

    #[test]
    fn counts_days_from_the_civil_calendar_and_back() {
        for d in ["1970-01-01", "2000-02-29", "2024-02-29", "2026-12-31", "2027-03-01"] {
            assert_eq!(from_day_number(day_number(date(d)).unwrap()), date(d), "{d}");
        }
        assert_eq!(day_number(date("1970-01-02")), Some(1));
        assert_eq!(weekday(day_number(date("2026-12-04")).unwrap()), Weekday::Fri);
        assert_eq!(day_number(date("2026-12")), None, "a month has no day number");
    }

    #[test]
    fn seven_days_from_the_day_after_being_told() {
        // Told on Monday 2 March 2026: the 7 days run from Tuesday 3 to Monday 9 March.
        assert_eq!(last("2026-03-02").as_deref(), Some("2026-03-09"));
        // Across a month's end.
        assert_eq!(last("2026-03-26").as_deref(), Some("2026-04-02"));
        assert_eq!(last("2028-02-24"), None, "2028's holidays are not in this table");
    }

    #[test]
    fn a_last_day_when_offices_are_closed_moves_to_the_next_open_day() {
        // Told on Friday 20 November 2026: the 7th day is Friday 27th, open.
        assert_eq!(last("2026-11-20").as_deref(), Some("2026-11-27"));
        // Told on Saturday 21 November: the 7th day is Saturday 28th; Monday 30th.
        assert_eq!(last("2026-11-21").as_deref(), Some("2026-11-30"));
        // Told on Monday 16 November: the 7th day is Monday 23rd, a public holiday; the 24th.
        assert_eq!(last("2026-11-16").as_deref(), Some("2026-11-24"));
        // Across the New Year closure (29 Dec – 3 Jan) and the year's end: told on Tuesday 22
        // December, the 7th day is Tuesday 29th; the offices open on Monday 4 January 2027.
        assert_eq!(last("2026-12-22").as_deref(), Some("2027-01-04"));
        // Golden Week: told on Tuesday 28 April 2026, the 7th day is Tuesday 5 May (a holiday), then
        // 6 May (a substitute holiday): Thursday 7 May.
        assert_eq!(last("2026-04-28").as_deref(), Some("2026-05-07"));
        // Told on Monday 4 January 2027: the 7th is Monday 11th, Coming of Age Day; the 12th.
        assert_eq!(last("2027-01-04").as_deref(), Some("2027-01-12"));
    }
}

//! Opening hours: reading schedules (HSDS `byday`/`opens_at`/`closes_at`, or the source's
//! "Monday-Friday 10:00-17:00"), and whether a place is open now, in Japan time (UTC+9, no DST).

use serde::{Deserialize, Serialize};

use crate::json::Json;
use crate::model::Schedule;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

pub const WEEK: [Weekday; 7] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
const CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

impl Weekday {
    pub fn index(self) -> usize {
        self as usize
    }

    /// From an iCalendar code ("MO") or an English name ("Monday", "mon").
    pub fn parse(s: &str) -> Option<Weekday> {
        let lower = s.trim().to_ascii_lowercase();
        let i = CODES
            .iter()
            .position(|c| c.eq_ignore_ascii_case(&lower))
            .or_else(|| NAMES.iter().position(|n| lower.len() >= 3 && n.starts_with(lower.as_str())))?;
        Some(WEEK[i])
    }

    pub fn code(self) -> &'static str {
        CODES[self.index()]
    }
}

/// Minutes since midnight; 24:00 is allowed as a closing time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeOfDay(pub u16);

impl TimeOfDay {
    pub fn parse(s: &str) -> Option<TimeOfDay> {
        let (h, m) = s.trim().split_once(':')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(TimeOfDay(h * 60 + m))
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HoursError {
    UnknownDay(String),
    NoDays,
    BadTime(String),
    ClosesBeforeOpening,
}

/// One checked schedule: these days, from `opens` to `closes`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hours {
    pub days: Vec<Weekday>,
    pub opens: TimeOfDay,
    pub closes: TimeOfDay,
}

impl Hours {
    pub fn from_schedule(s: &Schedule) -> Result<Hours, HoursError> {
        let mut days = s
            .byday
            .iter()
            .map(|d| Weekday::parse(d).filter(|_| d.len() == 2).ok_or_else(|| HoursError::UnknownDay(d.clone())))
            .collect::<Result<Vec<_>, _>>()?;
        days.sort_unstable();
        days.dedup();
        Hours::new(days, &s.opens_at, &s.closes_at)
    }

    fn new(days: Vec<Weekday>, opens: &str, closes: &str) -> Result<Hours, HoursError> {
        let time = |t: &str| TimeOfDay::parse(t).ok_or_else(|| HoursError::BadTime(t.to_string()));
        let (opens, closes) = (time(opens)?, time(closes)?);
        if days.is_empty() {
            Err(HoursError::NoDays)
        } else if closes <= opens {
            Err(HoursError::ClosesBeforeOpening)
        } else {
            Ok(Hours { days, opens, closes })
        }
    }

    /// The days as runs of consecutive days, e.g. Mon–Fri, Sun.
    pub fn day_runs(&self) -> Vec<(Weekday, Weekday)> {
        let mut runs: Vec<(Weekday, Weekday)> = Vec::new();
        for &d in &self.days {
            match runs.last_mut() {
                Some((_, end)) if end.index() + 1 == d.index() => *end = d,
                _ => runs.push((d, d)),
            }
        }
        runs
    }

    pub fn to_schedule(&self) -> Schedule {
        Schedule {
            byday: self.days.iter().map(|d| d.code().to_string()).collect(),
            opens_at: self.opens.to_string(),
            closes_at: self.closes.to_string(),
        }
    }
}

/// Reads the source's wording: "Monday-Friday 10:00-17:00", "Mon, Wed 9:30–12:00".
pub fn parse_text(s: &str) -> Result<Hours, HoursError> {
    let s = s.replace(['–', '—', '〜', '~'], "-");
    let split = s.find(|c: char| c.is_ascii_digit()).ok_or_else(|| HoursError::BadTime(s.clone()))?;
    let (days_text, times) = s.split_at(split);
    let (opens, closes) = times.split_once('-').ok_or_else(|| HoursError::BadTime(times.to_string()))?;
    let mut days = Vec::new();
    for part in days_text.split([',', '&']).map(str::trim).filter(|p| !p.is_empty()) {
        let day = |d: &str| Weekday::parse(d).ok_or_else(|| HoursError::UnknownDay(d.trim().to_string()));
        match part.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (day(from)?, day(to)?);
                days.extend(WEEK.iter().copied().filter(|d| (from..=to).contains(d)));
            }
            None => days.push(day(part)?),
        }
    }
    days.sort_unstable();
    days.dedup();
    Hours::new(days, opens, closes)
}

/// A moment in Japan: the weekday, the minute of the day, and the date (as days since
/// 1970-01-01, for public holidays).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JapanTime {
    pub day: Weekday,
    pub minute: u16,
    pub date: i64,
}

/// A public holiday in Japan (祝日, or a substitute holiday, 振替休日): its date, as days since
/// 1970-01-01, and its name in Japanese.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    pub date: i64,
    pub name: String,
}

/// Where the site keeps its table of holidays, one file for every page and language, which the
/// build writes and the islands that count days read (`[[date, "name"], …]`).
pub const HOLIDAYS_FILE: &str = "holidays.json";

impl Holiday {
    /// The table as the file holds it.
    pub fn write_table(holidays: &[Holiday]) -> String {
        Json::Array(holidays.iter().map(|h| Json::Array(vec![h.date.into(), h.name.as_str().into()])).collect()).write()
    }

    /// The table from the file; `None` for anything else.
    pub fn read_table(text: &str) -> Option<Vec<Holiday>> {
        Json::parse(text)?
            .as_array()?
            .iter()
            .map(|h| match h.as_array()? {
                [date, name] => Some(Holiday { date: date.as_i64()?, name: name.as_str()?.to_string() }),
                _ => None,
            })
            .collect()
    }
}

/// Japan time for a Unix time in milliseconds.
pub fn japan_time(unix_ms: f64) -> JapanTime {
    const DAY_MS: f64 = 86_400_000.0;
    let local = unix_ms + 9.0 * 3_600_000.0;
    let days = (local / DAY_MS).floor();
    // 1970-01-01 was a Thursday.
    let day = WEEK[((days as i64 + 3).rem_euclid(7)) as usize];
    let minute = ((local - days * DAY_MS) / 60_000.0).floor() as u16;
    JapanTime { day, minute, date: days as i64 }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    OpenUntil(TimeOfDay),
    /// Closed now; opens next on this day at this time.
    ClosedUntil(Weekday, TimeOfDay),
    /// Today is a public holiday (its name): the source does not say whether it closes, so
    /// the person is told it may, and to call first.
    Holiday(String),
}

/// Whether any of the schedules is open at `now`, and until when (or when it opens next, past
/// weekends and public holidays). On a public holiday it says so, and claims nothing more.
pub fn status(hours: &[Hours], now: JapanTime, holidays: &[Holiday]) -> Option<OpenStatus> {
    if hours.is_empty() {
        return None;
    }
    let holiday = |date: i64| holidays.iter().find(|h| h.date == date);
    if let Some(today) = holiday(now.date) {
        return Some(OpenStatus::Holiday(today.name.clone()));
    }
    let open = TimeOfDay(now.minute);
    if let Some(h) = hours.iter().find(|h| h.days.contains(&now.day) && h.opens <= open && open < h.closes) {
        return Some(OpenStatus::OpenUntil(h.closes));
    }
    // The next opening: later today, else the first day after today that has hours and is not
    // a public holiday (a run of them, as in Golden Week, is at most a week).
    (0..15).find_map(|offset| {
        let day = WEEK[(now.day.index() + offset) % 7];
        if offset > 0 && holiday(now.date + offset as i64).is_some() {
            return None;
        }
        hours
            .iter()
            .filter(|h| h.days.contains(&day) && (offset > 0 || h.opens > open))
            .map(|h| h.opens)
            .min()
            .map(|t| OpenStatus::ClosedUntil(day, t))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holiday_table_reads_back_as_written_and_nothing_else() {
        let table = vec![Holiday { date: 20454, name: "元日".into() }, Holiday { date: 20461, name: "成人の日".into() }];
        assert_eq!(Holiday::read_table(&Holiday::write_table(&table)), Some(table));
        assert_eq!(Holiday::read_table("[]"), Some(vec![]));
        for bad in ["", "{}", "[[1]]", "[[\"x\", \"y\"]]", "[[1, 2]]"] {
            assert_eq!(Holiday::read_table(bad), None, "{bad}");
        }
    }
    use Weekday::*;

    fn jar() -> Hours {
        parse_text("Monday-Friday 10:00-17:00").unwrap()
    }

    #[test]
    fn reads_the_sources_wording() {
        assert_eq!(jar(), Hours { days: vec![Mon, Tue, Wed, Thu, Fri], opens: TimeOfDay(600), closes: TimeOfDay(1020) });
        assert_eq!(parse_text("Mon, Wed 9:30–12:00").unwrap().days, vec![Mon, Wed]);
        assert_eq!(parse_text("Saturday 10:00-24:00").unwrap().closes, TimeOfDay(1440));
        assert_eq!(parse_text("Funday 10:00-17:00"), Err(HoursError::UnknownDay("Funday".into())));
        assert_eq!(parse_text("Monday 17:00-10:00"), Err(HoursError::ClosesBeforeOpening));
        assert_eq!(parse_text("Monday 10:00-25:00"), Err(HoursError::BadTime("25:00".into())));
        assert_eq!(parse_text("10:00-17:00"), Err(HoursError::NoDays));
        assert!(parse_text("Monday").is_err());
    }

    #[test]
    fn reads_and_writes_hsds_schedules() {
        let schedule = jar().to_schedule();
        assert_eq!(schedule.byday, ["MO", "TU", "WE", "TH", "FR"]);
        assert_eq!((schedule.opens_at.as_str(), schedule.closes_at.as_str()), ("10:00", "17:00"));
        assert_eq!(Hours::from_schedule(&schedule), Ok(jar()));
        let bad_day = Schedule { byday: vec!["Monday".into()], ..schedule.clone() };
        assert_eq!(Hours::from_schedule(&bad_day), Err(HoursError::UnknownDay("Monday".into())));
        let bad_time = Schedule { opens_at: "10".into(), ..schedule };
        assert_eq!(Hours::from_schedule(&bad_time), Err(HoursError::BadTime("10".into())));
    }

    #[test]
    fn groups_consecutive_days() {
        assert_eq!(jar().day_runs(), vec![(Mon, Fri)]);
        let split = parse_text("Mon, Tue, Thu, Sat-Sun 9:00-12:00").unwrap();
        assert_eq!(split.day_runs(), vec![(Mon, Tue), (Thu, Thu), (Sat, Sun)]);
    }

    #[test]
    fn converts_to_japan_time() {
        // 2026-11-25T00:59:00Z is Wednesday 09:59 in Tokyo.
        assert_eq!(japan_time(1_795_568_340_000.0), JapanTime { day: Wed, minute: 599, date: 20_782 });
        // 2026-11-27T15:00:00Z is Saturday 00:00 in Tokyo.
        assert_eq!(japan_time(1_795_791_600_000.0), JapanTime { day: Sat, minute: 0, date: 20_785 });
    }

    #[test]
    fn says_whether_open_now_and_when_it_opens_next() {
        let hours = [jar()];
        // Week of Monday 2026-11-23 (day 20 780), the first day is a public holiday; here, none.
        let at = |day: Weekday, h: u16, m: u16| {
            status(&hours, JapanTime { day, minute: h * 60 + m, date: 20_780 + day.index() as i64 }, &[])
        };
        assert_eq!(at(Wed, 9, 59), Some(OpenStatus::ClosedUntil(Wed, TimeOfDay(600))));
        assert_eq!(at(Wed, 10, 0), Some(OpenStatus::OpenUntil(TimeOfDay(1020))));
        assert_eq!(at(Wed, 16, 59), Some(OpenStatus::OpenUntil(TimeOfDay(1020))));
        assert_eq!(at(Wed, 17, 0), Some(OpenStatus::ClosedUntil(Thu, TimeOfDay(600))));
        assert_eq!(at(Fri, 18, 0), Some(OpenStatus::ClosedUntil(Mon, TimeOfDay(600))));
        assert_eq!(at(Sun, 12, 0), Some(OpenStatus::ClosedUntil(Mon, TimeOfDay(600))));
        assert_eq!(status(&[], JapanTime { day: Mon, minute: 0, date: 20_780 }, &[]), None);
    }

    #[test]
    fn on_a_public_holiday_says_so_and_skips_holidays_to_the_next_opening() {
        let hours = [jar()];
        let holidays = [Holiday { date: 20_780, name: "勤労感謝の日".into() }];
        let at = |day: Weekday, h: u16| {
            status(&hours, JapanTime { day, minute: h * 60, date: 20_780 + day.index() as i64 }, &holidays)
        };
        // Monday 23 November 2026, 11:00: a public holiday. The source does not say it closes.
        assert_eq!(at(Mon, 11), Some(OpenStatus::Holiday("勤労感謝の日".into())));
        assert_eq!(at(Tue, 11), Some(OpenStatus::OpenUntil(TimeOfDay(1020))));
        // Friday evening: the next opening skips the weekend and the holiday after it.
        let next_week = [Holiday { date: 20_780 + 7, name: "x".into() }];
        let friday = JapanTime { day: Fri, minute: 18 * 60, date: 20_780 + 4 };
        assert_eq!(status(&hours, friday, &next_week), Some(OpenStatus::ClosedUntil(Tue, TimeOfDay(600))));
    }
}

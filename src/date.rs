//! Dates as the dataset writes them: `YYYY-MM` (the source says "May 2023") or `YYYY-MM-DD`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: u16,
    pub month: u8,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.split('-');
        let year: u16 = digits(parts.next(), 4)?.parse().ok()?;
        let month: u8 = digits(parts.next(), 2)?.parse().ok().filter(|m| (1..=12).contains(m))?;
        let day = match parts.next() {
            None => None,
            Some(d) => Some(digits(Some(d), 2)?.parse().ok().filter(|&d| d >= 1 && d <= days_in_month(year, month))?),
        };
        (parts.next().is_none() && year >= 1900).then_some(PartialDate { year, month, day })
    }
}

impl PartialDate {
    /// The date in Japan at a Unix time in milliseconds.
    pub fn in_japan(unix_ms: f64) -> PartialDate {
        let days = ((unix_ms + 9.0 * 3_600_000.0) / 86_400_000.0).floor() as i64;
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        PartialDate { year, month, day: Some(day) }
    }
}

/// The part if it is exactly `len` ASCII digits.
fn digits(part: Option<&str>, len: usize) -> Option<&str> {
    part.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_month_and_day_precision() {
        assert_eq!(PartialDate::parse("2023-05"), Some(PartialDate { year: 2023, month: 5, day: None }));
        assert_eq!(PartialDate::parse("2024-02-29"), Some(PartialDate { year: 2024, month: 2, day: Some(29) }));
        // 2026-12-01T15:00Z is already 2 December in Japan.
        assert_eq!(PartialDate::in_japan(1_796_137_200_000.0), PartialDate { year: 2026, month: 12, day: Some(2) });
        assert_eq!(PartialDate::in_japan(0.0), PartialDate { year: 1970, month: 1, day: Some(1) });
        assert_eq!(PartialDate::in_japan(951_782_400_000.0), PartialDate { year: 2000, month: 2, day: Some(29) });
        for bad in ["2023", "2023-13", "2023-5", "2023-02-29", "2023-05-00", "May 2023", "2023-05-01-01", "0023-05", ""] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }
}

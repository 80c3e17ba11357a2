//! Numbers, plural categories and dates written the reader's way. The static pages are drawn
//! natively with ICU4X's CLDR data; the app in the browser uses the browser's Intl (free in the
//! wasm). Both follow CLDR, so a count the app redraws reads as the page drew it.

#[cfg(target_arch = "wasm32")]
pub use crate::web::intl::{format_date, format_number, plural_category};
#[cfg(not(target_arch = "wasm32"))]
pub use native::{format_date, format_number, plural_category};

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use icu_calendar::{Date, Gregorian};
    use icu_datetime::FixedCalendarDateTimeFormatter;
    use icu_datetime::fieldsets::{YM, YMD};
    use icu_decimal::DecimalFormatter;
    use icu_decimal::input::Decimal;
    use icu_locale::Locale;
    use icu_plurals::{PluralCategory, PluralRules};

    fn locale(lang: &str) -> Locale {
        lang.parse().unwrap_or(Locale::UNKNOWN)
    }

    /// The CLDR plural category of `n` in a language: "one", "few", "other", …
    pub fn plural_category(lang: &str, n: usize) -> String {
        let Ok(rules) = PluralRules::try_new_cardinal((&locale(lang)).into()) else { return "other".into() };
        match rules.category_for(n as u64) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
        .into()
    }

    /// A number written the language's way, in its own digits.
    pub fn format_number(lang: &str, n: usize) -> String {
        match DecimalFormatter::try_new((&locale(lang)).into(), Default::default()) {
            Ok(formatter) => formatter.format(&Decimal::from(n as u64)).to_string(),
            Err(_) => n.to_string(),
        }
    }

    /// "May 2023" / "2023年5月" for a year and month (and "25 November 2026" with a day), always
    /// in the Gregorian calendar the dataset's dates are in.
    pub fn format_date(lang: &str, year: u16, month: u8, day: Option<u8>) -> String {
        let iso = || day.map_or_else(|| format!("{year}-{month:02}"), |d| format!("{year}-{month:02}-{d:02}"));
        let Ok(date) = Date::try_new_gregorian(year as i32, month, day.unwrap_or(1)) else { return iso() };
        let prefs = (&locale(lang)).into();
        let written =
            match day {
                Some(_) => FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs, YMD::long())
                    .map(|f| f.format(&date).to_string()),
                None => FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(prefs, YM::long())
                    .map(|f| f.format(&date).to_string()),
            };
        written.unwrap_or_else(|_| iso())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn writes_counts_and_dates_in_each_language() {
            assert_eq!(format_date("en", 2023, 5, None), "May 2023");
            assert_eq!(format_date("ja", 2023, 5, None), "2023年5月");
            assert_eq!(format_date("en", 2026, 11, Some(25)), "November 25, 2026");
            // Persian in the Gregorian calendar, with Persian digits.
            assert_eq!(format_date("fa", 2023, 5, None), "مه ۲۰۲۳");
            assert_eq!(format_number("fa", 9), "۹");
            assert_eq!(format_number("my", 12), "၁၂");
            assert_eq!(format_number("en", 12345), "12,345");
            let arabic: Vec<String> = [0, 1, 2, 3, 11, 100].into_iter().map(|n| plural_category("ar", n)).collect();
            assert_eq!(arabic, ["zero", "one", "two", "few", "many", "other"]);
            assert_eq!(plural_category("ja", 1), "other");
        }

        #[test]
        fn writes_small_numbers_in_the_digits_the_app_writes_them_in() {
            // Below 1000 the app writes digits itself (crate::i18n::native_digits): as ICU4X does.
            for language in crate::i18n::LANGUAGES {
                for n in [0, 7, 42, 999] {
                    let app = crate::i18n::native_digits(language.intl, &n.to_string());
                    assert_eq!(app, format_number(language.intl, n), "{} {n}", language.code);
                }
            }
        }
    }
}

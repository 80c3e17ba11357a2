//! Numbers, plural categories and dates through the browser's Intl, in the reader's language.

use wasm_bindgen::JsValue;

use super::window;

/// The browser's own locale when it is a variant of `lang` (en-GB for en), so dates and numbers
/// look as the person is used to; else `lang` itself.
fn locales(lang: &str) -> js_sys::Array {
    let own =
        browser_languages().into_iter().find(|l| l.split(['-', '_']).next().is_some_and(|base| base.eq_ignore_ascii_case(lang)));
    js_sys::Array::of1(&JsValue::from_str(own.as_deref().unwrap_or(lang)))
}

/// [`locales`], when this browser's Intl has number data for them (some builds lack, e.g.,
/// Burmese or Nepali).
fn intl_locales(lang: &str) -> Option<js_sys::Array> {
    let locales = locales(lang);
    let known = js_sys::Intl::NumberFormat::supported_locales_of(&locales, &js_sys::Object::new()).length() > 0;
    known.then_some(locales)
}

/// The CLDR plural category of `n` in a language: "one", "few", "other", …
pub fn plural_category(lang: &str, n: usize) -> String {
    let rules = js_sys::Intl::PluralRules::new(&locales(lang), &js_sys::Object::new());
    rules.select(n as f64).into()
}

/// A number written the language's way. Below 1000 there is nothing to group, so no Intl: its
/// first use costs some 100 ms on a slow phone, too much for a page's first moments.
pub fn format_number(lang: &str, n: usize) -> String {
    let plain = || crate::i18n::native_digits(lang, &n.to_string());
    let Some(locales) = (n >= 1000).then(|| intl_locales(lang)).flatten() else { return plain() };
    let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new());
    format.format().call1(&JsValue::NULL, &JsValue::from_f64(n as f64)).ok().and_then(|s| s.as_string()).unwrap_or_else(plain)
}

/// A moment on this device, in its time zone: `2026-11-25 20:15`, in the language's digits.
/// Plain, with no Intl (whose date data takes some 250 ms to load on a slow phone).
pub fn format_datetime(lang: &str, unix_ms: f64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(unix_ms));
    let iso =
        format!("{}-{:02}-{:02} {:02}:{:02}", d.get_full_year(), d.get_month() + 1, d.get_date(), d.get_hours(), d.get_minutes());
    crate::i18n::native_digits(lang, &iso)
}

/// A dataset date, `2023-05`, in the language's digits. The app draws none (the static pages
/// write them out with [`crate::intl::format_date`]); this is the same call's browser side.
pub fn format_date(lang: &str, year: u16, month: u8, day: Option<u8>) -> String {
    let iso = day.map_or_else(|| format!("{year}-{month:02}"), |d| format!("{year}-{month:02}-{d:02}"));
    crate::i18n::native_digits(lang, &iso)
}

/// A day written out the language's way, with its weekday ("Monday, January 4, 2027"), for a
/// time limit's last day; the plain date in the language's digits where the browser has no date
/// data for the language. Intl is fine here: it runs once a person has entered a date.
pub fn format_day(lang: &str, year: u16, month: u8, day: u8) -> String {
    let plain = || format_date(lang, year, month, Some(day));
    let locales = locales(lang);
    if js_sys::Intl::DateTimeFormat::supported_locales_of(&locales, &js_sys::Object::new()).length() == 0 {
        return plain();
    }
    let options = js_sys::Object::new();
    for (key, value) in [("weekday", "long"), ("year", "numeric"), ("month", "long"), ("day", "numeric"), ("timeZone", "UTC")] {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let utc = js_sys::Date::new(&JsValue::from_f64(
        js_sys::Date::utc(f64::from(year), f64::from(month) - 1.0) + (f64::from(day) - 1.0) * 86_400_000.0,
    ));
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    format.format().call1(&JsValue::NULL, &utc).ok().and_then(|s| s.as_string()).unwrap_or_else(plain)
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    window().map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default()
}

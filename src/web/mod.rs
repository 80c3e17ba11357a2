//! The browser, behind small safe functions: fetch, the URL and history, storage, clipboard,
//! sharing, Intl and the document. Nothing here panics when a feature is missing; it says so.

pub mod crash;
pub mod embed;
pub mod offline;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// True if `object[name]` exists (calling a missing browser API would abort the app).
fn has(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, or the server is down.
    Network,
    /// The server answered with an error status.
    Status(u16),
}

/// GETs a same-origin URL (relative to the page) as text; sent at once, like [`fetch`].
pub fn fetch_text(url: &str) -> impl Future<Output = Result<String, FetchError>> + use<> {
    let response = fetch(url, false);
    async move { response.await.map(|(text, _)| text) }
}

/// GETs a URL as text, with the response's headers; `fresh` bypasses the HTTP cache. The
/// request goes out when this is called, so several can be in flight before any is awaited.
pub fn fetch(url: &str, fresh: bool) -> impl Future<Output = Result<(String, web_sys::Headers), FetchError>> + use<> {
    let sent = window().ok_or(FetchError::Network).map(|window| {
        let init = web_sys::RequestInit::new();
        if fresh {
            init.set_cache(web_sys::RequestCache::NoStore);
        }
        window.fetch_with_str_and_init(url, &init)
    });
    async move {
        let response: web_sys::Response = JsFuture::from(sent?).await.map_err(|_| FetchError::Network)?.unchecked_into();
        if !response.ok() {
            return Err(FetchError::Status(response.status()));
        }
        let text = response_text(&response).await.ok_or(FetchError::Network)?;
        Ok((text, response.headers()))
    }
}

/// A response's body as text (from the network or from a cache).
async fn response_text(response: &web_sys::Response) -> Option<String> {
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The page URL's decoded query parameters, in order.
pub fn query_params() -> Vec<(String, String)> {
    let search = window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return Vec::new() };
    let Ok(Some(entries)) = js_sys::try_iter(&params.entries()) else { return Vec::new() };
    entries
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// A same-page URL with these query parameters: `?org=jar`, or the bare path for none.
pub fn url_with(params: &[(&str, String)]) -> String {
    let encoded = web_sys::UrlSearchParams::new().map(|p| {
        for (name, value) in params {
            p.append(name, value);
        }
        String::from(p.to_string())
    });
    match encoded {
        Ok(query) if !query.is_empty() => format!("?{query}"),
        _ => window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "./".into()),
    }
}

/// Puts a URL in the address bar: a new history entry, or in place of the current one.
pub fn set_url(url: &str, new_entry: bool) {
    let Some(history) = window().and_then(|w| w.history().ok()) else { return };
    let _ = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(url))
    };
}

/// Changes a query parameter of the current URL in place, if the URL has it.
pub fn replace_param_if_present(name: &str, value: &str) {
    let params = query_params();
    if params.iter().any(|(k, _)| k == name) {
        let changed: Vec<(&str, String)> =
            params.iter().map(|(k, v)| (k.as_str(), if k == name { value.to_string() } else { v.clone() })).collect();
        set_url(&url_with(&changed), false);
    }
}

/// The current page's full address without some parameters (embed mode's, for "open the full app").
pub fn url_without(names: &[&str]) -> String {
    let params = query_params();
    let kept: Vec<(&str, String)> =
        params.iter().filter(|(k, _)| !names.contains(&k.as_str())).map(|(k, v)| (k.as_str(), v.clone())).collect();
    let location = window().map(|w| w.location());
    let base =
        location.map(|l| format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())).unwrap_or_default();
    match url_with(&kept) {
        query if query.starts_with('?') => format!("{base}{query}"),
        _ => base,
    }
}

/// The full address of the current page, for sharing.
pub fn current_href() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// localStorage, if this browser lets the page use it (it may be missing, blocked or full).
pub fn local_storage() -> Option<web_sys::Storage> {
    let storage = window()?.local_storage().ok()??;
    const PROBE: &str = "michishirube.probe";
    storage.set_item(PROBE, "1").ok()?;
    storage.remove_item(PROBE).ok()?;
    Some(storage)
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    window().map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default()
}

/// Sets `<html lang dir>`.
pub fn set_document_language(code: &str, rtl: bool) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// For each character of `sample`, whether the page's font draws it pixel for pixel like
/// U+0378, which is unassigned, so every font draws its empty box for it.
pub fn drawn_as_box(sample: &str) -> Option<Vec<bool>> {
    const SIZE: u32 = 40;
    let document = window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(SIZE);
    canvas.set_height(SIZE);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"willReadFrequently".into(), &true.into());
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context_with_context_options("2d", &options).ok()??.dyn_into().ok()?;
    let family = document
        .body()
        .and_then(|b| window()?.get_computed_style(&b).ok()?)
        .and_then(|s| s.get_property_value("font-family").ok())
        .unwrap_or_else(|| "sans-serif".into());
    let draw = |text: &str| {
        context.clear_rect(0.0, 0.0, SIZE as f64, SIZE as f64);
        context.set_font(&format!("28px {family}"));
        let _ = context.fill_text(text, 4.0, 30.0);
        context.get_image_data(0.0, 0.0, SIZE as f64, SIZE as f64).map(|d| d.data().0).unwrap_or_default()
    };
    let empty_box = draw("\u{378}");
    Some(sample.chars().map(|c| draw(c.encode_utf8(&mut [0; 4])) == empty_box).collect())
}

fn element_by_id(id: &str) -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id(id)
}

pub fn remove_by_id(id: &str) {
    if let Some(e) = element_by_id(id) {
        e.remove();
    }
}

/// Moves focus to the element with this id.
pub fn focus_by_id(id: &str) {
    if let Some(e) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = e.focus();
    }
}

/// Moves focus to the page's main heading, so screen readers announce the new page.
pub fn focus_main_heading() {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    if let Some(heading) =
        document.query_selector("main h1").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Copies text to the clipboard. Returns whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else { return false };
    if !has(&navigator, "clipboard") {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it (or the person closed it).
    Shared,
    /// No share sheet here: the link was copied instead.
    Copied,
    Failed,
}

/// Shares a link through the system share sheet, or copies it where there is none.
pub async fn share(title: &str, url: &str) -> Shared {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Shared::Failed };
    if has(&navigator, "share") {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        // A cancelled share sheet rejects too; that is not a failure to report.
        let _ = JsFuture::from(navigator.share_with_data(&data)).await;
        return Shared::Shared;
    }
    if copy_text(url).await { Shared::Copied } else { Shared::Failed }
}

/// A message in the browser's console, for whoever maintains the data or the site.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The browser's own locale when it is a variant of `lang` (en-GB for en), so dates and numbers
/// look as the person is used to; else `lang` itself.
fn locales(lang: &str) -> js_sys::Array {
    let own =
        browser_languages().into_iter().find(|l| l.split(['-', '_']).next().is_some_and(|base| base.eq_ignore_ascii_case(lang)));
    js_sys::Array::of1(&JsValue::from_str(own.as_deref().unwrap_or(lang)))
}

/// [`locales`], when this browser's Intl has date and number data for them (some builds lack,
/// e.g., Burmese or Nepali; those get ISO dates and digits mapped by
/// [`crate::i18n::native_digits`]).
fn intl_locales(lang: &str) -> Option<js_sys::Array> {
    let locales = locales(lang);
    let known = js_sys::Intl::DateTimeFormat::supported_locales_of(&locales, &js_sys::Object::new()).length() > 0;
    known.then_some(locales)
}

/// The CLDR plural category of `n` in a language: "one", "few", "other", …
pub fn plural_category(lang: &str, n: usize) -> String {
    let rules = js_sys::Intl::PluralRules::new(&locales(lang), &js_sys::Object::new());
    rules.select(n as f64).into()
}

/// A number written the language's way.
pub fn format_number(lang: &str, n: usize) -> String {
    let Some(locales) = intl_locales(lang) else {
        return crate::i18n::native_digits(lang, &n.to_string());
    };
    let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new());
    format
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(n as f64))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| n.to_string())
}

/// A moment as the language writes a date and time: "25 Nov 2026, 20:15".
pub fn format_datetime(lang: &str, unix_ms: f64) -> String {
    let Some(locales) = intl_locales(lang) else {
        let d = js_sys::Date::new(&JsValue::from_f64(unix_ms));
        let iso = format!(
            "{}-{:02}-{:02} {:02}:{:02}",
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date(),
            d.get_hours(),
            d.get_minutes()
        );
        return crate::i18n::native_digits(lang, &iso);
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    let date = js_sys::Date::new(&JsValue::from_f64(unix_ms));
    format.format().call1(&JsValue::NULL, &date).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// "May 2023" / "2023年5月" for a year and month (and "25 November 2026" with a day).
pub fn format_date(lang: &str, year: u16, month: u8, day: Option<u8>) -> String {
    let Some(locales) = intl_locales(lang) else {
        let iso = day.map_or_else(|| format!("{year}-{month:02}"), |d| format!("{year}-{month:02}-{d:02}"));
        return crate::i18n::native_digits(lang, &iso);
    };
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| js_sys::Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
    let _ = (set("year", "numeric"), set("month", "long"), set("timeZone", "UTC"));
    if day.is_some() {
        let _ = set("day", "numeric");
    }
    let date = js_sys::Date::new(&JsValue::from_f64(js_sys::Date::utc(year as f64, (month - 1) as f64)));
    if let Some(d) = day {
        date.set_utc_date(d as u32);
    }
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    format.format().call1(&JsValue::NULL, &date).ok().and_then(|s| s.as_string()).unwrap_or_else(|| format!("{year}-{month:02}"))
}

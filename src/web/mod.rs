//! The browser, behind small safe functions: fetch, the URL and history, storage, clipboard,
//! sharing, Intl and the document. Nothing here panics when a feature is missing; it says so.

pub mod crash;
pub mod embed;
pub mod export;
pub mod form;
pub mod intl;
pub mod offline;
pub mod wake;

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

/// The page's language (`<html lang>`) and the way from it to the site's root (`<html
/// data-root>`, e.g. `../../`), as the build wrote them.
pub fn page_place() -> Option<(String, String)> {
    let root = window()?.document()?.document_element()?;
    Some((root.get_attribute("lang")?, root.get_attribute("data-root").unwrap_or_default()))
}

/// Hides or shows the element with this id.
pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(e) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        e.set_hidden(hidden);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    window().map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default()
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
    share_or_copy(title, url, |data| data.set_url(url)).await
}

/// Shares a text (a report, say) through the share sheet, or copies it where there is none.
pub async fn share_text(title: &str, text: &str) -> Shared {
    share_or_copy(title, text, |data| data.set_text(text)).await
}

async fn share_or_copy(title: &str, copy: &str, fill: impl FnOnce(&web_sys::ShareData)) -> Shared {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Shared::Failed };
    if has(&navigator, "share") {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        fill(&data);
        // A cancelled share sheet rejects too; that is not a failure to report.
        let _ = JsFuture::from(navigator.share_with_data(&data)).await;
        return Shared::Shared;
    }
    if copy_text(copy).await { Shared::Copied } else { Shared::Failed }
}

/// A message in the browser's console, for whoever maintains the data or the site.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

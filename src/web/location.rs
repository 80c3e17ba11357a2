//! The address bar: the page's query, and history entries for a search.

use wasm_bindgen::{JsCast, JsValue};

use super::window;

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

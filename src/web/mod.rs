//! The browser, behind small safe functions, a file for each thing it offers. Nothing here
//! panics when a feature is missing; it says so. Only the islands call these (the static pages
//! are drawn natively, where none of them runs).

pub mod cards;
pub mod clock;
pub mod console;
pub mod crash;
pub mod document;
pub mod embed;
pub mod export;
pub mod fetch;
pub mod fonts;
pub mod form;
pub mod intl;
pub mod location;
pub mod offline;
pub mod share;
pub mod storage;
pub mod wake;

use wasm_bindgen::JsValue;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// True if `object[name]` exists (calling a missing browser API would abort the app).
fn has(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

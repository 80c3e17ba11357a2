//! The document the build wrote: its language and place in the site, its elements by id.

use wasm_bindgen::JsCast;

use super::window;

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

pub(super) fn element_by_id(id: &str) -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id(id)
}

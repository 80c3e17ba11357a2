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

/// Sets or removes an attribute of the element with this id.
pub fn set_attribute(id: &str, name: &str, value: Option<&str>) {
    if let Some(e) = element_by_id(id) {
        let _ = match value {
            Some(value) => e.set_attribute(name, value),
            None => e.remove_attribute(name),
        };
    }
}

/// The page's element with this id.
pub fn element(id: &str) -> Option<web_sys::Element> {
    element_by_id(id)
}

/// The page's element with this id, as an HTML element.
pub fn by_id(id: &str) -> Option<web_sys::HtmlElement> {
    element_by_id(id)?.dyn_into().ok()
}

pub(super) fn element_by_id(id: &str) -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id(id)
}

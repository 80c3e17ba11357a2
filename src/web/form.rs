//! The static search form, from the app's side: its fields are drawn into the page; the app
//! reads a change from its event, and writes the fields within the search island's element.

use wasm_bindgen::JsCast;

use super::document::element_by_id;

/// The field with this name in the element whose id is `root` (the search island's own).
fn field(root: &str, name: &str) -> Option<web_sys::Element> {
    element_by_id(root)?.query_selector(&format!("[name=\"{name}\"]")).ok()?
}

/// A field's value ("" for an empty one).
fn value(field: &web_sys::Element) -> Option<String> {
    match field.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(input) => Some(input.value()),
        None => field.dyn_ref::<web_sys::HtmlSelectElement>().map(|select| select.value()),
    }
}

/// The value of the field with this name in `root`.
pub fn value_in(root: &str, name: &str) -> Option<String> {
    value(&field(root, name)?)
}

/// Sets the field with this name in `root`, unless it already says so (a value set again
/// would move the caret of the person typing in it).
pub fn set_value_in(root: &str, name: &str, to: &str) {
    let Some(field) = field(root, name) else { return };
    if value(&field).as_deref() == Some(to) {
        return;
    }
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(to);
    } else if let Some(select) = field.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.set_value(to);
    }
}

/// The name and value of the field an input event came from, read from the event.
pub fn changed(event: &web_sys::Event) -> (String, String) {
    let field = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let name = field.as_ref().and_then(|f| f.get_attribute("name")).unwrap_or_default();
    let value = field.as_ref().and_then(value).unwrap_or_default();
    (name, value)
}

/// The id of the element an event happened on (a button clicked), if it has one.
pub fn target_id(event: &web_sys::Event) -> Option<String> {
    let element = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    Some(element.id()).filter(|id| !id.is_empty())
}

pub fn open_details(id: &str) {
    if let Some(details) = element_by_id(id).and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
        details.set_open(true);
    }
}

/// Closes the open `<details>` a key was pressed in, and returns focus to its summary.
pub fn close_details_around(event: &web_sys::Event) {
    let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let Some(details) = target.and_then(|t| t.closest("details").ok().flatten()) else { return };
    let Ok(details) = details.dyn_into::<web_sys::HtmlDetailsElement>() else { return };
    if details.open() {
        // Used up: this Escape is not the first of "Escape twice" (`src/site/pre-paint.js`).
        event.prevent_default();
        details.set_open(false);
        if let Some(summary) =
            details.query_selector("summary").ok().flatten().and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    }
}

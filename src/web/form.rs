//! The static search form, from the app's side: its fields are drawn into the page, and the
//! app reads and sets them by name.

use wasm_bindgen::JsCast;

use super::document::element_by_id;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The form field with this name, as an element that has a value.
fn field(name: &str) -> Option<web_sys::Element> {
    document()?.query_selector(&format!("form [name=\"{name}\"]")).ok()?
}

/// A field's value ("" for an empty one).
pub fn value(name: &str) -> Option<String> {
    let field = field(name)?;
    match field.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(input) => Some(input.value()),
        None => field.dyn_ref::<web_sys::HtmlSelectElement>().map(|select| select.value()),
    }
}

pub fn set_value(name: &str, value: &str) {
    let Some(field) = field(name) else { return };
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(select) = field.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.set_value(value);
    }
}

/// The name and value of the field an input event came from.
pub fn changed(event: &web_sys::Event) -> (String, String) {
    let field = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let name = field.as_ref().and_then(|f| f.get_attribute("name")).unwrap_or_default();
    let value = value(&name).unwrap_or_default();
    (name, value)
}

/// The id of the element an event happened on (a button clicked), if it has one.
pub fn target_id(event: &web_sys::Event) -> Option<String> {
    let element = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    Some(element.id()).filter(|id| !id.is_empty())
}

/// Puts every field of a form back as the page drew it.
pub fn reset(form: &str) {
    if let Some(form) = element_by_id(form).and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok()) {
        form.reset();
    }
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

//! Embed mode in the browser: reporting the content's height to the partner page, and the
//! partner's accent colour.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use super::window;
use crate::embed::{Accent, MESSAGE_VERSION, RESIZE_TYPE};

/// True inside an iframe.
pub fn framed() -> bool {
    window().is_some_and(|w| w.parent().ok().flatten().is_some_and(|p| p != w))
}

/// Posts `{type, version, height}` to the parent whenever the content's height changes.
/// Nothing else is ever sent, and nothing is received.
pub fn report_height() {
    let Some(w) = window() else { return };
    let Some(body) = w.document().and_then(|d| d.body()) else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    let last = std::cell::Cell::new(0);
    let measured = body.clone();
    let post = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height != last.replace(height) {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_TYPE.into());
            let _ = js_sys::Reflect::set(&message, &"version".into(), &MESSAGE_VERSION.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            // The height is no secret; the parent checks where it came from.
            let _ = parent.post_message(&message, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    post.forget();
}

/// Sets the partner's colours as CSS custom properties (CSSOM: allowed under the app's CSP).
pub fn apply_accent(accent: &Accent) {
    let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    let style = root.style();
    let _ = style.set_property("--accent", &accent.color.hex());
    let _ = style.set_property("--accent-ink", &accent.ink.hex());
    let _ = style.set_property("--link", &accent.link.hex());
}

/// Marks the document for the compact embed layout.
pub fn mark_embedded() {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("embed");
    }
}

//! What leaves the screen: a file the device downloads, a page on paper.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{has, window};

/// Offers a text as a file download (`type` its media type): works offline, as nothing is
/// fetched. False when the browser would not.
pub fn download(name: &str, media_type: &str, text: &str) -> bool {
    let made = || -> Option<()> {
        let document = window()?.document()?;
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(media_type);
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // Revoked later: the download reads the object URL after the click returns.
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        window()?.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000).ok()?;
        Some(())
    };
    made().is_some()
}

/// Whether this browser can print the page (some in-app browsers cannot).
pub fn can_print() -> bool {
    window().is_some_and(|w| has(&w, "print"))
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

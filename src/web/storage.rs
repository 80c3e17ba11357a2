//! localStorage, where the browser lets the page use it.

use super::window;

/// localStorage, if this browser lets the page use it (it may be missing, blocked or full).
pub fn local_storage() -> Option<web_sys::Storage> {
    let storage = window()?.local_storage().ok()??;
    const PROBE: &str = "michishirube.probe";
    storage.set_item(PROBE, "1").ok()?;
    storage.remove_item(PROBE).ok()?;
    Some(storage)
}

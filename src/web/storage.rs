//! localStorage, where the browser lets the page use it, as a [`Store`] of strings. Reads and
//! writes both go through gloo-storage's handle. Not through its typed `get`/`set`: those parse
//! and write JSON themselves, a second format beside `Bookmarks::encode`/`decode`, and lose the
//! text of a value that does not parse, which must be backed up.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

use super::window;
use crate::store::{Refusal, Store};

/// The page's localStorage.
pub struct Device(());

impl Device {
    /// localStorage, if the browser lets the page have it (it may be missing or blocked;
    /// gloo's handle would throw then). Whether it is full shows when a write is refused.
    pub fn open() -> Option<Device> {
        window()?.local_storage().ok()??;
        Some(Device(()))
    }
}

fn refusal(error: JsValue) -> Refusal {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|name| name.as_string());
    match name.as_deref() {
        Some("QuotaExceededError") => Refusal::Full,
        _ => Refusal::Blocked,
    }
}

impl Store for Device {
    fn get(&self, key: &str) -> Result<Option<String>, Refusal> {
        LocalStorage::raw().get_item(key).map_err(refusal)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Refusal> {
        LocalStorage::raw().set_item(key, value).map_err(refusal)
    }
}

//! The browser's console, for whoever maintains the data or the site.

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

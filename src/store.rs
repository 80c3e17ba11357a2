//! A store of strings on the device, such as localStorage, which can refuse to keep them. The
//! rules that use it (bookmarks, what a person has been told changed) are plain Rust over this
//! trait, tested natively with a fake; `web::storage::Device` is the browser's.

/// Why the device will not keep what is written to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Its storage is full.
    Full,
    /// The browser does not let the page store anything (settings, private mode).
    Blocked,
}

/// A string store such as localStorage, where a write can be refused.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, Refusal>;
    fn set(&self, key: &str, value: &str) -> Result<(), Refusal>;
}

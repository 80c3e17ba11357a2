//! Bookmarks: the save buttons and count (`button`), the saved page (`page`), and here the
//! bookmarks on this device as reactive state, kept through gloo-storage. The page is drawn
//! with none; the islands that show them read the device's once they run. Each change is
//! applied to what storage holds now (so two tabs saving at once lose nothing), and other tabs'
//! changes arrive through the `storage` event. When the browser refuses storage, or it is full,
//! bookmarks still work for the session and the page says so. An unreadable stored value is
//! backed up before anything is written over it.

pub mod button;
pub mod page;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use leptos::ev;
use leptos::prelude::*;

use crate::bookmarks::{BACKUP_KEY, Bookmarks, Decoded, Kind, STORAGE_KEY};
use crate::web;

#[derive(Clone, Copy)]
pub struct DeviceBookmarks {
    /// Whether the device's bookmarks have been read.
    pub loaded: RwSignal<bool>,
    pub items: RwSignal<Bookmarks>,
    /// False when bookmarks live only as long as this page (storage blocked or full).
    pub on_device: RwSignal<bool>,
    /// The device's storage is full.
    pub full: RwSignal<bool>,
    /// Some stored bookmarks could not be read (and were backed up).
    pub damaged: RwSignal<bool>,
}

pub fn use_bookmarks() -> DeviceBookmarks {
    expect_context::<DeviceBookmarks>()
}

/// Reads the stored bookmarks, backing up an unreadable value under a key of its own.
fn read(storage: &web_sys::Storage) -> Decoded {
    let raw = storage.get_item(STORAGE_KEY).ok().flatten();
    let decoded = Bookmarks::decode(raw.as_deref());
    if let (true, Some(raw)) = (decoded.damaged, raw) {
        let _ = storage.set_item(&format!("{BACKUP_KEY}.{}", web::clock::now_ms() as u64), &raw);
    }
    decoded
}

fn quota_exceeded(error: &StorageError) -> bool {
    matches!(error, StorageError::JsError(e) if e.name == "QuotaExceededError")
}

/// No bookmarks yet: what the static page shows.
impl Default for DeviceBookmarks {
    fn default() -> DeviceBookmarks {
        DeviceBookmarks {
            loaded: RwSignal::new(false),
            items: RwSignal::new(Bookmarks::default()),
            on_device: RwSignal::new(true),
            full: RwSignal::new(false),
            damaged: RwSignal::new(false),
        }
    }
}

impl DeviceBookmarks {
    /// Reads the device's bookmarks, once, and follows other tabs' changes.
    pub fn load(self) {
        if self.loaded.get_untracked() {
            return;
        }
        let storage = web::storage::local_storage();
        let decoded = storage.as_ref().map(read).unwrap_or_default();
        self.on_device.set(storage.is_some());
        self.damaged.set(decoded.damaged);
        self.items.set(decoded.bookmarks.clone());
        self.loaded.set(true);
        if decoded.migrated || decoded.damaged {
            self.write(decoded.bookmarks);
        }
        let saved = self;
        let _ = window_event_listener(ev::storage, move |e| {
            if e.key().as_deref() == Some(STORAGE_KEY)
                && saved.on_device.get_untracked()
                && let Some(storage) = web::storage::local_storage()
            {
                saved.items.set(read(&storage).bookmarks);
            }
        });
    }

    pub fn contains(self, kind: Kind, id: &str) -> bool {
        self.items.with(|b| b.contains(kind, id))
    }

    pub fn toggle(self, kind: Kind, id: &str, title: &str) {
        self.change(|b| {
            b.toggle(kind, id, title);
        });
    }

    pub fn remove(self, kind: Kind, id: &str) {
        self.change(|b| b.remove(kind, id));
    }

    /// Applies a change to the bookmarks as stored now (another tab may have changed them).
    fn change(self, apply: impl FnOnce(&mut Bookmarks)) {
        self.load();
        let storage = web::storage::local_storage().filter(|_| self.on_device.get_untracked());
        let mut bookmarks = match storage {
            Some(storage) => read(&storage).bookmarks,
            None => self.items.get_untracked(),
        };
        apply(&mut bookmarks);
        self.write(bookmarks);
    }

    /// Shows the bookmarks and writes them; if the device refuses (blocked, full), they stay in
    /// memory for the session.
    fn write(self, bookmarks: Bookmarks) {
        if self.on_device.get_untracked()
            && let Err(error) = LocalStorage::set(STORAGE_KEY, &bookmarks)
        {
            self.full.set(quota_exceeded(&error));
            self.on_device.set(false);
        }
        self.items.set(bookmarks);
    }
}

//! Bookmarks as reactive state, saved on this device through gloo-storage. When the browser
//! refuses storage, bookmarks still work for the session and the page says so; an unreadable
//! stored value is backed up before anything is written over it.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

use crate::bookmarks::{BACKUP_KEY, Bookmarks, Kind, STORAGE_KEY};
use crate::web;

#[derive(Clone, Copy)]
pub struct Saved {
    pub items: RwSignal<Bookmarks>,
    /// False when bookmarks live only as long as this page.
    pub on_device: RwSignal<bool>,
    /// Some stored bookmarks could not be read (and were backed up).
    pub damaged: RwSignal<bool>,
}

pub fn use_saved() -> Saved {
    expect_context::<Saved>()
}

impl Saved {
    pub fn start() -> Saved {
        let storage = web::local_storage();
        let raw = storage.as_ref().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        let decoded = Bookmarks::decode(raw.as_deref());
        let mut on_device = storage.is_some();
        if let (true, Some(storage), Some(raw)) = (decoded.damaged, &storage, &raw) {
            // Keep every unreadable value, each under its own key, before a save replaces it.
            let key = format!("{BACKUP_KEY}.{}", web::now_ms() as u64);
            on_device = storage.set_item(&key, raw).is_ok();
        }
        Saved { items: RwSignal::new(decoded.bookmarks), on_device: RwSignal::new(on_device), damaged: RwSignal::new(decoded.damaged) }
    }

    pub fn contains(self, kind: Kind, id: &str) -> bool {
        self.items.with(|b| b.contains(kind, id))
    }

    pub fn toggle(self, kind: Kind, id: &str, title: &str) {
        self.items.update(|b| {
            b.toggle(kind, id, title);
        });
        self.persist();
    }

    pub fn remove(self, kind: Kind, id: &str) {
        self.items.update(|b| b.remove(kind, id));
        self.persist();
    }

    /// Writes the bookmarks; if the device refuses (blocked, full), they stay in memory.
    fn persist(self) {
        if !self.on_device.get_untracked() {
            return;
        }
        let written = self.items.with_untracked(|b| LocalStorage::set(STORAGE_KEY, &b.0));
        if written.is_err() {
            self.on_device.set(false);
        }
    }
}

//! Bookmarks: the save buttons and count (`button`), the saved page (`page`), and here the
//! bookmarks on this device as reactive state. The page is drawn with none; the islands that
//! show them read the device's once they run. How they are kept, and the rule that loses
//! nothing, is `crate::bookmarks` (over the browser's `web::storage::Device`); this only holds
//! the result as signals, and follows other tabs' changes through the `storage` event.

pub mod button;
pub mod page;

use leptos::ev;
use leptos::prelude::*;

use crate::bookmarks::{self, Bookmarks, Keeping, Kind, STORAGE_KEY};
use crate::store::Refusal;
use crate::web;
use crate::web::storage::Device;

#[derive(Clone, Copy, Default)]
pub struct DeviceBookmarks {
    items: RwSignal<Bookmarks>,
    keeping: RwSignal<Keeping>,
    /// Some stored bookmarks could not be read (and were backed up, or left as they were).
    damaged: RwSignal<bool>,
}

pub fn use_bookmarks() -> DeviceBookmarks {
    expect_context::<DeviceBookmarks>()
}

fn now() -> u64 {
    web::clock::now_ms() as u64
}

impl DeviceBookmarks {
    /// Reads the device's bookmarks, once, and follows other tabs' changes.
    pub fn load(self) {
        if self.keeping.get_untracked() != Keeping::NotRead {
            return;
        }
        let opened = bookmarks::open(Device::open().as_ref(), now());
        self.damaged.set(opened.damaged);
        self.items.set(opened.bookmarks);
        self.keeping.set(opened.keeping);
        let _ = window_event_listener(ev::storage, move |e| {
            if e.key().as_deref() == Some(STORAGE_KEY)
                && let Some(stored) = bookmarks::reread(Device::open().as_ref(), self.keeping.get_untracked(), now())
            {
                self.items.set(stored);
            }
        });
    }

    /// Whether the device's bookmarks have been read.
    pub fn loaded(self) -> bool {
        self.keeping.get() != Keeping::NotRead
    }

    /// Why bookmarks are kept only until the page closes, if they are.
    pub fn session_only(self) -> Option<Refusal> {
        match self.keeping.get() {
            Keeping::ThisSession(refusal) => Some(refusal),
            Keeping::NotRead | Keeping::OnDevice => None,
        }
    }

    pub fn damaged(self) -> bool {
        self.damaged.get()
    }

    pub fn with<T>(self, f: impl FnOnce(&Bookmarks) -> T) -> T {
        self.items.with(f)
    }

    pub fn contains(self, kind: Kind, id: &str) -> bool {
        self.items.with(|b| b.contains(kind, id))
    }

    /// The title a record was saved with.
    pub fn title(self, kind: Kind, id: &str) -> Option<String> {
        self.items.with_untracked(|b| b.0.iter().find(|s| s.kind == kind && s.id == id).map(|s| s.title.clone()))
    }

    pub fn toggle(self, kind: Kind, id: &str, title: &str) {
        self.change(|b| {
            b.toggle(kind, id, title);
        });
    }

    pub fn remove(self, kind: Kind, id: &str) {
        self.change(|b| b.remove(kind, id));
    }

    fn change(self, apply: impl FnOnce(&mut Bookmarks)) {
        self.load();
        let current = self.items.get_untracked();
        let (changed, keeping) = bookmarks::change(Device::open().as_ref(), self.keeping.get_untracked(), &current, now(), apply);
        self.keeping.set(keeping);
        self.items.set(changed);
    }
}

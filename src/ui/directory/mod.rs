//! The directory: its search (`search`), its cards, the home page, and here the dataset in the
//! browser, for the islands that search and list it: the compact index of the page's language
//! (`data/index/<lang>.txt`, see [`crate::compact`]), fetched once one of them runs. When a
//! service worker serves a cached copy, it is refreshed in the background and a new copy kept
//! only if it is whole and valid; when the network fails, the last good copy on the device is
//! shown.

pub mod cards;
pub mod home;
pub mod search;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::compact::{self, Compact};
use crate::i18n::Key;
use crate::load::DatasetError;
use crate::model::SCHEMA_VERSION;
use crate::ui::navigation::Site;
use crate::web::fetch::FetchError;
use crate::web::{self, offline};

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Fetch(FetchError),
    Dataset(DatasetError),
}

impl LoadError {
    /// What went wrong, in words a person can act on.
    pub fn reason(&self) -> Key {
        match self {
            LoadError::Fetch(FetchError::Network) => Key::ErrorNetwork,
            LoadError::Fetch(FetchError::Status(404 | 410)) => Key::ErrorMissing,
            LoadError::Fetch(FetchError::Status(_)) => Key::ErrorServer,
            LoadError::Dataset(DatasetError::Version(_)) => Key::ErrorVersion,
            LoadError::Dataset(DatasetError::Malformed(_)) => Key::ErrorData,
            LoadError::Dataset(DatasetError::TooLarge(_)) => Key::ErrorTooLarge,
        }
    }

    /// What went wrong, for whoever maintains the data (plainly: no `Debug` in the wasm).
    pub fn detail(&self) -> String {
        match self {
            LoadError::Fetch(FetchError::Network) => "no answer from the server".into(),
            LoadError::Fetch(FetchError::Status(status)) => format!("the server answered {status}"),
            LoadError::Dataset(DatasetError::Malformed(what)) => what.clone(),
            LoadError::Dataset(DatasetError::Version(schema)) => format!("written for schema {schema}"),
            LoadError::Dataset(DatasetError::TooLarge(bytes)) => format!("{bytes} bytes, too large"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Loading,
    Ready(Arc<Compact>),
    Failed(LoadError),
}

#[derive(Clone, Copy)]
pub struct Directory {
    site: Site,
    /// Whether the islands asked for the dataset yet.
    started: StoredValue<bool>,
    /// The index in the page's language, as fetched.
    pub load: RwSignal<Load>,
    /// When this device last fetched the dataset from the server (Unix ms).
    pub refreshed: RwSignal<Option<f64>>,
    /// Why the server's copy could not be loaded while the device's last good copy is shown.
    pub stale: RwSignal<Option<LoadError>>,
}

pub fn use_directory() -> Directory {
    expect_context::<Directory>()
}

/// Fetches and reads an index; `fresh` goes past every cache to the server.
async fn fetch(url: &str, fresh: bool) -> Result<Fetched, LoadError> {
    let (text, headers) = web::fetch::fetch(url, fresh).await.map_err(LoadError::Fetch)?;
    let fetched_at = offline::fetched_at(&headers);
    let compact = Compact::read(&text, SCHEMA_VERSION).map_err(LoadError::Dataset)?;
    Ok(Fetched { text, compact, fetched_at })
}

struct Fetched {
    text: String,
    compact: Compact,
    /// When the service worker fetched the copy it served, if it served one.
    fetched_at: Option<f64>,
}

/// Shows an index, and tells whoever maintains the data what the build left out of it.
fn ready(compact: Compact) -> Load {
    for skipped in &compact.skipped {
        web::console::warn(&format!("Michishirube: left out {skipped}"));
    }
    Load::Ready(Arc::new(compact))
}

impl Directory {
    /// Nothing fetched yet: what the static page shows.
    pub fn new(site: Site) -> Directory {
        Directory {
            site,
            started: StoredValue::new(false),
            load: RwSignal::new(Load::Loading),
            refreshed: RwSignal::new(None),
            stale: RwSignal::new(None),
        }
    }

    /// The index of the page's language, from this page.
    fn url(self) -> String {
        self.site.file(&compact::file(self.site.language.code))
    }

    /// Fetches the index, once.
    pub fn start(self) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        self.fetch();
    }

    /// Fetches the index (again, after a failure).
    pub fn fetch(self) {
        spawn_local(self.get());
    }

    async fn get(self) {
        if !matches!(self.load.get_untracked(), Load::Ready(_)) {
            self.load.set(Load::Loading);
        }
        match fetch(&self.url(), false).await {
            Ok(Fetched { compact, fetched_at, .. }) => {
                self.load.set(ready(compact));
                self.stale.set(None);
                // Without the header the copy came straight from the server.
                self.refreshed.set(fetched_at.or(Some(web::clock::now_ms())));
                if offline::controlled() && offline::online() {
                    self.refresh().await;
                }
            }
            Err(error) => self.fall_back(error).await,
        }
    }

    /// Shows the last good copy on this device, if there is one, and says why.
    async fn fall_back(self, error: LoadError) {
        let cached = offline::cached_dataset(self.site.root, &compact::file(self.site.language.code), SCHEMA_VERSION).await;
        match cached.and_then(|(text, fetched)| Compact::read(&text, SCHEMA_VERSION).ok().map(|c| (c, fetched))) {
            Some((compact, fetched)) => {
                self.load.set(ready(compact));
                self.refreshed.set(fetched);
                self.stale.set(Some(error));
            }
            None if matches!(self.load.get_untracked(), Load::Ready(_)) => self.stale.set(Some(error)),
            None => self.load.set(Load::Failed(error)),
        }
    }

    /// Fetches the server's current copy; only a whole, valid one is shown and cached, so a
    /// damaged download never replaces good data.
    async fn refresh(self) {
        let url = format!("{}?fresh={}", self.url(), web::clock::now_ms() as u64);
        let kept = "Michishirube: kept the directory on this device; the server's copy";
        let Fetched { text, compact, .. } = match fetch(&url, true).await {
            Ok(fetched) if fetched.compact.skipped.is_empty() => fetched,
            Ok(fetched) => {
                return web::console::warn(&format!("{kept} fails validation: {}", fetched.compact.skipped.join("; ")));
            }
            Err(error) => return web::console::warn(&format!("{kept} could not be read: {}", error.detail())),
        };
        offline::store_dataset(&self.url(), &text);
        self.refreshed.set(Some(web::clock::now_ms()));
        let changed = self.load.with_untracked(|load| !matches!(load, Load::Ready(current) if current.digest == compact.digest));
        if changed {
            self.load.set(ready(compact));
            // The page's own cards were drawn from the copy it was built with; a new copy comes
            // with new pages, which the new version of the app brings (and the status line offers).
            offline::check_for_update();
        }
    }

    /// The index, once loaded.
    pub fn ready(self) -> Option<Arc<Compact>> {
        match self.load.get() {
            Load::Ready(loaded) => Some(loaded),
            _ => None,
        }
    }
}

//! The directory: its search (`finder`), its cards, the home page, and here the dataset in the
//! browser, for the islands that search and list it. It is fetched from
//! `data/directory.json` (with its texts in the page's language) once one of them runs. When a
//! service worker serves a cached copy, it is refreshed in the background and a new copy kept
//! only if it is whole and valid; when the network fails, the last good copy on the device is
//! shown.

pub mod cards;
pub mod finder;
pub mod home;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Key;
use crate::load::{DatasetError, LoadReport, digest, load};
use crate::model::{Dataset, SCHEMA_VERSION};
use crate::overlay::Overlay;
use crate::search::SearchIndex;
use crate::ui::navigation::Site;
use crate::web::fetch::FetchError;
use crate::web::{self, offline};
use crate::worker::DATASET;

/// The dataset as read, how many records could not be shown, and the file's fingerprint.
#[derive(Debug)]
pub struct Read {
    data: Arc<Dataset>,
    skipped: usize,
    digest: String,
}

impl Read {
    fn new(json: &str, report: LoadReport) -> Arc<Read> {
        for skipped in &report.skipped {
            web::console::warn(&format!("Michishirube: left out {skipped}"));
        }
        Arc::new(Read { data: Arc::new(report.data), skipped: report.skipped.len(), digest: digest(json) })
    }
}

/// The dataset in the page's language with its search index, how many records could not be
/// shown, and the fingerprint of the file it was read from.
#[derive(Debug)]
pub struct Loaded {
    pub data: Arc<Dataset>,
    pub index: SearchIndex,
    pub skipped: usize,
    pub digest: String,
}

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
}

#[derive(Clone, Debug, PartialEq)]
pub enum Load<T = Arc<Loaded>> {
    Loading,
    Ready(T),
    Failed(LoadError),
}

#[derive(Clone, Copy)]
pub struct Directory {
    site: Site,
    /// Whether the islands asked for the dataset yet.
    started: StoredValue<bool>,
    /// The dataset as fetched.
    base: RwSignal<Load<Arc<Read>>>,
    /// The directory's texts in the page's language, beyond English and Japanese.
    overlay: RwSignal<Option<Arc<Overlay>>>,
    /// The dataset in the page's language: the base with the overlay applied.
    pub load: Memo<Load>,
    /// When this device last fetched the dataset from the server (Unix ms).
    pub refreshed: RwSignal<Option<f64>>,
    /// Why the server's copy could not be loaded while the device's last good copy is shown.
    pub stale: RwSignal<Option<LoadError>>,
}

pub fn use_directory() -> Directory {
    expect_context::<Directory>()
}

/// Fetches and reads the dataset; `fresh` goes past every cache to the server.
async fn fetch(url: &str, fresh: bool) -> Result<Fetched, LoadError> {
    let (json, headers) = web::fetch::fetch(url, fresh).await.map_err(LoadError::Fetch)?;
    let fetched_at = offline::fetched_at(&headers);
    let report = load(&json).map_err(LoadError::Dataset)?;
    Ok(Fetched { json, report, fetched_at })
}

struct Fetched {
    json: String,
    report: LoadReport,
    /// When the service worker fetched the copy it served, if it served one.
    fetched_at: Option<f64>,
}

/// Every new dataset or language makes a new [`Loaded`], so no deep comparison is needed.
fn changed(old: Option<&Load>, new: Option<&Load>) -> bool {
    match (old, new) {
        (Some(Load::Ready(old)), Some(Load::Ready(new))) => !Arc::ptr_eq(old, new),
        (Some(Load::Loading), Some(Load::Loading)) => false,
        (Some(Load::Failed(old)), Some(Load::Failed(new))) => old != new,
        _ => true,
    }
}

impl Directory {
    /// Nothing fetched yet: what the static page shows.
    pub fn new(site: Site) -> Directory {
        let lang = site.language.code;
        let base: RwSignal<Load<Arc<Read>>> = RwSignal::new(Load::Loading);
        let overlay = RwSignal::new(None::<Arc<Overlay>>);
        // The search index is built once per dataset, over the texts shown.
        let load = Memo::new_with_compare(
            move |_| match base.get() {
                Load::Loading => Load::Loading,
                Load::Failed(error) => Load::Failed(error),
                Load::Ready(read) => {
                    let data = match overlay.get() {
                        Some(overlay) => {
                            let mut data = Dataset::clone(&read.data);
                            overlay.apply(&mut data, lang);
                            Arc::new(data)
                        }
                        None => read.data.clone(),
                    };
                    let index = SearchIndex::new(&data);
                    Load::Ready(Arc::new(Loaded { index, data, skipped: read.skipped, digest: read.digest.clone() }))
                }
            },
            changed,
        );
        Directory {
            site,
            started: StoredValue::new(false),
            base,
            overlay,
            load,
            refreshed: RwSignal::new(None),
            stale: RwSignal::new(None),
        }
    }

    /// Fetches the dataset and its texts in the page's language, once.
    pub fn start(self) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        let lang = self.site.language.code;
        // English and Japanese texts live in the dataset itself. Both requests go out together,
        // and the dataset is shown once both are in, so its index is built once.
        let overlay =
            (!matches!(lang, "en" | "ja")).then(|| web::fetch::fetch_text(&self.site.file(&format!("data/i18n/{lang}.json"))));
        spawn_local(self.get(overlay));
    }

    /// Fetches the dataset again, after a failure.
    pub fn fetch(self) {
        spawn_local(self.get(None::<std::future::Ready<Result<String, FetchError>>>));
    }

    async fn get(self, overlay: Option<impl Future<Output = Result<String, FetchError>>>) {
        if !matches!(self.base.get_untracked(), Load::Ready(_)) {
            self.base.set(Load::Loading);
        }
        let fetched = fetch(&self.site.file(DATASET), false).await;
        if let Some(overlay) = overlay {
            self.overlay.set(overlay.await.ok().and_then(|json| Overlay::parse(&json).ok()).map(Arc::new));
        }
        match fetched {
            Ok(Fetched { json, report, fetched_at }) => {
                self.base.set(Load::Ready(Read::new(&json, report)));
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
        let cached = offline::cached_dataset(self.site.root, SCHEMA_VERSION).await;
        match cached.and_then(|(json, fetched)| load(&json).ok().map(|r| (Read::new(&json, r), fetched))) {
            Some((read, fetched)) => {
                self.base.set(Load::Ready(read));
                self.refreshed.set(fetched);
                self.stale.set(Some(error));
            }
            None if matches!(self.base.get_untracked(), Load::Ready(_)) => self.stale.set(Some(error)),
            None => self.base.set(Load::Failed(error)),
        }
    }

    /// Fetches the server's current copy; only a whole, valid one is shown and cached, so a
    /// damaged download never replaces good data.
    async fn refresh(self) {
        let url = format!("{}?fresh={}", self.site.file(DATASET), web::clock::now_ms() as u64);
        let kept = "Michishirube: kept the directory on this device; the server's copy";
        let Fetched { json, report, .. } = match fetch(&url, true).await {
            Ok(fetched) if fetched.report.skipped.is_empty() => fetched,
            Ok(fetched) => {
                let faults: Vec<String> = fetched.report.skipped.iter().map(ToString::to_string).collect();
                return web::console::warn(&format!("{kept} fails validation: {}", faults.join("; ")));
            }
            Err(error) => return web::console::warn(&format!("{kept} could not be read: {error:?}")),
        };
        offline::store_dataset(&json);
        self.refreshed.set(Some(web::clock::now_ms()));
        let read = Read::new(&json, report);
        let changed = self.base.with_untracked(|base| !matches!(base, Load::Ready(current) if current.digest == read.digest));
        if changed {
            self.base.set(Load::Ready(read));
            // The page's own cards were drawn from the copy it was built with; a new copy comes
            // with new pages, which the new version of the app brings (and the status line offers).
            offline::check_for_update();
        }
    }

    /// The dataset, once loaded.
    pub fn ready(self) -> Option<Arc<Loaded>> {
        match self.load.get() {
            Load::Ready(loaded) => Some(loaded),
            _ => None,
        }
    }
}

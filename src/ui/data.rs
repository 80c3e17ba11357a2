//! Loading the dataset from `data/directory.json` and its search index; when a service worker
//! serves a cached copy, refreshing it in the background, keeping a new copy only if it is valid.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::{Dataset, DatasetError};
use crate::search::SearchIndex;
use crate::ui::tr::Tr;
use crate::validate::validate;
use crate::web::{self, FetchError, offline};

pub const DATASET_URL: &str = "data/directory.json";
/// When the service worker fetched the copy it serves (Unix ms), set by `public/sw.js`.
const FETCHED_HEADER: &str = "x-michishirube-fetched";

/// The dataset with its search index.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub data: Dataset,
    pub index: SearchIndex,
}

impl Loaded {
    fn new(data: Dataset) -> Arc<Loaded> {
        Arc::new(Loaded { index: SearchIndex::new(&data), data })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Fetch(FetchError),
    Dataset(DatasetError),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Loading,
    Ready(Arc<Loaded>),
    Failed(LoadError),
}

#[derive(Clone, Copy)]
pub struct Directory {
    /// The dataset as fetched.
    base: RwSignal<Load>,
    /// The dataset in the reader's language: the base with the language's overlay applied.
    pub load: Memo<Load>,
    /// When this device last fetched the dataset from the server (Unix ms).
    pub refreshed: RwSignal<Option<f64>>,
}

pub fn use_directory() -> Directory {
    expect_context::<Directory>()
}

impl Directory {
    pub fn start(tr: Tr) -> Directory {
        let base = RwSignal::new(Load::Loading);
        let load = Memo::new(move |_| match (base.get(), tr.overlay.get()) {
            (Load::Ready(loaded), Some(overlay)) => {
                let mut data = loaded.data.clone();
                overlay.apply(&mut data, tr.code());
                Load::Ready(Loaded::new(data))
            }
            (load, _) => load,
        });
        let directory = Directory { base, load, refreshed: RwSignal::new(None) };
        directory.fetch();
        directory
    }

    /// Fetches the dataset (again, after a failure).
    pub fn fetch(self) {
        self.base.set(Load::Loading);
        spawn_local(async move {
            let (load, fetched) = match web::fetch(DATASET_URL, false).await {
                Err(e) => (Load::Failed(LoadError::Fetch(e)), None),
                Ok((json, headers)) => {
                    let fetched = headers.get(FETCHED_HEADER).ok().flatten().and_then(|t| t.parse().ok());
                    match Dataset::from_json(&json) {
                        Err(e) => (Load::Failed(LoadError::Dataset(e)), None),
                        // Without the header the copy came straight from the server.
                        Ok(data) => (Load::Ready(Loaded::new(data)), fetched.or(Some(web::now_ms()))),
                    }
                }
            };
            let served_from_cache = matches!(load, Load::Ready(_)) && offline::controlled();
            self.base.set(load);
            self.refreshed.set(fetched);
            if served_from_cache && offline::online() {
                self.refresh().await;
            }
        });
    }

    /// Fetches the server's current copy; a valid one is shown and cached, anything else is
    /// ignored so a damaged download never replaces good data.
    async fn refresh(self) {
        let url = format!("{DATASET_URL}?fresh={}", web::now_ms() as u64);
        let Ok((json, _)) = web::fetch(&url, true).await else { return };
        let Ok(data) = Dataset::from_json(&json) else { return };
        if !validate(&data).is_empty() {
            return;
        }
        offline::store_dataset(&json);
        self.refreshed.set(Some(web::now_ms()));
        let changed = self.base.with_untracked(|base| !matches!(base, Load::Ready(current) if current.data == data));
        if changed {
            self.base.set(Load::Ready(Loaded::new(data)));
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

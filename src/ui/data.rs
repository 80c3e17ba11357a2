//! Loading the dataset from `data/directory.json`, and its search index, once per visit.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::{Dataset, DatasetError};
use crate::search::SearchIndex;
use crate::web::{self, FetchError};

pub const DATASET_URL: &str = "data/directory.json";

/// The dataset with its search index.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub data: Dataset,
    pub index: SearchIndex,
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
    pub load: RwSignal<Load>,
}

pub fn use_directory() -> Directory {
    expect_context::<Directory>()
}

impl Directory {
    pub fn start() -> Directory {
        let directory = Directory { load: RwSignal::new(Load::Loading) };
        directory.fetch();
        directory
    }

    /// Fetches the dataset (again, after a failure).
    pub fn fetch(self) {
        self.load.set(Load::Loading);
        spawn_local(async move {
            let loaded = match web::fetch_text(DATASET_URL).await {
                Err(e) => Load::Failed(LoadError::Fetch(e)),
                Ok(json) => match Dataset::from_json(&json) {
                    Err(e) => Load::Failed(LoadError::Dataset(e)),
                    Ok(data) => Load::Ready(Arc::new(Loaded { index: SearchIndex::new(&data), data })),
                },
            };
            self.load.set(loaded);
        });
    }

    /// The dataset, once loaded.
    pub fn ready(self) -> Option<Arc<Loaded>> {
        match self.load.get() {
            Load::Ready(loaded) => Some(loaded),
            _ => None,
        }
    }
}

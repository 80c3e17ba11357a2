//! What the app and its service worker (`public/sw.js`) agree on: where the indexes are, the
//! names of the caches, the header on a cached index, and the messages the page sends. This is
//! their one home: the build writes them into the worker as `CONTRACT` (`src/site/worker.rs`),
//! and a test fails if `sw.js` spells any of them itself.

/// The dataset, from the site's root: the published source of truth, from which the build draws
/// the pages and writes the compact indexes the app reads ([`crate::compact`]).
pub const DATASET: &str = "data/directory.json";

/// The folder of the compact indexes, one per language, from the site's root. The worker keeps
/// the last good copy of each (a dataset copy, in what follows).
pub const INDEXES: &str = "data/index/";

/// The folder of each language's offline copy in one file (`offline/en.txt`), from the site's
/// root: see `src/site/pack.rs`.
pub const PACKS: &str = "offline/";

/// The first line of a pack, naming its format.
pub const PACK_HEADER: &str = "michishirube pack 1";

/// The query (`data/index/en.txt?previous-copy`) for the copy of an index the device held before
/// its current one: the worker keeps it when it stores a different copy, and answers 204 (no
/// content) when there is none. The app compares the two to tell a person what changed.
pub const PREVIOUS: &str = "previous-copy";

/// Stamped by the worker on the dataset copy it keeps: when it fetched it (Unix ms).
pub const FETCHED_HEADER: &str = "x-michishirube-fetched";

/// The page accepts the waiting new version (a bare string message).
pub const SKIP_WAITING: &str = "michishirube/skip-waiting";
/// `{kind, url, text}`: a copy of the index at `url` the page has read whole, for the worker to serve.
pub const STORE_DATASET: &str = "michishirube/dataset";
/// `{kind, lang}`: a page in this language is open, so the worker keeps that language's pages.
pub const KEEP_LANGUAGE: &str = "michishirube/language";

/// Cache Storage is shared by the whole origin: every cache's name starts with the app's and its
/// scope (the site's root URL), so copies of the app under different paths never touch each
/// other's caches. `{scope}` stands for the scope.
const OURS: &str = "michishirube {scope} ";

/// The cache of the indexes' last good copies, for datasets of this schema.
pub fn data_cache(scope: &str, schema: u32) -> String {
    format!("{}{DATA_CACHES}{schema}", ours(scope))
}

/// What every data cache's name goes on with after the app's own prefix (a new schema's worker
/// finds the copy an older one kept by it).
const DATA_CACHES: &str = "data v";

fn ours(scope: &str) -> String {
    OURS.replace("{scope}", scope)
}

/// The contract as the worker reads it: cache names as templates over `{scope}` (and the
/// shell's over `{version}`, the build's).
pub fn for_worker(schema: u32) -> serde_json::Value {
    serde_json::json!({
        "indexes": INDEXES,
        "indexHeader": crate::compact::header_start(schema),
        "packs": PACKS,
        "packHeader": PACK_HEADER,
        "fetchedHeader": FETCHED_HEADER,
        "skipWaiting": SKIP_WAITING,
        "storeDataset": STORE_DATASET,
        "keepLanguage": KEEP_LANGUAGE,
        "previous": PREVIOUS,
        "ours": OURS,
        "dataCaches": format!("{OURS}{DATA_CACHES}"),
        "shellCache": format!("{OURS}shell {{version}}"),
        "dataCache": data_cache("{scope}", schema),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_data_cache_as_the_worker_does() {
        let contract = for_worker(3);
        let scope = "https://example.org/app/";
        assert_eq!(contract["dataCache"].as_str().unwrap().replace("{scope}", scope), data_cache(scope, 3));
        assert_eq!(data_cache(scope, 3), "michishirube https://example.org/app/ data v3");
        assert!(data_cache(scope, 2).starts_with(&contract["dataCaches"].as_str().unwrap().replace("{scope}", scope)));
        for name in ["dataCache", "shellCache", "dataCaches"] {
            assert!(contract[name].as_str().unwrap().starts_with(contract["ours"].as_str().unwrap()), "{name}");
        }
    }
}

//! Michishirube: a directory of help for refugees and asylum seekers in Japan.
// Views are not type-erased (no `erase_components`): the wasm then keeps only the code each
// island uses, and the deepest page types need more room.
#![recursion_limit = "512"]

pub mod address;
pub mod answer;
pub mod bookmarks;
pub mod changes;
pub mod compact;
pub mod date;
pub mod deadline;
pub mod embed;
pub mod filter;
pub mod hours;
#[cfg(feature = "ssr")]
pub mod hsds;
pub mod i18n;
pub mod intl;
pub mod json;
pub mod links;
pub mod load;
pub mod model;
pub mod overlay;
pub mod phone;
pub mod provenance;
pub mod route;
pub mod script;
pub mod search;
#[cfg(feature = "ssr")]
pub mod site;
pub mod store;
pub mod text;
#[cfg(feature = "ui")]
pub mod ui;
pub mod validate;
pub mod vcard;
#[cfg(feature = "ui")]
pub mod web;
pub mod worker;

/// The wasm's entry point: see [`ui::prepare`]. `src/site/islands.js` calls it, then each
/// island, then [`hydrated`].
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn prepare() -> bool {
    ui::prepare().await
}

/// Every island of the page has hydrated: see [`ui::after_hydration`].
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrated() {
    ui::hydrated();
}

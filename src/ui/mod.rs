//! The interface: Leptos components wiring the plain-Rust logic to the page. The same
//! components draw the static pages (natively, in `crate::site`) and the islands that run in
//! the browser, so no view exists twice.
//!
//! A folder per feature, holding its shared state (a `Copy` handle provided as a context, with
//! a `use_x()` beside it), its islands and its pages: `bookmarks`, `directory` (the dataset, the
//! search, the cards, the home page), `language`, `navigation` (links, the frame of every page,
//! embed mode), `organization`, `status` (the connection, new versions, the status line and the footer's refresh date); beside them the
//! pages and parts that hold no state. A module imports only its siblings and what they hold,
//! never this one, which only wires them together.
//!
//! Views are written two ways, on purpose:
//! - a `#[component]` is used as a tag: a page, or a part with owned props or state of its own;
//!   an `#[island]` is a component that also runs in the browser;
//! - a plain `fn(&T, …) -> impl IntoView` draws a fragment from borrowed data, often nothing
//!   (`Option`), into one static page (`contact_section`, `provenance::mark`): no props struct,
//!   no clone of what it reads.

pub mod about;
pub mod actions;
pub mod bookmarks;
pub mod changes;
pub mod directory;
pub mod display;
pub mod holidays;
pub mod hydration;
pub mod island_data;
pub mod language;
pub mod legal;
pub mod navigation;
pub mod not_found;
pub mod organization;
pub mod provenance;
pub mod read_aloud;
pub mod safety;
pub mod situation;
pub mod status;
pub mod text;

use bookmarks::DeviceBookmarks;
use directory::Directory;
use hydration::Hydrated;
use status::Updates;

/// The state every island of a page shares, as the static page was drawn with it: nothing
/// saved, nothing fetched, online. Each island reads the device's own once it runs.
pub fn provide_state(tr: language::Tr, site: navigation::Site, embed: crate::embed::Embed) {
    use leptos::prelude::provide_context;
    provide_context(tr);
    provide_context(site);
    provide_context(embed);
    provide_context(DeviceBookmarks::default());
    provide_context(Directory::new(site));
    provide_context(Updates::default());
    provide_context(Hydrated(leptos::prelude::RwSignal::new(false)));
}

/// The browser's side, called by the islands loader once the wasm is in and before any island
/// hydrates: reads the page's language and place, fetches its strings (English's too: the wasm holds none),
/// and provides the state the islands share. Returns false when the page's strings cannot be
/// had; the page then stays as it is, static and whole.
#[cfg(feature = "hydrate")]
pub async fn prepare() -> bool {
    use crate::i18n::{self, Catalog, Key};
    use crate::web;

    web::crash::install();
    leptos::mount::hydrate_islands();
    let Some(owner) = leptos::prelude::Owner::current() else { return false };
    let Some((code, root)) = web::document::page_place() else { return false };
    let Some(language) = i18n::language(&code) else { return false };
    let root: &'static str = Box::leak(root.into_boxed_str());
    let site = navigation::Site { root, language };
    let file = site.file(&format!("i18n/{}.json", language.code));
    let catalog = match web::fetch::fetch_text(&file).await.map(|json| Catalog::parse(&json)) {
        Ok(Ok(catalog)) => Some(catalog),
        _ => return false,
    };
    let tr = language::Tr::new(language, catalog);
    web::crash::set_words(tr.get(Key::CrashTitle), tr.get(Key::CrashText), tr.get(Key::UpdateReload));
    let params = web::location::query_params();
    let embed = crate::embed::Embed::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    owner.with(|| provide_state(tr, site, embed));
    owner.set();
    ROOT.with(|root| *root.borrow_mut() = Some(owner));
    navigation::embed::start(&embed);
    true
}

#[cfg(feature = "hydrate")]
thread_local! {
    /// The islands' shared owner, where [`provide_state`] put their state.
    static ROOT: std::cell::RefCell<Option<leptos::prelude::Owner>> = const { std::cell::RefCell::new(None) };
}

/// Called once every island has hydrated: see [`after_hydration`].
#[cfg(feature = "hydrate")]
pub fn hydrated() {
    use leptos::prelude::*;
    let hydrated = ROOT.with(|root| root.borrow().as_ref().and_then(|owner| owner.with(use_context::<Hydrated>)));
    if let Some(Hydrated(signal)) = hydrated {
        signal.set(true);
    }
}

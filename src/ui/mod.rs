//! The interface: Leptos components wiring the plain-Rust logic to the page. The same
//! components draw the static pages (natively, in `crate::site`) and the islands that run in
//! the browser, so no view exists twice.

mod cards;
mod data;
mod embed;
mod finder;
pub mod frame;
pub mod home;
pub mod legal;
pub mod organization;
pub mod provenance;
pub mod saved;
pub mod site;
mod staff;
mod status;
mod store;
pub mod tr;
pub mod widgets;

pub use data::Directory;
pub use status::Status;
pub use store::Saved;

/// Whether every island of the page has hydrated. Until then the state they share (bookmarks,
/// the dataset, the connection) stays as the static page was drawn with it: an island that
/// hydrated earlier must not change what a later one hydrates against.
#[derive(Clone, Copy)]
pub struct Hydrated(pub leptos::prelude::RwSignal<bool>);

/// Runs `f` once every island of the page has hydrated: where an island reads the device (its
/// storage, its clock, the dataset it fetches) and so changes what it shows.
pub fn after_hydration(f: impl Fn() + 'static) {
    use leptos::prelude::*;
    let hydrated = use_context::<Hydrated>().map(|h| h.0);
    Effect::new(move |_| {
        if hydrated.is_some_and(|h| h.get()) {
            untrack(&f);
        }
    });
}

/// Draws a part of an island that only the browser has (a search's results, the saved list)
/// into the island's element `at` once it is hydrated, in place of what the static page holds
/// there (a placeholder). Built rather than hydrated, so none of its views' hydration code
/// reaches the wasm; it sees the island's context. `view` is called once: what changes in it
/// follows its own signals.
pub fn client_only<V: leptos::prelude::IntoView + 'static>(
    at: leptos::prelude::NodeRef<leptos::html::Div>,
    view: impl Fn() -> V + Send + Sync + Copy + 'static,
) {
    use leptos::prelude::*;
    after_hydration(move || {
        if let Some(element) = at.get_untracked() {
            let element: web_sys::HtmlElement = element.into();
            element.set_text_content(None);
            leptos::mount::mount_to(element, view).forget();
        }
    });
}

/// The state every island of a page shares, as the static page was drawn with it: nothing
/// saved, nothing fetched, online. Each island reads the device's own once it runs.
pub fn provide_state(tr: tr::Tr, site: site::Site, embed: crate::embed::Embed) {
    use leptos::prelude::provide_context;
    provide_context(tr);
    provide_context(site);
    provide_context(embed);
    provide_context(Saved::default());
    provide_context(Directory::new(site));
    provide_context(Status::default());
    provide_context(Hydrated(leptos::prelude::RwSignal::new(false)));
}

/// The browser's side, called by the islands loader once the wasm is in and before any island
/// hydrates: reads the page's language and place, fetches its strings (English is built in),
/// and provides the state the islands share. Returns false when the page's strings cannot be
/// had; the page then stays as it is, static and whole.
#[cfg(feature = "hydrate")]
pub async fn prepare() -> bool {
    use crate::i18n::{self, Catalog, Key};
    use crate::web;

    web::crash::install();
    leptos::mount::hydrate_islands();
    let Some(owner) = leptos::prelude::Owner::current() else { return false };
    let Some((code, root)) = web::page_place() else { return false };
    let Some(language) = i18n::language(&code) else { return false };
    let root: &'static str = Box::leak(root.into_boxed_str());
    let site = site::Site { root, language };
    let catalog = match language.code {
        "en" => None,
        code => match web::fetch_text(&site.file(&format!("i18n/{code}.json"))).await.map(|json| Catalog::parse(&json)) {
            Ok(Ok(catalog)) => Some(catalog),
            _ => return false,
        },
    };
    let tr = tr::Tr::new(language, catalog);
    web::crash::set_words(tr.get(Key::CrashTitle), tr.get(Key::CrashText), tr.get(Key::UpdateReload));
    let params = web::query_params();
    let embed = crate::embed::Embed::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    owner.with(|| provide_state(tr, site, embed));
    owner.set();
    ROOT.with(|root| *root.borrow_mut() = Some(owner));
    embed::start(&embed);
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

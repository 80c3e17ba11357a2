//! When an island may read the device: only once every island of the page has hydrated.

use leptos::prelude::*;

/// Whether every island of the page has hydrated. Until then the state they share (bookmarks,
/// the dataset, the connection) stays as the static page was drawn with it: an island that
/// hydrated earlier must not change what a later one hydrates against.
#[derive(Clone, Copy)]
pub struct Hydrated(pub RwSignal<bool>);

/// Runs `f` once every island of the page has hydrated: where an island reads the device (its
/// storage, its clock, the dataset it fetches) and so changes what it shows.
pub fn after_hydration(f: impl Fn() + 'static) {
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
pub fn client_only<V: IntoView + 'static>(at: NodeRef<leptos::html::Div>, view: impl Fn() -> V + Send + Sync + Copy + 'static) {
    after_hydration(move || {
        if let Some(element) = at.get_untracked() {
            let element: web_sys::HtmlElement = element.into();
            element.set_text_content(None);
            leptos::mount::mount_to(element, view).forget();
        }
    });
}

/// [`client_only`], into the static page's element with this id, outside the island: where a
/// part of the page that only the app can draw stands among the page's own content.
pub fn client_only_in<V: IntoView + 'static>(id: &'static str, view: impl Fn() -> V + Send + Sync + Copy + 'static) {
    after_hydration(move || {
        if let Some(element) = crate::web::document::by_id(id) {
            element.set_text_content(None);
            leptos::mount::mount_to(element, view).forget();
        }
    });
}

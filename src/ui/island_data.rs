//! What an island needs of its page. The islands here take no props: Leptos reads island props
//! with serde_json, which would then be the one JSON parser left in the wasm (its code and its
//! visitors cost about 30 KB brotli). Instead the component that draws an island gives it its
//! data as context, where the page is drawn; the island writes it, as JSON, into its root
//! element's `data-island` attribute, which hydration leaves as the server wrote it; and in the
//! browser the island reads it back from there with the app's own small reader ([`Json`]).

use leptos::prelude::*;

use crate::json::Json;

/// An island's data, as it travels in the page.
pub trait IslandData: Sized + Clone + Send + Sync + 'static {
    fn to_json(&self) -> Json;
    fn from_json(json: &Json) -> Option<Self>;
}

/// In the component that draws an island, just before it: the island's data.
pub fn give<T: IslandData>(data: T) {
    provide_context(data);
}

/// In the island's body: its data where the page is drawn (none in the browser), and the
/// `data-island` attribute for its root. None in the browser, where an attribute of any value
/// would be set again as the island hydrates (`data-*` attributes are not hydrated in place).
pub fn given<T: IslandData>() -> (Option<T>, Option<String>) {
    // Only where pages are drawn: the wasm then holds no code that writes an island's data.
    #[cfg(not(feature = "hydrate"))]
    {
        let data = use_context::<T>();
        let attribute = data.as_ref().map(|d| d.to_json().write());
        (data, attribute)
    }
    #[cfg(feature = "hydrate")]
    (None, None)
}

/// The data written on an element: an island's root, once it has hydrated (`node_ref.get()`,
/// which is tracked, so what reads it runs again then).
pub fn read<T: IslandData>(element: &web_sys::Element) -> Option<T> {
    T::from_json(&Json::parse(&element.get_attribute("data-island")?)?)
}

/// In the island's body, where its data is needed before it hydrates: where the page is drawn as
/// given, in the browser from its root by its id (the static page is in the document already).
pub fn by_id<T: IslandData>(given: Option<T>, id: &str) -> Option<T> {
    given.or_else(|| crate::web::document::element(id).and_then(|e| read(&e)))
}

/// A JSON object's string member.
pub fn text(json: &Json, name: &str) -> Option<String> {
    json.get(name)?.as_str().map(str::to_string)
}

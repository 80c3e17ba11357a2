//! Same-origin GETs as text, sent at once so several can be in flight together.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::window;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, or the server is down.
    Network,
    /// The server answered with an error status.
    Status(u16),
}

/// GETs a same-origin URL (relative to the page) as text; sent at once, like [`fetch`].
pub fn fetch_text(url: &str) -> impl Future<Output = Result<String, FetchError>> + use<> {
    let response = fetch(url, false);
    async move { response.await.map(|(text, _)| text) }
}

/// GETs a URL as text, with the response's headers; `fresh` bypasses the HTTP cache. The
/// request goes out when this is called, so several can be in flight before any is awaited.
pub fn fetch(url: &str, fresh: bool) -> impl Future<Output = Result<(String, web_sys::Headers), FetchError>> + use<> {
    let sent = window().ok_or(FetchError::Network).map(|window| {
        let init = web_sys::RequestInit::new();
        if fresh {
            init.set_cache(web_sys::RequestCache::NoStore);
        }
        window.fetch_with_str_and_init(url, &init)
    });
    async move {
        let response: web_sys::Response = JsFuture::from(sent?).await.map_err(|_| FetchError::Network)?.unchecked_into();
        if !response.ok() {
            return Err(FetchError::Status(response.status()));
        }
        let text = response_text(&response).await.ok_or(FetchError::Network)?;
        Ok((text, response.headers()))
    }
}

/// A response's body as text (from the network or from a cache).
pub(super) async fn response_text(response: &web_sys::Response) -> Option<String> {
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

//! The service worker from the page's side: registering it, offering a waiting new version,
//! handing it validated dataset copies, and whether the browser is online.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use std::cell::RefCell;

use super::fetch::response_text;
use super::{has, window};
use crate::worker::{FETCHED_HEADER, KEEP_LANGUAGE, SKIP_WAITING, STORE_DATASET, data_cache};

thread_local! {
    /// The app's registration, once made (the browser's objects stay on this, the only, thread).
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window()?.navigator();
    has(&navigator, "serviceWorker").then(|| navigator.service_worker())
}

/// Registers `sw.js` (at the site's root, `root` from this page, so its scope is the whole app)
/// and calls `on_update` whenever a new version has installed and waits for the page to accept it.
pub async fn register(root: &str, on_update: impl Fn() + Clone + 'static) {
    if let Some(registration) = register_worker(&format!("{root}sw.js"), on_update).await {
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    }
}

async fn register_worker(url: &str, on_update: impl Fn() + Clone + 'static) -> Option<ServiceWorkerRegistration> {
    let container = container()?;
    let registration: ServiceWorkerRegistration = JsFuture::from(container.register(url)).await.ok()?.dyn_into().ok()?;
    // A waiting worker only counts as an update when an older one controls this page.
    if registration.waiting().is_some() && controlled() {
        on_update();
    }
    let watched = registration.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = watched.installing() else { return };
        let worker = installing.clone();
        let on_update = on_update.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && controlled() {
                on_update();
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
    Some(registration)
}

fn registration() -> Option<ServiceWorkerRegistration> {
    REGISTRATION.with(|r| r.borrow().clone())
}

/// Asks the server whether there is a new version (the browser compares `sw.js`).
pub fn check_for_update() {
    if let Some(Ok(promise)) = registration().map(|r| r.update()) {
        // A failed check (offline) is retried at the next one.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// Lets the waiting version take over, then reloads once it controls the page, so the page
/// never runs old and new files together.
pub fn accept_update() {
    let (Some(container), Some(waiting)) = (container(), registration().and_then(|r| r.waiting())) else { return };
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let _ = waiting.post_message(&SKIP_WAITING.into());
}

/// `{kind, <field>: value, …}`, a message the service worker answers (see `public/sw.js`).
fn message(kind: &str, fields: &[(&str, &str)]) -> js_sys::Object {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"kind".into(), &kind.into());
    for (field, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*field).into(), &(*value).into());
    }
    message
}

/// Gives the service worker a copy of the index at `url` the app has read whole, to serve from now on.
pub fn store_dataset(url: &str, text: &str) {
    let Some(controller) = container().and_then(|c| c.controller()) else { return };
    let Some(url) = window().and_then(|w| web_sys::Url::new_with_base(url, &w.location().href().ok()?).ok()) else { return };
    let _ = controller.post_message(&message(STORE_DATASET, &[("url", &url.href()), ("text", text)]));
}

/// Tells the service worker this page's language, so it keeps that language's pages for
/// offline use: now if it serves this page; else the worker being installed (a first visit,
/// whose reader may leave this page before any worker takes charge of it); else once one does.
pub fn keep_language(code: &str) {
    let Some(container) = container() else { return };
    let message = message(KEEP_LANGUAGE, &[("lang", code)]);
    if let Some(controller) = container.controller() {
        let _ = controller.post_message(&message);
        return;
    }
    let registration = container.get_registration();
    let told = message.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let registration = JsFuture::from(registration).await.ok().and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        if let Some(worker) = registration.and_then(|r| r.active().or_else(|| r.waiting()).or_else(|| r.installing())) {
            let _ = worker.post_message(&told);
        }
    });
    let watched = container.clone();
    let on_change = Closure::once(move || {
        if let Some(controller) = watched.controller() {
            let _ = controller.post_message(&message);
        }
    });
    let _ = container.add_event_listener_with_callback("controllerchange", on_change.as_ref().unchecked_ref());
    on_change.forget();
}

/// The copy of the index at `file` (from the site's root, which is `root` from this page) the
/// service worker keeps, with when it was fetched: the last good copy, for when the network fails.
pub async fn cached_dataset(root: &str, file: &str, schema: u32) -> Option<(String, Option<f64>)> {
    let w = window()?;
    let caches = w.caches().ok()?;
    let scope = web_sys::Url::new_with_base(if root.is_empty() { "./" } else { root }, &w.location().href().ok()?).ok()?.href();
    let name = data_cache(&scope, schema);
    if !JsFuture::from(caches.has(&name)).await.ok()?.as_bool()? {
        return None;
    }
    let cache: web_sys::Cache = JsFuture::from(caches.open(&name)).await.ok()?.dyn_into().ok()?;
    let url = web_sys::Url::new_with_base(file, &scope).ok()?.href();
    let response: web_sys::Response = JsFuture::from(cache.match_with_str(&url)).await.ok()?.dyn_into().ok()?;
    let fetched = fetched_at(&response.headers());
    let text = response_text(&response).await?;
    Some((text, fetched))
}

/// When the service worker fetched the copy it serves (Unix ms), from the header it stamps on
/// it. Read as an integer: parsing floats would add ~10 KB of tables to the wasm.
pub fn fetched_at(headers: &web_sys::Headers) -> Option<f64> {
    let stamp = headers.get(FETCHED_HEADER).ok().flatten()?;
    stamp.parse::<u64>().ok().map(|ms| ms as f64)
}

/// True when a service worker serves this page (so the app is available offline).
pub fn controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

pub fn online() -> bool {
    window().is_none_or(|w| w.navigator().on_line())
}

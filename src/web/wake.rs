//! Keeping the screen on while something is shown to staff: the Screen Wake Lock API, where the
//! browser has it.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, spawn_local};

use super::{has, window};

thread_local! {
    /// The lock held (a `WakeLockSentinel`), whether one is wanted, and whether a request is
    /// on its way.
    static HELD: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static WANTED: Cell<bool> = const { Cell::new(false) };
    static ASKING: Cell<bool> = const { Cell::new(false) };
}

/// Holds a wake lock while the address's fragment is `fragment` and the page is visible; lets
/// it go when either stops (the browser drops it on its own when the page is hidden).
pub fn keep_awake_at(fragment: &'static str) {
    let Some(w) = window() else { return };
    let wanted = move || {
        let w = window();
        let shown = w.as_ref().and_then(|w| w.location().hash().ok()).is_some_and(|h| h.strip_prefix('#') == Some(fragment));
        let visible = w.and_then(|w| w.document()).is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        want(shown && visible);
    };
    wanted();
    let on_change = Closure::<dyn Fn()>::new(wanted);
    let _ = w.add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
    if let Some(d) = w.document() {
        let _ = d.add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
    }
    let _ = w.add_event_listener_with_callback("pagehide", on_change.as_ref().unchecked_ref());
    on_change.forget();
}

fn want(wanted: bool) {
    WANTED.set(wanted);
    if !wanted {
        if let Some(sentinel) = HELD.take() {
            release(&sentinel);
        }
        return;
    }
    if HELD.with_borrow(Option::is_some) || ASKING.get() {
        return;
    }
    let Some(lock) = window()
        .map(|w| JsValue::from(w.navigator()))
        .filter(|n| has(n, "wakeLock"))
        .and_then(|n| js_sys::Reflect::get(&n, &"wakeLock".into()).ok())
    else {
        return;
    };
    let Some(promise) = call(&lock, "request", &["screen".into()]).and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        return;
    };
    ASKING.set(true);
    spawn_local(async move {
        let sentinel = JsFuture::from(promise).await.ok();
        ASKING.set(false);
        match sentinel {
            // Closed while the browser was deciding: let it go at once.
            Some(sentinel) if !WANTED.get() => release(&sentinel),
            Some(sentinel) => HELD.set(Some(sentinel)),
            None => {}
        }
    });
}

fn release(sentinel: &JsValue) {
    if let Some(promise) = call(sentinel, "release", &[]).and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        // A lock the browser has already dropped rejects; there is nothing to do about it.
        spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// `object.name(...args)`, if it is a function; its result.
fn call(object: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(object, &name.into()).ok()?.dyn_into().ok()?;
    f.apply(object, &args.iter().collect::<js_sys::Array>()).ok()
}

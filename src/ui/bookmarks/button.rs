//! The bookmarks on every page: the save button beside each record, and the count in the header.

use leptos::prelude::*;

use crate::bookmarks::Kind;
use crate::i18n::Key;
use crate::ui::bookmarks::use_bookmarks;
use crate::ui::hydration::after_hydration;
use crate::ui::language::use_tr;

/// Saves a record on this device, or removes it. Drawn unsaved, as the static page is; what
/// the device holds shows once the app runs.
#[island]
pub fn BookmarkButton(kind: Kind, id: String, title: String) -> impl IntoView {
    let (saved, tr) = (use_bookmarks(), use_tr());
    after_hydration(move || saved.load());
    let is_saved = {
        let id = id.clone();
        Memo::new(move |_| saved.contains(kind, &id))
    };
    let state = move || tr.get(if is_saved.get() { Key::SavedState } else { Key::Save });
    // The accessible name starts with the visible word, and says which record it is.
    let label = {
        let title = title.clone();
        move || format!("{}: {title}", state())
    };
    view! {
        <button
            type="button"
            class="btn save needs-js"
            aria-pressed=move || is_saved.get().to_string()
            aria-label=label
            on:click=move |_| saved.toggle(kind, &id, &title)
        >
            <span aria-hidden="true">{move || if is_saved.get() { "★" } else { "☆" }}</span>
            {state}
        </button>
    }
}

/// How many bookmarks this device holds, once the app has read them.
#[island]
pub fn SavedCount() -> impl IntoView {
    let saved = use_bookmarks();
    after_hydration(move || saved.load());
    // Nothing for none, so the header stays as drawn for most.
    view! { <span class="badge">{move || Some(saved.with(|b| b.len())).filter(|&n| n > 0)}</span> }
}

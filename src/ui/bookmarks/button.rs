//! The bookmarks on every page: the save button beside each record, and the count in the header.

use leptos::prelude::*;

use crate::bookmarks::Kind;
use crate::i18n::Key;
use crate::json::Json;
use crate::ui::bookmarks::use_bookmarks;
use crate::ui::hydration::after_hydration;
use crate::ui::island_data::{self, IslandData};
use crate::ui::language::use_tr;

/// Saves a record on this device, or removes it. Drawn unsaved, as the static page is; what
/// the device holds shows once the app runs.
#[component]
pub fn BookmarkButton(kind: Kind, id: String, title: String) -> impl IntoView {
    island_data::give(Saved { kind, id, title });
    view! { <SaveButton/> }
}

/// The record a save button is for: its kind, id, and title (kept with the bookmark).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Saved {
    kind: Kind,
    id: String,
    title: String,
}

impl IslandData for Saved {
    fn to_json(&self) -> Json {
        Json::object([("kind", self.kind.name().into()), ("id", self.id.as_str().into()), ("title", self.title.as_str().into())])
    }

    fn from_json(json: &Json) -> Option<Saved> {
        let kind = Kind::named(json.get("kind")?.as_str()?)?;
        Some(Saved { kind, id: island_data::text(json, "id")?, title: island_data::text(json, "title")? })
    }
}

#[island]
fn SaveButton() -> impl IntoView {
    let (saved, tr) = (use_bookmarks(), use_tr());
    after_hydration(move || saved.load());
    let (given, data_island) = island_data::given::<Saved>();
    let at = NodeRef::<leptos::html::Button>::new();
    let record = Memo::new(move |_| given.clone().or_else(|| at.get().and_then(|e| island_data::read::<Saved>(&e))));
    let is_saved = Memo::new(move |_| record.with(|r| r.as_ref().is_some_and(|r| saved.contains(r.kind, &r.id))));
    let state = move || tr.get(if is_saved.get() { Key::SavedState } else { Key::Save });
    // The accessible name starts with the visible word, and says which record it is.
    let label = move || format!("{}: {}", state(), record.with(|r| r.as_ref().map(|r| r.title.clone()).unwrap_or_default()));
    view! {
        <button
            node_ref=at
            type="button"
            class="btn save needs-js"
            data-island=data_island
            aria-pressed=move || is_saved.get().to_string()
            aria-label=label
            on:click=move |_| {
                if let Some(r) = record.get_untracked() {
                    saved.toggle(r.kind, &r.id, &r.title);
                }
            }
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

//! The saved page: what this person bookmarked, including records no longer listed.

use std::sync::Arc;

use leptos::prelude::*;

use crate::bookmarks::{Bookmark, Kind};
use crate::i18n::Key;
use crate::ui::cards::{LegalCard, OrgCard};
use crate::ui::data::Loaded;
use crate::ui::store::use_saved;
use crate::ui::tr::use_tr;

#[component]
pub fn SavedPage(loaded: Arc<Loaded>) -> impl IntoView {
    let (saved, tr) = (use_saved(), use_tr());
    tr.set_page_title(&tr.get(Key::SavedTitle));
    let item = move |b: Bookmark| {
        let data = &loaded.data;
        let position = match b.kind {
            Kind::Organization => data.organizations.iter().position(|o| o.id == b.id),
            Kind::Legal => data.legal_info.iter().position(|l| l.id == b.id),
        };
        match (b.kind, position) {
            (Kind::Organization, Some(i)) => view! { <OrgCard loaded=loaded.clone() index=i/> }.into_any(),
            (Kind::Legal, Some(i)) => view! { <LegalCard loaded=loaded.clone() index=i/> }.into_any(),
            (kind, None) => view! {
                <li class="card gone" data-id=b.id.clone() data-kind=format!("{kind:?}")>
                    <h3>{b.title.clone()}</h3>
                    <p class="flag">{tr.get(Key::NoLongerListed)}</p>
                    <div class="actions">
                        <button type="button" class="btn" on:click={
                            let id = b.id.clone();
                            move |_| saved.remove(kind, &id)
                        }>{tr.get(Key::Remove)}</button>
                    </div>
                </li>
            }
            .into_any(),
        }
    };
    view! {
        <h1 tabindex="-1">{tr.get(Key::SavedTitle)}</h1>
        <Show when=move || !saved.on_device.get()>
            <p class="notice" role="status">{move || tr.get(if saved.full.get() { Key::StorageFull } else { Key::StorageUnavailable })}</p>
        </Show>
        <Show when=move || saved.damaged.get()>
            <p class="notice">{tr.get(Key::StorageCorrupt)}</p>
        </Show>
        <Show when=move || saved.items.with(|b| b.is_empty())>
            <p class="empty">{tr.get(Key::SavedEmpty)}</p>
        </Show>
        <h2 class="visually-hidden">{tr.get(Key::NavSaved)}</h2>
        <ul class="cards">{move || saved.items.get().0.into_iter().map(item.clone()).collect_view()}</ul>
    }
}

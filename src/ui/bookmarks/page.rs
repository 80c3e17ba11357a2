//! The saved page: what this person bookmarked, including records no longer listed. The page
//! is a static shell; the list is an island, since only this device knows what is on it.

use leptos::either::{EitherOf3, EitherOf4};
use leptos::prelude::*;

use crate::bookmarks::{Bookmark, Kind};
use crate::i18n::Key;
use crate::ui::actions::PrintButton;
use crate::ui::bookmarks::use_bookmarks;
use crate::ui::directory::cards::{LegalCard, OrgCard};
use crate::ui::directory::{Load, use_directory};
use crate::ui::hydration::{after_hydration, client_only};
use crate::ui::language::use_tr;
use crate::ui::not_found::NotFound;
use crate::ui::situation::situation_card;

#[component]
pub fn SavedPage() -> impl IntoView {
    let tr = use_tr();
    view! {
        <div class="saved-page">
            <h1 tabindex="-1">{tr.get(Key::SavedTitle)}</h1>
            <div class="actions"><PrintButton/></div>
            <SavedList/>
            <noscript><p class="notice">{tr.get(Key::SavedNeedsScript)}</p></noscript>
        </div>
        // A partner's frame may turn bookmarks off (`saved=0`): then there is no such page.
        <div class="saved-off">
            <NotFound/>
        </div>
    }
}

#[island]
fn SavedList() -> impl IntoView {
    let (saved, tr, directory) = (use_bookmarks(), use_tr(), use_directory());
    after_hydration(move || {
        saved.load();
        directory.start();
    });
    let gone = move |b: Bookmark| {
        let id = b.id.clone();
        view! {
            <li class="card gone" data-id=b.id.clone() data-kind=format!("{:?}", b.kind)>
                <h3>{b.title.clone()}</h3>
                <p class="flag">{tr.get(Key::NoLongerListed)}</p>
                <div class="actions">
                    <button type="button" class="btn" on:click=move |_| saved.remove(b.kind, &id)>{tr.get(Key::Remove)}</button>
                </div>
            </li>
        }
    };
    let list_at = NodeRef::new();
    let list = move || {
        let loaded = match directory.load.get() {
            Load::Ready(loaded) if saved.loaded() => loaded,
            // Until the device's list and the dataset are in.
            _ => return EitherOf3::A(view! { <p class="loading">"…"</p> }),
        };
        if saved.with(|b| b.is_empty()) {
            return EitherOf3::B(view! { <p class="empty">{tr.get(Key::SavedEmpty)}</p> });
        }
        let data = &loaded.data;
        let items = saved.with(|b| b.0.clone()).into_iter().map(|b| {
            let position = match b.kind {
                Kind::Organization => data.organizations.iter().position(|o| o.id == b.id),
                Kind::Legal => data.legal_info.iter().position(|l| l.id == b.id),
                Kind::Situation => data.situations.iter().position(|s| s.id == b.id),
            };
            match (b.kind, position) {
                (Kind::Organization, Some(index)) => EitherOf4::A(view! { <OrgCard data=data.clone() index on_paper=true/> }),
                (Kind::Legal, Some(index)) => EitherOf4::B(view! { <LegalCard data=data.clone() index/> }),
                (Kind::Situation, Some(index)) => EitherOf4::C(situation_card(&data.situations[index], tr.code())),
                (_, None) => EitherOf4::D(gone(b)),
            }
        });
        EitherOf3::C(view! { <ul class="cards">{items.collect_view()}</ul> })
    };
    client_only(list_at, move || list);
    view! {
        {move || saved.damaged().then(|| view! { <p class="notice">{tr.get(Key::StorageCorrupt)}</p> })}
        <h2 class="visually-hidden">{tr.get(Key::NavSaved)}</h2>
        <div node_ref=list_at>
            <p class="loading">"…"</p>
        </div>
    }
}

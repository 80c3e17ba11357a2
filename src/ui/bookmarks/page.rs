//! The saved page: what this person bookmarked, including records no longer listed. The page
//! holds every record's card, drawn by the same components as everywhere else and hidden; the
//! list is an island, since only this device knows what is on it: it keeps the saved cards, in
//! the order saved, and takes the others out of the page (so a printed list holds only them).

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::bookmarks::{Bookmark, Kind};
use crate::changes::record_key;
use crate::i18n::Key;
use crate::model::Dataset;
use crate::route::Page;
use crate::ui::actions::PrintButton;
use crate::ui::bookmarks::use_bookmarks;
use crate::ui::directory::cards::{LegalCard, OrgCard};
use crate::ui::directory::search::PAGE;
use crate::ui::directory::use_directory;
use crate::ui::hydration::{after_hydration, client_only};
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;
use crate::ui::not_found::NotFound;
use crate::ui::read_aloud::{ReadAloud, order};
use crate::ui::situation::situation_card;
use crate::web;

/// The page's list of every card, which the saved list keeps the saved ones of.
const SAVED: &str = "saved";

#[component]
pub fn SavedPage(data: Arc<Dataset>) -> impl IntoView {
    let tr = use_tr();
    let lang = tr.code();
    let orgs = (0..data.organizations.len().min(PAGE)).map(|index| view! { <OrgCard data=data.clone() index on_paper=true/> });
    let legal = (0..data.legal_info.len()).map(|index| view! { <LegalCard data=data.clone() index/> });
    let guides = data.situations.iter().map(|s| situation_card(s, lang));
    view! {
        <div class="saved-page">
            <h1 tabindex="-1" data-say=order::NAME>{tr.get(Key::SavedTitle)}</h1>
            <div class="actions"><PrintButton/></div>
            <ReadAloud page=Page::Saved/>
            <SavedList/>
            <ul id=SAVED class="cards" hidden data-say=order::BODY>{orgs.collect_view()}{legal.collect_view()}{guides.collect_view()}</ul>
            <noscript><p class="notice">{tr.get(Key::SavedNeedsScript)}</p></noscript>
        </div>
        // A partner's frame may turn bookmarks off (`saved=0`): then there is no such page.
        <div class="saved-off">
            <NotFound/>
        </div>
    }
}

/// What the page's cards cannot show: "…" until the device's list is read, "nothing saved yet",
/// and a row for each saved record the page has no card for (no longer listed, or beyond it).
#[island]
fn SavedList() -> impl IntoView {
    let (saved, tr, directory) = (use_bookmarks(), use_tr(), use_directory());
    after_hydration(move || {
        saved.load();
        directory.start();
    });
    // The saved records the page has no card for, once the device's list is read.
    let elsewhere = RwSignal::new(None::<Vec<Bookmark>>);
    Effect::new(move |_| {
        if !saved.loaded() {
            return;
        }
        let items = saved.with(|b| b.0.clone());
        let keys: Vec<String> = items.iter().map(|b| record_key(b.kind, &b.id)).collect();
        let on_page = web::cards::keep_only(SAVED, &keys);
        web::document::set_hidden(SAVED, on_page.is_empty());
        elsewhere.set(Some(items.into_iter().filter(|b| !on_page.contains(&record_key(b.kind, &b.id))).collect()));
    });
    let rows_at = NodeRef::new();
    client_only(rows_at, move || view! { <Elsewhere elsewhere/> });
    view! {
        {move || saved.damaged().then(|| view! { <p class="notice">{tr.get(Key::StorageCorrupt)}</p> })}
        <h2 class="visually-hidden">{tr.get(Key::NavSaved)}</h2>
        <div node_ref=rows_at>
            <p class="loading">"…"</p>
        </div>
    }
}

/// Nothing saved; or the saved records the page has no card for: with the dataset in, a record
/// it still lists (beyond the page's cards) is a link, one it no longer lists says so.
#[component]
fn Elsewhere(elsewhere: RwSignal<Option<Vec<Bookmark>>>) -> impl IntoView {
    let (saved, tr, directory, site) = (use_bookmarks(), use_tr(), use_directory(), use_site());
    let row = move |b: Bookmark| {
        // Until the dataset says, neither.
        let listed = directory.ready()?.lists(b.kind, &b.id);
        let page = match b.kind {
            Kind::Organization => Page::Organization(b.id.clone()),
            Kind::Legal => Page::Legal(b.id.clone()),
            Kind::Situation => Page::Situation(b.id.clone()),
        };
        let id = b.id.clone();
        Some(if listed {
            Either::Left(
                view! { <li class="card row" data-id=b.id.clone()><h3><a href=site.href(&page)><span dir="auto">{b.title.clone()}</span></a></h3></li> },
            )
        } else {
            Either::Right(view! {
                <li class="card gone" data-id=b.id.clone() data-kind=b.kind.name()>
                    <h3><span dir="auto">{b.title.clone()}</span></h3>
                    <p class="flag">{tr.get(Key::NoLongerListed)}</p>
                    <div class="actions">
                        <button type="button" class="btn" on:click=move |_| saved.remove(b.kind, &id)>{tr.get(Key::Remove)}</button>
                    </div>
                </li>
            })
        })
    };
    move || match elsewhere.get() {
        None => Either::Left(view! { <p class="loading">"…"</p> }),
        Some(rest) if rest.is_empty() && saved.with(|b| b.is_empty()) => {
            Either::Right(Either::Left(view! { <p class="empty">{tr.get(Key::SavedEmpty)}</p> }))
        }
        Some(rest) => Either::Right(Either::Right(view! { <ul class="cards">{rest.into_iter().map(row).collect_view()}</ul> })),
    }
}

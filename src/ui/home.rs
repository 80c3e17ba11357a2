//! The home page: search, filters, the result count and cards, legal information, pointers.

use std::sync::Arc;

use leptos::prelude::*;

use crate::embed::Embed;
use crate::filter::{Facet, find};
use crate::i18n::Key;
use crate::route::Route;
use crate::search::{Query, rank};
use crate::ui::cards::{LegalCard, OrgCard, pointer_card};
use crate::ui::data::{Loaded, use_directory};
use crate::ui::nav::use_nav;
use crate::ui::tr::use_tr;
use crate::web;

/// How many cards are drawn at first, and added by each "Show more".
const PAGE: usize = 50;

#[component]
pub fn Home(loaded: Arc<Loaded>) -> impl IntoView {
    let (nav, tr) = (use_nav(), use_tr());
    tr.set_page_title(&tr.get(Key::HomeTitle));
    let query = Memo::new(move |_| nav.route.with(|r| Query::parse(&r.query)));
    let results = {
        let loaded = loaded.clone();
        Memo::new(move |_| nav.route.with(|r| find(&loaded.data, &loaded.index, &query.get(), &r.filters)))
    };
    let legal = {
        let loaded = loaded.clone();
        Memo::new(move |_| rank(&loaded.index.legal, &query.get(), |_| true))
    };
    // Cards are drawn a page at a time, so a long list stays quick on a cheap phone.
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        results.track();
        shown.set(PAGE);
    });
    let visible = Memo::new(move |_| results.with(|r| r[..r.len().min(shown.get())].to_vec()));
    let more = move || results.with(Vec::len).saturating_sub(shown.get()).min(PAGE);
    let lang = tr.code();
    let (cards, legal_cards) = (loaded.clone(), loaded.clone());
    view! {
        <h1 tabindex="-1">{tr.get(Key::HomeTitle)}</h1>
        <DataDate last_updated=loaded.data.last_updated.clone()/>
        {(loaded.skipped > 0).then(|| view! { <p class="notice" role="status">{tr.count(Key::SkippedRecords, loaded.skipped)}</p> })}
        <SearchBox/>
        <FilterBar loaded=loaded.clone()/>
        <h2 class="visually-hidden">{tr.get(Key::NavDirectory)}</h2>
        <p class="count" role="status">{move || tr.count(Key::ResultCount, results.with(Vec::len))}</p>
        <ul class="cards">
            <For each=move || visible.get() key=|i| *i children=move |i| view! { <OrgCard loaded=cards.clone() index=i/> }/>
        </ul>
        <Show when=move || { more() > 0 }>
            <button type="button" class="btn more" on:click=move |_| shown.update(|n| *n += PAGE)>
                {move || tr.count(Key::ShowMore, more())}
            </button>
        </Show>
        <Show when=move || results.with(Vec::is_empty)>
            <p class="empty">{tr.get(Key::NoResults)}</p>
        </Show>
        <Show when=move || legal.with(|l| !l.is_empty())>
            <section class="legal" aria-labelledby="legal-title">
                <h2 id="legal-title">{tr.get(Key::LegalTitle)}</h2>
                <ul class="cards">
                    <For each=move || legal.get() key=|i| *i children={
                        let legal_cards = legal_cards.clone();
                        move |i| view! { <LegalCard loaded=legal_cards.clone() index=i/> }
                    }/>
                </ul>
            </section>
        </Show>
        <section class="pointers" aria-labelledby="pointers-title">
            <h2 id="pointers-title">{tr.get(Key::ResourcesTitle)}</h2>
            <ul class="cards">{loaded.data.pointers.iter().map(|p| pointer_card(p, lang)).collect_view()}</ul>
        </section>
    }
}

/// How old the information is, and when this device last fetched it.
#[component]
fn DataDate(last_updated: String) -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    let refreshed =
        move || directory.refreshed.get().map(|ms| tr.fill(Key::RefreshedOn, &[("date", &web::format_datetime(tr.intl(), ms))]));
    view! {
        <p class="as-of">
            <span>{tr.fill(Key::DataAsOf, &[("date", &tr.date(&last_updated))])}</span>
            " "<span class="refreshed">{refreshed}</span>
        </p>
    }
}

/// The search box; every keystroke updates the list and the URL, without a reload.
#[component]
fn SearchBox() -> impl IntoView {
    let (nav, tr) = (use_nav(), use_tr());
    view! {
        <form class="search" role="search" on:submit=|e| e.prevent_default()>
            <label for="q">{tr.get(Key::SearchLabel)}</label>
            <input
                id="q"
                type="search"
                enterkeyhint="search"
                autocomplete="off"
                maxlength=crate::route::MAX_QUERY_CHARS
                placeholder=tr.get(Key::SearchPlaceholder)
                prop:value=move || nav.route.with(|r| r.query.clone())
                on:input=move |e| {
                    let text = event_target_value(&e);
                    nav.update(|r| r.query = text);
                }
            />
        </form>
    }
}

/// Escape closes the open filters and returns focus to their summary.
fn close_on_escape(e: leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let Some(details) = e.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) else { return };
    if e.key() == "Escape" && details.open() {
        details.set_open(false);
        if let Some(summary) =
            details.query_selector("summary").ok().flatten().and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    }
}

#[component]
fn FilterBar(loaded: Arc<Loaded>) -> impl IntoView {
    let (nav, tr) = (use_nav(), use_tr());
    let lang = tr.code();
    let selects = Facet::ALL
        .into_iter()
        .map(|facet| {
            let label = tr.get(match facet {
                Facet::Category => Key::FilterCategory,
                Facet::Prefecture => Key::FilterPrefecture,
                Facet::Service => Key::FilterService,
                Facet::Language => Key::FilterLanguage,
            });
            let id = format!("filter-{}", facet.param());
            let options = facet
                .options(&loaded.data)
                .into_iter()
                .map(|(term, n)| {
                    let value = term.id.clone();
                    let selected = move || nav.route.with(|r| r.filters.get(facet) == Some(value.as_str()));
                    view! { <option value=term.id.clone() prop:selected=selected>{format!("{} ({n})", term.name.text(lang))}</option> }
                })
                .collect_view();
            view! {
                <div class="filter">
                    <label for=id.clone()>{label}</label>
                    <select
                        id=id
                        name=facet.param()
                        on:change=move |e| {
                            let value = event_target_value(&e);
                            nav.update(|r| r.filters.set(facet, Some(value)));
                        }
                    >
                        <option value="" prop:selected=move || nav.route.with(|r| r.filters.get(facet).is_none())>{tr.get(Key::FilterAny)}</option>
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    let active = move || nav.route.with(|r| !r.filters.is_empty() || !r.query.trim().is_empty());
    // Open at first only when the person's URL already filters (a partner's preset slice is
    // not their doing), so the cards stay near the top.
    let open = !expect_context::<Embed>().on && nav.route.with_untracked(|r| !r.filters.is_empty());
    view! {
        <details class="filters" open=open on:keydown=close_on_escape>
            <summary>{tr.get(Key::FiltersTitle)}</summary>
            <div class="filter-grid">{selects}</div>
        </details>
        <Show when=active>
            <button type="button" class="btn clear" on:click=move |_| nav.update(|r| *r = Route::default())>
                {tr.get(Key::ClearFilters)}
            </button>
        </Show>
    }
}

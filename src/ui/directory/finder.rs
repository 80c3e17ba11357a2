//! The directory's search, an island over the home page's static list: the search box, the
//! filters, the count and the results. The static page holds the list for no search; once the
//! app runs and the dataset is in, a search draws its results here, with the same cards.

use std::sync::Arc;

use leptos::prelude::*;

use crate::filter::{Facet, find};
use crate::i18n::Key;
use crate::model::Dataset;
use crate::model::PhoneKind;
use crate::phone;
use crate::route::{MAX_QUERY_CHARS, Search, is_sticky};
use crate::search::{Hit, Match, Query};
use crate::ui::directory::cards::{LegalCard, OrgCard};
use crate::ui::directory::{Load, LoadError, use_directory};
use crate::ui::hydration::{after_hydration, client_only};
use crate::ui::language::use_tr;
use crate::ui::navigation::embed::use_embed;
use crate::ui::situation::situation_card;
use crate::web;

/// How many cards are drawn at first, and added by each "Show more".
pub const PAGE: usize = 50;

/// The search in the address bar (replacing the entry: typing is not navigating).
fn write_url(search: &Search) {
    let sticky: Vec<(String, String)> = web::location::query_params().into_iter().filter(|(name, _)| is_sticky(name)).collect();
    let mut params: Vec<(&str, String)> = search.to_params();
    params.extend(sticky.iter().map(|(name, value)| (name.as_str(), value.clone())));
    web::location::set_url(&web::location::url_with(&params), false);
}

/// The results of a search: guides, organisations and legal cards, as dataset positions, best
/// first, with why a weaker match was found; when nothing is, the closest organisations.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Found {
    situations: Vec<usize>,
    organizations: Vec<usize>,
    legal: Vec<usize>,
    notes: Vec<(usize, String)>,
    closest: Vec<usize>,
    query: String,
    filtered: bool,
}

impl Found {
    fn note(&self, index: usize) -> Option<String> {
        self.notes.iter().find(|(i, _)| *i == index).map(|(_, n)| n.clone())
    }
}

/// Why a hit was found, when that is not plain: "Matches 2 of 3 words", "“visa” → Legal advice".
fn note(hit: &Hit, query: &Query, data: &Dataset, tr: crate::ui::language::Tr) -> Option<String> {
    let mut parts = Vec::new();
    if hit.matched < query.len() {
        let (n, total) = (tr.number(hit.matched), tr.number(query.len()));
        parts.push(tr.fill(Key::MatchesSome, &[("n", &n), ("total", &total)]));
    }
    for (word, how) in query.words().zip(&hit.how) {
        if let Some(Match::Sense(sense)) = how
            && let Some(sense) = data.vocabulary.get(usize::from(*sense))
        {
            parts.push(tr.fill(Key::MatchedVia, &[("word", word), ("meaning", sense.meaning(data, tr.code()))]));
        }
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The id of the static page's list of cards, which a search's results stand in for.
pub const LISTING: &str = "listing";

/// The search, over the static search form (its `children`) and the static list of cards
/// beside it: it answers the form's input events as they bubble up, and while a search is
/// shown, hides the static list. `total` and `digest` describe that list: how many
/// organisations, drawn from which dataset file.
#[island]
pub fn Finder(total: usize, digest: String, children: Children) -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    let search = RwSignal::new(Search::default());
    let shown = RwSignal::new(PAGE);
    // Once running: the search the URL holds, or what was typed before the app ran.
    after_hydration(move || {
        directory.start();
        let params = web::location::query_params();
        let mut from_url = Search::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        match web::form::value("q").filter(|t| !t.is_empty()) {
            Some(typed) if from_url.query.is_empty() => from_url.query = typed,
            _ => web::form::set_value("q", &from_url.query),
        }
        for facet in Facet::ALL {
            web::form::set_value(facet.param(), from_url.filters.get(facet).unwrap_or_default());
        }
        // Open at first only when the person's URL already filters (a partner's preset slice is
        // not their doing), so the cards stay near the top.
        if !use_embed().on && !from_url.filters.is_empty() {
            web::form::open_details("filters");
        }
        search.set(from_url);
    });
    let update = move |change: &dyn Fn(&mut Search)| {
        search.update(|s| change(s));
        shown.set(PAGE);
        search.with_untracked(write_url);
    };
    let on_input = move |e: leptos::ev::Event| {
        let (name, value) = web::form::changed(&e);
        match Facet::ALL.into_iter().find(|f| f.param() == name) {
            Some(facet) => update(&|s| s.filters.set(facet, Some(value.clone()))),
            None if name == "q" => update(&|s| s.query = value.clone()),
            None => {}
        }
    };
    let clear = Callback::new(move |()| {
        web::form::reset("search");
        update(&|s| *s = Search::default());
    });
    let loaded = move || directory.ready();
    // Nothing to draw while the static list is the answer: no search, the same dataset whole.
    let found = Memo::new(move |_| {
        let loaded = loaded()?;
        let search = search.get();
        let same_list = !search.is_active() && loaded.digest == digest && loaded.skipped == 0 && total <= PAGE;
        (!same_list).then(|| {
            let (data, index) = (&loaded.data, &loaded.index);
            let query = index.query(&search.query);
            let hits = find(data, index, &query, &search.filters);
            let closest = if hits.is_empty() && !query.is_empty() {
                index
                    .closest(&search.query, |i| search.filters.matches(&data.organizations[i]), 3)
                    .iter()
                    .map(|h| h.index)
                    .collect()
            } else {
                Vec::new()
            };
            Found {
                notes: hits.iter().filter_map(|h| note(h, &query, data, tr).map(|n| (h.index, n))).collect(),
                organizations: hits.iter().map(|h| h.index).collect(),
                legal: index.legal(&query).iter().map(|h| h.index).collect(),
                situations: if query.is_empty() {
                    Vec::new()
                } else {
                    index.situations(&query).iter().map(|h| h.index).collect()
                },
                closest,
                query: search.query.clone(),
                filtered: !search.filters.is_empty(),
            }
        })
    });
    Effect::new(move |_| web::document::set_hidden(LISTING, found.with(Option::is_some)));
    // What the count line says: how many, or that the search waits for the dataset.
    let count = move || match (found.with(|f| f.as_ref().map(|f| f.organizations.len())), directory.load.get()) {
        (Some(n), _) => tr.count(Key::ResultCount, n),
        (None, Load::Loading) if search.with(Search::is_active) => tr.get(Key::Loading),
        (None, _) => tr.count(Key::ResultCount, total),
    };
    let results_at = NodeRef::new();
    client_only(results_at, move || view! { <Results found shown clear/> });
    let failed = move || match directory.load.get() {
        Load::Failed(error) => Some(view! { <LoadFailed error/> }),
        _ => None,
    };
    let skipped = move || {
        loaded().filter(|l| l.skipped > 0).map(|l| {
            view! { <p class="notice" role="status">{tr.count(Key::SkippedRecords, l.skipped)}</p> }
        })
    };
    view! {
        <section class="finder" data-loaded=move || loaded().map(|_| "") on:input=on_input on:keydown=close_on_escape>
            {skipped}
            {failed}
            {children()}
            {move || {
                search.with(Search::is_active).then(|| {
                    view! {
                        <button type="button" class="btn clear" on:click=move |_| clear.run(())>
                            {tr.get(Key::ClearFilters)}
                        </button>
                    }
                })
            }}
            <h2 class="visually-hidden">{tr.get(Key::NavDirectory)}</h2>
            <p class="count" role="status">{count}</p>
            <div class="results" node_ref=results_at></div>
        </section>
    }
}

/// The search box and the filters, drawn into the static page: a form that works without the
/// app too (it reloads the page with the search in its URL). The app answers it as the person
/// types ([`Finder`]).
#[component]
pub fn SearchForm(data: Arc<Dataset>) -> impl IntoView {
    let tr = use_tr();
    let lang = tr.code();
    let selects = Facet::ALL
        .into_iter()
        .map(|facet| {
            let id = format!("filter-{}", facet.param());
            let options = facet
                .options(&data)
                .into_iter()
                .map(|(term, n)| view! { <option value=term.id.clone()>{format!("{} ({n})", term.name.text(lang))}</option> })
                .collect_view();
            view! {
                <div class="filter">
                    <label for=id.clone()>{tr.get(facet_label(facet))}</label>
                    <select id=id name=facet.param()>
                        <option value="">{tr.get(Key::FilterAny)}</option>
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <form id="search" class="search" role="search" method="get" action="./">
            <label for="q">{tr.get(Key::SearchLabel)}</label>
            <input
                id="q"
                name="q"
                type="search"
                enterkeyhint="search"
                autocomplete="off"
                maxlength=MAX_QUERY_CHARS
                placeholder=tr.get(Key::SearchPlaceholder)
            />
            <details id="filters" class="filters">
                <summary>{tr.get(Key::FiltersTitle)}</summary>
                <div class="filter-grid">{selects}</div>
            </details>
            // Without the app, the form is sent; with it, every change is answered at once.
            <button type="submit" class="btn without-js">{tr.get(Key::SearchLabel)}</button>
        </form>
    }
}

fn facet_label(facet: Facet) -> Key {
    match facet {
        Facet::Category => Key::FilterCategory,
        Facet::Prefecture => Key::FilterPrefecture,
        Facet::Service => Key::FilterService,
        Facet::Language => Key::FilterLanguage,
    }
}

/// A search's results, a page of cards at a time, so a long list stays quick on a cheap phone.
/// Each card is drawn once and kept while it stays in the results (a new dataset draws anew).
#[component]
fn Results(found: Memo<Option<Found>>, shown: RwSignal<usize>, clear: Callback<()>) -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    let data = move || directory.ready().map(|loaded| loaded.data.clone());
    let total = move || found.with(|f| f.as_ref().map_or(0, |f| f.organizations.len()));
    let more = move || total().saturating_sub(shown.get()).min(PAGE);
    // (the dataset, a position in it): a card per organisation shown.
    let cards = move |of: fn(&Found) -> &[usize], shown: usize| {
        let Some(data) = data() else { return Vec::new() };
        found.with(|f| f.as_ref().map_or_else(Vec::new, |f| of(f).iter().take(shown).map(|&i| (data.clone(), i)).collect()))
    };
    let key = |(data, index): &(Arc<Dataset>, usize)| (Arc::as_ptr(data) as usize, *index);
    let organizations = move || cards(|f| &f.organizations, shown.get());
    let legal = move || cards(|f| &f.legal, usize::MAX);
    let guides = move || cards(|f| &f.situations, usize::MAX);
    let card = move |(data, index): (Arc<Dataset>, usize)| {
        let note = Signal::derive(move || found.with(|f| f.as_ref().and_then(|f| f.note(index))));
        view! { <OrgCard data index note/> }
    };
    view! {
        <div hidden=move || found.with(Option::is_none)>
            <ul class="cards guides" hidden=move || guides().is_empty()>
                <For each=guides key=key children=move |(data, index)| situation_card(&data.situations[index], tr.code())/>
            </ul>
            <ul class="cards orgs">
                <For each=organizations key=key children=card/>
            </ul>
            {move || {
                (more() > 0).then(|| {
                    view! {
                        <button type="button" class="btn more" on:click=move |_| shown.update(|n| *n += PAGE)>
                            {move || tr.count(Key::ShowMore, more())}
                        </button>
                    }
                })
            }}
            {move || (found.with(Option::is_some) && total() == 0).then(|| view! { <DeadEnd found clear/> })}
            <div hidden=move || legal().is_empty()>
                {legal_section(view! { <For each=legal key=key children=|(data, index)| view! { <LegalCard data index/> }/> })}
            </div>
        </div>
    }
}

/// Nothing matches: never a dead end. The closest organisations, the kinds of help, the
/// numbers to call (toll-free, and those of the organisations that give information), and
/// clearing the filters.
/// An `Option`, not an `AnyView`: type-erasing it pulled the hydration and rebuild code of every
/// card under it into the wasm (26 KB brotli, measured in ../shared/notes/wasm-levers.md).
#[component]
fn DeadEnd(found: Memo<Option<Found>>, clear: Callback<()>) -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    let lang = tr.code();
    let data = directory.ready().map(|loaded| loaded.data.clone())?;
    let (query, closest, filtered) =
        found.with_untracked(|f| f.as_ref().map(|f| (f.query.clone(), f.closest.clone(), f.filtered))).unwrap_or_default();
    let closest = (!closest.is_empty()).then(|| {
        let cards = closest.into_iter().map(|index| view! { <OrgCard data=data.clone() index/> }).collect_view();
        view! { <h3>{tr.get(Key::ClosestMatches)}</h3><ul class="cards orgs closest">{cards}</ul> }
    });
    let kinds = data
        .taxonomy
        .categories
        .iter()
        .map(|c| view! { <li><a href=format!("?category={}", c.id)>{c.name.text(lang).to_string()}</a></li> })
        .collect_view();
    let lines = data
        .organizations
        .iter()
        .flat_map(|o| {
            let informs = o.services.iter().any(|s| s == "information");
            o.phones
                .iter()
                .filter(move |p| p.kind == PhoneKind::TollFree || (informs && p.kind == PhoneKind::Voice))
                .map(move |p| (o, p))
        })
        .filter_map(|(o, p)| {
            phone::tel_href(p).map(|href| {
                let kind = tr.get(if p.kind == PhoneKind::TollFree { Key::PhoneTollFree } else { Key::PhoneVoice });
                view! {
                    <li>
                        {o.name.text(lang).to_string()}" · "{kind}": "
                        <a href=href target="_top" dir="ltr">{p.number.clone()}</a>
                    </li>
                }
            })
        })
        .collect_view();
    Some(view! {
        <div class="dead-end">
            <p class="empty">{tr.fill(Key::NothingFound, &[("query", &query)])}" "{tr.get(Key::NoResults)}</p>
            {filtered.then(|| view! {
                <button type="button" class="btn" on:click=move |_| clear.run(())>{tr.get(Key::ClearFilters)}</button>
            })}
            {closest}
            <h3>{tr.get(Key::LookByKind)}</h3>
            <ul class="plain links">{kinds}</ul>
            <h3>{tr.get(Key::CallForHelp)}</h3>
            <ul class="plain">{lines}</ul>
        </div>
    })
}

/// The legal cards below the organisations.
pub fn legal_section(cards: impl IntoView) -> impl IntoView {
    view! {
        <section class="legal" aria-labelledby="legal-title">
            <h2 id="legal-title">{use_tr().get(Key::LegalTitle)}</h2>
            <ul class="cards">{cards}</ul>
        </section>
    }
}

/// The dataset could not be loaded: search waits, the static list stays, and it says why.
#[component]
fn LoadFailed(error: LoadError) -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    view! {
        <section class="error" role="alert">
            <h2>{tr.get(Key::LoadFailed)}</h2>
            <p>{tr.get(error.reason())}</p>
            <button type="button" class="btn" on:click=move |_| directory.fetch()>{tr.get(Key::Retry)}</button>
        </section>
    }
}

/// Escape closes the open filters and returns focus to their summary.
fn close_on_escape(e: leptos::ev::KeyboardEvent) {
    if e.key() == "Escape" {
        web::form::close_details_around(&e);
    }
}

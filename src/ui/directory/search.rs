//! The directory's search, an island over the home page's static list: the search box, the
//! filters, the count and the results. The static page holds the list for no search; once the
//! app runs and the dataset is in, a search draws its results here, with the same cards.

use std::sync::Arc;

use leptos::prelude::*;

use crate::answer::{Answer, Why};
use crate::compact::Compact;
use crate::filter::Facet;
use crate::i18n::Key;
use crate::json::Json;
use crate::model::{Dataset, PhoneKind};
use crate::phone;
use crate::route::{MAX_QUERY_CHARS, Search, is_sticky};
use crate::ui::directory::{Load, LoadError, use_directory};
use crate::ui::hydration::{after_hydration, client_only_in};
use crate::ui::island_data::{self, IslandData};
use crate::ui::language::use_tr;
use crate::ui::navigation::embed::use_embed;
use crate::web;
use crate::web::cards::Note;

/// How many cards are drawn at first, and added by each "Show more".
pub use crate::answer::PAGE;

/// The search in the address bar (replacing the entry: typing is not navigating).
fn write_url(search: &Search) {
    let sticky: Vec<(String, String)> = web::location::query_params().into_iter().filter(|(name, _)| is_sticky(name)).collect();
    let mut params: Vec<(&str, String)> = search.to_params();
    params.extend(sticky.iter().map(|(name, value)| (name.as_str(), value.clone())));
    web::location::set_url(&web::location::url_with(&params), false);
}

/// Why a hit was found, in the reader's words: "Matches 2 of 3 words", "«visa» ← Legal
/// advice", the word as the person typed it marked as theirs.
fn note(why: &Why, tr: crate::ui::language::Tr) -> Note {
    let mut note = Note::new();
    if why.matched < why.of {
        let (n, total) = (tr.number(why.matched), tr.number(why.of));
        note.push((tr.fill(Key::MatchesSome, &[("n", &n), ("total", &total)]), false));
    }
    for (i, (word, meaning)) in why.senses.iter().enumerate() {
        let (before, after) = tr.around(Key::MatchedVia, "word");
        let gap = if i > 0 || why.matched < why.of { " · " } else { "" };
        note.push((format!("{gap}{before}"), false));
        note.push((word.clone(), true));
        note.push((crate::i18n::fill(&after, &[("meaning", meaning)]), false));
    }
    note
}

/// A piece of a note as the rows draw it: the person's own words marked as of no known language.
fn piece((text, typed): (String, bool)) -> impl IntoView {
    view! { <span lang=typed.then_some("")>{text}</span> }
}

/// The id of the static page's list of cards, which a search arranges.
pub const LISTING: &str = "listing";

/// The search, over the static search form (its `children`) and the static list of cards
/// beside it: it answers the form's input events as they bubble up, and shows, hides and orders
/// the list's cards. `total` and `digest` describe that list: how many organisations, drawn from
/// which dataset file.
#[component]
pub fn Finder(total: usize, digest: String, children: Children) -> impl IntoView {
    island_data::give(Listing { total, digest });
    view! { <Searching>{children()}</Searching> }
}

/// How many organisations the page lists, and the fingerprint of the dataset file it was drawn from.
#[derive(Clone, Default)]
struct Listing {
    total: usize,
    digest: String,
}

impl IslandData for Listing {
    fn to_json(&self) -> Json {
        Json::object([("total", (self.total as i64).into()), ("digest", self.digest.as_str().into())])
    }

    fn from_json(json: &Json) -> Option<Listing> {
        Some(Listing { total: usize::try_from(json.get("total")?.as_i64()?).ok()?, digest: island_data::text(json, "digest")? })
    }
}

/// The search's root, whose data it reads as it starts: its count says how many the page lists.
const FINDER: &str = "finder";

#[island]
fn Searching(children: Children) -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    let (given, data_island) = island_data::given::<Listing>();
    let Listing { total, digest } = island_data::by_id(given, FINDER).unwrap_or_default();
    let search = RwSignal::new(Search::default());
    let shown = RwSignal::new(PAGE);
    // Whether the search has been read from the page yet: until then the fields are the page's.
    let started = RwSignal::new(false);
    // Once running: the search the URL holds, or what was typed before the app ran.
    after_hydration(move || {
        directory.start();
        let params = web::location::query_params();
        let mut from_url = Search::from_params(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        // The form's fields are looked for in the island's own element, never across the page.
        let typed = web::form::value_in(FINDER, "q").filter(|t| !t.is_empty());
        if let Some(typed) = typed.filter(|_| from_url.query.is_empty()) {
            from_url.query = typed;
        }
        // Open at first only when the person's URL already filters (a partner's preset slice is
        // not their doing), so the cards stay near the top.
        if !use_embed().on && !from_url.filters.is_empty() {
            web::form::open_details("filters");
        }
        search.set(from_url);
        started.set(true);
    });
    // The fields show the search: the one place they are written.
    Effect::new(move |_| {
        if !started.get() {
            return;
        }
        search.with(|s| {
            web::form::set_value_in(FINDER, "q", &s.query);
            for facet in Facet::ALL {
                web::form::set_value_in(FINDER, facet.param(), s.filters.get(facet).unwrap_or_default());
            }
        });
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
    let clear = Callback::new(move |()| update(&|s| *s = Search::default()));
    let loaded = move || directory.ready();
    // Nothing to draw while the static list is the answer: no search, the same dataset whole.
    let found = Memo::new(move |_| Answer::of(&*loaded()?, &search.get(), &digest, total));
    // The answer, on the page's own cards (and rows for organisations beyond the page).
    Effect::new(move |_| {
        let Some(index) = directory.ready() else { return };
        let shown = shown.get();
        found.with(|found| arrange(&index, found.as_ref(), shown, tr));
    });
    // What the count line says: how many, or that the search waits for the dataset.
    let count = move || match (found.with(|f| f.as_ref().map(|f| f.organizations.len())), directory.load.get()) {
        (Some(n), _) => tr.count(Key::ResultCount, n),
        (None, Load::Loading) if search.with(Search::is_active) => tr.get(Key::Loading),
        (None, _) => tr.count(Key::ResultCount, total),
    };
    client_only_in(MORE, move || view! { <Beyond found shown/> });
    // The dead end's button (drawn into the static page) clears, as the one above does.
    let _ = window_event_listener(leptos::ev::click, move |e| {
        if web::form::target_id(&e).as_deref() == Some(DEAD_END_CLEAR) {
            clear.run(());
        }
    });
    let failed = move || match directory.load.get() {
        Load::Failed(error) => Some(view! { <LoadFailed error/> }),
        _ => None,
    };
    let skipped = move || {
        loaded().filter(|l| !l.skipped.is_empty()).map(|l| {
            view! { <p class="notice" role="status">{tr.count(Key::SkippedRecords, l.skipped.len())}</p> }
        })
    };
    view! {
        <section
            id=FINDER
            class="finder"
            data-island=data_island
            data-loaded=move || loaded().map(|_| "")
            on:input=on_input
            on:keydown=close_on_escape
        >
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

/// Shows a search's answer on the page's own cards: the organisations found (a page of them at
/// a time), the legal cards and guides found, why each was found; or, for no search, the list as
/// the page drew it. Nothing found: the dead end, with the closest organisations.
fn arrange(index: &Compact, found: Option<&Answer>, shown: usize, tr: crate::ui::language::Tr) {
    // Says which the list shows now: a search's answer (`data-search`), or the page as drawn.
    web::document::set_attribute(LISTING, "data-search", found.map(|_| ""));
    let orgs = |indices: &mut dyn Iterator<Item = usize>, found: Option<&Answer>| -> Vec<(String, Option<Note>)> {
        indices.map(|i| (index.organizations[i].id.clone(), found.and_then(|f| f.why(i)).map(|w| note(w, tr)))).collect()
    };
    let legal = |indices: &mut dyn Iterator<Item = usize>| -> Vec<(String, Option<Note>)> {
        indices.map(|i| (index.legal[i].id.clone(), None)).collect()
    };
    let Some(found) = found else {
        web::cards::arrange(ORGS, &orgs(&mut (0..index.organizations.len().min(PAGE)), None));
        web::cards::arrange(LEGAL, &legal(&mut (0..index.legal.len())));
        for (id, hidden) in [(LEGAL_SECTION, false), (GUIDES, true), (DEAD_END, true)] {
            web::document::set_hidden(id, hidden);
        }
        return;
    };
    let nothing = found.organizations.is_empty();
    let shown_orgs = if nothing {
        orgs(&mut found.closest.iter().copied(), None)
    } else {
        orgs(&mut found.organizations.iter().take(shown).copied(), Some(found))
    };
    let guides: Vec<(String, Option<Note>)> = found.situations.iter().map(|&i| (index.situations[i].id.clone(), None)).collect();
    web::cards::arrange(ORGS, &shown_orgs);
    web::cards::arrange(LEGAL, &legal(&mut found.legal.iter().copied()));
    web::cards::arrange(GUIDES, &guides);
    web::document::set_hidden(LEGAL_SECTION, found.legal.is_empty());
    web::document::set_hidden(GUIDES, found.situations.is_empty());
    web::document::set_hidden(DEAD_END, !nothing);
    if nothing {
        let (before, after) = tr.around(Key::NothingFound, "query");
        let says = vec![(before, false), (found.query.clone(), true), (format!("{after} {}", tr.get(Key::NoResults)), false)];
        web::cards::write_note(DEAD_END_SAYS, &says);
        web::document::set_hidden(DEAD_END_CLEAR, !found.filtered);
        web::document::set_hidden(CLOSEST, found.closest.is_empty());
    }
}

/// The page's lists the search arranges, and the parts of its dead end.
const ORGS: &str = "orgs";
const LEGAL: &str = "legal-cards";
const LEGAL_SECTION: &str = "legal";
const GUIDES: &str = "guides";
const DEAD_END: &str = "dead-end";
const DEAD_END_SAYS: &str = "dead-end-says";
const DEAD_END_CLEAR: &str = "dead-end-clear";
const CLOSEST: &str = "closest";
/// Where rows for organisations beyond the static page go, and "Show more".
const MORE: &str = "more";

/// The organisations found that the static page has no card for (a dataset longer than a page):
/// a plain row each, with why it was found, and "Show more" while more are found than shown.
#[component]
fn Beyond(found: Memo<Option<Answer>>, shown: RwSignal<usize>) -> impl IntoView {
    let (tr, directory, site) = (use_tr(), use_directory(), crate::ui::navigation::use_site());
    let total = move || found.with(|f| f.as_ref().map_or(0, |f| f.organizations.len()));
    let more = move || total().saturating_sub(shown.get()).min(PAGE);
    let rows = move || {
        let Some(index) = directory.ready() else { return Vec::new() };
        found.with(|f| {
            let Some(f) = f else { return Vec::new() };
            f.organizations
                .iter()
                .map(|&i| (&index.organizations[i], i))
                .take(shown.get())
                .filter(|(org, _)| !web::cards::has(ORGS, &org.id))
                .map(|(org, i)| (org.id.clone(), org.name.clone(), f.why(i).map(|w| note(w, tr))))
                .collect()
        })
    };
    let row = move |(id, name, note): (String, String, Option<Note>)| {
        let lang = crate::script::language_of(&name, tr.code());
        view! {
            <li class="card row" data-id=id.clone()>
                <h3>
                    <a href=site.href(&crate::route::Page::Organization(id.clone()))>
                        <span dir="auto" lang=lang>{name}</span>
                    </a>
                </h3>
                {note.map(|n| view! { <p class="why-found">{n.into_iter().map(piece).collect_view()}</p> })}
            </li>
        }
    };
    view! {
        // Drawn afresh on each change: plain rows are cheap, and a keyed list's diffing is not.
        <ul class="cards orgs">{move || rows().into_iter().map(row).collect_view()}</ul>
        {move || {
            (more() > 0).then(|| {
                view! {
                    <button type="button" class="btn more" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || tr.count(Key::ShowMore, more())}
                    </button>
                }
            })
        }}
    }
}

/// Nothing matches: never a dead end. Drawn into the static page, hidden, and shown by the search:
/// what it looked for, clearing the filters, the kinds of help, the numbers to call (toll-free,
/// and those of the organisations that give information), and the closest organisations (their
/// own cards, below it).
pub fn dead_end(data: &Dataset) -> impl IntoView + use<> {
    let tr = use_tr();
    let lang = tr.code();
    let kinds = data
        .taxonomy
        .categories
        .iter()
        .map(|c| view! { <li><a href=format!("?category={}", c.id)>{c.name.text(lang).to_string()}</a></li> })
        .collect_view();
    let lines = data
        .help_lines()
        .into_iter()
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
    view! {
        <div id=DEAD_END class="dead-end" hidden>
            <p id=DEAD_END_SAYS class="empty"></p>
            <button type="button" id=DEAD_END_CLEAR class="btn" hidden>{tr.get(Key::ClearFilters)}</button>
            <h3>{tr.get(Key::LookByKind)}</h3>
            <ul class="plain links">{kinds}</ul>
            <h3>{tr.get(Key::CallForHelp)}</h3>
            <ul class="plain">{lines}</ul>
            <h3 id=CLOSEST hidden>{tr.get(Key::ClosestMatches)}</h3>
        </div>
    }
}

/// The legal cards below the organisations.
pub fn legal_section(cards: impl IntoView) -> impl IntoView {
    view! {
        <section id=LEGAL_SECTION class="legal" aria-labelledby="legal-title">
            <h2 id="legal-title">{use_tr().get(Key::LegalTitle)}</h2>
            <ul id=LEGAL class="cards">{cards}</ul>
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

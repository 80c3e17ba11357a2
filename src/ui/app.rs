//! The app's frame: state for everyone below, the header, the page for the route, the footer.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::embed::Embed;
use crate::i18n::{Key, LANGUAGES};
use crate::load::DatasetError;
use crate::route::{self, Page};
use crate::ui::data::{Directory, Load, LoadError, use_directory};
use crate::ui::home::Home;
use crate::ui::legal::LegalPage;
use crate::ui::nav::{Link, Nav, to, use_nav};
use crate::ui::organization::OrganizationPage;
use crate::ui::saved::SavedPage;
use crate::ui::status::{Status, StatusBar};
use crate::ui::store::{Saved, use_saved};
use crate::ui::tr::{Tr, use_tr};
use crate::ui::widgets::NotFound;
use crate::web;
use crate::web::FetchError;

#[component]
pub fn App() -> impl IntoView {
    let params = web::query_params();
    let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let embed = Embed::from_params(params.iter().copied());
    if embed.on {
        web::embed::mark_embedded();
        if web::embed::framed() {
            web::embed::report_height();
        }
    }
    if let Some(accent) = &embed.accent {
        web::embed::apply_accent(accent);
    }
    provide_context(embed);
    let tr = Tr::new();
    provide_context(tr);
    provide_context(Nav::start(embed.on));
    provide_context(Saved::start());
    let directory = Directory::start(tr);
    provide_context(directory);
    provide_context(Status::start());
    let started = RwSignal::new(false);
    let url_lang = route::param(&params, "lang").map(str::to_string);
    spawn_local(async move {
        tr.start(url_lang.as_deref()).await;
        started.set(true);
    });
    // The build's static first paint (see tests/tools/prerender.mjs) gives way to the app's
    // own page once that can be drawn.
    Effect::new(move |_| {
        if started.get() && !matches!(directory.load.get(), Load::Loading) {
            web::remove_by_id("prerender");
        }
    });
    view! {
        <Show when=move || started.get() fallback=|| view! { <p class="loading">"…"</p> }>
            <a class="skip" href="#main" on:click=|e| {
                // Focus the content itself (a bare #main would only scroll there).
                e.prevent_default();
                web::focus_by_id("main");
            }>{tr.s(Key::SkipToContent)}</a>
            <Header/>
            <StatusBar/>
            <main id="main" tabindex="-1">
                <CurrentPage/>
            </main>
            <Footer/>
        </Show>
    }
}

/// The site header; in embed mode a slim bar with the same navigation, the language menu and
/// a way out to the full app.
#[component]
fn Header() -> impl IntoView {
    let (tr, saved, nav, embed) = (use_tr(), use_saved(), use_nav(), expect_context::<Embed>());
    let saved_link = embed.saved.then(|| {
        view! {
            <Link route=to(Page::Saved)>
                {tr.s(Key::NavSaved)}" "
                <span class="badge">{move || saved.items.with(|b| b.len())}</span>
            </Link>
        }
    });
    let navigation = view! {
        <nav aria-label=tr.s(Key::AppName)>
            <Link route=nav.home()>{tr.s(Key::NavDirectory)}</Link>
            {saved_link}
        </nav>
    };
    if embed.on {
        let full_app = web::url_without(&crate::embed::PARAMS);
        view! {
            <header class="top embed-bar">
                {navigation}
                <a class="full-app" href=full_app target="_blank" rel="noopener">{tr.s(Key::OpenFullApp)}</a>
                <LanguageMenu/>
            </header>
        }
        .into_any()
    } else {
        view! {
            <header class="top">
                <Link route=nav.home() class="brand">
                    <span class="mark" aria-hidden="true">"道"</span>
                    <span>{tr.s(Key::AppName)}<small>{tr.s(Key::AppTagline)}</small></span>
                </Link>
                {navigation}
                <LanguageMenu/>
            </header>
        }
        .into_any()
    }
}

#[component]
fn LanguageMenu() -> impl IntoView {
    let tr = use_tr();
    let options = LANGUAGES
        .iter()
        .map(|l| view! { <option value=l.code lang=l.code prop:selected=move || tr.code() == l.code>{l.name}</option> })
        .collect_view();
    view! {
        <div class="lang">
            <label for="lang" class="visually-hidden">{tr.s(Key::LanguageLabel)}</label>
            <span aria-hidden="true" class="globe">"文A"</span>
            <select id="lang" on:change=move |e| tr.choose(&event_target_value(&e)) aria-busy=move || tr.switching.get().to_string()>
                {options}
            </select>
        </div>
    }
}

/// The page for the route, drawn again only when the page or the language changes (not on
/// every keystroke in the search box).
#[component]
fn CurrentPage() -> impl IntoView {
    let (nav, tr, directory) = (use_nav(), use_tr(), use_directory());
    let page = Memo::new(move |_| nav.route.with(|r| r.page.clone()));
    move || {
        let _language = tr.code();
        match directory.load.get() {
            Load::Loading => view! { <p class="loading" role="status">{tr.get(Key::Loading)}</p> }.into_any(),
            Load::Failed(error) => view! { <LoadFailed error/> }.into_any(),
            Load::Ready(loaded) => match page.get() {
                Page::Home => view! { <Home loaded/> }.into_any(),
                Page::Organization(id) => view! { <OrganizationPage loaded id/> }.into_any(),
                Page::Legal(id) => view! { <LegalPage loaded id/> }.into_any(),
                Page::Unknown => view! { <NotFound/> }.into_any(),
                Page::Saved if !expect_context::<Embed>().saved => view! { <NotFound/> }.into_any(),
                Page::Saved => view! { <SavedPage loaded/> }.into_any(),
            },
        }
    }
}

#[component]
fn LoadFailed(error: LoadError) -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    view! {
        <section class="error" role="alert">
            <h1 tabindex="-1">{tr.get(Key::LoadFailed)}</h1>
            <p>{tr.get(reason(&error))}</p>
            <button type="button" class="btn" on:click=move |_| directory.fetch()>{tr.get(Key::Retry)}</button>
        </section>
    }
}

/// What went wrong, in words a person can act on.
pub fn reason(error: &LoadError) -> Key {
    match error {
        LoadError::Fetch(FetchError::Network) => Key::ErrorNetwork,
        LoadError::Fetch(FetchError::Status(404 | 410)) => Key::ErrorMissing,
        LoadError::Fetch(FetchError::Status(_)) => Key::ErrorServer,
        LoadError::Dataset(DatasetError::Version(_)) => Key::ErrorVersion,
        LoadError::Dataset(DatasetError::Malformed(_)) => Key::ErrorData,
        LoadError::Dataset(DatasetError::TooLarge(_)) => Key::ErrorTooLarge,
    }
}

#[component]
fn Footer() -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    let about = move || {
        directory.ready().map(|loaded| {
            let data = &loaded.data;
            let sources = data.sources.iter().map(|s| s.title.text(tr.code()).to_string()).collect::<Vec<_>>().join("; ");
            view! { <p>{tr.fill(Key::SourceLine, &[("source", &sources)])}</p> }
        })
    };
    view! {
        <footer class="bottom">
            {about}
            <p>{tr.s(Key::PrivacyNote)}</p>
        </footer>
    }
}

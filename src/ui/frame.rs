//! What every page has around its content: the skip link, the header with the language menu,
//! the status line, and the footer. Drawn into the static pages; only the saved count and the
//! status line are islands.

use leptos::prelude::*;

use crate::i18n::{Key, LANGUAGES};
use crate::model::Dataset;
use crate::route::Page;
use crate::ui::data::use_directory;
use crate::ui::site::use_site;
use crate::ui::status::StatusBar;
use crate::ui::store::use_saved;
use crate::ui::tr::use_tr;
use crate::web;

#[component]
pub fn Frame(page: Page, data: std::sync::Arc<Dataset>, children: Children) -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    let english = site.href_in(&LANGUAGES[0], &page);
    let japanese = site.href_in(&LANGUAGES[1], &page);
    view! {
        <a class="skip" href="#main">{tr.get(Key::SkipToContent)}</a>
        <Header page/>
        <StatusBar english japanese/>
        <main id="main" tabindex="-1">{children()}</main>
        <Footer data/>
    }
}

/// The site header. In a partner's frame (`embed=1`) the stylesheet shows a slim bar instead:
/// the same navigation and language menu, no brand, and a way out to the full app.
#[component]
fn Header(page: Page) -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    let home = site.href(&Page::Home);
    view! {
        <header class="top">
            <a href=home.clone() class="brand">
                <span class="mark" aria-hidden="true">"道"</span>
                <span>{tr.get(Key::AppName)}<small>{tr.get(Key::AppTagline)}</small></span>
            </a>
            <nav aria-label=tr.get(Key::AppName)>
                <a href=home>{tr.get(Key::NavDirectory)}</a>
                <a href=site.href(&Page::Saved) class="saved-link">{tr.get(Key::NavSaved)}" "<SavedCount/></a>
                <LeaveQuickly/>
            </nav>
            // Its address is the page's own, without the frame's options (`public/boot.js`).
            <a class="full-app" href="./" target="_blank" rel="noopener">{tr.get(Key::OpenFullApp)}</a>
            <LanguageMenu page/>
        </header>
    }
}

/// How many bookmarks this device holds, once the app has read them.
#[island]
fn SavedCount() -> impl IntoView {
    let saved = use_saved();
    crate::ui::after_hydration(move || saved.load());
    // Nothing for none, so the header stays as drawn for most.
    view! { <span class="badge">{move || Some(saved.items.with(|b| b.len())).filter(|&n| n > 0)}</span> }
}

/// Every language by its own name, each a link to this page in it: it works with no script.
#[component]
fn LanguageMenu(page: Page) -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    let current = tr.language();
    let links = LANGUAGES
        .iter()
        .map(|l| {
            let here = (l.code == current.code).then_some("page");
            view! { <li><a href=site.href_in(l, &page) hreflang=l.code lang=l.code aria-current=here>{l.name}</a></li> }
        })
        .collect_view();
    view! {
        <details class="lang">
            <summary>
                <span aria-hidden="true" class="globe">"文A"</span>
                <span class="visually-hidden">{tr.get(Key::LanguageLabel)}": "</span>
                <span lang=current.code>{current.name}</span>
            </summary>
            <ul>{links}</ul>
        </details>
    }
}

/// When this device last fetched the directory, once a page that lists it has: said at the
/// foot of the page, where its arrival moves nothing the person is reading.
#[island]
fn Refreshed() -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    let refreshed = move || {
        directory.refreshed.get().map(|ms| tr.fill(Key::RefreshedOn, &[("date", &web::intl::format_datetime(tr.intl(), ms))]))
    };
    view! { <span class="refreshed">{refreshed}</span> }
}

#[component]
fn Footer(data: std::sync::Arc<Dataset>) -> impl IntoView {
    let tr = use_tr();
    let sources = data.sources.iter().map(|s| s.title.text(tr.code()).to_string()).collect::<Vec<_>>().join("; ");
    view! {
        <footer class="bottom">
            <p>{tr.fill(Key::SourceLine, &[("source", &sources)])}" "<Refreshed/></p>
            <p>{tr.get(Key::PrivacyNote)}</p>
            <Safety/>
        </footer>
    }
}

/// "Leave quickly": a link to the neutral page, which the script before the first paint turns
/// into a replacement of this page (`src/site/shell.rs`), as it does for Escape twice.
#[component]
fn LeaveQuickly() -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    view! { <a class="leave" href=site.file("notes.html")><span aria-hidden="true">"✕ "</span>{tr.get(Key::LeaveQuickly)}</a> }
}

/// What leaving quickly does not do, and the discreet tab (both kept by the script before the
/// first paint, so neither waits for the wasm).
#[component]
fn Safety() -> impl IntoView {
    let tr = use_tr();
    let clear = format!("https://support.google.com/chrome/answer/95589?hl={}", tr.intl());
    view! {
        <div class="safety">
            <p>{tr.get(Key::LeaveNote)}" "<a href=clear rel="noopener noreferrer" target="_blank">{tr.get(Key::ClearHistory)}</a></p>
            <label class="needs-js discreet-switch"><input type="checkbox" class="discreet"/>" "{tr.get(Key::Discreet)}</label>
        </div>
    }
}

//! What every page has around its content: the skip link, the header with the language menu,
//! the status line, and the footer; and the link back to the directory. Drawn into the static
//! pages; only the saved count, the status line and the footer's refresh date (`status`) are
//! islands.

use leptos::prelude::*;

use crate::bookmarks::Kind;
use crate::changes::record_key;
use crate::i18n::{Key, LANGUAGES};
use crate::model::Dataset;
use crate::route::Page;
use crate::ui::bookmarks::button::SavedCount;
use crate::ui::changes::OnPage;
use crate::ui::display::DisplaySettings;
use crate::ui::language::menu::LanguageMenu;
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;
use crate::ui::safety::{LeaveQuickly, Safety};
use crate::ui::status::{Refreshed, StatusBar};

#[component]
pub fn Frame(page: Page, data: std::sync::Arc<Dataset>, children: Children) -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    let english = site.href_in(&LANGUAGES[0], &page);
    let japanese = site.href_in(&LANGUAGES[1], &page);
    let lang = tr.code();
    let on_page = match &page {
        Page::Organization(id) => {
            data.organization(id).map(|o| OnPage { key: record_key(Kind::Organization, id), name: o.name.text(lang).into() })
        }
        Page::Legal(id) => data.legal(id).map(|l| OnPage { key: record_key(Kind::Legal, id), name: l.title.text(lang).into() }),
        _ => None,
    };
    view! {
        <a class="skip" href="#main">{tr.get(Key::SkipToContent)}</a>
        <Header page maintainer=data.maintainer.as_ref().map(|m| m.email.clone())/>
        <StatusBar english japanese on_page/>
        // Shown by the page script while the app loads at a first search or save, where the
        // browser asks to save data (src/site/islands.js).
        <p id="app-loading" class="status" role="status" hidden>{tr.get(Key::Loading)}</p>
        <main id="main" tabindex="-1">{children()}</main>
        <Footer data/>
    }
}

/// The site header. In a partner's frame (`embed=1`) the stylesheet shows a slim bar instead:
/// the same navigation and language menu, no brand, and a way out to the full app.
#[component]
fn Header(page: Page, maintainer: Option<String>) -> impl IntoView {
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
            // Its address is the page's own, without the frame's options (`src/site/islands.js`).
            <a class="full-app" href="./" target="_blank" rel="noopener">{tr.get(Key::OpenFullApp)}</a>
            <LanguageMenu page maintainer/>
        </header>
    }
}

/// One line on where the facts come from, linking to the page that says it record by record.
#[component]
fn Footer(data: std::sync::Arc<Dataset>) -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    let revised = tr.fill(Key::DataAsOf, &[("date", &tr.date(&data.last_updated))]);
    view! {
        <footer class="bottom">
            <p><a href=site.href(&Page::About)>{tr.get(Key::FooterAbout)}</a>" · "{revised}" "<Refreshed/></p>
            <p>{tr.get(Key::PrivacyNote)}</p>
            <Safety/>
            <DisplaySettings/>
        </footer>
    }
}

/// Back to the directory (in embed mode, `src/site/islands.js` keeps the partner's slice of it).
#[component]
pub fn BackLink() -> impl IntoView {
    let tr = use_tr();
    view! {
        <p class="back">
            <a href=use_site().href(&Page::Home)>
                <span aria-hidden="true" class="arrow">"← "</span>{tr.get(Key::BackToDirectory)}
            </a>
        </p>
    }
}

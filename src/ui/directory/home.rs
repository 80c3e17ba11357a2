//! The home page: the search over the organisation cards and the legal cards, and pointers to
//! further material. A static page; the search is an island that shows, hides and orders its
//! cards (and the guides', drawn hidden for it).

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::Key;
use crate::model::Dataset;
use crate::route::Page;
use crate::ui::directory::cards::{LegalCard, OrgCard, pointer_card};
use crate::ui::directory::search::{Finder, LISTING, PAGE, SearchForm, dead_end, legal_section};
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;
use crate::ui::situation::{situation_card, situations_menu};

/// `digest` fingerprints the dataset file the page is drawn from.
#[component]
pub fn Home(data: Arc<Dataset>, digest: String) -> impl IntoView {
    let tr = use_tr();
    let lang = tr.code();
    let total = data.organizations.len();
    let cards = (0..total.min(PAGE)).map(|index| view! { <OrgCard data=data.clone() index/> }).collect_view();
    let legal = (0..data.legal_info.len()).map(|index| view! { <LegalCard data=data.clone() index/> }).collect_view();
    let form = view! { <SearchForm data=data.clone()/> };
    view! {
        <h1 tabindex="-1">{tr.get(Key::HomeTitle)}</h1>
        <p class="as-of">
            {tr.fill(Key::DataAsOf, &[("date", &tr.date(&data.last_updated))])}" "
            <a href=use_site().href(&Page::About)>{tr.get(Key::AboutTitle)}</a>
        </p>
        {situations_menu(&data)}
        <Finder total digest>{form}</Finder>
        <div id=LISTING>
            {dead_end(&data)}
            <ul id="guides" class="cards guides" hidden>{data.situations.iter().map(|s| situation_card(s, lang)).collect_view()}</ul>
            <ul id="orgs" class="cards orgs">{cards}</ul>
            <div id="more"></div>
            {legal_section(legal)}
        </div>
        <section class="pointers" aria-labelledby="pointers-title">
            <h2 id="pointers-title">{tr.get(Key::ResourcesTitle)}</h2>
            <ul class="cards">{data.pointers.iter().map(|p| pointer_card(p, lang)).collect_view()}</ul>
        </section>
    }
}

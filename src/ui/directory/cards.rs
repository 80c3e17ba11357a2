//! The cards of the lists: an organisation, a legal card, a pointer to further material.

use std::sync::Arc;

use leptos::prelude::*;

use crate::address;
use crate::bookmarks::Kind;
use crate::i18n::Key;
use crate::links;
use crate::model::{Dataset, Organization, Pointer, Taxonomy};
use crate::route::Page;
use crate::text::Text;
use crate::ui::bookmarks::button::BookmarkButton;
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;
use crate::ui::organization::contact::{contact_actions, phone_label};
use crate::ui::text::{localized, prose};

/// An organisation's categories, by name.
pub fn categories(org: &Organization, taxonomy: &Taxonomy, lang: &str) -> String {
    org.categories.iter().map(|c| Taxonomy::name(&taxonomy.categories, c, lang)).collect::<Vec<_>>().join(" · ")
}

/// Where an organisation is: its cities and prefectures, or "Location not stated".
pub fn area(org: &Organization, taxonomy: &Taxonomy, lang: &str) -> String {
    let place = |city: &Text, prefecture: &str| {
        address::place(city.text(lang), Taxonomy::name(&taxonomy.prefectures, prefecture, lang), lang)
    };
    let places: Vec<String> = org
        .addresses
        .iter()
        .map(|a| place(&a.city, &a.state_province))
        .chain(org.locations.iter().map(|p| place(&p.city, &p.state_province)))
        .collect();
    if places.is_empty() { use_tr().get(Key::AreaNotStated) } else { places.join(" · ") }
}

/// Each address (in the reader's script and in Japanese) and phone number written out, for
/// paper only: the saved list, printed, is what someone takes with them. An address that rests
/// only on third parties says to call first there too.
fn on_paper(data: &Dataset, org: &Organization, lang: &str) -> impl IntoView + use<> {
    let (tr, taxonomy) = (use_tr(), &data.taxonomy);
    let addresses = org
        .addresses
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let japanese =
                (lang != "ja").then(|| view! { <br/><span lang="ja">{address::lines(a, taxonomy, "ja").join(" ")}</span> });
            let call_first = crate::provenance::third_party_only(data, org.origin(), &format!("addresses.{i}"))
                .then(|| view! { <br/><small>{tr.get(Key::ThirdPartyOnly)}</small> });
            view! { <p dir="auto">{address::lines(a, taxonomy, lang).join(", ")}{japanese}{call_first}</p> }
        })
        .collect_view();
    let phones = org
        .phones
        .iter()
        .map(|p| view! { <p>{phone_label(p, tr)}": "<span dir="ltr">{p.number.clone()}</span></p> })
        .collect_view();
    view! { <div class="print-only">{addresses}{phones}</div> }
}

/// An organisation in a list, drawn into the static page; the search shows, hides and orders it,
/// and writes why it was found into its empty note. `on_paper` adds what a printed list needs.
#[component]
pub fn OrgCard(data: Arc<Dataset>, index: usize, #[prop(optional)] on_paper: bool) -> impl IntoView {
    let tr = use_tr();
    let lang = tr.code();
    let org = &data.organizations[index];
    let categories = categories(org, &data.taxonomy, lang);
    let name = org.name.text(lang).to_string();
    let title = localized(&org.name, lang);
    view! {
        <li class="card" data-id=org.id.clone() data-kind="organization">
            <h3>
                <a href=use_site().href(&Page::Organization(org.id.clone()))>{title}</a>
                " "<span class="short">{org.alternate_name.clone()}</span>
            </h3>
            <p class="meta">{categories}</p>
            <p class="why-found" hidden></p>
            <p class="summary">{prose(&org.summary, lang)}</p>
            <p class="area">{area(org, &data.taxonomy, lang)}</p>
            {on_paper.then(|| self::on_paper(&data, org, lang))}
            <div class="actions">
                {contact_actions(org, false)}
                <BookmarkButton kind=Kind::Organization id=org.id.clone() title=name/>
            </div>
        </li>
    }
}

#[component]
pub fn LegalCard(data: Arc<Dataset>, index: usize) -> impl IntoView {
    let lang = use_tr().code();
    let card = &data.legal_info[index];
    let title = localized(&card.title, lang);
    view! {
        <li class="card legal" data-id=card.id.clone() data-kind="legal">
            <h3><a href=use_site().href(&Page::Legal(card.id.clone()))>{title}</a></h3>
            <p class="summary">{prose(&card.summary, lang)}</p>
            <div class="actions">
                <BookmarkButton kind=Kind::Legal id=card.id.clone() title=card.title.text(lang).to_string()/>
            </div>
        </li>
    }
}

pub fn pointer_card(pointer: &Pointer, lang: &str) -> impl IntoView + use<> {
    let link = pointer
        .url
        .as_deref()
        .and_then(links::https_url)
        .map(|url| view! { <a href=url.to_string() rel="noopener noreferrer">{url.to_string()}</a> });
    view! {
        <li class="card pointer">
            <h3>{localized(&pointer.title, lang)}</h3>
            <p>{prose(&pointer.description, lang)}</p>
            {link}
            {pointer.caveats.iter().map(|c| view! { <p class="caveat">{prose(c, lang)}</p> }).collect_view()}
        </li>
    }
}

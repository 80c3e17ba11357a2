//! A legal information card's page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::bookmarks::Kind;
use crate::i18n::Key;
use crate::route::Page;
use crate::ui::data::Loaded;
use crate::ui::nav::{Link, to};
use crate::ui::tr::use_tr;
use crate::ui::widgets::{BackLink, BookmarkButton, NotFound, ShareButton, localized, paragraphs, prose, provenance};

#[component]
pub fn LegalPage(loaded: Arc<Loaded>, id: String) -> impl IntoView {
    let Some(card) = loaded.data.legal(&id) else { return view! { <NotFound/> }.into_any() };
    let tr = use_tr();
    let lang = tr.code();
    let data = &loaded.data;
    let title = card.title.text(lang).to_string();
    tr.set_page_title(&title);
    let link_list = |heading: Key, links: Vec<(Page, String)>| {
        (!links.is_empty()).then(|| {
            let items =
                links.into_iter().map(|(page, text)| view! { <li><Link route=to(page)>{text}</Link></li> }).collect_view();
            view! { <section><h2>{tr.get(heading)}</h2><ul class="plain links">{items}</ul></section> }
        })
    };
    let organizations = card
        .related_organizations
        .iter()
        .filter_map(|id| data.organization(id))
        .map(|o| (Page::Organization(o.id.clone()), o.name.text(lang).to_string()))
        .collect();
    let related = card
        .related
        .iter()
        .filter_map(|id| data.legal(id))
        .map(|l| (Page::Legal(l.id.clone()), l.title.text(lang).to_string()))
        .collect();
    view! {
        <article class="detail">
            <BackLink/>
            <h1 tabindex="-1">{localized(&card.title, lang)}</h1>
            <p class="lead">{prose(&card.summary, lang)}</p>
            <div class="actions">
                <ShareButton title=title.clone()/>
                <BookmarkButton kind=Kind::Legal id=card.id.clone() title=title/>
            </div>
            <section>{paragraphs(&card.body, lang)}</section>
            {link_list(Key::RelatedOrganizations, organizations)}
            {link_list(Key::ReadNext, related)}
            {provenance(data, &card.source, &card.last_verified)}
        </article>
    }
    .into_any()
}

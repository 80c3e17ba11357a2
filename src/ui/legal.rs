//! The legal information: the list of cards, and each card's page. Static pages.

use std::sync::Arc;

use leptos::prelude::*;

use crate::bookmarks::Kind;
use crate::i18n::Key;
use crate::model::Dataset;
use crate::route::Page;
use crate::ui::actions::ShareButton;
use crate::ui::bookmarks::button::BookmarkButton;
use crate::ui::directory::cards::LegalCard;
use crate::ui::language::use_tr;
use crate::ui::navigation::frame::BackLink;
use crate::ui::navigation::use_site;
use crate::ui::provenance::{ReportMistake, listing_line, mark};
use crate::ui::text::{localized, paragraphs, prose};

/// Every legal card, in the dataset's order.
#[component]
pub fn LegalList(data: Arc<Dataset>) -> impl IntoView {
    let tr = use_tr();
    let cards = (0..data.legal_info.len()).map(|index| view! { <LegalCard data=data.clone() index/> }).collect_view();
    view! {
        <BackLink/>
        <h1 tabindex="-1">{tr.get(Key::LegalTitle)}</h1>
        // The cards' titles are third-level headings, as on the home page.
        <h2 class="visually-hidden">{tr.get(Key::LegalTitle)}</h2>
        <ul class="cards">{cards}</ul>
    }
}

#[component]
/// `version` is the dataset's, for reports of mistakes.
pub fn LegalPage(data: Arc<Dataset>, index: usize, version: String) -> impl IntoView {
    let card = &data.legal_info[index];
    let origin = card.origin();
    let maintainer = data.maintainer.as_ref().map(|m| m.email.clone());
    let (tr, site) = (use_tr(), use_site());
    let lang = tr.code();
    let title = card.title.text(lang).to_string();
    let link_list = |heading: Key, links: Vec<(Page, String)>| {
        (!links.is_empty()).then(|| {
            let items =
                links.into_iter().map(|(page, text)| view! { <li><a href=site.href(&page)>{text}</a></li> }).collect_view();
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
            <div class="lead">{prose(&card.summary, lang)}{mark(&data, origin, "summary", card.summary.get(lang).lang)}</div>
            <div class="actions">
                <ShareButton title=title.clone()/>
                <BookmarkButton kind=Kind::Legal id=card.id.clone() title=title/>
            </div>
            <section>{paragraphs(&card.body, lang)}<div>{mark(&data, origin, "body", card.body.get(lang).lang)}</div></section>
            {link_list(Key::RelatedOrganizations, organizations)}
            {link_list(Key::ReadNext, related)}
            {listing_line(&data, origin)}
            <ReportMistake id=card.id.clone() name=card.title.text(lang).to_string() version maintainer/>
        </article>
    }
}

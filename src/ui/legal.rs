//! The legal information: the list of cards, and each card's page. Static pages.

use std::sync::Arc;

use leptos::prelude::*;

use crate::bookmarks::Kind;
use crate::i18n::Key;
use crate::model::{Dataset, LegalInfo};
use crate::route::Page;
use crate::ui::actions::ShareButton;
use crate::ui::bookmarks::button::BookmarkButton;
use crate::ui::directory::cards::LegalCard;
use crate::ui::language::use_tr;
use crate::ui::navigation::frame::BackLink;
use crate::ui::navigation::use_site;
use crate::ui::provenance::{ReportMistake, cited, cites, listing_line, mark};
use crate::ui::read_aloud::{ReadAloud, order};
use crate::ui::text::{localized, paragraphs, prose};

/// The law as it stands, as of a date, in our words: each statement with the pages it rests on
/// and their dates; in a language we translated into, said so.
fn law_now(data: &Dataset, card: &LegalInfo) -> Option<impl IntoView + use<>> {
    let tr = use_tr();
    let lang = tr.code();
    let as_of = card.as_of.as_deref()?;
    let translated = card.statements.iter().any(|s| s.text.get(lang).lang == lang && !matches!(lang, "en" | "ja"));
    let statements = card
        .statements
        .iter()
        .map(|s| {
            let sources =
                s.cites.iter().filter_map(|c| data.source(c)).map(|source| view! { <li>{cited(source)}</li> }).collect_view();
            view! {
                <li>
                    <p>{prose(&s.text, lang)}</p>
                    {cites(view! { <ul class="plain">{sources}</ul> })}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="law-now" data-say=order::BODY>
            <h2>{tr.fill(Key::LawNow, &[("date", &tr.date(as_of))])}</h2>
            <p class="note">{tr.get(Key::LawIntro)}</p>
            {translated.then(|| view! { <p class="note">{tr.get(Key::OurTranslation)}</p> })}
            <ol class="statements">{statements}</ol>
        </section>
    })
}

/// The source's own words, attributed to it and dated.
fn source_words(data: &Dataset, card: &LegalInfo) -> Option<impl IntoView + use<>> {
    let tr = use_tr();
    let lang = tr.code();
    if card.body.is_blank() {
        return None;
    }
    let source = data.source(&card.source);
    let publisher = source.map_or(card.source.clone(), |s| s.publisher.clone());
    let date = source.and_then(|s| s.last_updated.as_deref()).map(|d| tr.date(d)).unwrap_or_else(|| tr.get(Key::Undated));
    let heading = (!card.statements.is_empty()).then(
        || view! { <p class="note source-words">{tr.fill(Key::SourceWords, &[("source", &publisher), ("date", &date)])}</p> },
    );
    Some(view! {
        <section data-say=order::BODY>
            {heading}
            {paragraphs(&card.body, lang)}
            <div>{mark(data, card.origin(), "body", card.body.get(lang).lang)}</div>
        </section>
    })
}

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
            <h1 tabindex="-1" data-say=order::NAME>{localized(&card.title, lang)}</h1>
            <div class="lead" data-say=order::WHAT>{prose(&card.summary, lang)}{mark(&data, origin, "summary", card.summary.get(lang).lang)}</div>
            <div class="actions">
                <ShareButton title=title.clone()/>
                <BookmarkButton kind=Kind::Legal id=card.id.clone() title=title/>
            </div>
            <ReadAloud page=Page::Legal(card.id.clone())/>
            {law_now(&data, card)}
            {source_words(&data, card)}
            {link_list(Key::RelatedOrganizations, organizations)}
            {link_list(Key::ReadNext, related)}
            {listing_line(&data, origin)}
            <ReportMistake id=card.id.clone() name=card.title.text(lang).to_string() version maintainer/>
        </article>
    }
}

//! An organisation's page: every field, each way to reach it, and where the facts come from.
//! A static page; only its buttons and "open now" run in the browser. Its sections: `contact`,
//! `address`, `hours`, and here the rest; "Show to staff" is `staff`.

pub mod address;
pub mod contact;
pub mod hours;
pub mod staff;

use std::sync::Arc;

use leptos::prelude::*;

use crate::bookmarks::Kind;
use crate::date::PartialDate;
use crate::i18n::Key;
use crate::links;
use crate::model::{Dataset, Organization, Taxonomy, Term};
use crate::route::Page;
use crate::ui::actions::{PrintButton, ShareButton, save_contact};
use crate::ui::bookmarks::button::BookmarkButton;
use crate::ui::directory::cards::categories;
use crate::ui::language::{Tr, use_tr};
use crate::ui::navigation::frame::BackLink;
use crate::ui::navigation::use_site;
use crate::ui::provenance::{ReportMistake, conflicts, listing_line, mark};
use crate::ui::read_aloud::{ReadAloud, order};
use crate::ui::text::{localized, paragraphs, prose};
use staff::StaffView;

/// What every section of an organisation's page reads: the dataset, the record, the reader's
/// language, and the date in Japan as the page is drawn (for how old a listing is). Each section
/// is a plain `fn(Record) -> Option<impl IntoView>`: nothing when the record has nothing to say.
#[derive(Clone, Copy)]
pub struct Record<'a> {
    pub data: &'a Dataset,
    pub org: &'a Organization,
    pub tr: Tr,
    pub today: PartialDate,
}

/// `version` is the dataset's, for reports of mistakes; `today` the date in Japan as the page
/// is drawn, for telling how old its listing is.
#[component]
pub fn OrganizationPage(data: Arc<Dataset>, index: usize, version: String, today: PartialDate) -> impl IntoView {
    let org = &data.organizations[index];
    let origin = org.origin();
    let tr = use_tr();
    let lang = tr.code();
    let name = org.name.text(lang).to_string();
    // The Japanese name too, for showing to officials, when the page is in another language.
    let japanese_name = org.name.exactly("ja").filter(|_| lang != "ja").map(|n| {
        view! { <div class="ja-name"><span lang="ja">{n.to_string()}</span>{mark(&data, origin, "name", "ja")}</div> }
    });
    let maintainer = data.maintainer.as_ref().map(|m| m.email.clone());
    let parent = org.parent_id.as_deref().and_then(|p| data.organization(p)).map(|p| {
        let parent_name = p.name.text(lang).to_string();
        let link = view! { <a href=use_site().href(&Page::Organization(p.id.clone()))>{parent_name}</a> };
        view! { <p class="parent">{tr.sentence(Key::PartOf, "name", link)}</p> }
    });
    let categories = categories(org, &data.taxonomy, lang);
    let record = Record { data: &data, org, tr, today };
    view! {
        <article class="detail">
            <BackLink/>
            <h1 tabindex="-1" data-say=order::NAME>{localized(&org.name, lang)}</h1>
            {mark(&data, origin, "name", org.name.get(lang).lang).map(|m| view! { <div class="name-mark">{m}</div> })}
            {japanese_name}
            <p class="meta"><span class="short">{org.alternate_name.clone()}</span>" · "{categories}</p>
            {parent}
            <div class="lead" data-say=order::WHAT>{prose(&org.summary, lang)}{mark(&data, origin, "summary", org.summary.get(lang).lang)}</div>
            <div class="actions">
                {contact::contact_actions(org, true)}
                <ShareButton title=name.clone()/>
                <BookmarkButton kind=Kind::Organization id=org.id.clone() title=name/>
                {staff::opener(org)}
                {crate::vcard::has_a_way_to_reach(org).then(|| save_contact(org))}
                <PrintButton/>
            </div>
            <ReadAloud page=Page::Organization(org.id.clone())/>
            <StaffView data=data.clone() index/>
            {contact::section(record)}
            {address::section(record)}
            {hours::section(record)}
            {people_section(record)}
            {services_section(record)}
            {languages_section(record)}
            {about_section(record)}
            {notes_section(record)}
            {listing_line(&data, origin)}
            <ReportMistake id=org.id.clone() name=org.name.text(lang).to_string() version maintainer/>
        </article>
    }
}

/// The people the source names, with what other sources say of them.
fn people_section(r: Record) -> Option<impl IntoView + use<>> {
    let Record { data, org, tr, .. } = r;
    let lang = tr.code();
    if org.contacts.is_empty() {
        return None;
    }
    let people = org
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let title = c.title.as_ref().map(|t| view! { ", "{localized(t, lang)} });
            let email = c.email.as_deref().and_then(|address| {
                links::mailto(address).map(|href| view! { <br/><a href=href target="_top" dir="ltr">{address.to_string()}</a> })
            });
            view! { <li>{c.name.clone()}{title}{email}{conflicts(data, org.origin(), &format!("contacts.{i}"))}</li> }
        })
        .collect_view();
    Some(view! { <section><h2>{tr.get(Key::SectionContacts)}</h2><ul class="plain">{people}</ul></section> })
}

/// What it offers, by the taxonomy's names.
fn services_section(r: Record) -> Option<impl IntoView + use<>> {
    terms(r, Key::SectionServices, &r.data.taxonomy.services, &r.org.services, None)
}

/// The languages it works in, or that the source does not say.
fn languages_section(r: Record) -> Option<impl IntoView + use<>> {
    terms(r, Key::SectionLanguages, &r.data.taxonomy.languages, &r.org.languages, Some(Key::LanguagesNotStated))
}

/// Services or languages as a list; `when_empty` says what to show when none is stated.
fn terms(r: Record, heading: Key, terms: &[Term], ids: &[String], when_empty: Option<Key>) -> Option<impl IntoView + use<>> {
    let (tr, lang) = (r.tr, r.tr.code());
    if ids.is_empty() && when_empty.is_none() {
        return None;
    }
    let items = ids.iter().map(|id| view! { <li>{Taxonomy::name(terms, id, lang).to_string()}</li> }).collect_view();
    let empty = ids.is_empty().then(|| when_empty.map(|k| view! { <p>{tr.get(k)}</p> }));
    Some(view! { <section><h2>{tr.get(heading)}</h2><ul class="tags">{items}</ul>{empty}</section> })
}

/// Its description, marked where it is ours.
fn about_section(r: Record) -> Option<impl IntoView + use<>> {
    let Record { data, org, tr, .. } = r;
    let lang = tr.code();
    (!org.description.is_blank()).then(|| {
        let marked = mark(data, org.origin(), "description", org.description.get(lang).lang);
        view! { <section><h2>{tr.get(Key::SectionAbout)}</h2>{marked}{paragraphs(&org.description, lang)}</section> }
    })
}

/// What the source and this app say to watch out for.
fn notes_section(r: Record) -> Option<impl IntoView + use<>> {
    let Record { org, tr, .. } = r;
    let lang = tr.code();
    (!org.caveats.is_empty()).then(|| {
        view! {
            <section class="notes">
                <h2>{tr.get(Key::SectionNotes)}</h2>
                {org.caveats.iter().map(|c| view! { <p>{prose(c, lang)}</p> }).collect_view()}
            </section>
        }
    })
}

//! "About this data": every record of the directory, where each of its facts comes from and the
//! date each rests on, so a person can tell how current any one record is. A static page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::Key;
use crate::model::{Dataset, Origin, Statement};
use crate::route::Page;
use crate::ui::language::use_tr;
use crate::ui::navigation::frame::BackLink;
use crate::ui::navigation::use_site;
use crate::ui::provenance::evidence;
use crate::ui::text::localized;

#[component]
pub fn AboutPage(data: Arc<Dataset>) -> impl IntoView {
    let tr = use_tr();
    let lang = tr.code();
    let organizations =
        data.organizations.iter().map(|o| (Page::Organization(o.id.clone()), &o.id, &o.name, o.origin(), &[][..]));
    let legal = data.legal_info.iter().map(|l| (Page::Legal(l.id.clone()), &l.id, &l.title, l.origin(), &l.statements[..]));
    let records: Vec<_> = organizations.chain(legal).collect();
    let record = |(page, id, name, origin, statements): (Page, &String, &crate::text::Text, Origin, &[Statement])| {
        view! {
            <section class="record" id=id.clone()>
                <h3><a href=use_site().href(&page)>{localized(name, lang)}</a></h3>
                {evidence(&data, id, origin, statements)}
            </section>
        }
    };
    let pointers = data
        .pointers
        .iter()
        .map(|p| {
            view! {
                <section class="record" id=p.id.clone()>
                    <h3>{localized(&p.title, lang)}</h3>
                    {evidence(&data, &p.id, p.origin(), &[])}
                </section>
            }
        })
        .collect_view();
    let (orgs, cards): (Vec<_>, Vec<_>) = records.into_iter().partition(|(page, ..)| matches!(page, Page::Organization(_)));
    view! {
        <article class="detail about">
            <BackLink/>
            <h1 tabindex="-1">{tr.get(Key::AboutTitle)}</h1>
            <p class="lead">{tr.get(Key::AboutIntro)}</p>
            <p class="as-of">{tr.fill(Key::DataAsOf, &[("date", &tr.date(&data.last_updated))])}</p>
            <h2>{tr.get(Key::NavDirectory)}</h2>
            {orgs.into_iter().map(record).collect_view()}
            <h2>{tr.get(Key::LegalTitle)}</h2>
            {cards.into_iter().map(record).collect_view()}
            <h2>{tr.get(Key::ResourcesTitle)}</h2>
            {pointers}
        </article>
    }
}

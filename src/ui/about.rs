//! "About this data": every record of the directory, where each of its facts comes from and the
//! date each rests on, so a person can tell how current any one record is. A static page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{Key, Language};
use crate::model::{Dataset, Origin, Statement};
use crate::route::Page;
use crate::ui::language::use_tr;
use crate::ui::navigation::frame::BackLink;
use crate::ui::navigation::use_site;
use crate::ui::provenance::evidence;
use crate::ui::text::localized;

/// The open-data export the build wrote (`data/hsds/`), as the page offers it: paths from the
/// site's root.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Export {
    /// `organizations.json` by language code: the page's language first, then English.
    pub records: Vec<(&'static Language, String)>,
    /// The tabular package's `datapackage.json`, and the tables that hold records.
    pub package: String,
    pub tables: Vec<String>,
}

impl Export {
    /// Every file the page links, so the worker can keep them with the page.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        let records = self.records.iter().map(|(_, path)| path.as_str());
        records.chain(std::iter::once(self.package.as_str())).chain(self.tables.iter().map(String::as_str))
    }
}

/// "Download the data": what the files are, in a sentence, their date and licence.
#[component]
fn Download(export: Export, last_updated: String) -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    let file = |path: &str| path.rsplit('/').next().unwrap_or(path).to_string();
    let link = move |path: String, label: String, lang: &'static str| {
        view! { <a href=site.file(&path) lang=lang dir="auto">{label}</a> }
    };
    let records = export
        .records
        .into_iter()
        .map(|(language, path)| view! { <li>{link(path, language.name.to_string(), language.code)}</li> })
        .collect_view();
    let tables = export.tables.into_iter().map(|path| view! { <li>{link(path.clone(), file(&path), "en")}</li> }).collect_view();
    view! {
        <section class="download" id="download">
            <h2>{tr.get(Key::DownloadTitle)}</h2>
            <p>{tr.get(Key::DownloadIntro)}</p>
            <p class="as-of">{tr.fill(Key::DataAsOf, &[("date", &tr.date(&last_updated))])}" "<span lang="en">"HSDS 3.1"</span></p>
            <p>{tr.get(Key::DownloadRecords)}</p>
            <ul class="files">{records}</ul>
            <p>{tr.get(Key::DownloadTables)}</p>
            <ul class="files">
                <li>{link(export.package.clone(), file(&export.package), "en")}</li>
                {tables}
            </ul>
            <p class="licence">{tr.get(Key::DownloadLicence)}</p>
        </section>
    }
}

#[component]
pub fn AboutPage(data: Arc<Dataset>, export: Export) -> impl IntoView {
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
            {(!export.records.is_empty()).then(|| view! { <Download export last_updated=data.last_updated.clone()/> })}
            <h2>{tr.get(Key::NavDirectory)}</h2>
            {orgs.into_iter().map(record).collect_view()}
            <h2>{tr.get(Key::LegalTitle)}</h2>
            {cards.into_iter().map(record).collect_view()}
            <h2>{tr.get(Key::ResourcesTitle)}</h2>
            {pointers}
        </article>
    }
}

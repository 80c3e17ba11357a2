//! Every page of the site, in every language, drawn by the app's own components with Leptos's
//! server renderer: the islands come out as `<leptos-island>` elements with their props, ready
//! to hydrate in the browser.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::embed::Embed;
use crate::i18n::{Catalog, Key, LANGUAGES, Language};
use crate::model::Dataset;
use crate::overlay::Overlay;
use crate::route::Page;
use crate::ui::about::{AboutPage, Export};
use crate::ui::bookmarks::page::SavedPage;
use crate::ui::directory::home::Home;
use crate::ui::language::Tr;
use crate::ui::legal::{LegalList, LegalPage};
use crate::ui::navigation::Site;
use crate::ui::navigation::frame::Frame;
use crate::ui::not_found::NotFound;
use crate::ui::organization::OrganizationPage;
use crate::ui::situation::SituationPage;

/// The dataset and the interface in one language, ready to draw pages from.
pub struct Edition {
    pub tr: Tr,
    pub data: Arc<Dataset>,
    /// The fingerprint of the dataset file (see [`crate::load::digest`]).
    pub digest: String,
    /// The open-data export's files for this language, once the build has written them.
    pub export: Export,
}

impl Edition {
    /// `catalog` is the language's interface strings (none for English, which is built in);
    /// `overlay` its directory texts, for languages beyond English and Japanese.
    pub fn new(
        language: &'static Language,
        catalog: Option<Catalog>,
        data: &Dataset,
        overlay: Option<&Overlay>,
        digest: &str,
    ) -> Edition {
        let mut data = data.clone();
        if let Some(overlay) = overlay {
            overlay.apply(&mut data, language.code);
        }
        Edition { tr: Tr::new(language, catalog), data: Arc::new(data), digest: digest.to_string(), export: Export::default() }
    }

    pub fn language(&self) -> &'static Language {
        self.tr.language()
    }

    /// Every page of this language: home, each organisation, the legal list, each legal card,
    /// the saved page's shell, not-found.
    pub fn pages(&self) -> Vec<Page> {
        let organizations = self.data.organizations.iter().map(|o| Page::Organization(o.id.clone()));
        let legal = self.data.legal_info.iter().map(|l| Page::Legal(l.id.clone()));
        let guides = self.data.situations.iter().map(|s| Page::Situation(s.id.clone()));
        std::iter::once(Page::Home)
            .chain(organizations)
            .chain([Page::LegalList])
            .chain(legal)
            .chain(guides)
            .chain([Page::Saved, Page::About, Page::NotFound])
            .collect()
    }

    /// Each organisation's contact card in this language, as (file below the site's root, text):
    /// written beside its page, which links to it.
    pub fn contact_cards(&self) -> Vec<(String, String)> {
        let (tr, data) = (self.tr, &self.data);
        let note = tr.fill(Key::ContactNote, &[("date", &tr.date(&data.last_updated))]);
        data.organizations
            .iter()
            .filter(|org| crate::vcard::has_a_way_to_reach(org))
            .map(|org| {
                let page = Page::Organization(org.id.clone()).path();
                let file = format!("{}/{page}{}", self.language().code, crate::vcard::file_name(org));
                (file, crate::vcard::card(org, &data.taxonomy, &note))
            })
            .collect()
    }

    /// The page's title, for `<title>`.
    pub fn title(&self, page: &Page) -> String {
        let (tr, data) = (self.tr, &self.data);
        let lang = tr.code();
        let title = match page {
            Page::Home => tr.get(Key::HomeTitle),
            Page::Organization(id) => {
                data.organization(id).map_or_else(|| tr.get(Key::NotFoundTitle), |o| o.name.text(lang).into())
            }
            Page::LegalList => tr.get(Key::LegalTitle),
            Page::Legal(id) => data.legal(id).map_or_else(|| tr.get(Key::NotFoundTitle), |l| l.title.text(lang).into()),
            Page::Situation(id) => data.situation(id).map_or_else(|| tr.get(Key::NotFoundTitle), |s| s.title.text(lang).into()),
            Page::Saved => tr.get(Key::SavedTitle),
            Page::About => tr.get(Key::AboutTitle),
            Page::NotFound => tr.get(Key::NotFoundTitle),
        };
        tr.page_title(&title)
    }

    /// A view drawn as the pages are, with the state every page provides: `root` is the way
    /// from the page to the site's root.
    pub fn draw(&self, root: &'static str, view: impl FnOnce(Arc<Dataset>) -> AnyView) -> String {
        let site = Site { root, language: self.language() };
        let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
        let html = owner.with(|| {
            crate::ui::provide_state(self.tr, site, Embed::default());
            view(self.data.clone()).to_html()
        });
        drop(owner);
        html
    }

    /// The page's `<body>` content, `root` being the way from the page to the site's root.
    pub fn body(&self, page: &Page, root: &'static str) -> String {
        let version = format!("{} · {}", self.data.last_updated, self.digest);
        let today = crate::date::PartialDate::in_japan(now_ms());
        self.draw(root, |data| {
            let content = match page {
                Page::Home => view! { <Home data=data.clone() digest=self.digest.clone()/> }.into_any(),
                Page::Organization(id) => match data.organizations.iter().position(|o| &o.id == id) {
                    Some(index) => view! { <OrganizationPage data=data.clone() index version today/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                },
                Page::LegalList => view! { <LegalList data=data.clone()/> }.into_any(),
                Page::Legal(id) => match data.legal_info.iter().position(|l| &l.id == id) {
                    Some(index) => view! { <LegalPage data=data.clone() index version/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                },
                Page::Situation(id) => match data.situations.iter().position(|s| &s.id == id) {
                    Some(index) => view! { <SituationPage data=data.clone() index/> }.into_any(),
                    None => view! { <NotFound/> }.into_any(),
                },
                Page::Saved => view! { <SavedPage data=data.clone()/> }.into_any(),
                Page::About => view! { <AboutPage data=data.clone() export=self.export.clone()/> }.into_any(),
                Page::NotFound => view! { <NotFound/> }.into_any(),
            };
            view! { <Frame page=page.clone() data>{content}</Frame> }.into_any()
        })
    }
}

/// Now, in milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64)
}

/// The languages, English first.
pub fn languages() -> impl Iterator<Item = &'static Language> {
    LANGUAGES.iter()
}

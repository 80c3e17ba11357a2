//! The language menu in every page's header.

use leptos::prelude::*;

use crate::i18n::{Key, LANGUAGES};
use crate::route::Page;
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;

/// Every language by its own name, each a link to this page in it: it works with no script.
#[component]
pub fn LanguageMenu(page: Page) -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    let current = tr.language();
    let links = LANGUAGES
        .iter()
        .map(|l| {
            let here = (l.code == current.code).then_some("page");
            view! { <li><a href=site.href_in(l, &page) hreflang=l.code lang=l.code aria-current=here>{l.name}</a></li> }
        })
        .collect_view();
    view! {
        <details class="lang">
            <summary>
                <span aria-hidden="true" class="globe">"文A"</span>
                <span class="visually-hidden">{tr.get(Key::LanguageLabel)}": "</span>
                <span lang=current.code>{current.name}</span>
            </summary>
            <ul>{links}</ul>
        </details>
    }
}

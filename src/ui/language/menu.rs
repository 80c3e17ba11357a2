//! The language menu in every page's header, ending with a way to ask for a language that is
//! not in it.

use leptos::prelude::*;

use crate::i18n::{Key, LANGUAGES};
use crate::route::Page;
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;

/// Every language by its own name, each a link to this page in it: it works with no script.
/// `maintainer` is the email address the dataset names for its keepers, if any.
#[component]
pub fn LanguageMenu(page: Page, maintainer: Option<String>) -> impl IntoView {
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
            <ul>{links}<li class="ask"><AskForLanguage maintainer/></li></ul>
        </details>
    }
}

/// The request, in English for the app's keepers; the page script names the browser's
/// preferred language in it (`src/site/ask-language.js`). With no script, the person writes
/// it in. Nothing is sent: the person shares, copies or (where the dataset names a keeper's
/// address) emails it.
const REQUEST: &str = "Please add a language to Michishirube: {language}";

#[component]
fn AskForLanguage(maintainer: Option<String>) -> impl IntoView {
    let tr = use_tr();
    let email = maintainer.and_then(|address| crate::links::mailto(&address)).map(|href| {
        view! { <a class="btn" href=href target="_top" data-ask="email">{tr.get(Key::ReportByEmail)}</a> }
    });
    view! {
        <details class="ask-language" data-template=REQUEST data-copied=tr.get(Key::LanguageAskCopied) data-failed=tr.get(Key::CopyFailed)>
            <summary>{tr.get(Key::LanguageMissing)}</summary>
            <p class="note">{tr.get(Key::LanguageAskIntro)}</p>
            <textarea rows="3" lang="en" dir="ltr" aria-label=tr.get(Key::LanguageMissing)>{crate::i18n::fill(REQUEST, &[("language", "")])}</textarea>
            <div class="actions">
                {email}
                <button type="button" class="btn needs-js" data-ask="share" hidden>{tr.get(Key::LanguageAskShare)}</button>
                <button type="button" class="btn needs-js" data-ask="copy">{tr.get(Key::LanguageAskCopy)}</button>
            </div>
            <p class="said" role="status"></p>
        </details>
    }
}

//! The page for an unknown address or id.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::route::Page;
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;

#[component]
pub fn NotFound() -> impl IntoView {
    let tr = use_tr();
    view! {
        <h1 tabindex="-1">{tr.get(Key::NotFoundTitle)}</h1>
        <p>{tr.get(Key::NotFound)}</p>
        <p><a href=use_site().href(&Page::Home) class="btn">{tr.get(Key::BackToDirectory)}</a></p>
    }
}

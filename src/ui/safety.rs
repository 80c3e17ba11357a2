//! For a reader who may be watched: "Leave quickly" in every page's navigation, and in its footer
//! what leaving does not do and the discreet tab. The script before the first paint
//! (`src/site/pre-paint.js`) does what they ask, so none of them waits for the wasm.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;

/// "Leave quickly": a link to the neutral page, which the script before the first paint turns
/// into a replacement of this page (`src/site/shell.rs`), as it does for Escape twice.
#[component]
pub fn LeaveQuickly() -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    view! { <a class="leave" href=site.file("notes.html")><span aria-hidden="true">"✕ "</span>{tr.get(Key::LeaveQuickly)}</a> }
}

/// What leaving quickly does not do, and the discreet tab (both kept by the script before the
/// first paint, so neither waits for the wasm).
#[component]
pub fn Safety() -> impl IntoView {
    let tr = use_tr();
    let clear = format!("https://support.google.com/chrome/answer/95589?hl={}", tr.intl());
    view! {
        <div class="safety">
            <p>
                {tr.get(Key::LeaveNote)}" "
                <a href=clear rel="noopener noreferrer" target="_blank">{tr.get(Key::ClearHistory)}</a>
            </p>
            <label class="needs-js discreet-switch"><input type="checkbox" class="discreet"/>" "{tr.get(Key::Discreet)}</label>
        </div>
    }
}

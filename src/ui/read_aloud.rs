//! "Read aloud" on the pages a person reads through (an organisation, a legal card, a guide,
//! the saved list). The page marks what is read and in which order: `data-say="N"` on an
//! element, lowest first, each in the language its `lang` says; `data-spoken` gives the words
//! for an element whose text a voice would misread (a phone number, digit by digit). The page
//! script does the speaking with the device's own voices (`src/site/read-aloud.js`), so it
//! loads nothing, works offline, and waits for no wasm; with no speech synthesis, or no script,
//! the button stays hidden.

use leptos::prelude::*;

use crate::i18n::{Key, LANGUAGES};
use crate::route::Page;
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;

/// The order in which a page's parts are read (`data-say`): the name, what they do, the hours,
/// the phone numbers, the address; a card's, a guide's or a list's body as it stands.
pub mod order {
    pub const NAME: &str = "1";
    pub const WHAT: &str = "2";
    pub const HOURS: &str = "3";
    pub const PHONES: &str = "4";
    pub const ADDRESS: &str = "5";
    pub const BODY: &str = "6";
}

/// The button, its pause and stop, and what it says when it cannot read: where the device has
/// no voice for the page's language, a link to this page in Japanese and in English.
#[component]
pub fn ReadAloud(page: Page) -> impl IntoView {
    let (tr, site) = (use_tr(), use_site());
    let others = LANGUAGES[..2]
        .iter()
        .filter(|l| l.code != tr.code())
        .map(|l| view! { " "<a href=site.href_in(l, &page) hreflang=l.code lang=l.code>{l.name}</a> })
        .collect_view();
    view! {
        <div class="read-aloud" hidden data-left=tr.get(Key::ReadLeft) data-failed=tr.get(Key::ReadFailed)>
            <button type="button" class="btn" data-read="play"><span aria-hidden="true">"🔊 "</span>{tr.get(Key::ReadAloud)}</button>
            <button type="button" class="btn" data-read="pause" hidden>{tr.get(Key::ReadPause)}</button>
            <button type="button" class="btn" data-read="resume" hidden>{tr.get(Key::ReadResume)}</button>
            <button type="button" class="btn" data-read="stop" hidden>{tr.get(Key::ReadStop)}</button>
            <p class="note no-voice" hidden>{tr.get(Key::ReadNoVoice)}{others}</p>
            <p class="said" role="status"></p>
        </div>
    }
}

//! What a reader does with a page: share it, copy a text, save a contact card, print. Each
//! button is an island, the only part of its page that runs in the browser; the contact card is
//! a file, so its link needs none.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Key;
use crate::ui::hydration::after_hydration;
use crate::ui::language::use_tr;
use crate::web::{self, share::Shared};

/// A button whose result is announced beside it ("Copied", "Could not copy").
fn announcing_button(label: String, act: impl Fn(RwSignal<Option<Key>>) + 'static) -> impl IntoView {
    let tr = use_tr();
    let said = RwSignal::new(None::<Key>);
    view! {
        <button type="button" class="btn needs-js" on:click=move |_| act(said)>{label}</button>
        <span class="said" role="status">{move || said.get().map(|k| tr.get(k))}</span>
    }
}

/// Shares the page through the system share sheet, or copies its link.
#[island]
pub fn ShareButton(title: String) -> impl IntoView {
    announcing_button(use_tr().get(Key::Share), move |said| {
        let title = title.clone();
        spawn_local(async move {
            said.set(match web::share::share(&title, &web::location::current_href()).await {
                Shared::Shared => None,
                Shared::Copied => Some(Key::LinkCopied),
                Shared::Failed => Some(Key::CopyFailed),
            });
        });
    })
}

/// Copies a text, such as an address; `label` is the button's words.
#[island]
pub fn CopyButton(text: String, label: String) -> impl IntoView {
    announcing_button(label, move |said| {
        let text = text.clone();
        spawn_local(async move {
            said.set(Some(if web::share::copy_text(&text).await { Key::Copied } else { Key::CopyFailed }));
        });
    })
}

/// An organisation's contact card (`.vcf`), a file the build writes beside its page in each
/// language ([`crate::site::pages::Edition::contact_cards`]): a plain link, so it works with
/// script off. Opened, not `download`ed: a download bypasses the service worker, while opening
/// it is served from the copy the worker keeps, offline too, and the phone offers to save it.
pub fn save_contact(org: &crate::model::Organization) -> impl IntoView + use<> {
    view! { <a class="btn" href=crate::vcard::file_name(org) type="text/vcard">{use_tr().get(Key::SaveToContacts)}</a> }
}

/// Opens the print dialog, where the browser has one (the page prints as it is drawn for paper).
#[island]
pub fn PrintButton() -> impl IntoView {
    let can = RwSignal::new(false);
    after_hydration(move || can.set(web::export::can_print()));
    view! {
        <button type="button" class="btn needs-js print" hidden=move || !can.get() on:click=|_| web::export::print()>
            {use_tr().get(Key::Print)}
        </button>
    }
}

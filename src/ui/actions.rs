//! What a reader does with a page: share it, copy a text, save a contact card, print. Each
//! button is an island, the only part of its page that runs in the browser.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Key;
use crate::ui::directory::{Load, use_directory};
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

/// Downloads an organisation's contact card (`.vcf`), written on the device from the dataset: its
/// offline copy when there is no network.
#[island]
pub fn SaveContact(id: String) -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    let asked = RwSignal::new(false);
    let said = RwSignal::new(None::<Key>);
    Effect::new(move |_| {
        if !asked.get() {
            return;
        }
        let loaded = match directory.load.get() {
            Load::Ready(loaded) => loaded,
            Load::Loading => return,
            Load::Failed(_) => {
                asked.set(false);
                return said.set(Some(Key::LoadFailed));
            }
        };
        asked.set(false);
        let data = &loaded.data;
        let saved = data.organization(&id).is_some_and(|org| {
            let note = tr.fill(Key::ContactNote, &[("date", &tr.date(&data.last_updated))]);
            web::export::download(&crate::vcard::file_name(org), "text/vcard", &crate::vcard::card(org, &data.taxonomy, &note))
        });
        said.set((!saved).then_some(Key::LoadFailed));
    });
    view! {
        <button
            type="button"
            class="btn needs-js"
            on:click=move |_| {
                directory.start();
                asked.set(true);
            }
        >
            {tr.get(Key::SaveToContacts)}
        </button>
        <span class="said" role="status">{move || said.get().map(|k| tr.get(k))}</span>
    }
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

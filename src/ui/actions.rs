//! What a reader does with a page: share it, copy a text, save a contact card, print. Each
//! button is an island, the only part of its page that runs in the browser; the contact card is
//! a file, so its link needs none.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Key;
use crate::json::Json;
use crate::ui::hydration::after_hydration;
use crate::ui::island_data::{self, IslandData};
use crate::ui::language::use_tr;
use crate::web::{self, share::Shared};

/// A button whose result is announced beside it ("Copied", "Could not copy"), acting on the
/// data its component gave it ([`island_data`]).
fn announcing_button<T: IslandData>(label: String, act: impl Fn(RwSignal<Option<Key>>, T) + 'static) -> impl IntoView {
    let tr = use_tr();
    let said = RwSignal::new(None::<Key>);
    let (given, data_island) = island_data::given::<T>();
    let at = NodeRef::<leptos::html::Button>::new();
    let on_click = move |_| {
        if let Some(data) = given.clone().or_else(|| at.get_untracked().and_then(|e| island_data::read::<T>(&e))) {
            act(said, data);
        }
    };
    view! {
        <button node_ref=at type="button" class="btn needs-js" data-island=data_island on:click=on_click>{label}</button>
        <span class="said" role="status">{move || said.get().map(|k| tr.get(k))}</span>
    }
}

/// What a share button shares: the page, by its record's name.
#[derive(Clone)]
struct ToShare(String);

impl IslandData for ToShare {
    fn to_json(&self) -> Json {
        self.0.as_str().into()
    }

    fn from_json(json: &Json) -> Option<ToShare> {
        json.as_str().map(|title| ToShare(title.to_string()))
    }
}

/// Shares the page through the system share sheet, or copies its link.
#[component]
pub fn ShareButton(title: String) -> impl IntoView {
    island_data::give(ToShare(title));
    view! { <SharePage/> }
}

#[island]
fn SharePage() -> impl IntoView {
    announcing_button(use_tr().get(Key::Share), move |said, ToShare(title)| {
        spawn_local(async move {
            said.set(match web::share::share(&title, &web::location::current_href()).await {
                Shared::Shared => None,
                Shared::Copied => Some(Key::LinkCopied),
                Shared::Failed => Some(Key::CopyFailed),
            });
        });
    })
}

/// What a copy button copies, and its words.
#[derive(Clone)]
struct ToCopy {
    text: String,
    label: String,
}

impl IslandData for ToCopy {
    fn to_json(&self) -> Json {
        Json::object([("text", self.text.as_str().into()), ("label", self.label.as_str().into())])
    }

    fn from_json(json: &Json) -> Option<ToCopy> {
        Some(ToCopy { text: island_data::text(json, "text")?, label: island_data::text(json, "label")? })
    }
}

/// Copies a text, such as an address; `label` is the button's words.
#[component]
pub fn CopyButton(text: String, label: String) -> impl IntoView {
    island_data::give(ToCopy { text, label });
    view! { <CopyText/> }
}

#[island]
fn CopyText() -> impl IntoView {
    // The words are the page's as drawn; in the browser hydration keeps them.
    let label = island_data::given::<ToCopy>().0.map(|c| c.label).unwrap_or_default();
    announcing_button(label, move |said, ToCopy { text, .. }| {
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

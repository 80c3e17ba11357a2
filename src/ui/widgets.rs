//! Small pieces the pages share. The save, share and copy buttons are islands: the only parts of
//! their pages that run in the browser. The rest is drawn once, into the static page.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::bookmarks::Kind;
use crate::i18n::Key;
use crate::route::Page;
use crate::text::{Localized, Text};
use crate::ui::data::{Load, use_directory};
use crate::ui::site::use_site;
use crate::ui::store::use_saved;
use crate::ui::tr::use_tr;
use crate::web::{self, Shared};

/// Saves a record on this device, or removes it. Drawn unsaved, as the static page is; what
/// the device holds shows once the app runs.
#[island]
pub fn BookmarkButton(kind: Kind, id: String, title: String) -> impl IntoView {
    let (saved, tr) = (use_saved(), use_tr());
    crate::ui::after_hydration(move || saved.load());
    let is_saved = {
        let id = id.clone();
        Memo::new(move |_| saved.contains(kind, &id))
    };
    let state = move || tr.get(if is_saved.get() { Key::SavedState } else { Key::Save });
    // The accessible name starts with the visible word, and says which record it is.
    let label = {
        let title = title.clone();
        move || format!("{}: {title}", state())
    };
    view! {
        <button
            type="button"
            class="btn save needs-js"
            aria-pressed=move || is_saved.get().to_string()
            aria-label=label
            on:click=move |_| saved.toggle(kind, &id, &title)
        >
            <span aria-hidden="true">{move || if is_saved.get() { "★" } else { "☆" }}</span>
            {state}
        </button>
    }
}

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
            said.set(match web::share(&title, &web::current_href()).await {
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
            said.set(Some(if web::copy_text(&text).await { Key::Copied } else { Key::CopyFailed }));
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
    crate::ui::after_hydration(move || can.set(web::export::can_print()));
    view! {
        <button type="button" class="btn needs-js print" hidden=move || !can.get() on:click=|_| web::export::print()>
            {use_tr().get(Key::Print)}
        </button>
    }
}

/// The `lang` of a text shown in a fallback language (its direction then follows its letters).
fn fallback_lang(shown: Localized, lang: &str) -> Option<String> {
    (shown.lang != lang).then(|| shown.lang.to_string())
}

/// "in English" beside a text that has not been translated, so no one is misled.
fn fallback_note(shown: Localized, lang: &str) -> Option<impl IntoView + use<>> {
    let key = match shown.lang {
        l if l == lang => return None,
        "en" => Key::InEnglish,
        "ja" => Key::InJapanese,
        _ => return None,
    };
    Some(view! { " "<small class="fallback">"("{use_tr().get(key)}")"</small> })
}

/// A name or label: marked with its language when it is a fallback, and isolated (`dir=auto`)
/// so its own direction, or a stray direction-override character, cannot reorder the page.
pub fn localized(text: &Text, lang: &str) -> impl IntoView + use<> {
    let shown = text.get(lang);
    view! { <span lang=fallback_lang(shown, lang) dir="auto">{shown.text.to_string()}</span> }
}

/// A sentence or two: marked with its language, and noted, when it is a fallback.
pub fn prose(text: &Text, lang: &str) -> impl IntoView + use<> {
    let shown = text.get(lang);
    (localized(text, lang), fallback_note(shown, lang))
}

/// A text's paragraphs (blank-line separated), marked and noted like [`prose`].
pub fn paragraphs(text: &Text, lang: &str) -> impl IntoView + use<> {
    let shown = text.get(lang);
    let tag = fallback_lang(shown, lang);
    let note = fallback_note(shown, lang).map(|n| view! { <p class="fallback-line">{n}</p> });
    let paragraphs =
        shown.text.split("\n\n").map(|p| view! { <p lang=tag.clone() dir="auto">{p.to_string()}</p> }).collect_view();
    (note, paragraphs)
}

/// The page for an unknown address or id.
#[component]
pub fn NotFound() -> impl IntoView {
    let tr = use_tr();
    view! {
        <h1 tabindex="-1">{tr.get(Key::NotFoundTitle)}</h1>
        <p>{tr.get(Key::NotFound)}</p>
        <p><a href=use_site().href(&Page::Home) class="btn">{tr.get(Key::BackToDirectory)}</a></p>
    }
}

/// Back to the directory (in embed mode, `public/boot.js` keeps the partner's slice of it).
#[component]
pub fn BackLink() -> impl IntoView {
    let tr = use_tr();
    view! {
        <p class="back">
            <a href=use_site().href(&Page::Home)><span aria-hidden="true" class="arrow">"← "</span>{tr.get(Key::BackToDirectory)}</a>
        </p>
    }
}

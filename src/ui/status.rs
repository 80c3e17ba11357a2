//! The app's quiet status line: offline, and "new version available — reload".

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{Key, looks_missing, may_lack_font};
use crate::ui::app::reason;
use crate::ui::data::use_directory;
use crate::ui::tr::use_tr;
use crate::web::{self, offline};

#[derive(Clone, Copy)]
pub struct Status {
    pub online: RwSignal<bool>,
    pub update_ready: RwSignal<bool>,
}

pub fn use_status() -> Status {
    expect_context::<Status>()
}

impl Status {
    /// Registers the service worker and follows the connection.
    pub fn start() -> Status {
        let status = Status { online: RwSignal::new(offline::online()), update_ready: RwSignal::new(false) };
        spawn_local(offline::register(move || status.update_ready.set(true)));
        let _ = window_event_listener(ev::online, move |_| {
            status.online.set(true);
            offline::check_for_update();
        });
        let _ = window_event_listener(ev::offline, move |_| status.online.set(false));
        // Coming back to the app is when a person would expect to hear of a new version.
        let _ = window_event_listener(ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                offline::check_for_update();
            }
        });
        status
    }
}

#[component]
pub fn StatusBar() -> impl IntoView {
    let (status, tr, directory) = (use_status(), use_tr(), use_directory());
    let no_font = Memo::new(move |_| {
        let name = tr.language().name;
        may_lack_font(name) && web::drawn_as_box(name).is_some_and(|boxes| looks_missing(&boxes))
    });
    view! {
        <Show when=move || no_font.get()>
            // Said in English too, and with a way out, since this language's letters may not show.
            <div class="status font-missing" role="note">
                <p>{tr.s(Key::FontMissing)}</p>
                <p lang="en" dir="ltr">{tr.english(Key::FontMissing)}</p>
                <button type="button" class="btn" lang="en" on:click=move |_| tr.choose("en")>"English"</button>
                <button type="button" class="btn" lang="ja" on:click=move |_| tr.choose("ja")>"日本語"</button>
            </div>
        </Show>
        {move || directory.stale.get().map(|error| {
            let date = directory.refreshed.get().map(|ms| web::format_datetime(tr.intl(), ms)).unwrap_or_default();
            view! {
                <div class="status stale" role="status">
                    <p>{tr.fill(Key::ShowingSavedCopy, &[("date", &date)])}" "{tr.get(reason(&error))}</p>
                    <button type="button" class="btn" on:click=move |_| directory.fetch()>{tr.get(Key::Retry)}</button>
                </div>
            }
        })}
        <Show when=move || !status.online.get()>
            <p class="status offline" role="status">{tr.s(Key::Offline)}</p>
        </Show>
        <Show when=move || status.update_ready.get()>
            <div class="status update" role="status">
                <span>{tr.s(Key::UpdateReady)}</span>
                <button type="button" class="btn" on:click=|_| offline::accept_update()>{tr.s(Key::UpdateReload)}</button>
            </div>
        </Show>
    }
}

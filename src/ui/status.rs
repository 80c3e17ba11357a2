//! What changed since the page was drawn: the connection, a new version of the app (its service
//! worker), and the quiet status line that says so, with a missing font, a saved copy shown,
//! and bookmarks the device will not keep; and at the foot of the page, when the directory was
//! last fetched. Both are islands on every page; the static page shows none of it.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{Key, looks_missing, may_lack_font};
use crate::json::Json;
use crate::store::Refusal;
use crate::ui::bookmarks::use_bookmarks;
use crate::ui::changes::{self, OnPage};
use crate::ui::directory::use_directory;
use crate::ui::hydration::after_hydration;
use crate::ui::island_data::{self, IslandData};
use crate::ui::language::use_tr;
use crate::ui::navigation::use_site;
use crate::web::{self, offline};

/// The connection and the app's service worker.
#[derive(Clone, Copy)]
pub struct Updates {
    started: StoredValue<bool>,
    pub online: RwSignal<bool>,
    pub update_ready: RwSignal<bool>,
}

pub fn use_updates() -> Updates {
    expect_context::<Updates>()
}

/// Online, and no update: what the static page shows.
impl Default for Updates {
    fn default() -> Updates {
        Updates { started: StoredValue::new(false), online: RwSignal::new(true), update_ready: RwSignal::new(false) }
    }
}

impl Updates {
    /// Registers the service worker and follows the connection, once.
    pub fn start(self) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        let status = self;
        status.online.set(offline::online());
        let site = use_site();
        spawn_local(offline::register(site.root, move || status.update_ready.set(true)));
        offline::keep_language(site.language.code);
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
    }
}

/// `english` and `japanese` link to this page in those languages, for a reader whose phone
/// cannot draw the page's letters.
/// `on_page` is the record the page is about, if any, for what changed on it.
#[component]
pub fn StatusBar(english: String, japanese: String, on_page: Option<OnPage>) -> impl IntoView {
    let tr = use_tr();
    // The one English sentence the islands show, given by the page (the wasm holds no English).
    let no_font = may_lack_font(tr.language().name).then(|| tr.english(Key::FontMissing));
    island_data::give(ThisPage { english, japanese, on_page, no_font });
    view! { <Statuses/> }
}

/// The page in English and in Japanese, the record it is about, and, where the language's
/// letters may not show, the sentence that says so in English.
#[derive(Clone, Default)]
struct ThisPage {
    english: String,
    japanese: String,
    on_page: Option<OnPage>,
    no_font: Option<String>,
}

impl IslandData for ThisPage {
    fn to_json(&self) -> Json {
        let on_page =
            self.on_page.as_ref().map(|p| Json::object([("key", p.key.as_str().into()), ("name", p.name.as_str().into())]));
        Json::object([
            ("english", self.english.as_str().into()),
            ("japanese", self.japanese.as_str().into()),
            ("on_page", on_page.into()),
            ("no_font", self.no_font.as_deref().into()),
        ])
    }

    fn from_json(json: &Json) -> Option<ThisPage> {
        let on_page = match json.get("on_page")? {
            Json::Null => None,
            p => Some(OnPage { key: island_data::text(p, "key")?, name: island_data::text(p, "name")? }),
        };
        Some(ThisPage {
            english: island_data::text(json, "english")?,
            japanese: island_data::text(json, "japanese")?,
            on_page,
            no_font: island_data::text(json, "no_font"),
        })
    }
}

#[island]
fn Statuses() -> impl IntoView {
    let (status, tr, directory, saved) = (use_updates(), use_tr(), use_directory(), use_bookmarks());
    let (given, data_island) = island_data::given::<ThisPage>();
    let at = NodeRef::<leptos::html::Div>::new();
    let given = StoredValue::new(given);
    let page = move || given.get_value().or_else(|| at.get_untracked().and_then(|e| island_data::read(&e))).unwrap_or_default();
    let no_font = RwSignal::new(false);
    let changed = RwSignal::new(Vec::<String>::new());
    after_hydration(move || {
        status.start();
        let name = tr.language().name;
        no_font.set(page().no_font.is_some() && web::fonts::drawn_as_box(name).is_some_and(|boxes| looks_missing(&boxes)));
        changes::look(use_site(), tr, saved, page().on_page, changed);
    });
    view! {
        <div node_ref=at class="statuses" data-island=data_island>
        {move || (!changed.with(Vec::is_empty)).then(|| view! {
            <div class="status changed" role="status">
                <p><strong>{tr.get(Key::ChangedTitle)}</strong></p>
                <ul>{changed.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                <button type="button" class="btn" on:click=move |_| changed.set(Vec::new())>{tr.get(Key::Close)}</button>
            </div>
        })}
        {move || no_font.get().then(|| view! {
            // Said in English too, and with a way out, since this language's letters may not show.
            <div class="status font-missing" role="note">
                <p>{tr.get(Key::FontMissing)}</p>
                <p lang="en" dir="ltr">{page().no_font}</p>
                <a class="btn" lang="en" hreflang="en" href=page().english>"English"</a>
                <a class="btn" lang="ja" hreflang="ja" href=page().japanese>"日本語"</a>
            </div>
        })}
        {move || directory.stale.get().map(|error| {
            let date = directory.refreshed.get().map(|ms| web::intl::format_datetime(tr.intl(), ms)).unwrap_or_default();
            view! {
                <div class="status stale" role="status">
                    <p>{tr.fill(Key::ShowingSavedCopy, &[("date", &date)])}" "{tr.get(error.reason())}</p>
                    <button type="button" class="btn" on:click=move |_| directory.fetch()>{tr.get(Key::Retry)}</button>
                </div>
            }
        })}
        {move || (!status.online.get()).then(|| view! { <p class="status offline" role="status">{tr.get(Key::Offline)}</p> })}
        // Bookmarks that live only as long as this page (storage blocked, or full).
        {move || saved.session_only().map(|refusal| {
            let words = tr.get(match refusal {
                Refusal::Full => Key::StorageFull,
                Refusal::Blocked => Key::StorageUnavailable,
            });
            view! { <p class="status storage" role="status">{words}</p> }
        })}
        {move || status.update_ready.get().then(|| view! {
            <div class="status update" role="status">
                <span>{tr.get(Key::UpdateReady)}</span>
                <button type="button" class="btn" on:click=|_| offline::accept_update()>{tr.get(Key::UpdateReload)}</button>
            </div>
        })}
        </div>
    }
}

/// When this device last fetched the directory, once a page that lists it has: said at the
/// foot of the page, where its arrival moves nothing the person is reading.
#[island]
pub fn Refreshed() -> impl IntoView {
    let (tr, directory) = (use_tr(), use_directory());
    let refreshed = move || {
        directory.refreshed.get().map(|ms| tr.fill(Key::RefreshedOn, &[("date", &web::intl::format_datetime(tr.intl(), ms))]))
    };
    view! { <span class="refreshed">{refreshed}</span> }
}

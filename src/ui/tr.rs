//! The interface language as reactive state: `tr.s(Key::Save)` is a view that follows it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{self, Catalog, Key, Language, Strings};
use crate::overlay::Overlay;
use crate::web;

/// Where the chosen language is remembered.
const LANG_KEY: &str = "michishirube.lang";

#[derive(Clone, Copy)]
pub struct Tr {
    language: RwSignal<&'static Language>,
    chosen: RwSignal<Arc<Catalog>>,
    english: StoredValue<Arc<Catalog>>,
    /// The directory's texts in the chosen language, for languages beyond English and Japanese.
    pub overlay: RwSignal<Option<Arc<Overlay>>>,
    /// A language is being fetched.
    pub switching: RwSignal<bool>,
}

pub fn use_tr() -> Tr {
    expect_context::<Tr>()
}

impl Tr {
    /// English, until [`Tr::start`] picks the person's language.
    pub fn new() -> Tr {
        let english = Arc::new(Catalog::english());
        Tr {
            language: RwSignal::new(&i18n::LANGUAGES[0]),
            chosen: RwSignal::new(english.clone()),
            english: StoredValue::new(english),
            overlay: RwSignal::new(None),
            switching: RwSignal::new(false),
        }
    }

    /// Picks the language: the URL's `lang`, else the remembered choice, else the browser's.
    pub async fn start(self, url_lang: Option<&str>) {
        let remembered = web::local_storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
        let language = match url_lang.or(remembered.as_deref()).and_then(i18n::language) {
            Some(l) => l,
            None => i18n::negotiate(web::browser_languages().iter().map(String::as_str)),
        };
        self.load(language).await;
    }

    /// Switches language at the person's request, and remembers it (in the URL too, if the
    /// URL names a language, so a reload keeps the choice).
    pub fn choose(self, code: &str) {
        let Some(language) = i18n::language(code) else { return };
        if let Some(storage) = web::local_storage() {
            let _ = storage.set_item(LANG_KEY, language.code);
        }
        web::replace_param_if_present("lang", language.code);
        spawn_local(self.load(language));
    }

    /// Fetches the language's catalogue and directory texts, then switches everything at once.
    async fn load(self, language: &'static Language) {
        let code = language.code;
        // Both requests go out together: one round trip on a slow network, not two. English is
        // compiled in; English and Japanese directory texts live in the dataset itself.
        let catalog = (code != "en").then(|| web::fetch_text(&format!("i18n/{code}.json")));
        let overlay = (!matches!(code, "en" | "ja")).then(|| web::fetch_text(&format!("data/i18n/{code}.json")));
        let catalog = match catalog {
            None => Some(self.english.get_value()),
            Some(fetched) => {
                self.switching.set(true);
                fetched.await.ok().and_then(|json| Catalog::parse(&json).ok()).map(Arc::new)
            }
        };
        let overlay = match overlay {
            Some(fetched) => fetched.await.ok().and_then(|json| Overlay::parse(&json).ok()).map(Arc::new),
            None => None,
        };
        self.switching.set(false);
        // Without its catalogue the language cannot be shown; stay in the current one.
        if let Some(catalog) = catalog {
            self.chosen.set(catalog);
            // Only a change of translation redoes the directory's texts and search index.
            self.overlay.maybe_update(|current| {
                let changed = current.is_some() || overlay.is_some();
                *current = overlay;
                changed
            });
            self.language.set(language);
            web::set_document_language(code, language.rtl);
            web::crash::set_words(self.get(Key::CrashTitle), self.get(Key::CrashText), self.get(Key::UpdateReload));
        }
    }

    pub fn language(self) -> &'static Language {
        self.language.get()
    }

    /// A string in English whatever the chosen language (for when that one cannot be read).
    pub fn english(self, key: Key) -> String {
        let english = self.english.get_value();
        Strings { chosen: &english, english: &english }.get(key)
    }

    pub fn code(self) -> &'static str {
        self.language.get().code
    }

    /// The locale for the browser's Intl (dates, numbers, plurals).
    pub fn intl(self) -> &'static str {
        self.language.get().intl
    }

    fn with<R>(self, f: impl FnOnce(&Strings) -> R) -> R {
        let english = self.english.get_value();
        self.chosen.with(|chosen| f(&Strings { chosen, english: &english }))
    }

    pub fn get(self, key: Key) -> String {
        self.with(|s| s.get(key))
    }

    /// Names the page in the browser's tab and history: "<title> · Michishirube".
    pub fn set_page_title(self, title: &str) {
        web::set_title(&format!("{title} · {}", self.get(Key::AppName)));
    }

    /// A reactive view of one string.
    pub fn s(self, key: Key) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.get(key)
    }

    pub fn fill(self, key: Key, args: &[(&str, &str)]) -> String {
        self.with(|s| s.fill(key, args))
    }

    /// A counted message ("3 organisations"), with the language's plural rules and digits.
    pub fn count(self, key: Key, n: usize) -> String {
        let intl = self.intl();
        let (category, number) = (web::plural_category(intl, n), web::format_number(intl, n));
        self.with(|s| s.plural(key, &category, &[("n", &number)]))
    }

    /// A dataset date ("2023-05") in the language's words ("May 2023").
    pub fn date(self, iso: &str) -> String {
        match crate::date::PartialDate::parse(iso) {
            Some(d) => web::format_date(self.intl(), d.year, d.month, d.day),
            None => iso.to_string(),
        }
    }
}

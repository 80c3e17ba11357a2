//! The interface language as reactive state: `tr.s(Key::Save)` is a view that follows it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{self, Catalog, Key, Language, Strings};
use crate::web;

/// Where the chosen language is remembered.
const LANG_KEY: &str = "michishirube.lang";

#[derive(Clone, Copy)]
pub struct Tr {
    language: RwSignal<&'static Language>,
    chosen: RwSignal<Arc<Catalog>>,
    english: StoredValue<Arc<Catalog>>,
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

    /// Fetches the language's catalogue, then switches everything at once.
    async fn load(self, language: &'static Language) {
        let catalog = if language.code == "en" {
            Some(self.english.get_value())
        } else {
            self.switching.set(true);
            let fetched = web::fetch_text(&format!("i18n/{}.json", language.code)).await;
            self.switching.set(false);
            fetched.ok().and_then(|json| Catalog::parse(&json).ok()).map(Arc::new)
        };
        // Without its catalogue the language cannot be shown; stay in the current one.
        if let Some(catalog) = catalog {
            self.chosen.set(catalog);
            self.language.set(language);
            web::set_document_language(language.code, language.rtl);
        }
    }


    pub fn code(self) -> &'static str {
        self.language.get().code
    }

    fn with<R>(self, f: impl FnOnce(&Strings) -> R) -> R {
        let english = self.english.get_value();
        self.chosen.with(|chosen| f(&Strings { chosen, english: &english }))
    }

    pub fn get(self, key: Key) -> String {
        self.with(|s| s.get(key))
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
        let code = self.code();
        let (category, number) = (web::plural_category(code, n), web::format_number(code, n));
        self.with(|s| s.plural(key, &category, &[("n", &number)]))
    }

    /// A dataset date ("2023-05") in the language's words ("May 2023").
    pub fn date(self, iso: &str) -> String {
        match crate::date::PartialDate::parse(iso) {
            Some(d) => web::format_date(self.code(), d.year, d.month, d.day),
            None => iso.to_string(),
        }
    }
}

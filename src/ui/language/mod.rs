//! The page's language: every interface string, count and date in it, and the menu of the
//! others (`menu`). A page is in one
//! language (another language is another page), so this is plain state, not a signal.

pub mod menu;

use std::sync::LazyLock;

use leptos::prelude::*;

use crate::i18n::{Catalog, Key, Language, Strings};
use crate::intl;

/// The English catalogue, built in for the static pages' renderer.
static ENGLISH: LazyLock<Catalog> = LazyLock::new(Catalog::english);

/// The strings for one a catalogue lacks: English in the renderer. In the browser's module,
/// none: it reads `i18n/en.json` on English pages as it reads any other language's file, and
/// every catalogue is complete (`tests/i18n.rs`), so 11 KB of strings the islands never show
/// stay out of the wasm.
fn fallback() -> &'static Catalog {
    #[cfg(not(feature = "hydrate"))]
    return &ENGLISH;
    #[cfg(feature = "hydrate")]
    {
        static NONE: LazyLock<Catalog> = LazyLock::new(Catalog::default);
        &NONE
    }
}
/// Japanese whatever the page's language, for what a reader shows staff in Japan; drawn into the
/// static pages only, so the wasm never holds it.
static JAPANESE: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::parse(include_str!("../../../public/i18n/ja.json")).unwrap_or_default());

#[derive(Clone, Copy)]
pub struct Tr {
    language: &'static Language,
    chosen: &'static Catalog,
}

pub fn use_tr() -> Tr {
    expect_context::<Tr>()
}

impl Tr {
    /// A language with its catalogue (English's is built into the renderer).
    pub fn new(language: &'static Language, catalog: Option<Catalog>) -> Tr {
        let chosen = match catalog {
            Some(catalog) => Box::leak(Box::new(catalog)),
            None => fallback(),
        };
        Tr { language, chosen }
    }

    /// The interface in Japanese, whatever the page's language.
    pub fn japanese() -> Tr {
        Tr { language: &crate::i18n::LANGUAGES[1], chosen: &JAPANESE }
    }

    pub fn language(self) -> &'static Language {
        self.language
    }

    pub fn code(self) -> &'static str {
        self.language.code
    }

    /// The locale for Intl and ICU (dates, numbers, plurals).
    pub fn intl(self) -> &'static str {
        self.language.intl
    }

    fn strings(self) -> Strings<'static> {
        Strings { chosen: self.chosen, english: fallback() }
    }

    pub fn get(self, key: Key) -> String {
        self.strings().get(key)
    }

    /// A string in English whatever the page's language (for when that one cannot be read): the
    /// static pages' renderer only, as no island calls it.
    pub fn english(self, key: Key) -> String {
        Strings { chosen: &ENGLISH, english: &ENGLISH }.get(key)
    }

    pub fn fill(self, key: Key, args: &[(&str, &str)]) -> String {
        self.strings().fill(key, args)
    }

    /// A sentence with one placeholder, split around it, for putting a view (a link, a list)
    /// where the placeholder stands: "A programme of {name}" → ("A programme of ", "").
    pub fn around(self, key: Key, placeholder: &str) -> (String, String) {
        let text = self.get(key);
        let mark = format!("{{{placeholder}}}");
        match text.split_once(&mark) {
            Some((before, after)) => (before.to_string(), after.to_string()),
            None => (text, String::new()),
        }
    }

    /// A translated sentence with a view (a link, a list) where its `{placeholder}` stands:
    /// "A programme of {name}" with a link to the parent in place of `{name}`.
    pub fn sentence(self, key: Key, placeholder: &str, inside: impl IntoView) -> impl IntoView {
        let (before, after) = self.around(key, placeholder);
        view! { {before}{inside}{after} }
    }

    /// A number in the language's digits.
    pub fn number(self, n: usize) -> String {
        intl::format_number(self.intl(), n)
    }

    /// A counted message ("3 organisations"), with the language's plural rules and digits.
    pub fn count(self, key: Key, n: usize) -> String {
        let (category, number) = (intl::plural_category(self.intl(), n), intl::format_number(self.intl(), n));
        self.strings().plural(key, &category, &[("n", &number)])
    }

    /// A dataset date ("2023-05") in the language's words ("May 2023").
    pub fn date(self, iso: &str) -> String {
        match crate::date::PartialDate::parse(iso) {
            Some(d) => intl::format_date(self.intl(), d.year, d.month, d.day),
            None => iso.to_string(),
        }
    }

    /// A page's title in the browser's tab and history: "<title> · Michishirube".
    pub fn page_title(self, title: &str) -> String {
        format!("{title} · {}", self.get(Key::AppName))
    }
}

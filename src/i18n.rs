//! Every interface string, through one table: a [`Key`] per string, one JSON catalogue per
//! language in `public/i18n/`. English is built in (the fallback and the first paint); other
//! languages are fetched when chosen. Values may hold `{placeholders}`, and a value may be a
//! plural object keyed by CLDR category (`one`, `other`, …).

use std::collections::HashMap;

use serde::Deserialize;

/// The languages the interface speaks: code, name in its own script, writing direction.
pub const LANGUAGES: &[Language] = &[
    Language { code: "en", name: "English", rtl: false },
    Language { code: "ja", name: "日本語", rtl: false },
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
    pub rtl: bool,
}

pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code.eq_ignore_ascii_case(code))
}

/// The best supported language for a list of preferences such as `navigator.languages`
/// (`["ja-JP", "en-US"]`): an exact match, else the same base language, else English.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> &'static Language {
    preferred
        .into_iter()
        .find_map(|p| language(p).or_else(|| language(p.split(['-', '_']).next().unwrap_or_default())))
        .unwrap_or(&LANGUAGES[0])
}

macro_rules! keys {
    ($($key:ident),* $(,)?) => {
        /// One interface string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            /// The key's name in the catalogues.
            pub fn name(self) -> &'static str {
                match self { $(Key::$key => stringify!($key)),* }
            }
        }
    };
}

keys! {
    AppName, AppTagline, SkipToContent, NavDirectory, NavSaved, LanguageLabel,
    Loading, LoadFailed, ErrorNetwork, ErrorData, ErrorVersion, Retry,
    HomeTitle, SearchLabel, SearchPlaceholder, FiltersTitle, FilterCategory, FilterPrefecture,
    FilterService, FilterLanguage, FilterAny, ClearFilters, ResultCount, NoResults,
    LegalTitle, ResourcesTitle, DataAsOf, SourceLine,
    Call, Email, Save, SavedState, AreaNotStated, PartOf,
    BackToDirectory, NotFoundTitle, NotFound,
    SectionContact, PhoneVoice, PhoneTollFree, PhoneFax, EmailUnverified, Website,
    SectionAddress, MailingToo, CopyAddress, Copied, CopyFailed, OpenInMaps, MapsNote,
    SectionHours, JapanTime, OpenNow, ClosedNow, DayRange,
    Mon, Tue, Wed, Thu, Fri, Sat, Sun,
    SectionContacts, SectionServices, SectionLanguages, LanguagesNotStated, SectionAbout,
    SectionNotes, LastVerified, Share, LinkCopied, ReadNext, RelatedOrganizations,
    SavedTitle, SavedEmpty, NoLongerListed, Remove, StorageUnavailable, StorageCorrupt, PrivacyNote,
    Offline, UpdateReady, UpdateReload, RefreshedOn, OpenFullApp,
}

/// A catalogue value: a plain string, or plural forms by CLDR category.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Message {
    Text(String),
    Plural(HashMap<String, String>),
}

impl Message {
    /// The plain text, or for a plural the `other` form.
    fn text(&self) -> &str {
        self.form("other")
    }

    /// The form for a plural category, falling back to `other`.
    fn form(&self, category: &str) -> &str {
        match self {
            Message::Text(s) => s,
            Message::Plural(forms) => forms.get(category).or_else(|| forms.get("other")).map_or("", String::as_str),
        }
    }

    /// Every text in the message, for checks.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Message::Text(s) => vec![s],
            Message::Plural(forms) => forms.values().map(String::as_str).collect(),
        }
    }
}

/// One language's strings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Catalog(pub HashMap<String, Message>);

/// The English catalogue, built in.
pub const ENGLISH_JSON: &str = include_str!("../public/i18n/en.json");

impl Catalog {
    pub fn parse(json: &str) -> Result<Catalog, serde_json::Error> {
        serde_json::from_str(json)
    }

    pub fn english() -> Catalog {
        // The build's own file; its tests prove it parses.
        Catalog::parse(ENGLISH_JSON).unwrap_or_default()
    }

    pub fn message(&self, key: Key) -> Option<&Message> {
        self.0.get(key.name())
    }
}

/// Replaces each `{name}` with its value.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_string(), |s, (name, value)| s.replace(&format!("{{{name}}}"), value))
}

/// The `{placeholders}` a text uses, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Looks strings up in the chosen catalogue, then in English, then shows the key's name.
pub struct Strings<'a> {
    pub chosen: &'a Catalog,
    pub english: &'a Catalog,
}

impl Strings<'_> {
    fn message(&self, key: Key) -> Option<&Message> {
        self.chosen.message(key).or_else(|| self.english.message(key))
    }

    pub fn get(&self, key: Key) -> String {
        self.message(key).map_or_else(|| key.name().to_string(), |m| m.text().to_string())
    }

    pub fn fill(&self, key: Key, args: &[(&str, &str)]) -> String {
        fill(&self.get(key), args)
    }

    /// A plural message for `n`; `category` is the CLDR plural category for `n` in the language.
    pub fn plural(&self, key: Key, category: &str, args: &[(&str, &str)]) -> String {
        self.message(key).map_or_else(|| key.name().to_string(), |m| fill(m.form(category), args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_from_the_browsers_languages() {
        assert_eq!(negotiate(["ja-JP", "en-US"]).code, "ja");
        assert_eq!(negotiate(["fr-FR", "en-GB"]).code, "en");
        assert_eq!(negotiate(["xx"]).code, "en");
        assert_eq!(negotiate([]).code, "en");
        assert_eq!(negotiate(["JA"]).code, "ja");
    }

    #[test]
    fn fills_placeholders_and_plurals() {
        let en = Catalog::parse(r#"{"ResultCount": {"one": "{n} organisation", "other": "{n} organisations"}, "LastVerified": "Last verified: {date}"}"#).unwrap();
        let ja = Catalog::parse(r#"{"ResultCount": {"other": "{n}件"}}"#).unwrap();
        let strings = Strings { chosen: &ja, english: &en };
        assert_eq!(strings.plural(Key::ResultCount, "one", &[("n", "1")]), "1件");
        assert_eq!(strings.fill(Key::LastVerified, &[("date", "May 2023")]), "Last verified: May 2023");
        assert_eq!(strings.get(Key::Retry), "Retry");
        let english = Strings { chosen: &en, english: &en };
        assert_eq!(english.plural(Key::ResultCount, "one", &[("n", "1")]), "1 organisation");
        assert_eq!(english.plural(Key::ResultCount, "few", &[("n", "3")]), "3 organisations");
        assert_eq!(placeholders("{n} of {total}, {n}"), vec!["n", "total"]);
    }
}

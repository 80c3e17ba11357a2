//! Every interface string, through one table: a [`Key`] per string, one JSON catalogue per
//! language in `public/i18n/`. English is built in (the fallback and the first paint); other
//! languages are fetched when chosen. Values may hold `{placeholders}`, and a value may be a
//! plural object keyed by CLDR category (`one`, `other`, …).

use std::collections::HashMap;

use serde::Deserialize;

use crate::json::Json;

/// The languages the interface speaks, in menu order: the languages of asylum seekers in Japan.
pub const LANGUAGES: &[Language] = &[
    Language::ltr("en", "English", "en", &["one", "other"]),
    Language::ltr("ja", "日本語", "ja", &["other"]),
    Language::ltr("my", "မြန်မာ", "my", &["other"]),
    Language::ltr("tr", "Türkçe", "tr", &["one", "other"]),
    Language::ltr("kmr", "Kurmancî", "ku", &["one", "other"]),
    Language::ltr("ne", "नेपाली", "ne", &["one", "other"]),
    Language::ltr("si", "සිංහල", "si", &["one", "other"]),
    Language::ltr("ta", "தமிழ்", "ta", &["one", "other"]),
    Language::ltr("km", "ខ្មែរ", "km", &["other"]),
    Language::rtl("ur", "اردو", "ur", &["one", "other"]),
    Language::ltr("bn", "বাংলা", "bn", &["one", "other"]),
    Language::ltr("fr", "Français", "fr", &["one", "many", "other"]),
    Language::rtl("ar", "العربية", "ar", &["zero", "one", "two", "few", "many", "other"]),
    Language::rtl("fa", "فارسی", "fa", &["one", "other"]),
    Language::ltr("zh-Hans", "简体中文", "zh-Hans", &["other"]),
    Language::ltr("vi", "Tiếng Việt", "vi", &["other"]),
    Language::ltr("tl", "Tagalog", "fil", &["one", "other"]),
    Language::ltr("es", "Español", "es", &["one", "many", "other"]),
];

/// Browser language tags that mean one of ours: Chinese (any) reads Simplified here, Filipino
/// is Tagalog, Kurdish is Kurmanji, Dari readers read Persian.
pub const ALIASES: &[(&str, &str)] = &[("zh", "zh-Hans"), ("fil", "tl"), ("ku", "kmr"), ("prs", "fa")];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code, used in URLs, `<html lang>` and catalogue file names.
    pub code: &'static str,
    /// The language's name in its own script, for the menu.
    pub name: &'static str,
    pub rtl: bool,
    /// The locale the browser's Intl knows this language by.
    pub intl: &'static str,
    /// The CLDR plural categories its plural messages must provide.
    pub plurals: &'static [&'static str],
}

impl Language {
    const fn ltr(code: &'static str, name: &'static str, intl: &'static str, plurals: &'static [&'static str]) -> Language {
        Language { code, name, rtl: false, intl, plurals }
    }

    const fn rtl(code: &'static str, name: &'static str, intl: &'static str, plurals: &'static [&'static str]) -> Language {
        Language { code, name, rtl: true, intl, plurals }
    }
}

pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code.eq_ignore_ascii_case(code))
}

/// Whether a text may need a font the device lacks: it has letters beyond the Latin script,
/// which every phone's system font draws. Latin-only names skip the costly drawing test.
pub fn may_lack_font(text: &str) -> bool {
    !text.chars().all(|c| c <= '\u{24F}' || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}

/// Whether a script is missing from the device's fonts: for each character of a sample,
/// whether it was drawn exactly like a character no font has (an empty box). When most are,
/// the person sees boxes, not letters.
pub fn looks_missing(drawn_as_box: &[bool]) -> bool {
    let boxes = drawn_as_box.iter().filter(|b| **b).count();
    boxes * 2 > drawn_as_box.len()
}

/// Writes ASCII digits in a script's own digits, for the languages whose numbers CLDR writes
/// in them (as the static pages do, with ICU4X): Burmese, Nepali, Bengali and Persian.
pub fn native_digits(intl: &str, text: &str) -> String {
    let zero = match intl {
        "my" => '၀',
        "ne" => '०',
        "bn" => '০',
        "fa" => '۰',
        _ => return text.to_string(),
    };
    text.chars().map(|c| c.to_digit(10).and_then(|d| char::from_u32(zero as u32 + d)).unwrap_or(c)).collect()
}

/// One browser language tag to ours: exact ("zh-Hans"), by base ("ja-JP"), or by alias ("zh-TW").
fn match_tag(tag: &str) -> Option<&'static Language> {
    let base = tag.split(['-', '_']).next().unwrap_or_default();
    language(tag)
        .or_else(|| language(base))
        .or_else(|| ALIASES.iter().find(|(alias, _)| alias.eq_ignore_ascii_case(base)).and_then(|(_, code)| language(code)))
}

/// The best supported language for a list of preferences such as `navigator.languages`
/// (`["fa-IR", "en-US"]`): the first that matches, else English.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> &'static Language {
    preferred.into_iter().find_map(match_tag).unwrap_or(&LANGUAGES[0])
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
    SectionNotes, Share, LinkCopied, ReadNext, RelatedOrganizations,
    SavedTitle, SavedEmpty, NoLongerListed, Remove, StorageUnavailable, StorageCorrupt, PrivacyNote,
    Offline, UpdateReady, UpdateReload, RefreshedOn, OpenFullApp,
    InEnglish, InJapanese, JapaneseForOfficials, FontMissing,
    ErrorServer, ErrorMissing, ErrorTooLarge, SkippedRecords, ShowingSavedCopy, CrashTitle, CrashText, StorageFull, ShowMore,
    SavedNeedsScript,
    ListedBy, CheckedPhone, CheckedWebsite, CheckedEmail, CheckedVisit, CallBeforeVisiting, MarkAdded, MarkRepaired, WhyTransliteration, WhyEmailInference, WhyInference, WhySplit,
    WhyPublicSource, WhyRepaired, ConflictNotice, Undated, ReportMistake, ReportIntro, ReportWhat, ReportFound, ReportFoundHint, ReportByEmail, ReportShare, ReportCopy,
    ReportCopied, ReportTitle, ReportRecord, ReportPart, ReportText, ReportVersion, FieldName, FieldAddress, FieldPhone, FieldEmail, FieldHours, FieldText, FieldOther,
    MatchesSome, MatchedVia, ClosestMatches, LookByKind, CallForHelp, NothingFound,
    HolidayToday, ShowToStaff, StaffIntro, StaffGoHere, StaffCallThem, StaffNoJapaneseName, StaffAsListed, StaffAwake, Close,
    LeaveQuickly, LeaveNote, ClearHistory, Discreet, DiscreetTitle, SaveToContacts, ContactNote, Print,
    ListedUndated, MarkUpdated, WhySuperseded, SupersededNotice, ThirdPartyOnly,
    LawNow, LawIntro, StatementSources, NotOfficial, OurTranslation, SourceWords,
    AboutTitle, AboutIntro, AboutNothingNewer, AlsoRead, CitedDated, CitedUndated, FooterAbout,
    ChangedTitle, ChangedRecord,
    SituationsTitle, GuideSteps, GuideDays, GuideDeadline, CountingNextOpenDay, CountCarefully, DeadlineAsk, DeadlineLast,
    DeadlineUnknown, DeadlinePrivate, GuidePhrases, GuideAsOf, StaffCounter, StaffTerms,
    DownloadTitle, DownloadIntro, DownloadRecords, DownloadTables, DownloadLicence,
    ReadAloud, ReadPause, ReadResume, ReadStop, ReadNoVoice, ReadLeft, ReadFailed,
    Display, MoreContrast, TextSize, LanguageMissing, LanguageAskIntro, LanguageAskShare, LanguageAskCopy, LanguageAskCopied,
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
    /// Reads a catalogue: an object of texts, each a string or an object of plural forms.
    pub fn parse(json: &str) -> Result<Catalog, String> {
        let value = Json::parse(json).ok_or("not JSON")?;
        let message = |value: &Json| match value {
            Json::String(text) => Some(Message::Text(text.clone())),
            Json::Object(forms) => forms
                .iter()
                .map(|(form, text)| Some((form.clone(), text.as_str()?.to_string())))
                .collect::<Option<_>>()
                .map(Message::Plural),
            _ => None,
        };
        let members = value.as_object().ok_or("not an object")?;
        members
            .iter()
            .map(|(key, value)| {
                message(value).map(|m| (key.clone(), m)).ok_or_else(|| format!("{key}: neither a text nor plural forms"))
            })
            .collect::<Result<_, _>>()
            .map(Catalog)
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
    let mut found: Vec<&str> = text.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect();
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
        assert_eq!(negotiate(["de-DE", "en-GB"]).code, "en");
        assert_eq!(negotiate(["fr-CM", "en-GB"]).code, "fr");
        assert_eq!(negotiate(["xx"]).code, "en");
        assert_eq!(negotiate([]).code, "en");
        assert_eq!(negotiate(["JA"]).code, "ja");
        assert_eq!(negotiate(["fa-IR", "en"]).code, "fa");
        assert_eq!(negotiate(["zh-CN"]).code, "zh-Hans");
        assert_eq!(negotiate(["zh-TW"]).code, "zh-Hans");
        assert_eq!(negotiate(["fil-PH"]).code, "tl");
        assert_eq!(negotiate(["ku"]).code, "kmr");
        assert_eq!(negotiate(["de-DE", "my-MM"]).code, "my");
        assert!(negotiate(["ar-EG"]).rtl && negotiate(["ur-PK"]).rtl && !negotiate(["tr"]).rtl);
    }

    #[test]
    fn writes_digits_the_way_readers_do() {
        assert_eq!(native_digits("my", "2023-05"), "၂၀၂၃-၀၅");
        assert_eq!(native_digits("ne", "9"), "९");
        assert_eq!(native_digits("fa", "10"), "۱۰");
        assert_eq!(native_digits("km", "10"), "10");
        assert_eq!(native_digits("si", "9"), "9");
        assert_eq!(native_digits("en", "2023"), "2023");
    }

    #[test]
    fn checks_fonts_only_for_scripts_beyond_latin() {
        let checked: Vec<&str> = LANGUAGES.iter().filter(|l| may_lack_font(l.name)).map(|l| l.code).collect();
        assert_eq!(checked, ["ja", "my", "ne", "si", "ta", "km", "ur", "bn", "ar", "fa", "zh-Hans"]);
    }

    #[test]
    fn tells_empty_boxes_from_letters() {
        assert!(looks_missing(&[true, true, false, true]));
        assert!(!looks_missing(&[false, false, true]));
        assert!(!looks_missing(&[true, false]));
        assert!(!looks_missing(&[]));
    }

    #[test]
    fn reads_every_catalogue_as_serde_json_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/i18n");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            assert_eq!(Catalog::parse(&text).unwrap(), serde_json::from_str::<Catalog>(&text).unwrap());
        }
        for bad in ["", "[]", r#"{"Retry": 1}"#, r#"{"ResultCount": {"one": 1}}"#, r#"{"Retry": "x""#] {
            assert!(Catalog::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn fills_placeholders_and_plurals() {
        let en = Catalog::parse(
            r#"{"ResultCount": {"one": "{n} organisation", "other": "{n} organisations"}, "ListedBy": "Listed by {publisher}"}"#,
        )
        .unwrap();
        let ja = Catalog::parse(r#"{"ResultCount": {"other": "{n}件"}}"#).unwrap();
        let strings = Strings { chosen: &ja, english: &en };
        assert_eq!(strings.plural(Key::ResultCount, "one", &[("n", "1")]), "1件");
        assert_eq!(strings.fill(Key::ListedBy, &[("publisher", "AMERA")]), "Listed by AMERA");
        assert_eq!(strings.get(Key::Retry), "Retry");
        let english = Strings { chosen: &en, english: &en };
        assert_eq!(english.plural(Key::ResultCount, "one", &[("n", "1")]), "1 organisation");
        assert_eq!(english.plural(Key::ResultCount, "few", &[("n", "3")]), "3 organisations");
        assert_eq!(placeholders("{n} of {total}, {n}"), vec!["n", "total"]);
    }
}

//! Translatable dataset text: a map from language code to text, read through a fallback chain.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The languages every text falls back to, in order, after the reader's own.
pub const FALLBACK_CHAIN: [&str; 2] = ["en", "ja"];

/// A text in several languages, e.g. `{"en": "Legal aid", "ja": "法律支援"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

/// A text picked for a reader, with the language it is really in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: &'a str,
}

impl Text {
    /// The text in `lang`, else in the first language of [`FALLBACK_CHAIN`] it has, else any.
    pub fn get<'a>(&'a self, lang: &'a str) -> Localized<'a> {
        std::iter::once(lang)
            .chain(FALLBACK_CHAIN)
            .find_map(|l| self.0.get_key_value(l))
            .or_else(|| self.0.iter().next())
            .map(|(lang, text)| Localized { text, lang })
            .unwrap_or(Localized { text: "", lang })
    }

    /// Shorthand for the text alone.
    pub fn text<'a>(&'a self, lang: &'a str) -> &'a str {
        self.get(lang).text
    }

    /// Every translation, for search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }

    pub fn is_blank(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pairs: &[(&str, &str)]) -> Text {
        Text(pairs.iter().map(|(l, t)| (l.to_string(), t.to_string())).collect())
    }

    #[test]
    fn picks_the_readers_language_then_english_then_japanese() {
        let both = text(&[("en", "Legal aid"), ("ja", "法律支援")]);
        assert_eq!(both.get("ja"), Localized { text: "法律支援", lang: "ja" });
        assert_eq!(both.get("fa"), Localized { text: "Legal aid", lang: "en" });
        let ja_only = text(&[("ja", "法律支援")]);
        assert_eq!(ja_only.get("fa"), Localized { text: "法律支援", lang: "ja" });
        let other = text(&[("fr", "Aide juridique")]);
        assert_eq!(other.get("ja").lang, "fr");
        assert_eq!(Text::default().get("en").text, "");
    }
}

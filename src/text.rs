//! Translatable dataset text: a map from language code to text, read through a fallback chain.

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The languages every text falls back to, in order, after the reader's own.
pub const FALLBACK_CHAIN: [&str; 2] = ["en", "ja"];

/// A text in several languages, e.g. `{"en": "Legal aid", "ja": "法律支援"}`.
///
/// Kept as a short list sorted by language, not a `BTreeMap`: most texts have one or two
/// languages, and a map's node costs ~280 bytes in the wasm, a dozen times per organisation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(Vec<(String, String)>);

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
            .find_map(|l| self.exactly(l).map(|text| Localized { text, lang: l }))
            .or_else(|| self.0.first().map(|(lang, text)| Localized { text, lang }))
            .unwrap_or(Localized { text: "", lang })
    }

    /// Shorthand for the text alone.
    pub fn text<'a>(&'a self, lang: &'a str) -> &'a str {
        self.get(lang).text
    }

    /// The text in exactly this language, if it has one.
    pub fn exactly(&self, lang: &str) -> Option<&str> {
        self.0.iter().find(|(have, _)| have == lang).map(|(_, text)| text.as_str())
    }

    /// Sets the text in one language, replacing what it had.
    pub fn set(&mut self, lang: &str, text: String) {
        match self.0.binary_search_by(|(have, _)| have.as_str().cmp(lang)) {
            Ok(i) => self.0[i].1 = text,
            Err(i) => self.0.insert(i, (lang.to_string(), text)),
        }
    }

    /// Every translation, for search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, text)| text.as_str())
    }

    /// Every translation, to change in place.
    pub fn all_mut(&mut self) -> impl Iterator<Item = &mut String> {
        self.0.iter_mut().map(|(_, text)| text)
    }

    pub fn is_blank(&self) -> bool {
        self.all().all(|t| t.trim().is_empty())
    }
}

impl<L: Into<String>, T: Into<String>> FromIterator<(L, T)> for Text {
    fn from_iter<I: IntoIterator<Item = (L, T)>>(pairs: I) -> Text {
        let mut text = Text::default();
        for (lang, value) in pairs {
            text.set(&lang.into(), value.into());
        }
        text
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(lang, text)| (lang, text)))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct Languages;
        impl<'de> Visitor<'de> for Languages {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map from language code to text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut text = Text::default();
                // A repeated language keeps its last text, as a map would.
                while let Some((lang, value)) = map.next_entry::<String, String>()? {
                    text.set(&lang, value);
                }
                text.0.shrink_to_fit();
                Ok(text)
            }
        }
        deserializer.deserialize_map(Languages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pairs: &[(&str, &str)]) -> Text {
        pairs.iter().copied().collect()
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

    #[test]
    fn reads_and_writes_json_as_a_map_in_language_order() {
        let read: Text = serde_json::from_str(r#"{"ja": "法律支援", "en": "Legal aid", "en": "Legal help"}"#).unwrap();
        assert_eq!(read, text(&[("en", "Legal help"), ("ja", "法律支援")]));
        assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"en":"Legal help","ja":"法律支援"}"#);
        assert!(serde_json::from_str::<Text>(r#"["en", "Legal aid"]"#).is_err());
        assert!(serde_json::from_str::<Text>(r#"{"en": 1}"#).is_err());
    }
}

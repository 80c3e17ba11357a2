//! Translations of the directory's texts into one more language, kept in `data/i18n/<lang>.json`
//! and fetched only by readers of that language, so the dataset everyone downloads stays small.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::{Dataset, Term};
use crate::text::Text;

type Fields = BTreeMap<String, String>;

/// `{taxonomy: {categories: {id: name}, …}, organizations: {id: {summary}}, legal_info: {id:
/// {title, summary, body}}, pointers: {id: {title, description}}}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    #[serde(default)]
    pub taxonomy: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default)]
    pub organizations: BTreeMap<String, Fields>,
    #[serde(default)]
    pub legal_info: BTreeMap<String, Fields>,
    #[serde(default)]
    pub pointers: BTreeMap<String, Fields>,
}

/// Something in an overlay that has nowhere to go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stray(pub String);

fn set(text: &mut Text, lang: &str, value: &str) {
    if !value.trim().is_empty() {
        text.set(lang, value.to_string());
    }
}

fn set_terms(terms: &mut [Term], names: Option<&BTreeMap<String, String>>, lang: &str) {
    for term in terms {
        if let Some(name) = names.and_then(|n| n.get(&term.id)) {
            set(&mut term.name, lang, name);
        }
    }
}

impl Overlay {
    pub fn parse(json: &str) -> Result<Overlay, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// Adds this overlay's texts to the dataset as language `lang`.
    pub fn apply(&self, data: &mut Dataset, lang: &str) {
        let t = &mut data.taxonomy;
        set_terms(&mut t.categories, self.taxonomy.get("categories"), lang);
        set_terms(&mut t.services, self.taxonomy.get("services"), lang);
        set_terms(&mut t.prefectures, self.taxonomy.get("prefectures"), lang);
        set_terms(&mut t.languages, self.taxonomy.get("languages"), lang);
        for org in &mut data.organizations {
            if let Some(f) = self.organizations.get(&org.id) {
                f.get("summary").inspect(|v| set(&mut org.summary, lang, v));
            }
        }
        for card in &mut data.legal_info {
            if let Some(f) = self.legal_info.get(&card.id) {
                f.get("title").inspect(|v| set(&mut card.title, lang, v));
                f.get("summary").inspect(|v| set(&mut card.summary, lang, v));
                f.get("body").inspect(|v| set(&mut card.body, lang, v));
            }
        }
        for p in &mut data.pointers {
            if let Some(f) = self.pointers.get(&p.id) {
                f.get("title").inspect(|v| set(&mut p.title, lang, v));
                f.get("description").inspect(|v| set(&mut p.description, lang, v));
            }
        }
    }

    /// Ids and fields this overlay names that the dataset does not have.
    pub fn strays(&self, data: &Dataset) -> Vec<Stray> {
        let mut strays = Vec::new();
        let t = &data.taxonomy;
        for (group, names) in &self.taxonomy {
            let terms: &[Term] = match group.as_str() {
                "categories" => &t.categories,
                "services" => &t.services,
                "prefectures" => &t.prefectures,
                "languages" => &t.languages,
                _ => {
                    strays.push(Stray(format!("taxonomy.{group}")));
                    continue;
                }
            };
            strays.extend(
                names.keys().filter(|id| !terms.iter().any(|t| &t.id == *id)).map(|id| Stray(format!("taxonomy.{group}.{id}"))),
            );
        }
        // Per group: its records in the overlay, the dataset's ids, the fields it may translate.
        type Group<'a> = (&'a str, &'a BTreeMap<String, Fields>, Vec<&'a str>, &'a [&'a str]);
        let records: [Group; 3] = [
            ("organizations", &self.organizations, data.organizations.iter().map(|o| o.id.as_str()).collect(), &["summary"]),
            (
                "legal_info",
                &self.legal_info,
                data.legal_info.iter().map(|l| l.id.as_str()).collect(),
                &["title", "summary", "body"],
            ),
            ("pointers", &self.pointers, data.pointers.iter().map(|p| p.id.as_str()).collect(), &["title", "description"]),
        ];
        for (group, entries, ids, fields) in records {
            for (id, values) in entries {
                if !ids.contains(&id.as_str()) {
                    strays.push(Stray(format!("{group}.{id}")));
                }
                strays
                    .extend(values.keys().filter(|f| !fields.contains(&f.as_str())).map(|f| Stray(format!("{group}.{id}.{f}"))));
            }
        }
        strays
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        serde_json::from_str(include_str!("../data/directory.json")).unwrap()
    }

    #[test]
    fn adds_a_language_to_the_texts_it_names() {
        let overlay = Overlay::parse(
            r#"{"taxonomy": {"categories": {"legal-aid": "Aide juridique"}},
                "organizations": {"jar": {"summary": "Aide juridique et sociale."}},
                "legal_info": {"icrra": {"title": "Loi (入管法)", "body": "Un.\n\nDeux."}},
                "pointers": {"lgbtqi-resources": {"title": "LGBTQI+"}}}"#,
        )
        .unwrap();
        let mut data = dataset();
        overlay.apply(&mut data, "fr");
        assert_eq!(data.taxonomy.categories[0].name.get("fr").text, "Aide juridique");
        assert_eq!(data.organization("jar").unwrap().summary.get("fr").text, "Aide juridique et sociale.");
        assert_eq!(data.legal("icrra").unwrap().title.get("fr").text, "Loi (入管法)");
        // What the overlay leaves out falls back as before.
        assert_eq!(data.legal("icrra").unwrap().summary.get("fr").lang, "en");
        assert_eq!(data.organization("frj").unwrap().summary.get("fr").lang, "en");
        assert!(overlay.strays(&data).is_empty());
    }

    #[test]
    fn reports_what_has_nowhere_to_go() {
        let overlay = Overlay::parse(
            r#"{"taxonomy": {"colours": {}, "services": {"juggling": "x"}},
                "organizations": {"nobody": {"summary": "x"}, "jar": {"motto": "x"}}}"#,
        )
        .unwrap();
        let strays: Vec<String> = overlay.strays(&dataset()).into_iter().map(|s| s.0).collect();
        assert_eq!(strays, ["taxonomy.colours", "taxonomy.services.juggling", "organizations.jar.motto", "organizations.nobody"]);
        assert!(Overlay::parse(r#"{"people": {}}"#).is_err());
    }
}

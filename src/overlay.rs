//! Translations of the directory's texts into one more language, kept in `data/i18n/<lang>.json`
//! and fetched only by readers of that language, so the dataset everyone downloads stays small.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::{Dataset, Term};
use crate::text::Text;

type Fields = BTreeMap<String, String>;

/// `{taxonomy: {categories: {id: name}, …}, organizations: {id: {summary, "caveats.0",
/// "emails.0.unverified", "phones.1.description"}}, legal_info: {id: {title, summary, body,
/// "statements.0"}},
/// pointers: {id: {title, description, "caveats.0"}}, vocabulary: {id: "words, …"}, stopwords:
/// "…"}`: a list's texts by their index.
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
    /// `{id: {title, summary, "steps.0", "deadlines.0.from", "phrases.0"}}`: a phrase's meaning.
    #[serde(default)]
    pub situations: BTreeMap<String, Fields>,
    /// The search's everyday words, comma-separated, by sense id.
    #[serde(default)]
    pub vocabulary: BTreeMap<String, String>,
    /// Words too common to count in a search, space-separated.
    #[serde(default)]
    pub stopwords: String,
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

/// The texts of a list's items (`None` for an item without that text), named
/// `{list}.{index}{part}` in the overlay.
fn set_each<'a>(items: impl Iterator<Item = Option<&'a mut Text>>, fields: &Fields, list: &str, part: &str, lang: &str) {
    for (i, text) in items.enumerate() {
        if let (Some(value), Some(text)) = (fields.get(&format!("{list}.{i}{part}")), text) {
            set(text, lang, value);
        }
    }
}

/// The indices of the items that have a text.
fn indices(has: impl Iterator<Item = bool>) -> Vec<usize> {
    has.enumerate().filter(|(_, has)| *has).map(|(i, _)| i).collect()
}

/// Whether `field` is a translatable text of a record: one of `plain`, or `{list}.{index}{part}`
/// for an item of `lists` (`(list, part, the indices of the items that have that text)`).
fn is_field(field: &str, plain: &[&str], lists: &[(&str, &str, Vec<usize>)]) -> bool {
    plain.contains(&field)
        || lists.iter().any(|(list, part, indices)| {
            field
                .strip_prefix(list)
                .and_then(|rest| rest.strip_prefix('.'))
                .and_then(|rest| rest.strip_suffix(part))
                .and_then(|i| i.parse::<usize>().ok())
                .is_some_and(|i| indices.contains(&i))
        })
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
        for sense in &mut data.vocabulary {
            if let Some(words) = self.vocabulary.get(&sense.id) {
                set(&mut sense.words, lang, words);
            }
        }
        set(&mut data.stopwords, lang, &self.stopwords);
        for org in &mut data.organizations {
            if let Some(f) = self.organizations.get(&org.id) {
                f.get("summary").inspect(|v| set(&mut org.summary, lang, v));
                set_each(org.caveats.iter_mut().map(Some), f, "caveats", "", lang);
                set_each(org.emails.iter_mut().map(|e| e.unverified.as_mut()), f, "emails", ".unverified", lang);
                set_each(org.phones.iter_mut().map(|p| p.description.as_mut()), f, "phones", ".description", lang);
            }
        }
        for card in &mut data.legal_info {
            if let Some(f) = self.legal_info.get(&card.id) {
                f.get("title").inspect(|v| set(&mut card.title, lang, v));
                f.get("summary").inspect(|v| set(&mut card.summary, lang, v));
                f.get("body").inspect(|v| set(&mut card.body, lang, v));
                set_each(card.statements.iter_mut().map(|s| Some(&mut s.text)), f, "statements", "", lang);
            }
        }
        for s in &mut data.situations {
            if let Some(f) = self.situations.get(&s.id) {
                f.get("title").inspect(|v| set(&mut s.title, lang, v));
                f.get("summary").inspect(|v| set(&mut s.summary, lang, v));
                set_each(s.steps.iter_mut().map(|step| Some(&mut step.text)), f, "steps", "", lang);
                set_each(s.deadlines.iter_mut().map(|d| Some(&mut d.from)), f, "deadlines", ".from", lang);
                set_each(s.phrases.iter_mut().map(|p| Some(&mut p.meaning)), f, "phrases", "", lang);
            }
        }
        for p in &mut data.pointers {
            if let Some(f) = self.pointers.get(&p.id) {
                f.get("title").inspect(|v| set(&mut p.title, lang, v));
                f.get("description").inspect(|v| set(&mut p.description, lang, v));
                set_each(p.caveats.iter_mut().map(Some), f, "caveats", "", lang);
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
        // Per group: its records in the overlay, and for each record id the texts it may translate.
        strays.extend(
            self.vocabulary
                .keys()
                .filter(|id| !data.vocabulary.iter().any(|s| &s.id == *id))
                .map(|id| Stray(format!("vocabulary.{id}"))),
        );
        for (id, values) in &self.organizations {
            match data.organization(id) {
                None => strays.push(Stray(format!("organizations.{id}"))),
                Some(o) => {
                    let lists = [
                        ("caveats", "", (0..o.caveats.len()).collect()),
                        ("emails", ".unverified", indices(o.emails.iter().map(|e| e.unverified.is_some()))),
                        ("phones", ".description", indices(o.phones.iter().map(|p| p.description.is_some()))),
                    ];
                    strays.extend(
                        values
                            .keys()
                            .filter(|f| !is_field(f, &["summary"], &lists))
                            .map(|f| Stray(format!("organizations.{id}.{f}"))),
                    );
                }
            }
        }
        for (id, values) in &self.legal_info {
            match data.legal(id) {
                None => strays.push(Stray(format!("legal_info.{id}"))),
                Some(card) => {
                    let lists = [("statements", "", (0..card.statements.len()).collect())];
                    let plain: &[&str] = if card.body.is_blank() { &["title", "summary"] } else { &["title", "summary", "body"] };
                    strays.extend(
                        values.keys().filter(|f| !is_field(f, plain, &lists)).map(|f| Stray(format!("legal_info.{id}.{f}"))),
                    );
                }
            }
        }
        for (id, values) in &self.situations {
            match data.situation(id) {
                None => strays.push(Stray(format!("situations.{id}"))),
                Some(s) => {
                    let lists = [
                        ("steps", "", (0..s.steps.len()).collect()),
                        ("deadlines", ".from", (0..s.deadlines.len()).collect()),
                        ("phrases", "", (0..s.phrases.len()).collect()),
                    ];
                    strays.extend(
                        values
                            .keys()
                            .filter(|f| !is_field(f, &["title", "summary"], &lists))
                            .map(|f| Stray(format!("situations.{id}.{f}"))),
                    );
                }
            }
        }
        for (id, values) in &self.pointers {
            match data.pointers.iter().find(|p| &p.id == id) {
                None => strays.push(Stray(format!("pointers.{id}"))),
                Some(p) => {
                    let lists = [("caveats", "", (0..p.caveats.len()).collect())];
                    strays.extend(
                        values
                            .keys()
                            .filter(|f| !is_field(f, &["title", "description"], &lists))
                            .map(|f| Stray(format!("pointers.{id}.{f}"))),
                    );
                }
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
                "organizations": {"jar": {"summary": "Aide juridique et sociale.", "caveats.0": "Liens perdus.",
                                          "phones.1.description": "Numéro gratuit"}},
                "legal_info": {"icrra": {"title": "Loi (入管法)", "body": "Un.\n\nDeux."}},
                "pointers": {"lgbtqi-resources": {"title": "LGBTQI+"}}}"#,
        )
        .unwrap();
        let mut data = dataset();
        overlay.apply(&mut data, "fr");
        assert_eq!(data.taxonomy.categories[0].name.get("fr").text, "Aide juridique");
        assert_eq!(data.organization("jar").unwrap().summary.get("fr").text, "Aide juridique et sociale.");
        assert_eq!(data.legal("icrra").unwrap().title.get("fr").text, "Loi (入管法)");
        let jar = data.organization("jar").unwrap();
        assert_eq!(jar.caveats[0].get("fr").text, "Liens perdus.");
        assert_eq!(jar.phones[1].description.as_ref().unwrap().get("fr").text, "Numéro gratuit");
        // What the overlay leaves out falls back as before.
        assert_eq!(data.legal("icrra").unwrap().summary.get("fr").lang, "en");
        assert_eq!(data.organization("frj").unwrap().summary.get("fr").lang, "en");
        assert!(overlay.strays(&data).is_empty());
    }

    #[test]
    fn reports_what_has_nowhere_to_go() {
        let overlay = Overlay::parse(
            r#"{"taxonomy": {"colours": {}, "services": {"juggling": "x"}},
                "organizations": {"nobody": {"summary": "x"}, "jar": {"motto": "x", "caveats.1": "x", "phones.0.description": "x"}}}"#,
        )
        .unwrap();
        let strays: Vec<String> = overlay.strays(&dataset()).into_iter().map(|s| s.0).collect();
        assert_eq!(
            strays,
            [
                "taxonomy.colours",
                "taxonomy.services.juggling",
                "organizations.jar.caveats.1",
                "organizations.jar.motto",
                "organizations.jar.phones.0.description",
                "organizations.nobody"
            ]
        );
        assert!(Overlay::parse(r#"{"people": {}}"#).is_err());
    }
}

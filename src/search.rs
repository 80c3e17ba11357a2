//! Free-text search: width-, case- and kana-insensitive, every word must match (AND), names rank
//! first. Records are folded once into a [`Haystack`]; each keystroke folds only the query.

use crate::model::{Dataset, LegalInfo, Organization, Taxonomy, Term};
use crate::phone;
use crate::text::Text;

/// Unicode NFKC (full-width "ＪＡＲ" → "JAR", half-width "ｶﾀｶﾅ" → "カタカナ"), lower case, then
/// NFKC again (lower-casing can leave combining marks out of order: "İ̖"). The browser's own
/// `normalize` and `toLowerCase` cost the app nothing (Rust's case tables add 12 KB to the wasm);
/// native builds (tests) use a crate and std.
#[cfg(target_arch = "wasm32")]
fn nfkc_lower(s: &str) -> String {
    js_sys::JsString::from(s).normalize("NFKC").to_lower_case().normalize("NFKC").into()
}

#[cfg(not(target_arch = "wasm32"))]
fn nfkc_lower(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkc().collect::<String>().to_lowercase().nfkc().collect()
}

/// Folds text for matching: NFKC, lower case, katakana as hiragana, runs of space as one.
pub fn fold(s: &str) -> String {
    let folded: String = nfkc_lower(s)
        .chars()
        .map(|c| match c {
            // Katakana ァ..ヶ sit exactly 0x60 above their hiragana.
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A query split into folded words; every word must match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<String>);

impl Query {
    pub fn parse(text: &str) -> Query {
        Query(fold(text).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The folded text of one record: its names, and everything else searchable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Haystack {
    name: String,
    rest: String,
}

/// The names, in every language, of the taxonomy terms with these ids.
fn term_names<'a>(terms: &'a [Term], ids: impl Iterator<Item = &'a str>) -> impl Iterator<Item = &'a str> {
    ids.filter_map(|id| terms.iter().find(|t| t.id == id)).flat_map(|t| t.name.all())
}

/// Joins parts with a separator no query word can span, and folds them all at once (one call
/// to the browser's normalizer per record, not one per field).
fn join<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    fold(&parts.into_iter().collect::<Vec<_>>().join("\u{1f}"))
}

impl Haystack {
    /// Name, short name, description, services, area and contact details of an organisation.
    pub fn organization(org: &Organization, taxonomy: &Taxonomy) -> Haystack {
        let t = taxonomy;
        let phone_digits: Vec<String> = org.phones.iter().map(|p| phone::digits(&p.number)).collect();
        let rest = org
            .summary
            .all()
            .chain(org.description.all())
            .chain(term_names(&t.services, org.services.iter().map(String::as_str)))
            .chain(term_names(&t.categories, org.categories.iter().map(String::as_str)))
            .chain(term_names(&t.languages, org.languages.iter().map(String::as_str)))
            .chain(term_names(&t.prefectures, org.prefectures()))
            .chain(org.addresses.iter().flat_map(|a| {
                std::iter::once(a.postal_code.as_str())
                    .chain(a.city.all())
                    .chain(a.address_1.all())
                    .chain(a.address_2.iter().flat_map(Text::all))
            }))
            .chain(org.locations.iter().flat_map(|p| p.city.all()))
            .chain(org.phones.iter().flat_map(|p| [p.number.as_str(), p.e164.as_str()]))
            .chain(phone_digits.iter().map(String::as_str))
            .chain(org.emails.iter().map(|e| e.address.as_str()))
            .chain(org.contacts.iter().flat_map(|c| {
                std::iter::once(c.name.as_str()).chain(c.email.as_deref()).chain(c.title.iter().flat_map(Text::all))
            }));
        Haystack { name: join(org.name.all().chain([org.alternate_name.as_str()])), rest: join(rest) }
    }

    /// Title, summary and body of a legal card.
    pub fn legal(card: &LegalInfo) -> Haystack {
        Haystack { name: join(card.title.all()), rest: join(card.summary.all().chain(card.body.all())) }
    }

    fn name_hits(&self, query: &Query) -> Option<usize> {
        let mut name_hits = 0;
        for word in &query.0 {
            if self.name.contains(word.as_str()) {
                name_hits += 1;
            } else if !self.rest.contains(word.as_str()) {
                return None;
            }
        }
        Some(name_hits)
    }
}

/// The positions of the haystacks that match every word, those matching more words by name
/// first, otherwise in their original order. `keep` filters positions before matching.
pub fn rank(haystacks: &[Haystack], query: &Query, keep: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut hits: Vec<(usize, usize)> =
        haystacks.iter().enumerate().filter(|&(i, _)| keep(i)).filter_map(|(i, h)| h.name_hits(query).map(|n| (i, n))).collect();
    // Unstable is exact here (the position breaks ties) and generates less code than a stable sort.
    hits.sort_unstable_by_key(|&(i, n)| (std::cmp::Reverse(n), i));
    hits.into_iter().map(|(i, _)| i).collect()
}

/// Haystacks for every organisation and every legal card of a dataset, built once on load.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    pub organizations: Vec<Haystack>,
    pub legal: Vec<Haystack>,
}

impl SearchIndex {
    pub fn new(data: &Dataset) -> SearchIndex {
        SearchIndex {
            organizations: data.organizations.iter().map(|o| Haystack::organization(o, &data.taxonomy)).collect(),
            legal: data.legal_info.iter().map(Haystack::legal).collect(),
        }
    }
}

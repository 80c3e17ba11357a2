//! The compact index: what the browser reads of the dataset, in one language. The build writes
//! it from `data/directory.json` (the published source of truth) as `data/index/<lang>.txt`, so
//! the browser never parses, validates or folds the dataset: it reads lines of tab-separated
//! fields with a few lines of code, and no JSON parser.
//!
//! The first line says what the file is, its format and schema, its language, which dataset file
//! it was written from (its fingerprint and date), and a fingerprint of the rest, so a damaged
//! copy is refused whole. Each other line starts with what it holds:
//! - `o`, `l`, `s`: an organisation, a legal card, a guide: id, name in the language, (for an
//!   organisation, its terms on each filter), the vocabulary senses it answers, its folded names
//!   and its other folded text (what the search looks in);
//! - `f`: a record's facts as fingerprints ([`crate::changes`]), to tell a person what changed;
//! - `m`: what each vocabulary sense means, in the language, in order;
//! - `w`, `p`, `x`: the search's words, phrases and common words ([`Lexicon`]);
//! - `k`: a record the build left out, and why.

use crate::bookmarks::Kind;
use crate::changes::Facts;
use crate::filter::{Facet, Filters};
use crate::load::{DatasetError, Skipped, digest};
use crate::model::Dataset;
use crate::search::{Haystack, Hit, Lexicon, Query, SearchIndex};

/// What the first line starts with.
pub const MAGIC: &str = "michishirube-index";
/// This layout. A reader refuses any other, except to compare facts (`f` lines never change).
pub const FORMAT: u32 = 1;

/// Where the index of a language is, from the site's root.
pub fn file(lang: &str) -> String {
    format!("data/index/{lang}.txt")
}

/// What the first line of an index this app can search starts with, for a schema: the service
/// worker checks a copy with it before keeping it.
pub fn header_start(schema: u32) -> String {
    format!("{MAGIC}\t{FORMAT}\t{schema}\t")
}

/// A record as the islands list it: its id, its name in the language, and (organisations) its
/// terms on each filter, in [`Facet::ALL`]'s order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub name: String,
    pub facets: [Vec<String>; 4],
}

/// An index as read.
#[derive(Debug, Default, PartialEq)]
pub struct Compact {
    pub lang: String,
    /// The dataset file's fingerprint and date.
    pub digest: String,
    pub last_updated: String,
    /// Records the build left out, as it said why.
    pub skipped: Vec<String>,
    pub organizations: Vec<Record>,
    pub legal: Vec<Record>,
    pub situations: Vec<Record>,
    /// What each vocabulary sense means, in the language.
    pub meanings: Vec<String>,
    pub facts: Vec<Facts>,
    pub index: SearchIndex,
}

impl Compact {
    /// The organisations that pass the filters and match a word or more of the query, best first.
    pub fn find(&self, query: &Query, filters: &Filters) -> Vec<Hit> {
        self.index.organizations(query, |i| filters.admits(&self.organizations[i].facets))
    }

    /// When nothing matches: the organisations closest to what was typed that pass the filters.
    pub fn closest(&self, text: &str, filters: &Filters, how_many: usize) -> Vec<Hit> {
        self.index.closest(text, |i| filters.admits(&self.organizations[i].facets), how_many)
    }

    /// Whether the index lists a record.
    pub fn lists(&self, kind: Kind, id: &str) -> bool {
        let records = match kind {
            Kind::Organization => &self.organizations,
            Kind::Legal => &self.legal,
            Kind::Situation => &self.situations,
        };
        records.iter().any(|r| r.id == id)
    }

    /// Reads an index, refusing a damaged one, one of another format or schema, and one too big.
    pub fn read(text: &str, schema: u32) -> Result<Compact, DatasetError> {
        if text.len() > crate::load::MAX_BYTES {
            return Err(DatasetError::TooLarge(text.len()));
        }
        let (head, body) = checked(text)?;
        let malformed = |what: &str| DatasetError::Malformed(format!("index: {what}"));
        if head[1] != FORMAT.to_string() {
            return Err(malformed("another format"));
        }
        let file_schema: u32 = head[2].parse().map_err(|_| malformed("schema"))?;
        if file_schema != schema {
            return Err(DatasetError::Version(file_schema));
        }
        let mut compact =
            Compact { lang: unescape(head[3]), digest: unescape(head[4]), last_updated: unescape(head[5]), ..Compact::default() };
        let (mut orgs, mut legal, mut guides) = (Vec::new(), Vec::new(), Vec::new());
        let mut lexicon = Lexicon::default();
        for line in body.lines() {
            let f: Vec<String> = line.split('\t').map(unescape).collect();
            let field = |i: usize| f.get(i).cloned().ok_or_else(|| malformed(line.get(..1).unwrap_or_default()));
            match f[0].as_str() {
                "o" => {
                    let facets = [list(&field(3)?), list(&field(4)?), list(&field(5)?), list(&field(6)?)];
                    compact.organizations.push(Record { id: field(1)?, name: field(2)?, facets });
                    orgs.push(Haystack::from_parts(field(8)?, field(9)?, senses(&field(7)?)));
                }
                kind @ ("l" | "s") => {
                    let record = Record { id: field(1)?, name: field(2)?, ..Record::default() };
                    let haystack = Haystack::from_parts(field(4)?, field(5)?, senses(&field(3)?));
                    if kind == "l" {
                        compact.legal.push(record);
                        legal.push(haystack);
                    } else {
                        compact.situations.push(record);
                        guides.push(haystack);
                    }
                }
                "f" => compact.facts.extend(fact(&f)),
                "m" => compact.meanings.push(field(1)?),
                "w" => {
                    lexicon.words.insert(field(1)?, senses(&field(2)?));
                }
                "p" => {
                    let words = field(1)?.split(' ').map(str::to_string).collect();
                    lexicon.phrases.push((words, senses(&field(2)?).first().copied().unwrap_or_default()));
                }
                "x" => lexicon.stopwords.push(field(1)?),
                "k" => compact.skipped.push(field(1)?),
                _ => return Err(malformed("an unknown line")),
            }
        }
        compact.index = SearchIndex::from_parts(orgs, legal, guides, lexicon);
        Ok(compact)
    }

    /// Writes the index of a dataset file (`file`, its text) in one language. `data` is the file
    /// as read, with the language's texts; `None` for a file of an older schema, of which only
    /// the facts are written (a copy an older version of the app would have kept).
    pub fn write(file: &str, data: Option<&Dataset>, skipped: &[Skipped], lang: &str) -> String {
        let schema = data.map_or_else(|| schema_of(file), |d| d.schema_version);
        let last_updated = data.map_or_else(String::new, |d| d.last_updated.clone());
        let mut body = String::new();
        let mut line = |fields: &[&str]| {
            let escaped: Vec<String> = fields.iter().map(|f| escape(f)).collect();
            body.push_str(&escaped.join("\t"));
            body.push('\n');
        };
        if let Some(data) = data {
            let index = SearchIndex::new(data);
            let senses = |s: &[u16]| s.iter().map(u16::to_string).collect::<Vec<_>>().join(",");
            for (org, h) in data.organizations.iter().zip(&index.organizations) {
                let (name, rest, answers) = h.parts();
                let facets = Facet::ALL.map(|f| f.values(org).join(","));
                let [c, p, s, l] = facets.each_ref().map(String::as_str);
                line(&["o", &org.id, org.name.text(lang), c, p, s, l, &senses(answers), name, rest]);
            }
            for (card, h) in data.legal_info.iter().zip(&index.legal) {
                let (name, rest, answers) = h.parts();
                line(&["l", &card.id, card.title.text(lang), &senses(answers), name, rest]);
            }
            for (guide, h) in data.situations.iter().zip(&index.situations) {
                let (name, rest, answers) = h.parts();
                line(&["s", &guide.id, guide.title.text(lang), &senses(answers), name, rest]);
            }
            for sense in &data.vocabulary {
                line(&["m", sense.meaning(data, lang)]);
            }
            let lexicon = index.lexicon();
            // In a fixed order, so the same dataset always writes the same file.
            let mut words: Vec<_> = lexicon.words.iter().collect();
            words.sort();
            for (word, means) in words {
                line(&["w", word, &senses(means)]);
            }
            for (words, sense) in &lexicon.phrases {
                line(&["p", &words.join(" "), &sense.to_string()]);
            }
            for word in &lexicon.stopwords {
                line(&["x", word]);
            }
        }
        for facts in crate::changes::facts(file) {
            let kind = if facts.kind == Kind::Legal { "legal" } else { "organization" };
            line(&[&["f", kind, &facts.id][..], &facts.prints.iter().map(String::as_str).collect::<Vec<_>>()].concat());
        }
        for record in skipped {
            line(&["k", &record.to_string()]);
        }
        let head = [MAGIC, &FORMAT.to_string(), &schema.to_string(), lang, &digest(file), &last_updated, &digest(&body)];
        format!("{}\n{body}", head.map(escape).join("\t"))
    }
}

/// The facts of an index's records, from a copy of any format or schema; none from a damaged one.
pub fn facts(text: &str) -> Vec<Facts> {
    let Ok((_, body)) = checked(text) else { return Vec::new() };
    body.lines().filter(|l| l.starts_with("f\t")).filter_map(|l| fact(&l.split('\t').map(unescape).collect::<Vec<_>>())).collect()
}

/// The header's fields and the body, once the body's fingerprint matches the header's.
fn checked(text: &str) -> Result<(Vec<&str>, &str), DatasetError> {
    let malformed = |what: &str| DatasetError::Malformed(format!("index: {what}"));
    let (first, body) = text.split_once('\n').ok_or_else(|| malformed("no header"))?;
    let head: Vec<&str> = first.split('\t').collect();
    if head.len() != 7 || head[0] != MAGIC {
        return Err(malformed("not an index"));
    }
    if digest(body) != head[6] {
        return Err(malformed("damaged (its fingerprint does not match)"));
    }
    Ok((head, body))
}

fn fact(fields: &[String]) -> Option<Facts> {
    let kind = match fields.get(1)?.as_str() {
        "organization" => Kind::Organization,
        "legal" => Kind::Legal,
        _ => return None,
    };
    Some(Facts { kind, id: fields.get(2)?.clone(), prints: fields[3..].to_vec() })
}

/// The schema a dataset file says it is written for (0 when it does not say).
fn schema_of(file: &str) -> u32 {
    #[derive(serde::Deserialize)]
    struct Outline {
        schema_version: u32,
    }
    serde_json::from_str::<Outline>(file).map_or(0, |o| o.schema_version)
}

fn list(field: &str) -> Vec<String> {
    field.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect()
}

fn senses(field: &str) -> Vec<u16> {
    field.split(',').filter_map(|s| s.parse().ok()).collect()
}

/// A field as a line holds it: no tab, line break or backslash of its own.
fn escape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    for c in field.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SCHEMA_VERSION;

    const NOW: &str = include_str!("../data/directory.json");
    const BEFORE: &str = include_str!("../tests/fixtures/directory-2023-05.json");

    fn shipped() -> Dataset {
        crate::load::load(NOW).unwrap().data
    }

    #[test]
    fn reads_back_exactly_what_the_islands_need() {
        let data = shipped();
        let text = Compact::write(NOW, Some(&data), &[], "en");
        let read = Compact::read(&text, SCHEMA_VERSION).unwrap();
        assert_eq!(read.index, SearchIndex::new(&data));
        assert_eq!(
            (read.lang.as_str(), read.digest.clone(), read.last_updated.as_str()),
            ("en", digest(NOW), data.last_updated.as_str())
        );
        let ids = |records: &[Record]| records.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&read.organizations), data.organizations.iter().map(|o| o.id.clone()).collect::<Vec<_>>());
        assert_eq!(ids(&read.legal), data.legal_info.iter().map(|l| l.id.clone()).collect::<Vec<_>>());
        assert_eq!(ids(&read.situations), data.situations.iter().map(|s| s.id.clone()).collect::<Vec<_>>());
        for (record, org) in read.organizations.iter().zip(&data.organizations) {
            assert_eq!(record.name, org.name.text("en"));
            assert_eq!(record.facets, Facet::ALL.map(|f| f.values(org).into_iter().map(str::to_string).collect::<Vec<_>>()));
        }
        assert_eq!(read.meanings, data.vocabulary.iter().map(|s| s.meaning(&data, "en").to_string()).collect::<Vec<_>>());
        assert_eq!(read.facts, crate::changes::facts(NOW));
        assert!(read.skipped.is_empty());
        // The same dataset always writes the same file.
        assert_eq!(Compact::write(NOW, Some(&data), &[], "en"), text);
    }

    #[test]
    fn finds_what_the_dataset_finds() {
        let data = shipped();
        let read = Compact::read(&Compact::write(NOW, Some(&data), &[], "en"), SCHEMA_VERSION).unwrap();
        let index = SearchIndex::new(&data);
        let tokyo = Filters::default().with(Facet::Prefecture, "tokyo");
        for (query, filters) in
            [("lawyer", Filters::default()), ("visa", Filters::default()), ("", tokyo.clone()), ("難民", tokyo)]
        {
            let from_data: Vec<usize> =
                crate::filter::find(&data, &index, &index.query(query), &filters).iter().map(|h| h.index).collect();
            let from_index: Vec<usize> = read.find(&read.index.query(query), &filters).iter().map(|h| h.index).collect();
            assert_eq!(from_index, from_data, "{query:?}");
            assert!(!from_index.is_empty(), "{query:?}");
        }
    }

    #[test]
    fn refuses_a_damaged_copy_whole() {
        let text = Compact::write(NOW, Some(&shipped()), &[], "en");
        let malformed = |t: &str| matches!(Compact::read(t, SCHEMA_VERSION), Err(DatasetError::Malformed(_)));
        assert!(malformed(&text[..text.len() / 2]), "cut short");
        assert!(malformed(&text.replacen("jar", "jaz", 1)), "a changed letter");
        assert!(malformed(""));
        assert!(malformed(NOW), "the dataset itself is not an index");
        assert!(malformed(&text.replacen(&format!("{MAGIC}\t{FORMAT}"), &format!("{MAGIC}\t9"), 1)), "another format");
        assert_eq!(Compact::read(&text, SCHEMA_VERSION + 1).unwrap_err(), DatasetError::Version(SCHEMA_VERSION));
        assert_eq!(facts(&text[..text.len() - 3]), []);
    }

    #[test]
    fn a_copy_of_an_older_schema_still_compares() {
        let old = Compact::write(BEFORE, None, &[], "en");
        assert!(matches!(Compact::read(&old, SCHEMA_VERSION), Err(DatasetError::Version(2))));
        assert!(!old.starts_with(&header_start(SCHEMA_VERSION)), "the worker would not serve it");
        assert_eq!(facts(&old), crate::changes::facts(BEFORE));
        assert!(!facts(&old).is_empty());
    }

    #[test]
    fn keeps_any_text_in_a_field() {
        let mut data = shipped();
        let hostile = "a\tb\nc\\t\r\\";
        data.organizations[0].name.set("en", hostile.to_string());
        let skipped = [Skipped { section: "organizations", id: Some("x\ty".into()), reason: "no\nway".into() }];
        let read = Compact::read(&Compact::write(NOW, Some(&data), &skipped, "en"), SCHEMA_VERSION).unwrap();
        assert_eq!(read.organizations[0].name, hostile);
        assert_eq!(read.skipped, [skipped[0].to_string()]);
    }
}

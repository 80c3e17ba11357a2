//! The dataset's shape (`data/directory.json`), named after Open Referral HSDS 3.0 where it fits:
//! organization, service (as taxonomy terms), address, phone, schedule, contact, language.

use serde::{Deserialize, Serialize};

use crate::text::Text;

/// The schema this build reads; a dataset with another version is refused with a clear message.
/// 3: superseded facts, legal statements with their citations, what kind of page a source is.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    /// When the source last changed, `YYYY-MM` or `YYYY-MM-DD`.
    pub last_updated: String,
    pub sources: Vec<Source>,
    pub taxonomy: Taxonomy,
    pub organizations: Vec<Organization>,
    pub legal_info: Vec<LegalInfo>,
    /// What to do now, for each situation a person may be in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub situations: Vec<Situation>,
    pub pointers: Vec<Pointer>,
    /// Everyday words for what the directory offers, for the search.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vocabulary: Vec<Sense>,
    /// Words too common to count in a search ("I", "need", "for"), space-separated, per language.
    #[serde(default)]
    pub stopwords: Text,
    /// Who keeps this dataset, where corrections go; the shipped dataset names nobody.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintainer: Option<Maintainer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Maintainer {
    pub name: String,
    pub email: String,
}

/// Where records come from: the directory every record is listed in, and the public pages
/// that an addition rests on or that conflict with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: Text,
    pub publisher: String,
    /// When it was published or last updated, `YYYY-MM` or `YYYY-MM-DD`; none when undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<String>,
    /// When this app's maintainers read it, `YYYY-MM-DD`: the date an undated page is known by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_on: Option<String>,
    /// Who speaks in it: a government or UN body, an organisation about itself, or a third party.
    #[serde(default)]
    pub kind: SourceKind,
    /// For an organisation's own page: which record's organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    /// The transcribed source text, shipped beside the dataset in `data/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Who speaks in a source, which says how far a fact can rest on it alone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A government body, a court, the UN, Houterasu: the law and its services as they state them.
    Official,
    /// An organisation's own page (`of` names the record when it is one of ours), or a
    /// non-governmental organisation speaking about its own field.
    Organization,
    /// Anyone else: a directory, the press, a law office's blog, a copy of a page.
    #[default]
    ThirdParty,
}

/// Everyday words ("visa", "弁護士", "وکیل") and what they mean in the directory: services,
/// categories and legal cards. The search matches a record through them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sense {
    pub id: String,
    /// Comma-separated words and phrases, per language.
    pub words: Text,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub legal_info: Vec<String>,
    /// Guides for a situation ("refused" → what to do when refused).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub situations: Vec<String>,
}

impl Sense {
    /// What it means, as a reader is told ("“visa” → Legal advice"): its first service, else
    /// its first category, else its first legal card, else its first guide.
    pub fn meaning<'a>(&'a self, data: &'a Dataset, lang: &'a str) -> &'a str {
        let t = &data.taxonomy;
        match (self.services.first(), self.categories.first(), self.legal_info.first(), self.situations.first()) {
            (Some(id), ..) => Taxonomy::name(&t.services, id, lang),
            (None, Some(id), ..) => Taxonomy::name(&t.categories, id, lang),
            (None, None, Some(id), _) => data.legal(id).map_or(id.as_str(), |l| l.title.text(lang)),
            (None, None, None, Some(id)) => data.situation(id).map_or(id.as_str(), |s| s.title.text(lang)),
            (None, None, None, None) => &self.id,
        }
    }
}

/// Controlled vocabularies the filters offer, each term with a translatable name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    pub categories: Vec<Term>,
    pub services: Vec<Term>,
    pub prefectures: Vec<Term>,
    pub languages: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub id: String,
    /// The organisation this one is a programme of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    pub name: Text,
    /// The short name, e.g. "JAR".
    pub alternate_name: String,
    pub categories: Vec<String>,
    pub services: Vec<String>,
    /// Languages the organisation is stated to work in (taxonomy ids); empty when not stated.
    #[serde(default)]
    pub languages: Vec<String>,
    pub summary: Text,
    #[serde(default)]
    pub description: Text,
    /// Street addresses.
    #[serde(default)]
    pub addresses: Vec<Address>,
    /// Places known without a street address (e.g. "IOM Tokyo").
    #[serde(default)]
    pub locations: Vec<Place>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    #[serde(default)]
    pub emails: Vec<Email>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub schedules: Vec<Schedule>,
    /// Websites (https only).
    #[serde(default)]
    pub links: Vec<Link>,
    /// What the source lacks or garbles about this record, said plainly.
    #[serde(default)]
    pub caveats: Vec<Text>,
    /// The directory that lists the record (one of the dataset's sources).
    pub source: String,
    /// Each field that rests on something other than `source` as it stands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provenance: Vec<Provenance>,
    /// Real checks of the record since it was listed, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub postal_code: String,
    /// Prefecture, as a taxonomy id.
    pub state_province: String,
    pub city: Text,
    /// Block and street.
    pub address_1: Text,
    /// Building and floor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_2: Option<Text>,
    /// The source gives this as the mailing address too.
    #[serde(default)]
    pub mailing: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub city: Text,
    pub state_province: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneKind {
    Voice,
    TollFree,
    Fax,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// As dialled in Japan, e.g. "03-5379-6001".
    pub number: String,
    /// E.164, e.g. "+81353796001".
    pub e164: String,
    #[serde(rename = "type")]
    pub kind: PhoneKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Email {
    pub address: String,
    /// Why this address cannot be trusted as it stands; such an address is never offered as a link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unverified: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Weekly opening hours in Japan time, as in HSDS: `byday` is iCalendar day codes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    pub byday: Vec<String>,
    pub opens_at: String,
    pub closes_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub url: String,
    pub label: Text,
}

/// Where a record comes from, and how much of it is ours: a view of the fields every kind of
/// record has.
#[derive(Clone, Copy, Debug)]
pub struct Origin<'a> {
    pub source: &'a str,
    pub provenance: &'a [Provenance],
    pub checks: &'a [Check],
}

/// What one field rests on, after HSDS 3.0's `metadata` (kept small): `field` is a path into
/// the record ("name", "addresses.0", "summary"), `lang` narrows it to one language's form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub basis: Basis,
    /// For `added`: what we wrote it from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rests_on: Option<RestsOn>,
    /// For an inference: the dataset path it is inferred from, e.g. `organizations.jlnr.emails.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// For a public source or a conflict: the id of one of the dataset's sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cites: Option<String>,
    /// For a conflict: what the other source gives instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub says: Option<Text>,
    /// For a superseded fact: the source's value, as it gave it (the record holds the
    /// replacement, which `cites` its own source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub was: Option<Text>,
    /// For a superseded fact: the id of the source that shows the source's value is out of date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// As the source states it.
    Source,
    /// The source's garbled text, repaired by meaning.
    Repaired,
    /// Written by us; `rests_on` says from what.
    Added,
    /// Another public source (`cites`) gives something else (`says`).
    Conflict,
    /// The source's value (`was`) is out of date (`evidence`); the record holds its
    /// replacement, from `cites`.
    Superseded,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RestsOn {
    /// Our Japanese form of the source's English.
    Transliteration,
    /// Inferred from another part of the source (`from`).
    Inference,
    /// Our heading for a paragraph the source gives without one.
    Split,
    /// A named public source (`cites`).
    PublicSource,
}

/// A real check of a record: when, by whom, and how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// When the record was found right: the call, the visit, or the date of the page read.
    pub date: String,
    pub by: String,
    pub method: CheckMethod,
    /// For a website check: the id of the page read, one of the dataset's sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cites: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckMethod {
    Phone,
    Website,
    Email,
    Visit,
}

impl<'a> Origin<'a> {
    /// The marks (added, repaired or updated) on a field as shown in `lang`.
    pub fn marks(self, field: &'a str, lang: &'a str) -> impl Iterator<Item = &'a Provenance> {
        self.provenance.iter().filter(move |p| {
            p.field == field
                && p.lang.as_deref().is_none_or(|l| l == lang)
                && matches!(p.basis, Basis::Added | Basis::Repaired | Basis::Superseded)
        })
    }

    /// The source's out-of-date values of a field, each with what shows it and its replacement.
    pub fn superseded(self, field: &'a str) -> impl Iterator<Item = &'a Provenance> {
        self.provenance.iter().filter(move |p| p.field == field && p.basis == Basis::Superseded)
    }

    /// What other sources give for a field.
    pub fn conflicts(self, field: &'a str) -> impl Iterator<Item = &'a Provenance> {
        self.provenance.iter().filter(move |p| p.field == field && p.basis == Basis::Conflict)
    }

    /// The latest real check, if any (dates are ISO, so they sort as text).
    pub fn last_check(self) -> Option<&'a Check> {
        self.checks.iter().max_by(|a, b| a.date.cmp(&b.date))
    }
}

/// A card of plain-language legal information.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalInfo {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    /// The source's text (empty for a card that is ours alone).
    #[serde(default)]
    pub body: Text,
    /// The law as it stands, in our words, each statement citing the pages it rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
    /// The date the statements describe the law as of, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Other legal cards to read next.
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub related_organizations: Vec<String>,
    /// The directory that lists the record (one of the dataset's sources).
    pub source: String,
    /// Each field that rests on something other than `source` as it stands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provenance: Vec<Provenance>,
    /// Real checks of the record since it was listed, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
}

/// One statement of the law as it stands, written by this app.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: Text,
    /// The ids of the sources it rests on (each with an address and a date).
    pub cites: Vec<String>,
    /// The Japanese legal terms it names, which every language's text carries as they are, so a
    /// person can say them at a counter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
}

/// A guide for a situation a person is in ("My application was refused"): what to do, by when,
/// the Japanese words to say, and whom to call. Written by this app; every step cites.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: String,
    /// In the reader's words: "My application was refused".
    pub title: Text,
    /// One line for the list of situations.
    pub summary: Text,
    pub steps: Vec<Step>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deadlines: Vec<Deadline>,
    /// Japanese words to show or say at a counter, each with what it means.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<Phrase>,
    /// Whom to contact, by organisation id: their call buttons come from the directory.
    #[serde(default)]
    pub organizations: Vec<String>,
    /// The date the guide describes things as of, `YYYY-MM-DD`.
    pub as_of: String,
}

/// One thing to do, citing the pages (source ids) or the legal cards (ids) it rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_info: Vec<String>,
    /// The Japanese terms it names, carried as they are in every language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
}

/// A time limit: how many days, counted from what, and how the days are counted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub days: u16,
    /// What the days are counted from: "the day you are told of the refusal".
    pub from: Text,
    /// The pages that give the limit.
    pub cites: Vec<String>,
    /// How the days are counted, where a cited page says; without it the page shows the rule in
    /// words and computes no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counting: Option<Counting>,
}

/// How a period's days are counted, and the pages that say so.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counting {
    pub rule: CountingRule,
    pub cites: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountingRule {
    /// The day of the event is not counted; a period that ends on a day the government offices
    /// are closed (a weekend, a public holiday, 29 December to 3 January) ends on the next day
    /// they are open.
    NextDayToNextOpenDay,
}

/// A Japanese word or phrase to show or say, with what it means in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub ja: String,
    pub meaning: Text,
}

/// A pointer the source makes to further material.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pointer {
    pub id: String,
    pub title: Text,
    pub description: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default)]
    pub caveats: Vec<Text>,
    /// The directory that lists the record (one of the dataset's sources).
    pub source: String,
    /// Each field that rests on something other than `source` as it stands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provenance: Vec<Provenance>,
    /// Real checks of the record since it was listed, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
}

impl Dataset {
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn legal(&self, id: &str) -> Option<&LegalInfo> {
        self.legal_info.iter().find(|l| l.id == id)
    }

    pub fn situation(&self, id: &str) -> Option<&Situation> {
        self.situations.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The numbers to call for help when a search finds nothing: every toll-free line, and the
    /// voice lines of the organisations that give information, that a phone can dial.
    pub fn help_lines(&self) -> Vec<(&Organization, &Phone)> {
        self.organizations
            .iter()
            .flat_map(|o| {
                let informs = o.services.iter().any(|s| s == "information");
                o.phones
                    .iter()
                    .filter(move |p| p.kind == PhoneKind::TollFree || (informs && p.kind == PhoneKind::Voice))
                    .map(move |p| (o, p))
            })
            .filter(|(_, p)| crate::phone::tel_href(p).is_some())
            .collect()
    }
}

impl Taxonomy {
    /// The display name of a term, falling back to its id.
    pub fn name<'a>(terms: &'a [Term], id: &'a str, lang: &'a str) -> &'a str {
        terms.iter().find(|t| t.id == id).map_or(id, |t| t.name.text(lang))
    }
}

/// Each kind of record shares the same three provenance fields.
macro_rules! origin {
    ($($record:ty),*) => {$(
        impl $record {
            pub fn origin(&self) -> Origin<'_> {
                Origin { source: &self.source, provenance: &self.provenance, checks: &self.checks }
            }
        }
    )*};
}
origin!(Organization, LegalInfo, Pointer);

impl Organization {
    /// A field's value as a person reads it in `lang` ("addresses.0" → its lines, "phones.1" →
    /// the number), for telling a replacement from the value it replaced; `None` for a field the
    /// record does not have.
    pub fn shown(&self, field: &str, taxonomy: &Taxonomy, lang: &str) -> Option<String> {
        let (list, index) = match field.split_once('.') {
            Some((list, i)) => (list, Some(i.parse::<usize>().ok()?)),
            None => (field, None),
        };
        let text = |t: &Text| t.text(lang).to_string();
        Some(match (list, index) {
            ("name", None) => text(&self.name),
            ("summary", None) => text(&self.summary),
            ("description", None) => text(&self.description),
            ("addresses", Some(i)) => crate::address::lines(self.addresses.get(i)?, taxonomy, lang).join(" "),
            ("locations", Some(i)) => text(&self.locations.get(i)?.city),
            ("phones", Some(i)) => self.phones.get(i)?.number.clone(),
            ("emails", Some(i)) => self.emails.get(i)?.address.clone(),
            ("contacts", Some(i)) => {
                let c = self.contacts.get(i)?;
                format!("{} {}", c.name, c.email.as_deref().unwrap_or_default())
            }
            ("schedules", Some(i)) => {
                let s = self.schedules.get(i)?;
                format!("{} {}-{}", s.byday.join(","), s.opens_at, s.closes_at)
            }
            ("links", Some(i)) => self.links.get(i)?.url.clone(),
            _ => return None,
        })
    }

    /// The first phone that can be called (not a fax).
    pub fn primary_phone(&self) -> Option<&Phone> {
        self.phones.iter().find(|p| p.kind != PhoneKind::Fax)
    }

    /// The first email that can be trusted: the organisation's own, else a contact's.
    pub fn primary_email(&self) -> Option<&str> {
        self.emails
            .iter()
            .filter(|e| e.unverified.is_none())
            .map(|e| e.address.as_str())
            .chain(self.contacts.iter().filter_map(|c| c.email.as_deref()))
            .next()
    }

    /// Prefectures the organisation is in, from its addresses and places.
    pub fn prefectures(&self) -> impl Iterator<Item = &str> {
        self.addresses.iter().map(|a| a.state_province.as_str()).chain(self.locations.iter().map(|p| p.state_province.as_str()))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_help_lines_are_the_toll_free_ones_and_those_of_who_informs() {
        let data = crate::load::load(include_str!("../data/directory.json")).unwrap().data;
        let lines: Vec<(&str, &str)> = data.help_lines().iter().map(|(o, p)| (o.id.as_str(), p.number.as_str())).collect();
        assert!(lines.contains(&("jar", "0120-477-472")), "{lines:?}");
        assert!(lines.contains(&("jar", "03-5379-6001")), "JAR gives information: {lines:?}");
        assert!(lines.contains(&("houterasu", "0570-078-377")), "{lines:?}");
        // FRJ gives no information service of its own; no fax ever is a help line.
        assert!(!lines.iter().any(|(id, _)| *id == "frj"), "{lines:?}");
        assert!(data.help_lines().iter().all(|(_, p)| p.kind != super::PhoneKind::Fax));
    }
}

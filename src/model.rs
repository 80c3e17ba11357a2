//! The dataset's shape (`data/directory.json`), named after Open Referral HSDS 3.0 where it fits:
//! organization, service (as taxonomy terms), address, phone, schedule, contact, language.

use serde::{Deserialize, Serialize};

use crate::text::Text;

/// The schema this build reads; a dataset with another version is refused with a clear message.
pub const SCHEMA_VERSION: u32 = 1;

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
    pub pointers: Vec<Pointer>,
}

/// Where records come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: Text,
    pub publisher: String,
    pub last_updated: String,
    /// The transcribed source text, shipped beside the dataset in `data/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
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
    pub source: String,
    pub last_verified: String,
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

/// A card of plain-language legal information.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalInfo {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub body: Text,
    /// Other legal cards to read next.
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub related_organizations: Vec<String>,
    pub source: String,
    pub last_verified: String,
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
    pub source: String,
    pub last_verified: String,
}

impl Dataset {
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn legal(&self, id: &str) -> Option<&LegalInfo> {
        self.legal_info.iter().find(|l| l.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

impl Taxonomy {
    /// The display name of a term, falling back to its id.
    pub fn name<'a>(terms: &'a [Term], id: &'a str, lang: &'a str) -> &'a str {
        terms.iter().find(|t| t.id == id).map_or(id, |t| t.name.text(lang))
    }
}

impl Organization {
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

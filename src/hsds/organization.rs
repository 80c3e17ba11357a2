//! One organisation of ours as an HSDS `organization`, dereferenced: its services, phones,
//! contacts, locations with their addresses, schedules, languages, taxonomy terms and provenance
//! embedded, each child carrying its parent's id as the tabular form needs it.
//!
//! A field we do not hold is left out, never guessed; what HSDS cannot say is in
//! [`super::CANNOT_CARRY`].

use serde_json::{Map, Value};

use super::ids::id;
use crate::date::PartialDate;
use crate::model::{Address, Basis, Contact, Dataset, Organization, Phone, PhoneKind, Place, Schedule, Taxonomy, Term};

/// Who makes the changes the metadata rows record: a superseded fact is brought up to date by
/// the dataset's maintainers, by definition (see [`Basis::Superseded`]).
pub const UPDATED_BY: &str = "Michishirube";

/// Our hours are in Japan time, UTC+9 all year (Japan keeps no daylight saving time).
const UTC_OFFSET: &str = "+09:00";
const TIMEZONE: i64 = 9;

/// What the app says on a public holiday, as a schedule's description (HSDS has no holidays).
pub const HOLIDAYS: &str = "Opening hours in Japan time (UTC+09:00). The source does not say whether it opens on \
Japanese public holidays (祝日, and substitute holidays, 振替休日): it may be closed on them, so call before you go.";

/// An object of the fields that have a value.
fn object<const N: usize>(fields: [(&str, Option<Value>); N]) -> Value {
    Value::Object(fields.into_iter().filter_map(|(key, value)| Some((key.to_string(), value?))).collect::<Map<_, _>>())
}

/// A text, unless it is blank.
fn text(s: &str) -> Option<Value> {
    (!s.trim().is_empty()).then(|| Value::from(s))
}

/// A list, unless it is empty.
fn list(items: Vec<Value>) -> Option<Value> {
    (!items.is_empty()).then_some(Value::Array(items))
}

fn value(s: impl Into<String>) -> Option<Value> {
    Some(Value::String(s.into()))
}

/// The ids one organisation's objects take, from its slug.
struct Ids<'a> {
    slug: &'a str,
    organization: String,
}

impl Ids<'_> {
    fn of(&self, kind: &str, rest: impl std::fmt::Display) -> String {
        id(&format!("{kind}/{}/{rest}", self.slug))
    }
}

/// The HSDS `organization` for `org`, its texts in `lang` (falling back as the site does).
pub fn organization(data: &Dataset, org: &Organization, lang: &str) -> Value {
    let ids = Ids { slug: &org.id, organization: organization_id(&org.id) };
    let t = &data.taxonomy;
    let org_id = || value(&ids.organization);
    let websites = org.links.iter().enumerate().skip(1).map(|(i, link)| {
        object([
            ("id", value(ids.of("url", i))),
            ("organization_id", org_id()),
            ("label", text(link.label.text(lang))),
            ("url", value(&link.url)),
        ])
    });
    let categories = org.categories.iter().filter_map(|c| {
        let term = t.categories.iter().find(|term| &term.id == c)?;
        Some(attribute(&ids, &ids.organization, "organization", Kind::Category, term, lang))
    });
    object([
        ("id", org_id()),
        ("name", value(org.name.text(lang))),
        ("alternate_name", text(&org.alternate_name)),
        ("description", value(description(org, lang))),
        // An address we could not verify is never offered, here as on the site.
        ("email", org.emails.iter().find(|e| e.unverified.is_none()).and_then(|e| value(&e.address))),
        ("website", org.links.first().and_then(|l| value(&l.url))),
        ("additional_websites", list(websites.collect())),
        ("parent_organization_id", org.parent_id.as_deref().and_then(|p| value(organization_id(p)))),
        ("contacts", list(org.contacts.iter().enumerate().map(|(i, c)| contact(&ids, i, c, lang)).collect())),
        ("phones", list(org.phones.iter().enumerate().map(|(i, p)| phone(&ids, i, p, lang)).collect())),
        ("locations", list(locations(&ids, org, t, lang))),
        ("attributes", list(categories.collect())),
        ("metadata", list(metadata(data, &ids, org, lang))),
        ("services", list(services(data, &ids, org, lang))),
    ])
}

pub fn organization_id(slug: &str) -> String {
    id(&format!("organization/{slug}"))
}

/// HSDS has one description: our summary, then the longer text when there is one.
fn description(org: &Organization, lang: &str) -> String {
    let summary = org.summary.text(lang);
    match org.description.text(lang) {
        more if more.trim().is_empty() => summary.to_string(),
        more => format!("{summary}\n\n{more}"),
    }
}

fn contact(ids: &Ids, i: usize, c: &Contact, lang: &str) -> Value {
    object([
        ("id", value(ids.of("contact", i))),
        ("organization_id", value(&ids.organization)),
        ("name", text(&c.name)),
        ("title", c.title.as_ref().and_then(|t| text(t.text(lang)))),
        ("email", c.email.as_deref().and_then(text)),
    ])
}

fn phone(ids: &Ids, i: usize, p: &Phone, lang: &str) -> Value {
    // HSDS takes RFC 6350's types, which have no toll-free: it is a voice line.
    let kind = match p.kind {
        PhoneKind::Voice | PhoneKind::TollFree => "voice",
        PhoneKind::Fax => "fax",
    };
    object([
        ("id", value(ids.of("phone", i))),
        ("organization_id", value(&ids.organization)),
        ("number", value(&p.e164)),
        ("type", value(kind)),
        ("description", p.description.as_ref().and_then(|d| text(d.text(lang)))),
    ])
}

/// A street address is a physical location with its address (and the same address as a postal
/// one when the source gives it for mail too); a place known without one is a location named
/// after its city.
fn locations(ids: &Ids, org: &Organization, t: &Taxonomy, lang: &str) -> Vec<Value> {
    let streets = org.addresses.iter().enumerate().map(|(i, a)| {
        let location = ids.of("location", format_args!("address/{i}"));
        let mut addresses = vec![address(ids, &location, &format!("{i}"), "physical", a, t, lang)];
        if a.mailing {
            addresses.push(address(ids, &location, &format!("{i}/postal"), "postal", a, t, lang));
        }
        object([
            ("id", value(&location)),
            ("location_type", value("physical")),
            ("organization_id", value(&ids.organization)),
            ("addresses", list(addresses)),
        ])
    });
    let places = org.locations.iter().enumerate().map(|(i, p)| {
        object([
            ("id", value(ids.of("location", format_args!("place/{i}")))),
            ("location_type", value("physical")),
            ("organization_id", value(&ids.organization)),
            ("name", value(place_name(p, t, lang))),
        ])
    });
    streets.chain(places).collect()
}

/// "Tokyo", "Shinjuku-ku, Tokyo": the place as the site names it.
fn place_name(p: &Place, t: &Taxonomy, lang: &str) -> String {
    crate::address::place(p.city.text(lang), Taxonomy::name(&t.prefectures, &p.state_province, lang), lang)
}

fn address(ids: &Ids, location: &str, name: &str, kind: &str, a: &Address, t: &Taxonomy, lang: &str) -> Value {
    object([
        ("id", value(ids.of("address", name))),
        ("location_id", value(location)),
        ("address_1", value(a.address_1.text(lang))),
        ("address_2", a.address_2.as_ref().and_then(|b| text(b.text(lang)))),
        ("city", value(a.city.text(lang))),
        ("state_province", value(Taxonomy::name(&t.prefectures, &a.state_province, lang))),
        ("postal_code", value(&a.postal_code)),
        ("country", value("JP")),
        ("address_type", value(kind)),
    ])
}

/// Each service term of the organisation is a service. The organisation's hours and languages
/// are stated for it as a whole; HSDS holds them on services, so each service carries them.
fn services(data: &Dataset, ids: &Ids, org: &Organization, lang: &str) -> Vec<Value> {
    let t = &data.taxonomy;
    // A check dated to the month only cannot be an HSDS date (a day), so it is left out.
    let assured = org
        .origin()
        .last_check()
        .filter(|c| PartialDate::parse(&c.date).is_some_and(|d| d.day.is_some()))
        .and_then(|c| value(&c.date));
    org.services
        .iter()
        .filter_map(|s| t.services.iter().find(|term| &term.id == s))
        .map(|term| {
            let service = ids.of("service", &term.id);
            let schedules = org.schedules.iter().enumerate().map(|(i, s)| schedule(ids, &service, &term.id, i, s));
            let languages = org.languages.iter().map(|code| language(ids, &service, &term.id, code, t, lang));
            object([
                ("id", value(&service)),
                ("organization_id", value(&ids.organization)),
                ("name", value(term.name.text(lang))),
                // Required by HSDS; the directory lists only organisations it takes to be at work.
                ("status", value("active")),
                ("assured_date", assured.clone()),
                ("schedules", list(schedules.collect())),
                ("languages", list(languages.collect())),
                ("attributes", list(vec![attribute(ids, &service, "service", Kind::Service, term, lang)])),
            ])
        })
        .collect()
}

fn schedule(ids: &Ids, service: &str, term: &str, i: usize, s: &Schedule) -> Value {
    // HH:MM:SS with the offset: HSDS asks for the zone, its tabular form for a `time`.
    let time = |t: &str| value(format!("{t}:00{UTC_OFFSET}"));
    object([
        ("id", value(ids.of("schedule", format_args!("{term}/{i}")))),
        ("service_id", value(service)),
        ("timezone", Some(TIMEZONE.into())),
        ("freq", value("WEEKLY")),
        ("byday", value(s.byday.join(","))),
        ("opens_at", time(&s.opens_at)),
        ("closes_at", time(&s.closes_at)),
        ("description", value(HOLIDAYS)),
    ])
}

fn language(ids: &Ids, service: &str, term: &str, code: &str, t: &Taxonomy, lang: &str) -> Value {
    // Our language ids are ISO 639-1 codes; anything else is not given as a code.
    let iso = code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase());
    object([
        ("id", value(ids.of("language", format_args!("{term}/{code}")))),
        ("service_id", value(service)),
        ("name", value(Taxonomy::name(&t.languages, code, lang))),
        ("code", iso.then(|| Value::from(code))),
    ])
}

#[derive(Clone, Copy)]
enum Kind {
    Category,
    Service,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Category => "category",
            Kind::Service => "service",
        }
    }

    fn taxonomy(self) -> &'static str {
        match self {
            Kind::Category => "Michishirube categories",
            Kind::Service => "Michishirube services",
        }
    }
}

/// A term of ours on an organisation (a category) or a service (its own term). The term's
/// `language` is the language its name is really in.
fn attribute(ids: &Ids, link: &str, entity: &str, kind: Kind, term: &Term, lang: &str) -> Value {
    let name = term.name.get(lang);
    let term_id = id(&format!("taxonomy_term/{}/{}", kind.name(), term.id));
    let taxonomy_term = object([
        ("id", value(&term_id)),
        ("code", value(&term.id)),
        ("name", value(name.text)),
        // Required, and our terms have no description but their name.
        ("description", value(name.text)),
        ("taxonomy", value(kind.taxonomy())),
        ("language", value(name.lang)),
    ]);
    object([
        ("id", value(ids.of("attribute", format_args!("{}/{}", kind.name(), term.id)))),
        ("link_id", value(link)),
        ("link_entity", value(entity)),
        ("taxonomy_term_id", value(term_id)),
        ("taxonomy_term", Some(taxonomy_term)),
    ])
}

/// Our superseded facts as HSDS metadata rows: the source's out-of-date value, and the value
/// that replaced it, on the object it became. Only they fit: HSDS's tabular form requires a
/// previous value, which a fact we added never had, and the garbled form of a repaired one is
/// kept only in the transcribed source. HSDS also wants the date of the change, which our marks
/// do not keep: it is the dataset's (`last_updated`), on or before which the change was made; a
/// dataset dated to the month only gives no rows.
fn metadata(data: &Dataset, ids: &Ids, org: &Organization, lang: &str) -> Vec<Value> {
    let Some(date) = PartialDate::parse(&data.last_updated).filter(|d| d.day.is_some()).map(|_| &data.last_updated) else {
        return Vec::new();
    };
    org.provenance
        .iter()
        .enumerate()
        .filter(|(_, p)| p.basis == Basis::Superseded && p.lang.as_deref().is_none_or(|l| l == lang))
        .filter_map(|(i, p)| {
            let previous = p.was.as_ref().and_then(|was| text(was.text(lang)))?;
            let replacement = shown(org, &data.taxonomy, &p.field, lang).and_then(|s| text(&s))?;
            let (resource_type, resource_id) = resource(ids, org, &p.field);
            Some(object([
                ("id", value(ids.of("metadata", i))),
                ("resource_id", value(resource_id)),
                ("resource_type", value(resource_type)),
                ("last_action_date", value(date)),
                ("last_action_type", value("update")),
                ("field_name", value(&p.field)),
                ("previous_value", Some(previous)),
                ("replacement_value", Some(replacement)),
                ("updated_by", value(UPDATED_BY)),
            ]))
        })
        .collect()
}

/// The HSDS object a field of ours became: a list item that has an object of its own, else the
/// organisation (hours and languages sit on every service, so they stay with the organisation).
fn resource(ids: &Ids, org: &Organization, field: &str) -> (&'static str, String) {
    let mut parts = field.split('.');
    let (list, index) = (parts.next().unwrap_or_default(), parts.next().and_then(|i| i.parse::<usize>().ok()));
    let item = |kind: &'static str, len: usize, name: &dyn Fn(usize) -> String| {
        index.filter(|&i| i < len).map(|i| (kind, ids.of(kind, name(i))))
    };
    match list {
        "phones" => item("phone", org.phones.len(), &|i| i.to_string()),
        "contacts" => item("contact", org.contacts.len(), &|i| i.to_string()),
        "addresses" => item("address", org.addresses.len(), &|i| i.to_string()),
        "locations" => item("location", org.locations.len(), &|i| format!("place/{i}")),
        "links" => item("url", org.links.len(), &|i| i.to_string()).filter(|_| index != Some(0)),
        _ => None,
    }
    .unwrap_or(("organization", ids.organization.clone()))
}

/// A field's value as the export gives it in `lang`: as a person reads it on the site, and the
/// texts the site shows elsewhere (notes, descriptions, warnings, languages).
fn shown(org: &Organization, t: &Taxonomy, field: &str, lang: &str) -> Option<String> {
    org.shown(field, t, lang).or_else(|| {
        let parts: Vec<&str> = field.split('.').collect();
        let index = |i: &str| i.parse::<usize>().ok();
        let text = match *parts.as_slice() {
            ["caveats", i] => org.caveats.get(index(i)?)?,
            ["phones", i, "description"] => org.phones.get(index(i)?)?.description.as_ref()?,
            ["emails", i, "unverified"] => org.emails.get(index(i)?)?.unverified.as_ref()?,
            ["languages"] => {
                let names = org.languages.iter().map(|code| Taxonomy::name(&t.languages, code, lang));
                return Some(names.collect::<Vec<_>>().join(", "));
            }
            _ => return None,
        };
        Some(text.text(lang).to_string())
    })
}

//! Checks a dataset for everything a person could be misled by: broken references, numbers
//! that do not dial, malformed addresses and links, records without provenance.

use std::collections::HashSet;

use crate::date::PartialDate;
use crate::hours::Hours;
use crate::links::{https_url, is_email};
use crate::model::{Dataset, Organization, SCHEMA_VERSION, Term};
use crate::phone::{is_japanese_e164, to_e164};
use crate::text::Text;

/// One thing wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The part of the dataset: "organizations", "legal_info", "pointers", "sources", "taxonomy"
    /// or "dataset" (ids are unique only within a part).
    pub section: &'static str,
    /// The record's id, or "dataset".
    pub record: String,
    pub message: String,
}

/// Problems as they are found, each marked with the section being checked.
struct Report {
    section: &'static str,
    problems: Vec<Problem>,
}

impl Report {
    fn add(&mut self, record: &str, message: String) {
        self.problems.push(Problem { section: self.section, record: record.to_string(), message });
    }
}

/// Every problem in the dataset; empty when it is sound.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut report = Report { section: "dataset", problems: Vec::new() };
    if data.schema_version != SCHEMA_VERSION {
        report.add("dataset", format!("schema_version {} is not {SCHEMA_VERSION}", data.schema_version));
    }
    check_date("dataset", "last_updated", &data.last_updated, &mut report);

    report.section = "sources";
    for s in &data.sources {
        check_date(&s.id, "last_updated", &s.last_updated, &mut report);
        check_url(&s.id, s.url.as_deref(), &mut report);
    }

    report.section = "taxonomy";
    let t = &data.taxonomy;
    for terms in [&t.categories, &t.services, &t.prefectures, &t.languages] {
        check_ids(terms.iter().map(|t| t.id.as_str()), &mut report);
        for term in terms.iter() {
            check_text(&term.id, "name", &term.name, &mut report);
        }
    }

    report.section = "organizations";
    let organizations = check_ids(data.organizations.iter().map(|o| o.id.as_str()), &mut report);
    for org in &data.organizations {
        check_provenance(data, &org.id, &org.source, &org.last_verified, &mut report);
        check_organization(data, &organizations, org, &mut report);
    }

    report.section = "legal_info";
    let cards = check_ids(data.legal_info.iter().map(|l| l.id.as_str()), &mut report);
    for card in &data.legal_info {
        check_provenance(data, &card.id, &card.source, &card.last_verified, &mut report);
        check_text(&card.id, "title", &card.title, &mut report);
        check_text(&card.id, "summary", &card.summary, &mut report);
        check_text(&card.id, "body", &card.body, &mut report);
        for id in &card.related {
            if !cards.contains(id.as_str()) {
                report.add(&card.id, format!("related card {id:?} does not exist"));
            }
        }
        for id in &card.related_organizations {
            if !organizations.contains(id.as_str()) {
                report.add(&card.id, format!("related organisation {id:?} does not exist"));
            }
        }
    }

    report.section = "pointers";
    check_ids(data.pointers.iter().map(|p| p.id.as_str()), &mut report);
    for p in &data.pointers {
        check_provenance(data, &p.id, &p.source, &p.last_verified, &mut report);
        check_text(&p.id, "title", &p.title, &mut report);
        check_url(&p.id, p.url.as_deref(), &mut report);
    }
    report.problems
}

/// Every record names one of the dataset's sources and when it was last verified.
fn check_provenance(data: &Dataset, id: &str, source: &str, verified: &str, report: &mut Report) {
    if data.source(source).is_none() {
        report.add(id, format!("source {source:?} is not among the dataset's sources"));
    }
    check_date(id, "last_verified", verified, report);
}

/// `organizations`: every organisation's id, for references between them.
fn check_organization(data: &Dataset, organizations: &HashSet<&str>, org: &Organization, report: &mut Report) {
    let id = org.id.as_str();
    let t = &data.taxonomy;
    check_text(id, "name", &org.name, report);
    check_text(id, "summary", &org.summary, report);
    if org.alternate_name.trim().is_empty() {
        report.add(id, "alternate_name is empty".into());
    }
    if org.categories.is_empty() {
        report.add(id, "has no category".into());
    }
    let references = [
        ("category", &t.categories, &org.categories),
        ("service", &t.services, &org.services),
        ("language", &t.languages, &org.languages),
    ];
    for (what, terms, ids) in references {
        for value in ids {
            check_term(id, what, terms, value, report);
        }
    }
    for prefecture in org.prefectures() {
        check_term(id, "prefecture", &t.prefectures, prefecture, report);
    }
    if let Some(parent) = &org.parent_id
        && (parent == id || !organizations.contains(parent.as_str()))
    {
        report.add(id, format!("parent {parent:?} does not exist"));
    }
    for a in &org.addresses {
        let postal = a.postal_code.as_bytes();
        if !(postal.len() == 8 && postal[3] == b'-' && postal.iter().enumerate().all(|(i, b)| i == 3 || b.is_ascii_digit())) {
            report.add(id, format!("postal code {:?} is not NNN-NNNN", a.postal_code));
        }
        check_text(id, "city", &a.city, report);
        check_text(id, "address_1", &a.address_1, report);
    }
    for p in &org.phones {
        if !is_japanese_e164(&p.e164) {
            report.add(id, format!("phone {:?} is not a Japanese E.164 number", p.e164));
        }
        match to_e164(&p.number) {
            Ok(e164) if e164 == p.e164 => {}
            Ok(e164) => report.add(id, format!("phone {:?} dials {e164}, not {}", p.number, p.e164)),
            Err(e) => report.add(id, format!("phone {:?} cannot be read: {e:?}", p.number)),
        }
    }
    let emails = org.emails.iter().map(|e| e.address.as_str()).chain(org.contacts.iter().filter_map(|c| c.email.as_deref()));
    for email in emails {
        if !is_email(email) {
            report.add(id, format!("email {email:?} is malformed"));
        }
    }
    for c in &org.contacts {
        if c.name.trim().is_empty() {
            report.add(id, "a contact has no name".into());
        }
    }
    for s in &org.schedules {
        if let Err(e) = Hours::from_schedule(s) {
            report.add(id, format!("schedule {s:?}: {e:?}"));
        }
    }
    for link in &org.links {
        check_url(id, Some(&link.url), report);
    }
}

fn check_text(id: &str, field: &str, text: &Text, report: &mut Report) {
    if text.text("en").trim().is_empty() || text.is_blank() {
        report.add(id, format!("{field} has no English text"));
    }
}

fn check_term(id: &str, what: &str, terms: &[Term], value: &str, report: &mut Report) {
    if !terms.iter().any(|t| t.id == value) {
        report.add(id, format!("{what} {value:?} is not in the taxonomy"));
    }
}

fn check_date(id: &str, field: &str, value: &str, report: &mut Report) {
    if PartialDate::parse(value).is_none() {
        report.add(id, format!("{field} {value:?} is not YYYY-MM or YYYY-MM-DD"));
    }
}

fn check_url(id: &str, url: Option<&str>, report: &mut Report) {
    if let Some(url) = url.filter(|u| https_url(u).is_none()) {
        report.add(id, format!("URL {url:?} is not a well-formed https URL"));
    }
}

/// Ids must be unique, and short lowercase slugs safe in a URL. Returns them, for lookups.
fn check_ids<'a>(ids: impl Iterator<Item = &'a str>, report: &mut Report) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            report.add(id, "id is not unique".into());
        }
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            report.add(id, "id must be lowercase letters, digits and hyphens".into());
        }
    }
    seen
}

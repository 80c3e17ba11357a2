//! Checks a dataset for everything a person could be misled by: broken references, numbers
//! that do not dial, malformed addresses and links, records without provenance.

use std::collections::HashSet;

use crate::date::PartialDate;
use crate::hours::Hours;
use crate::links::{https_url, is_email};
use crate::model::{Basis, CheckMethod, Dataset, LegalInfo, Organization, Origin, Pointer, RestsOn, SCHEMA_VERSION, Sense, Term};
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

    if let Some(m) = &data.maintainer {
        if m.name.trim().is_empty() {
            report.add("dataset", "the maintainer has no name".into());
        }
        if !is_email(&m.email) {
            report.add("dataset", format!("the maintainer's email {:?} is malformed", m.email));
        }
    }

    report.section = "sources";
    check_ids(data.sources.iter().map(|s| s.id.as_str()), &mut report);
    for s in &data.sources {
        if let Some(date) = &s.last_updated {
            check_date(&s.id, "last_updated", date, &mut report);
        }
        if let Some(date) = &s.read_on {
            check_date(&s.id, "read_on", date, &mut report);
        }
        if let Some(of) = s.of.as_deref().filter(|of| data.organization(of).is_none()) {
            report.add(&s.id, format!("is the own page of {of:?}, which is not an organisation of the dataset"));
        }
        check_text(&s.id, "title", &s.title, &mut report);
        if s.publisher.trim().is_empty() {
            report.add(&s.id, "names no publisher".into());
        }
        // A public page is cited by its address; http is allowed here (it is shown, never linked).
        if let Some(url) = s.url.as_deref().filter(|u| !(u.starts_with("http://") || https_url(u).is_some())) {
            report.add(&s.id, format!("URL {url:?} is not a well-formed web address"));
        }
        if s.url.is_none() && s.file.is_none() {
            report.add(&s.id, "has neither a URL nor a transcribed file".into());
        }
    }

    report.section = "taxonomy";
    let t = &data.taxonomy;
    for terms in [&t.categories, &t.services, &t.prefectures, &t.languages] {
        check_ids(terms.iter().map(|t| t.id.as_str()), &mut report);
        for term in terms.iter() {
            check_text(&term.id, "name", &term.name, &mut report);
        }
    }

    report.section = "vocabulary";
    check_ids(data.vocabulary.iter().map(|s| s.id.as_str()), &mut report);
    for sense in &data.vocabulary {
        check_sense(data, sense, &mut report);
    }

    report.section = "organizations";
    let organizations = check_ids(data.organizations.iter().map(|o| o.id.as_str()), &mut report);
    for org in &data.organizations {
        let shown = |f: &str| org.shown(f, &data.taxonomy, "en");
        check_origin(data, &org.id, org.origin(), &|f| organization_field(org, f), &shown, &mut report);
        check_organization(data, &organizations, org, &mut report);
    }

    report.section = "legal_info";
    let cards = check_ids(data.legal_info.iter().map(|l| l.id.as_str()), &mut report);
    for card in &data.legal_info {
        check_origin(data, &card.id, card.origin(), &|f| legal_field(card, f), &|f| legal_text(card, f), &mut report);
        check_text(&card.id, "title", &card.title, &mut report);
        check_text(&card.id, "summary", &card.summary, &mut report);
        if card.statements.is_empty() {
            check_text(&card.id, "body", &card.body, &mut report);
        }
        check_statements(data, card, &mut report);
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

    report.section = "situations";
    check_ids(data.situations.iter().map(|s| s.id.as_str()), &mut report);
    for situation in &data.situations {
        check_situation(data, &organizations, &cards, situation, &mut report);
    }

    report.section = "pointers";
    check_ids(data.pointers.iter().map(|p| p.id.as_str()), &mut report);
    for p in &data.pointers {
        check_origin(data, &p.id, p.origin(), &|f| pointer_field(p, f), &|f| pointer_text(p, f), &mut report);
        check_text(&p.id, "title", &p.title, &mut report);
        check_url(&p.id, p.url.as_deref(), &mut report);
    }
    report.problems
}

/// Why a source cannot be cited for `what` ("added fact \"name\"", "a check"): `None` when it
/// can, being one of the dataset's sources with an address.
fn citable(data: &Dataset, what: &str, cites: Option<&str>) -> Option<String> {
    match cites.map(|c| (c, data.source(c))) {
        None => Some(format!("{what} names no source")),
        Some((c, None)) => Some(format!("{what} cites {c:?}, which is not among the sources")),
        Some((c, Some(s))) if s.url.is_none() => Some(format!("{what} cites {c:?}, which has no URL")),
        Some(_) => None,
    }
}

/// Whether two values say the same, whatever their punctuation, spacing and (Latin) case. ASCII
/// only, on purpose: Unicode's case and letter tables would cost the browser's module kilobytes.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.chars()
            .filter(|c| !(c.is_ascii_punctuation() || c.is_ascii_whitespace() || matches!(c, '\u{3000}' | '、' | '。')))
            .map(|c| c.to_ascii_lowercase())
            .collect::<String>()
    };
    words(a) == words(b)
}

/// Every record names one of the dataset's sources; every fact that is not the source's as it
/// stands names what it rests on, and every field it names exists. `shown` is a field's value as
/// read in English.
fn check_origin(
    data: &Dataset,
    id: &str,
    origin: Origin,
    has_field: &dyn Fn(&str) -> bool,
    shown: &dyn Fn(&str) -> Option<String>,
    report: &mut Report,
) {
    if data.source(origin.source).is_none() {
        report.add(id, format!("source {:?} is not among the dataset's sources", origin.source));
    }
    for check in origin.checks {
        check_date(id, "a check's date", &check.date, report);
        if check.by.trim().is_empty() {
            report.add(id, "a check does not say who checked".into());
        }
        if check.method == CheckMethod::Website {
            match citable(data, "a website check", check.cites.as_deref()) {
                Some(problem) => report.add(id, problem),
                None => {
                    let page = check.cites.as_deref().and_then(|c| data.source(c)).and_then(|s| s.last_updated.as_deref());
                    if page != Some(check.date.as_str()) {
                        report.add(
                            id,
                            format!("a website check on {:?} is not the date of the page it cites ({page:?})", check.date),
                        );
                    }
                }
            }
        }
    }
    for p in origin.provenance {
        let field = p.field.as_str();
        if !has_field(field) {
            report.add(id, format!("provenance names field {field:?}, which this record does not have"));
        }
        if let Some(lang) = &p.lang
            && crate::i18n::language(lang).is_none()
        {
            report.add(id, format!("provenance of {field:?}: language {lang:?} is not one of ours"));
        }
        let cited = |what: &str, report: &mut Report| {
            if let Some(problem) = citable(data, &format!("{what} fact {field:?}"), p.cites.as_deref()) {
                report.add(id, problem);
            }
        };
        match (p.basis, p.rests_on) {
            (Basis::Source | Basis::Repaired, None) => {}
            (Basis::Added, Some(RestsOn::Transliteration)) if p.lang.is_none() => {
                report.add(id, format!("transliterated fact {field:?} does not say into which language"));
            }
            (Basis::Added, Some(RestsOn::Transliteration | RestsOn::Split)) => {}
            (Basis::Added, Some(RestsOn::Inference)) => match p.from.as_deref() {
                None => report.add(id, format!("inferred fact {field:?} does not say what it is inferred from")),
                Some(from) if !dataset_path(data, from) => {
                    report.add(id, format!("inferred fact {field:?} is inferred from {from:?}, which does not exist"));
                }
                Some(_) => {}
            },
            (Basis::Added, Some(RestsOn::PublicSource)) => cited("added", report),
            (Basis::Added, None) => report.add(id, format!("added fact {field:?} does not say what it rests on")),
            (Basis::Conflict, None) => {
                cited("conflicting", report);
                if p.says.as_ref().is_none_or(|t| t.text("en").trim().is_empty()) {
                    report.add(id, format!("conflicting fact {field:?} does not say what the other source gives"));
                }
            }
            (Basis::Superseded, None) => {
                if let Some(problem) = citable(data, &format!("superseded fact {field:?}: its evidence"), p.evidence.as_deref()) {
                    report.add(id, problem);
                }
                if let Some(problem) = citable(data, &format!("superseded fact {field:?}: its replacement"), p.cites.as_deref()) {
                    report.add(id, problem);
                }
                match p.was.as_ref().map(|t| t.text("en").trim()) {
                    None | Some("") => {
                        report.add(id, format!("superseded fact {field:?} does not say what the source gave"));
                    }
                    Some(was) if shown(field).is_some_and(|now| same_words(&now, was)) => {
                        report.add(id, format!("superseded fact {field:?} has no replacement: the record still gives {was:?}"));
                    }
                    Some(_) => {}
                }
            }
            (_, Some(_)) => report.add(id, format!("fact {field:?} is not an addition, so it rests on nothing else")),
        }
    }
}

/// A sense of the search's vocabulary points somewhere, and each of its words is a word.
fn check_sense(data: &Dataset, sense: &Sense, report: &mut Report) {
    let id = sense.id.as_str();
    let t = &data.taxonomy;
    if sense.services.is_empty() && sense.categories.is_empty() && sense.legal_info.is_empty() && sense.situations.is_empty() {
        report.add(id, "means nothing: it names no service, category, legal card or situation".into());
    }
    for value in &sense.services {
        check_term(id, "service", &t.services, value, report);
    }
    for value in &sense.categories {
        check_term(id, "category", &t.categories, value, report);
    }
    for card in sense.legal_info.iter().filter(|c| data.legal(c).is_none()) {
        report.add(id, format!("legal card {card:?} does not exist"));
    }
    for guide in sense.situations.iter().filter(|s| data.situation(s).is_none()) {
        report.add(id, format!("situation {guide:?} does not exist"));
    }
    check_text(id, "words", &sense.words, report);
    let stopwords: Vec<&str> = data.stopwords.all().flat_map(str::split_whitespace).collect();
    for word in sense.words.all().flat_map(|w| w.split(',')).map(str::trim) {
        if word.is_empty() {
            report.add(id, "has an empty word (two commas together?)".into());
        } else if stopwords.contains(&word) {
            report.add(id, format!("word {word:?} is also a stop word, so it would never count"));
        }
    }
}

/// Whether `path` ("addresses.0", "name") names a field of the record. `lists` are its list
/// fields with their lengths; an address's parts may be named too.
fn record_field(path: &str, scalars: &[&str], lists: &[(&str, usize)]) -> bool {
    let mut parts = path.split('.');
    let head = parts.next().unwrap_or_default();
    if scalars.contains(&head) {
        return parts.next().is_none();
    }
    let Some(&(_, len)) = lists.iter().find(|(name, _)| *name == head) else { return false };
    let in_range = parts.next().and_then(|i| i.parse::<usize>().ok()).is_some_and(|i| i < len);
    let part = parts.next();
    let part_ok = part.is_none_or(|p| match head {
        "addresses" => ["postal_code", "city", "address_1", "address_2"].contains(&p),
        "phones" => p == "description",
        _ => false,
    });
    in_range && part_ok && parts.next().is_none()
}

fn organization_field(org: &Organization, path: &str) -> bool {
    let scalars = ["name", "alternate_name", "summary", "description", "categories", "services", "languages"];
    let lists = [
        ("addresses", org.addresses.len()),
        ("locations", org.locations.len()),
        ("phones", org.phones.len()),
        ("emails", org.emails.len()),
        ("contacts", org.contacts.len()),
        ("schedules", org.schedules.len()),
        ("links", org.links.len()),
        ("caveats", org.caveats.len()),
    ];
    record_field(path, &scalars, &lists)
}

fn legal_field(card: &LegalInfo, path: &str) -> bool {
    record_field(path, &["title", "summary", "body"], &[("statements", card.statements.len())])
}

fn pointer_field(_: &Pointer, path: &str) -> bool {
    record_field(path, &["title", "description", "url"], &[])
}

fn legal_text(card: &LegalInfo, path: &str) -> Option<String> {
    let text = match path {
        "title" => &card.title,
        "summary" => &card.summary,
        "body" => &card.body,
        _ => &card.statements.get(path.strip_prefix("statements.")?.parse::<usize>().ok()?)?.text,
    };
    Some(text.text("en").to_string())
}

fn pointer_text(p: &Pointer, path: &str) -> Option<String> {
    match path {
        "title" => Some(p.title.text("en").to_string()),
        "description" => Some(p.description.text("en").to_string()),
        "url" => p.url.clone(),
        _ => None,
    }
}

/// The law as we state it: each statement cites pages with an address and a date, and carries
/// the Japanese terms it names in each of its languages; the card says the date it is as of.
fn check_statements(data: &Dataset, card: &LegalInfo, report: &mut Report) {
    let id = card.id.as_str();
    match &card.as_of {
        Some(date) => check_date(id, "as_of", date, report),
        None if !card.statements.is_empty() => report.add(id, "states the law but not the date it is as of".into()),
        None => {}
    }
    for (i, statement) in card.statements.iter().enumerate() {
        let field = format!("statements.{i}");
        check_text(id, &field, &statement.text, report);
        if statement.cites.is_empty() {
            report.add(id, format!("{field} cites no page"));
        }
        check_dated_pages(data, id, &field, &statement.cites, report);
        check_terms(id, &field, &statement.text, &statement.terms, report);
    }
}

/// Each page cited is one of the dataset's sources, with an address and a date.
fn check_dated_pages(data: &Dataset, id: &str, field: &str, cites: &[String], report: &mut Report) {
    for cited in cites {
        if let Some(problem) = citable(data, field, Some(cited)) {
            report.add(id, problem);
        } else if data.source(cited).is_some_and(|s| s.last_updated.is_none() && s.read_on.is_none()) {
            report.add(id, format!("{field} cites {cited:?}, which has no date (neither updated nor read on)"));
        }
    }
}

/// A text that names Japanese terms carries each, as it is, in every language it has.
fn check_terms(id: &str, field: &str, text: &Text, terms: &[String], report: &mut Report) {
    for term in terms {
        for text in text.all().filter(|t| !t.contains(term.as_str())) {
            report.add(id, format!("{field} names {term} but one of its languages does not carry it: {text:?}"));
        }
    }
}

/// A guide for a situation: every step rests on a dated page or one of our legal cards, every
/// deadline on a page (and its way of counting on one too), and whom to call is in the directory.
fn check_situation(
    data: &Dataset,
    organizations: &HashSet<&str>,
    cards: &HashSet<&str>,
    situation: &crate::model::Situation,
    report: &mut Report,
) {
    let id = situation.id.as_str();
    check_text(id, "title", &situation.title, report);
    check_text(id, "summary", &situation.summary, report);
    check_date(id, "as_of", &situation.as_of, report);
    if situation.steps.is_empty() {
        report.add(id, "has no steps".into());
    }
    for (i, step) in situation.steps.iter().enumerate() {
        let field = format!("steps.{i}");
        check_text(id, &field, &step.text, report);
        if step.cites.is_empty() && step.legal_info.is_empty() {
            report.add(id, format!("{field} cites no page and no legal card"));
        }
        check_dated_pages(data, id, &field, &step.cites, report);
        for card in step.legal_info.iter().filter(|c| !cards.contains(c.as_str())) {
            report.add(id, format!("{field} cites legal card {card:?}, which does not exist"));
        }
        check_terms(id, &field, &step.text, &step.terms, report);
    }
    for (i, deadline) in situation.deadlines.iter().enumerate() {
        let field = format!("deadlines.{i}");
        if deadline.days == 0 {
            report.add(id, format!("{field} is a limit of no days"));
        }
        check_text(id, &format!("{field}.from"), &deadline.from, report);
        if deadline.cites.is_empty() {
            report.add(id, format!("{field} has no source"));
        }
        check_dated_pages(data, id, &field, &deadline.cites, report);
        if let Some(counting) = &deadline.counting {
            if counting.cites.is_empty() {
                report.add(id, format!("{field}'s way of counting has no source"));
            }
            check_dated_pages(data, id, &format!("{field}.counting"), &counting.cites, report);
        }
    }
    for (i, phrase) in situation.phrases.iter().enumerate() {
        if phrase.ja.trim().is_empty() {
            report.add(id, format!("phrases.{i} has no Japanese"));
        }
        check_text(id, &format!("phrases.{i}.meaning"), &phrase.meaning, report);
    }
    for org in situation.organizations.iter().filter(|o| !organizations.contains(o.as_str())) {
        report.add(id, format!("organisation {org:?} is not in the directory"));
    }
}

/// Whether `path` ("organizations.jlnr.emails.0") names a field of a record in the dataset. A
/// record the loader left out still stands in the source, so only its section is checked.
fn dataset_path(data: &Dataset, path: &str) -> bool {
    let mut parts = path.splitn(3, '.');
    let (Some(section), Some(id), Some(field)) = (parts.next(), parts.next(), parts.next()) else { return false };
    match section {
        "organizations" => data.organization(id).is_none_or(|o| organization_field(o, field)),
        "legal_info" => data.legal(id).is_none_or(|l| legal_field(l, field)),
        "pointers" => data.pointers.iter().find(|p| p.id == id).is_none_or(|p| pointer_field(p, field)),
        _ => false,
    }
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

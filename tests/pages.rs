//! Every static page, rendered as the build renders it, holds every dataset fact it shows: the
//! phone numbers (and their `tel:` links), the email addresses, the postal codes and the names,
//! in every language. A page can never go stale beside the data, and none drops a fact.

use std::path::Path;

use michishirube::i18n::LANGUAGES;
use michishirube::links;
use michishirube::load::digest;
use michishirube::model::{Dataset, Organization};
use michishirube::phone;
use michishirube::route::Page;
use michishirube::site::pages::Edition;
use michishirube::site::shell::{Scripts, Template};
use michishirube::site::{dataset, editions, page_html, root_of};

const SHIPPED: &str = include_str!("../data/directory.json");

// The head Trunk writes (minified, some attributes unquoted), cut down.
const TRUNK: &str = r#"<!doctype html><html lang=en><meta charset=utf-8><meta http-equiv=Content-Security-Policy content="default-src 'self'"><title>x</title><link href=./main-1.css rel=stylesheet><link rel=modulepreload href=./app-2.js integrity=sha384-b><link as=fetch href=./app-2_bg.wasm rel=preload type=application/wasm><script type=module>import init from './app-2.js';</script><body></body></html>"#;

fn all() -> (Dataset, Vec<Edition>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = dataset(SHIPPED).unwrap();
    let editions = editions(&root.join("public/i18n"), &root.join("data/i18n"), &data, &digest(SHIPPED)).unwrap();
    (data, editions)
}

fn render(edition: &Edition, page: &Page) -> String {
    let template = Template::parse(TRUNK).unwrap();
    let scripts = Scripts { loader: "islands-1.js".into(), site_root: None };
    page_html(&template, edition, page, root_of(page), Some(scripts))
}

/// Text as the page escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// What an organisation's own page must show: every number (callable ones linked, faxes not),
/// every email (linked when confirmed), every postal code, each contact person.
fn organization_facts(org: &Organization) -> Vec<String> {
    let mut facts = Vec::new();
    for p in &org.phones {
        facts.push(format!(">{}<", p.number));
        if let Some(href) = phone::tel_href(p) {
            facts.push(format!("href=\"{href}\""));
        }
    }
    for e in &org.emails {
        facts.push(format!(">{}<", e.address));
        if e.unverified.is_none() {
            facts.extend(links::mailto(&e.address).map(|href| format!("href=\"{href}\"")));
        }
    }
    for c in &org.contacts {
        facts.push(escaped(&c.name));
        facts.extend(c.email.as_deref().and_then(links::mailto).map(|href| format!("href=\"{href}\"")));
    }
    for a in &org.addresses {
        facts.push(a.postal_code.clone());
    }
    facts
}

#[test]
fn every_organisation_page_holds_its_facts_in_every_language() {
    let (data, editions) = all();
    for edition in &editions {
        let code = edition.language().code;
        for org in &data.organizations {
            let html = render(edition, &Page::Organization(org.id.clone()));
            for fact in organization_facts(org) {
                assert!(html.contains(&fact), "{code}/org/{}/ lacks {fact}", org.id);
            }
            let fax = org.phones.iter().filter(|p| phone::tel_href(p).is_none()).map(|p| phone::digits(&p.number));
            for digits in fax {
                assert!(!html.contains(&format!("tel:+81{}", &digits[1..])), "{code}/org/{}/ links a fax", org.id);
            }
            // The Japanese forms, to show an official, on every page in another language.
            if let (Some(name), true) = (org.name.exactly("ja"), code != "ja") {
                assert!(html.contains(name), "{code}/org/{}/ lacks its Japanese name", org.id);
            }
        }
    }
}

#[test]
fn every_home_page_lists_every_organisation_with_a_way_to_reach_it() {
    let (data, editions) = all();
    for edition in &editions {
        let html = render(edition, &Page::Home);
        let lang = edition.language().code;
        for org in &edition.data.organizations {
            assert!(html.contains(&format!("data-id=\"{}\"", org.id)), "{lang}/ lacks {}", org.id);
            assert!(html.contains(&escaped(org.name.text(lang))), "{lang}/ lacks the name of {}", org.id);
            if let Some(href) = org.phones.iter().find_map(phone::tel_href) {
                assert!(html.contains(&format!("href=\"{href}\"")), "{lang}/ lacks a call to {}", org.id);
            }
            if let Some(href) = org.primary_email().and_then(links::mailto) {
                assert!(html.contains(&format!("href=\"{href}\"")), "{lang}/ lacks an email to {}", org.id);
            }
        }
        assert_eq!(html.matches("class=\"card legal\"").count(), data.legal_info.len(), "{lang}/");
    }
}

#[test]
fn every_legal_page_holds_its_card_and_links_the_organisations_that_can_help() {
    let (data, editions) = all();
    for edition in &editions {
        let lang = edition.language().code;
        for card in &edition.data.legal_info {
            let html = render(edition, &Page::Legal(card.id.clone()));
            assert!(html.contains(&escaped(card.title.text(lang))), "{lang}/legal/{}/", card.id);
            for id in &card.related_organizations {
                assert!(html.contains(&format!("href=\"../../../{lang}/org/{id}/\"")), "{lang}/legal/{}/ lacks {id}", card.id);
            }
        }
        let list = render(edition, &Page::LegalList);
        for card in &data.legal_info {
            assert!(list.contains(&format!("href=\"../../{lang}/legal/{}/\"", card.id)), "{lang}/legal/ lacks {}", card.id);
        }
    }
}

#[test]
fn every_page_says_its_language_and_direction_and_links_its_other_languages() {
    let (_, editions) = all();
    for edition in &editions {
        let language = edition.language();
        for page in edition.pages() {
            let html = render(edition, &page);
            let dir = if language.rtl { "rtl" } else { "ltr" };
            let root = root_of(&page);
            let start =
                format!("<!doctype html><html lang=\"{}\" dir=\"{dir}\" data-root=\"{root}\" data-discreet=\"", language.code);
            assert!(html.starts_with(&start), "{}", &html[..200]);
            for other in LANGUAGES {
                let link = format!("hreflang=\"{}\" href=\"{root}{}/{}\"", other.code, other.code, page.path());
                assert!(html.contains(&link), "{} {page:?} lacks {link}", language.code);
            }
            assert_eq!(html.matches("<h1").count() - usize::from(page == Page::Saved), 1, "{} {page:?}", language.code);
        }
    }
}

#[test]
fn a_report_of_a_mistake_goes_by_email_only_to_a_maintainer_the_dataset_names() {
    let (data, editions) = all();
    let page = Page::Organization("jar".into());
    assert!(!render(&editions[0], &page).contains("mailto:fix"), "the shipped dataset names no maintainer");
    let mut kept = data.clone();
    kept.maintainer = Some(michishirube::model::Maintainer { name: "Data desk".into(), email: "fix@example.org".into() });
    let edition = Edition::new(editions[0].language(), None, &kept, None, &digest(SHIPPED));
    let html = render(&edition, &page);
    assert!(html.contains("href=\"mailto:fix@example.org?subject=A%20mistake%20in%20Michishirube%3A%20Japan%20Association%20for%20Refugees&amp;body="), "{html}");
    assert!(html.contains("Entry%3A%20jar%20(Japan%20Association%20for%20Refugees)"));
}

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

/// The source's values that are out of date, each as the fragments that tell it from what
/// replaced it ("1-7-10 Yotsuya", "四谷1-7-10"), with the record: the words no surface a person
/// acts on may hold.
fn superseded_fragments(data: &Dataset) -> Vec<(&Organization, Vec<String>)> {
    let mut all = Vec::new();
    for org in &data.organizations {
        for p in org.provenance.iter().filter(|p| p.basis == michishirube::model::Basis::Superseded) {
            let now: Vec<String> = ["en", "ja"]
                .iter()
                .filter_map(|l| org.shown(&p.field, &data.taxonomy, l))
                .map(|s| s.replace([',', ' '], ""))
                .collect();
            let fragments: Vec<String> = p
                .was
                .iter()
                .flat_map(|was| was.all())
                .flat_map(|was| was.split([',', ' ', '〒']))
                .map(str::trim)
                .filter(|f| {
                    f.chars().count() >= 4 && f.chars().any(|c| c.is_ascii_digit() || !c.is_ascii()) || f.contains("Yotsuya")
                })
                .filter(|f| !now.iter().any(|n| n.contains(&f.replace(' ', ""))))
                .map(str::to_string)
                .collect();
            assert!(!fragments.is_empty(), "{} {}: nothing tells the old value from the new", org.id, p.field);
            all.push((org, fragments));
        }
    }
    all
}

/// Removes each notice that names a value as the source's old one (`<p … class="superseded">`).
fn without_old_listings(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find("class=\"superseded\"") {
        let start = rest[..at].rfind("<p").unwrap();
        out.push_str(&rest[..start]);
        let end = rest[start..].find("</p>").map_or(rest.len(), |e| start + e + "</p>".len());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn no_surface_a_person_acts_on_uses_a_superseded_value() {
    use michishirube::ui::directory::cards::OrgCard;
    use michishirube::{address, search};
    let (data, editions) = all();
    let old = superseded_fragments(&data);
    let ids: Vec<&str> = old.iter().map(|(o, _)| o.id.as_str()).collect();
    assert!(ids.contains(&"jar") && ids.contains(&"frj"), "{ids:?}");
    for (org, fragments) in &old {
        let index = data.organizations.iter().position(|o| o.id == org.id).unwrap();
        let one_line = address::one_line(&org.addresses[0], &data.taxonomy);
        let haystack = search::Haystack::organization(org, &data.taxonomy);
        for edition in &editions {
            let code = edition.language().code;
            let page = render(edition, &Page::Organization(org.id.clone()));
            // The source's value stays visible, named as the old listing, once for each.
            assert_eq!(page.matches("class=\"superseded\"").count(), org.origin().superseded("addresses.0").count(), "{code}");
            // Everywhere else on the page it is gone: the address, "Show to staff", the maps
            // link, the print layout (the same page). The page leads with the replacement.
            let acted_on = without_old_listings(&page);
            let staff = &acted_on[acted_on.find("id=\"staff\"").unwrap()..];
            let staff = &staff[..staff.find("</section>").unwrap()];
            assert!(staff.contains(&org.addresses[0].postal_code), "{code}/org/{}/ staff view", org.id);
            assert!(acted_on.contains(&links::maps_url(&one_line).replace('&', "&amp;")), "{code}/org/{}/ maps", org.id);
            // The contact card the page links, a file written beside it in its language.
            let cards = edition.contact_cards();
            let (file, card) = cards.iter().find(|(file, _)| file.starts_with(&format!("{code}/org/{}/", org.id))).unwrap();
            assert!(file.ends_with(&format!("/{}.vcf", org.id)) && page.contains(&format!("href=\"{}.vcf\"", org.id)), "{file}");
            for fragment in fragments {
                assert!(!card.contains(fragment.as_str()), "{file} holds {fragment:?}");
            }
            // The card drawn in lists, printed with the saved list.
            let listed = edition.draw("../", |data| view_card(data, index));
            for fragment in fragments {
                assert!(
                    !acted_on.contains(&escaped(fragment)),
                    "{code}/org/{}/ shows {fragment:?} outside the old listing",
                    org.id
                );
                assert!(!listed.contains(&escaped(fragment)), "{code}: the list card of {} shows {fragment:?}", org.id);
            }
        }
        for fragment in fragments {
            assert!(!haystack.holds(fragment), "a search finds {} by {fragment:?}", org.id);
            assert!(!one_line.contains(fragment.as_str()), "{} maps {fragment:?}", org.id);
        }
    }

    fn view_card(data: std::sync::Arc<Dataset>, index: usize) -> leptos::prelude::AnyView {
        use leptos::prelude::*;
        view! { <ul><OrgCard data index on_paper=true/></ul> }.into_any()
    }
}

/// "Show to staff" says so where the dataset has no Japanese name, rather than inventing one.
#[test]
fn the_view_for_staff_says_where_there_is_no_japanese_name() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut data = dataset(SHIPPED).unwrap();
    let brsa = data.organizations.iter_mut().find(|o| o.id == "brsa").unwrap();
    brsa.name = [("en", "BRSA")].into_iter().collect();
    brsa.provenance.retain(|p| p.field != "name");
    let editions = editions(&root.join("public/i18n"), &root.join("data/i18n"), &data, "x").unwrap();
    let html = render(&editions[0], &Page::Organization("brsa".into()));
    let staff = &html[html.find("id=\"staff\"").unwrap()..];
    assert!(staff.contains("この団体の日本語名は、情報元にありません。"), "{staff}");
    assert!(staff.contains("The directory gives no Japanese name for this organisation."));
    assert!(staff.contains("駒込3-2-7"));
}

/// Every guide, in every language, says it is not legal advice, gives whom to call with a way to
/// reach them, and cites a page or a legal card for each step.
#[test]
fn every_guide_page_gives_whom_to_call_and_its_sources_in_every_language() {
    let (data, editions) = all();
    for edition in &editions {
        let lang = edition.language().code;
        let intro = escaped(&edition.tr.get(michishirube::i18n::Key::LawIntro));
        for guide in &data.situations {
            let html = render(edition, &Page::Situation(guide.id.clone()));
            assert!(html.contains(&intro), "{lang}/help/{}/ does not say it is not legal advice", guide.id);
            for id in &guide.organizations {
                let org = data.organization(id).unwrap();
                assert!(html.contains(&format!("data-id=\"{id}\"")), "{lang}/help/{}/ lacks {id}", guide.id);
                let reach = org.phones.iter().find_map(phone::tel_href).or_else(|| org.primary_email().and_then(links::mailto));
                assert!(
                    html.contains(&format!("href=\"{}\"", reach.unwrap())),
                    "{lang}/help/{}/: no way to reach {id}",
                    guide.id
                );
            }
            // A list of sources under each step and each time limit.
            assert_eq!(
                html.matches("class=\"cites\"").count(),
                guide.steps.len() + guide.deadlines.len(),
                "{lang}/help/{}/",
                guide.id
            );
            for phrase in &guide.phrases {
                assert!(html.contains(&escaped(&phrase.ja)), "{lang}/help/{}/ lacks {}", guide.id, phrase.ja);
            }
        }
    }
}

//! The shipped dataset (`data/directory.json`) against its source text and its own rules.

use std::collections::BTreeSet;

use michishirube::model::{Basis, Check, CheckMethod, Dataset, Organization, PhoneKind, Provenance, RestsOn, SourceKind};
use michishirube::phone::to_e164;
use michishirube::validate::validate;
use phonenumber::{Mode, country};
use regex::Regex;

const DATASET: &str = include_str!("../data/directory.json");
const SOURCE: &str = include_str!("../data/source-amera-japan-2023-05.txt");

fn dataset() -> Dataset {
    serde_json::from_str(DATASET).expect("data/directory.json parses as a Dataset")
}

/// The records the source lists (the others are ours, each listed by an official page).
fn listed(data: &Dataset) -> impl Iterator<Item = &Organization> {
    data.organizations.iter().filter(|o| o.source == "amera-japan")
}

/// Whether a field holds something the source does not give: added or updated by us.
fn ours(org: &Organization, field: &str) -> bool {
    org.provenance.iter().any(|p| p.field == field && p.lang.is_none() && matches!(p.basis, Basis::Added | Basis::Superseded))
}

#[test]
fn the_dataset_is_valid() {
    let problems = validate(&dataset());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn lists_every_organisation_of_the_source() {
    let data = dataset();
    let ids: Vec<&str> = listed(&data).map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["frj", "jar", "unhcr-japan", "jlnr", "jar-pro-bono", "brsa", "iom-japan", "jrcs", "stateless-network"]);
    let legal: Vec<&str> = data.legal_info.iter().filter(|l| l.source == "amera-japan").map(|l| l.id.as_str()).collect();
    assert_eq!(legal, ["refugee-protection", "refugee-convention", "icrra", "statelessness-conventions", "recognition-rate"]);
    // What we added (the official help lines, the cards on the 2023 amendment) is listed by an
    // official page of its own.
    let ours = data.organizations.iter().map(|o| (&o.id, &o.source)).chain(data.legal_info.iter().map(|l| (&l.id, &l.source)));
    for (id, source) in ours.filter(|(_, s)| *s != "amera-japan") {
        assert_eq!(data.source(source).map(|s| s.kind), Some(SourceKind::Official), "{id} is listed by {source}");
    }
    assert_eq!(data.pointers.len(), 4);
    assert_eq!(data.last_updated, "2026-12-04");
    assert!(SOURCE.trim_end().ends_with("Last updated May 2023"));
}

#[test]
fn every_phone_number_of_the_source_is_present_and_typed() {
    let number = Regex::new(r"(?m)^(Tel|Telephone|Phone|Fax|Facsimile|Toll-free[^:]*):\s*(.+?)\s*$").unwrap();
    let data = dataset();
    let shipped: BTreeSet<(String, PhoneKind)> = listed(&data)
        .flat_map(|o| {
            o.phones.iter().enumerate().filter(|(i, _)| !ours(o, &format!("phones.{i}"))).map(|(_, p)| (p.e164.clone(), p.kind))
        })
        .collect();
    let mut found = 0;
    for line in number.captures_iter(SOURCE) {
        let kind = match &line[1] {
            "Fax" | "Facsimile" => PhoneKind::Fax,
            label if label.starts_with("Toll-free") => PhoneKind::TollFree,
            _ => PhoneKind::Voice,
        };
        let e164 = to_e164(&line[2]).unwrap_or_else(|e| panic!("{:?}: {e:?}", &line[2]));
        assert!(shipped.contains(&(e164.clone(), kind)), "{} ({kind:?}) from the source is missing", &line[2]);
        found += 1;
    }
    assert_eq!(found, 13, "the source has 13 numbers");
    assert_eq!(shipped.len(), found, "the dataset has numbers the source does not");
}

#[test]
fn every_phone_is_a_valid_japanese_number_in_both_forms() {
    for org in dataset().organizations {
        for p in org.phones {
            let parsed = phonenumber::parse(Some(country::JP), &p.number).unwrap_or_else(|e| panic!("{}: {e:?}", p.number));
            assert!(phonenumber::is_valid(&parsed), "{} is not a valid Japanese number", p.number);
            assert_eq!(parsed.format().mode(Mode::E164).to_string(), p.e164, "{}", org.id);
            assert_eq!(parsed.format().mode(Mode::National).to_string(), p.number, "display form of {}", p.e164);
        }
    }
}

#[test]
fn every_email_address_of_the_source_is_present() {
    let address = Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+").unwrap();
    let data = dataset();
    let shipped: BTreeSet<&str> = listed(&data)
        .flat_map(|o| {
            let emails =
                o.emails.iter().enumerate().filter(|(i, _)| !ours(o, &format!("emails.{i}"))).map(|(_, e)| e.address.as_str());
            emails.chain(o.contacts.iter().filter_map(|c| c.email.as_deref()))
        })
        .collect();
    let in_source: BTreeSet<&str> = address.find_iter(SOURCE).map(|m| m.as_str()).collect();
    assert_eq!(in_source.len(), 6);
    assert_eq!(shipped, in_source);
}

#[test]
fn the_truncated_jlnr_address_is_flagged_not_guessed() {
    let data = dataset();
    let jlnr = data.organization("jlnr").unwrap();
    assert_eq!(jlnr.emails[0].address, "jlnr@izumibashi-law.ne");
    assert!(jlnr.emails[0].unverified.is_some());
    assert_eq!(jlnr.primary_email(), None, "an unverified address is never the email action");
}

#[test]
fn no_web_address_is_invented() {
    // The source's links were stripped: each website is an addition, on the site of the page it
    // was found on.
    let data = dataset();
    let host = |url: &str| url.split('/').nth(2).map(|h| h.trim_start_matches("www.").to_string());
    let mut links = BTreeSet::new();
    for org in &data.organizations {
        for (i, link) in org.links.iter().enumerate() {
            let field = format!("links.{i}");
            let cited: Vec<_> = org.provenance.iter().filter(|p| p.field == field && p.basis == Basis::Added).collect();
            let from =
                cited.iter().filter_map(|p| p.cites.as_deref().and_then(|c| data.source(c))).filter_map(|s| s.url.as_deref());
            let on_its_site = from.clone().any(|page| host(page) == host(&link.url));
            let listed_by = data.source(&org.source).and_then(|s| s.url.as_deref());
            assert!(on_its_site || listed_by.is_some_and(|page| host(page) == host(&link.url)), "{}: {}", org.id, link.url);
            links.insert(link.url.as_str());
        }
    }
    assert!(data.pointers.iter().all(|p| p.url.is_none()));
    // Every other web address is a cited source's.
    let url = Regex::new(r#"https?://[^\s"]+"#).unwrap();
    let cited: BTreeSet<&str> = data.sources.iter().filter_map(|s| s.url.as_deref()).collect();
    for found in url.find_iter(DATASET) {
        assert!(
            cited.contains(found.as_str()) || links.contains(found.as_str()),
            "{} is not a cited source's address",
            found.as_str()
        );
    }
}

#[test]
fn addresses_and_hours_match_the_source() {
    let data = dataset();
    let jar = data.organization("jar").unwrap();
    let hours = michishirube::hours::parse_text("Monday-Friday 10:00-17:00").unwrap();
    assert_eq!(jar.schedules, vec![hours.to_schedule()]);
    assert!(SOURCE.contains("Opening Hours: Monday-Friday 10:00-17:00"));
    // Each address is the source's, or replaces it and keeps the source's words as they were.
    for org in &data.organizations {
        for (i, address) in org.addresses.iter().enumerate() {
            let field = format!("addresses.{i}");
            let was: Vec<&str> = org.origin().superseded(&field).filter_map(|p| p.was.as_ref()).map(|w| w.text("en")).collect();
            match was.as_slice() {
                [] => assert!(SOURCE.contains(address.postal_code.as_str()), "{} {}", org.id, address.postal_code),
                [was] => assert!(SOURCE.contains(was), "{}: the source does not give {was:?}", org.id),
                _ => panic!("{}: one address replaced twice", org.id),
            }
        }
    }
    let a = &jar.addresses[0];
    assert_eq!(
        (a.postal_code.as_str(), a.state_province.as_str(), a.address_1.text("en")),
        ("101-0065", "tokyo", "2-5-2 Nishi-Kanda")
    );
    let stateless = data.organization("stateless-network").unwrap();
    assert_eq!(stateless.addresses[0].state_province, "kanagawa");
}

#[test]
fn every_check_so_far_is_a_page_of_the_organisations_own_read_on_its_date() {
    // Nobody has called or visited since May 2023: the checks are of public pages, each the
    // organisation's own, dated as that page is.
    let data = dataset();
    for org in &data.organizations {
        for check in &org.checks {
            assert_eq!((check.method, check.by.as_str()), (CheckMethod::Website, "Michishirube"), "{}", org.id);
            let page = check.cites.as_deref().and_then(|c| data.source(c)).expect("a check cites the page read");
            assert_eq!(page.of.as_deref(), Some(org.id.as_str()), "{}: {} is not its own page", org.id, page.id);
            assert_eq!(page.last_updated.as_deref(), Some(check.date.as_str()));
        }
    }
    assert!(data.legal_info.iter().all(|l| l.checks.is_empty()) && data.pointers.iter().all(|p| p.checks.is_empty()));
    assert!(!DATASET.contains("last_verified"));
}

#[test]
fn every_japanese_name_and_address_is_marked_as_ours() {
    // The source is in English only: every Japanese form in the dataset was written by us.
    let data = dataset();
    let ours = |org: &Organization, field: &str| {
        org.origin().marks(field, "ja").any(|p| matches!(p.basis, Basis::Added | Basis::Superseded))
    };
    for org in &data.organizations {
        if org.name.exactly("ja").is_some() {
            assert!(ours(org, "name"), "{}: its Japanese name is not marked", org.id);
        }
        for (i, a) in org.addresses.iter().enumerate() {
            if a.address_1.exactly("ja").is_some() || a.city.exactly("ja").is_some() {
                assert!(ours(org, &format!("addresses.{i}")), "{}: its Japanese address is not marked", org.id);
            }
        }
    }
}

#[test]
fn each_correction_of_the_source_is_made_and_marked_with_its_basis() {
    let data = dataset();
    // UNHCR only advises the government on statelessness: it is not a service to send people to.
    assert!(!data.organization("unhcr-japan").unwrap().services.contains(&"statelessness-support".to_string()));
    // Japan acceded; it did not sign.
    for card in &data.legal_info {
        assert!(!card.body.text("en").contains("signator"), "{}", card.id);
        assert!(!card.summary.text("en").contains("signed"), "{}", card.id);
    }
    assert!(data.legal("refugee-convention").unwrap().body.text("en").contains("acceded to the Convention in 1981"));
    let kinds = |id: &str, field: &str| -> Vec<(Basis, Option<RestsOn>)> {
        let origin = data.organization(id).map(|o| o.origin()).unwrap_or_else(|| data.legal(id).unwrap().origin());
        origin.provenance.iter().filter(|p| p.field == field).map(|p| (p.basis, p.rests_on)).collect()
    };
    assert!(kinds("jlnr", "name").contains(&(Basis::Added, Some(RestsOn::Inference))));
    assert!(kinds("jar-pro-bono", "name").contains(&(Basis::Added, Some(RestsOn::Split))));
    assert!(kinds("unhcr-japan", "summary").contains(&(Basis::Added, Some(RestsOn::PublicSource))));
    assert!(kinds("iom-japan", "summary").contains(&(Basis::Added, Some(RestsOn::PublicSource))));
    assert!(kinds("statelessness-conventions", "body").contains(&(Basis::Added, Some(RestsOn::Inference))));
    // The source is out of date: JAR left Yotsuya in 2018, and FRJ's own page gives another
    // street number. The record leads with the replacement; the source's value is kept, cited.
    for (id, street, was) in
        [("jar", "2-5-2 Nishi-Kanda", "1-7-10 Yotsuya"), ("frj", "1-53-11 Yamato-cho", "1-52-11, Yamato-cho")]
    {
        assert_eq!(kinds(id, "addresses.0").iter().filter(|k| k.0 == Basis::Superseded).count(), 1, "{id}");
        let org = data.organization(id).unwrap();
        assert_eq!(org.addresses[0].address_1.text("en"), street);
        assert!(org.origin().superseded("addresses.0").all(|p| p.was.as_ref().unwrap().text("en").contains(was)));
    }
    // Where a public page disagrees and nothing shows which is right, the dataset says so, cited.
    assert_eq!(kinds("jar", "schedules.0"), [(Basis::Conflict, None)]);
    // Every inference names a record of this dataset (the validator accepts one left out on load).
    let ids: BTreeSet<String> = data.organizations.iter().map(|o| format!("organizations.{}.", o.id)).collect();
    let inferences =
        data.organizations.iter().flat_map(|o| &o.provenance).chain(data.legal_info.iter().flat_map(|l| &l.provenance));
    for from in inferences.filter_map(|p| p.from.as_deref()) {
        assert!(ids.iter().any(|id| from.starts_with(id.as_str())), "{from}");
    }
}

#[test]
fn every_street_number_and_contact_name_is_the_sources() {
    let block = Regex::new(r"\d+(-\d+)+").unwrap();
    let data = dataset();
    let mut numbers = 0;
    for org in &data.organizations {
        for (i, a) in org.addresses.iter().enumerate() {
            // A replaced address's numbers are those of the page it was replaced from.
            let field = format!("addresses.{i}");
            let replaced_from: Vec<String> = org
                .origin()
                .superseded(&field)
                .filter_map(|p| p.cites.as_deref().and_then(|c| data.source(c)))
                .filter_map(|s| s.note.as_ref().map(|n| n.text("en").to_string()))
                .collect();
            for text in a.address_1.all().chain(a.address_2.iter().flat_map(|t| t.all())) {
                for number in block.find_iter(text) {
                    // In both scripts, the block numbers are the source's own, or the replacement's.
                    let found = SOURCE.contains(number.as_str()) || replaced_from.iter().any(|n| n.contains(number.as_str()));
                    assert!(found, "{}: street number {} is not in the source", org.id, number.as_str());
                    numbers += 1;
                }
            }
        }
        for c in &org.contacts {
            assert!(SOURCE.contains(&c.name), "{}: contact {} is not in the source", org.id, c.name);
        }
    }
    assert!(numbers >= 12, "both forms of each of the six street addresses: {numbers}");
}

#[test]
fn the_validator_catches_what_it_should() {
    let mut data = dataset();
    data.organizations[1].phones[0].e164 = "+81353796009".into();
    data.organizations[1].contacts[0].email = Some("barbour@refugee".into());
    data.organizations[2].id = "frj".into();
    data.organizations[3].checks.push(Check { date: "recently".into(), by: " ".into(), method: CheckMethod::Phone, cites: None });
    data.organizations[4].source = "rumour".into();
    data.organizations[5].links.push(michishirube::model::Link { url: "javascript:alert(1)".into(), label: Default::default() });
    data.organizations[6].categories = vec!["nonsense".into()];
    data.organizations[7].schedules.push(michishirube::model::Schedule {
        byday: vec!["XX".into()],
        opens_at: "9:00".into(),
        closes_at: "8:00".into(),
    });
    data.pointers[0].url = Some("http://example.org/".into());
    data.legal_info[0].related.push("nowhere".into());
    let problems = validate(&data);
    let messages: Vec<String> = problems.iter().map(|p| format!("{}: {}", p.record, p.message)).collect();
    for expected in [
        "jar: phone \"03-5379-6001\" dials +81353796001, not +81353796009",
        "jar: email \"barbour@refugee\" is malformed",
        "frj: id is not unique",
        "jlnr: a check's date \"recently\" is not YYYY-MM or YYYY-MM-DD",
        "jlnr: a check does not say who checked",
        "jar-pro-bono: source \"rumour\" is not among the dataset's sources",
        "brsa: URL \"javascript:alert(1)\" is not a well-formed https URL",
        "iom-japan: category \"nonsense\" is not in the taxonomy",
        "refugee-statistics: URL \"http://example.org/\" is not a well-formed https URL",
        "refugee-protection: related card \"nowhere\" does not exist",
    ] {
        assert!(messages.iter().any(|m| m == expected), "missing {expected:?} in {messages:#?}");
    }
    assert!(messages.iter().any(|m| m.starts_with("jrcs: schedule")));
}

/// An addition or a conflict that names no basis, or names one that is not there, is refused.
#[test]
fn the_validator_refuses_facts_without_a_named_basis() {
    let mut data = dataset();
    let entry = |field: &str, basis: Basis, rests_on: Option<RestsOn>| Provenance {
        field: field.into(),
        lang: None,
        basis,
        rests_on,
        from: None,
        cites: None,
        says: None,
        was: None,
        evidence: None,
    };
    data.sources.push(michishirube::model::Source { url: None, file: Some("notes.txt".into()), ..data.sources[0].clone() });
    data.sources.last_mut().unwrap().id = "unlinked".into();
    let frj = &mut data.organizations[0];
    frj.provenance = vec![
        entry("summary", Basis::Added, None),
        entry("summary", Basis::Added, Some(RestsOn::PublicSource)),
        Provenance { cites: Some("a-blog".into()), ..entry("summary", Basis::Added, Some(RestsOn::PublicSource)) },
        entry("addresses.0", Basis::Conflict, None),
        Provenance { cites: Some("unlinked".into()), ..entry("phones.0", Basis::Conflict, None) },
        entry("name", Basis::Added, Some(RestsOn::Transliteration)),
        entry("name", Basis::Added, Some(RestsOn::Inference)),
        Provenance { from: Some("organizations.frj.emails.7".into()), ..entry("name", Basis::Added, Some(RestsOn::Inference)) },
        entry("addresses.3", Basis::Repaired, None),
        entry("motto", Basis::Repaired, None),
        entry("summary", Basis::Source, Some(RestsOn::Split)),
    ];
    let messages: Vec<String> = validate(&data).iter().map(|p| format!("{}: {}", p.record, p.message)).collect();
    let expected = [
        "frj: added fact \"summary\" does not say what it rests on",
        "frj: added fact \"summary\" names no source",
        "frj: added fact \"summary\" cites \"a-blog\", which is not among the sources",
        "frj: conflicting fact \"addresses.0\" names no source",
        "frj: conflicting fact \"addresses.0\" does not say what the other source gives",
        "frj: conflicting fact \"phones.0\" cites \"unlinked\", which has no URL",
        "frj: conflicting fact \"phones.0\" does not say what the other source gives",
        "frj: transliterated fact \"name\" does not say into which language",
        "frj: inferred fact \"name\" does not say what it is inferred from",
        "frj: inferred fact \"name\" is inferred from \"organizations.frj.emails.7\", which does not exist",
        "frj: provenance names field \"addresses.3\", which this record does not have",
        "frj: provenance names field \"motto\", which this record does not have",
        "frj: fact \"summary\" is not an addition, so it rests on nothing else",
    ];
    assert_eq!(messages, expected);
}

/// A superseded fact names what shows the source's value is out of date and where its
/// replacement comes from, keeps the source's value, and holds a replacement.
#[test]
fn the_validator_refuses_a_superseded_fact_without_both_citations_or_a_replacement() {
    let mut data = dataset();
    let jar = data.organizations.iter_mut().find(|o| o.id == "jar").unwrap();
    let superseded = jar.provenance.iter().find(|p| p.basis == Basis::Superseded).unwrap().clone();
    let yotsuya = superseded.was.clone().unwrap();
    jar.provenance = vec![
        Provenance { evidence: None, ..superseded.clone() },
        Provenance { field: "phones.0".into(), cites: Some("rumour".into()), ..superseded.clone() },
        Provenance { field: "emails.0".into(), was: None, ..superseded.clone() },
        Provenance {
            field: "name".into(),
            was: Some([("en", "Japan  Association for refugees.")].into_iter().collect()),
            ..superseded.clone()
        },
    ];
    jar.checks.push(Check { date: "2025-11".into(), by: "Michishirube".into(), method: CheckMethod::Website, cites: None });
    jar.checks.push(Check { cites: Some("jar-annual-report-2025".into()), date: "2026-01".into(), ..jar.checks[0].clone() });
    let messages: Vec<String> = validate(&data).iter().map(|p| format!("{}: {}", p.record, p.message)).collect();
    assert_eq!(
        messages,
        [
            "jar: a website check names no source",
            "jar: a website check on \"2026-01\" is not the date of the page it cites (Some(\"2025-11\"))",
            "jar: superseded fact \"addresses.0\": its evidence names no source",
            "jar: superseded fact \"phones.0\": its replacement cites \"rumour\", which is not among the sources",
            "jar: superseded fact \"emails.0\" does not say what the source gave",
            "jar: superseded fact \"name\" has no replacement: the record still gives \"Japan  Association for refugees.\"",
        ]
    );
    // The loader leaves out only that record, and says which and why.
    let mut value: serde_json::Value = serde_json::from_str(DATASET).unwrap();
    let jar = value["organizations"].as_array_mut().unwrap().iter_mut().find(|o| o["id"] == "jar").unwrap();
    let entry = jar["provenance"].as_array_mut().unwrap().iter_mut().find(|p| p["basis"] == "superseded").unwrap();
    entry.as_object_mut().unwrap().remove("cites");
    let loaded = michishirube::load::load(&value.to_string()).unwrap();
    assert!(loaded.data.organization("jar").is_none() && loaded.data.organization("frj").is_some());
    assert_eq!(loaded.skipped.len(), 1);
    assert_eq!(
        loaded.skipped[0].to_string(),
        "organizations jar: superseded fact \"addresses.0\": its replacement names no source"
    );
    assert!(yotsuya.text("en").contains("Yotsuya"));
}

/// The law as we state it cites dated pages, says the date it is as of, and carries its
/// Japanese terms in every language.
#[test]
fn the_validator_refuses_a_legal_statement_without_a_dated_citation_or_its_japanese_terms() {
    let mut data = dataset();
    data.sources.push(michishirube::model::Source {
        last_updated: None,
        read_on: None,
        ..data.source("nhk-2024-06-10").unwrap().clone()
    });
    data.sources.last_mut().unwrap().id = "undated".into();
    let card = data.legal_info.iter_mut().find(|l| l.id == "deportation-exception").unwrap();
    card.as_of = None;
    card.statements[0].cites.clear();
    card.statements[1].cites = vec!["undated".into(), "nowhere".into()];
    card.statements[2].terms.push("退去強制令書".into());
    let messages: Vec<String> = validate(&data).iter().map(|p| format!("{}: {}", p.record, p.message)).collect();
    assert_eq!(
        messages,
        [
            "deportation-exception: states the law but not the date it is as of",
            "deportation-exception: statements.0 cites no page",
            "deportation-exception: statements.1 cites \"undated\", which has no date (neither updated nor read on)",
            "deportation-exception: statements.1 cites \"nowhere\", which is not among the sources",
            "deportation-exception: statements.2 names 退去強制令書 but one of its languages does not carry it: \"The exception also covers people sentenced in Japan to three years or more in prison, and people considered terrorists.\"",
            "deportation-exception: statements.2 names 退去強制令書 but one of its languages does not carry it: \"この例外は、日本で3年以上の実刑判決を受けた人や、テロリストなどとされた人にも当てはまります。\"",
        ]
    );
}

/// Every statement of the law we added cites at least one page with an address and a date.
#[test]
fn every_added_legal_statement_cites_a_page_with_an_address_and_a_date() {
    let data = dataset();
    let mut statements = 0;
    for card in &data.legal_info {
        assert_eq!(card.statements.is_empty(), card.as_of.is_none(), "{}", card.id);
        for s in &card.statements {
            assert!(!s.cites.is_empty(), "{}: {}", card.id, s.text.text("en"));
            for cited in &s.cites {
                let source = data.source(cited).unwrap();
                assert!(source.url.is_some() && (source.last_updated.is_some() || source.read_on.is_some()), "{cited}");
            }
            statements += 1;
        }
    }
    assert!(statements >= 20, "{statements}");
    // The amendment's dates and terms, as a person needs them at a counter.
    let all: String = data.legal_info.iter().flat_map(|l| &l.statements).map(|s| s.text.text("en")).collect();
    for needed in
        ["1 December 2023", "10 June 2024", "within 7 days", "補完的保護対象者", "監理措置", "仮放免", "在留特別許可", "審査請求"]
    {
        assert!(all.contains(needed), "{needed}");
    }
    let rate = data.legal("recognition-rate").unwrap().statements.iter().map(|s| s.text.text("en")).collect::<String>();
    for figure in ["13,823", "303", "12,373", "190", "1,661"] {
        assert!(rate.contains(figure), "{figure}");
    }
}

/// The search's vocabulary points somewhere, and each of its words can count.
#[test]
fn the_validator_refuses_vocabulary_that_points_nowhere() {
    let mut data = dataset();
    assert!(data.vocabulary.len() >= 6);
    let words = |json: &str| serde_json::from_str(json).unwrap();
    let sense = |id: &str, services: &[&str], words| michishirube::model::Sense {
        id: id.into(),
        words,
        services: services.iter().map(|s| s.to_string()).collect(),
        categories: vec![],
        legal_info: vec![],
        situations: vec![],
    };
    data.vocabulary.push(sense("nowhere", &[], words(r#"{"en": "x"}"#)));
    data.vocabulary.push(sense("ghost", &["juggling"], words(r#"{"en": "visa,, the"}"#)));
    let messages: Vec<String> = validate(&data).iter().map(|p| format!("{}: {}", p.record, p.message)).collect();
    assert_eq!(
        messages,
        [
            "nowhere: means nothing: it names no service, category, legal card or situation",
            "ghost: service \"juggling\" is not in the taxonomy",
            "ghost: has an empty word (two commas together?)",
            "ghost: word \"the\" is also a stop word, so it would never count",
        ]
    );
}

/// A guide's step cites a page or one of our legal cards; a time limit has a source, and so does
/// its way of counting; whom to call is in the directory. Each refusal names the guide and the step.
#[test]
fn the_validator_refuses_a_guide_with_an_uncited_step_or_deadline_or_an_unknown_organisation() {
    let mut data = dataset();
    let refused = data.situations.iter_mut().find(|s| s.id == "refused").unwrap();
    refused.steps[1].cites.clear();
    refused.steps[1].legal_info.clear();
    refused.steps[2].legal_info.push("no-such-card".into());
    refused.steps[0].terms.push("仮放免".into());
    refused.deadlines[0].cites.clear();
    refused.deadlines[0].counting.as_mut().unwrap().cites = vec!["rumour".into()];
    refused.organizations.push("no-such-ngo".into());
    let messages: Vec<String> = validate(&data).iter().map(|p| format!("{}: {}", p.record, p.message)).collect();
    let expected = [
        "refused: steps.0 names 仮放免 but one of its languages does not carry it: \"You can ask the Minister of Justice to look at the decision again: a request for review (審査請求). Write it and hand it in within 7 days of the day you were told.\"",
        "refused: steps.1 cites no page and no legal card",
        "refused: steps.2 cites legal card \"no-such-card\", which does not exist",
        "refused: deadlines.0 has no source",
        "refused: deadlines.0.counting cites \"rumour\", which is not among the sources",
        "refused: organisation \"no-such-ngo\" is not in the directory",
    ];
    for line in expected {
        assert!(messages.iter().any(|m| m == line), "missing {line:?} in {messages:#?}");
    }
    assert!(messages.iter().all(|m| m.starts_with("refused: ")), "{messages:#?}");
}

/// The six guides people need most, each with its steps cited, the refused one with its 7 days
/// counted as the cited rules count them.
#[test]
fn the_guides_cover_the_six_situations_and_the_seven_days() {
    use michishirube::model::CountingRule;
    let data = dataset();
    let ids: Vec<&str> = data.situations.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["apply", "refused", "detained", "deportation", "no-money", "stateless"]);
    let refused = data.situation("refused").unwrap();
    let limit = &refused.deadlines[0];
    assert_eq!((limit.days, limit.counting.as_ref().map(|c| c.rule)), (7, Some(CountingRule::NextDayToNextOpenDay)));
    assert!(refused.phrases.iter().any(|p| p.ja.contains("審査請求")));
    for guide in &data.situations {
        assert!(!guide.organizations.is_empty(), "{}: whom to call", guide.id);
        for org in &guide.organizations {
            assert!(
                data.organization(org).is_some_and(|o| o.primary_phone().is_some() || o.primary_email().is_some()),
                "{}: {org}",
                guide.id
            );
        }
    }
}

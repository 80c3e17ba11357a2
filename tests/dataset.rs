//! The shipped dataset (`data/directory.json`) against its source text and its own rules.

use std::collections::BTreeSet;

use michishirube::model::{Basis, Check, CheckMethod, Dataset, PhoneKind, Provenance, RestsOn};
use michishirube::phone::to_e164;
use michishirube::validate::validate;
use phonenumber::{Mode, country};
use regex::Regex;

const DATASET: &str = include_str!("../data/directory.json");
const SOURCE: &str = include_str!("../data/source-amera-japan-2023-05.txt");

fn dataset() -> Dataset {
    serde_json::from_str(DATASET).expect("data/directory.json parses as a Dataset")
}

#[test]
fn the_dataset_is_valid() {
    let problems = validate(&dataset());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn lists_every_organisation_of_the_source() {
    let data = dataset();
    let ids: Vec<&str> = data.organizations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["frj", "jar", "unhcr-japan", "jlnr", "jar-pro-bono", "brsa", "iom-japan", "jrcs", "stateless-network"]);
    let legal: Vec<&str> = data.legal_info.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(legal, ["refugee-protection", "refugee-convention", "icrra", "statelessness-conventions", "recognition-rate"]);
    assert_eq!(data.pointers.len(), 4);
    assert_eq!(data.last_updated, "2023-05");
    assert!(SOURCE.trim_end().ends_with("Last updated May 2023"));
}

#[test]
fn every_phone_number_of_the_source_is_present_and_typed() {
    let number = Regex::new(r"(?m)^(Tel|Telephone|Phone|Fax|Facsimile|Toll-free[^:]*):\s*(.+?)\s*$").unwrap();
    let data = dataset();
    let shipped: BTreeSet<(String, PhoneKind)> =
        data.organizations.iter().flat_map(|o| o.phones.iter().map(|p| (p.e164.clone(), p.kind))).collect();
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
    let shipped: BTreeSet<&str> = data
        .organizations
        .iter()
        .flat_map(|o| o.emails.iter().map(|e| e.address.as_str()).chain(o.contacts.iter().filter_map(|c| c.email.as_deref())))
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
    // The source's links were stripped: the dataset may hold none until one is verified.
    let data = dataset();
    assert!(data.organizations.iter().all(|o| o.links.is_empty()));
    assert!(data.pointers.iter().all(|p| p.url.is_none()));
    // The only web addresses are those of the public sources that additions and conflicts cite.
    let url = Regex::new(r#"https?://[^\s"]+"#).unwrap();
    let cited: BTreeSet<&str> = data.sources.iter().filter_map(|s| s.url.as_deref()).collect();
    for found in url.find_iter(DATASET) {
        assert!(cited.contains(found.as_str()), "{} is not a cited source's address", found.as_str());
    }
}

#[test]
fn addresses_and_hours_match_the_source() {
    let data = dataset();
    let jar = data.organization("jar").unwrap();
    let a = &jar.addresses[0];
    assert_eq!(
        (a.postal_code.as_str(), a.state_province.as_str(), a.address_1.text("en")),
        ("160-0004", "tokyo", "1-7-10 Yotsuya")
    );
    let hours = michishirube::hours::parse_text("Monday-Friday 10:00-17:00").unwrap();
    assert_eq!(jar.schedules, vec![hours.to_schedule()]);
    assert!(SOURCE.contains("Opening Hours: Monday-Friday 10:00-17:00"));
    for org in &data.organizations {
        for address in &org.addresses {
            assert!(SOURCE.contains(address.postal_code.as_str()), "{} {}", org.id, address.postal_code);
        }
    }
    let stateless = data.organization("stateless-network").unwrap();
    assert_eq!(stateless.addresses[0].state_province, "kanagawa");
}

#[test]
fn every_record_is_listed_by_amera_and_none_claims_a_check() {
    let data = dataset();
    let records = data
        .organizations
        .iter()
        .map(|o| o.origin())
        .chain(data.legal_info.iter().map(|l| l.origin()))
        .chain(data.pointers.iter().map(|p| p.origin()));
    for origin in records {
        assert_eq!(data.source(origin.source).expect("known source").publisher, "AMERA International");
        assert!(origin.checks.is_empty(), "nobody has re-checked a record since May 2023");
    }
    assert!(!DATASET.contains("last_verified"));
}

#[test]
fn every_japanese_name_and_address_is_marked_as_ours() {
    // The source is in English only: every Japanese form in the dataset was written by us.
    let data = dataset();
    let ours =
        |org: &michishirube::model::Organization, field: &str| org.origin().marks(field, "ja").any(|p| p.basis == Basis::Added);
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
fn what_the_issue_found_is_fixed_and_marked() {
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
    // The source may be out of date: where public pages disagree, the dataset says so, cited.
    assert_eq!(kinds("frj", "addresses.0").iter().filter(|k| k.0 == Basis::Conflict).count(), 2);
    assert_eq!(kinds("jar", "addresses.0").iter().filter(|k| k.0 == Basis::Conflict).count(), 2);
    assert_eq!(
        data.organization("frj").unwrap().addresses[0].address_1.text("en"),
        "1-52-11 Yamato-cho",
        "the source is not overwritten"
    );
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
        for a in &org.addresses {
            for text in a.address_1.all().chain(a.address_2.iter().flat_map(|t| t.all())) {
                for number in block.find_iter(text) {
                    // In both scripts, the block numbers are the source's own.
                    assert!(
                        SOURCE.contains(number.as_str()),
                        "{}: street number {} is not in the source",
                        org.id,
                        number.as_str()
                    );
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
    data.organizations[3].checks.push(Check { date: "recently".into(), by: " ".into(), method: CheckMethod::Phone });
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
    };
    let frj = &mut data.organizations[0];
    frj.provenance = vec![
        entry("summary", Basis::Added, None),
        entry("summary", Basis::Added, Some(RestsOn::PublicSource)),
        Provenance { cites: Some("a-blog".into()), ..entry("summary", Basis::Added, Some(RestsOn::PublicSource)) },
        entry("addresses.0", Basis::Conflict, None),
        Provenance { cites: Some("amera-japan".into()), ..entry("phones.0", Basis::Conflict, None) },
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
        "frj: conflicting fact \"phones.0\" cites \"amera-japan\", which has no URL",
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
    };
    data.vocabulary.push(sense("nowhere", &[], words(r#"{"en": "x"}"#)));
    data.vocabulary.push(sense("ghost", &["juggling"], words(r#"{"en": "visa,, the"}"#)));
    let messages: Vec<String> = validate(&data).iter().map(|p| format!("{}: {}", p.record, p.message)).collect();
    assert_eq!(
        messages,
        [
            "nowhere: means nothing: it names no service, category or legal card",
            "ghost: service \"juggling\" is not in the taxonomy",
            "ghost: has an empty word (two commas together?)",
            "ghost: word \"the\" is also a stop word, so it would never count",
        ]
    );
}

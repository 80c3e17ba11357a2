//! The shipped dataset (`data/directory.json`) against its source text and its own rules.

use std::collections::BTreeSet;

use michishirube::model::{Dataset, PhoneKind};
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
    assert!(!DATASET.contains("http://") && !DATASET.contains("https://"));
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
fn every_record_has_a_source_and_a_last_verified_date() {
    let data = dataset();
    let records = data
        .organizations
        .iter()
        .map(|o| (&o.source, &o.last_verified))
        .chain(data.legal_info.iter().map(|l| (&l.source, &l.last_verified)))
        .chain(data.pointers.iter().map(|p| (&p.source, &p.last_verified)));
    for (source, verified) in records {
        let source = data.source(source).expect("known source");
        assert_eq!(source.publisher, "AMERA International");
        assert!(!verified.is_empty());
    }
}

#[test]
fn the_validator_catches_what_it_should() {
    let mut data = dataset();
    data.organizations[1].phones[0].e164 = "+81353796009".into();
    data.organizations[1].contacts[0].email = Some("barbour@refugee".into());
    data.organizations[2].id = "frj".into();
    data.organizations[3].last_verified = "recently".into();
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
        "jlnr: last_verified \"recently\" is not YYYY-MM or YYYY-MM-DD",
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

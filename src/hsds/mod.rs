//! The directory in Open Referral's Human Services Data Specification (HSDS), for other
//! directories to take: `organizations.json` (organisation-oriented and dereferenced, as the
//! specification asks) and the tabular data package (the specification's `datapackage.json` and
//! one CSV per resource), once per language. Written by the build only: none of it is in the wasm.
//!
//! The version followed is [`VERSION`]; what HSDS cannot say of our data is [`CANNOT_CARRY`].

mod ids;
mod organization;
mod tabular;

use std::path::Path;

use serde_json::Value;

use crate::model::Dataset;
pub use ids::{NAMESPACE, NAMESPACE_NAME, id};
pub use organization::{HOLIDAYS, UPDATED_BY, organization_id};
pub use tabular::DATAPACKAGE;

/// Which HSDS the export follows, said as exactly as the specification's snapshot allows.
pub const VERSION: &str = "HSDS 3.1 as on the 3.1-dev branch of openreferral/specification at commit \
abc731c8ac11825010e9d74a0ab61dcd48e880ec (2024-10-10); that snapshot has no 3.1 release tag, and its \
datapackage.json still says version 3.0.0";

/// The source language of `data/directory.json`: its export is at the root, the others below it.
pub const SOURCE_LANGUAGE: &str = "en";

/// What HSDS cannot carry of the directory, for the README.
pub const CANNOT_CARRY: &str = "\
HSDS has no translations side by side: a record has one text per field, and no field says its language. \
So the export is written once per language, with the same ids (English, the dataset's own language, at \
the root, each other language in its own folder); where we hold no translation of a text it is in English \
(or Japanese), as on the site, and nothing marks it. The language is stated only on each taxonomy term (the \
language of its name) and, in the CSV package, in meta_table_descriptions.csv.
HSDS metadata records changes, not evidence. A fact the source gave that we brought up to date is a row \
with the value it replaced; the facts we added (our Japanese forms, inferences, additions from public \
sources) and repaired are not rows, since HSDS's tabular form requires a previous value, which they do not \
have. No row says what a change rests on: our sources, with publisher, title, date and address, and the \
directory each record was listed in are left out. Our marks carry no date, so a row's date is the \
dataset's, on or before which the change was made.
What another source gives instead of a fact (the site's \"check before you go\"), the notes on what a \
source lacks or garbles, and why an email address is not trusted have no place in HSDS; an untrusted \
address is left out.
Checks keep only their date, as each service's assured_date, and only when it is a full day: how \
(phone, website, email, visit) and by whom a record was checked are left out.
An organisation has one email address in HSDS. A toll-free line is a voice line (HSDS phone types have no \
toll-free). Numbers are given in E.164 (+81…), not as dialled in Japan.
HSDS schedules have no holiday rule: each schedule says, in English, that the source does not say whether \
the place opens on Japanese public holidays. Opening hours and languages stated for an organisation as a \
whole are carried by each of its services, where HSDS holds them. A place known only by its city is a \
location named after it, without an address (an HSDS address needs a street).
HSDS requires a status for every service: ours are \"active\" because the directory lists only \
organisations it takes to be at work, not because each service was confirmed. It requires a description \
for every taxonomy term: ours have only a name, which is repeated.
Legal information, the guides for a situation, the pointers to further material and the search's \
everyday words are not HSDS objects and are not exported.";

/// One language's HSDS organisations.
pub fn organizations(data: &Dataset, lang: &str) -> Vec<Value> {
    data.organizations.iter().map(|org| organization::organization(data, org, lang)).collect()
}

/// The whole export, as (file below the export's folder, contents): for each language's edition
/// of the dataset (the source language's at the root, every other in `<lang>/`),
/// `organizations.json`, `datapackage.json` and the CSVs.
pub fn export<'a>(editions: impl IntoIterator<Item = (&'a str, &'a Dataset)>) -> Vec<(String, String)> {
    editions
        .into_iter()
        .flat_map(|(lang, data)| {
            let folder = if lang == SOURCE_LANGUAGE { String::new() } else { format!("{lang}/") };
            let organizations = organizations(data, lang);
            let json = serde_json::to_string(&organizations).expect("JSON values serialise");
            std::iter::once(("organizations.json".to_string(), json))
                .chain(tabular::package(&organizations, lang))
                .map(move |(file, contents)| (format!("{folder}{file}"), contents))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Writes an export's files below `dir`.
pub fn write(dir: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    for (file, contents) in files {
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, contents)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        crate::load::load(include_str!("../../data/directory.json")).unwrap().data
    }

    fn find<'a>(org: &'a Value, list: &str, key: &str, value: &str) -> &'a Value {
        org[list].as_array().unwrap().iter().find(|o| o[key] == value).unwrap_or_else(|| panic!("no {list} with {key} {value}"))
    }

    #[test]
    fn maps_an_organisation_faithfully() {
        let data = dataset();
        let jar = organizations(&data, "en").into_iter().find(|o| o["id"] == organization_id("jar")).unwrap();
        assert_eq!(jar["name"], "Japan Association for Refugees");
        assert_eq!(jar["alternate_name"], "JAR");
        assert_eq!(jar["email"], "contact@refugee.or.jp");
        let toll_free = find(&jar, "phones", "number", "+81120477472");
        assert_eq!(toll_free["type"], "voice");
        assert_eq!(toll_free["description"], "Toll-free number for refugees and asylum seekers");
        assert_eq!(find(&jar, "phones", "number", "+81353796002")["type"], "fax");
        let legal = find(&jar, "services", "id", &id("service/jar/legal-advice"));
        assert_eq!(legal["status"], "active");
        assert_eq!(legal["organization_id"], jar["id"]);
        let hours = &legal["schedules"][0];
        assert_eq!(hours["freq"], "WEEKLY");
        assert_eq!(hours["byday"], "MO,TU,WE,TH,FR");
        assert_eq!(hours["timezone"], 9);
        assert_eq!(hours["opens_at"], "10:00:00+09:00");
        assert_eq!(hours["closes_at"], "17:00:00+09:00");
        assert!(hours["description"].as_str().unwrap().contains("public holidays"));
        // Nothing we do not hold: no languages stated for JAR, no check, no invented status date.
        assert!(legal.get("languages").is_none() && legal.get("assured_date").is_none());
        let address = &jar["locations"][0]["addresses"][0];
        assert_eq!(address["country"], "JP");
        assert_eq!(address["state_province"], "Tokyo");
        assert_eq!(address["address_2"], "TAS Bldg. 4F");
    }

    #[test]
    fn superseded_facts_become_metadata_with_both_values() {
        let data = dataset();
        let frj = |lang| organizations(&data, lang).into_iter().find(|o| o["id"] == organization_id("frj")).unwrap();
        let (en, ja) = (frj("en"), frj("ja"));
        // FRJ's marks: names and an address added in Japanese, a link added, one address superseded.
        assert_eq!(en["metadata"].as_array().unwrap().len(), 1, "{}", en["metadata"]);
        let row = &en["metadata"][0];
        assert_eq!(row["last_action_type"], "update");
        assert_eq!(row["field_name"], "addresses.0");
        assert_eq!(row["previous_value"], "1-52-11, Yamato-cho, Nakano-ku, Tokyo 165-0034");
        assert!(row["replacement_value"].as_str().unwrap().contains("1-53-11 Yamato-cho"), "{row}");
        assert_eq!(row["resource_type"], "address");
        assert_eq!(row["resource_id"], id("address/frj/0").as_str());
        assert_eq!(row["last_action_date"], data.last_updated.as_str());
        assert_eq!(row["updated_by"], UPDATED_BY);
        // The same change, in the language of the export, with the same id.
        assert_eq!(ja["metadata"][0]["id"], row["id"]);
        assert_eq!(ja["metadata"][0]["previous_value"], "〒165-0034 東京都中野区大和町1-52-11");
    }

    #[test]
    fn a_check_dated_to_the_day_is_the_services_assured_date() {
        let mut data = dataset();
        let assured = |data: &Dataset| organizations(data, "en")[0]["services"][0].get("assured_date").cloned();
        assert_eq!(data.organizations[0].checks[0].date, "2022-06");
        assert_eq!(assured(&data), None);
        data.organizations[0].checks[0].date = "2022-06-30".into();
        assert_eq!(assured(&data), Some("2022-06-30".into()));
    }

    #[test]
    fn every_language_goes_out_in_its_own_folder_with_the_same_ids() {
        let mut fa = dataset();
        crate::overlay::Overlay::parse(include_str!("../../data/i18n/fa.json")).unwrap().apply(&mut fa, "fa");
        let en = dataset();
        let files = export([("en", &en), ("fa", &fa)]);
        let json = |name: &str| -> Value { serde_json::from_str(&files.iter().find(|(f, _)| f == name).unwrap().1).unwrap() };
        let ids = |v: &Value| v.as_array().unwrap().iter().map(|o| o["id"].clone()).collect::<Vec<_>>();
        assert_eq!(ids(&json("organizations.json")), ids(&json("fa/organizations.json")));
        assert_ne!(json("organizations.json")[0]["description"], json("fa/organizations.json")[0]["description"]);
        assert!(files.iter().any(|(f, c)| f == "fa/meta_table_descriptions.csv" && c.contains(",fa,UTF-8")));
        let text = |name: &str| files.iter().find(|(f, _)| f == name).map(|(_, c)| c.as_str());
        assert_eq!(text("datapackage.json"), text("fa/datapackage.json"));
    }
}

//! Reading a dataset that may be damaged, hostile or from another version: what can be
//! shown is shown, each record that cannot is skipped and reported, and a file that cannot
//! be read at all says why.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use crate::links::is_email;
use crate::model::{Dataset, LegalInfo, Maintainer, Organization, Pointer, SCHEMA_VERSION, Situation, Source, Taxonomy};
use crate::validate::validate;

/// Larger files are refused rather than freezing a cheap phone (50 000 organisations are ~30 MB).
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// Why a dataset could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetError {
    /// Not JSON, cut short, or not the dataset's shape; the message says where.
    Malformed(String),
    /// Written for another version of the app.
    Version(u32),
    /// Over [`MAX_BYTES`].
    TooLarge(usize),
}

/// A record left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub section: &'static str,
    /// Its id, when it had a readable one.
    pub id: Option<String>,
    pub reason: String,
}

/// "organizations jar: phone … does not dial", for whoever maintains the data.
impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let id = self.id.as_deref().unwrap_or("(no readable id)");
        write!(f, "{} {id}: {}", self.section, self.reason)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LoadReport {
    pub data: Dataset,
    pub skipped: Vec<Skipped>,
}

/// The file's outline: the parts every record needs are read strictly, records one by one.
#[derive(Deserialize)]
struct Outline<'a> {
    schema_version: u32,
    #[serde(borrow, default)]
    last_updated: Option<&'a RawValue>,
    #[serde(borrow, default)]
    sources: Option<&'a RawValue>,
    #[serde(borrow, default)]
    taxonomy: Option<&'a RawValue>,
    #[serde(borrow, default)]
    organizations: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    legal_info: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    pointers: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    situations: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    maintainer: Option<&'a RawValue>,
    #[serde(borrow, default)]
    vocabulary: Option<&'a RawValue>,
    #[serde(borrow, default)]
    stopwords: Option<&'a RawValue>,
}

fn malformed(e: impl std::fmt::Display) -> DatasetError {
    DatasetError::Malformed(e.to_string())
}

fn required<T: DeserializeOwned>(part: Option<&RawValue>, name: &str) -> Result<T, DatasetError> {
    let raw = part.ok_or_else(|| malformed(format!("missing {name}")))?;
    serde_json::from_str(raw.get()).map_err(|e| malformed(format!("{name}: {e}")))
}

/// Reads each record on its own, so one damaged record does not hide the others.
fn records<T: DeserializeOwned>(section: &'static str, raws: &[&RawValue], skipped: &mut Vec<Skipped>) -> Vec<T> {
    raws.iter()
        .filter_map(|raw| {
            serde_json::from_str(raw.get())
                .map_err(|e| {
                    #[derive(Deserialize)]
                    struct Id {
                        id: String,
                    }
                    let id = serde_json::from_str::<Id>(raw.get()).ok().map(|r| r.id);
                    skipped.push(Skipped { section, id, reason: e.to_string() });
                })
                .ok()
        })
        .collect()
}

/// Reads a dataset. Records that do not parse, or that [`validate`] finds fault with (a number
/// that does not dial, a duplicate id, …), are left out and listed in [`LoadReport::skipped`].
pub fn load(json: &str) -> Result<LoadReport, DatasetError> {
    if json.len() > MAX_BYTES {
        return Err(DatasetError::TooLarge(json.len()));
    }
    let outline: Outline = serde_json::from_str(json).map_err(malformed)?;
    if outline.schema_version != SCHEMA_VERSION {
        return Err(DatasetError::Version(outline.schema_version));
    }
    let mut skipped = Vec::new();
    let mut data = Dataset {
        schema_version: outline.schema_version,
        last_updated: required(outline.last_updated, "last_updated")?,
        sources: required::<Vec<Source>>(outline.sources, "sources")?,
        taxonomy: required::<Taxonomy>(outline.taxonomy, "taxonomy")?,
        organizations: records::<Organization>("organizations", &outline.organizations, &mut skipped),
        legal_info: records::<LegalInfo>("legal_info", &outline.legal_info, &mut skipped),
        pointers: records::<Pointer>("pointers", &outline.pointers, &mut skipped),
        situations: records::<Situation>("situations", &outline.situations, &mut skipped),
        // The search's words: a damaged vocabulary costs the search its help, not the directory.
        vocabulary: outline.vocabulary.and_then(|raw| serde_json::from_str(raw.get()).ok()).unwrap_or_default(),
        stopwords: outline.stopwords.and_then(|raw| serde_json::from_str(raw.get()).ok()).unwrap_or_default(),
        // Corrections are never offered to an address that could reach a stranger.
        maintainer: outline
            .maintainer
            .and_then(|raw| serde_json::from_str::<Maintainer>(raw.get()).ok())
            .filter(|m| is_email(&m.email)),
    };
    forget_dangling_references(&mut data);
    // What is wrong with each record, by section and id (looked up once per record, so a map).
    let mut faulty: HashMap<(&str, String), Vec<String>> = HashMap::new();
    for problem in validate(&data) {
        faulty.entry((problem.section, problem.record)).or_default().push(problem.message);
    }
    let mut drop = |section: &'static str, id: &str| -> bool {
        let Some(reasons) = faulty.get(&(section, id.to_string())) else { return false };
        skipped.push(Skipped { section, id: Some(id.to_string()), reason: reasons.join("; ") });
        true
    };
    data.organizations.retain(|o| !drop("organizations", &o.id));
    data.legal_info.retain(|l| !drop("legal_info", &l.id));
    data.pointers.retain(|p| !drop("pointers", &p.id));
    data.situations.retain(|s| !drop("situations", &s.id));
    forget_dangling_references(&mut data);
    Ok(LoadReport { data, skipped })
}

/// A short fingerprint of a dataset file (FNV-1a, 64 bits, in hex): the same on the build's
/// machine and in the browser, so the app can tell whether the copy it fetched is the one the
/// static pages were drawn from.
pub fn digest(bytes: impl AsRef<[u8]>) -> String {
    let hash = bytes.as_ref().iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

/// Links to records that were left out are dropped; the records holding them are kept.
fn forget_dangling_references(data: &mut Dataset) {
    let orgs: HashSet<String> = data.organizations.iter().map(|o| o.id.clone()).collect();
    let cards: HashSet<String> = data.legal_info.iter().map(|l| l.id.clone()).collect();
    for org in &mut data.organizations {
        if org.parent_id.as_ref().is_some_and(|p| !orgs.contains(p)) {
            org.parent_id = None;
        }
    }
    for card in &mut data.legal_info {
        card.related.retain(|id| cards.contains(id));
        card.related_organizations.retain(|id| orgs.contains(id));
    }
    for situation in &mut data.situations {
        situation.organizations.retain(|id| orgs.contains(id));
        for step in &mut situation.steps {
            step.legal_info.retain(|id| cards.contains(id));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../data/directory.json");

    #[test]
    fn reads_the_shipped_dataset_whole() {
        let loaded = load(SHIPPED).unwrap();
        assert_eq!(loaded.skipped, vec![]);
        assert_eq!(loaded.data.organizations.len(), 11);
    }

    #[test]
    fn fingerprints_a_file_by_every_byte() {
        assert_eq!(digest(""), "cbf29ce484222325");
        assert_eq!(digest("a"), "af63dc4c8601ec8c");
        assert_ne!(digest(SHIPPED), digest(SHIPPED.replace("6001", "6009")));
    }

    #[test]
    fn tells_each_kind_of_damage_apart() {
        assert!(matches!(load("{"), Err(DatasetError::Malformed(_))));
        assert!(matches!(load("<!doctype html><title>404</title>"), Err(DatasetError::Malformed(_))));
        assert!(matches!(load("[]"), Err(DatasetError::Malformed(_))));
        assert!(matches!(load(&SHIPPED[..SHIPPED.len() / 2]), Err(DatasetError::Malformed(_))));
        assert_eq!(load(r#"{"schema_version": 2, "anything": []}"#), Err(DatasetError::Version(2)));
        assert!(matches!(load(r#"{"schema_version": 3}"#), Err(DatasetError::Malformed(m)) if m == "missing last_updated"));
        let big = " ".repeat(MAX_BYTES + 1);
        assert_eq!(load(&big), Err(DatasetError::TooLarge(MAX_BYTES + 1)));
    }

    #[test]
    fn shows_the_good_records_and_reports_the_bad_ones() {
        let mut value: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
        let orgs = value["organizations"].as_array_mut().unwrap();
        orgs[0]["phones"] = serde_json::json!("not a list");
        orgs[1]["phones"][0]["e164"] = serde_json::json!("+81353796009");
        orgs.push(serde_json::json!(42));
        orgs.push(orgs[2].clone());
        value["legal_info"][0]["title"] = serde_json::json!({});
        let loaded = load(&value.to_string()).unwrap();
        let ids: Vec<&str> = loaded.data.organizations.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(
            ids,
            ["jlnr", "jar-pro-bono", "brsa", "iom-japan", "jrcs", "stateless-network", "houterasu", "isa-information-center"]
        );
        let skipped: Vec<(&str, Option<&str>)> = loaded.skipped.iter().map(|s| (s.section, s.id.as_deref())).collect();
        assert_eq!(
            skipped,
            [
                ("organizations", Some("frj")),
                ("organizations", None),
                ("organizations", Some("jar")),
                ("organizations", Some("unhcr-japan")),
                ("organizations", Some("unhcr-japan")),
                ("legal_info", Some("refugee-protection")),
            ]
        );
        assert!(loaded.skipped[2].reason.contains("dials +81353796001"));
        assert!(loaded.skipped[2].to_string().starts_with("organizations jar: phone "));
        assert!(loaded.skipped[1].to_string().starts_with("organizations (no readable id): "));
        assert_eq!(loaded.data.legal_info.len(), 8);
    }

    #[test]
    fn leaves_out_only_the_faulty_record_when_another_section_shares_its_id() {
        let mut value: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
        // Ids are unique within a section only: a faulty legal card and taxonomy term named "jar".
        value["legal_info"][0]["id"] = serde_json::json!("jar");
        value["legal_info"][0]["title"] = serde_json::json!({ "en": " " });
        let services = value["taxonomy"]["services"].as_array_mut().unwrap();
        services.push(serde_json::json!({ "id": "jar", "name": { "en": "" } }));
        let loaded = load(&value.to_string()).unwrap();
        let skipped: Vec<(&str, Option<&str>)> = loaded.skipped.iter().map(|s| (s.section, s.id.as_deref())).collect();
        assert_eq!(skipped, [("legal_info", Some("jar"))]);
        assert!(loaded.data.organization("jar").is_some());
    }

    #[test]
    fn reads_the_hostile_fixture_leaving_out_only_what_links_to_scripts() {
        let loaded = load(include_str!("../tests/fixtures/hostile.json")).unwrap();
        let skipped: Vec<(&str, Option<&str>)> = loaded.skipped.iter().map(|s| (s.section, s.id.as_deref())).collect();
        assert_eq!(skipped, [("organizations", Some("hostile-links")), ("pointers", Some("refugee-statistics"))]);
        assert_eq!(loaded.data.organizations.len(), 9);
        assert!(loaded.data.organization("jlnr").unwrap().name.text("en").len() > 100_000);
    }
}

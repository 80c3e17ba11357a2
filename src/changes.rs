//! What changed between the dataset a device held and the one it holds now, record by record and
//! fact by fact ("JAR: address"), and whom the app has told. The build reads each record's facts
//! as plain JSON, whatever the schema, and keeps a fingerprint of each in the compact index, so a
//! device that held an older version of the dataset is told too. Nothing leaves the device: the
//! comparison and the note of what was told stay on it.

use serde::Deserialize;
use serde_json::Value;

use crate::bookmarks::Kind;
use crate::i18n::Key;
use crate::json::Json;
use crate::store::Store;

/// Where the app notes what it has told, for one pair of datasets.
pub const TOLD_KEY: &str = "michishirube.changes.v1";

/// The facts a person acts on, by what they are called and the record fields that hold them.
/// The compact index keeps a fingerprint of each, in this order: a new fact goes at the end, so
/// copies written by older versions of the app still compare.
const ORGANIZATION_FACTS: [(Key, &[&str]); 6] = [
    (Key::FieldName, &["name"]),
    (Key::FieldAddress, &["addresses", "locations"]),
    (Key::FieldPhone, &["phones"]),
    (Key::FieldEmail, &["emails"]),
    (Key::FieldHours, &["schedules"]),
    (Key::Website, &["links"]),
];
const LEGAL_FACTS: [(Key, &[&str]); 2] = [(Key::FieldName, &["title"]), (Key::FieldText, &["summary", "body", "statements"])];

fn facts_of(kind: Kind) -> &'static [(Key, &'static [&'static str])] {
    match kind {
        Kind::Legal => &LEGAL_FACTS,
        _ => &ORGANIZATION_FACTS,
    }
}

/// One record whose facts changed, and which (each named once, in the order above).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    pub kind: Kind,
    pub id: String,
    pub facts: Vec<Key>,
}

impl Changed {
    pub fn key(&self) -> String {
        record_key(self.kind, &self.id)
    }
}

/// A record as the told note names it: "organization:jar".
pub fn record_key(kind: Kind, id: &str) -> String {
    let kind = match kind {
        Kind::Organization => "organization",
        Kind::Legal => "legal",
        Kind::Situation => "situation",
    };
    format!("{kind}:{id}")
}

/// A record's facts, each as a fingerprint of the fields that hold it: what a copy of the
/// dataset keeps to be compared with another, without the text of either.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    pub kind: Kind,
    pub id: String,
    pub prints: Vec<String>,
}

/// The records of a dataset, whatever else it holds.
#[derive(Deserialize)]
struct Records {
    #[serde(default)]
    organizations: Vec<Value>,
    #[serde(default)]
    legal_info: Vec<Value>,
}

/// Each record's facts in a dataset file, read as plain JSON whatever its schema, so a copy of
/// any version compares. A file that cannot be read has none.
pub fn facts(file: &str) -> Vec<Facts> {
    let Ok(records) = serde_json::from_str::<Records>(file) else { return Vec::new() };
    let prints = |kind: Kind, records: Vec<Value>| {
        records.into_iter().filter_map(move |record| {
            let id = record.get("id")?.as_str()?.to_string();
            let prints = facts_of(kind).iter().map(|(_, fields)| print(&record, fields)).collect();
            Some(Facts { kind, id, prints })
        })
    };
    prints(Kind::Organization, records.organizations).chain(prints(Kind::Legal, records.legal_info)).collect()
}

/// The fingerprint of a fact: of its fields, a missing one and an empty one alike (both say
/// nothing).
fn print(record: &Value, fields: &[&str]) -> String {
    let said: String = fields
        .iter()
        .filter_map(|field| {
            record.get(*field).filter(|v| !(v.is_null() || v.as_array().is_some_and(Vec::is_empty))).map(|v| (field, v))
        })
        .map(|(field, value)| format!("{field}={value}\0"))
        .collect();
    crate::load::digest(said)
}

/// The records present in both copies whose facts differ.
pub fn between(previous: &[Facts], current: &[Facts]) -> Vec<Changed> {
    current
        .iter()
        .filter_map(|now| {
            let before = previous.iter().find(|b| b.kind == now.kind && b.id == now.id)?;
            let facts: Vec<Key> = facts_of(now.kind)
                .iter()
                .zip(before.prints.iter().zip(&now.prints))
                .filter(|(_, (a, b))| a != b)
                .map(|((key, _), _)| *key)
                .collect();
            (!facts.is_empty()).then(|| Changed { kind: now.kind, id: now.id.clone(), facts })
        })
        .collect()
}

/// What the app has told about one pair of datasets (`between` is their fingerprints).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct Told {
    pub between: String,
    pub told: Vec<String>,
}

impl Told {
    /// What the device noted for this pair; a note of another pair, or one that cannot be read,
    /// means nothing has been told yet.
    pub fn read(store: &impl Store, between: &str) -> Told {
        let noted = store.get(TOLD_KEY).ok().flatten().and_then(|raw| Told::decode(&raw));
        noted.filter(|t| t.between == between).unwrap_or_else(|| Told { between: between.to_string(), told: Vec::new() })
    }

    /// The stored note: `{"between": "…", "told": ["organization:jar", …]}`.
    fn decode(raw: &str) -> Option<Told> {
        let value = Json::parse(raw)?;
        let told = value.get("told")?.as_array()?.iter().map(|k| k.as_str().map(str::to_string)).collect::<Option<_>>()?;
        Some(Told { between: value.get("between")?.as_str()?.to_string(), told })
    }

    fn encode(&self) -> String {
        let told = Json::Array(self.told.iter().map(|k| k.as_str().into()).collect());
        Json::Object(vec![("between".into(), self.between.as_str().into()), ("told".into(), told)]).write()
    }

    /// The changes not told yet among those a person cares about (`wanted`).
    pub fn untold<'a>(&self, changed: &'a [Changed], wanted: impl Fn(&Changed) -> bool) -> Vec<&'a Changed> {
        changed.iter().filter(|c| wanted(c) && !self.told.contains(&c.key())).collect()
    }

    /// Notes these as told, so each is said once. A device that refuses the note may say it
    /// again next time, which is the lesser harm.
    pub fn tell(&mut self, store: &impl Store, changes: &[&Changed]) {
        if changes.is_empty() {
            return;
        }
        self.told.extend(changes.iter().map(|c| c.key()).filter(|k| !self.told.contains(k)).collect::<Vec<_>>());
        let _ = store.set(TOLD_KEY, &self.encode());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Refusal;

    const NOW: &str = include_str!("../data/directory.json");
    /// The dataset as devices held it before the facts were brought up to date (schema 2).
    const BEFORE: &str = include_str!("../tests/fixtures/directory-2023-05.json");

    #[derive(Default)]
    struct Fake(std::cell::RefCell<Option<String>>);

    impl Store for Fake {
        fn get(&self, _: &str) -> Result<Option<String>, Refusal> {
            Ok(self.0.borrow().clone())
        }
        fn set(&self, _: &str, value: &str) -> Result<(), Refusal> {
            *self.0.borrow_mut() = Some(value.to_string());
            Ok(())
        }
    }

    #[test]
    fn a_device_that_held_the_2023_dataset_learns_that_jars_address_changed() {
        let changed = between(&facts(BEFORE), &facts(NOW));
        let jar = changed.iter().find(|c| c.id == "jar").unwrap();
        assert_eq!(jar.kind, Kind::Organization);
        assert_eq!(jar.facts, [Key::FieldAddress, Key::FieldEmail, Key::Website]);
        let frj = changed.iter().find(|c| c.id == "frj").unwrap();
        assert_eq!(frj.facts, [Key::FieldAddress, Key::Website]);
        let icrra = changed.iter().find(|c| c.id == "icrra").unwrap();
        assert_eq!((icrra.kind, icrra.facts.as_slice()), (Kind::Legal, &[Key::FieldText][..]));
        // A record the device never held is new, not changed; one unchanged is not named.
        assert!(!changed.iter().any(|c| c.id == "houterasu" || c.id == "jrcs" && c.facts.contains(&Key::FieldPhone)));
        assert_eq!(between(&facts(NOW), &facts(NOW)), []);
    }

    #[test]
    fn a_dataset_that_cannot_be_read_tells_nothing() {
        for damaged in ["", "{", "[]", "<!doctype html>", "{\"organizations\": 7}"] {
            assert_eq!(between(&facts(damaged), &facts(NOW)), [], "{damaged:?}");
            assert_eq!(between(&facts(NOW), &facts(damaged)), [], "{damaged:?}");
        }
    }

    #[test]
    fn each_change_is_told_once_for_each_pair_of_datasets() {
        let changed = between(&facts(BEFORE), &facts(NOW));
        let device = Fake::default();
        let saved = |c: &Changed| c.id == "jar";
        let mut told = Told::read(&device, "a-b");
        let untold = told.untold(&changed, saved);
        assert_eq!(untold.iter().map(|c| c.key()).collect::<Vec<_>>(), ["organization:jar"]);
        told.tell(&device, &untold);
        assert_eq!(Told::read(&device, "a-b").untold(&changed, saved), Vec::<&Changed>::new());
        // Another record, opened later, is still told; a newer pair starts afresh.
        assert_eq!(Told::read(&device, "a-b").untold(&changed, |c| c.id == "frj").len(), 1);
        assert_eq!(Told::read(&device, "b-c").untold(&changed, saved).len(), 1);
        // The note is stored as earlier builds stored it.
        let note = device.0.borrow().clone().unwrap();
        assert_eq!(serde_json::from_str::<Told>(&note).unwrap(), Told::read(&device, "a-b"));
        assert_eq!(note, serde_json::to_string(&Told::read(&device, "a-b")).unwrap());
        // A damaged note tells again rather than failing.
        *device.0.borrow_mut() = Some("{not json".into());
        assert_eq!(Told::read(&device, "a-b").untold(&changed, saved).len(), 1);
    }
}

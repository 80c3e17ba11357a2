//! The tabular form of the export: the specification's own `datapackage.json` and one CSV per
//! resource it lists (RFC 4180, UTF-8, a header row always), flattened from the JSON export, so
//! the two forms cannot disagree.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::ids::id;

/// The specification's `datapackage.json`, vendored from the pinned commit (see
/// `tests/hsds/README.md`): "publishers should use it rather than develop their own". The export
/// ships it as it is but for two resources it leaves broken (see [`datapackage`]).
pub const DATAPACKAGE: &str = include_str!("../../tests/hsds/datapackage.json");

/// Under which key of an object its children of each resource are embedded in the JSON form.
const CHILDREN: [(&str, &str); 11] = [
    ("services", "service"),
    ("phones", "phone"),
    ("contacts", "contact"),
    ("locations", "location"),
    ("addresses", "address"),
    ("schedules", "schedule"),
    ("languages", "language"),
    ("additional_websites", "url"),
    ("attributes", "attribute"),
    ("taxonomy_term", "taxonomy_term"),
    ("metadata", "metadata"),
];

/// A resource of the data package: its name, file and columns, where it stands in the file, and
/// whether its schema holds together.
struct Resource {
    name: String,
    path: String,
    fields: Vec<String>,
    span: Range<usize>,
    sound: bool,
}

fn resources() -> Vec<Resource> {
    #[derive(Deserialize)]
    struct Package<'a> {
        #[serde(borrow)]
        resources: Vec<&'a RawValue>,
    }
    // One copy of the file, for the slices' places in it (each use of a const may be its own).
    let file: &str = DATAPACKAGE;
    let package: Package = serde_json::from_str(file).expect("the vendored datapackage.json is a data package");
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    package
        .resources
        .iter()
        .map(|raw| {
            let r: Value = serde_json::from_str(raw.get()).expect("a resource is JSON");
            let fields: Vec<String> = r["schema"]["fields"].as_array().into_iter().flatten().map(|f| text(&f["name"])).collect();
            let keys: Vec<String> = match &r["schema"]["primaryKey"] {
                Value::Array(keys) => keys.iter().map(text).collect(),
                key => vec![text(key)],
            };
            // The raw text is a slice of DATAPACKAGE: its place in the file.
            let start = raw.get().as_ptr() as usize - file.as_ptr() as usize;
            Resource {
                name: text(&r["name"]),
                path: text(&r["path"]),
                sound: !fields.is_empty() && keys.iter().all(|k| fields.contains(k)),
                fields,
                span: start..start + raw.get().len(),
            }
        })
        .collect()
}

/// What our package says of itself, in place of the specification's: its name, title and
/// description describe HSDS, and its licence is the specification's (CC BY-SA 4.0), which is
/// not a licence anyone has given for these records. The resources' schemas are the
/// specification's, and the description says so, as their licence asks.
const HEAD: &str = r#"{
    "name": "michishirube",
    "title": "Michishirube: organisations that help refugees and asylum seekers in Japan",
    "description": "The Michishirube directory in Open Referral's Human Services Data Specification (HSDS 3.1, tabular form). The resources and their schemas are the specification's own (github.com/openreferral/specification, branch 3.1-dev at abc731c8ac11825010e9d74a0ab61dcd48e880ec; CC BY-SA 4.0). No licence has been stated for the records yet: each fact cites its public source on the site's 'About this data' page.",
    "profile": "tabular-data-package",
    "version": "3.0.0",
    "#;

/// The specification's `datapackage.json` with our own head ([`HEAD`]), less the resources whose
/// schema it leaves broken at the pinned commit (a primary key that is none of their fields:
/// `service_capacity` and `unit`), which frictionless refuses, and for which we hold nothing.
fn datapackage(resources: &[Resource]) -> String {
    let mut text = DATAPACKAGE.to_string();
    for r in resources.iter().rev().filter(|r| !r.sound) {
        // With the comma that parts it from the resource before it.
        let start = DATAPACKAGE[..r.span.start].trim_end().strip_suffix(',').map_or(r.span.start, str::len);
        text.replace_range(start..r.span.end, "");
    }
    let resources = text.find("\"resources\"").expect("the vendored datapackage.json has resources");
    text.replace_range(..resources, HEAD);
    text
}

type Rows<'a> = BTreeMap<&'static str, Vec<&'a Map<String, Value>>>;

/// Every object of the export by resource, each once (a taxonomy term is embedded wherever it
/// is used), in the order first met.
fn rows(organizations: &[Value]) -> Rows<'_> {
    fn walk<'a>(resource: &'static str, object: &'a Map<String, Value>, seen: &mut BTreeSet<&'a str>, rows: &mut Rows<'a>) {
        if !seen.insert(object.get("id").and_then(Value::as_str).unwrap_or_default()) {
            return;
        }
        rows.entry(resource).or_default().push(object);
        for (key, child) in CHILDREN {
            let children: Vec<&Value> = match object.get(key) {
                Some(Value::Array(items)) => items.iter().collect(),
                Some(one) => vec![one],
                None => vec![],
            };
            for child_object in children.into_iter().filter_map(Value::as_object) {
                walk(child, child_object, seen, rows);
            }
        }
    }
    let (mut rows, mut seen) = (Rows::new(), BTreeSet::new());
    for organization in organizations.iter().filter_map(Value::as_object) {
        walk("organization", organization, &mut seen, &mut rows);
    }
    rows
}

/// A CSV field, quoted when it must be (RFC 4180).
fn quote(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() }
}

/// A cell: a text or a number as it is, nothing for a missing value.
fn cell(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => quote(s),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

fn csv<'a>(columns: &[String], rows: impl Iterator<Item = &'a Map<String, Value>>) -> String {
    let line = |cells: Vec<String>| cells.join(",") + "\r\n";
    let header = line(columns.iter().map(|c| quote(c)).collect());
    rows.fold(header, |out, row| out + &line(columns.iter().map(|c| cell(row.get(c))).collect()))
}

/// The data package of `organizations` (the JSON export in `lang`): `datapackage.json` and its
/// CSVs, as (file, contents). Each table is described, with its language, in
/// `meta_table_descriptions.csv`, the one place HSDS gives a language to data.
pub fn package(organizations: &[Value], lang: &str) -> Vec<(String, String)> {
    let all = resources();
    let package = datapackage(&all);
    let resources: Vec<&Resource> = all.iter().filter(|r| r.sound).collect();
    let rows = rows(organizations);
    let described: Vec<Value> = resources
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": id(&format!("meta_table_description/{lang}/{}", r.name)),
                "name": r.name,
                "language": lang,
                "character_set": "UTF-8",
            })
        })
        .collect();
    let rows_of = |name: &str| -> Vec<&Map<String, Value>> {
        match name {
            "meta_table_description" => described.iter().filter_map(Value::as_object).collect(),
            _ => rows.get(name).cloned().unwrap_or_default(),
        }
    };
    std::iter::once(("datapackage.json".to_string(), package))
        .chain(resources.iter().map(|r| (r.path.clone(), csv(&r.fields, rows_of(&r.name).into_iter()))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn quotes_only_what_must_be_quoted() {
        let row = json!({"a": "plain", "b": "x, \"y\"\nz", "c": 9});
        let columns = ["a", "b", "c", "d"].map(String::from);
        assert_eq!(csv(&columns, std::iter::once(row.as_object().unwrap())), "a,b,c,d\r\nplain,\"x, \"\"y\"\"\nz\",9,\r\n");
    }

    #[test]
    fn writes_every_sound_resource_of_the_specification_with_its_header() {
        let files = package(&[], "en");
        let written: Value = serde_json::from_str(&files[0].1).unwrap();
        let names: Vec<&str> = written["resources"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
        let sound: Vec<String> = resources().into_iter().filter(|r| r.sound).map(|r| r.name).collect();
        assert_eq!(names, sound);
        // At the pinned commit, two resources name a primary key they do not have.
        assert_eq!(resources().len() - sound.len(), 2);
        assert!(!names.contains(&"unit") && !names.contains(&"service_capacity") && names.contains(&"url"));
        // Everything else as the specification wrote it.
        let mut original: Value = serde_json::from_str(DATAPACKAGE).unwrap();
        original["resources"].as_array_mut().unwrap().retain(|r| r["name"] != "unit" && r["name"] != "service_capacity");
        assert_eq!(written["resources"], original["resources"]);
        // Our own head: no licence claimed for the records, the schemas' source named.
        assert_eq!(written["name"], "michishirube");
        assert_eq!((&written["profile"], &written["version"]), (&original["profile"], &original["version"]));
        assert!(written.get("license").is_none() && written.get("licenses").is_none());
        assert!(written["description"].as_str().unwrap().contains("CC BY-SA 4.0"));
        assert_eq!(files.len(), 1 + sound.len());
        let organizations = files.iter().find(|(f, _)| f == "organizations.csv").unwrap();
        assert!(organizations.1.starts_with("id,name,alternate_name,description,"));
        assert_eq!(organizations.1.lines().count(), 1);
    }

    #[test]
    fn flattens_embedded_objects_once_each() {
        let term = json!({"id": "t", "name": "Legal aid", "description": "Legal aid"});
        let org = json!({"id": "o", "attributes": [
            {"id": "a1", "link_id": "o", "taxonomy_term": term},
            {"id": "a2", "link_id": "o", "taxonomy_term": term},
        ]});
        let organizations = [org];
        let rows = rows(&organizations);
        assert_eq!(rows["organization"].len(), 1);
        assert_eq!(rows["attribute"].len(), 2);
        assert_eq!(rows["taxonomy_term"].len(), 1);
    }
}

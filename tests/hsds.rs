//! The HSDS export (src/hsds), held to the specification's own compiled schema, vendored in
//! tests/hsds/ from one pinned commit (see its README): every organisation of every language
//! validates with 0 errors, ids are UUIDv5s that survive a rebuild, and the CSVs' foreign keys
//! resolve. A record that breaks the schema is reported with its id and field.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::LazyLock;

use michishirube::hsds;
use michishirube::site::{self, pages::Edition};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every language's edition of the shipped dataset, made as the build makes them.
static EDITIONS: LazyLock<Vec<Edition>> = LazyLock::new(|| {
    let data = site::dataset(include_str!("../data/directory.json")).unwrap();
    let root = Path::new(ROOT);
    site::editions(&root.join("public/i18n"), &root.join("data/i18n"), &data, "").unwrap()
});

static VALIDATOR: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let schema: Value = serde_json::from_str(include_str!("hsds/schema/compiled/organization.json")).unwrap();
    // Formats (uuid, email, uri, date-time) are checked too: HSDS's ids must be UUIDs.
    jsonschema::options().should_validate_formats(true).build(&schema).expect("the compiled schema compiles")
});

fn export() -> Vec<(String, String)> {
    hsds::export(EDITIONS.iter().map(|e| (e.language().code, &*e.data)))
}

fn file<'a>(files: &'a [(String, String)], name: &str) -> &'a str {
    &files.iter().find(|(f, _)| f == name).unwrap_or_else(|| panic!("no {name} in the export")).1
}

/// Our slug for each organisation's HSDS id, so a failure names the record as we know it.
fn slugs() -> BTreeMap<String, String> {
    EDITIONS[0].data.organizations.iter().map(|o| (hsds::organization_id(&o.id), o.id.clone())).collect()
}

/// Each way the organisations of one `organizations.json` break the schema, as
/// "fa/organizations.json jar (6423645d-…) /services/0: \"name\" is a required property".
fn schema_errors(file: &str, organizations: &Value) -> Vec<String> {
    let slugs = slugs();
    organizations
        .as_array()
        .expect("an array of organisations")
        .iter()
        .flat_map(|org| {
            let id = org["id"].as_str().unwrap_or("(no id)");
            let slug = slugs.get(id).map_or("(unknown)", String::as_str);
            VALIDATOR
                .iter_errors(org)
                .map(move |e| format!("{file} {slug} ({id}) {}: {e}", e.instance_path()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_organisation_of_every_language_is_valid_hsds() {
    let files = export();
    let (mut organizations, mut errors) = (0, Vec::new());
    for edition in EDITIONS.iter() {
        let code = edition.language().code;
        let name =
            if code == hsds::SOURCE_LANGUAGE { "organizations.json".to_string() } else { format!("{code}/organizations.json") };
        let json: Value = serde_json::from_str(file(&files, &name)).unwrap();
        organizations += json.as_array().unwrap().len();
        errors.extend(schema_errors(&name, &json));
    }
    println!("HSDS: {organizations} organisations in {} languages validated, {} errors", EDITIONS.len(), errors.len());
    assert_eq!(organizations, EDITIONS.len() * EDITIONS[0].data.organizations.len());
    assert!(errors.is_empty(), "{} schema errors:\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn a_record_that_breaks_the_schema_is_named_with_its_field() {
    let files = export();
    let mut json: Value = serde_json::from_str(file(&files, "organizations.json")).unwrap();
    let jar = json.as_array_mut().unwrap().iter_mut().find(|o| o["id"] == hsds::organization_id("jar")).unwrap();
    jar["services"][0].as_object_mut().unwrap().remove("name");
    jar["phones"][0]["id"] = "jar-phone-0".into();
    let errors = schema_errors("organizations.json", &json);
    println!("as reported:\n{}", errors.join("\n"));
    assert_eq!(errors.len(), 2, "{errors:#?}");
    let jar = format!("organizations.json jar ({}) ", hsds::organization_id("jar"));
    assert!(errors.iter().any(|e| e.starts_with(&(jar.clone() + "/services/0:")) && e.contains("\"name\"")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.starts_with(&(jar.clone() + "/phones/0/id:")) && e.contains("uuid")), "{errors:#?}");
}

/// Every `id` in a JSON value, with the object it names.
fn ids<'a>(value: &'a Value, out: &mut Vec<(&'a str, &'a Value)>) {
    match value {
        Value::Object(o) => {
            if let Some(id) = o.get("id").and_then(Value::as_str) {
                out.push((id, value));
            }
            o.values().for_each(|v| ids(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| ids(v, out)),
        _ => {}
    }
}

#[test]
fn ids_are_version_5_uuids_that_survive_a_rebuild() {
    let (first, second) = (export(), export());
    assert_eq!(first, second, "two exports of the same data differ");
    // A slug's id is fixed for good: other directories keep it.
    assert_eq!(hsds::organization_id("jar"), "6423645d-9854-566b-99d6-dd9accfe17e7");
    let json: Value = serde_json::from_str(file(&first, "organizations.json")).unwrap();
    assert!(json.as_array().unwrap().iter().any(|o| o["id"] == "6423645d-9854-566b-99d6-dd9accfe17e7"));
    let mut all = Vec::new();
    ids(&json, &mut all);
    let mut by_id: BTreeMap<&str, &Value> = BTreeMap::new();
    for (id, object) in &all {
        let uuid = uuid::Uuid::parse_str(id).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(uuid.get_version_num(), 5, "{id}");
        // One id, one object: a taxonomy term is embedded wherever it is used, always the same.
        assert_eq!(*by_id.entry(id).or_insert(object), *object, "two objects share {id}");
    }
    assert!(by_id.len() > 100, "{} ids", by_id.len());
    // The same records keep the same ids in every language.
    let fa: Value = serde_json::from_str(file(&first, "fa/organizations.json")).unwrap();
    let mut fa_ids = Vec::new();
    ids(&fa, &mut fa_ids);
    let set = |ids: &[(&str, &Value)]| ids.iter().map(|(id, _)| id.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(set(&all), set(&fa_ids));
}

/// A CSV file's rows (RFC 4180: quoted fields may hold commas, quotes and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted && row.is_empty() && cell.is_empty(), "the file does not end with a whole row");
    rows
}

#[test]
fn the_csv_package_holds_together() {
    let files = export();
    let package: Value = serde_json::from_str(file(&files, "datapackage.json")).unwrap();
    let resources = package["resources"].as_array().unwrap();
    // Each resource's rows, by column name.
    let tables: BTreeMap<&str, Vec<BTreeMap<String, String>>> = resources
        .iter()
        .map(|r| {
            let path = r["path"].as_str().unwrap();
            let mut rows = parse_csv(file(&files, path)).into_iter();
            let header = rows.next().unwrap_or_else(|| panic!("{path} has no header"));
            let columns: Vec<&str> =
                r["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
            assert_eq!(header, columns, "{path}: the header is not the specification's");
            let rows = rows.map(|row| {
                assert_eq!(row.len(), header.len(), "{path}: a row of {} fields", row.len());
                header.iter().cloned().zip(row).filter(|(_, v)| !v.is_empty()).collect()
            });
            (r["name"].as_str().unwrap(), rows.collect())
        })
        .collect();
    let column =
        |table: &str, name: &str| -> BTreeSet<String> { tables[table].iter().filter_map(|r| r.get(name).cloned()).collect() };
    let mut references = 0;
    for r in resources {
        let name = r["name"].as_str().unwrap();
        for key in r["schema"]["foreignKeys"].as_array().into_iter().flatten() {
            let (field, target) = (key["fields"].as_str().unwrap(), &key["reference"]);
            let known = column(target["resource"].as_str().unwrap(), target["fields"].as_str().unwrap());
            for row in &tables[name] {
                if let Some(value) = row.get(field) {
                    assert!(known.contains(value), "{name}.{field} {value} is not in {}", target["resource"]);
                    references += 1;
                }
            }
        }
    }
    let count = |table: &str| tables[table].len();
    println!(
        "HSDS CSV: {} organisations, {} services, {} schedules, {} metadata rows; {references} foreign keys resolve",
        count("organization"),
        count("service"),
        count("schedule"),
        count("metadata")
    );
    assert_eq!(count("organization"), EDITIONS[0].data.organizations.len());
    assert!(references > 100, "{references} references");
    // Every row once: primary keys are unique.
    for (name, rows) in &tables {
        let ids: BTreeSet<&String> = rows.iter().filter_map(|r| r.get("id")).collect();
        assert_eq!(ids.len(), rows.len(), "{name}: a repeated or missing id");
    }
}

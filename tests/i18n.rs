//! The interface's translation tables: complete, no strays, same placeholders as English.

use std::collections::BTreeSet;

use michishirube::i18n::{Catalog, Key, LANGUAGES, placeholders};

fn catalog(code: &str) -> Catalog {
    let path = format!("{}/public/i18n/{code}.json", env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Catalog::parse(&json).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_language_has_every_key_and_no_other() {
    let keys: BTreeSet<&str> = Key::ALL.iter().map(|k| k.name()).collect();
    for lang in LANGUAGES {
        let catalog = catalog(lang.code);
        let have: BTreeSet<&str> = catalog.0.keys().map(String::as_str).collect();
        let missing: Vec<_> = keys.difference(&have).collect();
        let unknown: Vec<_> = have.difference(&keys).collect();
        assert!(missing.is_empty() && unknown.is_empty(), "{}: missing {missing:?}, unknown {unknown:?}", lang.code);
        for (key, message) in &catalog.0 {
            assert!(message.texts().iter().all(|t| !t.trim().is_empty()), "{}: {key} is empty", lang.code);
        }
    }
}

#[test]
fn placeholders_match_english() {
    let english = catalog("en");
    for lang in LANGUAGES {
        let catalog = catalog(lang.code);
        for key in Key::ALL {
            let want: BTreeSet<&str> = english.message(*key).unwrap().texts().into_iter().flat_map(placeholders).collect();
            for text in catalog.message(*key).unwrap().texts() {
                let have: BTreeSet<&str> = placeholders(text).into_iter().collect();
                assert_eq!(have, want, "{}: {} {text:?}", lang.code, key.name());
            }
        }
    }
}

#[test]
fn every_key_is_used_by_the_interface() {
    let mut source = String::new();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui")).unwrap() {
        source += &std::fs::read_to_string(entry.unwrap().path()).unwrap();
    }
    let unused: Vec<&str> = Key::ALL.iter().map(|k| k.name()).filter(|name| !source.contains(&format!("Key::{name}"))).collect();
    assert!(unused.is_empty(), "keys no component uses: {unused:?}");
}

#[test]
fn the_built_in_english_catalogue_parses() {
    assert_eq!(Catalog::english(), catalog("en"));
}

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
    // The components, the document around them (`src/site`), and the plain module that chooses
    // what a record's provenance says.
    fn read_rust(dir: &std::path::Path, source: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                read_rust(&path, source);
            } else if path.extension().is_some_and(|e| e == "rs") {
                *source += &std::fs::read_to_string(path).unwrap();
            }
        }
    }
    let mut source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/provenance.rs")).unwrap();
    for folder in ["src/ui", "src/site"] {
        read_rust(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder), &mut source);
    }
    let unused: Vec<&str> = Key::ALL.iter().map(|k| k.name()).filter(|name| !source.contains(&format!("Key::{name}"))).collect();
    assert!(unused.is_empty(), "keys no component uses: {unused:?}");
}

#[test]
fn the_built_in_english_catalogue_parses() {
    assert_eq!(Catalog::english(), catalog("en"));
}

#[test]
fn plural_messages_have_every_category_the_language_uses() {
    for lang in LANGUAGES {
        let catalog = catalog(lang.code);
        for (key, message) in &catalog.0 {
            if let michishirube::i18n::Message::Plural(forms) = message {
                for category in lang.plurals {
                    assert!(forms.contains_key(*category), "{}: {key} lacks the {category:?} form", lang.code);
                }
                for category in forms.keys() {
                    assert!(lang.plurals.contains(&category.as_str()), "{}: {key} has a stray {category:?} form", lang.code);
                }
            }
        }
    }
}

/// The catalogue files and `LANGUAGES` are the same languages (the browser tests read the
/// languages from the files, so this keeps one list).
#[test]
fn every_catalogue_file_is_a_language_of_the_menu_and_back() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/i18n");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap().strip_suffix(".json").unwrap().to_string())
        .collect();
    files.sort();
    let mut codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    codes.sort();
    assert_eq!(files, codes);
    for code in codes.iter().filter(|c| !matches!(**c, "en" | "ja")) {
        let overlay = format!("{}/data/i18n/{code}.json", env!("CARGO_MANIFEST_DIR"));
        assert!(std::path::Path::new(&overlay).exists(), "{code} has no directory texts ({overlay})");
    }
}

#[test]
fn every_language_translates_the_directory_texts_completely() {
    use michishirube::model::Dataset;
    use michishirube::overlay::Overlay;
    let data: Dataset = serde_json::from_str(include_str!("../data/directory.json")).unwrap();
    for o in &data.organizations {
        let warnings = o.caveats.iter().chain(o.emails.iter().filter_map(|e| e.unverified.as_ref()));
        assert!(warnings.into_iter().all(|w| w.exactly("ja").is_some()), "{}: a caveat has no Japanese", o.id);
    }
    for p in &data.pointers {
        assert!(p.caveats.iter().all(|c| c.exactly("ja").is_some()), "{}: a caveat has no Japanese", p.id);
    }
    for lang in LANGUAGES.iter().filter(|l| !matches!(l.code, "en" | "ja")) {
        let path = format!("{}/data/i18n/{}.json", env!("CARGO_MANIFEST_DIR"), lang.code);
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let overlay = Overlay::parse(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(overlay.strays(&data), vec![], "{path}");
        let mut translated = data.clone();
        overlay.apply(&mut translated, lang.code);
        let code = lang.code;
        let t = &translated.taxonomy;
        let mut untranslated: Vec<String> = [&t.categories, &t.services, &t.prefectures, &t.languages]
            .into_iter()
            .flatten()
            .filter(|term| term.name.get(code).lang != code)
            .map(|term| format!("taxonomy {}", term.id))
            .collect();
        untranslated.extend(
            translated.organizations.iter().filter(|o| o.summary.get(code).lang != code).map(|o| format!("{} summary", o.id)),
        );
        for card in &translated.legal_info {
            for (field, text) in [("title", &card.title), ("summary", &card.summary), ("body", &card.body)] {
                if text.get(code).lang != code {
                    untranslated.push(format!("{} {field}", card.id));
                }
            }
            // The law as it stands, with each Japanese term it names carried as it is.
            for (i, statement) in card.statements.iter().enumerate() {
                let shown = statement.text.get(code);
                if shown.lang != code {
                    untranslated.push(format!("{} statements.{i}", card.id));
                }
                let missing: Vec<&String> = statement.terms.iter().filter(|t| !shown.text.contains(t.as_str())).collect();
                assert!(missing.is_empty(), "{code}: {} statements.{i} does not carry {missing:?}: {}", card.id, shown.text);
            }
            let paragraphs = |t: &michishirube::text::Text, l: &str| t.text(l).split("\n\n").count();
            assert_eq!(paragraphs(&card.body, code), paragraphs(&card.body, "en"), "{code}: {} body paragraphs", card.id);
        }
        // The guides: every text a person reads, each step with its Japanese terms as they are.
        for guide in &translated.situations {
            let texts = [("title".to_string(), &guide.title), ("summary".to_string(), &guide.summary)]
                .into_iter()
                .chain(guide.steps.iter().enumerate().map(|(i, s)| (format!("steps.{i}"), &s.text)))
                .chain(guide.deadlines.iter().enumerate().map(|(i, d)| (format!("deadlines.{i}.from"), &d.from)))
                .chain(guide.phrases.iter().enumerate().map(|(i, p)| (format!("phrases.{i}"), &p.meaning)));
            for (field, text) in texts {
                if text.get(code).lang != code {
                    untranslated.push(format!("{} {field}", guide.id));
                }
            }
            for (i, step) in guide.steps.iter().enumerate() {
                let shown = step.text.get(code).text;
                let missing: Vec<&String> = step.terms.iter().filter(|t| !shown.contains(t.as_str())).collect();
                assert!(missing.is_empty(), "{code}: {} steps.{i} does not carry {missing:?}: {shown}", guide.id);
            }
        }
        for p in &translated.pointers {
            if p.title.get(code).lang != code || p.description.get(code).lang != code {
                untranslated.push(format!("{} pointer", p.id));
            }
            untranslated.extend(p.caveats.iter().filter(|c| c.get(code).lang != code).map(|_| format!("{} caveat", p.id)));
        }
        // The search's everyday words, for every sense, and the words that never count.
        untranslated.extend(
            translated.vocabulary.iter().filter(|v| v.words.get(code).lang != code).map(|v| format!("vocabulary {}", v.id)),
        );
        if translated.stopwords.get(code).lang != code {
            untranslated.push("stopwords".into());
        }
        // Every warning: caveats, an address we cannot trust, what a number is for.
        for o in &translated.organizations {
            let warnings = o
                .caveats
                .iter()
                .chain(o.emails.iter().filter_map(|e| e.unverified.as_ref()))
                .chain(o.phones.iter().filter_map(|p| p.description.as_ref()));
            untranslated.extend(warnings.filter(|w| w.get(code).lang != code).map(|_| format!("{} caveat", o.id)));
        }
        assert!(untranslated.is_empty(), "{code}: untranslated {untranslated:?}");
    }
}

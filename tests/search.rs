//! Search and filtering over the shipped dataset.

use michishirube::filter::{Facet, Filters, find};
use michishirube::model::Dataset;
use michishirube::search::{SearchIndex, fold};

fn dataset() -> Dataset {
    serde_json::from_str(include_str!("../data/directory.json")).unwrap()
}

/// The ids found for a query and filters, in ranked order.
fn ids(query: &str, filters: &Filters) -> Vec<String> {
    let data = dataset();
    let index = SearchIndex::new(&data);
    find(&data, &index, &index.query(query), filters).into_iter().map(|h| data.organizations[h.index].id.clone()).collect()
}

#[test]
fn an_empty_query_lists_everything_in_dataset_order() {
    let all = ids("", &Filters::default());
    assert_eq!(all.len(), 11);
    assert_eq!(all[0], "frj");
    assert_eq!(ids("   \u{3000} ", &Filters::default()), all);
}

#[test]
fn finds_by_name_short_name_and_description() {
    assert_eq!(ids("stateless", &Filters::default())[0], "stateless-network");
    assert_eq!(ids("JLNR", &Filters::default()), ["jlnr"]);
    assert!(ids("Burma", &Filters::default()).contains(&"brsa".to_string()));
    assert!(ids("trafficking", &Filters::default()).contains(&"iom-japan".to_string()));
}

#[test]
fn finds_by_area_services_and_contact() {
    assert_eq!(ids("Yokohama", &Filters::default()), ["stateless-network"]);
    assert_eq!(ids("101-0065", &Filters::default()), ["jar"]);
    assert!(ids("160-0004", &Filters::default()).is_empty(), "JAR's old postal code finds nothing");
    assert_eq!(ids("Barbour", &Filters::default()), ["jar"]);
    assert_eq!(ids("0120-477-472", &Filters::default()), ["jar"]);
    assert_eq!(ids("0353796001", &Filters::default()), ["jar"]);
    assert_eq!(ids("Okawa", &Filters::default()), ["brsa"]);
    assert!(ids("resettlement", &Filters::default()).contains(&"iom-japan".to_string()));
}

#[test]
fn records_matching_every_word_come_first_then_most() {
    assert_eq!(ids("refugees toll-free", &Filters::default())[0], "jar");
    // No record is both: each half still finds its own, rather than nothing.
    let found = ids("stateless burma", &Filters::default());
    assert!(found.contains(&"stateless-network".to_string()) && found.contains(&"brsa".to_string()), "{found:?}");
}

/// The organisations a query finds, in order, with the reader's language's words loaded.
fn ids_in(lang: &str, query: &str) -> Vec<String> {
    let mut data = dataset();
    if !matches!(lang, "en" | "ja") {
        let path = format!("{}/data/i18n/{lang}.json", env!("CARGO_MANIFEST_DIR"));
        michishirube::overlay::Overlay::parse(&std::fs::read_to_string(path).unwrap()).unwrap().apply(&mut data, lang);
    }
    let index = SearchIndex::new(&data);
    find(&data, &index, &index.query(query), &Filters::default())
        .into_iter()
        .map(|h| data.organizations[h.index].id.clone())
        .collect()
}

const LEGAL_AID: &[&str] = &["frj", "jar", "unhcr-japan", "jlnr", "jar-pro-bono", "houterasu"];
/// "visa" finds the immigration agency's own line too (its short name, ISA, is a letter away).
const VISA: &[&str] = &["frj", "jar", "unhcr-japan", "jlnr", "jar-pro-bono", "houterasu", "isa-information-center"];
const SUPPORT: &[&str] = &["frj", "jar", "brsa", "iom-japan", "jrcs", "stateless-network"];

/// What must come first: one organisation, or a set that fills the first places.
enum First {
    One(&'static str),
    All(&'static [&'static str]),
}

#[test]
fn people_find_help_in_their_own_words() {
    use First::{All, One};
    let table: &[(&str, &str, First)] = &[
        // Typos, within one or two letters.
        ("en", "statless", One("stateless-network")),
        ("en", "stateles netwrk", One("stateless-network")),
        ("en", "refugge", One("frj")),
        ("en", "lawyr", One("jlnr")),
        ("en", "detension", One("brsa")),
        ("en", "trafficing", One("iom-japan")),
        ("en", "resettelment", One("iom-japan")),
        ("en", "Yokohma", One("stateless-network")),
        ("en", "Japan Asociation", One("jar")),
        ("en", "Red Cros", One("jrcs")),
        // Whole questions: the common words do not count against a record.
        ("en", "I need a lawyer for my asylum case", All(LEGAL_AID)),
        ("en", "I need a lawyer", All(LEGAL_AID)),
        ("en", "where can I get food", All(SUPPORT)),
        ("en", "help for people with no nationality", One("stateless-network")),
        ("en", "I want to go home", One("iom-japan")),
        ("en", "I was trafficked", One("iom-japan")),
        ("en", "forced labour", One("iom-japan")),
        // Everyday words in English.
        ("en", "visa", All(VISA)),
        ("en", "papers", All(LEGAL_AID)),
        ("en", "work permit", All(LEGAL_AID)),
        ("en", "deported", One("brsa")),
        ("en", "hospital", All(SUPPORT)),
        ("en", "doctor", All(SUPPORT)),
        ("en", "passport", One("stateless-network")),
        // Japanese, with its width and kana folded.
        ("ja", "在留資格", All(LEGAL_AID)),
        ("ja", "弁護士が必要です", All(LEGAL_AID)),
        ("ja", "病院", All(SUPPORT)),
        ("ja", "ビザ", All(LEGAL_AID)),
        ("ja", "ﾋﾞｻﾞ", All(LEGAL_AID)),
        ("ja", "無国籍", One("stateless-network")),
        ("ja", "なんみん", One("frj")),
        ("ja", "難民", One("jar")),
        // Persian, Arabic, Burmese, French and Turkish readers' own words.
        ("fa", "وکیل", All(LEGAL_AID)),
        ("fa", "بیمارستان", All(SUPPORT)),
        ("fa", "ویزا", All(LEGAL_AID)),
        ("ar", "محامي", All(LEGAL_AID)),
        ("ar", "مستشفى", All(SUPPORT)),
        ("my", "ရှေ့နေ", All(LEGAL_AID)),
        ("my", "ဆေးရုံ", All(SUPPORT)),
        ("fr", "j'ai besoin d'un avocat", All(LEGAL_AID)),
        ("fr", "hôpital", All(SUPPORT)),
        ("tr", "avukat", All(LEGAL_AID)),
        ("tr", "hastane", All(SUPPORT)),
        // Mixed scripts.
        ("en", "JAR 弁護士", One("jar")),
        ("en", "stateless 無国籍", One("stateless-network")),
        ("fa", "UNHCR وکیل", One("unhcr-japan")),
        // What the source's own words found before still does.
        ("en", "stateless", One("stateless-network")),
        ("en", "lawyer", One("jlnr")),
        ("en", "detention", One("frj")),
        ("en", "burma", One("brsa")),
        ("en", "myanmar", One("brsa")),
        ("en", "なんみん", One("frj")),
    ];
    assert!(table.len() >= 40);
    let mut wrong = Vec::new();
    for (lang, query, first) in table {
        let found = ids_in(lang, query);
        let ok = match first {
            First::One(id) => found.first().is_some_and(|f| f == id),
            First::All(set) => found.len() >= set.len() && found[..set.len()].iter().all(|f| set.contains(&f.as_str())),
        };
        if !ok {
            wrong.push(format!("{lang} {query:?}: {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The words for what changed in 2023–2024 lead to the cards that explain it, in every
/// language, "help line" to the official lines, and the words for what happened to a person
/// ("refused", «اعتراض», 収容) to the guide for it.
#[test]
fn the_new_words_lead_to_the_new_cards_in_every_language() {
    let base = dataset();
    let senses = [
        "repeat-application",
        "supervision",
        "complementary-protection",
        "special-permission",
        "help-line",
        "guide-refused",
        "guide-detained",
        "guide-deportation",
        "guide-apply",
        "guide-no-money",
        "guide-stateless",
    ];
    let mut wrong = Vec::new();
    for lang in michishirube::i18n::LANGUAGES.iter().map(|l| l.code) {
        let mut data = base.clone();
        if !matches!(lang, "en" | "ja") {
            let path = format!("{}/data/i18n/{lang}.json", env!("CARGO_MANIFEST_DIR"));
            michishirube::overlay::Overlay::parse(&std::fs::read_to_string(path).unwrap()).unwrap().apply(&mut data, lang);
        }
        let index = SearchIndex::new(&data);
        for id in senses {
            let sense = data.vocabulary.iter().find(|s| s.id == id).unwrap();
            let shown = sense.words.get(lang);
            assert_eq!(shown.lang, lang, "{lang}: {id} is not in that language");
            let word = shown.text.split(',').next().unwrap().trim();
            let query = index.query(word);
            let cards: Vec<&str> = index.legal(&query).iter().map(|h| data.legal_info[h.index].id.as_str()).collect();
            let orgs: Vec<&str> = find(&data, &index, &query, &Filters::default())
                .iter()
                .map(|h| data.organizations[h.index].id.as_str())
                .collect();
            let guides: Vec<&str> = index.situations(&query).iter().map(|h| data.situations[h.index].id.as_str()).collect();
            let ok = match (sense.legal_info.first(), sense.situations.first()) {
                (Some(card), _) => cards.contains(&card.as_str()),
                (None, Some(guide)) => guides.contains(&guide.as_str()),
                (None, None) => orgs.contains(&"houterasu") && orgs.contains(&"isa-information-center"),
            };
            if !ok {
                wrong.push(format!("{lang} {word:?} ({id}): cards {cards:?}, guides {guides:?}, organisations {orgs:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn typos_are_scaled_to_the_word_and_its_script() {
    use michishirube::search::{allowed_edits, prefix_distance};
    assert_eq!(
        [allowed_edits("jar"), allowed_edits("visa"), allowed_edits("refugees"), allowed_edits("難民支援協会")],
        [0, 1, 2, 0]
    );
    assert_eq!(allowed_edits("وکیلی"), 1, "Arabic script takes typos too");
    assert_eq!(allowed_edits("адвокат"), 1, "and Cyrillic");
    let chars = |s: &str| s.chars().collect::<Vec<_>>();
    assert_eq!(prefix_distance(&chars("statless"), &chars("statelessness"), 2), Some(1));
    assert_eq!(prefix_distance(&chars("satteless"), &chars("stateless"), 2), Some(1), "two letters swapped");
    assert_eq!(prefix_distance(&chars("staatles"), &chars("stateless"), 2), Some(2), "a letter doubled, one left out");
    assert_eq!(prefix_distance(&chars("visa"), &chars("police"), 1), None);
    // Short words match whole words only: "no" is not the start of "not"; longer ones match
    // at the start of a word.
    let mut data = dataset();
    data.organizations[0].summary = serde_json::from_str(r#"{"en": "Not advisable. No."}"#).unwrap();
    data.organizations[1].summary = serde_json::from_str(r#"{"en": "Not advisable, nor notable."}"#).unwrap();
    let index = SearchIndex::new(&data);
    let found =
        |q: &str| -> Vec<usize> { find(&data, &index, &index.query(q), &Filters::default()).iter().map(|h| h.index).collect() };
    assert!(found("no").contains(&0) && !found("no").contains(&1));
    assert!(found("notab").contains(&1));
}

#[test]
fn the_vocabulary_says_what_it_matched_through() {
    let data = dataset();
    let index = SearchIndex::new(&data);
    let query = index.query("visa");
    let hits = find(&data, &index, &query, &Filters::default());
    let jar = hits.iter().find(|h| data.organizations[h.index].id == "jar").unwrap();
    let Some(michishirube::search::Match::Sense(sense)) = jar.how[0] else { panic!("{:?}", jar.how) };
    assert_eq!(data.vocabulary[usize::from(sense)].meaning(&data, "en"), "Legal advice");
}

#[test]
fn names_rank_first() {
    // "refugee" is in many descriptions, but only in the names of FRJ, JAR and JLNR.
    assert_eq!(
        ids("refugee", &Filters::default()),
        ["frj", "jar", "jlnr", "unhcr-japan", "jar-pro-bono", "iom-japan", "isa-information-center"]
    );
    // UNHCR's description mentions statelessness, but the Stateless Network's name matches.
    assert_eq!(ids("stateless", &Filters::default())[0], "stateless-network");
}

#[test]
fn ignores_case_and_width_and_kana() {
    assert_eq!(ids("ＪＡＲ", &Filters::default()), ids("jar", &Filters::default()));
    assert_eq!(ids("ｓｔａｔｅｌｅｓｓ", &Filters::default())[0], "stateless-network");
    assert_eq!(ids("STATELESS", &Filters::default())[0], "stateless-network");
    assert_eq!(ids("難民支援協会", &Filters::default())[0], "jar");
    // Half-width katakana, full-width katakana and hiragana fold together.
    assert_eq!(fold("ﾅﾝﾐﾝ"), fold("ナンミン"));
    assert_eq!(fold("ナンミン"), fold("なんみん"));
    assert_eq!(ids("ナンミンフォーラム", &Filters::default()), ["frj"]);
    assert_eq!(fold("Ｔｏｋｙｏ　１６０"), "tokyo 160");
}

#[test]
fn filters_narrow_the_list() {
    let kanagawa = Filters::default().with(Facet::Prefecture, "kanagawa");
    assert_eq!(ids("", &kanagawa), ["stateless-network"]);
    let legal = Filters::default().with(Facet::Category, "legal-aid");
    assert_eq!(ids("", &legal), ["frj", "jar", "unhcr-japan", "jlnr", "jar-pro-bono", "houterasu"]);
    let legal_tokyo = legal.clone().with(Facet::Prefecture, "tokyo");
    assert_eq!(ids("", &legal_tokyo), ["frj", "jar", "unhcr-japan"]);
    assert_eq!(ids("", &Filters::default().with(Facet::Language, "ja")), ["jar-pro-bono", "houterasu"]);
    assert_eq!(ids("", &Filters::default().with(Facet::Language, "ne")), ["houterasu"]);
    assert_eq!(ids("", &Filters::default().with(Facet::Service, "detention-release")), ["brsa"]);
    assert_eq!(ids("network", &legal), ["jlnr", "frj", "jar"]);
    assert!(ids("", &Filters::default().with(Facet::Prefecture, "okinawa")).is_empty());
}

#[test]
fn filter_options_are_the_terms_in_use_with_counts() {
    let data = dataset();
    let prefectures: Vec<(&str, usize)> = Facet::Prefecture.options(&data).into_iter().map(|(t, n)| (t.id.as_str(), n)).collect();
    assert_eq!(prefectures, [("tokyo", 6), ("kanagawa", 1)]);
    let categories: Vec<&str> = Facet::Category.options(&data).into_iter().map(|(t, _)| t.id.as_str()).collect();
    assert_eq!(categories, ["legal-aid", "support", "international", "statelessness", "help-lines"]);
    // An organisation with two addresses in one prefecture counts once there.
    let mut two_in_tokyo = dataset();
    let frj = two_in_tokyo.organizations.iter_mut().find(|o| o.id == "frj").unwrap();
    frj.addresses.push(frj.addresses[0].clone());
    assert_eq!(Facet::Prefecture.options(&two_in_tokyo)[0].1, 6);
}

#[test]
fn legal_cards_are_searchable_too() {
    let data = dataset();
    let index = SearchIndex::new(&data);
    let found: Vec<&str> =
        index.legal(&index.query("non-refoulement")).into_iter().map(|h| data.legal_info[h.index].id.as_str()).collect();
    assert_eq!(found, ["refugee-convention"]);
    let found: Vec<&str> =
        index.legal(&index.query("入管法")).into_iter().map(|h| data.legal_info[h.index].id.as_str()).collect();
    // The card named for the act ranks above the one that mentions it.
    assert_eq!(found, ["icrra", "refugee-protection"]);
}

#[test]
fn appeal_and_its_persian_find_the_guide_for_a_refusal_first() {
    for (lang, query) in
        [("en", "appeal"), ("en", "my application was rejected"), ("fa", "اعتراض"), ("ja", "不認定"), ("ja", "収容")]
    {
        let mut data = dataset();
        if lang == "fa" {
            let path = format!("{}/data/i18n/fa.json", env!("CARGO_MANIFEST_DIR"));
            michishirube::overlay::Overlay::parse(&std::fs::read_to_string(path).unwrap()).unwrap().apply(&mut data, lang);
        }
        let index = SearchIndex::new(&data);
        let guides: Vec<&str> =
            index.situations(&index.query(query)).iter().map(|h| data.situations[h.index].id.as_str()).collect();
        let want = if query == "収容" { "detained" } else { "refused" };
        assert_eq!(guides.first(), Some(&want), "{lang} {query:?}: {guides:?}");
    }
}

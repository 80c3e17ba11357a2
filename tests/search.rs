//! Search and filtering over the shipped dataset.

use michishirube::filter::{Facet, Filters, find};
use michishirube::model::Dataset;
use michishirube::search::{Query, SearchIndex, fold, rank};

fn dataset() -> Dataset {
    serde_json::from_str(include_str!("../data/directory.json")).unwrap()
}

/// The ids found for a query and filters, in ranked order.
fn ids(query: &str, filters: &Filters) -> Vec<String> {
    let data = dataset();
    let index = SearchIndex::new(&data);
    find(&data, &index, &Query::parse(query), filters).into_iter().map(|i| data.organizations[i].id.clone()).collect()
}

#[test]
fn an_empty_query_lists_everything_in_dataset_order() {
    let all = ids("", &Filters::default());
    assert_eq!(all.len(), 9);
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
    assert_eq!(ids("160-0004", &Filters::default()), ["jar"]);
    assert_eq!(ids("Barbour", &Filters::default()), ["jar"]);
    assert_eq!(ids("0120-477-472", &Filters::default()), ["jar"]);
    assert_eq!(ids("0353796001", &Filters::default()), ["jar"]);
    assert_eq!(ids("Okawa", &Filters::default()), ["brsa"]);
    assert!(ids("resettlement", &Filters::default()).contains(&"iom-japan".to_string()));
}

#[test]
fn every_word_must_match() {
    assert_eq!(ids("refugees toll-free", &Filters::default()), ["jar"]);
    assert!(ids("stateless burma", &Filters::default()).is_empty());
}

#[test]
fn names_rank_first() {
    // "refugee" is in many descriptions, but only in the names of FRJ, JAR and JLNR.
    assert_eq!(ids("refugee", &Filters::default()), ["frj", "jar", "jlnr", "unhcr-japan", "jar-pro-bono", "iom-japan"]);
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
    assert_eq!(ids("", &legal), ["frj", "jar", "unhcr-japan", "jlnr", "jar-pro-bono"]);
    let legal_tokyo = legal.clone().with(Facet::Prefecture, "tokyo");
    assert_eq!(ids("", &legal_tokyo), ["frj", "jar", "unhcr-japan"]);
    assert_eq!(ids("", &Filters::default().with(Facet::Language, "ja")), ["jar-pro-bono"]);
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
    assert_eq!(categories, ["legal-aid", "support", "international", "statelessness"]);
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
    let found: Vec<&str> = rank(&index.legal, &Query::parse("non-refoulement"), |_| true)
        .into_iter()
        .map(|i| data.legal_info[i].id.as_str())
        .collect();
    assert_eq!(found, ["refugee-convention"]);
    let found: Vec<&str> =
        rank(&index.legal, &Query::parse("入管法"), |_| true).into_iter().map(|i| data.legal_info[i].id.as_str()).collect();
    // The card named for the act ranks above the one that mentions it.
    assert_eq!(found, ["icrra", "refugee-protection"]);
}

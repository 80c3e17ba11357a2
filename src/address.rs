//! Postal addresses written out the way a reader of each language expects.

use crate::model::{Address, Taxonomy};

/// The address as display lines. Japanese order runs from the postal code to the building;
/// other languages run from the building to the country.
pub fn lines(a: &Address, taxonomy: &Taxonomy, lang: &str) -> Vec<String> {
    let prefecture = Taxonomy::name(&taxonomy.prefectures, &a.state_province, lang);
    let building = a.address_2.as_ref().map(|t| t.text(lang).to_string());
    let street = a.address_1.text(lang).to_string();
    if lang == "ja" {
        let mut out = vec![format!("〒{}", a.postal_code), place(a.city.text(lang), prefecture, lang), street];
        out.extend(building);
        out
    } else {
        let mut out: Vec<String> = building.into_iter().collect();
        out.extend([street, format!("{}, {prefecture} {}", a.city.text(lang), a.postal_code), "Japan".to_string()]);
        out
    }
}

/// A place as a reader names it: "Shinjuku-ku, Tokyo", "東京都新宿区", or just "Tokyo" when the
/// city is the prefecture.
pub fn place(city: &str, prefecture: &str, lang: &str) -> String {
    if city == prefecture || prefecture.starts_with(city) {
        prefecture.to_string()
    } else if lang == "ja" {
        format!("{prefecture}{city}")
    } else {
        format!("{city}, {prefecture}")
    }
}

/// One line for copying or for a maps search, in English, which every maps service reads.
pub fn one_line(a: &Address, taxonomy: &Taxonomy) -> String {
    lines(a, taxonomy, "en").join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dataset;

    fn jar() -> (Address, Taxonomy) {
        let data: Dataset = serde_json::from_str(include_str!("../data/directory.json")).unwrap();
        (data.organization("jar").unwrap().addresses[0].clone(), data.taxonomy)
    }

    #[test]
    fn writes_addresses_in_each_languages_order() {
        let (a, t) = jar();
        assert_eq!(lines(&a, &t, "en"), ["TAS Bldg. 4F", "2-5-2 Nishi-Kanda", "Chiyoda-ku, Tokyo 101-0065", "Japan"]);
        assert_eq!(lines(&a, &t, "ja"), ["〒101-0065", "東京都千代田区", "西神田2-5-2", "TASビル4階"]);
        assert_eq!(one_line(&a, &t), "TAS Bldg. 4F, 2-5-2 Nishi-Kanda, Chiyoda-ku, Tokyo 101-0065, Japan");
    }

    #[test]
    fn names_places_in_each_languages_order() {
        assert_eq!(place("Shinjuku-ku", "Tokyo", "en"), "Shinjuku-ku, Tokyo");
        assert_eq!(place("新宿区", "東京都", "ja"), "東京都新宿区");
        assert_eq!(place("Tokyo", "Tokyo", "en"), "Tokyo");
        assert_eq!(place("東京", "東京都", "ja"), "東京都");
    }
}

//! Any input, no panic: property tests for everything that reads text from outside — search,
//! the URL, the storage format, the dataset loader (fuzzed from the shipped file), phones,
//! hours, links and the accent colour.

use michishirube::bookmarks::{Bookmark, Bookmarks, Kind};
use michishirube::embed::{Embed, Rgb};
use michishirube::filter::{Facet, Filters, find};
use michishirube::hours;
use michishirube::json::Json;
use michishirube::links;
use michishirube::load::load;
use michishirube::model::Dataset;
use michishirube::phone;
use michishirube::route::Search;
use michishirube::search::{SearchIndex, fold};
use michishirube::validate::validate;
use proptest::prelude::*;

const SHIPPED: &str = include_str!("../data/directory.json");

fn dataset() -> Dataset {
    serde_json::from_str(SHIPPED).unwrap()
}

/// Text with the characters most likely to upset folding: full- and half-width forms, kana,
/// combining marks, bidi controls, emoji, and anything else.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z0-9 ＡＢＣａｂｃ０１２ｱｲｳァ-ヶぁ-ゖ\u{0300}-\u{036F}\u{202A}-\u{202E}\u{200B}-\u{200D}İıßﬁ🏳️‍🌈 -]{0,40}",
    ]
}

/// Any JSON value, nested a few deep.
fn json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
        text().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(text(), inner, 0..6).prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn search_takes_any_query_and_filters(query in text(), category in text(), prefecture in text()) {
        let data = dataset();
        let index = SearchIndex::new(&data);
        let filters = Filters::default().with(Facet::Category, &category).with(Facet::Prefecture, &prefecture);
        let found: Vec<usize> = find(&data, &index, &index.query(&query), &filters).into_iter().map(|h| h.index).collect();
        prop_assert!(found.len() <= data.organizations.len());
        let mut unique = found.clone();
        unique.sort_unstable();
        unique.dedup();
        prop_assert_eq!(unique.len(), found.len());
    }

    #[test]
    fn folding_is_stable(s in text()) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn every_organisation_is_found_by_any_word_of_its_name(pick in 0usize..9, word in 0usize..8) {
        let data = dataset();
        let index = SearchIndex::new(&data);
        let org = &data.organizations[pick];
        let words: Vec<&str> = org.name.text("en").split_whitespace().collect();
        let query = index.query(words[word % words.len()]);
        prop_assert!(find(&data, &index, &query, &Filters::default()).iter().any(|h| h.index == pick));
    }

    /// A word that matches nothing never loses a record that matched every other word.
    #[test]
    fn a_word_matching_nothing_removes_nothing(picks in prop::collection::vec((0usize..9, 0usize..40), 1..4), noise in 10_000u32..99_999) {
        let data = dataset();
        let index = SearchIndex::new(&data);
        // Real words, from the organisations' names and summaries.
        let words: Vec<String> = picks
            .iter()
            .filter_map(|&(org, word)| {
                let o = &data.organizations[org];
                let text = format!("{} {}", o.name.text("en"), o.summary.text("en"));
                let all: Vec<&str> = text.split_whitespace().collect();
                all.get(word % all.len()).map(|w| w.to_string())
            })
            // Words that count: common words never count, for or against a record.
            .filter(|w| w.chars().count() >= 4 && !data.stopwords.all().any(|s| s.split(' ').any(|s| s.eq_ignore_ascii_case(w))))
            .collect();
        prop_assume!(!words.is_empty());
        let text = words.join(" ");
        let query = index.query(&text);
        let every: Vec<usize> = find(&data, &index, &query, &Filters::default()).into_iter().filter(|h| h.matched == query.len()).map(|h| h.index).collect();
        let more = index.query(&format!("{text} qzx{noise}"));
        let found = find(&data, &index, &more, &Filters::default());
        for record in every {
            prop_assert!(found.iter().any(|h| h.index == record && h.matched == more.len() - 1), "{} lost with {text:?}", data.organizations[record].id);
        }
    }

    #[test]
    fn the_url_takes_any_parameters(pairs in prop::collection::vec((text(), text()), 0..8)) {
        let search = Search::from_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let params = search.to_params();
        let again = Search::from_params(params.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert_eq!(again.query.trim(), search.query.trim());
        prop_assert_eq!(again.filters, search.filters);
    }

    /// Whatever a partner's page puts in the address, embed mode turns on and bookmarks off only
    /// when asked, and a colour it takes keeps links readable on white (WCAG AA).
    #[test]
    fn embed_options_from_any_parameters(
        pairs in prop::collection::vec((text(), text()), 0..8),
        colour in "#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}",
    ) {
        let named = |name: &str| pairs.iter().any(|(k, _)| k == name);
        let another_accent = named("accent");
        let mut pairs = pairs.clone();
        pairs.push(("accent".into(), colour.clone()));
        let embed = Embed::from_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(!embed.on || named("embed"));
        prop_assert!(embed.saved || named("saved"));
        prop_assert!(embed.accent.is_some() || another_accent, "{colour} was not taken");
        if let Some(accent) = embed.accent {
            prop_assert!(accent.link.contrast(Rgb(255, 255, 255)) >= 4.5, "{colour}: link {:?}", accent.link);
            prop_assert_eq!(Rgb::parse_hex(&accent.color.hex()), Some(accent.color));
        }
    }

    #[test]
    fn stored_bookmarks_of_any_content_read_back(raw in any::<String>()) {
        let decoded = Bookmarks::decode(Some(&raw));
        // Whatever was readable is kept, and writing it back reads back the same.
        prop_assert_eq!(Bookmarks::decode(Some(&decoded.bookmarks.encode())).bookmarks, decoded.bookmarks);
    }

    #[test]
    fn any_bookmarks_round_trip(entries in prop::collection::vec((any::<bool>(), ".{1,30}", any::<String>()), 0..10)) {
        let mut bookmarks = Bookmarks::default();
        for (legal, id, title) in &entries {
            let kind = if *legal { Kind::Legal } else { Kind::Organization };
            if !bookmarks.contains(kind, id) {
                bookmarks.0.push(Bookmark { kind, id: id.clone(), title: title.clone() });
            }
        }
        let decoded = Bookmarks::decode(Some(&bookmarks.encode()));
        prop_assert!(!decoded.damaged);
        prop_assert_eq!(&decoded.bookmarks, &bookmarks);
        // Byte for byte the format earlier builds wrote with serde_json, which reads it back too.
        let earlier = serde_json::to_string(&bookmarks.0).unwrap();
        prop_assert_eq!(bookmarks.encode(), earlier.clone());
        prop_assert_eq!(serde_json::from_str::<Vec<Bookmark>>(&bookmarks.encode()).unwrap(), bookmarks.0);
    }

    #[test]
    fn any_json_reads_as_serde_json_reads_it(value in json()) {
        let text = serde_json::to_string_pretty(&value).unwrap();
        let ours = Json::parse(&text).unwrap();
        // Numbers are compared as serde_json reads them back (its floats are approximate).
        let reread = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        prop_assert_eq!(reread(&ours.write()), reread(&text));
    }

    #[test]
    fn any_text_reads_as_serde_json_reads_it(text in any::<String>()) {
        prop_assert_eq!(Json::parse(&text).is_some(), serde_json::from_str::<serde_json::Value>(&text).is_ok());
    }

    #[test]
    fn readers_of_outside_text_never_panic(s in text()) {
        let _ = phone::to_e164(&s);
        let _ = hours::parse_text(&s);
        let _ = links::https_url(&s);
        let _ = links::mailto(&s);
        let _ = links::maps_url(&s);
        let _ = michishirube::date::PartialDate::parse(&s);
        let _ = michishirube::embed::Rgb::parse_hex(&s);
    }
}

/// One random edit of the shipped file: cut it short, or delete, insert or replace a run.
#[derive(Clone, Debug)]
enum Edit {
    Truncate(usize),
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, usize, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = 0..SHIPPED.len();
    let junk = prop_oneof![
        Just("\"".to_string()),
        Just("{".to_string()),
        Just("]".to_string()),
        Just(",".to_string()),
        Just("null".to_string()),
        any::<String>()
    ];
    prop_oneof![
        at.clone().prop_map(Edit::Truncate),
        (at.clone(), 1usize..64).prop_map(|(i, n)| Edit::Delete(i, n)),
        (at.clone(), junk.clone()).prop_map(|(i, s)| Edit::Insert(i, s)),
        (at, 1usize..16, junk).prop_map(|(i, n, s)| Edit::Replace(i, n, s)),
    ]
}

fn apply(edits: &[Edit]) -> String {
    let mut s = SHIPPED.to_string();
    let boundary = |s: &String, mut i: usize| {
        i = i.min(s.len());
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    for e in edits {
        match e {
            Edit::Truncate(i) => s.truncate(boundary(&s, *i)),
            Edit::Delete(i, n) | Edit::Replace(i, n, _) => {
                let start = boundary(&s, *i);
                let end = boundary(&s, start + n);
                let with = if let Edit::Replace(.., w) = e { w.as_str() } else { "" };
                s.replace_range(start..end, with);
            }
            Edit::Insert(i, text) => {
                let at = boundary(&s, *i);
                s.insert_str(at, text);
            }
        }
    }
    s
}

proptest! {
    // Fuzzing the loader: PROPTEST_CASES=100000 cargo test --release --test properties runs longer.
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_loader_survives_any_damage_and_keeps_only_sound_records(edits in prop::collection::vec(edit(), 1..4)) {
        if let Ok(report) = load(&apply(&edits)) {
            // Every record it keeps passes validation (the taxonomy itself may be damaged).
            let data = &report.data;
            let kept: Vec<(&str, &str)> = data.organizations.iter().map(|o| ("organizations", o.id.as_str()))
                .chain(data.legal_info.iter().map(|l| ("legal_info", l.id.as_str())))
                .chain(data.pointers.iter().map(|p| ("pointers", p.id.as_str())))
                .collect();
            let problems: Vec<_> = validate(data).into_iter().filter(|p| kept.contains(&(p.section, p.record.as_str()))).collect();
            prop_assert!(problems.is_empty(), "{:?}", problems);
        }
    }
}

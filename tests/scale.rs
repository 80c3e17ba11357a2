//! Search over generated datasets of many organisations: correct at scale (timings are for the
//! benchmark, not for tests).

use michishirube::filter::{Filters, find};
use michishirube::load::load;
use michishirube::search::SearchIndex;
use michishirube::site::sample::generated;

#[test]
fn finds_the_right_records_among_ten_thousand() {
    let shipped = michishirube::site::dataset(include_str!("../data/directory.json")).unwrap();
    // As the benchmark serves it: written out, then read and validated as the app reads it.
    let report = load(&serde_json::to_string(&generated(&shipped, 10_000)).unwrap()).unwrap();
    assert!(report.skipped.is_empty(), "{:?}", report.skipped.first());
    let data = report.data;
    let index = SearchIndex::new(&data);
    // The generator cycles through the shipped organisations; the Stateless Network is the ninth.
    let n = 9_998 - 9_998 % shipped.organizations.len() + 8;
    let found = find(&data, &index, &index.query(&format!("stateless {n}")), &Filters::default());
    assert_eq!(data.organizations[8].id, "stateless-network-8");
    assert_eq!(found.first().map(|h| data.organizations[h.index].id.clone()), Some(format!("stateless-network-{n}")));
    assert_eq!(find(&data, &index, &index.query(""), &Filters::default()).len(), 10_000);
}

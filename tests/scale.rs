//! Search over generated datasets of many organisations: correct at scale (timings are for the
//! benchmark, not for tests).

use michishirube::filter::{Filters, find};
use michishirube::model::Dataset;
use michishirube::search::SearchIndex;

/// `n` organisations made from the shipped ones, each with its own id and name.
pub fn generated(n: usize) -> Dataset {
    let mut data: Dataset = serde_json::from_str(include_str!("../data/directory.json")).unwrap();
    let originals = std::mem::take(&mut data.organizations);
    data.organizations = (0..n)
        .map(|i| {
            let mut org = originals[i % originals.len()].clone();
            org.id = format!("{}-{i}", org.id);
            org.parent_id = None;
            for name in org.name.all_mut() {
                *name = format!("{name} {i}");
            }
            org
        })
        .collect();
    data.legal_info.iter_mut().for_each(|l| l.related_organizations.clear());
    data
}

#[test]
fn finds_the_right_records_among_ten_thousand() {
    let data = generated(10_000);
    let index = SearchIndex::new(&data);
    let found = find(&data, &index, &index.query("stateless 9998"), &Filters::default());
    assert_eq!(found.first().map(|h| data.organizations[h.index].id.as_str()), Some("stateless-network-9998"));
    assert_eq!(find(&data, &index, &index.query(""), &Filters::default()).len(), 10_000);
}

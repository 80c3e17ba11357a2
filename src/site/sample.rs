//! Datasets of many organisations, made from the shipped ones, for the tests and the benchmark
//! at scale (`render sample <n> <file>` writes one): the one generator both use.

use crate::model::Dataset;
use crate::text::Text;

/// `n` organisations made from the real ones, each with its own id and name. Past the first copy
/// of each, what the search does not read, and what is only true of the real record (its
/// caveats, its provenance), is left out: directory entries are mostly shorter than the Red
/// Cross's three paragraphs, and 50 000 then stay under the loader's 64 MB limit.
pub fn generated(shipped: &Dataset, n: usize) -> Dataset {
    let mut data = shipped.clone();
    let originals = std::mem::take(&mut data.organizations);
    data.organizations = (0..n)
        .map(|i| {
            let mut org = originals[i % originals.len()].clone();
            org.id = format!("{}-{i}", org.id);
            org.parent_id = None;
            if i >= originals.len() {
                org.description = Text::default();
                org.caveats.clear();
                org.provenance.clear();
            }
            for name in org.name.all_mut() {
                *name = format!("{name} {i}");
            }
            org
        })
        .collect();
    data.legal_info.iter_mut().for_each(|l| l.related_organizations.clear());
    data
}

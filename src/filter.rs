//! Filters on the directory: category, prefecture, service and language spoken.

use crate::model::{Dataset, Organization, Taxonomy, Term};
use crate::search::{Hit, Query, SearchIndex};

/// A dimension the directory can be filtered on; its name is also its URL parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Category,
    Prefecture,
    Service,
    Language,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::Category, Facet::Prefecture, Facet::Service, Facet::Language];

    pub fn param(self) -> &'static str {
        match self {
            Facet::Category => "category",
            Facet::Prefecture => "prefecture",
            Facet::Service => "service",
            Facet::Language => "language",
        }
    }

    pub fn terms(self, taxonomy: &Taxonomy) -> &[Term] {
        match self {
            Facet::Category => &taxonomy.categories,
            Facet::Prefecture => &taxonomy.prefectures,
            Facet::Service => &taxonomy.services,
            Facet::Language => &taxonomy.languages,
        }
    }

    /// The term ids an organisation has on this facet.
    pub fn values(self, org: &Organization) -> Vec<&str> {
        fn ids(v: &[String]) -> Vec<&str> {
            v.iter().map(String::as_str).collect()
        }
        match self {
            Facet::Category => ids(&org.categories),
            Facet::Prefecture => org.prefectures().collect(),
            Facet::Service => ids(&org.services),
            Facet::Language => ids(&org.languages),
        }
    }

    /// The terms at least one organisation has, each with how many have it (in one pass over the
    /// organisations: this runs each time the home page is drawn).
    pub fn options(self, data: &Dataset) -> Vec<(&Term, usize)> {
        let terms = self.terms(&data.taxonomy);
        let mut counts = vec![0; terms.len()];
        for org in &data.organizations {
            let mut values = self.values(org);
            // An organisation counts once per term (two addresses can share a prefecture).
            values.sort_unstable();
            values.dedup();
            for value in values {
                if let Some(i) = terms.iter().position(|t| t.id == value) {
                    counts[i] += 1;
                }
            }
        }
        terms.iter().zip(counts).filter(|&(_, n)| n > 0).collect()
    }
}

/// The chosen term per facet; an organisation must have every chosen term.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    chosen: [Option<String>; 4],
}

impl Filters {
    fn slot(facet: Facet) -> usize {
        Facet::ALL.iter().position(|&f| f == facet).unwrap_or_default()
    }

    pub fn get(&self, facet: Facet) -> Option<&str> {
        self.chosen[Self::slot(facet)].as_deref()
    }

    /// Chooses a term; an empty value clears the facet.
    pub fn set(&mut self, facet: Facet, value: Option<String>) {
        self.chosen[Self::slot(facet)] = value.filter(|v| !v.is_empty());
    }

    pub fn with(mut self, facet: Facet, value: &str) -> Filters {
        self.set(facet, Some(value.to_string()));
        self
    }

    pub fn is_empty(&self) -> bool {
        self.chosen.iter().all(Option::is_none)
    }

    pub fn matches(&self, org: &Organization) -> bool {
        Facet::ALL.iter().all(|&f| self.get(f).is_none_or(|v| f.values(org).contains(&v)))
    }

    /// [`Filters::matches`] for an organisation's terms on each facet, in [`Facet::ALL`]'s order
    /// (as the compact index lists them).
    pub fn admits(&self, terms: &[Vec<String>; 4]) -> bool {
        Facet::ALL.iter().zip(terms).all(|(&f, terms)| self.get(f).is_none_or(|v| terms.iter().any(|t| t == v)))
    }
}

/// The organisations that match the filters and a word or more of the query, best first.
pub fn find(data: &Dataset, index: &SearchIndex, query: &Query, filters: &Filters) -> Vec<Hit> {
    index.organizations(query, |i| filters.matches(&data.organizations[i]))
}

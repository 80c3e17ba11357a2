//! What a search answers, decided with no browser: the guides, organisations and legal cards
//! found, best first; why a weaker organisation was found; when nothing is, the closest ones; or
//! that the page's own list is the answer. The search island only draws it
//! (`src/ui/directory/search.rs`).

use crate::compact::Compact;
use crate::route::Search;
use crate::search::{Hit, Match, Query};

/// A search's answer, as positions in the index's lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub situations: Vec<usize>,
    pub organizations: Vec<usize>,
    pub legal: Vec<usize>,
    /// Why each organisation found by less than the whole query was found.
    pub why: Vec<(usize, Why)>,
    /// When no organisation is found: the closest to what was typed.
    pub closest: Vec<usize>,
    /// The text as typed, and whether filters are on.
    pub query: String,
    pub filtered: bool,
}

/// Why an organisation was found, when that is not plain: it matched `matched` of the query's
/// `of` words, and some by meaning (the word as typed, what it was taken to mean).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Why {
    pub matched: usize,
    pub of: usize,
    pub senses: Vec<(String, String)>,
}

impl Why {
    fn of(hit: &Hit, query: &Query, index: &Compact) -> Option<Why> {
        let senses: Vec<(String, String)> = query
            .words()
            .zip(&hit.how)
            .filter_map(|(word, how)| match how {
                Some(Match::Sense(sense)) => index.meanings.get(usize::from(*sense)).map(|m| (word.to_string(), m.clone())),
                _ => None,
            })
            .collect();
        (hit.matched < query.len() || !senses.is_empty()).then_some(Why { matched: hit.matched, of: query.len(), senses })
    }
}

/// How many organisations the page draws at a time.
pub const PAGE: usize = 50;

/// The closest organisations shown when nothing is found.
const CLOSEST: usize = 3;

impl Answer {
    /// The answer to `search` over `index`, or `None` where the page's own list is it: nothing
    /// searched, and the page lists the same dataset (`digest`) whole (`listed` organisations,
    /// a page or fewer).
    pub fn of(index: &Compact, search: &Search, digest: &str, listed: usize) -> Option<Answer> {
        let same_list = !search.is_active() && index.digest == digest && index.skipped.is_empty() && listed <= PAGE;
        if same_list {
            return None;
        }
        let query = index.index.query(&search.query);
        let hits = index.find(&query, &search.filters);
        let closest = if hits.is_empty() && !query.is_empty() {
            index.closest(&search.query, &search.filters, CLOSEST).iter().map(|h| h.index).collect()
        } else {
            Vec::new()
        };
        let situations =
            if query.is_empty() { Vec::new() } else { index.index.situations(&query).iter().map(|h| h.index).collect() };
        Some(Answer {
            why: hits.iter().filter_map(|h| Why::of(h, &query, index).map(|w| (h.index, w))).collect(),
            organizations: hits.iter().map(|h| h.index).collect(),
            legal: index.index.legal(&query).iter().map(|h| h.index).collect(),
            situations,
            closest,
            query: search.query.clone(),
            filtered: !search.filters.is_empty(),
        })
    }

    /// Why an organisation was found, if that is not plain.
    pub fn why(&self, organization: usize) -> Option<&Why> {
        self.why.iter().find(|(i, _)| *i == organization).map(|(_, w)| w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Facet;
    use crate::load::digest;
    use crate::model::SCHEMA_VERSION;

    const NOW: &str = include_str!("../data/directory.json");

    fn index() -> Compact {
        let data = crate::load::load(NOW).unwrap().data;
        Compact::read(&Compact::write(NOW, Some(&data), &[], "en"), SCHEMA_VERSION).unwrap()
    }

    fn search(query: &str) -> Search {
        Search { query: query.into(), ..Search::default() }
    }

    fn ids(index: &Compact, found: &[usize]) -> Vec<String> {
        found.iter().map(|&i| index.organizations[i].id.clone()).collect()
    }

    #[test]
    fn the_pages_own_list_is_the_answer_when_nothing_is_searched_for() {
        let index = index();
        let listed = index.organizations.len();
        assert_eq!(Answer::of(&index, &Search::default(), &digest(NOW), listed), None);
        // Another dataset than the page was drawn from, or more than a page: the list is redrawn.
        let all = Answer::of(&index, &Search::default(), "another", listed).unwrap();
        assert_eq!(all.organizations.len(), listed);
        assert!(all.why.is_empty() && all.closest.is_empty() && all.situations.is_empty() && !all.filtered);
        assert!(Answer::of(&index, &Search::default(), &digest(NOW), PAGE + 1).is_some());
    }

    #[test]
    fn says_why_a_weaker_hit_was_found() {
        let index = index();
        let answer = Answer::of(&index, &search("lawyer"), &digest(NOW), index.organizations.len()).unwrap();
        let at = |id: &str| index.organizations.iter().position(|o| o.id == id).unwrap();
        // JLNR's name says "Lawyers": found plainly, nothing to say.
        assert_eq!(answer.organizations.first(), Some(&at("jlnr")));
        assert_eq!(answer.why(at("jlnr")), None);
        // FRJ gives legal advice, which is what "lawyer" means here.
        let frj = answer.why(at("frj")).expect("found by meaning");
        assert_eq!(frj.senses, [("lawyer".to_string(), "Legal advice".to_string())]);
        // Two words, one matched: it says so.
        let answer = Answer::of(&index, &search("refugees zzzqqq"), &digest(NOW), 11).unwrap();
        let first = answer.organizations[0];
        assert_eq!(answer.why(first).map(|w| (w.matched, w.of)), Some((1, 2)));
    }

    #[test]
    fn finds_guides_and_cards_and_never_a_dead_end() {
        let index = index();
        let answer = Answer::of(&index, &search("appeal"), &digest(NOW), 11).unwrap();
        assert_eq!(answer.situations.first().map(|&i| index.situations[i].id.as_str()), Some("refused"));
        // Nothing found: the closest instead, one typo further.
        let houterasu = Answer::of(&index, &search("Houtrsa"), &digest(NOW), 11).unwrap();
        assert!(houterasu.organizations.is_empty());
        assert_eq!(ids(&index, &houterasu.closest).first().map(String::as_str), Some("houterasu"));
        let none = Answer::of(&index, &search("xqzv"), &digest(NOW), 11).unwrap();
        assert!(none.organizations.is_empty());
        assert_eq!(none.query, "xqzv");
        let mut filtered = search("");
        filtered.filters.set(Facet::Prefecture, Some("tokyo".into()));
        let tokyo = Answer::of(&index, &filtered, &digest(NOW), 11).unwrap();
        assert!(tokyo.filtered && !tokyo.organizations.is_empty() && tokyo.situations.is_empty());
    }
}

//! Where things are. Every page is a static file at a readable path below its language's
//! folder (`ja/org/jar/`), linked relatively, so any static host serves every deep link at a
//! site root or under a sub-path, with no server rewrite. The home page's search and filters
//! are query parameters (`en/?q=visa&prefecture=tokyo`), read by the app when it runs.
//!
//! Links from before (`?org=jar&lang=ja`) land on the same pages: the site's root page
//! (`src/site/root.js`) sends them on before the first paint, by [`OLD_LINKS`].

use crate::filter::{Facet, Filters};

/// Longest search text kept from a URL; longer input is cut, never refused.
pub const MAX_QUERY_CHARS: usize = 200;

/// The old query parameter for each page that had one, and the folder it lives in now; `page=saved`
/// is `saved/`, and any other `page=` is not found. Written into `root.js` by the build.
pub const OLD_LINKS: [(&str, &str); 2] = [("org", "org"), ("legal", "legal")];

/// Whether a parameter belongs to the visit, not the page, and survives navigation: embed
/// mode's options ([`crate::embed::PARAMS`]). The language is the page's folder.
pub fn is_sticky(name: &str) -> bool {
    crate::embed::PARAMS.contains(&name)
}

/// A parameter's value: the first if it is repeated, trimmed, and `None` when empty. Every
/// reader of the URL (search, embed options) reads it this way.
pub fn param<'a>(params: &[(&'a str, &'a str)], name: &str) -> Option<&'a str> {
    params.iter().find(|(k, _)| *k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Page {
    #[default]
    Home,
    Organization(String),
    LegalList,
    Legal(String),
    /// A guide for a situation a person is in.
    Situation(String),
    Saved,
    /// "About this data": where every record's facts come from.
    About,
    NotFound,
}

impl Page {
    /// The page's file below its language's folder: `""` (the folder's `index.html`),
    /// `org/jar/`, `legal/`, `legal/icrra/`, `help/refused/`, `saved/`, `about/`, `404.html`.
    pub fn path(&self) -> String {
        match self {
            Page::Home => String::new(),
            Page::Organization(id) => format!("org/{id}/"),
            Page::LegalList => "legal/".into(),
            Page::Legal(id) => format!("legal/{id}/"),
            Page::Situation(id) => format!("help/{id}/"),
            Page::Saved => "saved/".into(),
            Page::About => "about/".into(),
            Page::NotFound => "404.html".into(),
        }
    }

    /// The page a path below a language's folder names ([`Page::path`]'s inverse).
    pub fn from_path(path: &str) -> Option<Page> {
        let parts: Vec<&str> = path.strip_suffix('/').unwrap_or(path).split('/').collect();
        match parts.as_slice() {
            [""] => Some(Page::Home),
            ["org", id] if !id.is_empty() => Some(Page::Organization(id.to_string())),
            ["legal"] => Some(Page::LegalList),
            ["legal", id] if !id.is_empty() => Some(Page::Legal(id.to_string())),
            ["help", id] if !id.is_empty() => Some(Page::Situation(id.to_string())),
            ["saved"] => Some(Page::Saved),
            ["about"] => Some(Page::About),
            ["404.html"] => Some(Page::NotFound),
            _ => None,
        }
    }

    /// How many folders below its language's folder the page's file sits.
    pub fn depth(&self) -> usize {
        self.path().matches('/').count()
    }
}

/// The home page's search: the text as typed, and the chosen filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    pub filters: Filters,
}

impl Search {
    /// Reads decoded query parameters; unknown ones are ignored, the first of a repeated one wins.
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Search {
        let params: Vec<(&str, &str)> = params.into_iter().collect();
        let get = |name: &str| param(&params, name);
        let mut search =
            Search { query: get("q").unwrap_or_default().chars().take(MAX_QUERY_CHARS).collect(), ..Search::default() };
        for facet in Facet::ALL {
            search.filters.set(facet, get(facet.param()).map(str::to_string));
        }
        search
    }

    /// The query parameters for this search, in a stable order.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let query = Some(self.query.trim()).filter(|q| !q.is_empty()).map(|q| ("q", q.to_string()));
        let filters = Facet::ALL.into_iter().filter_map(|f| self.filters.get(f).map(|v| (f.param(), v.to_string())));
        query.into_iter().chain(filters).collect()
    }

    /// Whether anything is searched for or filtered on.
    pub fn is_active(&self) -> bool {
        !self.filters.is_empty() || !self.query.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Search {
        Search::from_params(pairs.iter().copied())
    }

    #[test]
    fn names_every_page_by_a_readable_path() {
        assert_eq!(Page::Home.path(), "");
        assert_eq!(Page::Organization("jar".into()).path(), "org/jar/");
        assert_eq!(Page::LegalList.path(), "legal/");
        assert_eq!(Page::Legal("icrra".into()).path(), "legal/icrra/");
        assert_eq!(Page::Saved.path(), "saved/");
        assert_eq!(Page::About.path(), "about/");
        assert_eq!(Page::NotFound.path(), "404.html");
        let pages = [
            Page::Home,
            Page::NotFound,
            Page::Saved,
            Page::Legal("x".into()),
            Page::Organization("jar".into()),
            Page::LegalList,
            Page::About,
            Page::Situation("refused".into()),
        ];
        let depths: Vec<usize> = pages.iter().map(Page::depth).collect();
        assert_eq!(depths, [0, 0, 1, 2, 2, 1, 1, 2]);
        for page in pages {
            assert_eq!(Page::from_path(&page.path()), Some(page));
        }
        for nowhere in ["org/", "org/jar/x/", "admin/", "legal//"] {
            assert_eq!(Page::from_path(nowhere), None, "{nowhere}");
        }
    }

    #[test]
    fn reads_search_and_filters_and_writes_them_back() {
        let search = parse(&[("q", "visa tokyo"), ("prefecture", "tokyo"), ("lang", "ja"), ("service", "")]);
        assert_eq!(search.query, "visa tokyo");
        assert_eq!(search.filters, Filters::default().with(Facet::Prefecture, "tokyo"));
        assert_eq!(search.to_params(), vec![("q", "visa tokyo".to_string()), ("prefecture", "tokyo".to_string())]);
        let all = parse(&[("language", "ja"), ("service", "advocacy"), ("category", "support"), ("prefecture", "kanagawa")]);
        let params = all.to_params();
        assert_eq!(params.iter().map(|(k, _)| *k).collect::<Vec<_>>(), ["category", "prefecture", "service", "language"]);
        assert_eq!(Search::from_params(params.iter().map(|(k, v)| (*k, v.as_str()))), all);
        assert!(all.is_active() && !parse(&[("q", "  ")]).is_active());
    }

    #[test]
    fn keeps_the_visits_parameters_across_pages() {
        for name in ["embed", "accent", "saved"] {
            assert!(is_sticky(name), "{name}");
        }
        for name in ["q", "org", "page", "category", "utm_source", "lang"] {
            assert!(!is_sticky(name), "{name}");
        }
    }

    #[test]
    fn cuts_absurd_input_down_to_size() {
        let long = "a".repeat(10_000);
        assert_eq!(parse(&[("q", &long)]).query.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(Search { query: "  ".into(), ..Search::default() }.to_params(), vec![]);
    }
}

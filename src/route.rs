//! Where the app is, as URL query parameters — `?org=jar`, `?legal=icrra`, `?page=saved`,
//! `?q=visa&prefecture=tokyo` — so every page and every search has its own URL. Query
//! parameters rather than paths: any static host, any sub-path and the offline shell serve
//! them without a server rewrite.

use crate::filter::{Facet, Filters};

/// Longest search text kept from a URL; longer input is cut, never refused.
pub const MAX_QUERY_CHARS: usize = 200;

/// Whether a parameter belongs to the visit, not the page, and survives navigation: the
/// language and embed mode's options ([`crate::embed::PARAMS`]).
pub fn is_sticky(name: &str) -> bool {
    name == "lang" || crate::embed::PARAMS.contains(&name)
}

/// A parameter's value: the first if it is repeated, trimmed, and `None` when empty. Every
/// reader of the URL (route, embed options, language) reads it this way.
pub fn param<'a>(params: &[(&'a str, &'a str)], name: &str) -> Option<&'a str> {
    params.iter().find(|(k, _)| *k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Home,
    Organization(String),
    Legal(String),
    Saved,
    /// A `page` this app does not have.
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub page: Page,
    /// The search text as typed.
    pub query: String,
    pub filters: Filters,
}

impl Route {
    pub fn page(page: Page) -> Route {
        Route { page, ..Route::default() }
    }

    /// Reads decoded query parameters; unknown ones are ignored, the first of a repeated one wins.
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Route {
        let params: Vec<(&str, &str)> = params.into_iter().collect();
        let get = |name: &str| param(&params, name);
        let page = match (get("org"), get("legal"), get("page")) {
            (Some(id), _, _) => Page::Organization(id.to_string()),
            (None, Some(id), _) => Page::Legal(id.to_string()),
            (None, None, Some("saved")) => Page::Saved,
            (None, None, Some(_)) => Page::Unknown,
            _ => Page::Home,
        };
        let mut route = Route::page(page);
        if route.page == Page::Home {
            route.query = get("q").unwrap_or_default().chars().take(MAX_QUERY_CHARS).collect();
            for facet in Facet::ALL {
                route.filters.set(facet, get(facet.param()).map(str::to_string));
            }
        }
        route
    }

    /// The query parameters for this route, in a stable order.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        match &self.page {
            Page::Organization(id) => vec![("org", id.clone())],
            Page::Legal(id) => vec![("legal", id.clone())],
            Page::Saved => vec![("page", "saved".to_string())],
            Page::Unknown => vec![("page", "unknown".to_string())],
            Page::Home => {
                let query = Some(self.query.trim()).filter(|q| !q.is_empty()).map(|q| ("q", q.to_string()));
                let filters = Facet::ALL.into_iter().filter_map(|f| self.filters.get(f).map(|v| (f.param(), v.to_string())));
                query.into_iter().chain(filters).collect()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Route {
        Route::from_params(pairs.iter().copied())
    }

    #[test]
    fn reads_pages() {
        assert_eq!(parse(&[]), Route::default());
        assert_eq!(parse(&[("org", "jar")]).page, Page::Organization("jar".into()));
        assert_eq!(parse(&[("legal", "icrra")]).page, Page::Legal("icrra".into()));
        assert_eq!(parse(&[("page", "saved")]).page, Page::Saved);
        assert_eq!(parse(&[("page", "nonsense")]).page, Page::Unknown);
        assert_eq!(parse(&[("utm_source", "x"), ("page", "")]).page, Page::Home);
        assert_eq!(parse(&[("org", " ")]).page, Page::Home);
        assert_eq!(parse(&[("org", "jar"), ("legal", "icrra")]).page, Page::Organization("jar".into()));
    }

    #[test]
    fn reads_search_and_filters_and_writes_them_back() {
        let route = parse(&[("q", "visa tokyo"), ("prefecture", "tokyo"), ("lang", "ja"), ("service", "")]);
        assert_eq!(route.query, "visa tokyo");
        assert_eq!(route.filters, Filters::default().with(Facet::Prefecture, "tokyo"));
        assert_eq!(route.to_params(), vec![("q", "visa tokyo".to_string()), ("prefecture", "tokyo".to_string())]);
        let all = parse(&[("language", "ja"), ("service", "advocacy"), ("category", "support"), ("prefecture", "kanagawa")]);
        let params = all.to_params();
        assert_eq!(params.iter().map(|(k, _)| *k).collect::<Vec<_>>(), ["category", "prefecture", "service", "language"]);
        assert_eq!(Route::from_params(params.iter().map(|(k, v)| (*k, v.as_str()))), all);
    }

    #[test]
    fn keeps_the_visits_parameters_across_pages() {
        for name in ["lang", "embed", "accent", "saved"] {
            assert!(is_sticky(name), "{name}");
        }
        for name in ["q", "org", "page", "category", "utm_source"] {
            assert!(!is_sticky(name), "{name}");
        }
    }

    #[test]
    fn cuts_absurd_input_down_to_size() {
        let long = "a".repeat(10_000);
        assert_eq!(parse(&[("q", &long)]).query.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(Route::page(Page::Saved).to_params(), vec![("page", "saved".to_string())]);
        assert_eq!(Route { query: "  ".into(), ..Route::default() }.to_params(), vec![]);
    }
}

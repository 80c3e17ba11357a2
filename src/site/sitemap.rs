//! The site's public address, a build setting ([`VARIABLE`]), and what only an address makes
//! possible: absolute `canonical` and `hreflang` links in every page (search engines want them
//! absolute), `sitemap.xml` (every page in every language, each with its alternates, as the
//! sitemap convention for `hreflang` asks) and `robots.txt` (naming the sitemap).
//!
//! Without an address the pages keep relative links, which work on any host and under any
//! sub-path, and the build writes neither file: a sitemap must list absolute addresses, and a
//! `robots.txt` that only allows everything says what its absence already says.

use crate::i18n::LANGUAGES;
use crate::route::Page;

/// The environment variable the build reads the address from, e.g.
/// `MICHISHIRUBE_SITE_URL=https://example.org/michishirube/`.
pub const VARIABLE: &str = "MICHISHIRUBE_SITE_URL";

/// Where the site is published: an absolute `https://` address of its root folder, always
/// ending with `/` (`http://127.0.0.1[:port]/…` is accepted too, for tests on this machine).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address(String);

impl Address {
    /// Reads and checks an address, adding the final `/` if it is missing. Refused: any other
    /// scheme, no host, a user name, a query or fragment, `.` or `..` folders, and characters
    /// an address must carry escaped (spaces, quotes, `<`, `>`, `&`…).
    pub fn parse(value: &str) -> Result<Address, String> {
        let value = value.trim();
        let said = |why: &str| format!("{VARIABLE}={value:?}: {why}");
        let (scheme, rest) = if let Some(rest) = value.strip_prefix("https://") {
            ("https://", rest)
        } else if let Some(rest) = value.strip_prefix("http://") {
            ("http://", rest)
        } else {
            return Err(said("the site's address must start with https:// (http://127.0.0.1 only for tests)"));
        };
        let (host, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
        if scheme == "http://" && host != "127.0.0.1" && !host.starts_with("127.0.0.1:") {
            return Err(said("the site's address must start with https:// (http://127.0.0.1 only for tests)"));
        }
        let (name, port) = host.split_once(':').unwrap_or((host, ""));
        let label = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !name.split('.').all(label) {
            return Err(said("no host name, or one with characters a host name cannot have (write a Unicode name in punycode)"));
        }
        if host.contains(':') && (port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) || port.len() > 5) {
            return Err(said("the port is not a number"));
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~/%".contains(c);
        if let Some(c) = path.chars().find(|&c| !allowed(c)) {
            return Err(said(&format!(
                "{c:?} has no place in the site's address (no query, fragment or user name; escape anything else)"
            )));
        }
        if path.split('/').any(|segment| segment == "." || segment == "..") {
            return Err(said("the site's address cannot have . or .. folders"));
        }
        let path = if path.ends_with('/') { path.to_string() } else { format!("{path}/") };
        Ok(Address(format!("{scheme}{host}{path}")))
    }

    /// The address in the environment ([`VARIABLE`]), if it is set and not empty.
    pub fn from_env() -> Result<Option<Address>, String> {
        match std::env::var(VARIABLE) {
            Ok(value) if !value.trim().is_empty() => Address::parse(&value).map(Some),
            Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
            Err(std::env::VarError::NotUnicode(_)) => Err(format!("{VARIABLE} is not valid Unicode")),
        }
    }

    /// The site's root folder, ending with `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The folder's path on its host: `/michishirube/` for `https://example.org/michishirube/`.
    pub fn path(&self) -> &str {
        let rest = &self.0[self.0.find("//").map_or(0, |i| i + 2)..];
        &rest[rest.find('/').unwrap_or(rest.len())..]
    }

    /// A page's absolute address in a language.
    pub fn page(&self, code: &str, page: &Page) -> String {
        format!("{}{code}/{}", self.0, page.path())
    }
}

/// A page's languages as (`hreflang`, address) pairs, `root` being the way to the site's root
/// (relative, or an [`Address`]): each language, then `x-default`, which is the site's root
/// page for the home page and the English page for the others.
pub fn alternates(root: &str, page: &Page) -> Vec<(&'static str, String)> {
    let mut links: Vec<(&'static str, String)> =
        LANGUAGES.iter().map(|language| (language.code, format!("{root}{}/{}", language.code, page.path()))).collect();
    let default = match page {
        Page::Home if root.is_empty() => "./".to_string(),
        Page::Home => root.to_string(),
        _ => format!("{root}en/{}", page.path()),
    };
    links.push(("x-default", default));
    links
}

/// `<link>`s to a page's languages, `root` the way to the site's root (see [`alternates`]).
pub fn alternate_links(root: &str, page: &Page) -> String {
    alternates(root, page)
        .into_iter()
        .map(|(code, href)| format!("<link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\">", xml_escape(&href)))
        .collect()
}

/// The page's canonical address: its own, absolute. None for the not-found page, which is
/// served at every address that has no page.
pub fn canonical(address: &Address, code: &str, page: &Page, site_root: bool) -> Option<String> {
    match page {
        Page::NotFound => None,
        Page::Home if site_root => Some(address.as_str().to_string()),
        _ => Some(address.page(code, page)),
    }
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

/// `sitemap.xml`: the site's root page and every one of `pages` in every language (the
/// not-found page left out), each with all its languages as `xhtml:link` alternates. Returns
/// the text and how many addresses it lists.
pub fn sitemap(address: &Address, pages: &[Page]) -> (String, usize) {
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    ));
    let mut count = 0;
    let mut entry = |loc: &str, page: &Page| {
        xml += &format!("<url><loc>{}</loc>", xml_escape(loc));
        for (code, href) in alternates(address.as_str(), page) {
            xml += &format!("<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>", xml_escape(&href));
        }
        xml += "</url>\n";
        count += 1;
    };
    entry(address.as_str(), &Page::Home);
    for page in pages.iter().filter(|p| **p != Page::NotFound) {
        for language in LANGUAGES {
            entry(&address.page(language.code, page), page);
        }
    }
    xml += "</urlset>\n";
    (xml, count)
}

/// `robots.txt`: every crawler may read every page, and here is the sitemap. (Crawlers read it
/// only at a host's root: a site under a sub-path names its sitemap in the host's own file.)
pub fn robots(address: &Address) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n", address.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_https_with_a_host_and_ends_with_a_slash() {
        let a = Address::parse("https://example.org/michishirube").unwrap();
        assert_eq!(a.as_str(), "https://example.org/michishirube/");
        assert_eq!(a.path(), "/michishirube/");
        let root = Address::parse(" https://help.example.org ").unwrap();
        assert_eq!((root.as_str(), root.path()), ("https://help.example.org/", "/"));
        assert_eq!(Address::parse("https://example.org:8443/a/b/").unwrap().as_str(), "https://example.org:8443/a/b/");
        let local = Address::parse("http://127.0.0.1:8080/").unwrap();
        assert_eq!((local.as_str(), local.path()), ("http://127.0.0.1:8080/", "/"));
        assert_eq!(Address::parse("https://xn--r8jz45g.jp/").unwrap().as_str(), "https://xn--r8jz45g.jp/");
    }

    #[test]
    fn a_bad_address_is_refused_with_the_reason() {
        for (bad, why) in [
            ("http://example.org/", "https://"),
            ("http://127.0.0.1.example.org/", "https://"),
            ("ftp://example.org/", "https://"),
            ("example.org", "https://"),
            ("https:///michishirube/", "host"),
            ("https://user@example.org/", "host"),
            ("https://exa mple.org/", "host"),
            ("https://例え.jp/", "punycode"),
            ("https://example.org:http/", "port"),
            ("https://example.org/?lang=en", "query"),
            ("https://example.org/#top", "'#'"),
            ("https://example.org/a\"b/", "'\"'"),
            ("https://example.org/a<b/", "'<'"),
            ("https://example.org/a/../b/", ".."),
        ] {
            let error = Address::parse(bad).expect_err(bad);
            assert!(error.contains(why) && error.contains(VARIABLE), "{bad}: {error}");
        }
    }

    #[test]
    fn alternates_name_every_language_and_a_default() {
        let page = Page::Organization("jar".into());
        let relative = alternates("../../../", &page);
        assert_eq!(relative.len(), LANGUAGES.len() + 1);
        assert_eq!(relative[0], ("en", "../../../en/org/jar/".to_string()));
        assert_eq!(relative.last().unwrap(), &("x-default", "../../../en/org/jar/".to_string()));
        let address = Address::parse("https://example.org/m/").unwrap();
        let absolute = alternates(address.as_str(), &Page::Home);
        assert!(absolute.contains(&("fa", "https://example.org/m/fa/".to_string())));
        assert_eq!(absolute.last().unwrap(), &("x-default", "https://example.org/m/".to_string()));
        assert_eq!(alternates("", &Page::Home).last().unwrap().1, "./");
        assert!(alternate_links("../", &Page::About).contains(r#"<link rel="alternate" hreflang="ja" href="../ja/about/">"#));
    }

    #[test]
    fn the_canonical_address_is_the_page_itself_and_not_found_has_none() {
        let a = Address::parse("https://example.org/m").unwrap();
        assert_eq!(canonical(&a, "fa", &Page::Legal("icrra".into()), false).unwrap(), "https://example.org/m/fa/legal/icrra/");
        assert_eq!(canonical(&a, "en", &Page::Home, true).unwrap(), "https://example.org/m/");
        assert_eq!(canonical(&a, "en", &Page::Home, false).unwrap(), "https://example.org/m/en/");
        assert_eq!(canonical(&a, "fa", &Page::NotFound, false), None);
    }

    #[test]
    fn the_sitemap_lists_every_page_in_every_language_with_its_alternates() {
        let a = Address::parse("https://example.org/m/").unwrap();
        let pages = [Page::Home, Page::Organization("jar".into()), Page::LegalList, Page::NotFound];
        let (xml, count) = sitemap(&a, &pages);
        assert_eq!(count, 1 + 3 * LANGUAGES.len());
        assert_eq!(xml.matches("<url>").count(), count);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
        assert!(xml.contains(r#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#) && xml.ends_with("</urlset>\n"));
        assert!(!xml.contains("404"));
        for language in LANGUAGES {
            let loc = format!("<url><loc>https://example.org/m/{}/org/jar/</loc>", language.code);
            let entry = xml.lines().find(|l| l.starts_with(&loc)).unwrap_or_else(|| panic!("no {loc}"));
            // Each entry names every language, itself included, and the default.
            for other in LANGUAGES {
                let link = format!(
                    r#"<xhtml:link rel="alternate" hreflang="{}" href="https://example.org/m/{}/org/jar/"/>"#,
                    other.code, other.code
                );
                assert!(entry.contains(&link), "{loc} lacks {link}");
            }
            assert!(entry.contains(r#"hreflang="x-default" href="https://example.org/m/en/org/jar/"/>"#), "{entry}");
        }
        let root = xml.lines().find(|l| l.starts_with("<url><loc>https://example.org/m/</loc>")).unwrap();
        assert!(root.contains(r#"hreflang="x-default" href="https://example.org/m/"/>"#), "{root}");
        // Well formed as far as a line-by-line look can tell: every element closed.
        assert_eq!(xml.matches("<url>").count(), xml.matches("</url>").count());
        assert!(xml.lines().skip(2).filter(|l| l.starts_with("<url>")).all(|l| l.ends_with("</url>")));
    }

    #[test]
    fn robots_allow_everything_and_name_the_sitemap() {
        let a = Address::parse("https://example.org/").unwrap();
        assert_eq!(robots(&a), "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n");
    }
}

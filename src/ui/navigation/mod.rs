//! Getting around: the frame of every page (`frame`), embed mode in a partner's frame
//! (`embed`), and here where the page is in the site, for its links: every link is relative (`../org/jar/`), so
//! the pages work at any host's root or sub-path with no server rewrite.

pub mod embed;
pub mod frame;

use leptos::prelude::*;

use crate::i18n::Language;
use crate::route::Page;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Site {
    /// From this page to the site's root folder: `""`, `"../"`, `"../../"`, …
    pub root: &'static str,
    pub language: &'static Language,
}

pub fn use_site() -> Site {
    expect_context::<Site>()
}

impl Site {
    /// The link from this page to a page in the page's own language.
    pub fn href(self, page: &Page) -> String {
        self.href_in(self.language, page)
    }

    /// The link from this page to a page in a language.
    pub fn href_in(self, language: &Language, page: &Page) -> String {
        format!("{}{}/{}", self.root, language.code, page.path())
    }

    /// The link from this page to a file of the site's own (`i18n/fa.json`).
    pub fn file(self, path: &str) -> String {
        format!("{}{path}", self.root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::language;

    #[test]
    fn links_relatively_from_any_depth() {
        let site = Site { root: "../../", language: language("fa").unwrap() };
        assert_eq!(site.href(&Page::Home), "../../fa/");
        assert_eq!(site.href_in(language("ja").unwrap(), &Page::Organization("jar".into())), "../../ja/org/jar/");
        assert_eq!(Site { root: "", ..site }.file("i18n/fa.json"), "i18n/fa.json");
    }
}

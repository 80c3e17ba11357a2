//! The build step that turns Trunk's output into the site: every page in every language as a
//! static HTML file, drawn by the app's own components ([`pages`]), in the document Trunk's
//! `index.html` describes ([`shell`]), with every run of words in another script marked
//! ([`runs`]), the scripts (`pre-paint.js` inline in every page; `islands.js`, `read-aloud.js`
//! and `ask-language.js` as one page script; `root.js` on the site's root page), one table of
//! Japan's public holidays, and the service worker's lists ([`worker`]). Given the site's
//! public address ([`sitemap`]), absolute `canonical` and `hreflang` links, `sitemap.xml` and
//! `robots.txt`. Run by Trunk's post_build hook through `src/bin/render.rs`.

mod export;
pub mod holidays;
mod pack;
pub mod pages;
mod runs;
pub mod sample;
pub mod shell;
pub mod sitemap;
pub mod worker;

use std::fs;
use std::path::{Path, PathBuf};

use crate::compact::{self, Compact};
use crate::filter::Facet;
use crate::i18n::{ALIASES, Catalog, Key, LANGUAGES, Language};
use crate::load::{digest, load};
use crate::model::Dataset;
use crate::overlay::Overlay;
use crate::route::{OLD_LINKS, Page};
use crate::worker::DATASET;
use pages::Edition;
use shell::{Document, Template};
use sitemap::Address;

/// A failure to build the site, said plainly.
#[derive(Debug)]
pub struct BuildError(pub String);

impl<E: std::fmt::Display> From<(PathBuf, E)> for BuildError {
    fn from((path, e): (PathBuf, E)) -> BuildError {
        BuildError(format!("{}: {e}", path.display()))
    }
}

fn read(path: PathBuf) -> Result<String, BuildError> {
    fs::read_to_string(&path).map_err(|e| (path, e).into())
}

fn write(path: PathBuf, text: &str) -> Result<(), BuildError> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| (dir.to_path_buf(), e))?;
    }
    fs::write(&path, text).map_err(|e| (path, e).into())
}

/// The shipped dataset, read as the app reads it: the build refuses one with any fault.
pub fn dataset(json: &str) -> Result<Dataset, BuildError> {
    let report = load(json).map_err(|e| BuildError(format!("{DATASET}: {e:?}")))?;
    if let Some(skipped) = report.skipped.first() {
        return Err(BuildError(format!("{DATASET}: left out {skipped}")));
    }
    Ok(report.data)
}

/// Every language's edition of the dataset, from the interface catalogues in `catalogs`
/// (`public/i18n/`, copied to `i18n/`) and the directory texts in `overlays` (`data/i18n/`).
pub fn editions(catalogs: &Path, overlays: &Path, data: &Dataset, digest: &str) -> Result<Vec<Edition>, BuildError> {
    LANGUAGES
        .iter()
        .map(|language| {
            let catalog = match language.code {
                "en" => None,
                code => {
                    let path = catalogs.join(format!("{code}.json"));
                    Some(Catalog::parse(&read(path.clone())?).map_err(|e| (path, e))?)
                }
            };
            let overlay = match language.code {
                "en" | "ja" => None,
                code => {
                    let path = overlays.join(format!("{code}.json"));
                    Some(Overlay::parse(&read(path.clone())?).map_err(|e| (path, e))?)
                }
            };
            Ok(Edition::new(language, catalog, data, overlay.as_ref(), digest))
        })
        .collect()
}

/// The `<meta name>` that names a file for the page script to preload.
const PRELOAD: &str = "michishirube-preload";

/// What a page's app asks for beside the wasm, so they download together: its strings, and on
/// the pages that list the directory, the compact index in the language. Named, not fetched:
/// the page script preloads them with the wasm once the page is drawn (`islands.js`), so
/// nothing but the page itself stands before its first paint, and a reader saving data
/// downloads none of them until the app is wanted.
fn preloads(language: &Language, page: &Page, root: &str) -> Vec<String> {
    let mut files = vec![format!("i18n/{}.json", language.code)];
    if matches!(page, Page::Home | Page::Saved) {
        files.push(compact::file(language.code));
    }
    files.into_iter().map(|f| format!("<meta name=\"{PRELOAD}\" content=\"{root}{f}\">")).collect()
}

/// The page's title and its other languages (`hreflang`); `x-default` is the site's root page
/// for the home page, and the English page for the others ([`sitemap::alternates`]). Relative
/// links, or, given the site's address, absolute ones and the page's `canonical` address. `root`
/// is empty on the site's root pages.
fn head(edition: &Edition, page: &Page, root: &str, address: Option<&Address>) -> String {
    let mut head = format!("<title>{}</title>", escape(&edition.title(page)));
    match address {
        Some(address) => {
            if let Some(canonical) = sitemap::canonical(address, edition.language().code, page, root.is_empty()) {
                head += &format!("<link rel=\"canonical\" href=\"{}\">", escape(&canonical));
            }
            head += &sitemap::alternate_links(address.as_str(), page);
        }
        None => head += &sitemap::alternate_links(root, page),
    }
    head + &preloads(edition.language(), page, root).concat()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The file a page is written to, below the site's root folder.
fn file_of(language: &Language, page: &Page) -> String {
    let path = format!("{}/{}", language.code, page.path());
    if path.ends_with('/') { format!("{path}index.html") } else { path }
}

/// The tables the scripts share with the Rust code that owns them, as JSON.
fn tables(data: &Dataset) -> [(&'static str, String); 6] {
    let json = |value: serde_json::Value| value.to_string();
    let codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    let aliases: serde_json::Map<String, serde_json::Value> = ALIASES.iter().map(|(a, c)| (a.to_string(), (*c).into())).collect();
    let ids = serde_json::json!({
        "org": data.organizations.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
        "legal": data.legal_info.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(),
    });
    let slice: Vec<&str> = std::iter::once("q").chain(Facet::ALL.map(Facet::param)).collect();
    [
        ("__LANGUAGES__", json(codes.into())),
        ("__ALIASES__", json(aliases.into())),
        ("__OLD_LINKS__", json(OLD_LINKS.map(|(k, v)| vec![k, v]).to_vec().into())),
        ("__IDS__", json(ids)),
        ("__STICKY__", json(crate::embed::PARAMS.to_vec().into())),
        ("__SLICE__", json(slice.into())),
    ]
}

/// The page script every page runs: the islands, and what works without them (read aloud,
/// asking for a language), one file each here, one download in the browser.
fn page_script() -> String {
    [include_str!("islands.js"), include_str!("read-aloud.js"), include_str!("ask-language.js")].join("\n")
}

/// A script with its blanks filled in.
fn fill(script: &str, blanks: &[(&str, String)]) -> String {
    blanks.iter().fold(script.to_string(), |s, (blank, value)| s.replace(blank, value))
}

/// Writes a script under a name that changes with its content (so it can be cached for good).
fn write_hashed(dir: &Path, stem: &str, text: &str) -> Result<String, BuildError> {
    let name = format!("{stem}-{}.js", digest(text));
    write(dir.join(&name), text)?;
    Ok(name)
}

/// Where the build keeps Trunk's `index.html`, which it overwrites with the site's root page:
/// the baseline and a rebuilt worker are drawn from it later.
pub fn template_copy() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/site/template.html")
}

/// From a page of a language to the site's root folder: `../` for its home, `../../../` for
/// `org/jar/`.
pub fn root_of(page: &Page) -> &'static str {
    Box::leak("../".repeat(1 + page.depth()).into_boxed_str())
}

/// A whole page as the build writes it: `root` the way to the site's root, `scripts` its
/// scripts' files (none for no script at all).
pub fn page_html(
    template: &Template,
    edition: &Edition,
    page: &Page,
    root: &'static str,
    scripts: Option<shell::Scripts>,
) -> String {
    page_html_at(template, edition, page, root, scripts, None)
}

/// [`page_html`] for a site published at `address` (absolute `canonical` and `hreflang`).
pub fn page_html_at(
    template: &Template,
    edition: &Edition,
    page: &Page,
    root: &'static str,
    scripts: Option<shell::Scripts>,
    address: Option<&Address>,
) -> String {
    let language = edition.language();
    let discreet = escape(&edition.tr.get(Key::DiscreetTitle));
    let head = head(edition, page, root, address);
    let document = Document { lang: language.code, rtl: language.rtl, root, discreet: &discreet, head, scripts };
    template.page(&document, &runs::mark(&edition.body(page, root), language.code))
}

/// The way from a page to the site's root as the build draws it: `relative`, except on the
/// not-found pages of a site whose address is known. A server shows those at any address that
/// has no page (`/fa/no/such/page`), where no relative way holds, so they take the root's path
/// on its host (`/michishirube/`).
fn root_in(page: &Page, address: Option<&Address>, relative: &'static str) -> &'static str {
    match (page, address) {
        (Page::NotFound, Some(address)) => Box::leak(address.path().to_string().into_boxed_str()),
        _ => relative,
    }
}

/// Every page of every language, and the site's root pages; returns how many. `root_script` is
/// the site's root page's own script.
fn write_pages(
    dir: &Path,
    template: &Template,
    editions: &[Edition],
    scripts: &shell::Scripts,
    root_script: &str,
    address: Option<&Address>,
) -> Result<usize, BuildError> {
    let mut pages = 0;
    for edition in editions {
        for page in edition.pages() {
            write(
                dir.join(file_of(edition.language(), &page)),
                &page_html_at(template, edition, &page, root_in(&page, address, root_of(&page)), Some(scripts.clone()), address),
            )?;
            pages += 1;
        }
        for (file, card) in edition.contact_cards() {
            write(dir.join(file), &card)?;
        }
    }
    // The site's root: the English home page (which sends old links and other readers on), and
    // not-found for hosts that serve a `404.html`.
    for (page, file) in [(Page::Home, "index.html"), (Page::NotFound, "404.html")] {
        let site_root = (page == Page::Home).then(|| root_script.to_string());
        let scripts = shell::Scripts { site_root, ..scripts.clone() };
        let root = root_in(&page, address, "");
        write(dir.join(file), &page_html_at(template, &editions[0], &page, root, Some(scripts), address))?;
        pages += 1;
    }
    Ok(pages)
}

/// Japan's public holidays from this year, one file for the islands that count days.
fn write_holidays(dir: &Path) -> Result<(), BuildError> {
    let year = crate::date::PartialDate::in_japan(pages::now_ms()).year;
    write(dir.join(crate::hours::HOLIDAYS_FILE), &crate::hours::Holiday::write_table(&holidays::table(i32::from(year))))
}

/// The compact index of each language, from the dataset file `json` ([`crate::compact`]).
fn write_indexes(dir: &Path, json: &str, editions: &[Edition]) -> Result<(), BuildError> {
    for edition in editions {
        let code = edition.language().code;
        write(dir.join(compact::file(code)), &Compact::write(json, Some(&edition.data), &[], code))?;
    }
    Ok(())
}

/// Writes the indexes and fills the service worker's lists again, for a copy of a built site in
/// `dir` whose files changed (as a new release would), with `public/sw.js` copied back in.
pub fn refill_worker(dir: &Path) -> Result<worker::Filled, BuildError> {
    let json = read(dir.join(DATASET))?;
    let data = dataset(&json)?;
    let mut editions = editions(&dir.join("i18n"), &dir.join("data/i18n"), &data, &digest(&json))?;
    export::write_export(dir, &mut editions)?;
    write_indexes(dir, &json, &editions)?;
    worker::fill(dir, &editions, data.schema_version)
}

/// The compact index of any dataset file, in English (for tests and the benchmark): searchable
/// when the file is of this schema, with only its facts when it is of an older one.
pub fn index_of(file: &Path) -> Result<String, BuildError> {
    let json = read(file.to_path_buf())?;
    match load(&json) {
        Ok(report) => Ok(Compact::write(&json, Some(&report.data), &report.skipped, "en")),
        Err(crate::load::DatasetError::Version(_)) => Ok(Compact::write(&json, None, &[], "en")),
        Err(e) => Err(BuildError(format!("{}: {e:?}", file.display()))),
    }
}

/// Builds the site in `dir`, Trunk's staging folder, for the address in the environment
/// ([`sitemap::VARIABLE`]), if any: see [`build_at`].
pub fn build(dir: &Path) -> Result<Summary, BuildError> {
    let address = Address::from_env().map_err(BuildError)?;
    build_at(dir, address.as_ref())
}

/// Builds the site in `dir`: every page, the scripts, the indexes, with an address the sitemap
/// and `robots.txt`, then the worker's lists (last, as its version covers every file).
pub fn build_at(dir: &Path, address: Option<&Address>) -> Result<Summary, BuildError> {
    let index = read(dir.join("index.html"))?;
    let template = Template::parse(&index).map_err(|e| BuildError(e.0))?;
    write(template_copy(), &index)?;
    let json = read(dir.join(DATASET))?;
    let data = dataset(&json)?;
    let mut editions = editions(&dir.join("i18n"), &dir.join("data/i18n"), &data, &digest(&json))?;
    export::write_export(dir, &mut editions)?;
    let mut blanks = tables(&data).to_vec();
    blanks.extend([
        ("__GLUE__", template.glue.clone()),
        ("__GLUE_INTEGRITY__", template.glue_integrity.clone()),
        ("__PRELOAD__", PRELOAD.to_string()),
        ("__WASM__", template.wasm.clone()),
    ]);
    let root_script = write_hashed(dir, "root", &fill(include_str!("root.js"), &blanks))?;
    let loader = write_hashed(dir, "islands", &fill(&page_script(), &blanks))?;
    let scripts = shell::Scripts { loader, site_root: None };
    let pages = write_pages(dir, &template, &editions, &scripts, &root_script, address)?;
    write_indexes(dir, &json, &editions)?;
    write_holidays(dir)?;
    let sitemap = match address {
        Some(address) => {
            let (xml, count) = sitemap::sitemap(address, &editions[0].pages());
            write(dir.join("sitemap.xml"), &xml)?;
            write(dir.join("robots.txt"), &sitemap::robots(address))?;
            Some((address.as_str().to_string(), count))
        }
        None => None,
    };
    let precache = worker::fill(dir, &editions, data.schema_version)?;
    Ok(Summary { pages, precache, sitemap })
}

/// What a build wrote.
pub struct Summary {
    pub pages: usize,
    pub precache: worker::Filled,
    /// The site's address and how many addresses `sitemap.xml` lists, when it was given one.
    pub sitemap: Option<(String, usize)>,
}

/// The benchmark's static baseline of a page: as the build draws it, with the same stylesheet
/// and no script at all, written beside the page's own file (`fa/org/jar/static.html`) so its
/// relative links hold. `path` is the page's path in its language (`org/jar/`).
pub fn baseline(dir: &Path, lang: &str, path: &str) -> Result<PathBuf, BuildError> {
    let template = Template::parse(&read(template_copy())?).map_err(|e| BuildError(e.0))?;
    let page = Page::from_path(path).ok_or_else(|| BuildError(format!("no page at {path}")))?;
    let language = crate::i18n::language(lang).ok_or_else(|| BuildError(format!("no language {lang}")))?;
    let json = read(dir.join(DATASET))?;
    let data = dataset(&json)?;
    let edition = editions(&dir.join("i18n"), &dir.join("data/i18n"), &data, &digest(&json))?
        .into_iter()
        .find(|e| e.language().code == language.code)
        .ok_or_else(|| BuildError(format!("no edition in {lang}")))?;
    let file = dir.join(file_of(language, &page)).with_file_name("static.html");
    write(file.clone(), &page_html(&template, &edition, &page, root_of(&page), None))?;
    Ok(file)
}

/// Writes a dataset of `n` organisations made from the shipped one (see [`sample::generated`]).
pub fn sample(n: usize, file: &Path) -> Result<(), BuildError> {
    let shipped = dataset(include_str!("../../data/directory.json"))?;
    let json = serde_json::to_string(&sample::generated(&shipped, n)).map_err(|e| BuildError(e.to_string()))?;
    write(file.to_path_buf(), &json)
}

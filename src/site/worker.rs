//! The service worker's lists (`public/sw.js`, filled in place): the shell every page needs,
//! each language's pages and texts, and a version that changes with any file, from the files
//! this build actually wrote.

use std::fs;
use std::path::Path;

use super::pack::{self, Packed};
use super::pages::Edition;
use super::{BuildError, file_of, read, write};
use crate::load::digest;
use crate::worker::{self, PACKS};

/// Writes `offline/<code>.txt`: the language's pages, their addresses as the worker lists them.
fn write_pack(dir: &Path, code: &str, files: &[String]) -> Result<(), BuildError> {
    let texts = files.iter().map(|f| read(dir.join(f))).collect::<Result<Vec<_>, _>>()?;
    let addresses: Vec<String> = files.iter().map(|f| address(f)).collect();
    let packed: Vec<Packed> = files
        .iter()
        .zip(&addresses)
        .zip(&texts)
        .map(|((file, address), text)| Packed { address, content_type: pack::content_type(file), text })
        .collect();
    write(dir.join(format!("{PACKS}{code}.txt")), &pack::write(&packed))
}

/// Served, but no page needs them offline: the worker itself and pages for partners rather than
/// for the app. Nor anything under `data/`: the
/// dataset, its translations and the transcribed source are there for people who reuse or review
/// the data, and the indexes the app reads are kept on their own (see `sw.js`). Each would cost
/// every first visit its bytes. The packs under `offline/` are not kept either: the worker cuts
/// them into the pages they hold. Nor the sitemap and `robots.txt`, for crawlers (written when
/// the build is given the site's address).
const NOT_PRECACHED: [&str; 7] =
    ["sw.js", "embed.js", "embed-demo.html", "embed-demo.js", "embed-demo.css", "sitemap.xml", "robots.txt"];

/// The precompressed copies beside each text file (`src/site/precompress.mjs`, after this build
/// step), for servers that send them as they are: the same files, never listed on their own.
fn precompressed(file: &str) -> bool {
    file.ends_with(".br") || file.ends_with(".gz")
}

/// What the worker was filled with.
#[derive(Debug)]
pub struct Filled {
    pub shell: usize,
    /// Pages per language (each language's texts come with them).
    pub per_language: usize,
    pub version: String,
}

fn files(dir: &Path, at: &Path, found: &mut Vec<String>) -> Result<(), BuildError> {
    for entry in fs::read_dir(at).map_err(|e| (at.to_path_buf(), e))? {
        let path = entry.map_err(|e| (at.to_path_buf(), e))?.path();
        if path.is_dir() {
            files(dir, &path, found)?;
        } else if let Ok(relative) = path.strip_prefix(dir) {
            let relative = relative.to_string_lossy().replace('\\', "/");
            if !precompressed(&relative) {
                found.push(relative);
            }
        }
    }
    Ok(())
}

/// A page's address as people open it: its folder, not its `index.html`.
fn address(file: &str) -> String {
    file.strip_suffix("index.html")
        .map_or_else(|| file.to_string(), |folder| if folder.is_empty() { "./".into() } else { folder.into() })
}

/// Fills `sw.js` in `dir` (a fresh copy of `public/sw.js`), and writes each language's pack of
/// the pages it lists.
pub fn fill(dir: &Path, editions: &[Edition], schema: u32) -> Result<Filled, BuildError> {
    let mut languages = Vec::new();
    let mut theirs = Vec::new();
    for edition in editions {
        let code = edition.language().code;
        let mut pages: Vec<String> = edition.pages().iter().map(|page| file_of(edition.language(), page)).collect();
        pages.extend(edition.contact_cards().into_iter().map(|(file, _)| file));
        // The open data the "About this data" page offers: its links work offline too.
        pages.extend(edition.export.files().map(str::to_string));
        // The page has fetched its texts already: the worker keeps them on their own, a 304.
        write_pack(dir, code, &pages)?;
        pages.extend([format!("i18n/{code}.json")].into_iter().filter(|f| dir.join(f).is_file()));
        pages.retain(|f| !NOT_PRECACHED.contains(&f.as_str()));
        theirs.extend(pages.iter().cloned());
        languages.push(serde_json::json!([code, pages.iter().map(|f| address(f)).collect::<Vec<_>>()]));
    }
    let mut all = Vec::new();
    files(dir, dir, &mut all)?;
    all.sort();
    let shell: Vec<String> = all
        .iter()
        .filter(|f| {
            !NOT_PRECACHED.contains(&f.as_str()) && !f.starts_with("data/") && !f.starts_with(PACKS) && !theirs.contains(f)
        })
        .map(|f| address(f))
        .collect();
    // Any change to any file, the dataset included, is a new version.
    let mut fingerprints = String::new();
    for file in all.iter().filter(|f| f.as_str() != "sw.js") {
        let bytes = fs::read(dir.join(file)).map_err(|e| (dir.join(file), e))?;
        fingerprints += &format!("{file}\0{}\0", digest(&bytes));
    }
    let version = digest(&fingerprints);
    let path = dir.join("sw.js");
    let template = read(path.clone())?;
    if !template.contains("__SHELL_FILES__") {
        return Err(BuildError(format!("{} was already filled in", path.display())));
    }
    let filled = template
        .replace("'__VERSION__'", &serde_json::Value::from(version.clone()).to_string())
        .replace("__SHELL_FILES__", &serde_json::Value::from(shell.clone()).to_string())
        .replace("__PAGES__", &serde_json::Value::from(languages).to_string())
        .replace("__SCHEMA__", &schema.to_string())
        .replace("__CONTRACT__", &worker::for_worker(schema).to_string());
    write(path, &filled)?;
    Ok(Filled { shell: shell.len(), per_language: editions[0].pages().len(), version })
}

#[cfg(test)]
mod tests {
    /// The precompressed copies a build leaves beside its files are neither precached nor
    /// fingerprinted: `refill_worker` runs over a built site, copies and all.
    #[test]
    fn the_worker_lists_no_precompressed_copy() {
        let dir = std::env::temp_dir().join(format!("michishirube-worker-files-{}", std::process::id()));
        for file in ["sw.js", "sw.js.br", "sw.js.gz", "en/index.html", "en/index.html.gz", "en/index.html.br"] {
            super::write(dir.join(file), "x").unwrap();
        }
        let mut found = Vec::new();
        super::files(&dir, &dir, &mut found).unwrap();
        found.sort();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(found, ["en/index.html", "sw.js"]);
    }

    /// Each value the worker shares with the app comes from `CONTRACT`: a literal copy in
    /// `sw.js` could be renamed on one side only, which would break offline use silently.
    #[test]
    fn the_worker_spells_none_of_its_contract_itself() {
        let worker = include_str!("../../public/sw.js");
        let contract = crate::worker::for_worker(crate::model::SCHEMA_VERSION);
        for (name, value) in contract.as_object().unwrap() {
            let value = value.as_str().unwrap();
            assert!(worker.contains(&format!("CONTRACT.{name}")), "sw.js never reads CONTRACT.{name}");
            assert!(!worker.contains(value), "sw.js spells out CONTRACT.{name} ({value:?})");
        }
        for fragment in ["michishirube/", "x-michishirube", "michishirube $"] {
            assert!(!worker.contains(fragment), "sw.js spells out {fragment:?}: use CONTRACT");
        }
    }
}

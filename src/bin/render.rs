//! The site's build step (Trunk's post_build hook): draws every page as static HTML.
//!
//!   render [dir]                   the site in dir (default: $TRUNK_STAGING_DIR); with
//!                                  $MICHISHIRUBE_SITE_URL (https://example.org/michishirube/),
//!                                  absolute canonical and hreflang links, sitemap.xml, robots.txt
//!   render worker <dir>            refills dir/sw.js after its files changed
//!   render baseline <dir> <lang> <path>   a page with no script (the benchmark's baseline),
//!                                  beside the page: `render baseline dist fa org/jar/`
//!   render sample <n> <file>       a dataset of n organisations made from the shipped one
//!   render index <dataset> <file>  the compact index of any dataset file, in English
//!   render hsds <dataset> <dir>    the HSDS export of a dataset file, in every language its
//!                                  sibling `i18n/` folder holds: `render hsds data/directory.json out`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use michishirube::{hsds, load, site};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let staging = || std::env::var("TRUNK_STAGING_DIR").ok().map(PathBuf::from);
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["worker", dir] => site::refill_worker(dir.as_ref()).map(|f| format!("render: worker refilled, version {}", f.version)),
        ["sample", n, file] => match n.parse() {
            Ok(n) => site::sample(n, file.as_ref()).map(|()| format!("render: {n} organisations written to {file}")),
            Err(_) => Err(site::BuildError(format!("render sample: {n} is not a number"))),
        },
        ["index", dataset, file] => site::index_of(dataset.as_ref())
            .and_then(|index| std::fs::write(file, index).map_err(|e| site::BuildError(format!("{file}: {e}"))))
            .map(|()| format!("render: the index of {dataset} written to {file}")),
        ["hsds", dataset, dir] => export_hsds(dataset.as_ref(), dir.as_ref()),
        ["baseline", dir, lang, path] => {
            site::baseline(dir.as_ref(), lang, path).map(|file| format!("render: baseline written to {}", file.display()))
        }
        rest => match rest.first().map(PathBuf::from).or_else(staging) {
            Some(dir) => site::build(&dir).map(|s| {
                let w = s.precache;
                let address = match s.sitemap {
                    Some((address, urls)) => format!("at {address}: sitemap.xml lists {urls} addresses"),
                    None => format!("no {} given: relative links, no sitemap", site::sitemap::VARIABLE),
                };
                format!(
                    "render: {} pages; precache {} shell files and {} pages per language, version {}; {address}",
                    s.pages, w.shell, w.per_language, w.version
                )
            }),
            None => Err(site::BuildError("usage: render [dir] (or run as a Trunk hook)".into())),
        },
    };
    match result {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("render: {}", error.0);
            ExitCode::FAILURE
        }
    }
}

/// The HSDS export of a dataset file, each language's edition made as the build makes it: the
/// directory texts from the dataset's sibling `i18n/`, the interface's from `public/i18n/`.
fn export_hsds(dataset: &Path, dir: &Path) -> Result<String, site::BuildError> {
    let json = std::fs::read_to_string(dataset).map_err(|e| (dataset.to_path_buf(), e))?;
    let data = site::dataset(&json)?;
    let catalogs = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/i18n");
    let overlays = dataset.parent().unwrap_or(Path::new(".")).join("i18n");
    let editions = site::editions(&catalogs, &overlays, &data, &load::digest(&json))?;
    let files = hsds::export(editions.iter().map(|e| (e.language().code, &*e.data)));
    hsds::write(dir, &files).map_err(|e| (dir.to_path_buf(), e))?;
    Ok(format!(
        "render: the HSDS export of {} organisations in {} languages, {} files, written to {}",
        data.organizations.len(),
        editions.len(),
        files.len(),
        dir.display()
    ))
}

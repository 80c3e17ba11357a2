//! The open-data export (`data/hsds/`, written by [`crate::hsds`]): once per build, every
//! language's edition, and offered on each language's "About this data" page.

use std::path::Path;

use super::pages::Edition;
use super::{BuildError, write};
use crate::hsds::{self, SOURCE_LANGUAGE};
use crate::i18n::{LANGUAGES, Language};
use crate::ui::about::Export;

/// Where the export goes, from the site's root.
pub const FOLDER: &str = "data/hsds/";

/// Writes the export, and tells each edition which of its files to offer.
pub fn write_export(dir: &Path, editions: &mut [Edition]) -> Result<(), BuildError> {
    let files = hsds::export(editions.iter().map(|e| (e.language().code, &*e.data)));
    for (file, contents) in &files {
        write(dir.join(FOLDER).join(file), contents)?;
    }
    for edition in editions.iter_mut() {
        edition.export = offer(edition.language(), &files);
    }
    Ok(())
}

/// A language's offer: its records and the English ones, its tables that hold any record.
fn offer(language: &'static Language, files: &[(String, String)]) -> Export {
    let folder = |code: &str| if code == SOURCE_LANGUAGE { String::new() } else { format!("{code}/") };
    let own = folder(language.code);
    let english = LANGUAGES.iter().find(|l| l.code == SOURCE_LANGUAGE);
    let records = std::iter::once(language)
        .chain(english.filter(|l| l.code != language.code))
        .map(|l| (l, format!("{FOLDER}{}organizations.json", folder(l.code))))
        .collect();
    let tables = files
        .iter()
        .filter_map(|(file, contents)| {
            let name = file.strip_prefix(&own)?;
            let holds_records = contents.trim_end().lines().nth(1).is_some();
            (!name.contains('/') && name.ends_with(".csv") && holds_records).then(|| format!("{FOLDER}{file}"))
        })
        .collect();
    Export { records, package: format!("{FOLDER}{own}datapackage.json"), tables }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_a_language_its_own_files_and_the_english_records() {
        let files: Vec<(String, String)> = [
            ("organizations.json", "[]"),
            ("datapackage.json", "{}"),
            ("organizations.csv", "id,name\r\n1,a\r\n"),
            ("funding.csv", "id,organization_id\r\n"),
            ("fa/organizations.json", "[]"),
            ("fa/organizations.csv", "id,name\r\n1,b\r\n"),
            ("fa/units.csv", "id,name\r\n"),
        ]
        .map(|(f, c)| (f.to_string(), c.to_string()))
        .to_vec();
        let fa = LANGUAGES.iter().find(|l| l.code == "fa").unwrap();
        let offer = offer(fa, &files);
        let records: Vec<(&str, &str)> = offer.records.iter().map(|(l, p)| (l.code, p.as_str())).collect();
        assert_eq!(records, [("fa", "data/hsds/fa/organizations.json"), ("en", "data/hsds/organizations.json")]);
        assert_eq!(offer.package, "data/hsds/fa/datapackage.json");
        assert_eq!(offer.tables, ["data/hsds/fa/organizations.csv"]);
        let en = super::offer(&LANGUAGES[0], &files);
        assert_eq!(en.records.len(), 1);
        assert_eq!(en.tables, ["data/hsds/organizations.csv"]);
    }
}

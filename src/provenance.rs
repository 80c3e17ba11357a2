//! What a record says about where its facts come from: the line under every record, the mark
//! on each fact we added, the notice where another source disagrees, and the text of a report
//! of a mistake. Pure, so the pages and the app say the same, and tests read it natively.

use crate::date::PartialDate;
use crate::i18n::Key;
use crate::model::{Basis, CheckMethod, Dataset, Origin, Provenance, RestsOn, Source};

/// A message: its key and the values of its placeholders.
pub type Message = (Key, Vec<(&'static str, String)>);

/// A source as cited in a sentence: its publisher and year, or no year when it is undated.
pub fn citation(source: &Source) -> (String, Option<u16>) {
    let year = source.last_updated.as_deref().and_then(PartialDate::parse).map(|d| d.year);
    (source.publisher.clone(), year)
}

/// The line under a record: the latest real check if there is one, else who listed it, when
/// their page was updated, and that nobody has checked it since.
pub fn listing(data: &Dataset, origin: Origin) -> Message {
    if let Some(check) = origin.last_check() {
        let key = match check.method {
            CheckMethod::Phone => Key::CheckedPhone,
            CheckMethod::Website => Key::CheckedWebsite,
            CheckMethod::Email => Key::CheckedEmail,
            CheckMethod::Visit => Key::CheckedVisit,
        };
        return (key, vec![("date", check.date.clone())]);
    }
    let source = data.source(origin.source);
    let publisher = source.map_or_else(|| origin.source.to_string(), |s| s.publisher.clone());
    let date = source.and_then(|s| s.last_updated.clone()).unwrap_or_default();
    (Key::ListedBy, vec![("publisher", publisher), ("date", date)])
}

/// When the record was last known to be right: its latest check, else its source's date.
pub fn known_on(data: &Dataset, origin: Origin) -> Option<PartialDate> {
    let date = match origin.last_check() {
        Some(check) => Some(check.date.as_str()),
        None => data.source(origin.source).and_then(|s| s.last_updated.as_deref()),
    };
    date.and_then(PartialDate::parse)
}

/// Whether a year has passed since `known` (a month-only date counts from its first day, so
/// the warning comes early rather than late).
pub fn over_a_year_old(known: PartialDate, today: PartialDate) -> bool {
    let day = |d: PartialDate| d.day.unwrap_or(1);
    (today.year, today.month, day(today)) >= (known.year + 1, known.month, day(known))
}

/// Why a fact carries a mark, in words: `None` for a fact that is the source's as it stands.
pub fn why(data: &Dataset, p: &Provenance, lang: &str) -> Option<Message> {
    Some(match (p.basis, p.rests_on) {
        (Basis::Repaired, _) => (Key::WhyRepaired, vec![]),
        (Basis::Added, Some(RestsOn::Transliteration)) => (Key::WhyTransliteration, vec![]),
        (Basis::Added, Some(RestsOn::Split)) => (Key::WhySplit, vec![]),
        (Basis::Added, Some(RestsOn::Inference)) => {
            let from = p.from.as_deref().unwrap_or_default();
            let mut parts = from.splitn(3, '.');
            let (section, id, field) = (parts.next(), parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
            if section == Some("organizations") && field.starts_with("emails.") {
                (Key::WhyEmailInference, vec![])
            } else {
                let name = data.organization(id).map_or(id, |o| o.name.text(lang));
                (Key::WhyInference, vec![("name", name.to_string())])
            }
        }
        (Basis::Added, Some(RestsOn::PublicSource)) => (Key::WhyPublicSource, vec![("source", cited(data, p, lang))]),
        _ => return None,
    })
}

/// "Check before you go: another source (NAME, YEAR) gives …", for a conflict; `value` is what
/// it gives, in the reader's language.
pub fn conflict(data: &Dataset, p: &Provenance, value: &str, undated: &str) -> Message {
    let (publisher, year) = p.cites.as_deref().and_then(|c| data.source(c)).map_or((String::new(), None), citation);
    let year = year.map_or_else(|| undated.to_string(), |y| y.to_string());
    (Key::ConflictNotice, vec![("source", publisher), ("year", year), ("value", value.to_string())])
}

/// "Publisher, Title (year)" for a cited source.
fn cited(data: &Dataset, p: &Provenance, lang: &str) -> String {
    let Some(source) = p.cites.as_deref().and_then(|c| data.source(c)) else { return String::new() };
    let (publisher, year) = citation(source);
    let title = source.title.text(lang);
    match year {
        Some(year) => format!("{publisher}, “{title}” ({year})"),
        None => format!("{publisher}, “{title}”"),
    }
}

/// A report of a mistake, for the person to send, share or copy: plain lines a maintainer can
/// act on, with the record and the dataset version that showed it.
pub struct Report<'a> {
    pub title: &'a str,
    /// Each line's label in the reader's language, then its value.
    pub lines: [(&'a str, &'a str); 4],
    pub url: &'a str,
}

impl Report<'_> {
    pub fn text(&self) -> String {
        let mut text = String::from(self.title);
        text.push('\n');
        for (label, value) in self.lines {
            text.push_str(&format!("\n{label}: {}", value.trim()));
        }
        if !self.url.is_empty() {
            text.push_str(&format!("\n\n{}", self.url));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Check;

    fn shipped() -> Dataset {
        serde_json::from_str(include_str!("../data/directory.json")).unwrap()
    }

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn a_listing_says_who_listed_it_until_someone_checks() {
        let mut data = shipped();
        let (key, args) = listing(&data, data.organization("jar").unwrap().origin());
        assert_eq!(key, Key::ListedBy);
        assert_eq!(args, [("publisher", "AMERA International".to_string()), ("date", "2023-05".to_string())]);
        let jar = data.organizations.iter_mut().find(|o| o.id == "jar").unwrap();
        jar.checks = vec![
            Check { date: "2026-12-01".into(), by: "a volunteer".into(), method: CheckMethod::Phone },
            Check { date: "2025-01-10".into(), by: "a volunteer".into(), method: CheckMethod::Website },
        ];
        let origin = data.organization("jar").unwrap().origin();
        assert_eq!(listing(&data, origin), (Key::CheckedPhone, vec![("date", "2026-12-01".to_string())]));
        assert_eq!(known_on(&data, origin), Some(date("2026-12-01")));
    }

    #[test]
    fn a_listing_is_old_a_year_after_it_was_made() {
        assert!(!over_a_year_old(date("2023-05"), date("2024-04-30")));
        assert!(over_a_year_old(date("2023-05"), date("2024-05-01")));
        assert!(!over_a_year_old(date("2025-12-02"), date("2026-12-01")));
        assert!(over_a_year_old(date("2025-12-02"), date("2026-12-02")));
        assert!(over_a_year_old(date("2023-05"), date("2026-12-02")));
    }

    #[test]
    fn each_mark_says_what_it_rests_on() {
        let data = shipped();
        let mark = |id: &str, field: &str, lang: &str| {
            let origin = data.organization(id).unwrap().origin();
            origin.marks(field, lang).filter_map(|p| why(&data, p, lang)).map(|(k, _)| k).collect::<Vec<_>>()
        };
        assert_eq!(mark("jar", "addresses.0", "ja"), [Key::WhyTransliteration]);
        assert_eq!(mark("jar", "addresses.0", "en"), []);
        assert_eq!(mark("jlnr", "name", "en"), [Key::WhyEmailInference]);
        assert_eq!(mark("jar-pro-bono", "name", "en"), [Key::WhySplit]);
        assert_eq!(mark("iom-japan", "description", "fa"), [Key::WhyRepaired]);
        let frj = data.organization("frj").unwrap().origin();
        let (key, args) = why(&data, frj.marks("name", "ja").next().unwrap(), "en").unwrap();
        assert_eq!(key, Key::WhyPublicSource);
        assert!(
            args[0].1.starts_with("The Sasakawa Peace Foundation, “Press release") && args[0].1.ends_with("(2022)"),
            "{args:?}"
        );
    }

    #[test]
    fn a_conflict_names_the_other_source_and_its_year() {
        let data = shipped();
        let frj = data.organization("frj").unwrap().origin();
        let conflicts: Vec<_> = frj.conflicts("addresses.0").collect();
        assert_eq!(conflicts.len(), 2);
        let (key, args) = conflict(&data, conflicts[0], "1-53-11 Yamato-cho, Nakano-ku", "undated");
        assert_eq!(key, Key::ConflictNotice);
        assert_eq!(args[0], ("source", "Forum for Refugees Japan".to_string()));
        assert_eq!(args[1], ("year", "2022".to_string()));
        let jar = data.organization("jar").unwrap().origin();
        let (_, args) = conflict(&data, jar.conflicts("addresses.0").next().unwrap(), "x", "undated");
        assert_eq!(args[1], ("year", "undated".to_string()));
    }

    #[test]
    fn a_report_holds_the_record_the_part_and_the_version() {
        let report = Report {
            title: "A mistake in Michishirube: JAR",
            lines: [
                ("Entry", "jar (JAR)"),
                ("Part", "Phone number"),
                ("What I found", "  no answer \n"),
                ("Data version", "2023-05 · abc"),
            ],
            url: "https://example.org/en/org/jar/",
        };
        assert_eq!(
            report.text(),
            "A mistake in Michishirube: JAR\n\nEntry: jar (JAR)\nPart: Phone number\nWhat I found: no answer\nData version: 2023-05 · abc\n\nhttps://example.org/en/org/jar/"
        );
    }
}

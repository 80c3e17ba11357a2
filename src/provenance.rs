//! What a record says about where its facts come from: the line under every record, the mark
//! on each fact we added, the notice where another source disagrees, and the text of a report
//! of a mistake. Pure, so the pages and the app say the same, and tests read it natively.

use crate::date::PartialDate;
use crate::i18n::Key;
use std::borrow::Cow;

use crate::model::{Basis, CheckMethod, Dataset, Origin, Provenance, RestsOn, Source, SourceKind, Statement};

/// A message: its key and the values of its placeholders.
pub type Message = (Key, Vec<(&'static str, String)>);

/// A source as cited in a sentence: its publisher and year, or no year when it is undated.
pub fn citation(source: &Source) -> (String, Option<u16>) {
    let year = source.last_updated.as_deref().and_then(PartialDate::parse).map(|d| d.year);
    (source.publisher.clone(), year)
}

/// The line under a record: its latest real check if that is newer than its listing, else who
/// listed it, when their page was updated (or, undated, when it was read), and that nobody has
/// checked it since.
pub fn listing(data: &Dataset, origin: Origin) -> Message {
    let source = data.source(origin.source);
    let listed = source.and_then(|s| s.last_updated.as_deref()).and_then(PartialDate::parse);
    if let Some(check) = origin.last_check().filter(|c| PartialDate::parse(&c.date) > listed) {
        let key = match check.method {
            CheckMethod::Phone => Key::CheckedPhone,
            CheckMethod::Website => Key::CheckedWebsite,
            CheckMethod::Email => Key::CheckedEmail,
            CheckMethod::Visit => Key::CheckedVisit,
        };
        return (key, vec![("date", check.date.clone())]);
    }
    let publisher = source.map_or_else(|| origin.source.to_string(), |s| s.publisher.clone());
    match (source.and_then(|s| s.last_updated.clone()), source.and_then(|s| s.read_on.clone())) {
        (None, Some(read)) => (Key::ListedUndated, vec![("publisher", publisher), ("date", read)]),
        (date, _) => (Key::ListedBy, vec![("publisher", publisher), ("date", date.unwrap_or_default())]),
    }
}

/// When the record was last known to be right: its latest check or its source's date,
/// whichever is later.
pub fn known_on(data: &Dataset, origin: Origin) -> Option<PartialDate> {
    let listed = data.source(origin.source).and_then(|s| s.last_updated.as_deref()).and_then(PartialDate::parse);
    let checked = origin.last_check().and_then(|c| PartialDate::parse(&c.date));
    listed.max(checked)
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
        (Basis::Superseded, _) => (Key::WhySuperseded, vec![("source", cited(data, p, lang))]),
        _ => return None,
    })
}

/// "Old listing: … (AMERA International, May 2023). Out of date according to … (2018)." for a
/// superseded fact; `value` is the source's, in the reader's language.
pub fn superseded(data: &Dataset, origin: Origin, p: &Provenance, value: &str, undated: &str) -> Message {
    let listing = data.source(origin.source);
    let evidence = p.evidence.as_deref().and_then(|e| data.source(e));
    let year = evidence.and_then(|s| citation(s).1).map_or_else(|| undated.to_string(), |y| y.to_string());
    (
        Key::SupersededNotice,
        vec![
            ("value", value.to_string()),
            ("source", listing.map_or_else(|| origin.source.to_string(), |s| s.publisher.clone())),
            ("date", listing.and_then(|s| s.last_updated.clone()).unwrap_or_default()),
            ("evidence", evidence.map_or_else(String::new, |s| s.publisher.clone())),
            ("year", year),
        ],
    )
}

/// Whether a fact rests only on third parties: added or updated from sources that are neither
/// official nor the organisation's own, so a person should call before acting on it.
pub fn third_party_only(data: &Dataset, origin: Origin, field: &str) -> bool {
    let mut cited = origin
        .provenance
        .iter()
        .filter(|p| p.field == field && p.lang.is_none() && matches!(p.basis, Basis::Added | Basis::Superseded))
        .filter_map(|p| p.cites.as_deref().and_then(|c| data.source(c)))
        .peekable();
    cited.peek().is_some() && cited.all(|s| s.kind == SourceKind::ThirdParty)
}

/// "Check before you go: another source (NAME, YEAR) gives …", for a conflict; `value` is what
/// it gives, in the reader's language.
pub fn conflict(data: &Dataset, p: &Provenance, value: &str, undated: &str) -> Message {
    let (publisher, year) = p.cites.as_deref().and_then(|c| data.source(c)).map_or((String::new(), None), citation);
    let year = year.map_or_else(|| undated.to_string(), |y| y.to_string());
    (Key::ConflictNotice, vec![("source", publisher), ("year", year), ("value", value.to_string())])
}

/// The part of a record a field path names, as a person calls it: "addresses.0" is its address.
pub fn field_key(field: &str) -> Key {
    match field.split('.').next().unwrap_or_default() {
        "name" | "alternate_name" | "title" => Key::FieldName,
        "addresses" | "locations" => Key::FieldAddress,
        "phones" => Key::FieldPhone,
        "emails" => Key::FieldEmail,
        "schedules" => Key::FieldHours,
        "links" | "url" => Key::Website,
        "contacts" => Key::SectionContacts,
        "languages" => Key::SectionLanguages,
        "caveats" => Key::SectionNotes,
        "summary" | "description" | "body" | "statements" => Key::FieldText,
        _ => Key::FieldOther,
    }
}

/// A source as cited with the date it rests on: "Publisher, “Title”" and its date, or, undated,
/// the date it was read.
pub fn dated(source: &Source, lang: &str) -> Message {
    let name = format!("{}, “{}”", source.publisher, source.title.text(lang));
    match (&source.last_updated, &source.read_on) {
        (None, Some(read)) => (Key::CitedUndated, vec![("source", name), ("date", read.clone())]),
        (date, _) => (Key::CitedDated, vec![("source", name), ("date", date.clone().unwrap_or_default())]),
    }
}

/// One thing a record's facts rest on, for "About this data" and the maintainers' worklist.
#[derive(Clone, Debug)]
pub struct Evidence<'a> {
    /// The field it concerns; none for the record as a whole (its listing, a check, a page read).
    pub field: Option<Cow<'a, str>>,
    pub kind: EvidenceKind<'a>,
    /// The pages it rests on: the listing's, a check's, what a fact cites, shows or replaces.
    pub sources: Vec<&'a Source>,
}

#[derive(Clone, Copy, Debug)]
pub enum EvidenceKind<'a> {
    Listing,
    Check(&'a crate::model::Check),
    /// Added, repaired, in conflict with another source, or superseded.
    Fact(&'a Provenance),
    /// A statement of the law, written by us (`field` is "statements.N").
    Statement(&'a Statement),
    /// A page of the organisation's own that was read, and that no fact cites.
    AlsoRead,
}

impl Evidence<'_> {
    /// The latest date it rests on (an undated page has none).
    pub fn date(&self) -> Option<PartialDate> {
        let check = match self.kind {
            EvidenceKind::Check(c) => PartialDate::parse(&c.date),
            _ => None,
        };
        self.sources.iter().filter_map(|s| s.last_updated.as_deref().and_then(PartialDate::parse)).chain(check).max()
    }
}

/// Everything record `id`'s facts rest on: its listing, its checks, each fact that is not the
/// source's as it stands, each statement of the law it makes, and the pages of its own read with
/// none of them citing it.
pub fn evidence<'a>(data: &'a Dataset, id: &str, origin: Origin<'a>, statements: &'a [Statement]) -> Vec<Evidence<'a>> {
    let source = |id: Option<&str>| id.and_then(|id| data.source(id));
    let mut all =
        vec![Evidence { field: None, kind: EvidenceKind::Listing, sources: source(Some(origin.source)).into_iter().collect() }];
    all.extend(origin.checks.iter().map(|c| Evidence {
        field: None,
        kind: EvidenceKind::Check(c),
        sources: source(c.cites.as_deref()).into_iter().collect(),
    }));
    all.extend(origin.provenance.iter().map(|p| {
        let mut sources: Vec<&Source> = [p.evidence.as_deref(), p.cites.as_deref()].into_iter().filter_map(source).collect();
        sources.dedup_by_key(|s| &s.id);
        Evidence { field: Some(Cow::Borrowed(p.field.as_str())), kind: EvidenceKind::Fact(p), sources }
    }));
    all.extend(statements.iter().enumerate().map(|(i, s)| Evidence {
        field: Some(Cow::Owned(format!("statements.{i}"))),
        kind: EvidenceKind::Statement(s),
        sources: s.cites.iter().filter_map(|c| data.source(c)).collect(),
    }));
    let cited: Vec<&str> = all.iter().flat_map(|e| e.sources.iter().map(|s| s.id.as_str())).collect();
    all.extend(
        data.sources.iter().filter(|s| s.of.as_deref() == Some(id) && !cited.contains(&s.id.as_str())).map(|s| Evidence {
            field: None,
            kind: EvidenceKind::AlsoRead,
            sources: vec![s],
        }),
    );
    all
}

/// The maintainers' worklist: every record with what its facts rest on, the record whose newest
/// evidence is oldest first (an undated page counts as oldest), one fact a line.
pub fn worklist(data: &Dataset) -> String {
    let records = data
        .organizations
        .iter()
        .map(|o| ("organizations", o.id.as_str(), o.origin(), &[][..]))
        .chain(data.legal_info.iter().map(|l| ("legal_info", l.id.as_str(), l.origin(), &l.statements[..])))
        .chain(data.pointers.iter().map(|p| ("pointers", p.id.as_str(), p.origin(), &[][..])));
    let mut rows: Vec<(Option<PartialDate>, String)> = records
        .map(|(section, id, origin, statements)| {
            let evidence = evidence(data, id, origin, statements);
            let newest = evidence.iter().filter_map(Evidence::date).max();
            let mut lines = vec![format!("{section} {id}: newest evidence {}", newest.map_or("none dated".into(), show))];
            for e in &evidence {
                let what = match e.kind {
                    EvidenceKind::Listing => "listed".to_string(),
                    EvidenceKind::Check(c) => format!("checked ({:?})", c.method).to_lowercase(),
                    EvidenceKind::Fact(p) => match (p.rests_on, &p.lang) {
                        (Some(on), Some(lang)) => format!("{:?} ({on:?}, {lang})", p.basis),
                        (Some(on), None) => format!("{:?} ({on:?})", p.basis),
                        (None, _) => format!("{:?}", p.basis),
                    }
                    .to_lowercase(),
                    EvidenceKind::Statement(_) => "stated".to_string(),
                    EvidenceKind::AlsoRead => "also read".to_string(),
                };
                let field = e.field.as_ref().map(|f| format!(" {f}")).unwrap_or_default();
                let pages: Vec<String> = e
                    .sources
                    .iter()
                    .map(|s| {
                        let date = match (&s.last_updated, &s.read_on) {
                            (Some(date), _) => date.clone(),
                            (None, Some(read)) => format!("undated, read {read}"),
                            (None, None) => "undated".into(),
                        };
                        format!("{} [{date}] {}", s.id, s.url.as_deref().or(s.file.as_deref()).unwrap_or_default())
                    })
                    .collect();
                let date = match (e.date(), e.sources.is_empty()) {
                    (Some(date), _) => show(date),
                    (None, true) => "ours      ".into(),
                    (None, false) => "undated   ".into(),
                };
                lines.push(format!("  {date}  {what}{field}: {}", pages.join("; ")).trim_end().trim_end_matches(':').to_string());
            }
            (newest, lines.join("\n"))
        })
        .collect();
    rows.sort_by_key(|(newest, _)| *newest);
    rows.into_iter().map(|(_, text)| text + "\n").collect()
}

fn show(d: PartialDate) -> String {
    match d.day {
        Some(day) => format!("{:04}-{:02}-{day:02}", d.year, d.month),
        None => format!("{:04}-{:02}   ", d.year, d.month),
    }
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
            Check { date: "2026-12-01".into(), by: "a volunteer".into(), method: CheckMethod::Phone, cites: None },
            Check { date: "2025-01-10".into(), by: "a volunteer".into(), method: CheckMethod::Website, cites: None },
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
        assert_eq!(mark("unhcr-japan", "addresses.0", "ja"), [Key::WhyTransliteration]);
        assert_eq!(mark("unhcr-japan", "addresses.0", "en"), []);
        // An address that replaced the source's is marked in every language, and its English is ours.
        assert_eq!(mark("jar", "addresses.0", "ja"), [Key::WhySuperseded]);
        assert_eq!(mark("jar", "addresses.0", "en"), [Key::WhySuperseded, Key::WhyTransliteration]);
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
        let mut data = shipped();
        let jar = data.organization("jar").unwrap().origin();
        let conflicts: Vec<_> = jar.conflicts("schedules.0").collect();
        assert_eq!(conflicts.len(), 1);
        let (key, args) = conflict(&data, conflicts[0], "11:00–16:00", "undated");
        assert_eq!(key, Key::ConflictNotice);
        assert_eq!(args[0], ("source", "Japan Association for Refugees".to_string()));
        assert_eq!(args[1], ("year", "2023".to_string()));
        data.sources.iter_mut().find(|s| s.id == "jar-consultations-2023").unwrap().last_updated = None;
        let jar = data.organization("jar").unwrap().origin();
        let (_, args) = conflict(&data, jar.conflicts("schedules.0").next().unwrap(), "x", "undated");
        assert_eq!(args[1], ("year", "undated".to_string()));
    }

    #[test]
    fn a_superseded_fact_says_what_was_listed_and_what_shows_it_out_of_date() {
        let data = shipped();
        let jar = data.organization("jar").unwrap().origin();
        let old: Vec<_> = jar.superseded("addresses.0").collect();
        assert_eq!(old.len(), 1);
        let (key, args) = superseded(&data, jar, old[0], "1-7-10 Yotsuya", "undated");
        assert_eq!(key, Key::SupersededNotice);
        assert_eq!(
            args,
            [
                ("value", "1-7-10 Yotsuya".to_string()),
                ("source", "AMERA International".to_string()),
                ("date", "2023-05".to_string()),
                ("evidence", "Japan Association for Refugees".to_string()),
                ("year", "2018".to_string()),
            ]
        );
        // JAR's new street address is found only on a third party's listing; FRJ's is its own.
        assert!(third_party_only(&data, jar, "addresses.0"));
        assert!(!third_party_only(&data, data.organization("frj").unwrap().origin(), "addresses.0"));
        assert!(!third_party_only(&data, data.organization("unhcr-japan").unwrap().origin(), "addresses.0"));
    }

    #[test]
    fn an_undated_source_is_known_by_when_it_was_read_and_an_older_check_hides_no_listing() {
        let data = shipped();
        let houterasu = data.organization("houterasu").unwrap().origin();
        let (key, args) = listing(&data, houterasu);
        assert_eq!(key, Key::ListedUndated);
        assert_eq!(args[1], ("date", "2026-12-04".to_string()));
        // FRJ's own page (June 2022) is older than its listing (May 2023): the listing leads.
        let frj = data.organization("frj").unwrap().origin();
        assert_eq!(listing(&data, frj).0, Key::ListedBy);
        assert_eq!(known_on(&data, frj), Some(date("2023-05")));
    }

    #[test]
    fn the_evidence_of_a_record_names_each_page_with_its_date_and_the_worklist_puts_the_oldest_first() {
        let data = shipped();
        let jar = data.organization("jar").unwrap();
        let evidence = evidence(&data, "jar", jar.origin(), &[]);
        let superseded =
            evidence.iter().find(|e| matches!(e.kind, EvidenceKind::Fact(p) if p.basis == Basis::Superseded)).unwrap();
        let pages: Vec<&str> = superseded.sources.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(pages, ["jar-old-office-2018", "canpan-jar"]);
        assert_eq!(superseded.date(), Some(date("2018-06")), "CANPAN's listing is undated");
        // JAR's own pages that no fact cites are listed as read, with their dates.
        let read: Vec<&str> =
            evidence.iter().filter(|e| matches!(e.kind, EvidenceKind::AlsoRead)).map(|e| e.sources[0].id.as_str()).collect();
        assert_eq!(read, ["jar-chiyoda-2020", "jar-annual-report-2025", "jar-legal-2023"]);
        assert_eq!(field_key("addresses.0"), Key::FieldAddress);
        assert_eq!(field_key("statements.3"), Key::FieldText);
        let list = worklist(&data);
        let order: Vec<&str> = list.lines().filter(|l| !l.starts_with(' ')).map(|l| l.split(':').next().unwrap()).collect();
        assert_eq!(order.len(), data.organizations.len() + data.legal_info.len() + data.pointers.len());
        let at = |id: &str| order.iter().position(|l| l.ends_with(&format!(" {id}"))).unwrap();
        // BRSA's newest evidence is its listing (May 2023); JAR's is its own report of November 2025.
        assert!(at("jar") > at("brsa"), "{list}");
        assert!(list.contains("  2018-06     superseded addresses.0: jar-old-office-2018 [2018-06] https://refugee.or.jp/report/activity/2018/06/post_466; canpan-jar [undated, read 2026-12-04] http://fields.canpan.info/organization/detail/1288839424"), "{list}");
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

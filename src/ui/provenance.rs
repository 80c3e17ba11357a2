//! Where a record's facts come from, on its page: the line under it, a mark on each fact we
//! added or updated (explained in one tap, with no script: a `<details>`), the notice where
//! another source disagrees or shows the source's value out of date, and "Report a mistake";
//! and, for "About this data", everything a record rests on. What they say comes from
//! [`crate::provenance`].

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Key;
use crate::json::Json;
use crate::links;
use crate::model::{Basis, Dataset, Origin, Source, Statement};
use crate::provenance::{self, Evidence, EvidenceKind, Message, Report};
use crate::ui::hydration::after_hydration;
use crate::ui::island_data::{self, IslandData};
use crate::ui::language::{Tr, use_tr};
use crate::web::{self, share::Shared};

/// A message in the reader's words, its dates written out.
pub fn say(tr: Tr, (key, args): Message) -> String {
    // In a right-to-left sentence each value (a name, an address in Latin letters) is isolated
    // (FSI … PDI), so "1-53-11 Yamato-cho" is not reordered into "11-53-1".
    let isolate = |v: String| if tr.language().rtl { format!("\u{2068}{v}\u{2069}") } else { v };
    let args: Vec<(&str, String)> =
        args.into_iter().map(|(k, v)| (k, isolate(if k == "date" { tr.date(&v) } else { v }))).collect();
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tr.fill(key, &args)
}

/// "Listed by … · page updated … · not re-checked since" (or the latest real check), and the
/// source it was listed in.
pub fn listing_line(data: &Dataset, origin: Origin) -> impl IntoView + use<> {
    let tr = use_tr();
    let source = data.source(origin.source).map(|s| {
        let title = s.title.text(tr.code()).to_string();
        match &s.last_updated {
            Some(date) => format!("{title} ({})", tr.date(date)),
            None => title,
        }
    });
    view! {
        <footer class="provenance">
            <p class="listed">{say(tr, provenance::listing(data, origin))}</p>
            <p>{source.map(|s| tr.fill(Key::SourceLine, &[("source", &s)]))}</p>
        </footer>
    }
}

/// The mark on a field as shown in `lang` (the language of the form on the page, which may not
/// be the reader's): nothing when the field is the source's as it stands.
pub fn mark(data: &Dataset, origin: Origin, field: &str, lang: &str) -> Option<impl IntoView + use<>> {
    let tr = use_tr();
    let (mut added, mut updated) = (false, false);
    let reasons: Vec<String> = origin
        .marks(field, lang)
        .filter_map(|p| {
            added |= p.basis == Basis::Added;
            updated |= p.basis == Basis::Superseded;
            provenance::why(data, p, tr.code()).map(|m| say(tr, m))
        })
        .collect();
    (!reasons.is_empty()).then(|| {
        let label = tr.get(match (updated, added) {
            (true, _) => Key::MarkUpdated,
            (false, true) => Key::MarkAdded,
            (false, false) => Key::MarkRepaired,
        });
        let reasons = reasons.into_iter().map(|r| view! { <span class="why">{r}</span> }).collect_view();
        view! { " "<details class="ours"><summary>{label}</summary>{reasons}</details> }
    })
}

/// "Check before you go: another source (…) gives …", beside the field it concerns, with a
/// link to that source where it can be opened safely.
pub fn conflicts(data: &Dataset, origin: Origin, field: &str) -> impl IntoView + use<> {
    let tr = use_tr();
    let undated = tr.get(Key::Undated);
    origin
        .conflicts(field)
        .map(|p| {
            let value = p.says.as_ref().map(|t| t.text(tr.code()).to_string()).unwrap_or_default();
            let text = say(tr, provenance::conflict(data, p, &value, &undated));
            let link = p.cites.as_deref().and_then(|c| data.source(c)).map(address);
            view! { <p class="conflict" role="note">{text}{link}</p> }
        })
        .collect_view()
}

/// A source's address: a link where it can be opened safely (https), else the address as text.
fn address(source: &Source) -> Option<impl IntoView + use<>> {
    source.url.clone().map(|url| match links::https_url(&url) {
        Some(_) => view! { " "<a href=url.clone() rel="noopener noreferrer" dir="ltr">{url.clone()}</a> }.into_any(),
        None => view! { " "<span dir="ltr">{url}</span> }.into_any(),
    })
}

/// "Old listing: … Out of date, according to …", beside the replacement that leads, for each of
/// the source's values of a field that are out of date; and, where the replacement rests only on
/// third parties, that the organisation's own pages do not give it.
pub fn superseded(data: &Dataset, origin: Origin, field: &str) -> impl IntoView + use<> {
    let tr = use_tr();
    let undated = tr.get(Key::Undated);
    let old = origin
        .superseded(field)
        .map(|p| {
            let value = p.was.as_ref().map(|t| t.text(tr.code()).to_string()).unwrap_or_default();
            let text = say(tr, provenance::superseded(data, origin, p, &value, &undated));
            let link = p.evidence.as_deref().and_then(|c| data.source(c)).map(address);
            view! { <p class="superseded" role="note">{text}{link}</p> }
        })
        .collect_view();
    (third_party(data, origin, field), old)
}

/// "Only third-party pages give this…: call before you go", where a field's value rests on no
/// page of the organisation's own and no official one.
pub fn third_party(data: &Dataset, origin: Origin, field: &str) -> Option<impl IntoView + use<>> {
    provenance::third_party_only(data, origin, field)
        .then(|| view! { <p class="call-first third-party" role="note">{use_tr().get(Key::ThirdPartyOnly)}</p> })
}

/// A page cited, with its publisher, title and the date it rests on, and its address.
pub fn cited(source: &Source) -> impl IntoView + use<> {
    let tr = use_tr();
    let official = (source.kind != crate::model::SourceKind::Official)
        .then(|| view! { " "<small class="not-official">"("{tr.get(Key::NotOfficial)}")"</small> });
    view! { <span class="cited">{say(tr, provenance::dated(source, tr.code()))}{official}{address(source)}</span> }
}

/// Everything a record rests on, a line each: the listing, checks, what was added, repaired,
/// disputed or replaced, and the pages of its own that were read; and when no page newer than
/// its listing was found, that too.
pub fn evidence(data: &Dataset, id: &str, origin: Origin, statements: &[Statement]) -> impl IntoView + use<> {
    let tr = use_tr();
    let undated = tr.get(Key::Undated);
    let evidence = provenance::evidence(data, id, origin, statements);
    let nothing_newer = evidence
        .iter()
        .all(|e| e.sources.iter().all(|s| s.id == origin.source))
        .then(|| view! { <li>{tr.get(Key::AboutNothingNewer)}</li> });
    let items = evidence
        .into_iter()
        .map(|e: Evidence| {
            let what = match e.kind {
                EvidenceKind::Listing => say(tr, provenance::listing(data, origin)),
                EvidenceKind::Check(c) => {
                    let key = match c.method {
                        crate::model::CheckMethod::Phone => Key::CheckedPhone,
                        crate::model::CheckMethod::Website => Key::CheckedWebsite,
                        crate::model::CheckMethod::Email => Key::CheckedEmail,
                        crate::model::CheckMethod::Visit => Key::CheckedVisit,
                    };
                    say(tr, (key, vec![("date", c.date.clone())]))
                }
                EvidenceKind::Fact(p) => match p.basis {
                    Basis::Conflict => {
                        let value = p.says.as_ref().map(|t| t.text(tr.code()).to_string()).unwrap_or_default();
                        say(tr, provenance::conflict(data, p, &value, &undated))
                    }
                    Basis::Superseded => {
                        let value = p.was.as_ref().map(|t| t.text(tr.code()).to_string()).unwrap_or_default();
                        say(tr, provenance::superseded(data, origin, p, &value, &undated))
                    }
                    _ => provenance::why(data, p, tr.code()).map(|m| say(tr, m)).unwrap_or_default(),
                },
                EvidenceKind::Statement(s) => s.text.text(tr.code()).to_string(),
                EvidenceKind::AlsoRead => {
                    let page = e.sources.first().map(|s| say(tr, provenance::dated(s, tr.code()))).unwrap_or_default();
                    tr.fill(Key::AlsoRead, &[("source", &page)])
                }
            };
            // A fact of one language's form says which ("Name (日本語): …").
            let lang = match e.kind {
                EvidenceKind::Fact(p) => p.lang.as_deref().and_then(crate::i18n::language).map(|l| format!(" ({})", l.name)),
                _ => None,
            };
            let field = e.field.as_deref().map(|f| {
                view! { <strong>{format!("{}{}: ", tr.get(provenance::field_key(f)), lang.unwrap_or_default())}</strong> }
            });
            let pages = match e.kind {
                EvidenceKind::AlsoRead => e
                    .sources
                    .iter()
                    .map(|s| {
                        let note =
                            s.note.as_ref().map(|n| view! { <br/><small lang="en" dir="ltr">{n.text("en").to_string()}</small> });
                        view! { {address(s)}{note} }
                    })
                    .collect_view()
                    .into_any(),
                _ => e.sources.iter().map(|s| view! { <br/>{cited(s)} }).collect_view().into_any(),
            };
            view! { <li>{field}{what}{pages}</li> }
        })
        .collect_view();
    view! { <ul class="evidence">{items}{nothing_newer}</ul> }
}

/// The parts of a record a report can be about, in the order offered.
const PARTS: [Key; 7] =
    [Key::FieldName, Key::FieldAddress, Key::FieldPhone, Key::FieldEmail, Key::FieldHours, Key::FieldText, Key::FieldOther];

/// The pages a statement or a step rests on, in the reader's sentence ("Sources: …"); not read
/// aloud.
pub fn cites(pages: impl IntoView) -> impl IntoView {
    view! { <div class="cites" data-say-skip>{use_tr().sentence(Key::StatementSources, "sources", pages)}</div> }
}

/// "Report a mistake": a short note the person sends by email (only to a maintainer the
/// dataset names), shares or copies. The app itself sends nothing, so it works offline too.
#[component]
pub fn ReportMistake(id: String, name: String, version: String, maintainer: Option<String>) -> impl IntoView {
    island_data::give(Reported { id, name, version, maintainer });
    view! { <MistakeReport/> }
}

/// The record a report is about, the dataset's version, and whom to write to, if anyone.
#[derive(Clone, Default)]
struct Reported {
    id: String,
    name: String,
    version: String,
    maintainer: Option<String>,
}

impl IslandData for Reported {
    fn to_json(&self) -> Json {
        Json::object([
            ("id", self.id.as_str().into()),
            ("name", self.name.as_str().into()),
            ("version", self.version.as_str().into()),
            ("maintainer", self.maintainer.as_deref().into()),
        ])
    }

    fn from_json(json: &Json) -> Option<Reported> {
        let text = |name| island_data::text(json, name);
        Some(Reported { id: text("id")?, name: text("name")?, version: text("version")?, maintainer: text("maintainer") })
    }
}

/// The report's root, whose data the island reads as it starts: whether there is an address
/// to write to decides what it draws.
const REPORT: &str = "report";

#[island]
fn MistakeReport() -> impl IntoView {
    let tr = use_tr();
    let (given, data_island) = island_data::given::<Reported>();
    let Reported { id, name, version, maintainer } = island_data::by_id(given, REPORT).unwrap_or_default();
    let part = RwSignal::new(PARTS.len() - 1);
    let found = RwSignal::new(String::new());
    let said = RwSignal::new(None::<Key>);
    // The page's address, known only in the browser (the static page has none to give).
    let url = RwSignal::new(String::new());
    after_hydration(move || url.set(web::location::current_href()));
    let title = tr.fill(Key::ReportTitle, &[("name", &name)]);
    let note = {
        let title = title.clone();
        move || {
            let (entry, part, found) = (format!("{id} ({name})"), tr.get(PARTS[part.get()]), found.get());
            let lines = [
                (tr.get(Key::ReportRecord), entry),
                (tr.get(Key::ReportPart), part),
                (tr.get(Key::ReportText), found),
                (tr.get(Key::ReportVersion), version.clone()),
            ];
            let lines = lines.each_ref().map(|(label, value)| (label.as_str(), value.as_str()));
            Report { title: &title, lines, url: &url.get() }.text()
        }
    };
    let email = maintainer.map(|address| {
        let (note, title) = (note.clone(), title.clone());
        let href = move || links::mailto_with(&address, &title, &note()).unwrap_or_default();
        view! { <a class="btn" href=href target="_top">{tr.get(Key::ReportByEmail)}</a> }
    });
    let share = {
        let (note, title) = (note.clone(), title.clone());
        move |_| {
            let (text, title) = (note(), title.clone());
            spawn_local(async move {
                said.set(match web::share::share_text(&title, &text).await {
                    Shared::Shared => None,
                    Shared::Copied => Some(Key::ReportCopied),
                    Shared::Failed => Some(Key::CopyFailed),
                });
            });
        }
    };
    let copy = move |_| {
        let text = note();
        spawn_local(async move {
            said.set(Some(if web::share::copy_text(&text).await { Key::ReportCopied } else { Key::CopyFailed }));
        });
    };
    let options = PARTS
        .iter()
        .enumerate()
        .map(|(i, key)| view! { <option value=i.to_string() selected=move || part.get() == i>{tr.get(*key)}</option> })
        .collect_view();
    view! {
        <details id=REPORT class="report needs-js" data-island=data_island>
            <summary>{tr.get(Key::ReportMistake)}</summary>
            <p class="note">{tr.get(Key::ReportIntro)}</p>
            <label>
                {tr.get(Key::ReportWhat)}
                <select on:change=move |e| part.set(event_target_value(&e).parse().unwrap_or(PARTS.len() - 1))>{options}</select>
            </label>
            <label>
                {tr.get(Key::ReportFound)}
                <textarea
                    rows="3"
                    placeholder=tr.get(Key::ReportFoundHint)
                    on:input=move |e| found.set(event_target_value(&e))
                ></textarea>
            </label>
            <div class="actions">
                {email}
                <button type="button" class="btn" on:click=share>{tr.get(Key::ReportShare)}</button>
                <button type="button" class="btn" on:click=copy>{tr.get(Key::ReportCopy)}</button>
                <span class="said" role="status">{move || said.get().map(|k| tr.get(k))}</span>
            </div>
        </details>
    }
}

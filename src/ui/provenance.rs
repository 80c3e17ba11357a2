//! Where a record's facts come from, on its page: the line under it, a mark on each fact we
//! added (explained in one tap, with no script: a `<details>`), the notice where another source
//! disagrees, and "Report a mistake". What they say comes from [`crate::provenance`].

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::Key;
use crate::links;
use crate::model::{Basis, Dataset, Origin};
use crate::provenance::{self, Message, Report};
use crate::ui::hydration::after_hydration;
use crate::ui::language::{Tr, use_tr};
use crate::web::{self, share::Shared};

/// A message in the reader's words, its dates written out.
fn say(tr: Tr, (key, args): Message) -> String {
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
    let mut added = false;
    let reasons: Vec<String> = origin
        .marks(field, lang)
        .filter_map(|p| {
            added |= p.basis == Basis::Added;
            provenance::why(data, p, tr.code()).map(|m| say(tr, m))
        })
        .collect();
    (!reasons.is_empty()).then(|| {
        let label = tr.get(if added { Key::MarkAdded } else { Key::MarkRepaired });
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
            let source = p.cites.as_deref().and_then(|c| data.source(c));
            let link = source.and_then(|s| s.url.clone()).map(|url| match links::https_url(&url) {
                Some(_) => view! { " "<a href=url.clone() rel="noopener noreferrer" dir="ltr">{url.clone()}</a> }.into_any(),
                None => view! { " "<span dir="ltr">{url}</span> }.into_any(),
            });
            view! { <p class="conflict" role="note">{text}{link}</p> }
        })
        .collect_view()
}

/// The parts of a record a report can be about, in the order offered.
const PARTS: [Key; 7] =
    [Key::FieldName, Key::FieldAddress, Key::FieldPhone, Key::FieldEmail, Key::FieldHours, Key::FieldText, Key::FieldOther];

/// "Report a mistake": a short note the person sends by email (only to a maintainer the
/// dataset names), shares or copies. The app itself sends nothing, so it works offline too.
#[island]
pub fn ReportMistake(id: String, name: String, version: String, maintainer: Option<String>) -> impl IntoView {
    let tr = use_tr();
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
        <details class="report needs-js">
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

//! "Show to staff": for a taxi driver, a police officer or a station clerk, the organisation's
//! Japanese name, address and phone in type readable at arm's length, each with a sentence in
//! Japanese and in the reader's language. Only the Japanese forms the dataset holds, marked as
//! the rest of the page marks them; where it has none, it says so (nothing is machine-translated).
//!
//! The view is drawn into the page and shown while the address ends in `#staff` (CSS
//! `:target`), so it works with no script, and Back closes it. The screen stays on while shown.

use leptos::prelude::*;

use crate::address;
use crate::i18n::Key;
use crate::model::{Dataset, Organization};
use crate::phone;
use crate::ui::hydration::after_hydration;
use crate::ui::language::{Tr, use_tr};
use crate::ui::provenance::{mark, third_party};
use crate::web;

/// The view's fragment, and the link that opens it.
const VIEW: &str = "staff";
const OPENER: &str = "show-staff";

/// Whether the organisation has anything to show staff: an address or a number to call.
fn has_view(org: &Organization) -> bool {
    !org.addresses.is_empty() || org.phones.iter().any(|p| phone::tel_href(p).is_some())
}

/// The link that opens the view, among the page's actions.
pub fn opener(org: &Organization) -> Option<impl IntoView + use<>> {
    has_view(org).then(open_link)
}

/// The link that opens the view (a guide's, or an organisation's).
pub fn open_link() -> impl IntoView + use<> {
    view! { <a class="btn" id=OPENER href=format!("#{VIEW}")>{use_tr().get(Key::ShowToStaff)}</a> }
}

/// The view itself, around what it shows big: shown while the address ends in `#staff`, it
/// keeps the screen on; `said` is the closing note on where its Japanese comes from.
#[component]
pub fn StaffFrame(intro: Key, said: Key, children: Children) -> impl IntoView {
    let tr = use_tr();
    view! {
        <section id=VIEW class="staff" aria-labelledby="staff-heading">
            <div class="staff-bar">
                <h2 id="staff-heading">{tr.get(Key::ShowToStaff)}</h2>
                <a class="btn" href=format!("#{OPENER}")>{tr.get(Key::Close)}</a>
            </div>
            <p class="note">{tr.get(intro)}</p>
            {children()}
            <p class="note">{tr.get(said)}" "<span class="needs-js">{tr.get(Key::StaffAwake)}</span></p>
            <KeepAwake/>
        </section>
    }
}

/// A sentence for staff in Japanese, with the reader's own words beside it (but for Japanese
/// readers).
fn ask(key: Key, tr: Tr) -> impl IntoView + use<> {
    let own = (tr.code() != "ja").then(|| view! { <span class="own" dir="auto">{tr.get(key)}</span> });
    view! { <p class="staff-ask"><span lang="ja" dir="ltr">{Tr::japanese().get(key)}</span>{own}</p> }
}

#[component]
pub fn StaffView(data: std::sync::Arc<Dataset>, index: usize) -> impl IntoView {
    let tr = use_tr();
    let org = &data.organizations[index];
    let origin = org.origin();
    if !has_view(org) {
        return None;
    }
    let name = match org.name.exactly("ja") {
        Some(ja) => {
            view! { <p class="staff-name" lang="ja" dir="ltr">{ja.to_string()}</p>{mark(&data, origin, "name", "ja")} }.into_any()
        }
        None => view! {
            <p class="staff-name" lang="en" dir="ltr">{org.name.text("en").to_string()}</p>
            <p class="staff-missing">
                <span lang="ja" dir="ltr">{Tr::japanese().get(Key::StaffNoJapaneseName)}</span>
                {(tr.code() != "ja").then(|| view! { <span class="own">{tr.get(Key::StaffNoJapaneseName)}</span> })}
            </p>
        }
        .into_any(),
    };
    let addresses = org
        .addresses
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let lines = address::lines(a, &data.taxonomy, "ja").into_iter().map(|l| view! { {l}<br/> }).collect_view();
            let field = format!("addresses.{i}");
            let (marked, third_party) = (mark(&data, origin, &field, "ja"), third_party(&data, origin, &field));
            view! { {ask(Key::StaffGoHere, tr)}<p class="staff-big" lang="ja" dir="ltr">{lines}</p>{marked}{third_party} }
        })
        .collect_view();
    let calls: Vec<_> = org.phones.iter().filter_map(|p| phone::tel_href(p).map(|href| (href, p.number.clone()))).collect();
    let phones = (!calls.is_empty()).then(|| {
        let numbers = calls
            .into_iter()
            .map(|(href, number)| view! { <p class="staff-big"><a href=href target="_top" dir="ltr">{number}</a></p> })
            .collect_view();
        view! { {ask(Key::StaffCallThem, tr)}{numbers} }
    });
    Some(view! {
        <StaffFrame intro=Key::StaffIntro said=Key::StaffAsListed>
            {name}
            {addresses}
            {phones}
        </StaffFrame>
    })
}

/// Keeps the screen on while the view is shown, where the browser has the Screen Wake Lock API;
/// closing the view, or leaving the page, lets it go.
#[island]
fn KeepAwake() -> impl IntoView {
    after_hydration(|| web::wake::keep_awake_at(VIEW));
}

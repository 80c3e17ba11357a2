//! An organisation's page: every field, each way to reach it, and where the facts come from.
//! A static page; only its buttons and "open now" run in the browser. "Show to staff" is `staff`.

pub mod staff;

use std::sync::Arc;

use leptos::prelude::*;

use crate::address;
use crate::bookmarks::Kind;
use crate::date::PartialDate;
use crate::hours::{self, Holiday, Hours, OpenStatus, Weekday};
use crate::i18n::Key;
use crate::json::Json;
use crate::links;
use crate::model::{Dataset, Organization, Schedule, Taxonomy, Term};
use crate::phone;
use crate::provenance::{known_on, over_a_year_old};
use crate::route::Page;
use crate::ui::actions::{CopyButton, PrintButton, ShareButton, save_contact};
use crate::ui::bookmarks::button::BookmarkButton;
use crate::ui::directory::cards::{categories, contact_actions, phone_label};
use crate::ui::hydration::after_hydration;
use crate::ui::island_data::{self, IslandData};
use crate::ui::language::{Tr, use_tr};
use crate::ui::navigation::frame::BackLink;
use crate::ui::navigation::use_site;
use crate::ui::provenance::{ReportMistake, conflicts, listing_line, mark, superseded};
use crate::ui::read_aloud::{ReadAloud, order};
use crate::ui::text::{localized, paragraphs, prose};
use crate::web;
use staff::StaffView;

/// `version` is the dataset's, for reports of mistakes; `today` the date in Japan as the page
/// is drawn, for telling how old its listing is; `holidays` Japan's public holidays from then.
#[component]
pub fn OrganizationPage(
    data: Arc<Dataset>,
    index: usize,
    version: String,
    today: PartialDate,
    holidays: Arc<Vec<Holiday>>,
) -> impl IntoView {
    let org = &data.organizations[index];
    let origin = org.origin();
    let tr = use_tr();
    let lang = tr.code();
    let name = org.name.text(lang).to_string();
    // The Japanese name too, for showing to officials, when the page is in another language.
    let japanese_name = org.name.exactly("ja").filter(|_| lang != "ja").map(|n| {
        view! { <div class="ja-name"><span lang="ja">{n.to_string()}</span>{mark(&data, origin, "name", "ja")}</div> }
    });
    let old = known_on(&data, origin).is_some_and(|known| over_a_year_old(known, today));
    let maintainer = data.maintainer.as_ref().map(|m| m.email.clone());
    let parent = org.parent_id.as_deref().and_then(|p| data.organization(p)).map(|p| {
        let parent_name = p.name.text(lang).to_string();
        let link = view! { <a href=use_site().href(&Page::Organization(p.id.clone()))>{parent_name}</a> };
        let (before, after) = tr.around(Key::PartOf, "name");
        view! { <p class="parent">{before}{link}{after}</p> }
    });
    let categories = categories(org, &data.taxonomy, lang);
    view! {
        <article class="detail">
            <BackLink/>
            <h1 tabindex="-1" data-say=order::NAME>{localized(&org.name, lang)}</h1>
            {mark(&data, origin, "name", org.name.get(lang).lang).map(|m| view! { <div class="name-mark">{m}</div> })}
            {japanese_name}
            <p class="meta"><span class="short">{org.alternate_name.clone()}</span>" · "{categories}</p>
            {parent}
            <div class="lead" data-say=order::WHAT>{prose(&org.summary, lang)}{mark(&data, origin, "summary", org.summary.get(lang).lang)}</div>
            <div class="actions">
                {contact_actions(org, true)}
                <ShareButton title=name.clone()/>
                <BookmarkButton kind=Kind::Organization id=org.id.clone() title=name/>
                {staff::opener(org)}
                {crate::vcard::has_a_way_to_reach(org).then(|| save_contact(org))}
                <PrintButton/>
            </div>
            <ReadAloud page=Page::Organization(org.id.clone())/>
            <StaffView data=data.clone() index/>
            {contact_section(&data, org)}
            {address_section(&data, org, old)}
            {hours_section(&data, org, &holidays)}
            {people_section(&data, org)}
            {terms_section(Key::SectionServices, &data.taxonomy.services, &org.services, lang, None)}
            {terms_section(Key::SectionLanguages, &data.taxonomy.languages, &org.languages, lang, Some(Key::LanguagesNotStated))}
            {(!org.description.is_blank()).then(|| {
                let marked = mark(&data, origin, "description", org.description.get(lang).lang);
                view! { <section><h2>{tr.get(Key::SectionAbout)}</h2>{marked}{paragraphs(&org.description, lang)}</section> }
            })}
            {notes_section(org, lang)}
            {listing_line(&data, origin)}
            <ReportMistake id=org.id.clone() name=org.name.text(lang).to_string() version maintainer/>
        </article>
    }
}

/// Phones (a fax is shown, never linked), emails (an unverified one is shown with its warning,
/// never linked) and websites, each marked where it is ours and with what other sources give.
fn contact_section(data: &Dataset, org: &Organization) -> Option<impl IntoView + use<>> {
    let tr = use_tr();
    let (lang, origin) = (tr.code(), org.origin());
    if org.phones.is_empty() && org.emails.is_empty() && org.links.is_empty() {
        return None;
    }
    // What the record says about one of these fields, after its value.
    let notes = |field: String| view! { {mark(data, origin, &field, lang)}{conflicts(data, origin, &field)}{superseded(data, origin, &field)} };
    let phones = org
        .phones
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let spoken = phone::spoken(&p.number, tr.intl());
            let number = match phone::tel_href(p) {
                Some(href) => view! {
                    <a href=href target="_top" dir="ltr" data-say=order::PHONES data-spoken=spoken>{p.number.clone()}</a>
                }
                .into_any(),
                None => view! { <span dir="ltr" data-say=order::PHONES data-spoken=spoken>{p.number.clone()}</span> }.into_any(),
            };
            let note = p.description.as_ref().map(|d| {
                view! { <span class="note">{localized(d, lang)}{mark(data, origin, &format!("phones.{i}.description"), lang)}</span> }
            });
            view! { <dt data-say=order::PHONES>{phone_label(p, tr)}</dt><dd>{number}" "{note}{notes(format!("phones.{i}"))}</dd> }
        })
        .collect_view();
    let emails = org
        .emails
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let address = match (e.unverified.as_ref(), links::mailto(&e.address)) {
                (None, Some(href)) => view! { <a href=href target="_top" dir="ltr">{e.address.clone()}</a> }.into_any(),
                (warning, _) => view! {
                    <span dir="ltr" class="unverified">{e.address.clone()}</span>
                    " "<strong class="flag">{tr.get(Key::EmailUnverified)}</strong>
                    {warning.map(|w| view! { <span class="caveat">{prose(w, lang)}</span> })}
                }
                .into_any(),
            };
            view! { <dt>{tr.get(Key::Email)}</dt><dd>{address}{notes(format!("emails.{i}"))}</dd> }
        })
        .collect_view();
    let websites = org
        .links
        .iter()
        .enumerate()
        .filter_map(|(i, l)| links::https_url(&l.url).map(|url| (i, url)))
        .map(|(i, url)| {
            view! {
                <dt>{tr.get(Key::Website)}</dt>
                <dd><a href=url.to_string() rel="noopener noreferrer" dir="ltr">{url.to_string()}</a>{notes(format!("links.{i}"))}</dd>
            }
        })
        .collect_view();
    Some(view! {
        <section>
            <h2>{tr.get(Key::SectionContact)}</h2>
            <dl class="fields">{phones}{emails}{websites}</dl>
        </section>
    })
}

/// Each address, in the reader's script and in Japanese, marked where the form is ours, with
/// what other sources give and the source's address it replaced; `old` when the listing is more
/// than a year old.
fn address_section(data: &Dataset, org: &Organization, old: bool) -> Option<impl IntoView + use<>> {
    let tr = use_tr();
    let (lang, taxonomy, origin) = (tr.code(), &data.taxonomy, org.origin());
    if org.addresses.is_empty() {
        return None;
    }
    let addresses = org
        .addresses
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let field = format!("addresses.{i}");
            let one_line = address::one_line(a, taxonomy);
            let lines =
                address::lines(a, taxonomy, lang).into_iter().map(|l| view! { <span dir="auto">{l}</span><br/> }).collect_view();
            let shown = if lang == "ja" { "ja" } else { "en" };
            // The Japanese form too, for showing to an official or a taxi driver.
            let japanese = (lang != "ja").then(|| {
                let ja = address::lines(a, taxonomy, "ja").join(" ");
                let marked = mark(data, origin, &field, "ja");
                view! {
                    <div class="ja-address">
                        <span class="note">{tr.get(Key::JapaneseForOfficials)}</span><br/>
                        <span lang="ja">{ja}</span>{marked}
                    </div>
                }
            });
            view! {
                <address data-say=order::ADDRESS>{lines}{mark(data, origin, &field, shown)}</address>
                {japanese}
                {superseded(data, origin, &field)}
                {conflicts(data, origin, &field)}
                {old.then(|| view! { <p class="call-first" role="note">{tr.get(Key::CallBeforeVisiting)}</p> })}
                {a.mailing.then(|| view! { <p class="note">{tr.get(Key::MailingToo)}</p> })}
                <div class="actions">
                    <CopyButton text=one_line.clone() label=tr.get(Key::CopyAddress)/>
                    <a class="btn" href=links::maps_url(&one_line) target="_blank" rel="noopener noreferrer">
                        {tr.get(Key::OpenInMaps)}
                    </a>
                </div>
                <p class="note">{tr.get(Key::MapsNote)}</p>
            }
        })
        .collect_view();
    Some(view! { <section><h2>{tr.get(Key::SectionAddress)}</h2>{addresses}</section> })
}

fn day_name(day: Weekday, tr: Tr) -> String {
    tr.get([Key::Mon, Key::Tue, Key::Wed, Key::Thu, Key::Fri, Key::Sat, Key::Sun][day.index()])
}

/// Opening hours in Japan time, and whether it is open right now.
fn hours_section(data: &Dataset, org: &Organization, holidays: &[Holiday]) -> Option<impl IntoView + use<>> {
    let (tr, origin) = (use_tr(), org.origin());
    let hours: Vec<(usize, Hours)> =
        org.schedules.iter().enumerate().filter_map(|(i, s)| Hours::from_schedule(s).ok().map(|h| (i, h))).collect();
    if hours.is_empty() {
        return None;
    }
    let rows = hours
        .iter()
        .map(|(i, h)| {
            let field = format!("schedules.{i}");
            let days = h
                .day_runs()
                .into_iter()
                .map(|(from, to)| {
                    if from == to {
                        day_name(from, tr)
                    } else {
                        tr.fill(Key::DayRange, &[("from", &day_name(from, tr)), ("to", &day_name(to, tr))])
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li>
                    {days}" "<span dir="ltr">{format!("{}–{}", h.opens, h.closes)}</span>{mark(data, origin, &field, tr.code())}
                    {conflicts(data, origin, &field)}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section data-say=order::HOURS>
            <h2>{tr.get(Key::SectionHours)}" "<small>"("{tr.get(Key::JapanTime)}")"</small></h2>
            <ul class="plain">{rows}</ul>
            <OpenNow schedules=org.schedules.clone() holidays=holidays.to_vec()/>
        </section>
    })
}

/// Whether it is open now, in Japan time, public holidays included: known only in the
/// browser, once the app runs.
#[component]
fn OpenNow(schedules: Vec<Schedule>, holidays: Vec<Holiday>) -> impl IntoView {
    island_data::give(Opening { schedules, holidays });
    view! { <OpenOrClosed/> }
}

/// An organisation's weekly hours and the public holidays it closes on.
#[derive(Clone)]
struct Opening {
    schedules: Vec<Schedule>,
    holidays: Vec<Holiday>,
}

impl IslandData for Opening {
    fn to_json(&self) -> Json {
        let schedules = self.schedules.iter().map(|s| {
            let days: Vec<&str> = s.byday.iter().map(String::as_str).collect();
            Json::object([
                ("byday", days.into()),
                ("opens_at", s.opens_at.as_str().into()),
                ("closes_at", s.closes_at.as_str().into()),
            ])
        });
        Json::object([
            ("schedules", Json::Array(schedules.collect())),
            ("holidays", island_data::holidays_to_json(&self.holidays)),
        ])
    }

    fn from_json(json: &Json) -> Option<Opening> {
        let schedule = |s: &Json| {
            let byday = s.get("byday")?.as_array()?.iter().map(|d| d.as_str().map(str::to_string)).collect::<Option<_>>()?;
            Some(Schedule { byday, opens_at: island_data::text(s, "opens_at")?, closes_at: island_data::text(s, "closes_at")? })
        };
        let schedules = json.get("schedules")?.as_array()?.iter().map(schedule).collect::<Option<_>>()?;
        Some(Opening { schedules, holidays: island_data::holidays_from_json(json.get("holidays")?)? })
    }
}

#[island]
fn OpenOrClosed() -> impl IntoView {
    let tr = use_tr();
    let (given, data_island) = island_data::given::<Opening>();
    let at = NodeRef::<leptos::html::Div>::new();
    let now = RwSignal::new(None::<f64>);
    after_hydration(move || now.set(Some(web::clock::now_ms())));
    let status = move || {
        let Opening { schedules, holidays } = given.clone().or_else(|| at.get().and_then(|e| island_data::read(&e)))?;
        let hours: Vec<Hours> = schedules.iter().filter_map(|s| Hours::from_schedule(s).ok()).collect();
        hours::status(&hours, hours::japan_time(now.get()?), &holidays)
    };
    view! {
        <div node_ref=at class="open-now" data-island=data_island>
            {move || {
                status().map(|s| {
                    let (class, words) = match s {
                        OpenStatus::OpenUntil(t) => ("open", tr.fill(Key::OpenNow, &[("time", &t.to_string())])),
                        OpenStatus::ClosedUntil(day, t) => {
                            ("closed", tr.fill(Key::ClosedNow, &[("day", &day_name(day, tr)), ("time", &t.to_string())]))
                        }
                        OpenStatus::Holiday(name) => ("closed holiday", tr.fill(Key::HolidayToday, &[("name", &name)])),
                    };
                    view! { <p class=class>{words}</p> }
                })
            }}
        </div>
    }
}

fn people_section(data: &Dataset, org: &Organization) -> Option<impl IntoView + use<>> {
    let tr = use_tr();
    let lang = tr.code();
    if org.contacts.is_empty() {
        return None;
    }
    let people = org
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let title = c.title.as_ref().map(|t| view! { ", "{localized(t, lang)} });
            let email = c.email.as_deref().and_then(|address| {
                links::mailto(address).map(|href| view! { <br/><a href=href target="_top" dir="ltr">{address.to_string()}</a> })
            });
            view! { <li>{c.name.clone()}{title}{email}{conflicts(data, org.origin(), &format!("contacts.{i}"))}</li> }
        })
        .collect_view();
    Some(view! { <section><h2>{tr.get(Key::SectionContacts)}</h2><ul class="plain">{people}</ul></section> })
}

/// Services or languages as a list; `when_empty` says what to show when none is stated.
fn terms_section(
    heading: Key,
    terms: &[Term],
    ids: &[String],
    lang: &str,
    when_empty: Option<Key>,
) -> Option<impl IntoView + use<>> {
    let tr = use_tr();
    if ids.is_empty() && when_empty.is_none() {
        return None;
    }
    let items = ids.iter().map(|id| view! { <li>{Taxonomy::name(terms, id, lang).to_string()}</li> }).collect_view();
    let empty = ids.is_empty().then(|| when_empty.map(|k| view! { <p>{tr.get(k)}</p> }));
    Some(view! { <section><h2>{tr.get(heading)}</h2><ul class="tags">{items}</ul>{empty}</section> })
}

fn notes_section(org: &Organization, lang: &str) -> Option<impl IntoView + use<>> {
    (!org.caveats.is_empty()).then(|| {
        view! {
            <section class="notes">
                <h2>{use_tr().get(Key::SectionNotes)}</h2>
                {org.caveats.iter().map(|c| view! { <p>{prose(c, lang)}</p> }).collect_view()}
            </section>
        }
    })
}

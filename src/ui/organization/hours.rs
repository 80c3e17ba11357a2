//! When an organisation is open: its weekly hours in Japan time, and whether it is open now.

use leptos::prelude::*;

use crate::hours::{self, Hours, OpenStatus, Weekday};
use crate::i18n::Key;
use crate::json::Json;
use crate::model::Schedule;
use crate::ui::holidays::use_holidays;
use crate::ui::hydration::after_hydration;
use crate::ui::island_data::{self, IslandData};
use crate::ui::language::{Tr, use_tr};
use crate::ui::organization::Record;
use crate::ui::provenance::{conflicts, mark};
use crate::ui::read_aloud::order;
use crate::web;

fn day_name(day: Weekday, tr: Tr) -> String {
    tr.get([Key::Mon, Key::Tue, Key::Wed, Key::Thu, Key::Fri, Key::Sat, Key::Sun][day.index()])
}

/// Opening hours in Japan time, and whether it is open right now.
pub fn section(r: Record) -> Option<impl IntoView + use<>> {
    let Record { data, org, tr, .. } = r;
    let origin = org.origin();
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
            <OpenNow schedules=org.schedules.clone()/>
        </section>
    })
}

/// Whether it is open now, in Japan time, public holidays included (the site's one table,
/// [`use_holidays`]): known only in the browser, once the app runs.
#[component]
fn OpenNow(schedules: Vec<Schedule>) -> impl IntoView {
    island_data::give(Opening { schedules });
    view! { <OpenOrClosed/> }
}

/// An organisation's weekly hours.
#[derive(Clone)]
struct Opening {
    schedules: Vec<Schedule>,
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
        Json::object([("schedules", Json::Array(schedules.collect()))])
    }

    fn from_json(json: &Json) -> Option<Opening> {
        let schedule = |s: &Json| {
            let byday = s.get("byday")?.as_array()?.iter().map(|d| d.as_str().map(str::to_string)).collect::<Option<_>>()?;
            Some(Schedule { byday, opens_at: island_data::text(s, "opens_at")?, closes_at: island_data::text(s, "closes_at")? })
        };
        let schedules = json.get("schedules")?.as_array()?.iter().map(schedule).collect::<Option<_>>()?;
        Some(Opening { schedules })
    }
}

#[island]
fn OpenOrClosed() -> impl IntoView {
    let tr = use_tr();
    let (given, data_island) = island_data::given::<Opening>();
    let at = NodeRef::<leptos::html::Div>::new();
    let now = RwSignal::new(None::<f64>);
    let holidays = use_holidays();
    after_hydration(move || now.set(Some(web::clock::now_ms())));
    // Said only once the holidays are known: "open" on a public holiday would send someone to a
    // closed door.
    let status = move || {
        let Opening { schedules } = given.clone().or_else(|| at.get().and_then(|e| island_data::read(&e)))?;
        let hours: Vec<Hours> = schedules.iter().filter_map(|s| Hours::from_schedule(s).ok()).collect();
        holidays.with(|table| hours::status(&hours, hours::japan_time(now.get()?), table.as_deref()?))
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

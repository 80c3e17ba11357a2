//! Guides for the situations people are in ("My application was refused"): the list on the home
//! page, and each guide's page. Static pages; only the deadline helper, the buttons and "open
//! now" run in the browser. A guide says at the top that it is information, not legal advice,
//! and whom to call; its time limits, with the day they end for the day a person was told; the
//! steps, each with the pages it rests on; the Japanese words to show at a counter.

use std::sync::Arc;

use leptos::prelude::*;

use crate::bookmarks::Kind;
use crate::date::PartialDate;
use crate::deadline;
use crate::i18n::Key;
use crate::json::Json;
use crate::model::{CountingRule, Dataset, Deadline, Situation};
use crate::route::Page;
use crate::ui::actions::{PrintButton, ShareButton};
use crate::ui::bookmarks::button::BookmarkButton;
use crate::ui::directory::cards::OrgCard;
use crate::ui::holidays::use_holidays;
use crate::ui::island_data::{self, IslandData};
use crate::ui::language::{Tr, use_tr};
use crate::ui::navigation::frame::BackLink;
use crate::ui::navigation::use_site;
use crate::ui::organization::contact::contact_actions;
use crate::ui::organization::staff::{StaffFrame, open_link};
use crate::ui::provenance::{cited, cites};
use crate::ui::read_aloud::{ReadAloud, order};
use crate::ui::text::{localized, prose};
use crate::web;

/// "What is happening to you?": a link to each guide, above the home page's list.
pub fn situations_menu(data: &Dataset) -> Option<impl IntoView + use<>> {
    let (tr, site) = (use_tr(), use_site());
    let lang = tr.code();
    (!data.situations.is_empty()).then(|| {
        let links = data
            .situations
            .iter()
            .map(|s| view! { <li><a class="btn" href=site.href(&Page::Situation(s.id.clone()))>{localized(&s.title, lang)}</a></li> })
            .collect_view();
        view! {
            <nav class="situations" aria-labelledby="situations-title">
                <h2 id="situations-title">{tr.get(Key::SituationsTitle)}</h2>
                <ul class="plain">{links}</ul>
            </nav>
        }
    })
}

/// A guide in a list (the saved page, search results): its title and what it is for.
pub fn situation_card(guide: &Situation, lang: &str) -> impl IntoView + use<> {
    view! {
        <li class="card situation" data-id=guide.id.clone() data-kind="situation">
            <h3><a href=use_site().href(&Page::Situation(guide.id.clone()))>{localized(&guide.title, lang)}</a></h3>
            <p class="summary">{prose(&guide.summary, lang)}</p>
        </li>
    }
}

#[component]
pub fn SituationPage(data: Arc<Dataset>, index: usize) -> impl IntoView {
    let guide = &data.situations[index];
    let tr = use_tr();
    let lang = tr.code();
    let title = guide.title.text(lang).to_string();
    let translated = guide.steps.iter().any(|s| s.text.get(lang).lang == lang && !matches!(lang, "en" | "ja"));
    // Whom to call for advice, at the top: each organisation's short name and its first way to reach it.
    let calls = guide
        .organizations
        .iter()
        .filter_map(|id| data.organization(id))
        .map(|o| view! { <li><strong>{o.alternate_name.clone()}</strong>" "{contact_actions(o, false)}</li> })
        .collect_view();
    let contacts = guide
        .organizations
        .iter()
        .filter_map(|id| data.organizations.iter().position(|o| &o.id == id))
        .map(|index| view! { <OrgCard data=data.clone() index/> })
        .collect_view();
    view! {
        <article class="detail guide">
            <BackLink/>
            <h1 tabindex="-1" data-say=order::NAME>{localized(&guide.title, lang)}</h1>
            <p class="lead" data-say=order::WHAT>{prose(&guide.summary, lang)}</p>
            <div class="notice not-advice" data-say=order::BODY>
                <p>{tr.get(Key::LawIntro)}</p>
                <ul class="plain calls">{calls}</ul>
            </div>
            <div class="actions">
                <ShareButton title=title.clone()/>
                <BookmarkButton kind=Kind::Situation id=guide.id.clone() title/>
                {(!guide.phrases.is_empty()).then(open_link)}
                <PrintButton/>
            </div>
            <ReadAloud page=Page::Situation(guide.id.clone())/>
            {guide.deadlines.iter().map(|d| deadline_section(&data, d)).collect_view()}
            <section data-say=order::BODY>
                <h2>{tr.get(Key::GuideSteps)}</h2>
                {translated.then(|| view! { <p class="note">{tr.get(Key::OurTranslation)}</p> })}
                <ol class="statements">{guide.steps.iter().map(|s| step(&data, s, tr)).collect_view()}</ol>
            </section>
            {phrases(guide, tr)}
            <section>
                <h2>{tr.get(Key::RelatedOrganizations)}</h2>
                <ul class="cards">{contacts}</ul>
            </section>
            <p class="provenance">{tr.fill(Key::GuideAsOf, &[("date", &tr.date(&guide.as_of))])}</p>
            {staff(guide)}
        </article>
    }
}

/// A step, with the pages and legal cards it rests on.
fn step(data: &Dataset, step: &crate::model::Step, tr: Tr) -> impl IntoView + use<> {
    let lang = tr.code();
    let site = use_site();
    let pages = step.cites.iter().filter_map(|c| data.source(c)).map(|s| view! { <li>{cited(s)}</li> }).collect_view();
    let cards = step
        .legal_info
        .iter()
        .filter_map(|id| data.legal(id))
        .map(|card| view! { <li><a href=site.href(&Page::Legal(card.id.clone()))>{localized(&card.title, lang)}</a></li> })
        .collect_view();
    view! {
        <li>
            <p>{prose(&step.text, lang)}</p>
            {cites(view! { <ul class="plain">{cards}{pages}</ul> })}
        </li>
    }
}

/// A time limit: how long, from what, how the days are counted, and (with the app) the last day
/// for the day a person was told.
fn deadline_section(data: &Dataset, limit: &Deadline) -> impl IntoView + use<> {
    let tr = use_tr();
    let lang = tr.code();
    let days = tr.count(Key::GuideDays, usize::from(limit.days));
    let sources = limit.cites.iter().filter_map(|c| data.source(c)).map(|s| view! { <li>{cited(s)}</li> }).collect_view();
    // The rule and the helper first, what they rest on after: a person in a hurry needs the day.
    let counting = limit.counting.as_ref().map(|c| {
        let rule = match c.rule {
            CountingRule::NextDayToNextOpenDay => Key::CountingNextOpenDay,
        };
        view! {
            <p>{tr.get(rule)}</p>
            <DeadlineHelper days=limit.days rule=c.rule/>
        }
    });
    let counted_by = limit.counting.as_ref().map(|c| {
        let pages = c.cites.iter().filter_map(|id| data.source(id)).map(|s| view! { <li>{cited(s)}</li> }).collect_view();
        view! { <ul class="plain">{pages}</ul> }
    });
    let no_rule = limit.counting.is_none().then(|| view! { <p>{tr.get(Key::CountCarefully)}</p> });
    view! {
        <section class="deadline" role="note" data-say=order::BODY>
            <h2>{tr.fill(Key::GuideDeadline, &[("days", &days), ("from", limit.from.text(lang))])}</h2>
            {counting}
            {no_rule}
            {cites(view! { <ul class="plain">{sources}</ul>{counted_by} })}
        </section>
    }
}

/// The last day of a time limit for the day a person enters: worked out on the device, in Japan
/// time; the day entered is kept nowhere and sent nowhere.
#[component]
fn DeadlineHelper(days: u16, rule: CountingRule) -> impl IntoView {
    island_data::give(Limit { days, rule });
    view! { <LastDay/> }
}

/// A time limit: how many days, counted how (the public holidays it skips are the site's one
/// table, [`use_holidays`]).
#[derive(Clone)]
struct Limit {
    days: u16,
    rule: CountingRule,
}

impl IslandData for Limit {
    fn to_json(&self) -> Json {
        let rule = match self.rule {
            CountingRule::NextDayToNextOpenDay => "next_day_to_next_open_day",
        };
        Json::object([("days", i64::from(self.days).into()), ("rule", rule.into())])
    }

    fn from_json(json: &Json) -> Option<Limit> {
        let rule = match json.get("rule")?.as_str()? {
            "next_day_to_next_open_day" => CountingRule::NextDayToNextOpenDay,
            _ => return None,
        };
        let days = u16::try_from(json.get("days")?.as_i64()?).ok()?;
        Some(Limit { days, rule })
    }
}

#[island]
fn LastDay() -> impl IntoView {
    let tr = use_tr();
    let (given, data_island) = island_data::given::<Limit>();
    let at = NodeRef::<leptos::html::Div>::new();
    // Nothing until a day is entered, as the static page is drawn.
    let told = RwSignal::new(None::<PartialDate>);
    let holidays = use_holidays();
    let answer = move || {
        let told = told.get()?;
        let Limit { days, rule } = given.clone().or_else(|| at.get().and_then(|e| island_data::read(&e)))?;
        // Without the table, no day can be counted: the rule in words stands instead.
        let last = holidays.with(|table| deadline::last_day(told, days, rule, table.as_deref().unwrap_or_default()));
        Some(match last {
            Some(last) => {
                let date = web::intl::format_day(tr.intl(), last.year, last.month, last.day.unwrap_or(1));
                tr.fill(Key::DeadlineLast, &[("date", &date)])
            }
            None => tr.get(Key::DeadlineUnknown),
        })
    };
    view! {
        <div node_ref=at class="deadline-helper needs-js" data-island=data_island>
            <label>
                {tr.get(Key::DeadlineAsk)}
                <input type="date" on:input=move |e| told.set(PartialDate::parse(&event_target_value(&e)))/>
            </label>
            <p class="deadline-last" role="status">{answer}</p>
            <p class="note">{tr.get(Key::DeadlinePrivate)}</p>
        </div>
    }
}

/// The Japanese words to show or say, each with what it means.
fn phrases(guide: &Situation, tr: Tr) -> Option<impl IntoView + use<>> {
    let lang = tr.code();
    (!guide.phrases.is_empty()).then(|| {
        let items = guide
            .phrases
            .iter()
            .map(|p| view! { <li><span lang="ja" class="phrase">{p.ja.clone()}</span>" — "{localized(&p.meaning, lang)}</li> })
            .collect_view();
        view! { <section data-say=order::BODY><h2>{tr.get(Key::GuidePhrases)}</h2><ul class="plain phrases">{items}</ul></section> }
    })
}

/// "Show to staff" for a guide: its Japanese words, big, each with the reader's meaning.
fn staff(guide: &Situation) -> Option<impl IntoView + use<>> {
    let lang = use_tr().code();
    (!guide.phrases.is_empty()).then(|| {
        let words = guide
            .phrases
            .iter()
            .map(|p| {
                let own =
                    (lang != "ja").then(|| view! { <span class="own" dir="auto">{p.meaning.text(lang).to_string()}</span> });
                view! { <p class="staff-big" lang="ja" dir="ltr">{p.ja.clone()}</p>{own} }
            })
            .collect_view();
        view! { <StaffFrame intro=Key::StaffCounter said=Key::StaffTerms>{words}</StaffFrame> }
    })
}

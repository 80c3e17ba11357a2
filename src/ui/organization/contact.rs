//! How to reach an organisation: its page's contact section, and the call and email buttons its
//! cards and pages share.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::links;
use crate::model::{Organization, Phone, PhoneKind};
use crate::phone;
use crate::ui::language::{Tr, use_tr};
use crate::ui::organization::Record;
use crate::ui::provenance::{conflicts, mark, superseded};
use crate::ui::read_aloud::order;
use crate::ui::text::{localized, prose};

/// Phones (a fax is shown, never linked), emails (an unverified one is shown with its warning,
/// never linked) and websites, each marked where it is ours and with what other sources give.
pub fn section(r: Record) -> Option<impl IntoView + use<>> {
    let Record { data, org, tr, .. } = r;
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

/// The call and email actions of an organisation; `all_phones` lists every callable number.
pub fn contact_actions(org: &Organization, all_phones: bool) -> impl IntoView + use<> {
    let tr = use_tr();
    let calls = org
        .phones
        .iter()
        .filter_map(|p| phone::tel_href(p).map(|href| (p, href)))
        .take(if all_phones { usize::MAX } else { 1 })
        .map(|(p, href)| {
            view! {
                <a class="btn call" href=href target="_top">
                    <span aria-hidden="true">"☎ "</span>{tr.get(Key::Call)}" "
                    <span dir="ltr" data-spoken=phone::spoken(&p.number, tr.intl())>{p.number.clone()}</span>
                </a>
            }
        })
        .collect_view();
    let email = org.primary_email().and_then(|address| {
        links::mailto(address).map(|href| {
            view! { <a class="btn" href=href target="_top"><span aria-hidden="true">"✉ "</span>{tr.get(Key::Email)}</a> }
        })
    });
    (calls, email)
}

/// What a phone number is, in the reader's words.
pub fn phone_label(p: &Phone, tr: Tr) -> String {
    tr.get(match p.kind {
        PhoneKind::Voice => Key::PhoneVoice,
        PhoneKind::TollFree => Key::PhoneTollFree,
        PhoneKind::Fax => Key::PhoneFax,
    })
}

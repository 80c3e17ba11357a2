//! Where an organisation is: each address in the reader's script and in Japanese, with what
//! other sources say of it, a way to copy it and to open it in maps.

use leptos::prelude::*;

use crate::address;
use crate::i18n::Key;
use crate::links;
use crate::provenance::{known_on, over_a_year_old};
use crate::ui::actions::CopyButton;
use crate::ui::organization::Record;
use crate::ui::provenance::{conflicts, mark, superseded};
use crate::ui::read_aloud::order;

/// Each address, in the reader's script and in Japanese, marked where the form is ours, with
/// what other sources give and the source's address it replaced; to call first when the
/// listing is more than a year old.
pub fn section(r: Record) -> Option<impl IntoView + use<>> {
    let Record { data, org, tr, today } = r;
    let (lang, taxonomy, origin) = (tr.code(), &data.taxonomy, org.origin());
    let old = known_on(data, origin).is_some_and(|known| over_a_year_old(known, today));
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

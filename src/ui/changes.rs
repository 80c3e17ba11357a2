//! "Changed since your last visit": when a newer dataset has replaced the one this device held,
//! which facts changed on the records the person saved, or on the one they are reading, said
//! once, offline too. The service worker keeps the copy of the index it replaced
//! (`worker::PREVIOUS`); the comparison is `crate::changes`, on the device.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};

use crate::changes::{self, Told};
use crate::compact;
use crate::i18n::Key;
use crate::load::digest;
use crate::ui::bookmarks::DeviceBookmarks;
use crate::ui::language::Tr;
use crate::ui::navigation::Site;
use crate::web::storage::Device;
use crate::web::{fetch, offline};
use crate::worker::PREVIOUS;

/// The record a page is about, for its own notice: its key ("organization:jar") and its name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnPage {
    pub key: String,
    pub name: String,
}

/// A line of the notice: "Japan Association for Refugees: Address, Email".
fn line(tr: Tr, name: &str, facts: &[Key]) -> String {
    let facts: Vec<String> = facts.iter().map(|k| tr.get(*k)).collect();
    tr.fill(Key::ChangedRecord, &[("name", name), ("fields", &facts.join(", "))])
}

/// What to tell, once both copies are read: a line for each saved record that changed and for the
/// page's own, noted as told. Nothing when the worker kept no previous copy (it answers with no
/// content), or either copy cannot be read.
pub async fn untold(site: Site, tr: Tr, saved: DeviceBookmarks, on_page: Option<OnPage>) -> Vec<String> {
    if !offline::controlled() {
        return Vec::new();
    }
    let index = site.file(&compact::file(site.language.code));
    let previous = fetch::fetch_text(&format!("{index}?{PREVIOUS}"));
    let current = fetch::fetch_text(&index);
    let (Ok(previous), Ok(current)) = (previous.await, current.await) else { return Vec::new() };
    let changed = changes::between(&compact::facts(&previous), &compact::facts(&current));
    // Where the browser keeps nothing, it cannot note what was told: it tells again, the lesser harm.
    let device = Device::open();
    let between = format!("{}-{}", digest(&previous), digest(&current));
    let mut told = device.as_ref().map(|d| Told::read(d, &between)).unwrap_or_default();
    let page_key = on_page.as_ref().map(|p| p.key.as_str());
    let untold = told.untold(&changed, |c| Some(c.key().as_str()) == page_key || saved.contains(c.kind, &c.id));
    if let Some(device) = &device {
        told.tell(device, &untold);
    }
    untold
        .iter()
        .map(|c| {
            let name = match (&on_page, saved.title(c.kind, &c.id)) {
                (Some(page), _) if page.key == c.key() => page.name.clone(),
                (_, Some(title)) => title,
                (_, None) => c.id.clone(),
            };
            line(tr, &name, &c.facts)
        })
        .collect()
}

/// Looks, once the device's bookmarks are read, and fills `lines`.
pub fn look(site: Site, tr: Tr, saved: DeviceBookmarks, on_page: Option<OnPage>, lines: RwSignal<Vec<String>>) {
    saved.load();
    spawn_local(async move { lines.set(untold(site, tr, saved, on_page).await) });
}
